"""The verdict of each check, as plain records that travel from a checks process to the
grader as JSON (never as pickles), and the honest wording of a score."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from ..wording import plural
from .compare import CheckFailed, StudentCodeProblem, last_call

__all__ = [
    "CheckResult",
    "result_for",
    "results_from",
    "results_payload",
    "score_line",
    "skipped_result",
    "write_results",
]

# What the student's code did, by the kind of a check's result: the words of a CSV status.
STUDENT_KINDS = (
    "not written",
    "missing file",
    "syntax error",
    "error while loading",
    "missing function",
    "timeout",
    "over a limit",
    "unreadable answer",
    "raised",
    "wrong answer",
)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The verdict of one check."""

    exercise: str  # "02"
    name: str  # the test function's name
    passed: bool
    kind: str  # "passed", "wrong answer", "skipped", "check error" or a StudentCodeProblem kind
    message: str
    where: str
    hint: str
    points: int
    max_points: int

    @property
    def title(self) -> str:
        return self.name.removeprefix("test_").replace("_", " ")

    def explain(self, *, with_hint: bool = True) -> str:
        """What happened, where, and the hint: what a student sees instead of a traceback."""
        if self.passed:
            return f"✓ {self.title}"
        lines = [f"✗ {self.title}", f"  {self.message}"]
        if self.where:
            lines.append(f"  at {self.where}")
        if self.hint and with_hint:
            lines.append(f"  Hint: {self.hint}")
        return "\n".join(lines)


def _exception_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "…"


def result_for(
    exercise: str, name: str, hint_text: str, points: int, error: BaseException | None
) -> CheckResult:
    """Turn a check's exception (or None) into a `CheckResult`."""
    if error is None:
        return CheckResult(exercise, name, True, "passed", "", "", hint_text, points, points)
    where = ""
    if isinstance(error, StudentCodeProblem):
        kind, message, where = error.kind, error.message, error.where
    elif isinstance(error, CheckFailed):
        kind, message = "wrong answer", str(error)
    elif isinstance(error, AssertionError):
        kind, message = "wrong answer", "your function's answer is not what the check expected."
    elif last_call() and isinstance(error, (AttributeError, TypeError, KeyError, IndexError)):
        # The check could not use the answer (None where a dict was due, a short list):
        # the answer's problem, not the kit's. The reference solutions pass every check.
        kind = "wrong answer"
        message = (
            f"the check could not use what {last_call()} returned ({_exception_text(error)}). "
            "Look at the type of value the function should return."
        )
    else:
        kind = "check error"
        message = (
            f"the check itself failed ({_exception_text(error)}). This is a problem in the kit, "
            "not in your code: please tell your teacher."
        )
    return CheckResult(exercise, name, False, kind, message, where, hint_text, 0, points)


def skipped_result(
    exercise: str, name: str, hint_text: str, points: int, reason: str
) -> CheckResult:
    message = f"this check did not run ({reason}), so it does not count as passed."
    return CheckResult(exercise, name, False, "skipped", message, "", hint_text, 0, points)


def score_line(passed: int, total: int) -> str:
    """Honest wording: "4/5 checks passed", never "all tests passed"."""
    return f"{passed}/{plural(total, 'check')} passed"


def write_results(path: str | os.PathLike[str], payload: Mapping[str, Any]) -> None:
    Path(path).write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")


def results_payload(
    results: Iterable[CheckResult], problems: Iterable[str], folder: str
) -> dict[str, Any]:
    return {
        "folder": folder,
        "results": [asdict(r) for r in results],
        "problems": list(problems),
    }


_FIELDS = {f.name: f.type for f in fields(CheckResult)}


def results_from(payload: Mapping[str, Any]) -> tuple[tuple[CheckResult, ...], tuple[str, ...]]:
    """The results a checks process wrote (plain JSON, read field by field)."""
    results = []
    for raw in payload.get("results", ()):
        values = {name: raw[name] for name in _FIELDS}
        results.append(CheckResult(**values))
    return tuple(results), tuple(str(p) for p in payload.get("problems", ()))
