"""Speed of the widgets: from a control change to the new display, on the seed.

Run: ``.venv/bin/python bench/widgets.py``. Builds each widget once (with its
defaults: the bundled texts and the packaged lexicon), then changes one control
back and forth and prints the median time of a change in milliseconds. The
target is under 50 ms. No kernel runs here, so the rewrite lab updates at once
(in a notebook it waits for a 0.3 s pause in typing first; that wait is not counted).

Analyses are kept per widget, so switching back to an article already shown
does not analyse it again; the lexicon editor re-analyses on every edit, as it must.
Charts are drawn only when the article changes (source ledger) or on request
(compare); their cost is printed separately.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_ms

from framing import analyze, charts, list_seeds, load_seed, widgets

TARGET_MS = 50.0


def toggler(*changes: Callable[[], None]) -> Callable[[], None]:
    """Each call makes the next change in turn, so every call really changes something."""
    steps = cycle(changes)
    return lambda: next(steps)()


def setter(control, *values) -> Callable[[], None]:
    return toggler(*(lambda v=v: setattr(control, "value", v) for v in values))


def cases() -> tuple[list[tuple[str, str, Callable[[], None]]], list]:
    """(widget, change, action) for every control change worth timing, and the widgets."""
    seeds = list_seeds()
    explorer = widgets.article_explorer()
    ledger = widgets.source_ledger()
    editor = widgets.lexicon_editor()
    compare = widgets.compare_view(selected=seeds[:2])
    lab = widgets.rewrite_lab()
    start_text = lab.controls["text"].value

    def add_term() -> None:
        editor.controls["term"].value = "prison"
        editor.controls["add"].click()

    def remove_term() -> None:
        editor.controls["term"].value = "prison"
        editor.controls["remove"].click()

    # the annotator: a word marked and unmarked, before and after the reveal
    annotators = [widgets.annotator(), widgets.annotator()]
    annotators[1].controls["reveal"].click()
    for marker in annotators:
        word = next(i for i, t in enumerate(marker.marker.tokens) if t[0] == "notorious")
        marker.marker.selection = [word, word]
    mark_and_unmark = [
        toggler(marker.controls["word"].click, marker.controls["remove"].click)
        for marker in annotators
    ]

    changes = [
        (
            "article_explorer",
            "tick a category off / on",
            setter(explorer.controls["categories"]["label"], False, True),
        ),
        (
            "article_explorer",
            "pick a source / everyone",
            setter(explorer.controls["sources"], ("Juan Pappier",), ()),
        ),
        (
            "article_explorer",
            "switch article (seen before)",
            setter(explorer.controls["article"], seeds[1], seeds[0]),
        ),
        (
            "source_ledger",
            "pick a source / everyone",
            setter(ledger.controls["source"], "Kristi Noem", "Everyone"),
        ),
        (
            "source_ledger",
            "switch article (seen before)",
            setter(ledger.controls["article"], seeds[1], seeds[0]),
        ),
        ("lexicon_editor", "add / remove a term", toggler(add_term, remove_term)),
        ("annotator", "mark / unmark a loaded word", mark_and_unmark[0]),
        ("annotator", "the same, reveal open", mark_and_unmark[1]),
        (
            "compare_view",
            "two / three articles",
            setter(compare.controls["articles"], tuple(seeds[:3]), tuple(seeds[:2])),
        ),
        (
            "rewrite_lab",
            "type a new version / the old one",
            setter(
                lab.controls["text"],
                start_text + " Critics called the notorious prison a brutal place.",
                start_text,
            ),
        ),
    ]
    return changes, [explorer, ledger, editor, compare, lab, *annotators]


def main() -> int:
    changes, built = cases()
    print(f"Widget update after a control change, median of 40 (target under {TARGET_MS:.0f} ms)")
    slow = []
    for widget, change, action in changes:
        ms = median_ms(action, repeat=40, warmup=4)
        verdict = "ok" if ms < TARGET_MS else "SLOW"
        if ms >= TARGET_MS:
            slow.append(widget)
        print(f"  {widget:17} {change:34} {ms:8.1f} ms  {verdict}")
        for w in built:
            if "fk-error" in w.message.value:
                print(f"    ! {w.message.value}")
    seed = analyze(load_seed())
    print("Charts (drawn once per article, or when asked for)")
    for label, make in (
        (
            "attributions by source, to PNG",
            lambda: charts.to_png(charts.attributions_by_source(seed)),
        ),
        ("comparison of two, to PNG", lambda: charts.to_png(charts.comparison([seed, seed]))),
    ):
        print(f"  {label:52} {median_ms(make, repeat=5, warmup=1):8.1f} ms")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
