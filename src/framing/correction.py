"""Correct the kit: an analysis that follows a reader's annotation where it speaks.

`corrected(analysis, annotation)` (also `Analysis.corrected(annotation)`) returns a
new `Analysis`. For each layer the annotation fills in — quotations, attributed
sentences, loaded words, sources — the annotation decides; a layer it leaves
empty or out stays the engine's. So a key corrects everything, and a file with
only quotations and speakers corrects only those. Because every count, chart and
widget reads the `Analysis`, every number follows the correction.

Rules:
- a quotation of the annotation keeps the engine's record when the two spans
  match (80% each way) and takes the annotation's span and speaker; items marked
  ``optional`` are left out, as `framing.evaluate` leaves them out of the counts;
- a source keeps the engine's mentions and side when the names match, and takes
  the annotation's name, type and country;
- a loaded word the lexicon does not list gets the annotation's ``category``, or
  "descriptor" when it gives none (the kit cannot tell which kind it is).

What it can not tell you: a correction is one reader's judgement; the corrected
counts are as good as the annotation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .annotation import (
    OUTLET,
    SourceMatcher,
    line_starts,
    sentence_of,
    spans_match,
    term_span,
    validate_annotation,
)
from .attribution import Attribution, Source
from .lexicon import CATEGORIES, LexiconEntry, TermHit, count_loaded_terms
from .quotes import Quote

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = ["corrected"]

_UNSORTED_CATEGORY = "descriptor"


def corrected(analysis: Analysis, annotation: Mapping[str, Any]) -> Analysis:
    """A new analysis that follows ``annotation`` where it speaks and the engine elsewhere.

    >>> from framing import analyze
    >>> a = analyze('"We will win," she said. Critics called it reckless.')
    >>> fix = {"sources": {"Ana Ruiz": {"type": "politician"}},
    ...        "quotes": [{"start": 1, "end": 13, "speaker": "Ana Ruiz"}]}
    >>> a.corrected(fix).quotes[0].speaker.name
    'Ana Ruiz'
    """
    article = analysis.article
    validate_annotation(dict(annotation), article)
    sources = _Sources(analysis, annotation)
    quotes = analysis.quotes
    if annotation.get("quotes"):
        quotes = _quotes(analysis, annotation["quotes"], sources)
    attributions = tuple(replace(a, source=sources.engine(a.source)) for a in analysis.attributions)
    if annotation.get("attributions"):
        attributions = _attributions(analysis, annotation["attributions"], quotes, sources)
    hits = tuple(
        replace(h, voice_source=sources.engine(h.voice_source)) if h.voice_source else h
        for h in analysis.hits
    )
    if annotation.get("loaded_terms"):
        hits = _hits(analysis, annotation["loaded_terms"], quotes, sources)
    if quotes is not analysis.quotes:  # each attribution lists the quotations of its sentence
        attributions = tuple(
            replace(a, quotes=_quotes_of(quotes, a.sentence, a.source)) for a in attributions
        )
    used = [a.source for a in attributions] + [q.speaker for q in quotes if q.speaker]
    used += [h.voice_source for h in hits if h.voice_source]
    return replace(
        analysis,
        quotes=quotes,
        attributions=attributions,
        sources=sources.final(used, annotation),
        hits=hits,
    )


class _Sources:
    """The corrected sources: the annotation's, each joined to the engine's it names."""

    def __init__(self, analysis: Analysis, annotation: Mapping[str, Any]) -> None:
        self.declared: dict[str, Mapping[str, Any]] = dict(annotation.get("sources", {}))
        match = SourceMatcher(self.declared)
        self.by_engine_name: dict[str, Source] = {}
        self.by_key: dict[str, Source] = {}
        for source in analysis.sources:
            key = match(source.name, [m.text for m in source.mentions])
            if key in self.declared and key not in self.by_key:
                fixed = self._made(key, source)
                self.by_key[key] = fixed
                self.by_engine_name[source.name] = fixed

    def _made(self, key: str, engine: Source | None) -> Source:
        info = self.declared.get(key, {})
        base = engine or Source(key, "other")
        return replace(
            base,
            name=key,
            type=info.get("type") or base.type,
            country=info.get("country", base.country),
            unnamed=bool(info.get("unnamed", base.unnamed)),
        )

    def engine(self, source: Source) -> Source:
        """An engine source, as the annotation names it (unchanged if it does not)."""
        return self.by_engine_name.get(source.name, source)

    def key(self, name: str) -> Source:
        """The source the annotation calls ``name``."""
        if name not in self.by_key:
            self.by_key[name] = self._made(name, None)
        return self.by_key[name]

    def final(self, used: list[Source], annotation: Mapping[str, Any]) -> tuple[Source, ...]:
        chosen: dict[str, Source] = {}
        if annotation.get("sources"):
            for name in self.declared:
                chosen[name] = self.key(name)
        for source in used:
            chosen.setdefault(source.name, source)
        return tuple(chosen.values())


def _quotes(
    analysis: Analysis, items: list[dict[str, Any]], sources: _Sources
) -> tuple[Quote, ...]:
    article = analysis.article
    engine = [q for q in analysis.quotes if not q.nested]
    result: list[Quote] = []
    for item in items:
        if item.get("optional"):
            continue
        span = (item["start"], item["end"])
        speaker = sources.key(item["speaker"]) if item.get("speaker") else None
        cue = item.get("cue")
        same = next((q for q in engine if spans_match((q.start, q.end), span)), None)
        if same is not None and (same.start, same.end) == span:
            result.append(replace(same, speaker=speaker, cue=cue or same.cue, speaker_reason=None))
            continue
        sentence = article.sentence_at(span[0]) or article.sentences[-1]
        kind = item.get("kind") if item.get("kind") in ("direct", "partial") else "direct"
        result.append(
            Quote(
                span[0],
                span[1],
                article.text[span[0] : span[1]],
                kind,
                sentence.paragraph,
                sentence.index,
                ((span[0], span[1]),),
                speaker=speaker,
                cue=cue or (same.cue if same else None),
            )
        )
    return tuple(sorted(result, key=lambda q: q.start))


def _attributions(
    analysis: Analysis,
    items: list[dict[str, Any]],
    quotes: tuple[Quote, ...],
    sources: _Sources,
) -> tuple[Attribution, ...]:
    article = analysis.article
    lines = line_starts(article.text)
    engine = {(a.sentence, sources.engine(a.source).name): a for a in analysis.attributions}
    result: dict[tuple[int, str], Attribution] = {}
    for item in items:
        sentence = sentence_of(article, item, lines)
        if item.get("optional") or sentence is None:
            continue
        source = sources.key(item["source"])
        in_sentence = _quotes_of(quotes, sentence, source)
        same = engine.get((sentence, source.name))
        if same is not None:
            result[(sentence, source.name)] = replace(same, source=source, quotes=in_sentence)
            continue
        cue = str(item.get("cue") or "")
        result[(sentence, source.name)] = Attribution(
            sentence,
            article.sentences[sentence].paragraph,
            source,
            _kind(item, in_sentence),
            cue,
            _stance(cue, analysis),
            in_sentence,
        )
    return tuple(result[k] for k in sorted(result))


def _quotes_of(quotes: tuple[Quote, ...], sentence: int, source: Source) -> tuple[int, ...]:
    """The indices of ``source``'s quotations in ``sentence``."""
    return tuple(i for i, q in enumerate(quotes) if q.sentence == sentence and q.speaker == source)


def _kind(item: Mapping[str, Any], quotes: tuple[int, ...]) -> str:
    if item.get("kind") in ("direct", "partial", "indirect"):
        return item["kind"]
    return "direct" if quotes else "indirect"


def _stance(cue: str, analysis: Analysis) -> str:
    """The stance of the first cue word the lexicon lists as an attribution verb."""
    for word in cue.split(" / "):
        for hit in count_loaded_terms(word, analysis.lexicon, include_neutral=True):
            if hit.entry.stance:
                return hit.entry.stance
    return "neutral"


def _hits(
    analysis: Analysis,
    items: list[dict[str, Any]],
    quotes: tuple[Quote, ...],
    sources: _Sources,
) -> tuple[TermHit, ...]:
    article = analysis.article
    text = article.text
    lines = line_starts(text)
    result: list[TermHit] = []
    for item in items:
        span = term_span(text, item, lines)
        if item.get("optional") or span is None:
            continue
        same = next((h for h in analysis.hits if spans_match((h.start, h.end), span)), None)
        voice, voice_source = _voice(item["voice"], span[0], quotes, sources)
        if same is not None:
            result.append(replace(same, voice=voice, voice_source=voice_source))
            continue
        sentence = article.sentence_at(span[0]) or article.sentences[-1]
        entry = _entry(text[span[0] : span[1]], item, analysis)
        result.append(
            TermHit(
                span[0],
                span[1],
                text[span[0] : span[1]],
                entry.term,
                entry.category,
                voice,
                sentence.index,
                sentence.paragraph,
                entry,
                voice_source,
            )
        )
    return tuple(sorted(result, key=lambda h: h.start))


def _voice(
    name: str, offset: int, quotes: tuple[Quote, ...], sources: _Sources
) -> tuple[str, Source | None]:
    """The hit's ``voice`` as the engine writes it: "outlet", the speaker's name inside a
    quotation, or "reported: NAME" in a reported statement."""
    if name == OUTLET:
        return OUTLET, None
    source = sources.key(name)
    inside = any(s <= offset < e for q in quotes for s, e in q.parts)
    return (source.name if inside else f"reported: {source.name}"), source


def _entry(words: str, item: Mapping[str, Any], analysis: Analysis) -> LexiconEntry:
    term = str(item.get("term") or words).lower()
    if term in analysis.lexicon:
        return analysis.lexicon[term]
    category = item.get("category")
    return LexiconEntry(
        term=term,
        category=category if category in CATEGORIES else _UNSORTED_CATEGORY,
        note="marked by a reader",
        origin="annotation",
    )
