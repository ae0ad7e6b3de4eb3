"""Quotation spans: where an article puts other people's words in quotation marks.

A `Quote` is the words between the marks (``text[start:end]``, marks not
included), its kind ("direct": a whole quoted statement; "partial": a fragment
inside the writer's own sentence, scare quotes included), and where it sits.
Speakers are found by `framing.attribution`; here they are always None.

What it can not tell you: quotation marks are also used for titles, nicknames
and inch marks; those are found as quotations (titles, nicknames) or reported as
stray marks (inch marks), except a capitalised name right before the kind of thing it
names ("the “I Lite U” campaign"), which is left out. A quotation is the writer's choice
of marks, not proof that anyone said those words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ._quotemarks import RawQuote
from .text import Article, count_words, trimmed_span

if TYPE_CHECKING:
    from .attribution import Source

__all__ = ["Quote", "as_article", "find_quotes"]

QuoteKind = Literal["direct", "partial"]


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
        """How many words are quoted, counted as the article counts its words."""
        return count_words(self.text)


# "the “I Lite U” campaign", "‘Matikkira’ Incident": a capitalised name in quotation marks
# (up to four words, no punctuation of a sentence), then a word for the kind of thing it
# names. GUIDELINE.md (bench/realnews): names of things are not quotations.
_NAME_IN_MARKS = re.compile(r"(?:[A-Z0-9][\w'’\-]*)(?:\s+[A-Z0-9][\w'’\-]*){0,3}")
_KIND_OF_NAMED_THING = re.compile(
    r"\s*(?:campaign|campaigns|incident|programme|program|scheme|project|operation|initiative"
    r"|movement|app|festival|show|song|album|film|movie|book|novel|series|slogan|brand|hashtag"
    r"|tour|challenge|award|awards|affair|saga|policy|bill|plan|strategy|event|exhibition"
    r"|podcast|documentary|trend|meme)\b",
    re.IGNORECASE,
)

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
    text = article.text
    quotes: list[Quote] = []
    previous_direct: dict[int, int] = {}  # sentence index -> close offset of a direct quote
    for raw in article.raw_quotes:
        start, end = trimmed_span(text, raw.parts[0][0], raw.parts[-1][1])
        if start >= end or _names_a_thing(text, raw):
            continue
        sentence = article.sentence_at(start)
        sentence_index = sentence.index if sentence else _nearest_sentence(article, start)
        paragraph = article.paragraph_at(start)
        kind = _kind(text, article, raw, sentence_index, previous_direct)
        if kind == "direct" and not raw.nested:
            previous_direct[sentence_index] = raw.close
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                paragraph=paragraph.index if paragraph else 0,
                sentence=sentence_index,
                parts=raw.parts,
                nested=raw.nested,
            )
        )
    return tuple(quotes)


def _names_a_thing(text: str, raw: RawQuote) -> bool:
    """Are the marks around a name, not words someone said: "the “I Lite U” campaign"?"""
    return (
        len(raw.parts) == 1
        and _NAME_IN_MARKS.fullmatch(text, raw.open + 1, raw.close) is not None
        and _KIND_OF_NAMED_THING.match(text, raw.close + 1) is not None
    )


def _nearest_sentence(article: Article, offset: int) -> int:
    for sentence in article.sentences:
        if sentence.end > offset:
            return sentence.index
    return len(article.sentences) - 1


def _kind(
    text: str,
    article: Article,
    raw: RawQuote,
    sentence_index: int,
    previous_direct: dict[int, int],
) -> QuoteKind:
    """Direct when the quotation is a whole statement: it opens its sentence, follows a
    colon, or starts with a capital after "said", a comma or a dash; or it is the second
    half of a split quote. Partial otherwise: a fragment of the writer's own sentence."""
    if raw.nested:
        return "partial"
    if len(raw.parts) > 1:
        return "direct"
    lo = article.sentences[sentence_index].start
    # Only the writer's words just before the opening mark are read.
    words_end = raw.open
    while words_end > lo and text[words_end - 1] in " \t\u00a0-–—":
        words_end -= 1
    if words_end <= lo:
        return "direct"  # nothing but spaces and dashes before it in its sentence
    before_end = raw.open
    while text[before_end - 1].isspace():
        before_end -= 1
    if text[before_end - 1] == ":":
        return "direct"
    first = text[raw.open + 1]  # the quotation's first character that is not a space
    if first.isspace():
        first = text[raw.open + 1 : raw.close].lstrip()[:1]
    starts_capital = first.isupper() or first.isdigit() or first in "…."
    # The introduction ends at the mark: the last 40 characters hold it ("told reporters,").
    if starts_capital and _INTRO_END.search(text, max(lo, before_end - 40), raw.open):
        return "direct"
    # The second half of a split quote: "We are ready," the mayor said, "and we will act."
    close = previous_direct.get(sentence_index)
    if close is not None and raw.open - close < 80 and text[before_end - 1] == ",":
        return "direct"
    return "partial"
