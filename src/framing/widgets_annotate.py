"""The annotator: students mark the article themselves first, then reveal the kit and the key.

``annotator()`` shows a bundled text (or the article you give) as words a student
can select with the mouse (drag, or shift+click) or the keyboard (Tab into the
article; ← → move, Shift+← → extend, Home/End jump), and mark as a quotation (Q),
an attributed sentence (S) or a loaded word (W), or unmark (X); the same actions
are buttons. Every mark carries its label in words, so no colour is needed to
read it. ``.annotation`` is the student's work as a dict in the gold schema of
``seeds/*.gold.json``; "Save" writes it as JSON (never over a file unless the
student ticks "replace"), "Load" reads one back. "Reveal" then shows, in turn,
the student's marks, the kit's analysis and the teacher's key (the bundled key
of a seed, or one loaded from a file), with agreement per layer in words and
numbers, and each difference as a question.

The front end is a small ES module given to anywidget (no build step, nothing
fetched at run time); it draws the words with ``textContent``, so article text
is never read as HTML, and it sends only the selection and the key pressed.
Everything else happens here in Python, in `framing.annotation`.

What it can not tell you: the kit and the key are two readings, not the truth;
the reveal is where the discussion starts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from html import escape
from types import MappingProxyType
from typing import Any

import anywidget
import ipywidgets as widgets
import traitlets

from . import render
from .analysis import analyze
from .annotation import (
    MARK_KINDS,
    OUTLET,
    agreement,
    annotation_from_analysis,
    annotation_from_marks,
    line_starts,
    marks_from_annotation,
    quotation_span,
    read_annotation,
    save_annotation,
    tokens,
)
from .corpus import list_seeds, load_gold, load_seed
from .errors import FramingError
from .lexicon import CATEGORIES
from .text import Article
from .wording import shorten

__all__ = ["Annotator", "ArticleMarker", "annotation_html", "annotator"]

_OUTLET_LABEL = "the outlet (its own words)"
_LAYERS = ("Your marks", "The kit", "The key")
# Capitalised runs of two words or more: the names a student may pick as speakers.
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'-]+)+")

_ESM = r"""
const ACTIONS = { q: "quote", s: "attribution", w: "word", x: "remove", delete: "remove" };

function render({ model, el }) {
  const article = document.createElement("div");
  article.className = "fk-annotator-text";
  article.tabIndex = 0;
  article.setAttribute("role", "group");
  article.setAttribute("data-lm-suppress-shortcuts", "true");
  article.setAttribute("aria-label", model.get("label"));
  const status = document.createElement("p");
  status.className = "fk-annotator-status";
  status.setAttribute("aria-live", "polite");
  el.append(article, status);
  let spans = [];
  let [anchor, cursor] = model.get("selection");
  let dragging = false;

  function draw() {
    const tokens = model.get("tokens");
    const kinds = tokens.map(() => []);
    const tags = tokens.map(() => []);
    for (const mark of model.get("marks")) {
      for (let i = mark.first; i <= mark.last; i++) kinds[i].push("fk-" + mark.kind);
      tags[mark.last].push(mark.label);
    }
    article.replaceChildren();
    spans = [];
    let paragraph = null;
    let line = -1;
    tokens.forEach(([text, tokenLine, spaced], i) => {
      if (tokenLine !== line) {
        paragraph = document.createElement("p");
        article.append(paragraph);
        line = tokenLine;
      } else if (spaced) {
        paragraph.append(document.createTextNode(" "));
      }
      const span = document.createElement("span");
      span.textContent = text;
      span.dataset.i = String(i);
      span.className = ["fk-token", ...kinds[i]].join(" ");
      paragraph.append(span);
      spans.push(span);
      for (const label of tags[i]) {
        const tag = document.createElement("span");
        tag.className = "fk-tag";
        tag.textContent = "[" + label + "]";
        paragraph.append(tag);
      }
    });
    paint();
  }

  function paint() {
    const lo = Math.min(anchor, cursor);
    const hi = Math.max(anchor, cursor);
    spans.forEach((span, i) => {
      span.classList.toggle("fk-selected", i >= lo && i <= hi);
      span.classList.toggle("fk-cursor", i === cursor);
    });
    const words = spans.slice(lo, hi + 1).map((s) => s.textContent).join(" ");
    status.textContent = "Selected: " + (words.length > 90 ? words.slice(0, 90) + "…" : words);
  }

  function commit() {
    model.set("selection", [anchor, cursor]);
    model.save_changes();
  }

  function tokenOf(event) {
    const i = event.target && event.target.dataset ? event.target.dataset.i : undefined;
    return i === undefined ? null : Number(i);
  }

  article.addEventListener("mousedown", (event) => {
    const i = tokenOf(event);
    if (i === null) return;
    event.preventDefault();
    article.focus();
    cursor = i;
    if (!event.shiftKey) anchor = i;
    dragging = true;
    paint();
  });
  article.addEventListener("mouseover", (event) => {
    const i = tokenOf(event);
    if (dragging && i !== null) {
      cursor = i;
      paint();
    }
  });
  const release = () => {
    if (dragging) {
      dragging = false;
      commit();
    }
  };
  document.addEventListener("mouseup", release);

  article.addEventListener("keydown", (event) => {
    const last = spans.length - 1;
    const moves = { ArrowRight: cursor + 1, ArrowLeft: cursor - 1, Home: 0, End: last };
    const key = event.key.toLowerCase();
    if (event.key in moves) {
      cursor = Math.max(0, Math.min(last, moves[event.key]));
      if (!event.shiftKey) anchor = cursor;
      spans[cursor].scrollIntoView({ block: "nearest" });
      paint();
      commit();
    } else if (event.key === "Escape") {
      anchor = cursor;
      paint();
      commit();
    } else if (key in ACTIONS && !event.ctrlKey && !event.metaKey && !event.altKey) {
      commit();
      // The selection travels with the action: ipywidgets may hold back state updates
      // while the kernel is busy, and a message sent now could arrive before them.
      model.send({ action: ACTIONS[key], selection: [anchor, cursor] });
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });

  model.on("change:tokens", draw);
  model.on("change:marks", draw);
  model.on("change:selection", () => {
    [anchor, cursor] = model.get("selection");
    paint();
  });
  draw();
  return () => document.removeEventListener("mouseup", release);
}

export default { render };
"""

_CSS = """
.fk-annotator-text { font-size: 1.05em; line-height: 1.9; max-height: 32em; overflow-y: auto;
  padding: .4em .8em; border: 1px solid #4D4D4D; background: #FFFFFF; color: #1A1A1A;
  user-select: none; }
.fk-annotator-text:focus { outline: 3px solid #0072B2; outline-offset: 2px; }
.fk-annotator-text p { margin: 0 0 .7em 0; }
.fk-token { cursor: text; padding: 0 1px; }
.fk-token.fk-selected { background: #CCE3F2; outline: 1px solid #0072B2; }
.fk-annotator-text:focus .fk-token.fk-cursor { outline: 2px dashed #1A1A1A; }
.fk-token.fk-quote { text-decoration: underline double; text-underline-offset: 3px; }
.fk-token.fk-attribution { border-bottom: 2px dotted #4D4D4D; }
.fk-token.fk-word { font-weight: bold; font-style: italic; }
.fk-tag { font-size: .75em; color: #4D4D4D; margin: 0 .3em; white-space: nowrap; }
.fk-annotator-status { color: #4D4D4D; margin: .3em 0; min-height: 1.4em; }
"""


class ArticleMarker(anywidget.AnyWidget):
    """The article as words to select. ``selection`` is [anchor, cursor] (token indices);
    ``marks`` is what to draw; a key press arrives as a message ``{"action": ...}``."""

    _esm = _ESM
    _css = _CSS
    tokens = traitlets.List().tag(sync=True)  # [text, line, space before] per token
    marks = traitlets.List().tag(sync=True)  # {first, last, kind, label} per mark
    selection = traitlets.List([0, 0]).tag(sync=True)
    label = traitlets.Unicode(
        "Article. Arrow keys move, Shift and arrows select; Q quotation, S attributed "
        "sentence, W loaded word, X unmark."
    ).tag(sync=True)


class Annotator(widgets.VBox):
    """The annotator's parts, reachable by name like the kit's other widgets: ``controls``,
    ``marker`` (the article), ``view`` (the reveal), ``message``; ``annotation`` is the
    student's work in the gold schema."""

    def __init__(self, articles: Mapping[str, Article], keys: Mapping[str, Any]) -> None:
        super().__init__()
        self.articles = dict(articles)
        self.answer_keys = dict(keys)
        self.marks: dict[str, list[dict[str, Any]]] = {label: [] for label in self.articles}
        self.marker = ArticleMarker()
        self.view, self.message, self.marks_list = widgets.HTML(), widgets.HTML(), widgets.HTML()
        self.controls = MappingProxyType(self._controls())
        self._offsets: list[tuple[int, int]] = []
        self._load_asked = False
        self._kit: dict[str, dict[str, Any]] = {}  # the kit's reading, made on first reveal
        self._wire()
        self.children = self._layout()
        self._show_article()

    # -- state ------------------------------------------------------------------------------
    @property
    def article(self) -> Article:
        return self.articles[self.controls["article"].value]

    @property
    def annotation(self) -> dict[str, Any]:
        """The student's marks as an annotation (the gold schema of ``seeds/*.gold.json``)."""
        label = self.controls["article"].value
        result = annotation_from_marks(
            self.article, self.marks[label], student=self.controls["student"].value.strip()
        )
        result["article"] = {"file": label}
        return result

    def selected_span(self) -> tuple[int, int]:
        """The characters the student has selected."""
        first, last = sorted(self.marker.selection)
        first = max(0, min(first, len(self._offsets) - 1))
        last = max(0, min(last, len(self._offsets) - 1))
        return self._offsets[first][0], self._offsets[last][1]

    # -- building ---------------------------------------------------------------------------
    def _controls(self) -> dict[str, widgets.Widget]:
        labels = list(self.articles)
        categories = {name: key for key, name in CATEGORIES.items() if key != "verb-neutral"}

        def button(text: str, tip: str) -> widgets.Button:
            return widgets.Button(description=text, tooltip=tip, layout={"width": "auto"})

        return {
            "article": widgets.Dropdown(options=labels, value=labels[0], description="Article"),
            "student": widgets.Text(
                description="Your name",
                style={"description_width": "initial"},
                placeholder="optional",
            ),
            "speaker": widgets.Combobox(
                description="Who speaks",
                style={"description_width": "initial"},
                placeholder="pick a name in the text, or type one",
                ensure_option=False,
                layout={"width": "32em"},
            ),
            "category": widgets.Dropdown(
                options=categories,
                value="descriptor",
                description="Word kind",
                style={"description_width": "initial"},
            ),
            "voice": widgets.Combobox(
                description="Whose words",
                style={"description_width": "initial"},
                value=_OUTLET_LABEL,
                placeholder="the outlet, or a speaker's name",
                ensure_option=False,
                layout={"width": "32em"},
            ),
            "quote": button("Mark quotation (Q)", "The selected words are a quotation"),
            "attribution": button(
                "Mark attributed sentence (S)", "The sentence gives the speaker a voice"
            ),
            "word": button("Mark loaded word (W)", "The selected words carry a judgement"),
            "remove": button("Unmark (X)", "Remove the marks on the selected words"),
            "file": widgets.Text(
                value="my-annotation.json",
                description="File",
                placeholder="a file name, such as my-annotation.json",
            ),
            "replace": widgets.Checkbox(description="replace the file if it exists", indent=False),
            "save": button("Save", "Save your marks as JSON"),
            "load": button("Load", "Load marks saved before"),
            "reveal": button("Reveal", "Compare your marks with the kit and the key"),
            "layer": widgets.ToggleButtons(options=_LAYERS, value=_LAYERS[0], description="Show"),
            "key_file": widgets.Text(
                description="Key file",
                style={"description_width": "initial"},
                placeholder="optional: the key",
            ),
            "load_key": button("Load key", "Use the teacher's key from this file"),
        }

    def _layout(self) -> list[widgets.Widget]:
        c = self.controls
        help_text = (
            "<p>Read the article and mark it <b>before</b> you look at anything else. Select "
            "words with the mouse (drag, or Shift+click), or click in the article and use the "
            "arrow keys (Shift+arrows select more). Then press <b>Q</b> for a quotation, "
            "<b>S</b> for a sentence that gives someone a voice, <b>W</b> for a loaded word, "
            "<b>X</b> to unmark; the buttons do the same.</p>"
        )

        def row(*items: widgets.Widget) -> widgets.Box:
            for item in items:
                item.layout.margin = "3px 14px 3px 0"
            return widgets.Box(list(items), layout={"display": "flex", "flex_flow": "row wrap"})

        self._revealed = widgets.VBox([row(c["layer"]), row(c["key_file"], c["load_key"])])
        self._revealed.layout.display = "none"
        return [
            row(c["article"], c["student"]),
            widgets.HTML(help_text),
            self.marker,
            row(c["speaker"]),
            row(c["category"], c["voice"]),
            row(c["quote"], c["attribution"], c["word"], c["remove"]),
            self.marks_list,
            row(c["file"], c["replace"], c["save"], c["load"]),
            row(c["reveal"]),
            self._revealed,
            self.message,
            self.view,
        ]

    def _wire(self) -> None:
        c = self.controls
        actions: dict[str, Callable[[], None]] = {
            "quote": self.mark_quote,
            "attribution": self.mark_attribution,
            "word": self.mark_word,
            "remove": self.unmark,
        }
        for name, action in actions.items():
            c[name].on_click(self._safely(lambda _button, act=action: act()))
        self.marker.on_msg(self._safely(lambda _w, content, _b: self._pressed(content, actions)))
        c["save"].on_click(self._safely(lambda _b: self.save()))
        c["load"].on_click(self._safely(lambda _b: self.load()))
        c["reveal"].on_click(self._safely(lambda _b: self.reveal()))
        c["load_key"].on_click(self._safely(lambda _b: self.load_key()))
        c["layer"].observe(self._safely(lambda _change: self._show_reveal()), names="value")
        c["article"].observe(self._safely(lambda _change: self._show_article()), names="value")

    def _pressed(self, content: Mapping[str, Any], actions: Mapping[str, Callable[[], None]]):
        """A key pressed in the article: the selection it was pressed on, then the action."""
        selection = content.get("selection")
        if isinstance(selection, list) and len(selection) == 2:
            self.marker.selection = [int(i) for i in selection]
        actions[str(content.get("action"))]()

    def _safely(self, action: Callable[..., Any]) -> Callable[..., None]:
        """Run ``action``; a problem shows as one sentence in the widget, never a traceback."""
        from .widgets import guarded  # widgets imports this module

        advice = "Your marks are still here; save them, and tell your teacher what you clicked."
        return guarded(self.message, action, advice=advice)

    def _say(self, text: str, *, kind: str = "info") -> None:
        self.message.value = render.message(text, kind=kind)

    # -- marking ----------------------------------------------------------------------------
    def _add(self, mark: dict[str, Any], what: str) -> None:
        self.marks[self.controls["article"].value].append(mark)
        self._redraw()
        self._say(f"Marked {what}.")

    def _speaker(self, needed_for: str) -> str:
        name = " ".join(self.controls["speaker"].value.split())
        if not name:
            raise FramingError(f"Pick or type who speaks first, then mark the {needed_for}.")
        return name

    def mark_quote(self) -> None:
        """Mark the selected words as a quotation of the chosen speaker."""
        start, end = quotation_span(self.article.text, *self.selected_span())
        if start >= end:
            raise FramingError("Select the words inside the quotation marks, then mark them.")
        speaker = self._speaker("quotation")
        clip = self.article.text[start:end]
        self._add({"kind": "quote", "start": start, "end": end, "speaker": speaker}, f"“{clip}”")

    def mark_attribution(self) -> None:
        """Mark the sentence(s) around the selection as giving the chosen speaker a voice."""
        speaker = self._speaker("sentence")
        start, end = self.selected_span()
        sentences = [s for s in self.article.sentences if s.start < end and s.end > start]
        for sentence in sentences:
            mark = {"kind": "attribution", "start": sentence.start, "end": sentence.end}
            self.marks[self.controls["article"].value].append({**mark, "speaker": speaker})
        self._redraw()
        self._say(f"Marked {len(sentences)} sentence(s) as giving {speaker} a voice.")

    def mark_word(self) -> None:
        """Mark the selected words as loaded, with the chosen kind and voice."""
        start, end = self.selected_span()
        text = self.article.text
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if start >= end:
            raise FramingError("Select a word (or a few) to mark it as loaded.")
        voice = " ".join(self.controls["voice"].value.split())
        voice = OUTLET if voice in ("", _OUTLET_LABEL, OUTLET) else voice
        mark = {"kind": "word", "start": start, "end": end, "voice": voice}
        self._add({**mark, "category": self.controls["category"].value}, f"“{text[start:end]}”")

    def unmark(self) -> None:
        """Remove every mark that touches the selected words."""
        start, end = self.selected_span()
        marks = self.marks[self.controls["article"].value]
        kept = [m for m in marks if m["end"] <= start or m["start"] >= end]
        removed = len(marks) - len(kept)
        marks[:] = kept
        self._redraw()
        self._say(f"Removed {removed} mark(s)." if removed else "No marks on the selected words.")

    # -- files ------------------------------------------------------------------------------
    def save(self) -> None:
        """Save the annotation to the file named; an existing file only when "replace" is on."""
        path = save_annotation(
            self.annotation,
            self.controls["file"].value.strip() or "my-annotation.json",
            overwrite=self.controls["replace"].value,
        )
        count = len(self.marks[self.controls["article"].value])
        self._say(f"Saved {count} mark(s) to {path}. Click Reveal when you are ready.")

    def load(self) -> None:
        """Load marks saved before. They replace the marks on screen for that article, so
        when there are any, the first click asks and a second click loads."""
        path = self.controls["file"].value.strip()
        data = read_annotation(path)
        on_screen = len(self.marks[self.controls["article"].value])
        if on_screen and not self._load_asked:
            self._load_asked = True
            self._say(
                f"Loading replaces the {on_screen} mark(s) on screen. Save them first if you "
                "want to keep them, or click Load again to go ahead."
            )
            return
        label = str((data.get("article") or {}).get("file") or "")
        if label in self.articles and label != self.controls["article"].value:
            self.controls["article"].value = label
        data = read_annotation(path, self.article)
        self.marks[self.controls["article"].value] = marks_from_annotation(data, self.article)
        if data.get("student"):
            self.controls["student"].value = str(data["student"])
        self._redraw()
        self._say(f"Loaded {len(self.marks[self.controls['article'].value])} mark(s) from {path}.")

    def load_key(self) -> None:
        """Use the teacher's key from a file for this article."""
        key = read_annotation(self.controls["key_file"].value.strip(), self.article)
        self.answer_keys[self.controls["article"].value] = key
        self.controls["layer"].value = "The key"
        self._show_reveal()
        self._say("Loaded the key.")

    # -- drawing ----------------------------------------------------------------------------
    def _show_article(self) -> None:
        article = self.article
        text = article.text
        self._offsets = tokens(text)
        lines = line_starts(text)
        previous = 0
        rows = []
        for start, end in self._offsets:
            rows.append([text[start:end], bisect_right(lines, start) - 1, start > previous])
            previous = end
        self.marker.tokens = rows
        self.marker.selection = [0, 0]
        names = _names_in(article)
        self.controls["speaker"].options = names
        self.controls["voice"].options = [_OUTLET_LABEL, *names]
        self.view.value = ""
        self._revealed.layout.display = "none"
        self._redraw()

    def _redraw(self) -> None:
        self._load_asked = False  # the marks changed: ask again before a load replaces them
        starts = [s for s, _ in self._offsets]
        drawn = []
        items = []
        for mark in sorted(self.marks[self.controls["article"].value], key=_by_place):
            first = max(0, bisect_right(starts, mark["start"]) - 1)
            last = max(first, bisect_right(starts, mark["end"] - 1) - 1)
            label = _label(mark)
            drawn.append({"first": first, "last": last, "kind": mark["kind"], "label": label})
            words = self.article.text[mark["start"] : mark["end"]]
            items.append(f"<li>{escape(label)}: “{escape(_clip(words))}”</li>")
        self.marker.marks = drawn
        self.marks_list.value = (
            f"<details><summary>Your marks ({len(items)})</summary><ol>{''.join(items)}</ol>"
            "</details>"
        )
        if self._revealed.layout.display != "none":
            self._show_reveal()

    def reveal(self) -> None:
        """Show the comparison: the student's marks, the kit's and the key's, layer by layer."""
        self._revealed.layout.display = ""
        self._show_reveal()

    def _show_reveal(self) -> None:
        label = self.controls["article"].value
        article = self.article
        mine = self.annotation
        if label not in self._kit:
            self._kit[label] = annotation_from_analysis(analyze(article))
        kit = self._kit[label]
        key = self.answer_keys.get(label)
        parts = [agreement(mine, kit, article, other_name="the kit")._repr_html_()]
        if key is not None:
            parts.append(agreement(mine, key, article, other_name="the key")._repr_html_())
        else:
            parts.append("<p>There is no key for this article yet; load one to compare.</p>")
        shown = {"Your marks": mine, "The kit": kit, "The key": key}[self.controls["layer"].value]
        title = self.controls["layer"].value
        if shown is None:
            body = "<p>No key loaded.</p>"
        else:
            body = annotation_html(article, shown, title=title)
        self.view.value = f"<div class='fk fk-reveal'>{''.join(parts)}{body}</div>"


def _by_place(mark: Mapping[str, Any]) -> tuple[int, int]:
    return mark["start"], mark["end"]


def _clip(text: str, width: int = 70) -> str:
    return shorten(" ".join(text.split()), width)


def _label(mark: Mapping[str, Any]) -> str:
    kind = mark["kind"]
    if kind == "word":
        voice = mark.get("voice") or OUTLET
        whose = "the outlet" if voice == OUTLET else voice
        category = CATEGORIES.get(mark.get("category") or "", "loaded word")
        return f"loaded word: {category.lower()}, {whose}"
    who = mark.get("speaker") or "speaker not named"
    return f"{MARK_KINDS[kind]}: {who}"


def _names_in(article: Article) -> list[str]:
    """Names written in the article (runs of capitalised words, headline left out)."""
    body = article.text[article.headline.end :] if article.headline else article.text
    names: dict[str, None] = {}
    for match in _NAME.finditer(body):
        names.setdefault(match.group(0), None)
    return list(names)[:60]


def annotation_html(article: Article, annotation: Mapping[str, Any], *, title: str) -> str:
    """The article with one annotation's marks, each labelled in words after it (escaped)."""
    text = article.text
    marks = marks_from_annotation(annotation, article)
    offsets = tokens(text)
    starts = [s for s, _ in offsets]
    styles: list[set[str]] = [set() for _ in offsets]
    tags: list[list[str]] = [[] for _ in offsets]
    for mark in marks:
        first = max(0, bisect_right(starts, mark["start"]) - 1)
        last = max(first, bisect_right(starts, mark["end"] - 1) - 1)
        for i in range(first, last + 1):
            styles[i].add(mark["kind"])
        tags[last].append(_label(mark))
    css = {
        "quote": "text-decoration:underline double",
        "attribution": "border-bottom:2px dotted #4D4D4D",
        "word": "font-weight:bold;font-style:italic",
    }
    lines = line_starts(text)
    out: list[str] = []
    line = -1
    previous = 0
    for i, (start, end) in enumerate(offsets):
        here = bisect_right(lines, start) - 1
        if here != line:
            out.append("</p><p>" if line >= 0 else "<p>")
            line = here
        elif start > previous:
            out.append(" ")
        word = escape(text[start:end])
        style = ";".join(css[k] for k in sorted(styles[i]))
        out.append(f'<span style="{style}">{word}</span>' if style else word)
        out.extend(
            f'<span style="font-size:.75em;color:#4D4D4D">[{escape(tag)}]</span>' for tag in tags[i]
        )
        previous = end
    return (
        f"<h4>{escape(title)}</h4><div style='line-height:1.8;max-height:30em;overflow-y:auto;"
        f"border:1px solid #4D4D4D;padding:.4em .8em'>{''.join(out)}</p></div>"
    )


def annotator(article: Article | str | Iterable[Article | str] | None = None) -> Annotator:
    """Mark an article yourself, save your marks, then reveal the kit's and the key's.

    With no argument it offers the bundled texts (the seed first), each with its key;
    give an `Article`, a text, a bundled text's name, or a list of them, to use those.
    Controls: ``article``, ``student``, ``speaker``, ``category``, ``voice``, the buttons
    ``quote``, ``attribution``, ``word``, ``remove``, ``save``, ``load``, ``reveal``,
    ``load_key``; ``file``, ``replace``, ``layer`` and ``key_file``.
    """
    if article is None:
        chosen: list[Article | str] = list(list_seeds())
    elif isinstance(article, (str, Article)):
        chosen = [article]
    else:
        chosen = list(article)
    articles: dict[str, Article] = {}
    keys: dict[str, Any] = {}
    for number, item in enumerate(chosen, 1):
        if isinstance(item, str) and item in list_seeds():
            item = load_seed(item)
        if isinstance(item, str):
            item = Article(item)
        if not isinstance(item, Article):
            raise FramingError(
                f"Article {number} is {type(item).__name__}; give a text, an Article or the "
                "name of a bundled text."
            )
        label = item.name or f"article {number}"
        articles[label] = item
        if item.name in list_seeds():
            keys[label] = load_gold(item.name)
    if not articles:
        raise FramingError("Give at least one article, for example framing.load_seed().")
    return Annotator(articles, keys)
