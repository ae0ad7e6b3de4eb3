"""compare() and its Table, and the corpus helpers the comparison lesson uses."""

from __future__ import annotations

import csv
import io

import pytest

import framing
from framing import FramingError, analyze, compare
from framing.comparison import GROUP_COLUMNS, Table, comparison_columns, consistent_types

# Two tellings of one (invented) event, written for these tests.
CALM = (
    "Council Closes Bus Depot\n"
    "The city council voted on Tuesday to close the Elm Street bus depot. "
    '"The building costs more than it is worth," said Mayor Ana Ruiz.\n'
    "Union leader Tom Baker said drivers had not been consulted. "
    "Transport expert Lena Fischer noted that most cities had closed such depots.\n"
)
LOUD = (
    "Council Rams Through Depot Closure\n"
    "Union leader Tom Baker warned that the brutal cuts would hit families hard. "
    '"This is a betrayal," he said.\n'
    "Mayor Ana Ruiz claimed the building cost too much. "
    "She insisted the decision was final.\n"
)


@pytest.fixture(scope="module")
def corpus_analyses():
    return [analyze(article) for article in framing.load_corpus()]


@pytest.fixture(scope="module")
def pair():
    return compare({"calm": CALM, "loud": LOUD})


def test_one_row_per_article_with_fixed_columns(corpus_analyses):
    table = compare(corpus_analyses)
    assert len(table) == len(framing.list_seeds())
    assert table.columns == comparison_columns()
    assert table.column("article") == framing.list_seeds()
    assert compare(corpus_analyses[::-1]).columns == table.columns  # order never depends on input


def test_columns_cover_what_the_lesson_compares():
    columns = comparison_columns()
    for wanted in (
        "words",
        "label per 1k",
        "fear per 1k",
        "outlet voice per 1k",
        "quoted voice per 1k",
        "reported voice per 1k",
        "attributions: government or official",
        "attributions: advocacy group",
        "% quoted words: affected person or family",
        "% quoted words: unknown",
        "first voice",
        "last voice",
        "distancing verbs",
        "endorsing verbs",
    ):
        assert wanted in columns
    assert "verb-neutral per 1k" not in columns  # "said" is a cue, not loaded language


def test_values_match_the_analysis(corpus_analyses):
    table = compare(corpus_analyses)
    # the table types a source the same in every article (consistent_types)
    typed = [a for _, a in consistent_types([(str(i), a) for i, a in enumerate(corpus_analyses)])]
    for analysis, row in zip(typed, table.to_rows(), strict=True):
        assert row["words"] == analysis.word_count
        for category, value in analysis.terms_per_thousand("category").items():
            assert row[f"{category} per 1k"] == value
        for voice, value in analysis.terms_per_thousand("voice", group="word choice").items():
            assert row[f"{voice} voice per 1k"] == value
        for group, value in analysis.terms_per_thousand("group").items():
            assert row[GROUP_COLUMNS[group]] == value
        for source_type, count in analysis.attributions_per_type().items():
            assert row[f"attributions: {source_type}"] == count
        assert row["attributions"] == len(analysis.attributions)
        shares = [v for c, v in row.items() if c.startswith("% quoted words")]
        assert sum(shares) == pytest.approx(100, abs=0.5) or not analysis.quotes
        assert row["first voice"] == analysis.first_source().name
        assert row["last voice"] == analysis.last_source().name


def test_the_seed_row_names_its_outlet_and_constructed_texts_say_so(corpus_analyses):
    table = compare(corpus_analyses)
    assert table.row("cecot-tasnim")["outlet"] == "Tasnim News Agency"
    assert table.row("cecot-wire")["outlet"] == "constructed text"


def test_two_framings_of_one_event_differ_where_they_should(pair):
    calm, loud = pair.row("calm"), pair.row("loud")
    assert calm["first voice"] == "Ana Ruiz"
    assert loud["first voice"] == "Tom Baker"
    assert "claimed" in loud["distancing verbs"] and "insisted" in loud["distancing verbs"]
    assert calm["distancing verbs"] is None
    assert calm["endorsing verbs"] == "noted"
    assert loud["word choices per 1k"] > calm["word choices per 1k"]
    assert loud["verbs and hedges per 1k"] > calm["verbs and hedges per 1k"]


def test_no_column_adds_the_groups_of_loaded_terms_together():
    columns = comparison_columns()
    assert "loaded terms per 1k" not in columns
    assert set(GROUP_COLUMNS.values()) <= set(columns)
    row = compare(["Critics slammed the regime, which reportedly agreed."]).to_rows()[0]
    assert row["word choices per 1k"] == row["verbs and hedges per 1k"] > 0
    assert row["contested labels per 1k"] > 0
    assert row["outlet voice per 1k"] == row["word choices per 1k"]  # voices: word choices only


def test_accepts_articles_texts_and_analyses_alike():
    article = framing.Article(CALM, name="calm")
    rows = [compare([item]).to_rows()[0] for item in (article, analyze(article))]
    assert rows[0] == rows[1]
    assert compare([CALM]).column("article") == ("Council Closes Bus Depot",)


def test_a_custom_lexicon_changes_the_counts():
    lexicon = framing.load_lexicon().with_term("depot", "label", neutral="garage")
    plain = compare([CALM]).row("Council Closes Bus Depot")
    custom = compare([CALM], lexicon=lexicon).row("Council Closes Bus Depot")
    assert custom["label per 1k"] > plain["label per 1k"]


def test_duplicate_labels_are_numbered():
    assert compare([CALM, CALM]).column("article") == (
        "Council Closes Bus Depot",
        "Council Closes Bus Depot (2)",
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ([], "at least one article"),
        (CALM, "not one"),
        ([42], "not int"),
        ("", "not one"),
    ],
)
def test_bad_input_gets_one_clear_message(given, message):
    with pytest.raises(FramingError, match=message):
        compare(given)


# --- the Table ----------------------------------------------------------------------------------


def test_csv_round_trip(pair):
    rows = list(csv.reader(io.StringIO(pair.to_csv())))
    assert tuple(rows[0]) == pair.columns
    assert [r[0] for r in rows[1:]] == ["calm", "loud"]
    assert len(rows) == 3


def test_to_rows_gives_copies(pair):
    rows = pair.to_rows()
    rows[0]["words"] = -1
    assert pair.row("calm")["words"] > 0


def test_html_is_escaped_and_capped():
    evil = Table([{"article": f"<script>alert({i})</script>", "words": i} for i in range(12)])
    html = evil._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "… (2 rows omitted)" in html
    assert html.count("<tr>") == 11  # header + 10 rows


def test_display_hides_columns_that_are_empty_everywhere(pair):
    html = pair._repr_html_()
    assert "attributions: court" not in html
    assert "columns that are empty for every row are not shown" in html
    assert "attributions: court" in pair.columns
    assert "attributions: court" not in pair.without_empty_columns().columns


def test_text_view_for_terminals(pair):
    text = pair.to_text(width=100)
    assert "first voice" in text and "Ana Ruiz" in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_new_tables_from_select_and_sorted_by(pair):
    small = pair.select("article", "words")
    assert small.columns == ("article", "words")
    assert pair.columns == comparison_columns()  # unchanged
    assert pair.sorted_by("words", descending=True).column("words") == tuple(
        sorted(pair.column("words"), reverse=True)
    )


def test_unknown_column_lists_the_columns(pair):
    with pytest.raises(FramingError, match=r'"wrods" is not in the table\. Did you mean "words"'):
        pair.column("wrods")


def test_unknown_row(pair):
    with pytest.raises(FramingError, match="The rows are: calm, loud"):
        pair.row("medium")


def test_save_never_overwrites_without_asking(pair, tmp_path):
    target = tmp_path / "compare.csv"
    pair.save(target)
    with pytest.raises(FramingError, match="already a file"):
        pair.save(target)
    pair.select("article").save(target, overwrite=True)
    assert target.read_text(encoding="utf-8") == "article\ncalm\nloud\n"


# --- corpus helpers -----------------------------------------------------------------------------


def test_load_corpus_returns_articles_in_list_order():
    corpus = framing.load_corpus()
    assert tuple(a.name for a in corpus) == framing.list_seeds()
    assert all(isinstance(a, framing.Article) for a in corpus)
    assert framing.load_corpus("cecot-wire")[0].name == "cecot-wire"
    with pytest.raises(FramingError, match="No seed article named"):
        framing.load_corpus(["cecot-nowhere"])


def test_corpus_table_lists_every_text_with_its_metadata():
    table = framing.corpus_table()
    assert table.column("name") == framing.list_seeds()
    seed = table.row("cecot-tasnim")
    assert seed["kind"] == "published article"
    assert seed["outlet"] == "Tasnim News Agency"
    assert seed["outlet country"] == "Iran"
    constructed = [r for r in table.to_rows() if r["name"] != "cecot-tasnim"]
    assert {r["kind"] for r in constructed} == {"constructed teaching text"}
    assert all(400 <= r["words"] <= 800 for r in constructed)


def test_outlet_note_for_the_seed_and_for_a_constructed_text():
    seed = framing.outlet_note()
    assert seed.outlet == "Tasnim News Agency" and not seed.constructed
    assert "Iran" in seed.note and seed.why_it_matters
    assert "Tasnim News Agency" in str(seed)
    wire = framing.outlet_note("cecot-wire")
    assert wire.constructed and "not a published article" in wire.note
    assert "<script" not in wire._repr_html_()


def test_framing_compare_is_the_function_even_after_the_module_is_imported():
    import importlib

    importlib.import_module("framing.comparison")
    assert framing.compare([CALM]).columns == comparison_columns()


def test_docstring_examples():
    import doctest
    import importlib

    module = importlib.import_module("framing.comparison")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


@pytest.mark.parametrize(
    ("texts", "name", "expected"),
    [
        # one article says who the source is: the other article's "other" takes that type
        (
            ['"It was planned," said Carla Vos, a Dutch economist.', '"No," Carla Vos said.'],
            "Carla Vos",
            ["expert or academic", "expert or academic"],
        ),
        # the articles disagree: each keeps its own
        (
            [
                '"Fine," said Ivo Lind, a professor at the clinic.',
                '"Shut," said Ivo Lind, the mayor of Tarrow.',
                '"No," Ivo Lind said.',
            ],
            "Ivo Lind",
            ["expert or academic", "politician", "other"],
        ),
    ],
)
def test_a_source_is_typed_the_same_across_the_articles_of_a_comparison(texts, name, expected):
    pairs = consistent_types([(str(i), analyze(text)) for i, text in enumerate(texts)])
    assert [analysis.source(name).type for _, analysis in pairs] == expected
    table = compare(dict(zip(["a", "b", "c"], texts, strict=False)))
    assert table.column("first voice type") == tuple(expected)


def test_a_surname_alone_takes_the_type_of_the_one_full_name_it_ends():
    texts = ['"It was planned," said Carla Vos, a Dutch economist.', '"No," Vos said.']
    first, second = (a for _, a in consistent_types([(t, analyze(t)) for t in texts]))
    assert second.sources[0].name == "Vos"
    assert (first.source("Carla Vos").type, second.source("Vos").type) == (
        "expert or academic",
        "expert or academic",
    )


def test_csv_cells_that_start_like_a_formula_are_neutralised():
    table = compare(
        {"=HYPERLINK(1)": "Ana Ruiz said the plan works.", "-2+3": "Critics alleged it."}
    )
    text = table.to_csv()
    assert "'=HYPERLINK(1)" in text and "'-2+3" in text
    assert "\n=" not in text and ",=" not in text
