"""Reading names and phrases from their words alone: runs of capitalised words, a person's
name with the title words around it, what a speaker phrase is (a pronoun, a description,
a group, an organisation, a name, a capitalised title: "the Minister"). The source type
and country a phrase's words point to are `type_words`; a relative named by their tie
("Landen's mother") is `kin`; the subject a clause gives a participle ("with the judge
telling him") and the noun phrase inside a speaker phrase are `subjects`; why a phrase
names no source, and which paragraphs are photo captions, `not_a_source`.

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
from .kin import kin_of
from .records import COURT, LAWYER, OTHER, POLICE, POLITICIAN
from .type_words import clear_caches as clear_type_caches
from .type_words import country_of, head_word, type_of
from .words import (
    CAPITAL,
    COMMON_CAPITALISED,
    COMPANY_WORDS,
    DETERMINERS,
    MONTHS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    PUBLICATION_TITLES,
    ROLE_WORDS,
    SPOKESPEOPLE,
    TYPE_VOCABULARY,
    WEEKDAYS,
    Place,
    capital_cities,
    given_name,
    is_capitalised,
    is_common_word,
    is_plural,
    organization_names,
    people_word,
    place_adjective,
    place_named,
    place_names,
    verb_lemma,
    without_possessive,
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


# A name's or a phrase's words: "U.S." is one word (a role's words, with an apostrophe at
# their edge, are `role_context.PHRASE_WORDS`)
PHRASE_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’\-][^\W_]+)*")

_ABBREVIATION_END = re.compile(r"\b[A-Z]\.?[A-Z]$")


def words_of(text: str) -> list[str]:
    return PHRASE_WORD.findall(text)


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
    return _role_of_a_place(tokens)


def _role_of_a_place(tokens: list[str]) -> list[str]:
    """The person in "<role> of <a place or body> <Name>" or "<Title> <Name> of <a place>".

    Common in African, South Asian and Commonwealth news: "the deputy minister of
    agriculture Tendai Gumbo" and "the mayor of Kigali Ana Ruiz" name the last two words
    (after a lowercase field, a known place or before a known given name: "of Tarrow
    Wealth Advisors" names a firm); "Chief Dube of Lower Gweru" names Dube, the one word
    between the title and "of". [] when neither form fits, or when "and" joins two people.
    """
    if tokens.count("of") != 1 or any(t.lower() in ("and", "&", "from") for t in tokens):
        return []
    at = tokens.index("of")
    first, last = tokens[:at], tokens[at + 1 :]
    if len(first) >= 2 and _a_title(first[-2]) and _a_surname(first[-1]):
        return [first[-1]] if last and all(is_capitalised(word) for word in last) else []
    if not first or not _a_title(first[-1]) or len(last) < 3:
        return []
    name, before = last[-2:], last[-3]  # before: the field or place, "agriculture", "Kigali"
    if not all(_a_surname(word) for word in name):
        return []
    if is_capitalised(before):
        fits = place_named(before.lower()) is not None or given_name(name[0]) is not None
    else:
        low = before.lower()
        fits = low not in DETERMINERS and low not in ORG_WORDS and low not in COMPANY_WORDS
    return name if fits else []


def holds_a_role_of(tokens: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Does the phrase end in a name after "<role> of ...": "the mayor of Kigali Ana Ruiz"?
    Such a phrase names a person, although it opens with "the" and capitalised words."""
    if len(name) < 2 or tuple(tokens[-len(name) :]) != name or "of" not in tokens:
        return False
    at = tokens.index("of")
    return at > 0 and _a_title(tokens[at - 1])


def _a_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in ROLE_WORDS and low in PERSON_NOUNS


def _a_surname(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        is_capitalised(word)
        and low not in ROLE_WORDS
        and low not in ORG_HEADS
        and low not in COMMON_CAPITALISED
        and low not in _PARTICLES
        and place_named(low) is None
    )


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
    if place_adjective(" ".join(tokens)):
        return None  # "the small East African country": where, not who
    name = _name_in_run(list(tokens))
    if len(name) == 1:
        return "single", name[0], "", "", None, ""
    if len(name) < 2 or all(n.lower() in places for n in name):
        return None
    prefix = " ".join(tokens[: tokens.index(name[0])])
    titled = bool(prefix) and prefix.split()[-1].lower().rstrip(".") in ROLE_WORDS
    # "Familiar Faces", "Nocturnal Ecology": capitalised, but nobody's name
    kind = "person" if titled or given_name(name[0]) else "name"
    kind_of_source = type_of(prefix) if prefix else OTHER
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


_PRONOUN_CONTRACTION = re.compile(r"^(he|she|it|we|they|i|you)'(?:ve|re|m|ll|d)$")


def _as_pronoun(low: str) -> str:
    """An object pronoun as its subject form ("according to him": "he"), a pronoun run
    into its verb as the pronoun ("we've": "we"); any other phrase as it is."""
    low = _PRONOUN_CONTRACTION.sub(r"\1", low)
    return OBJECT_PRONOUNS.get(low, low)


_AROUND = frozenset("to of for close near around from with at".split())


@lru_cache(maxsize=8192)
def read_phrase(phrase: str) -> PhraseReading:
    """Read a speaker phrase's words. Cached: speakers come back, sentence after sentence."""
    text = _REFLEXIVE.sub("", phrase.strip())
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    low = " ".join(text.lower().replace("’", "'").split())
    low = _as_pronoun(low)  # "according to him": "he"; "we've": "we"
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
        organization_name=organization_name and not holds_a_role_of(tokens, name),
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
        and not _proper_first_word(words[0], after_a_lead=name != phrase.strip())
    ):
        name = name[0].lower() + name[1:]  # capitalised only because it starts the sentence
    # "a Western diplomat", "one agent", "Ana Ruiz's lawyer", "the 21-year-old striker": a
    # single unnamed person, who can be "he" or "she"
    head = head_word(name)
    single = _ONE_OF_THEM.match(phrase.strip()) or not (is_plural(head) or head in _COLLECTIVE)
    kind = "person" if single and head in PERSON_NOUNS else "group"
    return name, kind, type_of(name, role), country_of(name, role)


def _proper_first_word(word: str, *, after_a_lead: bool) -> bool:
    """Is a group's capitalised first word a proper noun, which keeps its capital: after an
    article or a quantifier (`_GROUP_LEAD`: "the Philippine government"), an owner
    ("Taylor's family"), a place or its adjective ("Kenyan media", "Nairobi prosecutor"), a
    given name ("Ana's friends")?"""
    bare = without_possessive(word.lower())
    return (
        after_a_lead
        or bare != word.lower()
        or place_named(bare) is not None
        or place_adjective(word)
        or given_name(word) is not None
    )


# person nouns that name a body of people: "the public", "the defence"
_COLLECTIVE = frozenset("public defence defense prosecution".split())


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


def qualified_role(tokens: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """A person's role after "the" and the capitalised words of the team, country or body
    it is held in ("the Warriors coach", "the Pakistan captain", "the Australian captain"):
    (the role word, the qualifiers, lowercased, without a possessive). The person who holds
    it is the one the text named with that role and those words ("Warriors coach Nathan
    Brown"). None for any other phrase.

    >>> qualified_role(("the", "Tarrow", "Rovers", "coach"))
    ('coach', ('tarrow', 'rovers'))
    >>> qualified_role(("the", "Rovers")) is None
    True
    """
    if not 3 <= len(tokens) <= 4 or tokens[0].lower() != "the":
        return None
    head, qualifiers = tokens[-1], tokens[1:-1]
    if (
        not head.islower()
        or head not in PERSON_NOUNS
        or head in ORG_WORDS
        or not all(is_capitalised(t) for t in qualifiers)
    ):
        return None
    return head, tuple(without_possessive(q.lower()) for q in qualifiers)


# who a description of one person can never be a named person's first mention for: an
# anonymous source stays anonymous ("an official said" is not the official named below)
_NEVER_NAMED_LATER = frozenset("official source insider person man woman people".split())
_ENDS_A_HEAD = PREPOSITIONS | frozenset("who whose which that".split())


def description_of_one(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A description of one person by their role before the text names them ("A coroner",
    "the Harrison County sheriff", "a minister in Poland's government", "One evacuee"): (the
    role word, the words before it, lowercased, without a possessive). None for a name, a
    plural, "another judge", an anonymous "official" or "source", "the" and a role alone
    ("the coach": news names first, then points back), or anything longer.

    >>> description_of_one("the Tarrow County sheriff")
    ('sheriff', ('tarrow', 'county'))
    >>> description_of_one("A judge at Tarrow Crown Court")
    ('judge', ())
    >>> description_of_one("an official") is None, description_of_one("the coach") is None
    (True, True)
    """
    words = words_of(text)
    determiner = words[0].lower() if words else ""
    if determiner not in ("a", "an", "the", "one"):
        return None  # a bare "Coach" or "Minister" is a headline's: it looks ahead already
    words = words[1:]
    for i, word in enumerate(words):
        if word.lower() in _ENDS_A_HEAD:
            words = words[:i]
            break
    if not 1 <= len(words) <= 4:
        return None
    head = words[-1].lower()
    if (
        head not in PERSON_NOUNS
        or head in _NEVER_NAMED_LATER
        or is_plural(head)
        or (len(words) > 1 and is_capitalised(words[-1]))  # "Police Chief", a title: a name's
        or any(w.lower() in DETERMINERS for w in words)  # "another judge", "other officers"
        or (
            determiner == "the" and len(words) == 1
        )  # "the coach" points back, to someone named before
    ):
        return None
    return head, tuple(without_possessive(w.lower()) for w in words[:-1])


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
_PERSON_TYPES = frozenset((COURT, LAWYER, POLICE, POLITICIAN))


def describes_person(role: str) -> bool:
    words = {w.lower() for w in words_of(role)}
    return (
        bool(_PERSON_WORDS.search(role))
        or any(w in ROLE_WORDS and w not in ORG_HEADS for w in words)
        or any(TYPE_VOCABULARY.get(w) in _PERSON_TYPES for w in words)
    )


# "Det.", "Sen.", "Jr.": an abbreviation that is part of a name, with its full stop
_TITLE_ABBREVIATIONS = rf"(?:{'|'.join(sorted(NAME_ABBREVIATIONS))})\."

_CALENDAR = frozenset(WEEKDAYS) | set(MONTHS)

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


# a translation of the quotation before it, in brackets: "[Translation: "...""]
TRANSLATION_LABEL = re.compile(r"\[\s*(?:English\s+)?translation\s*:\s*", re.IGNORECASE)


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
_NOT_A_VARIATION = SPOKESPEOPLE | frozenset("official source insider friend rep".split())


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
    if is_plural(head) or head in _NOT_A_VARIATION or head in ORG_WORDS or type_of(head) != OTHER:
        return None
    return head
