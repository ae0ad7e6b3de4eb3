"""Checks for exercise 06 (bring your own article): ex06_your_article.py."""

from __future__ import annotations

from _records import analysis, attribution, source

from framing.grading import expect, hint, same, student_module

ex = student_module(__file__)


@hint(
    "Strip every line, squeeze each run of empty lines down to one, and strip the empty lines "
    "at both ends."
)
def test_clean_pasted_text_squeezes_empty_lines():
    raw = (
        "\n \n  Harbour Reopens  \n\n\n\n   The harbour reopened.   \n \t \n\nBoats returned.\n\n "
    )
    same(ex.clean_pasted_text(raw), "Harbour Reopens\n\nThe harbour reopened.\n\nBoats returned.")


@hint("Leave single line breaks inside a paragraph alone: only runs of empty lines shrink.")
def test_clean_pasted_text_keeps_single_line_breaks():
    raw = "First line\n  second line\nthird line"
    same(ex.clean_pasted_text(raw), "First line\nsecond line\nthird line")


@hint(
    "Take the numbers from analysis.summary() (words, quotations, sources, "
    "terms_per_1000_by_group, first_source, last_source)."
)
def test_report_row_has_the_numbers():
    text = (
        '"The depot will bring jobs," said Ana Ruiz. Tom Brook claimed the regime ignored '
        "residents."
    )
    ruiz, brook = source("Ana Ruiz", "politician"), source("Tom Brook")
    depot = analysis(
        text, sources=(ruiz, brook), attributions=(attribution(0, ruiz), attribution(1, brook))
    )
    expected = {
        "name": "depot-story",
        "words": 15,
        "quotations": 1,
        "sources": 2,
        "per_1000_by_group": {"verbs and hedges": 66.7, "word choice": 66.7},
        "first_source": "Ana Ruiz",
        "last_source": "Tom Brook",
    }
    same(ex.report_row("depot-story", depot), expected)


@hint("With no sources, first_source and last_source are '' (an empty cell), not None.")
def test_report_row_without_sources():
    row = ex.report_row("quiet", analysis("The depot opened on Monday."))
    same(
        {k: row.get(k) for k in ("first_source", "last_source")},
        {"first_source": "", "last_source": ""},
    )


def rates_row(name: str, **rates: float) -> dict[str, object]:
    """A row as report_row makes it, with only the rates the ranking reads."""
    groups = {"word_choice": "word choice", "verbs": "verbs and hedges", "contested": "contested"}
    return {"name": name, "per_1000_by_group": {groups[k]: v for k, v in rates.items()}}


@hint(
    "For each group, sort by that group's rate, highest first; equal rates go A to Z, and a "
    "group a row does not have counts as 0. Every group gets a list, even when it is empty."
)
def test_rank_by_group_orders_each_group():
    rows = [
        rates_row("tabloid", word_choice=21.5),
        rates_row("wire", word_choice=4.0, verbs=8.2),
        rates_row("blog", word_choice=4.0, verbs=8.2, contested=1.1),
        rates_row("agency", verbs=3.0),
    ]
    expected = {
        "word choice": ["tabloid", "blog", "wire", "agency"],
        "verbs and hedges": ["blog", "wire", "agency", "tabloid"],
        "contested": ["blog", "agency", "tabloid", "wire"],
    }
    same(ex.rank_by_group(rows), expected)
    same(ex.rank_by_group([]), {"word choice": [], "verbs and hedges": [], "contested": []})


@hint(
    "Give each group its own order, using that group's rate alone. Adding word choices, verbs "
    "and hedges and contested labels into one number mixes three different kinds of choice, "
    "so the kit never ranks articles that way."
)
def test_rank_by_group_never_adds_the_groups():
    rows = [
        rates_row("agency", word_choice=12.0, verbs=1.0),
        rates_row("blog", word_choice=3.0, verbs=4.0, contested=9.0),
        rates_row("wire", word_choice=5.0, verbs=6.0, contested=2.0),
    ]
    # Added up, the rates give blog 16, agency 13, wire 13: the order no group has.
    combined = ["blog", "agency", "wire"]
    got = ex.rank_by_group(rows)
    added_up = isinstance(got, dict) and bool(got) and all(v == combined for v in got.values())
    expect(
        not added_up,
        f"rank_by_group gave every group the same order, {combined}: the order of the rates "
        "added together. Sort each group by its own rate.",
    )
    expected = {
        "word choice": ["agency", "wire", "blog"],
        "verbs and hedges": ["wire", "blog", "agency"],
        "contested": ["blog", "wire", "agency"],
    }
    same(got, expected)


@hint(
    "Collect the text inside each <p>...</p> (tags inside it dropped, their text kept); "
    "html.parser.HTMLParser with convert_charrefs=True decodes &amp; for you."
)
def test_paragraphs_from_html_keeps_paragraph_text():
    page = (
        "<html><head><title>News</title><script>var p = '<p>no</p>';</script></head><body>"
        "<nav><a href='/'>Home</a></nav><h1>Harbour Reopens</h1>"
        "<p>The harbour <a href='/h'>reopened</a> on   Friday &amp; boats\n returned.</p>"
        "<p>  </p><p>&ldquo;We are back,&rdquo; said a <em>fisher</em>.</p></body></html>"
    )
    expected = ["The harbour reopened on Friday & boats returned.", "“We are back,” said a fisher."]
    same(ex.paragraphs_from_html(page), expected)
