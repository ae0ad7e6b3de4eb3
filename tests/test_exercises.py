"""The exercises and their checks, run the way a student runs them (pytest in a subprocess).

Both directions: every check passes on the reference solutions and fails on the untouched
templates. A student sees hints, not tracebacks; an exception in their code is reported
with its line; an endless loop fails its own check and the other checks still run.

The templates are always fresh copies built from the solutions, never the files in
exercises/ that students edit: the kit's own tests pass whatever a student has written.
"""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from framing import FramingError, grading

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
SOLUTIONS = EXERCISES / "solutions"
LESSONS = ["01", "02", "03", "04", "05", "06"]


def hint_count(checks: Path) -> int:
    return len(re.findall(r"^@hint\(", checks.read_text(encoding="utf-8"), re.M))


ALL_CHECKS = sum(hint_count(e.checks) for e in grading.exercises_in(EXERCISES))


def run_checks(tmp: Path, *paths: Path, folder: str, timeout: float = 2.0, cwd: Path = ROOT):
    """Run the checks like a student would, and read back the machine-readable results."""
    results = tmp / f"results-{time.monotonic_ns()}.json"
    env = {
        **os.environ,
        grading.ENV_FOLDER: folder,
        grading.ENV_TIMEOUT: str(timeout),
        grading.ENV_RESULTS: str(results),
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *map(str, paths), "-p", "no:cacheprovider"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    payload = json.loads(results.read_text(encoding="utf-8")) if results.is_file() else {}
    found = {r["name"]: grading.CheckResult(**r) for r in payload.get("results", [])}
    return done, found, time.monotonic() - started


@pytest.fixture(scope="module")
def solutions_run(tmp_path_factory):
    return run_checks(tmp_path_factory.mktemp("solutions"), EXERCISES, folder="solutions")


def pristine_templates(folder: Path) -> Path:
    """Fresh templates built from the solutions (students may have edited exercises/)."""
    folder.mkdir(parents=True, exist_ok=True)
    for solution in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
        text = grading.build_template(solution.read_text(encoding="utf-8"))
        (folder / solution.name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> Path:
    return pristine_templates(tmp_path_factory.mktemp("templates") / "exercises")


@pytest.fixture(scope="module")
def templates_run(tmp_path_factory, templates):
    return run_checks(tmp_path_factory.mktemp("templates-run"), EXERCISES, folder=str(templates))


def test_every_lesson_has_an_exercise_with_a_template_and_a_solution(templates):
    exercises = grading.exercises_in(EXERCISES)
    assert [e.number for e in exercises] == LESSONS
    for exercise in exercises:
        assert (templates / exercise.filename).is_file()
        assert (SOLUTIONS / exercise.filename).is_file()
        assert hint_count(exercise.checks) >= 5, exercise.checks.name


def test_solutions_pass_every_check(solutions_run):
    done, results, _ = solutions_run
    assert done.returncode == 0, done.stdout[-3000:]
    assert len(results) == ALL_CHECKS
    assert all(r.passed for r in results.values())
    assert f"{ALL_CHECKS}/{ALL_CHECKS} checks passed." in done.stdout
    assert "the reference solutions" in done.stdout


def test_templates_fail_every_check(templates_run):
    done, results, _ = templates_run
    assert done.returncode == 1
    assert len(results) == ALL_CHECKS
    not_failing = [name for name, r in results.items() if r.passed or r.kind != "not written"]
    assert not_failing == [], "a check that cannot fail is a defect"
    assert f"0/{ALL_CHECKS} checks passed." in done.stdout
    assert "not started yet" in done.stdout


def test_students_see_every_hint_and_no_traceback(templates_run):
    done, results, _ = templates_run
    for result in results.values():
        assert result.hint.strip(), f"{result.name} has no hint"
        assert f"Hint: {result.hint}" in done.stdout
    assert "Traceback" not in done.stdout
    assert "\nE   " not in done.stdout  # pytest's assertion and exception lines
    assert "all tests passed" not in done.stdout.lower()
    # The friendly summary is the end of the output, not a list of FAILED lines.
    assert "FAILED " not in done.stdout
    tail = done.stdout.rstrip().splitlines()[-12:]
    assert any("not started yet (6 checks)" in line for line in tail), tail


def test_the_summary_table_has_points_per_exercise(templates_run):
    done, _, _ = templates_run
    table = done.stdout[done.stdout.index("framing-kit exercises:") :]
    for line in ("01 frames", "03 who gets quoted", "06 your article", "total"):
        assert line in table
    assert re.search(r"02 loaded language\s+0/7\s+0/7", table)


def test_templates_are_built_from_the_solutions():
    for solution in sorted(SOLUTIONS.glob("ex[0-9][0-9]_*.py")):
        built = grading.build_template(solution.read_text(encoding="utf-8"))
        assert "BEGIN SOLUTION" not in built and "NotImplementedError" in built
        compile(built, solution.name, "exec")


def test_writing_templates_never_loses_a_students_work(tmp_path):
    kit = tmp_path / "exercises"
    shutil.copytree(SOLUTIONS, kit / "solutions")
    for checks in EXERCISES.glob("test_*.py"):
        shutil.copy(checks, kit / checks.name)
    first = grading.write_templates(kit)
    assert all(line.startswith("wrote ") for line in first) and len(first) == len(LESSONS)
    edited = kit / "ex02_loaded_language.py"
    edited.write_text("# my answer\n", encoding="utf-8")
    kept = grading.write_templates(kit)
    assert any("kept ex02_loaded_language.py" in line for line in kept)
    assert edited.read_text(encoding="utf-8") == "# my answer\n"
    forced = grading.write_templates(kit, force=True)
    backups = list(kit.glob("ex02_loaded_language.py.*.bak"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == "# my answer\n"
    assert any(
        f"saved your ex02_loaded_language.py as {backups[0].name}" == line for line in forced
    )
    assert "NotImplementedError" in edited.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "framing.grading", "templates", "--exercises", str(kit)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stdout + done.stderr
    assert "is already the template" in done.stdout


@pytest.mark.parametrize(
    "solution", sorted(SOLUTIONS.glob("ex[0-9][0-9]_*.py")), ids=lambda p: p.stem
)
def test_docstring_examples_of_the_solutions(solution):
    spec = importlib.util.spec_from_file_location(f"solution_{solution.stem}", solution)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    failed, tried = doctest.testmod(module, verbose=False, report=True)
    assert tried > 0 and failed == 0


def solution_with(tmp: Path, name: str, old: str, new: str) -> None:
    path = tmp / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory):
    """One student's folder with every kind of trouble, checked with a 1.5 s time limit."""
    folder = tmp_path_factory.mktemp("broken-student")
    for solution in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
        shutil.copy(solution, folder / solution.name)
    # 01: a syntax error.
    solution_with(
        folder,
        "ex01_frames.py",
        "def count_word(text: str, word: str) -> int:",
        "def count_word(text, word)",
    )
    # 02: a wrong answer (no rounding), an exception, and an endless loop.
    solution_with(
        folder,
        "ex02_loaded_language.py",
        "    if words <= 0:\n        return 0.0\n    return round(1000 * count / words, 1)",
        '    if words == 0:\n        raise ValueError("no words to count")\n'
        "    return 1000 * count / words",
    )
    solution_with(
        folder,
        "ex02_loaded_language.py",
        '    return sorted({hit.term for hit in hits if hit.voice == "outlet"})',
        "    terms = []\n    while hits:\n        terms.append(hits[0])\n    return terms",
    )
    # 03: a renamed function.
    solution_with(folder, "ex03_who_gets_quoted.py", "def first_and_last(", "def first_last(")
    # 05: an endless loop while the file loads.
    path = folder / "ex05_rewrite_lab.py"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nwhile True:\n    pass\n", encoding="utf-8"
    )
    # 06: missing.
    (folder / "ex06_your_article.py").unlink()
    return run_checks(folder, EXERCISES, folder=str(folder), timeout=1.5)


def lines_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def test_an_exception_is_reported_with_the_students_line(broken_run):
    done, results, _ = broken_run
    raised = results["test_per_thousand_of_no_words_is_zero"]
    assert raised.kind == "raised"
    assert raised.message == "your function raised ValueError: no words to count"
    assert raised.where.startswith("ex02_loaded_language.py, line ")
    assert 'raise ValueError("no words to count")' in raised.where
    assert "your function raised ValueError: no words to count" in done.stdout
    assert "Hint: A text with no words has no rate" in done.stdout


def test_a_wrong_answer_shows_both_values(broken_run):
    _, results, _ = broken_run
    wrong = results["test_per_thousand_rounds_to_one_decimal"]
    assert wrong.kind == "wrong answer"
    assert "per_thousand(7, 1234) returned 5.67" in wrong.message
    assert "the check expected 5.7" in wrong.message


def test_an_endless_loop_times_out_and_the_other_checks_still_run(broken_run):
    _, results, seconds = broken_run
    loop = results["test_outlet_terms_are_unique_and_sorted"]
    assert loop.kind == "timeout"
    assert loop.message.startswith("your function took longer than 1.5 seconds")
    assert "terms.append(hits[0])" in loop.where or "while hits:" in loop.where
    ex02 = [r for r in results.values() if r.exercise == "02"]
    assert sum(r.passed for r in ex02) == 4  # the other four checks of exercise 02
    # Checks of other exercises ran too, and exercise 04 is untouched.
    assert all(r.passed for r in results.values() if r.exercise == "04")
    assert seconds < 60


def test_file_problems_are_named(broken_run):
    done, results, _ = broken_run
    by_exercise: dict[str, set[str]] = {}
    for result in results.values():
        if not result.passed:
            by_exercise.setdefault(result.exercise, set()).add(result.kind)
    assert by_exercise["01"] == {"syntax error"}
    assert by_exercise["03"] == {"missing function"}
    assert by_exercise["05"] == {"timeout"}
    assert by_exercise["06"] == {"missing file"}
    syntax = next(r for r in results.values() if r.kind == "syntax error")
    assert syntax.where.startswith("ex01_frames.py, line ")
    missing = next(r for r in results.values() if r.kind == "missing function")
    assert "no function named first_and_last" in missing.message and "first_last" in missing.message
    loading = next(r for r in results.values() if r.exercise == "05")
    assert "to load" in loading.message
    passed = sum(r.passed for r in results.values())
    assert f"{passed}/{ALL_CHECKS} checks passed." in done.stdout


def test_the_project_run_checks_the_solutions(tmp_path):
    """Plain `pytest` in the kit's folder reaches exercises/ through testpaths: solutions."""
    project = tmp_path / "kit"
    shutil.copytree(EXERCISES, project / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    pristine_templates(project / "exercises")
    (project / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\ntestpaths = ["exercises/test_01_frames.py"]\n', encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k != grading.ENV_FOLDER}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
    whole = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=120
    )
    assert whole.returncode == 0, whole.stdout[-2000:]
    assert "checking the reference solutions" in whole.stdout
    named = subprocess.run(
        [*command, "exercises/test_01_frames.py"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert named.returncode == 1
    assert "checking your files in exercises/" in named.stdout


def test_check_from_a_notebook_shows_an_escaped_table(templates):
    report = grading.check("06", folder=EXERCISES, against=str(templates), timeout=2)
    assert report.total == hint_count(EXERCISES / "test_06_your_article.py")
    assert report.passed == 0 and report.not_started
    assert f"0/{report.total} checks passed" in repr(report)
    assert "save the file (Ctrl+S)" in repr(report)
    html = report._repr_html_()
    assert "&lt;p&gt;" in html and "<p>...</p>" not in html  # the hint about <p> is escaped
    assert html.count("<tr>") == report.total + 1
    assert "last saved" in html


def test_check_report_html_escapes_and_caps_rows():
    results = tuple(
        grading.CheckResult(
            "02", f"test_case_{i}", i == 0, "wrong answer", "<b>bad</b>", "", "use <em>", 0, 1
        )
        for i in range(12)
    )
    report = grading.CheckReport(
        "02", "02 loaded language", EXERCISES / "ex02_loaded_language.py", None, results
    )
    html = report._repr_html_()
    assert "<b>bad</b>" not in html and "&lt;b&gt;bad&lt;/b&gt;" in html
    assert "… (2 more checks)" in html
    assert "1/12 checks passed" in repr(report)
    assert "is missing" in repr(report)


@pytest.mark.parametrize("which", ["9", "07", "ex99", "frames"])
def test_check_names_the_exercises_it_knows_in_one_sentence(which):
    notice = grading.check(which, folder=EXERCISES)
    assert isinstance(notice, grading.CheckNotice)
    assert repr(notice).startswith(f'No exercise "{which}". Available: 01, 02')
    assert "\n" not in repr(notice) and "Traceback" not in repr(notice)
    assert notice._repr_html_().startswith("<p>No exercise")


def test_a_syntax_error_is_one_message_not_every_hint(broken_run):
    done, _, _ = broken_run
    assert done.stdout.count("your file has a syntax error") == 1
    assert "Hint: Count whole words" not in done.stdout  # an ex01 hint, about something else
    assert "not run (syntax error, see above)" in done.stdout
    report = grading.CheckReport(
        "01",
        "01 frames",
        EXERCISES / "ex01_frames.py",
        None,
        tuple(r for r in broken_run[1].values() if r.exercise == "01"),
    )
    assert repr(report).count("syntax error") == 1 and "Hint:" not in repr(report)


def test_build_template_refuses_unbalanced_markers():
    with pytest.raises(FramingError, match="never closed"):
        grading.build_template("def f():\n    # BEGIN SOLUTION\n    return 1\n")
