"""`grade(...)` for teachers: ``framing grade SUBMISSIONS -o grades.csv``.

The stages, in order: check where the CSV goes (before any grading, so no work is lost),
choose the isolation, collect each submission into a fresh private folder, run the checks
against it (the student's code inside the sandbox or under process limits), check the
answer files of the judgement track (read as data, in this process: judged.py), and, once
every student's processes are gone, write the CSV in one step.

A student is graded on the tracks they started: exercise files, answer files, or both. An
untouched template or a blank answer file is not a start; a student who started neither is
graded on everything they handed in (on both tracks when they handed in nothing).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .. import judgements
from .._files import check_writable, write_atomic
from ..errors import FramingError
from ..progress import TerminalProgress
from .collect import NotRead, Submission, collect, find_submissions
from .harness import ENV_LIMITS
from .judged import judge_all
from .layout import DEFAULT_TIMEOUT, Exercise, exercises_in, find_exercises
from .processes import Limits
from .report import (
    GradeRow,
    csv_for,
    row_from_results,
    row_without_results,
    with_answer_files,
)
from .run import Zygote, run_checks
from .sandbox import ENV_SANDBOX, Isolation, choose_isolation

__all__ = ["GradeReport", "add_grade_arguments", "grade", "grade_command"]


@dataclass(frozen=True, slots=True)
class GradeReport:
    """What `grade` wrote."""

    path: Path
    rows: tuple[GradeRow, ...]
    not_read: tuple[NotRead, ...]
    isolation: Isolation
    seconds: float

    def __repr__(self) -> str:
        flagged = sum(r.status not in ("ok", "not started") for r in self.rows)
        return (
            f"<GradeReport {self.path.name}: {len(self.rows)} students, {flagged} with a "
            f"problem, {len(self.not_read)} entries not read, {self.seconds:.1f} s>"
        )


def _chosen(
    exercises: Sequence[Exercise], lessons: Sequence[str], only: str | Sequence[str] | None
) -> tuple[list[Exercise], list[str]]:
    """The exercises and the judgement lessons that ``only`` names (all when not given).

    "02" names both tracks of lesson 02, "ex02" its exercise file alone, "j02" its answer
    file alone; "01a" (a lesson with no exercise file) its answer file.
    """
    if not only:
        return list(exercises), list(lessons)
    wanted = only.split(",") if isinstance(only, str) else list(only)
    words = [w.strip().lower() for w in wanted if w.strip()]
    numbers = {e.number for e in exercises}
    codes: set[str] = set()
    answers: set[str] = set()
    unknown = []
    for word in words:
        track, name = _track_and_lesson(word)
        code = track != "judgement" and name in numbers
        answer = track != "code" and name in lessons
        codes.update([name] if code else [])
        answers.update([name] if answer else [])
        if not (code or answer):
            unknown.append(word)
    if unknown or not words:
        asked = only if isinstance(only, str) else ",".join(only)
        named = f" ({', '.join(unknown)})" if unknown else ""
        raise FramingError(
            f'--only "{asked}" names no exercise here{named}. '
            "Exercise files: "
            f"{', '.join(sorted(numbers))}; answer files: {', '.join(lessons)}. For example "
            "--only 02,03 (both tracks), --only ex02 (the exercise file) or --only j02 "
            "(the answer file)."
        )
    return [e for e in exercises if e.number in codes], [n for n in lessons if n in answers]


def _track_and_lesson(word: str) -> tuple[str, str]:
    """("code" | "judgement" | "both", "02") for "ex02", "j2", "02", "01a" and the like."""
    track = "both"
    if word.startswith("ex"):
        track, word = "code", word[2:]
    elif word.startswith("j"):
        track, word = "judgement", word[1:]
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    if not digits.isdigit():
        return track, word
    return track, f"{int(digits):02d}{word[len(digits) :]}"


def _check_output(target: Path, force: bool) -> Path:
    """The CSV's path, checked before anything is graded."""
    target = check_writable(target, overwrite=force, how_to_replace="replace it with --force")
    folder = target.parent if str(target.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FramingError(
            f'Cannot write in the folder "{folder}". Choose a folder you can write in.'
        )
    return target


def _grade_one(
    submission: Submission,
    chosen: tuple[Sequence[Exercise], Sequence[str]],
    timeout: float,
    isolation: Isolation,
    limits: Limits,
    zygote: Zygote | None,
) -> GradeRow:
    exercises, lessons = chosen
    work = Path(tempfile.mkdtemp(prefix="framing-grade-"))  # 0700: the grader's alone
    try:
        folder = work / "student"
        folder.mkdir()
        collected = collect(submission, exercises, folder, limits, lessons)
        if collected.status:
            return row_without_results(submission.student, collected.status, collected.detail)
        judged = judge_all(lessons, collected.answers)  # text, read here: nothing is run
        answered = any(lesson.status not in _NOT_DONE for lesson in judged)
        nothing = not collected.files and not collected.answers
        run = None
        if exercises and (collected.files or nothing):
            extra = {
                ENV_SANDBOX: "bubblewrap" if isolation.sandboxed else "none",
                ENV_LIMITS: json.dumps(dataclasses.asdict(limits)),
            }
            checks = [e.checks for e in exercises]
            run = run_checks(checks, folder, timeout=timeout, extra_env=extra, zygote=zygote)
        coded = run is not None and (
            bool(run.stopped) or any(r.kind not in _NOT_DONE for r in run.results)
        )
        # Graded on the tracks started (see the module's docstring).
        code_track = run is not None and (coded or not answered)
        answer_track = (answered or not coded) and (bool(collected.answers) or nothing)
        kept = judged if answer_track else ()
        notes = _tracks_left_out(bool(exercises) and not code_track, bool(lessons) and not kept)
        if run is not None and code_track and run.stopped:
            status = "timeout" if run.stopped == "timeout" else "grading stopped"
            detail = "; ".join(run.problems)
            stopped = row_without_results(submission.student, status, detail, isolation.mode)
            return with_answer_files(stopped, kept)
        if run is None or not code_track:
            return row_from_results(submission.student, [], [], notes, "", kept)
        problems = [*run.problems, *notes]
        return row_from_results(
            submission.student, exercises, run.results, problems, isolation.mode, kept
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


# What a file of either track that was not done looks like: absent, or still blank.
_NOT_DONE = ("missing file", "not started", "not written")


def _tracks_left_out(no_code: bool, no_answers: bool) -> list[str]:
    """The details' words for a track that was asked for but not started."""
    notes = []
    if no_code:
        notes.append("no exercise file started: graded on the answer files alone")
    if no_answers:
        notes.append("no answer file started: graded on the exercise files alone")
    return notes


def grade(
    submissions: str | os.PathLike[str],
    output_csv: str | os.PathLike[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    force: bool = False,
    exercises_dir: str | os.PathLike[str] | None = None,
    only: str | Sequence[str] | None = None,
    sandbox: str | None = None,
    limits: Limits | None = None,
    jobs: int | None = None,
    progress: bool = True,
) -> GradeReport:
    """Grade a folder of submissions (one folder or zip per student) into a CSV file.

    ``only`` ("02,03") grades those lessons alone ("ex02": the exercise file only, "j02":
    the answer file only); ``sandbox`` is "auto", "bubblewrap" or "none". An existing
    ``output_csv`` is only replaced with ``force=True``.
    """
    started = time.monotonic()
    folder = Path(submissions).expanduser()
    if not folder.is_dir():
        raise FramingError(
            f'"{folder}" is not a folder. Give the folder that holds one folder or zip per student.'
        )
    target = _check_output(Path(output_csv).expanduser(), force)
    checks_dir = find_exercises(exercises_dir)
    chosen = _chosen(exercises_in(checks_dir), judgements.lessons(), only)
    students, not_read = find_submissions(folder)
    if not students:
        raise FramingError(
            f'"{folder}" has no student folders or zip files in it. Put one folder (or zip) '
            "per student inside it, named after the student."
        )
    isolation = choose_isolation(sandbox)
    limits = dataclasses.replace(limits or Limits(), seconds_per_check=timeout)
    # a bar on a terminal, else (a log, a pipe) one line per student
    bar = TerminalProgress(
        len(students), enabled=None if progress else False, label="grading", log=progress
    )
    zygote = Zygote() if hasattr(os, "fork") else None

    def one(submission: Submission) -> GradeRow:
        try:
            row = _grade_one(submission, chosen, timeout, isolation, limits, zygote)
        except Exception as exc:  # a kit problem costs this row its grade, never the batch
            row = row_without_results(
                submission.student, "grading stopped", f"the grader failed: {exc}"
            )
        bar.advance(name=submission.student)
        return row

    try:
        workers = max(1, jobs or min(len(students), os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            rows = tuple(pool.map(one, students))
    finally:
        bar.close()
        if zygote is not None:
            zygote.close()  # every student's processes are gone before the CSV is written
    path = write_atomic(target, csv_for(rows, *chosen), overwrite=force)
    return GradeReport(path, rows, tuple(not_read), isolation, time.monotonic() - started)


def add_grade_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``framing grade``."""
    parser.add_argument(
        "submissions", metavar="SUBMISSIONS_DIR", help="one folder or zip per student"
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="GRADES.csv", help="the CSV to write"
    )
    parser.add_argument("--force", action="store_true", help="replace the CSV if it exists")
    parser.add_argument(
        "--only",
        metavar="02[,03]",
        default=None,
        help="grade these lessons alone (ex02: the exercise file only, j02: the answer file only)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit for a student's code in one check (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--sandbox",
        choices=["auto", "bubblewrap", "none"],
        default="auto",
        help="run students' code in bubblewrap (auto: when the system allows it)",
    )
    parser.add_argument(
        "--exercises",
        metavar="DIR",
        default=None,
        help="the folder with the checks (default: found)",
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="students graded at once (default: CPUs)"
    )
    return parser


def grade_command(args: argparse.Namespace) -> int:
    """Run ``framing grade`` from parsed arguments; 0 when the CSV was written."""
    try:
        report = grade(
            args.submissions,
            args.output,
            timeout=args.timeout,
            force=args.force,
            exercises_dir=getattr(args, "exercises", None),
            only=getattr(args, "only", None),
            sandbox=getattr(args, "sandbox", None),
            jobs=getattr(args, "jobs", None),
        )
    except FramingError as exc:
        print(f"framing grade: {exc}", file=sys.stderr)
        return 2
    say = sys.stderr.write
    say(f"{report.isolation.note}\n")
    count = len(report.rows)
    students = f"{count} student{'' if count == 1 else 's'}"
    say(f"Graded {students} into {report.path} in {report.seconds:.1f} s.\n")
    flagged = [r for r in report.rows if r.status not in ("ok",)]
    if flagged:
        names = ", ".join(r.student for r in flagged)
        say(f"{len(flagged)} with a status to look at (see the status column): {names}\n")
    if report.not_read:
        say(f"Not read ({len(report.not_read)}), so no row:\n")
        for entry in report.not_read:
            say(f"  {entry.name}: {entry.why}\n")
    return 0
