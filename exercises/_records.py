"""Small hand-made inputs for the checks: sources, quotations, attributions, hits, analyses.

They are built with the kit's own dataclasses, so a check does not depend on how the
attribution engine reads a text, and with a tiny lexicon, so it does not depend on the
packaged word list. None of them is the seed article: an answer copied from the
lessons does not pass.
"""

from __future__ import annotations

from dataclasses import replace

from framing import Article, Lexicon, analyze
from framing.analysis import Analysis
from framing.attribution import Attribution, Source
from framing.lexicon import TermHit
from framing.quotes import Quote

LEXICON = (
    Lexicon([], name="checks")
    .with_term("regime", "label", neutral="government")
    .with_term("thugs", "label", neutral="suspects")
    .with_term("crackdown", "descriptor", neutral="operation")
    .with_term("notorious", "descriptor")
    .with_term("draconian", "descriptor", neutral="strict")
    .with_term("terrorise", "fear", neutral="threaten")
    .with_term("claim", "verb-distancing")
    .with_term("allege", "verb-distancing")
    .with_term("warn", "verb-alarm")
)


def source(name: str, type: str = "other", *, unnamed: bool = False) -> Source:
    return Source(name=name, type=type, unnamed=unnamed)


def quote(
    text: str, speaker: Source | None, *, parts: int = 1, nested: bool = False, start: int = 0
) -> Quote:
    end = start + len(text)
    step = max(1, len(text) // parts)
    spans = tuple((start + i * step, min(end, start + (i + 1) * step)) for i in range(parts))
    return Quote(
        start=start,
        end=end,
        text=text,
        kind="direct",
        paragraph=0,
        sentence=0,
        parts=spans,
        nested=nested,
        speaker=speaker,
        cue="said" if speaker else None,
    )


def attribution(
    sentence: int, who: Source, *, cue: str = "said", stance: str = "neutral"
) -> Attribution:
    return Attribution(
        sentence=sentence, paragraph=sentence, source=who, kind="indirect", cue=cue, stance=stance
    )


def hit(
    term: str, voice: str = "outlet", *, paragraph: int = 0, text: str | None = None
) -> TermHit:
    entry = LEXICON[term]
    return TermHit(
        start=0,
        end=len(text or term),
        text=text or term,
        term=entry.term,
        category=entry.category,
        voice=voice,
        sentence=paragraph,
        paragraph=paragraph,
        entry=entry,
    )


def analysis(
    text: str,
    *,
    sources: tuple[Source, ...] | None = None,
    attributions: tuple[Attribution, ...] | None = None,
    hits: tuple[TermHit, ...] | None = None,
    headline: bool | None = False,
) -> Analysis:
    """``analyze`` with the checks' lexicon; sources, attributions and hits replaced when given."""
    result = analyze(Article(text, headline=headline), lexicon=LEXICON)
    changes = {}
    if sources is not None:
        changes["sources"] = sources
    if attributions is not None:
        changes["attributions"] = attributions
    if hits is not None:
        changes["hits"] = hits
    return replace(result, **changes) if changes else result
