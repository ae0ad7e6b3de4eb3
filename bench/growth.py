"""How analyze()'s time grows with the text, on realistic and on pathological inputs.

Run: ``python bench/growth.py`` (``--quick`` skips the 1 MB and 4 MB texts; ``--size K``
times the pathological inputs at K thousand characters instead of 100, to see one grow
against realistic text of the same length; ``--gc-off`` turns Python's
cyclic garbage collector off while each run is timed, to show its share: its full
collections read every object alive, so they cost more per MB as the text grows). Prints,
from one run:

- realistic text of 1 MB and 4 MB (the annotated articles of ``seeds/`` and ``tests/data/``
  one after another, repeated): best of three analyze() times each, their ratio (linear
  cost gives about 4), and the ratio to one ``NLTKWordTokenizer().span_tokenize`` pass over
  the same 4 MB, timed in the same run; and, for reference, the tokenizer's own 4 MB / 1 MB
  ratio, which shows how much a linear library's time grows on this machine;
- each pathological input of issue 14 at 100 k characters, against 100 k characters of the
  realistic text: medians of three runs and their ratio.

Each ratio is printed with issue 14's bar and whether this run met it. Times are CPU time
of this process (``time.process_time``), so that other work on a shared machine slows
the runs less than it would wall-clock time; on an idle machine the two agree.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize import NLTKWordTokenizer

from framing import Article
from framing.analysis import analyze

ROOT = Path(__file__).resolve().parent.parent
# issue 14's bars: 4 MB within 4.6x the time of 1 MB, and within 3x one NLTK tokenizer pass
# over the same 4 MB; each pathological input within 10x realistic text of its length
BAR_GROWTH, BAR_NLTK, BAR_PATHOLOGICAL = 4.6, 3.0, 10.0

PATHOLOGICAL = {
    '"The mayor said " + "said " * N': lambda n: "The mayor said " + "said " * (n // 5),
    '"Ana Ruiz said Tom Brook said " * N': lambda n: "Ana Ruiz said Tom Brook said " * (n // 29),
    '"The mayor said: " * N': lambda n: "The mayor said: " * (n // 16),
    '"The mayor - a man - said " * N': lambda n: "The mayor - a man - said " * (n // 25),
    "'He said \"this is ' * N": lambda n: 'He said "this is ' * (n // 17),
    # a transcript: paragraphs that are each a quotation and nothing else, all different
    "quotation paragraphs, N of them": lambda n: quotation_paragraphs(n),
    # N different people, each named in full and then someone else by a given name alone
    "different people, N of them": lambda n: different_people(n),
    # N people, each with a title opened by a different body's short name
    "titles of N different bodies": lambda n: titles_of_bodies(n),
}


def different_people(size: int) -> str:
    """``size`` characters of paragraphs that each name three new people: two in full, one
    by a given name alone ("Kaloten Mira said ... Sorvo said ..."), so that a rule that
    looks a given name up among everyone met so far is asked once a paragraph."""
    paragraphs, length, i = [], 0, 0
    while length < size:
        given, surname, other = (_made_up_name(3 * i + j) for j in range(3))
        paragraph = f'{given} {surname} said the plan would fail. {other} said "we will see".\n\n'
        paragraphs.append(paragraph)
        length, i = length + len(paragraph), i + 1
    return "".join(paragraphs)[:size]


_SYLLABLES = "ka lo mi ra ten vo zu bel dor fin gar hul jes mar nor pel qui sor tav wen".split()


def titles_of_bodies(size: int) -> str:
    """``size`` characters of paragraphs that each name a person by a title opened by a new
    body's short name ("Kaloten Senior Vice President Mira Ruiz said ..."), so that a rule
    that looks the body's full name up in the text is asked once a paragraph."""
    paragraphs, length, i = [], 0, 0
    while length < size:
        body, given = _made_up_name(2 * i), _made_up_name(2 * i + 1)
        paragraph = f"{body} Senior Vice President {given} Ruiz said the plan would fail.\n\n"
        paragraphs.append(paragraph)
        length, i = length + len(paragraph), i + 1
    return "".join(paragraphs)[:size]


def _made_up_name(number: int) -> str:
    """A different name for each number below 20 ** 4: its digits in base 20 as syllables."""
    digits = [(number // 20**k) % 20 for k in range(4)]
    return "".join(_SYLLABLES[d] for d in digits).capitalize()


def quotation_paragraphs(size: int) -> str:
    """``size`` characters of paragraphs that are each one quotation, no two alike."""
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split()
    lines, length, i = [], 0, 0
    while length < size:
        line = f"\u201c{words[i % 12]} {words[i * 7 % 12]} line {i} of the speech.\u201d\n\n"
        lines.append(line)
        length, i = length + len(line), i + 1
    return "".join(lines)[:size]


def realistic(size: int) -> str:
    """``size`` characters of annotated articles, one after another, cut at a paragraph."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/*/*.txt"))
    body = "\n\n".join(path.read_text(encoding="utf-8").strip() for path in paths)
    text = (body + "\n\n") * (size // len(body) + 1)
    return text[: text.rfind("\n\n", 0, size)]


def timings(function: Callable[[], object], runs: int = 3, *, gc_off: bool = False) -> list[float]:
    times = []
    for _ in range(runs):
        if gc_off:
            gc.disable()
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
        gc.enable()
        gc.collect()
    return times


def verdict(ratio: float, bar: float) -> str:
    return f"(bar {bar:g}: {'met' if ratio <= bar else 'NOT met'})"


def analysis_of(text: str) -> Callable[[], object]:
    return lambda: analyze(Article(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1 MB and 4 MB texts")
    parser.add_argument(
        "--size", type=int, default=100, help="thousands of characters of each input (100)"
    )
    parser.add_argument(
        "--gc-off", action="store_true", help="turn the garbage collector off while timing"
    )
    args = parser.parse_args()
    gc_off = args.gc_off
    analyze(Article(realistic(20_000)))  # load the lexicon and the word lists first
    if not args.quick:
        one, four = realistic(1_000_000), realistic(4_000_000)
        tokenizer = NLTKWordTokenizer()
        runs: dict[str, list[float]] = {"one": [], "four": [], "nltk": [], "nltk one": []}
        for _ in range(3):  # in turn, so that a busy machine slows all four alike
            runs["one"] += timings(analysis_of(one), runs=1, gc_off=gc_off)
            runs["four"] += timings(analysis_of(four), runs=1, gc_off=gc_off)
            runs["nltk"] += timings(
                lambda: list(tokenizer.span_tokenize(four)), runs=1, gc_off=gc_off
            )
            runs["nltk one"] += timings(
                lambda: list(tokenizer.span_tokenize(one)), runs=1, gc_off=gc_off
            )
        best_one, best_four, best_nltk, best_nltk_one = (
            min(runs[k]) for k in ("one", "four", "nltk", "nltk one")
        )
        print("realistic text, best of 3")
        print(f"  analyze 1 MB    {best_one:7.2f} s")
        growth, against_nltk = best_four / best_one, best_four / best_nltk
        print(
            f"  analyze 4 MB    {best_four:7.2f} s   4 MB / 1 MB = {growth:.2f}"
            f"   {verdict(growth, BAR_GROWTH)}"
        )
        print(
            f"  NLTK span_tokenize 4 MB {best_nltk:7.2f} s   "
            f"analyze / NLTK on 4 MB = {against_nltk:.2f}   {verdict(against_nltk, BAR_NLTK)}"
        )
        # a linear library on the same machine and texts: how much of the growth is the
        # machine's (memory, caches), not the kit's
        print(
            f"  NLTK span_tokenize 1 MB {best_nltk_one:7.2f} s   "
            f"NLTK's own 4 MB / 1 MB = {best_nltk / best_nltk_one:.2f}   (for reference)"
        )
    size = args.size
    base = statistics.median(timings(analysis_of(realistic(size * 1000)), gc_off=gc_off))
    print(f"{size} k characters, median of 3")
    print(f"  {'realistic text':40} {base:7.3f} s")
    for label, make in PATHOLOGICAL.items():
        took = statistics.median(timings(analysis_of(make(size * 1000)), gc_off=gc_off))
        ratio = took / base
        print(
            f"  {label:40} {took:7.3f} s   {ratio:5.1f} x realistic   "
            f"{verdict(ratio, BAR_PATHOLOGICAL)}"
        )


if __name__ == "__main__":
    main()
