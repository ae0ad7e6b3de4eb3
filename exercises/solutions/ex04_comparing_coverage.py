"""Exercise 04 · Comparing coverage.

The same event, told by two articles: who does each one quote, and how loaded is each
one's wording? These functions compare two analyses made with ``framing.analyze``.
Write them, save the file (Ctrl+S), then check your work:

    framing.grading.check("04")                       # in a notebook
    pytest exercises/test_04_comparing_coverage.py    # in a terminal, from the kit's folder

Difficulty: ☼ warm-up · ◑ a few steps · ★ a challenge.

What these comparisons can't tell you: which article is right. Two articles can differ
because they were written at different times, for different readers, or with
different access to sources, as well as because of a frame.
"""

from __future__ import annotations

from framing.analysis import Analysis

OFFICIAL_TYPES = ("government or official", "police or military")


def official_share(analysis: Analysis) -> float:
    """☼ The share of attributions that go to officials, rounded to 2 decimals.

    Officials are sources whose ``.type`` is in ``OFFICIAL_TYPES``. Use
    ``analysis.attributions`` (each has ``.source``); with no attributions, return 0.0.

    >>> from framing import analyze
    >>> text = "Police Chief Ana Ruiz said the plan works. Tom Brook said it failed."
    >>> official_share(analyze(text))
    0.5
    """
    # BEGIN SOLUTION
    if not analysis.attributions:
        return 0.0
    official = sum(a.source.type in OFFICIAL_TYPES for a in analysis.attributions)
    return round(official / len(analysis.attributions), 2)
    # END SOLUTION


def more_official(a: Analysis, b: Analysis) -> str:
    """◑ "a" or "b": the article that gives officials the larger share of its attributions.

    Return "same" when the two shares (rounded as ``official_share`` rounds them) are equal.

    >>> from framing import analyze
    >>> first = analyze("Police Chief Ana Ruiz said the plan works.")
    >>> second = analyze("Tom Brook said the plan failed.")
    >>> more_official(first, second)
    'a'
    """
    # BEGIN SOLUTION
    share_a, share_b = official_share(a), official_share(b)
    if share_a == share_b:
        return "same"
    return "a" if share_a > share_b else "b"
    # END SOLUTION


def source_overlap(a: Analysis, b: Analysis) -> dict[str, list[str]]:
    """◑ The sources both articles use, and the ones only one of them uses.

    Return {"both": [...], "only_a": [...], "only_b": [...]} with source names
    (``analysis.sources``, each with ``.name``), each list sorted A to Z.

    >>> from framing import analyze
    >>> first = analyze("Ana Ruiz said the plan works. Tom Brook said it failed.")
    >>> second = analyze("Tom Brook said the plan failed. Li Wen said the town would wait.")
    >>> source_overlap(first, second)
    {'both': ['Tom Brook'], 'only_a': ['Ana Ruiz'], 'only_b': ['Li Wen']}
    """
    # BEGIN SOLUTION
    names_a = {source.name for source in a.sources}
    names_b = {source.name for source in b.sources}
    return {
        "both": sorted(names_a & names_b),
        "only_a": sorted(names_a - names_b),
        "only_b": sorted(names_b - names_a),
    }
    # END SOLUTION


def term_gap(a: Analysis, b: Analysis) -> dict[str, float]:
    """★ For each loaded-term category, how many more per 1,000 words b uses than a.

    ``analysis.terms_per_thousand()`` gives {category: rate}. Return b's rate minus a's,
    rounded to one decimal, for every category either article uses; a category that
    only one article uses counts as 0.0 in the other. A negative number means b uses
    fewer.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label").with_term("notorious", "descriptor")
    >>> first = analyze("The regime opened the notorious prison on Monday.", lexicon=lexicon)
    >>> second = analyze("The regime opened the new prison on Monday.", lexicon=lexicon)
    >>> term_gap(first, second)
    {'descriptor': -125.0, 'label': 0.0}
    """
    # BEGIN SOLUTION
    rates_a, rates_b = a.terms_per_thousand(), b.terms_per_thousand()
    categories = list(dict.fromkeys([*rates_a, *rates_b]))
    return {c: round(rates_b.get(c, 0.0) - rates_a.get(c, 0.0), 1) for c in categories}
    # END SOLUTION
