"""Check the rebuilt texts of the real-news set against the manifests and the annotations.

Run: ``python bench/realnews/check.py`` (exit status 1 when anything is wrong).

For every manifest row: is the text in ``texts/``, is it the text the manifest names
(sha256), and does its annotation fit it (every offset in range and between quotation
marks, every mention, sentence opening and speaker present). A missing text is listed
with the url and the query that rebuild it. Second annotations (``second/``) are
checked against the same texts.

What it can not tell you: whether an annotation is right, only that it fits its text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from dataset import SECOND, TEXTS, Entry, entries

OPENING = "“\"‘'«”’"  # a quotation may open with a mark printed the wrong way round
CLOSING = "”\"’'»“‘"


def _line_bounds(text: str, paragraph: int) -> tuple[int, int] | None:
    lines = text.split("\n")
    if paragraph >= len(lines):
        return None
    start = sum(len(line) + 1 for line in lines[:paragraph])
    return start, start + len(lines[paragraph])


def _quote_problems(text: str, quotes: list[dict]) -> list[str]:
    problems = []
    for number, quote in enumerate(quotes):
        start, end = quote["start"], quote["end"]
        if not 0 < start < end <= len(text):
            problems.append(f"quotation {number}: offsets {start}-{end} out of range")
            continue
        if text[start - 1] not in OPENING:
            problems.append(
                f"quotation {number}: no quotation mark before {text[start:end][:30]!r}"
            )
        # a quotation cut off at the end of the kept text, or never closed on the page,
        # has no closing mark
        if end < len(text) and text[end] not in CLOSING and text[end] != "\n":
            problems.append(
                f"quotation {number}: no quotation mark after {text[start:end][-30:]!r}"
            )
    return problems


def _sentence_problems(text: str, items: list[dict], what: str) -> list[str]:
    problems = []
    for item in items:
        bounds = _line_bounds(text, item["paragraph"])
        if bounds is None or text.find(item["starts"], *bounds) < 0:
            problems.append(f"{what} {item['starts']!r} is not in line {item['paragraph']}")
    return problems


def problems_with(text: str, gold: dict) -> list[str]:
    """What does not fit between a text and its annotation (empty when all fits)."""
    problems = _quote_problems(text, gold["quotes"])
    problems += _sentence_problems(text, gold["attributions"], "attributed sentence")
    problems += _sentence_problems(text, gold.get("not_attributions", []), "non-attribution")
    sources = gold["sources"]
    for key, info in sources.items():
        problems += [
            f"mention {m!r} of {key!r} not in the text" for m in info["mentions"] if m not in text
        ]
    speakers = {q["speaker"] for q in gold["quotes"] if q["speaker"] is not None}
    speakers |= {a["source"] for a in gold["attributions"]}
    problems += [
        f"{name!r} speaks but is not a declared source" for name in speakers - set(sources)
    ]
    return problems


def check_entry(entry: Entry) -> list[str]:
    if not entry.text_path.is_file():
        return [f"MISSING text. To rebuild it: {entry.rebuild_hint()}"]
    text = entry.read_text()
    if text is None:
        return [f"text differs from the manifest's sha256. To rebuild it: {entry.rebuild_hint()}"]
    if not entry.gold_path.is_file():
        return [f"no annotation {entry.gold_path.name}"]
    return problems_with(text, entry.read_gold())


def check_second(path: Path) -> list[str]:
    text_path = TEXTS / path.name.replace(".gold.json", ".txt")
    if not text_path.is_file():
        return [
            f"MISSING text {text_path.name} (rebuild it from the first annotator's manifest row)"
        ]
    gold = json.loads(path.read_text(encoding="utf-8"))
    return problems_with(text_path.read_text(encoding="utf-8"), gold)


def composition(rows: list[Entry]) -> str:
    """What the set is made of: splits, outlets (outside the US), genres."""
    splits = Counter(entry.split for entry in rows)
    outlets = {entry.outlet for entry in rows}
    abroad = {entry.outlet for entry in rows if entry.country != "United States"}
    genres = Counter(entry.genre.split("/")[-1] for entry in rows)
    return (
        f"Splits: {dict(splits)}. {len(outlets)} outlets, {len(abroad)} outside the US. "
        f"Topics: {', '.join(f'{genre} {n}' for genre, n in genres.most_common())}."
    )


def main() -> int:
    rows = entries()
    bad = missing = 0
    for entry in rows:
        problems = check_entry(entry)
        missing += any(p.startswith("MISSING") for p in problems)
        bad += bool(problems)
        status = "ok" if not problems else "PROBLEM"
        print(f"{status:8} {entry.split:5} {entry.name}")
        for problem in problems:
            print(f"         - {problem}")
    for path in sorted(SECOND.glob("*.gold.json")):
        problems = check_second(path)
        bad += bool(problems)
        print(f"{'ok' if not problems else 'PROBLEM':8} 2nd   {path.name}")
        for problem in problems:
            print(f"         - {problem}")
    print(f"\n{len(rows)} articles, {missing} texts missing, {bad} with problems.")
    print(composition(rows))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
