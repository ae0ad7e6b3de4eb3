"""Checks for exercise 06 (bring your own article): ex06_your_article.py."""

from __future__ import annotations

from _records import analysis, attribution, source

from framing.grading import hint, same, student_module

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
    "loaded_terms_per_1000_words, first_source, last_source)."
)
def test_report_row_has_the_numbers():
    text = (
        '"The depot will bring jobs," said Ana Ruiz. Tom Brook said the regime ignored residents.'
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
        "loaded_per_1000": 66.7,
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


@hint("Sort by the value, highest first; when two values are equal, the names go A to Z.")
def test_rank_orders_by_value_then_name():
    rows = [
        {"name": "wire", "loaded_per_1000": 4.0},
        {"name": "tabloid", "loaded_per_1000": 21.5},
        {"name": "blog", "loaded_per_1000": 4.0},
        {"name": "agency", "loaded_per_1000": 9.1},
    ]
    same(ex.rank(rows, "loaded_per_1000"), ["tabloid", "agency", "blog", "wire"])


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
