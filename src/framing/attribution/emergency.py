"""A body named only by its name, in a story of a natural disaster, read as the public
service that answers it (GUIDELINE.md §5 of the real-news set: agencies, fire and rescue
services are `government or official`).

News of a flood, a bushfire or a landslide quotes the services that warn, rescue and
count: "according to the CFA", "SES: 'Stay out of the water'", "Grayson County OEM
confirmed a death", "the National Building Research Organization advised residents to
leave". Their readers know them by their initials or a plain name, so the text seldom says
what they are. Only such names are read: an acronym, a name that ends with one, or a name
whose last word says "a body" and no more ("Center", "Organization", "Service").

What it can not tell you: a company, a charity or a broadcaster known only by its initials
in a disaster story is taken for a public service too (a charity or a company the lists
know, "Red Cross", keeps its type: this rule decides only where no other did); a story of
a disaster written without the words of `data/hazard_words.csv` is not read as one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .records import GOVERNMENT
from .words import HAZARD_WORDS, ORG_HEADS

# The last words of a name that say it is a body and no more: which kind the name's
# other words do not say either ("Disaster Management Center" is read by "management")
_BODY_ONLY_HEADS = ORG_HEADS & {"center", "centre", "organisation", "organization", "service"}

# Initials: two to six capitals ("SES", "BBMP"), maybe after capitalised words
# ("Grayson County OEM")
_ACRONYM_NAME = re.compile(r"(?:[A-Z][\w’'\-]*\s+){0,4}[A-Z]{2,6}")
_CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|the)\s+)*){1,5}[A-Z]\w+")


@lru_cache(maxsize=1)
def _hazard_pattern() -> re.Pattern[str]:
    words = sorted(HAZARD_WORDS, key=lambda word: (-len(word), word))
    # lowercase only: a capitalised "Storm" is as often a team's or a person's name
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=4)
def tells_of_a_disaster(text: str) -> bool:
    """Does the story name a natural hazard (a flood, a bushfire, a landslide, ...)? One
    answer per text, however many of its sources ask."""
    return _hazard_pattern().search(text) is not None


def is_body_name_only(name: str) -> bool:
    """Is ``name`` a body's name that says nothing of its kind: initials ("SES", "Grayson
    County OEM") or capitalised words ending with a word for a body ("National Building
    Research Organization")?"""
    if _ACRONYM_NAME.fullmatch(name):
        return True
    last = name.split()[-1].lower() if name.split() else ""
    return bool(_CAPITALISED_NAME.fullmatch(name)) and last in _BODY_ONLY_HEADS


def type_of_emergency_body(name: str, text: str) -> str | None:
    """The type of a body the text names only by its name, in a story of a natural
    disaster: the public service that answers it ("according to the CFA", in a story of
    a bushfire). None for a person's name, or a story of no disaster."""
    if is_body_name_only(name) and tells_of_a_disaster(text):
        return GOVERNMENT
    return None
