"""Progress in the notebooks: a working bar for long texts, a bar for loops over many articles."""

from __future__ import annotations

import pytest

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


def test_check_shows_a_working_bar_while_the_checks_run_then_closes_it(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda bar: shown.append(bar))

    def slow_check(exercise, **options):
        (bar,) = shown
        assert bar.layout.display == "" and "02" in bar.description  # on screen meanwhile
        return f"verdict for {exercise} {options}"

    monkeypatch.setattr("framing.grading.check", slow_check)
    assert widgets.check("02", against="solutions") == "verdict for 02 {'against': 'solutions'}"
    (bar,) = shown
    assert bar.comm is None  # closed: gone from the notebook


def test_check_closes_its_bar_when_the_checks_fail_to_start(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda bar: shown.append(bar))

    def broken(exercise, **options):
        raise RuntimeError("no pytest")

    monkeypatch.setattr("framing.grading.check", broken)
    with pytest.raises(RuntimeError):
        widgets.check("02")
    (bar,) = shown
    assert bar.comm is None
