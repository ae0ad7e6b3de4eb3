"""The engine that reads one article: its words, quotations and the names in it, read
sentence by sentence through the stages (`cues`, `speakers`, `resolve`, `sources`).

What it can not tell you: the engine reads each article on its own; a person it meets
only in another article is unknown to it.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from ..lexicon import Lexicon
from ..quotes import Quote, find_quotes
from ..text import Article, Sentence
from .cast import meet_names
from .cues import CueFinder
from .phrases import Phrase, capitalised_runs, search_tail
from .reading import CueMatch, Said, by_cue_start
from .resolve import Descriptions, Resolver
from .sources import Recorder
from .speakers import SpeakerReader, coordinated
from .words import (
    AUX_AND_ADVERBS,
    BE,
    MESSAGE_NOUNS,
    stance_table,
)

_NOBODY = frozenset("not everyone|no one|nobody|few|none|everyone|not all".split("|"))

_QUESTION = re.compile(
    r"\s*(?:what|why|how|who|whom|which|when|where|did|does|do|has|have|had|is|are|was|were|will|"
    r"would|can|could|should)\b",
    re.IGNORECASE,
)

_RELATIVE_PRONOUN = re.compile(r"(?:who|which|that)\b", re.IGNORECASE)

# "with the judge telling him": a participle with its own subject
# nested reporting: "BBC News quoted Kathrin Altwegg, a professor, telling reporters" -- the
# outlet relays; the person it quotes speaks
_QUOTED_PERSON = re.compile(
    r"\bquoted\s+((?:[A-Z][\w.'’\-]*\s+)*[A-Z][\w'’\-]+)(?:\s*,[^,]{1,120},)?\s*(?:as\s+)?$"
)

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


class Engine(CueFinder, SpeakerReader, Resolver, Recorder):
    """Reads one article: its words, quotations and the names in it (set up here), then each
    sentence through the stages, whose methods live in their modules: `CueFinder` (cues),
    `SpeakerReader` (speakers), `Resolver` (resolve) and `Recorder` (sources)."""

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
        self.said: dict[int, list[Said]] = {}  # sentence -> cues with speakers
        self.stances = stance_table(lexicon)
        headline = article.headline
        self.headline_start, self.headline_end = (
            (headline.start, headline.end) if headline is not None else (-1, -1)
        )
        # words that can start a cue ("said", "according"): found once, looked up per sentence
        self._cue_words = self._words_that_may_cue()
        self.clause_breaks: dict[int, list[tuple[int, int]]] = {}  # by sentence
        self.runs = capitalised_runs(self.text)  # runs of capitalised words: the names
        self.run_starts = [start for start, _, _ in self.runs]
        # the people, organisations and places named anywhere: the cast the stages start with
        self.cast = meet_names(article, self.runs, (self.headline_start, self.headline_end))
        self.descriptions = Descriptions(self.cast)  # who "the company", "the official" can be

    # -- helpers ------------------------------------------------------------------------
    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quote_ranges[i][1]

    def word_range(self, sentence: Sentence) -> range:
        return range(
            bisect.bisect_left(self.word_starts, sentence.start),
            bisect.bisect_left(self.word_starts, sentence.end),
        )

    # -- names --------------------------------------------------------------------------
    # -- the reading ----------------------------------------------------------------------
    def reading_order(self) -> list[tuple[Sentence, bool]]:
        """The sentences in the order they are read, each with ``forward``: the story's
        sentences first, then the headline's, which may name a source the story names later
        ("US Official Warns ..."), so they may look forward."""
        headline = self.article.headline
        in_headline = [
            headline is not None and s.paragraph == headline.index for s in self.article.sentences
        ]
        story = [s for s, head in zip(self.article.sentences, in_headline, strict=True) if not head]
        heads = [s for s, head in zip(self.article.sentences, in_headline, strict=True) if head]
        return [(s, False) for s in story] + [(s, True) for s in heads]

    def read_sentence(self, sentence: Sentence, *, forward: bool) -> None:
        """Find the sentence's cues, read the speaker phrase of each and resolve it."""
        if sentence.text.rstrip().endswith("?") and _QUESTION.match(sentence.text):
            return  # "What have the courts said?" asks; it reports nobody's words
        said: list[Said] = []
        self.said[sentence.index] = said
        participles: list[CueMatch] = []
        for cue in self.cues(sentence):
            # ", warning that" and "rejected it and alleged that": the subject of another verb
            if cue.form == "participle" or coordinated(self.norm, sentence.start, cue.start):
                participles.append(cue)
                continue
            found = self._speaker_of(sentence, cue, forward)
            if found is not None:
                said.append(found)
        for cue in participles:
            found = self._speaker_of_participle(sentence, cue, said, forward)
            if found is not None:
                said.append(found)
        said.extend(self._colon_and_dash_cues(sentence, said))
        said.sort(key=by_cue_start)
        if not said:
            del self.said[sentence.index]  # only sentences with cues are kept

    def _speaker_of(self, sentence: Sentence, cue: CueMatch, forward: bool) -> Said | None:
        """The speaker phrase of a cue, resolved; None when the cue has no speaker phrase."""
        phrase = self.speaker_phrase(sentence, cue, self._reach(sentence, cue.start))
        if phrase is None:
            return None
        if _RELATIVE_PRONOUN.match(phrase.text):
            return None  # "who spoke": part of a longer phrase, not a speaker
        if phrase.text.lower() in _NOBODY:
            return None  # "Not everyone agrees that ...": no one in particular speaks
        entity, reason = self.resolve(phrase, sentence.index, forward=forward)
        return Said(cue, entity, reason, phrase)

    def _speaker_of_participle(
        self, sentence: Sentence, cue: CueMatch, said: list[Said], forward: bool
    ) -> Said | None:
        """Who speaks through a participle: its own subject ("with the judge telling him",
        "and several councillors calling it"), else the speaker of an earlier verb of the
        sentence, else the sentence's main subject."""
        for phrase in self._participle_subjects(sentence, cue):
            entity, reason = self.resolve(phrase, sentence.index, forward=forward)
            if entity is not None:
                return Said(cue, entity, reason, phrase)
        subject = next((s for s in said if s.entity is not None and s.cue.start < cue.start), None)
        if subject is not None:
            return Said(cue, subject.entity, "", subject.phrase)
        phrase = self._main_subject(sentence, cue.start)
        if phrase is None:
            return None
        entity, reason = self.resolve(phrase, sentence.index, forward=forward)
        return Said(cue, entity, reason, phrase) if entity is not None else None

    def _participle_subjects(self, sentence: Sentence, cue: CueMatch) -> list[Phrase]:
        """The participle's own subject, if one stands right before it: after "with", or a
        plural after a comma or "and"."""
        phrases = []
        relayed = search_tail(_QUOTED_PERSON, self.text, sentence.start, cue.start, 200)
        if relayed:
            phrases.append(Phrase(relayed.start(1), relayed.end(1), relayed.group(1)))
        own = search_tail(_WITH_SUBJECT, self.text, sentence.start, cue.start, 100)
        if own:
            phrases.append(Phrase(own.start(1), own.end(1), own.group(1)))
        own = search_tail(_PLURAL_BEFORE, self.text, sentence.start, cue.start, 80)
        last_word = own.group(1).split()[-1].lower() if own else ""
        if own and last_word not in MESSAGE_NOUNS and last_word not in AUX_AND_ADVERBS | BE:
            phrases.append(Phrase(own.start(1), own.end(1), own.group(1)))
        return phrases
