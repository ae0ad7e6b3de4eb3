"""The engine's vocabulary: speech verbs and their forms (``data/speech_verbs.csv``), title,
role, organisation and group words, source-type words, the function words the rules read
around a phrase (determiners, prepositions, pronouns, the auxiliary verbs), the words of a
date (months, weekdays, time words), number words, the last words of place names ("Harlan
County"), natural hazards (``data/hazard_words.csv``), the nouns in -ly that are no manner
adverb ("family"), the adjectives of regions and compass points ("East African"), and the
packaged lists of places, given names and organisations.

What it can not tell you: a word these lists lack is read as an ordinary word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import Lexicon, load_lexicon
from ..vocabulary import SPEECH_VERBS, TITLE_WORDS, TYPE_OF_WORD, data_rows, words_of_kind


def _form(word: str, lemma: str) -> str:
    if word.endswith("ing"):
        return "participle"
    if word == lemma.split()[0] or word == lemma.replace(" ", ""):
        return "base"
    if word.endswith("s") and not word.endswith("ss"):
        return "present"
    return "past"


def _inflected_word(form: tuple[str, ...]) -> str:
    """The word of a verb phrase that tells its form: the last ("pointed out", "raised
    concerns"), unless that ends in -ing and the first does not: then the last is a noun
    ("served a warning") and the first word tells the form; a first word in -ing makes a
    participle whatever follows ("pointing out", "paying tribute")."""
    if len(form) > 1 and (form[0].endswith("ing") or form[-1].endswith("ing")):
        return form[0]
    return form[-1]


# Speech verbs and their forms (data/speech_verbs.csv); their stance comes from the
# lexicon's attribution-verb entries, and a verb the lexicon does not list counts as neutral.
VERBS = {
    tuple(form.split()): (verb.verb, verb.takes_clause)
    for verb in SPEECH_VERBS
    for form in (verb.verb, *verb.forms)
}

# form -> (lemma, takes a clause, "participle" | "base" | "present" | "past")
_VERB_FORMS = {
    form: (lemma, clause, _form(_inflected_word(form), lemma))
    for form, (lemma, clause) in VERBS.items()
}

# The cues that are not a speech verb's form: (lemma, form) by their words.
_CUE_PHRASES = {
    ("according", "to"): ("according to", "according"),  # "according to the ministry"
    ("quoted", "as", "saying"): ("say", "quoted"),  # "was quoted as saying"
    # "The court heard from Ana Ruiz, prosecuting, that ...": the speaker comes after
    ("heard", "from"): ("hear from", "according"),
}

# Every cue by its words -> (lemma, takes a clause, form). A colon or a dash next to a
# quotation is a cue too: see `marks.MarkReader.colon_and_dash_phrases`.
CUES = {
    **_VERB_FORMS,
    **{words: (lemma, True, form) for words, (lemma, form) in _CUE_PHRASES.items()},
}

# For each word that can start a cue, the lengths of its cues, longest first.
CUE_LENGTHS: dict[str, tuple[int, ...]] = {}

for _words in sorted(CUES, key=len, reverse=True):
    CUE_LENGTHS[_words[0]] = (*CUE_LENGTHS.get(_words[0], ()), len(_words))

INVERTIBLE = frozenset(v.verb for v in SPEECH_VERBS if v.before_speaker)

# The past and present forms of every speech verb ("said", "wrote", "tells", "warned"): the
# verb of a speaker tag such as "One said:" (the `forms` column of data/speech_verbs.csv)
FINITE_SPEECH_VERBS = frozenset(
    words[0]
    for words, (_lemma, _clause, form) in _VERB_FORMS.items()
    if len(words) == 1 and form in ("past", "present")
)

# A capital letter, accented ones too ("Élise", "Ángel", "Łukasz"), as a regex class.
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
# A body's short name in brackets after its name, as a regex: "(NCDC)", "(A&E)", "(U.N.)"
ACRONYM_IN_BRACKETS = r"\([A-Z][A-Z&.]{1,9}\)"

BE = frozenset("is are was were be been being am 's".split())
# The auxiliary verbs: the forms of "be" and "have" and the modals. One inside a phrase, or
# one alone, is a clause's verb, never part of a name ("the firm is facing legal", "Some have")
AUXILIARIES = frozenset(
    "is are was were be been being has have had will would should could can may might must".split()
)
# a form of "be" right before a participle makes one finite verb, in progress: "the party is
# calling on the mayor to resign" reports the party's words as "the party called on" does
PROGRESSIVE_BE = frozenset(("is", "are", "was", "were"))

# A party and a district or state in brackets after a legislator's name: "(R-Texas)",
# "(D-Calif.)", "(PH-Ipoh Timur)", and in Irish and British reports after a comma: "(FG,
# Galway West)", "(Lab, Leeds North)". It is no part of the name, and it makes the person a
# politician.
PARTY_CODE = re.compile(r"\s*\(\s*[A-Z][A-Za-z]{0,5}\s*[-–,]\s*[A-Z][\w.'’ ]{1,30}\)")

# A relative named by their tie to someone ("Landen's mother", "the boy's father") is one
# person, and the word says whether "he" or "she" can point to them.
KIN_GENDER = {
    **dict.fromkeys(
        "mother mum mom wife daughter sister widow grandmother aunt niece girlfriend".split(), "f"
    ),
    **dict.fromkeys(
        "father dad husband son brother widower grandfather uncle nephew boyfriend".split(), "m"
    ),
}

AUX_AND_ADVERBS = frozenset(
    """
has have had also later earlier then again previously repeatedly reportedly recently
publicly privately separately already once further quickly will would could may might must
shall should did does do not never still has_also often frequently
first initially subsequently since
now just even instead
""".split()
)

# The months, for dates beside a name ("the union on 12 September said").
MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)

# The days of the week, for dates beside a name ("Kristi Noem on Wednesday said") and in
# a time after one ("struck on Monday")
WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())

# The words of a time: a past form before one is a participle ("documents filed Monday",
# "troops killed overnight"), a verb opening a phrase may go on with one ("struck on
# Monday"), and a phrase made only of them names no source ("Last", "Overnight")
TIME_WORDS = frozenset(
    """last next this yesterday today tomorrow tonight overnight earlier later week weeks
    weekend month months year years""".split()
    + list(WEEKDAYS)
)

# The number words: before a word they make it a plural noun ("two reports"), and alone
# they name no one ("Two said ..." needs the noun it counts before it can be a source)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten dozens hundreds thousands".split()
)

# The last word of a place's name, where the lists of countries and capitals do not have
# the place: "Midlands Province", "Harlan County", "Mexico City"
PLACE_KINDS = frozenset(
    "province county district region state city town village municipality".split()
)

# Past forms of common verbs that do not end in -ed: "the council sat and listened"
IRREGULAR_PASTS = frozenset(
    """sat made took gave went met held kept ran saw won lost brought began spent sent paid
    knew became stood got drew threw fell rose grew broke chose heard built caught fought
    taught sold bought struck stole sought""".split()
)
# Words before a past form that make it an adjective: "the alleged attacker", "his retired
# father", "a newly elected mayor"
BEFORE_AN_ADJECTIVE = frozenset(
    """the a an this that these those his her its their our my your some any every each no
    another one two three several many most all both former""".split()
)

# The words that open a noun phrase before a noun of speech: "the claims", "any warning",
# "despite claims by" (after a preposition). A speech verb's form after one is a noun, and
# "claims by X that" names X as the speaker.
DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your any no every each some "
    "such other".split()
)

PREPOSITIONS = frozenset(
    """
of in on at for to with from by about against under over between among into onto during
before after than like despite toward towards across through without within upon via per
alongside beside
""".split()
)

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "group",
    "it": "org",
    "we": "first",
    "i": "first",
}

# The pronouns that can be the subject a speaker phrase names: he, she, it, they, we
SUBJECT_PRONOUNS = frozenset(PRONOUNS) - {"i"}

# An object pronoun after "according to" points back like its subject form: "According to
# him, ..." is "he" said it (`phrases.read_phrase`).
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}

# Title, role and organisation words (data/source_words.csv): they describe a person but are
# not part of the name.
ROLE_WORDS = words_of_kind("role") | frozenset(TITLE_WORDS)  # with "det", "sgt", "cllr"

# Titles a person keeps whatever job they do: "Dr.", "Prof.", "Rev." (and their full words).
HONORIFICS = words_of_kind("honorific")
# Titles of rank that say nothing of a job: "Sir", "Dame", "the Hon."
RANKS = frozenset({"sir", "dame", "hon"})

# Letters after a name that say what a person is: "Michael Cush SC" (senior counsel).
POST_NOMINALS = words_of_kind("post-nominal")

# The first word of many newspapers' names: "Daily Mail", "Evening Standard" (not "Sunday",
# a given name in West Africa: "Sunday Okoro").
NEWSPAPER_STARTS = words_of_kind("newspaper name start")
# Titles that are also the names of publications: "The Economist reported", "The Hollywood
# Reporter said" name a magazine, not the economist or reporter the text named before.
PUBLICATION_TITLES = frozenset("economist reporter".split())

# The last word of an organisation's name: "Human Rights Watch", "Ministry of Health".
ORG_HEADS = words_of_kind("organisation name end")
# Words for a company: "online retailer Castlegate", "the company said".
COMPANY_WORDS = words_of_kind("company")
# Words that decide a source's type, looked up in the speaker's phrase and role; an
# abbreviated title has the type of the word it stands for: "Det." is police, like "detective".
TYPE_VOCABULARY = {
    **{short: TYPE_OF_WORD[word] for short, word in TITLE_WORDS.items() if word in TYPE_OF_WORD},
    **TYPE_OF_WORD,
}


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    short: str


def _names_in(row: Mapping[str, str], *columns: str) -> list[str]:
    """The lowercase names in ``|``-separated cells: "Washington|DC" -> ["washington", "dc"]."""
    return [n.strip().lower() for c in columns for n in (row.get(c) or "").split("|") if n.strip()]


@cache
def place_names() -> dict[str, Place]:
    """Country names, demonyms and capitals (lowercase) -> country."""
    table: dict[str, Place] = {}
    for row in data_rows("places.csv"):
        place = Place(row["country"], row.get("short") or row["country"])
        for name in _names_in(row, "country", "short", "demonyms", "capitals", "aliases"):
            table.setdefault(name, place)
    return table


def place_named(low: str) -> Place | None:
    """The place a lowercase word names, full stops aside ("u.s" and "us"), or None."""
    places = place_names()
    return places.get(low) or (places.get(low.replace(".", "")) if "." in low else None)


@cache
def capital_cities() -> dict[str, Place]:
    """Capital cities (lowercase) -> country: "Washington alleged" means the US government."""
    return {
        name: Place(row["country"], row.get("short") or row["country"])
        for row in data_rows("places.csv")
        for name in _names_in(row, "capitals")
    }


@cache
def _first_names() -> dict[str, str]:
    """Given names strongly tied to one gender (lowercase) -> "f" or "m", for pronouns."""
    return {row["name"].lower(): row["gender"] for row in data_rows("first_names.csv")}


@lru_cache(maxsize=4096)
def given_name(word: str) -> str | None:
    """The gender ("f" or "m") of a given name, accents aside ("Élise", "José"), or None."""
    low = word.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if c.isascii())
    return _first_names().get(low)


@cache
def organization_first_words() -> frozenset[str]:
    """The first words of the known organisations' names and aliases."""
    return frozenset(name.split()[0] for name in organization_names())


@cache
def organization_names() -> dict[str, tuple[str, str, str | None]]:
    """Known organisation names and aliases (lowercase) -> (name, type, country)."""
    return {
        name: (row["name"], row["type"], row.get("country") or None)
        for row in data_rows("organizations.csv")
        for name in _names_in(row, "name", "aliases")
    }


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_plural(word: str) -> bool:
    """A plural the regular way: "authors", "residents" (not "press", "boss")."""
    return word.endswith("s") and not word.endswith("ss")


def people_word(word: str) -> bool:
    """A plural word for people: "aides", "lawyers", "relatives", "officials"."""
    return word in _PEOPLE or (
        word.endswith("s") and (word[:-1] in PERSON_NOUNS or word in TYPE_VOCABULARY)
    )


# People spoken of as a group: "aides", "critics", "sources".
_PEOPLE = words_of_kind("group")

MESSAGE_NOUNS = frozenset(
    "message messages statement statements letter letters video videos post posts report reports "
    "words remarks comments its his hers theirs news series".split()
)

# Documents that "say" things: "the statement said", "the letter reads". A document speaks
# for its author (GUIDELINE.md), so "the statement" is whoever issued the statement.
DOCUMENT_NOUNS = frozenset(
    """statement letter plea petition filing lawsuit complaint affidavit memo memorandum release
    post tweet email interview""".split()
)
# Reports and findings that "found" or "said" something, besides those documents: "the
# council's review found", "a Harbour Trust probe concluded" (`authors.document_owner`)
FINDING_NOUNS = frozenset(
    """report study survey poll probe investigation inquiry review audit analysis findings
    research""".split()
)

STANCE_ORDER = {"distancing": 0, "guilt": 1, "alarm": 2, "endorsing": 3}


def strongest(stances: list[str]) -> str:
    """The stance that tells most about a sentence's cues: distancing first, then guilt..."""
    ranked = filter(STANCE_ORDER.__contains__, stances)
    return min(ranked, key=STANCE_ORDER.__getitem__, default="neutral")


@lru_cache(maxsize=1024)
def verb_lemma(cue: str) -> str:
    low = cue.lower().replace("’", "'")
    entry = VERBS.get(tuple(low.split()))
    return entry[0] if entry else low


def stance_table(lexicon: Lexicon | None) -> dict[str, str]:
    """Each attribution verb's stance, from the lexicon's verb entries: "warn" -> "alarm"."""
    return _stance_table(load_lexicon() if lexicon is None else lexicon)


@lru_cache(maxsize=16)
def _stance_table(lexicon: Lexicon) -> dict[str, str]:
    # a Lexicon never changes (edits make a new one), so its table can be kept
    table: dict[str, str] = {}
    for entry in lexicon:
        if entry.stance:
            for form in entry.forms:
                lemma = VERBS.get(form, (None,))[0]
                if lemma:
                    table.setdefault(lemma, entry.stance)
            table.setdefault(entry.term, entry.stance)
    return table


# Nouns for one person ("a diplomat", "the coach"), but not the role words that name a body.
PERSON_NOUNS = (words_of_kind("person") | ROLE_WORDS) - frozenset(
    "council party state affairs homeland security justice".split()
)
# The words for one who speaks for someone else: "a Whitman spokeswoman" speaks for Whitman
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# Nouns for an organisation: "the company", "the union".
ORG_WORDS = words_of_kind("organisation")

COMMON_CAPITALISED = frozenset(
    """
the a an this that these those it he she they we i in on at for but and however while when
after before as since if although though meanwhile still yet so then now also both some
many most several few other others another each every all no not more such standing
speaking asked told said according guarded critics officials residents police lawyers
relatives
""".split()
)


def without_possessive(word: str) -> str:
    """``word`` without a possessive "'s" or "’s" ("Taylor's": "Taylor"; "farmers'" keeps
    its apostrophe: callers that read a plural's possessive strip it themselves)."""
    return word.removesuffix("'s").removesuffix("’s")


def is_common_word(word: str) -> bool:
    """A capitalised word that is not a name: "However", "Standing", "Asked"."""
    low = word.lower()
    return low in COMMON_CAPITALISED or low.endswith(("ing", "ed", "ly"))


# Natural hazards, from data/hazard_words.csv: "the floods", "a bushfire", "landslides"
HAZARD_WORDS = frozenset(row["word"] for row in data_rows("hazard_words.csv"))

# Nouns and adjectives that end in -ly, and so are no manner adverb after a name ("Ana
# Ruiz's family said", "the elderly", "a Melbourne weekly"): `subjects.noun_phrase_span`
# trims an adverb in -ly after a speaker's name ("replied Ana Ruiz sharply"), and
# bench/realnews/score.py flags one left in a source's name
LY_NOUNS = frozenset(
    """family assembly ally supply rally monopoly anomaly bully elderly weekly daily monthly
    quarterly fortnightly fly butterfly lily homily""".split()
)


def manner_adverb(word: str) -> bool:
    """Is ``word`` a lowercase adverb in -ly ("sternly", "quietly"), not a noun in -ly?"""
    low = word.strip(".,;:")
    return low.islower() and low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


# A region's adjective that no country's row holds: "an East African country", "Latin
# American leaders". Alone, after compass words, or as a country's demonym, it tells where
# someone is from, never who speaks.
REGION_ADJECTIVES = frozenset(
    """african asian european american arab caribbean pacific nordic scandinavian balkan
    baltic mediterranean""".split()
)
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest north-east north-west south-east south-west latin sub-saharan""".split()
)
# The endings of a demonym that is an adjective ("Kenyan", "Polish", "Iraqi"); a demonym
# that is a noun for one person ("Finn", "Pole", "Swede") may be a name or a person
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "ine")


@cache
def _demonyms_only() -> frozenset[str]:
    """Demonyms ("kenyan", "south african") that are not also a place's own name ("us")."""
    places = {
        name
        for row in data_rows("places.csv")
        for name in _names_in(row, "country", "short", "capitals", "aliases")
    }
    return frozenset(
        name
        for row in data_rows("places.csv")
        for name in _names_in(row, "demonyms")
        if name not in places and name.endswith(_ADJECTIVE_ENDINGS)
    )


def place_adjective(phrase: str) -> bool:
    """Is the whole phrase a nationality or place adjective, capitalised as written ("East
    African", "Kenyan", "South African", "Middle Eastern")? It tells where someone is from;
    alone it is nobody's name."""
    words = phrase.split()
    if not words or not all(is_capitalised(w) for w in words):
        return False
    low = [w.lower() for w in words]
    if " ".join(low) in _demonyms_only() or " ".join(low) == "middle eastern":
        return True
    last_is_adjective = low[-1] in REGION_ADJECTIVES or low[-1] in _demonyms_only()
    return last_is_adjective and all(w in COMPASS_WORDS for w in low[:-1])
