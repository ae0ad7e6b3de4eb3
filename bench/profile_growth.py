"""Where analyze()'s time goes on 1 MB and on 4 MB of realistic text, function by function.

Run: ``python bench/profile_growth.py`` (about three minutes; ``--sizes 1 4`` in MB). Profiles
one analyze() of each size with cProfile and prints, for the functions that take most of
the largest size, their cumulative seconds at each size and the ratio of the largest to
the smallest. Linear cost gives a ratio near the ratio of the sizes; a function well above
it grows faster than the text and is the place to look. The profiler slows everything
about twice, evenly, so read the ratios, not the seconds. Then the cyclic garbage
collector: how many collections of each generation ran, and their seconds, without the
profiler, and the most objects one full collection read (``--collector`` prints only
these).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from growth import realistic

from framing import Article
from framing.analysis import analyze

MB = 1_000_000


def profile(text: str) -> dict[str, float]:
    """Cumulative seconds of each function in one analyze() of ``text``."""
    profiler = cProfile.Profile()
    profiler.enable()
    analyze(Article(text))
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {
        f"{Path(file).name}:{line} {name}": cumulative
        for (file, line, name), (_, _, _, cumulative, _) in stats.items()
    }


def collections(text: str) -> tuple[float, dict[int, list[float]], int]:
    """analyze()'s seconds, each generation's (collections, seconds) in it, and the most
    objects a full collection read."""
    by_generation: dict[int, list[float]] = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    started = [0.0]
    most = [0]

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            if info["generation"] == 2:
                most[0] = max(most[0], len(gc.get_objects()))
            started[0] = time.process_time()
        else:
            counts = by_generation[info["generation"]]
            counts[0] += 1
            counts[1] += time.process_time() - started[0]

    gc.collect()
    gc.callbacks.append(note)
    start = time.process_time()  # this process's CPU time: other programs do not count
    analyze(Article(text))
    took = time.process_time() - start
    gc.callbacks.remove(note)
    return took, by_generation, most[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(1, 4), help="in MB")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--collector", action="store_true", help="the collector only")
    args = parser.parse_args()
    small, large = (realistic(size * MB) for size in args.sizes)
    analyze(Article(realistic(20_000)))  # load the lexicon and the word lists first
    if not args.collector:
        first, second = profile(small), profile(large)
        print(f"cumulative seconds under cProfile, {args.sizes[0]} MB and {args.sizes[1]} MB")
        for label in sorted(second, key=second.get, reverse=True)[: args.top]:
            if label in first and first[label] > 0:
                ratio = second[label] / first[label]
                print(f"  {first[label]:7.2f} {second[label]:7.2f} {ratio:6.2f}x  {label}")
    print("the garbage collector, without the profiler: collections and seconds by generation")
    for size, text in zip(args.sizes, (small, large), strict=True):
        took, by_generation, most = collections(text)
        spent = " ".join(f"gen{g} {n:.0f} in {s:.2f} s" for g, (n, s) in by_generation.items())
        share = sum(s for _, s in by_generation.values()) / took
        print(
            f"  {size} MB: analyze {took:.2f} s; {spent}; collector {share:.0%} of it; "
            f"at most {most:,} objects read by a full collection"
        )


if __name__ == "__main__":
    main()
