"""In a real browser: a student annotates the seed in JupyterLab, saves, reloads and reveals.

Uses the JupyterLab, Chromium and notebook-running helpers of ``tests/test_browser.py``
(imported, not copied), on a copy of ``notebooks/00b-annotate-first.ipynb``. The test
marks a quotation and its speaker with the mouse, a loaded word with the keyboard only,
saves, reloads the page, runs the notebook again, loads the file and reveals.

What it can not tell you: that the marking is comfortable, only that it works.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from test_browser import (  # noqa: F401  (fixtures, used by name)
    NOTEBOOKS,
    WIDGET_UPDATE_MS,
    _screenshot,
    browser,
    chromium_path,
    lab,
    page,
    run_notebook,
)

import framing

pytestmark = [pytest.mark.browser, pytest.mark.timeout(420)]

NOTEBOOK = "00b-annotate-first.ipynb"
SAVED = "browser-test-annotation.json"
FILE_BOX = "a file name, such as my-annotation.json"


def _token(widget, words: list[str]):
    """The token that starts the run ``words`` in the article (one span per word)."""
    index = widget.locator(".fk-token").evaluate_all(
        """(spans, words) => spans.findIndex((s, i) =>
               words.every((w, k) => spans[i + k] && spans[i + k].textContent === w))""",
        words,
    )
    assert index >= 0, f"no {' '.join(words)!r} in the article"
    return widget.locator(f'.fk-token[data-i="{index}"]'), index


def _open_annotator(lab, page):  # noqa: F811  (the fixtures' names)
    run_notebook(lab, page, NOTEBOOK)
    widget = page.locator(".widget-vbox").filter(has=page.locator(".fk-annotator-text")).first
    widget.locator(".fk-annotator-text").scroll_into_view_if_needed()
    return widget


def _message(widget):
    return widget.locator(".fk-message").last


def test_annotate_save_reload_and_reveal(lab, page):  # noqa: F811
    from playwright.sync_api import expect

    folder = lab.log.parent / "notebooks"
    shutil.copy2(NOTEBOOKS / NOTEBOOK, folder / NOTEBOOK)
    widget = _open_annotator(lab, page)
    article = widget.locator(".fk-annotator-text")

    # The mouse: drag over the first quotation, type its speaker, click the button.
    first, _ = _token(widget, ["Do", "not", "come"])
    last, _ = _token(widget, ["prosecuted"])
    first.hover()
    page.mouse.down()
    last.hover()
    page.mouse.up()
    expect(widget.locator(".fk-annotator-status")).to_contain_text("Do not come")
    speaker = widget.locator(".widget-text").filter(has_text="Who speaks").locator("input")
    speaker.fill("Kristi Noem")
    speaker.press("Tab")
    widget.get_by_role("button", name="Mark quotation (Q)").click()
    expect(widget.locator(".fk-tag").filter(has_text="quotation: Kristi Noem")).to_have_count(
        1, timeout=WIDGET_UPDATE_MS
    )

    # The keyboard: focus the article, walk to "notorious", press W.
    _, target = _token(widget, ["notorious"])
    article.focus()
    article.press("Home")
    for _ in range(target):
        article.press("ArrowRight")
    expect(widget.locator(".fk-token.fk-cursor")).to_have_text("notorious")
    expect(article).to_be_focused()  # visible focus: the outline is drawn on :focus
    article.press("w")
    tag = widget.locator(".fk-tag").filter(has_text="loaded word")
    expect(tag).to_have_count(1, timeout=WIDGET_UPDATE_MS)
    expect(tag).to_contain_text("the outlet")
    _screenshot(page, "00b-annotator-marked")

    widget.get_by_placeholder(FILE_BOX).fill(SAVED)
    widget.get_by_role("button", name="Save", exact=True).click()
    expect(_message(widget)).to_contain_text("Saved 2 mark(s)", timeout=WIDGET_UPDATE_MS)
    saved = json.loads((folder / SAVED).read_text(encoding="utf-8"))
    text = framing.load_seed().text
    (quote,) = saved["quotes"]
    assert (quote["start"], quote["end"], quote["speaker"]) == (521, 606, "Kristi Noem")
    assert text[quote["start"] : quote["end"]].endswith("prosecuted,")
    assert [(t["term"], t["voice"]) for t in saved["loaded_terms"]] == [("notorious", "outlet")]

    # Reload the page, run the notebook again: a fresh widget, marks loaded from the file.
    # (Save the notebook copy first, or JupyterLab asks whether to leave the page.)
    page.get_by_role("menuitem", name="File", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Save( Notebook)?(\s|$)")).first.click()
    expect(page.locator(".jp-mod-dirty")).to_have_count(0, timeout=WIDGET_UPDATE_MS)
    page.reload()
    widget = _open_annotator(lab, page)
    expect(widget.locator(".fk-tag")).to_have_count(0)
    widget.get_by_placeholder(FILE_BOX).fill(SAVED)
    widget.get_by_role("button", name="Load", exact=True).click()
    expect(widget.locator(".fk-tag")).to_have_count(2, timeout=WIDGET_UPDATE_MS)

    widget.get_by_role("button", name="Reveal", exact=True).click()
    reveal = widget.locator(".fk-reveal")
    expect(reveal).to_contain_text(
        "Quotations: you found 1 of the 11 that the key marks.", timeout=WIDGET_UPDATE_MS
    )
    expect(reveal).to_contain_text("Loaded words: you found 1 of the 18 that the key marks.")
    widget.locator(".widget-toggle-button").filter(has_text="The key").click()
    expect(reveal).to_contain_text("[quotation: Juan Pappier]", timeout=WIDGET_UPDATE_MS)
    reveal.scroll_into_view_if_needed()
    _screenshot(page, "00b-annotator-revealed")
    assert not page.errors, f"errors in the page: {page.errors}"
    assert not page.dialogs, f"dialogs opened: {page.dialogs}"
