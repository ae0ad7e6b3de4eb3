"""A source's type from everything the text says about it (GUIDELINE.md §5 of the real-news
set): the role words anywhere in its mentions and beside each place it is named, not only
in the phrase it speaks through.

The rules, in the order they decide (each is a plain function with its own tests in
tests/test_attribution.py and tests/test_source_types.py). `source_type` tries them in
this order; the rules that read what stands before a name, kin and bystanders are here,
those that read what the text says right after a name are `after_name`, and those that
read the words of the name itself `name_types`:

1. a relative named by their tie to someone is family, whatever their job ("Taylor's
   father, Police Chief Pete Taylor"; "Ana Ruiz, whose son was held"; "the boy's parents,
   Tom and Ana Lee"), also named at the start of the sentence after the one that gives the
   tie ("The ex-wife of the actor spoke out. Ana Ruiz, who ..."); then, for a source the
   text gives two roles, the one it speaks as (`two_roles`: "the minister and a senator
   ... the senator said");
2. after an honorific ("Dr.", "Prof."), the description after the name: the job says
   more than the title ("Dr. Ana Ruiz, the chief medical officer": `after_name`);
3. a role word of two senses named alone, in the setting its story names ("the clerk" of a
   court: `role_context.type_in_setting`); a title a body's short name opens ("Hitachi
   Senior Vice President Ana Ruiz", where the text has "Hitachi Ltd.": `owners`); a title
   or role word right before a name ("Mayor Ana Ruiz", "police chief Tom Lee"), also a
   title joined to its body ("Minister for Foreign Affairs Ana Ruiz", "Chief of
   Police Tom Lee"), a title that names whose officer it is ("City Council Vice President
   Ana Ruiz", "KMA president Tom Lee"), the outer of two titles ("Information Minister
   Sen. Ana Ruiz"), a plural title or role before a list of names ("Councillors Ana Ruiz and
   Tom Lee", "Lawyers for the family include Ana Ruiz"), a person noun or a title a long
   name opens ("Resident Ana Ruiz": `name_types`), or the title of the full name a "Mr
   Lee" ends; never a description's own words ("the resident magistrate" is a
   magistrate); then letters after the name ("Dara Quinn SC" is a lawyer: `after_name`);
4. for a spokesperson or aide, the type of whom they speak for ("Ana Ruiz, a Whitman
   spokeswoman", where the text calls Whitman a candidate); for a person after an
   organisation's possessive, the organisation's ("Oxfam's Andy Thomson": `owners`);
5. what the phrase it speaks through says (the engine's first reading);
6. a description after a name ("Ana Ruiz, a nurse", "Tom Lee, who lives nearby", "Ana
   Ruiz, who lost her home", "Tom Lee, who represents the 4th district", "Ana Ruiz,
   Ontario NDP leader"; a role with no type of its own takes the type of the body it is
   of: "J. Cole, winner of the race for U.S. Congress"; what was done to them: "Ana Ruiz
   was attacked"; a body they are of: "Dr Ana Ruiz, of the charity Park Rescue", `owners`),
   a person noun behind a comma before it ("Lismore resident, Joel Wilson"), or a body
   they head ("Tom Lee, the HMA's head": `after_name`);
7. a body it leads ("Netanyahu's office said", "the Hoffman campaign"); for a person, a
   home the text names them by ("Jack Maddox's house", "Tom Lee stood where his house
   was": `after_name`);
8. for a body, its name's own words ("the Harbour Herald": `name_types`), the people
   named after it ("Safaricom CEO Peter Ndegwa", "J.P. Morgan analysts"), or the last word
   of a longer name that starts with its one-word name ("Cirrus" in "Cirrus Logic Inc.":
   `after_name`);
9. a country's name: its government ("Israel said"); an acronym, the name it stands for
   where the text spells it out ("KMA", "the Korean Medical Association"); else a US
   station's four-letter call sign is media ("according to KWXT", "WHKR's Tom Lee":
   `name_types`); a body named only by its initials or a plain name, in a story of a
   natural disaster, is the public service that answers it ("according to the CFA", in a
   story of bushfires: `emergency`);
10. last, a person the text gives no role at all, in a story that speaks of "residents",
   "neighbours" or "victims": one of the people the event touched.

What it can not tell you: a source the text never describes (a councillor named only by
surname, a columnist, a station outside the US named by its letters) stays "other", or,
in a story of people affected, is taken for one of them; and a word the lists in
``data/source_words.csv`` lack is read as an ordinary word.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from ..text import WORD, normalize
from ..vocabulary import TITLE_WORDS, words_of_kind
from .after_name import (
    APPOSITIVE,
    OPENS_DESCRIPTION,
    after_an_honorific,
    type_after,
    type_of_fellows,
    type_of_head_of,
    type_of_home,
    type_of_longer_name,
    type_of_post_nominal,
    type_of_staff,
)
from .emergency import type_of_emergency_body
from .name_types import (
    type_of_acronym,
    type_of_call_sign,
    type_of_country,
    type_of_first_word,
    type_of_known_unit,
    type_of_name_words,
)
from .owners import type_of_owner, type_of_title_owner_before
from .records import FAMILY, OTHER, Mention
from .role_context import (
    LEGISLATURES,
    OFFICERS,
    PRESIDES,
    ROLE_IN_CONTEXT,
    type_in_setting,
    word_before,
)
from .two_roles import title_start, type_of_stacked_titles, type_where_it_speaks
from .type_words import (
    INITIALS_IN_BRACKETS,
    head_word,
    type_of,
    type_of_head,
)
from .words import (
    CAPITAL,
    KIN_GENDER,
    ORG_HEADS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    TYPE_VOCABULARY,
)

# an article's words: where each starts and ends, and its key (`Article.word_table`)
WordTable = tuple[Sequence[int], Sequence[int], Sequence[str]]
# each word key of an article -> the indices of its words with that key (`word_index`)
WordIndex = Mapping[str, Sequence[int]]

# How many places of a name the rules read at most: a source named more often than this
# has long been typed by its first places.
_MOST_PLACES = 20


# Kin words, singular and plural: "mother", "parents", "grandchildren".
_KIN_WORDS = sorted(
    {*KIN_GENDER, *(w + "s" for w in KIN_GENDER), "parent", "parents", "children", "relatives"},
    key=len,
    reverse=True,
)
_KIN = "|".join(_KIN_WORDS)

# Whose relative: a name's possessive or "the boy's" ("her son, Andrés" may be a list's
# item: "Yelitza Moreno, her son, Andrés Quintero-Lugo and their words")
_OWNER = rf"(?:{CAPITAL}[\w\-]*['’]s?|[Tt]he\s+[a-z\-]+['’]s?)"

# "Taylor's father, Florida City's Police Chief " before the name: the tie, a comma maybe,
# then titles and given names (capitalised words) up to the name.
_KIN_BEFORE = re.compile(
    rf"{_OWNER}\s+(?:[a-z\-]+\s+){{0,2}}?(?i:{_KIN})\b,?\s+(?:{CAPITAL}[\w.'’\-]*\s+){{0,5}}$"
)

# "Taylor's Grandmother Constance Dingle" as a mention of its own
_KIN_INSIDE = re.compile(rf"{_OWNER}\s+(?:[a-z\-]+\s+){{0,2}}?(?i:{_KIN})\b")

# "Ana Ruiz, whose son was held" ("Ana Ruiz, mother of one defendant" is a description
# whose head is a kin word, read by rule 6)
_WHOSE_KIN = re.compile(rf",\s+whose\s+(?:[\w\-’']+\s+){{0,2}}?(?:{_KIN})\b")

_ARTICLES = frozenset({"a", "an", "the"})


# A body a person leads, after the person's name or its possessive: "Netanyahu's office
# said", "the Netanyahu government", "the Hoffman campaign" (a candidate's campaign, as
# `phrases.type_of` reads it: "the Greenpeace campaign" is an advocacy group's).
_BODY_LED = re.compile(
    r"(?:['’]s?)?\s+(?:office|government|administration|ministry|cabinet|campaign)\b"
)

# Someone who speaks for a person named before the role: "a Whitman spokeswoman"; the
# guideline gives spokespeople the type of whom they speak for.
_SPOKESPERSON = rf"(?:{'|'.join(sorted(SPOKESPEOPLE))}|aide|adviser|advisor|press secretary)"
_SPEAKS_FOR = re.compile(
    rf"(?:a|an|the)\s+(?:{CAPITAL}[\w.\-]*\s+){{0,2}}?({CAPITAL}[\w\-]*)(?:['’]s)?\s+"
    rf"{_SPOKESPERSON}\b"
    rf"|(?:a|an|the)?\s*{_SPOKESPERSON}\s+(?:to|for)\s+(?:{CAPITAL}[\w.\-]*\s+){{0,2}}?"
    rf"({CAPITAL}[\w\-]*)\b(?!\s+{CAPITAL})"
)

# A title joined to its body before a name: "Minister for Community, Rural and Gaeltacht
# Affairs Éamon Ó Cuív", "Chief of Police David Smith", "Secretary of State Ana Ruiz",
# "Governor of the Central Bank of Nigeria, CBN, Olayemi Cardoso". The capitalised words
# after "of" or "for" are the body's, then the person's given names.
_TITLE_OF_A_BODY = re.compile(
    rf"\b({CAPITAL}[a-z]+)\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?:(?:{CAPITAL}[\w’'\-]*,?|and|&|of|the)\s+){{1,8}}(?:\([A-Z]{{2,6}}\)\s+)?"
    rf"(?:{CAPITAL}[\w’'\-]*\s+){{0,3}}$"
)


# The same, before the name: "Brillo spokesperson Colin Ashby", "a Whitman aide, Tom Lee"
_SPEAKS_FOR_BEFORE = re.compile(rf"({CAPITAL}[\w\-]*)(?:['’]s)?\s+{_SPOKESPERSON},?\s+$")


def source_type(
    name: str,
    first_reading: str,
    mentions: Sequence[Mention],
    text: str,
    word_table: WordTable,
    index: WordIndex,
    *,
    person: bool = False,
    role: str | None = None,
) -> str:
    """The type of the source ``name`` from all it is called in ``text``, by the rules of
    the module docstring, in their order; ``first_reading`` is the type the phrase it speaks
    through gave ("other" when it gave none); ``person`` says the name is a person's (whose
    last word is a surname, not a word for what they do: "Tom Judge"); ``role`` is what
    that phrase calls it, if anything ("Venezuelan strongman"); ``index`` is the article's
    `word_index`. "other" where no rule decides."""
    places = _places(name, mentions, text, word_table, index)
    if any(_is_kin(text, start, end) for start, end in places):
        return FAMILY
    if _relative_named_after_the_tie(name, text, places, word_table):
        return FAMILY
    rules = (
        lambda: type_where_it_speaks(name, role, mentions),
        lambda: _first(after_an_honorific(text, start, end, word_table) for start, end in places),
        lambda: (
            type_in_setting(name, text)
            or _first(type_of_title_owner_before(text, start) for start, _ in places)
            or _first(_type_of_place_before(text, *place, word_table) for place in places)
            or _first(_type_of_shared_title(text, start) for start, _ in places)
            or _first(_type_of_listed_role(text, start) for start, _ in places)
            or type_of_first_word(name)
            or _type_of_title_of_full_name(name, text, word_table, index)
        ),
        lambda: _first(type_of_post_nominal(text, *place) for place in places),
        lambda: _first(_type_of_principal(text, *place, word_table, index) for place in places),
        lambda: type_of_owner(name, text, places),
        lambda: first_reading if first_reading != OTHER else None,
        lambda: _first(
            type_after(text, end, word_table)
            or _type_before(start, text, word_table, comma=True)
            or type_of_head_of(text, end)
            or type_of_fellows(text, end)
            for start, end in places
        ),
        lambda: _first(
            _type_of_body_led(text, *place)
            for place in _name_places(name.split()[-1], text, word_table, index)
        ),
        lambda: _first(type_of_home(text, *place) for place in places) if person else None,
        lambda: (
            None
            if person
            else type_of_known_unit(name) or type_of_head(name) or type_of_name_words(name)
        ),
        lambda: None if person else _first(type_of_staff(text, end) for _, end in places),
        lambda: _first(type_of_longer_name(text, end) for _, end in places if " " not in name),
        lambda: type_of_country(name),
        lambda: None if person else type_of_acronym(name, text),
        lambda: type_of_call_sign(name),
        lambda: None if person else type_of_emergency_body(name, text),
        lambda: (
            _type_of_bystander(name, text, places, word_table)
            if person and not _is_a_role(role)
            else None
        ),
    )
    return next((kind for rule in rules if (kind := rule()) is not None), OTHER)


def _first(kinds: Iterator[str | None]) -> str | None:
    return next((kind for kind in kinds if kind is not None), None)


def word_index(keys: Sequence[str]) -> dict[str, list[int]]:
    """Each word key of an article (`Article.word_table`'s third part) and the indices of
    the words with that key, in text order."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        index[key].append(i)
    return index


def _places(
    name: str, mentions: Sequence[Mention], text: str, word_table: WordTable, index: WordIndex
) -> list[tuple[int, int]]:
    """(start, end) of every place the text names the source, in text order: its mentions
    that are not pronouns, and each place its name stands (mentions may miss some)."""
    places = {(m.start, m.end) for m in mentions if m.text.lower() not in PRONOUNS}
    places.update(_name_places(name, text, word_table, index))
    places.update(_couple_places(name, text, word_table, index))
    return sorted(places)


def _name_places(
    name: str, text: str, word_table: WordTable, index: WordIndex
) -> list[tuple[int, int]]:
    """(start, end) of the first places (at most `_MOST_PLACES`) where ``name`` stands as
    whole words, spelt as in ``name``, possessive or not: "Hoffman" in "the Hoffman
    campaign" and "Hoffman's office", not in "Hoffmann"."""
    starts = word_table[0]
    first = [key.lower() for key in WORD.findall(normalize(name))][:1]
    if not first:
        return []
    # a one-word name's possessive is one word: "Netanyahu's"
    candidates = sorted([*index.get(first[0], ()), *index.get(first[0] + "'s", ())])
    found: list[tuple[int, int]] = []
    for i in candidates:
        start, end = starts[i], starts[i] + len(name)
        if text.startswith(name, start) and not text[end : end + 1].isalnum():
            found.append((start, end))
            if len(found) == _MOST_PLACES:
                break
    return found


def _couple_places(
    name: str, text: str, word_table: WordTable, index: WordIndex
) -> list[tuple[int, int]]:
    """(start, end) of each place ``name`` is named with another person of its surname:
    "Stanley and Julie Patz" for Stanley Patz (their parents, a couple), at most
    `_MOST_PLACES`."""
    given, _, surname = name.rpartition(" ")
    if not given or " " in given:
        return []
    found = []
    for start, end in _name_places(given, text, word_table, index):
        other = _AND_A_GIVEN_NAME.match(text, end)
        if other is not None and _is_word_at(text, other.end(), surname):
            found.append((start, other.end() + len(surname)))
    return found


# "and" and another given name after a given name: "Stanley and Julie " in "Stanley and
# Julie Patz"
_AND_A_GIVEN_NAME = re.compile(rf"\s+and\s+{CAPITAL}[\w\-’']*\s+")
_WORD_BOUNDARY = re.compile(r"\b")


def _is_word_at(text: str, at: int, word: str) -> bool:
    """Does ``word`` stand at ``at`` as a whole word ("Patz", not the start of "Patzer")?"""
    return text.startswith(word, at) and _WORD_BOUNDARY.match(text, at + len(word)) is not None


def _is_kin(text: str, start: int, end: int) -> bool:
    """Is the source named at (start, end) someone's relative, by the words before the name
    ("the boy's father, Tom Lee"), in it ("Taylor's Grandmother Constance Dingle") or after
    it ("Ana Ruiz, whose son ...")?"""
    return bool(
        _KIN_BEFORE.search(text, max(0, start - 90), start)
        or _KIN_INSIDE.match(text, start, end)
        or _WHOSE_KIN.match(text, end)
    )


# A relative described in a sentence without a name: "The ex-wife of the actor has broken her
# silence", "a report interviewing the daughter of the deceased"
_KIN_DESCRIBED = re.compile(
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:ex-|former\s+|late\s+)?(?:{_KIN})\s+of\b"
)
# where the sentence before a place ends: its full stop, a closing quotation mark maybe
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+")


def _relative_named_after_the_tie(
    name: str, text: str, places: Sequence[tuple[int, int]], word_table: WordTable
) -> bool:
    """Is the person ``name`` introduced, at the first place the text names them, right after
    a sentence that describes a relative without a name, and given no role of their own
    there (`_kin_described_before`)?"""
    if not places or not _PERSON_NAME.fullmatch(name):
        return False
    start, end = places[0]
    return _kin_described_before(text, start) and not _named_with_a_role(
        text, start, end, word_table
    )


def _kin_described_before(text: str, start: int) -> bool:
    """Does the name at ``start``, the first place the text names this person, open the
    sentence right after one that describes a relative without naming them ("The ex-wife of
    the actor has broken her silence. Ana Ruiz, who ..., told ...")? News introduces a
    relative by the tie, then by the name."""
    before = text[max(0, start - 400) : start]
    ends = list(_SENTENCE_END.finditer(before))
    if not ends or ends[-1].end() != len(before):
        return False  # the name does not open its sentence
    opens = ends[-2].end() if len(ends) > 1 else 0
    return _KIN_DESCRIBED.search(before, opens, ends[-1].start() + 1) is not None


def _type_before(at: int, text: str, word_table: WordTable, *, comma: bool = False) -> str | None:
    """The type of the role word before a name that starts at ``at``: a lowercase word
    ("striker Lukas Kessler") or a title ("Mayor Surinderpal Rathor", also for "Rathor"
    alone), read with the word before it ("Australia captain", "police chief"); else None.
    With ``comma``, a person noun behind a comma instead ("Lismore resident, Joel Wilson"),
    which may also be a list's item ("her son, Andrés Quintero-Lugo and their words") or
    another clause ("to address the court, O'Neill stood"), so it counts for less."""
    starts, ends, keys = word_table
    i, end = bisect.bisect_left(starts, at) - 1, at
    # a short name may end a longer one: "Rathor" in "Mayor Surinderpal Rathor"
    for _ in range(2):
        if i < 0 or text[ends[i] : end].strip() or not text[starts[i]].isupper():
            break
        if keys[i] in ROLE_WORDS or _person_noun_opening(text, starts[i], keys[i]):
            break
        i, end = i - 1, starts[i]
    if i < 0 or text[ends[i] : end].strip() != ("," if comma else ""):
        return None
    if "\n" in text[ends[i] : end]:
        return None  # a headline or a caption above is no title: "... victim\n\nA judge said"
    if comma and keys[i] not in PERSON_NOUNS:
        return None
    opening = _person_noun_opening(text, starts[i], keys[i])
    if text[starts[i]].isupper() and keys[i] not in ROLE_WORDS and not opening:
        return None  # only a title is capitalised before a name
    if opening:  # "Resident Ana Ruiz said": nothing before it in its sentence
        return type_of_head(text[starts[i] : ends[i]])
    pair = text[starts[_start_of_pair(text, starts, ends, i)] : ends[i]]
    if head_word(pair) != keys[i] and not _is_one_title(pair, keys[i]):
        return type_of_head(text[starts[i] : ends[i]])  # "of", "-ed" and "-ing" words cut it
    kind = type_of_head(pair)
    if kind is None and i > 0 and keys[i] in ROLE_WORDS:
        # a role word with no type of its own takes the words before it: "police chief",
        # "Hoffman campaign spokesman" (a candidate's campaign: `phrases.type_of`); only
        # words of its own phrase ("five times,” explained Chief Smith" is not the Times')
        j = i
        while j > max(i - 2, 0) and not text[ends[j - 1] : starts[j]].strip():
            j -= 1
        kind = _type_of_body_before(text[starts[j] : starts[i]]) or type_of(
            text[starts[j] : ends[i]]
        )
    return None if kind == OTHER else kind


def _start_of_pair(text: str, starts: Sequence[int], ends: Sequence[int], i: int) -> int:
    """Where the role word ``i`` and the word before it start, as `_type_before` reads them;
    where a body's initials in brackets stand between the body and its officer's title, the
    body's last two words: "the Farmers Union (ZFU) president" is the union's."""
    if i >= 3 and INITIALS_IN_BRACKETS.fullmatch(text[ends[i - 2] : starts[i]].strip()):
        return i - 3
    return max(i - 1, 0)


def _is_one_title(pair: str, key: str) -> bool:
    """Is ``pair`` a title of two words read as one ("Attorney General", "Council Member"),
    whose last word is ``key``? Its parts have types of their own ("General" is a rank)
    that the whole does not."""
    return head_word(pair).endswith("-" + key)


def _type_of_body_before(body: str) -> str | None:
    """The type of a body of two words before a role word that has no type of its own,
    where the two words name one kind of body ("central bank chief", "fire brigade chief"):
    the role is the body's, not the type of one of its words ("bank" alone is a company)."""
    head = head_word(body)
    if (head, word_before(body, head)) not in ROLE_IN_CONTEXT:
        return None
    kind = type_of_head(body)
    return None if kind == OTHER else kind


def _type_of_place_before(text: str, start: int, end: int, word_table: WordTable) -> str | None:
    """The type of the title before the name at (start, end) (`_type_before`,
    `_type_of_title_before`). A description ("the magistrate", "a judge at Leeds Crown
    Court") has no title before it: the words before a lowercase role word are its own
    ("chief resident magistrate" is a magistrate, not a resident), and nothing before an
    article is."""
    words = text[start:end].split()
    first = words[0] if words else ""
    if first.lower() in _ARTICLES:
        return None
    if first[:1].islower():
        starts, ends, _ = word_table
        i = bisect.bisect_left(starts, start) - 1
        joined = i >= 0 and not text[ends[i] : start].strip() and "\n" not in text[ends[i] : start]
        kind = type_of_head(text[starts[i] if joined else start : end])
        if kind is not None and kind != OTHER:
            return kind
    return (
        _type_of_title_run(start, text, word_table)
        or type_of_stacked_titles(start, text, word_table)
        or _type_before(start, text, word_table)
        or _type_of_title_before(start, text)
    )


def _type_of_title_run(at: int, text: str, word_table: WordTable) -> str | None:
    """The type of a title of up to five capitalised words before a name that starts at
    ``at``, read as one where its first words name whose officer it is: a legislature's
    ("City Council Vice President Ana Ruiz" is a councillor), or a body whose initials the
    text spells out ("KMA president Tom Lee", after "the Korean Medical Association")."""
    starts, ends, keys = word_table
    i = bisect.bisect_left(starts, at) - 1
    if i < 0 or text[ends[i] : at].strip() or keys[i] not in ROLE_WORDS:
        return None
    j = title_start(i, text, word_table, most=4)
    if j == i:
        return None
    title = text[starts[j] : ends[i]]
    if keys[i] in PRESIDES and any(key in LEGISLATURES for key in keys[j:i]):
        return type_of_head(title)  # "General Assembly President" is no legislator
    initials = text[starts[i - 1] : ends[i - 1]]
    if keys[i] in OFFICERS and initials.isupper() and initials.isalpha():
        kind = type_of_acronym(initials, text)
        return None if kind in (None, OTHER) else kind
    return None


# A plural title before a list of names: "Councillors Singh and Gord Lovegrove",
# "Councilmembers Kim Smith and Stanley Martin" (also for "Martin" alone); the title is
# each one's
_NAME_RUN = rf"{CAPITAL}[\w.’'\-]*(?:\s+{CAPITAL}[\w.’'\-]*){{0,2}}"
_SHARED_TITLE = re.compile(
    rf"\b({CAPITAL}[a-z]+)s\s+(?:{_NAME_RUN}(?:,\s+|,?\s+(?:and|&)\s+))*"
    rf"(?:{CAPITAL}[\w.’'\-]*\s+){{0,2}}$"
)


def _type_of_shared_title(text: str, start: int) -> str | None:
    """The type of a plural title that opens a list of names the name at ``start`` is one
    of ("Councillors Ana Ruiz and Tom Lee")."""
    match = _SHARED_TITLE.search(text, max(0, start - 120), start)
    if match is None or match.group(1).lower() not in ROLE_WORDS:
        return None
    kind = type_of_head(match.group(1))
    return None if kind == OTHER else kind


# A plural role before the list of names it holds, as the subject of "include" or "are":
# "Lawyers representing the suspects include Ana Ruiz, Tom Lee and Sam Cole", "The doctors on
# duty were Ana Ruiz and Tom Lee"; the role is each one's
_LISTED_ROLE = re.compile(
    rf"\b([A-Za-z]+s)\s+(?:(?:representing|for|of|from|at|on)\s+(?:[\w’'\-]+\s+){{1,4}}?)?"
    rf"(?:include|includes|included|are|were)\s+(?:{_NAME_RUN}(?:,\s+|,?\s+(?:and|&)\s+))*"
    rf"(?:{CAPITAL}[\w.’'\-]*\s+){{0,2}}$"
)


def _type_of_listed_role(text: str, start: int) -> str | None:
    """The type of a plural role that a list of names the name at ``start`` is one of
    follows ("Lawyers representing the suspects include Ana Ruiz and Tom Lee")."""
    match = _LISTED_ROLE.search(text, max(0, start - 200), start)
    if match is None:
        return None
    kind = type_of_head(match.group(1).lower())
    return None if kind in (None, OTHER) else kind


def _type_of_title_of_full_name(
    name: str, text: str, word_table: WordTable, index: WordIndex
) -> str | None:
    """For a source named by an abbreviated title and a surname ("Mr Varadkar"), the title
    before the full name that ends in that surname ("Tánaiste Leo Varadkar"): news gives
    the full name and title once, then "Mr Varadkar"."""
    title, _, surname = name.partition(" ")
    if title.rstrip(".").lower() not in TITLE_WORDS or not surname or " " in surname:
        return None
    for start, _ in _name_places(surname, text, word_table, index):
        given = re.search(rf"(?<![\w.])({CAPITAL}[\w’'\-]+)\s+$", text[max(0, start - 40) : start])
        if given is not None and given.group(1).lower() != title.rstrip(".").lower():
            kind = _type_before(start, text, word_table)
            if kind is not None:
                return kind
    return None


def _person_noun_opening(text: str, at: int, key: str) -> bool:
    """Is the word at ``at`` a person noun that opens its sentence, capitalised for that
    ("Resident Ana Ruiz said", "Witness Tom Lee told the court")?"""
    if key not in PERSON_NOUNS:
        return False
    before = text[max(0, at - 4) : at].rstrip(" \t\u00a0")
    return not before or before[-1] in '.!?\n"“”‘’'


def _type_of_principal(
    text: str, start: int, end: int, word_table: WordTable, index: WordIndex
) -> str | None:
    """The type of the person or body that the spokesperson or aide named at (start, end)
    speaks for, by the role word before that person's surname anywhere in the text: "Ana
    Ruiz, a Whitman spokeswoman" or "..., an aide to Senator Pryce", where the text has
    "candidate Meg Whitman" and "Senator Dana Pryce"; or by what the text says the body is:
    "Brillo spokesperson Colin Ashby", where the text has "Brillo, the online retailer"."""
    appositive = APPOSITIVE.match(text, end)
    match = _SPEAKS_FOR.match(appositive.group(1).strip()) if appositive else None
    if match is not None:
        surname = match.group(1) or match.group(2)  # "a Whitman spokeswoman", "an aide to Pryce"
    elif before := _SPEAKS_FOR_BEFORE.search(text, max(0, start - 80), start):
        surname = before.group(1)
    else:
        return None
    places = _name_places(surname, text, word_table, index)
    return _first(_type_before(at, text, word_table) for at, _ in places) or _first(
        type_after(text, at_end, word_table) for _, at_end in places
    )


def _type_of_body_led(text: str, start: int, end: int) -> str | None:
    """The type of a body that the person named at (start, end) leads: "Netanyahu's
    office", "the Hoffman campaign"."""
    match = _BODY_LED.match(text, end)
    if match is None:
        return None
    kind = type_of(text[start : match.end()].replace("’", "'").replace("'s ", " "))
    return None if kind == OTHER else kind


def _type_of_title_before(at: int, text: str) -> str | None:
    """The type of a title joined to its body before a name that starts at ``at``
    ("Minister for Foreign Affairs Ana Ruiz", "Chief of Police David Smith"), read as one
    description; or None."""
    match = _TITLE_OF_A_BODY.search(text, max(0, at - 120), at)
    if match is None or match.group(1).lower() not in ROLE_WORDS:
        return None
    kind = type_of(match.group().strip())
    return None if kind == OTHER else kind


# The people an event touched, named as a group ("residents", "neighbours", "victims",
# "witnesses"; data/source_words.csv, kind "people affected"): plurals only, because the
# singular also qualifies a role ("resident magistrate", "victim support officer")
_PEOPLE_AFFECTED = re.compile(
    r"\b(?:" + "|".join(sorted(words_of_kind("people affected"))) + r")\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _speaks_of_people_affected(text: str) -> bool:
    """Does the story name the people its event touched as a group? One answer per text,
    however many of its sources ask."""
    return _PEOPLE_AFFECTED.search(text) is not None


# A person's name as news writes it: capitalised words, an initial maybe ("Ana M. Ruiz"),
# no word in capitals ("SES", "Grayson County OEM" are bodies)
_PERSON_NAME = re.compile(rf"{CAPITAL}[a-z’'\-]+(?:\s+(?:[A-Z]\.|{CAPITAL}[a-z’'\-]+)){{1,3}}")


def _type_of_bystander(
    name: str, text: str, places: Sequence[tuple[int, int]], word_table: WordTable
) -> str | None:
    """A person the text gives no role at all (every rule before this one found none, and
    the phrase it speaks through names none), in a
    story that speaks of the people its event touched ("residents", "neighbours",
    "victims"), is one of them: news names officials, experts and players by their role,
    and the people it happened to by their name alone ("Tom Lee was asleep when the storm
    hit. 'It woke me up,' he said", in a story of flooded residents). Not a suspect: a
    sentence that names them with an arrest or a charge leaves them "other" (GUIDELINE.md
    §5: defendants and suspects)."""
    words = name.split()
    if len(words) > 1 and not _PERSON_NAME.fullmatch(name):
        return None
    if any(w.lower() in ORG_HEADS or w.lower() in TYPE_VOCABULARY for w in words):
        return None  # a body's name: "Harbour Times", "Lee Family Trust"
    if not any(text.startswith(name, start) for start, _ in places):
        return None  # a name the text never writes out is no name to read a person by
    if any(_named_with_a_role(text, *place, word_table) for place in places):
        return None  # a role the lists give no type ("fire chief Tom Lee") is still a role
    if not _speaks_of_people_affected(text):
        return None
    if any(_is_suspect(text, start, end) for start, end in places):
        return None
    return FAMILY


# A person the text suspects: a word for one before the name ("the accused, Tom Lee",
# "suspect Ana Ruiz"), or an arrest, a charge or a plea as what the sentence says of them
# ("Tom Lee, 34, was charged", "Ana Ruiz, who was arrested on Friday", "Tom Lee pleaded
# guilty", "Ana Ruiz appeared in court", "Tom Lee, who faces charges")
_SUSPECT_BEFORE = re.compile(r"\b(?:suspect|accused|defendant|gunman|attacker),?\s+$", re.I)
_SUSPECT_AFTER = re.compile(
    r"(?:,\s+\d{1,3},)?,?\s+(?:who\s+)?(?:(?:was|were|is|has\s+been|had\s+been|is\s+being)\s+"
    r"(?:[a-z]+ly\s+)?(?:arrested|charged|jailed|sentenced|convicted|accused|detained|remanded|"
    r"suspected|indicted|taken\s+into\s+custody)"
    r"|(?:has\s+|had\s+)?(?:pleads|pleaded|pled|admits|admitted|denies|denied)\s+(?:not\s+)?"
    r"(?:guilty|the\s+charges?|charges|murder|manslaughter|assault|theft|fraud)"
    r"|(?:has\s+|had\s+)?(?:appeared|appears)\s+(?:in\s+court|before\s+(?:a\s+|the\s+)?"
    r"(?:judge|magistrates?|court))"
    r"|(?:is\s+|was\s+)?(?:faces|faced|facing)\s+(?:a\s+)?(?:charges?|trial))\b"
)


def _is_suspect(text: str, start: int, end: int) -> bool:
    """Is the person named at (start, end) suspected of a crime, by the words beside the
    name ("suspect Tom Lee", "Tom Lee was charged")? Another person's arrest in the same
    sentence ("Tom Lee was shocked to learn the suspect had visited his shop") is not."""
    return bool(
        _SUSPECT_BEFORE.search(text, max(0, start - 20), start) or _SUSPECT_AFTER.match(text, end)
    )


def _named_with_a_role(text: str, start: int, end: int, word_table: WordTable) -> bool:
    """Does a role or person word stand right before the name at (start, end) ("fire chief
    Tom Lee", "resident, Tom Lee"), or a description after it ("Tom Lee, the club's
    chief")?"""
    starts, ends, keys = word_table
    i = bisect.bisect_left(starts, start) - 1
    between = text[ends[i] : start] if i >= 0 else "\n"
    joined = between.strip() in ("", ",") and "\n" not in between
    if joined and (keys[i] in ROLE_WORDS or keys[i] in PERSON_NOUNS):
        return True
    appositive = APPOSITIVE.match(text, end)
    if appositive is None:
        return False
    description = appositive.group(1)
    first = description.split()[0].lower() if description.split() else ""
    return first in OPENS_DESCRIPTION or head_word(description) in ROLE_WORDS


# What a speaker phrase may give beside a name that is no role: an age, a home ("Ana Ruiz,
# 72, also of Rowley Meade", "Tom Lee, 45, from Leeds")
_AGE_OR_HOME = re.compile(r"(?:\d{1,3}\b,?\s*)?(?:also\s+)?(?:(?:of|from)\b.*)?", re.DOTALL)


def _is_a_role(role: str | None) -> bool:
    """Does the phrase a source speaks through give it a role ("Venezuelan strongman"),
    not only an age or a home ("72, also of Rowley Meade")?"""
    return bool(role and role.strip()) and _AGE_OR_HOME.fullmatch(role.strip()) is None
