"""The engine's outputs on every annotated text, written down so "same as before" can be checked.

Run: ``python bench/snapshot.py`` to write ``bench/snapshot.json``;
``python bench/snapshot.py --check`` to compare the current outputs with it, printing
per text what changed (exit status 1 when anything did).

Texts: ``seeds/*.txt`` and ``tests/data/*/*.txt``, the texts the repository holds. The real
articles of ``bench/realnews/`` are left out: they are third parties' text, and the snapshot's
names and offsets would carry them (and the blind test part) into git; ``bench/realnews/score.py``
measures them instead.

For each text: quotations (offsets, kind, speaker, cue, reason when the speaker is unclear),
attributions (sentence, source, kind, cue, stance, cue offsets, quotations, reported clause),
sources (name, type, country, unnamed, role, mentions) and loaded-term hits (offsets, term,
category, voice). Refresh the file only in a commit that says which outputs changed and why.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from framing import Article
from framing.analysis import analyze

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "bench" / "snapshot.json"


def texts() -> list[Path]:
    """Every annotated text, in a stable order."""
    return sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/*/*.txt"))


def _name(source) -> str | None:
    return None if source is None else source.name


def outputs(text: str) -> dict[str, list[str]]:
    """The engine's findings on one text, one short line per record."""
    a = analyze(Article(text))
    quotes = [
        f"{q.start}-{q.end} {q.kind} speaker={_name(q.speaker)!r} cue={q.cue!r}"
        + (f" reason={getattr(q, 'speaker_reason', None)!r}" if q.speaker is None else "")
        + (" nested" if q.nested else "")
        for q in a.quotes
    ]
    attributions = [
        f"s{x.sentence} p{x.paragraph} {x.source.name!r} {x.kind} cue={x.cue!r} "
        f"stance={x.stance} quotes={list(x.quotes)} content={list(x.content or ())} "
        f"cues={[(c.start, c.end, c.text, c.stance) for c in x.cues]}"
        for x in a.attributions
    ]
    sources = [
        f"{s.name!r} type={s.type!r} country={s.country!r} unnamed={s.unnamed} "
        f"role={s.role!r} mentions={[(m.start, m.end, m.text) for m in s.mentions]}"
        for s in a.sources
    ]
    hits = [f"{h.start}-{h.end} {h.term!r} {h.category} voice={h.voice!r}" for h in a.hits]
    return {"quotes": quotes, "attributions": attributions, "sources": sources, "hits": hits}


def current() -> dict[str, dict[str, list[str]]]:
    return {
        path.relative_to(ROOT).as_posix(): outputs(path.read_text(encoding="utf-8"))
        for path in texts()
    }


def differences(old: dict[str, list[str]], new: dict[str, list[str]]) -> list[str]:
    """Lines that only the old outputs have ("-") and only the new ones have ("+")."""
    lines = []
    for part in ("quotes", "attributions", "sources", "hits"):
        before, after = old.get(part, []), new.get(part, [])
        lines += [f"  {part} - {line}" for line in before if line not in after]
        lines += [f"  {part} + {line}" for line in after if line not in before]
    return lines


def check() -> int:
    saved = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = current()
    changed = 0
    for name in sorted(saved.keys() | now.keys()):
        if name not in now or name not in saved:
            where = "only in the snapshot" if name in saved else "not in the snapshot"
            print(f"{name}: {where}")
            changed += 1
            continue
        lines = differences(saved[name], now[name])
        if lines:
            changed += 1
            print(f"{name}:")
            print("\n".join(lines))
    compared = len(saved.keys() & now.keys())
    print(f"{changed} of {compared} texts differ from bench/snapshot.json")
    return 1 if changed else 0


def write() -> None:
    now = current()
    SNAPSHOT.write_text(json.dumps(now, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote the outputs on {len(now)} texts to {SNAPSHOT.relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    if parser.parse_args(argv).check:
        return check()
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
