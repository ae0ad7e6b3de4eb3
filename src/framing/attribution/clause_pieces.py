"""Pieces of a clause that a speaker phrase can catch and a source name never holds: a time
adverbial after the subject ("the deputy minister Ana Ruiz two weeks ago told ..."), a
verb that opens what is left of a relative clause ("... an earthquake that struck on Monday
in the province called for ..."), and a verb alone, left when the subject stood elsewhere
("has", "gave").

Pure functions over text: the phrase reader's `noun_phrase_span` trims the first, and
`why_not_a_source` rejects the other two.

>>> text = "Deputy Minister Ana Ruiz two weeks ago"
>>> text[: time_tail_start(text, 0, len(text))]
'Deputy Minister Ana Ruiz'
>>> time_tail_start("a report released last week", 0, 27) is None
True
>>> opens_with_a_verb(["struck", "on", "Monday", "in", "Hatay"])
True
>>> opens_with_a_verb(["retired", "teacher", "Ana", "Ruiz"])
False

What it can not tell you: a time is read from a short list of words ("ago", "last month",
"on Monday"); "in the spring" or "at dawn" after a name are not recognised.
"""

from __future__ import annotations

import re

from .words import (
    AUXILIARIES,
    FINITE_SPEECH_VERBS,
    IRREGULAR_PASTS,
    MONTHS,
    PREPOSITIONS,
    TIME_WORDS,
    WEEKDAYS,
)

__all__ = ["a_verb_alone", "opens_with_a_verb", "time_tail_start"]

_DAYS = "|".join(WEEKDAYS)
_PART_OF_DAY = "morning|afternoon|evening|night"
# "two weeks ago", "last month", "earlier this week", "on Monday evening", "yesterday"
_TIME_TAIL = re.compile(
    r"[\s,]+(?:(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+ago"
    r"|(?:last|this|next|earlier\s+this|later\s+this|on|on\s+the)\s+"
    rf"(?:{_DAYS}|{'|'.join(MONTHS)}|week|weekend|month|year|{_PART_OF_DAY})"
    rf"(?:\s+(?:{_PART_OF_DAY}))?"
    r"|yesterday|today|tonight)$",
    re.IGNORECASE,
)


def _verb_form(word: str) -> bool:
    """Is a lowercase ``word`` a past form or a speech verb's finite form?

    Any word in -ed counts, short ones too: here the word opens a phrase or stands before
    a time, where "died last week" and "led on Monday" are verbs. `subjects.verb_inside`
    asks a different question (a verb inside a name's phrase, which then names no one) and
    so wants -ed words longer than four letters; one rule for both changes outputs either
    way ("died last week in the crash" stops being a clause, or "mum of boy (15) who died
    suddenly" stops being a speaker in bench/realnews dev), so each keeps its own."""
    return word in IRREGULAR_PASTS or word in FINITE_SPEECH_VERBS or word.endswith("ed")


def time_tail_start(text: str, start: int, end: int) -> int | None:
    """Where a time adverbial that ends ``text[start:end]`` starts, if a noun or a name
    stands before it; None if there is none, or if it dates a participle ("a report
    released last week", "court papers filed on Monday") rather than the clause."""
    tail = _TIME_TAIL.search(text[start:end])
    if tail is None or tail.start() == 0:
        return None
    before = text[start : start + tail.start()].split()
    if not before or (before[-1].islower() and _verb_form(before[-1])):
        return None
    return start + tail.start()


def opens_with_a_verb(words: list[str]) -> bool:
    """Does a phrase open with a lowercase verb form and then a preposition or a time, as
    the rest of a relative clause does ("struck on Monday in Hatay")? A past form before a
    noun is an adjective ("retired teacher Ana Ruiz", "alleged attacker")."""
    if len(words) < 2 or not words[0].islower():
        return False
    after = words[1].lower()
    return _verb_form(words[0]) and (after in PREPOSITIONS or after in TIME_WORDS)


# the auxiliaries and the forms of "do": alone they are a clause's verb, never a name
_VERBS_ALONE = AUXILIARIES | frozenset(("do", "does", "did"))


def a_verb_alone(words: list[str]) -> bool:
    """Is the phrase one lowercase verb form ("has", "gave", "warned"), what is left when
    the subject stood elsewhere? A speech verb's form in -s may be a noun ("claims")."""
    if len(words) != 1 or not words[0].islower():
        return False
    word = words[0]
    return word in _VERBS_ALONE or (_verb_form(word) and not word.endswith("s"))
