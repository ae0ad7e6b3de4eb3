"""Agreement checks before a pronoun or a description is linked to a source, as every
coreference system makes them: "they" is a plural or a body of people, a role description
("the homeowner") is no one whose role the text gives otherwise ("a police spokesperson").

Pure functions over words: the resolve stage (`resolve.Resolver`) calls them. One is a
check the other way: `lone_unknown_name` tells a lone capitalised word that was read as a
body by default ("Green", "Darte") and may as well be a surname "he" or "she" stands for.

>>> collective_opening("While police refused to give out his age, ")
(6, 12)
>>> collective_opening("When the officer arrived, ") is None
True
>>> roles_conflict("affected person or family", "police or military")
True
>>> names_an_outlet("Daily Mail"), names_an_outlet("Daily")
(True, False)
>>> never_a_person("Claire UK's Wellness Issue"), never_a_person("Oxfam's Ana Ruiz")
(True, False)
>>> names_a_place("Harlan County"), names_a_place("South Africa"), names_a_place("Jordan")
(True, True, False)

What it can not tell you: agreement is read from the words alone (a plural ending, a word
list), not from meaning; "they" for one person of unknown gender is not recognised.
"""

from __future__ import annotations

import re

from .phrases import read_phrase
from .records import COURT, FAMILY, GOVERNMENT, LAWYER, MEDIA, POLICE, POLITICIAN
from .words import (
    NEWSPAPER_STARTS,
    ORG_WORDS,
    PLACE_KINDS,
    capital_cities,
    given_name,
    people_word,
    place_named,
)

__all__ = [
    "a_person_opening_the_sentence",
    "collective_opening",
    "lone_unknown_name",
    "names_a_place",
    "names_an_outlet",
    "never_a_person",
    "roles_conflict",
]

# A clause opening: a subordinating word or a conjunction, then the subject.
_OPENING = re.compile(
    # a dateline the text model did not take apart ("GLENDALE, Ariz. – ")
    r"\s*(?:[A-Z][A-Z'\- ]+,(?:\s+[A-Z][\w.]*)?\s+[–—-]\s+)?"
    # a source given first ("According to Page Six, independent sources have ...")
    r"(?:According\s+to\s+[^,]{1,60},\s+)?"
    r"(?:(?:While|When|As|After|Although|Though|Because|Since|But|And|Yet|So)\s+)?"
    r"((?:[Tt]he\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}?([A-Za-z][\w\-]*))"
    # then the verb, perhaps after a short place or time phrase ("Police in one town are")
    r"(?=\s+(?:(?:in|at|on|from|of)\s+[^,]{0,40}?\s+)?(?:are|were|is|was|has|have|had|say|said|will|would|can|could|\w+ed)\b)"
)


def collective_opening(text: str) -> tuple[int, int] | None:
    """Where the subject the clause ``text`` opens with stands, if it is a plural noun for
    people or a body ("police", "residents", "the council"): the (start, end) of its noun
    phrase; else None. "While police refused ..., they say": "they" are the police."""
    match = _OPENING.match(text)
    if match is None:
        return None
    head = match.group(2).lower()
    words = match.group(1).split()
    # the words before the head are its modifiers: lower case or an adjective of place
    # ("Swedish police"), never a name ("Tom Okoro's neighbours")
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return None
    if not (people_word(head) or head in ORG_WORDS):
        return None
    return match.start(1), match.end(1)


# People who speak for an institution, by the type their role gives them.
_INSTITUTIONAL = frozenset((GOVERNMENT, POLITICIAN, POLICE, COURT, LAWYER, MEDIA))
_PRIVATE = FAMILY


def roles_conflict(described: str, known: str) -> bool:
    """Do two source types say two different people: a private person an event touched
    ("the homeowner", "a neighbour") and one who speaks for an institution ("a police
    spokesperson", "the judge")? Types that are "other" or alike never conflict."""
    return {described, known} & {_PRIVATE} != set() and bool({described, known} & _INSTITUTIONAL)


def names_an_outlet(name: str) -> bool:
    """Is ``name`` a newspaper's, by its first word ("Daily Mail", "Evening Standard")? Then
    it is never a person, whatever is said beside it: "According to Daily Mail, the
    53-year-old actress, ..." does not make the Daily Mail an actress, nor "she"."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in NEWSPAPER_STARTS and words[1][:1].isupper()


def names_a_place(name: str) -> bool:
    """Is ``name`` a place's, which speaks through its government and is never "he" or
    "she": capitalised words that end in a kind of place ("Harlan County"), or a country
    or capital of more than one word ("South Africa")? One word ("Jordan", "Chad") may be
    a person's name too, so it is left open, and a demonym ("South African") is a person.
    """
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    low = name.lower()
    place = place_named(low)
    # a demonym ("South African") names a person
    country = place is not None and low in (place.country.lower(), place.short.lower())
    return words[-1].lower() in PLACE_KINDS or country or low in capital_cities()


# a possessive inside a name, then a capitalised word: "Marie Claire UK's Wellness Issue",
# "Tarrow's Central Bank" -- the thing owned, not a person
_OWNED_THING = re.compile(r"\w['’]s\s+[A-Z]")


def never_a_person(name: str) -> bool:
    """Can ``name`` never be "he" or "she": a newspaper (`names_an_outlet`), a place
    (`names_a_place`) or a thing someone owns ("UK's Wellness Issue"), not a person of a
    body ("Oxfam's Andy Thomson": a given name after the possessive)?"""
    if names_a_place(name):
        return True
    owned = _OWNED_THING.search(name)
    if owned is not None and given_name(name[owned.end() - 1 :].split()[0]) is not None:
        return names_an_outlet(name)
    return names_an_outlet(name) or owned is not None


def lone_unknown_name(name: str) -> bool:
    """Is ``name`` one capitalised word that names no known body, place, outlet or person
    ("Green", "Darte", "Brightloop")? The resolver reads such a word as an organisation;
    it may as well be a surname whose given name the excerpt never printed."""
    if " " in name or not name[:1].isupper() or name.isupper() or never_a_person(name):
        return False
    reading = read_phrase(name)
    return (
        reading.organization is None
        and not reading.organization_name
        and not reading.group
        and reading.capital is None
        and given_name(name) is None
    )


# what may stand before a sentence's subject: nothing, or a short phrase of place or time
# closed by a comma ("In Apia, ", "On Monday, ")
_OPENER = re.compile(r"\s*(?:(?:In|On|At|From|Later|Meanwhile|Earlier|But|And)\b[^,]{0,40},\s*)?")
# a plural verb after a name makes it a body of people: "Mansfield Town were beaten"
_PLURAL_VERB = re.compile(r"\s*(?:were|are|have)\b")


def a_person_opening_the_sentence(name: str, want: str, opening: str, after: str) -> bool:
    """Is ``name``, of a kind the cast does not know, the person "he" (``want`` "m") or
    "she" ("f") points to, as the subject of the sentence before? It opens that sentence
    (``opening`` is nothing or a phrase of place or time), no plural verb follows it
    (``after``), and a word before a given name that fits made its kind unknown:
    "Octogenarian Anne, a carer ..., rings the office. She said"."""
    return (
        _OPENER.fullmatch(opening) is not None
        and _PLURAL_VERB.match(after) is None
        and not never_a_person(name)
        and any(given_name(word) == want for word in name.split()[1:])
    )
