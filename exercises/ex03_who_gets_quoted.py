"""Exercise 03 · Who gets quoted.

Who speaks in a story, how often, in whose words and with which verb is a framing
choice as much as any adjective. These functions work on the kit's own records:
``analysis.quotes`` (each with ``.speaker``, ``.words``, ``.nested``) and
``analysis.attributions`` (each with ``.source``, ``.sentence``, ``.cue``,
``.stance``). Write them, save the file (Ctrl+S), then check your work:

    framing.grading.check("03")                   # in a notebook
    pytest exercises/test_03_who_gets_quoted.py   # in a terminal, from the kit's folder

Difficulty: ☼ warm-up · ◑ a few steps · ★ a challenge.

What these counts can't tell you: being quoted often is not the same as being
treated well; a source may be quoted in order to be refuted.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.attribution import Attribution
from framing.quotes import Quote


def quotations_per_source(quotes: Sequence[Quote]) -> dict[str, int]:
    """☼ How many quotations each speaker gets: {speaker name: count}.

    A quotation whose ``.speaker`` is None counts under "unknown". Skip nested
    quotations (``quote.nested`` is True): a quote inside a quote is part of the outer one.

    >>> from framing import analyze
    >>> quotes = analyze('"We will win," said Ana Ruiz. "We will see," said Tom Brook.').quotes
    >>> quotations_per_source(quotes)
    {'Ana Ruiz': 1, 'Tom Brook': 1}
    """
    raise NotImplementedError("Replace this line with your code.")


def quoted_share_by_type(quotes: Sequence[Quote]) -> dict[str, float]:
    """◑ The share of all quoted words that goes to each type of source, rounded to 2 decimals.

    ``quote.words`` is the number of words in a quotation and ``quote.speaker.type``
    the type of its speaker ("government or official", "advocacy group", ...); a
    quotation without a speaker counts as "unknown". Skip nested quotations. With no
    quoted words at all, return an empty dict.

    >>> from framing import analyze
    >>> quotes = analyze('"We will win this fight," said Police Chief Ana Ruiz.').quotes
    >>> quoted_share_by_type(quotes)
    {'police or military': 1.0}
    """
    raise NotImplementedError("Replace this line with your code.")


def distancing_verbs(attributions: Sequence[Attribution]) -> list[str]:
    """◑ The distancing attribution verbs ("claimed", "alleged"): lowercase, each once, in order.

    An attribution's ``.stance`` is "neutral", "distancing", "endorsing", "guilt" or
    "alarm", and ``.cue`` is the verb as written. List each distancing verb once, in
    the order the verbs first appear.

    >>> from framing import analyze
    >>> text = "Ana Ruiz said the plan works. Tom Brook claimed it failed. Li Wen claimed more."
    >>> distancing_verbs(analyze(text).attributions)
    ['claimed']
    """
    raise NotImplementedError("Replace this line with your code.")


def first_and_last(attributions: Sequence[Attribution]) -> tuple[str | None, str | None]:
    """★ The names of the sources who speak first and last: (first, last).

    Use ``.sentence`` (the sentence's number) for the order: the records may come in
    any order. With no attributions, return (None, None).

    >>> from framing import analyze
    >>> text = "Ana Ruiz said it works. Tom Brook said it failed. Li Wen said the town would wait."
    >>> first_and_last(analyze(text).attributions)
    ('Ana Ruiz', 'Li Wen')
    """
    raise NotImplementedError("Replace this line with your code.")
