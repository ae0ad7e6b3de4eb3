"""Reading names and phrases from their words alone: runs of capitalised words, a person's
name with the title words around it, what a speaker phrase is (a pronoun, a description,
a group, an organisation, a name, a capitalised title: "the Minister"), and the subject a
clause gives a participle ("with the judge telling him", `with_subject`). The source type
and country a phrase's words point to are `type_words`.

Pure functions of their text, cached: the same names come back in every article about a
story. What it can not tell you: a capitalised word the lists do not know is read as part
of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..vocabulary import NAME_ABBREVIATIONS
from .clause_pieces import opens_with_a_verb, time_tail_start
from .type_words import clear_caches as clear_type_caches
from .type_words import country_of, head_word, type_of
from .words import (
    BEFORE_AN_ADJECTIVE,
    CAPITAL,
    COMMON_CAPITALISED,
    FINITE_SPEECH_VERBS,
    IRREGULAR_PASTS,
    KIN_GENDER,
    MONTHS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    PUBLICATION_TITLES,
    ROLE_WORDS,
    TYPE_VOCABULARY,
    Place,
    capital_cities,
    given_name,
    is_capitalised,
    is_common_word,
    is_plural,
    organization_names,
    people_word,
    place_named,
    place_names,
    verb_lemma,
)

# Last words of names that are not people: laws, places, events.
_NOT_A_PERSON = frozenset(
    """
act acts law bill treaty convention accord agreement amendment code statute constitution
doctrine plan program programme policy street avenue road square river mountain island
city county province state states kingdom republic war cup games prize award day week
""".split()
)

_PARTICLES = frozenset(
    "de da del della di do dos das du van von der den bin ibn al el la le st".split()
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: its span, and how it reads."""

    start: int
    end: int
    text: str
    role: str = ""  # an appositive or title words: "an analyst at the Migration Policy Institute"


_PHRASE_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’\-][^\W_]+)*")  # "U.S." is one word

_ABBREVIATION_END = re.compile(r"\b[A-Z]\.?[A-Z]$")


def words_of(text: str) -> list[str]:
    return _PHRASE_WORD.findall(text)


_PHRASE_JUNK = " \t\n\u00a0,;:.-–—\"'“”‘’()"


def strip_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and punctuation at both ends of text[start:end]."""
    chunk = text[start:end]
    kept = chunk.lstrip(_PHRASE_JUNK)
    start += len(chunk) - len(kept)
    end = start + len(kept.rstrip(_PHRASE_JUNK))
    # keep a closing parenthesis or a final period of an abbreviation
    if (
        end < len(text)
        and text[end : end + 1] == "."
        and (
            # an abbreviation is at most three characters: look at those only ("U.S")
            _ABBREVIATION_END.search(text, end - 3, end)
            if end - start > 3
            else _ABBREVIATION_END.search(text[start:end])
        )
    ):
        end += 1
    return start, end


def _person_name(words: list[str]) -> list[str]:
    """The name at the end of a run of capitalised words: '... Chief Kristi Noem' -> Kristi Noem."""
    name: list[str] = []
    proper = 0  # words of the name that are not particles ("de", "van")
    while len(words) > 2 and words[-1].rstrip(".").lower() in (
        "kc",
        "qc",
        "mp",
        "mep",
        "jr",
        "sr",
        "phd",
        "md",
    ):
        words = words[:-1]
    for word in reversed(words):
        low = word.lower().rstrip(".")
        if low in ROLE_WORDS or low in ORG_HEADS or place_named(low) is not None:
            break
        if len(name) >= 2 and low in PERSON_NOUNS:
            break  # "Witness Rafael Rodriguez" at a sentence's start: a role before a full name
        if not (is_capitalised(word) or low in _PARTICLES):
            break
        name.insert(0, word)
        if word.lower() not in _PARTICLES:
            proper += 1
            if proper >= 4:
                break
    while name and (name[0].lower() in _PARTICLES or name[0].lower() in COMMON_CAPITALISED):
        name.pop(0)  # "For Moreno", "But Ana Ruiz": a capitalised first word, not a name
    return name


def _name_in_run(tokens: list[str]) -> list[str]:
    """The person's name in a run of capitalised words, or [] when it names no person.

    A run joined by "of" or "and" is split there: "Sen. Ana Ruiz of Texas" names Ana
    Ruiz, "Minister of Justice and Security Gustavo Villatoro" names Gustavo Villatoro,
    and "Journal of Nocturnal Ecology" names nobody. In such a run, a name counts only
    when its first word is a known given name or a title comes before it.
    """
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token.lower() in ("of", "and", "&", "from"):  # "Tom Okoro from the crowd"
            segments.append([])
        else:
            segments[-1].append(token)
    if len(segments) == 1:
        return _person_name(tokens)
    for segment in segments:
        name = _person_name(segment)
        if len(name) < 2:
            continue
        at = segment.index(name[0])
        titled = at > 0 and segment[at - 1].lower().rstrip(".") in ROLE_WORDS  # "Sen. Dale ..."
        # "Councillor and mayoral hopeful Kerrin Leoni": a title, "and", a role in lowercase
        # words, then the name that ends the run
        described = (
            segment is segments[-1]
            and at > 0
            and segment[at + len(name) :] == []
            and all(word[:1].islower() for word in segment[:at])
            and segments[0][:1] != []
            and segments[0][0].lower().rstrip(".") in ROLE_WORDS
        )
        if titled or described or given_name(name[0]):
            return name
    return []


@lru_cache(maxsize=8192)
def read_run(
    tokens: tuple[str, ...],
) -> tuple[str, str, str, str, str | None, str] | None:
    """What a run of two or more capitalised words names, from its words alone.

    None for a place, a law or an event; else (what, name, kind, type, country, prefix):
    ("org", name, "org", ...), ("single", surname, ...) for "For Moreno", or
    ("name", full name, "person" or "name", ...) with the title words before it as prefix.
    Cached: the same names come back in every article about a story.
    """
    lows = [t.lower().rstrip(".") for t in tokens]
    joined = " ".join(lows)
    organizations = organization_names()
    if lows[-1] in ORG_HEADS or joined in organizations:
        name = " ".join(tokens[1:] if lows[0] == "the" else tokens)
        known = organizations.get(name.lower())
        if known:
            return "org", known[0], "org", known[1], known[2], ""
        return "org", name, "org", type_of(name), country_of(name), ""
    if any(low in ORG_HEADS for low in lows[-2:]) or lows[-1] in _NOT_A_PERSON:
        return None
    if all(len(t) > 1 and t.isupper() for t in tokens):
        return None  # "REALITY TV hunk ...": capitals for emphasis, or an acronym, no name
    places = place_names()
    if joined in places or joined.removeprefix("the ") in places:
        return None
    name = _name_in_run(list(tokens))
    if len(name) == 1:
        return "single", name[0], "", "", None, ""
    if len(name) < 2 or all(n.lower() in places for n in name):
        return None
    prefix = " ".join(tokens[: tokens.index(name[0])])
    titled = bool(prefix) and prefix.split()[-1].lower().rstrip(".") in ROLE_WORDS
    # "Familiar Faces", "Nocturnal Ecology": capitalised, but nobody's name
    kind = "person" if titled or given_name(name[0]) else "name"
    kind_of_source = type_of(prefix) if prefix else "other"
    return "name", " ".join(name), kind, kind_of_source, country_of(prefix), prefix


class PhraseReading(NamedTuple):
    """What a speaker phrase says by its words alone, before the article's sources are
    consulted (see `Resolver.resolve`, which reads these in order)."""

    low: str  # lowercased, spaces collapsed
    pronoun: bool
    tokens: tuple[str, ...]
    subject: tuple[int, str] | None = None  # "a claim Harlow & Finch denied" -> the name
    organization: tuple[str, str, str | None] | None = None  # a known one: name, type, country
    capital: Place | None = None  # "Washington"
    all_titles: str = ""  # "US Official": only title and place words; the last one
    description: tuple[str, str] | None = None  # "the organization": (head, name)
    group: bool = False  # "human rights advocates": a collective or anonymous source
    organization_name: bool = False  # "the Migration Policy Institute"
    name: tuple[str, ...] = ()  # the person's name in it
    role: str = ""  # the words around the name: "Sen." ... "of Texas"
    gender: str | None = None  # from Ms or Mr


_AROUND = frozenset("to of for close near around from with at".split())


@lru_cache(maxsize=8192)
def read_phrase(phrase: str) -> PhraseReading:
    """Read a speaker phrase's words. Cached: speakers come back, sentence after sentence."""
    text = _REFLEXIVE.sub("", phrase.strip())
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    low = " ".join(text.lower().replace("’", "'").split())
    low = OBJECT_PRONOUNS.get(low, low)  # "according to him": "he"
    if low in PRONOUNS:
        return PhraseReading(low, True, ())
    tokens = tuple(words_of(text))
    if not tokens:
        return PhraseReading(low, False, ())
    tail = _NOUN_THEN_NAME.match(text)
    if tail and text.split()[1].lower() not in PREPOSITIONS:
        return PhraseReading(low, False, tokens, subject=(tail.start(1), tail.group(1)))
    bare = low[4:] if low.startswith("the ") else low
    known = organization_names().get(bare)
    if known is not None:
        return PhraseReading(low, False, tokens, organization=known)
    capital = capital_cities().get(bare)
    if capital is not None:
        return PhraseReading(low, False, tokens, capital=capital)
    lows = [t.lower().rstrip(".") for t in tokens]
    places = place_names()
    all_titles = lows[-1] if all(w in ROLE_WORDS or w in places for w in lows) else ""
    description = None
    matched = _DESCRIPTION.match(low)
    if matched and not any(is_capitalised(t) for t in tokens[1:]):
        words = low.split()[1:]
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        description = (head, " ".join(words))
    first = low.split()[0]
    if len(lows) > 2 and lows[1] in _AROUND and people_word(lows[0]):
        # "Aides to Mr. Pryce", "Lawyers for Ana Ruiz": the people around someone, not them
        return PhraseReading(low, False, tokens, all_titles=all_titles, group=True)
    if _people_from_a_place(tokens, lows):
        return PhraseReading(low, False, tokens, all_titles=all_titles, group=True)
    caps = [t for t in tokens if is_capitalised(t)]
    starts_lower = (
        first in ("a", "an")
        or (first == "the" and not caps[1:] and len(caps) <= 1)
        or not caps
        or (
            len(caps) == 1
            and caps[0] == tokens[0]
            and first not in ("the",)
            # a lone name ending in -ly or -ed is a name ("Donnelly", "Emily"), not an adverb
            and (is_common_word(tokens[0]) if len(tokens) > 1 else first in COMMON_CAPITALISED)
        )
    )
    names_person = is_person_name(list(tokens))
    group = starts_lower and not names_person
    organization_name = (
        lows[-1] in ORG_HEADS
        or (first == "the" and bool(caps))
        or (
            len(tokens) >= 2
            and lows[0] not in ROLE_WORDS
            and not names_person
            and any(w in ORG_HEADS for w in lows)
        )
    )
    name = tuple(_name_in_run(list(tokens)))
    role = ""
    if name:
        at = tokens.index(name[0])
        role = " ".join([*tokens[:at], *tokens[at + len(name) :]])
    gender = {"ms": "f", "mrs": "f", "miss": "f", "mr": "m"}.get(lows[0])
    return PhraseReading(
        low,
        False,
        tokens,
        all_titles=all_titles,
        description=description,
        group=group,
        organization_name=organization_name,
        name=name,
        role=role,
        gender=gender,
    )


_FROM_A_PLACE = frozenset("in from across near around".split())


def _people_from_a_place(tokens: tuple[str, ...], lows: list[str]) -> bool:
    """ "some angry parents in Rocky River", "residents from Tarrow": people named by where
    they are, in lowercase words before the place, are a group, not the place."""
    at = next((i for i, w in enumerate(lows) if w in _FROM_A_PLACE), 0)
    return (
        at > 0
        and at + 1 < len(tokens)
        # lowercase words ("Some" may open the sentence)
        and all(
            t[:1].islower() or (i == 0 and is_common_word(t)) for i, t in enumerate(tokens[:at])
        )
        and people_word(lows[at - 1])
    )


# the article or quantifier before a group's words; not before "of": "several of the
# victims' neighbours" keeps its quantifier, or the name would open with "of"
_GROUP_LEAD = re.compile(r"^(?:the|a|an|some|several|many|other)\s+(?!of\s)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def read_group(phrase: str, role: str) -> tuple[str, str, str, str | None]:
    """A collective or anonymous source's name, kind ("person" or "group"), type and
    country, from its words: "Several human rights advocates" -> "human rights advocates"."""
    name = _GROUP_LEAD.sub("", phrase.strip())
    words = name.split()
    if kin_of(name) is not None:
        # "Landen's mother": one person, and the owner's name keeps its capital
        return name, "person", type_of(name, role), country_of(name, role)
    if (
        name[:1].isupper()
        and len(words) > 1
        and words[1][:1].islower()
        and words[0][1:] == words[0][1:].lower()  # "NRL legends": an acronym keeps its case
        and not is_person_name(words_of(name))
    ):
        name = name[0].lower() + name[1:]  # capitalised only because it starts the sentence
    # "a Western diplomat", "one agent", "Ana Ruiz's lawyer", "the 21-year-old striker": a
    # single unnamed person, who can be "he" or "she"
    head = head_word(name)
    single = _ONE_OF_THEM.match(phrase.strip()) or not (is_plural(head) or head in _COLLECTIVE)
    kind = "person" if single and head in PERSON_NOUNS else "group"
    return name, kind, type_of(name, role), country_of(name, role)


# person nouns that name a body of people: "the public", "the defence"
_COLLECTIVE = frozenset("public defence defense prosecution".split())


# "Landen's mother", "the boy's father": a possessive, up to two words, then a kin word
_KIN = re.compile(
    rf"(?:{CAPITAL}[\w\-]*|[Tt]he\s+[a-z\-]+)['’]s?\s+(?:[a-z\-]+\s+){{0,2}}?"
    rf"({'|'.join(sorted(KIN_GENDER))})\b"
)

# a sentence that opens with one, maybe after "But" or "Later,": its subject -- unless a
# name follows ("Jaylen's mother, Tanya Brooks, said"): then the name is
_KIN_SUBJECT = re.compile(
    rf"(?:(?:But|And|Later|Meanwhile|Earlier),?\s+)?({_KIN.pattern})(?!,?\s+{CAPITAL})"
)


# "Netanyahu's office said he told ...": a pronoun right after a speech verb whose subject
# is someone's office, aides or spokesperson points to that someone
_OWNER_SAID = re.compile(
    rf"({CAPITAL}[\w\-]*(?:\s+{CAPITAL}[\w\-]*)*)['’]s?\s+"
    r"(?:office|spokesman|spokeswoman|spokesperson|aides?|press secretary|campaign|lawyers?|"
    r"attorneys?|representatives?)\s+(?:has\s+|have\s+|also\s+)?(?:said|says|told\s+\w+)"
    r"\s+(?:that\s+)?$"
)


def owner_before(text: str) -> tuple[int, int] | None:
    """(start, end) of the owner whose office or aides speak just before the end of
    ``text``: "Netanyahu's office said " -> the span of "Netanyahu"; else None."""
    match = _OWNER_SAID.search(text[-120:])
    if match is None:
        return None
    shift = max(0, len(text) - 120)
    return shift + match.start(1), shift + match.end(1)


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
    rf"(?:(?:But|And|Later|Meanwhile|Earlier),?\s+)?(?:His|Her|Their|{CAPITAL}[\w\-]*['’]s?)\s+"
    rf"(?:[a-z\-]+\s+){{0,2}}?({'|'.join(sorted(KIN_GENDER))}),?\s+"
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


# "rejected it and has alleged that": a verb sharing the subject of the verb before it
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)$")

# "a claim Harlow & Finch denied": a noun, then the name that is the subject
_NOUN_THEN_NAME = re.compile(
    r"(?:a|an|the)\s+[a-z]+\s+((?:[A-Z][\w'’\-]*|&)(?:\s+(?:[A-Z][\w'’\-]*|&))*"
    r"|(?:the|a|an|his|her|their|its)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,3})$"
)


def ends_in_closing_quote(chunk: str) -> bool:
    """Does ``chunk`` end with a quotation mark, then perhaps a comma: `"...," said`."""
    tail = chunk.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail[-1:] in "\"”’'" and tail != ""


_ONE_OF_THEM = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)

_DESCRIPTION = re.compile(r"^(?:the|this|that|these|those)\s+((?:[a-z\-]+\s+){0,2})([a-z\-]+)$")

# A judge's title kept out of PERSON_NOUNS for "the Justice Department": "the Chief Justice".
_JUDGES_TITLE = "justice"


def capitalised_title(tokens: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """A title capitalised after "the", as many outlets outside the US write it ("the
    Minister said", "the Tory MP", "The Blyth Valley MP"), describes the person who holds
    it, as "the minister" does: (the title word, the role words before it, which the
    person's own title must share: "the Prime Minister" is no information minister).

    None when the last word is no person's title ("the Rovers", "the Crown", "the
    Council") or the phrase is longer than a title.

    >>> capitalised_title(("the", "Tory", "MP"))
    ('mp', ())
    >>> capitalised_title(("The", "Prime", "Minister"))
    ('minister', ('prime',))
    >>> capitalised_title(("the", "Rovers")) is None
    True
    """
    if not 2 <= len(tokens) <= 4 or tokens[0].lower() != "the":
        return None
    words = [t.lower().rstrip(".") for t in tokens[1:]]
    head = words[-1]
    if (
        not all(is_capitalised(t) for t in tokens[1:])
        or head not in ROLE_WORDS
        or (head not in PERSON_NOUNS and head != _JUDGES_TITLE)
        or head in ORG_WORDS
        or head in PUBLICATION_TITLES
    ):
        return None
    return head, tuple(w for w in words[:-1] if w in ROLE_WORDS)


def search_tail(
    pattern: re.Pattern[str], text: str, start: int, end: int, window: int
) -> re.Match[str] | None:
    """``pattern.search`` in the last ``window`` characters of ``text[start:end]``, for a
    pattern anchored at the end (``$``) whose matches are shorter than ``window``."""
    return pattern.search(text, max(start, end - window), end)


@lru_cache(maxsize=2048)
def name_words(name: str, role: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", f"{name} {role}".lower()))


def is_person_name(tokens: list[str]) -> bool:
    caps = [t for t in tokens if is_capitalised(t) and t.lower() not in COMMON_CAPITALISED]
    return len(_person_name(caps)) >= 2 if len(caps) >= 2 else False


_PERSON_WORDS = re.compile(
    r"\b(?:year-old|mother|father|son|daughter|wife|husband|resident|man|woman|boy|girl|"
    r"nurse|teacher|student|worker|driver|farmer|owner|fan|he|she)\b",
    re.IGNORECASE,
)


# Types whose words name one person: "a judge", "her lawyer", "an officer", "the senator".
_PERSON_TYPES = frozenset(("court", "lawyer", "police or military", "politician"))


def describes_person(role: str) -> bool:
    words = {w.lower() for w in words_of(role)}
    return (
        bool(_PERSON_WORDS.search(role))
        or any(w in ROLE_WORDS and w not in ORG_HEADS for w in words)
        or any(TYPE_VOCABULARY.get(w) in _PERSON_TYPES for w in words)
    )


# "Det.", "Sen.", "Jr.": an abbreviation that is part of a name, with its full stop
_TITLE_ABBREVIATIONS = rf"(?:{'|'.join(sorted(NAME_ABBREVIATIONS))})\."

_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday".split()) | set(
    MONTHS
)

_NAME_TOKEN = rf"(?:{_TITLE_ABBREVIATIONS}|(?:[A-Z]\.){{2,}}|{CAPITAL}\.|{CAPITAL}[\w'’\-]*)"

# A name's first word starts with a capital letter that begins a word: no letter,
# apostrophe or hyphen before it.
_FIRST_NAME_TOKEN = rf"(?={CAPITAL})(?<![\w'’\-]){_NAME_TOKEN}"

_RUN = re.compile(
    rf"{_FIRST_NAME_TOKEN}(?:[ \u00a0]+(?:(?:de|da|del|van|von|bin|al|el|la|le|of|and)"
    rf"[ \u00a0]+)?{_NAME_TOKEN})*"
)

_NOT_ONE_WORD_RUN = _CALENDAR | {"of", "and"}


def capitalised_runs(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, tokens) of runs of capitalised words, e.g. 'Minister of Justice Ana Ruiz'."""
    runs = []
    for match in _RUN.finditer(text):
        s = match.start()
        raw = match.group()
        if raw.endswith(("'s", "’s")):
            raw = raw[:-2]
        if " " not in raw and "\u00a0" not in raw:  # one word, the usual case
            if raw and raw.lower() not in _NOT_ONE_WORD_RUN:
                runs.append((s, s + len(raw), (raw,)))
            continue
        tokens = raw.split()
        if not _CALENDAR.isdisjoint(raw.lower().split()):
            for i, token in enumerate(tokens):
                if token.lower() in _CALENDAR:  # "Kristi Noem on Wednesday"
                    tokens = tokens[:i]
                    break
        # a trailing connector is not part of the name
        while tokens and tokens[-1].lower() in ("of", "and"):
            tokens.pop()
        if tokens:
            runs.append((s, s + len(" ".join(tokens)), tuple(tokens)))
    return runs


def clear_caches() -> None:
    """Forget every word and phrase reading cached so far: for cold-start benchmarks and
    for tests that compare a first reading with a cached one."""
    for cached in (
        read_run,
        read_phrase,
        read_group,
        given_name,
        verb_lemma,
        name_words,
    ):
        cached.cache_clear()
    clear_type_caches()


DOCUMENT_WITHOUT_AUTHOR = "a document speaks for its author, and the text does not say who that is"

# Why a speaker phrase names no source, with a sentence where the rule applies
# (tests/test_attribution.py checks every one). Such a quotation keeps speaker=None.
NOT_A_SOURCE = {
    "a number is no source": '"It is a disaster," the 40,000 said.',
    "a date is no source": '"The plan is dead," Last said.',
    "a party and district code is no source": "D-Queens said the bill would pass.",
    "a clause is no source": "The firm is facing legal action, it said.",
    "a phrase that breaks off is no source": (
        'The rise was described by traders and the "worst in years" ahead.'
    ),
    "a function word is no source": '"Leave now," When said.',
    "a bracketed label is no source": '[Audio: "We will stay."]',
    DOCUMENT_WITHOUT_AUTHOR: '"We will appeal," the statement said.',
    # "Speaking on Radio 4, the star, 37, admitted ...": the words before the appositive
    "an opening participle is no source": '"It is over," Speaking to reporters said.',
    "a phrase that opens with a preposition is no source": '"We lost," for the home side said.',
}
_DATE_WORDS = frozenset(
    """last next this yesterday today tomorrow tonight earlier later week weeks weekend month
    months year years monday tuesday wednesday thursday friday saturday sunday""".split()
)
# a clock time and its zone: "11:25 p.m.", "10am", "1 a.m. ET"
_TIME_ZONES = frozenset("et est edt pt pst pdt gmt bst utc".split())
_CLOCK = re.compile(
    rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?(?:\s+(?:{'|'.join(_TIME_ZONES)}))?",
    re.IGNORECASE,
)
# the digits after a number's comma, cut off from it: "000 doctors" (of "140,000 doctors")
_AFTER_DIGIT_COMMA = re.compile(r"0\d\d\b")
# "D-Queens", "R-Staten Island", "D-N.Y.": a party's initial and a district
_PARTY_CODE = re.compile(r"\(?[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\)?$")
# a verb of its own inside the phrase ("the firm is facing legal", "Johnson should stay")
# or a subject pronoun after its first word ("officers as they attempt")
_OWN_VERB = frozenset(
    """is are was were be been being has have had will would should could can may might must
    he she they we you""".split()
)
# a word a name never ends with: "the decision and", "locals prepare for a"
_BREAKS_OFF = frozenset("and or but of the a an to for with as".split())
# a word that opens a clause and is never a source on its own: "When", "having"
_FUNCTION_WORDS = frozenset(
    "when while after before if as although because having being and but or so yet then".split()
)
# the participles that open a sentence before its subject says something: "Speaking to
# reporters, the mayor said", "Writing in the Times, Ruiz argued"
_OPENING_PARTICIPLES = frozenset(
    "speaking talking writing addressing responding reacting commenting posting appearing "
    "testifying".split()
)
# a label in brackets before a quotation: "[Translation:", "(Audio:"
_BRACKETED = re.compile(r"^\s*[\[(]")
# a translation of the quotation before it, in brackets: "[Translation: "...""]
TRANSLATION_LABEL = re.compile(r"\[\s*(?:English\s+)?translation\s*:\s*", re.IGNORECASE)
# a number word alone names no one: "One said ..." needs the noun it counts ("one
# resident") before it can be a source
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten dozens hundreds thousands".split()
)


def why_not_a_source(phrase: str) -> str | None:
    """The reason (a key of `NOT_A_SOURCE`) a speaker phrase names no source, or None."""
    words = words_of(phrase)
    lows = [w.lower() for w in words]
    counted = [w for w in lows if w not in ("the", "a", "an", "some")]
    if (
        not any(c.isalpha() for c in phrase)
        or (counted and all(w.isdigit() for w in counted))
        or _AFTER_DIGIT_COMMA.match(phrase.strip())
    ):
        return "a number is no source"  # "the 40,000"; "000 doctors" (cut off after "140,")
    if (lows and all(w in _DATE_WORDS or w in _TIME_ZONES for w in lows)) or _CLOCK.fullmatch(
        phrase.strip()
    ):
        return "a date is no source"  # "Last", "ET", "11:25 p.m."
    if _PARTY_CODE.match(phrase.strip()):
        return "a party and district code is no source"
    if _BRACKETED.match(phrase):
        return "a bracketed label is no source"
    if (len(lows) == 1 and lows[0] in _NUMBER_WORDS) or (
        len(named := words[1:] if lows[:1] in (["the"], ["a"]) else words) == 3
        and named[1].islower()
        and named[2].isdigit()
    ):
        return "a number is no source"  # "Two"; a subject, its verb and a count: "police got 150"
    if any(w in _OWN_VERB for w in lows[1:]) or (len(lows) > 2 and lows[0] in _OWN_VERB):
        return "a clause is no source"  # "Johnson should stay", "they attempt to cope"
    if len(lows) > 1 and (
        lows[0] in ("he", "she", "they")
        or (lows[0] in _NUMBER_WORDS and lows[1] in FINITE_SPEECH_VERBS)
    ):
        # "She said" or "One said" before a colon (any speech verb's past or present form):
        # a pronoun or a number opens no name
        return "a clause is no source"
    if len(lows) > 1 and lows[-1] in _BREAKS_OFF:
        return "a phrase that breaks off is no source"
    if len(lows) == 1 and lows[0] in _FUNCTION_WORDS:
        return "a function word is no source"
    if len(lows) > 1 and lows[0] in _OPENING_PARTICIPLES:
        return "an opening participle is no source"
    if len(lows) > 1 and lows[0] in PREPOSITIONS and not words[0].isupper():
        return "a phrase that opens with a preposition is no source"  # "for the home side"
    if opens_with_a_verb(words):
        return "a clause is no source"  # "struck on Monday in Hatay": a relative clause's rest
    if _verb_inside(words) is not None or (len(lows) > 2 and lows[0] == "it" and words[0] != "IT"):
        return "a clause is no source"  # "the union walked out of talks", "it drew anger"
    return None


# A photo caption ends in its credit: "Picture: Joe Dent", "Photograph: A. Lee/PA",
# "Drew Angerer | Getty Images", "(AP Photo/Ana Ruiz)".
_PHOTO_CREDIT = re.compile(
    r"\b(?:Picture|Pic|Photo|Photograph|Image|Credit)s?\s*:\s*\S"
    # "Photos by Ana Ruiz" as a line of its own or after a dash: "... - Pic By Tom Lee"
    r"|(?:^|\s[-–—|]\s)(?:Picture|Pic|Photo|Photograph|Image)s?\s+[Bb]y\s+[A-Z]"
    r"|[/|]\s*(?:Getty Images|AP|PA|Reuters|AFP|EPA|Shutterstock)\b"
    r"|\bAP Photo\b"
)
_CAPTION_LENGTH = 400  # a caption is a line or two; a longer paragraph is the story's


def is_caption(paragraph: str) -> bool:
    """Is this paragraph a photo caption (short, with a photo credit)? The people in a
    caption are pictured, not speaking: a later "he said" is not theirs.

    >>> is_caption("Ana Ruiz at the count. Picture: Tom Lee"), is_caption("Ana Ruiz spoke.")
    (True, False)
    """
    return len(paragraph) <= _CAPTION_LENGTH and _PHOTO_CREDIT.search(paragraph) is not None


def described_by_as(lemma: str, after: tuple[str, ...]) -> bool:
    """ "a group described by Al Jazeera as 'new'", "called by critics as": whoever comes
    after "by" gives the words after "as" (a law "praised by" someone is only praised)."""
    return lemma in ("describe", "call") and after[:1] == ("by",) and "as" in after[2:]


# "The singer and actress, 30,", "The Peterborough United manager", "The 63-year-old music
# mogul": "The", perhaps a name used as a modifier, then a few small words ending in a noun
_VARIATION = re.compile(
    r"The\s+(?:[A-Z][\w’'\-]*\s+)*(?:[a-z\d][\w\-]*\s+){0,3}(?P<head>[a-z\d][\w\-]*)"
)
# heads that name someone other than the subject just named: a spokesperson speaks for them
_NOT_A_VARIATION = frozenset(
    "spokesman spokeswoman spokesperson official source insider friend rep".split()
)


def variation_head(phrase: str) -> str | None:
    """The head noun of a description that may stand for the person just named, in the
    way news writing avoids repeating a name ("Nicola Peltz has said ... The model and
    actress, 27, confirmed ..."), or None. Only heads that give no source type qualify
    ("the mayor", "the officer", "the company" are what they say).

    >>> variation_head("The model and actress"), variation_head("The officer")
    ('actress', None)
    """
    match = _VARIATION.fullmatch(phrase.strip())
    if match is None:
        return None
    head = match.group("head")
    if is_plural(head) or head in _NOT_A_VARIATION or head in ORG_WORDS or type_of(head) != "other":
        return None
    return head


# "This led to Councillor Ana Ruiz asking if ...", "which saw Tom Okoro (R-Texas) calling
# for ...": the name before the participle is its subject
LED_TO_SUBJECT = re.compile(
    rf"\b(?:led to|leading to|saw|prompted|prompting)\s+"
    rf"((?:{CAPITAL}[\w.'’\-]*\s+){{0,4}}{CAPITAL}[\w'’\-]+)(?:\s*\([^()]{{1,40}}\))?\s*$"
)


# The words that open a noun phrase after "with": "with the judge", "with several
# residents"; right before a participle "other" too ("with other residents saying")
_WITH_DETERMINERS = "the|a|an|his|her|their|its|one|another|some|several|many"
# "with the judge telling him": a participle with its own subject right before it
_WITH_SUBJECT = re.compile(
    rf"\bwith\s+((?:{_WITH_DETERMINERS}|other)\s+[\w\-]+(?:\s+[\w\-]+)?"
    r"|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)\s*$"
)
# "with its leader, Ismail Haniyeh, saying": the name in the appositive speaks
_WITH_NAMED_SUBJECT = re.compile(
    rf"\bwith\s+(?:{_WITH_DETERMINERS}|other)\s+[\w\-]+(?:\s+[\w\-]+)?\s*,\s*"
    r"([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+)+)\s*,\s*$"
)

# "with police chief Ana Ruiz calling it ...", "with her daughter lying beside her saying
# ...": an absolute clause -- "with", a noun phrase, a participle -- whose noun phrase is
# the participle's own subject, not the sentence's. The noun phrase is a determiner and up
# to five words, or a name with up to three role words before it; the participle may
# follow another one with its own short phrase ("lying beside her")
_WITH_ABSOLUTE = re.compile(
    rf"\bwith\s+(?:(?P<described>(?:{_WITH_DETERMINERS})"
    r"\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,4}?)"
    rf"|(?P<named>(?P<roles>(?:[a-z][\w\-]*\s+){{0,3}}){CAPITAL}[\w'’\-]*(?:\s+{CAPITAL}[\w'’\-]*)*))"
    r"(?:\s+[a-z]+ing\b[^,;:.\"“”]{0,40}?)?\s*$"
)


def absolute_subject(text: str, start: int, participle: int) -> tuple[int, int] | None:
    """Where the subject of an absolute clause before a participle is ("with police chief
    Ana Ruiz calling it" -> "police chief Ana Ruiz"), when it names a person, a group or
    an organisation; else None ("charged with the murder saying" names no one)."""
    found = search_tail(_WITH_ABSOLUTE, text, start, participle, 160)
    if found is None:
        return None
    if found.group("described") is not None:
        head = found.group("described").split()[-1].lower()
        if not (
            head in PERSON_NOUNS
            or head in ROLE_WORDS
            or head in ORG_WORDS
            or people_word(head)
            or type_of(head) != "other"
        ):
            return None
        return found.span("described")
    roles = found.group("roles").split()
    if any(word in PREPOSITIONS for word in roles) or (
        roles and roles[-1] not in ROLE_WORDS | PERSON_NOUNS
    ):
        return None  # "with murder in Tarrow": no role before the name
    return found.span("named")


def with_subject(text: str, start: int, participle: int) -> Phrase | None:
    """The participle's own subject after "with", if the words before ``participle`` give
    one: a name in an appositive ("with its leader, Ismail Haniyeh, saying"), the noun
    phrase right before it ("with the judge telling him"), or the subject of a longer
    absolute clause (`absolute_subject`: "with police chief Ana Ruiz calling it")."""
    own = search_tail(_WITH_NAMED_SUBJECT, text, start, participle, 120) or (
        search_tail(_WITH_SUBJECT, text, start, participle, 100)
    )
    if own:
        return Phrase(own.start(1), own.end(1), own.group(1))
    absolute = absolute_subject(text, start, participle)
    return Phrase(*absolute, text[absolute[0] : absolute[1]]) if absolute else None


# "Ruiz went on to say", "took to Instagram to say", "was quick to point out", "used her
# speech to warn": the subject before these words speaks through the verb after "to"
# (unlike "is expected to announce", "declined to say", "wants to say")
INFINITIVE_REPORT = re.compile(
    r"\b(?:(?:went|goes|go|going) on|(?:was|were|is|are|been) quick"
    rf"|(?:took|takes|take|taking) to (?:{CAPITAL}[\w.]*\s*)+"
    r"|(?:took|takes|take|taking) the opportunity"
    r"|(?:used|uses|use|using) (?:his|her|their|its|the|a|an) [\w\-]+(?: [\w\-]+)?)"
    r"\s+to\s*$"
)


# Trimming a speaker phrase to its noun phrase: what a clause puts around its subject is
# no part of the source's name.
# A sentence adverbial before the subject ("At the same time analysts warned", "In total
# the Rovers ..."), or a page's date stamp before the first sentence ("date 2017-04-07").
_LEADING_ADVERBIAL = re.compile(
    r"(?:at the same time|in total|in all|in turn|in response|in addition|in contrast|"
    r"by contrast|on the other hand|for (?:his|her|its|their) part|meanwhile|however|"
    r"instead|separately|additionally|moreover|furthermore|also|now)\b,?\s+"
    r"|(?:date|updated|published|posted)?:?\s*\d{4}-\d{1,2}-\d{1,2}\b[\dT:+\-]*\s+",
    re.IGNORECASE,
)
# an adverb after the subject: "the governor here", "Labour in turn"
_TRAILING_ADVERBIAL = re.compile(
    r"[\s,]+(?:here|there|in turn|as well|too|also|again|instead|now)$", re.IGNORECASE
)
# what the speaker spoke about, or the occasion, after the subject: "Cllr Amy Dunn
# regarding the closed library", "Alderman Joe Pike in a row with the treasurer" (after a
# name only: "a judge at a county court" is who the judge is)
_TOPIC_TAIL = re.compile(
    r"\s(?:regarding|concerning|during|amid|despite)\s"
    rf"|\b{CAPITAL}[\w.’'\-]*\s+{CAPITAL}[\w.’'\-]*\s(?P<occasion>(?:in|at|on|during)\s(?:a|an)\s)"
)
_SAY = frozenset(("say", "says"))


def _verb_inside(words: list[str]) -> int | None:
    """The index of a verb with an object inside a speaker phrase ("Hamas launched rockets",
    "police say initial inquiries"), or None. A capitalised word is a name's ("Manchester
    United fans"); a past form after an article, a possessive or an adverb is an adjective
    ("the alleged attacker"); one before a preposition or a time is a participle
    ("analysts polled by the bank", "officials involved in the talks", "a study published
    Monday")."""
    for i in range(1, len(words) - 1):
        word, before = words[i], words[i - 1].lower()
        if not word.islower() or not word.isalpha():
            continue
        if before in BEFORE_AN_ADJECTIVE or before.endswith(("ly", "’s", "'s")):
            continue
        after = words[i + 1].lower()
        if before.isdigit() or after in PREPOSITIONS or after in _DATE_WORDS or after in MONTHS:
            continue  # "court documents filed Monday": a participle and its time
        past = word in IRREGULAR_PASTS or (len(word) > 4 and word.endswith("ed"))
        if word in _SAY or past or (word in FINITE_SPEECH_VERBS and not word.endswith("s")):
            return i
    return None


def noun_phrase_span(
    text: str, start: int, end: int, *, antecedent: bool = False
) -> tuple[int, int]:
    """The span of the noun phrase in a speaker phrase ``text[start:end]``: without a
    sentence adverbial or a date stamp before it, an adverb ("here", "in turn") or a topic
    or an occasion ("regarding the item", "in a row with ...") after it; in a clause ("the
    Rovers lost 3 games and Ward"), the subject after its last "and" or "but", and before
    "say" ("police say initial inquiries"), the one who says; before "who" (an
    ``antecedent``), the noun phrase after the preposition after the verb's object ("it
    drew anger from parents at the school who said"). A phrase still holding a clause is left to
    `why_not_a_source`.

    >>> text = "At the same time analysts here"
    >>> text[slice(*noun_phrase_span(text, 0, len(text)))]
    'analysts'
    """
    while lead := _LEADING_ADVERBIAL.match(text, start, end):
        if lead.end() >= end:
            break
        start = lead.end()
    tail = _TOPIC_TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start("occasion") - 1 if tail.group("occasion") else tail.start()
    end = time_tail_start(text, start, end) or end  # "Ana Ruiz two weeks ago"
    while (trailing := _TRAILING_ADVERBIAL.search(text, start, end)) and trailing.start() > start:
        end = trailing.start()
    spans = [(m.start(), m.end()) for m in _PHRASE_WORD.finditer(text, start, end)]
    words = [text[s:e] for s, e in spans]
    verb = _verb_inside(words)
    if verb is not None and words[verb].lower() in _SAY:
        # "police say initial inquiries suggest": the police say it; "the report says he
        # denies" is left whole (a clause), for the reader to find who "he" is
        if len(words) == verb + 2 and words[-1].lower() in PRONOUNS:
            return start, end
        return start, spans[verb - 1][1]
    if verb is not None or (len(words) > 1 and words[0].lower() in PREPOSITIONS - {"of"}):
        # "In his evidence Garda Ana Ruiz said": a short opening phrase with no comma after
        # it, then the subject; a name at the end is the subject
        name = _name_at_end(words)
        if name is not None and (verb is None or name > verb):
            return spans[name][0], end
    # a new clause starts at "and" or "but" after a verb, or before "now", "then"
    joins = [
        i
        for i in range(1, len(words) - 1)
        if words[i] in ("and", "but")
        and ((verb is not None and i > verb) or words[i + 1] in _CLAUSE_ADVERBS)
    ]
    if not joins:
        after = [i for i in range(len(words) - 1) if words[i] in PREPOSITIONS - {"of"}]
        after = [i for i in after if verb is not None and i > verb + 1]
        if antecedent and after:
            return spans[after[0] + 1][0], end  # "who" speaks: the people it follows
        return start, end
    rest = joins[-1] + 1
    while rest < len(words) - 1 and words[rest] in _CLAUSE_ADVERBS:
        rest += 1  # "... and now an insider"
    if rest < len(words) - 2 and words[rest].endswith("ing") and words[rest + 1] in PREPOSITIONS:
        rest += 2  # "... sat and listening to people accuse": the people speak
    return spans[rest][0], end


_CLAUSE_ADVERBS = frozenset("now then also still meanwhile".split())


def _name_at_end(words: list[str]) -> int | None:
    """Where the run of capitalised words that ends ``words`` starts, if it is not all of
    them and holds no common capitalised word ("However")."""
    i = len(words)
    while i > 1 and words[i - 1][:1].isupper() and not is_common_word(words[i - 1]):
        i -= 1
    return i if i < len(words) else None
