"""HTML for notebooks and widgets: the highlighted article, the source ledger, tables.

Every function returns a string of HTML inside a ``<div class="fk">`` card with its
own light background and dark text, so it reads the same on light and dark
notebook themes and on a projector. Every piece of article text, and every value
inside an attribute (tooltips included), goes through `html.escape`; the output
has no scripts, no event handlers and no links, so nothing in an article, a
source's name or a lexicon note can run in the notebook. The same analysis
always gives byte-identical HTML.

Colours come from `framing.palette` (Okabe–Ito), and every distinction has a
second, non-colour cue: a small text tag after each loaded term (its category),
the underline style of a term (whose voice: solid for the outlet's own words,
dotted inside a quotation, dashed in reported speech), a solid or dashed box
around a quotation (direct or partial) with the speaker's name on it, and bold
underlined attribution verbs. Hover over any mark for the details.

What it can not tell you: a highlight shows what the kit found, not what matters.
Colour pulls the eye to marked words and away from the rest of the article, and
a word the lexicon does not list is never marked, however loaded it is.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import palette
from .analysis import STANCES, Analysis, as_analysis, voice_group
from .attribution import Source
from .comparison import GROUP_COLUMNS
from .errors import FramingError
from .html_style import STYLE, message
from .html_style import card as _card
from .html_style import escaped as _e
from .html_style import slug as _slug
from .lexicon import CATEGORIES, GROUPS, Lexicon, TermHit, keyword_in_context, per_thousand
from .quotes import Quote
from .text import Article
from .wording import plural

if TYPE_CHECKING:
    from .comparison import Table

__all__ = [
    "LAYERS",
    "STYLE",
    "article_label",
    "compare_table",
    "highlight",
    "kwic_table",
    "legend",
    "message",
    "source_ledger",
    "term_counts",
    "terms_table",
]

#: What `highlight` can mark: loaded terms, quotations, attribution verbs, reported speech.
LAYERS = ("terms", "quotes", "cues", "reported")
_DEFAULT_LAYERS = ("terms", "quotes", "cues")


# --- inputs -----------------------------------------------------------------------------------


def article_label(item: Analysis | Article | str, number: int | None = None) -> str:
    """A short name for an article: its seed name, else its headline, else "Article N".

    >>> from framing import load_seed
    >>> article_label(load_seed())
    'cecot-tasnim'
    """
    article = item.article if isinstance(item, Analysis) else item
    if isinstance(article, Article):
        if article.name:
            return article.name
        if article.headline is not None:
            text = article.headline.text
            return text if len(text) <= 48 else text[:47] + "…"
    return f"Article {number}" if number is not None else "Your text"


# --- highlight --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span to wrap in a tag. ``rank`` orders nesting: lower ranks wrap higher ones."""

    start: int
    end: int
    rank: int
    tag: str
    classes: str
    attrs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _CueSpan:
    start: int
    end: int
    text: str
    source: Source
    stance: str


_RANK = {"paragraph": 0, "reported": 1, "quote": 2, "cue": 3, "term": 4}


def _one_or_many(value: object) -> tuple[Any, ...] | None:
    if value is None:
        return None
    if isinstance(value, (str, Source)):
        return (value,)
    if isinstance(value, Iterable):
        return tuple(value)
    raise FramingError(f"Give a name or a list of names, not {type(value).__name__}.")


def _check_choice(values: Iterable[Any], allowed: Sequence[str], what: str) -> frozenset[str]:
    import difflib

    chosen = []
    for value in values:
        if value not in allowed:
            close = difflib.get_close_matches(str(value), allowed, n=1)
            hint = f' Did you mean "{close[0]}"?' if close else ""
            raise FramingError(
                f'There is no {what} "{value}".{hint} Choose from: {", ".join(allowed)}.'
            )
        chosen.append(value)
    return frozenset(chosen)


def _source_names(analysis: Analysis, values: Iterable[Any]) -> frozenset[str]:
    return frozenset(
        analysis.source(v.name if isinstance(v, Source) else str(v)).name for v in values
    )


@dataclass(frozen=True, slots=True)
class _Filters:
    layers: frozenset[str]
    categories: frozenset[str] | None
    voices: frozenset[str] | None
    sources: frozenset[str] | None

    def keeps_term(self, hit: TermHit) -> bool:
        if self.categories is not None and hit.category not in self.categories:
            return False
        if self.voices is not None and voice_group(hit) not in self.voices:
            return False
        return self.keeps_source(hit.voice_source)

    def keeps_source(self, source: Source | None) -> bool:
        return self.sources is None or (source is not None and source.name in self.sources)


def _filters(analysis: Analysis, show, categories, voices, sources) -> _Filters:
    if isinstance(show, Mapping):  # show={"categories": [...], ...} works like the keywords
        unknown = set(show) - {"layers", "categories", "voices", "sources"}
        if unknown:
            raise FramingError(
                f"show= can hold layers, categories, voices and sources, not {sorted(unknown)[0]}."
            )
        categories = show.get("categories", categories)
        voices = show.get("voices", voices)
        sources = show.get("sources", sources)
        show = show.get("layers")
    chosen_sources = _one_or_many(sources)
    source_names = None if chosen_sources is None else _source_names(analysis, chosen_sources)
    layers = _one_or_many(show)
    if layers is None:
        layers = (*_DEFAULT_LAYERS, "reported") if source_names is not None else _DEFAULT_LAYERS
    chosen_categories = _one_or_many(categories)
    chosen_voices = _one_or_many(voices)
    return _Filters(
        layers=_check_choice(layers, LAYERS, "layer"),
        categories=None
        if chosen_categories is None
        else _check_choice(chosen_categories, tuple(CATEGORIES), "category"),
        voices=None
        if chosen_voices is None
        else _check_choice(chosen_voices, palette.VOICES, "voice"),
        sources=source_names,
    )


def highlight(
    analysis: Analysis | Article | str,
    *,
    show: str | Iterable[str] | Mapping[str, Any] | None = None,
    categories: str | Iterable[str] | None = None,
    voices: str | Iterable[str] | None = None,
    sources: str | Source | Iterable[str | Source] | None = None,
    legend: bool = True,
) -> str:
    """The whole article as HTML, with loaded terms, quotations and attribution verbs marked.

    ``show`` picks what to mark, any of "terms", "quotes", "cues" and "reported"
    (reported speech: the clause after "said that"); by default terms, quotes and
    cues, plus reported speech when ``sources`` is given. Three keyword-only filters
    narrow it down; None means "all", an empty list means "none":

    - ``categories``: lexicon category ids, e.g. ``["label", "fear"]``;
    - ``voices``: any of "outlet" (the outlet's own words), "quoted", "reported";
    - ``sources``: source names: only their quotations, verbs, reported words and terms.

    ``show`` may also be a dict with the keys layers, categories, voices and sources.
    A ``legend`` (on by default) explains every colour, line and tag.

    >>> html = highlight('"The plan is reckless," said Ana Ruiz, the mayor.')
    >>> html.count('data-fk-speaker="Ana Ruiz"'), "<script" in html
    (1, False)
    """
    analysis = as_analysis(analysis, "highlight()")
    filters = _filters(analysis, show, categories, voices, sources)
    marks = _paragraph_marks(analysis.article)
    counts: Counter[str] = Counter()
    shown_categories: Counter[str] = Counter()
    if "reported" in filters.layers:
        for mark in _reported_marks(analysis, filters):
            marks.append(mark)
            counts["reported"] += 1
    if "quotes" in filters.layers:
        for quote in analysis.quotes:
            if quote.nested or not filters.keeps_source(quote.speaker):
                continue
            counts["quotes"] += 1
            marks.extend(_quote_marks(analysis.text, quote))
    cues = _cue_spans(analysis)
    if "cues" in filters.layers:
        for cue in cues:
            if filters.keeps_source(cue.source):
                counts["cues"] += 1
                marks.append(_cue_mark(cue))
    if "terms" in filters.layers:
        cue_at = {(cue.start, cue.end): cue for cue in cues}
        for hit in analysis.hits:
            if filters.keeps_term(hit):
                counts["terms"] += 1
                shown_categories[hit.category] += 1
                marks.append(_term_mark(hit, cue_at.get((hit.start, hit.end))))
    body = _nest(analysis.text, _clip_to_paragraphs(marks, analysis.article))
    parts = [_caption(counts, filters)]
    if legend:
        parts.append(_legend_body(shown_categories, filters.layers))
    parts.append(f'<div class="fk-article">{body}</div>')
    return _card("".join(parts))


def _caption(counts: Counter[str], filters: _Filters) -> str:
    shown = []
    if "quotes" in filters.layers:
        shown.append(plural(counts["quotes"], "quotation"))
    if "terms" in filters.layers:
        shown.append(plural(counts["terms"], "loaded term"))
    if "cues" in filters.layers:
        shown.append(plural(counts["cues"], "attribution verb"))
    if "reported" in filters.layers:
        shown.append(plural(counts["reported"], "reported statement"))
    text = "Marked: " + (", ".join(shown) if shown else "nothing") + "."
    limits = []
    if filters.sources is not None:
        limits.append("only the words of " + (", ".join(sorted(filters.sources)) or "no one"))
    if filters.categories is not None:
        names = [palette.CATEGORY_TAGS[c] for c in CATEGORIES if c in filters.categories]
        limits.append("categories: " + (", ".join(names) or "none"))
    if filters.voices is not None:
        names = [palette.VOICE_NAMES[v] for v in palette.VOICES if v in filters.voices]
        limits.append("voices: " + ("; ".join(names) or "none"))
    if limits:
        text += " Showing " + "; ".join(limits) + "."
    return f'<p class="fk-caption">{_e(text)}</p>'


def _paragraph_marks(article: Article) -> list[_Mark]:
    marks = []
    for paragraph in article.paragraphs:
        if article.headline is not None and paragraph.index == article.headline.index:
            attrs = (("role", "heading"), ("aria-level", "3"))
            classes = "fk-headline"
        else:
            attrs, classes = (), "fk-p"
        marks.append(_Mark(paragraph.start, paragraph.end, _RANK["paragraph"], "p", classes, attrs))
    return marks


def _clip_to_paragraphs(marks: list[_Mark], article: Article) -> list[_Mark]:
    """Cut every mark at paragraph edges, so that a tag never spans two paragraphs."""
    paragraphs = article.paragraphs
    starts = [p.start for p in paragraphs]
    clipped = []
    for mark in marks:
        if mark.rank == _RANK["paragraph"]:
            clipped.append(mark)
            continue
        first = max(bisect.bisect_right(starts, mark.start) - 1, 0)
        for paragraph in paragraphs[first:]:
            if paragraph.start >= mark.end:
                break
            start, end = max(mark.start, paragraph.start), min(mark.end, paragraph.end)
            if start < end:
                clipped.append(_Mark(start, end, mark.rank, mark.tag, mark.classes, mark.attrs))
    return clipped


def _quote_marks(text: str, quote: Quote) -> list[_Mark]:
    speaker = quote.speaker.name if quote.speaker else "speaker unclear"
    lines = [f"Quotation ({quote.kind})"]
    if quote.speaker is not None:
        lines.append(f"Speaker: {quote.speaker.name} ({quote.speaker.type})")
        if quote.cue:
            lines.append(f"Introduced by: {quote.cue}")
    else:
        lines.append(f"Speaker unclear: {quote.speaker_reason or 'no speaker nearby'}")
    attrs = (("title", "\n".join(lines)), ("data-fk-speaker", speaker))
    marks = []
    for start, end in quote.parts:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            marks.append(
                _Mark(start, end, _RANK["quote"], "span", f"fk-quote fk-{quote.kind}", attrs)
            )
    return marks


def _voice_text(hit: TermHit) -> str:
    group = voice_group(hit)
    if group == "outlet":
        return "the outlet's own words"
    if group == "reported":
        name = hit.voice_source.name if hit.voice_source else hit.voice.partition(": ")[2]
        return f"reported speech of {name}"
    if hit.voice_source is not None:
        return f"{hit.voice_source.name}, inside a quotation"
    return "inside a quotation (speaker unclear)"


def _term_mark(hit: TermHit, cue: _CueSpan | None = None) -> _Mark:
    entry = hit.entry
    category = hit.category if hit.category in CATEGORIES else "other"
    name = CATEGORIES.get(hit.category, hit.category)
    first = f"“{hit.text}”: {name}"
    if hit.text.lower() != hit.term:
        first += f" (lexicon term: “{hit.term}”)"
    lines = [first, f"Voice: {_voice_text(hit)}"]
    if cue is not None:
        lines.append(f"Attribution verb for {cue.source.name}")
    if hit.contested:
        lines.append("A contested label: every word for this takes a side")
        lines.append(f"Other words in use: {entry.neutral or 'none listed'}")
    else:
        lines.append(f"More neutral: {entry.neutral or 'none listed'}")
    if entry.note:
        lines.append(f"Note: {entry.note}")
    if entry.citation:
        lines.append(f"Source: {entry.citation}")
    voice = voice_group(hit)
    tag = palette.CATEGORY_TAGS.get(hit.category, "term")
    return _Mark(
        hit.start,
        hit.end,
        _RANK["term"],
        "span",
        f"fk-term fk-cat-{category} fk-voice-{voice}",
        (("title", "\n".join(lines)), ("data-fk-tag", tag)),
    )


def _cue_mark(cue: _CueSpan) -> _Mark:
    title = f"Attribution verb “{cue.text}” for {cue.source.name}\nStance: {cue.stance}"
    return _Mark(cue.start, cue.end, _RANK["cue"], "span", "fk-cue", (("title", title),))


def _reported_marks(analysis: Analysis, filters: _Filters) -> list[_Mark]:
    seen: set[tuple[int, int, str]] = set()
    marks = []
    for attribution in analysis.attributions:
        if attribution.content is None or not filters.keeps_source(attribution.source):
            continue
        start, end = attribution.content
        key = (start, end, attribution.source.name)
        if key in seen or start >= end:
            continue
        seen.add(key)
        name = attribution.source.name
        title = (
            f"Reported speech: the article's words for what {name} said (verb: {attribution.cue})"
        )
        attrs = (("title", title), ("data-fk-speaker", f"{name}, reported"))
        marks.append(_Mark(start, end, _RANK["reported"], "span", "fk-reported", attrs))
    return marks


def _cue_spans(analysis: Analysis) -> list[_CueSpan]:
    """Where each attribution's verb stands, from the engine's own offsets.

    A colon or a dash that introduces a quotation is a cue too, but it is not
    marked: there is no word to underline.
    """
    spans: dict[tuple[int, int], _CueSpan] = {}
    for attribution in analysis.attributions:
        for cue in attribution.cues:
            if any(ch.isalpha() for ch in cue.text):
                spans.setdefault(
                    (cue.start, cue.end),
                    _CueSpan(
                        cue.start,
                        cue.end,
                        analysis.text[cue.start : cue.end],
                        attribution.source,
                        cue.stance,
                    ),
                )
    return [spans[key] for key in sorted(spans)]


def _nest(text: str, marks: list[_Mark]) -> str:
    """Wrap marks in tags, splitting any mark that crosses another into well-nested pieces.

    Between two neighbouring boundaries the open marks are ordered by (rank, start,
    longest first); the tags still open from the previous piece are kept as long as
    that order agrees, and closed and reopened where it does not. A piece after the
    first gets the class ``fk-cont`` (no repeated speaker badge), a piece before
    the last ``fk-more`` (no repeated category tag).
    """
    order = sorted(
        range(len(marks)),
        key=lambda i: (marks[i].rank, marks[i].start, -marks[i].end, marks[i].classes),
    )
    position = {index: n for n, index in enumerate(order)}
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        starting.setdefault(mark.start, []).append(index)
    ops: list[tuple[str, int, int]] = []
    stack: list[int] = []
    active: set[int] = set()
    for low, high in itertools.pairwise(bounds):
        active = {i for i in active if marks[i].end > low}
        active.update(starting.get(low, ()))
        wanted = sorted(active, key=position.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        ops.extend(("close", i, 0) for i in reversed(stack[keep:]))
        ops.extend(("open", i, 0) for i in wanted[keep:])
        stack = wanted
        ops.append(("text", low, high))
    ops.extend(("close", i, 0) for i in reversed(stack))
    pieces = Counter(i for op, i, _ in ops if op == "open")
    opened: Counter[int] = Counter()
    out = []
    for op, a, b in ops:
        if op == "text":
            out.append(_e(text[a:b]))
        elif op == "close":
            out.append(f"</{marks[a].tag}>")
        else:
            mark = marks[a]
            classes = mark.classes
            if opened[a]:
                classes += " fk-cont"
            if opened[a] < pieces[a] - 1:
                classes += " fk-more"
            opened[a] += 1
            attrs = "".join(f' {name}="{_e(value)}"' for name, value in mark.attrs)
            out.append(f'<{mark.tag} class="{classes}"{attrs}>')
    return "".join(out)


# --- legend -----------------------------------------------------------------------------------


def _legend_body(categories: Mapping[str, int] | Iterable[str], layers: Iterable[str]) -> str:
    layers = set(layers)
    counts = categories if isinstance(categories, Mapping) else dict.fromkeys(categories)
    rows = []
    if "terms" in layers:
        items = []
        for category in CATEGORIES:
            if category not in counts:
                continue
            count = counts[category]
            number = f' <span class="fk-count">({count})</span>' if count is not None else ""
            items.append(
                f'<span class="fk-legend-item"><span class="fk-term fk-cat-{category} '
                f'fk-voice-outlet" data-fk-tag="{_e(palette.CATEGORY_TAGS[category])}">'
                f"{_e(CATEGORIES[category])}</span>{number}</span>"
            )
        if not items:
            items.append('<span class="fk-legend-item">none marked</span>')
        rows.append(_legend_row("Loaded terms", items))
        voices = [
            f'<span class="fk-legend-item"><span class="fk-term fk-cat-other fk-voice-{voice}" '
            f'data-fk-tag="">{_e(palette.VOICE_NAMES[voice])}</span> '
            f'<span class="fk-count">({palette.VOICE_LINES[voice]} line)</span></span>'
            for voice in palette.VOICES
        ]
        rows.append(_legend_row("Whose words", voices))
    items = []
    if "quotes" in layers:
        items += [
            '<span class="fk-legend-item"><span class="fk-quote fk-direct" '
            'data-fk-speaker="speaker">direct quotation</span> '
            '<span class="fk-count">(solid box)</span></span>',
            '<span class="fk-legend-item"><span class="fk-quote fk-partial" '
            'data-fk-speaker="speaker">partial quotation</span> '
            '<span class="fk-count">(dashed box)</span></span>',
        ]
    if "reported" in layers:
        items.append(
            '<span class="fk-legend-item"><span class="fk-reported" '
            'data-fk-speaker="speaker, reported">reported speech</span></span>'
        )
    if "cues" in layers:
        items.append(
            '<span class="fk-legend-item"><span class="fk-cue">said</span> '
            '<span class="fk-count">attribution verb</span></span>'
        )
    if items:
        rows.append(_legend_row("Who speaks", items))
    rows.append(
        '<p class="fk-legend-row fk-count">Hover over a mark for details: category, voice, '
        "a more neutral wording, the speaker.</p>"
    )
    return f'<div class="fk-legend">{"".join(rows)}</div>'


def _legend_row(title: str, items: list[str]) -> str:
    return (
        f'<p class="fk-legend-row"><span class="fk-legend-title">{_e(title)}:</span> '
        f"{' '.join(items)}</p>"
    )


def legend(
    analysis_or_lexicon: Analysis | Lexicon | None = None,
    *,
    show: str | Iterable[str] | None = None,
) -> str:
    """The legend on its own: every colour, line style and tag the highlight uses.

    Given an analysis, it lists the categories found (with counts); given a
    lexicon, the lexicon's categories; given nothing, all categories.

    >>> "Labels and name-calling" in legend()
    True
    """
    layers = _check_choice(_one_or_many(show) or LAYERS, LAYERS, "layer")
    if isinstance(analysis_or_lexicon, Analysis):
        categories: Mapping[str, int] | Iterable[str] = Counter(
            h.category for h in analysis_or_lexicon.hits
        )
    elif isinstance(analysis_or_lexicon, Lexicon):
        categories = analysis_or_lexicon.categories
    elif analysis_or_lexicon is None:
        categories = tuple(CATEGORIES)
    else:
        raise FramingError(
            f"legend() takes an analysis or a lexicon, not {type(analysis_or_lexicon).__name__}."
        )
    return _card(_legend_body(categories, layers))


# --- tables -----------------------------------------------------------------------------------


def _table(
    caption: str,
    head: Sequence[str],
    rows: Iterable[str],
    *,
    numeric: Iterable[int] = (),
    extra: str = "",
) -> str:
    numeric = set(numeric)
    number = ' class="fk-num"'
    header = "".join(
        f'<th scope="col"{number if i in numeric else ""}>{_e(h)}</th>' for i, h in enumerate(head)
    )
    classes = f"fk-table {extra}".strip()
    return (
        f'<table class="{classes}"><caption>{_e(caption)}</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _cell(value: object, *, number: bool = False) -> str:
    return f'<td class="fk-num">{_e(value)}</td>' if number else f"<td>{_e(value)}</td>"


def _verbs_text(by_stance: Mapping[str, list[str]]) -> str:
    groups = []
    for stance in (*STANCES, *sorted(set(by_stance) - set(STANCES))):
        verbs = by_stance.get(stance)
        if verbs:
            joined = ", ".join(verbs)
            groups.append(joined if stance == "neutral" else f"{stance}: {joined}")
    return "; ".join(groups) or "–"


def _type_cell(source_type: str) -> str:
    key = source_type if source_type in palette.SOURCE_TYPE_COLOURS else "other"
    return (
        f'<td><span class="fk-swatch fk-fill-type-{_slug(key)}" aria-hidden="true"></span>'
        f"{_e(source_type)}</td>"
    )


def source_ledger(analysis: Analysis | Article | str) -> str:
    """Who gets a voice: one row per source, in the order they first appear.

    Columns: source, type, how many sentences quote it directly, partly or report
    it indirectly, how many words it gets inside quotation marks, the verbs used
    for it (grouped by stance), and whether it has the first or the last word.

    >>> "Ana Ruiz" in source_ledger("Ana Ruiz said the plan works.")
    True
    """
    analysis = as_analysis(analysis, "source_ledger()")
    name = article_label(analysis)
    words = analysis.words_quoted_per_source()
    if not analysis.sources and "unknown" not in words:  # quotations of no one found stay
        return _card(
            f'<p class="fk-caption">Who gets a voice in {_e(name)}</p>'
            '<p class="fk-message">The kit found no sources here: no one is quoted or '
            "reported as saying anything.</p>"
        )
    kinds: dict[str, Counter[str]] = {}
    for attribution in analysis.attributions:
        kinds.setdefault(attribution.source.name, Counter())[attribution.kind] += 1
    verbs = analysis.verbs_by_stance()
    first, last = analysis.first_source(), analysis.last_source()
    rows = []
    for source in analysis.sources:
        counts = kinds.get(source.name, Counter())
        turn = [w for w, s in (("first", first), ("last", last)) if s and s.name == source.name]
        rows.append(
            "<tr>"
            + _cell(source.name)
            + _type_cell(source.type)
            + "".join(_cell(counts[k], number=True) for k in ("direct", "partial", "indirect"))
            + _cell(words.get(source.name, 0), number=True)
            + _cell(_verbs_text(verbs.get(source.name, {})))
            + _cell(" and ".join(turn) + " word" if turn else "")
            + "</tr>"
        )
    if "unknown" in words:
        rows.append(
            "<tr>"
            + _cell("speaker unclear")
            + _cell("–")
            + "".join(_cell("–", number=True) for _ in range(3))
            + _cell(words["unknown"], number=True)
            + _cell("–")
            + _cell("")
            + "</tr>"
        )
    totals = analysis.attribution_kinds()
    rows.append(
        '<tr class="fk-total">'
        + _cell("All sources")
        + _cell(plural(len(analysis.sources), "source"))
        + "".join(_cell(totals[k], number=True) for k in ("direct", "partial", "indirect"))
        + _cell(sum(words.values()), number=True)
        + _cell("")
        + _cell("")
        + "</tr>"
    )
    caption = (
        f"Who gets a voice in {name}: {plural(len(analysis.sources), 'source')}, "
        f"{plural(len(analysis.attributions), 'sentence')} that give one a voice"
    )
    head = [
        "Source",
        "Type",
        "Direct",
        "Partial",
        "Indirect",
        "Words quoted",
        "Verbs used",
        "First / last",
    ]
    return _card(_table(caption, head, rows, numeric=(2, 3, 4, 5), extra="fk-ledger"))


def kwic_table(
    analysis_or_article: Analysis | Article | str,
    term: str,
    *,
    lexicon: Lexicon | None = None,
    width: int = 40,
) -> str:
    """Keyword in context: every use of ``term``, with the words around it.

    A lexicon term is matched with all its forms ("claim" finds "claimed");
    any other word or phrase is matched as typed. An analysis brings its own lexicon.

    >>> "claimed" in kwic_table("They claimed it. She claims more.", "claim")
    True
    """
    if isinstance(analysis_or_article, Analysis):
        article = analysis_or_article.article
        lexicon = lexicon or analysis_or_article.lexicon
    elif isinstance(analysis_or_article, (Article, str)):
        article = analysis_or_article
    else:
        raise FramingError(
            "kwic_table() needs an analysis, an article or a text, "
            f"not {type(analysis_or_article).__name__}."
        )
    lines = keyword_in_context(article, term, lexicon=lexicon, width=width)
    label = article_label(article) if isinstance(article, Article) else "this text"
    caption = f"“{term.strip()}” in {label}: {plural(len(lines), 'use')}"
    key = term.lower().strip()
    if lexicon is not None and key in lexicon:
        entry = lexicon[key]
        caption += f". In the lexicon as {entry.category_name}"
        if entry.neutral:
            caption += f"; more neutral: {entry.neutral}"
    rows = [
        "<tr>"
        + _cell(line.sentence + 1, number=True)
        + f'<td class="fk-left">{_e(line.left)}</td>'
        + f'<td class="fk-match">{_e(line.match)}</td>'
        + f"<td>{_e(line.right)}</td></tr>"
        for line in lines
    ]
    if not rows:
        rows.append(f'<tr><td colspan="4">No uses of “{_e(term.strip())}” here.</td></tr>')
    head = ["Sentence", "Before", "Word", "After"]
    return _card(_table(caption, head, rows, numeric=(0,), extra="fk-kwic"))


def terms_table(analysis: Analysis | Article | str) -> str:
    """Every loaded term, one row each: the word, its category, its voice, a more neutral wording.

    >>> "No loaded terms" in terms_table("The council met on Monday.")
    True
    """
    analysis = as_analysis(analysis, "terms_table()")
    by_group = analysis.loaded_terms_by_group()
    caption = f"Words from the word list in {plural(analysis.word_count, 'word')}"
    if analysis.hits:
        caption += ": " + ", ".join(
            f"{by_group[g]} {GROUPS[g].lower()}" for g in GROUPS if by_group[g]
        )
    rows = []
    for hit in analysis.hits:
        mark = _term_mark(hit)
        attrs = "".join(f' {name}="{_e(value)}"' for name, value in mark.attrs)
        rows.append(
            f'<tr><td><span class="{mark.classes}"{attrs}>{_e(hit.text)}</span></td>'
            + _cell(CATEGORIES.get(hit.category, hit.category))
            + _cell(_voice_text(hit))
            + _cell(("Other words in use: " if hit.contested else "") + (hit.neutral or "–"))
            + _cell(hit.entry.note or "")
            + "</tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="5">No loaded terms from the word list here.</td></tr>')
    head = ["Word", "Category", "Whose words", "More neutral", "Why it is on the list"]
    return _card(_table(caption, head, rows, extra="fk-terms"))


def terms_by_category_and_voice(analysis: Analysis) -> dict[str, Counter[str]]:
    """Hits counted by category (in the lexicon's order) and by voice group."""
    table: dict[str, Counter[str]] = {}
    for hit in analysis.hits:
        table.setdefault(hit.category, Counter())[voice_group(hit)] += 1
    order = [*(c for c in CATEGORIES if c in table), *sorted(set(table) - set(CATEGORIES))]
    return {category: table[category] for category in order}


def term_counts(analysis: Analysis | Article | str) -> str:
    """Loaded terms by category: how many, per 1,000 words, and in whose voice.

    >>> "Per 1,000 words" in term_counts("The notorious plan failed.")
    True
    """
    analysis = as_analysis(analysis, "term_counts()")
    words = analysis.word_count
    rows = []
    for category, counts in terms_by_category_and_voice(analysis).items():
        total = sum(counts.values())
        known = category if category in CATEGORIES else "other"
        rows.append(
            f'<tr><td><span class="fk-swatch fk-fill-cat-{known}" aria-hidden="true"></span>'
            f"{_e(CATEGORIES.get(category, category))}</td>"
            + _cell(total, number=True)
            + _cell(per_thousand(total, words), number=True)
            + "".join(_cell(counts[v], number=True) for v in palette.VOICES)
            + "</tr>"
        )
    for group, name in GROUPS.items():
        in_group = [h for h in analysis.hits if h.group == group]
        if not in_group:
            continue
        by_voice = Counter(voice_group(h) for h in in_group)
        rows.append(
            '<tr class="fk-total">'
            + _cell(f"All {name.lower()}")
            + _cell(len(in_group), number=True)
            + _cell(per_thousand(len(in_group), words), number=True)
            + "".join(_cell(by_voice[v], number=True) for v in palette.VOICES)
            + "</tr>"
        )
    caption = f"Loaded terms by category ({plural(words, 'word')} in the article)"
    head = ["Category", "Terms", "Per 1,000 words", "Outlet's words", "Quoted", "Reported"]
    return _card(_table(caption, head, rows, numeric=range(1, 6), extra="fk-counts"))


# --- comparison -------------------------------------------------------------------------------


def compare_table(
    analyses: Table | Iterable[Analysis | Article | str] | Mapping[str, Analysis | Article | str],
    *,
    lexicon: Lexicon | None = None,
) -> str:
    """Several articles side by side, one column each: the numbers of `framing.compare`.

    Rows come in groups (loaded terms by voice and category, who gets a voice,
    whose words are quoted, first and last word, verbs); rows that are empty for
    every article are left out. Bars compare the articles within a group.

    >>> html = compare_table({"calm": "Ana Ruiz said it works.", "loud": "Critics alleged a plot."})
    >>> "calm" in html and "loud" in html
    True
    """
    from .comparison import Table, compare, format_cell

    def _shown(value: object) -> str:
        return format_cell(value) or "–"

    table = analyses if isinstance(analyses, Table) else compare(analyses, lexicon=lexicon)
    rows = table.to_rows()
    labels = [str(row.get("article") or f"Article {n}") for n, row in enumerate(rows, start=1)]
    head = "".join(f'<th scope="col">{_e(label)}</th>' for label in labels)
    body = []
    for title, columns in _compare_groups(table.columns):
        filled = [c for c in columns if any(row.get(c) not in (None, "", 0, 0.0) for row in rows)]
        if not filled:
            continue
        body.append(
            f'<tr><th class="fk-section" colspan="{len(rows) + 1}" scope="colgroup">'
            f"{_e(title)}</th></tr>"
        )
        barred = [
            c
            for c in filled
            if _compare_row(c)[2] and all(isinstance(row.get(c), (int, float)) for row in rows)
        ]
        top = max((abs(row[c]) for c in barred for row in rows), default=0)
        for column in filled:
            name, fill, _ = _compare_row(column)
            cells = []
            for row in rows:
                value = row.get(column)
                if column in barred:
                    width = round(100 * abs(value) / top, 1) if top else 0.0
                    cells.append(
                        f'<td class="fk-num"><span class="fk-track" aria-hidden="true">'
                        f'<span class="fk-bar fk-fill-{fill}" style="width:{width}%"></span>'
                        f"</span>{_e(_shown(value))}</td>"
                    )
                else:
                    numeric = isinstance(value, (int, float))
                    cells.append(_cell(_shown(value), number=numeric))
            body.append(f'<tr><th scope="row">{_e(name)}</th>{"".join(cells)}</tr>')
    caption = f"Comparing {plural(len(rows), 'article')}"
    return _card(
        f'<table class="fk-table fk-compare"><caption>{_e(caption)}</caption>'
        f'<thead><tr><th scope="col">Measure</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


_COMPARE_GROUPS = (
    "The article",
    "Loaded terms per 1,000 words, in three groups never added up (word choices also by voice)",
    "Loaded terms per 1,000 words, by category",
    "Who gets a voice: sentences attributed to each type of source",
    "Whose words are quoted: % of quoted words, by type of source",
    "First and last word",
    "Attribution verbs",
)


def _compare_groups(columns: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The comparison's columns in the groups shown, in a fixed order."""
    groups: dict[str, list[str]] = {title: [] for title in _COMPARE_GROUPS}
    for column in columns:
        if column != "article":
            groups[_COMPARE_GROUPS[_compare_group(column)]].append(column)
    return list(groups.items())


def _compare_group(column: str) -> int:
    if column.endswith(" voice per 1k") or column in GROUP_COLUMNS.values():
        return 1
    if column.endswith(" per 1k"):
        return 2
    if column.startswith("attributions: ") or column == "attributions":
        return 3
    if column.startswith("% quoted words: "):
        return 4
    if column.startswith(("first ", "last ")):
        return 5
    if column.endswith(" verbs"):
        return 6
    return 0


def _compare_row(column: str) -> tuple[str, str, bool]:
    """The row label a student reads, the fill class of its bars, and whether it has bars."""
    for group, group_column in GROUP_COLUMNS.items():
        if column == group_column:
            return GROUPS[group].lower(), "type-other", True
    if column.endswith(" voice per 1k"):
        voice = column[: -len(" voice per 1k")]
        if voice in palette.VOICE_NAMES:
            return f"word choices: {palette.VOICE_NAMES[voice]}", f"voice-{voice}", True
        return voice, "type-other", True
    if column.endswith(" per 1k"):
        category = column[: -len(" per 1k")]
        if category in CATEGORIES:
            return CATEGORIES[category], f"cat-{category}", True
        return category, "type-other", True
    for prefix in ("attributions: ", "% quoted words: "):
        if column.startswith(prefix):
            source_type = column[len(prefix) :]
            known = source_type if source_type in palette.SOURCE_TYPE_COLOURS else "other"
            label = "speaker unclear" if source_type == "unknown" else source_type
            return label, f"type-{_slug(known)}", True
    if column == "attributions":
        return "all attributions", "type-other", False
    return column, "type-other", False


# One quote, many outlets (issue 20) has its own module; shown here with the rest.
from .render_align import quote_group_html, quote_groups_html  # noqa: E402, F401
