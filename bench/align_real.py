"""One quote, many outlets, on published coverage of one event (bench/align/).

Run: ``.venv/bin/python bench/align_real.py``. The articles are listed in
bench/align/manifest.json (url, outlet, the search that found them); their texts
are not in the repository: save each one as bench/align/texts/FILE first. The
script says which texts are missing and scores the ones that are there against
the hand annotation in bench/align/expected.json:

- statements: how many of the statements quoted in two or more present texts
  form exactly one group holding every annotated quotation of it and nothing else;
- mixed: groups that hold quotations of two statements or of no annotated one;
- checks: split quotations (one variant, two quotes) and words an article left
  out that must appear in that variant's ``missing``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from framing import align_quotes, analyze, read_article

FOLDER = Path(__file__).resolve().parent / "align"


def _load() -> tuple[dict, dict]:
    manifest = json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))
    expected = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
    return manifest, expected


def _present(manifest: dict) -> dict[str, object]:
    """The analyses of the texts that are there; a line for each one that is not."""
    analyses = {}
    for entry in manifest["articles"]:
        path = FOLDER / "texts" / entry["file"]
        if not path.exists():
            print(f"MISSING {entry['file']}: save the article at {entry['url']} as {path}")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
            print(f"note: {entry['file']} differs from the copy annotated; scores may differ")
        analyses[entry["file"]] = analyze(read_article(text))
    return analyses


def _owners(expected: dict, analyses: dict) -> dict[tuple[str, int], str]:
    """(file, quotation start) -> statement, from the annotation's first words."""
    owners = {}
    for name, rows in expected["quotes"].items():
        if name not in analyses:
            continue
        for statement, paragraph, first_words in rows:
            found = [
                q
                for q in analyses[name].quotes
                if q.paragraph == paragraph and " ".join(q.text.split()).startswith(first_words)
            ]
            if len(found) != 1:
                print(
                    f"  the kit finds no quotation {first_words!r} in {name}, paragraph {paragraph}"
                )
                continue
            owners[(name, found[0].start)] = statement
    return owners


def main() -> int:
    manifest, expected = _load()
    print(f"{manifest['event']}: {len(manifest['articles'])} articles in the manifest")
    analyses = _present(manifest)
    if len(analyses) < 2:
        print("Fewer than two texts are present, so there is nothing to score.")
        return 1
    owners = _owners(expected, analyses)
    groups = align_quotes(analyses)
    texts_of: dict[str, set[str]] = {}
    for (name, _), statement in owners.items():
        texts_of.setdefault(statement, set()).add(name)
    shared = sorted(s for s, names in texts_of.items() if len(names) >= 2)
    right, mixed, by_statement = 0, 0, {}
    for group in groups:
        keys = {(v.label, q.start) for v in group.variants for q in v.quotes}
        statements = {owners.get(key) for key in keys}
        if len(statements) != 1 or None in statements:
            mixed += 1
            print(f"  mixed group: {group!r} holds {sorted(map(str, statements))}")
            continue
        (statement,) = statements
        by_statement.setdefault(statement, []).append((group, keys))
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
        if check["article"] not in analyses or not found:
            continue
        total += 1
        variant = next((v for v in found[0][0].variants if v.label == check["article"]), None)
        if variant is None:
            good = False
        elif "quotes" in check:
            good = len(variant.quotes) == check["quotes"]
        else:
            good = check["missing"].replace("’", "'") in [
                m.replace("’", "'") for m in variant.missing
            ]
        passed += good
        print(f"  {'ok  ' if good else 'FAIL'} check: {check['article']} {check['why']}")
    paraphrases = sum(len(g.paraphrases) for g in groups)
    print()
    print(f"texts present: {len(analyses)} of {len(manifest['articles'])}")
    print(
        f"statements right: {right} of {len(shared)}; mixed groups: {mixed}; "
        f"checks passed: {passed} of {total}; paraphrases listed: {paraphrases}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
