"""Running one exercise's (or one student's) checks with pytest in a process of its own.

The checks are the kit's code; they run outside the sandbox, in a folder of their own
(never the kit's ``exercises/``), and reach the student's code only through the runner
(harness.py). Their verdicts come back as a JSON file in a folder only the grader can
write. On POSIX a warm "zygote" process, which has imported pytest and NLTK once, forks
one checks process per student; each is in a session of its own, and when it ends,
everything below it is stopped.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .layout import ENV_FOLDER, ENV_RESULTS, ENV_TIMEOUT
from .processes import become_subreaper, kill_tree, orphans
from .results import CheckResult, results_from

__all__ = ["Run", "Zygote", "run_checks"]

# The checks compare with `same` and `expect`, never a bare assert: pytest's rewriting of
# assert statements would only cost time in every checks process.
_PYTEST_ARGS = (
    "-q",
    "-p",
    "no:cacheprovider",
    "--no-header",
    "--continue-on-collection-errors",
    "--assert=plain",
)
# Environment of every checks process: third-party pytest plugins are not needed by the
# checks and cost ~2 s to load; no __pycache__ is written; one BLAS thread (NLTK imports
# numpy) keeps the process small, so each fork is cheaper.
QUIET_ENV = {
    "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}


@dataclass(frozen=True, slots=True)
class Run:
    """What one checks process reported, or why it reported nothing."""

    results: tuple[CheckResult, ...]
    problems: tuple[str, ...]
    seconds: float
    stopped: str = ""  # "timeout" or "ended early" when there are no results


def count_checks(files: Iterable[Path]) -> int:
    return sum(len(re.findall(r"^@hint\(", f.read_text(encoding="utf-8"), re.M)) for f in files)


def run_checks(
    checks: Sequence[Path],
    folder: Path,
    *,
    timeout: float,
    extra_env: Mapping[str, str] | None = None,
    zygote: Zygote | None = None,
) -> Run:
    """Run pytest on ``checks`` in a process of its own against the exercise files in
    ``folder``. With a `Zygote` the process is forked from a warm one; otherwise it is a
    fresh ``python -m pytest`` (Windows, or when the zygote is gone)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="framing-checks-") as work:
        output, log = Path(work) / "results.json", Path(work) / "pytest.log"
        cwd = Path(work) / "here"
        cwd.mkdir()
        extra = {ENV_FOLDER: str(folder), ENV_TIMEOUT: str(timeout), ENV_RESULTS: str(output)}
        extra.update(extra_env or {})
        args = [*map(str, checks), "--rootdir", str(checks[0].parent), *_PYTEST_ARGS]
        # Each check stops the student's code after `timeout`; this is only the backstop.
        limit = 60 + (count_checks(checks) + 2) * (timeout + 1.0) * 1.5
        code = zygote.run(args, extra, cwd, log, limit) if zygote is not None else GONE
        if code is GONE:
            code = _run_pytest_subprocess(args, extra, cwd, log, limit)
        seconds = time.monotonic() - started
        if output.is_file():
            try:
                results, problems = results_from(json.loads(output.read_text(encoding="utf-8")))
            except (ValueError, KeyError, TypeError) as exc:
                return Run(
                    (), (f"the checks' results could not be read ({exc})",), seconds, "ended early"
                )
            return Run(results, problems, seconds)
        if code is None and seconds >= limit:
            return Run((), (f"the checks did not finish in {limit:.0f} s",), seconds, "timeout")
        text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
        tail = " | ".join(text.strip().splitlines()[-3:])
        how = "was stopped" if code is None else f"ended with exit code {code}"
        said = f": {tail}" if tail else ""
        message = f"the checks process {how} after {seconds:.1f} s, before any result{said}"
        return Run((), (message,), seconds, "ended early")


GONE = object()  # the zygote is not there: run a plain subprocess instead


def _run_pytest_subprocess(
    args: Sequence[str], extra: Mapping[str, str], cwd: Path, log: Path, limit: float
) -> int | None:
    env = {**os.environ, **QUIET_ENV, **extra}
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "pytest", *args],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=hasattr(os, "setsid"),
        )
        try:
            code = process.wait(limit)
        except subprocess.TimeoutExpired:
            code = None
        if hasattr(os, "killpg"):
            kill_tree(process.pid)
        else:  # pragma: no cover - Windows
            process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(10)
    return None if code is None or code < 0 else code


class Zygote:
    """A warm grading process (POSIX): it has imported pytest and NLTK once, and forks one
    checks process per student. Talks JSON lines over stdin/stdout."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.waiting: dict[str, list[Any]] = {}
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from framing.grading.run import zygote_main; zygote_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, **QUIET_ENV},
            start_new_session=True,
        )
        self.alive = True
        self.reader = threading.Thread(target=self._read, name="framing-zygote", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            with self.lock:
                waiter = self.waiting.get(message.get("id", ""))
            if waiter is not None and "exit" in message:
                waiter[1] = message["exit"]
                waiter[0].set()
        with self.lock:  # the zygote is gone: nobody will answer
            self.alive = False
            for waiter in self.waiting.values():
                waiter[0].set()

    def _send(self, message: Mapping[str, Any]) -> bool:
        with self.lock:
            if not self.alive or self.process.stdin is None:
                return False
            try:
                self.process.stdin.write(json.dumps(message).encode("utf-8") + b"\n")
                self.process.stdin.flush()
            except OSError:
                self.alive = False
                return False
        return True

    def run(
        self, args: Sequence[str], extra: Mapping[str, str], cwd: Path, log: Path, limit: float
    ) -> object:
        """The child's exit code; None when it was stopped; `GONE` without a zygote."""
        job = f"{threading.get_ident()}-{time.monotonic_ns()}"
        waiter: list[Any] = [threading.Event(), GONE]
        with self.lock:
            self.waiting[job] = waiter
        try:
            message = {"id": job, "args": list(args), "env": dict(extra), "cwd": str(cwd)}
            if not self._send({**message, "log": str(log)}):
                return GONE
            if not waiter[0].wait(limit):
                self._send({"kill": job})
                waiter[0].wait(10)
                return None
            return waiter[1]
        finally:
            with self.lock:
                self.waiting.pop(job, None)

    def close(self) -> None:
        """End the zygote; it stops whatever is left below it first."""
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            kill_tree(self.process.pid)
            self.process.wait()
        kill_tree(self.process.pid, include_root=False)


def _fork() -> int:
    # Python 3.12+ warns when the process has native threads (numpy's BLAS pool, started
    # by NLTK's import). The child only runs Python code and leaves with os._exit.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def _checks_child(job: Mapping[str, Any]) -> None:  # pragma: no cover - the forked child
    import pytest

    code = 3
    try:
        os.setsid()
        quiet = os.open(os.devnull, os.O_RDONLY)
        log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(quiet, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.environ.update(job["env"])
        os.chdir(job["cwd"])
        code = int(pytest.main(job["args"]))
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _sweep(running: Mapping[int, str]) -> None:
    """Orphans handed to the zygote (it is a subreaper) belong to no live checks process:
    stop them and all below them."""
    legit = frozenset(running)
    for pid in orphans(0, legit):
        kill_tree(pid, legit=legit)


def zygote_main() -> None:  # pragma: no cover - runs in the zygote process
    """The zygote: warm up, then fork a checks process for every job line on stdin."""
    import select

    import pytest  # noqa: F401 - imported once here, so that each child starts warm

    from .. import analyze
    from . import checking, harness  # noqa: F401 - what every checks process imports

    analyze("Dr. Ana Ruiz said the regime works. Then she left.")  # NLTK, Punkt, lexicon: once
    become_subreaper()
    running: dict[int, str] = {}
    by_job: dict[str, int] = {}
    pending, stdin, open_input = b"", sys.stdin.fileno(), True

    def report(message: Mapping[str, Any]) -> None:
        try:
            sys.stdout.write(json.dumps(message) + "\n")
            sys.stdout.flush()
        except BrokenPipeError:  # the grader is gone, so nobody reads: stop what runs, quietly
            for pid in running:
                kill_tree(pid)
            os._exit(0)

    while open_input or running:
        if select.select([stdin] if open_input else [], [], [], 0.05 if running else None)[0]:
            chunk = os.read(stdin, 1 << 16)
            open_input = bool(chunk)
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                job = json.loads(line)
                if "kill" in job:
                    if job["kill"] in by_job:
                        others = frozenset(running) - {by_job[job["kill"]]}
                        kill_tree(by_job[job["kill"]], legit=others)
                    continue
                pid = _fork()
                if pid == 0:
                    _checks_child(job)
                running[pid] = job["id"]
                by_job[job["id"]] = pid
        while running:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            if pid not in running:
                continue  # an orphan of a student's code, collected
            job_id = running.pop(pid)
            by_job.pop(job_id, None)
            with contextlib.suppress(OSError):  # its session's group, if anything is left
                os.killpg(pid, 9)
            code = os.waitstatus_to_exitcode(status)
            report({"id": job_id, "exit": None if code < 0 else code})
        _sweep(running)
