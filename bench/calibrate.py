"""This machine, in the units issue 14's speed bars were set in.

Issue 14 set its bars ("the seed within 10 ms", "a 1,000-article folder within 10 s on
2 cores") on the machine of the session that filed it, where the engine of that day,
commit 08b9f64, analysed an article in about 3 ms and realistic text at about 1.0 s per
MB (the issue's own words). This script times that engine and this tree's on the same
texts, in the same run, alternated, each in a process of its own, and prints how much
slower this machine is than the one the bars were set on, and this tree's times on it.

Run: ``python bench/calibrate.py [--rounds N]`` (about a minute). It needs the
repository's history: commit 08b9f64 is unpacked with ``git archive`` into a temporary
folder (in a shallow clone, ``git fetch --unshallow`` first). ``--against REV`` times a
third engine in the same run, the one at REV (``main``, a commit), and prints this tree's
time as a share of REV's: a change measured against what it changes, on the same machine.

What it can not tell you: the issue's "about 3 ms" is one reading on one day, so the
scaled times are estimates; the ratio between the two engines, measured here, is not.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import synthetic_articles

ROOT = Path(__file__).resolve().parent.parent
# The engine as it was when issue 14 was filed, and what the issue says it took there.
FILED_AT = "08b9f64"
FILED_SEED_MS = 3.0
FILED_SECONDS_PER_MB = 1.0

# Run inside each engine's own process: time analyze() on each text, CPU time, medians.
WORKER = """
import json, statistics, sys, time
from framing.analysis import analyze
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
runs = int(sys.argv[2])
result = {}
for label, batch in texts.items():
    for text in batch:
        analyze(text)
    times = []
    for _ in range(runs if len(batch) == 1 else 1):
        start = time.process_time()
        for text in batch:
            analyze(text)
        times.append(time.process_time() - start)
    result[label] = statistics.median(times)
print(json.dumps(result))
"""


def unpack_engine(commit: str, into: Path) -> Path:
    """The src/ folder of COMMIT, unpacked from the repository's history into INTO."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "src"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise SystemExit(
            f"bench/calibrate.py needs commit {commit} from the repository's history, and "
            f"git could not find it: in a shallow clone run git fetch --unshallow first."
        )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def time_engine(src: Path, texts_file: Path, runs: int) -> dict[str, float]:
    """Seconds of CPU time per text set, measured by the engine in SRC in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(texts_file), str(runs)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def texts_to_time(mb_size: int) -> dict[str, list[str]]:
    """The seed, 200 short generated articles, and realistic text of MB_SIZE characters."""
    from growth import realistic

    from framing import load_seed

    return {
        "seed": [load_seed().text],
        "200 short articles": synthetic_articles(200),
        "realistic text": [realistic(mb_size)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="alternated rounds (default 2)")
    parser.add_argument("--runs", type=int, default=100, help="runs of the seed per round")
    parser.add_argument(
        "--size", type=int, default=250_000, help="characters of realistic text (250,000)"
    )
    parser.add_argument("--against", metavar="REV", help="also time the engine at REV")
    args = parser.parse_args()
    texts = texts_to_time(args.size)
    with tempfile.TemporaryDirectory() as folder:
        texts_file = Path(folder) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        engines = {FILED_AT: unpack_engine(FILED_AT, Path(folder)), "this tree": ROOT / "src"}
        if args.against:
            engines[args.against] = unpack_engine(args.against, Path(folder) / "against")
        times: dict[str, dict[str, list[float]]] = {name: {} for name in engines}
        for _ in range(args.rounds):
            for name, src in engines.items():
                for label, seconds in time_engine(src, texts_file, args.runs).items():
                    times[name].setdefault(label, []).append(seconds)
    best = {name: {k: min(v) for k, v in t.items()} for name, t in times.items()}
    report(texts, best)
    if args.against:
        compare(texts, best["this tree"], best[args.against], args.against)


def report(texts: dict[str, list[str]], best: dict[str, dict[str, float]]) -> None:
    """Print both engines' times, the machine's factor, and this tree's scaled times."""
    old, new = best[FILED_AT], best["this tree"]
    factor = old["seed"] * 1000 / FILED_SEED_MS
    mb = len(texts["realistic text"][0]) / 1_000_000
    print(f"CPU time, best of the rounds ({FILED_AT} = the engine when issue 14 was filed)")
    for label in texts:
        print(
            f"  {label:<20} {FILED_AT} {old[label] * 1000:9.1f} ms   this tree "
            f"{new[label] * 1000:9.1f} ms   ratio {new[label] / old[label]:.2f}x"
        )
    print(
        f"this machine against the issue's: {FILED_AT} took {old['seed'] * 1000:.1f} ms on "
        f"the seed here, about {FILED_SEED_MS:g} ms there: {factor:.2f}x slower"
    )
    per_mb = old["realistic text"] / mb
    print(
        f"  (by realistic text: {per_mb:.2f} s per MB here, about {FILED_SECONDS_PER_MB:g} s "
        f"there: {per_mb / FILED_SECONDS_PER_MB:.2f}x)"
    )
    print(
        f"this tree on the issue's machine, estimated: the seed {new['seed'] * 1000 / factor:.1f}"
        f" ms (bar 10 ms); 1,000 short articles {new['200 short articles'] * 5 / factor:.1f} s "
        "of CPU on one core (bar: 10 s on two)"
    )


def compare(
    texts: dict[str, list[str]], new: dict[str, float], old: dict[str, float], rev: str
) -> None:
    """Print this tree's CPU time against the engine at REV's, text set by text set."""
    print(f"this tree against {rev} (same run, CPU time, best of the rounds)")
    for label in texts:
        print(
            f"  {label:<20} {rev} {old[label] * 1000:9.1f} ms   this tree "
            f"{new[label] * 1000:9.1f} ms   {100 * (new[label] / old[label] - 1):+.1f}%"
        )


if __name__ == "__main__":
    main()
