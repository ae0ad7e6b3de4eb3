"""What the text says right after a source's name, and the type it gives the source.

A description after a comma ("Ana Ruiz, a nurse", "Marit Stiles, Ontario NDP leader":
`type_after`; after an honorific it says more than the title: "Dr. Ana Ruiz, the chief
medical officer", `after_an_honorific`), where a person lives or what happened to them
("Tom Lee, who lives nearby", "Ana Ruiz was attacked": one of those affected), the seat a
legislator represents, a body the person heads ("Tom Lee, the KMA's head":
`type_of_head_of`), letters after the name ("Dara Quinn SC": `type_of_post_nominal`), a
home named by its owner ("Jack Maddox's house": `type_of_home`), the "fellow" members a
person addresses ("urged her fellow councillors": `type_of_fellows`); and after an
organisation's name, the people who speak for it ("Safaricom CEO": `type_of_staff`) or the
rest of a longer name ("Cirrus Logic Inc.": `type_of_longer_name`). Each is a rule of
`source_types.source_type`, which decides their order.

Reads the text from where a name ends (for an honorific, the article's word table too).
What it can not tell you: a description is read up to the next comma or full stop, by its
first telling word; a clause after a name ("The singer, 30, said she ...") gives no type;
a home, an injury or a loss makes a person one of those affected only where the words
after the name say so plainly.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .name_types import type_of_acronym
from .owners import type_of_body_after
from .records import FAMILY, LAWYER, OTHER, POLITICIAN
from .role_context import ROLE_IN_CONTEXT, word_before
from .type_words import head_word, type_of, type_of_body, type_of_head
from .words import CAPITAL, HONORIFICS, PARTY_CODE, POST_NOMINALS, ROLE_WORDS, TYPE_VOCABULARY

if TYPE_CHECKING:
    from .source_types import WordTable

# A description after a name, up to the next comma or full stop: "Sarah Herrington, a
# nutritionist at Brio-Medical", "Lynne Shirley, prosecuting"; an age before it is skipped
# ("Ann Lee, 54, a farmer"). An initial's full stop ("U.S.") does not end it.
APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?((?:\b[A-Z]\.|[^,.;:!?“”\"()]){1,80})")

# what a description after a name opens with: "Ana Ruiz, a nurse", "Tom Lee, his lawyer"
OPENS_DESCRIPTION = frozenset("a an the one another his her their its".split())


def after_an_honorific(text: str, start: int, end: int, word_table: WordTable) -> str | None:
    """The type of the description after a name that an honorific title opens ("Dr. Ana
    Ruiz, the chief medical officer", "Prof. Tom Lee, the health minister"): the job says
    more than the title."""
    starts, _, keys = word_table
    i = bisect.bisect_left(starts, start) - 1
    return type_after(text, end, word_table) if i >= 0 and keys[i] in HONORIFICS else None


# A relative clause that says where a person lives makes them one of those affected: "Ana
# Ruiz, who lives nearby", "Ana Ruiz, 71, whose bungalow sits by the shore".
_LIVES_THERE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:who\s+(?:lives|live|lived|has lived|had lived|moved)\b"
    r"|whose\s+(?:[\w\-’']+\s+){0,2}?(?:home|house|bungalow|flat|apartment|farm|street)\b)"
    # what happened to them: "Ana Ruiz, who lost her home", "said Tom Lee who sheltered in
    # a closet", "Ana Ruiz, whose shop was flooded"
    r"|,?\s+who\s+(?:had\s+|has\s+)?(?:lost(?!\s+(?:the|a|an|his|her|their)\s+(?:election|race|"
    r"seat|vote|match|game|final|title|case|appeal|bid|contest|primary|leadership)\b)"
    r"|survived|escaped|fled|sheltered|was\s+evacuated"
    r"|were\s+evacuated|was\s+injured|was\s+rescued)\b"
    r"|,\s+whose\s+(?:[\w\-’']+\s+){1,3}?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:destroyed|damaged|flooded|burned|burnt|swept|looted|wrecked|hit)\b"
    # with their family, as one of a household: "Kat Fisher and her three children were
    # forced to wade"
    r"|\s+and\s+(?:her|his|their)\s+(?:[\w\-]+\s+){0,2}?(?:children|kids|family|husband|"
    r"wife|partner|son|sons|daughter|daughters|baby|parents)\b"
    # where they live or what happened to them, said as the sentence's verb: "Ana Ruiz, 71,
    # lives nearby"; "Ana Ruiz, 32, and Tom Lee, 34, live a few doors down"; "Ana Ruiz, 41,
    # fled the town with her children"
    r"|(?:,\s+\d{1,3},)?(?:\s+and\s+(?:[\w.\-’']+\s+){1,3}?[\w.\-’']+,\s+\d{1,3},)?"
    r"\s+(?:lives|live|has\s+lived|have\s+lived|fled|escaped|survived)\b"
    # an age written without its second comma: "Tom Lee, 45 who lives opposite"
    r"|,\s+\d{1,3}\s+who\s+(?:lives|lived|has\s+lived)\b"
    # a house next to the one the story is about: "Tom Lee, 54, of one of the neighbouring
    # houses"
    r"|,\s+(?:\d{1,3},?\s+)?(?:also\s+)?(?:of|from)\s+(?:one\s+of\s+)?the\s+(?:neighbouring|"
    r"neighboring|nearby|adjoining|adjacent|next-door)\s+(?:houses?|homes?|flats?|bungalows?|"
    r"properties|property|farms?)\b"
    # what was done to them, said as the sentence's verb: "Ana Ruiz was attacked on
    # Wednesday", "Tom Lee, 28, was badly injured", "Ana Ruiz lost her son in the crash"
    r"|(?:,\s+\d{1,3},)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:badly|seriously|"
    r"critically|slightly|fatally|also)\s+)?(?:attacked|injured|hurt|stabbed|shot|assaulted|"
    r"robbed|wounded|mugged|burgled|punched|slashed|beaten|hospitali[sz]ed|rescued|evacuated|"
    r"displaced|trapped|bitten|kidnapped|abducted)\b"
    r"|(?:,\s+\d{1,3},)?\s+(?:lost|has\s+lost|had\s+lost)\s+(?:his|her|their)\s+"
    r"(?:[\w\-]+\s+)?(?:son|daughter|child|children|baby|husband|wife|partner|mother|father|"
    r"brother|sister|home|house)\b"
)

# A legislator is named by the place they represent: "Tom Lee, who represents a rural
# Welsh seat", "Ana Ruiz, who represents the 4th district"
_REPRESENTS = re.compile(
    r",?\s+(?:\d{1,3},\s+)?who\s+(?:represents|represented|has\s+represented)\s+"
    r"(?:[\w\-’'.]+\s+){0,5}?(?:seat|constituency|district|ward|riding|electorate|division)\b"
)


def type_after(text: str, end: int, word_table: WordTable) -> str | None:
    """The type of the description that follows a name ending at ``end``, or None."""
    if _LIVES_THERE.match(text, end):
        return FAMILY
    if PARTY_CODE.match(text, end) or _REPRESENTS.match(text, end):
        return POLITICIAN
    if (kind := type_of_body_after(text, end)) is not None:
        return kind
    match = APPOSITIVE.match(text, end)
    if match is None:
        return None
    description = match.group(1)
    head = head_word(description)
    first = description.split()[0].lower()
    # a description opens with an article or with its own head noun; a clause does not
    # ("The singer, 30, said she has a tiny group of pals"); a title's words are all
    # capitalised ("Marit Stiles, Ontario NDP leader")
    if first not in OPENS_DESCRIPTION and first != head and not _is_title(description, head):
        return None
    kind = type_of_head(description)
    if kind is None and not head.endswith("ly"):  # "formerly of Suffolk Police": left it
        kind = type_of_body(description)
    return kind


def _is_title(description: str, head: str) -> bool:
    """Is ``description`` a role written as a title: capitalised words, then a role word
    ("Ontario NDP leader", "Labour MP for Leeds")?"""
    words = description.split()
    lows = [w.lower() for w in words]
    if head not in ROLE_WORDS or head not in lows:
        return False
    return all(w[:1].isupper() for w in words[: lows.index(head)])


# Capital letters after a name: "SC" in "Michael Cush SC, for the State"
_LETTERS_AFTER = re.compile(r"\s+([A-Z]{2})\b")


def type_of_post_nominal(text: str, start: int, end: int) -> str | None:
    """Senior counsel after a name are lawyers: "Michael Cush SC", "Ana Ruiz KC" (the
    letters after the name, or the last word of the name as the speaker phrase gave it)."""
    match = _LETTERS_AFTER.match(text, end)
    letters = match.group(1) if match else text[start:end].rpartition(" ")[2]
    return LAWYER if letters.isupper() and letters.lower() in POST_NOMINALS else None


# The words for a home, and the words after one that make it no home ("home page", "home
# secretary", "farm team")
_HOMES = "home|house|bungalow|flat|apartment|farm|property"
_NOT_A_HOME = "page|market|country|ground|town|city|state|team|run|game|office|secretary"

# A home named by its owner: "Jack Maddox's house", "outside Ana Ruiz's flooded home"
_HOME_OF = re.compile(rf"['’]s?\s+(?:[a-z\-]+\s+)?(?:{_HOMES})\b(?!\s+(?:{_NOT_A_HOME}))")

# A home the sentence a person opens calls theirs: "Peter Ross looks out through the space
# where once stood the front of his house", "Ms Small said her house had survived"; "his
# home" is a team's as often as a house ("their home crowd", "his home debut")
_OWN_HOME = re.compile(
    r"[^.!?\n“”\"]{0,160}?\b(?:his|her|their)\s+(?!way\b)(?:[a-z\-]+\s+)?"
    rf"(?:{_HOMES}|caravan)\b"
    rf"(?!\s+(?:{_NOT_A_HOME}|"
    r"crowd|fans|form|side|soil|club|stadium|debut|win|loss|nation))"
)

# ... unless that sentence is about an arrest or a charge: a suspect is no one affected
# ("Tom Lee was taken into custody at his home")
_SUSPECTED = re.compile(
    r"\b(?:custody|arrest(?:ed)?|charged|jailed|sentenced|convicted|accused|suspect(?:ed)?|"
    r"detained|raided|searched)\b"
)


def type_of_home(text: str, start: int, end: int) -> str | None:
    """A person named by their home lives there: "Jack Maddox's house", or a sentence
    that opens with their name and speaks of their home ("Tom Lee stood where his house
    was") (in a story about a storm, a fire, a flood: those affected). Words inside a
    quotation are not read: a speaker may speak of anyone's home."""
    if _HOME_OF.match(text, end):
        return FAMILY
    opens = not text[max(0, start - 3) : start].strip(" \t\u00a0") or _sentence_ends_before(
        text, start
    )
    home = _OWN_HOME.match(text, end) if opens else None
    return FAMILY if home and not _SUSPECTED.search(home.group()) else None


def _sentence_ends_before(text: str, at: int) -> bool:
    """Does a sentence end just before ``at`` ("... it rose. Tom Lee said")?"""
    before = text[max(0, at - 4) : at].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n"


# A word after an organisation's name for the people who speak for it: "Safaricom CEO
# Peter Ndegwa", "J.P. Morgan analysts". Words for people it serves ("Apple fans",
# "Qantas customers") do not make it theirs.
_STAFF_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def type_of_staff(text: str, end: int) -> str | None:
    """The type of the people an organisation's name stands before: "Safaricom CEO",
    "J.P. Morgan analysts", "Labour MPs"; not the people it serves ("Apple fans")."""
    match = _STAFF_WORD.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    singular = word[:-1] if word.endswith("s") and word[:-1] in ROLE_WORDS else word
    if singular not in ROLE_WORDS:
        return None
    # the role read with the name before it: "Pakistan captain" leads a team, not a unit
    # (a team has no type: "other" ends the search, where a country would be its government)
    phrase = text[max(0, end - 40) : match.end()]
    in_context = ROLE_IN_CONTEXT.get((singular, word_before(phrase, singular)))
    if in_context == OTHER:
        return in_context
    kind = in_context or TYPE_VOCABULARY.get(singular)
    return None if kind in (None, OTHER, FAMILY) else kind


# The rest of a longer name after a short one: "Cirrus" in "Cirrus Logic Inc."
_LONGER_NAME = re.compile(rf"(?:\s+(?:{CAPITAL}[\w&'’\-]*\.?|&)){{1,4}}")


def type_of_longer_name(text: str, end: int) -> str | None:
    """The type of a longer name the short one starts, by its last word: "Cirrus" in
    "Cirrus Logic Inc.", "Nikkei" in "Nikkei Asian Review"."""
    match = _LONGER_NAME.match(text, end)
    if match is None:
        return None
    return TYPE_VOCABULARY.get(match.group().split()[-1].lower().rstrip("."))


# "Lim Hyun-taek, the KMA's head": a person who leads a body named after the name
_HEAD_OF = re.compile(
    rf",\s+the\s+({CAPITAL}[\w.&\-]*)['’]s\s+(?:head|chief|leader|president|boss|chair|"
    rf"chairman|chairwoman|chairperson)\b"
)


def type_of_head_of(text: str, end: int) -> str | None:
    """The type of the body a person heads, named by its short name or its initials before
    the role ("Lim Hyun-taek, the KMA's head", where the text spells out "the Korean Medical
    Association")."""
    match = _HEAD_OF.match(text, end)
    if match is None:
        return None
    body = match.group(1)
    kind = type_of_acronym(body, text) or type_of(body)
    return None if kind in (OTHER, FAMILY) else kind


# A person who speaks to or acts with "fellow" members of a group is one of them: "Ana Ruiz
# urged her fellow councillors", "Tom Lee told fellow legislators", "Ana Ruiz challenged
# fellow community councillors" (the verb and its object in one clause after the name)
_FELLOWS = re.compile(
    r"\s+(?:[a-z][\w\-’']*\s+){1,3}?(?:(?:his|her|their)\s+)?fellow\s+(?:[a-z\-]+\s+)?"
    r"([a-z]+s)\b"
)


def type_of_fellows(text: str, end: int) -> str | None:
    """The type of the group whose "fellow" members the person named before ``end``
    addresses in the same clause ("Ana Ruiz urged her fellow councillors")."""
    match = _FELLOWS.match(text, end)
    kind = TYPE_VOCABULARY.get(match.group(1)) if match else None
    return None if kind in (None, OTHER) else kind
