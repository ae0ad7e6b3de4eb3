"""Exercise 02 · Loaded language.

A loaded word carries a judgement. Whose judgement depends on its voice: the outlet's
own narration, a direct quotation, or a claim the article reports. Write the
functions below, save the file (Ctrl+S), then check your work:

    framing.grading.check("02")                   # in a notebook
    pytest exercises/test_02_loaded_language.py   # in a terminal, from the kit's folder

Difficulty: ☼ warm-up · ◑ a few steps · ★ a challenge.

What these counts can't tell you: a word list is a measuring instrument. It finds
only the words it lists, and a listed word can be plain in a context nobody foresaw:
read each hit in context before you judge.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.analysis import Analysis
from framing.lexicon import TermHit


def per_thousand(count: int, words: int) -> float:
    """☼ ``count`` per 1,000 words, rounded to one decimal; 0.0 for a text with no words.

    >>> per_thousand(3, 600)
    5.0
    >>> per_thousand(0, 0)
    0.0
    """
    # BEGIN SOLUTION
    if words <= 0:
        return 0.0
    return round(1000 * count / words, 1)
    # END SOLUTION


def voice_counts(hits: Sequence[TermHit]) -> dict[str, int]:
    """◑ How many loaded-term hits are in each voice: "outlet", "quoted" and "reported".

    A hit's ``.voice`` is "outlet" (the writer's own words), "reported: NAME" (inside a
    claim the article reports from NAME), or else a speaker's name or "quoted: unknown
    speaker" (inside a quotation). Always return all three keys.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label").with_term("thugs", "label")
    >>> text = 'The regime jailed them. "They are thugs," said Ana Ruiz.'
    >>> voice_counts(analyze(text, lexicon=lexicon).hits)
    {'outlet': 1, 'quoted': 1, 'reported': 0}
    """
    # BEGIN SOLUTION
    counts = {"outlet": 0, "quoted": 0, "reported": 0}
    for hit in hits:
        if hit.voice == "outlet":
            counts["outlet"] += 1
        elif hit.voice.startswith("reported"):
            counts["reported"] += 1
        else:
            counts["quoted"] += 1
    return counts
    # END SOLUTION


def outlet_terms(hits: Sequence[TermHit]) -> list[str]:
    """◑ The lexicon terms (``hit.term``) the outlet uses in its own voice: each once, A to Z.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label").with_term("thugs", "label")
    >>> text = 'The regime jailed them. "They are thugs," said Ana Ruiz. The regime denied it.'
    >>> outlet_terms(analyze(text, lexicon=lexicon).hits)
    ['regime']
    """
    # BEGIN SOLUTION
    return sorted({hit.term for hit in hits if hit.voice == "outlet"})
    # END SOLUTION


def densest_paragraph(analysis: Analysis) -> int | None:
    """★ The index of the paragraph with the most loaded terms per 1,000 words.

    ``hit.paragraph`` says where each hit is; count a paragraph's words in
    ``analysis.article.paragraphs[i].text`` (``len(text.split())`` is fine). On a tie
    the earlier paragraph wins; with no hits at all, return None.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label")
    >>> text = "The regime met the regime's allies in the capital today.\\n\\nThe regime left."
    >>> densest_paragraph(analyze(text, lexicon=lexicon))
    1
    """
    # BEGIN SOLUTION
    from collections import Counter

    if not analysis.hits:
        return None
    hits = Counter(hit.paragraph for hit in analysis.hits)
    best, best_rate = None, -1.0
    for paragraph in analysis.article.paragraphs:
        words = len(paragraph.text.split())
        rate = hits[paragraph.index] / words if words else 0.0
        if rate > best_rate:
            best, best_rate = paragraph.index, rate
    return best
    # END SOLUTION
