"""Widgets, headless: each builds with no arguments, and changing a control changes the display.

No browser and no kernel: a test sets a control's ``.value`` (or clicks a button) and reads
the HTML the widget now shows. The rewrite lab is built with ``debounce=0`` so it updates at
once, whatever event loop another test may have left running.
"""

from __future__ import annotations

import asyncio
import os
import threading

import ipywidgets
import pytest

from framing import FramingError, analyze, list_seeds, load_lexicon, load_seed, render, widgets
from framing.lexicon import Lexicon

# Two short articles written for these tests (not from the corpus).
DEPOT = (
    "Council Shuts Notorious Depot\n"
    '"The depot costs more than it is worth," said Mayor Ana Ruiz. '
    "Union leader Tom Baker warned that the reckless closure would hurt drivers. "
    '"It is a shameful betrayal," he said.'
)
PARK = (
    "Park Reopens After Repairs\n"
    "The city park reopened on Saturday after two months of repairs. "
    '"Families can come back," said parks director Lena Fischer.'
)

BUILDERS = [
    widgets.article_explorer,
    widgets.source_ledger,
    widgets.lexicon_editor,
    widgets.compare_view,
    widgets.rewrite_lab,
]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda f: f.__name__)
def test_builds_with_no_arguments(build):
    widget = build()
    assert isinstance(widget, ipywidgets.Widget)
    assert widget.view.value.startswith('<div class="fk"')
    assert "error" not in widget.message.value
    assert widget.lexicon is load_lexicon()


# --- article explorer -------------------------------------------------------------------------


def test_explorer_toggles_categories_voices_layers_and_sources():
    w = widgets.article_explorer()
    before = w.view.value
    assert "fk-cat-label" in before
    w.controls["categories"]["label"].value = False
    assert w.view.value != before and 'class="fk-term fk-cat-label' not in w.view.value
    w.controls["voices"]["outlet"].value = False
    assert "fk-voice-outlet" not in w.view.value.split('class="fk-article"')[1]
    w.controls["layers"]["quotes"].value = False
    assert 'class="fk-quote' not in w.view.value.split('class="fk-article"')[1]
    w.controls["layers"]["quotes"].value = True
    w.controls["sources"].value = ("Juan Pappier",)
    assert "only the words of Juan Pappier" in w.view.value
    assert 'data-fk-speaker="Kristi Noem"' not in w.view.value


def test_explorer_switches_articles_and_their_sources():
    w = widgets.article_explorer({"depot": DEPOT, "park": PARK})
    assert "Council Shuts" in w.view.value
    assert set(w.controls["sources"].options) == {"Ana Ruiz", "Tom Baker"}
    w.controls["article"].value = "park"
    assert "Park Reopens" in w.view.value and "Depot" not in w.view.value
    assert w.controls["sources"].options == ("Lena Fischer",)


def test_explorer_takes_your_own_text():
    w = widgets.article_explorer(load_seed())
    w.controls["article"].value = "Your own text…"
    assert w.view.value == "" and "Paste an article" in w.message.value
    w.controls["text"].value = PARK
    assert "Park Reopens" in w.view.value and w.message.value == ""
    w.controls["text"].value = "<html><body>not text</body></html>"
    assert "looks like a web page" in w.message.value
    assert "Traceback" not in w.message.value


# --- source ledger ----------------------------------------------------------------------------


def test_ledger_picks_a_source_and_shows_only_its_words():
    w = widgets.source_ledger(chart=False)
    assert "Who gets a voice in cecot-tasnim" in w.controls["table"].value
    w.controls["source"].value = "Carlos Carcach"
    shown = w.view.value
    assert 'data-fk-speaker="Carlos Carcach"' in shown
    assert 'data-fk-speaker="Kristi Noem"' not in shown
    w.controls["source"].value = "Everyone"
    assert 'data-fk-speaker="Kristi Noem"' in w.view.value


def test_ledger_switches_article_table_and_chart():
    w = widgets.source_ledger([analyze(DEPOT), PARK])
    assert bytes(w.controls["chart"].value).startswith(b"\x89PNG")
    first_chart = w.controls["chart"].value
    w.controls["article"].value = "Park Reopens After Repairs"
    assert "Lena Fischer" in w.controls["table"].value
    assert w.controls["source"].options == ("Everyone", "Lena Fischer")
    assert w.controls["chart"].value != first_chart


# --- lexicon editor ---------------------------------------------------------------------------


@pytest.fixture
def editor(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return widgets.lexicon_editor(DEPOT)


def test_editor_shows_contested_labels_as_their_own_kind(editor):
    c = editor.controls
    c["term"].value = "depot"
    c["category"].value = "contested"
    assert c["neutral"].placeholder == "the other words in use"
    c["neutral"].value = "garage; terminal"
    c["add"].click()
    assert "contested labels 0 → 2" in editor.message.value  # "depot" twice
    assert "Contested labels" in c["counts"].value
    assert "Other words in use: garage; terminal" in editor.view.value


def test_editor_adds_recategorises_and_removes(editor):
    c = editor.controls
    counts = c["counts"].value
    c["term"].value = "depot"
    c["category"].value = "fear"
    c["neutral"].value = "bus garage"
    c["add"].click()
    assert "Added “depot”" in editor.message.value
    assert editor.lexicon["depot"].neutral == "bus garage"
    assert c["counts"].value != counts and "Fear and threat language" in c["counts"].value
    assert 'data-fk-tag="fear">depot<' in editor.view.value or "fk-cat-fear" in editor.view.value
    c["category"].value = "label"
    c["recategorize"].click()
    assert editor.lexicon["depot"].category == "label"
    c["remove"].click()
    assert "depot" not in editor.lexicon
    assert "fk-cat-fear" not in editor.view.value.split('class="fk-article"')[1]
    c["reset"].click()
    assert editor.lexicon is load_lexicon()


def test_editor_explains_unknown_terms_and_empty_boxes(editor):
    editor.controls["term"].value = "notoriuos"
    editor.controls["remove"].click()
    assert "not in the lexicon" in editor.message.value and "notorious" in editor.message.value
    editor.controls["term"].value = "  "
    editor.controls["add"].click()
    assert "Type a word or phrase" in editor.message.value


def test_editor_saves_never_overwrites_without_confirmation_and_loads_back(editor, tmp_path):
    c = editor.controls
    c["term"].value = "depot"
    c["add"].click()
    c["path"].value = "mine.csv"
    c["save"].click()
    saved = tmp_path / "mine.csv"
    assert saved.exists() and "Saved" in editor.message.value
    content = saved.read_text(encoding="utf-8")
    assert "depot" in content
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]  # written atomically

    c["term"].value = "depot"
    c["remove"].click()
    c["save"].click()  # the file exists and the box is not ticked
    assert "already a file" in editor.message.value
    assert saved.read_text(encoding="utf-8") == content

    c["replace"].value = True
    c["save"].click()
    assert "Saved" in editor.message.value
    assert "depot" not in saved.read_text(encoding="utf-8")
    assert c["replace"].value is False  # the next replacement needs a new tick

    c["load"].click()
    assert "Loaded" in editor.message.value
    assert "depot" not in editor.lexicon
    assert len(editor.lexicon) == len(load_lexicon())


def test_editor_cannot_save_into_a_missing_folder(editor, tmp_path):
    editor.controls["path"].value = str(tmp_path / "nowhere" / "mine.csv")
    editor.controls["save"].click()
    assert "does not exist" in editor.message.value
    assert not (tmp_path / "nowhere").exists()


def test_editor_with_a_small_lexicon_of_your_own(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    own = Lexicon([]).with_term("betrayal", "label", neutral="decision they oppose")
    w = widgets.lexicon_editor(DEPOT, lexicon=own)
    assert "Labels and name-calling" in w.controls["counts"].value
    w.controls["term"].value = "betrayal"
    w.controls["remove"].click()
    assert "1 → 0" in w.message.value


# --- compare ----------------------------------------------------------------------------------


def test_compare_shows_the_chosen_articles():
    w = widgets.compare_view(
        {"depot": DEPOT, "park": PARK, "seed": load_seed()}, selected=["depot", "park"]
    )
    assert "Comparing 2 articles" in w.view.value
    w.controls["articles"].value = ("depot", "park", "seed")
    assert "Comparing 3 articles" in w.view.value


@pytest.mark.parametrize("picked", [(), ("cecot-wire",), list_seeds()[:5]])
def test_compare_asks_for_two_to_four(picked):
    w = widgets.compare_view()
    w.controls["articles"].value = picked
    assert "Pick two to four articles" in w.message.value and w.view.value == ""


def test_compare_chart_on_request():
    w = widgets.compare_view()
    assert w.controls["image"].layout.display == "none"
    w.controls["chart"].value = True
    assert bytes(w.controls["image"].value).startswith(b"\x89PNG")
    assert w.controls["image"].layout.display == ""


# --- rewrite lab ------------------------------------------------------------------------------


def test_rewrite_lab_rescores_the_text():
    w = widgets.rewrite_lab(debounce=0)
    start = w.controls["terms"].value
    assert "More neutral" in start
    w.controls["text"].value = "The notorious gang staged a brutal crackdown, critics said."
    assert w.controls["terms"].value != start
    assert "notorious" in w.view.value
    assert "In the starting text:" in w.message.value
    w.controls["text"].value = "The group held a meeting on Monday, its chair said."
    assert "No loaded terms" in w.controls["terms"].value
    w.controls["reset"].click()
    assert w.controls["terms"].value == start


def test_rewrite_lab_empty_box_is_a_plain_message():
    w = widgets.rewrite_lab("The notorious plan failed, the mayor said.", debounce=0)
    w.controls["text"].value = "   "
    assert "The box is empty" in w.message.value
    assert w.view.value == "" and "Traceback" not in w.message.value


def test_rewrite_lab_waits_for_typing_to_pause():
    calls = []
    schedule = widgets._debounced(0.05, lambda: calls.append(1))

    async def type_quickly():
        for _ in range(5):
            schedule()
            await asyncio.sleep(0.005)
        assert calls == []
        await asyncio.sleep(0.15)

    # In a thread of its own, so that an event loop another test left running cannot interfere.
    worker = threading.Thread(target=asyncio.run, args=(type_quickly(),))
    worker.start()
    worker.join(timeout=10)
    assert calls == [1]


# --- errors -----------------------------------------------------------------------------------


def test_an_unexpected_error_is_one_sentence_not_a_traceback(monkeypatch):
    w = widgets.article_explorer(DEPOT)

    def broken(*args, **kwargs):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(render, "highlight", broken)
    w.controls["categories"]["label"].value = False
    assert "Something went wrong inside the kit (RuntimeError)" in w.message.value
    assert "internal detail" not in w.message.value


def test_bad_arguments_are_plain_errors():
    with pytest.raises(FramingError, match="at least one article"):
        widgets.article_explorer([])
    with pytest.raises(FramingError, match="Article 1 is int"):
        widgets.source_ledger([42])
    with pytest.raises(FramingError, match='No article called "nope"'):
        widgets.compare_view(selected=["nope"])
