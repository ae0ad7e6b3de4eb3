"""Progress in the notebooks: a working bar for long texts, a bar for loops over many articles."""

from __future__ import annotations

import framing
from framing import widgets


def test_the_explorer_shows_a_working_bar_only_while_a_long_text_is_analysed(monkeypatch):
    explorer = widgets.article_explorer()
    bar = next(c for c in explorer.children if c.__class__.__name__ == "FloatProgress")
    assert bar.layout.display == "none"
    seen = []
    real = framing.widgets.analyze

    def watched(text, **options):
        seen.append(bar.layout.display)
        return real(text, **options)

    monkeypatch.setattr(framing.widgets, "analyze", watched)
    explorer.controls["article"].value = "Your own text…"
    explorer.controls["text"].value = "Depot Closes\nThe notorious depot shut, said Ana Ruiz."
    long_text = "Depot Closes\n" + "The notorious depot shut, said Ana Ruiz on Monday.\n" * 2_100
    explorer.controls["text"].value = long_text
    assert seen == ["none", ""]  # shown for the long text only, while it was analysed
    assert bar.layout.display == "none"
    assert "Ana Ruiz" in explorer.view.value


def test_progress_goes_through_every_item_and_closes_its_bar(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda box: shown.append(box))
    names = list(widgets.progress(framing.list_seeds(), description="Reading"))
    assert names == list(framing.list_seeds())
    (box,) = shown
    bar, label = box.children
    assert bar.value == bar.max == len(names)
    assert label.value == f"{len(names)} of {len(names)}"
