"""bench/realnews/agreement.py scores a second annotation against a first with the scorer
the engine is measured by. An annotation must agree with itself completely; the texts
here are the kit's own (seeds and the written held-out sets), no news article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_import import REALNEWS, load_script

ROOT = Path(__file__).parents[1]
GOLDS = sorted([*ROOT.glob("seeds/*.gold.json"), *ROOT.glob("tests/data/blind/*.gold.json")])


@pytest.fixture(scope="module")
def agreement():
    return load_script(REALNEWS / "agreement.py", "realnews_agreement")


def _text_of(gold_path: Path) -> str:
    return gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text("utf-8")


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_an_annotation_agrees_with_itself(agreement, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = _text_of(gold_path)
    totals, details = agreement.count(agreement.as_analysis(text, gold), gold)
    # loaded terms are no part of an annotator's agreement (the analysis here has none)
    assert [line for line in details if not line.startswith("loaded term")] == []
    assert totals.speakers_right == totals.found == totals.quotes
    assert totals.fp == totals.fn == 0
    assert totals.types_right == totals.types_total


def test_a_changed_speaker_is_a_disagreement(agreement):
    gold_path = ROOT / "seeds" / "cecot-wire.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = _text_of(gold_path)
    second = json.loads(json.dumps(gold))
    quote = next(q for q in second["quotes"] if q["speaker"])
    other = next(key for key in second["sources"] if key != quote["speaker"])
    quote["speaker"] = other
    totals, details = agreement.count(agreement.as_analysis(text, second), gold)
    assert totals.speakers_right == totals.found - 1
    assert any(line.startswith("speaker of ") for line in details)
