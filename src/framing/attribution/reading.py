"""What the engine holds while it reads an article: the entities it has met, the cues it
found, and which entity speaks through each cue."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .phrases import Phrase
from .records import Mention


@dataclass(slots=True)
class Entity:
    """A person, organisation, place or group while the engine reads the article."""

    name: str
    kind: str  # person | org | place | group
    type: str = "other"
    country: str | None = None
    unnamed: bool = False
    role: str = ""
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    order: int = 0

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.kind in ("person", "name") else ""

    @property
    def last_seen(self) -> int:
        return self.mentions[-1].start if self.mentions else -1


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
    cues: list[CueMatch] = field(default_factory=list)
    cue_starts: set[int] = field(default_factory=set)
    quotes: set[int] = field(default_factory=set)
    content: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Said:
    """A cue with the entity that speaks through it."""

    cue: CueMatch
    entity: Entity | None
    reason: str
    phrase: Phrase | None


def last_mention_before(entity: Entity, offset: int) -> Mention:
    """The entity's last mention that starts before ``offset`` (its mentions are in order)."""
    return entity.mentions[bisect.bisect_left(entity.mentions, offset, key=start_of) - 1]


def start_of(item: Mention | CueMatch) -> int:
    return item.start


def by_cue_start(said: Said) -> int:
    return said.cue.start
