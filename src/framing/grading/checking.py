"""`check("02")` for the notebook: one exercise's checks against the saved file, shown as
a small table with the hints.

What it can not tell you: a passed check means the function gave the expected answers on
a handful of small inputs, not that it is right on every article.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path

from ..errors import FramingError
from .layout import DEFAULT_TIMEOUT, find_exercises, pick_exercise
from .results import CheckResult, score_line
from .run import run_checks

__all__ = ["CheckNotice", "CheckReport", "check", "file_problem"]

# Problems with the whole file: every check of the exercise fails the same way, so the
# report says it once, without the checks' hints (which are about something else).
FILE_KINDS = frozenset({"syntax error", "missing file", "error while loading"})


def file_problem(results: tuple[CheckResult, ...]) -> CheckResult | None:
    """The one problem with the whole file that stopped every check, if that is what happened."""
    failed = [r for r in results if not r.passed]
    if failed and len(failed) == len(results) and all(r.kind in FILE_KINDS for r in failed):
        return failed[0]
    return None


@dataclass(frozen=True, slots=True)
class CheckNotice:
    """One plain sentence instead of a report (an exercise that does not exist, ...)."""

    text: str

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return f"<p>{escape(self.text)}</p>"


_ROWS_SHOWN = 10


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The checks of one exercise against one saved file."""

    exercise: str
    title: str
    file: Path
    saved: float | None  # the file's modification time, None when it is missing
    results: tuple[CheckResult, ...]
    problems: tuple[str, ...] = ()
    checked_at: float = field(default_factory=time.time)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def points(self) -> int:
        return sum(r.points for r in self.results)

    @property
    def max_points(self) -> int:
        return sum(r.max_points for r in self.results)

    @property
    def not_started(self) -> bool:
        return bool(self.results) and all(r.kind == "not written" for r in self.results)

    def _saved_text(self) -> str:
        if self.saved is None:
            return f"{self.file.name} is missing"
        when = datetime.fromtimestamp(self.saved).strftime("%H:%M:%S")
        ago = max(0, int(self.checked_at - self.saved))
        if ago < 60:
            age = f"{ago} s ago"
        elif ago < 3600:
            age = f"{ago // 60} min ago"
        else:
            age = f"{ago // 3600} h ago"
        return f"checked the saved file {self.file.name} (last saved {when}, {age})"

    def _headline(self) -> str:
        if not self.results:
            return f"Exercise {self.exercise}: no checks ran."
        return (
            f"Exercise {self.exercise}: {score_line(self.passed, self.total)}, "
            f"{self.points}/{self.max_points} points."
        )

    def _notes(self) -> list[str]:
        notes = list(self.problems)
        if self.not_started:
            notes.append(
                "Every function still raises NotImplementedError. If you have written code, save "
                "the file (Ctrl+S) and run the check again."
            )
        notes.append("Only saved changes are checked: save the file (Ctrl+S) before checking.")
        return notes

    def __repr__(self) -> str:
        lines = [f"{self._headline()} ({self._saved_text()})"]
        problem = file_problem(self.results)
        if problem is not None:  # one message, not every check's unrelated hint
            lines += [f"No check could run: {problem.message}"]
            lines += [f"  at {problem.where}"] if problem.where else []
        else:
            lines += [r.explain() for r in self.results]
        lines += self._notes()
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        problem = file_problem(self.results)
        if problem is not None:
            where = f"<br><code>{escape(problem.where)}</code>" if problem.where else ""
            notes = "".join(f"<li>{escape(n)}</li>" for n in self._notes())
            return (
                f"<div><p><strong>{escape(self._headline())}</strong></p>"
                f"<p>No check could run: {escape(problem.message)}{where}</p><ul>{notes}</ul></div>"
            )
        rows = []
        for r in self.results[:_ROWS_SHOWN]:
            mark = "✓ passed" if r.passed else "✗ not yet"
            detail = "" if r.passed else escape(r.message)
            if r.where and not r.passed:
                detail += f"<br><code>{escape(r.where)}</code>"
            tip = "" if r.passed else escape(r.hint)
            rows.append(
                f"<tr><td>{escape(r.title)}</td><td>{mark}</td>"
                f"<td style='text-align:left'>{detail}</td>"
                f"<td style='text-align:left'>{tip}</td></tr>"
            )
        more = len(self.results) - _ROWS_SHOWN
        if more > 0:
            rows.append(f"<tr><td colspan=4>… ({more} more checks)</td></tr>")
        notes = "".join(f"<li>{escape(n)}</li>" for n in self._notes())
        return (
            f"<div><p><strong>{escape(self._headline())}</strong> "
            f"<small>({escape(self._saved_text())})</small></p>"
            "<table><tr><th>check</th><th>result</th><th>what happened</th><th>hint</th></tr>"
            f"{''.join(rows)}</table><ul>{notes}</ul></div>"
        )


def check(
    exercise: str | int,
    *,
    folder: str | os.PathLike[str] | None = None,
    against: str = "student",
    timeout: float = DEFAULT_TIMEOUT,
) -> CheckReport | CheckNotice:
    """Run the checks of one exercise against its saved file and show the verdict.

    ``against`` is "student" (your file), "solutions", or a folder of exercise files.
    Save the file first: unsaved edits in the editor are not checked. A problem with the
    request itself (an exercise that does not exist) is one plain sentence.
    """
    try:
        checks_dir = find_exercises(folder)
        chosen = pick_exercise(checks_dir, exercise)
    except FramingError as exc:
        return CheckNotice(str(exc))
    if against == "student":
        target = checks_dir
    elif against == "solutions":
        target = checks_dir / "solutions"
    else:
        target = Path(against).expanduser().resolve()
    student_file = target / chosen.filename
    saved = student_file.stat().st_mtime if student_file.is_file() else None
    run = run_checks([chosen.checks], target, timeout=timeout)
    return CheckReport(chosen.number, chosen.title, student_file, saved, run.results, run.problems)
