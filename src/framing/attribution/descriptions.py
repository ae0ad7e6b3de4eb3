"""Descriptions: which source "the company", "the coach" or "the Minister" stands for.

A description points back to a source the text named before: the one it fits (`_describes`:
"the council" is never the councillor who spoke, "the company" is a business) that was named
last (`Descriptions.description`), the person given that role beside their name ("manager
Graham Coughlan ... The boss says": `Descriptions.given_the_role`), the named holder of a
capitalised title ("the Minister": `Descriptions.holder_of_title`), or else the most recent
speaker of the right kind a few sentences back. In a headline it looks ahead instead, to
the story's first fitting source. `Descriptions` keeps, for each head word, the entities of
the cast it fits, up to date as the cast meets entities and learns about them.

Reads: the cast (`cast.Cast`: the entities met, their facts and mentions), the text, and
``said`` (the cues found so far with their speakers), read-only. The resolve stage
(`resolve.Resolver`) composes it and asks it; what resolution learns from a description it
puts in the cast itself.

What it can not tell you: a description is matched by its head word, the kind and type the
cast knows and recency, not by meaning: "the company" is the business named last, even
where the text means another; a description nobody named before fits stays a source of its
own (`resolve`), or none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .agreement import roles_conflict
from .cast import Cast
from .phrases import name_words
from .reading import RECENT_CUES, Entity, Facts, Said, last_mention_before
from .records import BUSINESS, COURT, GOVERNMENT, OTHER, POLICE, POLITICIAN
from .type_words import head_word, type_of, type_of_country_name
from .words import (
    DOCUMENT_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    is_plural,
    people_word,
)

__all__ = ["Descriptions"]

# a description that names a role by another word: "The boss says" after "manager Graham
# Coughlan" (a football club's or a firm's boss is its manager, coach or chief)
_ROLE_SYNONYMS = {"boss": frozenset("manager coach chief head director".split())}

# an anonymous source is never a speaker the text names: "the insider" after "Page Six
# reported" is one of the sources, not the outlet
_ANONYMOUS_HEADS = frozenset("source insider".split())

_STATE_BODIES = frozenset("ministry department agency government".split())
# bodies whose name says they are not the state: "the government" after "The Korean Medical
# Association said" is the government it argues with, not the association
_NOT_STATE = re.compile(
    r"\b(?:Association|Union|Federation|Society|Congress|Foundation|Party|Alliance|Coalition)$"
)

_ORGISH = frozenset("organization organisation group charity ngo watchdog campaign".split())

_PERSONISH = SPOKESPEOPLE | {"official"}


def _same_kind(head: str, facts: Facts) -> bool:
    """Can a description's head word be this typed organisation? "the union" is never a
    company that spoke before it, nor "the company" a union."""
    kind = type_of(head)
    return kind == OTHER or facts.type in (OTHER, kind)


def _describes(head: str, name: str, facts: Facts) -> bool:
    """Can "the <head>" ("the council", "the company", "the judge") be the entity called
    ``name`` with these facts?"""
    if head in ORG_WORDS and facts.kind in ("person", "name"):
        return False  # "the council" is never the councillor who spoke before
    words = name_words(name, facts.role)
    if (
        head in words
        and people_word(head)
        and (facts.kind == "person" or name.lower().split()[-1] != head)
    ):
        return False  # "the workers" are no one person, nor the Workers' Federation
    if head in words or _ROLE_SYNONYMS.get(head, frozenset()) & words:
        return True
    if head.rstrip("s") in words:
        # "the authors" after "the lead author": a plural is a group, not that one person
        return facts.kind not in ("person", "name")
    if head in _ORGISH:
        return facts.kind in ("org", "group") and (facts.type != GOVERNMENT or head == "group")
    if head in ("company", "firm"):
        return facts.type == BUSINESS and facts.kind != "person"
    if head in _PERSONISH:
        return facts.kind == "person" and facts.type in (
            GOVERNMENT,
            POLICE,
            POLITICIAN,
        )
    if head in ("government", "administration"):
        return facts.kind == "place"
    if head == "court":
        return facts.type == COURT and facts.kind != "person"
    if head == "judge":
        return facts.type == COURT and facts.kind == "person"
    return False


# how many of a person's first mentions are read for a role given beside the name
_ROLE_GIVEN_WITHIN = 3


def _qualifier_in(qualifier: str, words: str) -> bool:
    """Is the qualifier among ``words``, a country and its adjective counting as one
    ("Australian" for "Australia", "Pakistani" for "Pakistan")?"""
    for word in re.findall(r"[a-z]+", words):
        short, long = sorted((word, qualifier), key=len)
        if long == short or (
            len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2
        ):
            return True
    return False


class Descriptions:
    """The entities of a cast that each description ("the company", "the official") can be
    (`_describes`), kept up to date as the cast meets entities and learns about them, and
    which of them a description in the text stands for. It reads the cast, the text and
    ``said``; it never writes the cast (the resolve stage does)."""

    def __init__(self, cast: Cast, text: str, said: Mapping[int, Sequence[Said]]) -> None:
        self.cast = cast
        self.text = text
        self.said = said  # sentence -> cues with speakers, so far (read-only)
        # head word -> (how much of the cast's log of changes it has read, the entities it fits)
        self.by_head: dict[str, tuple[int, set[Entity]]] = {}

    def fitting(self, head: str) -> set[Entity]:
        """The entities "the <head>" can be, given what the cast knows now."""
        read, fits = self.by_head.get(head, (0, set()))
        for entity in self.cast.changed[read:]:
            if _describes(head, entity.name, self.cast.facts[entity]):
                fits.add(entity)
            else:
                fits.discard(entity)
        self.by_head[head] = (len(self.cast.changed), fits)
        return fits

    def given_the_role(self, head: str, offset: int) -> Entity | None:
        """The person the text gave the role ``head`` (or a word for it, `_ROLE_SYNONYMS`)
        beside their name before ``offset`` ("manager Graham Coughlan has reflected ... The
        boss says"), the last one named; None if nobody, or if ``head`` is no person's role."""
        if head in ORG_WORDS or not (
            head in ROLE_WORDS or head in PERSON_NOUNS or head in _ROLE_SYNONYMS
        ):
            return None
        words = {head} | _ROLE_SYNONYMS.get(head, frozenset())
        given = [
            entity
            for entity, facts in self.cast.facts.items()
            if facts.kind in ("person", "name")
            and self.cast.named_before(entity, offset)
            and self._role_beside_name(entity, words, offset)
        ]
        if not given:
            return None
        return max(given, key=lambda e: last_mention_before(self.cast.mentions[e], offset).start)

    def _role_beside_name(self, entity: Entity, roles: set[str], offset: int) -> bool:
        """Does one of ``roles`` stand right before a mention of ``entity`` before ``offset``
        ("manager Graham Coughlan", "Stags manager Coughlan"), or in the appositive right
        after it ("Graham Coughlan, the Stags manager,")?"""
        role = "|".join(sorted(re.escape(r) for r in roles))
        before = re.compile(rf"\b(?i:{role})[ \t]+$")
        after = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){{0,2}}(?i:{role})\b")
        for mention in self.cast.mentions[entity]:
            if mention.start >= offset:
                break
            if before.search(self.text, max(0, mention.start - 60), mention.start) or after.match(
                self.text, mention.end
            ):
                return True
        return False

    def holder_of_role_in(
        self, head: str, qualifiers: tuple[str, ...], offset: int
    ) -> Entity | None:
        """The person "the Warriors coach" or "the Australian captain" describes: the last
        one named before ``offset`` with the role word ``head`` right before or after a
        mention, and each qualifier there too ("Warriors coach Nathan Brown", "Australia
        captain Steve Waugh": a country and its adjective are one qualifier). None when
        nobody named holds that role in that body."""
        role = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        held = [
            entity
            for entity, facts in self.cast.facts.items()
            if facts.kind in ("person", "name")
            and self.cast.named_before(entity, offset)
            and self._holds_role_in(entity, role, qualifiers, 0, offset)
        ]
        if not held:
            return None
        return max(held, key=lambda e: last_mention_before(self.cast.mentions[e], offset).start)

    def named_further_on(
        self, head: str, qualifiers: tuple[str, ...], offset: int
    ) -> Entity | None:
        """The person a description of one ("A coroner has found ...", "the Harrison County
        sheriff") stands for when the text names them only further on, with that role
        beside the name ("coroner Jo Lees", "Harrison County Sheriff Troy Peterson"): the
        one person who holds it there. None when someone named before holds it (the
        description points back), or when two people named further on do."""
        role = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        end = len(self.text)
        people = [e for e, f in self.cast.facts.items() if f.kind in ("person", "name")]
        if any(self._holds_role_in(e, role, qualifiers, 0, offset) for e in people):
            return None
        held = [e for e in people if self._holds_role_in(e, role, qualifiers, offset, end)]
        return held[0] if len(held) == 1 else None

    def _holds_role_in(
        self,
        entity: Entity,
        role: re.Pattern[str],
        qualifiers: tuple[str, ...],
        start: int,
        end: int,
    ) -> bool:
        """Do the role word and every qualifier stand in the words right before a mention of
        ``entity`` between ``start`` and ``end`` ("Harrison County Sheriff Troy Peterson"),
        or in the appositive right after it ("Bella Frizza, a Sea FM radio host,")? Not a
        role the name only follows ("a spokesperson for Mr Constance")."""
        role_last = re.compile(rf"{role.pattern}[\s,]*$", re.IGNORECASE)
        # news gives a role where it names someone first, so only the first few places that
        # name them are read (not "he" or a description that stands for them)
        surname = entity.name.split()[-1]
        named = [m for m in self.cast.mentions[entity] if surname in m.text]
        for mention in named[:_ROLE_GIVEN_WITHIN]:
            if mention.start < start:
                continue
            if mention.start >= end:
                break
            # the role word right before the name, with this sentence's words before it
            before = self.text[max(0, mention.start - 60) : mention.start].rsplit(".", 1)[-1]
            # or in the appositive right after it, up to its comma
            after = self.text[mention.end : mention.end + 60].split(".", 1)[0]
            after = after[1:].split(",", 1)[0] if after.startswith(",") else ""
            for words, place in ((before, role_last), (after, role)):
                if place.search(words) and all(_qualifier_in(q, words.lower()) for q in qualifiers):
                    return True
        return False

    def holder_of_title(
        self, head: str, qualifiers: tuple[str, ...], offset: int, forward: bool
    ) -> Entity | None:
        """The person "the Minister" or "the Tory MP" describes: the last one named before
        ``offset`` whose title has ``head`` and its ``qualifiers`` ("Information Minister
        Arthur Williams"), or in a headline the first one named below; None when nobody
        named holds it, and the phrase is read as a name, as before."""
        holders = [
            entity
            for entity in self.fitting(head)
            if self.cast.facts[entity].kind in ("person", "name")
            and set(qualifiers) <= name_words(entity.name, self.cast.facts[entity].role)
        ]
        before = [e for e in holders if self.cast.named_before(e, offset)]
        if before:
            return max(
                before, key=lambda e: last_mention_before(self.cast.mentions[e], offset).start
            )
        if not qualifiers:
            given = self.given_the_role(head, offset)
            if given is not None:
                return given
        below = [e for e in holders if self.cast.mentions[e]] if forward else []
        return min(below, key=lambda e: self.cast.mentions[e][0].start) if below else None

    def description(self, head: str, sentence: int, offset: int, forward: bool) -> Entity | None:
        """The entity "the organization", "the coach" or "the company" points to: the one
        it fits that the text named last before ``offset``."""
        fitting = self.fitting(head)
        before = [e for e in fitting if self.cast.named_before(e, offset)]
        if before:
            return max(
                before,
                key=lambda e: (last_mention_before(self.cast.mentions[e], offset).start, -e.order),
            )
        if forward:
            # a headline's "Canada calls ...": the first of the government's sources
            kind = type_of_country_name(head) or type_of(head)
            speakers = [
                said.entity
                for index in sorted(self.said)
                for said in self.said[index]
                if said.entity is not None
                and (self._of_its_kind(said.entity, head, kind) or said.entity in fitting)
            ]
            if speakers:
                return speakers[0]
            after = [e for e in fitting if self.cast.mentions[e]]
            if after:
                return min(after, key=lambda e: (self.cast.mentions[e][0].start, e.order))
        return self._recent_speaker_described(head, sentence, offset)

    def _of_its_kind(self, entity: Entity, head: str, kind: str) -> bool:
        """Is ``entity`` of the type a headline's description names, and a body where the
        description names a body? "The union urges ..." is the union's, never its president's,
        who has the union's type."""
        facts = self.cast.facts[entity]
        return facts.type == kind and not (head in ORG_WORDS and facts.kind in ("person", "name"))

    def _recent_speaker_described(self, head: str, sentence: int, offset: int) -> Entity | None:
        """ "the coach", "the company": the most recent speaker of the right kind, up to three
        sentences back."""
        want_person = head not in ORG_WORDS
        plural = is_plural(head)  # "the authors": a group
        if want_person and not plural and head not in PERSON_NOUNS:
            return None  # "the slowdown raises concerns": a thing, not the last speaker
        for index in range(sentence, max(-1, sentence - 4), -1):
            for said in reversed(self.said.get(index, [])[-RECENT_CUES:]):
                if said.entity is None or said.cue.start >= offset:
                    continue
                facts = self.cast.facts[said.entity]
                if head in _ANONYMOUS_HEADS:
                    if facts.unnamed and facts.kind in ("person", "group"):
                        return said.entity  # "sources say ... says the insider"
                elif plural and want_person:
                    # (a statement is no people: "The owners said" after "A media statement
                    # following the meeting said")
                    if facts.kind == "group" and head_word(said.entity.name) not in DOCUMENT_NOUNS:
                        return said.entity
                elif want_person:
                    # "the homeowner" is not the police spokesperson who spoke before
                    if facts.kind == "person" and not roles_conflict(type_of(head), facts.type):
                        return said.entity
                elif head in _STATE_BODIES:
                    if facts.kind in ("org", "place") and not _NOT_STATE.search(said.entity.name):
                        return said.entity
                elif (
                    (facts.kind == "org" or (facts.kind == "group" and head in _ORGISH))
                    and facts.type != GOVERNMENT
                    and _same_kind(head, facts)
                ):
                    return said.entity  # "the company", "the group" -- but never "the residents"
        return None
