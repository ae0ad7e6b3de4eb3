"""Who gets quoted: sources, speakers of quotations, and reported speech.

Rules over NLTK-free word spans, in three steps per sentence: find the
attribution cues ("said", "warned that", "according to", a colon or a dash next
to a quotation), find the noun phrase that speaks (before the cue, after an
inverted cue, or the main subject for a participle such as ", warning that"),
and resolve that phrase to a source: a full name, a surname, a title, a
pronoun, a description ("the organization"), or a collective or anonymous group.

What it can not tell you: the rules read the sentence's surface, not its
meaning. A pronoun is resolved to the most recent speaker it fits; a quotation
with no speaker in its own or the neighbouring sentences gets ``speaker=None``
and a reason, never a guess. Source types come from title and organisation
words, so a source the text does not describe gets the type "other".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate
from typing import Literal, NamedTuple

from .lexicon import Lexicon, load_lexicon
from .quotes import Quote, find_quotes
from .text import Article, Sentence
from .vocabulary import NAME_ABBREVIATIONS, SPEECH_VERBS, TITLE_WORDS, data_rows

__all__ = [
    "SOURCE_TYPES",
    "Attribution",
    "Attributions",
    "Cue",
    "Mention",
    "Source",
    "attribute",
]

SOURCE_TYPES = (
    "government or official",
    "politician",
    "police or military",
    "court",
    "advocacy group",
    "expert or academic",
    "affected person or family",
    "lawyer",
    "business",
    "media",
    "other",
)
AttributionKind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place where the text names (or points to) a source."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Source:
    """Someone the article gives a voice to."""

    name: str
    type: str
    country: str | None = None
    unnamed: bool = False
    mentions: tuple[Mention, ...] = field(default=(), compare=False, repr=False)
    role: str | None = field(default=None, compare=False, repr=False)
    side: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that attribute: "said", "warned that", "according to", a colon or a dash."""

    start: int
    end: int
    text: str
    stance: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """One sentence that gives ``source`` a voice.

    ``cue`` joins the cue words (``"condemned / calling"``); ``cues`` has each one
    with its place in the text and its stance.
    """

    sentence: int
    paragraph: int
    source: Source
    kind: AttributionKind
    cue: str
    stance: str
    quotes: tuple[int, ...] = ()
    content: tuple[int, int] | None = None  # the reported clause, for indirect speech
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Attributions:
    """Everything `attribute` found."""

    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    reported: tuple[tuple[int, int, Source], ...]  # (start, end, source) of reported clauses


# --- vocabulary -------------------------------------------------------------------------------


def _form(word: str, lemma: str) -> str:
    if word.endswith("ing"):
        return "participle"
    if word == lemma.split()[0] or word == lemma.replace(" ", ""):
        return "base"
    if word.endswith("s") and not word.endswith("ss"):
        return "present"
    return "past"


# Speech verbs and their forms (data/speech_verbs.csv); their stance comes from the
# lexicon's attribution-verb entries, and a verb the lexicon does not list counts as neutral.
_VERBS = {
    tuple(form.split()): (verb.verb, verb.takes_clause)
    for verb in SPEECH_VERBS
    for form in (verb.verb, *verb.forms)
}
# form -> (lemma, takes a clause, "participle" | "base" | "present" | "past")
_VERB_FORMS = {
    form: (lemma, clause, _form(form[-1], lemma)) for form, (lemma, clause) in _VERBS.items()
}
# The cues that are not a speech verb's form: (lemma, form) by their words.
_CUE_PHRASES = {
    ("according", "to"): ("according to", "according"),  # "according to the ministry"
    ("quoted", "as", "saying"): ("say", "quoted"),  # "was quoted as saying"
}
# Every cue by its words -> (lemma, takes a clause, form). A colon or a dash next to a
# quotation is a cue too: see _Engine._colon_and_dash_cues.
_CUES = {
    **_VERB_FORMS,
    **{words: (lemma, True, form) for words, (lemma, form) in _CUE_PHRASES.items()},
}
# For each word that can start a cue, the lengths of its cues, longest first.
_CUE_LENGTHS: dict[str, tuple[int, ...]] = {}
for _words in sorted(_CUES, key=len, reverse=True):
    _CUE_LENGTHS[_words[0]] = (*_CUE_LENGTHS.get(_words[0], ()), len(_words))
_INVERTIBLE = frozenset(v.verb for v in SPEECH_VERBS if v.before_speaker)
_POINTS_BACK = re.compile(
    r"\s*(?:Those|These|That|This|Such|The|Her|His|Their|Its)\b[^.]{0,50}?"
    r"\b(?:words?|verdict|message|remarks?|comments?|assessment|warning|response|reply|plea)\b"
)
# A capital letter, accented ones too ("Élise", "Ángel", "Łukasz"), as a regex class.
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_ROLE_AND_NAME = re.compile(rf"\s+([a-z]+)\s+({_CAPITAL}[\w'’\-]*(?:\s+{_CAPITAL}[\w'’\-]*)*)")
_LEADING_ORG = re.compile(r"((?:The|A|An)\s+(?:[A-Z][\w\-]*\s+)+([a-z][\w\-]*))\b")
# "declined to comment", "did not say": no words reported
_DECLINED_WORDS = tuple(
    "not|never|declined to|refused to|did not|would not|could not|won't|didn't".split("|")
)
_DECLINED = re.compile(rf"\b(?:{'|'.join(_DECLINED_WORDS)})\s*$")
# "would tell", "to say", "one reply": not a report of what someone said
_PLACE_WORDS = frozenset("near outside inside behind beyond around across along beside".split())
_INNER_DETERMINERS = frozenset(("the", "his", "her", "their", "its"))
_INNER_SUBJECT = re.compile(
    rf"\S\s+((?:{'|'.join(sorted(_INNER_DETERMINERS))})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,2}})$"
)
_WHO = re.compile(r"\s(?:who|whose)\s")
_AGE_ASIDE = re.compile(r",\s*\d{1,3}\s*$")
# Tyrell “Smoke” Jennings: a quoted nickname between the first name and the surname
_NICKNAMED = re.compile(
    rf"(?<!\w)({_CAPITAL}[\w\-]+)\s+[\"“‘']{_CAPITAL}[^\"”’'\n]{{0,20}}[\"”’']\s+({_CAPITAL}[\w\-]+)"
)


_PERSON_APPOSITIVE = re.compile(
    r",\s*(?:\d{1,3}\s*,|who\b|whose\b|(?:a|an|the)\s+(?:[\w\-’']+\s+){0,3}?([a-z]+)\b[,.])"
)
_CONTRACTIONS = frozenset("he's she's it's that's there's who's what's here's where's".split())
_PRONOUN_OBJECTS = frozenset("he she they it who which that also".split())
_NOBODY = frozenset("not everyone|no one|nobody|few|none|everyone|not all".split("|"))
_MODALS = frozenset("to would will could should might may must can one two another".split())
_NOUN_LIKE = frozenset(v.verb for v in SPEECH_VERBS if v.also_a_noun)
_HEADLINE_CUES = frozenset(v.verb for v in SPEECH_VERBS if v.in_headlines)
# Verbs of thinking or finding: a cue only when a reported clause or a quotation follows.
_NEEDS_CLAUSE = frozenset(v.verb for v in SPEECH_VERBS if v.needs_clause)
_BE = frozenset("is are was were be been being am 's".split())
_AUX_AND_ADVERBS = frozenset(
    """
has have had also later earlier then again previously repeatedly reportedly recently
publicly privately separately already once further quickly will would could may might must
shall should did does do not never still has_also often frequently
""".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your any no every each some".split()
)
_PREPOSITIONS = frozenset(
    """
of in on at for to with from by about against under over between among into onto during
before after than like despite toward towards across through without within upon via per
""".split()
)
_PRONOUNS = {"he": "m", "she": "f", "they": "group", "it": "org", "we": "first", "i": "first"}
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_OCCASIONS = "statement|interview|press conference|post|letter|speech|report"
_FORUMS = "court|parliament|congress"
_WHENS = "today|yesterday|earlier|later"
_TRAILING_TIME = re.compile(
    rf"(?:,?\s+(?:on|late on|early on|last|this)\s+(?:{_WEEKDAYS})|,?\s+(?:on|in)\s+"
    rf"(?:a|an|the)\s+(?:{_OCCASIONS})(?:\s+\w+){{0,4}}|\s+in\s+(?:{_FORUMS})|\s+(?:{_WHENS}))\s*$",
    re.IGNORECASE,
)

# Title, role and organisation words: they describe a person but are not part of the name.
_ROLE_WORDS = frozenset(
    """
president vice prime minister secretary chief director deputy senator sen rep cr garda
representative governor mayor judge justice officer commissioner ambassador general gen
colonel col lieutenant lt captain capt sergeant sgt major maj admiral adm commander
spokesperson spokesman spokeswoman coach manager chairman chairwoman chair ceo cfo founder
head leader chancellor king queen prince princess pope sheikh dr mr mrs ms miss prof
professor rev reverend sir dame lord lady attorney inspector detective constable
superintendent sheriff council councillor councilman councilwoman congressman
congresswoman lawmaker mp mep premier pm executive analyst academic researcher economist
activist lawyer prosecutor minister's official officials authorities homeland security
justice foreign interior defense defence affairs state public health national federal
general secretary-general director-general undersecretary assistant acting former interim
senior junior opposition party striker midfielder defender goalkeeper player owner editor
reporter correspondent doctor nurse scientist expert
""".split()
) | frozenset(TITLE_WORDS)  # "det", "sgt", "cllr": the abbreviated titles
_ORG_HEADS = frozenset(
    """
international watch institute institution university college ministry department agency
embassy organization organisation foundation council committee commission court tribunal
office bureau service services group association union party front movement network
campaign center centre company corporation corp inc ltd llc bank fund authority
administration government police army navy force forces guard command assembly parliament
congress senate house club team federation league board society trust alliance coalition
church school hospital times post news press agency's reuters afp treasury
""".split()
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

# Words for a company: "online retailer Castlegate", "the company said".
_COMPANY_WORDS = frozenset(
    """company firm bank corporation manufacturer retailer miner insurer startup start-up
    provider maker developer airline carrier lender supplier operator chain platform app
    business employer""".split()
)
# Words that decide a source's type, looked up in the speaker's phrase and role.
_TYPE_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("court", frozenset("judge judges court courts justice tribunal magistrate panel".split())),
    (
        "lawyer",
        frozenset(
            """lawyer lawyers attorney attorneys counsel solicitor barrister law-firm
            defender""".split()
        ),
    ),
    (
        "police or military",
        frozenset(
            """police officer officers sheriff detective constable army military soldier soldiers
            troops commander colonel general navy marines guard sergeant captain
            lieutenant garda gardai gardaí superintendent inspector""".split()
        ),
    ),
    (
        "politician",
        frozenset(
            """senator sen rep congressman congresswoman lawmaker lawmakers
            legislator
            mp mep mps meps councillor councillors councilman councilwoman council-member mayor cr
            senators candidate democrat democrats republican republicans opposition backbencher
            backbenchers""".split()
        ),
    ),
    (
        "government or official",
        frozenset(
            """president minister ministry secretary government administration official officials
            embassy ambassador diplomat spokesperson-for authorities governor premier
            chancellor department agency state homeland white-house prosecutor prosecutors
            commissioner kremlin cabinet regime regulator regulators commission inspectorate
            diplomats envoy attorney-general council office aide aides""".split()
        ),
    ),
    (
        "advocacy group",
        frozenset(
            """advocates advocate activists activist campaigners campaigner rights amnesty ngo ngos
            charity charities organizations organisations group groups watchdog union
            unions organisers organizers campaign coalition""".split()
        ),
    ),
    (
        "expert or academic",
        frozenset(
            """analyst analysts expert experts academic academics professor researcher researchers
            scientist scientists economist economists scholar institute university think-tank
            study studies doctor doctors epidemiologist dr""".split()
        ),
    ),
    (
        "affected person or family",
        frozenset(
            """relatives relative family families mother father son daughter wife husband brother
            sister parent parents resident residents victim victims survivor survivors migrant
            migrants detainee detainees patient patients neighbour neighbor neighbours neighbors
            witness witnesses tenant tenants worker workers passenger passengers fan fans customer
            customers user users commuter commuters pupil pupils protester protesters
            demonstrator demonstrators ex-wife ex-husband widow widower""".split()
        ),
    ),
    (
        "business",
        frozenset(
            """companies firms ceo executive executives businesses banks inc corp ltd llc owner
            investors""".split()
        )
        | _COMPANY_WORDS,
    ),
    (
        "media",
        frozenset(
            """newspaper journalist journalists reporter reporters editor broadcaster
            outlet magazine
            channel television tv radio""".split()
        ),
    ),
)


# An abbreviated title has the type of the word it stands for: "Det." is police, like "detective".
_TYPE_WORDS = tuple(
    (kind, vocabulary | {short for short, word in TITLE_WORDS.items() if word in vocabulary})
    for kind, vocabulary in _TYPE_WORDS
)
_TYPE_VOCABULARY = {word: kind for kind, vocabulary in _TYPE_WORDS for word in vocabulary}


@dataclass(frozen=True, slots=True)
class _Place:
    country: str
    short: str


def _names_in(row: Mapping[str, str], *columns: str) -> list[str]:
    """The lowercase names in ``|``-separated cells: "Washington|DC" -> ["washington", "dc"]."""
    return [n.strip().lower() for c in columns for n in (row.get(c) or "").split("|") if n.strip()]


@cache
def _places() -> dict[str, _Place]:
    """Country names, demonyms and capitals (lowercase) -> country."""
    table: dict[str, _Place] = {}
    for row in data_rows("places.csv"):
        place = _Place(row["country"], row.get("short") or row["country"])
        for name in _names_in(row, "country", "short", "demonyms", "capitals", "aliases"):
            table.setdefault(name, place)
    return table


def _place(low: str) -> _Place | None:
    """The place a lowercase word names, full stops aside ("u.s" and "us"), or None."""
    places = _places()
    return places.get(low) or (places.get(low.replace(".", "")) if "." in low else None)


@cache
def _capitals() -> dict[str, _Place]:
    """Capital cities (lowercase) -> country: "Washington alleged" means the US government."""
    return {
        name: _Place(row["country"], row.get("short") or row["country"])
        for row in data_rows("places.csv")
        for name in _names_in(row, "capitals")
    }


@cache
def _first_names() -> dict[str, str]:
    """Given names strongly tied to one gender (lowercase) -> "f" or "m", for pronouns."""
    return {row["name"].lower(): row["gender"] for row in data_rows("first_names.csv")}


@lru_cache(maxsize=4096)
def _given_name(word: str) -> str | None:
    """The gender ("f" or "m") of a given name, accents aside ("Élise", "José"), or None."""
    low = word.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if c.isascii())
    return _first_names().get(low)


@cache
def _organization_first_words() -> frozenset[str]:
    """The first words of the known organisations' names and aliases."""
    return frozenset(name.split()[0] for name in _organizations())


@cache
def _organizations() -> dict[str, tuple[str, str, str | None]]:
    """Known organisation names and aliases (lowercase) -> (name, type, country)."""
    return {
        name: (row["name"], row["type"], row.get("country") or None)
        for row in data_rows("organizations.csv")
        for name in _names_in(row, "name", "aliases")
    }


# --- phrases ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Phrase:
    """A speaker phrase: its span, and how it reads."""

    start: int
    end: int
    text: str
    role: str = ""  # an appositive or title words: "an analyst at the Migration Policy Institute"


_PHRASE_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’\-][^\W_]+)*")  # "U.S." is one word
_ABBREVIATION_END = re.compile(r"\b[A-Z]\.?[A-Z]$")


def _words_of(text: str) -> list[str]:
    return _PHRASE_WORD.findall(text)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


_PHRASE_JUNK = " \t\n\u00a0,;:.-–—\"'“”‘’()"


def _strip_phrase(text: str, start: int, end: int) -> tuple[int, int]:
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
        if low in _ROLE_WORDS or low in _ORG_HEADS or _place(low) is not None:
            break
        if not (_is_capitalised(word) or low in _PARTICLES):
            break
        name.insert(0, word)
        if word.lower() not in _PARTICLES:
            proper += 1
            if proper >= 4:
                break
    while name and (name[0].lower() in _PARTICLES or name[0].lower() in _COMMON_CAPITALISED):
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
        if token.lower() in ("of", "and", "&"):
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
        titled = at > 0 and segment[at - 1].lower().rstrip(".") in _ROLE_WORDS  # "Sen. Dale ..."
        if titled or _given_name(name[0]):
            return name
    return []


@lru_cache(maxsize=8192)
def _read_run(tokens: tuple[str, ...]) -> tuple[str, str, str, str, str | None, str] | None:
    """What a run of two or more capitalised words names, from its words alone.

    None for a place, a law or an event; else (what, name, kind, type, country, prefix):
    ("org", name, "org", ...), ("single", surname, ...) for "For Moreno", or
    ("name", full name, "person" or "name", ...) with the title words before it as prefix.
    Cached: the same names come back in every article about a story.
    """
    lows = [t.lower().rstrip(".") for t in tokens]
    joined = " ".join(lows)
    organizations = _organizations()
    if lows[-1] in _ORG_HEADS or joined in organizations:
        name = " ".join(tokens[1:] if lows[0] == "the" else tokens)
        known = organizations.get(name.lower())
        if known:
            return "org", known[0], "org", known[1], known[2], ""
        return "org", name, "org", _type_of(name), _country_of(name), ""
    if any(low in _ORG_HEADS for low in lows[-2:]) or lows[-1] in _NOT_A_PERSON:
        return None
    if all(len(t) > 1 and t.isupper() for t in tokens):
        return None  # "REALITY TV hunk ...": capitals for emphasis, or an acronym, no name
    places = _places()
    if joined in places or joined.removeprefix("the ") in places:
        return None
    name = _name_in_run(list(tokens))
    if len(name) == 1:
        return "single", name[0], "", "", None, ""
    if len(name) < 2 or all(n.lower() in places for n in name):
        return None
    prefix = " ".join(tokens[: tokens.index(name[0])])
    titled = bool(prefix) and prefix.split()[-1].lower().rstrip(".") in _ROLE_WORDS
    # "Familiar Faces", "Nocturnal Ecology": capitalised, but nobody's name
    kind = "person" if titled or _given_name(name[0]) else "name"
    kind_of_source = _type_of(prefix) if prefix else "other"
    return "name", " ".join(name), kind, kind_of_source, _country_of(prefix), prefix


def _type_of(*phrases: str) -> str:
    """The type a description points to: its head noun first ("a rights advocate" ->
    advocacy group), else a known organisation, else the first telling word."""
    return _type_of_text(" ; ".join(p for p in phrases if p))


_HEAD_WORDS = re.compile(r"[\w\-’']+")
_TYPE_WORDS_RE = re.compile(r"[\w\-]+")


def _head_word(phrase: str) -> str:
    """The head noun of a description: 'a migrants' rights advocate in Ghent' -> advocate."""
    low = _JOINED_TERMS.sub(lambda m: m.group().replace(" ", "-"), phrase.lower())
    words = _HEAD_WORDS.findall(low)
    head: list[str] = []
    for word in words:
        if (
            word in _PREPOSITIONS
            or word in ("who", "whose", "which", "that", ",")
            or (head and word.endswith(("ed", "ing")) and word not in _TYPE_VOCABULARY)
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
        kind = _TYPE_VOCABULARY.get(_head_word(phrase))
        if kind is not None:
            return kind
    words: list[str] = []
    for phrase in phrases:
        low = phrase.lower().replace("law firm", "law-firm").replace("white house", "white-house")
        low = low.replace("think tank", "think-tank").replace(
            "spokesperson for", "spokesperson-for"
        )
        words.extend(_TYPE_WORDS_RE.findall(low))
    best: tuple[int, str] | None = None
    for kind, vocabulary in _TYPE_WORDS:
        for position, word in enumerate(words):
            if word in vocabulary:
                if best is None or position < best[0]:
                    best = (position, kind)
                break
    organizations = _organizations()
    firsts = _organization_first_words()
    starts = [i for i, word in enumerate(words) if word in firsts]  # where a name can begin
    for size in range(min(6, len(words)), 0, -1):
        for i in starts:
            if i + size > len(words):
                break
            gram = " ".join(words[i : i + size])
            if len(gram) > 3 and gram in organizations:
                return organizations[gram][1]
    return best[1] if best else "other"


_JOINED_TERMS = re.compile(
    r"law firm|white house|think tank|spokesperson for|human rights|attorney general|council member"
)


def _country_of(*phrases: str | None) -> str | None:
    """The country a description names: "Venezuelan President" -> Venezuela."""
    for phrase in phrases:
        country = _country_in(phrase) if phrase else None
        if country:
            return country
    return None


@lru_cache(maxsize=4096)
def _country_in(phrase: str) -> str | None:
    places = _places()
    for word in _CAPITALISED_PAIR.findall(phrase):
        for candidate in (word, word.split()[0]):
            place = places.get(candidate.lower().rstrip("."))
            if place:
                return place.country
    return None


_CAPITALISED_PAIR = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")


class _Reading(NamedTuple):
    """What a speaker phrase says by its words alone, before the article's sources are
    consulted (see `_Engine.resolve`, which reads these in order)."""

    low: str  # lowercased, spaces collapsed
    pronoun: bool
    tokens: tuple[str, ...]
    subject: tuple[int, str] | None = None  # "a claim Harlow & Finch denied" -> the name
    organization: tuple[str, str, str | None] | None = None  # a known one: name, type, country
    capital: _Place | None = None  # "Washington"
    all_titles: str = ""  # "US Official": only title and place words; the last one
    description: tuple[str, str] | None = None  # "the organization": (head, name)
    group: bool = False  # "human rights advocates": a collective or anonymous source
    organization_name: bool = False  # "the Migration Policy Institute"
    name: tuple[str, ...] = ()  # the person's name in it
    role: str = ""  # the words around the name: "Sen." ... "of Texas"
    gender: str | None = None  # from Ms or Mr


def _is_plural(word: str) -> bool:
    """A plural the regular way: "authors", "residents" (not "press", "boss")."""
    return word.endswith("s") and not word.endswith("ss")


def _people_word(word: str) -> bool:
    """A plural word for people: "aides", "lawyers", "relatives", "officials"."""
    return word in _PEOPLE or (
        word.endswith("s") and (word[:-1] in _PERSON_NOUNS or word in _TYPE_VOCABULARY)
    )


_PEOPLE = frozenset(
    "people aides friends allies supporters associates colleagues critics opponents sources "
    "men women children staff".split()
)
_AROUND = frozenset("to of for close near around from with at".split())


@lru_cache(maxsize=8192)
def _read_phrase(phrase: str) -> _Reading:
    """Read a speaker phrase's words. Cached: speakers come back, sentence after sentence."""
    text = _REFLEXIVE.sub("", phrase.strip())
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    low = " ".join(text.lower().replace("’", "'").split())
    if low in _PRONOUNS:
        return _Reading(low, True, ())
    tokens = tuple(_words_of(text))
    if not tokens:
        return _Reading(low, False, ())
    tail = _NOUN_THEN_NAME.match(text)
    if tail and text.split()[1].lower() not in _PREPOSITIONS:
        return _Reading(low, False, tokens, subject=(tail.start(1), tail.group(1)))
    bare = low[4:] if low.startswith("the ") else low
    known = _organizations().get(bare)
    if known is not None:
        return _Reading(low, False, tokens, organization=known)
    capital = _capitals().get(bare)
    if capital is not None:
        return _Reading(low, False, tokens, capital=capital)
    lows = [t.lower().rstrip(".") for t in tokens]
    places = _places()
    all_titles = lows[-1] if all(w in _ROLE_WORDS or w in places for w in lows) else ""
    description = None
    matched = _DESCRIPTION.match(low)
    if matched and not any(_is_capitalised(t) for t in tokens[1:]):
        words = low.split()[1:]
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        description = (head, " ".join(words))
    first = low.split()[0]
    if len(lows) > 2 and lows[1] in _AROUND and _people_word(lows[0]):
        # "Aides to Mr. Pryce", "Lawyers for Ana Ruiz": the people around someone, not them
        return _Reading(low, False, tokens, all_titles=all_titles, group=True)
    caps = [t for t in tokens if _is_capitalised(t)]
    starts_lower = (
        first in ("a", "an")
        or (first == "the" and not caps[1:] and len(caps) <= 1)
        or not caps
        or (
            len(caps) == 1
            and caps[0] == tokens[0]
            and first not in ("the",)
            # a lone name ending in -ly or -ed is a name ("Donnelly", "Emily"), not an adverb
            and (_is_common_word(tokens[0]) if len(tokens) > 1 else first in _COMMON_CAPITALISED)
        )
    )
    names_person = _names_person(list(tokens))
    group = starts_lower and not names_person
    organization_name = (
        lows[-1] in _ORG_HEADS
        or (first == "the" and bool(caps))
        or (
            len(tokens) >= 2
            and lows[0] not in _ROLE_WORDS
            and not names_person
            and any(w in _ORG_HEADS for w in lows)
        )
    )
    name = tuple(_name_in_run(list(tokens)))
    role = ""
    if name:
        at = tokens.index(name[0])
        role = " ".join([*tokens[:at], *tokens[at + len(name) :]])
    gender = {"ms": "f", "mrs": "f", "miss": "f", "mr": "m"}.get(lows[0])
    return _Reading(
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


_GROUP_LEAD = re.compile(r"^(?:the|a|an|some|several|many|other)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _read_group(phrase: str, role: str) -> tuple[str, str, str, str | None]:
    """A collective or anonymous source's name, kind ("person" or "group"), type and
    country, from its words: "Several human rights advocates" -> "human rights advocates"."""
    name = _GROUP_LEAD.sub("", phrase.strip())
    words = name.split()
    if (
        name[:1].isupper()
        and len(words) > 1
        and words[1][:1].islower()
        and not _names_person(_words_of(name))
    ):
        name = name[0].lower() + name[1:]  # capitalised only because it starts the sentence
    # "a Western diplomat", "one agent": a single unnamed person, who can be "he" or "she"
    single = _ONE_OF_THEM.match(phrase.strip())
    kind = "person" if single and _head_word(name) in _PERSON_NOUNS else "group"
    return name, kind, _type_of(name, role), _country_of(name, role)


# --- the engine ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entity:
    """A person, organisation, place or group while the engine reads the article."""

    name: str
    kind: str  # person | org | place | group
    type: str = "other"
    country: str | None = None
    unnamed: bool = False
    role: str = ""
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    speaks: bool = False
    order: int = 0

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.kind in ("person", "name") else ""

    @property
    def last_seen(self) -> int:
        return self.mentions[-1].start if self.mentions else -1


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    lemma: str
    clause: bool
    words: tuple[int, int]  # word indices [first, last + 1)
    form: str  # "past", "present", "base", "participle", "according", "colon", "dash"


@dataclass(slots=True)
class _Slot:
    """What one sentence says of one source, while the records are made."""

    kinds: set[str] = field(default_factory=set)
    cues: list[_Cue] = field(default_factory=list)
    cue_starts: set[int] = field(default_factory=set)
    quotes: set[int] = field(default_factory=set)
    content: tuple[int, int] | None = None


@dataclass(slots=True)
class _Said:
    """A cue with the entity that speaks through it."""

    cue: _Cue
    entity: _Entity | None
    reason: str
    phrase: _Phrase | None


_PLURAL_SUBJECT = re.compile(
    r"((?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,3}?\s*[a-z]+s)\s+(?:were|are|have|had|say|said|"
    r"gathered|met|marched|protested|complained|warned|told|\w+ed)\b"
)
_MESSAGE_NOUNS = frozenset(
    "message messages statement statements letter letters video videos post posts report reports "
    "words remarks comments its his hers theirs news series".split()
)
_QUESTION = re.compile(
    r"\s*(?:what|why|how|who|whom|which|when|where|did|does|do|has|have|had|is|are|was|were|will|"
    r"would|can|could|should)\b",
    re.IGNORECASE,
)
# "rejected it and has alleged that": a verb sharing the subject of the verb before it
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
# "a claim Harlow & Finch denied": a noun, then the name that is the subject
_NOUN_THEN_NAME = re.compile(
    r"(?:a|an|the)\s+[a-z]+\s+((?:[A-Z][\w'’\-]*|&)(?:\s+(?:[A-Z][\w'’\-]*|&))*"
    r"|(?:the|a|an|his|her|their|its)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,3})$"
)
_CONJUNCTIONS = ("and", "but", "or", "then")
_COORDINATED = re.compile(
    rf"\b(?:{'|'.join(_CONJUNCTIONS)})(?:\s+(?:has|have|had|also|later|then|was|were|is|are))*\s*$"
)


def _coordinated(norm: str, start: int, end: int) -> bool:
    """Does ``norm[start:end]`` end in "and", "but", "or" or "then" (with "has", "also"...)?"""
    return _search_tail(_COORDINATED, norm, start, end, 60) is not None


_RELATIVE_PRONOUN = re.compile(r"(?:who|which|that)\b", re.IGNORECASE)
# "with the judge telling him": a participle with its own subject
_WITH_SUBJECT = re.compile(
    r"\bwith\s+((?:the|a|an|his|her|their|its)\s+[\w\-]+(?:\s+[\w\-]+)?"
    r"|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)\s*$"
)
# "and several councillors calling it": a plural subject right before a participle
_PLURAL_BEFORE_OPENINGS = (",", ";", "and", "with", "while")
_PLURAL_BEFORE = re.compile(
    "(?:^|"  # the start, or one of the openings (words as whole words)
    + "|".join(o if o in ",;" else rf"\b{o}\b" for o in _PLURAL_BEFORE_OPENINGS)
    + r")\s*((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*s)\s*$"
)
_TAIL_WORD = re.compile(r"\w*\Z")
_WORD_CHARS = re.compile(r"\w+")


def _trailing_aux(chunk: str) -> int:
    """Where a trailing auxiliary or adverb ("has also", "later") or " -" starts in
    ``chunk`` (which ends in no space), else -1."""
    if chunk.endswith("-"):
        body = chunk[:-1].rstrip()
        return len(body) if len(body) < len(chunk) - 1 else -1
    last = chunk.rsplit(None, 1)[-1] if chunk else ""
    word = last if last.isalpha() else _TAIL_WORD.search(last).group()  # letters are \w
    return len(chunk) - len(word) if word and word.lower() in _AUX_AND_ADVERBS else -1


def _trailing_adverb(chunk: str) -> int:
    """Where " reportedly" starts at the end of ``chunk`` (no trailing space), else -1."""
    parts = chunk.rsplit(None, 1)
    if len(parts) < 2:
        return -1
    word = parts[1]
    if not (
        len(word) > 2
        and word.endswith("ly")
        and word not in ("only", "early", "family", "ally")
        and _WORD_CHARS.fullmatch(word)
    ):
        return -1
    return len(parts[0])


def _trailing_time(chunk: str) -> re.Match[str] | None:
    """A time or an occasion at the end of ``chunk``: "on Monday", "in a statement"."""
    return _search_tail(_TRAILING_TIME, chunk, 0, len(chunk), 120)


def _ends_in_closing_quote(chunk: str) -> bool:
    """Does ``chunk`` end with a quotation mark, then perhaps a comma: `"...," said`."""
    tail = chunk.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail[-1:] in "\"”’'" and tail != ""


_BOUNDARY_WORDS = (
    "that but while although though because whereas if when since unless after before until "
    "once where as then which whom what whether how why"
).split()
_PHRASE_STOP = re.compile(
    r"[,;:!?\"“”()\[\]]|\s[-–—]\s|\s(?:who|which|whose|that)\s"
    # a full stop ends it, but not after a title or an initial: "said Dr. Ana Ruiz", "U.S."
    r"|\.(?<!\b[A-Z]\.)"
    + "".join(
        # a look-behind has one width: one for the abbreviations of each length
        rf"(?<!\b(?:{'|'.join(sorted(a for a in NAME_ABBREVIATIONS if len(a) == size))})\.)"
        for size in sorted({len(a) for a in NAME_ABBREVIATIONS})
    )
    + r"(?:\s|$)"
)
# A speaker phrase, with the asides between its commas, starts at most this many characters
# before its verb ("Ana Ruiz, who chairs the committee, said"): the longest in the annotated
# texts is 168 characters. Reading no further back keeps long sentences quick to read.
_SPEAKER_REACH = 300
# A pronoun looks for its speaker among the last few cues of each sentence it reads back
# through (no annotated sentence has more than 3).
_RECENT_CUES = 12
_QUOTE_SOON = re.compile(r"\s*(?:\w+\s+){0,3}[:,]?\s*[\"']")
_TRAILING_BE = re.compile(r"\b(?:was|were|is|are|has been|had been)\s*$")
_INVERTED_SPEAKER = re.compile(
    rf"(?:{_CAPITAL}|the\s|a\s|an\s|one\s)[^,.;:\"“”‘’']{{0,80}}?(?=[,.;]|$)"
)
_ROLE_END = re.compile(r"[,;.](?:\s|$)|[\"“”]")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_ONE_OF_THEM = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)
_FROM_LEAD = re.compile(r"\s*(?:and\s+)?(?:from|for|over to)\s+([^,]+)", re.IGNORECASE)
_DASH_SPEAKER = re.compile(rf"\s*[-–—]{{1,2}}\s*({_CAPITAL}[^,.;\"]*)")
_DASH_SPEAKER_BELOW = re.compile(rf"\s*\n?\s*[-–—]{{1,2}}\s*({_CAPITAL}[^,.;\"\n]*)")
_DASH_ROLE = re.compile(r",\s*([^.;\n\"]+)")
# "The prime minister's office declined ...": a description, then a verb in the past
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|,\s+)((?:the|a|an|The|A|An)\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,5}?)\s+(?=\w+ed\b)"
)
_THAT_CLAUSE = re.compile(r"((?:\s+[\w'\-]+){0,3}?)\s+that\b")
_FIRST_WORD_AFTER = re.compile(r"\s+([\w'\-]+)")
_SUBJECT_PRONOUNS = frozenset(_PRONOUNS) - {"i"}  # he, she, it, they, we
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Then|Or)\s+")
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]")
_DESCRIPTION = re.compile(r"^(?:the|this|that|these|those)\s+((?:[a-z\-]+\s+){0,2})([a-z\-]+)$")


class _Engine:
    def __init__(self, article: Article, lexicon: Lexicon | None) -> None:
        self.article = article
        self.text = article.text
        self.norm = article.normalized
        self.starts, self.ends, self.keys = article.word_table
        self.word_starts = self.starts
        self.quotes = list(find_quotes(article))
        self.quote_ranges = sorted((s, e) for q in self.quotes if not q.nested for s, e in q.parts)
        self.quotes_by_sentence: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            if not quote.nested:
                self.quotes_by_sentence.setdefault(quote.sentence, []).append(quote)
        self.quote_ends = sorted(e for _, e in self.quote_ranges)
        # for look-ups by bisection: where each range starts, and the furthest end so far
        self.quote_starts = [s for s, _ in self.quote_ranges]
        self.quote_reach = list(accumulate((e for _, e in self.quote_ranges), max))
        self.entities: dict[str, _Entity] = {}
        self.said: dict[int, list[_Said]] = {}  # sentence -> cues with speakers
        self.stances = _stances(lexicon)
        self._cues: dict[int, list[_Cue]] = {}
        headline = article.headline
        self.headline_start, self.headline_end = (
            (headline.start, headline.end) if headline is not None else (-1, -1)
        )
        # words that can start a cue ("said", "according"): found once, looked up per sentence
        self._cue_words = self._words_that_may_cue()
        self.by_sentence: dict[
            int, list[tuple[int, _Entity]]
        ] = {}  # mentions, sentence by sentence
        self.clause_breaks = _clause_breaks(self.norm)
        self._scan_names()

    # -- helpers ------------------------------------------------------------------------
    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quote_ranges[i][1]

    def word_range(self, sentence: Sentence) -> range:
        return range(
            bisect.bisect_left(self.word_starts, sentence.start),
            bisect.bisect_left(self.word_starts, sentence.end),
        )

    def entity(self, name: str, kind: str, **attributes) -> _Entity:
        key = name.lower()
        found = self.entities.get(key)
        if found is None:
            found = _Entity(name=name, kind=kind, order=len(self.entities), **attributes)
            if kind == "person" and " " in name and not found.gender:
                # a first name that is strongly one gender helps "he" and "she" find their person
                found.gender = _given_name(name.split()[0])
            self.entities[key] = found
        else:
            for attribute, value in attributes.items():
                if value and not getattr(found, attribute):
                    setattr(found, attribute, value)
        return found

    def mention(self, entity: _Entity, start: int, end: int) -> None:
        """Note that the text names ``entity`` at [start, end), unless it already does there."""
        mentions = entity.mentions
        # mentions never overlap and are kept in order: only the last one that starts before
        # `end` can overlap this place
        i = bisect.bisect_left(mentions, end, key=_start_of)
        if i and mentions[i - 1].end > start:
            return
        sentence = self.article.sentence_at(start)
        index = sentence.index if sentence else -1
        mentions.insert(i, Mention(start=start, end=end, text=self.text[start:end], sentence=index))
        self.by_sentence.setdefault(index, []).append((start, entity))

    # -- names --------------------------------------------------------------------------
    def _scan_names(self) -> None:
        """Register people named anywhere, for surnames, pronouns and descriptions."""
        singles = []
        runs = self.runs = _capitalised_runs(self.text)
        self.run_starts = [start for start, _, _ in runs]
        # every word of a headline is capitalised: its runs (if any) are left out
        first = bisect.bisect_left(self.run_starts, self.headline_start)
        after = bisect.bisect_left(self.run_starts, self.headline_end)
        for run_start, run_end, tokens in runs[:first] + runs[after:] if after > first else runs:
            if len(tokens) < 2:
                singles.append((run_start, run_end, tokens[0]))
                continue
            reading = _read_run(tuple(tokens))
            if reading is None:
                continue
            what, name, kind, kind_of_source, country, prefix = reading
            if what == "single":  # "For Moreno"
                singles.append((run_end - len(name), run_end, name))
                continue
            if what == "org":
                # an organisation: known, so that "the charity" can find it later
                self.mention(
                    self.entity(name, "org", type=kind_of_source, country=country),
                    run_start,
                    run_end,
                )
                continue
            if kind == "name" and self._described_as_person(run_end):
                kind = "person"  # "Fatuma Ali, 41, ...", "Tamsin Okoro, a researcher, ..."
            entity = self.entity(name, kind, type=kind_of_source, country=country, role=prefix)
            offset = self.text.find(name, run_start, run_end + 1)
            if offset >= 0:
                self.mention(entity, offset, offset + len(name))
        for match in _NICKNAMED.finditer(self.text):
            # Tyrell “Smoke” Jennings: the quoted nickname splits the name in two
            full = f"{match.group(1)} {match.group(2)}"
            entity = self.entity(full, "person", type="other")
            self.mention(entity, match.start(), match.end())
        surnames: dict[str, _Entity] = {}
        for entity in self.entities.values():
            surnames.setdefault(entity.surname, entity)
        # a lone word that is the surname of someone named earlier is a mention of them
        for run_start, run_end, word in singles:
            entity = surnames.get(word.lower())
            if entity is not None and entity.mentions and entity.mentions[0].start < run_start:
                self.mention(entity, run_start, run_end)

    def _described_as_person(self, end: int) -> bool:
        """Does an age, "who" or a person noun follow the name: "Ana Ruiz, 41, ..."?"""
        after = _PERSON_APPOSITIVE.match(self.text, end, end + 80)
        return bool(after) and (after.group(1) is None or after.group(1).lower() in _PERSON_NOUNS)

    # -- cues ---------------------------------------------------------------------------
    def cues(self, sentence: Sentence) -> list[_Cue]:
        cached = self._cues.get(sentence.index)
        if cached is None:
            cached = self._cues[sentence.index] = self._find_cues(sentence)
        return cached

    def _find_cues(self, sentence: Sentence) -> list[_Cue]:
        found: list[_Cue] = []
        candidates = self._cue_words.get(sentence.index)
        if candidates is None:
            return found
        indices = self.word_range(sentence)
        keys, starts, ends = self.keys, self.starts, self.ends
        last = indices.stop
        taken = -1
        for k in candidates:
            key = keys[k]
            if k < taken or self.inside_quote(starts[k]):
                continue
            match = None
            for size in _CUE_LENGTHS[key]:
                spec = _CUES.get(tuple(keys[k : k + size])) if k + size <= last else None
                if spec is not None:
                    lemma, clause, form = spec
                    match = _Cue(starts[k], ends[k + size - 1], lemma, clause, (k, k + size), form)
                    break
            if match is not None and self._is_verb(match, indices):
                found.append(match)
                taken = match.words[1]
        return found

    def _words_that_may_cue(self) -> dict[int, list[int]]:
        """The words that can start a cue ("said", "according"), sentence by sentence."""
        found: dict[int, list[int]] = {}
        keys = self.keys
        words = [k for k, key in enumerate(keys) if key in _CUE_LENGTHS]
        where = [self.starts[k] for k in words]
        # the sentences are in order and do not overlap: each takes the next run of words
        lo = 0
        for sentence in self.article.sentences:
            lo = bisect.bisect_left(where, sentence.start, lo)
            hi = bisect.bisect_left(where, sentence.end, lo)
            if hi > lo:
                found[sentence.index] = words[lo:hi]
                lo = hi
        return found

    def _is_verb(self, cue: _Cue, indices: range) -> bool:
        if cue.form in ("according", "quoted"):
            return True
        k = cue.words[0]
        keys, text = self.keys, self.text
        in_headline = self.headline_start <= cue.start < self.headline_end
        if in_headline:
            if cue.lemma not in _HEADLINE_CUES:
                return False  # "Later Start Times Add an Hour": a headline verb, not speech
        elif k > indices.start and text[self.starts[k]].isupper() and not self._title_case(indices):
            return False  # "the United States": a name, not a verb
        if k > indices.start:
            prev = keys[k - 1]
            gap_before = text[self.ends[k - 1] : self.starts[k]]
            # right after "the", "of" or "Ferrie's" (no comma between), the word is a noun
            if not gap_before.strip() and (
                prev in _DETERMINERS  # "the claims", "a warning"
                or (prev in _PREPOSITIONS and cue.form != "participle")  # "of warning"
                or (prev.endswith("'s") and prev not in _CONTRACTIONS)  # "the minister's claims"
            ):
                return False
        else:
            prev = gap_before = ""
        after = keys[cue.words[1] : min(cue.words[1] + 4, indices.stop)]
        if cue.lemma in _NEEDS_CLAUSE and not (
            {"that", "whether", "why", "how", "if", "what", "when"} & set(after[:4])
            or self._quote_follows(cue)
            or self.norm[cue.end : cue.end + 2].strip() == ":"
            or (cue.lemma in _INVERTIBLE and self._quote_before(cue, indices))
        ):
            return False
        if cue.form == "participle":
            return bool(
                "," in gap_before
                or prev in ("and", "while", "by", "after", "before", "as", "without", "also")
                or prev in _MESSAGE_NOUNS  # "a video message warning people"
                or "that" in after[:3]
                or self._quote_follows(cue)
            )
        if cue.form == "base":
            if k > indices.start and self.keys[k - 1].endswith("'s"):
                return False  # "Ms Ruiz's reply": a noun
            if prev in _DETERMINERS or prev in _MODALS or after[:1] == ["of"]:
                return False
            # "advocates fear", "they say" -- but not "letting the camera announce"
            return (
                prev.endswith("s")
                or prev in ("they", "we", "i", "you", "people", "police", "men", "women")
                or self._plural_of_place(k, indices)  # "Residents of Yarrabin say"
            )
        if (
            cue.form == "past"
            and after[:1] == ["of"]
            and cue.lemma in ("accuse", "suspect", "charge")
        ):
            return False  # "people accused of gang ties": they are accused, they do not speak
        before = self.norm[max(0, cue.start - 30) : cue.start].lower()
        if after[:1] in (["little"], ["nothing"]) or (_DECLINED.search(before)):
            return False  # "has said little", "declined to comment": no words reported
        if (
            cue.lemma in ("call", "describe")
            and cue.form == "past"
            and k > indices.start
            and prev.isalpha()
            and self.text[self.starts[k - 1]].islower()
            and prev not in _PRONOUN_OBJECTS
            and cue.words[1] < indices.stop
            and self.text[self.starts[cue.words[1]]].isupper()
        ):
            return False  # "a feature called Familiar Faces": a name, not a report
        if cue.form == "present" and cue.lemma in _NOUN_LIKE:
            # "warns of" is a verb, but "claims of" and "reports of" are nouns, and so are
            # "climate finance pledges" -- unlike "the lawyer claims" or "Ruiz claims"
            if after[:1] == ["of"]:
                return False
            if (
                prev.isalpha()
                and self.text[self.starts[k - 1]].islower()
                and prev not in _PRONOUNS
                and not (_people_word(prev) or prev in _PERSON_NOUNS or prev in _TYPE_VOCABULARY)
                and prev not in _ORG_WORDS
            ):
                return False
        return True

    def _quote_before(self, cue: _Cue, indices: range) -> bool:
        """`"...?" asked Ana Ruiz`: does a quotation close right before the cue?"""
        start = self.starts[indices.start] if indices else cue.start
        return _ends_in_closing_quote(self.norm[max(start, cue.start - 6) : cue.start])

    def _plural_of_place(self, k: int, indices: range) -> bool:
        """`Residents of the town of Yarrabin say`, `People close to Ms. Marsh describe`: a
        plural noun, then "of", "to" or "for" phrases that end in a name, right before the
        verb, with no comma between."""
        keys = self.keys
        if k <= indices.start or not self.text[self.starts[k - 1]].isupper():
            return False
        for j in range(k - 2, max(indices.start, k - 11), -1):
            if _CLAUSE_MARK.search(self.text, self.ends[j], self.starts[j + 1]):
                return False
            if keys[j] in ("of", "to", "for") and j > indices.start:
                noun = keys[j - 1]
                if noun == "close" and j - 1 > indices.start:
                    noun = keys[j - 2]  # "people close to Ms. Marsh describe ..."
                if _people_word(noun) or _is_plural(noun):
                    return True
        return False

    def _title_case(self, indices: range) -> bool:
        """Are most of the sentence's words capitalised, as in a headline?"""
        capitals = sum(self.text[self.starts[k]].isupper() for k in indices)
        return capitals > 0.6 * max(1, len(indices))

    def _quote_follows(self, cue: _Cue) -> bool:
        rest = self.norm[cue.end : cue.end + 40]
        return bool(_QUOTE_SOON.match(rest))

    # -- speakers -----------------------------------------------------------------------
    def speaker_phrase(self, sentence: Sentence, cue: _Cue, body_start: int) -> _Phrase | None:
        text = self.text
        if cue.form == "according":
            return self._phrase_after(cue.end, sentence.end)
        start = body_start
        before = text[start : cue.start]
        if cue.form == "quoted":  # "X was quoted as saying"
            before = _TRAILING_BE.sub("", before.rstrip())
            return self._phrase_before(start, start + len(before))
        # passive: "was praised", "is considered" -- a voice only with "by X"
        k = cue.words[0]
        j = k - 1
        while (
            j >= 0
            and self.starts[j] >= start
            and (
                self.keys[j] in _AUX_AND_ADVERBS
                or self.keys[j].endswith("ly")
                or self.keys[j] in ("sometimes", "widely")
            )
        ):
            j -= 1
        if j >= 0 and self.starts[j] >= start and self.keys[j] in _BE and cue.form == "past":
            after = self.keys[cue.words[1] : cue.words[1] + 1]
            if after == ["by"]:
                return self._phrase_after(self.ends[cue.words[1]], sentence.end)
            return None
        if _ends_in_closing_quote(self.norm[start : cue.start]) or (
            before.rstrip().endswith(",") and self._looks_inverted(cue, sentence)
        ):
            return self._phrase_after(cue.end, sentence.end)
        return self._phrase_before(start, cue.start)

    def _reach(self, sentence: Sentence, cue_start: int) -> int:
        """Where the words that can name the speaker of a verb begin: the sentence's start, or
        the first word within `_SPEAKER_REACH` characters of the verb if that is later."""
        earliest = cue_start - _SPEAKER_REACH
        if earliest <= sentence.start:
            return sentence.start
        return self.starts[bisect.bisect_left(self.starts, earliest)]

    def _looks_inverted(self, cue: _Cue, sentence: Sentence) -> bool:
        """`The plan will fail, said Ana Ruiz.`: a speech verb after a comma, then the speaker."""
        if cue.form != "past" or cue.lemma not in _INVERTIBLE:
            return False
        before = self.text[self._reach(sentence, cue.start) : cue.start].rstrip().rstrip(",")
        last_chunk = before.rsplit(",", 1)[-1].strip().lower()
        if last_chunk.startswith(("who ", "which ", "whose ")) or _names_person(
            _words_of(last_chunk)
        ):
            return False  # "Ana Ruiz, who chairs it, said ..." -- the speaker is before the verb
        rest = self.text[cue.end : sentence.end].strip()
        head = _INVERTED_SPEAKER.match(rest)
        if not head or len(head.group().split()) > 8:
            return False
        if head.group()[:1].isupper():
            return True  # "..., said Ana Ruiz."
        # "..., said the mayor" -- but not "Ana Ruiz, a spokesperson, said the plan works"
        return _head_word(head.group()) in _PERSON_NOUNS | _ORG_WORDS

    def _phrase_after(self, start: int, limit: int) -> _Phrase | None:
        text = self.text
        stop = _PHRASE_STOP.search(text, start, limit)
        end = stop.start() if stop else limit
        s, e = _strip_phrase(text, start, end)
        s, e = self._trim_time(s, e)
        if s >= e:
            return None
        role = ""
        if stop and text[stop.start()] == ",":
            rest = text[stop.end() : limit]
            chunk = _ROLE_END.split(rest, maxsplit=1)[0].strip()
            if chunk and len(chunk.split()) <= 12 and not _CUE_WORD.search(chunk):
                role = chunk
        elif stop and text[stop.start() : stop.end()].strip() in ("who", "which", "whose", "that"):
            role = text[stop.start() : limit].strip(" .")
        return _Phrase(s, e, text[s:e], role)

    def _phrase_before(self, start: int, end: int) -> _Phrase | None:
        text = self.text
        s, e = start, end
        # the speaker is never inside a quotation: start after the last one that ends here
        i = bisect.bisect_left(self.quote_ends, e) - 1
        if i >= 0 and self.quote_ends[i] >= s:
            s = self.quote_ends[i] + 1
        # drop auxiliaries and adverbs between the speaker and the verb: "has also said"
        while True:
            chunk = text[s:e].rstrip()
            time = _trailing_time(chunk)
            trimmed = time.start() if time else _trailing_adverb(chunk)
            if trimmed > 0:
                e = s + trimmed
                continue
            aux = _trailing_aux(chunk)
            if aux > 0:
                e = s + aux
            else:
                break
        chunk = text[s:e].rstrip()
        role = ""
        appositive_name: tuple[int, int] | None = None
        while chunk.endswith(","):
            # "Ana Ruiz, who chairs the committee, said": skip the aside between commas
            inner = chunk[:-1]
            comma = inner.rfind(",")
            if comma > 0 and not self._quote_between(s + comma, s + len(inner)):
                aside = inner[comma + 1 :].strip()
                if not aside.lower().startswith(
                    ("who", "which", "whose", "a ", "an ", "the ")  # "a policy analyst at ..."
                ) and _names_person(_words_of(aside)):
                    # "The environment secretary, Claire Whitcombe, has warned": the name speaks
                    offset = text.find(aside, s + comma, e)
                    appositive_name = (offset, offset + len(aside))
                    role = inner[:comma].strip()
                    break
                role = aside
                e = s + comma
                chunk = text[s:e].rstrip()
                age = _AGE_ASIDE.search(chunk)
                if age:  # "Pauline Harker, 71, whose bungalow ...": the age is an aside too
                    e = s + age.start()
                    chunk = text[s:e].rstrip()
            else:
                e = s + len(inner)
                break
        if appositive_name is not None:
            a_s, a_e = _strip_phrase(text, *appositive_name)
            head = text[s:a_s]
            boundary_role = re.split(r"[,;:]", head)[-2] if head.count(",") >= 2 else role
            return _Phrase(a_s, a_e, text[a_s:a_e], boundary_role.strip(" ,"))
        # "Ana Ruiz who chairs it said" -- but not "according to people who were there, Ana
        # Ruiz said": only a relative clause in the last comma's stretch belongs to the speaker
        after_comma = max(s, text.rfind(",", s, e))
        relative = _WHO.search(text, after_comma, e)
        if relative:
            cut = relative.start()
            role = role or text[cut:e].strip(" ,")
            e = cut
        chunk = text[s:e]
        # the clause that ends at the verb: after the last comma, colon, quote or conjunction
        s2, e2 = _strip_phrase(text, self._clause_start(s, e), e)
        if s2 >= e2:
            return None
        opening = _OPENING_CONJUNCTION.match(text, s2, e2)
        if opening and opening.end() < e2:
            s2 = opening.end()  # "But they argued", "And the mayor added"
        last = text.rfind(" ", s2, e2)
        if last > s2 and text[last + 1 : e2].lower() in _SUBJECT_PRONOUNS:
            s2 = last + 1  # "told Reuters it supported ...": the pronoun is the subject
        inner = _search_tail(_INNER_SUBJECT, text, s2, e2, 80)
        word_before = text[s2 : inner.start(1)].split()[-1].lower() if inner else ""
        if (
            inner
            and word_before.isalpha()
            and not (
                word_before in _PREPOSITIONS
                or word_before in _PLACE_WORDS
                or word_before.endswith(("ing", "ed"))
            )
        ):
            # "a move the mayor's office says will save ...": the last noun phrase speaks
            s2 = inner.start(1)
        phrase = text[s2:e2]
        if len(phrase.split()) > 14:
            return None
        return _Phrase(s2, e2, phrase, role)

    def _clause_start(self, start: int, end: int) -> int:
        """Where the clause that ends at ``end`` begins: after the last clause boundary in
        ``[start, end)``, else at ``start``."""
        i = bisect.bisect_right(self.clause_breaks, (end, end)) - 1
        if i >= 0 and self.clause_breaks[i][1] >= start:
            return self.clause_breaks[i][0]
        return start

    def _quote_between(self, start: int, end: int) -> bool:
        # some range starts before `end` and reaches past `start`
        i = bisect.bisect_left(self.quote_starts, end)
        return i > 0 and self.quote_reach[i - 1] > start

    def _trim_time(self, s: int, e: int) -> tuple[int, int]:
        match = _trailing_time(self.text[s:e])
        if match and match.start() > 0:
            return _strip_phrase(self.text, s, s + match.start())
        return s, e

    # -- resolution ---------------------------------------------------------------------
    def resolve(
        self, phrase: _Phrase, sentence: int, *, forward: bool = False
    ) -> tuple[_Entity | None, str]:
        """The entity a speaker phrase refers to, or None and why not."""
        reading = _read_phrase(phrase.text)
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
                _Phrase(offset, offset + len(words), words, phrase.role),
                sentence,
                forward=forward,
            )
        if reading.organization is not None:
            name, kind_of_source, country = reading.organization
            entity = self.entity(name, "org", type=kind_of_source, country=country)
            return self._found(entity, phrase), ""
        if reading.capital is not None:
            return self._found(self._government(reading.capital), phrase), ""
        if forward and reading.all_titles:
            # a headline's "US Official Warns ...": the first fitting source of the story
            found = self._description(reading.all_titles, sentence, phrase.start, True)
            if found is not None:
                return self._found(found, phrase), ""
        if reading.description is not None:
            head, name = reading.description
            found = self._description(head, sentence, phrase.start, forward)
            if found is not None:
                if found.type == "other":
                    # "Vaultly ... the company said": the description tells what it is
                    found.type = _type_of(head)
                return self._found(found, phrase), ""
            if head in _DESCRIPTION_HEADS:
                # "the union", "the official": nobody named before; the source is what the text says
                kind = "org" if head in _ORG_WORDS else "person"
                entity = self.entity(name, kind, type=_type_of(name, phrase.role), unnamed=True)
                return self._found(entity, phrase), ""
        if reading.group:
            return self._group(phrase), ""
        # a title and a surname, a full name, or an organisation's name
        if reading.organization_name:
            return self._org(phrase), ""
        name = reading.name
        if not name:
            return self._group(phrase), ""
        role = reading.role  # "Sen." ... "of Texas"
        if len(name) == 1:
            person = self._by_surname(name[0], phrase.start, forward)
            if person is None:
                if name[0].isupper() and len(name[0]) <= 6:
                    return self._org(phrase), ""  # an acronym: AFP, ICE
                if name[0].lower() in _places():
                    return self._found(self._government(_places()[name[0].lower()]), phrase), ""
                titled = role and role.split()[0].lower().rstrip(".") in _ROLE_WORDS
                if (
                    not titled
                    and not (phrase.role and _describes_person(phrase.role))
                    and not _given_name(name[0])  # "Emily said": a first name is a person
                ):
                    # news introduces people by full name first; a lone unknown name that
                    # is not "Ms Ruiz" is usually an organisation: "Brightloop says ..."
                    return self._org(phrase), ""
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
            person.kind = "org" if described in _ORG_HEADS | _COMPANY_WORDS else "person"
        details = " ".join(p for p in (role, phrase.role) if p)
        if details:
            if person.type == "other":
                person.type = _type_of(details)
            if not person.country:
                person.country = _country_of(details)
            if not person.role:
                person.role = details
        if reading.gender:
            person.gender = person.gender or reading.gender
        return self._found(person, phrase), ""

    def _government(self, place: _Place) -> _Entity:
        """A country speaking through its capital or its name: "Washington alleged ..." """
        return self.entity(
            f"{place.short} government",
            "place",
            type="government or official",
            country=place.country,
        )

    def _found(self, entity: _Entity, phrase: _Phrase) -> _Entity:
        self.mention(entity, phrase.start, phrase.end)
        return entity

    def _org(self, phrase: _Phrase) -> _Entity:
        name = _LEADING_THE.sub("", phrase.text.strip())
        entity = self.entity(
            name,
            "org",
            type=_type_of(name, phrase.role),
            country=_country_of(name),
            role=phrase.role,
        )
        return self._found(entity, phrase)

    def _group(self, phrase: _Phrase) -> _Entity:
        name, kind, kind_of_source, country = _read_group(phrase.text, phrase.role)
        entity = self.entity(
            name,
            kind,
            type=kind_of_source,
            country=country,
            unnamed=True,
            role=phrase.role,
        )
        return self._found(entity, phrase)

    def _by_surname(
        self, surname: str, offset: int, forward: bool, first: str | None = None
    ) -> _Entity | None:
        low = surname.lower()
        candidates = [
            e
            for e in self.entities.values()
            if e.kind in ("person", "name")
            and e.surname == low
            and (first is None or e.name.split()[0].lower() == first.lower())
        ]
        if not candidates:
            return None
        before = [e for e in candidates if e.mentions and e.mentions[0].start < offset]
        pool = before or (candidates if forward or not before else [])
        return max(pool, key=lambda e: e.last_seen if before else -e.order) if pool else None

    def _pronoun(self, pronoun: str, sentence: int, offset: int) -> tuple[_Entity | None, str]:
        want = _PRONOUNS[pronoun]
        if want == "first":
            return None, f'"{pronoun}" is the writer or an unnamed speaker: first person'
        # the most recent fitting source wins, so stop at the first one
        candidates = self._recent_subjects(sentence, offset)
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
                    phrase = _Phrase(previous.start, previous.start + lead.end(1), lead.group(1))
                    return self._group(phrase), ""
        return None, f'no earlier source fits "{pronoun}"'

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

    def _entities_in(self, sentence: int, limit: int) -> list[_Entity]:
        """Every entity named in a sentence before ``limit``, last named first."""
        found = [item for item in self.by_sentence.get(sentence, ()) if item[0] < limit]
        return [entity for _, entity in sorted(found, key=lambda item: -item[0])]

    def _subject_entity(self, sentence: int, limit: int) -> _Entity | None:
        """The first named entity of a sentence: usually its subject."""
        for start, entity in sorted(self.by_sentence.get(sentence, ()), key=lambda item: item[0]):
            if start < limit and not self._after_preposition(start):
                return entity
        return None

    def _after_preposition(self, offset: int) -> bool:
        i = bisect.bisect_left(self.word_starts, offset) - 1
        return i >= 0 and self.keys[i] in _PREPOSITIONS

    def _description(self, head: str, sentence: int, offset: int, forward: bool) -> _Entity | None:
        """The entity "the organization", "the coach" or "the company" points to."""
        matches = _description_matcher(head)
        # mentions are kept in order, so the first one says whether any comes before
        before = [
            e
            for e in self.entities.values()
            if e.mentions and e.mentions[0].start < offset and matches(e)
        ]
        if before:
            return max(before, key=lambda e: _last_mention_before(e, offset).start)
        if forward:
            kind = _type_of(head)
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
        want_person = head not in _ORG_WORDS
        plural = _is_plural(head)  # "the authors": a group
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
                    entity.kind == "org" or (entity.kind == "group" and head in _ORGISH)
                ) and entity.type != "government or official":
                    return entity  # "the company", "the group" -- but never "the residents"
        return None

    # -- the reading ----------------------------------------------------------------------
    def run(self) -> Attributions:
        article = self.article
        sentences = article.sentences
        headline = article.headline
        order = [s for s in sentences if not (headline and s.paragraph == headline.index)]
        heads = [s for s in sentences if headline and s.paragraph == headline.index]
        for sentence in order:
            self._read_sentence(sentence, forward=False)
        for sentence in heads:
            self._read_sentence(sentence, forward=True)
        return self._collect()

    def _read_sentence(self, sentence: Sentence, *, forward: bool) -> None:
        said: list[_Said] = []
        self.said[sentence.index] = said
        if sentence.text.rstrip().endswith("?") and _QUESTION.match(sentence.text):
            return  # "What have the courts said?" asks; it reports nobody's words
        participles: list[_Cue] = []
        for cue in self.cues(sentence):
            if cue.form == "participle":
                participles.append(cue)
                continue
            if _coordinated(self.norm, sentence.start, cue.start):
                participles.append(cue)  # "rejected it and alleged that": the same subject
                continue
            phrase = self.speaker_phrase(sentence, cue, self._reach(sentence, cue.start))
            if phrase is None:
                continue
            if _RELATIVE_PRONOUN.match(phrase.text):
                continue  # "who spoke": part of a longer phrase, not a speaker
            if phrase.text.lower() in _NOBODY:
                continue  # "Not everyone agrees that ...": no one in particular speaks
            entity, reason = self.resolve(phrase, sentence.index, forward=forward)
            said.append(_Said(cue, entity, reason, phrase))
        for cue in participles:
            own = _search_tail(_WITH_SUBJECT, self.text, sentence.start, cue.start, 100)
            if own:
                s0 = own.start(1)
                phrase = _Phrase(s0, s0 + len(own.group(1)), own.group(1))
                entity, reason = self.resolve(phrase, sentence.index, forward=forward)
                if entity is not None:
                    said.append(_Said(cue, entity, reason, phrase))
                    continue
            own = _search_tail(_PLURAL_BEFORE, self.text, sentence.start, cue.start, 80)
            last_word = own.group(1).split()[-1].lower() if own else ""
            if own and last_word not in _MESSAGE_NOUNS and last_word not in _AUX_AND_ADVERBS | _BE:
                s0 = own.start(1)
                phrase = _Phrase(s0, s0 + len(own.group(1)), own.group(1))
                entity, reason = self.resolve(phrase, sentence.index, forward=forward)
                if entity is not None:
                    said.append(_Said(cue, entity, reason, phrase))
                    continue
            subject = next(
                (s for s in said if s.entity is not None and s.cue.start < cue.start), None
            )
            if subject is not None:
                said.append(_Said(cue, subject.entity, "", subject.phrase))
                continue
            phrase = self._main_subject(sentence, cue.start)
            if phrase is None:
                continue
            entity, reason = self.resolve(phrase, sentence.index, forward=forward)
            if entity is not None:
                said.append(_Said(cue, entity, reason, phrase))
        for colon in self._colon_and_dash_cues(sentence, said):
            said.append(colon)
        if len(said) > 1:
            said.sort(key=_cue_start)

    def _main_subject(self, sentence: Sentence, limit: int) -> _Phrase | None:
        """The main clause's subject: the first name, pronoun or description, not after "of"."""
        text = self.text
        lead = _LEADING_ORG.match(text, sentence.start, limit)
        if lead and lead.group(2).lower() in _ORG_WORDS:
            return _Phrase(lead.start(1), lead.end(1), lead.group(1))
        first = bisect.bisect_left(self.run_starts, sentence.start)
        last = bisect.bisect_left(self.run_starts, limit)
        for start, end, tokens in self.runs[first:last]:
            if end > limit:
                break
            if self.inside_quote(start) or self._after_preposition(start):
                continue
            if tokens[0].lower() in _PREPOSITIONS or tokens[0].lower() in _COMMON_CAPITALISED - {
                "the"
            }:
                continue
            if start == sentence.start and len(tokens) == 1 and _is_common_word(tokens[0]):
                continue
            longer = _ROLE_AND_NAME.match(text, end, limit)
            if longer and longer.group(1).lower() in _ROLE_WORDS | _PERSON_NOUNS:
                end = longer.end()  # "Foxes coach Phil Garrity", "Salvadoran academic Ana Ruiz"
            return _Phrase(start, end, text[start:end])
        match = re.search(
            r"(?:^|,\s+)(he|she|they|it)\s", text[sentence.start : limit], re.IGNORECASE
        )
        if match:
            s = sentence.start + match.start(1)
            return _Phrase(s, s + len(match.group(1)), match.group(1))
        lead = re.match(
            # "Residents, ..." or "Family members of the deceased, ...": a plural, then a comma
            r"((?:[A-Z][a-z]+\s+)?(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*s"
            r"(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?)\s*,",
            text[sentence.start : limit],
        )
        if lead and not _CUE_WORD.search(lead.group(1)):
            s0 = sentence.start
            return _Phrase(s0, s0 + len(lead.group(1)), lead.group(1))
        match = _DESCRIBED_SUBJECT.search(self.norm[sentence.start : limit])
        if match:
            s = sentence.start + match.start(1)
            return _Phrase(s, s + len(match.group(1)), match.group(1))
        return None

    def _possessive_or_subject(self, sentence: Sentence, limit: int) -> _Phrase | None:
        """`Ms Ruiz's reply was brief: "No."` -- the owner of the words, or the clause's subject."""
        text = self.text
        owner = re.search(
            r"\b((?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+)['’]s?\s+(?:reply|answer|response|message|verdict|words|statement|view)\b",
            text[sentence.start : limit],
        )
        if owner:
            s0 = sentence.start + owner.start(1)
            return _Phrase(s0, s0 + len(owner.group(1)), owner.group(1))
        pronoun = re.search(
            r"\b(His|Her|Its|Their|his|her|its|their)\s+(?:reply|answer|response|message|verdict|words|statement|view)\b",
            text[sentence.start : limit],
        )
        if pronoun:
            word = {"his": "he", "her": "she", "its": "it", "their": "they"}[
                pronoun.group(1).lower()
            ]
            s0 = sentence.start + pronoun.start(1)
            return _Phrase(s0, s0 + len(pronoun.group(1)), word)
        return self._main_subject(sentence, limit)

    def _colon_and_dash_cues(self, sentence: Sentence, said: list[_Said]) -> list[_Said]:
        """`From the mayor: "..."` and `"..." - Commissioner Ray Duval`."""
        found: list[_Said] = []
        text, norm = self.text, self.norm
        for quote in self.quotes_by_sentence.get(sentence.index, ()):
            opening = quote.parts[0][0] - 1
            before = text[sentence.start : opening]
            has_cue = any(x.cue.start < opening and x.entity is not None for x in said)
            lead = _before_colon_or_dash(before)
            if lead is not None and not has_cue:
                from_lead = _FROM_LEAD.match(lead)
                if from_lead:
                    lead = from_lead.group(1)
                offset = sentence.start + before.find(lead) if lead else -1
                phrase = None
                if lead.strip() and len(lead.split()) <= 6 and offset >= 0:
                    phrase = _Phrase(offset, offset + len(lead.rstrip()), lead.rstrip())
                elif lead.strip():
                    phrase = self._possessive_or_subject(sentence, opening)
                if phrase is not None:
                    cue = _Cue(opening - 1, opening, ":", True, (0, 0), "colon")
                    entity, reason = self.resolve(phrase, sentence.index)
                    found.append(_Said(cue, entity, reason, phrase))
            closing = quote.parts[-1][1]
            # (neither pattern has anchors or look-behinds: matching within bounds is the same
            # as matching a slice, without copying it)
            dash = _DASH_SPEAKER.match(norm, closing + 1, sentence.end)
            if dash is None:
                dash = _DASH_SPEAKER_BELOW.match(norm, closing + 1, closing + 200)
            if dash:
                s = dash.start(1)
                phrase = _Phrase(s, s + len(dash.group(1).rstrip()), dash.group(1).rstrip())
                role_match = _DASH_ROLE.match(norm, phrase.end, phrase.end + 120)
                if role_match:
                    phrase.role = role_match.group(1).strip()
                cue = _Cue(closing + 1, s, "-", True, (0, 0), "dash")
                entity, reason = self.resolve(phrase, sentence.index)
                found.append(_Said(cue, entity, reason, phrase))
        return found

    def _quote_speaker(self, quote: Quote) -> tuple[_Said | None, str]:
        """The cue that governs a quotation: in its own sentence, else a neighbour's."""
        headline = self.article.headline
        if headline is not None and quote.paragraph == headline.index and quote.kind == "direct":
            # a headline often opens with words quoted in the story: they have the same speaker
            # (a partial quote, as in "X rejects bid as 'opportunistic'", is X's, though)
            repeated = self._quoted_again(quote)
            if repeated is not None:
                said, reason = self._quote_speaker(repeated)
                if said is not None and said.entity is not None:
                    return said, reason
        sentences = {quote.sentence}
        last = self.article.sentence_at(quote.parts[-1][1] - 1)
        if last is not None:
            sentences.add(last.index)
        candidates = [
            s
            for index in sorted(sentences)
            for s in self.said.get(index, [])
            if not (quote.start <= s.cue.start < quote.end)
        ]
        if candidates:

            def distance(s: _Said) -> int:
                return (
                    quote.start - s.cue.end if s.cue.end <= quote.start else s.cue.start - quote.end
                )

            before = [s for s in candidates if s.cue.end <= quote.start]
            if quote.kind == "partial" and before:
                candidates = before
            best = min(candidates, key=distance)
            return best, best.reason
        if quote.kind == "partial" and len(quote.parts) == 1:
            return (
                None,
                "a quoted word or phrase in the writer's own sentence; no one is said to say it",
            )
        return self._floating(quote)

    def _quoted_again(self, quote: Quote) -> Quote | None:
        """The first quotation of the story's body that holds ``quote``'s words."""
        words = " ".join(_words_of(quote.text.lower()))
        if len(words) < 8:
            return None
        for other in self.quotes:
            if (
                other.paragraph != quote.paragraph
                and not other.nested
                and words in " ".join(_words_of(other.text.lower()))
            ):
                return other
        return None

    def _floating(self, quote: Quote) -> tuple[_Said | None, str]:
        """A quotation alone in its sentence: the speaker must be in a neighbouring sentence."""
        sentences = self.article.sentences
        index = quote.sentence
        here = sentences[index]
        previous = sentences[index - 1] if index > 0 else None
        if previous is not None and self.text[previous.start : previous.end].rstrip().endswith(":"):
            said = self.said.get(previous.index, [])
            if said:
                return said[-1], said[-1].reason
        last = self.article.sentence_at(quote.parts[-1][1] - 1)
        nxt = sentences[last.index + 1] if last and last.index + 1 < len(sentences) else None
        same_paragraph = nxt is not None and nxt.paragraph == sentences[last.index].paragraph
        if same_paragraph and _POINTS_BACK.match(nxt.text):
            # "Those were the only words Ellery spoke", "The verdict came from coach Ana Ruiz"
            phrase = self._first_name_in(nxt)
            if phrase is not None:
                entity, reason = self.resolve(phrase, nxt.index)
                if entity is not None:
                    return _Said(
                        _Cue(phrase.start, phrase.end, "say", True, (0, 0), "pointer"),
                        entity,
                        reason,
                        phrase,
                    ), ""
        for back in range(index - 1, max(-1, index - 3), -1):
            if sentences[back].paragraph < here.paragraph - 1:
                break
            if self.article.headline and sentences[back].paragraph == self.article.headline.index:
                break
            said = [s for s in self.said.get(back, []) if s.entity is not None]
            if said:
                return said[-1], said[-1].reason
        if nxt is not None and nxt.paragraph - here.paragraph <= 1:
            said = [s for s in self.said.get(nxt.index, []) if s.entity is not None]
            has_own_quote = any(q.sentence == nxt.index and not q.nested for q in self.quotes)
            if said and not has_own_quote and said[0].cue.start - nxt.start < 40:
                return said[0], said[0].reason
        return None, "no speaker in this sentence or the ones around it"

    def _first_name_in(self, sentence: Sentence) -> _Phrase | None:
        first = bisect.bisect_left(self.run_starts, sentence.start)
        for start, end, _tokens in self.runs[first:]:
            if start >= sentence.end:
                break
            if start > sentence.start:
                return _Phrase(start, end, self.text[start:end])
        return None

    def _collect(self) -> Attributions:
        article = self.article
        per_sentence: dict[tuple[int, str], _Slot] = {}

        def record(
            sentence: int,
            entity: _Entity,
            kind: str,
            cue: _Cue,
            quote_index: int | None = None,
            content=None,
        ):
            entity.speaks = True
            key = (sentence, entity.name.lower())
            slot = per_sentence.get(key)
            if slot is None:
                slot = per_sentence[key] = _Slot()
            slot.kinds.add(kind)
            if cue.form != "pointer" and cue.start not in slot.cue_starts:
                slot.cues.append(cue)
                slot.cue_starts.add(cue.start)
            if quote_index is not None:
                slot.quotes.add(quote_index)
            if content and slot.content is None:
                slot.content = content

        # (quote, speaking entity, cue, reason); the Quote records are made once sources exist
        speakers: list[tuple[Quote, _Entity | None, str | None, str | None]] = []
        for index, quote in enumerate(self.quotes):
            if quote.nested:
                speakers.append((quote, None, None, "a quotation inside another quotation"))
                continue
            said, reason = self._quote_speaker(quote)
            if said is None or said.entity is None:
                speakers.append((quote, None, None, reason or "no speaker found"))
                continue
            entity = said.entity
            speakers.append((quote, entity, self._cue_text(said.cue), None))
            for s in self._sentences_of(quote):
                record(s, entity, quote.kind, said.cue, index)
        reported: list[tuple[int, int, _Entity]] = []
        for sentence_index, said_list in self.said.items():
            for said, limit in zip(said_list, _next_other_speaker(said_list), strict=True):
                if said.entity is None or said.cue.form in ("colon", "dash"):
                    continue
                content = self._content(said, article.sentences[sentence_index], limit)
                if content:
                    reported.append((*content, said.entity))
                record(sentence_index, said.entity, "indirect", said.cue, content=content)
        sources = self._sources()
        by_key = {s.name.lower(): s for s in sources}
        final_quotes = tuple(
            replace(
                q,
                speaker=by_key[e.name.lower()] if e is not None else None,
                cue=cue,
                speaker_reason=reason,
            )
            for q, e, cue, reason in speakers
        )
        attributions = []
        sentences = article.sentences
        for sentence_index, key in sorted(per_sentence):
            slot = per_sentence[sentence_index, key]
            kinds = slot.kinds
            kind = (
                "direct" if "direct" in kinds else "partial" if "partial" in kinds else "indirect"
            )
            cues = tuple(
                Cue(start=c.start, end=c.end, text=text, stance=self._cue_stance(text))
                for c in sorted(slot.cues, key=_start_of)
                for text in [self._cue_text(c)]
            )
            attributions.append(
                Attribution(
                    sentence=sentence_index,
                    paragraph=sentences[sentence_index].paragraph,
                    source=by_key[key],
                    kind=kind,
                    cue=" / ".join(c.text for c in cues),
                    stance=_strongest([c.stance for c in cues]),
                    quotes=tuple(sorted(slot.quotes)),
                    content=slot.content,
                    cues=cues,
                )
            )
        return Attributions(
            quotes=final_quotes,
            attributions=tuple(attributions),
            sources=sources,
            reported=tuple(sorted((s, e, by_key[en.name.lower()]) for s, e, en in reported)),
        )

    def _sentences_of(self, quote: Quote) -> list[int]:
        first = quote.sentence
        last = self.article.sentence_at(quote.parts[-1][1] - 1)
        return list(range(first, (last.index if last else first) + 1))

    def _cue_text(self, cue: _Cue) -> str:
        if cue.form in ("colon", "dash"):
            return cue.lemma
        return self.text[cue.start : cue.end]

    def _cue_stance(self, cue: str) -> str:
        stance = self.stances.get(_lemma_of(cue), "neutral")
        return stance if stance in _STANCE_ORDER else "neutral"  # _strongest([stance])

    def _content(
        self, said: _Said, sentence: Sentence, limit: int | None
    ) -> tuple[int, int] | None:
        """The reported clause after a clause-taking cue: "warned that <...>", up to the cue
        of another speaker (at ``limit``) or the end of the sentence."""
        cue = said.cue
        if not cue.clause or cue.form in ("according", "colon", "dash"):
            return None
        match = _THAT_CLAUSE.match(self.norm, cue.end, sentence.end)
        if match and "," not in match.group(1):
            start = match.end()
        else:
            first = _FIRST_WORD_AFTER.match(self.norm, cue.end, sentence.end)
            if (
                not first
                or first.group(1).lower() in _PREPOSITIONS
                or first.group(1).lower() in ("to", "and", "or", "but")
                or cue.lemma in ("tell", "ask")
            ):
                return None
            start = cue.end
        end = sentence.end if limit is None else limit
        s, e = _strip_phrase(self.text, start, end)
        return (s, e) if e > s else None

    def _type_from_mentions(self, entity: _Entity) -> str:
        """A type from the word the text puts before a name: "online retailer Castlegate",
        "striker Lukas Kessler", "Salvadoran academic Carlos Carcach"; else "other"."""
        text = self.text
        at = text.find(entity.name)
        for _ in range(20):  # every place the name stands, as mentions may miss some
            if at < 0:
                break
            i = bisect.bisect_left(self.starts, at) - 1
            if i >= 0 and text[self.starts[i]].islower() and not text[self.ends[i] : at].strip():
                kind = _TYPE_VOCABULARY.get(self.keys[i])
                if kind is not None:
                    return kind
            at = text.find(entity.name, at + 1)
        return "other"

    def _sources(self) -> tuple[Source, ...]:
        speaking = sorted(
            (e for e in self.entities.values() if e.speaks),
            key=lambda e: e.mentions[0].start if e.mentions else 0,
        )
        for entity in speaking:
            if entity.type == "other":
                entity.type = self._type_from_mentions(entity)
        return tuple(
            Source(
                name=e.name,
                type=e.type if e.type in SOURCE_TYPES else "other",
                country=e.country,
                unnamed=e.unnamed,
                mentions=tuple(e.mentions),
                role=e.role or None,
            )
            for e in speaking
        )


def _last_mention_before(entity: _Entity, offset: int) -> Mention:
    """The entity's last mention that starts before ``offset`` (its mentions are in order)."""
    return entity.mentions[bisect.bisect_left(entity.mentions, offset, key=_start_of) - 1]


def _start_of(item: Mention | _Cue) -> int:
    return item.start


def _cue_start(said: _Said) -> int:
    return said.cue.start


_STANCE_ORDER = {"distancing": 0, "guilt": 1, "alarm": 2, "endorsing": 3}


def _next_other_speaker(said: list[_Said]) -> list[int | None]:
    """For each cue of a sentence (in order), where the first later cue of another speaker
    starts, or None: a reported clause ends there ("Ana said X, but Tom said Y")."""
    starts = [s.cue.start for s in said]
    # other[j]: the first index from j on whose speaker differs from said[j]'s
    other = [len(said)] * len(said)
    for j in range(len(said) - 2, -1, -1):
        other[j] = j + 1 if said[j + 1].entity is not said[j].entity else other[j + 1]
    limits: list[int | None] = []
    for item in said:
        j = bisect.bisect_right(starts, item.cue.end)
        if j < len(said) and said[j].entity is item.entity:
            j = other[j]
        limits.append(starts[j] if j < len(said) else None)
    return limits


def _strongest(stances: list[str]) -> str:
    """The stance that tells most about a sentence's cues: distancing first, then guilt..."""
    ranked = filter(_STANCE_ORDER.__contains__, stances)
    return min(ranked, key=_STANCE_ORDER.__getitem__, default="neutral")


def _search_tail(
    pattern: re.Pattern[str], text: str, start: int, end: int, window: int
) -> re.Match[str] | None:
    """``pattern.search`` in the last ``window`` characters of ``text[start:end]``, for a
    pattern anchored at the end (``$``) whose matches are shorter than ``window``."""
    return pattern.search(text, max(start, end - window), end)


def _before_colon_or_dash(before: str) -> str | None:
    """The words before a colon or a spaced dash that ends ``before``, else None:
    `From the mayor: "..."` -> "From the mayor"."""
    tail = before.rstrip()
    if tail.endswith(":"):
        return tail[:-1]
    if len(tail) >= 2 and tail[-1] in "-–—" and tail[-2].isspace():
        return tail[:-2]
    return None


@lru_cache(maxsize=1024)
def _lemma_of(cue: str) -> str:
    low = cue.lower().replace("’", "'")
    entry = _VERBS.get(tuple(low.split()))
    return entry[0] if entry else low


def _stances(lexicon: Lexicon | None) -> dict[str, str]:
    """Each attribution verb's stance, from the lexicon's verb entries: "warn" -> "alarm"."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    table: dict[str, str] = {}
    for entry in lexicon:
        if entry.stance:
            for form in entry.forms:
                lemma = _VERBS.get(form, (None,))[0]
                if lemma:
                    table.setdefault(lemma, entry.stance)
            table.setdefault(entry.term, entry.stance)
    return table


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
_PERSON_NOUNS = (
    frozenset(
        """diplomat agent source aide adviser advisor insider person man woman resident witness
        mother father son daughter wife husband brother sister parent neighbour neighbor tenant
        worker passenger fan customer user commuter pupil student teacher nurse doctor driver
        official spokesperson spokesman spokeswoman analyst expert researcher lawyer attorney
        officer detective judge activist campaigner advocate victim survivor migrant detainee
        patient employee executive manager coach player member lawmaker senator diplomat""".split()
    )
    | _ROLE_WORDS
) - frozenset("council party state affairs homeland security justice".split())
_ORG_WORDS = frozenset(
    """
organization organisation group charity ngo company firm embassy ministry department
agency government administration court police army council committee commission club team
union party institute university office board bank newspaper broadcaster campaign watchdog
regulator
""".split()
)
_STATE_BODIES = frozenset("ministry department agency government".split())
_ORGISH = frozenset("organization organisation group charity ngo watchdog campaign".split())
_PERSONISH = frozenset("official spokesperson spokesman spokeswoman".split())


def _description_matcher(head: str):
    def matches(entity: _Entity) -> bool:
        if head in _ORG_WORDS and entity.kind in ("person", "name"):
            return False  # "the council" is never the councillor who spoke before
        words = _name_words(entity.name, entity.role)
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


@lru_cache(maxsize=2048)
def _name_words(name: str, role: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", f"{name} {role}".lower()))


_COMMON_CAPITALISED = frozenset(
    """
the a an this that these those it he she they we i in on at for but and however while when
after before as since if although though meanwhile still yet so then now also both some
many most several few other others another each every all no not more such standing
speaking asked told said according guarded critics officials residents police lawyers
relatives
""".split()
)


def _is_common_word(word: str) -> bool:
    """A capitalised word that is not a name: "However", "Standing", "Asked"."""
    low = word.lower()
    return low in _COMMON_CAPITALISED or low.endswith(("ing", "ed", "ly"))


def _names_person(tokens: list[str]) -> bool:
    caps = [t for t in tokens if _is_capitalised(t) and t.lower() not in _COMMON_CAPITALISED]
    return len(_person_name(caps)) >= 2 if len(caps) >= 2 else False


_PERSON_WORDS = re.compile(
    r"\b(?:year-old|mother|father|son|daughter|wife|husband|resident|man|woman|boy|girl|"
    r"nurse|teacher|student|worker|driver|farmer|owner|fan|he|she)\b",
    re.IGNORECASE,
)


def _describes_person(role: str) -> bool:
    words = {w.lower() for w in _words_of(role)}
    return (
        bool(_PERSON_WORDS.search(role))
        or any(w in _ROLE_WORDS and w not in _ORG_HEADS for w in words)
        or any(w in vocabulary for kind, vocabulary in _TYPE_WORDS[:4] for w in words)
    )


_CUE_FORMS = sorted(
    {
        f[0]
        for f, (lemma, _) in _VERBS.items()
        if len(f) == 1 and f[0] != lemma and not f[0].endswith("ing")
    },
    key=len,
    reverse=True,
)
_CUE_WORD = re.compile(r"\b(?:" + "|".join(_CUE_FORMS) + r")\b")
_CUE_FORM_SET = frozenset(_CUE_FORMS)
_BOUNDARY_WORD_SET = frozenset(_BOUNDARY_WORDS)
_CLAUSE_WORDS = _BOUNDARY_WORD_SET | _CUE_FORM_SET
# A clause mark, and a lowercase word (a boundary word, a speech verb or neither).
_CLAUSE_MARK_OR_DASH = re.compile(r"[,;:()\"“”]|\s[-–—]\s")
_LOWERCASE_WORD = re.compile(r"\b[a-z]+\b")


def _clause_breaks(norm: str) -> list[tuple[int, int]]:
    """(end, start) of every clause boundary in ``norm``, sorted: a comma, colon, quotation
    mark, bracket or spaced dash, a boundary word such as "that" or "while", and a speech
    verb ("Ana said she ...": the clause of "she" starts after the verb)."""
    marks = [(m.end(), m.start()) for m in _CLAUSE_MARK_OR_DASH.finditer(norm)]
    words = [
        (m.end(), m.start()) for m in _LOWERCASE_WORD.finditer(norm) if m.group() in _CLAUSE_WORDS
    ]
    return sorted(marks + words)


# "Det.", "Sen.", "Jr.": an abbreviation that is part of a name, with its full stop
_TITLE_ABBREVIATIONS = rf"(?:{'|'.join(sorted(NAME_ABBREVIATIONS))})\."
_CALENDAR = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
""".split()
)
_NAME_TOKEN = rf"(?:{_TITLE_ABBREVIATIONS}|(?:[A-Z]\.){{2,}}|{_CAPITAL}\.|{_CAPITAL}[\w'’\-]*)"
# A name's first word starts a word: no letter, apostrophe or hyphen before it.
_FIRST_NAME_TOKEN = rf"(?<![\w'’\-]){_NAME_TOKEN}"
_RUN = re.compile(
    rf"{_FIRST_NAME_TOKEN}(?:[ \u00a0]+(?:(?:de|da|del|van|von|bin|al|el|la|le|of|and)"
    rf"[ \u00a0]+)?{_NAME_TOKEN})*"
)


_NOT_ONE_WORD_RUN = _CALENDAR | {"of", "and"}


def _capitalised_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, tokens) of runs of capitalised words, e.g. 'Minister of Justice Ana Ruiz'."""
    runs = []
    for match in _RUN.finditer(text):
        s = match.start()
        raw = match.group()
        if raw.endswith(("'s", "’s")):
            raw = raw[:-2]
        if " " not in raw and "\u00a0" not in raw:  # one word, the usual case
            if raw and raw.lower() not in _NOT_ONE_WORD_RUN:
                runs.append((s, s + len(raw), [raw]))
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
            runs.append((s, s + len(" ".join(tokens)), tokens))
    return runs


def _clear_caches() -> None:
    """Forget every word and phrase reading cached so far: for cold-start benchmarks and
    for tests that compare a first reading with a cached one."""
    for cached in (
        _read_run,
        _read_phrase,
        _read_group,
        _given_name,
        _type_of_text,
        _country_in,
        _lemma_of,
        _name_words,
    ):
        cached.cache_clear()


def attribute(
    article: Article,
    *,
    lexicon: Lexicon | None = None,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> Attributions:
    """Find the sources of an article, the speakers of its quotations, and its reported speech.

    ``overrides`` maps a source's name to new values for "type" or "side", e.g.
    ``{"Kristi Noem": {"side": "US government"}}``.
    """
    result = _Engine(article, lexicon).run()
    if overrides:
        result = _apply_overrides(result, overrides)
    return result


def _apply_overrides(
    result: Attributions, overrides: Mapping[str, Mapping[str, str]]
) -> Attributions:
    from .errors import FramingError

    names = {s.name.lower(): s for s in result.sources}
    changed: dict[str, Source] = {}
    if not isinstance(overrides, Mapping):
        raise FramingError(
            'Give the changes as a dict, such as {"Ana Ruiz": {"side": "for", "type": "lawyer"}}.'
        )
    for name, values in overrides.items():
        if not isinstance(values, Mapping):
            raise FramingError(
                f'Give the changes for "{name}" as a dict, such as {{"side": "for"}}, '
                f"not {type(values).__name__}."
            )
        source = names.get(str(name).lower())
        if source is None:
            raise FramingError(
                f'No source named "{name}" in this article. Its sources are: '
                f"{', '.join(s.name for s in result.sources) or 'none'}."
            )
        unknown = set(values) - {"type", "side", "country"}
        if unknown:
            raise FramingError(
                'You can change a source\'s "type", "side" or "country", '
                f"not {', '.join(sorted(unknown))}."
            )
        if "type" in values and values["type"] not in SOURCE_TYPES:
            raise FramingError(
                f'"{values["type"]}" is not a source type. Use one of: {", ".join(SOURCE_TYPES)}.'
            )
        changed[source.name] = replace(source, **dict(values))

    def swap(source: Source | None) -> Source | None:
        return changed.get(source.name, source) if source is not None else None

    return Attributions(
        quotes=tuple(replace(q, speaker=swap(q.speaker)) for q in result.quotes),
        attributions=tuple(replace(a, source=swap(a.source)) for a in result.attributions),
        sources=tuple(swap(s) for s in result.sources),
        reported=tuple((s, e, swap(src)) for s, e, src in result.reported),
    )
