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
from typing import NamedTuple

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
# A single mark that opens a word ('Never', ‘Stop’) at the start of the text or after a
# space, bracket or dash. Tried only at the offsets of marks, never searched for.
_SINGLE_OPENER = re.compile(r"(?<![^\s(\[—–-])['‘][^\W\d_]")
_DOUBLE_MARKS = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
_SINGLE_MARKS = "'" + SINGLE_OPEN + SINGLE_CLOSE  # apostrophes too
_DOUBLE = set(_DOUBLE_MARKS)
_SPACE_OR_OPENER = set(" \t\n\r\f\v\u00a0\u2009\u202f([{<-–—/" + DOUBLE_OPEN + SINGLE_OPEN + "\"'")
_CLOSE_FOLLOWERS = set(
    " \t\n\r\f\v\u00a0\u2009\u202f.,;:!?)]}>-–—…/" + DOUBLE_CLOSE + SINGLE_CLOSE + "\"'"
)
# Words that start with an apostrophe standing for missing letters: 'em, '90s.
_ELISIONS = re.compile(r"(?:em|til|tis|twas|cause|bout|round|n|s|nuff|ere|er)\b", re.IGNORECASE)


class RawQuote(NamedTuple):
    """A pair of marks: ``open`` and ``close`` are the marks' own offsets.

    A named tuple rather than a record: it never leaves the kit, and tuples are quicker
    to make.
    """

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
    normalized: str | None = None,
) -> tuple[list[RawQuote], list[StrayMark]]:
    """Pair the quotation marks of ``text`` paragraph by paragraph.

    ``headline`` is the index of a headline paragraph: headlines put quotations in
    single marks even where the story uses double ones ("Mother: 'He left my son'").
    ``normalized`` is ``framing.text.normalize(text)``, if the caller has it: every
    double mark is a " there, and every single mark a ' (so is a prime, ′).
    """
    if normalized is None:
        all_doubles = _mark_offsets(text, _DOUBLE_MARKS)
        all_singles = _mark_offsets(text, _SINGLE_MARKS)
    else:  # two kinds of mark to look for instead of fourteen
        all_doubles = _mark_offsets(normalized, '"')
        all_singles = _mark_offsets(normalized, "'")
        if "′" in text:
            all_singles = [i for i in all_singles if text[i] != "′"]
    all_marks = sorted(all_doubles + all_singles)
    if single_primary is None:
        # British style puts quotations in single marks and nested ones in double marks.
        # Only ' and ‘ can open: with no more of them than double marks, the answer is
        # known without trying each.
        openers = [i for i in all_singles if text[i] in "'‘"]
        single_primary = len(openers) > len(all_doubles) and sum(
            1 for i in openers if _SINGLE_OPENER.match(text, i) is not None
        ) > len(all_doubles)
    quotes: list[RawQuote] = []
    strays: list[StrayMark] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # (open mark, parts so far)
    story_single = single_primary
    # The first mark after the paragraphs so far (they come in order, without overlaps)
    next_mark = all_marks[0] if all_marks else len(text)
    for index, (lo, hi) in enumerate(paragraphs):
        if next_mark >= hi and carry is None:
            continue  # nothing to pair, nothing carried over: most paragraphs
        later = bisect_left(all_marks, hi)
        next_mark = all_marks[later] if later < len(all_marks) else len(text)
        first_double = bisect_left(all_doubles, lo)
        doubles = all_doubles[first_double : bisect_left(all_doubles, hi, first_double)]
        first_single = bisect_left(all_singles, lo)
        singles = all_singles[first_single : bisect_left(all_singles, hi, first_single)]
        quotes_before = len(quotes)
        single_primary = story_single or (index == headline and not doubles)
        if single_primary:
            roles = {i: _single_role(text, i, lo, hi) for i in singles}
            top = [i for i in singles if roles[i] != "apostrophe"]
            role_of = roles
        else:
            top = doubles
            role_of = {i: _double_role(text, i, lo, hi) for i in top}
        opened: int | None = None
        inner_start = 0
        parts: list[tuple[int, int]] = []
        if carry is not None:
            first = next((i for i in top if text[lo:i].strip() == ""), None)
            opened, parts = carry
            carry = None
            if first is not None and role_of[first] in ("open", "either"):
                inner_start = first + 1
                top = [i for i in top if i != first]
            else:  # cannot happen: continuation was checked; keep safe
                inner_start = lo
        pending_weak: list[int] = []
        for i in top:
            role = role_of[i]
            if opened is None:
                if role in ("open", "either"):
                    opened, inner_start, parts = i, i + 1, []
                elif role == "weak-close":
                    continue  # a possessive with nothing open
                else:
                    strays.append(StrayMark(i, text[i], "a closing mark with no opening mark"))
            elif role in ("close", "either"):
                if parts:
                    quotes.append(_make(opened, i, [*parts, (inner_start, i)], False))
                else:  # opened in this paragraph: what `_make` gives, made directly
                    quotes.append(RawQuote(opened, i, ((opened + 1, i),), False))
                opened, pending_weak = None, []
            elif role == "weak-close":
                pending_weak.append(i)
            else:  # an opening mark while one is open
                if pending_weak:
                    w = pending_weak[0]
                    quotes.append(_make(opened, w, [*parts, (inner_start, w)], False))
                else:
                    strays.append(StrayMark(opened, text[opened], "an opening mark never closed"))
                opened, inner_start, parts, pending_weak = i, i + 1, [], []
        if opened is not None:
            if pending_weak:
                w = pending_weak[0]
                quotes.append(_make(opened, w, [*parts, (inner_start, w)], False))
            elif index + 1 < len(paragraphs) and _continues(
                text, paragraphs[index + 1], single_primary
            ):
                end = hi
                while end > inner_start and text[end - 1].isspace():
                    end -= 1
                carry = (opened, [*parts, (inner_start, end)])
            else:
                strays.append(StrayMark(opened, text[opened], "an opening mark never closed"))
        inner = doubles if single_primary else singles
        if inner and len(quotes) > quotes_before:
            _nested(text, lo, hi, inner, quotes, quotes_before, single_primary)
    if carry is not None:
        strays.append(StrayMark(carry[0], text[carry[0]], "an opening mark never closed"))
    quotes.sort(key=attrgetter("open"))
    strays.sort(key=attrgetter("offset"))
    return [
        q for q in quotes if q.close - q.open > 1 and text[q.open + 1 : q.close].strip()
    ], strays


def _continues(text: str, paragraph: tuple[int, int], single_primary: bool) -> bool:
    lo, hi = paragraph
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    if j >= hi:
        return False
    if single_primary:
        return text[j] in "'‘" and _single_role(text, j, lo, hi) == "open"
    return text[j] in _DOUBLE and _double_role(text, j, lo, hi) in ("open", "either")


def _make(open_: int, close: int, parts: list[tuple[int, int]], nested: bool) -> RawQuote:
    trimmed = tuple([part for part in parts if part[1] > part[0]])
    return RawQuote(open_, close, trimmed or ((open_ + 1, close),), nested)


def _nested(
    text: str,
    lo: int,
    hi: int,
    inner_marks: list[int],
    quotes: list[RawQuote],
    first: int,
    single_primary: bool,
) -> None:
    """Quotations inside the quotations of one paragraph: 'single' in "double", or the reverse.

    ``inner_marks`` are the paragraph's marks of the other kind (double ones if
    ``single_primary``, else single ones); ``quotes[first:]`` are the quotations that
    close in it (the only ones whose parts can hold its marks).
    """
    role_of = _double_role if single_primary else _single_role
    for outer in quotes[first:]:
        for s, e in outer.parts:
            if not (lo <= s < hi):
                continue
            opened: int | None = None
            weak: list[int] = []
            first_inner = bisect_left(inner_marks, s)
            for i in inner_marks[first_inner : bisect_left(inner_marks, e, first_inner)]:
                role = role_of(text, i, s, e)
                if role in ("open", "either") and opened is None:
                    opened, weak = i, []
                elif role in ("close", "either") and opened is not None:
                    quotes.append(RawQuote(opened, i, ((opened + 1, i),), True))  # as `_make`
                    opened = None
                elif role == "weak-close" and opened is not None:
                    weak.append(i)
            if opened is not None and weak:
                quotes.append(_make(opened, weak[0], [(opened + 1, weak[0])], True))


def _mark_offsets(text: str, marks: str) -> list[int]:
    """The offsets of these quotation marks (or apostrophes) in ``text``, in order.

    One ``str.find`` loop per kind of mark: a regular expression with a class of
    non-ASCII characters tests each character of the text in turn and is slower.
    """
    offsets: list[int] = []
    for mark in marks:
        i = text.find(mark)
        while i != -1:
            offsets.append(i)
            i = text.find(mark, i + 1)
    offsets.sort()
    return offsets
