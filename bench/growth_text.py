"""How the cost of the layers below attribution grows with the text.

Run: ``.venv/bin/python bench/growth_text.py`` (a few minutes; ``--analyze`` also times
the whole of analyze(), attribution included, which takes longer).

Realistic text: the kit's own annotated articles (``seeds/`` and ``tests/data/*/``, all
written for the kit) joined as paragraphs and repeated to 1 MB and to 4 MB. For each
size, best and median of ``--runs`` runs of each step, timed in alternation with one
``NLTKWordTokenizer().span_tokenize`` pass over the same text (the baseline the issue
names), then the ratios: 4 MB over 1 MB for each (linear cost gives about 4), and each
step over the tokenizer pass.

Then inputs that have made such code slow, at 100,000 characters each, against 100,000
characters of the realistic text: runs of one speech verb, long sentences of names and
verbs, colons and dashes, thousands of unclosed quotation marks, a text without spaces.

Steps: ``Article`` (paragraphs, quotation marks, sentences with Punkt), its word table,
``find_quotes``, ``count_loaded_terms`` and an `Analysis` summary's counts of quoted
words. Times are the CPU time of this process (``time.process_time``), so that other
programs on a shared machine do not count; the ratios, measured in the same run, vary
least.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize import NLTKWordTokenizer

from framing import Article, analyze, find_quotes, load_lexicon
from framing.lexicon import count_loaded_terms

ROOT = Path(__file__).resolve().parent.parent
# CPU time of this process: on a shared machine, time spent waiting for a core would
# otherwise count, and it varies from run to run far more than the work does.
clock = time.process_time
MB = 1_000_000
PATHOLOGICAL = {
    "'The mayor said ' + 'said ' * n": lambda n: ("The mayor said " + "said " * n)[:n],
    "'Ana Ruiz said Tom Brook said ' * n": lambda n: ("Ana Ruiz said Tom Brook said " * n)[:n],
    "'Officials: the plan - a test; ' * n": lambda n: ("Officials: the plan - a test; " * n)[:n],
    "'He said \"this is ' * n": lambda n: ('He said "this is ' * n)[:n],
    # a sentence every 15 characters (realistic text: about one in 120), each one a
    # possible break that Punkt weighs
    "'\"A,\" she said. ' * n": lambda n: ('"A," she said. ' * n)[:n],
    "'x.' * n (no spaces)": lambda n: ("x." * n)[:n],
}


def realistic(size: int) -> str:
    """The annotated articles, joined as paragraphs, repeated and cut to ``size`` characters
    (at a paragraph break, so the cut leaves no half sentence)."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/*/*.txt"))
    unit = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in paths) + "\n\n"
    text = (unit * (size // len(unit) + 1))[:size]
    return text[: text.rfind("\n\n")] if "\n\n" in text else text


def layers(text: str, lexicon) -> dict[str, float]:
    """Seconds each step of the text, quotation and lexicon layers takes on ``text``."""
    times = {}
    start = clock()
    article = Article(text, check_language=False)
    times["Article: paragraphs, marks, sentences"] = clock() - start
    start = clock()
    article.word_table  # noqa: B018 -- computed on first use
    times["Article.word_table"] = clock() - start
    start = clock()
    quotes = find_quotes(article)
    times["find_quotes"] = clock() - start
    start = clock()
    count_loaded_terms(article, lexicon)
    times["count_loaded_terms"] = clock() - start
    start = clock()
    sum(q.words for q in quotes if not q.nested)
    times["quoted words (Quote.words)"] = clock() - start
    times["all of the above"] = sum(times.values())
    return times


def measure(text: str, runs: int, lexicon, with_analyze: bool) -> tuple[dict, list[float]]:
    """Each step's times and the tokenizer's, ``runs`` times, alternating."""
    tokenizer = NLTKWordTokenizer()
    steps: dict[str, list[float]] = {}
    baseline = []
    for _ in range(runs):
        start = clock()
        list(tokenizer.span_tokenize(text))
        baseline.append(clock() - start)
        for label, seconds in layers(text, lexicon).items():
            steps.setdefault(label, []).append(seconds)
        if with_analyze:
            start = clock()
            analyze(text, lexicon=lexicon)
            steps.setdefault("analyze() (attribution included)", []).append(clock() - start)
    return steps, baseline


def show(label: str, times: list[float], note: str = "") -> None:
    print(
        f"  {label:42} best {min(times):7.3f} s  median {statistics.median(times):7.3f} s  {note}"
    )


def growth(runs: int, lexicon, with_analyze: bool) -> None:
    results = {}
    for size in (MB, 4 * MB):
        text = realistic(size)
        print(f"{len(text):,} characters of realistic text, {runs} runs")
        steps, baseline = measure(text, runs, lexicon, with_analyze)
        show("NLTKWordTokenizer span_tokenize (baseline)", baseline)
        for label, times in steps.items():
            show(label, times, f"{min(times) / min(baseline):.2f}x the baseline (best/best)")
        results[size] = (steps, baseline)
    print("growth, 4 MB over 1 MB (best of each; linear cost gives about 4)")
    (small, small_base), (large, large_base) = results[MB], results[4 * MB]
    print(f"  {'NLTKWordTokenizer span_tokenize':42} {min(large_base) / min(small_base):5.2f}x")
    for label in small:
        print(f"  {label:42} {min(large[label]) / min(small[label]):5.2f}x")


def pathological(runs: int, lexicon, with_analyze: bool) -> None:
    size = 100_000
    print(f"inputs of {size:,} characters: best of {runs}, and the ratio to realistic text")
    step: Callable[[str], object] = (
        (lambda text: analyze(text, lexicon=lexicon))
        if with_analyze
        else (lambda text: layers(text, lexicon))
    )

    def best(text: str) -> float:
        times = []
        for _ in range(runs):
            start = clock()
            step(text)
            times.append(clock() - start)
        return min(times)

    reference = best(realistic(size))
    what = "analyze()" if with_analyze else "text, quotes and lexicon"
    print(f"  {'realistic text (' + what + ')':42} {reference:7.3f} s")
    for label, make in PATHOLOGICAL.items():
        seconds = best(make(size))
        print(f"  {label:42} {seconds:7.3f} s  {seconds / reference:5.2f}x realistic")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--analyze", action="store_true", help="also time analyze()")
    args = parser.parse_args()
    lexicon = load_lexicon()
    Article("Warm up: NLTK's Punkt. It loads once.", check_language=False)
    growth(args.runs, lexicon, args.analyze)
    pathological(args.runs, lexicon, args.analyze)


if __name__ == "__main__":
    main()
