"""The annotator widget, headless: select words, mark, save, load, reveal; and corrections
loaded into the source ledger and the explorer. (tests/test_browser.py drives it in
JupyterLab and Chromium.)"""

from __future__ import annotations

import json

import pytest

import framing
from framing.annotation import tokens, validate_annotation
from framing.evaluate import evaluate
from framing.widgets import annotator, article_explorer, source_ledger
from framing.widgets_annotate import annotation_html

OWN = (
    "Port Strike Ends\n"
    "Union leader Rosa Vidal said the deal was “a victory for every worker.”\n"
    "The company called the strike reckless.\n"
)


def select(widget, words: str, occurrence: int = 0) -> None:
    """Select ``words`` in the widget's article, as a mouse drag would."""
    text = widget.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    end = start + len(words)
    inside = [i for i, (s, e) in enumerate(tokens(text)) if s >= start and e <= end]
    widget.marker.selection = [inside[0], inside[-1]]


def press(widget, action: str) -> None:
    """What the front end sends when a student presses Q, S, W or X."""
    widget.marker._handle_custom_msg({"action": action}, [])


@pytest.fixture
def own():
    return annotator(OWN)


def test_marks_become_an_annotation_in_the_gold_schema(own):
    select(own, "a victory for every worker")
    own.controls["speaker"].value = "Rosa Vidal"
    own.controls["quote"].click()
    select(own, "said the deal")
    press(own, "attribution")
    select(own, "reckless")
    own.controls["category"].value = "descriptor"
    own.controls["voice"].value = "The company"
    press(own, "word")
    data = own.annotation
    assert validate_annotation(data, OWN) is data
    (quote,) = data["quotes"]
    assert OWN[quote["start"] : quote["end"]] == "a victory for every worker."
    assert quote["speaker"] == "Rosa Vidal"
    assert data["attributions"] == [
        {
            "paragraph": 1,
            "starts": "Union leader Rosa Vidal said",
            "start": OWN.index("Union"),
            "source": "Rosa Vidal",
        }
    ]
    (word,) = data["loaded_terms"]
    assert (word["term"], word["voice"], word["paragraph"]) == ("reckless", "The company", 2)
    assert set(data["sources"]) == {"Rosa Vidal", "The company"}
    scores = evaluate(framing.analyze(OWN), data)  # the evaluation tool reads it as it is
    assert scores["quotes_gold"] == 1
    labels = [m["label"] for m in own.marker.marks]
    assert "quotation: Rosa Vidal" in labels and "attributed sentence: Rosa Vidal" in labels
    assert "loaded word: pejorative or glorifying descriptors, The company" in labels


def test_a_quotation_needs_a_speaker_and_unmark_removes(own):
    select(own, "a victory")
    press(own, "quote")
    assert "Pick or type who speaks first" in own.message.value
    assert own.annotation["quotes"] == []
    own.controls["speaker"].value = "Rosa Vidal"
    press(own, "quote")
    assert len(own.annotation["quotes"]) == 1
    select(own, "victory")
    press(own, "remove")
    assert own.annotation["quotes"] == [] and "Removed 1 mark" in own.message.value


def test_speaker_choices_are_names_in_the_text(own):
    assert "Rosa Vidal" in own.controls["speaker"].options
    assert "Port Strike Ends" not in own.controls["speaker"].options  # the headline is left out
    assert own.controls["voice"].options[0].startswith("the outlet")


def test_save_never_overwrites_unasked_and_loads_back(own, tmp_path):
    select(own, "reckless")
    press(own, "word")
    path = tmp_path / "mine.json"
    own.controls["file"].value = str(path)
    own.controls["student"].value = "Sam"
    own.controls["save"].click()
    assert "Saved 1 mark" in own.message.value
    first = path.read_text(encoding="utf-8")
    select(own, "strike")
    press(own, "word")
    own.controls["save"].click()
    assert "already a file" in own.message.value
    assert path.read_text(encoding="utf-8") == first
    own.controls["replace"].value = True
    own.controls["save"].click()
    assert len(json.loads(path.read_text(encoding="utf-8"))["loaded_terms"]) == 2

    own.controls["load"].click()  # marks on screen: it asks first
    assert "Loading replaces the 2 mark(s) on screen" in own.message.value
    select(own, "deal")
    press(own, "word")
    own.controls["load"].click()  # the marks changed since: it asks again
    assert len(own.annotation["loaded_terms"]) == 3
    own.controls["load"].click()
    assert len(own.annotation["loaded_terms"]) == 2 and "Loaded 2 mark(s)" in own.message.value

    again = annotator(OWN)
    again.controls["file"].value = str(path)
    again.controls["load"].click()
    assert again.annotation["loaded_terms"] == own.annotation["loaded_terms"]
    assert again.controls["student"].value == "Sam"


def test_a_bad_file_is_one_sentence(own, tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    own.controls["file"].value = str(tmp_path / "bad.json")
    own.controls["load"].click()
    assert "is not valid JSON" in own.message.value and "Traceback" not in own.message.value


def test_reveal_on_the_seed_shows_the_kit_and_the_key():
    widget = annotator()
    assert widget.controls["article"].value == "cecot-tasnim"
    select(widget, "notorious")
    press(widget, "word")
    widget.controls["reveal"].click()
    view = widget.view.value
    assert "Loaded words: you found 1 of the 18 that the key marks." in view
    assert "that the kit marks" in view
    widget.controls["layer"].value = "The key"
    assert "[quotation: Kristi Noem]" in widget.view.value
    widget.controls["layer"].value = "The kit"
    assert "[quotation: Kristi Noem]" in widget.view.value


def test_reveal_without_a_key_then_a_key_from_a_file(own, tmp_path):
    own.controls["reveal"].click()
    assert "no key for this article" in own.view.value
    start = OWN.index("a victory")
    key = {
        "sources": {"Rosa Vidal": {}},
        "quotes": [{"start": start, "end": OWN.index("”"), "speaker": "Rosa Vidal"}],
    }
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    own.controls["key_file"].value = str(tmp_path / "key.json")
    own.controls["load_key"].click()
    assert "Quotations: you found 0 of the 1 that the key marks." in own.view.value


def test_article_text_is_escaped():
    hostile = 'Test <b>bold</b>\n"<script>alert(1)</script>" said Ana Ruiz & co.\n'
    widget = annotator(hostile)
    # the front end draws the tokens with textContent, so they travel as plain text
    assert "<script>" in "".join(t[0] for t in widget.marker.tokens)
    page = annotation_html(
        widget.article, {"quotes": [{"start": 19, "end": 44, "speaker": "<i>x</i>"}]}, title="<t>"
    )
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;</span>" in page and "&amp; co" in page and "&lt;i&gt;x&lt;/i&gt;" in page


def test_marks_are_kept_per_article():
    widget = annotator(["cecot-tasnim", "cecot-wire"])
    select(widget, "notorious")
    press(widget, "word")
    widget.controls["article"].value = "cecot-wire"
    assert widget.annotation["loaded_terms"] == []
    widget.controls["article"].value = "cecot-tasnim"
    assert len(widget.annotation["loaded_terms"]) == 1


# -- corrections in the ledger and the explorer ------------------------------------------
def test_the_ledger_and_explorer_follow_a_correction_file(tmp_path):
    key = framing.load_gold()
    key["sources"]["Juan Pappier"]["type"] = "expert or academic"
    for quote in key["quotes"]:
        if quote["speaker"] == "Carlos Carcach":
            quote["speaker"] = "Juan Pappier"
    path = tmp_path / "fix.json"
    path.write_text(json.dumps(key), encoding="utf-8")
    ledger = source_ledger(chart=False)
    before = ledger.controls["table"].value
    ledger.controls["correction"].value = str(path)
    ledger.controls["apply_correction"].click()
    assert "now follow" in ledger.message.value
    assert ledger.controls["table"].value != before
    explorer = article_explorer()
    explorer.controls["correction"].value = str(tmp_path / "missing.json")
    explorer.controls["apply_correction"].click()
    assert "No annotation file" in explorer.message.value
    explorer.controls["correction"].value = str(path)
    explorer.controls["apply_correction"].click()
    assert "now follow" in explorer.message.value
    explorer.controls["article"].value = explorer.controls["article"].options[-1]  # own text
    explorer.controls["apply_correction"].click()
    assert "pick one first" in explorer.message.value


def test_a_key_press_carries_its_own_selection(own):
    """The front end sends the selection with the key: state updates may arrive later."""
    target = next(i for i, (s, e) in enumerate(tokens(OWN)) if OWN[s:e] == "reckless")
    own.marker.selection = [0, 0]
    own.marker._handle_custom_msg({"action": "word", "selection": [target, target]}, [])
    assert [t["term"] for t in own.annotation["loaded_terms"]] == ["reckless"]
    own.marker._handle_custom_msg({"action": "jump"}, [])
    assert "Something went wrong" in own.message.value  # one sentence, not a traceback


def test_a_failure_inside_the_kit_is_one_sentence_that_keeps_the_marks(own, monkeypatch):
    select(own, "reckless")
    press(own, "word")

    def broken():
        raise RuntimeError("internal detail")

    monkeypatch.setattr(own, "reveal", broken)
    own.controls["reveal"].click()
    assert "Something went wrong inside the kit (RuntimeError)" in own.message.value
    assert "Your marks are still here" in own.message.value
    assert "internal detail" not in own.message.value
    assert len(own.annotation["loaded_terms"]) == 1
