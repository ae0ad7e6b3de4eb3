"""Words quoted twice: where the words of a headline, a lede or a pull quote come back in
the story, with their speaker.

A headline trims the quotation it repeats ("It probably sucks, but they didn't use it"
from "I know it probably sucks at the time, but hats off to them, they didn't use it"):
its words stand in the longer quotation in order, with a few left out between them
(`trimmed_from`). `QuotedWords` holds the words of every quotation once, and which
quotations hold each word, so that the quotations that may repeat a line are found among
those holding all its words, not by reading every quotation of the text for every line.

>>> trimmed_from("it sucks they use it".split(), "i know it sucks but they did use it".split())
True
>>> trimmed_from(["it", "works"], ["works", "it"])
False
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..quotes import Quote
from .phrases import words_of

__all__ = ["TRIM", "QuotedWords", "trimmed_from"]

# A trimmed quotation leaves out at most this many words for each word it keeps.
TRIM = 1

# A page may print the headline's apostrophes straight and the story's curly ("It's" and
# "It’s"): the same word either way.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def _plain(words: list[str]) -> list[str]:
    """``words`` with every apostrophe straight."""
    return [word.translate(_APOSTROPHES) for word in words]


def trimmed_from(words: list[str], longer: list[str]) -> bool:
    """Are ``words`` ``longer``'s words in order, with at most `TRIM` left out for each
    one kept (and none before the first)?"""
    for first in (i for i, word in enumerate(longer) if words and word == words[0]):
        j, skipped = first + 1, 0
        for word in words[1:]:
            while j < len(longer) and longer[j] != word:
                j, skipped = j + 1, skipped + 1
            if j == len(longer):
                break
            j += 1
        else:
            if skipped <= TRIM * len(words):
                return True
    return False


class QuotedWords:
    """The words of each quotation of a text (in the order of ``quotes``), and which
    quotations hold each word."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = quotes
        self.words = [_plain(words_of(quote.text.lower())) for quote in quotes]
        self.holding: dict[str, set[int]] = {}
        for index, words in enumerate(self.words):
            for word in words:
                self.holding.setdefault(word, set()).add(index)

    def repeats(self, words: list[str], start: int = 0, stop: int | None = None) -> Iterator[Quote]:
        """The quotations among ``quotes[start:stop]``, in order, that hold ``words`` as a
        trimmed quotation does (`trimmed_from`)."""
        if not words:
            return
        words = _plain(words)
        held = sorted((self.holding.get(word, set()) for word in set(words)), key=len)
        stop = len(self.quotes) if stop is None else stop
        for index in sorted(held[0].intersection(*held[1:])):
            if start <= index < stop and trimmed_from(words, self.words[index]):
                yield self.quotes[index]
