"""Stage 3: from a speaker phrase to a source.

A known organisation or capital, a description ("the organization", "the coach") of a
source named before, a pronoun for the most recent speaker it fits, a surname for the
person named in full before, a title and a name, or a collective or anonymous group
("human rights advocates"). A phrase that fits nobody gets a reason instead.

This is the one place a pronoun is resolved: `Resolver._pronoun` ("she" is the most recent
speaker or sentence subject, up to five sentences back, that can be a woman: see
`_recent_subjects` and `_person_for`; or the one person named before who holds the role
that is the last clause's subject just before it, "..., but the mayor spoke up. “No,” he
said": `_described_subject_before`, the clauses found by `role_clauses`), after the
agreement checks of `agreement` ("they" is the plural or the body its sentence opens
with, a private person is no institution's spokesperson, "she" is never a newspaper). A
description ("the company", "the coach", "the Minister", capitalised) is the source
`descriptions` finds it stands for; a lone "another" is another of the people "one
supporter" named just before it (`_another_of_them`). Resolution never changes an
`Entity`: what it learns ("she" is a woman, "the company" a business, "Sen. Ruiz" a
politician) goes into a new `Facts` record through `Cast.learn`, which the later stages
read.

Reads: the page (`page.Page`), and ``said``, the cues found so far with their speakers
(read-only: the engine writes it). Writes: the cast (`cast.Cast`), the only stage that
does -- the entities it meets, what it learns of them, and where the text names them.

What it can not tell you: a pronoun or a description is matched by kind and recency, not
by meaning; an unknown single capitalised word is read as an organisation (unless "he" or
"she" follows it with no person before it that fits: then it is a surname).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from .agreement import (
    a_person_opening_the_sentence,
    collective_opening,
    lone_unknown_name,
    names_an_outlet,
    never_a_person,
    roles_conflict,
)
from .cast import Cast
from .descriptions import Descriptions
from .kin import gender_of_noun, kin_named_subject, kin_of, kin_subject
from .not_a_source import (
    DOCUMENT_WITHOUT_AUTHOR,
    ELLIPTIC_WORDS,
    is_caption,
    why_not_a_source,
)
from .page import Page
from .phrases import (
    Phrase,
    PhraseReading,
    capitalised_title,
    describes_person,
    description_of_one,
    owner_before,
    qualified_role,
    read_group,
    read_phrase,
    variation_head,
    words_of,
)
from .reading import RECENT_CUES, Entity, Said, has_spoken, last_mention_before
from .records import GOVERNMENT, OTHER
from .role_clauses import RoleClauses
from .spelling import as_printed
from .surnames import SHARED_SURNAME, two_speakers_share
from .type_words import country_of, type_of
from .words import (
    COMPANY_WORDS,
    DOCUMENT_NOUNS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
    Place,
    given_name,
    place_names,
)

_PLURAL_SUBJECT = re.compile(
    r"((?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,3}?\s*[a-z]+s)\s+(?:were|are|have|had|say|said|"
    r"gathered|met|marched|protested|complained|warned|told|\w+ed)\b"
)

# A pronoun looks back five sentences for whom it means; the sentences of a quotation that
# runs on for paragraphs name nobody who speaks, so they do not count (up to a limit).
_SENTENCES_BACK = 5
_QUOTED_SENTENCES_SKIPPED = 30

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

# Why a speaker phrase finds no source, as the ledger shows it ("Speaker unclear: ...");
# the pronoun ones are filled in with the pronoun
NO_WORDS = "where a name would go, the kit found no words"
FIRST_PERSON = '"{pronoun}" means the writer or a speaker the text does not name'
NO_PERSON_FITS = 'no person named earlier can be "{pronoun}"'
NO_SOURCE_FITS = 'no source named earlier can be "{pronoun}"'
SEVERAL_HOLDERS = 'more than one person named before could be "{description}"'

# "one supporter", "a local resident": one person named by a noun, up to three lowercase
# words after the article
_ONE_PERSON = re.compile(r"\b(?:[Oo]ne|[Aa]n?)\s+((?:[a-z][a-z-]*\s*){1,3})")
# two people named together as a sentence's subject: "Waqas Hussain, 32, and Haleema
# Younas, 34, live ..."
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}"
_PAIR_SUBJECT = re.compile(rf"({_NAME})(?:,\s*\d{{1,3}},)?\s+and\s+{_NAME}\b")


def _person_of_org(reading: PhraseReading) -> bool:
    """Is the phrase a person's name, then "of" or "from" and an organisation ("Kwame Mensah
    of Tarrow University", "Dr Ana Ruiz from the Tarrow Trust")? The organisation is their
    role, not the speaker."""
    tokens = reading.tokens
    if len(reading.name) < 2:
        return False
    last = max(i for i, token in enumerate(tokens) if token == reading.name[-1])
    return last + 1 < len(tokens) and tokens[last + 1] in ("of", "from")


def _headline_title(tokens: tuple[str, ...]) -> str:
    """The title word that ends a headline's short capitalised phrase ("Tarrow Mayor",
    "Labour MP": a place or a party, then the title), or ""."""
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
        return ""
    last = tokens[-1].lower()
    return last if last in ROLE_WORDS else ""


def _a_persons_title(word: str) -> bool:
    """Is ``word`` a person's title or job before a name: a title ("Sgt."), a job with a type
    ("officer"), a job in lowercase ("investigating officer"), or a compound title
    ("Secretary-General")? Not a capitalised role word with no type, which is mostly an
    adjective there ("National" in "the National Wildland Fire Registry")."""
    low = word.lower().rstrip(".")
    if low not in ROLE_WORDS:
        return False
    return word.islower() or "-" in low or low in TITLE_WORDS or type_of(low) != OTHER


# How many sentences back a role given beside a name ("Tom Okoro, the coach,") is read: an
# article's length; a role given in an earlier article of a pasted folder is not this one's.
_ROLE_REACH = 120


class Resolver:
    """Resolving phrases to sources: the third stage. It reads the page and the cues found
    so far with their speakers (``said``, read-only: the engine writes it), and it is the
    one stage that writes the cast: the entities it meets, what it learns about them
    (`Cast.learn`) and where the text names them (`Cast.mention`)."""

    def __init__(self, page: Page, cast: Cast, said: Mapping[int, Sequence[Said]]) -> None:
        # what this stage reads of the page
        self.article = page.article
        self.text = page.text
        self.inside_quote = page.inside_quote
        self.in_one_quotation = page.in_one_quotation
        self._after_preposition = page.after_preposition
        self.said = said  # sentence -> cues with speakers, so far
        self.headline = page.headline  # (start, end), or (-1, -1)
        self.cast = cast  # the entities met so far: this stage adds to it
        # who "the company", "the official" can be
        self.descriptions = Descriptions(cast, page.text, said)
        # "the mayor" opening a clause: whom "he" after it can mean
        self.role_clauses = RoleClauses(page)

    # -- resolution ---------------------------------------------------------------------
    def is_named(self, entity: Entity) -> bool:
        """Has the text given the source a name ("Jenny Hill", not only "the mayor")?"""
        return not self.cast.facts[entity].unnamed

    def _person_named_before(self, entity: Entity, offset: int) -> bool:
        """Is ``entity`` a person the text named ("Jenny Hill", not "one of the fans")
        before ``offset``?"""
        return (
            self.cast.facts[entity].kind in ("person", "name")
            and self.is_named(entity)
            and self.cast.named_before(entity, offset)
        )

    def resolve(
        self, phrase: Phrase, sentence: int, *, forward: bool = False
    ) -> tuple[Entity | None, str]:
        """The entity a speaker phrase refers to, or None and why not."""
        reading = read_phrase(phrase.text)
        if phrase.text.strip().lower() == "one":
            member = self._one_of_them(sentence)
            if member is not None:
                return self._found(member, phrase), ""
        if phrase.text.strip().lower() in ELLIPTIC_WORDS:
            other = self._another_of_them(sentence, phrase.start)
            if other is not None:
                return self._found(other, phrase), ""
        not_a_source = why_not_a_source(phrase.text)
        if not_a_source is not None:
            return None, not_a_source
        if reading.pronoun:
            entity, reason = self._pronoun(reading.low, sentence, phrase.start)
            return (self._found(entity, phrase) if entity else None), reason
        varied = self._subject_just_named(phrase, sentence)
        if varied is not None:
            return self._found(varied, phrase), ""
        if not reading.tokens:
            return None, NO_WORDS
        if reading.description is not None and reading.description[0] in DOCUMENT_NOUNS:
            author = self._author_of(reading.description[0], sentence, phrase.start)
            return (self._found(author, phrase), "") if author else (None, DOCUMENT_WITHOUT_AUTHOR)
        if reading.subject is not None:
            # "a claim Harlow & Finch denied": the name at the end is the subject
            at, words = reading.subject
            offset = phrase.start + at
            return self.resolve(
                Phrase(offset, offset + len(words), words, phrase.role),
                sentence,
                forward=forward,
            )
        if two_speakers_share(self.cast, self.said, reading.tokens, phrase.start):
            return None, SHARED_SURNAME  # "Parrott said" after Ted and Pamela Parrott
        described = description_of_one(phrase.text)
        if described is not None:
            # "A coroner has found ...", then "coroner Jo Lees said": one person
            named = self.descriptions.named_further_on(*described, phrase.start)
            if named is not None:
                self.cast.learn(named, kind="person")  # a role held by a name: a person's
                return self._found(named, phrase), ""
        entity = self._known_source(reading, phrase, sentence, forward)
        if entity is None:
            entity = self._named_source(reading, phrase, forward)
        return self._found(entity, phrase), ""

    def _one_of_them(self, sentence: int) -> Entity | None:
        """ "Fans were quick to react. One wrote: ...": "One" is one of the people the
        sentence before opens with (a plural person noun: "Fans", "Local residents"), a
        source called "one of the fans"; None when that sentence names no such people."""
        if sentence == 0:
            return None
        opening = words_of(self.article.sentences[sentence - 1].text)[:2]
        plural = next(
            (
                w.lower()
                for w in opening
                if w.lower().endswith("s") and w.lower()[:-1] in PERSON_NOUNS
            ),
            None,
        )
        if plural is None:
            return None
        kind = type_of(plural[:-1])
        return self.cast.entity(f"one of the {plural}", "person", type=kind, unnamed=True)

    def _another_of_them(self, sentence: int, offset: int) -> Entity | None:
        """ "One supporter said ... Another added ...": "another" is another of the people
        the words "one supporter" (or "a supporter") name just before it, in its sentence or
        the one before, a source called "another supporter"; None when no such words are."""
        start = self.article.sentences[max(0, sentence - 1)].start
        person = None
        for match in _ONE_PERSON.finditer(self.text, start, offset):
            words = match.group(1).split()
            person = next((w for w in words if w in PERSON_NOUNS), None) or person
        if person is None:
            return None
        return self.cast.entity(f"another {person}", "person", type=type_of(person), unnamed=True)

    def _subject_just_named(self, phrase: Phrase, sentence: int) -> Entity | None:
        """The person named as the subject of the sentence before, when this sentence opens
        with a description that stands for them ("Darren Ferguson was delighted. The
        Peterborough United manager described ..."), and nobody named before is called
        by that description; else None."""
        head = variation_head(phrase.text)
        if head is None or sentence == 0:
            return None
        here = self.article.sentences[sentence]
        if self.text[here.start : phrase.start].strip(" \t\"'“‘"):
            return None  # not the sentence's subject
        previous = self.article.sentences[sentence - 1]
        paragraph = self.article.paragraphs[previous.paragraph]
        if here.paragraph - previous.paragraph > 1 or is_caption(paragraph.text):
            return None
        subject = self._subject_entity(sentence - 1, previous.end)
        if subject is not None and self._after_preposition_and_role(subject, sentence - 1):
            return None  # "Stags took the lead through defender Rollin Menayese": no subject
        kind = self.cast.facts[subject].kind if subject is not None else ""
        # a person, or a full name not known to be anything else ("Darren Ferguson")
        if subject is None or not (kind == "person" or (kind == "name" and " " in subject.name)):
            return None
        if roles_conflict(type_of(head), self.cast.facts[subject].type):
            return None  # "Ana Ruiz, a police spokesperson, ... The homeowner said"
        # "the coach" is someone the text already called that: by what it is, or by a role
        # given beside its name in the sentences before
        if any(entity is not subject for entity in self.descriptions.fitting(head)):
            return None
        for entity in self._named_in_sentences_before(sentence):
            if entity is not subject and self._called_so(entity, head, phrase.start):
                return None
        self.cast.learn(subject, kind="person")  # "the manager" is a person
        return subject

    def _named_in_sentences_before(self, sentence: int) -> list[Entity]:
        """The entities named in the `_ROLE_REACH` sentences before ``sentence``, each once:
        who a role given beside a name can still point back to."""
        seen: dict[Entity, None] = {}
        for index in range(max(0, sentence - _ROLE_REACH), sentence):
            for _, entity in self.cast.by_sentence.get(index, ()):
                seen.setdefault(entity, None)
        return list(seen)

    def _after_preposition_and_role(self, entity: Entity, sentence: int) -> bool:
        """Is ``entity`` first named in the sentence after a preposition, with role words
        between ("Stags took the lead through defender Rollin Menayese")? Then it is no
        subject."""
        here = self.article.sentences[sentence]
        first = min(
            (at for at, e in self.cast.by_sentence.get(sentence, ()) if e is entity),
            default=here.start,
        )
        before = [w.lower() for w in words_of(self.text[here.start : first])]
        while before and before[-1] in ROLE_WORDS:
            before.pop()
        return bool(before) and before[-1] in PREPOSITIONS

    def _called_so(self, entity: Entity, head: str, offset: int) -> bool:
        """Does the text give ``entity`` the role ``head`` next to its name before ``offset``
        ("Tom Okoro, the coach,", "coach Tom Okoro")?"""
        word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        for mention in self.cast.mentions[entity]:
            if mention.start >= offset:
                break
            if mention.text[:4].lower() == "the ":
                continue  # a description standing for a name is no role given to it
            around = self.article.sentences[mention.sentence]
            lo, hi = max(around.start, mention.start - 40), min(around.end, mention.end + 40)
            if word.search(self.text, lo, hi):
                return True
        return False

    def _known_source(
        self, reading: PhraseReading, phrase: Phrase, sentence: int, forward: bool
    ) -> Entity | None:
        """A known organisation, a capital, or a description of a source named before."""
        if reading.organization is not None:
            name, kind_of_source, country = reading.organization
            return self.cast.entity(name, "org", type=kind_of_source, country=country)
        if reading.capital is not None:
            return self._government(reading.capital)
        titles = reading.all_titles or _headline_title(reading.tokens)
        if forward and titles:
            # a headline's "US Official Warns ...", "Tarrow Mayor Slams ...": the first
            # fitting source of the story
            found = self.descriptions.description(titles, sentence, phrase.start, True)
            if found is not None:
                return found
        if reading.description is not None:
            head, name = reading.description
            found = self.descriptions.description(head, sentence, phrase.start, forward)
            if found is not None:
                if self.cast.facts[found].type == OTHER:
                    # "Vaultly ... the company said": the description tells what it is
                    self.cast.learn(found, type=type_of(head))
                return found
            given = self.descriptions.given_the_role(head, phrase.start)
            if given is not None:
                return given
            if head in _DESCRIPTION_HEADS:
                # "the union", "the official": nobody named before; the source is what the text says
                kind = "org" if head in ORG_WORDS else "person"
                return self.cast.entity(name, kind, type=type_of(name, phrase.role), unnamed=True)
        titled = capitalised_title(reading.tokens)
        if titled is not None:
            return self.descriptions.holder_of_title(*titled, phrase.start, forward)
        qualified = qualified_role(reading.tokens)
        if qualified is not None:
            return self.descriptions.holder_of_role_in(*qualified, phrase.start)
        return None

    def _named_source(self, reading: PhraseReading, phrase: Phrase, forward: bool) -> Entity:
        """A group, an organisation's name, or a person: a title and a surname, a full name."""
        if reading.group:
            return self._group(phrase)
        if reading.organization_name and not _person_of_org(reading):
            inside = self._person_inside(phrase)
            if inside is None:
                return self._org(phrase)
            person, title = inside
            self.cast.learn(person, **self._learned_from_name(person, reading, title, phrase))
            return person
        name = reading.name
        if not name:
            return self._group(phrase)
        role = reading.role  # "Sen." ... "of Texas"
        if len(name) == 1:
            person = (
                self._by_surname_and_title(name[0], role, phrase.start)
                or self._by_surname(name[0], phrase.start, forward)
                or self._by_given_name(name[0], phrase.start)
            )
            if person is None:
                other = self._not_a_person(name[0], role, phrase)
                if other is not None:
                    return other
                person = self.cast.entity(name[0], "person", type=OTHER)
        else:
            full = as_printed(phrase.text, name)  # "R. M Ratnayake", "D.Azith Kumar"
            person = (
                self.cast.entities.get(full.lower())
                or self.cast.longer_name_of(full)  # "Mr Ó Cuív" after "Éamon Ó Cuív"
                or self._by_surname(name[-1], phrase.start, forward, first=name[0])
                or self._by_given_name(full, phrase.start)  # "D.Azith" after "D.Azith Kumar"
            )
            if person is None or self.cast.facts[person].kind not in ("person", "name"):
                person = self.cast.entity(full, "person", type=OTHER)
        self.cast.learn(person, **self._learned_from_name(person, reading, role, phrase))
        return person

    def _person_inside(self, phrase: Phrase) -> tuple[Entity, str] | None:
        """The one person named inside a longer speaker phrase, after a title or a
        description of them ("the CNRS's Secretary-General Mouin Hamza", "the investigating
        officer Ana Ruiz", "Sgt. Ana Ruiz with the Tarrow police"), and the words before the
        name: the person, not a body called by the whole phrase. None when the name follows
        a preposition or "and" ("a spokesperson for Ana Ruiz"), owns what the phrase names
        ("Ana Ruiz's lawyer"), or is no person's ("the Canadian Red Cross")."""
        inside = [
            (entity, mention)
            for entity, mentions in self.cast.mentions.items()
            if " " in entity.name and self.cast.facts[entity].kind in ("person", "name")
            for mention in mentions
            if phrase.start <= mention.start and mention.end <= phrase.end
        ]
        if len(inside) != 1:
            return None
        entity, mention = inside[0]
        before = self.text[phrase.start : mention.start]
        words = {w.lower() for w in words_of(before)}
        if words & (PREPOSITIONS | {"and", "or"}) or self.text.startswith(
            ("’s", "'s"), mention.end
        ):
            return None
        # a name a person's title before it calls a person's ("The Canadian Red Cross" and
        # "the National Wildland Fire Registry" are none)
        if not any(_a_persons_title(word) for word in words_of(before)):
            return None
        return entity, _LEADING_THE.sub("", before.strip())

    def _learned_from_name(
        self, person: Entity, reading: PhraseReading, role: str, phrase: Phrase
    ) -> dict[str, str]:
        """What a speaker phrase that names ``person`` tells about them that was not yet
        known: a kind, a type, a country and a role from its title and description, a gender
        from "Mr" or "Ms"."""
        known = self.cast.facts[person]
        learned = {}
        if known.kind == "name":
            # a name that speaks belongs to a person -- unless the words before it say it is an
            # organisation: "Norwegian fund Solvik Kapital", "online retailer Castlegate"
            described = role.split()[-1].lower() if role else ""
            org = described in ORG_HEADS | COMPANY_WORDS or names_an_outlet(person.name)
            learned["kind"] = "org" if org else "person"
        # an age is no role: "Ana Ruiz, 31, said"
        details = " ".join(p for p in (role, phrase.role) if p and not p.strip().isdigit())
        if details:
            if known.type == OTHER:
                learned["type"] = type_of(details)
            if not known.country:
                learned["country"] = country_of(details)
            if not known.role:
                learned["role"] = details
        if reading.gender and not known.gender:
            learned["gender"] = reading.gender
        return learned

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
            and not self._full_name_in_headline(name)
        ):
            # news introduces people by full name first; a lone unknown name that is not
            # "Ms Ruiz" is usually an organisation
            return self._org(phrase)
        return None

    def _full_name_in_headline(self, name: str) -> bool:
        """Does the headline (or a lede taken for one) give ``name`` as a person's surname,
        after a given name ("Jennifer Garner has been open ..." then "Garner said")? News
        introduces people by full name first, and the headline may be where it does."""
        start, end = self.headline
        before = re.compile(rf"\b([A-Z][\w'’\-]+)\s+{re.escape(name)}\b")
        named = before.search(self.text, max(start, 0), max(end, 0))
        return named is not None and given_name(named.group(1)) is not None

    def _government(self, place: Place) -> Entity:
        """A country speaking through its capital or its name: "Washington alleged ..." """
        return self.cast.entity(
            f"{place.short} government",
            "place",
            type=GOVERNMENT,
            country=place.country,
        )

    def _found(self, entity: Entity, phrase: Phrase) -> Entity:
        self.cast.mention(entity, phrase.start, phrase.end)
        return entity

    def _org(self, phrase: Phrase) -> Entity:
        """An organisation named by the phrase ("the Migration Policy Institute")."""
        name = _LEADING_THE.sub("", phrase.text.strip())
        return self.cast.entity(
            name,
            "org",
            type=type_of(name, phrase.role),
            country=country_of(name),
            role=phrase.role,
        )

    def _group(self, phrase: Phrase) -> Entity:
        """A collective or anonymous source: "human rights advocates", "a Western diplomat"."""
        name, kind, kind_of_source, country = read_group(phrase.text, phrase.role)
        return self.cast.entity(
            name,
            kind,
            type=kind_of_source,
            country=country,
            unnamed=True,
            role=phrase.role,
            gender=kin_of(name) or gender_of_noun(name),  # "Landen's mother", "one woman": "she"
        )

    def _by_surname(
        self, surname: str, offset: int, forward: bool, first: str | None = None
    ) -> Entity | None:
        low = surname.lower()
        candidates = [
            e
            for e in self.cast.by_last_word.get(low, ())
            if self.cast.facts[e].kind in ("person", "name")
            and (first is None or e.name.split()[0].lower() == first.lower())
        ]
        if not candidates:
            return None
        before = [e for e in candidates if self.cast.named_before(e, offset)]
        pool = before or (candidates if forward or not before else [])
        return (
            max(pool, key=lambda e: self.cast.last_seen(e) if before else -e.order)
            if pool
            else None
        )

    def _by_surname_and_title(self, surname: str, title: str, offset: int) -> Entity | None:
        """Of two people named before with one surname, the one the title was given to:
        "Police Chief Ana Ruiz ... the witness Tom Ruiz ... Chief Ruiz said" is Ana Ruiz;
        None if the title is not given to exactly one of them."""
        words = {w.lower().rstrip(".") for w in title.split()}
        if not words:
            return None
        named = [
            e
            for e in self.cast.by_last_word.get(surname.lower(), ())
            if self._person_named_before(e, offset)
        ]
        if len(named) < 2:
            return None  # one person of that name: `_by_surname` finds them
        titled = [
            e
            for e in named
            if words <= {w.lower().rstrip(".") for w in self.cast.facts[e].role.split()}
        ]
        return titled[0] if len(titled) == 1 else None

    def _by_given_name(self, given: str, offset: int) -> Entity | None:
        """The one person named before ``offset`` whose name begins with ``given``: where a
        text calls people by their first name ("home minister Hamzah Zainudin ... Hamzah
        said", "mum Karen Byrne ... Karen said"); None if no one or several."""
        named = [
            e
            for e in self.cast.by_first_word.get(given.lower(), ())
            if self._person_named_before(e, offset)
        ]
        return named[0] if len(named) == 1 else None

    def _pronoun(self, pronoun: str, sentence: int, offset: int) -> tuple[Entity | None, str]:
        """The source a pronoun points to: "he" and "she" the most recent person who fits (a
        capitalised name of unknown kind as the last resort), "it" an organisation or a
        place, "they" also a group; "I" and "we" nobody (the writer or an unnamed speaker)."""
        want = PRONOUNS[pronoun]
        if want == "first":
            return None, FIRST_PERSON.format(pronoun=pronoun)
        # the most recent fitting source wins, so stop at the first one
        candidates = self._recent_subjects(sentence, offset)
        if want in ("m", "f") and (relative := self._kin_subject_before(sentence, offset, want)):
            return relative, ""
        if want in ("m", "f") and (owner := self._owner_before(offset, want)):
            return owner, ""
        if want in ("m", "f") and (found := self._described_subject_before(sentence, offset, want)):
            return found  # "..., but the mayor spoke up. “No,” he said"
        if want in ("m", "f"):
            candidates = list(candidates)
            chosen = self._name_opening_the_sentence_before(
                candidates, sentence, offset, want
            ) or self._person_for(candidates, want, offset)
            if chosen is not None:
                # "she" said it: so the speaker is a person, and a woman
                self.cast.learn(chosen, gender=want, kind="person")
                return chosen, ""
            return None, NO_PERSON_FITS.format(pronoun=pronoun)
        kinds = ("group", "org", "place") if want == "group" else ("org", "place")
        # "they": two people named together, or a plural or a body the sentence opens with
        pair = (
            self._pair_subject(sentence, offset) or self._collective_subject(sentence, offset)
            if want == "group"
            else None
        )
        chosen = pair or next((c for c in candidates if self.cast.facts[c].kind in kinds), None)
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
        return None, NO_SOURCE_FITS.format(pronoun=pronoun)

    def _described_subject_before(
        self, sentence: int, offset: int, want: str
    ) -> tuple[Entity | None, str] | None:
        """Whom "he" or "she" means when a role description is the subject of the last
        clause of the sentence before ("..., but the mayor spoke up. “No,” he said";
        "While he agreed, the President took offense. “...,” he said"): the one person
        named before who holds that role; (None, why) when several named people hold it.
        None (the usual reading decides) when there is no such clause, someone is named
        after it, nobody named holds the role, or its holder is of the other gender."""
        found = self.role_clauses.last_before(sentence, offset)
        if found is None:
            return None
        start, end, head = found
        if any(
            start < at < offset
            for index in (sentence - 1, sentence)
            for at, _ in self.cast.by_sentence.get(index, ())
        ):
            return None  # "..., the mayor told Ana Ruiz. She said": the usual reading decides
        phrase = Phrase(start, end, self.text[start:end])
        holders = self._holders_of(head, phrase.text, start)
        if len(holders) > 1:
            return None, SEVERAL_HOLDERS.format(description=phrase.text.lower())
        if not holders:
            return None  # nobody named holds it: the usual reading decides
        holder = holders[0]
        if self.cast.facts[holder].gender not in (None, want):
            return None
        self.cast.learn(holder, gender=want)  # "the mayor ... he said": the mayor is a man
        return self._found(holder, phrase), ""

    def _holders_of(self, head: str, description: str, offset: int) -> list[Entity]:
        """The people named before ``offset`` whom a role description fits; for a
        capitalised one ("the President"), those who carry the capitalised title, if any."""
        holders = [
            e for e in self.descriptions.fitting(head) if self._person_named_before(e, offset)
        ]
        title = description.split()[-1]
        if title[:1].isupper():
            titled = [e for e in holders if title in self.cast.facts[e].role.split()]
            holders = titled or holders
        return holders

    def _person_for(self, candidates: Iterable[Entity], want: str, offset: int) -> Entity | None:
        """The first of ``candidates`` (most recent first) that can be "he" (``want`` "m")
        or "she" ("f"): a person of that gender or of none known, never a newspaper or a
        thing; a person named in passing only if no speaker before them fits; a capitalised
        name of unknown kind as the last resort."""
        fallback = passed = guessed = None
        for c in candidates:
            facts = self.cast.facts[c]
            if facts.gender not in (None, want) or never_a_person(c.name):
                continue
            if guessed is None and facts.kind == "org" and self._lone_name_just_before(c, offset):
                guessed = c  # "Green, who ..., says ...": a surname read as a body by default
            if facts.kind == "person" and passed is None and self._named_in_passing(c, offset):
                passed = c  # a speaker further back, if any, is the likelier "she"
                continue
            if facts.kind == "person" and (passed is None or has_spoken(self.said, c)):
                return c
            if facts.kind == "name" and fallback is None:
                fallback = c  # a capitalised name with no known given name: the last resort
        return passed or fallback or guessed

    def _lone_name_just_before(self, entity: Entity, offset: int) -> bool:
        """Is ``entity`` one capitalised word that `_not_a_person` took for an organisation
        only because the text gave it no given name ("Green", "Darte"), and did it speak in
        the pronoun's sentence or the two before, or open the pronoun's sentence or the one
        before? With no person before it that fits, "he" or "she" right after it is such a
        surname: news calls people by their surname, and a body "it"."""
        if not lone_unknown_name(entity.name):
            return False
        mention = last_mention_before(self.cast.mentions[entity], offset)
        here = self.article.sentence_at(offset)
        if here is None or mention.start >= offset or here.index - mention.sentence > 2:
            return False
        if any(s.entity is entity for s in self.said.get(mention.sentence, ())):
            return True  # "“...,” Melky said. Melky sought refuge ... “...,” he lamented."
        there = self.article.sentences[mention.sentence]
        opens = not self.text[there.start : mention.start].strip(" \t\"'“‘")
        return opens and here.index - mention.sentence <= 1

    def _name_opening_the_sentence_before(
        self, candidates: list[Entity], sentence: int, offset: int, want: str
    ) -> Entity | None:
        """The most recent candidate if, a name of unknown kind, it opens the sentence before
        the pronoun's (`agreement.a_person_opening_the_sentence`); else None."""
        first = candidates[0] if candidates else None
        facts = self.cast.facts[first] if first is not None else None
        if facts is None or facts.kind != "name" or facts.gender not in (None, want):
            return None
        mention = last_mention_before(self.cast.mentions[first], offset)
        there = self.article.sentences[mention.sentence]
        opening, after = self.text[there.start : mention.start], self.text[mention.end : there.end]
        fits = a_person_opening_the_sentence(first.name, want, opening, after)
        return first if mention.sentence == sentence - 1 and fits else None

    def _named_in_passing(self, entity: Entity, offset: int) -> bool:
        """Is ``entity`` a person named once before ``offset``, not as its sentence's
        subject ("Affleck later married Jennifer Lopez."), who has not spoken? A weaker
        antecedent for "she" than a speaker before them."""
        mentions = [m for m in self.cast.mentions[entity] if m.start < offset]
        if len(mentions) != 1 or has_spoken(self.said, entity):
            return False
        here = self.article.sentences[mentions[0].sentence]
        before = self.text[here.start : mentions[0].start].rstrip()
        # after a verb or a preposition ("divorced Jennifer Lopez", "a picture with ..."),
        # not opening the sentence or a clause, nor after "and"
        last = words_of(before)[-1] if before and before[-1].isalpha() else ""
        return last.islower() and last not in ("and", "or")

    def _collective_subject(self, sentence: int, offset: int) -> Entity | None:
        """The plural or collective subject this sentence opens with before "they" at
        ``offset`` ("While police refused ..., they say"), a source of its own; None if the
        sentence opens otherwise."""
        opens = self.article.sentences[sentence].start
        if sentence > 0 and not self.text[opens:offset].strip(" \t\"'“‘"):
            # "They claim ..." opens the sentence: the subject of the one before
            before = self.article.sentences[sentence - 1]
            opens, offset = before.start, before.end
        dateline = self.article.dateline
        if dateline is not None and dateline.start <= opens < dateline.end:
            opens = dateline.end  # "GLENDALE, Ariz. – Police in one town are ..."
        span = collective_opening(self.text[opens:offset])
        if span is None:
            return None
        start, end = opens + span[0], opens + span[1]
        phrase = Phrase(start, end, self.text[start:end])
        return self._found(self._group(phrase), phrase)

    def _pair_subject(self, sentence: int, offset: int) -> Entity | None:
        """The first of two people named together as the subject of this sentence or, if this
        one names nobody before ``offset``, of the one before ("Waqas Hussain, 32, and
        Haleema Younas, 34, live nearby. They said ..."): "they" speaks through the first
        named, as a quotation has one speaker; else None."""
        for index in (sentence, sentence - 1):
            if index < 0:
                return None
            here = self.article.sentences[index]
            pair = _PAIR_SUBJECT.match(self.text, here.start, min(here.end, offset))
            if pair is not None:
                first = self.cast.entities.get(pair.group(1).lower())
                if first is not None and self.cast.facts[first].kind in ("person", "name"):
                    return first
            if index == sentence and self._entities_in(index, offset):
                return None  # someone else is named before "they"
        return None

    def _kin_subject_before(self, sentence: int, offset: int, want: str) -> Entity | None:
        """The relative who is the subject of this sentence or, if this one names nobody
        before ``offset``, of the one before ("Landen's mother also wrote a statement.
        "I forgive you," she wrote."), when their gender fits; else None."""
        for index in (sentence, sentence - 1):
            if index < 0:
                return None
            current = self.article.sentences[index]
            named = kin_named_subject(current.text)
            if named is not None and named[2] == want and current.start + named[1] <= offset:
                start, end = current.start + named[0], current.start + named[1]
                phrase = Phrase(start, end, self.text[start:end])
                relative = self.cast.entity(phrase.text, "person", type=OTHER, gender=want)
                return self._found(relative, phrase)
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
        person = self.cast.entities.get(name.lower()) or self._by_surname(
            name.split()[-1], start, False
        )
        if person is None:
            person = self.cast.entity(name, "person", type=OTHER)
        facts = self.cast.facts[person]
        if facts.kind not in ("person", "name") or facts.gender not in (None, want):
            return None
        return self._found(person, Phrase(start, end, name))

    def _recent_subjects(self, sentence: int, offset: int):
        """Speakers and sentence subjects, most recent first, up to five sentences back
        (photo captions left out: the people in them are pictured, not speaking)."""
        seen: set[int] = set()
        for index in self._sentences_back(sentence):
            paragraph = self.article.paragraphs[self.article.sentences[index].paragraph]
            if index != sentence and is_caption(paragraph.text):
                continue
            for said in reversed(self.said.get(index, [])[-RECENT_CUES:]):
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

    def _sentences_back(self, sentence: int) -> list[int]:
        """This sentence and the five before it, most recent first, not counting (up to
        `_QUOTED_SENTENCES_SKIPPED`) those in paragraphs wholly inside a quotation: "Lauren
        told the Echo: “...” (ten paragraphs of her words) ... She said: “...”" reaches her."""
        found: list[int] = []
        counted = skipped = 0
        for index in range(sentence, -1, -1):
            found.append(index)
            if (
                index != sentence
                and skipped < _QUOTED_SENTENCES_SKIPPED
                and self._all_quoted(index)
            ):
                skipped += 1
                continue
            counted += 1
            if counted > _SENTENCES_BACK:
                break
        return found

    def _all_quoted(self, index: int) -> bool:
        """Is the sentence in a paragraph that is all quotation (its marks aside), one of
        the paragraphs of a quotation that runs on?"""
        here = self.article.paragraphs[self.article.sentences[index].paragraph]
        words = here.text.strip(" \n\"'“”‘’")
        if not words:
            return False
        first = here.start + here.text.index(words[0])
        last = here.start + here.text.rindex(words[-1])
        return self.in_one_quotation(first, last)

    def _entities_in(self, sentence: int, limit: int) -> list[Entity]:
        """Every entity named in a sentence before ``limit``, last named first."""
        # a person named inside a quotation is spoken of, not speaking: "“I have discussed
        # this with Councillor Ruiz,” he said" is not Ruiz
        found = [
            item
            for item in self.cast.by_sentence.get(sentence, ())
            if item[0] < limit and not self.inside_quote(item[0])
        ]
        return [entity for _, entity in sorted(found, key=lambda item: -item[0])]

    def _author_of(self, document: str, sentence: int, offset: int) -> Entity | None:
        """Who issued "the statement" (``document``) that speaks at ``offset``: the speaker, or
        else the first named subject, of the last sentence before it (in this paragraph or the
        two before) that names such a document ("In a statement read to the court, Mary Dunne
        said ...", "Tom Okoro wrote a statement."); None when no sentence does."""
        word = re.compile(rf"\b{re.escape(document)}s?\b", re.IGNORECASE)
        paragraph = self.article.sentences[sentence].paragraph
        for index in range(sentence, max(-1, sentence - 6), -1):
            here = self.article.sentences[index]
            if paragraph - here.paragraph > 2:
                return None
            named = word.search(
                self.text, here.start, min(here.end, offset)
            )  # not the phrase's own
            if named is None:
                continue
            spoke = [s.entity for s in self.said.get(index, ()) if s.entity is not None]
            author = spoke[0] if spoke else self._subject_entity(index, min(here.end, offset))
            if author is not None:
                return author
        return None

    def _subject_entity(self, sentence: int, limit: int) -> Entity | None:
        """The first named entity of a sentence: usually its subject."""
        for start, entity in sorted(
            self.cast.by_sentence.get(sentence, ()), key=lambda item: item[0]
        ):
            if (
                start < limit
                and not self._after_preposition(start)
                and not self.inside_quote(start)
            ):
                return entity
        return None
