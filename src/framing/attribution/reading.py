"""The records the stages hand each other while the engine reads an article: the entities
met and their facts, the cues found, and which entity speaks through each cue (`Said`).
What is read once from the article is in `page.Page`.

All of these records are frozen except `Slot`, the sources stage's own working notes.
What it can not tell you: an entity's facts are what the text said of it *so far*; the
cast's table (`Cast.facts`) has the latest `Facts` for each entity.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..quotes import Quote
from .phrases import Phrase
from .records import OTHER, Mention


@dataclass(frozen=True, slots=True, eq=False)
class Entity:
    """A person, organisation, place or group the engine meets while it reads the article:
    only its name and the order it was met in. Two entities are the same only if they are
    the same object. What the text tells about an entity is in its `Facts`, and where the
    text names it in its mentions, both kept by the engine beside it."""

    name: str
    order: int = 0

    @property
    def key(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Facts:
    """What the engine knows about an entity so far. Set-up gives the first facts; a stage
    that learns more (the resolve stage: "she" is a woman, "the company" a business) puts a
    new `Facts` in the cast's table with `Cast.learn`, never changing this one."""

    kind: str  # person | org | place | group | name (a capitalised name, kind not yet known)
    type: str = OTHER
    country: str | None = None
    unnamed: bool = False
    role: str = ""
    gender: str | None = None

    def surname(self, name: str) -> str:
        """The last word of a person's name, lowercased; "" for anything else."""
        return name.split()[-1].lower() if self.kind in ("person", "name") else ""


@dataclass(frozen=True, slots=True)
class CueMatch:
    """Words that attribute, as the engine reads them: where, the verb's lemma, whether it
    takes a reported clause, its word indices and its form."""

    start: int
    end: int
    lemma: str
    clause: bool
    words: tuple[int, int]  # word indices [first, last + 1)
    form: str  # "past", "present", "base", "participle", "according", "colon", "dash"


@dataclass(slots=True)
class Slot:
    """What one sentence says of one source, while the records are made."""

    kinds: set[str] = field(default_factory=set)
    cues: dict[int, CueMatch] = field(default_factory=dict)  # by where the cue starts: one each
    quotes: set[int] = field(default_factory=set)
    content: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Said:
    """A cue with the entity that speaks through it."""

    cue: CueMatch
    entity: Entity | None
    reason: str
    phrase: Phrase | None


# A pronoun or a description looks for its speaker among the last few cues of each sentence
# it reads back through (no annotated sentence has more than 3).
RECENT_CUES = 12


def has_spoken(
    said: Mapping[int, list[Said]], entity: Entity, *, elsewhere_than: int | None = None
) -> bool:
    """Has ``entity`` spoken through a cue read so far (``said``: sentence -> its cues), in
    a sentence other than ``elsewhere_than`` if one is given?"""
    return any(
        found.entity is entity
        for index, in_sentence in said.items()
        if index != elsewhere_than
        for found in in_sentence
    )


def last_mention_before(mentions: list[Mention], offset: int) -> Mention:
    """The last of an entity's mentions (kept in order) that starts before ``offset``."""
    return mentions[bisect.bisect_left(mentions, offset, key=start_of) - 1]


def start_of(item: Mention | CueMatch | Quote) -> int:
    return item.start


def by_cue_start(said: Said) -> int:
    return said.cue.start
