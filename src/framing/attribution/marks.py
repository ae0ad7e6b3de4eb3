"""Speakers that punctuation gives, not a verb: a colon or a dash beside a quotation.

`From the mayor: "..."` and `Ana Ruiz was blunt: "..."` name the speaker before a colon;
`"..." - Commissioner Ray Duval, a shop owner` after a dash (with a role after a comma); a
headline's quotation may be tagged after a colon (`'We were robbed': Coach`), and a headline
with no quotation may open with its speaker (`headlines`). Each is returned as a `ByMark`:
the cue the mark makes and the speaker phrase, which the engine has resolved like any other.

Reads: the page (`page.Page`: the text, the quotations of each sentence, the headline), and
for `Ms Ruiz's reply was brief: "No."` the speaker stage's reading of a clause's subject
(`speakers.SpeakerReader.main_subject`), which it is given.

What it can not tell you: a colon or a dash is read by where it stands, not by what the
words mean. The words before a colon are taken as a speaker phrase, and whether they name
anyone is left to the resolve stage ("The message was clear:" resolves to nobody); a heading
or a list item that sits beside a quotation can be read as its speaker. A speech verb
before the quotation in the same sentence wins over its colon.

>>> _before_colon_or_dash("Ana Ruiz was blunt: ")
'Ana Ruiz'
>>> _before_colon_or_dash("From the mayor:")
'From the mayor'
>>> _before_colon_or_dash("The plan is simple") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..quotes import Quote
from ..text import Sentence
from .headlines import headline_tag
from .not_a_source import DATE, NUMBER, why_not_a_source
from .page import Page
from .phrases import TRANSLATION_LABEL, Phrase, is_person_name, words_of
from .reading import CueMatch, Said
from .type_words import head_word
from .words import CAPITAL, PERSON_NOUNS, SUBJECT_PRONOUNS

__all__ = ["ByMark", "MarkReader"]

_FROM_LEAD = re.compile(r"\s*(?:and\s+)?(?:from|for|over to)\s+([^,]+)", re.IGNORECASE)

_DASH_SPEAKER = re.compile(rf"\s*[-–—]{{1,2}}\s*({CAPITAL}[^,.;\"]*)")

_DASH_SPEAKER_BELOW = re.compile(rf"\s*\n?\s*[-–—]{{1,2}}\s*({CAPITAL}[^,.;\"\n]*)")

_DASH_ROLE = re.compile(r",\s*([^.;\n\"]+)")

# after a headline's quotation: ": Mayor's flood plea", ": Coach"
_COLON_TAG = re.compile(rf"\s*:\s*({CAPITAL}[^,.;:\"\n]*?)\s*$")
_OWNER = re.compile(r"(.+?)['’]s\b")


# a live blog's time stamp or a count before a colon ("11:25 p.m.: ...") is no speaker tag
_TIME_OR_NUMBER = (DATE, NUMBER)


# "Ana Ruiz was blunt:", "He was in no doubt:", "Laughing, she continued:": a person, then how
_HOW_THEY_SPOKE = re.compile(  # they spoke (after the last comma: the clause before is theirs)
    r"^(?:.*,\s+)?(.+?)\s+(?:(?:was|were|is|are|has been|had been|remained)\s+"
    r"(?:[a-z][\w\-]*\s*){1,4}|[a-z]+ed)$"
)


def _before_colon_or_dash(before: str) -> str | None:
    """The words before a colon or a spaced dash that ends ``before``, else None:
    `From the mayor: "..."` -> "From the mayor"; `Ana Ruiz was blunt: "..."` -> "Ana Ruiz"
    (a person's name or a pronoun only: "The message was clear:" names no speaker)."""
    tail = before.rstrip()
    if tail.endswith(":"):
        how = _HOW_THEY_SPOKE.match(tail[:-1].strip())
        if how and (
            is_person_name(words_of(how.group(1))) or how.group(1).lower() in SUBJECT_PRONOUNS
        ):
            return how.group(1)
        return tail[:-1]
    if len(tail) >= 2 and tail[-1] in "-–—" and tail[-2].isspace():
        return tail[:-2]
    return None


@dataclass(frozen=True)
class ByMark:
    """A speaker phrase that punctuation gives, not a verb: `From the mayor: "..."`,
    `"..." - Commissioner Ray Duval`, or a headline's tag `'We were robbed': Coach`."""

    cue: CueMatch
    phrase: Phrase
    forward: bool = False  # resolve it to a source named further down (a headline's tag)
    tag: bool = False  # a headline's tag after a colon: kept only if it names someone
    person_noun: bool = False  # the tag's head word is a person noun ("Coach", "Mum")
    # a headline's speaker before a colon, with no quotation ("Igesund: Nigeria didn't ..."):
    # kept only if the same source speaks in another sentence of the story
    speaks_elsewhere: bool = False


class MarkReader:
    """Reading the speakers that a colon or a dash gives, for the speaker stage, which
    composes it. It reads the page and the stage's reading of a clause's subject."""

    def __init__(self, page: Page, main_subject: Callable[[Sentence, int], Phrase | None]) -> None:
        self.text, self.norm = page.text, page.norm
        self.quotes_by_sentence = page.quotes_by_sentence
        self.headline_start = page.headline_start
        self.main_subject = main_subject  # `speakers.SpeakerReader.main_subject`

    def _possessive_or_subject(self, sentence: Sentence, limit: int) -> Phrase | None:
        """`Ms Ruiz's reply was brief: "No."` -- the owner of the words, or the clause's subject."""
        text = self.text
        owner = re.search(
            r"\b((?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+)['’]s?\s+(?:reply|answer|response|message|verdict|words|statement|view)\b",
            text[sentence.start : limit],
        )
        if owner:
            s0 = sentence.start + owner.start(1)
            return Phrase(s0, s0 + len(owner.group(1)), owner.group(1))
        pronoun = re.search(
            r"\b(His|Her|Its|Their|his|her|its|their)\s+(?:reply|answer|response|message|verdict|words|statement|view)\b",
            text[sentence.start : limit],
        )
        if pronoun:
            word = {"his": "he", "her": "she", "its": "it", "their": "they"}[
                pronoun.group(1).lower()
            ]
            s0 = sentence.start + pronoun.start(1)
            return Phrase(s0, s0 + len(pronoun.group(1)), word)
        return self.main_subject(sentence, limit)

    def colon_and_dash_phrases(self, sentence: Sentence, said: list[Said]) -> list[ByMark]:
        """`From the mayor: "..."`, `"..." - Commissioner Ray Duval` and, in a headline with
        no quotation, `Igesund: Nigeria didn't ...`: each cue and its speaker phrase."""
        found: list[ByMark] = []
        text, norm = self.text, self.norm
        for quote in self.quotes_by_sentence.get(sentence.index, ()):
            opening = quote.parts[0][0] - 1
            before = text[sentence.start : opening]
            has_cue = any(x.cue.start < opening and x.entity is not None for x in said)
            lead = _before_colon_or_dash(before)
            if TRANSLATION_LABEL.search(before):
                continue  # "[Translation: "..."]": the quotation before it speaks again
            if lead is not None and not has_cue:
                from_lead = _FROM_LEAD.match(lead)
                if from_lead:
                    lead = from_lead.group(1)
                offset = sentence.start + before.find(lead) if lead else -1
                phrase = None
                if lead.strip() and len(lead.split()) <= 6 and offset >= 0:
                    phrase = Phrase(offset, offset + len(lead.rstrip()), lead.rstrip())
                elif lead.strip():
                    phrase = self._possessive_or_subject(sentence, opening)
                # a live blog's "11:25 p.m.:" or "12/4:" names no speaker: leave the
                # quotation to the verb
                if phrase is not None and why_not_a_source(phrase.text) not in _TIME_OR_NUMBER:
                    cue = CueMatch(opening - 1, opening, ":", True, (0, 0), "colon")
                    found.append(ByMark(cue, phrase))
            closing = quote.parts[-1][1]
            # (neither pattern has anchors or look-behinds: matching within bounds is the same
            # as matching a slice, without copying it)
            dash = _DASH_SPEAKER.match(norm, closing + 1, sentence.end)
            if dash is None:
                dash = _DASH_SPEAKER_BELOW.match(norm, closing + 1, closing + 200)
            if dash:
                s = dash.start(1)
                name = dash.group(1).rstrip()
                role_match = _DASH_ROLE.match(norm, s + len(name), s + len(name) + 120)
                role = role_match.group(1).strip() if role_match else ""
                phrase = Phrase(s, s + len(name), name, role)
                cue = CueMatch(closing + 1, s, "-", True, (0, 0), "dash")
                # a headline's tag opens its line; its speaker is named further down
                found.append(ByMark(cue, phrase, forward=self._opens_its_line(quote)))
            elif (tagged := self._colon_tag(sentence, quote)) is not None:
                found.append(tagged)
        if sentence.start == self.headline_start and not found:
            tag = headline_tag(text, sentence.start, sentence.end)
            if tag is not None:  # read like "according to" the speaker before the colon
                cue = CueMatch(tag.end, tag.end + 1, ":", True, (0, 0), "according")
                found.append(ByMark(cue, tag, forward=True, speaks_elsewhere=True))
        return found

    def _opens_its_line(self, quote: Quote) -> bool:
        """Does the quotation open its line, as in a headline or a sub-heading?"""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        return not self.text[line_start : quote.start].strip(" \t\"'“‘")

    def _colon_tag(self, sentence: Sentence, quote: Quote) -> ByMark | None:
        """A headline's tag after a colon: `'What do we have to do?': Mayor's flood plea`
        (the owner speaks) or `'We were robbed': Coach` -- only on a line the quotation
        opens, whose speaker the story names further down. The tag must name someone:
        "'...': Analysis of the final" names no one (`ByMark.names_someone`)."""
        closing = quote.parts[-1][1]
        line_end = self.text.find("\n", closing)
        end = min(sentence.end, line_end if line_end >= 0 else len(self.text))
        tag = _COLON_TAG.match(self.norm, closing + 1, end)
        if tag is None or not self._opens_its_line(quote):
            return None
        owner = _OWNER.match(tag.group(1))
        words = owner.group(1) if owner else tag.group(1)
        if len(words.split()) > 4:
            return None
        phrase = Phrase(tag.start(1), tag.start(1) + len(words), words)
        cue = CueMatch(closing + 1, tag.start(1), ":", True, (0, 0), "colon")
        person_noun = head_word(words) in PERSON_NOUNS
        return ByMark(cue, phrase, forward=True, tag=True, person_noun=person_noun)
