"""Charts: titled, labelled, the expected bars in the palette's colours, no pyplot.

Figures are drawn here through ``FigureCanvasAgg`` only; the kit itself never picks a backend.
"""

from __future__ import annotations

import doctest
import subprocess
import sys
from collections import Counter

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from framing import analyze, charts, load_seed
from framing.analysis import voice_group
from framing.comparison import compare
from framing.lexicon import per_thousand
from framing.palette import CHART_TITLE_SIZE, SOURCE_TYPE_COLOURS, VOICE_COLOURS

# Written for these tests: three sources of three types, quotes, loaded words in two voices.
DEPOT = (
    "Council Shuts Notorious Depot\n"
    '"The depot costs more than it is worth," said Mayor Ana Ruiz. '
    "Union leader Tom Baker warned that the reckless closure would hurt drivers. "
    '"It is a shameful betrayal," he said. '
    "Transport expert Lena Fischer noted that most cities had closed such depots. "
    "The notorious depot will close in June."
)


@pytest.fixture(scope="module")
def seed():
    return analyze(load_seed())


@pytest.fixture(scope="module")
def depot():
    return analyze(DEPOT)


def drawn(figure: Figure) -> Figure:
    FigureCanvasAgg(figure).draw()  # raises if anything cannot be drawn
    return figure


def assert_readable(figure: Figure) -> None:
    assert isinstance(figure, Figure)
    for ax in figure.axes:
        assert ax.get_title(loc="left"), "every panel has a title"
        assert ax.get_xlabel(), "every panel labels its x axis"
        title = ax.get_title(loc="left")
        sizes = [
            t.get_fontsize()
            for t in ax.get_children()
            if getattr(t, "get_text", None) and t.get_text() == title
        ]
        assert max(sizes) >= CHART_TITLE_SIZE - 1
        for label in ax.get_yticklabels():
            assert label.get_fontsize() >= 14  # readable on a projector


@pytest.mark.parametrize("name", ["seed", "depot"])
def test_attributions_by_source(name, request):
    analysis = request.getfixturevalue(name)
    figure = drawn(charts.attributions_by_source(analysis))
    assert_readable(figure)
    ax = figure.axes[0]
    assert ax.get_ylabel() == "Source"
    assert len(ax.patches) == len(analysis.attributions_per_source())
    types = {s.name: s.type for s in analysis.sources}
    labels = [t.get_text() for t in ax.get_yticklabels()]
    for label, bar in zip(labels, ax.patches, strict=True):
        assert to_hex(bar.get_facecolor()).upper() == SOURCE_TYPE_COLOURS[types[label]].upper()
        assert bar.get_width() == analysis.attributions_per_source()[label]
    assert ax.get_legend() is not None


def test_attributions_by_source_keeps_the_top(seed):
    ax = charts.attributions_by_source(seed, top=3).axes[0]
    assert len(ax.patches) == 3
    assert "top 3 of" in ax.get_ylabel()


@pytest.mark.parametrize("name", ["seed", "depot"])
def test_quoted_words_by_type(name, request):
    analysis = request.getfixturevalue(name)
    figure = drawn(charts.quoted_words_by_type(analysis))
    assert_readable(figure)
    types = {s.name: s.type for s in analysis.sources}
    words = Counter()
    for speaker, count in analysis.words_quoted_per_source().items():
        words[types.get(speaker, "unknown")] += count
    ax = figure.axes[0]
    assert len(ax.patches) == len(words)
    assert sorted(bar.get_width() for bar in ax.patches) == sorted(words.values())


@pytest.mark.parametrize("name", ["seed", "depot"])
def test_loaded_terms_by_category_and_voice(name, request):
    analysis = request.getfixturevalue(name)
    figure = drawn(charts.loaded_terms(analysis))
    assert_readable(figure)
    ax = figure.axes[0]
    pairs = {(h.category, voice_group(h)) for h in analysis.hits}
    assert len(ax.patches) == len(pairs)
    assert ax.get_xlabel() == "Loaded terms per 1,000 words"
    colours = {to_hex(bar.get_facecolor()).upper() for bar in ax.patches}
    assert colours <= {c.upper() for c in VOICE_COLOURS.values()}
    counts = Counter((h.category, voice_group(h)) for h in analysis.hits)
    expected = sum(per_thousand(n, analysis.word_count) for n in counts.values())
    assert sum(bar.get_width() for bar in ax.patches) == pytest.approx(expected)


def test_empty_articles_get_a_message_not_an_empty_plot():
    calm = analyze("The council met on Tuesday. The depot will close in June.")
    for make in (charts.attributions_by_source, charts.quoted_words_by_type, charts.loaded_terms):
        figure = drawn(make(calm))
        assert_readable(figure)
        assert not figure.axes[0].patches
        assert figure.axes[0].texts  # says why there are no bars


def test_comparison_of_several_articles(seed, depot):
    figure = drawn(
        charts.comparison({"seed": seed, "depot": depot, "wire": load_seed("cecot-wire")})
    )
    assert_readable(figure)
    assert [ax.get_title(loc="left") for ax in figure.axes] == [
        "Loaded words",
        "Who gets a voice",
        "Whose words are quoted",
    ]
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["seed", "depot", "wire"]
    assert figure.axes[0].patches  # bars for the terms
    for ax in figure.axes[1:]:  # shares add up to 100% for each article
        widths = Counter()
        for bar in ax.patches:
            widths[round(bar.get_y() + bar.get_height() / 2)] += bar.get_width()
        assert all(total == pytest.approx(100, abs=0.5) for total in widths.values())


def test_comparison_takes_a_compare_table(seed, depot):
    table = compare([seed, depot])
    assert len(charts.comparison(table).axes) == 3


def test_to_png():
    png = charts.to_png(charts.loaded_terms(DEPOT))
    assert png.startswith(b"\x89PNG")


def test_charts_never_touch_pyplot_or_the_backend():
    code = (
        "import sys, matplotlib; raw = lambda: dict.__getitem__(matplotlib.rcParams, 'backend'); "
        "before = raw(); import framing.charts as c; "
        "c.to_png(c.loaded_terms('The notorious plan failed.')); "
        "print('matplotlib.pyplot' in sys.modules, raw() == before)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_docstring_examples():
    assert doctest.testmod(charts, optionflags=doctest.ELLIPSIS).failed == 0


def test_comparison_counts_word_choices_apart_from_verbs_hedges_and_contested_labels():
    texts = {
        "verbs": "Officials reportedly claimed the regime insisted it was calm.",
        "words": "Critics slammed the absurd plan.",
    }
    fig = charts.comparison(texts)
    panel = fig.axes[0]
    assert "apart" in panel.get_xlabel()
    widths = [bar.get_width() for bar in panel.patches]
    assert len(widths) == 1  # only the article with loaded word choices has a bar
