"""Stage 4: the records. Each quotation's speaker (the nearest cue of its sentence, else
a neighbouring sentence's), one attribution per sentence and source with its cues and
reported clause, and the sources with their types (`source_record`: from the facts the
cast learned, else from the words around the name).

This stage reads the cast (`cast.Cast`) and the cues with their speakers; it resolves one
kind of phrase itself, through the resolve stage: the name in a sentence that points back
to a quotation ("Those were the only words Ellery spoke"), the one place it can still add
to the cast.

What it can not tell you: a quotation whose speaker is in none of the sentences around it
keeps ``speaker=None`` and a reason; a source the text does not describe is "other".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from ..quotes import Quote
from ..text import Sentence
from .phrases import head_word, strip_phrase, type_of_head, words_of
from .reading import CueMatch, Entity, Facts, Said, Slot, start_of
from .records import SOURCE_TYPES, Attribution, Attributions, Cue, Mention, Source
from .words import (
    PARTY_CODE,
    PREPOSITIONS,
    ROLE_WORDS,
    STANCE_ORDER,
    TYPE_VOCABULARY,
    strongest,
    verb_lemma,
)

_POINTS_BACK = re.compile(
    r"\s*(?:Those|These|That|This|Such|The|Her|His|Their|Its)\b[^.]{0,50}?"
    r"\b(?:words?|verdict|message|remarks?|comments?|assessment|warning|response|reply|plea)\b"
)

# an article's words: where each starts and ends, and its key (`Article.word_table`)
WordTable = tuple[Sequence[int], Sequence[int], list[str]]

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


class Recorder:
    """Making the records: the last stage of `Engine`."""

    def _quote_speaker(self, quote: Quote, running: dict[int, Said]) -> tuple[Said | None, str]:
        """The cue that governs a quotation: in its own sentence, else a neighbour's.
        ``running`` has the cue of each earlier quotation, by where it starts."""
        headline = self.article.headline
        if headline is not None and quote.paragraph == headline.index and quote.kind == "direct":
            # a headline often opens with words quoted in the story: they have the same speaker
            # (a partial quote, as in "X rejects bid as 'opportunistic'", is X's, though)
            repeated = self._quoted_again(quote)
            if repeated is not None:
                said, reason = self._quote_speaker(repeated, running)
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

            def distance(s: Said) -> int:
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
        return self._floating(quote, running)

    def _quoted_again(self, quote: Quote) -> Quote | None:
        """The first quotation of the story's body that holds ``quote``'s words."""
        words = " ".join(words_of(quote.text.lower()))
        if len(words) < 8:
            return None
        for other in self.quotes:
            if (
                other.paragraph != quote.paragraph
                and not other.nested
                and words in " ".join(words_of(other.text.lower()))
            ):
                return other
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
        if same_paragraph and _POINTS_BACK.match(nxt.text):
            # "Those were the only words Ellery spoke", "The verdict came from coach Ana Ruiz"
            phrase = self._first_name_in(nxt)
            if phrase is not None:
                entity, reason = self.resolve(phrase, nxt.index)
                if entity is not None:
                    return Said(
                        CueMatch(phrase.start, phrase.end, "say", True, (0, 0), "pointer"),
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
            has_own_quote = nxt.index in self.quotes_by_sentence
            # "Ana Ruiz said." after the quotation points back to it; "Tom Okoro paid tribute
            # to the team" has its own object and does not
            if (
                said
                and not has_own_quote
                and said[0].cue.clause
                and said[0].cue.start - nxt.start < 40
            ):
                return said[0], said[0].reason
        return self._running_speaker(quote, running)

    def _running_speaker(self, quote: Quote, running: dict[int, Said]) -> tuple[Said | None, str]:
        """A paragraph that is all quotation, with no cue, in the run of one speaker's quotes:
        news writing leaves the cue off when the speaker of the quotation before it goes on.
        Taken only when the earlier quotation is at most two paragraphs up and no one else
        who speaks in the article is named in between; otherwise the reason says why not."""
        paragraph = self.article.paragraph_at(quote.start)
        opens = paragraph is not None and not self.text[paragraph.start : quote.start].strip(
            " \t\"'\u201c\u2018"
        )
        earlier = [q for q in self.quotes if not q.nested and q.end <= quote.start]
        if not opens or quote.kind != "direct" or not earlier:
            return None, "no speaker in this sentence or the ones around it"
        before = earlier[-1]
        said = running.get(before.start)
        last = self.article.sentence_at(before.parts[-1][1] - 1)
        if said is None or last is None or last.paragraph < (quote.paragraph - 2):
            return None, "no speaker in this sentence or the ones around it"
        speakers = {id(s.entity) for items in self.said.values() for s in items if s.entity}
        for index in range(last.index + 1, quote.sentence):
            for _, entity in self.cast.by_sentence.get(index, []):
                if entity is not said.entity and id(entity) in speakers:
                    return None, (
                        f"the quotation before it is {said.entity.name}'s, "
                        f"but {entity.name} is named in between"
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
            reported=tuple(sorted((s, e, by_key[en.name.lower()]) for s, e, en in reported)),
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
                speakers.append((quote, None, None, "a quotation inside another quotation"))
                continue
            said, reason = self._quote_speaker(quote, running)
            if said is None or said.entity is None:
                speakers.append((quote, None, None, reason or "no speaker found"))
                continue
            running[quote.start] = said
            speakers.append((quote, said.entity, self._cue_text(said.cue), None))
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
                _note(
                    per_sentence, sentence_index, said.entity, "indirect", said.cue, content=content
                )
        return reported

    def _attribution(self, sentence: int, source: Source, slot: Slot) -> Attribution:
        """The record of what one sentence says of one source."""
        kinds = slot.kinds
        kind = "direct" if "direct" in kinds else "partial" if "partial" in kinds else "indirect"
        cues = tuple(
            Cue(start=c.start, end=c.end, text=text, stance=self._cue_stance(text))
            for c in sorted(slot.cues, key=start_of)
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
        """The sources: the entities that speak (by key), in the order the text names them."""
        entities = sorted(
            (self.cast.entities[key] for key in speaking),
            key=lambda e: self.cast.mentions[e][0].start if self.cast.mentions[e] else 0,
        )
        word_table = (self.starts, self.ends, self.keys)
        return tuple(
            source_record(
                entity, self.cast.facts[entity], self.cast.mentions[entity], self.text, word_table
            )
            for entity in entities
        )


# A description after a name, up to the next comma or full stop: "Sarah Herrington, a
# nutritionist at Brio-Medical", "Lynne Shirley, prosecuting"; an age before it is skipped
# ("Ann Lee, 54, a farmer").
_APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?([^,.;:!?“”\"()]{1,80})")

_OPENS_DESCRIPTION = frozenset("a an the one another his her their its".split())

# A relative clause that says where a person lives makes them one of those affected.
_LIVES_THERE = re.compile(r",\s+who\s+(?:lives|live|lived|has lived|had lived|moved)\b")


def _type_after(text: str, end: int) -> str | None:
    """The type of the description that follows a name ending at ``end``, or None."""
    if _LIVES_THERE.match(text, end):
        return "affected person or family"
    if PARTY_CODE.match(text, end):
        return "politician"
    match = _APPOSITIVE.match(text, end)
    if match is None:
        return None
    description = match.group(1)
    head = head_word(description)
    first = description.split()[0].lower()
    # a description opens with an article or with its own head noun; a clause does not
    # ("The singer, 30, said she has a tiny group of pals")
    if first not in _OPENS_DESCRIPTION and first != head:
        return None
    return type_of_head(description)


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
    if cue.form != "pointer" and all(c.start != cue.start for c in slot.cues):
        slot.cues.append(cue)
    if quote is not None:
        slot.quotes.add(quote)
    if content and slot.content is None:
        slot.content = content


def _source_type(kind: str) -> str:
    return kind if kind in SOURCE_TYPES else "other"


def source_record(
    entity: Entity, facts: Facts, mentions: list[Mention], text: str, word_table: WordTable
) -> Source:
    """The source record of an entity that speaks, from what the stages learned of it: its
    type from its description, else from the words around its name in the text."""
    kind = (
        facts.type if facts.type != "other" else type_from_mentions(entity.name, text, word_table)
    )
    return Source(
        name=entity.name,
        type=_source_type(kind),
        country=facts.country,
        unnamed=facts.unnamed,
        mentions=tuple(mentions),
        role=facts.role or None,
    )


def type_from_mentions(name: str, text: str, word_table: WordTable) -> str:
    """A type from the words the text puts before or after a name: "online retailer
    Castlegate", "Lismore resident, Joel Wilson", "Carlos Carcach, a Salvadoran academic",
    "Greg Altman, who lives at the complex"; else "other"."""
    at = text.find(name)
    for _ in range(20):  # every place the name stands, as mentions may miss some
        if at < 0:
            break
        kind = _type_before(at, text, word_table) or _type_after(text, at + len(name))
        if kind is not None:
            return kind
        at = text.find(name, at + 1)
    return "other"


def _type_before(at: int, text: str, word_table: WordTable) -> str | None:
    """The type of the role word before a name that starts at ``at``: a lowercase word
    ("striker Lukas Kessler", "Lismore resident, Joel Wilson") or a title ("Mayor
    Surinderpal Rathor", also for "Rathor" alone), read with the word before it
    ("Australia captain", "police chief"); else None."""
    starts, ends, keys = word_table
    i, end = bisect.bisect_left(starts, at) - 1, at
    # a short name may end a longer one: "Rathor" in "Mayor Surinderpal Rathor"
    for _ in range(2):
        if i < 0 or text[ends[i] : end].strip() or not text[starts[i]].isupper():
            break
        if keys[i] in ROLE_WORDS:
            break
        i, end = i - 1, starts[i]
    if i < 0 or text[ends[i] : end].strip() not in ("", ","):
        return None
    if text[starts[i]].isupper() and keys[i] not in ROLE_WORDS:
        return None  # only a title is capitalised before a name
    pair = text[starts[max(i - 1, 0)] : ends[i]]
    if head_word(pair) != keys[i]:  # "of", "-ed" and "-ing" words cut it
        return type_of_head(text[starts[i] : ends[i]])
    kind = type_of_head(pair)
    if kind is None and i > 0 and keys[i] in ROLE_WORDS:
        # a role word with no type of its own takes the word before it: "police chief"
        kind = TYPE_VOCABULARY.get(keys[i - 1])
    return kind
