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

from ._records import quick_init

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
# A single mark that opens a word ('Never', ‘Stop’) at the start of the text or after a
# space, bracket or dash. Tried only at the offsets of marks, never searched for.
_SINGLE_OPENER = re.compile(r"(?<![^\s(\[—–-])['‘][^\W\d_]")
_MARKS = "\"'“”„‟«»‘’‚‛‹›"
_DOUBLE = set('"' + DOUBLE_OPEN + DOUBLE_CLOSE)
_SPACE_OR_OPENER = set(" \t\n\r\f\v\u00a0\u2009\u202f([{<-–—/" + DOUBLE_OPEN + SINGLE_OPEN + "\"'")
_CLOSE_FOLLOWERS = set(
    " \t\n\r\f\v\u00a0\u2009\u202f.,;:!?)]}>-–—…/" + DOUBLE_CLOSE + SINGLE_CLOSE + "\"'"
)
# Words that start with an apostrophe standing for missing letters: 'em, '90s.
_ELISIONS = re.compile(r"(?:em|til|tis|twas|cause|bout|round|n|s|nuff|ere|er)\b", re.IGNORECASE)


@quick_init
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

    ``headline`` is the index of a headline paragraph: headlines put quotations in
    single marks even where the story uses double ones ("Mother: 'He left my son'").
    """
    all_marks = _mark_offsets(text)
    if single_primary is None:
        # British style puts quotations in single marks and nested ones in double marks.
        doubles = sum(text[i] in _DOUBLE for i in all_marks)
        single_openers = sum(
            1 for i in all_marks if text[i] in "'‘" and _SINGLE_OPENER.match(text, i) is not None
        )
        single_primary = single_openers > doubles
    quotes: list[RawQuote] = []
    strays: list[StrayMark] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # (open mark, parts so far)
    story_single = single_primary
    for index, (lo, hi) in enumerate(paragraphs):
        first_mark = bisect_left(all_marks, lo)
        marks = all_marks[first_mark : bisect_left(all_marks, hi, first_mark)]
        if not marks and carry is None:
            continue  # nothing to pair, nothing carried over: most paragraphs
        quotes_before = len(quotes)
        single_primary = story_single or (
            index == headline and not any(text[i] in _DOUBLE for i in marks)
        )
        if single_primary:
            top = [i for i in marks if text[i] not in _DOUBLE]
            roles = {i: _single_role(text, i, lo, hi) for i in top}
            top = [i for i in top if roles[i] != "apostrophe"]
            role_of = roles
        else:
            top = [i for i in marks if text[i] in _DOUBLE]
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
                quotes.append(_make(opened, i, [*parts, (inner_start, i)], False))
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
        _nested(text, lo, hi, marks, quotes, quotes_before, single_primary)
    if carry is not None:
        strays.append(StrayMark(carry[0], text[carry[0]], "an opening mark never closed"))
    quotes.sort(key=lambda q: q.open)
    strays.sort(key=lambda s: s.offset)
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
    marks: list[int],
    quotes: list[RawQuote],
    first: int,
    single_primary: bool,
) -> None:
    """Quotations inside the quotations of one paragraph: 'single' in "double", or the reverse.

    ``marks`` are the paragraph's marks; ``quotes[first:]`` are the quotations that close
    in it (the only ones whose parts can hold its marks).
    """
    if len(quotes) == first:
        return
    role_of = _double_role if single_primary else _single_role
    inner_marks = [i for i in marks if (text[i] in _DOUBLE) == single_primary]
    for outer in quotes[first:]:
        for s, e in outer.parts:
            if not (lo <= s < hi):
                continue
            opened: int | None = None
            weak: list[int] = []
            for i in inner_marks:
                if not (s <= i < e):
                    continue
                role = role_of(text, i, s, e)
                if role in ("open", "either") and opened is None:
                    opened, weak = i, []
                elif role in ("close", "either") and opened is not None:
                    quotes.append(_make(opened, i, [(opened + 1, i)], True))
                    opened = None
                elif role == "weak-close" and opened is not None:
                    weak.append(i)
            if opened is not None and weak:
                quotes.append(_make(opened, weak[0], [(opened + 1, weak[0])], True))


def _mark_offsets(text: str) -> list[int]:
    """The offsets of all quotation marks and apostrophes, in order.

    One ``str.find`` loop per kind of mark: a regular expression with a class of
    non-ASCII characters tests each character of the text in turn and is slower.
    """
    offsets: list[int] = []
    for mark in _MARKS:
        i = text.find(mark)
        while i != -1:
            offsets.append(i)
            i = text.find(mark, i + 1)
    offsets.sort()
    return offsets
