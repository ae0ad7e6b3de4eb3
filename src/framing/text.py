"""An article as the kit sees it: headline, dateline, paragraphs, sentences, tokens.

Every unit carries half-open character offsets into the original text, so that
``article.text[unit.start:unit.end] == unit.text`` always holds. The text itself
is never changed; normalisation (curly quotes, dashes, non-breaking spaces) is
done on a copy of the same length and used only for matching.

What it can not tell you: sentence splitting is rule-based (NLTK's Punkt with
abbreviations set by hand, no trained model), so an abbreviation it does not
know at the very end of a sentence ("… in the U.S. The …") can hide a sentence
break. A sentence must start with a capital letter or a digit, so one that starts
in lowercase ("… last year. iPhone sales …") is read as part of the sentence
before it. A full stop a page glued to the next word ("… reappearing.Credit: …") ends
a sentence only between small letters and a capital (`_GLUED_STOP`), never in initials
("J.P. Morgan") or inside a quotation. The headline is guessed from the first line's shape,
or the second's under a page's label line ("Lebanon News", "Advertisement"): a first line of
one to three capitalised words, above a longer line shaped like a headline that does not end
as a sentence does (`_label_above_headline`). So a short headline over a standfirst with
no full stop ("Port Strike Ends" over "Workers return after a week of talks") is taken for
a label, and the standfirst for the headline.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from types import MappingProxyType
from typing import Any, NamedTuple

from . import _quotemarks
from .errors import check_text
from .vocabulary import NAME_ABBREVIATIONS

__all__ = [
    "WORD",
    "Article",
    "Dateline",
    "Paragraph",
    "Sentence",
    "Token",
    "Word",
    "count_words",
    "normalize",
]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (a line of the file, or a block between blank lines)."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; a quotation of several sentences stays one sentence."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation token, as NLTK's Treebank-style tokenizer splits it."""

    index: int
    sentence: int
    start: int
    end: int
    text: str


class Word(NamedTuple):
    """One word (see `WORD`), lowercased in ``norm``; a named tuple, so it also unpacks
    as ``index, start, end, text, norm``."""

    index: int
    start: int
    end: int
    text: str
    norm: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and agency) that opens a wire story: ``TEHRAN (Tasnim) -``."""

    start: int
    end: int
    text: str
    place: str
    agency: str | None


#: What the kit counts as one word, everywhere (an article's words, the words of a
#: quotation, the words a lexicon term is matched on): letters and digits, joined by an
#: apostrophe, a hyphen or a full stop between two of them, so "O’Brien", "mid-March"
#: and "U.S" (without its last full stop) are one word each. A dash is not a hyphen:
#: "officials—including" is two words.
WORD = re.compile(r"[^\W_]+(?:['’\-‐‑.][^\W_]+)*")


def count_words(text: str) -> int:
    """How many words ``text`` has, counted as an article counts them (see `WORD`).

    >>> count_words("U.S. officials—and O’Brien—call it “mid-March’s” plan.")
    8
    """
    return len(WORD.findall(text))


# Same-length normalisation: each character maps to exactly one character.
_NORMALIZE = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‹": "'",
        "›": "'",
        "′": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200a": " ",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
    }
)


def normalize(text: str) -> str:
    """Straighten quotes and apostrophes, plain spaces and hyphens; same length as ``text``.

    >>> normalize("Noem’s “tool” – a test")
    'Noem\\'s "tool" - a test'
    """
    return text.translate(_NORMALIZE)


ABBREVIATIONS = (
    frozenset(
        """
    u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e etc vs approx est dept govt
    mt ft ave blvd rd inc corp ltd co bros assn univ
    jan feb mar apr jun jul aug sep sept oct nov dec no nos fig vol
    """.split()
    )
    | frozenset(word.lower() for word in NAME_ABBREVIATIONS)  # "Det.", "Sgt.", "Jr."
    | frozenset("abcdefghijklmnopqrstuvwxyz")
    # two initials are a name's ("J.D. Hayworth", "J.P. Morgan"), as "U.S." is a country's
    | frozenset(
        f"{a}.{b}" for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz"
    )
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\u00a0]*\r?\n")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ \-][A-Z][A-Z'’.\-]*)*"
    r"(?:,[ \u00a0]+[A-Z][\w.'’\-]*(?:[ \u00a0]+[\w.'’\-]+){0,3}){0,2})"
    r"[ \u00a0]*(?:\((?P<agency>[^()\n]{1,40})\))?[ \u00a0]*(?P<dash>[-–—]{1,2}|:)[ \u00a0]+"
)


@cache
def _punkt():
    # Imported on first use: NLTK takes half a second to import, and `import framing`
    # should be quick for a student who only wants to load a seed.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@cache
def _treebank():
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


class Article:
    """A news article with offsets for every unit.

    >>> a = Article('Mayor Says No\\nLONDON (Wire) - "Never," she said. Then she left.')
    >>> a.headline.text, a.dateline.place, [s.text for s in a.sentences]
    ('Mayor Says No', 'LONDON', ['Mayor Says No', '"Never," she said.', 'Then she left.'])
    """

    def __init__(
        self,
        text: str,
        *,
        name: str | None = None,
        meta: Mapping[str, Any] | None = None,
        headline: bool | None = None,
        check_language: bool = True,
    ) -> None:
        self.text: str = check_text(text, check_language=check_language)
        self.name = name
        self.meta: Mapping[str, Any] = MappingProxyType(dict(meta or {}))
        text = self.text
        ranges = _paragraph_ranges(text)
        has_headline = _looks_like_headline(text, ranges) if headline is None else headline
        self.paragraphs: tuple[Paragraph, ...] = tuple(
            Paragraph(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(ranges)
        )
        # the headline's paragraph: the second under a page's label line, else the first
        headline_index = 1 if headline is None and _label_above_headline(text, ranges) else 0
        self.headline: Paragraph | None = (
            self.paragraphs[headline_index]
            if (has_headline or headline_index) and len(self.paragraphs) > headline_index + 1
            else None
        )
        body = self.paragraphs[self.headline.index + 1] if self.headline else self.paragraphs[0]
        self.dateline: Dateline | None = _find_dateline(text, body.start, body.end)
        #: The paired quotation marks, and the marks that pair with nothing.
        self.raw_quotes, self.stray_marks = _quotemarks.scan(
            text, ranges, headline=self.headline.index if self.headline else None
        )
        self.sentences: tuple[Sentence, ...] = self._split_sentences()
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        self._paragraph_starts = [paragraph.start for paragraph in self.paragraphs]

    def __repr__(self) -> str:
        title = self.headline.text if self.headline else self.sentences[0].text
        if len(title) > 60:
            title = title[:57] + "..."
        return (
            f"<Article {title!r}: {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences, {self.word_count} words>"
        )

    @cached_property
    def normalized(self) -> str:
        """The text with quotes, spaces and dashes made plain; same length as ``text``."""
        return normalize(self.text)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """Words only (no punctuation), for counting and matching."""
        text = self.text
        return tuple(
            Word(i, s, e, text[s:e], norm)
            for i, (s, e, norm) in enumerate(zip(*self.word_table, strict=True))
        )

    @cached_property
    def word_table(self) -> tuple[array[int], array[int], list[str]]:
        """The words (see `WORD`) as three sequences: starts and ends (arrays of integers)
        and normalised lowercase forms.

        >>> Article("U.S. officials—and O’Brien—met.", check_language=False).word_table[2]
        ['u.s', 'officials', 'and', "o'brien", 'met']
        """
        starts, ends, norms = array("q"), array("q"), []
        normalized = self.normalized
        for match in WORD.finditer(self.text):
            start, end = match.span()
            starts.append(start)
            ends.append(end)
            norms.append(normalized[start:end].lower())
        return starts, ends, norms

    @property
    def word_count(self) -> int:
        return len(self.word_table[0])

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Words and punctuation from NLTK's ``NLTKWordTokenizer``, sentence by sentence.

        The tokenizer reads the `normalized` sentence, so curly apostrophes split words
        as straight ones do:

        >>> [t.text for t in Article("“We won’t,” O’Brien said.", check_language=False).tokens]
        ['“', 'We', 'wo', 'n’t', ',', '”', 'O’Brien', 'said', '.']
        """
        tokenizer = _treebank()
        tokens: list[Token] = []
        for sentence in self.sentences:
            plain = self.normalized[sentence.start : sentence.end]
            try:
                spans = list(tokenizer.span_tokenize(plain))
            except ValueError:  # NLTK cannot align some odd quote sequences
                spans = [m.span() for m in re.finditer(r"\w+|[^\w\s]", plain)]
            for s, e in spans:
                start, end = sentence.start + s, sentence.start + e
                tokens.append(
                    Token(
                        index=len(tokens),
                        sentence=sentence.index,
                        start=start,
                        end=end,
                        text=self.text[start:end],
                    )
                )
        return tuple(tokens)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset`` (None between sentences)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            sentence = self.sentences[i]
            if offset < sentence.end:
                return sentence
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that contains character ``offset``."""
        i = bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0:
            paragraph = self.paragraphs[i]
            if offset < paragraph.end:
                return paragraph
        return None

    def _split_sentences(self) -> tuple[Sentence, ...]:
        """Punkt's sentences in each paragraph (after the dateline), with a quotation
        kept in one sentence (see `_keep_together`)."""
        text = self.text
        inside = _inside_quotes(self.raw_quotes)
        sentences: list[Sentence] = []
        for paragraph in self.paragraphs:
            start = paragraph.start
            if self.dateline and start <= self.dateline.start < paragraph.end:
                start = self.dateline.end
            spans = _split_at_ellipses(text, _punkt_spans(text, start, paragraph.end))
            for lo, hi in _split_at_glued_stops(text, _merge(text, spans, inside), inside):
                if text[lo:hi].strip():
                    sentences.append(
                        Sentence(
                            index=len(sentences),
                            paragraph=paragraph.index,
                            start=lo,
                            end=hi,
                            text=text[lo:hi],
                        )
                    )
        return tuple(sentences)


def _punkt_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's sentences in ``text[start:end]``, as offsets into ``text``."""
    try:
        return [(start + s, start + e) for s, e in _punkt().span_tokenize(text[start:end])]
    except Exception:  # Punkt should never fail; if it does, a student must not see it
        return [(start, end)]


# Punkt ends sentences only at ".", "?" and "!"; the kit also tries a break after an
# ellipsis ("… vandalism…” But if ..."), which `_keep_together` keeps only where a
# sentence starts.
_ELLIPSIS_AND_SPACE = re.compile(r"(…[\"'”’)\]]*)\s+")


def _split_at_ellipses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = []
    for start, end in spans:
        for match in _ELLIPSIS_AND_SPACE.finditer(text, start, end):
            if match.end() < end:
                pieces.append((start, match.end(1)))
                start = match.end()
        pieces.append((start, end))
    return pieces


# A full stop with no space after it, between a word in small letters and a capitalised
# word, ends a sentence the page lost a space from ("… reappearing.T.Veeresh, a shop
# keeper, said"; a caption's "… on Monday morning.Credit: QFES"). Initials never match
# ("U.S.", "J.P. Morgan", "T.Veeresh": one capital before the stop, not two small letters),
# nor web and mail addresses ("www.Example.com", "ana.Ruiz@mail.com": a "/", "@" or "."
# before the word, or a dot and small letters after the capitalised word).
_GLUED_STOP = re.compile(
    r"(?<![\w.@/\-])[a-z]{2,}[.!?](?=(?:[A-Z]\.)*[A-Z][a-z'’]*(?![\w@/]|\.[a-z]))"
)


def _split_at_glued_stops(
    text: str, spans: list[list[int]], inside: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Split each sentence after a `_GLUED_STOP` that is not inside a quotation (a
    quotation is one sentence: "… homes.We believe …")."""
    pieces = []
    for start, end in spans:
        for match in _GLUED_STOP.finditer(text, start, end):
            i = bisect_right(inside, (match.end(), len(text))) - 1
            if not (i >= 0 and inside[i][0] < match.end() <= inside[i][1]):
                pieces.append((start, match.end()))
                start = match.end()
        pieces.append((start, end))
    return pieces


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Blocks between blank lines if the text has any, else one paragraph per line."""
    ranges: list[tuple[int, int]] = []
    if _PARAGRAPH_BREAK.search(text):
        # Treat the first line as its own block when a single newline follows it
        # (a headline above a blank-line-separated body).
        pos = 0
        for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
            end = match.start() if match else len(text)
            ranges.extend(_trimmed_lines_as_block(text, pos, end, first_block=not ranges))
            pos = match.end() if match else len(text)
        ranges = [r for r in ranges if r[1] > r[0]]
    else:
        ranges = _line_ranges(text)  # never empty ones
    return ranges or [trimmed_span(text, 0, len(text))]


def _line_ranges(text: str) -> list[tuple[int, int]]:
    """Each line that is not blank, without its surrounding spaces.

    A line ends at a line feed or a carriage return ("\\r\\n" leaves an empty line).
    """
    ranges = []
    start = 0
    for line in text.replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if stripped:
            left = start + len(line) - len(line.lstrip())
            ranges.append((left, left + len(stripped)))
        start += len(line) + 1
    return ranges


def _trimmed_lines_as_block(
    text: str, start: int, end: int, *, first_block: bool
) -> list[tuple[int, int]]:
    s, e = trimmed_span(text, start, end)
    if s >= e:
        return []
    if first_block:
        newline = text.find("\n", s, e)
        if newline != -1:
            head = trimmed_span(text, s, newline)
            if _shaped_like_headline(text[head[0] : head[1]]):
                return [head, trimmed_span(text, newline + 1, e)]
    return [(s, e)]


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inwards past any spaces at either end of the span.

    >>> trimmed_span("  two words ", 0, 12)
    (2, 11)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _shaped_like_headline(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= 250
        and not line.endswith(".")
        and _DATELINE.match(line) is None
        and len(line.split()) >= 2
    )


# A page's label line above its headline: a section ("Lebanon News", "Local News"), the
# outlet's name ("Jamaica Gleaner") or "Advertisement": one to three words, each opening
# with a capital, with only letters, digits, "&", apostrophes, full stops and hyphens after
# it ("St. Lucia News", "Women's Health"); `_label_above_headline` also refuses a full stop
# at its end.
_LABEL_LINE = re.compile(r"[A-Z][\w&’'.\-]*(?:[ \u00a0]+[A-Z][\w&’'.\-]*){0,2}")
# a sentence's end, perhaps inside its closing quotation marks: `... worker.”`
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*$")


def _label_above_headline(text: str, ranges: list[tuple[int, int]]) -> bool:
    """Is the first line a label, and the second the headline: a line shaped like one, with
    more words than the label (and at most 20), that does not end as a sentence does?
    ("Lebanon News" above "Coast pollution ‘critical, not hopeless’": the headline's single
    marks are then read as a headline's quotation marks. "Port Strike Ends" above `Ana Ruiz
    said it was “a victory.”` stays the headline.)"""
    if len(ranges) < 3:
        return False
    label = text[ranges[0][0] : ranges[0][1]]
    line = text[ranges[1][0] : ranges[1][1]]
    return (
        _LABEL_LINE.fullmatch(label) is not None
        and not label.endswith(".")
        and _shaped_like_headline(line)
        and _SENTENCE_END.search(line) is None
        and len(label.split()) < len(line.split()) <= 20
    )


def _looks_like_headline(text: str, ranges: list[tuple[int, int]]) -> bool:
    if len(ranges) < 2:
        return False
    s, e = ranges[0]
    return _shaped_like_headline(text[s:e])


def _find_dateline(text: str, start: int, end: int) -> Dateline | None:
    match = _DATELINE.match(text, start, min(end, start + 120))
    if match is None:
        return None
    place = match.group("place")
    first_word = re.split(r"[ ,]", place, maxsplit=1)[0]
    letters = [c for c in first_word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    if match.group("agency") is None and match.group("dash") == ":":
        return None  # "NOTE: ..." is not a dateline
    return Dateline(
        start=match.start(),
        end=match.end(),
        text=match.group(),
        place=place,
        agency=match.group("agency"),
    )


def _inside_quotes(quotes: list[_quotemarks.RawQuote]) -> list[tuple[int, int]]:
    """Each paragraph's part of each quotation, from its opening mark to its closing mark."""
    return sorted((s - 1, e) for q in quotes if not q.nested for s, e in q.parts)


def _merge(
    text: str, spans: list[tuple[int, int]], inside: list[tuple[int, int]]
) -> list[list[int]]:
    """Join the sentences that `_keep_together` says are one."""
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and _keep_together(text, merged[-1][1], start, inside):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged


# What starts a new sentence: spaces, any opening marks, then a capital letter or a digit
# (perhaps after a currency sign: "$5 million was spent.").
_SENTENCE_START = re.compile(r"\s+[\"'“‘(\[]*[$£€]?(?P<first>\w)")


def _keep_together(text: str, prev_end: int, start: int, inside: list[tuple[int, int]]) -> bool:
    """Should the break Punkt puts between ``prev_end`` and ``start`` be removed?

    Yes inside a quotation ("Stop. Now," he said.), and where what follows does not
    start a sentence: "Leave now!" he shouted. -- "the W.H.O.), claiming".
    """
    i = bisect_right(inside, (prev_end, len(text))) - 1
    if i >= 0 and inside[i][0] < prev_end and start <= inside[i][1]:
        return True
    after = _SENTENCE_START.match(text, prev_end)
    return after is None or not (after["first"].isupper() or after["first"].isdigit())
