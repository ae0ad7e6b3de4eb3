"""The cast of an article: every person, organisation, place or group the engine meets
while it reads, what the text tells about each, and where the text names each.

This is the one place where that knowledge grows. An `Entity` (a name) and its `Facts`
are frozen records: set-up (`Engine._scan_names`) meets the names, and a stage that learns
more -- the resolve stage learning that "she" is a woman, or that "the company" is a
business -- calls `Cast.learn`, which puts a new `Facts` in the table. The stages after it
read the table; none changes an entity.

What it can not tell you: the facts are what the text said of an entity *so far* in the
reading order, and an entity is known by its name alone, so two people with one full name
are one entity.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..text import Article
from .reading import Entity, Facts, start_of
from .records import Mention
from .words import given_name


class Cast:
    """The entities of one article, their facts and their mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: dict[str, Entity] = {}  # by lowercased name
        self.facts: dict[Entity, Facts] = {}  # what the text tells about each entity so far
        self.mentions: dict[Entity, list[Mention]] = {}  # where the text names it, in order
        self.by_last_word: dict[str, list[Entity]] = {}  # the entities, by their name's last word
        self.by_sentence: dict[int, list[tuple[int, Entity]]] = {}  # mentions, sentence by sentence

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
            self.mentions[found] = []
            last_word = name.split()[-1].lower() if name.split() else ""
            self.by_last_word.setdefault(last_word, []).append(found)
        else:
            known = self.facts[found]
            new = {
                fact: value for fact, value in facts.items() if value and not getattr(known, fact)
            }
            self.learn(found, **new)
        return found

    def learn(self, entity: Entity, **facts) -> None:
        """Record what a stage learned about ``entity``: a new `Facts` replaces the old."""
        if facts:
            self.facts[entity] = replace(self.facts[entity], **facts)

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

    def last_seen(self, entity: Entity) -> int:
        """Where the text names ``entity`` last, or -1."""
        mentions = self.mentions[entity]
        return mentions[-1].start if mentions else -1

    def named_before(self, entity: Entity, offset: int) -> bool:
        """Does the text name ``entity`` before ``offset``? (Its mentions are in order.)"""
        mentions = self.mentions[entity]
        return bool(mentions) and mentions[0].start < offset
