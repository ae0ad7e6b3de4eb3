"""Relatives named by their tie to someone: "Landen's mother", "the boy's father", "His
wife Debra". A kin word says a person's gender, and a relative who opens a sentence is its
subject, not the person whose relative they are ("Ruiz's mother cried, saying ...").

Reads a phrase's or a sentence's words alone: `phrases.read_group` reads a relative as
one person (`kin_of`), and the speaker and resolve stages find a relative who opens a
sentence (`kin_subject`, `kin_named_subject`), so that "she" can be Landen's mother. The
kin words and their genders are ``words.KIN_GENDER``; `gender_of_noun` also reads the
nouns that say a person's sex ("one woman", "a man").

What it can not tell you: a relative named without the person they are related to ("the
mother") is no relative here, only a woman; a kin word the list lacks is read as an
ordinary word; and a relative's job ("Taylor's father, Police Chief Pete Taylor") is the
source types' question (`source_types`).
"""

from __future__ import annotations

import re

from .type_words import head_word
from .words import CAPITAL, KIN_GENDER

# a word that may open a sentence before its subject: "But his wife ...", "Later, her son ..."
_OPENER = r"(?:(?:But|And|Later|Meanwhile|Earlier),?\s+)?"
_KIN_WORDS = "|".join(sorted(KIN_GENDER))

# "Landen's mother", "the boy's father": a possessive, up to two words, then a kin word
_KIN = re.compile(
    rf"(?:{CAPITAL}[\w\-]*|[Tt]he\s+[a-z\-]+)['’]s?\s+(?:[a-z\-]+\s+){{0,2}}?"
    rf"({_KIN_WORDS})\b"
)

# a sentence that opens with one, maybe after "But" or "Later,": its subject -- unless a
# name follows ("Jaylen's mother, Tanya Brooks, said"): then the name is
_KIN_SUBJECT = re.compile(rf"{_OPENER}({_KIN.pattern})(?!,?\s+{CAPITAL})")


# nouns that say a person's sex: "one woman", "a man", "the boy"
_SEXED_NOUNS = {
    **dict.fromkeys("woman girl lady".split(), "f"),
    **dict.fromkeys("man boy gentleman".split(), "m"),
}


def gender_of_noun(phrase: str) -> str | None:
    """The gender of a person described by a noun that says it ("one woman", "another
    woman", "a man", "the mother"), else None. Plurals ("women") are no one person."""
    head = head_word(phrase)
    return _SEXED_NOUNS.get(head) or KIN_GENDER.get(head)


def kin_of(phrase: str) -> str | None:
    """The gender ("f" or "m") of a relative named by their tie to someone, else None:
    "Landen's mother" -> "f"; "the boy's father" -> "m"; "the mother" -> None."""
    match = _KIN.fullmatch(phrase.strip())
    return KIN_GENDER[match.group(1)] if match else None


# "His wife Debra picks through ...", "Her son, Jake Ruiz, said": a relative who opens the
# sentence, named right after the tie; the name is the subject
_KIN_THEN_NAME = re.compile(
    rf"{_OPENER}(?:His|Her|Their|{CAPITAL}[\w\-]*['’]s?)\s+"
    rf"(?:[a-z\-]+\s+){{0,2}}?({_KIN_WORDS}),?\s+"
    rf"({CAPITAL}[\w'’\-]+(?:\s+{CAPITAL}[\w'’\-]+)?)\b(?!['’])"
)


def kin_named_subject(sentence: str) -> tuple[int, int, str] | None:
    """(start, end, gender) of the name of a relative who opens ``sentence`` as its subject,
    named right after the tie ("His wife Debra picks up a toy."), else None.

    >>> kin_named_subject("His wife Debra picks up a toy.")
    (9, 14, 'f')
    """
    match = _KIN_THEN_NAME.match(sentence)
    if match is None:
        return None
    return match.start(2), match.end(2), KIN_GENDER[match.group(1)]


def kin_subject(sentence: str) -> tuple[int, int, str] | None:
    """(start, end, gender) of a relative that opens ``sentence`` as its subject
    ("Landen's mother also wrote a statement."), else None."""
    match = _KIN_SUBJECT.match(sentence)
    if match is None:
        return None
    return match.start(1), match.end(1), KIN_GENDER[match.group(2)]
