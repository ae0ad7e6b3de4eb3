"""The checks' side of a call to a student's function: `student_module`, `hint`, and the
client that talks to the runner (runner.py) over pipes.

A check calls ``ex.per_thousand(7, 1234)``; the arguments go to the runner as plain
JSON, the runner runs the student's file and the function, and the answer comes back as
plain JSON, compared here by `same`. The runner is one process per student folder,
started on the first call, inside the sandbox when the grader chose one. A watch thread
holds the whole tree below it to its limits (memory, processes, CPU time); a call that
runs out of time, or a tree over a limit, is stopped entirely and the next call starts a
new runner.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import plain
from .compare import LAST_CALL, StudentCodeProblem, short
from .layout import check_timeout, exercise_of, folder_under_check, seconds_text
from .processes import Limits, become_subreaper, descendants, kill_tree, orphans, usage_of
from .sandbox import (
    BUBBLEWRAP,
    ENV_SANDBOX,
    LIMITS_ONLY,
    Isolation,
    choose_isolation,
    runner_command,
)

__all__ = ["StudentModule", "close_runners", "hint", "student_module"]

ENV_LIMITS = "FRAMING_LIMITS"  # JSON of `Limits` fields, set by the grader
_GRACE = 1.0  # seconds the runner gets to say where the student's code was stopped
_MAX_ANSWER = 32 * 1024 * 1024
_STARTUP = 120.0  # seconds a runner may take to start on a busy machine
_WATCH_END = 30.0  # seconds a stopped runner's watch may take to finish stopping its tree
_KINDS = frozenset(
    (
        "raised",
        "not written",
        "syntax error",
        "missing file",
        "missing function",
        "error while loading",
        "unreadable answer",
        "over a limit",
        "timeout",
    )
)


@dataclass
class _Budget:
    seconds: float
    left: float


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("budget", default=None)
# Files that hung while loading, by (path, mtime, size): later calls fail at once.
_HUNG_FILES: set[tuple[str, int, int]] = set()


class StudentModule:
    """The student's file that a checks file is about, found when a function is called.

    >>> ex = student_module("exercises/test_02_loaded_language.py")
    >>> ex.filename
    'ex02_loaded_language.py'
    """

    def __init__(self, checks_file: str | os.PathLike[str]) -> None:
        self.exercise = exercise_of(checks_file)

    @property
    def filename(self) -> str:
        return self.exercise.filename

    @property
    def path(self) -> Path:
        folder, _ = folder_under_check(self.exercise.checks.parent)
        return folder / self.exercise.filename

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        return functools.partial(_call_student, self, name)

    def __repr__(self) -> str:
        return f"<student module {self.filename}>"


def student_module(checks_file: str | os.PathLike[str]) -> StudentModule:
    """The student's functions for the checks in ``checks_file`` (pass ``__file__``)."""
    return StudentModule(checks_file)


def hint(text: str, *, points: int = 1) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a pytest test as a check with a hint for students and a number of points.

    The student's functions get `check_timeout` seconds in all, per check.
    """

    def decorate(test: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(test)
        def run_check(*args: Any, **kwargs: Any) -> Any:
            seconds = check_timeout()
            token = _BUDGET.set(_Budget(seconds, seconds))
            call_token = LAST_CALL.set("")
            try:
                return test(*args, **kwargs)
            finally:
                LAST_CALL.reset(call_token)
                _BUDGET.reset(token)

        run_check.framing_hint = text  # type: ignore[attr-defined]
        run_check.framing_points = points  # type: ignore[attr-defined]
        return run_check

    return decorate


def _limits() -> Limits:
    raw = os.environ.get(ENV_LIMITS, "")
    try:
        values = json.loads(raw) if raw else {}
        return Limits(**values)
    except (ValueError, TypeError):
        return Limits()


def _isolation() -> Isolation:
    """Grading sets FRAMING_SANDBOX (the grader has checked that bubblewrap runs); a
    student's own checks run with process limits."""
    wanted = os.environ.get(ENV_SANDBOX, "").strip()
    if wanted == "bubblewrap":
        return Isolation(BUBBLEWRAP, "")
    if wanted:
        return choose_isolation(wanted)
    return Isolation(LIMITS_ONLY, "")


class _Runner:
    """One runner process for one student folder, and the watch over its tree."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.limits = folder, _limits()
        self.over: str = ""  # which limit the tree went over, when it did
        argv, env = runner_command(folder, _isolation(), self.limits)
        self.process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=folder,
            env=env,
            start_new_session=True,
        )
        self.buffer = b""
        self.chunks: queue.Queue[bytes] = queue.Queue()
        self.reader = threading.Thread(target=self._read, name="framing-read", daemon=True)
        self.reader.start()
        self.watch = threading.Thread(target=self._watch, name="framing-watch", daemon=True)
        self.watch.start()
        # Python and the kit load before any student code runs; that time is not the student's.
        if self.next_frame(time.monotonic() + _STARTUP) != b"R":
            self.stop()
            if self.over:  # what the student's code left running from an earlier call
                raise StudentCodeProblem(*_over_limit(self.over))
            raise RuntimeError("the process that runs students' code could not start")

    def _read(self) -> None:
        """Everything the runner writes, in chunks; b"" at the end (a thread: pipes cannot
        be waited on with a timeout on every system)."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 1 << 16)
            except (OSError, ValueError):
                chunk = b""
            self.chunks.put(chunk)
            if not chunk:
                with contextlib.suppress(OSError):
                    self.process.stdout.close()
                return

    def others(self) -> frozenset[int]:
        return frozenset(r.process.pid for r in _RUNNERS.values() if r is not self)

    def tree(self) -> list[int]:
        """The runner, everything below it, and the orphans it left (grading only)."""
        root = self.process.pid
        adopted = orphans(root, self.others())
        return [root, *descendants(root), *adopted, *(p for o in adopted for p in descendants(o))]

    def _watch(self) -> None:
        """Every tenth of a second: the tree's size, memory and CPU time against the limits."""
        while self.process.poll() is None:
            used = usage_of(self.tree())
            if used.processes > self.limits.processes + 2:  # + bwrap and its init process
                self.over = f"more than {self.limits.processes} processes"
            elif used.memory_mb > self.limits.memory_mb:
                self.over = f"more than {self.limits.memory_mb} MB of memory"
            elif used.cpu_seconds > self.limits.cpu_seconds:
                self.over = f"more than {self.limits.cpu_seconds:g} s of CPU time"
            if self.over:
                kill_tree(self.process.pid, legit=self.others())  # the caller sees the pipe end
                return
            time.sleep(0.1)

    def send(self, request: dict[str, Any]) -> None:
        body = json.dumps(request, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(len(body).to_bytes(8, "big") + body)
        self.process.stdin.flush()

    def next_frame(self, deadline: float) -> bytes | None:
        """The next frame; b"" when the runner is gone, None when the deadline passes."""
        while True:
            if len(self.buffer) >= 8:
                size = int.from_bytes(self.buffer[:8], "big")
                if size > _MAX_ANSWER:
                    self.over = f"an answer over {_MAX_ANSWER // 1024 // 1024} MB"
                    return b""
                if len(self.buffer) >= 8 + size:
                    frame, self.buffer = self.buffer[8 : 8 + size], self.buffer[8 + size :]
                    return frame
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                chunk = self.chunks.get(timeout=left)
            except queue.Empty:
                return None
            if not chunk:
                self.chunks.put(b"")  # and at every later look
                return b""
            self.buffer += chunk

    def stop(self) -> int | None:
        """Stop the whole tree; the runner's exit code. When this returns, the watch has
        ended too: a watch still stopping this tree would take the next runner, started
        meanwhile, for one of this tree's orphans."""
        kill_tree(self.process.pid, legit=self.others())
        with contextlib.suppress(OSError, ValueError):
            self.process.stdin.close()  # type: ignore[union-attr]
        try:
            code = self.process.wait(10)
        except (subprocess.TimeoutExpired, ChildProcessError):
            code = None
        if self.watch is not threading.current_thread():
            self.watch.join(_WATCH_END)
        return code


# One runner per student folder, in this checks process only.
_RUNNERS: dict[Path, _Runner] = {}


def close_runners() -> None:
    """Stop every runner and everything it started (end of a test session or a process)."""
    while _RUNNERS:
        _, runner = _RUNNERS.popitem()
        runner.stop()


def _runner_for(folder: Path) -> _Runner:
    runner = _RUNNERS.get(folder)
    if runner is not None and runner.process.poll() is not None:
        runner.stop()  # what its code left running goes, and its watch ends
        runner = None
    if runner is None:
        if not _RUNNERS:
            import atexit

            atexit.register(close_runners)
            if os.environ.get(ENV_SANDBOX, "").strip():
                become_subreaper()  # grading: orphans of the student's code come back here
        runner = _RUNNERS[folder] = _Runner(folder)
    return runner


def _call_student(module: StudentModule, function: str, *args: Any, **kwargs: Any) -> Any:
    shown = ", ".join([*map(short, args), *(f"{k}={short(v)}" for k, v in kwargs.items())])
    LAST_CALL.set(f"{function}({shown})")
    path = module.path
    if not path.is_file():
        raise StudentCodeProblem(
            "missing file",
            f"there is no file {path.name} in {path.parent}. Keep the file name of the template "
            "and save it in the exercises folder.",
        )
    budget = _BUDGET.get() or _Budget(check_timeout(), check_timeout())
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key in _HUNG_FILES:
        raise _load_timeout(path, budget.seconds)
    if budget.left <= 0:
        raise _call_timeout(budget.seconds)
    request = {
        "file": path.name,
        "function": function,
        "args": plain.to_plain(args),
        "kwargs": plain.to_plain(kwargs),
        "seconds": budget.left,
    }
    runner = _runner_for(path.parent.resolve())
    started = time.monotonic()
    try:
        loaded, message = _exchange(runner, request, budget.left)
    finally:
        budget.left -= time.monotonic() - started
    return _answer(message, loaded, path, key, budget.seconds)


def _exchange(runner: _Runner, request: dict[str, Any], seconds: float) -> tuple[bool, dict]:
    """Send one call and wait for its answer: (file loaded?, message)."""
    try:
        runner.send(request)
    except (OSError, ValueError):
        return False, _gone(runner, loaded=False)
    loaded, timed, deadline = False, False, time.monotonic() + _STARTUP
    while True:
        frame = runner.next_frame(deadline)
        if frame == b"D" and not timed:  # the arguments are ready: the student's time starts
            timed, deadline = True, time.monotonic() + seconds + _GRACE
            continue
        if frame == b"D":  # only the runner's first one counts: no extending the deadline
            continue
        if frame is None:  # the runner did not stop the code itself: stop everything
            runner.stop()
            _RUNNERS.pop(runner.folder, None)
            return loaded, {"stopped": ""}
        if frame == b"":
            return loaded, _gone(runner, loaded=loaded)
        if frame == b"L":
            loaded = True
            continue
        try:
            message = json.loads(frame.decode("utf-8"))
        except (ValueError, RecursionError):
            message = None
        if not isinstance(message, dict) or len(message) != 1:
            message = {"problem": ["unreadable answer", "the answer could not be read.", ""]}
        if "stopped" in message:
            runner.stop()  # whatever the code started meanwhile goes too
            _RUNNERS.pop(runner.folder, None)
        return loaded, message


def _gone(runner: _Runner, *, loaded: bool) -> dict[str, Any]:
    """The runner ended before it answered: over a limit, or the student's code left."""
    code = runner.stop()
    _RUNNERS.pop(runner.folder, None)
    if runner.over:
        return {"problem": _over_limit(runner.over)}
    how = f"exit code {code}" if code is not None and code >= 0 else f"signal {-(code or 0)}"
    if not loaded:
        text = f"your file stopped Python while loading ({how}), so no function could run."
        return {"problem": ["error while loading", text, ""]}
    text = f"your function stopped Python itself ({how}) before it answered."
    return {"problem": ["raised", text, ""]}


def _over_limit(over: str) -> list[str]:
    """The problem, in the runner's words, when the student's code went over a limit."""
    return [
        "over a limit",
        f"your code used {over}, over the grader's limit, so it was stopped.",
        "",
    ]


def _answer(message: dict, loaded: bool, path: Path, key: tuple, seconds: float) -> Any:
    if "ok" in message:
        try:
            return plain.from_plain(message["ok"], records=False)
        except (plain.UnplainValue, RecursionError, ValueError) as exc:
            raise StudentCodeProblem(
                "unreadable answer", f"the check cannot read your function's answer ({exc})."
            ) from None
    if "stopped" in message:
        where = str(message["stopped"] or "")
        if not loaded:
            _HUNG_FILES.add(key)
            raise _load_timeout(path, seconds, where)
        raise _call_timeout(seconds, where)
    problem = message.get("problem")
    if not (isinstance(problem, list) and len(problem) == 3):
        problem = ["unreadable answer", "the answer could not be read.", ""]
    kind, text, where = (str(part)[:600] for part in problem)
    kind = kind if kind in _KINDS else "raised"  # the runner's words are the student's
    raise StudentCodeProblem(kind, text, where)


def _call_timeout(seconds: float, where: str = "") -> StudentCodeProblem:
    return StudentCodeProblem(
        "timeout",
        f"your function took longer than {seconds_text(seconds)}, so the check stopped it. "
        "Look for a loop that never ends.",
        where,
    )


def _load_timeout(path: Path, seconds: float, where: str = "") -> StudentCodeProblem:
    return StudentCodeProblem(
        "timeout",
        f"your file {path.name} took longer than {seconds_text(seconds)} to load, so the check "
        "stopped it. Look for a loop outside your functions.",
        where,
    )
