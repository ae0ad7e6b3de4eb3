"""Save one search excerpt as a text of the set and add its row to a manifest.

Run: ``python bench/realnews/add_text.py NAME --manifest a --url URL --outlet OUTLET
--country COUNTRY --genre KIND/TOPIC --split dev|test --query QUERY < excerpt.json``

Standard input is the excerpt as the search tool's JSON answer gives it: one JSON
string literal, quotes and escapes included. ``--chars N`` keeps only the first N
characters (GUIDELINE.md: drop an unfinished last line that would split a quotation).
The text goes to the git-ignored ``texts/NAME.txt``; the manifest row records its
sha256, so ``check.py`` can tell a rebuilt text from a different one.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["file", "url", "outlet", "country", "genre", "split", "query", "sha256", "chars"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name")
    parser.add_argument("--manifest", required=True, help="a or b (or second)")
    for option in ("url", "outlet", "country", "genre", "query"):
        parser.add_argument(f"--{option}", required=True)
    parser.add_argument("--split", choices=["dev", "test"], required=True)
    parser.add_argument("--chars", type=int, default=None)
    args = parser.parse_args(argv)
    excerpt = json.loads(sys.stdin.read())
    text = excerpt[: args.chars] if args.chars else excerpt
    folder = HERE / "texts"
    folder.mkdir(exist_ok=True)
    (folder / f"{args.name}.txt").write_text(text, encoding="utf-8", newline="")
    manifest = HERE / f"manifest-{args.manifest}.csv"
    rows = []
    if manifest.exists():
        with manifest.open(encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if r["file"] != f"{args.name}.txt"]
    rows.append(
        {
            "file": f"{args.name}.txt",
            "url": args.url,
            "outlet": args.outlet,
            "country": args.country,
            "genre": args.genre,
            "split": args.split,
            "query": args.query,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "chars": str(len(text)),
        }
    )
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"texts/{args.name}.txt: {len(text)} characters, {text.count(chr(10)) + 1} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
