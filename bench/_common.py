"""Shared helpers for the benchmarks: medians of repeated timings and a synthetic corpus."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def needs_the_kits_python(missing: ModuleNotFoundError, script: str) -> str:
    """The one-line answer when a benchmark runs on a Python without the kit installed."""
    name = Path(script).name
    return (
        f"{script} needs the kit's Python ({missing.name} is not installed in this one): run "
        f"python3 kit.py bench {name}, which sets the kit up the first time."
    )


SENTENCES = [
    '"We will not back down," said {name}, a spokesperson for the {org}.',
    "{name}, an analyst at the {org}, noted that the plan could fail.",
    'The {org} said in a statement that it "regrets" the decision.',
    "Critics called the crackdown draconian and warned of mass deportations.",
    '"It is a flagrant abuse," {name} told reporters. "We will appeal."',
    "According to the {org}, more than 1,200 people were detained on Monday.",
    "Officials insisted the measures were lawful, while advocates fear that innocent people suffer",
    "The U.S. embassy announced that talks would resume in Jan. next year.",
    "Residents said the notorious gang had left the area, though police disputed that account.",
    "She denied the allegations and said the so-called report was a hoax.",
]
NAMES = ["Ana Ruiz", "Tom Baker", "Leila Haddad", "Kwame Mensah", "Olga Petrova", "Jin Park"]
ORGS = ["Ministry of Health", "Human Rights Watch", "city council", "Migration Policy Institute"]


def synthetic_articles(count: int, *, seed: int = 7) -> list[str]:
    """Articles of 8-20 paragraphs made from a bank of sentence patterns."""
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        paragraphs = [f"Report {i}: Officials Warn Of New Measures"]
        for _ in range(rng.randint(8, 20)):
            template = rng.choice(SENTENCES)
            paragraphs.append(template.format(name=rng.choice(NAMES), org=rng.choice(ORGS)))
        articles.append("\n".join(paragraphs))
    return articles


def times_ms(
    function: Callable[[], object],
    *,
    repeat: int = 50,
    warmup: int = 3,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """The times of ``repeat`` runs of ``function`` in milliseconds, after ``warmup`` runs,
    by ``clock``: wall time, or ``time.process_time`` for the CPU time of this process
    (other programs on a shared machine do not count, though they still slow it through
    the shared cores)."""
    for _ in range(warmup):
        function()
    times = []
    for _ in range(repeat):
        start = clock()
        function()
        times.append((clock() - start) * 1000)
    return times


def median_ms(function: Callable[[], object], *, repeat: int = 50, warmup: int = 3) -> float:
    """Median wall time of ``function`` in milliseconds."""
    return statistics.median(times_ms(function, repeat=repeat, warmup=warmup))


def paired_medians(
    first: Callable[[], object], second: Callable[[], object], *, repeat: int = 300
) -> tuple[float, float, float]:
    """Medians (ms) of two functions timed in alternation, and the median of their ratios.

    Alternating keeps a busy machine from favouring one side: both see the same load.
    """
    for _ in range(3):
        first()
        second()
    a_times, b_times, ratios = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        first()
        middle = time.perf_counter()
        second()
        end = time.perf_counter()
        a_times.append(middle - start)
        b_times.append(end - middle)
        ratios.append((end - middle) / (middle - start))
    return (
        statistics.median(a_times) * 1000,
        statistics.median(b_times) * 1000,
        statistics.median(ratios),
    )
