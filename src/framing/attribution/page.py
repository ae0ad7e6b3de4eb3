"""The page: what the engine reads once from an article, before the stages read it sentence
by sentence -- its text, its words, its quotations, its runs of capitalised words, its
headline, and the stance of each speech verb.

`Page` is a frozen record that every stage reads and none writes: a stage's ``__init__``
copies the fields it reads onto itself, so the stage's first lines say what it reads.
(The word lists are the article's own `Article.word_table`; no stage changes them.)

What it can not tell you: the page is the article's surface -- where the words and
quotation marks are. Who speaks is for the stages to find.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from types import MappingProxyType

from ..lexicon import Lexicon
from ..quotes import Quote, find_quotes
from ..text import Article, Sentence
from .phrases import Phrase, capitalised_runs
from .words import PREPOSITIONS, stance_table

Run = tuple[int, int, list[str]]  # a run of capitalised words: start, end, its words


@dataclass(frozen=True, slots=True)
class Page:
    """What the engine reads once from an article; build it with `Page.read`."""

    article: Article
    text: str
    norm: str  # `Article.normalized`: straight quotation marks and apostrophes
    # the words (`Article.word_table`): where each starts and ends, and its lowercase key
    starts: Sequence[int]
    ends: Sequence[int]
    keys: Sequence[str]
    quotes: tuple[Quote, ...]
    # the parts of the quotations that are not nested, sorted, and for look-ups by
    # bisection: where each starts, the sorted ends, and the furthest end so far
    quote_ranges: tuple[tuple[int, int], ...]
    quote_starts: tuple[int, ...]
    quote_ends: tuple[int, ...]
    quote_reach: tuple[int, ...]
    quotes_by_sentence: Mapping[int, tuple[Quote, ...]]  # sentence -> its quotations (not nested)
    runs: tuple[Run, ...]  # runs of capitalised words: the names
    run_starts: tuple[int, ...]
    headline_start: int  # the headline's span, (-1, -1) without one
    headline_end: int
    stances: Mapping[str, str]  # a speech verb's lemma -> its stance ("warn" -> "alarm")

    @classmethod
    def read(cls, article: Article, lexicon: Lexicon | None) -> Page:
        """The page of ``article``; ``lexicon`` gives the verbs' stances (None: the kit's)."""
        quotes = tuple(find_quotes(article))
        ranges = tuple(sorted((s, e) for q in quotes if not q.nested for s, e in q.parts))
        by_sentence: dict[int, list[Quote]] = {}
        for quote in quotes:
            if not quote.nested:
                by_sentence.setdefault(quote.sentence, []).append(quote)
        runs = tuple(capitalised_runs(article.text))
        headline = article.headline
        starts, ends, keys = article.word_table
        return cls(
            article=article,
            text=article.text,
            norm=article.normalized,
            starts=starts,
            ends=ends,
            keys=keys,
            quotes=quotes,
            quote_ranges=ranges,
            quote_starts=tuple(s for s, _ in ranges),
            quote_ends=tuple(sorted(e for _, e in ranges)),
            quote_reach=tuple(accumulate((e for _, e in ranges), max)),
            quotes_by_sentence=MappingProxyType({k: tuple(v) for k, v in by_sentence.items()}),
            runs=runs,
            run_starts=tuple(start for start, _, _ in runs),
            headline_start=headline.start if headline is not None else -1,
            headline_end=headline.end if headline is not None else -1,
            stances=MappingProxyType(stance_table(lexicon)),
        )

    @property
    def headline(self) -> tuple[int, int]:
        """The headline's (start, end), or (-1, -1)."""
        return self.headline_start, self.headline_end

    def inside_quote(self, offset: int) -> bool:
        """Is ``offset`` inside a quotation (one that is not nested in another)?"""
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quote_ranges[i][1]

    def in_one_quotation(self, start: int, end: int) -> bool:
        """Are ``start`` and ``end`` inside the same quotation (not one nested in another)?"""
        i = bisect.bisect_right(self.quote_starts, start) - 1
        return i >= 0 and end < self.quote_ranges[i][1]

    def word_range(self, sentence: Sentence) -> range:
        """The indices of the sentence's words in the word table."""
        return range(
            bisect.bisect_left(self.starts, sentence.start),
            bisect.bisect_left(self.starts, sentence.end),
        )

    def after_preposition(self, offset: int) -> bool:
        """Is the word before ``offset`` a preposition ("of", "for", "with")?"""
        i = bisect.bisect_left(self.starts, offset) - 1
        return i >= 0 and self.keys[i] in PREPOSITIONS

    def first_name_in(self, sentence: Sentence) -> Phrase | None:
        """The first run of capitalised words in a sentence, after its first word."""
        first = bisect.bisect_left(self.run_starts, sentence.start)
        for start, end, _tokens in self.runs[first:]:
            if start >= sentence.end:
                break
            if start > sentence.start:
                return Phrase(start, end, self.text[start:end])
        return None
