"""framing.align: the same spoken words followed across several articles.

The bundled CECOT texts are checked against a hand annotation
(tests/data/align/cecot-groups.json); the small texts below were written for
these tests and cover one way of changing a quotation each.
"""

from __future__ import annotations

import csv
import doctest
import hashlib
import importlib
import io
import json
from pathlib import Path

import pytest

import framing
from framing import FramingError, align_quotes, analyze, list_seeds, load_seed
from framing.align_report import quote_rows, quotes_report
from framing.cli import main
from framing.render import quote_group_html, quote_groups_html

ANNOTATION = json.loads(
    (Path(__file__).parent / "data" / "align" / "cecot-groups.json").read_text(encoding="utf-8")
)


# --- the bundled corpus against the hand annotation ------------------------------------------


def _annotated_quotes(name, analysis):
    """{quotation start: statement} for one seed, from the annotation's opening words."""
    entry = ANNOTATION["texts"][name]
    found = {}
    for quote in analysis.quotes:
        words = " ".join(quote.text.split())
        for statement, opening in entry["quotes"]:
            if words.startswith(opening):
                found[quote.start] = statement
                break
    digest = hashlib.sha256(analysis.text.encode("utf-8")).hexdigest()
    if digest in entry["versions"]:  # a version checked by hand: every quotation is there
        assert len(found) == entry["versions"][digest], name
    return found


@pytest.fixture(scope="module")
def corpus():
    analyses = {name: analyze(load_seed(name)) for name in list_seeds()}
    annotated = {name: _annotated_quotes(name, a) for name, a in analyses.items()}
    return analyses, annotated, align_quotes(analyses)


def test_every_statement_quoted_in_two_texts_is_exactly_one_group(corpus):
    _, annotated, groups = corpus
    texts_of: dict[str, set[str]] = {}
    for name, quotes in annotated.items():
        for statement in quotes.values():
            texts_of.setdefault(statement, set()).add(name)
    shared = {s for s, names in texts_of.items() if len(names) >= 2}
    assert len(shared) >= 8
    seen = []
    for group in groups:
        statements = {annotated[v.label].get(q.start) for v in group.variants for q in v.quotes}
        assert len(statements) == 1 and None not in statements, (group, statements)
        (statement,) = statements
        seen.append(statement)
        expected = {
            (name, start)
            for name, quotes in annotated.items()
            for start, s in quotes.items()
            if s == statement
        }
        got = {(v.label, q.start) for v in group.variants for q in v.quotes}
        assert got == expected, statement
        assert group.speaker == ANNOTATION["statements"][statement]["speaker"]
    assert sorted(seen) == sorted(shared)  # each shared statement once, nothing else


def test_no_group_mixes_two_speakers(corpus):
    _, _, groups = corpus
    for group in groups:
        surname = group.speaker.split()[-1].lower()
        for variant in group.variants:
            for quote in variant.quotes:
                name = quote.speaker.name.lower()
                assert surname in name or quote.speaker.unnamed, (group.speaker, name)


def test_the_corpus_shows_splits_trims_and_a_paraphrase(corpus):
    _, _, groups = corpus
    noem = next(g for g in groups if g.speaker == "Kristi Noem")
    assert len(noem.variant("cecot-tasnim").quotes) == 2
    assert noem.variant("cecot-tasnim").cues == ("said", "added")
    assert noem.variant("cecot-tasnim").first_voice
    rights = noem.variant("cecot-rights")
    assert rights.kind == "partial" and "Do not come to our country illegally" in rights.missing[0]
    embassy = next(g for g in groups if g.speaker == "US embassy in San Salvador")
    assert embassy.variant("cecot-explainer").missing == ("This agreement",)
    pappier = next(g for g in groups if g.speaker == "Juan Pappier")
    assert [p.label for p in pappier.paraphrases] == ["cecot-wire"]
    assert pappier.paraphrases[0].kind == "paraphrase"


# --- small texts, one change each ------------------------------------------------------------

FULL = '"We will rebuild the bridge this year, whatever it costs," Mayor Ana Ruiz said.'


def _one_group(texts, **options):
    groups = align_quotes(texts, **options)
    assert len(groups) == 1, groups
    return groups[0]


def test_a_split_quotation_is_one_variant_with_two_quotes():
    split = '"We will rebuild the bridge this year," Mayor Ana Ruiz said, "whatever it costs."'
    group = _one_group({"full": FULL, "split": split})
    variant = group.variant("split")
    assert len(variant.quotes) == 2
    assert variant.missing == () and variant.added == ()
    assert [p.kind for p in variant.pieces] == ["kept", "gap", "kept"]
    assert variant.pieces[1].text == "Mayor Ana Ruiz said"


def test_two_quotations_joined_in_another_article_are_one_statement():
    joined = (
        'Mayor Ana Ruiz spoke on Monday. "The bridge is unsafe. We will close it on Friday '
        'and rebuild it by June," she said.'
    )
    apart = (
        'Mayor Ana Ruiz said the bridge had cracks. "The bridge is unsafe," Ruiz said.\n'
        "Drivers will need another road. Buses will take a longer way round the river.\n"
        'Later she told reporters: "We will close it on Friday and rebuild it by June."'
    )
    group = _one_group({"joined": joined, "apart": apart})
    assert len(group.variant("apart").quotes) == 2
    assert group.variant("apart").missing == ()
    assert group.words.startswith("The bridge is unsafe. We will close it")


def test_an_ellipsis_leaves_out_the_words_it_stands_for():
    cut = '"We will rebuild the bridge … whatever it costs," Mayor Ana Ruiz said.'
    group = _one_group({"full": FULL, "cut": cut})
    assert group.variant("cut").missing == ("this year",)
    assert group.words == "We will rebuild the bridge this year, whatever it costs"


def test_a_dropped_lead_in_is_missing():
    long = (
        '"First of all, do not come to our country illegally: You will be removed, and you '
        'will be prosecuted," Secretary Kristi Noem said.'
    )
    short = (
        '"Do not come to our country illegally. You will be removed and you will be '
        'prosecuted," Kristi Noem said.'
    )
    group = _one_group({"long": long, "short": short.replace("Kristi Noem", "Noem")})
    assert group.speaker == "Kristi Noem"  # the fuller of two names used once each
    assert group.variant("short").missing == ("First of all",)
    assert group.variant("long").missing == ()
    assert group.variant("short").pieces[0].kind == "missing"


def test_the_issue_example_two_quotations_against_one_with_first_of_all():
    wire = (
        "Noem Visits Prison\nSAN SALVADOR (Wire) - Kristi Noem toured the prison on Wednesday.\n"
        '"First of all, do not come to our country illegally: You will be removed, and you will '
        'be prosecuted," she said. "But know that this facility is one of the tools in our '
        'toolkit that we will use if you commit crimes against the American people."'
    )
    group = align_quotes({"wire": wire, "tasnim": "cecot-tasnim"})[0]
    tasnim = group.variant("tasnim")
    assert len(tasnim.quotes) == 2 and tasnim.cues == ("said", "added")
    assert tasnim.missing == ("First of all", "But") and tasnim.added == ()
    assert group.variant("wire").missing == ()
    assert group.words.startswith("First of all, do not come")


def test_a_headline_repeating_the_quotation_is_not_counted_twice():
    repeated = (
        'Mayor: "We Will Rebuild The Bridge"\n"We will rebuild the bridge," Mayor Ana Ruiz said.'
    )
    group = _one_group({"full": FULL, "repeated": repeated})
    assert len(group.variant("repeated").quotes) == 2
    assert group.words == "We will rebuild the bridge this year, whatever it costs"
    assert group.variant("repeated").missing == ("this year, whatever it costs",)


def test_a_headline_speaker_read_from_a_few_words_still_joins():
    headline = (
        "Ruiz to Council: 'We will rebuild the bridge this year'\n"
        "The mayor spoke to the city council on Monday about the river crossing."
    )
    group = _one_group({"full": FULL, "headline": headline})
    assert group.speaker == "Ana Ruiz"
    assert group.variant("headline").paragraph == 0


def test_changed_capitals_and_punctuation_keep_every_word():
    other = '"we will rebuild the bridge this year; whatever it costs!" Mayor Ana Ruiz said.'
    group = _one_group({"full": FULL, "other": other})
    variant = group.variant("other")
    assert variant.missing == () and variant.added == ()
    assert variant.pieces[0].text.startswith("we will")  # the article's own spelling


def test_a_changed_word_is_missing_and_added():
    other = '"We will rebuild the bridge next year, whatever it costs," Mayor Ana Ruiz said.'
    group = _one_group({"full": FULL, "other": other})
    assert group.variant("other").missing == ("this",)
    assert group.variant("other").added == ("next",)


def test_a_short_fragment_joins_only_the_same_speaker():
    texts = {
        "a": 'Mayor Ana Ruiz called the plan "reckless."',
        "b": 'Mayor Ana Ruiz said the plan was "reckless and rushed."',
        "c": 'Union leader Tom Baker called the plan "reckless."',
    }
    group = _one_group(texts)
    assert group.labels == ("a", "b")
    assert group.speaker == "Ana Ruiz"


def test_the_same_words_from_two_speakers_are_two_statements():
    texts = {
        "a": '"This is a dark day for the whole city," said Mayor Ana Ruiz.',
        "b": '"This is a dark day for the whole city," said union leader Tom Baker.',
    }
    assert align_quotes(texts) == ()
    assert len(align_quotes(texts, min_articles=1)) == 2


def test_two_remarks_that_share_a_common_phrase_stay_apart():
    texts = {
        "a": '"The federal government will pay for the entire cost of the bridge," Joe Biden said.',
        "b": '"Today the federal government will send divers, boats and cranes," Joe Biden said.',
    }
    assert align_quotes(texts) == ()


def test_a_paraphrase_without_quotation_marks_is_listed_as_such():
    texts = {
        "quoted": '"The old bridge is unsafe and we will close it on Friday," Mayor Ana Ruiz said.',
        "retold": "Mayor Ana Ruiz said the old bridge was unsafe and would close on Friday.",
        "other": "Mayor Ana Ruiz said the budget would grow next year.",
    }
    group = _one_group(texts)
    assert group.labels == ("quoted",)
    [paraphrase] = group.paraphrases
    assert paraphrase.label == "retold" and paraphrase.kind == "paraphrase"
    assert paraphrase.speaker == "Ana Ruiz" and paraphrase.overlap >= 0.5


def test_unrelated_quotations_make_no_group():
    texts = {
        "a": '"We will win," said Mayor Ana Ruiz.',
        "b": '"The budget is too small for the schools this year," said Tom Baker.',
    }
    assert align_quotes(texts) == ()


def test_first_and_last_voice_and_paragraph():
    a = "Rain fell.\n" + FULL
    b = (
        '"The river is high," said Tom Baker, a farmer.\n'
        '"We will rebuild the bridge this year," Mayor Ana Ruiz said.'
    )
    group = _one_group({"a": a, "b": b})
    assert group.variant("a").first_voice and group.variant("a").last_voice
    assert not group.variant("b").first_voice and group.variant("b").last_voice
    assert group.variant("b").paragraph == 1


def test_seed_names_articles_and_analyses_are_all_accepted():
    groups = align_quotes(
        ["cecot-tasnim", load_seed("cecot-wire"), analyze(load_seed("cecot-rights"))]
    )
    assert groups and groups[0].labels[0] == "cecot-tasnim"


@pytest.mark.parametrize(
    ("items", "options", "words"),
    [
        ("just one text", {}, "not one"),
        ([], {}, "at least one article"),
        ([42], {}, "not int"),
        (["a", "b"], {"min_articles": 0}, "min_articles"),
    ],
)
def test_bad_input_is_one_plain_sentence(items, options, words):
    with pytest.raises(FramingError, match=words):
        align_quotes(items, **options)


# --- output ----------------------------------------------------------------------------------

NASTY = {
    "a": '"We <b>will</b> rebuild the bridge & the road this year," Mayor Ana Ruiz said.',
    "b": '"We <b>will</b> rebuild the bridge & the road," Mayor <i>Ana</i> Ruiz said.',
}


def test_html_escapes_every_word_and_marks_changes_without_colour():
    group = _one_group(NASTY)
    html = quote_group_html(group)
    assert "<b>will" not in html and "&lt;b&gt;will&lt;/b&gt;" in html
    assert "&amp; the road" in html
    assert "<del>this year,</del>" in html and "left out" in html
    assert "<script" not in quote_groups_html(align_quotes(NASTY))
    assert group._repr_html_() == html


def test_rows_json_and_csv_say_the_same():
    groups = align_quotes(NASTY)
    rows = quote_rows(groups)
    assert [r["article"] for r in rows] == ["a", "b"]
    assert rows[1]["missing"] == "this year"
    assert json.loads(quotes_report(NASTY, "json")) == json.loads(json.dumps(rows))
    parsed = list(csv.DictReader(io.StringIO(quotes_report(NASTY, "csv"))))
    assert parsed[1]["missing"] == "this year"
    with pytest.raises(FramingError, match="format"):
        quotes_report(NASTY, "pdf")


def test_the_command_line_compares_quotations(capsys, tmp_path):
    assert main(["compare", "--quotes", "cecot-tasnim", "cecot-wire"]) == 0
    out = capsys.readouterr().out
    assert "Kristi Noem" in out and "cecot-wire: direct, in 2 quotations" in out
    assert main(["compare", "--quotes", "cecot-tasnim", "cecot-explainer", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"statement", "article", "missing", "verbs"} <= set(rows[0])
    target = tmp_path / "quotes.csv"
    assert (
        main(
            [
                "compare",
                "--quotes",
                "cecot-tasnim",
                "cecot-wire",
                "--format",
                "csv",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert target.read_text(encoding="utf-8").startswith("statement,speaker,article")
    assert (
        main(
            [
                "compare",
                "--quotes",
                "cecot-tasnim",
                "cecot-wire",
                "--format",
                "csv",
                "-o",
                str(target),
            ]
        )
        == 2
    )


def test_the_widget_shows_one_statement_at_a_time():
    from framing import widgets

    w = widgets.quote_aligner()
    options = w.controls["statement"].options
    assert len(options) >= 8 and "Kristi Noem" in options[0][0]
    assert "cecot-tasnim" in w.view.value and "left out" in w.view.value
    w.controls["statement"].value = options[1][1]
    assert "kidnapped" in w.view.value
    assert w.message.value == ""


def test_the_widget_takes_articles_that_share_nothing():
    from framing import widgets

    w = widgets.quote_aligner({"a": '"We will win," said Ana Ruiz.', "b": "Rain fell all day."})
    assert "No statement" in w.view.value


def test_align_quotes_is_exported():
    assert framing.align_quotes is align_quotes


@pytest.mark.parametrize("name", ["framing.align", "framing.align_report"])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0
