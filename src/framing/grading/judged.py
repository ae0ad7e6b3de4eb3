"""The judgement track in a class's grades: each student's answer files
(``exercises/judgements/01-reading-for-framing.txt`` …), checked with `framing.judgements`.

An answer file is text, so it is read as data in the grader's own process and never run:
no sandbox is needed for it. Each lesson is one column (``j01``, ``j01a``, …): the answers
that pass, out of the lesson's questions. A student who wrote answers and started no
exercise file (untouched templates are not a start) is graded on the judgement track
alone, and the other way round, so a student who never writes code can get full marks on
what they did.

What it can not tell you: whether a judgement is good. An answer that is a matter of
judgement passes when it is complete; a teacher reads those answers (see
`framing.judgements`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from .. import judgements

__all__ = ["ANSWER_FILE_LIMIT", "JudgedLesson", "column_of", "judge", "judge_all", "out_of"]

# A filled-in answer file is a few KB; anything much larger is not an answer file.
ANSWER_FILE_LIMIT = 32 * 1024


@dataclass(frozen=True, slots=True)
class JudgedLesson:
    """One lesson's answer file, checked. ``status`` is "" when it was read and checked."""

    lesson: str
    points: int
    out_of: int
    status: str = ""  # "missing file", "not started", "over a limit" or "check error"
    detail: str = ""

    @property
    def column(self) -> str:
        return column_of(self.lesson)


def column_of(lesson: str) -> str:
    """The CSV column of a lesson's answer file.

    >>> column_of("01a")
    'j01a'
    """
    return f"j{lesson}"


@cache
def out_of(lesson: str) -> int:
    """The number of questions in a lesson's answer file (one point each)."""
    return len(judgements.check_text(lesson, "").results)


def judge(lesson: str, data: bytes | None) -> JudgedLesson:
    """Check one answer file's bytes (None: the student has no such file)."""
    most = out_of(lesson)
    if data is None:
        return JudgedLesson(lesson, 0, most, "missing file")
    if len(data) > ANSWER_FILE_LIMIT:
        detail = f"{judgements.answer_file(lesson)} is over {ANSWER_FILE_LIMIT // 1024} KB"
        return JudgedLesson(lesson, 0, most, "over a limit", detail)
    # As judgements.check reads it: a byte-order mark (Windows Notepad) is dropped.
    text = data.decode("utf-8-sig", errors="replace")
    try:
        report = judgements.check_text(lesson, text)
    except Exception as exc:  # a kit problem costs this lesson's column, never the row
        return JudgedLesson(lesson, 0, most, "check error", f"the check failed: {exc}")
    if not report.started:
        return JudgedLesson(lesson, 0, most, "not started")
    waiting = [r.key for r in report.results if not r.passed]
    detail = f"not passed yet: {', '.join(waiting)}" if waiting else ""
    return JudgedLesson(lesson, sum(r.passed for r in report.results), most, "", detail)


def judge_all(lessons: Sequence[str], answers: Mapping[str, bytes]) -> tuple[JudgedLesson, ...]:
    """Every chosen lesson's answer file, checked (a missing one as "missing file")."""
    return tuple(judge(lesson, answers.get(lesson)) for lesson in lessons)
