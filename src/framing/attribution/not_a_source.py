"""Why a speaker phrase names no source, and which paragraphs are photo captions.

A phrase before or after a speech verb is not always someone: a number ("the 40,000"), a
date or a clock time ("Last", "11:25 p.m."), a party and district code ("D-Queens"), a
clause ("the firm is facing legal action, it"), a phrase that breaks off ("decision and"),
a function word ("When"), a lone "another" that stands for a noun the text never gives, a
natural hazard ("the floods"), a bracketed label ("[Audio:"), an opening participle
("Speaking to reporters"), a phrase that opens with a preposition ("for the home side"), a
verb alone ("has", "Some gave"), or a document whose author the text does not name ("the
statement"). `why_not_a_source` gives the reason, a key of `NOT_A_SOURCE`, where each
reason has a sentence it applies to (tests check each); a quotation whose speaker phrase
is refused keeps ``speaker=None`` and that reason. A photo caption (`is_caption`: short,
with a photo credit) names people who are pictured, not speaking: a later "he said" is
not theirs.

Pure functions of their text. What it can not tell you: a phrase these rules let through
may still be no one (a common noun the word lists do not know); the rules read the words'
surface, not what they mean.
"""

from __future__ import annotations

import re

from .clause_pieces import a_verb_alone, opens_with_a_verb
from .phrases import words_of
from .subjects import verb_inside
from .words import (
    AUXILIARIES,
    FINITE_SPEECH_VERBS,
    HAZARD_WORDS,
    NUMBER_WORDS,
    PREPOSITIONS,
    TIME_WORDS,
)

# Why a speaker phrase names no source, in words a first-year student reads in the ledger
# ("Speaker unclear: ..."): what the kit saw where the speaker's name would go.
NUMBER = "where a name would go, the text has a number"
DATE = "where a name would go, the text has a date or a time"
PARTY_CODE = "where a name would go, the text has only a party-and-district label"
CLAUSE = "where a name would go, the text has part of a sentence"
BREAKS_OFF = "where a name would go, the words stop before any name"
FUNCTION_WORD = "where a name would go, the text has only a word like 'when'"
BRACKETED_LABEL = "where a name would go, the text has a label in brackets"
DOCUMENT_WITHOUT_AUTHOR = "a document speaks here, and the text does not say who wrote it"
OPENING_PARTICIPLE = "where a name would go, the text has words like 'Speaking to reporters'"
OPENS_WITH_PREPOSITION = "where a name would go, the words start with a word like 'for'"
STANDS_FOR_A_NOUN = "the text says only 'another', not another who"
HAZARD = "where a name would go, the text has a flood, fire or storm"

# Each reason with a sentence where its rule applies (tests/test_attribution.py checks
# every one). Such a quotation keeps speaker=None.
NOT_A_SOURCE = {
    NUMBER: '"It is a disaster," the 40,000 said.',
    DATE: '"The plan is dead," Last said.',
    PARTY_CODE: "D-Queens said the bill would pass.",
    CLAUSE: "The firm is facing legal action, it said.",
    BREAKS_OFF: 'The rise was described by traders and the "worst in years" ahead.',
    FUNCTION_WORD: '"Leave now," When said.',
    BRACKETED_LABEL: '[Audio: "We will stay."]',
    DOCUMENT_WITHOUT_AUTHOR: '"We will appeal," the statement said.',
    # "Speaking on Radio 4, the star, 37, admitted ...": the words before the appositive
    OPENING_PARTICIPLE: '"It is over," Speaking to reporters said.',
    OPENS_WITH_PREPOSITION: '"We lost," for the home side said.',
    # "One fan wrote ... Another added ..." names "another fan" (`resolve`); with no
    # "one fan" before it, "another" stands for a noun the text never gives
    STANDS_FOR_A_NOUN: 'The vote is today. "We will stay," another said.',
    # "Wildfires threaten towns": a verb that can report speech, said of a hazard
    HAZARD: '"Leave now," the floods warned.',
}
# words that stand for a noun said before them, and are nobody on their own
ELLIPTIC_WORDS = frozenset("another other".split())
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
_OWN_VERB = AUXILIARIES | frozenset("he she they we you".split())
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
# the words for some of a group, which stand before a noun or a verb ("Some gave thanks")
_VAGUE = frozenset("some many most several few".split())
# a label in brackets before a quotation: "[Translation:", "(Audio:"
_BRACKETED = re.compile(r"^\s*[\[(]")


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
        return NUMBER  # "the 40,000"; "000 doctors" (cut off after "140,")
    if (lows and all(w in TIME_WORDS or w in _TIME_ZONES for w in lows)) or _CLOCK.fullmatch(
        phrase.strip()
    ):
        return DATE  # "Last", "ET", "11:25 p.m."
    if _PARTY_CODE.match(phrase.strip()):
        return PARTY_CODE
    if _BRACKETED.match(phrase):
        return BRACKETED_LABEL
    if (len(lows) == 1 and lows[0] in NUMBER_WORDS) or (
        len(named := words[1:] if lows[:1] in (["the"], ["a"]) else words) == 3
        and named[1].islower()
        and named[2].isdigit()
    ):
        return NUMBER  # "Two"; a subject, its verb and a count: "police got 150"
    if any(w in _OWN_VERB for w in lows[1:]) or (len(lows) > 2 and lows[0] in _OWN_VERB):
        return CLAUSE  # "Johnson should stay", "they attempt to cope"
    if len(lows) > 1 and (
        lows[0] in ("he", "she", "they")
        or (lows[0] in NUMBER_WORDS and lows[1] in FINITE_SPEECH_VERBS)
    ):
        # "She said" or "One said" before a colon (any speech verb's past or present form):
        # a pronoun or a number opens no name
        return CLAUSE
    if len(lows) > 1 and lows[-1] in _BREAKS_OFF:
        return BREAKS_OFF
    if (nobody := _words_for_no_one(words)) is not None:
        return nobody
    if len(lows) > 1 and lows[0] in _OPENING_PARTICIPLES:
        return OPENING_PARTICIPLE
    if lows[0] in PREPOSITIONS and not words[0].isupper():
        return OPENS_WITH_PREPOSITION  # "for the home side", "Alongside"
    if opens_with_a_verb(words) or a_verb_alone(words[1:] if lows[0] in _VAGUE else words):
        return CLAUSE  # "struck on Monday in Hatay": a relative clause's rest; "Some gave"
    if verb_inside(words) is not None or (len(lows) > 2 and lows[0] == "it" and words[0] != "IT"):
        return CLAUSE  # "the union walked out of talks", "it drew anger"
    return None


def _words_for_no_one(words: list[str]) -> str | None:
    """The reason a phrase is words that name no one, or None: a word that opens a clause
    ("When"), a word that stands for a noun said before it ("another"), a hazard."""
    lows = [w.lower() for w in words]
    if len(lows) == 1 and lows[0] in _FUNCTION_WORDS:
        return FUNCTION_WORD
    if 0 < len(lows) <= 2 and lows[0] in ELLIPTIC_WORDS and set(lows[1:]) <= FINITE_SPEECH_VERBS:
        return STANDS_FOR_A_NOUN  # "another", or "Another added" before a colon
    if is_a_hazard(words):
        return HAZARD
    return None


def is_a_hazard(words: list[str]) -> bool:
    """Is the phrase a natural hazard ("Wildfires", "the floods", "an intense bushfire"):
    its last words a hazard's, and no capitalised word but the first ("Melbourne Storm",
    "Cyclone Larry" are names)?"""
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    lows = [w.lower() for w in words]
    return lows[-1] in HAZARD_WORDS or " ".join(lows[-2:]) in HAZARD_WORDS


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
