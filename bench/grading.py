"""Benchmark ``framing grade`` on an honest class of 30 (the reference solutions, with a
few wrong answers and one endless loop, as a real class has).

    .venv/bin/python bench/grading.py [--students 30] [--sandbox auto|bubblewrap|none]

Builds the class in a temporary folder, grades it once with the default time limit per
check, checks that every student got a row, and prints the wall time, the isolation and
the time per student. The goal (issue 16): a class of 30 within 2 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import tempfile
import time
from pathlib import Path

from framing import grading

KIT = Path(__file__).resolve().parents[1]
SOLUTIONS = KIT / "exercises" / "solutions"


def build_class(root: Path, students: int) -> None:
    for number in range(students):
        folder = root / f"student-{number:02d}"
        shutil.copytree(SOLUTIONS, folder)
        if number % 5 == 1:  # a wrong answer: no rounding
            path = folder / "ex02_loaded_language.py"
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("round(1000 * count / words, 1)", "1000 * count / words"))
        if number == 7:  # an endless loop in one function
            path = folder / "ex03_who_gets_quoted.py"
            text = path.read_text(encoding="utf-8")
            old = "    if not attributions:\n        return (None, None)"
            path.write_text(text.replace(old, "    while True:\n        pass"), encoding="utf-8")


def _cpu_seconds() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--sandbox", default="auto", choices=["auto", "bubblewrap", "none"])
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="framing-bench-grade-") as work:
        root = Path(work) / "class"
        root.mkdir()
        build_class(root, options.students)
        output = Path(work) / "grades.csv"
        started, cpu = time.monotonic(), _cpu_seconds()
        report = grading.grade(
            root, output, exercises_dir=KIT / "exercises", sandbox=options.sandbox, progress=False
        )
        seconds, cpu = time.monotonic() - started, _cpu_seconds() - cpu
        with open(output, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    assert len(rows) == options.students, "a student is missing from the CSV"
    full = sum(r["total"] == r["out_of"] for r in rows)
    print(f"isolation: {report.isolation.mode}; CPUs: {os.cpu_count()}; load: {_load()}")
    print(
        f"graded {options.students} students in {seconds:.1f} s "
        f"({seconds / options.students:.2f} s per student); {full} with full marks"
    )
    # CPU time of every process the grading started: what the class costs on an idle machine,
    # however busy this one is (the wall time above counts other programs' load too).
    print(f"CPU time, all processes: {cpu:.1f} s ({cpu / 2:.1f} s of wall time on 2 idle cores)")


if __name__ == "__main__":
    main()
