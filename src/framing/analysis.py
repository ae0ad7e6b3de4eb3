"""analyze(): one call, every record, and the summaries the lessons use.

An `Analysis` is frozen: sentences, quotations with speakers, attributions,
sources and loaded-term hits, with summaries computed from them on demand.
Change a source's type or side with `Analysis.with_overrides`, which returns a
new analysis.

What it can not tell you: counts show what the article selects and how it
words it, not whether it is fair or true. A source that is quoted often may be
quoted to be criticised; a loaded word inside a quotation is the speaker's, not
the outlet's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from html import escape
from itertools import accumulate
from typing import Any

from .attribution import (
    SOURCE_TYPES,
    Attribution,
    Attributions,
    Source,
    attribute,
    stance_table,
    verb_lemma,
)
from .lexicon import GROUPS, Lexicon, TermHit, checked_lexicon, per_thousand, term_hits
from .quotes import Quote, as_article
from .text import Article, Sentence

__all__ = ["Analysis", "analyze", "as_analysis", "term_hits_with_voices", "voice_group"]

STANCES = ("neutral", "distancing", "endorsing", "guilt", "alarm")


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the kit finds in one article."""

    article: Article
    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    hits: tuple[TermHit, ...]
    lexicon: Lexicon

    # -- records ------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.article.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    @property
    def word_count(self) -> int:
        return self.article.word_count

    def source(self, name: str) -> Source:
        """The source called ``name`` (case does not matter)."""
        from .errors import FramingError

        for source in self.sources:
            if source.name.lower() == str(name).lower():
                return source
        raise FramingError(
            f'No source named "{name}" in this article. Its sources are: '
            f"{', '.join(s.name for s in self.sources) or 'none'}."
        )

    # -- summaries ----------------------------------------------------------------------
    def attributions_per_source(self) -> dict[str, int]:
        """How many sentences give each source a voice, most first."""
        return _sorted(Counter(a.source.name for a in self.attributions))

    def attributions_per_type(self) -> dict[str, int]:
        counts = Counter(a.source.type for a in self.attributions)
        return {t: counts[t] for t in SOURCE_TYPES if counts[t]}

    def attribution_kinds(self) -> dict[str, int]:
        """Direct, partial and indirect attributions."""
        counts = Counter(a.kind for a in self.attributions)
        return {k: counts[k] for k in ("direct", "partial", "indirect")}

    def words_quoted_per_source(self) -> dict[str, int]:
        """Words inside quotation marks given to each source (unknown speakers as "unknown")."""
        return _words_per_source(self._quoted_words())

    def quoted_share_by_type(self) -> dict[str, float]:
        """Share of all quoted words by source type; the shares add up to 1."""
        return _share_by_type(self._quoted_words())

    def _quoted_words(self) -> list[tuple[Source | None, int]]:
        """The speaker and word count of each quotation that is not nested in another."""
        return [(q.speaker, q.words) for q in self.quotes if not q.nested]

    def first_source(self) -> Source | None:
        """The first source to speak, in reading order."""
        return self.attributions[0].source if self.attributions else None

    def last_source(self) -> Source | None:
        """The source with the last word."""
        return self.attributions[-1].source if self.attributions else None

    def verbs_by_stance(self) -> dict[str, dict[str, list[str]]]:
        """For each source, the attribution verbs used for it, grouped by stance."""
        table: dict[str, dict[str, list[str]]] = defaultdict(dict)
        stances = stance_table(self.lexicon)
        for a in self.attributions:
            by_stance = table[a.source.name]
            for cue in a.cue.split(" / "):
                verbs = by_stance.setdefault(stances.get(verb_lemma(cue), "neutral"), [])
                verb = cue.lower()
                if verb not in verbs:
                    verbs.append(verb)
        return dict(table)

    def loaded_terms_by_group(self) -> dict[str, int]:
        """How many loaded terms of each group (`framing.lexicon.GROUPS`) the text has, every
        group named, zero or not. The groups are kept apart: no count adds them together.

        >>> analyze("Critics slammed the regime.").loaded_terms_by_group()
        {'word choice': 1, 'verbs and hedges': 0, 'contested': 1}
        """
        counts = Counter(hit.group for hit in self.hits)
        return {group: counts[group] for group in GROUPS}

    def terms_per_thousand(
        self, by: str = "category", *, group: str | None = None
    ) -> dict[str, float]:
        """Loaded terms per 1,000 words, by "category", "voice", "term" or "group".

        The groups (`framing.lexicon.GROUPS`) are word choices, attribution verbs and hedges,
        and contested labels; give ``group`` to count only one of them. No rate here adds
        the groups together.

        >>> a = analyze("Critics slammed the regime. Officials said it was reportedly calm.")
        >>> a.terms_per_thousand("group")
        {'contested': 100.0, 'verbs and hedges': 100.0, 'word choice': 100.0}
        >>> a.terms_per_thousand("voice", group="word choice")
        {'outlet': 100.0}
        """
        hits = self.hits if group is None else [h for h in self.hits if h.group == group]
        if by == "voice":
            counts = Counter(voice_group(hit) for hit in hits)
        else:
            counts = Counter(getattr(hit, by) for hit in hits)
        words = self.word_count
        return {k: per_thousand(v, words) for k, v in _sorted(counts).items()}

    def summary(self) -> dict[str, Any]:
        """The numbers of the lessons, as plain Python values."""
        first, last = self.first_source(), self.last_source()
        quoted = self._quoted_words()
        words = self.word_count
        return {
            "words": words,
            "sentences": len(self.sentences),
            "quotations": len(quoted),
            "sources": len(self.sources),
            "attributions": len(self.attributions),
            "attribution_kinds": self.attribution_kinds(),
            "attributions_per_source": self.attributions_per_source(),
            "attributions_per_type": self.attributions_per_type(),
            "words_quoted_per_source": _words_per_source(quoted),
            "quoted_share_by_type": _share_by_type(quoted),
            "first_source": first.name if first else None,
            "last_source": last.name if last else None,
            "loaded_terms_by_group": self.loaded_terms_by_group(),
            "terms_per_1000_by_category": self.terms_per_thousand("category"),
            "terms_per_1000_by_voice": self.terms_per_thousand("voice"),
            "terms_per_1000_by_group": self.terms_per_thousand("group"),
            "word_choices_per_1000_by_voice": self.terms_per_thousand("voice", group="word choice"),
            "verbs_by_stance": self.verbs_by_stance(),
            "quotations_without_speaker": sum(speaker is None for speaker, _ in quoted),
        }

    def with_overrides(self, overrides: Mapping[str, Mapping[str, str]]) -> Analysis:
        """A new analysis where sources have the type, side or country you give.

        >>> a = analyze("Ana Ruiz said the plan works.")
        >>> a.with_overrides({"Ana Ruiz": {"side": "for"}}).source("Ana Ruiz").side
        'for'
        """
        from .attribution import Attributions, apply_overrides

        reported = tuple(
            (h.start, h.end, h.voice_source) for h in self.hits if h.voice_source is not None
        )
        result = apply_overrides(
            Attributions(self.quotes, self.attributions, self.sources, reported), overrides
        )
        changed = {s.name: s for s in result.sources}
        hits = tuple(
            replace(h, voice_source=changed.get(h.voice_source.name, h.voice_source))
            if h.voice_source
            else h
            for h in self.hits
        )
        return replace(
            self,
            quotes=result.quotes,
            attributions=result.attributions,
            sources=result.sources,
            hits=hits,
        )

    def corrected(self, annotation: Mapping[str, Any]) -> Analysis:
        """A new analysis that follows a reader's annotation (a dict in the schema of
        ``seeds/*.gold.json``) where it speaks, and the engine elsewhere. See
        `framing.correction`."""
        from .correction import corrected

        return corrected(self, annotation)

    # -- display ------------------------------------------------------------------------
    def __repr__(self) -> str:
        name = self.article.name or (self.article.headline.text if self.article.headline else "")
        label = f" {name[:40]!r}" if name else ""
        groups = ", ".join(f"{n} {g}" for g, n in self.loaded_terms_by_group().items())
        return (
            f"<Analysis{label}: {self.word_count} words, {sum(not q.nested for q in self.quotes)} "
            f"quotations, {len(self.sources)} sources, {len(self.attributions)} attributions, "
            f"loaded terms by group: {groups}>"
        )

    def _repr_html_(self) -> str:
        rows = []
        per_source = self.attributions_per_source()
        words = self.words_quoted_per_source()
        for source in self.sources[:10]:
            rows.append(
                f"<tr><td>{escape(source.name)}</td><td>{escape(source.type)}</td>"
                f"<td>{per_source.get(source.name, 0)}</td>"
                f"<td>{words.get(source.name, 0)}</td></tr>"
            )
        more = len(self.sources) - 10
        if more > 0:
            rows.append(f"<tr><td colspan=4>… ({more} more sources)</td></tr>")
        return (
            f"<div><p>{escape(repr(self))}</p><table><tr><th>source</th><th>type</th>"
            f"<th>attributions</th><th>words quoted</th></tr>{''.join(rows)}</table></div>"
        )


def _sorted(counts: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _words_per_source(quoted: list[tuple[Source | None, int]]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for speaker, words in quoted:
        counts[speaker.name if speaker else "unknown"] += words
    return _sorted(counts)


def _share_by_type(quoted: list[tuple[Source | None, int]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for speaker, words in quoted:
        counts[speaker.type if speaker else "unknown"] += words
    total = sum(counts.values())
    order = [*SOURCE_TYPES, "unknown"]
    return {t: round(counts[t] / total, 3) for t in order if counts[t]} if total else {}


def voice_group(hit: TermHit) -> str:
    """Whose words a hit is in, in three groups: "outlet", "quoted" or "reported"."""
    if hit.voice == "outlet":
        return "outlet"
    return "reported" if hit.voice.startswith("reported") else "quoted"


def analyze(
    text_or_article: Article | str,
    *,
    lexicon: Lexicon | None = None,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> Analysis:
    """Analyse an article: quotations and their speakers, sources, attributions, loaded terms.

    >>> a = analyze('"We will win," said Ana Ruiz, the health minister. Critics disagreed.')
    >>> a.quotes[0].speaker.name, a.sources[0].type
    ('Ana Ruiz', 'government or official')
    """
    article = as_article(text_or_article)
    lexicon = checked_lexicon(lexicon)
    found = attribute(article, lexicon=lexicon, overrides=overrides)
    hits = term_hits_with_voices(article, lexicon, found)
    return Analysis(article, found.quotes, found.attributions, found.sources, hits, lexicon)


def term_hits_with_voices(
    article: Article, lexicon: Lexicon, found: Attributions
) -> tuple[TermHit, ...]:
    """The loaded-term hits of ``article``, each in the voice its words are in: the speaker
    of the quotation around it, "reported: " and the source of the reported statement
    around it, or "outlet" for the outlet's own words. ``found`` is what `attribute` found
    in the same article; `analyze` calls this after it.

    >>> from framing.attribution import attribute
    >>> from framing.lexicon import load_lexicon
    >>> article = Article('Ana Ruiz called it "reckless". Critics say the regime is brutal.')
    >>> hits = term_hits_with_voices(article, load_lexicon(), attribute(article))
    >>> for hit in hits:
    ...     print(f"{hit.term}: {hit.voice}")
    reckless: Ana Ruiz
    critics say: outlet
    regime: reported: Critics
    brutal: reported: Critics
    """
    return term_hits(article, lexicon, voice_of=_voices(found.quotes, found.reported))


def as_analysis(value: object, what: str = "This", *, lexicon: Lexicon | None = None) -> Analysis:
    """``value`` itself if it is an analysis, else the analysis of an article, a text or a
    bundled text named by its name (such as ``"cecot-wire"``).

    ``what`` names the function that asked, for the message when ``value`` is none of these.
    """
    if isinstance(value, Analysis):
        return value
    if isinstance(value, str):
        from .corpus import list_seeds, load_seed

        if value in list_seeds():
            value = load_seed(value)
    if isinstance(value, (Article, str)):
        return analyze(value, lexicon=lexicon)
    from .errors import FramingError

    raise FramingError(
        f"{what} needs an analysis, an article, a text or the name of a bundled text, "
        f"not {type(value).__name__}. Make one with framing.analyze(article)."
    )


def _voices(
    quotes: tuple[Quote, ...], reported: tuple[tuple[int, int, Source], ...]
) -> Callable[[int], tuple[str, Source | None] | None]:
    """Whose voice words at an offset are in: the speaker of their quotation, the source of
    the reported statement around them, or None for the outlet's own words.

    ``reported`` is sorted by start, as `attribute` gives it; its spans may nest.
    """
    quoted = sorted([(s, e, q) for q in quotes if not q.nested for s, e in q.parts])
    starts = [s for s, _, _ in quoted]
    # The first reported span around an offset is the first whose end passes it (found by
    # bisecting the running maximum of the ends), provided that span starts at or before it.
    reach = list(accumulate((end for _, end, _ in reported), max))

    def voice_of(offset: int) -> tuple[str, Source | None] | None:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < quoted[i][1]:
            speaker = quoted[i][2].speaker
            return (speaker.name if speaker else "quoted: unknown speaker"), speaker
        k = bisect_right(reach, offset)
        if k < len(reach) and reported[k][0] <= offset:
            return f"reported: {reported[k][2].name}", reported[k][2]
        return None

    return voice_of
