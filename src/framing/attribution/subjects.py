"""The subject a clause gives a speech verb or a participle, and the noun phrase inside a
longer speaker phrase.

A participle's own subject after "with" ("with the judge telling him", "with its leader,
Ismail Haniyeh, saying": `with_subject`; "with police chief Ana Ruiz calling it":
`absolute_subject`), the name "led to" or "saw" puts before a participle
(`LED_TO_SUBJECT`: "which saw Tom Okoro calling for ..."), the subject that speaks
through the verb after "went on to", "took to Instagram to" (`INFINITIVE_REPORT`), and the
noun phrase of a speaker phrase (`noun_phrase_span`): without an opening adverbial or a
date stamp, an adverb, a topic or an occasion after it, and in a clause, the subject after
its last "and". `verb_inside` finds the verb with an object that makes a phrase a clause
("Hamas launched rockets"), which `not_a_source.why_not_a_source` refuses.

Pure functions of the text. What it can not tell you: the rules read the words' surface: a
capitalised word is a name's ("Manchester United fans"), a past form after an article an
adjective ("the alleged attacker"); a clause these patterns do not know is left whole, for
`why_not_a_source` to refuse.
"""

from __future__ import annotations

import re

from .clause_pieces import time_tail_start
from .phrases import PHRASE_WORD, Phrase, search_tail
from .records import OTHER
from .type_words import type_of
from .words import (
    BEFORE_AN_ADJECTIVE,
    CAPITAL,
    FINITE_SPEECH_VERBS,
    IRREGULAR_PASTS,
    MONTHS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    TIME_WORDS,
    is_common_word,
    manner_adverb,
    people_word,
)

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
            or type_of(head) != OTHER
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
# a relative pronoun after a dash or comma that opens an aside: "all the pundits -- who, as
# one writer notes, claimed ... -- will tell us"
_TRAILING_RELATIVE = re.compile(r"\s*[,\-–—]+\s*(?:who|which|whom)$")
# what the speaker spoke about, or the occasion, after the subject: "Cllr Amy Dunn
# regarding the closed library", "Alderman Joe Pike in a row with the treasurer" (after a
# name only: "a judge at a county court" is who the judge is)
_TOPIC_TAIL = re.compile(
    r"\s(?:regarding|concerning|during|amid|despite)\s"
    rf"|\b{CAPITAL}[\w.’'\-]*\s+{CAPITAL}[\w.’'\-]*\s(?P<occasion>(?:in|at|on|during)\s(?:a|an)\s)"
)
_SAY = frozenset(("say", "says"))


def verb_inside(words: list[str]) -> int | None:
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
        if before.isdigit() or after in PREPOSITIONS or after in TIME_WORDS or after in MONTHS:
            continue  # "court documents filed Monday": a participle and its time
        # a short word in -ed is too often no verb inside a name's phrase ("bed", "need",
        # "red") or a verb of a relative clause ("who died"); `clause_pieces._verb_form`
        # takes every -ed word, as a verb that opens a phrase is (see its docstring)
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
    last = text[start:end].rsplit(None, 1)
    if len(last) == 2 and manner_adverb(last[1]):
        end = start + len(last[0].rstrip(" ,"))  # "replied Ana Ruiz sharply": how, not who
    if (relative := _TRAILING_RELATIVE.search(text, start, end)) and relative.start() > start:
        end = relative.start()  # "the pundits -- who, as one writer says, claimed ..."
    spans = [(m.start(), m.end()) for m in PHRASE_WORD.finditer(text, start, end)]
    words = [text[s:e] for s, e in spans]
    verb = verb_inside(words)
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
