"""Benchmark ``framing calibrate``: a class of 30 annotations of the seed, scored in one report.

    .venv/bin/python bench/calibration.py [--students 30] [--repeat 5] [--seed 7]

Makes the students' annotations from the seed's key (each drops some quotations,
attributions and loaded words at random, gives some another speaker or voice,
and adds a few words of its own), writes them and two broken files into a
temporary folder, and times `class_report` plus its heatmap and HTML page
(the work of ``framing calibrate FOLDER --key KEY -o report.html``). Prints the
median of the repeats; the issue asks for well under 10 s for 30 students.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import framing
from framing.calibration import class_report

SPEAKERS = ["Kristi Noem", "Nicolas Maduro", "Amnesty International", "Juan Pappier", "Noem"]
EXTRA_WORDS = [(2, "notorious"), (14, "condemned"), (18, "fear"), (24, "warned"), (6, "deny")]


def student_annotation(key: dict, rng: random.Random) -> dict:
    data = copy.deepcopy(key)
    for name in ("quotes", "attributions", "loaded_terms"):
        items = data[name]
        for _ in range(rng.randint(0, 4)):
            items.pop(rng.randrange(len(items)))
    for quote in data["quotes"]:
        if rng.random() < 0.15:
            quote["speaker"] = rng.choice(SPEAKERS)
    for term in data["loaded_terms"]:
        if rng.random() < 0.15:
            term["voice"] = "outlet" if term["voice"] != "outlet" else rng.choice(SPEAKERS)
    for paragraph, word in rng.sample(EXTRA_WORDS, rng.randint(0, 3)):
        data["loaded_terms"].append({"paragraph": paragraph, "term": word, "voice": "outlet"})
    return data


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    key = framing.load_gold()
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        for n in range(args.students):
            data = student_annotation(key, rng)
            (where / f"student{n:02}.json").write_text(json.dumps(data), encoding="utf-8")
        (where / "broken.json").write_text("{", encoding="utf-8")
        (where / "lexicon.json").write_text('{"terms": []}', encoding="utf-8")
        framing.analyze(framing.load_seed())  # load NLTK and the lexicon once, as a notebook has
        scoring, total = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            report = class_report(where, key)
            scored = time.perf_counter()
            report.to_html()
            scoring.append(scored - start)
            total.append(time.perf_counter() - start)
        assert len(report.students) == args.students and len(report.skipped) == 2
    print(
        f"{args.students} annotations + 2 broken files, median of {args.repeat} runs: "
        f"scoring {statistics.median(scoring):.2f} s; with heatmap and HTML page "
        f"{statistics.median(total):.2f} s (max {max(total):.2f} s)"
    )


if __name__ == "__main__":
    main()
