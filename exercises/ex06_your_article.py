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
from framing.lexicon import GROUPS

#: The groups of loaded words that the kit's rates keep apart, in the kit's order:
#: "word choice", "verbs and hedges" and "contested".
GROUP_NAMES: tuple[str, ...] = tuple(GROUPS)


def clean_pasted_text(raw: str) -> str:
    """☼ Tidy text pasted from a web page.

    Strip the spaces at both ends of every line, keep at most one empty line between
    paragraphs, and leave no empty lines at the start or the end. Single line breaks
    inside a paragraph stay.

    >>> clean_pasted_text("  Title  \\n\\n\\n\\n  First line.\\n  Second line.  \\n\\n")
    'Title\\n\\nFirst line.\\nSecond line.'
    """
    raise NotImplementedError("Replace this line with your code.")


def report_row(name: str, analysis: Analysis) -> dict[str, object]:
    """◑ One row of numbers about an article, for a table of several articles.

    Return a dict with the keys "name", "words", "quotations", "sources",
    "per_1000_by_group", "first_source" and "last_source". ``analysis.summary()`` has all
    the numbers (look at its keys): "per_1000_by_group" is its loaded terms per 1,000
    words for each group of loaded words, kept apart. When there is no first or last
    source, use "" (an empty cell), not None.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label")
    >>> row = report_row("short", analyze("Ana Ruiz said the regime fell.", lexicon=lexicon))
    >>> row["per_1000_by_group"]
    {'word choice': 166.7}
    """
    raise NotImplementedError("Replace this line with your code.")


def rank_by_group(rows: list[dict[str, object]]) -> dict[str, list[str]]:
    """◑ For each group of loaded words, the articles' names from the highest rate to the lowest.

    Each row is made by ``report_row``: ``row["per_1000_by_group"]`` holds its rates.
    Return a dict with one key for each group in ``GROUP_NAMES``, in that order. Its
    value is the list of the rows' "name", highest rate of that group first; equal rates
    go in A-to-Z order of the names, and a group missing from a row's rates counts as 0.

    Never add the groups together: a loaded label, a verb like "claimed" and a contested
    label such as "pro-life" are different kinds of choice, and one total would hide which
    kind an article leans on.

    >>> rows = [
    ...     {"name": "wire", "per_1000_by_group": {"word choice": 2.0, "verbs and hedges": 9.0}},
    ...     {"name": "blog", "per_1000_by_group": {"word choice": 7.5}},
    ... ]
    >>> for group, names in rank_by_group(rows).items():
    ...     print(group, names)
    word choice ['blog', 'wire']
    verbs and hedges ['wire', 'blog']
    contested ['blog', 'wire']
    """
    raise NotImplementedError("Replace this line with your code.")


def paragraphs_from_html(html: str) -> list[str]:
    """★ The text of every <p> element of a saved web page, in order.

    Drop the tags inside a paragraph (<a>, <em>, ...) but keep their text, decode
    entities (&amp; becomes &), turn every run of spaces and line breaks into one space,
    and skip paragraphs that are empty. ``html.parser.HTMLParser`` helps; everything
    outside <p> elements (menus, scripts, headings) is left out.

    >>> paragraphs_from_html("<h1>Menu</h1><p>Rain &amp; <em>wind</em>\\n today.</p><p> </p>")
    ['Rain & wind today.']
    """
    raise NotImplementedError("Replace this line with your code.")
