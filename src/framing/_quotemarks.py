"""Pairing quotation marks, telling them apart from apostrophes.

This is the character-level half of `framing.quotes`: it knows nothing about
sentences or speakers. It pairs marks inside one paragraph at a time, so a stray
mark can never pair with a mark paragraphs away; the one exception is the
newspaper convention for a quotation that runs over several paragraphs (an
opening mark on each paragraph, a closing mark only on the last).

It can not tell a quotation from an inch mark (`6'2"`) or from a title in quotes
with certainty; such marks usually end up as stray marks, which are reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
# A single mark that opens a word ('Never', ‘Stop’) at the start of the text or after a
# space, bracket or dash.
_SINGLE_OPENER = re.compile(r"(?<![^\s(\[—–-])['‘][^\W\d_]")
_DOUBLE_MARKS = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
_SINGLE_MARKS = "'" + SINGLE_OPEN + SINGLE_CLOSE  # apostrophes too
_DOUBLE = set(_DOUBLE_MARKS)
_DOUBLE_MARK = re.compile(f"[{_DOUBLE_MARKS}]")
_SINGLE_MARK = re.compile(f"[{_SINGLE_MARKS}]")
_SPACE_OR_OPENER = set(" \t\n\r\f\v\u00a0\u2009\u202f([{<-–—/" + DOUBLE_OPEN + SINGLE_OPEN + "\"'")
_CLOSE_FOLLOWERS = set(
    " \t\n\r\f\v\u00a0\u2009\u202f.,;:!?)]}>-–—…/" + DOUBLE_CLOSE + SINGLE_CLOSE + "\"'"
)
# Words that start with an apostrophe standing for missing letters: 'em, '90s.
_ELISIONS = re.compile(r"(?:em|til|tis|twas|cause|bout|round|n|s|nuff|ere|er)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A pair of marks: ``open`` and ``close`` are the marks' own offsets."""

    open: int
    close: int
    parts: tuple[tuple[int, int], ...]  # inner spans, one per paragraph
    nested: bool


@dataclass(frozen=True, slots=True)
class StrayMark:
    """A quotation mark that could not be paired."""

    offset: int
    mark: str
    reason: str


def _roles(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at ``i`` can open and whether it can close a quotation."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    can_open = before in _SPACE_OR_OPENER and not after.isspace()
    can_close = not before.isspace() and (after in _CLOSE_FOLLOWERS or i + 1 >= hi)
    return can_open, can_close


def _double_role(text: str, i: int, lo: int, hi: int) -> str:
    mark = text[i]
    can_open, can_close = _roles(text, i, lo, hi)
    if mark in DOUBLE_OPEN:
        return "close" if can_close and not can_open and mark == "“" else "open"
    if mark in DOUBLE_CLOSE:
        return "open" if can_open and not can_close and mark == "”" else "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _single_role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close', 'weak-close' (``migrants' ``) or 'apostrophe'."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return "apostrophe"  # don't, O'Brien, rock'n'roll
    can_open, can_close = _roles(text, i, lo, hi)
    if can_open and not can_close:
        elided = after.isdigit() or _ELISIONS.match(text, i + 1, hi)
        # '90s, 'em, rock 'n' roll: an elision, unless the word really is quoted.
        if elided and not (after.isalpha() and _closes_soon(text, i + 1, hi)):
            return "apostrophe"
        return "open"
    if can_close and not can_open:
        if before in "sSzZ" and after in " \t\u00a0" and text[i] in "'’":
            return "weak-close"  # migrants' detention: usually a possessive
        return "close"
    return "apostrophe"


def _closes_soon(text: str, start: int, hi: int) -> bool:
    """For 'em-like words: is there a strong closing single mark within a few words?"""
    end = min(hi, start + 40)
    for match in re.finditer("['’›]", text[start:end]):
        j = start + match.start()
        after = text[j + 1] if j + 1 < hi else " "
        if after in _CLOSE_FOLLOWERS and text[j - 1] in ".,;:!?":
            return True
    return False


def scan(
    text: str,
    paragraphs: list[tuple[int, int]],
    *,
    single_primary: bool | None = None,
    headline: int | None = None,
) -> tuple[list[RawQuote], list[StrayMark]]:
    """Pair the quotation marks of ``text`` paragraph by paragraph.

    ``single_primary`` says whether the story puts its quotations in single marks
    (British style); by default it is guessed from the marks. ``headline`` is the index
    of a headline paragraph: headlines put quotations in single marks even where the
    story uses double ones ("Mother: 'He left my son'").

    >>> text = 'He said "yes" and left. "Then"'
    >>> quotes, strays = scan(text, [(0, len(text))])
    >>> [text[q.open + 1 : q.close] for q in quotes], strays
    (['yes', 'Then'], [])
    """
    doubles = _offsets(_DOUBLE_MARK, text)
    singles = _offsets(_SINGLE_MARK, text)
    pairs = _doubled_singles(text, singles)
    if pairs:
        doubles = sorted([*doubles, *(stand_in for stand_in, _ in pairs)])
        paired = {i for pair in pairs for i in pair}
        singles = [i for i in singles if i not in paired]
    if single_primary is None:
        single_primary = _story_uses_single_marks(text, singles, doubles)
    pairing = _Pairing(text)
    for index, (lo, hi) in enumerate(paragraphs):
        paragraph_doubles = _between(doubles, lo, hi)
        paragraph_singles = _between(singles, lo, hi)
        single = single_primary or (index == headline and not paragraph_doubles)
        closed_before = len(pairing.quotes)
        if single:
            pairing.paragraph(lo, hi, _with_roles(text, lo, hi, paragraph_singles, _single_role))
        else:
            pairing.paragraph(lo, hi, _with_roles(text, lo, hi, paragraph_doubles, _double_role))
        continues = index + 1 < len(paragraphs) and _continues(text, paragraphs[index + 1], single)
        pairing.end_paragraph(hi, continues=continues)
        closed_here = pairing.quotes[closed_before:]
        inner = paragraph_doubles if single else paragraph_singles
        if inner and closed_here:
            pairing.quotes.extend(_nested(text, lo, hi, inner, closed_here, single))
        if not single and paragraph_singles:
            still_open = (pairing.inner_start, hi) if pairing.opened is not None else None
            pairing.quotes.extend(
                _singles_beside_doubles(text, lo, hi, paragraph_singles, closed_here, still_open)
            )
    quotes = sorted(pairing.quotes, key=attrgetter("open"))
    strays = sorted(pairing.strays, key=attrgetter("offset"))
    return [q for q in quotes if text[q.open + 1 : q.close].strip()], strays


def _story_uses_single_marks(text: str, singles: list[int], doubles: list[int]) -> bool:
    """British style puts quotations in single marks and nested ones in double marks:
    more single marks that open a word than double marks of any kind."""
    openers = sum(1 for i in singles if _SINGLE_OPENER.match(text, i))
    return openers > len(doubles)


def _with_roles(text: str, lo: int, hi: int, marks: list[int], role_of) -> list[tuple[int, str]]:
    """Each mark with its role in the paragraph ``text[lo:hi]``; apostrophes left out."""
    roles = [(i, role_of(text, i, lo, hi)) for i in marks]
    return [(i, role) for i, role in roles if role != "apostrophe"]


def _between(offsets: list[int], lo: int, hi: int) -> list[int]:
    """The sorted ``offsets`` from ``lo`` up to ``hi``."""
    return offsets[bisect_left(offsets, lo) : bisect_left(offsets, hi)]


_OPENS = ("open", "either")
_CLOSES = ("close", "either")


class _Pairing:
    """Marks paired in reading order, paragraph after paragraph.

    A quotation opens at an opening mark and closes at the next closing mark. A
    possessive-looking mark (``migrants' ``, a "weak close") closes it only when nothing
    else does. A quotation still open at the end of a paragraph carries on into the
    next one when that paragraph opens with a mark (the newspaper convention), and is
    a stray mark otherwise.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[RawQuote] = []
        self.strays: list[StrayMark] = []
        self.opened: int | None = None  # the open quotation's opening mark
        self.inner_start = 0  # where its words in this paragraph start
        self.parts: list[tuple[int, int]] = []  # its parts in earlier paragraphs
        self.weak: list[int] = []  # weak closes since it opened

    def paragraph(self, lo: int, hi: int, marks: list[tuple[int, str]]) -> None:
        """Pair one paragraph's marks (offset and role, in order)."""
        if self.opened is not None:  # carried over: skip this paragraph's opening mark
            self.inner_start = lo
            first, role = marks[0] if marks else (hi, "")
            if role in _OPENS and not self.text[lo:first].strip():
                self.inner_start = first + 1
                marks = marks[1:]
        for i, role in marks:
            if self.opened is None:
                if role in _OPENS:
                    self._open(i)
                elif role != "weak-close":  # a lone weak close is just a possessive
                    self._stray(i, "a closing mark with no opening mark")
            elif role in _CLOSES:
                self._close(i)
            elif role == "weak-close":
                self.weak.append(i)
            else:  # an opening mark while a quotation is open
                self._close_before_next_opening(i)
                self._open(i)

    def end_paragraph(self, hi: int, *, continues: bool) -> None:
        """Close or carry over a quotation still open at the paragraph's end, ``hi``."""
        if self.opened is None:
            return
        end = hi
        while end > self.inner_start and self.text[end - 1].isspace():
            end -= 1
        if not self.weak and continues:
            self.parts.append((self.inner_start, end))
            return
        ends_a_sentence = self.text[end - 1 : end] in (".", "!", "?", "…")
        if not self.weak and ends_a_sentence and (self.parts or self._opened_a_sentence()):
            # the last paragraph of a run of quoted paragraphs (each opened with a mark), or a
            # quotation that opened a sentence, whose closing mark was left off (or cut off
            # with the page): the quotation ends with the paragraph's last sentence
            self._stray(self.opened, "an opening mark never closed: read to its paragraph's end")
            self._close(end)
            return
        self._close_at_weak_or_stray()

    def _opened_a_sentence(self) -> bool:
        """Does the open quotation's mark open its paragraph or a sentence (`she says.
        "There's ...`, `He said: "We ...`)? A mark left open inside a sentence may be a
        typo for a few quoted words, so it is not read to the paragraph's end."""
        assert self.opened is not None
        line_start = self.text.rfind("\n", 0, self.opened) + 1
        before = self.text[line_start : self.opened].rstrip()
        return not before or before.endswith((".", "!", "?", ":"))

    def _open(self, i: int) -> None:
        self.opened, self.inner_start, self.parts, self.weak = i, i + 1, [], []

    def _close(self, i: int) -> None:
        assert self.opened is not None
        parts = [*self.parts, (self.inner_start, i)]
        self.quotes.append(_make(self.opened, i, parts, nested=False))
        self.opened, self.parts, self.weak = None, [], []

    def _close_before_next_opening(self, i: int) -> None:
        """`"We won. "Then we held on."`: a sentence ends right before the next opening mark,
        so the first quotation's closing mark was left off there; else a weak close or stray."""
        end = i
        while end > self.inner_start and self.text[end - 1].isspace():
            end -= 1
        if not self.weak and end < i and self.text[end - 1 : end] in (".", "!", "?", "…"):
            self._stray(self.opened, "an opening mark never closed: read to the next quotation")
            self._close(end)
            return
        self._close_at_weak_or_stray()

    def _close_at_weak_or_stray(self) -> None:
        assert self.opened is not None
        if self.weak:
            self._close(self.weak[0])
        else:
            self._stray(self.opened, "an opening mark never closed")
            self.opened, self.parts, self.weak = None, [], []

    def _stray(self, i: int, reason: str) -> None:
        self.strays.append(StrayMark(i, self.text[i], reason))


def _continues(text: str, paragraph: tuple[int, int], single_primary: bool) -> bool:
    lo, hi = paragraph
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    if j >= hi:
        return False
    if single_primary:
        opens = text[j] in "'‘" and _single_role(text, j, lo, hi) == "open"
    else:
        opens = text[j] in _DOUBLE and _double_role(text, j, lo, hi) in ("open", "either")
    return opens or _closes_first(text, paragraph, single_primary)


def _closes_first(text: str, paragraph: tuple[int, int], single_primary: bool) -> bool:
    """`“I am not done.` / `You will wait,” she said.`: the paragraph's first mark closes a
    quotation after a sentence's punctuation, so the one left open before runs on into it
    with no mark to reopen it (not `6” deep`, an inch mark)."""
    lo, hi = paragraph
    marks, role_of = (
        (_SINGLE_MARK, _single_role) if single_primary else (_DOUBLE_MARK, _double_role)
    )
    for match in marks.finditer(text, lo, hi):
        role = role_of(text, match.start(), lo, hi)
        if role != "apostrophe":
            return role == "close" and text[match.start() - 1] in ".,!?…"
    return False


def _make(open_: int, close: int, parts: list[tuple[int, int]], *, nested: bool) -> RawQuote:
    trimmed_parts = tuple(part for part in parts if part[1] > part[0])
    return RawQuote(
        open=open_, close=close, parts=trimmed_parts or ((open_ + 1, close),), nested=nested
    )


def _nested(
    text: str,
    lo: int,
    hi: int,
    inner_marks: list[int],
    outer_quotes: list[RawQuote],
    single_primary: bool,
) -> list[RawQuote]:
    """Quotations inside the quotations of one paragraph: 'single' in "double", or the reverse.

    ``inner_marks`` are the paragraph's marks of the other kind (double ones if
    ``single_primary``, else single ones); ``outer_quotes`` are the quotations that close
    in it (the only ones whose parts can hold its marks).
    """
    role_of = _double_role if single_primary else _single_role
    found: list[RawQuote] = []
    for outer in outer_quotes:
        for s, e in outer.parts:
            if not (lo <= s < hi):
                continue
            opened: int | None = None
            weak: list[int] = []
            for i in _between(inner_marks, s, e):
                role = role_of(text, i, s, e)
                if role in _OPENS and opened is None:
                    opened, weak = i, []
                elif role in _CLOSES and opened is not None:
                    found.append(_make(opened, i, [(opened + 1, i)], nested=True))
                    opened = None
                elif role == "weak-close" and opened is not None:
                    weak.append(i)
            if opened is not None and weak:
                found.append(_make(opened, weak[0], [(opened + 1, weak[0])], nested=True))
    return found


def _singles_beside_doubles(
    text: str,
    lo: int,
    hi: int,
    singles: list[int],
    closed_here: list[RawQuote],
    still_open: tuple[int, int] | None,
) -> list[RawQuote]:
    """Quotations in single marks in a story that uses double ones: British papers put a
    partial quotation in single marks ("described him as ‘a magnificent player’") and
    headlines or sub-headings do the same. Outside the double quotations only, and only a
    clear pair: an opening mark before a word, then a closing mark that no letter follows
    (a possessive such as "players’ union" never closes one; an elision such as
    "rock ’n’ roll" never opens one)."""
    taken = [part for quote in closed_here for part in quote.parts if lo <= part[0] <= hi]
    taken += [(quote.open, quote.close + 1) for quote in closed_here if lo <= quote.open < hi]
    if still_open is not None:
        taken.append((still_open[0] - 1, still_open[1]))
    found: list[RawQuote] = []
    opened: int | None = None
    for i, role in _with_roles(text, lo, hi, singles, _single_role):
        if any(start <= i < end for start, end in taken):
            opened = None  # a double quotation in between ends any single one
            continue
        if role == "open":
            opened = i
        elif role == "close" and opened is not None:
            found.append(_make(opened, i, [(opened + 1, i)], nested=False))
            opened = None
    return found


def _doubled_singles(text: str, singles: list[int]) -> list[tuple[int, int]]:
    """Two like single marks typed for one double mark (‘‘shameful”, forgive'' him): for
    each pair, the mark that stands for it (the second when it opens a word, the first when
    it closes one) and the other."""
    pairs: list[tuple[int, int]] = []
    for i in singles:
        if text[i + 1 : i + 2] != text[i] or (pairs and i in pairs[-1]):
            continue  # not doubled, or the second mark of the pair just found
        pairs.append((i + 1, i) if text[i + 2 : i + 3].isalnum() else (i, i + 1))
    return pairs


def _offsets(marks: re.Pattern[str], text: str) -> list[int]:
    """The offsets of the characters ``marks`` matches in ``text``, in order."""
    return [match.start() for match in marks.finditer(text)]
