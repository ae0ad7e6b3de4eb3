"""Stage 4: the records. Each quotation's speaker (the nearest cue of its sentence, else
a neighbouring sentence's; none when a "say" of its own comes between that cue and the
quotation, "the plea, which says, “...”"), one attribution per sentence and source with
its cues and reported clause, and the sources with their types (`source_record`: from the
facts the cast learned, else from the words around the name).

Reads: the page (`page.Page`), the cast (`cast.Cast`) and ``said``, the cues with their
speakers (read-only). Writes: the records it returns, and its own working notes (`Slot`).
It resolves one kind of phrase itself, through the resolve stage's `Resolver.resolve`
that it is given: the name in a sentence that points back to a quotation ("Those were
the only words Ellery spoke"), the one place it can still add to the cast.

What it can not tell you: a quotation whose speaker is in none of the sentences around it
keeps ``speaker=None`` and a reason, as does a quoted word whose sentence says unnamed
others said it ("is said to be 'devastated'"); a source the text does not describe is
"other".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

from ..quotes import Quote
from ..text import Sentence
from .cast import Cast
from .cues import said_by_unnamed_others
from .echoes import QuotedWords
from .page import Page
from .phrases import TRANSLATION_LABEL, Phrase, ends_in_closing_quote, strip_phrase, words_of
from .reading import CueMatch, Entity, Facts, Said, Slot, start_of
from .records import OTHER, SOURCE_TYPES, Attribution, Attributions, Cue, Mention, Source
from .source_types import WordIndex, WordTable, source_type, word_index
from .words import (
    PREPOSITIONS,
    STANCE_ORDER,
    given_name,
    strongest,
    verb_lemma,
)

_POINTS_BACK = re.compile(
    r"\s*(?:Those|These|That|This|Such|The|Her|His|Their|Its)\b[^.]{0,50}?"
    r"\b(?:words?|verdict|message|remarks?|comments?|assessment|warning|response|reply|plea)\b"
)

# what may stand between two quotations of one run: marks, a full stop, spaces
_BACK_TO_BACK = re.compile(r"[\s\"'“”‘’.,]+")

_THAT_CLAUSE = re.compile(r"((?:\s+[\w'\-]+){0,3}?)\s+that\b")

_FIRST_WORD_AFTER = re.compile(r"\s+([\w'\-]+)")


def _next_other_speaker(said: list[Said]) -> list[int | None]:
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


# "which says", "a teacher would say to him", "by initially saying": a say of its own
# between a cue and its quotation, so the quoted words are someone else's ("time to say
# “enough”" stays the speaker's own words)
_ANOTHER_SAY = re.compile(r"(?<!\bto )\b(?:say|says|saying)\b")


def _another_say(between: str) -> bool:
    """Does the text between a cue and its quotation hold a "say" of its own?"""
    return _ANOTHER_SAY.search(between) is not None


def _line_break_between(text: str, cue: CueMatch, quote: Quote) -> bool:
    """Is there a line break between a cue and a quotation? A page's lines are its
    headlines, blurbs and paragraphs: a cue on another line is not the quotation's, even
    when a cut-off blurb ("…girls that...") runs into the next headline as one sentence."""
    gap = text[cue.end : quote.start] if cue.end <= quote.start else text[quote.end : cue.start]
    return "\n" in gap


# why a quotation with no tag has a speaker: the sentence before it tells what its speaker did
LEAD_IN = "the sentence before it is about what its speaker did"
# "He pointed at the crowd.", "However, he took a jab at ...": "he" or "she" is the subject
_PRONOUN_SUBJECT = re.compile(r"(?:[^,.;:“”\"]{0,80},\s+)?(he|she|He|She)\s+(?:[a-z]+ly\s+)?[a-z]+")

# why a quoted word has no speaker: "Ana Ruiz is said to be “devastated”" tells that
# unnamed others said it (`cues.said_by_unnamed_others`), not who
SAID_BY_UNNAMED_OTHERS = "the writer says others said it ('is said to be') but not who"

# Why a quotation has no speaker, as the ledger shows it ("Speaker unclear: ...")
NESTED = "a quotation inside another quotation"
WRITERS_OWN_SENTENCE = "the writer's own sentence quotes these words but names nobody saying them"
NO_SPEAKER_NEARBY = "no speaker in this sentence or the ones around it"
ANOTHER_SAYS = 'another "say" stands between the speaker and these words'
NO_SPEAKER_FOUND = "no speaker found"
NAMED_IN_BETWEEN = "the quotation before it is {speaker}'s, but {other} is named in between"

# why a quotation with no tag has a speaker: its words are quoted again, with a tag, below
QUOTED_LATER = "the same words are quoted further on, with their speaker"
# the fewest letters a quotation needs before its repeat is taken to be the same words
_MIN_ECHO = 8
# how far down the text the repeat is looked for (characters): a long article's length.
# Words a headline or lede quotes come back within the story, not in the next article
# of a folder pasted into one text.
_ECHO_REACH = 20_000


def _speaker_of_last_quote(quotes: list[Quote], running: dict[int, Said]) -> Said | None:
    """The cue of the last of ``quotes`` (one sentence's) whose speaker is known, or None."""
    for quote in reversed(quotes):
        said = running.get(quote.start)
        if said is not None and said.entity is not None:
            return said
    return None


class Recorder:
    """Making the records: the last stage. It reads the page, the cast and the cues with
    their speakers (``said``), and makes the records (`collect`). The one phrase it resolves
    itself (a sentence pointing back to a quotation, in `_floating`) goes to ``resolve``,
    the resolve stage's `Resolver.resolve`, which may add to the cast; who speaks in "Ana
    Ruiz spoke first." before a quotation paragraph it asks ``spoke_without_words``
    (`Engine.spoke_without_words`, which runs the first three stages on that sentence)."""

    def __init__(
        self,
        page: Page,
        cast: Cast,
        said: Mapping[int, Sequence[Said]],
        *,
        resolve: Callable[[Phrase, int], tuple[Entity | None, str]],
        spoke_without_words: Callable[[Sentence], Said | None],
    ) -> None:
        # what this stage reads of the page
        self.article = page.article
        self.text, self.norm = page.text, page.norm
        self.starts, self.ends, self.keys = page.starts, page.ends, page.keys
        self.quotes, self.quotes_by_sentence = page.quotes, page.quotes_by_sentence
        self.echoes = QuotedWords(page.quotes)  # where words quoted once come back
        self.stances = page.stances
        self.first_name_in = page.first_name_in
        self.cast = cast  # the entities met, what is known about them, where they are named
        self.said = said  # sentence -> its cues with speakers
        self.resolve = resolve
        self.spoke_without_words = spoke_without_words

    def _quote_speaker(
        self, quote: Quote, running: dict[int, Said], *, further: bool = True
    ) -> tuple[Said | None, str]:
        """The cue that governs a quotation: in its own sentence, else a neighbour's.
        ``running`` has the cue of each earlier quotation, by where it starts; with
        ``further`` False, words quoted again further on are not looked for (a repeat's
        own speaker must come from its own tag)."""
        headline = self.article.headline
        if headline is not None and quote.paragraph == headline.index and quote.kind == "direct":
            # a headline often opens with words quoted in the story: they have the same speaker
            # (a partial quote, as in "X rejects bid as 'opportunistic'", is X's, though)
            repeated = self._quoted_again(quote)
            if repeated is not None:
                said, reason = self._quote_speaker(repeated, running, further=further)
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
            and not _line_break_between(self.text, s.cue, quote)
        ]
        if candidates:

            def distance(s: Said) -> int:
                return (
                    quote.start - s.cue.end if s.cue.end <= quote.start else s.cue.start - quote.end
                )

            before = [s for s in candidates if s.cue.end <= quote.start]
            if quote.kind == "partial" and before:
                candidates = before
            best = min(candidates, key=distance)
            if best.cue.end <= quote.start and _another_say(self.text[best.cue.end : quote.start]):
                return None, ANOTHER_SAYS  # "Kohli asked about the plea, which says, “...”"
            return best, best.reason
        if quote.kind == "partial" and len(quote.parts) == 1:
            if said_by_unnamed_others(self.article.sentences[quote.sentence].text):
                return None, SAID_BY_UNNAMED_OTHERS
            # "Boss reviews ‘disappointing’ loss": the words are quoted in full further on
            again = self._speaker_of_words_quoted_later(quote, running) if further else None
            if again is not None:
                return again, QUOTED_LATER
            return None, WRITERS_OWN_SENTENCE
        pulled = self._speaker_of_pull_quote(quote, running, further=further)
        if pulled is not None:
            return pulled, QUOTED_LATER
        said, reason = self._floating(quote, running)
        if said is None and further:
            again = self._speaker_of_words_quoted_later(quote, running)
            if again is not None:
                return again, QUOTED_LATER
        return said, reason

    def _speaker_of_pull_quote(
        self, quote: Quote, running: dict[int, Said], *, further: bool
    ) -> Said | None:
        """A line that is only a quotation whose words the story quotes again further down
        (a sub-heading, a pull quote): the speaker of the words it repeats, not of the
        paragraph above it, which a sub-heading does not continue; else None."""
        repeated = self._repeated_below(quote)
        if repeated is None:
            return None
        again, _ = self._quote_speaker(repeated, running, further=further)
        return again if again is not None and again.entity is not None else None

    def _repeated_below(self, quote: Quote) -> Quote | None:
        """If ``quote`` is a pull quote -- a line that is only a quotation whose words the
        story quotes again further down -- that later quotation; else None."""
        if quote.kind != "direct" or not self._alone_on_its_line(quote):
            return None
        repeated = self._quoted_again(quote, near=True)
        return repeated if repeated is not None and repeated.start > quote.start else None

    def _ends_like_a_sentence(self, quote: Quote) -> bool:
        """Does the line that holds the quotation end as a sentence does, not as a
        headline ("Boss reviews ‘disappointing’ loss")?"""
        line_end = self.text.find("\n", quote.end)
        line = self.text[quote.end : len(self.text) if line_end < 0 else line_end]
        return line.rstrip(" \t\"'“”‘’)").endswith((".", "!", "?", "…"))

    def _alone_on_its_line(self, quote: Quote) -> bool:
        """Is the quotation all its line holds, as a headline or a sub-heading?"""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        line_end = self.text.find("\n", quote.end)
        line_end = len(self.text) if line_end < 0 else line_end
        marks = " \t\"'“”‘’.,!?"
        return not (
            self.text[line_start : quote.start].strip(marks)
            or self.text[quote.end : line_end].strip(marks)
        )

    def _quoted_again(self, quote: Quote, *, near: bool = False) -> Quote | None:
        """The first quotation of the story's body that holds ``quote``'s words, in order,
        perhaps with a few left out between them, as headlines trim a quotation ("It
        probably sucks, but they didn't use it" from "I know it probably sucks at the time,
        but hats off to them, they didn't use it"). With ``near``, only the quotations within
        `_ECHO_REACH` of it, an article's length: a pull quote repeats its own story."""
        first, last = 0, len(self.quotes)
        if near:
            first = bisect.bisect_left(self.quotes, quote.start - _ECHO_REACH, key=start_of)
            last = bisect.bisect_right(self.quotes, quote.end + _ECHO_REACH, key=start_of)
        return next(self._repeats(quote, first, last), None)

    def _repeats(self, quote: Quote, first: int, last: int) -> Iterator[Quote]:
        """The quotations among ``quotes[first:last]``, in order, in another paragraph and
        not nested, that hold ``quote``'s words as a trimmed quotation does; none when its
        words have under `_MIN_ECHO` letters ("‘whisper’"), too common to tell whose."""
        words = words_of(quote.text.lower())
        if len(" ".join(words)) < _MIN_ECHO:
            return
        for other in self.echoes.repeats(words, first, last):
            if other.paragraph != quote.paragraph and not other.nested:
                yield other

    def _speaker_of_words_quoted_later(self, quote: Quote, running: dict[int, Said]) -> Said | None:
        """The speaker of the first later quotation, in another paragraph, that holds
        ``quote``'s words and has a speaker. A headline, a summary line or a lede often
        quotes a few words that the story quotes in full, with its tag, further down
        (a repeat of the headline with no tag is passed over). Words under `_MIN_ECHO`
        letters ("‘whisper’") are too common to tell whose they are."""
        after = bisect.bisect_right(self.quotes, quote.start, key=start_of)
        last = bisect.bisect_right(self.quotes, quote.end + _ECHO_REACH, key=start_of)
        for other in self._repeats(quote, after, last):
            said, _ = self._quote_speaker(other, running, further=False)
            if said is not None and said.entity is not None:
                return said
        return None

    def _floating(self, quote: Quote, running: dict[int, Said]) -> tuple[Said | None, str]:
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
        # ... or the next paragraph, after a quotation that is a paragraph of its own
        next_paragraph = (
            nxt is not None
            and nxt.paragraph == sentences[last.index].paragraph + 1
            and self._alone_on_its_line(quote)
        )
        if (same_paragraph or next_paragraph) and _POINTS_BACK.match(nxt.text):
            # "Those were the only words Ellery spoke", "The verdict came from coach Ana Ruiz"
            phrase = self.first_name_in(nxt)
            if phrase is not None:
                entity, reason = self.resolve(phrase, nxt.index)
                if entity is not None:
                    return Said(
                        CueMatch(phrase.start, phrase.end, "say", True, (0, 0), "pointer"),
                        entity,
                        reason,
                        phrase,
                    ), ""
        if same_paragraph:
            # `"..." Gonzalez adds.` cut in two by the splitter: the tag is the speaker
            tag = [s for s in self.said.get(nxt.index, []) if s.entity is not None]
            if tag and self._tag_split_off(nxt.index, tag[0]):
                return tag[0], tag[0].reason
        headline = self.article.headline
        for back in range(index - 1, max(-1, index - 3), -1):
            if sentences[back].paragraph < here.paragraph - 1:
                break
            # a story's quotation never takes a headline's speaker (a headline's may)
            if headline and sentences[back].paragraph == headline.index != here.paragraph:
                break
            said = [s for s in self.said.get(back, []) if s.entity is not None]
            if said:
                # `"...," Ana Ruiz said of the report that the paper had called the race.
                # "..."`: the speaker of that sentence's quotation goes on, not its last cue's
                quoted = _speaker_of_last_quote(self.quotes_by_sentence.get(back, []), running)
                chosen = quoted or said[-1]
                return chosen, chosen.reason
        if nxt is not None and nxt.paragraph - here.paragraph <= 1:
            said = [s for s in self.said.get(nxt.index, []) if s.entity is not None]
            has_own_quote = nxt.index in self.quotes_by_sentence
            # "Ana Ruiz said." after the quotation points back to it; "Tom Okoro paid tribute
            # to the team" has its own object and does not
            if (
                said
                and not has_own_quote
                and said[0].cue.clause
                and said[0].cue.start - nxt.start < 40
                # "According to reports, the strike could ..." reports its own clause
                and said[0].cue.form != "according"
            ):
                return said[0], said[0].reason
        return self._introduced(quote, running) or self._running_speaker(quote, running)

    def _introduced(self, quote: Quote, running: dict[int, Said]) -> tuple[Said, str] | None:
        """The speaker the sentence before introduces: "Ana Ruiz spoke first." or a
        lead-in about what the speaker of the quotation before did; else None."""
        intro = self._speaking_intro(quote)
        if intro is not None:
            return intro, ""
        lead_in = self._lead_in_by_the_speaker(quote, running)
        return (lead_in, LEAD_IN) if lead_in is not None else None

    def _lead_in_by_the_speaker(self, quote: Quote, running: dict[int, Said]) -> Said | None:
        """The speaker of the quotation before goes on when the sentence right before this
        one (in its paragraph or the one before) is about what he or she did: "He pointed
        at the crowd. “…”", "However, he took a jab at one councillor, Ana Ruiz. / “…”".
        The pronoun must point back to that speaker: a writer's note in between ("He is an
        award-winning journalist.") points to someone else, and another person named there
        as an object does not speak."""
        if quote.kind != "direct" or quote.sentence == 0:
            return None
        here = self.article.sentences[quote.sentence]
        before = self.article.sentences[quote.sentence - 1]
        headline = self.article.headline
        if before.paragraph < here.paragraph - 1 or (
            headline is not None and before.paragraph == headline.index
        ):
            return None
        subject = _PRONOUN_SUBJECT.match(before.text)
        previous = self._quotation_before(before.start)
        said = running.get(previous.start) if previous is not None else None
        if subject is None or said is None or said.entity is None:
            return None
        start = before.start + subject.start(1)
        phrase = Phrase(start, start + len(subject.group(1)), subject.group(1))
        entity, _ = self.resolve(phrase, before.index)
        return said if entity is said.entity else None

    def _speaking_intro(self, quote: Quote) -> Said | None:
        """A quotation paragraph right after "Ana Ruiz spoke first." or "Tom Okoro was
        speaking to reporters.": the one who spoke, in the sentence just before, says it."""
        here = self.article.sentences[quote.sentence]
        if quote.sentence == 0 or quote.kind != "direct":
            return None
        previous = self.article.sentences[quote.sentence - 1]
        headline = self.article.headline
        if previous.paragraph < here.paragraph - 1 or (
            headline is not None and previous.paragraph == headline.index
        ):
            return None
        return self.spoke_without_words(previous)

    def _quotation_before(self, offset: int, *, over_pull_quotes: bool = False) -> Quote | None:
        """The last quotation (not a nested one) that ends before ``offset``. With
        ``over_pull_quotes``, a pull quote set between the paragraphs of a run is passed
        over, as it does not end the run, unless it is the first quotation of all."""
        found = None
        for index in range(bisect.bisect_left(self.quotes, offset, key=start_of) - 1, -1, -1):
            other = self.quotes[index]
            if other.nested or other.end > offset:
                continue
            if not over_pull_quotes or self._repeated_below(other) is None:
                return other
            found = other  # a pull quote: the one before it, if there is one
        return found

    def _running_speaker(self, quote: Quote, running: dict[int, Said]) -> tuple[Said | None, str]:
        """A paragraph that is all quotation, with no cue, in the run of one speaker's quotes:
        news writing leaves the cue off when the speaker of the quotation before it goes on.
        Taken only when the earlier quotation is at most two paragraphs up and no one else
        who speaks in the article is named in between; otherwise the reason says why not."""
        paragraph = self.article.paragraph_at(quote.start)
        lead = self.text[paragraph.start : quote.start] if paragraph is not None else "x"
        # (a translation in brackets, "[Translation: "..."]", repeats the quotation before)
        opens = not TRANSLATION_LABEL.sub("", lead).strip(" \t\"'\u201c\u2018")
        before = self._quotation_before(quote.start, over_pull_quotes=True)
        # or it follows the quotation before with nothing between: `"...." "...."`
        opens = opens or (
            before is not None
            and not _BACK_TO_BACK.sub("", self.text[before.parts[-1][1] : quote.start])
        )
        if not opens or quote.kind != "direct" or before is None:
            return None, NO_SPEAKER_NEARBY
        said = running.get(before.start)
        last = self.article.sentence_at(before.parts[-1][1] - 1)
        if said is None or last is None or last.paragraph < (quote.paragraph - 2):
            return None, NO_SPEAKER_NEARBY
        speakers = {id(s.entity) for items in self.said.values() for s in items if s.entity}
        for index in range(last.index + 1, quote.sentence):
            for _, entity in self.cast.by_sentence.get(index, []):
                if entity is not said.entity and id(entity) in speakers:
                    return None, NAMED_IN_BETWEEN.format(
                        speaker=said.entity.name, other=entity.name
                    )
        return said, "the speaker of the quotation just before goes on"

    def collect(self) -> Attributions:
        """The records: each quotation with its speaker, attributions, typed sources."""
        per_sentence: dict[tuple[int, str], Slot] = {}  # (sentence, source's key) -> slot
        speakers = self._quote_speakers(per_sentence)
        reported = self._reported_speech(per_sentence)
        sources = self._sources({key for _, key in per_sentence})
        by_key = {s.name.lower(): s for s in sources}
        quotes = tuple(
            replace(
                q,
                speaker=by_key[e.name.lower()] if e is not None else None,
                cue=cue,
                speaker_reason=reason,
            )
            for q, e, cue, reason in speakers
        )
        attributions = tuple(
            self._attribution(sentence, by_key[key], per_sentence[sentence, key])
            for sentence, key in sorted(per_sentence)
        )
        return Attributions(
            quotes=quotes,
            attributions=attributions,
            sources=sources,
            # two speakers of one clause ("Coun Green and Wharton say ...") share its span
            reported=tuple(
                sorted(
                    ((s, e, by_key[en.name.lower()]) for s, e, en in reported),
                    key=lambda item: (item[0], item[1], item[2].name),
                )
            ),
        )

    def _quote_speakers(
        self, per_sentence: dict[tuple[int, str], Slot]
    ) -> list[tuple[Quote, Entity | None, str | None, str | None]]:
        """(quote, speaking entity, cue, reason) for each quotation; each speaker is noted in
        the slots of the quotation's sentences."""
        speakers: list[tuple[Quote, Entity | None, str | None, str | None]] = []
        running: dict[int, Said] = {}  # quotation start -> its cue, for `_running_speaker`
        for index, quote in enumerate(self.quotes):
            if quote.nested:
                speakers.append((quote, None, None, NESTED))
                continue
            said, reason = self._quote_speaker(quote, running)
            if said is None or said.entity is None:
                speakers.append((quote, None, None, reason or NO_SPEAKER_FOUND))
                continue
            speakers.append((quote, said.entity, self._cue_text(said.cue), None))
            if reason == QUOTED_LATER:
                # known from further on, the speaker does not run on to the next quotation
                if not self._ends_like_a_sentence(quote):
                    # a headline's words are the speaker's, but a headline with no speech
                    # verb is no attribution (bench/realnews/GUIDELINE.md)
                    continue
            else:
                running[quote.start] = said
            for sentence in self._sentences_of(quote):
                _note(per_sentence, sentence, said.entity, quote.kind, said.cue, quote=index)
        return speakers

    def _reported_speech(
        self, per_sentence: dict[tuple[int, str], Slot]
    ) -> list[tuple[int, int, Entity]]:
        """(start, end, entity) of each reported clause; each cue's speaker is noted in the
        slot of its sentence."""
        reported: list[tuple[int, int, Entity]] = []
        for sentence_index, said_list in self.said.items():
            for said, limit in zip(said_list, _next_other_speaker(said_list), strict=True):
                if said.entity is None or said.cue.form in ("colon", "dash"):
                    continue
                content = self._content(said, self.article.sentences[sentence_index], limit)
                if content:
                    reported.append((*content, said.entity))
                elif (sentence_index - 1, said.entity.name.lower()) in per_sentence and (
                    self._tag_split_off(sentence_index, said)
                ):
                    continue  # its quotation's sentence has the attribution
                _note(
                    per_sentence, sentence_index, said.entity, "indirect", said.cue, content=content
                )
        return reported

    def _tag_split_off(self, index: int, said: Said) -> bool:
        """Is this sentence only a speaker tag ("Gonzalez adds.", "said Ana Ruiz.") that the
        sentence splitter cut off the quotation just before it?"""
        sentence = self.article.sentences[index]
        if index == 0 or said.phrase is None:
            return False
        previous = self.article.sentences[index - 1]
        if previous.paragraph != sentence.paragraph or not ends_in_closing_quote(
            self.norm[previous.start : previous.end].rstrip()
        ):
            return False
        spans = sorted([(said.phrase.start, said.phrase.end), (said.cue.start, said.cue.end)])
        rest = self.text[sentence.start : spans[0][0]] + self.text[spans[0][1] : spans[1][0]]
        rest += self.text[spans[1][1] : sentence.end]
        return not rest.strip(" \t,.;:!?")

    def _attribution(self, sentence: int, source: Source, slot: Slot) -> Attribution:
        """The record of what one sentence says of one source."""
        kinds = slot.kinds
        kind = "direct" if "direct" in kinds else "partial" if "partial" in kinds else "indirect"
        cues = tuple(
            Cue(start=c.start, end=c.end, text=text, stance=self._cue_stance(text))
            for c in sorted(slot.cues.values(), key=start_of)
            for text in [self._cue_text(c)]
        )
        return Attribution(
            sentence=sentence,
            paragraph=self.article.sentences[sentence].paragraph,
            source=source,
            kind=kind,
            cue=" / ".join(c.text for c in cues),
            stance=strongest([c.stance for c in cues]),
            quotes=tuple(sorted(slot.quotes)),
            content=slot.content,
            cues=cues,
        )

    def _sentences_of(self, quote: Quote) -> list[int]:
        first = quote.sentence
        last = self.article.sentence_at(quote.parts[-1][1] - 1)
        return list(range(first, (last.index if last else first) + 1))

    def _cue_text(self, cue: CueMatch) -> str:
        if cue.form in ("colon", "dash"):
            return cue.lemma
        return self.text[cue.start : cue.end]

    def _cue_stance(self, cue: str) -> str:
        stance = self.stances.get(verb_lemma(cue), "neutral")
        return stance if stance in STANCE_ORDER else "neutral"  # strongest([stance])

    def _content(self, said: Said, sentence: Sentence, limit: int | None) -> tuple[int, int] | None:
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
                or first.group(1).lower() in PREPOSITIONS
                or first.group(1).lower() in ("to", "and", "or", "but")
                or cue.lemma in ("tell", "ask")
            ):
                return None
            start = cue.end
        end = sentence.end if limit is None else limit
        s, e = strip_phrase(self.text, start, end)
        return (s, e) if e > s else None

    def _sources(self, speaking: set[str]) -> tuple[Source, ...]:
        """The sources: the entities that speak (by key), in the order the text names them;
        two named at the same place ("J.P. Morgan analysts" and "J.P. Morgan") by name, so
        that every run gives the same order."""
        entities = sorted(
            (self.cast.entities[key] for key in speaking),
            key=lambda e: (self.cast.mentions[e][0].start if self.cast.mentions[e] else 0, e.name),
        )
        word_table = (self.starts, self.ends, self.keys)
        index = word_index(self.keys)
        return tuple(
            source_record(
                entity,
                self.cast.facts[entity],
                self.cast.mentions[entity],
                self.text,
                word_table,
                index,
            )
            for entity in entities
        )


def _note(
    per_sentence: dict[tuple[int, str], Slot],
    sentence: int,
    entity: Entity,
    kind: str,
    cue: CueMatch,
    *,
    quote: int | None = None,
    content: tuple[int, int] | None = None,
) -> None:
    """Note in its slot that ``entity`` speaks in ``sentence`` through ``cue``."""
    slot = per_sentence.setdefault((sentence, entity.name.lower()), Slot())
    slot.kinds.add(kind)
    if cue.form != "pointer":
        slot.cues.setdefault(cue.start, cue)
    if quote is not None:
        slot.quotes.add(quote)
    if content and slot.content is None:
        slot.content = content


def _source_type(kind: str) -> str:
    return kind if kind in SOURCE_TYPES else OTHER


def source_record(
    entity: Entity,
    facts: Facts,
    mentions: list[Mention],
    text: str,
    word_table: WordTable,
    index: WordIndex,
) -> Source:
    """The source record of an entity that speaks, from what the stages learned of it; its
    type from everything the text says about it (`source_types.source_type`)."""
    # a known given name or a gender says the name is a person's, whose last word is a
    # surname ("Sarah Dean"), not a word for what the source is ("the Harbour Herald")
    person = given_name(entity.name.split()[0]) is not None or facts.gender is not None
    kind = source_type(
        entity.name, facts.type, mentions, text, word_table, index, person=person, role=facts.role
    )
    return Source(
        name=entity.name,
        type=_source_type(kind),
        country=facts.country,
        unnamed=facts.unnamed,
        mentions=tuple(mentions),
        role=facts.role or None,
    )
