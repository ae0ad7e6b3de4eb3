"""Speed of `framing.align_quotes`: aligning the bundled corpus, and a growing synthetic one.

Run: ``.venv/bin/python bench/align_speed.py [--sizes 50 100 200]``. The six bundled texts are
analysed once; then `align_quotes` runs on their analyses (the alignment alone):
the time of the first call (which reads every quotation afresh) and the median
of later calls are printed; the target for both is well under a second
(TARGET_MS). Then the same for 50, 100 and 200 synthetic articles
(bench/_common.py; other counts with ``--sizes``), whose quotations repeat a
small bank of sentences, so nearly every article shares words with every other:
the worst case for matching. The last column, milliseconds per article, stays
roughly flat when the cost grows in proportion to the corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_ms, synthetic_articles

from framing import align_quotes, analyze, list_seeds, load_seed

TARGET_MS = 250.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200], help="articles")
    sizes = parser.parse_args(argv).sizes
    analyses = [analyze(load_seed(name)) for name in list_seeds()]
    start = time.perf_counter()
    align_quotes(analyses)  # the first call reads every quotation's words afresh
    first_ms = (time.perf_counter() - start) * 1000
    corpus_ms = median_ms(lambda: align_quotes(analyses), repeat=20)
    groups = align_quotes(analyses)
    print(f"bundled corpus: {len(analyses)} texts, {len(groups)} shared statements")
    print(f"align_quotes first call: {first_ms:.1f} ms")
    print(f"align_quotes median: {corpus_ms:.1f} ms (target under {TARGET_MS:.0f} ms)")
    print()
    print("articles  median ms  ms per article")
    for count in sizes:
        synthetic = [analyze(text) for text in synthetic_articles(count)]
        ms = median_ms(lambda s=synthetic: align_quotes(s), repeat=3, warmup=1)
        print(f"{count:8d}  {ms:9.1f}  {ms / count:14.2f}")
    return 0 if max(first_ms, corpus_ms) < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
