"""Charts for the lessons: matplotlib figures built from analyses, ready for a projector.

Each function returns a `matplotlib.figure.Figure` made directly, never through
pyplot: nothing is shown, no backend is chosen and no global settings change. A
notebook draws the figure when it is the last value of a cell once the notebook has
run ``%matplotlib inline`` (the lesson notebooks do, in their first cell);
`to_png` turns one into image bytes (for a widget or a file).

Colours are the Okabe–Ito palette of `framing.palette`, the same as the HTML,
and every colour comes with a hatch pattern, so the charts also read in black
and white. Titles are plain words, axes are labelled, fonts are large.

What it can not tell you: a bar's length is a count, not a judgement. A source
quoted often may be quoted to be criticised; a chart of one article says nothing
about how other outlets covered the same events.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from . import palette
from .analysis import Analysis, as_analysis
from .attribution import SOURCE_TYPES
from .errors import FramingError
from .lexicon import CATEGORIES, per_thousand
from .render import article_label, terms_by_category_and_voice

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .comparison import Table
    from .lexicon import Lexicon
    from .text import Article

__all__ = [
    "attributions_by_source",
    "comparison",
    "loaded_terms",
    "quoted_words_by_type",
    "to_png",
]

_FONT = palette.CHART_FONT_SIZE
_TITLE = palette.CHART_TITLE_SIZE
_EDGE = palette.TEXT


def _figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), dpi=100, layout="constrained", facecolor="white")


def _one_panel(
    rows: int, *, width: float, title: str, xlabel: str, ylabel: str
) -> tuple[Figure, Axes]:
    """A figure with one panel of horizontal bars, tall enough for ``rows`` bars."""
    fig = _figure(width, 2.2 + 0.58 * max(rows, 2))
    ax = fig.add_subplot()
    _dress(ax, title=title, xlabel=xlabel, ylabel=ylabel)
    return fig, ax


def _dress(ax: Axes, *, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=_TITLE, loc="left", pad=12)
    ax.set_xlabel(xlabel, fontsize=_FONT)
    ax.set_ylabel(ylabel, fontsize=_FONT)
    ax.tick_params(labelsize=_FONT)
    ax.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color=palette.GRID, linewidth=1)
    ax.set_axisbelow(True)


def _empty(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=_FONT, transform=ax.transAxes)
    ax.set_yticks([])


def _legend(ax: Axes, keys: Iterable[str], colours, hatches, names=None, *, title: str) -> None:
    handles = [
        Patch(
            facecolor=colours[k],
            hatch=hatches.get(k, ""),
            edgecolor=_EDGE,
            label=names[k] if names else k,
        )
        for k in keys
    ]
    if handles:
        ax.legend(
            handles=handles,
            title=title,
            fontsize=_FONT - 2,
            title_fontsize=_FONT - 1,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            frameon=False,
        )


def _bar(ax: Axes, y, width, *, left=0.0, colour: str, hatch: str, label: str | None = None):
    return ax.barh(
        y,
        width,
        left=left,
        color=colour,
        hatch=hatch,
        edgecolor=_EDGE,
        linewidth=1,
        height=0.7,
        label=label,
    )


def _type_bars(
    ax: Axes, labels: list[str], values: list[float], kinds: list[str], notes: list[str]
) -> None:
    """One horizontal bar per label, top to bottom, in the colour and hatch of its source type."""
    for y, (value, kind, note) in enumerate(zip(values, kinds, notes, strict=True)):
        bars = _bar(
            ax,
            y,
            value,
            colour=palette.SOURCE_TYPE_COLOURS.get(kind, "#999999"),
            hatch=palette.SOURCE_TYPE_HATCHES.get(kind, ""),
        )
        ax.bar_label(bars, labels=[note], padding=4, fontsize=_FONT)
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()


def attributions_by_source(analysis: Analysis | Article | str, *, top: int = 15) -> Figure:
    """How many sentences give each source a voice: one bar per source, coloured by type.

    >>> fig = attributions_by_source("Ana Ruiz said it works. Tom Baker said it would fail.")
    >>> len(fig.axes[0].patches)
    2
    """
    analysis = as_analysis(analysis, "attributions_by_source()")
    counts = analysis.attributions_per_source()
    types = {s.name: s.type for s in analysis.sources}
    names = list(counts)[:top]
    fig, ax = _one_panel(
        len(names),
        width=12,
        title=f"Who gets a voice in {article_label(analysis)}",
        xlabel="Sentences that give the source a voice",
        ylabel="Source",
    )
    if not names:
        _empty(ax, "No one is quoted or reported here.")
        return fig
    kinds = [types.get(name, "other") for name in names]
    _type_bars(ax, names, [counts[n] for n in names], kinds, [str(counts[n]) for n in names])
    ax.xaxis.get_major_locator().set_params(integer=True)
    shown = [t for t in SOURCE_TYPES if any(types.get(n) == t for n in names)]
    _legend(
        ax,
        shown,
        palette.SOURCE_TYPE_COLOURS,
        palette.SOURCE_TYPE_HATCHES,
        title="Type of source",
    )
    if len(counts) > len(names):
        ax.set_ylabel(f"Source (top {len(names)} of {len(counts)})", fontsize=_FONT)
    return fig


def quoted_words_by_type(analysis: Analysis | Article | str) -> Figure:
    """Words inside quotation marks, by type of source (one bar per type).

    >>> fig = quoted_words_by_type('"We will win," said Ana Ruiz, the mayor.')
    >>> len(fig.axes[0].patches)
    1
    """
    analysis = as_analysis(analysis, "quoted_words_by_type()")
    types = {s.name: s.type for s in analysis.sources}
    words: Counter[str] = Counter()
    for name, count in analysis.words_quoted_per_source().items():
        words[types.get(name, "unknown")] += count
    order = [t for t in (*SOURCE_TYPES, "unknown") if words[t]]
    total = sum(words.values())
    fig, ax = _one_panel(
        len(order),
        width=12,
        title=f"Whose words are quoted in {article_label(analysis)}",
        xlabel="Words inside quotation marks",
        ylabel="Type of source",
    )
    if not order:
        _empty(ax, "Nothing is in quotation marks here.")
        return fig
    labels = ["speaker unclear" if t == "unknown" else t for t in order]
    values = [words[t] for t in order]
    shares = [f"{words[t]} ({round(100 * words[t] / total)}%)" for t in order]
    _type_bars(ax, labels, values, order, shares)
    ax.set_xlim(0, max(words.values()) * 1.25)
    return fig


def loaded_terms(analysis: Analysis | Article | str) -> Figure:
    """Loaded terms per 1,000 words: one bar per category, split by whose words they are.

    >>> fig = loaded_terms("The notorious plan was a notorious failure.")
    >>> fig.axes[0].get_xlabel()
    'Loaded terms per 1,000 words'
    """
    analysis = as_analysis(analysis, "loaded_terms()")
    table = terms_by_category_and_voice(analysis)
    order = list(table)
    fig, ax = _one_panel(
        len(order),
        width=13,
        title=f"Loaded words in {article_label(analysis)}: what kind, and whose",
        xlabel="Loaded terms per 1,000 words",
        ylabel="Category",
    )
    if not order:
        _empty(ax, "No words from the lexicon here.")
        return fig
    words = analysis.word_count
    for y, category in enumerate(order):
        left = 0.0
        for voice in palette.VOICES:
            value = per_thousand(table[category][voice], words)
            if value:
                _bar(
                    ax,
                    y,
                    value,
                    left=left,
                    colour=palette.VOICE_COLOURS[voice],
                    hatch=palette.VOICE_HATCHES[voice],
                )
                left += value
        ax.text(left, y, f"  {round(left, 1)}", va="center", fontsize=_FONT)
    ax.set_yticks(range(len(order)), [CATEGORIES.get(c, c) for c in order])
    ax.invert_yaxis()
    ax.set_xlim(0, ax.get_xlim()[1] * 1.15)
    used = [v for v in palette.VOICES if any(table[c][v] for c in order)]
    _legend(
        ax,
        used,
        palette.VOICE_COLOURS,
        palette.VOICE_HATCHES,
        palette.VOICE_NAMES,
        title="Whose words",
    )
    return fig


def comparison(
    analyses: Table | Iterable[Analysis | Article | str] | Mapping[str, Analysis | Article | str],
    *,
    lexicon: Lexicon | None = None,
) -> Figure:
    """Several articles side by side: loaded words, who gets a voice, whose words are quoted.

    Takes what `framing.compare` takes (or its table). Three panels, one
    bar per article in each: loaded word choices per 1,000 words by whose words they are
    (attribution verbs, hedges and contested labels are rates of their own, in `compare`);
    the share of attributions by type of source; the share of quoted words by type.

    >>> fig = comparison({"calm": "Ana Ruiz said it works.", "loud": "Critics alleged a plot."})
    >>> [ax.get_title(loc="left") for ax in fig.axes]
    ['Loaded words', 'Who gets a voice', 'Whose words are quoted']
    """
    from .comparison import Table, compare

    table = analyses if isinstance(analyses, Table) else compare(analyses, lexicon=lexicon)
    rows = table.to_rows()
    if not rows:
        raise FramingError("comparison() needs at least one article.")
    labels = [str(row.get("article") or f"Article {n}") for n, row in enumerate(rows, start=1)]
    fig = _figure(20, 3.2 + 0.7 * len(rows))
    fig.suptitle(f"Comparing {len(rows)} articles", fontsize=_TITLE + 2, x=0.01, ha="left")
    axes = fig.subplots(1, 3, sharey=True)
    panels = [
        (
            "Loaded words",
            "Loaded word choices per 1,000 words\n(verbs, hedges and contested labels apart)",
            {v: f"{v} voice per 1k" for v in palette.VOICES},
            palette.VOICE_COLOURS,
            palette.VOICE_HATCHES,
            palette.VOICE_NAMES,
            "Whose words",
            False,
        ),
        (
            "Who gets a voice",
            "% of attributions, by type of source",
            {t: f"attributions: {t}" for t in SOURCE_TYPES},
            palette.SOURCE_TYPE_COLOURS,
            palette.SOURCE_TYPE_HATCHES,
            None,
            "Type of source",
            True,
        ),
        (
            "Whose words are quoted",
            "% of quoted words, by type of source",
            {t: f"% quoted words: {t}" for t in (*SOURCE_TYPES, "unknown")},
            palette.SOURCE_TYPE_COLOURS,
            palette.SOURCE_TYPE_HATCHES,
            {**{t: t for t in SOURCE_TYPES}, "unknown": "speaker unclear"},
            "Type of source",
            False,
        ),
    ]
    for ax, panel in zip(axes, panels, strict=True):
        _comparison_panel(ax, panel, table, rows, first=ax is axes[0])
    axes[0].set_yticks(range(len(labels)), labels)
    axes[0].invert_yaxis()
    return fig


def _comparison_panel(
    ax: Any, panel: tuple[Any, ...], table: Any, rows: list[dict], *, first: bool
):
    """One panel of `comparison`: a stacked bar per article (a share of 100 where asked)."""
    title, xlabel, columns, colours, hatches, names, legend, as_share = panel
    _dress(ax, title=title, xlabel=xlabel, ylabel="Article" if first else "")
    present = [k for k, c in columns.items() if c in table.columns and any(r.get(c) for r in rows)]
    for y, row in enumerate(rows):
        total = sum(row.get(columns[k]) or 0 for k in present) if as_share else 100
        left = 0.0
        for key in present:
            value = row.get(columns[key]) or 0
            if as_share:
                value = 100 * value / total if total else 0
            if value:
                _bar(ax, y, value, left=left, colour=colours[key], hatch=hatches[key])
                left += value
    if not present:
        ax.text(0.5, 0.5, "nothing to show", ha="center", fontsize=_FONT, transform=ax.transAxes)
    _legend(ax, present, colours, hatches, names, title=legend)
    handles = ax.get_legend()
    if handles is not None:
        handles.set_loc("upper center")
        handles.set_bbox_to_anchor((0.5, -0.18))


def to_png(figure: Figure, *, dpi: int = 80) -> bytes:
    """The figure as PNG bytes (for an image widget or a file).

    >>> to_png(loaded_terms("The plan works.")).startswith(b"\\x89PNG")
    True
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
