"""The cast of an article: every person, organisation, place or group the engine meets
while it reads, what the text tells about each, and where the text names each.

This is the one place where that knowledge grows. An `Entity` (a name) and its `Facts`
are frozen records: set-up (`meet_names`, below) meets the names, and a stage that learns
more -- the resolve stage learning that "she" is a woman, or that "the company" is a
business -- calls `Cast.learn`, which puts a new `Facts` in the table. The stages after it
read the table; none changes an entity.

What it can not tell you: the facts are what the text said of an entity *so far* in the
reading order, and an entity is known by its name alone, so two people with one full name
are one entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from ..text import Article
from .agreement import never_a_person
from .page import Run
from .phrases import read_run
from .reading import Entity, Facts, last_mention_before, start_of
from .records import OTHER, Mention
from .words import CAPITAL, PERSON_NOUNS, given_name


class Cast:
    """The entities of one article, their facts and their mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[str, Entity] = {}  # by lowercased name
        self.facts: dict[Entity, Facts] = {}  # what the text tells about each entity so far
        self.mentions: dict[Entity, list[Mention]] = {}  # where the text names it, in order
        self.by_last_word: dict[str, list[Entity]] = {}  # the entities, by their name's last word
        # the entities whose names have two words or more, by the first ("Hamzah Zainudin")
        self.by_first_word: dict[str, list[Entity]] = {}
        self.by_sentence: dict[int, list[tuple[int, Entity]]] = {}  # mentions, sentence by sentence
        # each entity as it is met and each time its facts change, in order: so that an index
        # of the cast (`descriptions.Descriptions`) need only look again at these
        self.changed: list[Entity] = []

    def entity(self, name: str, kind: str, **facts) -> Entity:
        """The entity called ``name``, met now if it is new; ``facts`` the text gives here
        fill in what is not yet known about it."""
        key = name.lower()
        found = self.entities.get(key)
        if found is None:
            found = Entity(name=name, order=len(self.entities))
            first = Facts(kind=kind, **facts)
            if kind == "person" and " " in name and not first.gender:
                # a first name that is strongly one gender helps "he" and "she" find their person
                first = replace(first, gender=given_name(name.split()[0]))
            self.entities[key] = found
            self.facts[found] = first
            self.changed.append(found)
            self.mentions[found] = []
            words = name.lower().split()
            self.by_last_word.setdefault(words[-1] if words else "", []).append(found)
            if len(words) > 1:
                self.by_first_word.setdefault(words[0], []).append(found)
        else:
            known = self.facts[found]
            new = {
                fact: value for fact, value in facts.items() if value and not getattr(known, fact)
            }
            self.learn(found, **new)
        return found

    def learn(self, entity: Entity, **facts) -> None:
        """Record what a stage learned about ``entity``: a new `Facts` replaces the old."""
        if not facts:
            return
        learned = replace(self.facts[entity], **facts)
        if learned != self.facts[entity]:
            self.facts[entity] = learned
            self.changed.append(entity)

    def mention(self, entity: Entity, start: int, end: int) -> None:
        """Note that the text names ``entity`` at [start, end), unless it already does there."""
        mentions = self.mentions[entity]
        # mentions never overlap and are kept in order: only the last one that starts before
        # `end` can overlap this place
        i = bisect.bisect_left(mentions, end, key=start_of)
        if i and mentions[i - 1].end > start:
            return
        sentence = self.article.sentence_at(start)
        index = sentence.index if sentence else -1
        text = self.article.text[start:end]
        mentions.insert(i, Mention(start=start, end=end, text=text, sentence=index))
        self.by_sentence.setdefault(index, []).append((start, entity))

    def longer_name_of(self, name: str) -> Entity | None:
        """The one person met so far whose full name ends with all the words of ``name``, a
        surname of two words or more ("Ó Cuív" of "Éamon Ó Cuív", "Campos Neto" of "Roberto
        Campos Neto"); None if nobody's, or more than one person's, does, or if the words
        before it are no given names ("MAFS’ Mike Gunner")."""
        words = name.lower().split()
        if len(words) < 2:
            return None
        longer = [
            entity
            for entity in self.by_last_word.get(words[-1], ())
            if len(entity.name.split()) > len(words)
            and entity.name.lower().split()[-len(words) :] == words
            and self.facts[entity].kind == "person"
            and not any(w.endswith(("’", "'")) for w in entity.name.split())
        ]
        return longer[0] if len(longer) == 1 else None

    def last_seen(self, entity: Entity) -> int:
        """Where the text names ``entity`` last, or -1."""
        mentions = self.mentions[entity]
        return mentions[-1].start if mentions else -1

    def named_before(self, entity: Entity, offset: int) -> bool:
        """Does the text name ``entity`` before ``offset``? (Its mentions are in order.)"""
        mentions = self.mentions[entity]
        return bool(mentions) and mentions[0].start < offset


# Tyrell “Smoke” Jennings: a quoted nickname between the first name and the surname
_NICKNAMED = re.compile(
    rf"(?<!\w)({CAPITAL}[\w\-]+)\s+[\"“‘']{CAPITAL}[^\"”’'\n]{{0,20}}[\"”’']\s+({CAPITAL}[\w\-]+)"
)

_PERSON_APPOSITIVE = re.compile(
    r",\s*(?:\d{1,3}\s*,|who\b|whose\b|(?:a|an|the)\s+(?:[\w\-’']+\s+){0,3}?([a-z]+)\b[,.])"
)


def meet_names(article: Article, runs: Sequence[Run], headline: tuple[int, int]) -> Cast:
    """The cast the stages start with: the people, organisations and groups named anywhere
    in the article (outside the headline, ``headline`` = its (start, end) or (-1, -1)), so
    that surnames, pronouns and descriptions can find them."""
    cast = Cast(article)
    text = article.text
    # every word of a headline is capitalised: its runs (if any) are left out
    run_starts = [start for start, _, _ in runs]
    first = bisect.bisect_left(run_starts, headline[0])
    after = bisect.bisect_left(run_starts, headline[1])
    singles = _meet_runs(cast, text, runs[:first] + runs[after:] if after > first else runs)
    for match in _NICKNAMED.finditer(text):
        # Tyrell “Smoke” Jennings: the quoted nickname splits the name in two
        full = f"{match.group(1)} {match.group(2)}"
        cast.mention(cast.entity(full, "person", type=OTHER), match.start(), match.end())
    _meet_surnames(cast, singles)
    return cast


def _meet_runs(cast: Cast, text: str, runs: Sequence[Run]) -> list[tuple[int, int, str]]:
    """Meet the names of runs of two or more capitalised words; return the single words
    (start, end, word), which may be surnames of people met here."""
    singles = []
    for run_start, run_end, tokens in runs:
        if len(tokens) < 2:
            singles.append((run_start, run_end, tokens[0]))
            continue
        reading = read_run(tokens)
        if reading is None:
            continue
        what, name, kind, kind_of_source, country, prefix = reading
        if what == "single":  # "For Moreno"
            singles.append((run_end - len(name), run_end, name))
            continue
        if what == "org":
            # an organisation: known, so that "the charity" can find it later
            org = cast.entity(name, "org", type=kind_of_source, country=country)
            cast.mention(org, run_start, run_end)
            continue
        if kind == "name" and _described_as_person(text, run_end) and not never_a_person(name):
            kind = "person"  # "Fatuma Ali, 41, ...", "Tamsin Okoro, a researcher, ..."
        longer = cast.longer_name_of(name)  # "Mr Ó Cuív" after "Éamon Ó Cuív"
        known = longer.name if longer is not None else name
        entity = cast.entity(known, kind, type=kind_of_source, country=country, role=prefix)
        offset = text.find(name, run_start, run_end + 1)
        if offset >= 0:
            cast.mention(entity, offset, offset + len(name))
    return singles


def _meet_surnames(cast: Cast, singles: list[tuple[int, int, str]]) -> None:
    """A lone word that is the surname of someone named earlier is a mention of them. Of
    two people with one surname, it is the one the text already calls by it, else the one
    named last ("Darryl Cleeve ... Adam Cleeve ... Mr Cleeve" is Adam; "Declan O'Neill ...
    O'Neill ... his brother, Pádraig O'Neill ... O'Neill" stays Declan)."""
    surnames: dict[str, list[Entity]] = {}
    for entity in cast.entities.values():
        surnames.setdefault(cast.facts[entity].surname(entity.name), []).append(entity)
    called: dict[str, Entity] = {}
    for run_start, run_end, word in singles:
        low = word.lower()
        named = [e for e in surnames.get(low, ()) if cast.named_before(e, run_start)]
        if not named:
            continue
        entity = called.get(low) or max(
            named, key=lambda e: last_mention_before(cast.mentions[e], run_start).start
        )
        called[low] = entity
        cast.mention(entity, run_start, run_end)


def _described_as_person(text: str, end: int) -> bool:
    """Does an age, "who" or a person noun follow the name: "Ana Ruiz, 41, ..."?"""
    after = _PERSON_APPOSITIVE.match(text, end, end + 80)
    return bool(after) and (after.group(1) is None or after.group(1).lower() in PERSON_NOUNS)
