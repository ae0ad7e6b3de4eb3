"""Exercise 05 · Rewrite lab.

Rewriting a loaded sentence in plainer words shows how much of its force came from
word choice. Write the functions below, save the file (Ctrl+S), then check your work:

    framing.grading.check("05")               # in a notebook
    pytest exercises/test_05_rewrite_lab.py   # in a terminal, from the kit's folder

Difficulty: ☼ warm-up · ◑ a few steps · ★ a challenge.

What a rewrite can't tell you: swapping words one for one leaves the choice of facts,
sources and order untouched, and those frame a story too.
"""

from __future__ import annotations

from framing.analysis import Analysis
from framing.lexicon import Lexicon


def replace_word(text: str, old: str, new: str) -> str:
    """☼ ``text`` with every whole word ``old`` replaced by ``new``, ignoring case.

    When the word in the text starts with a capital letter, so does its replacement.
    "regimes" is another word and stays as it is.

    >>> replace_word("The regime said the Regime won.", "regime", "government")
    'The government said the Government won.'
    """
    raise NotImplementedError("Replace this line with your code.")


def neutralize(text: str, replacements: dict[str, str]) -> str:
    """◑ ``text`` with every replacement made (old word → new word), as ``replace_word`` does.

    >>> neutralize("The regime's thugs left.", {"regime": "government", "thugs": "suspects"})
    "The government's suspects left."
    """
    raise NotImplementedError("Replace this line with your code.")


def loaded_change(before: str, after: str, lexicon: Lexicon) -> int:
    """◑ How many loaded terms a rewrite removed: the hits in ``before`` minus those in ``after``.

    ``framing.count_loaded_terms(text, lexicon)`` returns the hits of a text. A positive
    answer means the rewrite has fewer loaded terms.

    >>> from framing import Lexicon
    >>> lexicon = Lexicon([]).with_term("regime", "label").with_term("thugs", "label")
    >>> loaded_change("The regime's thugs left.", "The government's police left.", lexicon)
    2
    """
    raise NotImplementedError("Replace this line with your code.")


def suggestions(analysis: Analysis) -> dict[str, str]:
    """★ Rewrites the outlet could make in its own words: {word as written: neutral wording}.

    For each hit in the outlet's own voice (``hit.voice == "outlet"``) whose lexicon entry
    has a more neutral alternative (``hit.entry.neutral`` is not empty), map the hit's
    text in lowercase (``hit.text.lower()``) to that alternative. Leave quotations and
    reported claims alone: changing them would change what someone said.

    >>> from framing import Lexicon, analyze
    >>> lexicon = Lexicon([]).with_term("regime", "label", neutral="government")
    >>> suggestions(analyze('The Regime acted. "The regime lies," said Ana Ruiz.', lexicon=lexicon))
    {'regime': 'government'}
    """
    raise NotImplementedError("Replace this line with your code.")
