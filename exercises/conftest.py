"""The pytest plugin of the exercises: hints instead of tracebacks, and a points table.

Which files the checks run against (see README.md):

* ``pytest exercises/`` (or one file): the student files in this folder;
* ``FRAMING_EXERCISES=solutions pytest exercises/``: the reference solutions;
* ``FRAMING_EXERCISES=/some/folder pytest exercises/``: the files in that folder;
* plain ``pytest`` in the kit's folder (the project's own test run, which reaches this
  folder through ``testpaths``): the reference solutions, and the header says so.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

import pytest

from framing import grading

HERE = Path(__file__).resolve().parent
RESULTS = pytest.StashKey[list]()
SAVED_ENV = pytest.StashKey[object]()
_UNSET = object()


def _is_check(item: pytest.Item) -> bool:
    function = getattr(item, "function", None)
    return hasattr(function, "framing_hint") and Path(str(item.path)).parent == HERE


def _exercise_number(path: Path) -> str:
    match = re.match(r"test_(\d\d)_", path.name)
    return match[1] if match else "??"


def pytest_configure(config: pytest.Config) -> None:
    config.stash[RESULTS] = []
    config.stash[SAVED_ENV] = os.environ.get(grading.ENV_FOLDER, _UNSET)
    # The project's whole test run checks the solutions; a student names the folder.
    if (
        grading.ENV_FOLDER not in os.environ
        and config.args_source == pytest.Config.ArgsSource.TESTPATHS
    ):
        os.environ[grading.ENV_FOLDER] = "solutions"


def pytest_sessionstart(session: pytest.Session) -> None:
    # The friendly summary at the end replaces pytest's one-line-per-failure list, which
    # would push it off the screen.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and hasattr(reporter, "reportchars"):
        reporter.reportchars = reporter.reportchars.replace("f", "").replace("E", "")


def pytest_sessionfinish(session: pytest.Session) -> None:
    grading.close_runners()  # the processes that ran the student's functions


def pytest_unconfigure(config: pytest.Config) -> None:
    saved = config.stash.get(SAVED_ENV, _UNSET)
    if saved is _UNSET:
        os.environ.pop(grading.ENV_FOLDER, None)
    else:
        os.environ[grading.ENV_FOLDER] = saved  # type: ignore[assignment]


def pytest_report_header(config: pytest.Config) -> str:
    _, described = grading.folder_under_check(HERE)
    limit = grading.check_timeout()
    return f"framing-kit exercises: checking {described} (time limit {limit:g} s per check)"


def _no_traceback(excinfo: pytest.ExceptionInfo) -> str:
    return "(the check's result and hint replace the traceback)"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    if _is_check(item):
        # Formatting a traceback nobody sees costs ~0.1 s per failed check.
        item.repr_failure = _no_traceback  # type: ignore[method-assign]
    report = yield
    if not _is_check(item) or not (call.when == "call" or report.outcome != "passed"):
        return report
    function = item.function  # type: ignore[attr-defined]
    number = _exercise_number(Path(str(item.path)))
    hint_text, points = function.framing_hint, function.framing_points
    if report.skipped:
        reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else "skipped"
        result = grading.skipped_result(number, item.name, hint_text, points, reason)
    elif report.failed:
        error = call.excinfo.value if call.excinfo else None
        result = grading.result_for(number, item.name, hint_text, points, error)
        report.longrepr = _shown(item.config, result)
    elif call.when == "call":
        result = grading.result_for(number, item.name, hint_text, points, None)
    else:
        return report
    item.config.stash[RESULTS].append(result)
    return report


# A problem with the whole file (a syntax error) fails every check the same way: it is
# shown once, without the hints, which are about something else.
_FILE_KINDS = {"syntax error", "missing file", "error while loading"}
SHOWN = pytest.StashKey[set]()


def _shown(config: pytest.Config, result: grading.CheckResult) -> str:
    if result.kind not in _FILE_KINDS:
        return result.explain()
    seen = config.stash.setdefault(SHOWN, set())
    key = (result.exercise, result.kind, result.message)
    if key in seen:
        return f"✗ {result.title}: not run ({result.kind}, see above)"
    seen.add(key)
    return result.explain(with_hint=False)


def _collection_problems(reports: list, config: pytest.Config) -> list[str]:
    """Checks files that could not load: a problem in the kit, never in a student's file."""
    problems = []
    for report in reports:
        if not isinstance(report, pytest.CollectReport) or not report.failed:
            continue
        path = (config.rootpath / report.nodeid.split("::")[0]).resolve()
        if path.parent != HERE:
            continue
        lines = str(report.longrepr).strip().splitlines() or ["unknown error"]
        problems.append(
            f"The checks in {path.name} could not load, so none of them ran (a problem in the "
            f"kit, not in your code): {lines[-1].strip()}"
        )
    return problems


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    results: list[grading.CheckResult] = config.stash.get(RESULTS, [])
    problems = _collection_problems(terminalreporter.stats.get("error", []), config)
    output = os.environ.get(grading.ENV_RESULTS)
    if output:
        _, described = grading.folder_under_check(HERE)
        grading.write_results(output, grading.results_payload(results, problems, described))
    if not results and not problems:
        return
    _, described = grading.folder_under_check(HERE)
    write = terminalreporter.write_line
    terminalreporter.section(f"framing-kit exercises: {described}", sep="─")
    by_exercise: dict[str, list[grading.CheckResult]] = defaultdict(list)
    for result in results:
        by_exercise[result.exercise].append(result)
    titles = {e.number: e.title for e in grading.exercises_in(HERE)}
    write(f"{'exercise':<28}{'checks passed':<16}points")
    for number in sorted(by_exercise):
        mine = by_exercise[number]
        passed = sum(r.passed for r in mine)
        points = f"{sum(r.points for r in mine)}/{sum(r.max_points for r in mine)}"
        note = "  (not started yet)" if all(r.kind == "not written" for r in mine) else ""
        write(f"{titles.get(number, number):<28}{f'{passed}/{len(mine)}':<16}{points}{note}")
    passed = sum(r.passed for r in results)
    points = sum(r.points for r in results)
    most = sum(r.max_points for r in results)
    write(f"{'total':<28}{f'{passed}/{len(results)}':<16}{points}/{most}")
    write("")
    write(f"{grading.score_line(passed, len(results))}.")
    skipped = [r for r in results if r.kind == "skipped"]
    if skipped:
        write(f"{len(skipped)} check(s) did not run and are not counted as passed.")
    waiting = [r for r in results if not r.passed]
    if waiting:
        write("Not passed yet (the hints are above, under FAILURES):")
    for number in sorted(by_exercise):
        mine = [r for r in by_exercise[number] if not r.passed]
        if mine and all(r.kind == "not written" for r in by_exercise[number]):
            write(f"  {titles.get(number, number)}: not started yet ({len(mine)} checks)")
            continue
        for r in mine:
            write(f"  {titles.get(number, number)} · {r.title}: {r.kind}")
    for problem in problems:
        write(problem)
