"""Agreement between two annotators on the real-news set.

Run: ``PYTHONPATH=src python bench/realnews/agreement.py [--first DIR] [--only PREFIX ...]``.

Each ``second/NAME.gold.json`` (a second annotator's independent annotation) is
scored against the first annotation ``NAME.gold.json`` (in this folder, or in
``--first DIR``) with ``framing.evaluate``, the scorer the engine is measured with:
the second annotation plays the engine's part. The table gives, per article and
pooled: quotations both marked, speaker agreement on those, attributed-sentence
F1 (the first annotator's optional items neither help nor hurt; the second's
optional items are left out), and type agreement on the sources both annotated.

What it can not tell you: two careful readers can agree and both be wrong; with a
handful of articles the pooled numbers are a rough guide.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from types import SimpleNamespace

from dataset import HERE, SECOND, TEXTS
from score import Totals, count

from framing import Article
from framing.analysis import analyze
from framing.attribution import Source


def _sentence_index(article: Article, paragraph: int, starts: str) -> int | None:
    """The sentence holding an annotated sentence opening (as the scorer finds it)."""
    lines = article.text.split("\n")
    if paragraph >= len(lines):
        return None
    line_start = sum(len(line) + 1 for line in lines[:paragraph])
    offset = article.text.find(starts, line_start, line_start + len(lines[paragraph]))
    if offset < 0:
        return None
    return next((s.index for s in article.sentences if s.end > offset), None)


def as_analysis(text: str, gold: dict):
    """An analysis whose quotes, attributions and sources are the annotation's own."""
    analysis = analyze(Article(text))
    sources = {
        key: Source(
            name=key,
            type=info.get("type") or "other",
            country=info.get("country"),
            unnamed=bool(info.get("unnamed")),
            mentions=tuple(SimpleNamespace(text=m) for m in info.get("mentions", [])),
        )
        for key, info in gold["sources"].items()
    }
    quotes = tuple(
        SimpleNamespace(
            start=q["start"],
            end=q["end"],
            text=text[q["start"] : q["end"]],
            nested=False,
            speaker=sources.get(q["speaker"]) if q["speaker"] else None,
        )
        for q in gold["quotes"]
    )
    attributions = []
    for item in gold["attributions"]:
        sentence = _sentence_index(analysis.article, item["paragraph"], item["starts"])
        if sentence is not None and not item.get("optional"):
            attributions.append(SimpleNamespace(sentence=sentence, source=sources[item["source"]]))
    return dataclasses.replace(
        analysis,
        quotes=quotes,
        attributions=tuple(attributions),
        sources=tuple(sources.values()),
        hits=(),
    )


def _row(name: str, totals: Totals) -> str:
    summary = totals.summary()
    return (
        f"{name:36} {totals.found:3}/{totals.quotes:<3} {summary['quote_speakers']:8.2f} "
        f"{summary['attribution_f1']:8.2f} {totals.types_right:3}/{totals.types_total:<3}"
        f" {summary['types']:5.2f}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, default=HERE, help="folder of first annotations")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the disagreements")
    parser.add_argument("--only", nargs="+", default=[""], help="articles whose names start so")
    args = parser.parse_args(argv)
    seconds = sorted(p for p in SECOND.glob("*.gold.json") if p.name.startswith(tuple(args.only)))
    if not seconds:
        print("No second annotations in second/.")
        return 1
    print(f"{'article':36} {'quotes':7} {'speakers':8} {'attr F1':8} {'types':11}")
    pooled = Totals()
    for path in seconds:
        name = path.name.removesuffix(".gold.json")
        first_path = args.first / path.name
        text_path = TEXTS / f"{name}.txt"
        if not first_path.is_file() or not text_path.is_file():
            missing = "first annotation" if not first_path.is_file() else "text"
            print(f"{name:36} skipped: no {missing}")
            continue
        text = text_path.read_text(encoding="utf-8")
        first = json.loads(first_path.read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        totals, details = count(as_analysis(text, second), first)
        pooled.add(totals)
        print(_row(name, totals))
        if args.verbose:
            for line in details:
                print(f"      - {line}")
    if pooled.articles:
        print(_row(f"pooled ({pooled.articles} articles)", pooled))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
