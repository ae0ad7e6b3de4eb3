"""Where the seed's analyze() spends its CPU time, step by step, without a profiler.

Run: ``python bench/seed_steps.py [--runs 300] [--short]``. Times each step below (a
function or method of the kit, its time including what it calls) with the CPU clock of
this process while analyze() runs on the seed (``--short``: on 50 of the generated short
articles that ``bench/core.py`` and ``bench/calibrate.py`` time), and prints each step's
mean milliseconds per analyze() and its share. cProfile (``bench/profile_growth.py``)
times every call and about doubles analyze()'s time; timing these steps alone adds a cost
to these few calls only, so the milliseconds are close to an untimed run's.

What it can not tell you: the steps nest (``Engine.read_sentence`` holds
``SpeakerReader.speaker_phrase``), so the shares do not add up to 100%; and the machine's
other work still slows this process through the shared cores and caches: compare steps
of one run, and runs by ``bench/calibrate.py``'s same-run ratios.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from functools import cached_property, wraps
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import synthetic_articles

from framing import load_seed
from framing.analysis import analyze
from framing.lexicon import load_lexicon

# (module, name in it): analyze()'s steps, in the order they run, and the larger parts of each
STEPS = (
    ("framing.text", "Article.__init__"),
    ("framing.text", "check_text"),
    ("framing.text", "_punkt_spans"),
    ("framing.text", "Article.normalized"),
    ("framing.text", "Article.word_table"),
    ("framing.attribution.page", "Page.read"),
    ("framing.attribution.page", "capitalised_runs"),
    ("framing.attribution", "meet_names"),
    ("framing.attribution.engine", "Engine.read_sentence"),
    ("framing.attribution.cues", "CueFinder.cue_candidates"),
    ("framing.attribution.speakers", "SpeakerReader.speaker_phrase"),
    ("framing.attribution.resolve", "Resolver.resolve"),
    ("framing.attribution.sources", "Recorder.collect"),
    ("framing.attribution.sources", "word_index"),
    ("framing.attribution.sources", "source_type"),
    ("framing.analysis", "term_hits_with_voices"),
)


def timed(function: Callable, label: str, spent: dict[str, float]) -> Callable:
    """``function``, adding its CPU seconds to ``spent[label]`` (once, if it calls itself)."""
    running = [0]

    @wraps(function)
    def step(*args, **kwargs):
        running[0] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            running[0] -= 1
            if not running[0]:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start

    return step


def time_steps(spent: dict[str, float]) -> None:
    """Replace each step of `STEPS` by a timed copy that adds to ``spent``."""
    for module_name, name in STEPS:
        owner: object = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        found = vars(owner).get(attribute)
        if isinstance(found, cached_property):
            replaced = cached_property(timed(found.func, name, spent))
            replaced.__set_name__(owner, attribute)
        else:  # a function, a method, or a class method bound to its class
            replaced = timed(getattr(owner, attribute), name, spent)
        setattr(owner, attribute, replaced)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300, help="analyses timed (default 300)")
    parser.add_argument("--short", action="store_true", help="50 short generated articles")
    args = parser.parse_args(argv)
    lexicon = load_lexicon()
    texts = synthetic_articles(50) if args.short else [load_seed().text]
    spent: dict[str, float] = {}
    time_steps(spent)
    for text in texts:
        analyze(text, lexicon=lexicon)  # imports NLTK, fills the caches of pure readers
    spent.clear()
    start = time.process_time()
    for _ in range(args.runs):
        for text in texts:
            analyze(text, lexicon=lexicon)
    total = (time.process_time() - start) / args.runs
    what = "50 short articles" if args.short else "the seed"
    print(f"analyze() on {what}: {total * 1000:.2f} ms of CPU, mean of {args.runs} runs")
    for _, name in STEPS:
        seconds = spent.get(name, 0.0) / args.runs
        print(f"  {name:<32} {seconds * 1000:8.2f} ms  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
