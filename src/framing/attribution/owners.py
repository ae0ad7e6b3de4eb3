"""A person's type from whose they are, where the text says it by an organisation's name
alone: news writes a body's reporter, officer or volunteer with the body's possessive before
their name ("Oxfam's Andy Thomson", "CBS 2's Christine Sloan"), or names the body after the
name ("Dr Ana Ruiz, of the UK-based charity Park Rescue"), and gives no other role. The
person speaks for the body, so they take its type (GUIDELINE.md §5: an NGO's officials are
an advocacy group, an outlet's reporters media). Rules of `source_types.source_type` (the
second read with the description after a name).

What it can not tell you: a body the text names only by a name that `type_words.type_of`
cannot read ("Age Concern Luton", a charity it never calls one) gives nothing, and nor does
a place's possessive ("Kenya's Tom Lee" may be a runner or a minister).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import FAMILY, OTHER
from .type_words import type_of
from .words import CAPITAL, ORG_HEADS, ROLE_WORDS, TYPE_VOCABULARY, organization_names

# An owner's name: one to four capitalised words or numbers ("Oxfam", "CBS 2", "Amnesty
# International"), then its possessive
_OWNER_NAME = rf"{CAPITAL}[\w&.\-]*(?:\s+(?:{CAPITAL}[\w&.\-]*|\d{{1,3}})){{0,3}}"
# ... right before a name ("In Apia, Oxfam's Andy Thomson is assessing")
_OWNER_BEFORE = re.compile(rf"(?<![\w’'])({_OWNER_NAME})['’]s\s+$")
# ... or kept in the source's name by the speaker phrase ("Oxfam's Andy Thomson")
_OWNER_IN_NAME = re.compile(rf"({_OWNER_NAME})['’]s\s+{CAPITAL}")

_NOT_A_BODY = frozenset({OTHER, FAMILY})

# A body's full name is looked for within an article's length of the title that shortens
# it: a story names its own bodies
_OWNER_REACH = 20_000
# The word after a body's short name, which may end the body's name ("Hitachi Ltd.")
_NEXT_WORD = re.compile(rf"\s+({CAPITAL}[\w\-]*)")


def type_of_owner(name: str, text: str, places: Sequence[tuple[int, int]]) -> str | None:
    """The type of the organisation whose possessive stands before the person ``name`` in the
    name itself or at one of its ``places`` ((start, end) in ``text``): "Oxfam's Andy
    Thomson" is Oxfam's, an advocacy group; None where no organisation owns the name or the
    owner's name says no type ("Leeds's Tom Lee")."""
    match = _OWNER_IN_NAME.match(name)
    owned = name[match.end() - 1 :].lower().split() if match else []
    # what the possessive owns is a person, not a body or a role ("Prime Minister's Office")
    owners = [match.group(1)] if match and not any(_names_no_person(w) for w in owned) else []
    for start, _ in places:
        before = _OWNER_BEFORE.search(text, max(0, start - 60), start)
        if before is not None:
            owners.append(before.group(1))
    for owner in owners:
        kind = _type_of_organisation(owner)
        if kind not in _NOT_A_BODY:
            return kind
    return _type_of_title_owner(name, text, places[0][0] if places else 0)


def _type_of_title_owner(title: str, text: str, near: int) -> str | None:
    """For a title that opens with a body's short name ("Hitachi Senior Vice President"), the
    type of that body, where the text names it with the word that ends an organisation's
    name ("Hitachi Ltd.": a company) within `_OWNER_REACH` of ``near``; None otherwise."""
    words = title.split()
    at = next((i for i, word in enumerate(words) if _is_role(word.lower())), 0)
    if at == 0 or not all(word[:1].isupper() for word in words[: at + 1]):
        return None
    if words[-1].lower() in ORG_HEADS:
        return None  # a body's own name: "Montrose Community Council"
    owner = " ".join(words[:at])
    start, stop = max(0, near - _OWNER_REACH), near + _OWNER_REACH
    found = text.find(owner, start, stop)
    while found != -1:
        after = _NEXT_WORD.match(text, found + len(owner))
        if after is not None and not text[found - 1 : found].isalnum():
            word = after.group(1).lower()
            kind = TYPE_VOCABULARY.get(word) if word in ORG_HEADS else None
            if kind is not None and kind not in _NOT_A_BODY:
                return kind
        found = text.find(owner, found + 1, stop)
    return None


def _is_role(word: str) -> bool:
    """Is ``word`` a role word that is no body's name's end ("Vice", "President"; not
    "Council", which ends "Rochester City Council")?"""
    return word in ROLE_WORDS and word not in ORG_HEADS


# Up to six capitalised words right before a name, on its line: a title that may open with
# its body's short name ("Hitachi Senior Vice President Ana Ruiz")
_TITLE_RUN = re.compile(rf"((?:{CAPITAL}[\w\-]*\.?\s+){{2,6}})$")


def type_of_title_owner_before(text: str, start: int) -> str | None:
    """The type of the body whose short name opens the title before the name at ``start``
    (`_type_of_title_owner`): "Hitachi Senior Vice President Ana Ruiz", where the text
    names "Hitachi Ltd."."""
    match = _TITLE_RUN.search(text, max(0, start - 80), start)
    return _type_of_title_owner(match.group(1), text, start) if match else None


def _names_no_person(word: str) -> bool:
    """Is ``word`` (lowercase) a word for a body or a role, never part of a person's name?"""
    return word in ORG_HEADS or word in TYPE_VOCABULARY


# A broadcaster's channel number after its name: "CBS 2", "News 12"
_CHANNEL = re.compile(r"\s+\d{1,3}$")


def _type_of_organisation(owner: str) -> str:
    """The type of the organisation ``owner`` names: a known one by its name or its short
    name, also before a channel number ("CBS 2" is CBS's station; `organization_names`
    reads a name of three letters only whole), else what its words say (`type_of`)."""
    known = organization_names().get(_CHANNEL.sub("", owner).lower())
    return known[1] if known is not None else type_of(owner)


# A body after a name, with "of", "from", "at" or "with" and its article: "Dr Ana Ruiz, of
# the UK-based charity Park Rescue", "Tom Lee, 52, from the local residents' association"
_BODY_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:of|from|at|with)\s+(the\s+[^,.;:!?“”\"()]{3,80})")


def type_of_body_after(text: str, end: int) -> str | None:
    """The type of the body named after the name that ends at ``end``, by what its words
    say ("the UK-based charity Park Rescue" is a charity's: an advocacy group); None where
    they say nothing of a body ("Tom Lee, of the old town")."""
    match = _BODY_AFTER.match(text, end)
    kind = type_of(match.group(1)) if match else None
    return None if kind is None or kind in _NOT_A_BODY else kind
