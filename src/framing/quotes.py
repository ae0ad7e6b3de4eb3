"""Quotation spans: where an article puts other people's words in quotation marks.

A `Quote` is the words between the marks (``text[start:end]``, marks not
included), its kind ("direct": a whole quoted statement; "partial": a fragment
inside the writer's own sentence, scare quotes included), and where it sits.
Speakers are found by `framing.attribution`; here they are always None.

What it can not tell you: quotation marks are also used for titles, nicknames
and inch marks; those are found as quotations (titles, nicknames) or reported as
stray marks (inch marks). A quotation is the writer's choice of marks, not proof
that anyone said those words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ._records import builder, quick_init
from .text import Article, _trim

if TYPE_CHECKING:
    from .attribution import Source

__all__ = ["Quote", "as_article", "find_quotes"]

QuoteKind = Literal["direct", "partial"]


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation. ``start``/``end`` are the words inside the marks.

    A quotation that runs over several paragraphs has one ``part`` per paragraph;
    ``text`` is then everything from the first word to the last, marks and line
    breaks in between included.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    paragraph: int
    sentence: int
    parts: tuple[tuple[int, int], ...]
    nested: bool = False
    speaker: Source | None = None
    cue: str | None = None
    speaker_reason: str | None = None

    @property
    def words(self) -> int:
        """How many words are quoted (marks and punctuation not counted)."""
        return _count_words(self.text)


_new_quote = builder(Quote)


_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# `_WORD` costs most of `Analysis.summary`. For ASCII text, a few passes over bytes give the
# same count: each character becomes its class, "a" for a letter or digit, "-" for a
# joiner (' or -), else a space.
_CHARACTER_CLASSES = bytes(
    97 if chr(b).isalnum() else 45 if chr(b) in "'-" else 32 for b in range(128)
).ljust(256, b" ")
_JOINERS_AS_SPACES = bytes(32 if b == 45 else b for b in range(256))
# Marks that quotations often hold, and the ASCII character of the same class for each.
_AS_ASCII = (("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("—", " "), ("–", " "))


def _count_words(text: str) -> int:
    """``len(_WORD.findall(text))``, counted on bytes where the text allows."""
    if not text.isascii():
        ascii_text = text
        for mark, ascii_mark in _AS_ASCII:
            ascii_text = ascii_text.replace(mark, ascii_mark)
        if not ascii_text.isascii():
            return len(_WORD.findall(text))
        text = ascii_text
    classes = b" " + text.encode("ascii").translate(_CHARACTER_CLASSES)
    # A joiner right after a letter links it to a run that may follow ("+"); any other
    # joiner separates, like a space. Each word then starts as a run after a space.
    classes = classes.replace(b"a-", b"a+").translate(_JOINERS_AS_SPACES)
    return classes.count(b" a")


_INTRO_END = re.compile(r"(?:[:,]|[-–—]|\b(?:said|says|added|asked|told \w+))\s*$", re.IGNORECASE)


def as_article(article_or_text: Article | str) -> Article:
    """Accept an `Article` or a string; strings become articles (with their checks)."""
    if isinstance(article_or_text, Article):
        return article_or_text
    return Article(article_or_text)


def find_quotes(article_or_text: Article | str) -> tuple[Quote, ...]:
    """Every quotation in the article, in reading order.

    >>> quotes = find_quotes('The mayor called it "reckless." "We go on," she said.')
    >>> [(q.text, q.kind) for q in quotes]
    [('reckless.', 'partial'), ('We go on,', 'direct')]
    """
    article = as_article(article_or_text)
    cached = getattr(article, "_quotes", None)
    if cached is not None:
        return cached
    text = article.text
    quotes: list[Quote] = []
    previous_direct: dict[int, int] = {}  # sentence index -> close offset of a direct quote
    for raw in article._raw_quotes:
        start, end = raw.parts[0][0], raw.parts[-1][1]
        if start >= end or text[start].isspace() or text[end - 1].isspace():
            start, end = _trim(text, start, end)  # (no need when both ends are words)
            if start >= end:
                continue
        sentence = article.sentence_at(start)
        sentence_index = sentence.index if sentence else _nearest_sentence(article, start)
        paragraph = article.paragraph_at(start)
        kind = _kind(text, article, raw, sentence_index, previous_direct)
        if kind == "direct" and not raw.nested:
            previous_direct[sentence_index] = raw.close
        # every field, by position (see `builder`)
        quotes.append(
            _new_quote(
                start,
                end,
                text[start:end],
                kind,
                paragraph.index if paragraph else 0,
                sentence_index,
                raw.parts,
                raw.nested,
                None,  # speaker, cue and speaker_reason: `attribute` fills them in
                None,
                None,
            )
        )
    result = tuple(quotes)
    article._quotes = result  # type: ignore[attr-defined]
    return result


def _nearest_sentence(article: Article, offset: int) -> int:
    for sentence in article.sentences:
        if sentence.end > offset:
            return sentence.index
    return len(article.sentences) - 1


def _kind(text, article, raw, sentence_index, previous_direct) -> QuoteKind:
    if raw.nested:
        return "partial"
    if len(raw.parts) > 1:
        return "direct"
    before = text[article.sentences[sentence_index].start : raw.open]
    if not before.strip(" \t\u00a0-–—"):
        return "direct"
    before_end = before.rstrip()
    if before_end.endswith(":"):
        return "direct"
    first = text[raw.open + 1]  # the quotation's first character that is not a space
    if first.isspace():
        first = text[raw.open + 1 : raw.close].lstrip()[:1]
    starts_capital = first.isupper() or first.isdigit() or first in "…."
    if starts_capital and _INTRO_END.search(before):
        return "direct"
    # The second half of a split quote: "We are ready," the mayor said, "and we will act."
    close = previous_direct.get(sentence_index)
    if close is not None and raw.open - close < 80 and before_end.endswith(","):
        return "direct"
    return "partial"
