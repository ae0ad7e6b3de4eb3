"""Exercise 06 · Bring your own article.

Text copied from a web page needs tidying before the kit can read it, and the numbers
of several articles belong in one table. Write the functions below, save the file
(Ctrl+S), then check your work:

    framing.grading.check("06")                 # in a notebook
    pytest exercises/test_06_your_article.py    # in a terminal, from the kit's folder

Difficulty: ☼ warm-up · ◑ a few steps · ★ a challenge.

What a table of numbers can't tell you: what the articles say. Read them, and use the
numbers to ask sharper questions, not to settle them.
"""

from __future__ import annotations

from framing.analysis import Analysis


def clean_pasted_text(raw: str) -> str:
    """☼ Tidy text pasted from a web page.

    Strip the spaces at both ends of every line, keep at most one empty line between
    paragraphs, and leave no empty lines at the start or the end. Single line breaks
    inside a paragraph stay.

    >>> clean_pasted_text("  Title  \\n\\n\\n\\n  First line.\\n  Second line.  \\n\\n")
    'Title\\n\\nFirst line.\\nSecond line.'
    """
    # BEGIN SOLUTION
    lines = [line.strip() for line in raw.splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")
    # END SOLUTION


def report_row(name: str, analysis: Analysis) -> dict[str, object]:
    """◑ One row of numbers about an article, for a table of several articles.

    Return a dict with the keys "name", "words", "quotations", "sources",
    "loaded_per_1000", "first_source" and "last_source". ``analysis.summary()`` has all
    the numbers (look at its keys). When there is no first or last source, use ""
    (an empty cell), not None.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label")
    >>> row = report_row("short", analyze("Ana Ruiz said the regime fell.", lexicon=lexicon))
    >>> row["loaded_per_1000"]
    166.7
    """
    # BEGIN SOLUTION
    summary = analysis.summary()
    return {
        "name": name,
        "words": summary["words"],
        "quotations": summary["quotations"],
        "sources": summary["sources"],
        "loaded_per_1000": summary["loaded_terms_per_1000_words"],
        "first_source": summary["first_source"] or "",
        "last_source": summary["last_source"] or "",
    }
    # END SOLUTION


def rank(rows: list[dict[str, object]], key: str) -> list[str]:
    """◑ The "name" of each row, from the highest ``row[key]`` to the lowest.

    Rows with equal values go in A-to-Z order of their names.

    >>> rows = [{"name": "wire", "words": 300}, {"name": "blog", "words": 900}]
    >>> rank(rows, "words")
    ['blog', 'wire']
    """
    # BEGIN SOLUTION
    ordered = sorted(rows, key=lambda row: (-row[key], row["name"]))
    return [str(row["name"]) for row in ordered]
    # END SOLUTION


def paragraphs_from_html(html: str) -> list[str]:
    """★ The text of every <p> element of a saved web page, in order.

    Drop the tags inside a paragraph (<a>, <em>, ...) but keep their text, decode
    entities (&amp; becomes &), turn every run of spaces and line breaks into one space,
    and skip paragraphs that are empty. ``html.parser.HTMLParser`` helps; everything
    outside <p> elements (menus, scripts, headings) is left out.

    >>> paragraphs_from_html("<h1>Menu</h1><p>Rain &amp; <em>wind</em>\\n today.</p><p> </p>")
    ['Rain & wind today.']
    """
    # BEGIN SOLUTION
    from html.parser import HTMLParser

    class Paragraphs(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.found: list[str] = []
            self.current: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "p":
                self.end_paragraph()
                self.current = []

        def handle_endtag(self, tag: str) -> None:
            if tag == "p":
                self.end_paragraph()

        def handle_data(self, data: str) -> None:
            if self.current is not None:
                self.current.append(data)

        def end_paragraph(self) -> None:
            if self.current is not None:
                text = " ".join("".join(self.current).split())
                if text:
                    self.found.append(text)
            self.current = None

    parser = Paragraphs()
    parser.feed(html)
    parser.close()
    parser.end_paragraph()
    return parser.found
    # END SOLUTION
