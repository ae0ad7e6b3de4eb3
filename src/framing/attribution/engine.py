"""The engine that reads one article sentence by sentence, in `reading_order`: for each
sentence it asks the cue stage (`cues.CueFinder`) for its cues, the speaker stage
(`speakers.SpeakerReader`) for the speaker phrase of each, and the resolve stage
(`resolve.Resolver`) for the source each phrase refers to. It reads the page (`page.Page`)
and writes one thing: ``said``, sentence by sentence, the cues with who speaks through
each, which the resolve and record stages read. Which subject speaks through a
participle (", warning that") is decided here, as it weighs the sentence's other cues;
so is whether a headline's speaker before a colon is kept (only if that source speaks
elsewhere in the story: `headlines`).

What it can not tell you: the engine reads each article on its own; a person it meets
only in another article is unknown to it.
"""

from __future__ import annotations

import re

from ..text import Article, Sentence
from .coordination import coordinated, coordinated_people
from .cues import NO_CLAUSE, CueFinder
from .marks import ByMark
from .page import Page
from .phrases import Phrase, search_tail
from .reading import CueMatch, Said, by_cue_start, has_spoken
from .resolve import Resolver
from .speakers import SpeakerReader
from .subjects import LED_TO_SUBJECT, with_subject
from .words import (
    AUX_AND_ADVERBS,
    BE,
    MESSAGE_NOUNS,
    PROGRESSIVE_BE,
)

_NOBODY = frozenset("not everyone|no one|nobody|few|none|everyone|not all".split("|"))

_QUESTION = re.compile(
    r"\s*(?:what|why|how|who|whom|which|when|where|did|does|do|has|have|had|is|are|was|were|will|"
    r"would|can|could|should)\b",
    re.IGNORECASE,
)

# "the party is calling on": a participle after "is" is the finite verb, with its subject
# before "is", read like "the party called on" (not in a relative clause: "Ana Ruiz, who is
# urging calm, said"); so after "is also", "are now", "is strongly"
_PROGRESSIVE = re.compile(
    rf"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:{'|'.join(sorted(PROGRESSIVE_BE))})\s+"
    r"(?:(?:also|still|now|already|\w+ly)\s+)?$",
    re.IGNORECASE,
)

_RELATIVE_PRONOUN = re.compile(r"(?:who|which|that)\b", re.IGNORECASE)

# a sentence that opens with a conjunction and the verb ("And asked, ...") has no subject of
# its own: it goes on with the subject of the sentence before
_SUBJECTLESS_OPENING = frozenset("and but then so yet".split())

# nested reporting: "BBC News quoted Kathrin Altwegg, a professor, telling reporters" -- the
# outlet relays; the person it quotes speaks
_QUOTED_PERSON = re.compile(
    r"\bquoted\s+((?:[A-Z][\w.'’\-]*\s+)*[A-Z][\w'’\-]+)(?:\s*,[^,]{1,120},)?\s*(?:as\s+)?$"
)

# "and several councillors calling it": a plural subject right before a participle
_PLURAL_BEFORE_OPENINGS = (",", ";", "and", "with", "while")

_PLURAL_BEFORE = re.compile(
    "(?:^|"  # the start, or one of the openings (words as whole words)
    + "|".join(o if o in ",;" else rf"\b{o}\b" for o in _PLURAL_BEFORE_OPENINGS)
    + r")\s*((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*s)\s*$"
)


def reading_order(article: Article) -> list[tuple[Sentence, bool]]:
    """The sentences in the order they are read, each with ``forward``: the story's
    sentences first, then the headline's, which may name a source the story names later
    ("US Official Warns ..."), so they may look forward."""
    headline = article.headline
    in_headline = [
        headline is not None and s.paragraph == headline.index for s in article.sentences
    ]
    story = [s for s, head in zip(article.sentences, in_headline, strict=True) if not head]
    heads = [s for s, head in zip(article.sentences, in_headline, strict=True) if head]
    return [(s, False) for s in story] + [(s, True) for s in heads]


class Engine:
    """Reads an article sentence by sentence through the first three stages: finds the cues
    of a sentence (``cue_finder``), reads the speaker phrase of each (``speakers``) and
    resolves it to a source (``resolver``). It is the one writer of ``said``: for each
    sentence read, its cues with the entity that speaks through each."""

    def __init__(
        self,
        page: Page,
        cue_finder: CueFinder,
        speakers: SpeakerReader,
        resolver: Resolver,
        said: dict[int, list[Said]],
    ) -> None:
        self.text, self.norm = page.text, page.norm
        self.sentences = page.article.sentences
        self.cue_finder = cue_finder
        self.speakers = speakers
        self.resolver = resolver
        self.said = said  # sentence -> cues with speakers; written here, read by the stages

    def read_sentence(self, sentence: Sentence, *, forward: bool) -> None:
        """Find the sentence's cues, read the speaker phrase of each and resolve it."""
        if sentence.text.rstrip().endswith("?") and _QUESTION.match(sentence.text):
            return  # "What have the courts said?" asks; it reports nobody's words
        said: list[Said] = []
        self.said[sentence.index] = said
        participles: list[CueMatch] = []
        for cue in self.cue_finder.cues(sentence):
            # ", warning that" and "rejected it and alleged that": the subject of another verb
            participle = cue.form == "participle" and not search_tail(
                _PROGRESSIVE, self.norm, sentence.start, cue.start, 16
            )
            if participle or coordinated(self.norm, sentence.start, cue.start):
                participles.append(cue)
                continue
            said.extend(self._speaker_of(sentence, cue, forward))
        for cue in participles:
            found = self._speaker_of_participle(sentence, cue, said, forward)
            if found is not None:
                said.append(found)
        # `From the mayor: "..."` and `"..." - Commissioner Ray Duval`: all resolved before
        # any of them joins `said`
        by_marks = [
            found
            for mark in self.speakers.colon_and_dash_phrases(sentence, said)
            if (found := self._speaker_by_mark(sentence, mark)) is not None
        ]
        said.extend(by_marks)
        said.sort(key=by_cue_start)
        if not said:
            del self.said[sentence.index]  # only sentences with cues are kept

    def spoke_without_words(self, sentence: Sentence) -> Said | None:
        """Who speaks in "Ana Ruiz spoke first." or "Tom Okoro was speaking to reporters.":
        a verb of speaking with nothing reported after it, its speaker resolved; else None.
        (The records stage asks, for the quotation paragraph that follows such a sentence.)"""
        for cue, reason in self.cue_finder.cue_candidates(sentence):
            if cue.lemma != "speak" or reason != NO_CLAUSE:
                continue
            phrase = self.speakers.speaker_phrase(sentence, cue)
            if phrase is None:
                continue
            entity, reason = self.resolver.resolve(phrase, sentence.index)
            if entity is not None:
                return Said(cue, entity, reason, phrase)
        return None

    def _speaker_by_mark(self, sentence: Sentence, mark: ByMark) -> Said | None:
        """The speaker phrase that punctuation gives, resolved. A headline's tag must name
        someone: a named source, or a person noun ("Coach"); "'...': Analysis of the final"
        names no one."""
        entity, reason = self.resolver.resolve(mark.phrase, sentence.index, forward=mark.forward)
        if mark.tag and (
            entity is None or not (mark.person_noun or self.resolver.is_named(entity))
        ):
            return None
        if mark.speaks_elsewhere and not (
            entity is not None and has_spoken(self.said, entity, elsewhere_than=sentence.index)
        ):
            return None  # "Election Results: ...": a topic, not a source the story quotes
        return Said(mark.cue, entity, reason, mark.phrase)

    def _speaker_of(self, sentence: Sentence, cue: CueMatch, forward: bool) -> list[Said]:
        """The speaker phrase of a cue, resolved: one `Said`, or one for each person a
        coordinated subject names ("Coun Green and Wharton say"); none when the cue has no
        speaker phrase."""
        phrase = self.speakers.speaker_phrase(sentence, cue)
        if phrase is None:
            return []
        if _RELATIVE_PRONOUN.match(phrase.text):
            return []  # "who spoke": part of a longer phrase, not a speaker
        if phrase.text.lower() in _NOBODY:
            return []  # "Not everyone agrees that ...": no one in particular speaks
        if phrase.text.lower() in _SUBJECTLESS_OPENING and phrase.start == sentence.start:
            carried = self._subject_of_sentence_before(sentence)
            if carried is not None:
                return [Said(cue, carried.entity, "", carried.phrase)]
        parts = coordinated_people(self.text, phrase) or [phrase]
        return [
            Said(cue, entity, reason, part)
            for part in parts
            for entity, reason in [self.resolver.resolve(part, sentence.index, forward=forward)]
        ]

    def _subject_of_sentence_before(self, sentence: Sentence) -> Said | None:
        """The first speaker of the sentence before, in the same paragraph ("Justice Ruiz
        asked the counsel about the plea. And asked, ..."), else None."""
        if sentence.index == 0:
            return None
        before = self.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph:
            return None
        return next((s for s in self.said.get(before.index, ()) if s.entity is not None), None)

    def _speaker_of_participle(
        self, sentence: Sentence, cue: CueMatch, said: list[Said], forward: bool
    ) -> Said | None:
        """Who speaks through a participle: its own subject ("with the judge telling him",
        "and several councillors calling it"), else the speaker of an earlier verb of the
        sentence, else the sentence's main subject."""
        for phrase in self._participle_subjects(sentence, cue):
            entity, reason = self.resolver.resolve(phrase, sentence.index, forward=forward)
            if entity is not None:
                return Said(cue, entity, reason, phrase)
        subject = next((s for s in said if s.entity is not None and s.cue.start < cue.start), None)
        if subject is not None:
            return Said(cue, subject.entity, "", subject.phrase)
        phrase = self.speakers.main_subject(sentence, cue.start)
        if phrase is None:
            return None
        entity, reason = self.resolver.resolve(phrase, sentence.index, forward=forward)
        return Said(cue, entity, reason, phrase) if entity is not None else None

    def _participle_subjects(self, sentence: Sentence, cue: CueMatch) -> list[Phrase]:
        """The participle's own subject, if one stands right before it: after "with", or a
        plural after a comma or "and"."""
        phrases = []
        relayed = search_tail(_QUOTED_PERSON, self.text, sentence.start, cue.start, 200)
        if relayed:
            phrases.append(Phrase(relayed.start(1), relayed.end(1), relayed.group(1)))
        led_to = search_tail(LED_TO_SUBJECT, self.text, sentence.start, cue.start, 120)
        if led_to:
            phrases.append(Phrase(led_to.start(1), led_to.end(1), led_to.group(1)))
        own = with_subject(self.text, sentence.start, cue.start)
        if own:
            phrases.append(own)
        own = search_tail(_PLURAL_BEFORE, self.text, sentence.start, cue.start, 80)
        last_word = own.group(1).split()[-1].lower() if own else ""
        if own and last_word not in MESSAGE_NOUNS and last_word not in AUX_AND_ADVERBS | BE:
            phrases.append(Phrase(own.start(1), own.end(1), own.group(1)))
        return phrases
