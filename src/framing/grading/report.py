"""The grades CSV: one row per student, one clear status each, spreadsheet-safe cells.

Columns: ``student``, ``total`` (a number; 0 when nothing was started), ``out_of``,
``status``, one column per exercise, one per lesson's answer file of the judgement track
(``j01``, ``j01a``, …: the answers that pass), one per check (points, or empty when that
check did not run), then ``isolation`` (how the student's code ran) and ``details``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..csvsafe import csv_text
from ..wording import shorten
from .judged import JudgedLesson, column_of
from .layout import Exercise
from .results import CheckResult

__all__ = [
    "GradeRow",
    "csv_for",
    "row_from_results",
    "row_without_results",
    "with_answer_files",
]

# A note in the details column is cut to this many characters, to keep the CSV readable.
_NOTE_WIDTH = 140
# The problems with a whole exercise, worst first: the words of the status column.
_EXERCISE_PROBLEMS = (
    "check error",
    "over a limit",
    "timeout",
    "syntax error",
    "error while loading",
    "missing function",
    "unreadable answer",
    "missing file",
)


@dataclass(frozen=True, slots=True)
class GradeRow:
    student: str
    status: str
    total: int
    out_of: int
    points: Mapping[str, int] = field(default_factory=dict)  # "ex02" -> points
    checks: Mapping[str, int] = field(default_factory=dict)  # "ex02 test_..." -> points
    maxima: Mapping[str, int] = field(default_factory=dict)  # "ex02" -> most points
    isolation: str = ""
    details: tuple[str, ...] = ()


def check_column(result: CheckResult) -> str:
    return f"ex{result.exercise} {result.name.removeprefix('test_')}"


def _exercise_status(mine: Sequence[CheckResult]) -> str:
    """The one word for what went wrong with an exercise ("" when nothing did)."""
    if mine and all(r.kind == "not written" for r in mine):
        return "not started"
    kinds = {r.kind for r in mine}
    return next((kind for kind in _EXERCISE_PROBLEMS if kind in kinds), "")


def row_from_results(
    student: str,
    exercises: Sequence[Exercise],
    results: Sequence[CheckResult],
    problems: Sequence[str],
    isolation: str,
    judged: Sequence[JudgedLesson] = (),
) -> GradeRow:
    """A student's row from their checks' results and their checked answer files."""
    points, maxima, checks, found = {}, {}, {}, {}
    notes: list[str] = []
    for exercise in exercises:
        mine = [r for r in results if r.exercise == exercise.number]
        points[exercise.column] = sum(r.points for r in mine)
        maxima[exercise.column] = sum(r.max_points for r in mine)
        for r in mine:
            checks[check_column(r)] = r.points
        status = _exercise_status(mine)
        if status:
            found[exercise.column] = status
            said = next((r.message for r in mine if r.kind == status), "")
            if said and status not in ("not started", "missing file"):
                notes.append(f"{exercise.column}: {status}: {shorten(said, _NOTE_WIDTH)}")
    for lesson in judged:
        points[lesson.column], maxima[lesson.column] = lesson.points, lesson.out_of
        if lesson.status:
            found[lesson.column] = lesson.status
        if lesson.detail:
            notes.append(f"{lesson.column}: {shorten(lesson.detail, _NOTE_WIDTH)}")
    return GradeRow(
        student,
        _status(found, len(exercises) + len(judged)),
        sum(points.values()),
        sum(maxima.values()),
        points,
        checks,
        maxima,
        isolation,
        tuple(notes) + tuple(problems),
    )


def _status(found: Mapping[str, str], exercises: int) -> str:
    """ "ok", "not started", or the problems with the exercises they concern."""
    if not found:
        return "ok"
    if len(found) == exercises and set(found.values()) == {"not started"}:
        return "not started"
    by_status: dict[str, list[str]] = {}
    for column, status in found.items():
        by_status.setdefault(status, []).append(column)
    order = [*_EXERCISE_PROBLEMS, "not started"]  # the worst first (answer files' too)
    ranked = sorted(by_status.items(), key=lambda item: order.index(item[0]))
    return "; ".join(f"{status} ({', '.join(cols)})" for status, cols in ranked)


def row_without_results(student: str, status: str, detail: str, isolation: str = "") -> GradeRow:
    """A student whose checks never ran (an unreadable archive, a checks process stopped)."""
    return GradeRow(student, status, 0, 0, isolation=isolation, details=(detail,) if detail else ())


def with_answer_files(row: GradeRow, judged: Sequence[JudgedLesson]) -> GradeRow:
    """A row whose checks never ran to the end, with its answer files' points all the same
    (they were read before any code ran)."""
    if not judged:
        return row
    found = {lesson.column: lesson.status for lesson in judged if lesson.status}
    status = f"{row.status}; {_status(found, len(judged))}" if found else row.status
    notes = tuple(f"{j.column}: {shorten(j.detail, _NOTE_WIDTH)}" for j in judged if j.detail)
    return replace(
        row,
        status=status,
        total=row.total + sum(lesson.points for lesson in judged),
        points={**row.points, **{lesson.column: lesson.points for lesson in judged}},
        maxima={**row.maxima, **{lesson.column: lesson.out_of for lesson in judged}},
        details=row.details + notes,
    )


def csv_for(
    rows: Sequence[GradeRow], exercises: Sequence[Exercise], lessons: Sequence[str] = ()
) -> str:
    """The CSV text; ``out_of`` of a row without results is the class's maximum."""
    graded = [e.column for e in exercises] + [column_of(lesson) for lesson in lessons]
    most = {c: max((r.maxima.get(c, 0) for r in rows), default=0) for c in graded}
    check_columns: list[str] = []
    for row in rows:
        check_columns += [c for c in row.checks if c not in check_columns]
    check_columns.sort(key=lambda c: c.split(" ", 1)[0])  # by exercise, checks in file order
    columns = ["student", "total", "out_of", "status", *most, *check_columns]
    columns += ["isolation", "details"]
    lines = []
    for row in rows:
        values: dict[str, object] = {
            "student": row.student,
            "total": row.total,
            "out_of": row.out_of or sum(most.values()),
            "status": row.status,
            "isolation": row.isolation,
            "details": "; ".join(row.details),
        }
        values.update(row.points)
        values.update(row.checks)
        lines.append(values)
    return csv_text(columns, lines)
