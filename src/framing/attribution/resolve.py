"""Stage 3: from a speaker phrase to a source.

A known organisation or capital, a description ("the organization", "the coach") of a
source named before, a pronoun for the most recent speaker it fits, a surname for the
person named in full before, a title and a name, or a collective or anonymous group
("human rights advocates"). A phrase that fits nobody gets a reason instead.

What it can not tell you: a pronoun or a description is matched by kind and recency, not
by meaning; an unknown single capitalised word is read as an organisation.
"""

from __future__ import annotations

import bisect
import re

from .phrases import (
    Phrase,
    PhraseReading,
    country_of,
    describes_person,
    kin_of,
    kin_subject,
    name_words,
    owner_before,
    read_group,
    read_phrase,
    type_of,
    why_not_a_source,
)
from .reading import Entity, last_mention_before
from .words import (
    COMPANY_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    Place,
    given_name,
    is_plural,
    place_names,
)

_PLURAL_SUBJECT = re.compile(
    r"((?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,3}?\s*[a-z]+s)\s+(?:were|are|have|had|say|said|"
    r"gathered|met|marched|protested|complained|warned|told|\w+ed)\b"
)

# A pronoun looks for its speaker among the last few cues of each sentence it reads back
# through (no annotated sentence has more than 3).
_RECENT_CUES = 12

_LEADING_THE = re.compile(r"^(?:the|The)\s+")

_DESCRIPTION_HEADS = frozenset(
    """
organization organisation group charity ngo company firm embassy ministry department
agency government administration official spokesperson spokesman spokeswoman minister
secretary president court judge police army council committee commission club team union
party coach manager lawyer attorney prosecutor senator mayor governor chief leader
institute university office board bank report study statement newspaper broadcaster
campaign watchdog regulator mp analyst expert researcher professor player striker
""".split()
)

_STATE_BODIES = frozenset("ministry department agency government".split())

_ORGISH = frozenset("organization organisation group charity ngo watchdog campaign".split())

_PERSONISH = frozenset("official spokesperson spokesman spokeswoman".split())


def _same_kind(head: str, entity: Entity) -> bool:
    """Can a description's head word be this typed organisation? "the union" is never a
    company that spoke before it, nor "the company" a union."""
    kind = type_of(head)
    return kind == "other" or entity.type in ("other", kind)


def _description_matcher(head: str):
    def matches(entity: Entity) -> bool:
        if head in ORG_WORDS and entity.kind in ("person", "name"):
            return False  # "the council" is never the councillor who spoke before
        words = name_words(entity.name, entity.role)
        if head in words:
            return True
        if head.rstrip("s") in words:
            # "the authors" after "the lead author": a plural is a group, not that one person
            return entity.kind not in ("person", "name")
        if head in _ORGISH:
            return entity.kind in ("org", "group") and (
                entity.type != "government or official" or head == "group"
            )
        if head in ("company", "firm"):
            return entity.type == "business" and entity.kind != "person"
        if head in _PERSONISH:
            return entity.kind == "person" and entity.type in (
                "government or official",
                "police or military",
                "politician",
            )
        if head in ("government", "administration"):
            return entity.kind == "place"
        if head == "court":
            return entity.type == "court" and entity.kind != "person"
        if head == "judge":
            return entity.type == "court" and entity.kind == "person"
        return False

    return matches


class Resolver:
    """Resolving phrases to sources: the third stage of `Engine`."""

    # -- resolution ---------------------------------------------------------------------
    def resolve(
        self, phrase: Phrase, sentence: int, *, forward: bool = False
    ) -> tuple[Entity | None, str]:
        """The entity a speaker phrase refers to, or None and why not."""
        reading = read_phrase(phrase.text)
        not_a_source = why_not_a_source(phrase.text)
        if not_a_source is not None:
            return None, not_a_source
        if reading.pronoun:
            entity, reason = self._pronoun(reading.low, sentence, phrase.start)
            return (self._found(entity, phrase) if entity else None), reason
        if not reading.tokens:
            return None, "no speaker phrase"
        if reading.subject is not None:
            # "a claim Harlow & Finch denied": the name at the end is the subject
            at, words = reading.subject
            offset = phrase.start + at
            return self.resolve(
                Phrase(offset, offset + len(words), words, phrase.role),
                sentence,
                forward=forward,
            )
        entity = self._known_source(reading, phrase, sentence, forward)
        if entity is None:
            entity = self._named_source(reading, phrase, forward)
        return self._found(entity, phrase), ""

    def _known_source(
        self, reading: PhraseReading, phrase: Phrase, sentence: int, forward: bool
    ) -> Entity | None:
        """A known organisation, a capital, or a description of a source named before."""
        if reading.organization is not None:
            name, kind_of_source, country = reading.organization
            return self.entity(name, "org", type=kind_of_source, country=country)
        if reading.capital is not None:
            return self._government(reading.capital)
        if forward and reading.all_titles:
            # a headline's "US Official Warns ...": the first fitting source of the story
            found = self._description(reading.all_titles, sentence, phrase.start, True)
            if found is not None:
                return found
        if reading.description is not None:
            head, name = reading.description
            found = self._description(head, sentence, phrase.start, forward)
            if found is not None:
                if found.type == "other":
                    # "Vaultly ... the company said": the description tells what it is
                    found.type = type_of(head)
                return found
            if head in _DESCRIPTION_HEADS:
                # "the union", "the official": nobody named before; the source is what the text says
                kind = "org" if head in ORG_WORDS else "person"
                return self.entity(name, kind, type=type_of(name, phrase.role), unnamed=True)
        return None

    def _named_source(self, reading: PhraseReading, phrase: Phrase, forward: bool) -> Entity:
        """A group, an organisation's name, or a person: a title and a surname, a full name."""
        if reading.group:
            return self._group(phrase)
        if reading.organization_name:
            return self._org(phrase)
        name = reading.name
        if not name:
            return self._group(phrase)
        role = reading.role  # "Sen." ... "of Texas"
        if len(name) == 1:
            person = self._by_surname(name[0], phrase.start, forward) or self._by_given_name(
                name[0], phrase.start
            )
            if person is None:
                other = self._not_a_person(name[0], role, phrase)
                if other is not None:
                    return other
                person = self.entity(name[0], "person", type="other")
        else:
            full = " ".join(name)
            person = self.entities.get(full.lower()) or self._by_surname(
                name[-1], phrase.start, forward, first=name[0]
            )
            if person is None or person.kind not in ("person", "name"):
                person = self.entity(full, "person", type="other")
        if person.kind == "name":
            # a name that speaks belongs to a person -- unless the words before it say it is an
            # organisation: "Norwegian fund Solvik Kapital", "online retailer Castlegate"
            described = role.split()[-1].lower() if role else ""
            person.kind = "org" if described in ORG_HEADS | COMPANY_WORDS else "person"
        details = " ".join(p for p in (role, phrase.role) if p)
        if details:
            if person.type == "other":
                person.type = type_of(details)
            if not person.country:
                person.country = country_of(details)
            if not person.role:
                person.role = details
        if reading.gender:
            person.gender = person.gender or reading.gender
        return person

    def _not_a_person(self, name: str, role: str, phrase: Phrase) -> Entity | None:
        """A single capitalised word nobody was named by before, if it names no person: an
        acronym, a country, or an organisation ("Brightloop says ..."); None for a person
        ("Ms Ruiz", "Emily")."""
        if name.isupper() and len(name) <= 6:
            return self._org(phrase)  # an acronym: AFP, ICE
        if name.lower() in place_names():
            return self._government(place_names()[name.lower()])
        titled = role and role.split()[0].lower().rstrip(".") in ROLE_WORDS
        if (
            not titled
            and not (phrase.role and describes_person(phrase.role))
            and not given_name(name)  # "Emily said": a first name is a person
        ):
            # news introduces people by full name first; a lone unknown name that is not
            # "Ms Ruiz" is usually an organisation
            return self._org(phrase)
        return None

    def _government(self, place: Place) -> Entity:
        """A country speaking through its capital or its name: "Washington alleged ..." """
        return self.entity(
            f"{place.short} government",
            "place",
            type="government or official",
            country=place.country,
        )

    def _found(self, entity: Entity, phrase: Phrase) -> Entity:
        self.mention(entity, phrase.start, phrase.end)
        return entity

    def _org(self, phrase: Phrase) -> Entity:
        """An organisation named by the phrase ("the Migration Policy Institute")."""
        name = _LEADING_THE.sub("", phrase.text.strip())
        return self.entity(
            name,
            "org",
            type=type_of(name, phrase.role),
            country=country_of(name),
            role=phrase.role,
        )

    def _group(self, phrase: Phrase) -> Entity:
        """A collective or anonymous source: "human rights advocates", "a Western diplomat"."""
        name, kind, kind_of_source, country = read_group(phrase.text, phrase.role)
        return self.entity(
            name,
            kind,
            type=kind_of_source,
            country=country,
            unnamed=True,
            role=phrase.role,
            gender=kin_of(name),  # "Landen's mother" is "she"
        )

    def _by_surname(
        self, surname: str, offset: int, forward: bool, first: str | None = None
    ) -> Entity | None:
        low = surname.lower()
        candidates = [
            e
            for e in self.by_last_word.get(low, ())
            if e.kind in ("person", "name")
            and (first is None or e.name.split()[0].lower() == first.lower())
        ]
        if not candidates:
            return None
        before = [e for e in candidates if e.mentions and e.mentions[0].start < offset]
        pool = before or (candidates if forward or not before else [])
        return max(pool, key=lambda e: e.last_seen if before else -e.order) if pool else None

    def _by_given_name(self, given: str, offset: int) -> Entity | None:
        """The one person named before ``offset`` whose name begins with ``given``: where a
        text calls people by their first name ("home minister Hamzah Zainudin ... Hamzah
        said", "mum Karen Byrne ... Karen said"); None if no one or several."""
        low = given.lower()
        named = [
            e
            for e in self.entities.values()
            if e.kind in ("person", "name")
            and " " in e.name
            and e.name.split()[0].lower() == low
            and e.mentions
            and e.mentions[0].start < offset
        ]
        return named[0] if len(named) == 1 else None

    def _pronoun(self, pronoun: str, sentence: int, offset: int) -> tuple[Entity | None, str]:
        want = PRONOUNS[pronoun]
        if want == "first":
            return (
                None,
                f'"{pronoun}" is the writer or an unnamed speaker: first person',
            )
        # the most recent fitting source wins, so stop at the first one
        candidates = self._recent_subjects(sentence, offset)
        if want in ("m", "f") and (relative := self._kin_subject_before(sentence, offset, want)):
            return relative, ""
        if want in ("m", "f") and (owner := self._owner_before(offset, want)):
            return owner, ""
        if want in ("m", "f"):
            chosen = fallback = None
            for c in candidates:
                if c.gender not in (None, want):
                    continue
                if c.kind == "person":
                    chosen = c
                    break
                if c.kind == "name" and fallback is None:
                    fallback = c  # a capitalised name with no known given name: the last resort
            chosen = chosen or fallback
            if chosen is not None:
                chosen.gender = want
                chosen.kind = "person"
                return chosen, ""
            return None, f'no earlier person fits "{pronoun}"'
        kinds = ("group", "org", "place") if want == "group" else ("org", "place")
        chosen = next((c for c in candidates if c.kind in kinds), None)
        if chosen is not None:
            return chosen, ""
        if want == "group":
            for index in (sentence - 1, sentence):
                if index < 0:
                    continue
                previous = self.article.sentences[index]
                lead = _PLURAL_SUBJECT.match(previous.text)
                if lead and previous.start + lead.end(1) <= offset:
                    phrase = Phrase(previous.start, previous.start + lead.end(1), lead.group(1))
                    return self._found(self._group(phrase), phrase), ""
        return None, f'no earlier source fits "{pronoun}"'

    def _kin_subject_before(self, sentence: int, offset: int, want: str) -> Entity | None:
        """The relative who is the subject of this sentence or, if this one names nobody
        before ``offset``, of the one before ("Landen's mother also wrote a statement.
        "I forgive you," she wrote."), when their gender fits; else None."""
        for index in (sentence, sentence - 1):
            if index < 0:
                return None
            current = self.article.sentences[index]
            found = kin_subject(current.text)
            if found is not None and found[2] == want and current.start + found[1] <= offset:
                start, end = current.start + found[0], current.start + found[1]
                phrase = Phrase(start, end, self.text[start:end])
                return self._found(self._group(phrase), phrase)
            if self._entities_in(index, offset) or any(
                said.cue.start < offset for said in self.said.get(index, ())
            ):
                return None  # someone else is named in between
        return None

    def _owner_before(self, offset: int, want: str) -> Entity | None:
        """The person named before whose office or aides speak right before the pronoun at
        ``offset`` ("Netanyahu's office said he told ..."), if the pronoun fits them."""
        span = owner_before(self.text[max(0, offset - 200) : offset])
        if span is None:
            return None
        start, end = (max(0, offset - 200) + at for at in span)
        name = self.text[start:end]
        if name.isupper() or name.lower() in place_names():
            return None  # "ICE's office", "Israel's embassy": no person
        # a person named before, or else a person all the same: an office that is "he" or
        # "she" speaks for someone ("Netanyahu's office said he told ...")
        person = self.entities.get(name.lower()) or self._by_surname(name.split()[-1], start, False)
        if person is None:
            person = self.entity(name, "person", type="other")
        if person.kind not in ("person", "name") or person.gender not in (None, want):
            return None
        return self._found(person, Phrase(start, end, name))

    def _recent_subjects(self, sentence: int, offset: int):
        """Speakers and sentence subjects, most recent first, up to five sentences back."""
        seen: set[int] = set()
        for index in range(sentence, max(-1, sentence - 6), -1):
            if index < 0:
                break
            for said in reversed(self.said.get(index, [])[-_RECENT_CUES:]):
                if (
                    said.entity is not None
                    and said.cue.start < offset
                    and id(said.entity) not in seen
                ):
                    seen.add(id(said.entity))
                    yield said.entity
            subject = self._subject_entity(index, offset)
            if subject is not None and id(subject) not in seen:
                seen.add(id(subject))
                yield subject
            for other in self._entities_in(index, offset):
                if id(other) not in seen:
                    seen.add(id(other))
                    yield other

    def _entities_in(self, sentence: int, limit: int) -> list[Entity]:
        """Every entity named in a sentence before ``limit``, last named first."""
        # a person named inside a quotation is spoken of, not speaking: "“I have discussed
        # this with Councillor Ruiz,” he said" is not Ruiz
        found = [
            item
            for item in self.by_sentence.get(sentence, ())
            if item[0] < limit and not self.inside_quote(item[0])
        ]
        return [entity for _, entity in sorted(found, key=lambda item: -item[0])]

    def _subject_entity(self, sentence: int, limit: int) -> Entity | None:
        """The first named entity of a sentence: usually its subject."""
        for start, entity in sorted(self.by_sentence.get(sentence, ()), key=lambda item: item[0]):
            if (
                start < limit
                and not self._after_preposition(start)
                and not self.inside_quote(start)
            ):
                return entity
        return None

    def _after_preposition(self, offset: int) -> bool:
        i = bisect.bisect_left(self.word_starts, offset) - 1
        return i >= 0 and self.keys[i] in PREPOSITIONS

    def _description(self, head: str, sentence: int, offset: int, forward: bool) -> Entity | None:
        """The entity "the organization", "the coach" or "the company" points to."""
        matches = _description_matcher(head)
        # mentions are kept in order, so the first one says whether any comes before
        before = [
            e
            for e in self.entities.values()
            if e.mentions and e.mentions[0].start < offset and matches(e)
        ]
        if before:
            return max(before, key=lambda e: last_mention_before(e, offset).start)
        if forward:
            kind = type_of(head)
            speakers = [
                said.entity
                for index in sorted(self.said)
                for said in self.said[index]
                if said.entity is not None and (said.entity.type == kind or matches(said.entity))
            ]
            if speakers:
                return speakers[0]
            after = [e for e in self.entities.values() if matches(e) and e.mentions]
            if after:
                return min(after, key=lambda e: e.mentions[0].start)
        # "the coach", "the company": the most recent speaker of the right kind, nearby
        want_person = head not in ORG_WORDS
        plural = is_plural(head)  # "the authors": a group
        for index in range(sentence, max(-1, sentence - 4), -1):
            for said in reversed(self.said.get(index, [])[-_RECENT_CUES:]):
                entity = said.entity
                if entity is None or said.cue.start >= offset:
                    continue
                if plural and want_person:
                    if entity.kind == "group":
                        return entity
                elif want_person:
                    if entity.kind == "person":
                        return entity
                elif head in _STATE_BODIES:
                    if entity.kind in ("org", "place"):
                        return entity
                elif (
                    (entity.kind == "org" or (entity.kind == "group" and head in _ORGISH))
                    and entity.type != "government or official"
                    and _same_kind(head, entity)
                ):
                    return entity  # "the company", "the group" -- but never "the residents"
        return None
