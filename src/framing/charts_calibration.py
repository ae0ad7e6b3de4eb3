"""The class heatmap: which students differ from the key on which quotations and words.

`disagreement_heatmap(report)` returns a `matplotlib.figure.Figure` made directly,
never through pyplot: nothing is shown and no backend is chosen. Each cell also
carries a mark (blank: agrees, "½": found with another speaker or voice, "×":
marked by only one of student and key), so the chart reads without colour.

What it can not tell you: a dark column is where the class and the key differ,
not where the class is wrong; it is the place to start the discussion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from . import palette

if TYPE_CHECKING:
    from .calibration import ClassReport

__all__ = ["disagreement_heatmap"]

_MARKS = {0.5: "½", 1.0: "×"}
_SCALE = LinearSegmentedColormap.from_list(
    "agreement", [palette.BACKGROUND, palette.OKABE_ITO["sky blue"], palette.OKABE_ITO["blue"]]
)


def disagreement_heatmap(report: ClassReport, *, top: int = 12) -> Figure:
    """Students (rows) × the items the class differed from the key on most (columns)."""
    names, items, values = report.matrix(top)
    width = 3.5 + 0.75 * max(len(items), 3)
    height = 2.8 + 0.42 * max(len(names), 2)
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained", facecolor="white")
    ax = fig.add_subplot()
    title = "Where the class differs from the key"
    if not items:
        ax.set_axis_off()
        ax.set_title(f"{title}: nowhere", fontsize=palette.CHART_TITLE_SIZE, loc="left")
        return fig
    image = ax.imshow(values, cmap=_SCALE, vmin=0, vmax=1, aspect="auto")
    for row, line in enumerate(values):
        for column, value in enumerate(line):
            if value not in _MARKS:
                continue  # agreement stays blank: most cells, and the marks stand out
            ax.text(
                column,
                row,
                _MARKS[value],
                ha="center",
                va="center",
                fontsize=palette.CHART_FONT_SIZE,
                color="white" if value > 0.6 else palette.TEXT,
            )
    ax.set_xticks(range(len(items)), items, rotation=40, ha="right", fontsize=11)
    ax.set_yticks(range(len(names)), names, fontsize=12)
    ax.set_title(title, fontsize=palette.CHART_TITLE_SIZE, loc="left", pad=12)
    bar = fig.colorbar(image, ax=ax, ticks=[0, 0.5, 1], shrink=0.8)
    bar.ax.set_yticklabels(["blank: agrees", "½ other speaker/voice", "× only one marked it"])
    return fig
