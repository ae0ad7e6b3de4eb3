"""What kind of source a phrase's own words name: its type ("politician", "business",
"expert or academic", ...) from its head word, the body it is of and the role words
around it (`data/source_words.csv`, `role_context`), and the country it names.

The readings of a source's whole text, its appositives and other mentions, are
`source_types`; this module reads one phrase. Pure functions of their text, cached.
What it can not tell you: a role the word lists do not know gives "other".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import words_of_kind
from .records import ADVOCACY, EXPERT, FAMILY, GOVERNMENT, OTHER, POLITICIAN
from .role_context import (
    LEGISLATURES,
    LOCAL_COUNCILS,
    MEMBERS,
    PHRASE_WORDS,
    PRESIDES,
    ROLE_IN_CONTEXT,
    RUNS_A_BODY,
    is_shadow_minister,
    name_before,
    word_before,
)
from .words import (
    CAPITAL,
    COMPANY_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    TYPE_VOCABULARY,
    given_name,
    is_plural,
    organization_first_words,
    organization_names,
    place_names,
    without_possessive,
)


def type_of(*phrases: str) -> str:
    """The type a description points to: its head noun first ("a rights advocate" ->
    advocacy group), else a known organisation, else the first telling word."""
    return _type_of_text(" ; ".join(p for p in phrases if p))


_TYPE_WORDS = re.compile(r"[\w\-]+")


def words_for_types(text: str) -> list[str]:
    """The words of ``text`` that a type is looked up by: letters, digits and hyphens
    ("co-founder", "think-tank"), split at apostrophes and all else."""
    return _TYPE_WORDS.findall(text)


def head_word(phrase: str) -> str:
    """The head noun of a description: 'a migrants' rights advocate in Ghent' -> advocate."""
    low = _JOINED_TERMS.sub(lambda m: m.group().replace(" ", "-"), _candidates(phrase).lower())
    words = PHRASE_WORDS.findall(low)
    # a capitalised word is part of a name, not a participle: "Leeds United captain"
    names = {w.lower() for w in PHRASE_WORDS.findall(phrase) if w[:1].isupper()}
    head: list[str] = []
    for word in words:
        if (
            word in PREPOSITIONS
            or word in ("who", "whose", "which", "that", ",")
            or (
                head
                and word.endswith(("ed", "ing"))
                and word not in TYPE_VOCABULARY
                and word not in names
                # after an article it is the head's adjective: "a retired professor"
                and head[-1] not in ("a", "an", "the")
            )
        ):
            break
        if word == "and" and head:
            break  # "relatives and lawyers": the first of a pair leads
        head.append(word)
    return head[-1] if head else ""


@lru_cache(maxsize=4096)
def _type_of_text(joined_phrases: str) -> str:
    phrases = joined_phrases.split(" ; ")
    for phrase in phrases:
        kind = (
            _type_of_authority_on(phrase)
            or type_of_head(phrase)
            or type_of_college(phrase)
            or type_of_body(phrase)
        )
        if kind is not None:
            return kind
    words: list[str] = []
    for phrase in phrases:
        low = (
            _candidates(phrase)
            .lower()
            .replace("law firm", "law-firm")
            .replace("white house", "white-house")
        )
        low = low.replace("think tank", "think-tank").replace(
            "spokesperson for", "spokesperson-for"
        )
        low = low.replace("disease control", "disease-control")
        words.extend(words_for_types(low))
    # the first telling word, read with the word before it where that changes its type ("a
    # terrorist group" is a militia), unless the words name a known organisation
    first_kind = next(
        (
            ROLE_IN_CONTEXT.get((w, words[i - 1]), TYPE_VOCABULARY[w])
            for i, w in enumerate(words)
            if w in TYPE_VOCABULARY
        ),
        None,
    )
    organizations = organization_names()
    firsts = organization_first_words()
    starts = [i for i, word in enumerate(words) if word in firsts]  # where a name can begin
    for size in range(min(6, len(words)), 0, -1):
        for i in starts:
            if i + size > len(words):
                break
            gram = " ".join(words[i : i + size])
            if len(gram) > 3 and gram in organizations:
                return organizations[gram][1]
    return first_kind or OTHER


def type_of_country_name(phrase: str) -> str | None:
    """A country's name alone, where it speaks, speaks for its government: "Canada calls
    ..." in a headline, "Israel said" (a demonym does not: "Canadian" is anyone from
    there); None for any other phrase. (Not part of `type_of`: as the subject of a sports
    story "Pakistan" is a team.)"""
    low = phrase.strip().lower()
    place = place_names().get(low)
    if place is not None and low in (place.country.lower(), place.short.lower()):
        return GOVERNMENT
    return None


# "a leading authority on malaria": a person who knows a subject well, not a public body
_AUTHORITY_ON = re.compile(r"\bauthority\s+on\b", re.IGNORECASE)


def _type_of_authority_on(phrase: str) -> str | None:
    """An authority on a subject is an expert ("Ana Ruiz, an authority on floods"); an
    Authority without "on" is a public body (`data/source_words.csv`)."""
    return EXPERT if _AUTHORITY_ON.search(phrase) else None


# "the Royal College of Physicians", "the College of Surgeons": a college of the people
# who practise one profession
_COLLEGE_OF = re.compile(r"\bcollege\s+of\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)s\b")


def type_of_college(phrase: str) -> str | None:
    """A college named for the people of one profession is their professional body, which
    speaks for its members like a medical association ("the Philippine College of
    Physicians"): an advocacy group (GUIDELINE.md §5); a college of arts or of a field
    ("the College of Emergency Medicine") gives None."""
    match = _COLLEGE_OF.search(phrase.lower())
    return ADVOCACY if match and match.group(1) in PERSON_NOUNS else None


# The preposition that joins a role to the body it belongs to: "director of ...",
# "spokesman for ...", "analyst at ...".
_OF_A_BODY = re.compile(r"\s(?:of|at|for|with|from)\s+")


def type_of_body(description: str, *, telling_words: bool = True) -> str | None:
    """The type of the body a role belongs to, for a role with no type of its own:
    "director of the ministry" -> government; "winner of the race for U.S. Congress" ->
    politician. Only a body counts (a known organisation, or a word that ends an
    organisation's name or refers to one): "a friend of the mayor" says nothing of the
    friend; and a telling word before it decides ("Sgt. Ana Ruiz with the Police
    Department" is police), unless ``telling_words`` is False."""
    for match in _OF_A_BODY.finditer(description):
        before = words_for_types(description[: match.start()].lower())
        if telling_words and any(w in TYPE_VOCABULARY for w in before):
            return None
        body = description[match.end() :]
        head = head_word(body)
        kind = type_of_head(body) if head in ORG_HEADS or head in ORG_WORDS else None
        known = organization_names().get(_LEADING_ARTICLE.sub("", body.lower().strip()))
        if kind is None and known is not None:
            kind = known[1]  # "president of Amnesty International"
        if kind is not None:
            return kind
    return None


_LEADING_ARTICLE = re.compile(r"^the\s+")


# Roles that every kind of body has are their body's: "union official", "a company
# official", "an official of the contractor firm", "president of the union"; alone,
# "officials said" and "the president said" are the government's.
_OFFICIALS = frozenset({"official", "officials", "president", "secretary"})


# Nouns whose plural means many of them: people ("owners") and bodies ("councils"). A title's
# plural may mean something else ("speakers" at a rally, "sales reps", "the states")
_COUNTABLE = words_of_kind("person") | ORG_HEADS | ORG_WORDS | COMPANY_WORDS


# A body's initials in brackets after its name: "the Jamaica Agricultural Society (JAS)"
INITIALS_IN_BRACKETS = re.compile(r"\s*\([A-Z][A-Z&]{1,7}\)")


def type_of_head(phrase: str) -> str | None:
    """The type a description's head noun gives, read with the word before it ("Australia
    captain" is an athlete, "army captain" an officer), or None. A body's initials in
    brackets are read as no word of the phrase: "the Farmers Union (ZFU) president" is the
    union's."""
    phrase = INITIALS_IN_BRACKETS.sub("", phrase)
    head = head_word(phrase)
    before = word_before(phrase, head)
    if head in PRESIDES and presides_over_a_legislature(phrase, head):
        return POLITICIAN
    if head in _OFFICIALS:
        body = _body_before(phrase, head, before)
        kind = (
            # the body read with the word before it: "the Farmers Union president"
            ROLE_IN_CONTEXT.get((body, word_before(phrase, body)), TYPE_VOCABULARY.get(body))
            or type_of_body(phrase, telling_words=False)
            or _known_body_before(phrase, head)
        )
        # of a body the lists do not know, no type: "president of the Royal College of
        # Emergency Medicine" is not the government's
        if kind is not None or _OF_A_BODY.search(phrase):
            return kind
    if head in RUNS_A_BODY | MEMBERS and _OF_A_BODY.search(phrase):
        kind = _type_of_body_run(head, phrase)
        if kind is not None:
            return kind
    if (head, before) not in ROLE_IN_CONTEXT:
        before = name_before(phrase, head) or before
    if is_shadow_minister(phrase):
        return POLITICIAN
    kind = ROLE_IN_CONTEXT.get((head, before), TYPE_VOCABULARY.get(head))
    if kind is None and is_plural(head):
        # a plural names the same kind of source as its singular, where the lists give
        # only the singular: "emergency services", "the owners", "school boards"; a telling
        # word before it still leads ("union reps" are the union's)
        one = head[:-1]
        countable = one in _COUNTABLE and before not in TYPE_VOCABULARY
        kind = ROLE_IN_CONTEXT.get((one, before), TYPE_VOCABULARY.get(one) if countable else None)
    return kind


def presides_over_a_legislature(phrase: str, head: str) -> bool:
    """Does the title ``head`` in ``phrase`` preside over a legislature named before it ("City
    Council Vice President", "the council's chair") or after it ("president of the city
    council")? Not the General Assembly of the United Nations, whose members are states, nor a
    council that is no local government's ("chairman of the Arts Council")."""
    words = [without_possessive(w) for w in PHRASE_WORDS.findall(phrase.lower())]
    if head not in words:
        return False
    at = words.index(head)
    after = _OF_A_BODY.split(phrase, maxsplit=1)
    if len(after) > 1 and head_word(after[1]) in LEGISLATURES:
        body = PHRASE_WORDS.findall(after[1].lower())
        return _is_a_legislature(body, body.index(head_word(after[1])))
    named = [i for i, word in enumerate(words[:at]) if word in LEGISLATURES]
    return bool(named) and _is_a_legislature(words, named[-1])


def _is_a_legislature(words: list[str], at: int) -> bool:
    """Is the legislature word at ``at`` a legislature where it stands? A council is one
    alone or after a local government's word ("the council", "Rochester City Council"), not
    after a word that says what else it does ("the Arts Council", "National Security
    Council"); an assembly is none after "general"."""
    before = words[at - 1] if at > 0 else ""
    if words[at] == "council":
        return not before or before in LOCAL_COUNCILS
    return before != "general"


def _body_before(phrase: str, head: str, before: str) -> str:
    """The body word an officer's title names before it, as a word ("union president") or
    as its owner ("the union's president", "a company's official"), or ""."""
    if before == "possessive":
        words = PHRASE_WORDS.findall(phrase.lower())
        owner = words[words.index(head) - 1] if head in words else ""
        before = without_possessive(owner)
    return before if before in ORG_WORDS or before in COMPANY_WORDS else ""


def _known_body_before(phrase: str, head: str) -> str | None:
    """The type of a known organisation named by the capitalised word right before an
    officer's title: "Toyota President Akio Toyoda" is the company's, not a country's
    president (`data/organizations.csv`); None for any other word."""
    words = PHRASE_WORDS.findall(phrase)
    lows = [w.lower() for w in words]
    at = lows.index(head) if head in lows else 0
    if at == 0 or not words[at - 1][:1].isupper():
        return None
    known = organization_names().get(lows[at - 1])
    return known[1] if known is not None else None


def _type_of_body_run(head: str, phrase: str) -> str | None:
    """The type of a role that runs a body, or of a member of one (`role_context`)."""
    kind = type_of_body(phrase, telling_words=False)
    if head in MEMBERS:
        body = head_word(_OF_A_BODY.split(phrase, maxsplit=1)[-1])
        if body == "public":
            return FAMILY  # "a member of the public"
        return POLITICIAN if body in LEGISLATURES else None
    if head == "leader" and kind == GOVERNMENT:
        return POLITICIAN
    return kind


# "the Hoffman campaign", "Whitman's campaign": a campaign named after a person is a
# candidate's (`candidate-campaign` in source_words.csv); "the Greenpeace campaign" is not
_PERSON_CAMPAIGN = re.compile(rf"\b({CAPITAL}[\w\-]+(?:['’]s)?)\s+campaign\b")


def _candidates(phrase: str) -> str:
    """``phrase`` with a campaign named after a person written "candidate-campaign"."""

    def joined(match: re.Match[str]) -> str:
        owner = without_possessive(match.group(1)).lower()
        before = phrase[: match.start()].split()[-1:]
        if (
            owner in ORG_HEADS
            or owner in organization_first_words()
            or owner in TYPE_VOCABULARY
            or (before and before[0][:1].isupper() and not given_name(before[0]))
        ):
            return match.group()  # "Greenpeace campaign", "Save Our Parks campaign"
        return f"{match.group(1)} candidate-campaign"

    return _PERSON_CAMPAIGN.sub(joined, phrase) if "campaign" in phrase else phrase


_JOINED_TERMS = re.compile(
    r"law firm|white house|think tank|spokesperson for|human rights|attorney general|council member"
)


def country_of(*phrases: str | None) -> str | None:
    """The country a description names: "Venezuelan President" -> Venezuela."""
    for phrase in phrases:
        country = _country_in(phrase) if phrase else None
        if country:
            return country
    return None


# a capitalised word, or two: "New Zealand", "Kenya's"
_CAPITALISED_PAIR = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")


@lru_cache(maxsize=4096)
def _country_in(phrase: str) -> str | None:
    places = place_names()
    for word in _CAPITALISED_PAIR.findall(phrase):
        for candidate in (word, word.split()[0]):
            place = places.get(candidate.lower().rstrip("."))
            if place:
                return place.country
    return None


def clear_caches() -> None:
    """Forget the type and country readings cached so far."""
    _type_of_text.cache_clear()
    _country_in.cache_clear()
