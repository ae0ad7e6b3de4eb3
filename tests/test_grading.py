"""Batch grading: a folder of fabricated submissions (folders and zips) becomes one CSV row each.

A correct one, a partly wrong one, an endless loop, a syntax error, a missing file, a zip,
a renamed file and a broken zip, padded with correct copies to a class of 30, graded with
a 1.5 s time limit per check.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from framing import FramingError, grading

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
SOLUTIONS = EXERCISES / "solutions"
COLUMNS = ["student", "ex01", "ex02", "ex03", "ex04", "ex05", "ex06", "total", "out_of", "errors"]
CLASS_SIZE = 30


def full_marks() -> dict[str, int]:
    """One point per check: the number of @hint decorators in each checks file."""
    return {
        e.column: len(re.findall(r"^@hint\(", e.checks.read_text(encoding="utf-8"), re.M))
        for e in grading.exercises_in(EXERCISES)
    }


def copy_solutions(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for solution in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
        shutil.copy(solution, folder / solution.name)
    return folder


def change(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def submissions(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("submissions")
    copy_solutions(root / "ada-correct")

    ben = copy_solutions(root / "ben-partly-wrong")
    change(
        ben / "ex02_loaded_language.py",
        "return round(1000 * count / words, 1)",
        "return 1000 * count / words",
    )
    change(
        ben / "ex05_rewrite_lab.py",
        "return new[:1].upper() + new[1:] if match.group()[:1].isupper() else new",
        "return new",
    )

    cy = copy_solutions(root / "cy-endless-loop")
    change(
        cy / "ex03_who_gets_quoted.py",
        "    if not attributions:\n        return (None, None)",
        "    while True:\n        pass",
    )

    dee = copy_solutions(root / "dee-syntax-error")
    change(
        dee / "ex04_comparing_coverage.py",
        "def official_share(analysis: Analysis) -> float:",
        "def official_share(analysis",
    )

    eve = copy_solutions(root / "eve-missing-file")
    (eve / "ex06_your_article.py").unlink()

    with zipfile.ZipFile(root / "fay.zip", "w") as archive:
        for solution in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
            archive.write(solution, f"fay/exercises/{solution.name}")
        archive.writestr("__MACOSX/fay/exercises/._ex01_frames.py", b"\x00\x05junk")

    gus = copy_solutions(root / "gus-renamed")
    (gus / "ex02_loaded_language.py").rename(gus / "ex02_loaded_language (1).py")

    (root / "hal.zip").write_bytes(b"this is not a zip file")

    for number in range(9, CLASS_SIZE + 1):
        copy_solutions(root / f"student-{number:02d}")
    return root


def cpu_seconds() -> float:
    """CPU time of this process and of every finished process it started, grandchildren too."""
    try:
        import resource
    except ImportError:  # Windows: fall back to the wall clock
        return time.monotonic()
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.fixture(scope="module")
def graded(submissions, tmp_path_factory):
    output = tmp_path_factory.mktemp("grades") / "grades.csv"
    before = fingerprint(submissions)
    started, cpu = time.monotonic(), cpu_seconds()
    report = grading.grade(submissions, output, timeout=1.5, exercises_dir=EXERCISES)
    seconds = (time.monotonic() - started, cpu_seconds() - cpu)
    with open(output, newline="", encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    return report, rows, seconds, before, output


def points(row: dict[str, str]) -> dict[str, int]:
    return {k: int(row[k]) for k in COLUMNS[1:7]}


def test_one_row_per_student_with_the_columns(graded):
    report, rows, _, _, output = graded
    assert len(rows) == CLASS_SIZE == len(report.rows)
    assert output.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)
    assert report.max_points == full_marks()
    assert all(int(row["out_of"]) == sum(full_marks().values()) for row in rows.values())


def test_a_correct_submission_gets_full_marks(graded):
    _, rows, _, _, _ = graded
    for name in ("ada-correct", "fay", "gus-renamed", "student-09", f"student-{CLASS_SIZE}"):
        assert points(rows[name]) == full_marks(), name
        assert rows[name]["errors"] == ""


def test_a_partly_wrong_submission_loses_only_those_points(graded):
    _, rows, _, _, _ = graded
    expected = {**full_marks(), "ex02": full_marks()["ex02"] - 1, "ex05": full_marks()["ex05"] - 2}
    assert points(rows["ben-partly-wrong"]) == expected
    assert rows["ben-partly-wrong"]["errors"] == ""
    assert int(rows["ben-partly-wrong"]["total"]) == sum(expected.values())


def test_an_endless_loop_is_a_timeout_and_the_rest_is_graded(graded):
    _, rows, _, _, _ = graded
    row = rows["cy-endless-loop"]
    assert points(row) == {**full_marks(), "ex03": full_marks()["ex03"] - 2}
    assert row["errors"] == "ex03: TIMEOUT"


def test_a_syntax_error_and_a_missing_file_are_named(graded):
    _, rows, _, _, _ = graded
    assert points(rows["dee-syntax-error"]) == {**full_marks(), "ex04": 0}
    assert rows["dee-syntax-error"]["errors"] == "ex04: SYNTAX ERROR"
    assert points(rows["eve-missing-file"]) == {**full_marks(), "ex06": 0}
    assert rows["eve-missing-file"]["errors"] == "ex06: MISSING FILE"


def test_a_broken_zip_does_not_stop_the_batch(graded):
    _, rows, _, _, _ = graded
    row = rows["hal"]
    assert int(row["total"]) == 0
    assert "BAD ZIP" in row["errors"] and "ex01: MISSING FILE" in row["errors"]


def test_thirty_students_take_well_under_a_minute(graded):
    """Measured in CPU time, which other programs on the machine cannot inflate: under a
    minute even on one core (about half that on an idle two-core laptop)."""
    _, _, (wall, cpu), _, _ = graded
    assert cpu < 60, f"grading 30 students took {cpu:.0f} s of CPU ({wall:.0f} s on the clock)"


def test_student_files_are_never_changed(graded, submissions):
    _, _, _, before, _ = graded
    assert fingerprint(submissions) == before
    assert not list(submissions.rglob("__pycache__"))


def test_an_existing_csv_is_kept_unless_forced(graded, submissions, tmp_path):
    _, _, _, _, output = graded
    kept = output.read_bytes()
    started = time.monotonic()
    with pytest.raises(FramingError, match="already a file"):
        grading.grade(submissions, output, exercises_dir=EXERCISES)
    assert time.monotonic() - started < 1  # refused before grading anyone
    assert output.read_bytes() == kept

    one = tmp_path / "one"
    copy_solutions(one / "solo")
    target = tmp_path / "grades.csv"
    target.write_text("old\n", encoding="utf-8")
    parser = grading.add_grade_arguments(argparse.ArgumentParser(prog="framing grade"))
    args = [str(one), "-o", str(target), "--force", "--timeout", "2", "--exercises", str(EXERCISES)]
    assert grading.grade_command(parser.parse_args(args)) == 0
    assert target.read_text(encoding="utf-8").splitlines()[1].startswith("solo,")


def test_progress_goes_to_stderr(tmp_path, capsys):
    one = tmp_path / "one"
    (one / "nobody").mkdir(parents=True)
    grading.grade(one, tmp_path / "g.csv", exercises_dir=EXERCISES, timeout=2)
    captured = capsys.readouterr()
    assert "grading: 1/1 done (nobody)" in captured.err
    assert captured.out == ""


def test_grade_command_explains_a_bad_folder(tmp_path, capsys):
    parser = grading.add_grade_arguments(argparse.ArgumentParser(prog="framing grade"))
    args = parser.parse_args([str(tmp_path / "nowhere"), "-o", str(tmp_path / "g.csv")])
    assert grading.grade_command(args) == 2
    assert "is not a folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(FramingError, match="no student folders or zip files"):
        grading.grade(empty, tmp_path / "g.csv", exercises_dir=EXERCISES)
