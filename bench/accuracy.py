"""Accuracy of the attribution engine on every annotated text, micro-averaged.

Run: ``.venv/bin/python bench/accuracy.py`` (add ``-v`` to list what differs).
Scores each ``*.gold.json`` under ``tests/data/attribution/`` (articles written
to test the engine), the three held-out sets written for the kit
(``tests/data/heldout/``, ``blind/`` and ``unseen/``) and ``seeds/`` (the seed and
the teaching corpus), one set at a time (``SETS``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from framing import Article
from framing.analysis import analyze
from framing.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "test articles (tests/data/attribution)": ROOT / "tests" / "data" / "attribution",
    "held-out articles (tests/data/heldout)": ROOT / "tests" / "data" / "heldout",
    "second held-out set (tests/data/blind)": ROOT / "tests" / "data" / "blind",
    "third held-out set (tests/data/unseen)": ROOT / "tests" / "data" / "unseen",
    "seed and teaching corpus (seeds)": ROOT / "seeds",
}


def score_set(folder: Path, verbose: bool) -> dict[str, float]:
    totals = {"quotes": 0, "found": 0, "extra": 0, "right": 0, "tp": 0, "fp": 0, "fn": 0}
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scores = evaluate(analyze(Article(text_path.read_text(encoding="utf-8"))), gold)
        details = scores["details"]
        found = scores["quotes_found"]
        extra = sum(d.startswith("extra quotation") for d in details)
        fp = sum(d.startswith("extra attribution") for d in details)
        fn = sum(d.startswith("missed attribution") for d in details)
        recall = scores["attribution_recall"]
        tp = round(fn * recall / (1 - recall)) if recall < 1 else _required(gold) - fn
        totals["quotes"] += scores["quotes_gold"]
        totals["found"] += found
        totals["extra"] += extra
        totals["right"] += round(scores["quote_speaker_accuracy"] * found)
        totals["tp"] += tp
        totals["fp"] += fp
        totals["fn"] += fn
        print(
            f"  {text_path.stem:30} speakers {scores['quote_speaker_accuracy']:.2f}  "
            f"attributions F1 {scores['attribution_f1']:.2f}  "
            f"types {scores['source_type_accuracy']:.2f}"
        )
        if verbose:
            for line in details:
                print(f"      - {line}")
    precision = totals["tp"] / (totals["tp"] + totals["fp"]) if totals["tp"] + totals["fp"] else 1.0
    recall = totals["tp"] / (totals["tp"] + totals["fn"]) if totals["tp"] + totals["fn"] else 1.0
    return {
        "quotations": totals["quotes"],
        "quote_recall": totals["found"] / totals["quotes"],
        "quote_precision": totals["found"] / (totals["found"] + totals["extra"]),
        "quote_speaker_accuracy": totals["right"] / totals["found"],
        "attribution_precision": precision,
        "attribution_recall": recall,
        "attribution_f1": 2 * precision * recall / (precision + recall),
    }


def _required(gold: dict) -> int:
    return sum(not a.get("optional") for a in gold["attributions"])


def main() -> None:
    verbose = "-v" in sys.argv
    for label, folder in SETS.items():
        print(label)
        result = score_set(folder, verbose)
        print(
            "  "
            + "  ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()
            )
        )
        print()


if __name__ == "__main__":
    main()
