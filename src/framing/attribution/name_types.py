"""A source's type from the words of its own name.

A person noun or a title that opens a long name ("Resident Ana Ruiz", "Central Bank
Governor Nandalal Weerasinghe": `type_of_first_word`); a known body whose unit the name is
("BBC Sport": `type_of_known_unit`); a newspaper's first word or the last pair of a name
joined by "and" ("Daily Mail", "Queensland Fire and Rescue Service": `type_of_name_words`);
a country's name, which speaks for its government ("Israel said": `type_of_country`); an
acronym, by the name it stands for where the text spells it out ("KMA", "the Korean
Medical Association": `type_of_acronym`); a US station's call sign ("according to KWXT":
`type_of_call_sign`). Each is a rule of `source_types.source_type`, which decides their
order: these come after what the text says around the name.

What it can not tell you: an acronym the text never spells out, a station outside the US
named by its letters, or a body whose name's words the lists lack stays "other"; a
person's name gives no type.
"""

from __future__ import annotations

import re

from .agreement import names_an_outlet
from .records import GOVERNMENT, MEDIA, OTHER
from .type_words import type_of, type_of_head
from .words import (
    ORG_HEADS,
    PERSON_NOUNS,
    ROLE_WORDS,
    TYPE_VOCABULARY,
    organization_names,
    place_names,
    without_possessive,
)


def type_of_first_word(name: str) -> str | None:
    """The type of a person noun or a title that a name of three words or more opens, where
    the speaker's phrase kept it in the name: "Resident Ana Ruiz" (a sentence's first
    word), "Magistrate Tendai Mahwe" (a title the role list does not take off a name),
    "Central Bank Governor Nandalal Weerasinghe here"."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words[:3]):
        return None  # "local official in Kelbar district" is a description, not a name
    if words[-1].lower() in ORG_HEADS:
        return None  # a body's name: "Charity Oversight Commission"
    first = words[0].lower()
    if first in PERSON_NOUNS or first in TYPE_VOCABULARY:
        return type_of_head(words[0])
    # a title of two or three words, then a full name: "Central Bank Governor Nandalal
    # Weerasinghe" (a word after the name may be left on it: "... here")
    for size in (2, 3):
        title, capitalised = words[:size], all(w[:1].isupper() for w in words[: size + 2])
        if len(words) >= size + 2 and capitalised and title[-1].lower() in ROLE_WORDS:
            return type_of_head(" ".join(title))
    return None


def type_of_known_unit(name: str) -> str | None:
    """The type of a known body whose unit the name is: "BBC Sport", "UN Women"."""
    first, _, rest = name.partition(" ")
    known = organization_names().get(first.lower()) if rest[:1].isupper() else None
    return known[1] if known is not None else None


def type_of_name_words(name: str) -> str | None:
    """The type an organisation's name gives by its words where its head word does not: a
    newspaper's first word ("Daily Mail", "Evening Standard"), or the last pair of a name that
    joins two words with "and" ("Queensland Fire and Rescue Service")."""
    words = name.split()
    if len(words) < 2:
        return None
    if names_an_outlet(name):
        return MEDIA
    if " and " in name or " & " in name:
        return type_of_head(" ".join(words[-2:]))
    return None


def type_of_acronym(name: str, text: str) -> str | None:
    """The type of the body whose initials an acronym is, where the text spells it out:
    "KMA" after "the Korean Medical Association" (small words such as "of" have no
    initial: "NCDC", "Nigeria Centre for Disease Control")."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return None
    words = r"\s+(?:(?:of|for|and|the|&)\s+)*".join(rf"{letter}[\w’'\-]*" for letter in name)
    for match in re.finditer(rf"\b{words}\b", text):
        kind = type_of(match.group())
        if kind != OTHER:
            return kind
    return None


# A US broadcaster's call sign: four capital letters, K west of the Mississippi and W east
# of it (47 CFR §73.3550; three-letter signs are older and few, and too like acronyms:
# "WHO", "KRA"), perhaps with its band ("KWXT", "WHKR-TV")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")


def type_of_call_sign(name: str) -> str | None:
    """A station named by its call sign is media, alone ("according to KWXT") or before
    the name of its reporter ("880 WHKR's Tom Lee reported"). Read after the
    initials a text spells out ("KNUT", "the Kenya National Union of Teachers")."""
    sign, _, reporter = name.partition(" ")
    sign = without_possessive(sign).rstrip("'’")  # "WHKR'", "WHKR’s"
    if _CALL_SIGN.fullmatch(sign) is None:
        return None
    # the reporter's name: capitalised words, as news writes names ("Ana D'Souza")
    names = reporter.split()
    full_name = 2 <= len(names) <= 4 and all(w[:1].isupper() and not w.isupper() for w in names)
    return MEDIA if not reporter or full_name else None


def type_of_country(name: str) -> str | None:
    """A country speaking by its name is its government: "Israel said"."""
    place = place_names().get(name.lower())
    if place is not None and name.lower() in (place.country.lower(), place.short.lower()):
        return GOVERNMENT
    return None
