"""Five widgets for the lessons: explore, ledger, lexicon editor, compare, rewrite lab.

Each function returns a `KitWidget` (an ipywidgets ``VBox``) and works with no
arguments: the bundled texts (the seed first) and the packaged lexicon. Give
your own articles (texts, `Article` or `Analysis` objects, a list of them, or a
dict of name to article) and your own lexicon to use those instead.

The widgets hold no logic of their own: every control calls `framing.analyze`
and a function of `framing.render` or `framing.charts`, and puts the HTML it
returns on screen. A problem (an empty text box, a file name that is taken) is
shown inside the widget as one plain sentence, never as a traceback.

``annotator()`` (from `framing.widgets_annotate`) lets students mark an article
themselves first, then reveal the kit's reading and the key's.

Code and tests reach the parts of a widget by name: ``w.controls["article"]``
is a control (set its ``.value`` to change it, or ``.click()`` a button),
``w.view`` is the main display (an ``HTML`` widget, read ``.value``), and
``w.message`` shows problems and confirmations.

What it can not tell you: a widget shows the same counts as the functions it
calls, with the same limits; clicking through them is a way to ask questions of
an article, not a way to answer them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from html import escape
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import ipywidgets as widgets

from . import render
from .analysis import Analysis, analyze
from .corpus import list_seeds, load_seed
from .errors import FramingError
from .lexicon import CATEGORIES, GROUPS, Lexicon, count_by, load_lexicon
from .palette import VOICE_NAMES, VOICES
from .text import Article
from .widgets_annotate import annotator

__all__ = [
    "KitWidget",
    "annotator",
    "article_explorer",
    "check",
    "compare_view",
    "lexicon_editor",
    "progress",
    "rewrite_lab",
    "source_ledger",
    "working_bar",
]

T = TypeVar("T")
ArticleLike = str | Article | Analysis
Articles = ArticleLike | Iterable[ArticleLike] | Mapping[str, ArticleLike] | None

_OWN_TEXT = "Your own text…"
_EVERYONE = "Everyone"


class KitWidget(widgets.VBox):
    """A box of controls and displays, with its parts reachable by name.

    ``controls`` maps names to the input widgets; ``view`` is the main HTML
    display; ``message`` shows problems and confirmations in plain words.
    """

    def __init__(
        self,
        children: Iterable[widgets.Widget],
        *,
        controls: Mapping[str, Any],
        view: widgets.HTML,
        message: widgets.HTML,
        state: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(children=tuple(children))
        self.controls = MappingProxyType(dict(controls))
        self.view = view
        self.message = message
        self._state = state if state is not None else {}

    @property
    def lexicon(self) -> Lexicon | None:
        """The lexicon the widget uses now (the lexicon editor's includes your edits)."""
        return self._state.get("lexicon")


# --- shared wiring ----------------------------------------------------------------------------


class _Library:
    """The articles one widget offers, analysed on first use and kept while the lexicon stays."""

    def __init__(self, articles: Articles, lexicon: Lexicon | None) -> None:
        self.items = _labelled(articles)
        self.explicit_lexicon = lexicon
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self._cache: dict[str, Analysis] = {}
        self.corrections: dict[str, Mapping[str, Any]] = {}  # label -> annotation (a key)

    @property
    def labels(self) -> list[str]:
        return list(self.items)

    def set_lexicon(self, lexicon: Lexicon) -> None:
        if lexicon is not self.lexicon:
            self.lexicon = lexicon
            self.explicit_lexicon = lexicon
            self._cache.clear()

    def analysis(self, label: str) -> Analysis:
        found = self._cache.get(label)
        if found is None:
            item = self.items[label]
            if isinstance(item, Analysis) and self.explicit_lexicon in (None, item.lexicon):
                found = item  # keep its lexicon and any overrides
            else:
                article = item.article if isinstance(item, Analysis) else item
                found = analyze(article, lexicon=self.lexicon)
            if label in self.corrections:
                found = found.corrected(self.corrections[label])
            self._cache[label] = found
        return found

    def correct(self, label: str, path: str) -> None:
        """Follow the annotation in the file at ``path`` (a key) for this article."""
        from .annotation import read_annotation

        if label not in self.items:
            raise FramingError("A correction is for one of the listed articles: pick one first.")
        self.corrections[label] = read_annotation(path.strip(), self.analysis(label).article)
        self._cache.pop(label, None)


def _correction_row(
    library: _Library, picker: widgets.Dropdown, message: widgets.HTML, redraw: Callable[[], None]
) -> tuple[widgets.Text, widgets.Button, widgets.Box]:
    """A file box and a button: load a correction (an annotation, such as a key) and redraw."""
    path = widgets.Text(description="Correction", placeholder="a key or annotation, .json")
    button = widgets.Button(description="Apply correction", layout=widgets.Layout(width="auto"))

    def apply() -> None:
        library.correct(picker.value, path.value)
        redraw()
        message.value = render.message(
            f"The counts now follow {path.value.strip()} where it speaks, and the kit elsewhere."
        )

    button.on_click(_guarded(message, lambda _button: apply()))
    return path, button, _row([path, button])


def _labelled(articles: Articles) -> dict[str, Article | Analysis]:
    if articles is None:
        pairs: list[tuple[str | None, Any]] = [(None, load_seed(n)) for n in list_seeds()]
    elif isinstance(articles, (str, Article, Analysis)):
        pairs = [(None, articles)]
    elif isinstance(articles, Mapping):
        pairs = [(str(k), v) for k, v in articles.items()]
    elif isinstance(articles, Iterable):
        pairs = [(None, item) for item in articles]
    else:
        raise FramingError(
            f"A widget takes an article, a list of articles or a dict of them, "
            f"not {type(articles).__name__}."
        )
    items: dict[str, Article | Analysis] = {}
    for number, (label, item) in enumerate(pairs, start=1):
        if isinstance(item, str):
            item = load_seed(item) if item in list_seeds() else Article(item)
        if not isinstance(item, (Article, Analysis)):
            raise FramingError(
                f"Article {number} is {type(item).__name__}; give a text, an Article "
                "or an analysis (framing.analyze(text))."
            )
        name = label or render.article_label(item, number)
        unique, copy = name, 2
        while unique in items:
            unique, copy = f"{name} ({copy})", copy + 1
        items[unique] = item
    if not items:
        raise FramingError("Give at least one article, for example framing.load_seed().")
    return items


def _guarded(
    message: widgets.HTML,
    action: Callable[..., Any],
    *,
    advice: str = "Try another choice, and tell your teacher what you clicked.",
) -> Callable[..., None]:
    """Run ``action``; show any problem in ``message`` as one sentence, never a traceback
    (``advice``: what a student can do when the kit itself fails)."""

    def run(*args: Any) -> None:
        try:
            action(*args)
        except FramingError as error:
            message.value = render.message(str(error), kind="error")
        except Exception as error:  # a bug in the kit must not reach a student as a traceback
            message.value = render.message(
                f"Something went wrong inside the kit ({type(error).__name__}). {advice}",
                kind="error",
            )

    return run


def _on_change(control: widgets.Widget, callback: Callable[..., None]) -> None:
    control.observe(lambda change: callback(), names="value")


def _checkboxes(options: Mapping[str, str]) -> dict[str, widgets.Checkbox]:
    return {
        key: widgets.Checkbox(
            value=True, description=label, indent=False, layout=widgets.Layout(width="auto")
        )
        for key, label in options.items()
    }


def _row(items: Iterable[widgets.Widget]) -> widgets.Box:
    items = list(items)
    for item in items:
        item.layout.margin = "2px 18px 2px 0"
    return widgets.Box(items, layout=widgets.Layout(display="flex", flex_flow="row wrap"))


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(value=f"<b>{escape(text)}</b>")


def _article_picker(library: _Library, *, extra: Iterable[str] = ()) -> widgets.Dropdown:
    options = [*library.labels, *extra]
    picker = widgets.Dropdown(options=options, value=options[0], description="Article")
    if len(options) < 2:
        picker.layout.display = "none"
    return picker


def _reset_choices(
    control: widgets.Widget, options: list[str], value: Any, busy: list[bool]
) -> None:
    """Give a choice new options without its observers redrawing the display on the way."""
    busy[0] = True
    try:
        control.options = options
        control.value = value
    finally:
        busy[0] = False


def _chosen(boxes: Mapping[str, widgets.Checkbox]) -> list[str] | None:
    """The ticked keys, or None when all are ticked (so the caption says nothing)."""
    ticked = [key for key, box in boxes.items() if box.value]
    return None if len(ticked) == len(boxes) else ticked


# --- progress, for work that takes more than a second ------------------------------------------

# A pasted text this long (about 17,000 words) takes around a second or more to analyse.
_LONG_TEXT = 100_000


def working_bar(description: str = "Analysing…") -> widgets.FloatProgress:
    """A full "working" bar, hidden until `_working` shows it around a long call.

    The analysis of one text does not report how far along it is, so the bar says
    that the kit is busy, not how much is left.
    """
    return widgets.FloatProgress(
        value=1.0,
        min=0.0,
        max=1.0,
        description=description,
        bar_style="info",
        layout=widgets.Layout(display="none", width="28em"),
    )


@contextmanager
def _working(bar: widgets.FloatProgress, size: int) -> Iterator[None]:
    if size < _LONG_TEXT:
        yield
        return
    bar.layout.display = ""
    try:
        yield
    finally:
        bar.layout.display = "none"


def progress(items: Iterable[T], *, description: str = "Working") -> Iterator[T]:
    """Go through ``items`` with a progress bar under the cell, for loops over many articles.

    >>> [n * 2 for n in progress([1, 2, 3], description="Doubling")]
    [2, 4, 6]
    """
    from IPython.display import display

    items = list(items)
    bar = widgets.IntProgress(
        value=0, min=0, max=max(1, len(items)), description=description, bar_style="info"
    )
    label = widgets.Label(f"0 of {len(items)}")
    box = widgets.HBox([bar, label])
    display(box)
    try:
        for done, item in enumerate(items, start=1):
            yield item
            bar.value, label.value = done, f"{done} of {len(items)}"
    finally:  # also when the loop stops early, or with an error
        box.close()


def check(exercise: str | int, **options: Any) -> Any:
    """`framing.grading.check`, with a "working" bar under the cell while the checks run.

    The checks take a few seconds (they run your file in a fresh, limited process), so the
    bar shows the kit is busy; it goes away when the verdict appears. ``options`` are
    `framing.grading.check`'s.
    """
    from IPython.display import display

    from .grading import check as run_checks

    bar = working_bar(f"Checking {exercise}…")
    bar.layout.display = ""
    display(bar)
    try:
        return run_checks(exercise, **options)
    finally:
        bar.close()


# --- 1. article explorer ----------------------------------------------------------------------


def article_explorer(articles: Articles = None, *, lexicon: Lexicon | None = None) -> KitWidget:
    """Pick an article (or paste your own), tick what to mark, and read it highlighted.

    Controls: ``article`` (a dropdown; its last choice opens a box for your own
    text), ``text`` (that box), ``layers`` (quotes, terms, cues, reported speech),
    ``categories`` and ``voices`` (dicts of checkboxes), ``sources`` (a
    multiple choice; none chosen means everyone). A long pasted text shows a
    "working" bar while it is analysed.
    """
    library = _Library(articles, lexicon)
    controls = _explorer_controls(library)
    picker, text, sources = controls["article"], controls["text"], controls["sources"]
    view, message, busy = widgets.HTML(), widgets.HTML(), working_bar()
    own: dict[str, Analysis] = {}
    updating = [False]

    def current() -> Analysis | None:
        if picker.value != _OWN_TEXT:
            return library.analysis(picker.value)
        if not text.value.strip():
            return None
        if text.value not in own:
            own.clear()
            with _working(busy, len(text.value)):
                own[text.value] = analyze(text.value, lexicon=library.lexicon)
        return own[text.value]

    def show() -> None:
        if updating[0]:
            return
        message.value = ""
        analysis = current()
        if analysis is None:
            view.value = ""
            message.value = render.message(
                "Paste an article's text in the box, then click outside it to see it highlighted."
            )
            return
        view.value = render.highlight(analysis, **_explorer_choices(controls))

    def pick_article() -> None:
        text.layout.display = "" if picker.value == _OWN_TEXT else "none"
        analysis = current()
        names = [s.name for s in analysis.sources] if analysis else []
        _reset_choices(sources, names, (), updating)
        show()

    guarded_show, guarded_pick = _guarded(message, show), _guarded(message, pick_article)
    _on_change(picker, guarded_pick)
    _on_change(text, guarded_pick)
    for group in ("layers", "categories", "voices"):
        for box in controls[group].values():
            _on_change(box, guarded_show)
    _on_change(sources, guarded_show)
    guarded_pick()
    fix, apply, fix_row = _correction_row(library, picker, message, pick_article)
    controls = {**controls, "correction": fix, "apply_correction": apply}
    children = [
        picker,
        text,
        fix_row,
        _heading("Mark"),
        _row(controls["layers"].values()),
        _heading("Loaded terms of these kinds"),
        _row(controls["categories"].values()),
        _heading("In these voices"),
        _row(controls["voices"].values()),
        _heading("Only the words of these sources (choose none for everyone)"),
        sources,
        busy,
        message,
        view,
    ]
    state = {"lexicon": library.lexicon}
    return KitWidget(children, controls=controls, view=view, message=message, state=state)


def _explorer_controls(library: _Library) -> dict[str, Any]:
    layers = _checkboxes(
        {
            "quotes": "quotations",
            "terms": "loaded terms",
            "cues": "attribution verbs",
            "reported": "reported speech",
        }
    )
    layers["reported"].value = False
    return {
        "article": _article_picker(library, extra=[_OWN_TEXT]),
        "text": widgets.Textarea(
            placeholder="Paste an article here, then click outside the box.",
            continuous_update=False,
            layout=widgets.Layout(width="100%", height="12em", display="none"),
        ),
        "layers": layers,
        "categories": _checkboxes({c: CATEGORIES[c] for c in library.lexicon.categories}),
        "voices": _checkboxes({v: VOICE_NAMES[v] for v in VOICES}),
        "sources": widgets.SelectMultiple(
            options=[], description="Only", rows=5, layout=widgets.Layout(width="28em")
        ),
    }


def _explorer_choices(controls: Mapping[str, Any]) -> dict[str, Any]:
    """What the ticked boxes ask `render.highlight` to mark."""
    return {
        "show": [key for key, box in controls["layers"].items() if box.value],
        "categories": _chosen(controls["categories"]),
        "voices": _chosen(controls["voices"]),
        "sources": list(controls["sources"].value) or None,
    }


# --- 2. source ledger -------------------------------------------------------------------------


def source_ledger(
    articles: Articles = None, *, lexicon: Lexicon | None = None, chart: bool = True
) -> KitWidget:
    """Who gets a voice: the ledger table and a chart; pick a source to see only its words.

    Controls: ``article`` and ``source`` (dropdowns; "Everyone" shows all).
    Displays: ``table`` (the ledger), ``chart`` (an image; ``chart=False`` leaves
    it out) and ``view`` (the article with the chosen source's words marked).
    """
    library = _Library(articles, lexicon)
    picker = _article_picker(library)
    source = widgets.Dropdown(options=[_EVERYONE], value=_EVERYONE, description="Source")
    table, view, message = widgets.HTML(), widgets.HTML(), widgets.HTML()
    image = widgets.Image(format="png", layout=widgets.Layout(max_width="900px"))
    if not chart:
        image.layout.display = "none"
    pictures: dict[str, bytes] = {}
    updating = [False]

    def show() -> None:
        if updating[0]:
            return
        message.value = ""
        analysis = library.analysis(picker.value)
        chosen = None if source.value == _EVERYONE else [source.value]
        view.value = render.highlight(analysis, sources=chosen)

    def pick_article() -> None:
        analysis = library.analysis(picker.value)
        table.value = render.source_ledger(analysis)
        if chart:
            if picker.value not in pictures:
                from . import charts

                figure = charts.attributions_by_source(analysis)
                pictures[picker.value] = charts.to_png(figure)
            image.value = pictures[picker.value]
        names = [_EVERYONE, *(s.name for s in analysis.sources)]
        _reset_choices(source, names, _EVERYONE, updating)
        show()

    guarded_show, guarded_pick = _guarded(message, show), _guarded(message, pick_article)
    _on_change(picker, guarded_pick)
    _on_change(source, guarded_show)
    guarded_pick()

    def _redraw_corrected() -> None:
        pictures.pop(picker.value, None)
        pick_article()

    fix, apply, fix_row = _correction_row(library, picker, message, _redraw_corrected)
    controls = {"article": picker, "source": source, "table": table, "chart": image}
    controls |= {"correction": fix, "apply_correction": apply}
    children = [picker, fix_row, table, image, source, message, view]
    state = {"lexicon": library.lexicon}
    return KitWidget(children, controls=controls, view=view, message=message, state=state)


# --- 3. lexicon editor ------------------------------------------------------------------------


def lexicon_editor(
    articles: Articles = None,
    *,
    lexicon: Lexicon | None = None,
    path: str = "my_lexicon.csv",
) -> KitWidget:
    """Add, remove and re-categorise terms; watch the counts move; save and load your list.

    Controls: ``article`` (the article to count in), ``term``, ``category``,
    ``neutral``, ``note`` and the buttons ``add``, ``remove``, ``recategorize``,
    ``reset``; ``path``, ``replace`` (a checkbox you must tick to save over an
    existing file), ``save`` and ``load``. ``counts`` shows the table of counts, with
    loaded word choices, verbs and hedges, and contested labels counted apart; the
    widget's ``.lexicon`` is the edited lexicon, ready for the other widgets.
    """
    library = _Library(articles, lexicon)
    state: dict[str, Any] = {"lexicon": library.lexicon, "start": library.lexicon}
    controls = {"article": _article_picker(library), **_editor_controls(library.lexicon, path)}
    view, message = widgets.HTML(), widgets.HTML()
    show, actions = _editor_actions(library, state, controls, view, message)
    for name, action in actions.items():
        controls[name].on_click(_guarded(message, lambda _button, act=action: act()))
    guarded_show = _guarded(message, show)
    _on_change(controls["article"], guarded_show)
    _on_change(controls["category"], lambda *_: _neutral_hint(controls))
    guarded_show()
    c = controls
    children = [
        c["article"],
        _heading("Change the word list"),
        _row([c["term"], c["category"]]),
        _row([c["neutral"], c["note"]]),
        _row([c["add"], c["remove"], c["recategorize"], c["reset"]]),
        _heading("Save your word list, or load one"),
        _row([c["path"], c["replace"], c["save"], c["load"]]),
        message,
        c["counts"],
        view,
    ]
    return KitWidget(children, controls=controls, view=view, message=message, state=state)


def _editor_controls(start: Lexicon, path: str) -> dict[str, widgets.Widget]:
    """The lexicon editor's controls, by the names `lexicon_editor` documents."""
    return {
        "term": widgets.Combobox(
            options=sorted(e.term for e in start),
            placeholder="a word or phrase",
            description="Term",
            ensure_option=False,
        ),
        "category": widgets.Dropdown(
            options=[(name, key) for key, name in CATEGORIES.items()],
            value="label",
            description="Category",
        ),
        "neutral": widgets.Text(placeholder="a more neutral wording", description="Neutral"),
        "note": widgets.Text(placeholder="why it is loaded", description="Note"),
        "add": widgets.Button(description="Add or replace", icon="plus"),
        "remove": widgets.Button(description="Remove", icon="minus"),
        "recategorize": widgets.Button(description="Change category"),
        "reset": widgets.Button(description="Start again"),
        "path": widgets.Text(value=path, description="File"),
        "replace": widgets.Checkbox(value=False, description="Replace the file if it exists"),
        "save": widgets.Button(description="Save", icon="save"),
        "load": widgets.Button(description="Load", icon="folder-open"),
        "counts": widgets.HTML(),
    }


def _neutral_hint(controls: Mapping[str, widgets.Widget]) -> None:
    """A contested label has no neutral wording, only other words in use."""
    contested = controls["category"].value == "contested"
    controls["neutral"].placeholder = (
        "the other words in use" if contested else "a more neutral wording"
    )


def _group_change(before: Analysis, after: Analysis) -> str:
    """ "loaded word choices 3 → 4, ..." for each group either analysis has."""
    old, new = count_by(before.hits, "group"), count_by(after.hits, "group")
    parts = [
        f"{name.lower()} {old.get(group, 0)} → {new.get(group, 0)}"
        for group, name in GROUPS.items()
        if old.get(group) or new.get(group)
    ]
    return "; ".join(parts) or "none before, none now"


def _editor_actions(library, state, controls, view, message):
    """The lexicon editor's display and its button actions, by control name."""
    term, category = controls["term"], controls["category"]

    def show() -> None:
        analysis = library.analysis(controls["article"].value)
        controls["counts"].value = render.term_counts(analysis)
        view.value = render.highlight(analysis, show=("terms", "quotes"))

    def use(new: Lexicon, done: str) -> None:
        before = library.analysis(controls["article"].value)
        library.set_lexicon(new)
        state["lexicon"] = new
        term.options = sorted(e.term for e in new)
        show()
        after = library.analysis(controls["article"].value)
        message.value = render.message(f"{done} In this article: {_group_change(before, after)}.")

    def typed() -> str:
        if not term.value.strip():
            raise FramingError("Type a word or phrase in the Term box first.")
        return term.value.strip()

    def add() -> None:
        word = typed()
        extra = {"neutral": controls["neutral"].value, "note": controls["note"].value}
        new = state["lexicon"].with_term(word, category.value, **extra)
        use(new, f"Added “{word.lower()}” as {CATEGORIES[category.value]}.")

    def recategorize() -> None:
        word = typed()
        new = state["lexicon"].recategorized(word, category.value)
        use(new, f"“{word.lower()}” is now in {CATEGORIES[category.value]}.")

    def chosen_path() -> Path:
        if not controls["path"].value.strip():
            raise FramingError("Type a file name first, such as my_lexicon.csv.")
        return Path(controls["path"].value.strip()).expanduser()

    def save() -> None:
        target, replace = chosen_path(), controls["replace"]
        if target.exists() and not replace.value:
            raise FramingError(
                f'There is already a file called "{target}". Pick another name, or tick '
                '"Replace the file if it exists" and click Save again.'
            )
        written = state["lexicon"].save(target, overwrite=replace.value)
        replace.value = False  # each replacement needs its own tick
        message.value = render.message(
            f"Saved {len(state['lexicon'])} terms to {written} "
            f"(in the folder {written.resolve().parent})."
        )

    actions = {
        "add": add,
        "remove": lambda: use(state["lexicon"].without(typed()), f"Removed “{typed().lower()}”."),
        "recategorize": recategorize,
        "reset": lambda: use(state["start"], "Back to the lexicon you started with."),
        "save": save,
        "load": lambda: use(load_lexicon(chosen_path()), f"Loaded {chosen_path()}."),
    }
    return show, actions


# --- 4. compare -------------------------------------------------------------------------------


def compare_view(
    articles: Articles = None,
    *,
    lexicon: Lexicon | None = None,
    selected: Iterable[str] | None = None,
    chart: bool = False,
) -> KitWidget:
    """Two to four articles side by side: loaded terms, who gets a voice, verbs.

    Controls: ``articles`` (a multiple choice: pick two to four; ``selected``
    picks them at the start, by default the first three) and ``chart`` (a
    checkbox that adds the comparison chart, off by default as it is slower).
    """
    library = _Library(articles, lexicon)
    labels = library.labels
    first = list(selected) if selected is not None else labels[:3]
    unknown = [s for s in first if s not in labels]
    if unknown:
        raise FramingError(
            f'No article called "{unknown[0]}" here. Choose from: {", ".join(labels)}.'
        )
    choice = widgets.SelectMultiple(
        options=labels,
        value=first,
        rows=min(8, len(labels)),
        description="Articles",
        layout=widgets.Layout(width="32em"),
    )
    show_chart = widgets.Checkbox(value=chart, description="Show the chart too")
    image = widgets.Image(format="png", layout=widgets.Layout(display="none", max_width="1200px"))
    view, message = widgets.HTML(), widgets.HTML()

    def show() -> None:
        message.value = ""
        picked = list(choice.value)
        if not 2 <= len(picked) <= 4:
            view.value = ""
            image.layout.display = "none"
            raise FramingError(
                f"Pick two to four articles (you picked {len(picked)}); "
                "hold Ctrl, or ⌘ on a Mac, to pick more than one."
            )
        from .comparison import compare

        table = compare({label: library.analysis(label) for label in picked})
        view.value = render.compare_table(table)
        if show_chart.value:
            from . import charts

            image.value = charts.to_png(charts.comparison(table))
            image.layout.display = ""
        else:
            image.layout.display = "none"

    guarded = _guarded(message, show)
    _on_change(choice, guarded)
    _on_change(show_chart, guarded)
    guarded()
    controls = {"articles": choice, "chart": show_chart, "image": image}
    children = [choice, show_chart, message, view, image]
    state = {"lexicon": library.lexicon}
    return KitWidget(children, controls=controls, view=view, message=message, state=state)


# --- 5. rewrite lab ---------------------------------------------------------------------------


def _loaded_paragraph(analysis: Analysis) -> str:
    """The body paragraph with the most loaded terms in the outlet's own words."""
    outlet = [h.paragraph for h in analysis.hits if h.voice == "outlet"]
    headline = analysis.article.headline
    body = [p for p in analysis.article.paragraphs if headline is None or p.index != headline.index]
    best = max(body, key=lambda p: (outlet.count(p.index), -p.index))
    return best.text


def _debounced(delay: float, action: Callable[[], None]) -> Callable[[], None]:
    """Call ``action`` once typing pauses for ``delay`` seconds (at once outside a kernel)."""
    pending: list[asyncio.TimerHandle] = []

    def schedule() -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a script or a test): update at once
            action()
            return
        while pending:
            pending.pop().cancel()
        if delay <= 0:
            action()
        else:
            pending.append(loop.call_later(delay, action))

    return schedule


def rewrite_lab(
    text: str | None = None,
    *,
    lexicon: Lexicon | None = None,
    debounce: float = 0.3,
) -> KitWidget:
    """Rewrite a loaded paragraph and watch its loaded terms, their voices and counts change.

    ``text`` is the starting paragraph (by default the seed's paragraph with the
    most loaded terms in the outlet's own words). The ``text`` control is a text
    area; the display updates ``debounce`` seconds after typing stops. ``reset``
    is a button that brings the starting text back. ``terms`` lists each loaded
    term with a more neutral wording to try.
    """
    lexicon = lexicon if lexicon is not None else load_lexicon()
    if text is None:
        text = _loaded_paragraph(analyze(load_seed(), lexicon=lexicon))
    box = widgets.Textarea(
        value=text, continuous_update=True, layout=widgets.Layout(width="100%", height="9em")
    )
    reset = widgets.Button(description="Start again")
    terms, view, message = widgets.HTML(), widgets.HTML(), widgets.HTML()
    started: list[int] = []  # loaded terms in the starting text, counted once

    def show() -> None:
        message.value = ""
        if not started:
            started.append(len(analyze(text, lexicon=lexicon).hits) if text.strip() else 0)
        if not box.value.strip():
            view.value = terms.value = ""
            message.value = render.message(
                "The box is empty. Type or paste a paragraph to see its loaded words."
            )
            return
        analysis = analyze(box.value, lexicon=lexicon)
        view.value = render.highlight(analysis, legend=False)
        terms.value = render.terms_table(analysis)
        message.value = render.message(
            f"Loaded terms now: {len(analysis.hits)}. In the starting text: {started[0]}."
        )

    guarded = _guarded(message, show)
    _on_change(box, _debounced(debounce, guarded))

    def do_reset(_button=None) -> None:
        box.value = text

    reset.on_click(_guarded(message, do_reset))
    guarded()
    controls = {"text": box, "reset": reset, "terms": terms}
    children = [
        _heading("Rewrite the paragraph: can you keep the facts and lose the loaded words?"),
        box,
        reset,
        message,
        view,
        terms,
    ]
    state = {"lexicon": lexicon}
    return KitWidget(children, controls=controls, view=view, message=message, state=state)


# One quote, many outlets (issue 20) has its own module and shares the guard above.
guarded = _guarded
from .widgets_align import quote_aligner  # noqa: E402, F401
