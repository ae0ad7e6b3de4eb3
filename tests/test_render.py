"""HTML rendering: escaping on hostile input, exact text round trip, marks, filters, golden file.

The golden file ``tests/data/golden/seed_highlight.html`` is the seed's highlight with the
packaged lexicon. When a change to the lexicon, the attribution rules or the rendering is
meant to change it, look at the new HTML in a browser, then regenerate it with

    FRAMING_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render.py -k golden

and commit the new file with the change that caused it.
"""

from __future__ import annotations

import doctest
import os
import subprocess
import sys
from dataclasses import replace
from html import escape as escape_html
from html.parser import HTMLParser
from pathlib import Path

import pytest

import framing
from framing import FramingError, analyze, load_gold, load_seed, render
from framing.attribution import Source
from framing.lexicon import CATEGORIES, GROUPS, Lexicon, load_lexicon
from framing.palette import (
    BACKGROUND,
    CATEGORY_INKS,
    CATEGORY_TINTS,
    OKABE_ITO,
    TEXT,
    contrast_ratio,
)

GOLDEN = Path(__file__).parent / "data" / "golden" / "seed_highlight.html"

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '" onmouseover="x',
    "' onfocus='x' autofocus='",
    "javascript:alert(document.cookie)",
    "<a href=javascript:alert(1)>click</a>",
    "</span></p></div><style>*{display:none}</style>",
    "&lt;script&gt; and &amp; and &#x3C;",
]

# Everything the renderer itself may write; anything else came from the input.
ALLOWED_TAGS = {"div", "style", "p", "span", "table", "caption", "thead", "tbody", "tr", "th", "td"}
ALLOWED_ATTRS = {
    "class",
    "style",
    "title",
    "data-fk-tag",
    "data-fk-speaker",
    "role",
    "aria-level",
    "aria-hidden",
    "scope",
    "colspan",
}

# A small article written for these tests (not from the corpus), with a term inside a quote,
# a verb that is also a loaded term, and a quotation over two paragraphs.
COUNCIL = (
    "Council Backs Notorious Depot Plan\n\n"
    "The city council on Tuesday backed the notorious plan to close the Elm Street depot. "
    '"This is a reckless, shameful decision," said Tom Baker, a union leader.\n\n'
    "Mayor Ana Ruiz claimed the building cost too much. "
    '"We looked at every option.\n\n'
    '"The depot will close in June," she said.'
)


class Page(HTMLParser):
    """Collects tags, attributes, the article's text and the text of every mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.article_depth: int | None = None
        self.article_text: list[str] = []
        self.marks: list[tuple[dict[str, str], list[str]]] = []
        self.open_marks: list[tuple[dict[str, str], list[str]] | None] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        attributes = {k: v or "" for k, v in attrs}
        self.stack.append((tag, attributes))
        if "fk-article" in attributes.get("class", "").split():
            self.article_depth = len(self.stack)
        mark = None
        if tag == "span" and self.article_depth is not None:
            mark = (attributes, [])
            self.marks.append(mark)
        self.open_marks.append(mark)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>"
        self.open_marks.pop()
        if self.article_depth is not None and len(self.stack) < self.article_depth:
            self.article_depth = None

    def handle_data(self, data):
        if self.article_depth is not None:
            self.article_text.append(data)
            for mark in self.open_marks:
                if mark is not None:
                    mark[1].append(data)

    def spans(self, css_class: str) -> list[tuple[dict[str, str], str]]:
        return [
            (attrs, "".join(text))
            for attrs, text in self.marks
            if css_class in attrs.get("class", "").split()
        ]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page.stack, f"unclosed tags: {[t for t, _ in page.stack]}"
    return page


def assert_safe(html: str) -> Page:
    page = parse(html)
    assert set(page.tags) <= ALLOWED_TAGS, set(page.tags) - ALLOWED_TAGS
    names = {name for name, _ in page.attrs}
    assert names <= ALLOWED_ATTRS, names - ALLOWED_ATTRS
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<a " not in lowered
    for name, value in page.attrs:
        assert not name.startswith("on")
        if name == "style":
            assert "javascript" not in (value or "").lower()
    return page


@pytest.fixture(scope="module")
def seed():
    return analyze(load_seed())


@pytest.fixture(scope="module")
def council():
    return analyze(COUNCIL)


# --- escaping ---------------------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_article_text_is_shown_as_text(hostile):
    text = (
        f"Officials Respond To {hostile}\n"
        f"The notorious group posted {hostile} on Monday. "
        f'"We saw {hostile} and it was a reckless act," said Ana Ruiz, the mayor.'
    )
    analysis = analyze(framing.Article(text, check_language=False))
    html = render.highlight(analysis)
    page = assert_safe(html)
    assert "".join(page.article_text) == text
    for table in (render.source_ledger(analysis), render.terms_table(analysis)):
        assert_safe(table)
    assert_safe(render.kwic_table(analysis, "notorious"))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_source_name_is_escaped(council, hostile):
    villain = Source(name=f"Tom {hostile} Baker", type=f"other {hostile}")
    sources = tuple(villain if s.name == "Tom Baker" else s for s in council.sources)
    quotes = tuple(
        replace(q, speaker=villain) if q.speaker and q.speaker.name == "Tom Baker" else q
        for q in council.quotes
    )
    attributions = tuple(
        replace(a, source=villain) if a.source.name == "Tom Baker" else a
        for a in council.attributions
    )
    analysis = replace(council, sources=sources, quotes=quotes, attributions=attributions)
    html = render.highlight(analysis)
    page = assert_safe(html)
    speakers = {attrs.get("data-fk-speaker") for attrs, _ in page.spans("fk-quote")}
    assert villain.name in speakers  # the name arrives intact, as text
    assert "".join(page.article_text) == COUNCIL
    ledger = render.source_ledger(analysis)
    assert_safe(ledger)
    assert render._e(villain.name) in ledger
    assert_safe(render.highlight(analysis, sources=[villain.name]))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_lexicon_entries_are_escaped(hostile):
    lexicon = (
        Lexicon([])
        .with_term("reckless", "descriptor", neutral=hostile, note=hostile, citation=hostile)
        .with_term("notorious", "label", neutral=f'{hostile}"', note="x")
    )
    analysis = analyze(COUNCIL, lexicon=lexicon)
    assert analysis.hits
    for html in (
        render.highlight(analysis),
        render.terms_table(analysis),
        render.term_counts(analysis),
        render.legend(lexicon),
        render.kwic_table(analysis, "reckless"),
    ):
        assert_safe(html)
    titles = [attrs["title"] for attrs, _ in parse(render.highlight(analysis)).spans("fk-term")]
    assert any(hostile in title for title in titles)  # shown in the tooltip, as text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_search_terms_labels_and_messages_are_escaped(council, hostile):
    assert_safe(render.kwic_table(council, hostile))
    assert_safe(render.message(hostile, kind="error"))
    assert_safe(render.compare_table({hostile: council, "calm": COUNCIL}))


# --- the text round trip and well-formed nesting ---------------------------------------------


@pytest.mark.parametrize("name", framing.list_seeds())
def test_tags_stripped_give_back_every_bundled_text(name):
    analysis = analyze(load_seed(name))
    page = parse(render.highlight(analysis))
    assert "".join(page.article_text) == analysis.text


@pytest.mark.parametrize(
    "text",
    [
        COUNCIL,
        "  Leading spaces, then a line.\r\nA second line said so.\n\n\n",
        'He said: "Stop.\n\n"Go on," she said. Then "quiet" & <calm> returned.',
        "Tabs\tand non-breaking\u00a0spaces said Ana Ruiz on Monday.",
        "Émile Zoé said the café was “très” notorious — and 'odd'.",
    ],
)
def test_tags_stripped_give_back_the_text(text):
    analysis = analyze(framing.Article(text, check_language=False))
    for kwargs in ({}, {"show": "reported"}, {"voices": ["quoted"]}):
        page = parse(render.highlight(analysis, **kwargs))
        assert "".join(page.article_text) == text


def test_crossing_spans_are_split_into_nested_pieces():
    marks = [
        render._Mark(0, 11, 0, "p", "fk-p", ()),
        render._Mark(2, 7, 1, "span", "outer", (("title", "A"),)),
        render._Mark(5, 10, 2, "span", "inner", (("title", "B"),)),
    ]
    html = render._nest("abcdefghijk", marks)
    assert html == (
        '<p class="fk-p">ab<span class="outer" title="A">cde'
        '<span class="inner fk-more" title="B">fg</span></span>'
        '<span class="inner fk-cont" title="B">hij</span>k</p>'
    )


def test_a_term_inside_a_quote_is_nested_in_it(council):
    page = parse(render.highlight(council))
    quote_text = {text for _, text in page.spans("fk-quote")}
    assert "This is a reckless, shameful decision," in quote_text
    terms = {text: attrs for attrs, text in page.spans("fk-term")}
    assert "reckless" in terms
    assert "fk-voice-quoted" in terms["reckless"]["class"]
    assert "Tom Baker" in terms["reckless"]["title"]


def test_a_quote_over_two_paragraphs_is_marked_in_each(council):
    page = parse(render.highlight(council))
    pieces = [(a, t) for a, t in page.spans("fk-quote") if a["data-fk-speaker"] == "Ana Ruiz"]
    # one piece per paragraph, each with the speaker's name on it
    assert [t for _, t in pieces] == ["We looked at every option.", "The depot will close in June,"]


def test_output_is_deterministic(seed):
    again = analyze(load_seed())
    assert render.highlight(seed) == render.highlight(seed) == render.highlight(again)
    assert render.source_ledger(seed) == render.source_ledger(again)
    assert render.compare_table([seed, again]) == render.compare_table([again, seed])


# --- what is marked ---------------------------------------------------------------------------


def test_every_seed_quotation_is_marked_with_its_speaker(seed):
    page = parse(render.highlight(seed))
    marked = [(attrs["data-fk-speaker"], text) for attrs, text in page.spans("fk-quote")]
    gold = load_gold()
    text = seed.text
    expected = [(q["speaker"], text[q["start"] : q["end"]]) for q in gold["quotes"]]
    assert len(expected) == 11
    assert marked == expected


def test_every_annotated_loaded_term_of_the_seed_is_marked(seed):
    page = parse(render.highlight(seed))
    marked = [text.lower() for _, text in page.spans("fk-term")]
    for term in load_gold()["loaded_terms"]:
        if term.get("optional"):
            continue
        wanted = term["term"].lower()
        assert any(wanted in m or m in wanted for m in marked), wanted


def test_seed_attribution_verbs_are_marked(seed):
    page = parse(render.highlight(seed))
    cues = [(text, attrs["title"]) for attrs, text in page.spans("fk-cue")]
    assert any(text.startswith("alleged") and "US government" in t for text, t in cues)
    assert any(text == "warned" and "Carlos Carcach" in t for text, t in cues)
    assert len(cues) >= len({a.sentence for a in seed.attributions})


def test_tooltips_carry_category_voice_neutral_wording_and_note(seed):
    page = parse(render.highlight(seed))
    notorious = next(a for a, t in page.spans("fk-term") if t == "notorious")
    entry = seed.lexicon["notorious"]
    title = notorious["title"]
    assert entry.category_name in title
    assert "Voice: the outlet's own words" in title
    assert f"More neutral: {entry.neutral}" in title
    assert entry.note in title
    assert notorious["data-fk-tag"]  # the non-colour cue for the category
    quote = page.spans("fk-quote")[0][0]
    assert "Kristi Noem" in quote["title"] and "(direct)" in quote["title"]


def test_caption_and_legend_describe_what_is_shown(seed):
    html = render.highlight(seed)
    assert "Marked: 11 quotations," in html
    assert 'class="fk-legend"' in html
    assert 'class="fk-legend"' not in render.highlight(seed, legend=False)


# --- filters ----------------------------------------------------------------------------------


def test_categories_filter(seed):
    page = parse(render.highlight(seed, categories=["label"]))
    classes = [a["class"] for a, _ in page.spans("fk-term")]
    assert classes and all("fk-cat-label" in c for c in classes)
    assert not parse(render.highlight(seed, categories=[])).spans("fk-term")


def test_voices_filter(seed):
    page = parse(render.highlight(seed, voices="outlet"))
    classes = [a["class"] for a, _ in page.spans("fk-term")]
    assert classes and all("fk-voice-outlet" in c for c in classes)


def test_sources_filter_keeps_only_that_source(seed):
    page = parse(render.highlight(seed, sources=["juan pappier"]))
    assert {a["data-fk-speaker"] for a, _ in page.spans("fk-quote")} == {"Juan Pappier"}
    assert {a["title"].split(" for ")[1].split("\n")[0] for a, _ in page.spans("fk-cue")} == {
        "Juan Pappier"
    }
    assert all("Juan Pappier" in a["title"] for a, _ in page.spans("fk-term"))
    assert "only the words of Juan Pappier" in render.highlight(seed, sources="Juan Pappier")


def test_show_picks_layers_and_accepts_a_dict(seed):
    page = parse(render.highlight(seed, show=["quotes"]))
    assert page.spans("fk-quote") and not page.spans("fk-term") and not page.spans("fk-cue")
    as_dict = render.highlight(seed, show={"layers": ["terms"], "categories": ["hedge"]})
    assert as_dict == render.highlight(seed, show=["terms"], categories=["hedge"])


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"categories": ["labels"]}, 'no category "labels". Did you mean "label"?'),
        ({"voices": ["narrator"]}, 'no voice "narrator"'),
        ({"sources": ["Nobody"]}, 'No source named "Nobody"'),
        ({"show": ["colours"]}, 'no layer "colours"'),
        ({"show": {"colours": 1}}, "not colours"),
    ],
)
def test_bad_filters_say_what_is_allowed(seed, kwargs, words):
    with pytest.raises(FramingError, match=words.replace("(", r"\(").replace(".", r"\.")):
        render.highlight(seed, **kwargs)


def test_not_an_analysis_is_a_plain_error():
    with pytest.raises(FramingError, match="needs an analysis"):
        render.highlight(42)


# --- tables -----------------------------------------------------------------------------------


def test_source_ledger_rows(seed):
    html = render.source_ledger(seed)
    page = parse(html)
    assert page.tags.count("tr") == 1 + len(seed.sources) + 1  # header, sources, total
    assert "Kristi Noem" in html and "first word" in html and "last word" in html
    assert "condemned" in html  # a verb used for Amnesty International
    assert_safe(html)


def test_source_ledger_of_an_article_with_no_sources():
    html = render.source_ledger("The council met on Tuesday. The depot will close in June.")
    assert "no sources" in html


def test_kwic_table(seed, council):
    html = render.kwic_table(seed, "crackdown")
    assert html.count("<tr>") == 1 + 2
    assert "In the lexicon as" in html
    assert "No uses of" in render.kwic_table(council, "regime")
    with pytest.raises(FramingError):
        render.kwic_table(seed, "  ")


def test_terms_table_suggests_neutral_wordings(council):
    html = render.terms_table(council)
    for hit in council.hits:
        assert render._e(hit.entry.neutral or "–") in html


def test_term_counts_add_up_by_group_and_never_in_one_total(council):
    html = render.term_counts(council)
    for group, name in GROUPS.items():
        count = sum(h.group == group for h in council.hits)
        if count:
            assert f'All {render._e(name.lower())}</td><td class="fk-num">{count}</td>' in html
    assert "All loaded terms" not in html
    mixed = render.term_counts("Critics slammed the regime, which reportedly agreed.")
    assert mixed.count('class="fk-total"') == 3


def test_contested_labels_show_the_other_words_in_use():
    html = render.terms_table("The regime arrested the protesters.")
    assert "Other words in use: government" in html and "Contested labels" in html
    assert_safe(html)


def test_compare_table_has_one_column_per_article(council):
    html = render.compare_table({"council": council, "seed": load_seed()})
    page = parse(html)
    assert page.tags.count("th") > 3
    assert "Loaded terms per 1,000 words" in html and "First and last word" in html


def test_legend_lists_categories():
    html = render.legend()
    for name in CATEGORIES.values():
        assert render._e(name) in html
    assert_safe(html)


# --- palette and purity -----------------------------------------------------------------------


def test_palette_contrast():
    assert contrast_ratio(TEXT, BACKGROUND) >= 7
    for category in CATEGORIES:
        tint, ink = CATEGORY_TINTS[category], CATEGORY_INKS[category]
        assert contrast_ratio(TEXT, tint) >= 7, category
        assert contrast_ratio(ink, BACKGROUND) >= 3, category
        assert contrast_ratio(ink, tint) >= 3, category
    assert len(set(OKABE_ITO.values())) == 8


def test_render_and_palette_import_no_presentation_libraries():
    code = (
        "import sys, framing, framing.render, framing.palette; "
        "bad = [m for m in ('matplotlib', 'ipywidgets', 'IPython') if m in sys.modules]; "
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_importing_framing_does_not_import_render():
    code = "import sys, framing; print('framing.render' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("module", [render, framing.palette])
def test_docstring_examples(module):
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


# --- golden file ------------------------------------------------------------------------------


def test_seed_highlight_matches_the_golden_file(seed):
    html = render.highlight(seed)
    if os.environ.get("FRAMING_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(html + "\n", encoding="utf-8")
    assert GOLDEN.exists(), "No golden file yet: run with FRAMING_UPDATE_GOLDEN=1 (see the top)."
    expected = GOLDEN.read_text(encoding="utf-8")
    assert html + "\n" == expected, (
        "The seed's highlight changed. If that is intended, look at it in a browser and "
        "regenerate the golden file (see the top of tests/test_render.py)."
    )


def test_golden_file_uses_the_packaged_lexicon(seed):
    assert seed.lexicon is load_lexicon()


def test_a_quotation_with_no_speaker_is_shown_as_unclear_with_the_reason():
    """The issue's promise: no guess, an honest "speaker unclear" and why, in the
    highlighted text and in the ledger."""
    text = (
        "Tarrow news\n\nThe council met on Monday and the hall was full.\n\n"
        "“We want the library to stay open,” one sign read, beside a row of chairs.\n\n"
        "“Nobody asked us.”"
    )
    analysis = framing.analyze(framing.Article(text, check_language=False))
    unclear = [q for q in analysis.quotes if q.speaker is None]
    assert unclear and all(q.speaker_reason for q in unclear)
    page = framing.render.highlight(analysis)
    assert f"Speaker unclear: {escape_html(unclear[-1].speaker_reason)}" in page
    assert "speaker unclear" in framing.render.source_ledger(analysis)
