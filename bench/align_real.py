"""One quote, many outlets, on published coverage of real events (bench/align/EVENT/).

Run: ``.venv/bin/python bench/align_real.py``. Each event's articles are listed in
bench/align/EVENT/manifest.json (url, outlet, the search that found them); their
texts are not in the repository: save each one as bench/align/texts/EVENT/FILE
first. The script says which texts are missing and scores the ones that are there
against the hand annotation in bench/align/EVENT/expected.json:

- statements: how many of the statements quoted in two or more present texts form
  exactly one group holding every annotated quotation of it and nothing else;
- mixed: groups that hold quotations of two statements or of none (quotations on
  the annotation's 'ignore' list count neither way);
- checks: split quotations, words an article left out that must be in its
  variant's ``missing``, and the variant's kind.

The key bridge set helped shape the rules (its one failure led to the headline
speaker rule). The titan set was annotated before the aligner ever ran on it; its
first score was: statements right 2 of 4, mixed groups 1, checks passed 1 of 3
(two remarks sharing "the debris is consistent with a catastrophic" were one
group). The rule that shared runs must hold most of the shorter quotation's own
words came from that, so neither set is unseen any more.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from framing import align_quotes, analyze, read_article

FOLDER = Path(__file__).resolve().parent / "align"


def _present(event: str, manifest: dict) -> dict[str, object]:
    """The analyses of the texts that are there; a line for each one that is not."""
    analyses = {}
    for entry in manifest["articles"]:
        path = FOLDER / "texts" / event / entry["file"]
        if not path.exists():
            print(f"  MISSING {entry['file']}: save the article at {entry['url']} as {path}")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
            print(f"  note: {entry['file']} differs from the copy annotated; scores may differ")
        analyses[entry["file"]] = analyze(read_article(text))
    return analyses


def _owners(expected: dict, analyses: dict) -> tuple[dict, set]:
    """(file, quotation start) -> statement, and the quotations to ignore."""
    owners, ignored = {}, set()
    for name, analysis in analyses.items():
        rows = expected["quotes"].get(name, [])
        skip = expected.get("ignore", {}).get(name, [])
        for quote in analysis.quotes:
            words = " ".join(quote.text.split())
            for statement, opening in rows:
                if words.startswith(opening):
                    owners[(name, quote.start)] = statement
                    break
            else:
                if any(words.startswith(opening) for opening in skip):
                    ignored.add((name, quote.start))
        for _, opening in rows:
            if not any(" ".join(q.text.split()).startswith(opening) for q in analysis.quotes):
                print(f"  the kit finds no quotation {opening!r} in {name}")
    return owners, ignored


def _check(check: dict, variant) -> bool:
    if variant is None:
        return False
    if "quotes" in check:
        return len(variant.quotes) == check["quotes"]
    if "kind" in check:
        return variant.kind == check["kind"]
    return check["missing"].replace("’", "'") in [m.replace("’", "'") for m in variant.missing]


def score(event: str) -> tuple[int, int, int, int, int]:
    manifest = json.loads((FOLDER / event / "manifest.json").read_text(encoding="utf-8"))
    expected = json.loads((FOLDER / event / "expected.json").read_text(encoding="utf-8"))
    print(f"{manifest['event']}: {len(manifest['articles'])} articles in the manifest")
    analyses = _present(event, manifest)
    if len(analyses) < 2:
        print("  Fewer than two texts are present, so there is nothing to score.")
        return 0, 0, 0, 0, 0
    owners, ignored = _owners(expected, analyses)
    texts_of: dict[str, set[str]] = {}
    for (name, _), statement in owners.items():
        texts_of.setdefault(statement, set()).add(name)
    shared = sorted(s for s, names in texts_of.items() if len(names) >= 2)
    mixed, by_statement = 0, {}
    for group in align_quotes(analyses):
        keys = {(v.label, q.start) for v in group.variants for q in v.quotes} - ignored
        statements = {owners.get(key) for key in keys}
        if len(statements) != 1 or None in statements:
            mixed += 1 if keys else 0
            if keys:
                print(f"  mixed group: {group!r} holds {sorted(map(str, statements))}")
            continue
        by_statement.setdefault(statements.pop(), []).append((group, keys))
    right = 0
    for statement in shared:
        wanted = {key for key, s in owners.items() if s == statement}
        found = by_statement.get(statement, [])
        ok = len(found) == 1 and found[0][1] == wanted
        right += ok
        print(
            f"  {'ok  ' if ok else 'FAIL'} {statement}: {len(found)} group(s), "
            f"{len(wanted)} annotated quotations in {len(texts_of[statement])} texts"
        )
    passed = total = 0
    for check in expected["checks"]:
        found = by_statement.get(check["statement"], [])
        if check["article"] not in analyses:
            continue
        total += 1
        variants = found[0][0].variants if found else ()
        good = _check(check, next((v for v in variants if v.label == check["article"]), None))
        passed += good
        print(f"  {'ok  ' if good else 'FAIL'} check: {check['article']} {check['why']}")
    return len(analyses), right, len(shared), mixed, passed * 1000 + total


def main() -> int:
    events = sorted(p.parent.name for p in FOLDER.glob("*/manifest.json"))
    for event in events:
        present, right, shared, mixed, checks = score(event)
        passed, total = divmod(checks, 1000)
        print(
            f"  => {event}: texts present {present}; statements right {right} of {shared}; "
            f"mixed groups {mixed}; checks passed {passed} of {total}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
