"""Checks for the exercises: the harness, `check` for students, `grade` for teachers.

The stages, one module each:

* **layout**: where the exercises, their checks and the student's files are;
* **collect**: a class's submissions, each copied into a fresh private folder;
* **sandbox** and **processes**: where a student's code runs (bubblewrap when the system
  allows it, else process limits) and the limits on its whole process tree;
* **runner** (the student's side) and **harness** (the checks' side): a check calls the
  student's function in another process; arguments and answers cross as plain JSON
  (**plain**) and are compared here (**compare**), so an answer can never run code;
* **run**: pytest on the checks in a process of its own, verdicts back as JSON
  (**results**); **checking**: `check("02")` in a notebook;
* **judged**: the answer files of the judgement track, read as data and checked with
  `framing.judgements` in the grader's own process (never run);
* **report** and **grade**: the CSV, one row and one status per student.

What it can not tell you: a passed check means the function gave the expected answers
on a handful of small inputs, not that it is right on every article. The discussion
questions of the lessons are not graded here. docs/grader-trust.md says what a student's
code can and cannot do under each kind of isolation.
"""

from __future__ import annotations

from .checking import CheckNotice, CheckReport, check
from .compare import CheckFailed, StudentCodeProblem, expect, same
from .grade import GradeReport, add_grade_arguments, grade, grade_command
from .harness import StudentModule, close_runners, hint, student_module
from .layout import (
    DEFAULT_TIMEOUT,
    ENV_FOLDER,
    ENV_RESULTS,
    ENV_TIMEOUT,
    Exercise,
    check_timeout,
    exercises_in,
    find_exercises,
    folder_under_check,
)
from .processes import Limits
from .report import GradeRow
from .results import (
    CheckResult,
    result_for,
    results_payload,
    score_line,
    skipped_result,
    write_results,
)
from .templates import PLACEHOLDER, build_template, write_templates

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_FOLDER",
    "ENV_RESULTS",
    "ENV_TIMEOUT",
    "PLACEHOLDER",
    "CheckFailed",
    "CheckNotice",
    "CheckReport",
    "CheckResult",
    "Exercise",
    "GradeReport",
    "GradeRow",
    "Limits",
    "StudentCodeProblem",
    "StudentModule",
    "add_grade_arguments",
    "build_template",
    "check",
    "check_timeout",
    "close_runners",
    "exercises_in",
    "expect",
    "find_exercises",
    "folder_under_check",
    "grade",
    "grade_command",
    "hint",
    "result_for",
    "results_payload",
    "same",
    "score_line",
    "skipped_result",
    "student_module",
    "write_results",
    "write_templates",
]
