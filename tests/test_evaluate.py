"""The evaluation tool: scores against any annotation in the seed's schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from framing import Article, FramingError, load_gold, load_seed
from framing.evaluate import evaluate, main

ROOT = Path(__file__).resolve().parents[1]
KEYS = {
    "quote_precision",
    "quote_recall",
    "quote_f1",
    "quote_speaker_accuracy",
    "attribution_precision",
    "attribution_recall",
    "attribution_f1",
}


def test_command_line_json_on_the_seed():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "framing.evaluate",
            "seeds/cecot-tasnim.txt",
            "seeds/cecot-tasnim.gold.json",
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(done.stdout)
    assert set(scores) >= KEYS
    assert all(scores[key] == 1.0 for key in KEYS)


def test_an_annotation_it_was_not_built_on(capsys):
    text = ROOT / "tests/data/blind/castlegate-warehouse-strike.txt"
    gold = text.with_name("castlegate-warehouse-strike.gold.json")
    assert main([str(text), str(gold)]) == 0
    out = capsys.readouterr().out
    assert "quote_speaker_accuracy" in out and "attribution_f1" in out


def test_optional_items_neither_help_nor_hurt():
    gold = load_gold()
    assert any(a.get("optional") for a in gold["attributions"])  # found and not counted
    missed = {"paragraph": 5, "starts": "In mid-March, Trump", "source": "Donald Trump"}
    with_optional = dict(gold, attributions=[*gold["attributions"], dict(missed, optional=True)])
    with_required = dict(gold, attributions=[*gold["attributions"], missed])
    assert evaluate(load_seed(), with_optional)["attribution_recall"] == 1.0
    assert evaluate(load_seed(), with_required)["attribution_recall"] < 1.0


def test_a_wrong_speaker_is_counted_wrong():
    gold = load_gold()
    gold["quotes"][0] = dict(gold["quotes"][0], speaker="Amnesty International")
    scores = evaluate(load_seed(), gold)
    assert scores["quote_speaker_accuracy"] == pytest.approx(10 / 11, abs=1e-3)
    assert any("expected Amnesty International" in d for d in scores["details"])


def test_a_missed_quotation_lowers_recall():
    text = 'The mayor spoke. "We will rebuild," she said.'
    gold = {
        "sources": {"mayor": {"type": "politician", "mentions": ["The mayor"]}},
        "quotes": [
            {"start": 18, "end": 32, "speaker": "mayor", "kind": "direct"},
            {"start": 0, "end": 3, "speaker": "mayor", "kind": "partial"},
        ],
        "attributions": [],
    }
    scores = evaluate(Article(text, check_language=False), gold)
    assert scores["quote_recall"] == 0.5


def test_an_unnamed_source_called_by_one_word_only_one_annotated_source_has():
    """ "One wrote:" is the annotation's "fan online" (mentions "One"), whatever the engine
    names it ("one of the fans"); a one-word mention two sources share maps to neither."""
    text = 'Fans were quick to react. One wrote: "He never changes."'
    start = text.index('"') + 1
    quote = {"start": start, "end": text.index('."') + 1, "speaker": "fan online"}
    gold = {
        "sources": {"fan online": {"type": "other", "unnamed": True, "mentions": ["One"]}},
        "quotes": [dict(quote, kind="direct")],
        "attributions": [],
    }
    article = Article(text, check_language=False)
    assert evaluate(article, gold)["quote_speaker_accuracy"] == 1.0
    shared = {"type": "other", "unnamed": True, "mentions": ["One"]}
    gold["sources"] = {"fan online": shared, "second fan": shared}
    assert evaluate(article, gold)["quote_speaker_accuracy"] == 0.0


@pytest.mark.parametrize(
    ("files", "fragment"),
    [
        (["nowhere.txt", "seeds/cecot-tasnim.gold.json"], "No article file"),
        (["seeds/cecot-tasnim.txt", "seeds/cecot-tasnim.txt"], "not valid JSON"),
    ],
)
def test_bad_files_give_one_line(capsys, monkeypatch, files, fragment):
    monkeypatch.chdir(ROOT)
    assert main(files) == 2
    err = capsys.readouterr().err
    assert fragment in err and err.count("\n") == 1


def test_an_annotation_without_quotes_is_refused():
    with pytest.raises(FramingError, match='no "quotes" list'):
        evaluate(load_seed(), {"sources": {}, "attributions": []})


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("cecot-wire", "cecot-tasnim"),
        ("cecot-tasnim", "cecot-rights"),
        ("cecot-explainer", "cecot-press-release"),
    ],
)
def test_an_annotation_of_another_text_is_refused_in_one_sentence(text, gold):
    with pytest.raises(FramingError) as error:
        evaluate(load_seed(text), load_gold(gold))
    message = str(error.value)
    assert message.startswith("The annotation does not fit this text")
    assert message.count(". ") == 0 and "\n" not in message
    made_for = load_gold(gold)["article"]["file"]
    assert made_for in message


def test_a_short_text_against_a_long_annotation_is_refused():
    with pytest.raises(FramingError, match="does not fit this text"):
        evaluate(Article("Mayor Says No\nThe mayor said the plan would fail."), load_gold())


def test_the_command_line_refuses_a_mismatched_pair(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["seeds/cecot-wire.txt", "seeds/cecot-tasnim.gold.json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "does not fit this text" in err and "000_1ebd91c5c8d21f14.txt" in err


@pytest.mark.parametrize(
    "gold_path", sorted((ROOT / "tests" / "data").glob("*/*.gold.json")), ids=lambda p: p.stem
)
def test_every_annotation_fits_its_own_text(gold_path):
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scores = evaluate(Article(text.read_text(encoding="utf-8"), check_language=False), gold)
    assert 0 <= scores["attribution_f1"] <= 1


def test_output_into_a_closed_pipe_is_not_a_traceback():
    done = subprocess.run(
        f"{sys.executable} -m framing.evaluate seeds/cecot-tasnim.txt "
        "seeds/cecot-tasnim.gold.json | head -1",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.startswith("quotes_gold")
    assert "Traceback" not in done.stderr
