"""An article as the kit sees it: headline, dateline, paragraphs, sentences, tokens.

Every unit carries half-open character offsets into the original text, so that
``article.text[unit.start:unit.end] == unit.text`` always holds. The text itself
is never changed; normalisation (curly quotes, dashes, non-breaking spaces) is
done on a copy of the same length and used only for matching.

What it can not tell you: sentence splitting is rule-based (NLTK's Punkt with
abbreviations set by hand, no trained model), so an abbreviation it does not
know at the very end of a sentence ("… in the U.S. The …") can hide a sentence
break. The headline is guessed from the first line's shape.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import accumulate, compress, count
from operator import add, attrgetter, itemgetter, sub
from types import MappingProxyType
from typing import Any, NamedTuple

from . import _quotemarks
from ._records import builder, quick_init
from .errors import check_text
from .vocabulary import NAME_ABBREVIATIONS

__all__ = ["Article", "Dateline", "Paragraph", "Sentence", "Token", "Word", "normalize"]


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (a line of the file, or a block between blank lines)."""

    index: int
    start: int
    end: int
    text: str


_new_paragraph = builder(Paragraph)


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; a quotation of several sentences stays one sentence."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


_new_sentence = builder(Sentence)


@quick_init
@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation token, as NLTK's Treebank-style tokenizer splits it."""

    index: int
    sentence: int
    start: int
    end: int
    text: str


class Word(NamedTuple):
    """One word (letters, digits, inner apostrophes and hyphens), lowercased in ``norm``.

    A named tuple rather than a dataclass: an article has thousands of words, and
    tuples are several times quicker to make.
    """

    index: int
    start: int
    end: int
    text: str
    norm: str


@quick_init
@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and agency) that opens a wire story: ``TEHRAN (Tasnim) -``."""

    start: int
    end: int
    text: str
    place: str
    agency: str | None


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


_REPLACEMENTS = tuple((chr(code), plain) for code, plain in _NORMALIZE.items())


def normalize(text: str) -> str:
    """Straighten quotes and apostrophes, plain spaces and hyphens; same length as ``text``.

    >>> normalize("Noem’s “tool” – a test")
    'Noem\\'s "tool" - a test'
    """
    # Only a few characters change, so replace just those: a ``str.replace`` for each
    # one present is ten times quicker than translate, or than a regular expression
    # (whose class of non-ASCII characters is tested character by character).
    for special, plain in _REPLACEMENTS:
        if special in text:
            text = text.replace(special, plain)
    return text


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
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\u00a0]*\r?\n")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ \-][A-Z][A-Z'’.\-]*)*"
    r"(?:,[ \u00a0]+[A-Z][\w.'’\-]*(?:[ \u00a0]+[\w.'’\-]+){0,3}){0,2})"
    r"[ \u00a0]*(?:\((?P<agency>[^()\n]{1,40})\))?[ \u00a0]*(?P<dash>[-–—]{1,2}|:)[ \u00a0]+"
)
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)
# The same words, captured for re.split. (ASCII text, most articles once quotes are
# straightened, is split by `_ascii_word_pieces` instead.)
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
# For `_ascii_word_pieces`: letters (lowercased) and digits, and the marks that join two
# runs of them into one word; every other byte becomes a space.
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
_JOINERS = ".'-"
_WORD_CHARS_LOWERED_AND_JOINERS = bytes(
    b + 32 if 65 <= b <= 90 else b if chr(b) in _WORD_CHARS + _JOINERS else 32 for b in range(256)
)
_JOINERS_AS_DOTS = bytes(46 if chr(b) in _JOINERS else 32 for b in range(256))
_SPACES_AS_LETTERS = bytes(120 if b == 32 else 32 for b in range(256))
# A joiner that is not between two letters or digits: not part of a word ("a..b", "--").
_LONE_JOINER = re.compile(rb"[.'\-](?:(?![a-z0-9])|(?<![a-z0-9].))")
_ASCII_BYTES = bytes(range(128))
# `Article.word_table` replaces each kind of non-ASCII character with one `str.replace`:
# beyond this many kinds, the regular expression is quicker.
_MAX_STAND_INS = 32
# A full stop, question or exclamation mark followed by more text: Punkt may split there.
# One pattern per mark: a pattern that starts with one character is found with a quick
# string search, where a class of characters ("[.!?…]") is tested at every position.
_MAYBE_BOUNDARY = tuple(
    (mark, re.compile(re.escape(mark) + r"[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])"))
    for mark in ".!?…"
)


# Punkt's contexts (the word before a full stop, ? or !, the stop, and what follows) whose
# answer is certain with our parameters (abbreviations only: no collocations, no sentence
# starters, no orthographic statistics): "Bukele. She" or 'acting? "We' is a sentence break.
# After the stop comes either one of Punkt's non-word characters or a space and a token.
_AFTER_STOP = r"(?:\s+\S+|[)\";}\]*:@'({\[‘’“”«»?!])"
_SURE_BREAK = re.compile(rf"(?:(?P<word>[^\W\d_]{{2,}})\.|[^\W\d_]*[?!]){_AFTER_STOP}")


@cache
def _punkt():
    # Imported here: NLTK takes half a second to import and `import framing` must be quick.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    class QuickPunkt(PunktSentenceTokenizer):
        """Punkt with a shortcut for the contexts whose answer is certain.

        Punkt judges each context by building a token object for every word in it,
        tens of microseconds a context. For a context `_SURE_BREAK` matches the
        answer is known: a word of two or more letters that is no abbreviation,
        then a full stop, is a sentence break whatever follows (Punkt only
        reconsiders abbreviations, ellipses, initials and numbers), and so is a
        question or exclamation mark; either way a token follows it.
        """

        def text_contains_sentbreak(self, text: str) -> bool:
            match = _SURE_BREAK.fullmatch(text)
            if match is not None:
                word = match.group("word")
                if word is None or word.lower() not in ABBREVIATIONS:
                    return True
            return super().text_contains_sentbreak(text)

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return QuickPunkt(params)


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
            [_new_paragraph(i, s, e, text[s:e]) for i, (s, e) in enumerate(ranges)]
        )
        self.headline: Paragraph | None = (
            self.paragraphs[0] if has_headline and len(self.paragraphs) > 1 else None
        )
        body = self.paragraphs[1] if self.headline else self.paragraphs[0]
        self.dateline: Dateline | None = _find_dateline(text, body.start, body.end)
        self._raw_quotes, self.stray_marks = _quotemarks.scan(
            text, ranges, headline=0 if self.headline else None, normalized=self.normalized
        )
        self.sentences: tuple[Sentence, ...] = self._split_sentences()
        self._sentence_starts = list(map(_START, self.sentences))
        self._paragraph_starts = list(map(_FIRST, ranges))

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
        return self.text if self.text.isascii() else normalize(self.text)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """Words only (no punctuation), for counting and matching."""
        text = self.text
        return tuple(
            Word(i, s, e, text[s:e], norm)
            for i, (s, e, norm) in enumerate(zip(*self.word_table, strict=True))
        )

    @cached_property
    def word_table(self) -> tuple[list[int], list[int], list[str]]:
        """The words as three lists (starts, ends, lowercased forms): quick for matching."""
        norm = self.normalized
        if norm.isascii():
            return _word_table_of(_ascii_word_pieces(norm))
        if 32 * (len(norm) - len(norm.encode("ascii", "ignore"))) > len(norm):
            return _word_table_by_regex(self.text, norm)  # many characters outside ASCII
        kinds = set(_non_ascii(norm))
        if len(kinds) > _MAX_STAND_INS or any(len(char.lower()) != 1 for char in kinds):
            return _word_table_by_regex(self.text, norm)  # the second: "İ" lowercases to two
        # A few characters outside ASCII (£, é, …): a stand-in with "a" for each letter or
        # digit among them (what [^\W_] matches is what ``str.isalnum`` is true for) and
        # a space for anything else has the same words at the same offsets, and
        # `_ascii_word_pieces` splits it several times quicker than `_WORD_SPLIT` splits
        # the text.
        stand_in = norm
        for char in kinds:
            stand_in = stand_in.replace(char, "a" if char.isalnum() else " ")
        starts, ends, norms = _word_table_of(_ascii_word_pieces(stand_in))
        letters = [char for char in kinds if char.isalnum()]
        if letters:
            # The words with such a letter take their forms from the lowercased text (not
            # each word lowercased alone: a final sigma depends on what follows the word):
            # all of them, or only those the letters are in when there are few letters.
            lower = norm.lower()
            if 2 * sum(map(norm.count, letters)) > len(norms):
                return starts, ends, [lower[s:e] for s, e in zip(starts, ends, strict=True)]
            for char in letters:
                i = norm.find(char)
                while i != -1:
                    k = bisect_right(starts, i) - 1  # always in a word: it is a letter
                    norms[k] = lower[starts[k] : ends[k]]
                    i = norm.find(char, ends[k])
        return starts, ends, norms

    @property
    def word_count(self) -> int:
        return len(self.word_table[0])

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Words and punctuation from NLTK's ``NLTKWordTokenizer``, sentence by sentence."""
        tokenizer = _treebank()
        tokens: list[Token] = []
        for sentence in self.sentences:
            try:
                spans = list(tokenizer.span_tokenize(sentence.text))
            except ValueError:  # NLTK cannot align some odd quote sequences
                spans = [m.span() for m in re.finditer(r"\w+|[^\w\s]", sentence.text)]
            for s, e in spans:
                start, end = sentence.start + s, sentence.start + e
                tokens.append(Token(len(tokens), sentence.index, start, end, self.text[start:end]))
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
        text = self.text
        inside = _inside_quotes(self._raw_quotes)
        boundaries = _maybe_boundaries(text)
        boundary_starts = list(map(re.Match.start, boundaries))
        boundary_ends = list(map(re.Match.end, boundaries))  # sorted too: no overlaps
        dateline_start, dateline_end = (
            (self.dateline.start, self.dateline.end) if self.dateline else (-1, -1)
        )
        sentences: list[Sentence] = []
        for paragraph in self.paragraphs:
            lo, hi = paragraph.start, paragraph.end
            if lo <= dateline_start < hi:
                lo = dateline_end
            # This paragraph's candidates, outside quotations. The text a candidate looks
            # ahead at must be in the paragraph too: it ends before the paragraph does.
            first = bisect_left(boundary_starts, lo)
            last = bisect_left(boundary_ends, hi, first)
            candidates = _outside(boundaries[first:last], inside) if first < last else None
            if not candidates:
                # no full stop outside quotation marks: one sentence, no need for Punkt.
                # (A paragraph is trimmed, so its own text is never blank.)
                sentence = paragraph.text if lo == paragraph.start else text[lo:hi]
                if lo == paragraph.start or sentence.strip():
                    sentences.append(
                        _new_sentence(len(sentences), paragraph.index, lo, hi, sentence)
                    )
                continue
            if all(_plain_boundary(text, lo, m) for m in candidates) or _punkt_agrees(
                text, lo, hi, candidates
            ):
                # "... a plain word. Next ...": Punkt would split there too; it is only
                # needed to judge abbreviations and initials ("U.S.", "Gen.", "J. Smith")
                merged = _merge(text, _split_at(text, lo, hi, candidates), inside)
            else:
                try:
                    spans = [(lo + s, lo + e) for s, e in _punkt().span_tokenize(text[lo:hi])]
                except Exception:  # Punkt should not fail; never let it reach a student
                    spans = [(lo, hi)]
                merged = _merge(text, spans, inside)
            for start, end in merged:
                sentence = text[start:end]
                if sentence.strip():
                    sentences.append(
                        _new_sentence(len(sentences), paragraph.index, start, end, sentence)
                    )
        return tuple(sentences)


def _word_table_by_regex(text: str, norm: str) -> tuple[list[int], list[int], list[str]]:
    """`Article.word_table` found with the regular expression, for any text."""
    lower = norm.lower()
    if len(lower) != len(text):  # a few characters lowercase to two ("İ")
        matches = list(_WORD.finditer(text))
        norms = [norm[m.start() : m.end()].lower() for m in matches]
        return [m.start() for m in matches], [m.end() for m in matches], norms
    return _word_table_of(_WORD_SPLIT.split(lower))


def _word_table_of(pieces: list[Any]) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and words from the pieces [gap, word, gap, word, ..., gap] of a text."""
    # The running total of the lengths gives every start and end without a match object
    # per word (twice as quick).
    offsets = list(accumulate(map(len, pieces)))
    return offsets[0:-1:2], offsets[1::2], pieces[1::2]


def _ascii_word_pieces(text: str) -> list[bytes | str]:
    """``_WORD_SPLIT.split(text.lower())`` for ASCII text, found without it:
    the same words, between gaps of the same lengths (runs of "x", as bytes).

    The regular expression costs more for each word than anything else here. Instead,
    every character becomes a space except letters (lowercased), digits and the joiners
    (. ' -) between two of them ("u.s", "o'brien", "mid-march"); the words are then what
    ``str.split`` finds, and the gaps what it finds once spaces and words swap places.
    """
    ascii_text = text.encode("ascii")
    kept = ascii_text.translate(_WORD_CHARS_LOWERED_AND_JOINERS)
    joiners = ascii_text.translate(_JOINERS_AS_DOTS)
    if b".." in joiners:
        # Two joiners touch ("--", "..."): look at each joiner's neighbours.
        kept = _LONE_JOINER.sub(b" ", kept)
    else:
        # No two joiners touch, so a joiner is outside a word exactly when a space (or
        # the end of the text) is next to it: a few quick replacements find them all.
        for mark in (b".", b"'", b"-"):
            if mark in kept:
                kept = kept.replace(mark + b" ", b"  ").replace(b" " + mark, b"  ")
        if joiners[:1] == b".":
            kept = b" " + kept[1:]
        if joiners[-1:] == b".":
            kept = kept[:-1] + b" "
    words = kept.decode("ascii").split()
    if not words:
        return [kept]  # one gap, the whole text
    gaps = kept.translate(_SPACES_AS_LETTERS).split()
    if kept[:1] != b" ":
        gaps.insert(0, b"")
    if kept[-1:] != b" ":
        gaps.append(b"")
    pieces: list[bytes | str] = [b""] * (2 * len(words) + 1)
    pieces[0::2] = gaps
    pieces[1::2] = words
    return pieces


def _non_ascii(text: str) -> str:
    """The characters of ``text`` that are not ASCII, in order."""
    # Only the UTF-8 bytes of those characters are 128 or more: drop the others.
    utf8 = text.encode("utf-8", "surrogatepass")
    return utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


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
    return ranges or [_trim(text, 0, len(text))]


def _line_ranges(text: str) -> list[tuple[int, int]]:
    """Each line that is not blank, without its surrounding spaces.

    A line ends at a line feed or a carriage return. Made with ``str.split`` and
    ``str.strip``: a regular expression for lines is several times slower, as the regex
    engine tests each character in turn.
    """
    lines = text.replace("\r", "\n").split("\n")
    stripped_lines = list(map(str.strip, lines))
    if stripped_lines == lines:
        # No line has spaces around it (the usual case): each line that is not empty is
        # a range, found with C-level loops. A line ends where the lengths of the lines so
        # far, plus one line break after each earlier line, add up to.
        lengths = list(map(len, lines))
        ends = list(map(add, accumulate(lengths), count()))
        return list(compress(zip(map(sub, ends, lengths), ends, strict=True), lengths))
    ranges = []
    start = 0
    for line, stripped in zip(lines, stripped_lines, strict=True):
        if stripped:
            left = start + len(line) - len(line.lstrip())
            ranges.append((left, left + len(stripped)))
        start += len(line) + 1
    return ranges


def _trimmed_lines_as_block(
    text: str, start: int, end: int, *, first_block: bool
) -> list[tuple[int, int]]:
    s, e = _trim(text, start, end)
    if s >= e:
        return []
    if first_block:
        newline = text.find("\n", s, e)
        if newline != -1:
            head = _trim(text, s, newline)
            if _shaped_like_headline(text[head[0] : head[1]]):
                return [head, _trim(text, newline + 1, e)]
    return [(s, e)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
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
        match.start(), match.end(), text[match.start() : match.end()], place, match.group("agency")
    )


def _inside_quotes(quotes: list[_quotemarks.RawQuote]) -> list[tuple[int, int]]:
    """Each paragraph's part of each quotation, from its opening mark to its closing mark."""
    return sorted((s - 1, e) for q in quotes if not q.nested for s, e in q.parts)


_START, _FIRST = attrgetter("start"), itemgetter(0)
_CAPITAL_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c")  # Punkt looks for the word after these only
# Read backwards from a full stop: the run of word characters (and ' ’ -) before it, up to
# the run's first letter ("2nd." gives "nd", "'em." gives "em"), or nothing.
_LAST_WORD_BACKWARDS = re.compile(r"(?:[\w'’\-]*[^\W\d_])?")


def _maybe_boundaries(text: str) -> list[re.Match[str]]:
    """Every place where Punkt may end a sentence, in order (see ``_MAYBE_BOUNDARY``)."""
    matches: list[re.Match[str]] = []
    for mark, pattern in _MAYBE_BOUNDARY:
        if mark in text:
            matches.extend(pattern.finditer(text))
    matches.sort(key=re.Match.start)
    return matches


def _plain_boundary(text: str, lo: int, match: re.Match[str]) -> bool:
    """Is this full stop after an ordinary lowercase word, or a ? or ! -- no abbreviation?

    ``lo`` is where the paragraph's sentences start: the word is looked for after it.
    """
    stop = match.start()
    if text[stop] in "?!…":
        return True
    # The word is in the 40 characters before the stop, after ``lo``. Reading them
    # backwards, one match finds it: a loop or a search from the left tries each character.
    word = _LAST_WORD_BACKWARDS.match(text[max(lo, stop - 40) : stop][::-1])
    token = text[stop - word.end() : stop] if word else ""  # "" is not lowercase
    return token.islower() and len(token) > 1 and token.lower() not in ABBREVIATIONS


def _punkt_agrees(text: str, lo: int, hi: int, candidates: list[re.Match[str]]) -> bool:
    """Would Punkt split ``text[lo:hi]`` right after each candidate, and nowhere else?

    Certain when each candidate is one full stop, question or exclamation mark, after
    a word of letters that starts after an ASCII space (for a full stop: two letters or
    more, no abbreviation: "Bukele. She", "CECOT. While") and before a space and a
    capital or digit; and when no other . ? or ! in the paragraph has text after it.
    Punkt then looks at exactly these marks, each is a sentence break (see QuickPunkt),
    and its next sentence starts after the spaces, as in `_split_at`.
    """
    if sum(text.count(mark, lo, hi - 1) for mark in ".?!") != len(candidates):
        return False  # Punkt also looks at a mark that is not a candidate
    for match in candidates:
        stop = match.start()
        if match.end() != stop + 1 or text[stop] == "…":
            return False  # a closing quotation mark or bracket, or not one of Punkt's marks
        after = stop + 1
        while text[after].isspace():
            after += 1
        if text[after] not in _CAPITAL_OR_DIGIT:
            return False  # an opening mark or bracket before the next word
        start = stop
        while start > lo and text[start - 1] not in _ASCII_SPACE:
            start -= 1
        word = text[start:stop]
        if text[stop] == ".":
            if len(word) < 2 or not word.isalpha() or word.lower() in ABBREVIATIONS:
                return False
        elif word and not word.isalpha():
            return False
    return True


def _split_at(
    text: str, lo: int, hi: int, boundaries: list[re.Match[str]]
) -> list[tuple[int, int]]:
    spans, start = [], lo
    for match in boundaries:
        spans.append((start, match.end()))
        start = match.end()
        while start < hi and text[start].isspace():
            start += 1
    spans.append((start, hi))
    return [(s, e) for s, e in spans if e > s]


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


def _outside(boundaries: list[re.Match[str]], inside: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The boundaries whose last character is not inside a quotation (see `_inside_quotes`)."""
    if not inside:
        return boundaries
    outside = []
    for match in boundaries:
        offset = match.end() - 1
        i = bisect_right(inside, (offset, 1 << 62)) - 1
        if i < 0 or not inside[i][0] < offset < inside[i][1]:
            outside.append(match)
    return outside


def _keep_together(text: str, prev_end: int, start: int, inside: list[tuple[int, int]]) -> bool:
    """Should the boundary between two Punkt sentences be removed?"""
    # A boundary inside a quotation: "Stop. Now," he said.
    i = bisect_right(inside, (prev_end, len(text))) - 1
    if i >= 0 and inside[i][0] < prev_end and start <= inside[i][1]:
        return True
    # "Leave now!" he shouted. -- a sentence cannot start with a lowercase word
    # after a closing quotation mark.
    gap = text[prev_end:start]
    nxt = text[start : start + 1]
    return not gap.strip() and nxt.islower() and text[prev_end - 1 : prev_end] in "\"”’'"
