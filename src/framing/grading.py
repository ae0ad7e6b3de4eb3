"""Checks for the exercises: the harness, `check` for students, `grade` for teachers.

Three parts, in the order of the workflow:

* **The harness** the checks in ``exercises/test_NN_*.py`` are written with:
  `student_module` (the student's functions), `hint` (each check's message for
  a student), `same` and `expect` (compare values, never printed output). The
  student's functions run in a child process (forked once per exercise, fed each
  call as a pickle, running the student's file afresh for every call) under a
  time limit per check: an endless loop fails that one check, the child is
  replaced, and the other checks still run. Without ``fork`` (Windows) a thread
  runs the call instead; it cannot be stopped, but the check still fails on time.
* **`check("02")`**, for the notebook: runs one exercise's checks with pytest in
  a subprocess against the *saved* file and returns a `CheckReport` that shows
  itself as a small table with the hints.
* **`grade(...)`**, for teachers (``framing grade SUBMISSIONS -o grades.csv``):
  one folder or zip per student, each graded in a process of its own (forked from
  a warm process that has loaded pytest and NLTK once), one CSV row per student.

Which files the checks import is set by the environment variable
``FRAMING_EXERCISES``: unset or ``student`` means the student's files next to
the checks, ``solutions`` the reference solutions in ``exercises/solutions/``,
anything else a folder path (that is how `grade` points the checks at a
submission).

What it can not tell you: a passed check means the function gave the expected
answers on a handful of small inputs, not that it is right on every article. The
discussion questions of the lessons are not graded here. Student code runs with
your user's rights: the time limit stops endless loops, it is not a sandbox.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import csv
import functools
import gc
import io
import json
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import types
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from ._files import write_atomic
from .errors import FramingError

__all__ = [
    "CheckFailed",
    "CheckReport",
    "CheckResult",
    "GradeReport",
    "StudentCodeProblem",
    "add_grade_arguments",
    "build_template",
    "check",
    "exercises_in",
    "expect",
    "find_exercises",
    "folder_under_check",
    "grade",
    "grade_command",
    "hint",
    "same",
    "student_module",
]

ENV_FOLDER = "FRAMING_EXERCISES"
ENV_TIMEOUT = "FRAMING_CHECK_TIMEOUT"
ENV_RESULTS = "FRAMING_RESULTS_JSON"
ENV_ISOLATION = "FRAMING_CHECK_ISOLATION"
DEFAULT_TIMEOUT = 5.0
_GRACE = 0.5  # seconds a stopped child gets to say where it was

_CHECKS_FILE = re.compile(r"test_(\d\d)_(\w+)\.py")

# What a problem is called in the errors column of the grades CSV.
ERROR_LABELS = {
    "timeout": "TIMEOUT",
    "syntax error": "SYNTAX ERROR",
    "missing file": "MISSING FILE",
    "missing function": "MISSING FUNCTION",
    "error while loading": "ERROR WHILE LOADING",
    # The check itself broke (a kit problem): the student lost nothing by it; grade again.
    "check error": "CHECK ERROR",
}


# ---------------------------------------------------------------------------------------------
# Where the exercises are
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise: its checks file and the name of the file a student edits."""

    number: str  # "02"
    slug: str  # "loaded_language"
    checks: Path  # .../exercises/test_02_loaded_language.py

    @property
    def module(self) -> str:
        return f"ex{self.number}_{self.slug}"

    @property
    def filename(self) -> str:
        return f"{self.module}.py"

    @property
    def title(self) -> str:
        return f"{self.number} {self.slug.replace('_', ' ')}"

    @property
    def column(self) -> str:
        return f"ex{self.number}"


def _exercise_of(checks_file: str | os.PathLike[str]) -> Exercise:
    path = Path(checks_file).resolve()
    match = _CHECKS_FILE.fullmatch(path.name)
    if match is None:
        raise FramingError(
            f'"{path.name}" is not named like a checks file. Name it test_NN_topic.py, '
            "for example test_02_loaded_language.py."
        )
    return Exercise(match[1], match[2], path)


def exercises_in(folder: str | os.PathLike[str]) -> tuple[Exercise, ...]:
    """The exercises whose checks live in ``folder``, in order."""
    found = sorted(Path(folder).glob("test_[0-9][0-9]_*.py"))
    return tuple(_exercise_of(p) for p in found if _CHECKS_FILE.fullmatch(p.name))


def find_exercises(start: str | os.PathLike[str] | None = None) -> Path:
    """The ``exercises`` folder: in or above ``start`` (default: the current folder).

    It is found from a notebook in ``notebooks/`` as well as from the kit's own folder.
    """
    here = Path(start or Path.cwd()).expanduser().resolve()
    candidates = [here, here / "exercises"]
    for parent in here.parents:
        candidates.append(parent / "exercises")
    # An editable install: the repository around src/framing.
    candidates.append(Path(__file__).resolve().parents[2] / "exercises")
    for folder in candidates:
        if folder.is_dir() and exercises_in(folder):
            return folder
    raise FramingError(
        f'Could not find the exercises folder in or above "{here}". Open the notebook from the '
        'kit\'s folder, or say where it is, for example check("02", folder="../exercises").'
    )


def _pick_exercise(folder: Path, which: str | int) -> Exercise:
    exercises = exercises_in(folder)
    wanted = str(which).strip().lower().removeprefix("ex").removeprefix("test_")
    digits = re.match(r"\d+", wanted)
    if digits:
        number = f"{int(digits[0]):02d}"
        for exercise in exercises:
            if exercise.number == number:
                return exercise
    raise FramingError(
        f'No exercise "{which}". Available: '
        f'{", ".join(e.number for e in exercises)}. Try check("02").'
    )


def folder_under_check(checks_dir: Path) -> tuple[Path, str]:
    """The folder whose exercise files the checks import (``FRAMING_EXERCISES``), described."""
    value = os.environ.get(ENV_FOLDER, "").strip()
    if value.lower() in ("", "student", "students"):
        return checks_dir, f"your files in {checks_dir.name}/"
    if value.lower() in ("solution", "solutions"):
        return checks_dir / "solutions", "the reference solutions in solutions/"
    folder = Path(value).expanduser()
    return folder, f"the files in {folder}"


def check_timeout() -> float:
    """Seconds a student's functions may take in one check (``FRAMING_CHECK_TIMEOUT``)."""
    raw = os.environ.get(ENV_TIMEOUT, "")
    try:
        value = float(raw) if raw.strip() else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def _seconds(value: float) -> str:
    return f"{value:g} second{'' if value == 1 else 's'}"


# ---------------------------------------------------------------------------------------------
# The harness: calling a student's function safely
# ---------------------------------------------------------------------------------------------


class StudentCodeProblem(Exception):
    """The student's code, not the check, stopped this check.

    ``kind`` is one of: "raised", "not written", "timeout", "syntax error",
    "missing file", "missing function", "error while loading", "unreadable answer".
    """

    def __init__(self, kind: str, message: str, where: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.where = where


class CheckFailed(AssertionError):
    """The student's function answered, but not with what the check expected."""


@dataclass
class _Budget:
    seconds: float
    left: float


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("budget", default=None)
_LAST_CALL: contextvars.ContextVar[str] = contextvars.ContextVar("last_call", default="")
# Files that hung while loading, by (path, mtime, size): later calls fail at once.
_HUNG_FILES: set[tuple[str, int, int]] = set()


class StudentModule:
    """The student's file that a checks file is about, found when a function is called.

    >>> ex = student_module("exercises/test_02_loaded_language.py")
    >>> ex.filename
    'ex02_loaded_language.py'
    """

    def __init__(self, checks_file: str | os.PathLike[str]) -> None:
        self.exercise = _exercise_of(checks_file)

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
            try:
                return test(*args, **kwargs)
            finally:
                _BUDGET.reset(token)

        run_check.framing_hint = text  # type: ignore[attr-defined]
        run_check.framing_points = points  # type: ignore[attr-defined]
        return run_check

    return decorate


def _call_student(module: StudentModule, function: str, *args: Any, **kwargs: Any) -> Any:
    shown = ", ".join([*map(_short, args), *(f"{k}={_short(v)}" for k, v in kwargs.items())])
    _LAST_CALL.set(f"{function}({shown})")
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
    _compiled(path)  # once, here, so that each child only runs it
    started = time.monotonic()
    try:
        if _use_fork() or path in _SERVERS:
            loaded, message = _run_served(path, key, function, args, kwargs, budget.left)
        else:
            loaded, message = _run_threaded(path, function, args, kwargs, budget.left)
    finally:
        budget.left -= time.monotonic() - started
    if message is None or message[0] == "stopped":  # out of time
        where = message[1] if message else ""
        if not loaded:
            _HUNG_FILES.add(key)
            raise _load_timeout(path, budget.seconds, where)
        raise _call_timeout(budget.seconds, where)
    if message[0] == "ok":
        return message[1]
    _, kind, text, where = message
    raise StudentCodeProblem(kind, text, where)


def _call_timeout(seconds: float, where: str = "") -> StudentCodeProblem:
    return StudentCodeProblem(
        "timeout",
        f"your function took longer than {_seconds(seconds)}, so the check stopped it. "
        "Look for a loop that never ends.",
        where,
    )


def _load_timeout(path: Path, seconds: float, where: str = "") -> StudentCodeProblem:
    return StudentCodeProblem(
        "timeout",
        f"your file {path.name} took longer than {_seconds(seconds)} to load, so the check "
        "stopped it. Look for a loop outside your functions.",
        where,
    )


def _use_fork() -> bool:
    # fork() in a process with other threads can deadlock the child; fall back to a thread.
    wanted = os.environ.get(ENV_ISOLATION, "").strip().lower()
    if wanted == "thread" or not hasattr(os, "fork"):
        return False
    return threading.active_count() == 1


class _Stopped(BaseException):
    """Raised inside the student's code when its time is up, to learn where it was."""


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


def _where_in_stack(frame: types.FrameType | None, path: Path) -> str:
    """The student's line in a live stack (the innermost frame of their file)."""
    while frame is not None:
        if Path(frame.f_code.co_filename) == path:
            import linecache

            line = linecache.getline(str(path), frame.f_lineno).strip()
            return f"{path.name}, line {frame.f_lineno}" + (f": {line}" if line else "")
        frame = frame.f_back
    return ""


def _fork() -> int:
    # Python 3.12+ warns when the process has native threads (numpy's BLAS pool, started
    # by NLTK's import). The child only runs Python code and leaves with os._exit, and no
    # Python thread is running (see _use_fork), so the warning does not apply here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def _student_frame(exc: BaseException, path: Path) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename) == path]
    if not frames:
        return ""
    last = frames[-1]
    line = (last.line or "").strip()
    return f"{path.name}, line {last.lineno}" + (f": {line}" if line else "")


def _exception_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "…"


@functools.lru_cache(maxsize=64)
def _compile(path: Path, mtime_ns: int, size: int) -> types.CodeType | tuple[str, ...]:
    """The student's file compiled (compiling runs none of it), or the problem with it."""
    try:
        return compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = (exc.text or "").strip()
        where = f"{path.name}, line {exc.lineno}" + (f": {line}" if line else "")
        return ("problem", "syntax error", f"your file has a syntax error: {exc.msg}.", where)
    except (OSError, ValueError) as exc:
        return ("problem", "error while loading", f"your file could not be read: {exc}.", "")


def _compiled(path: Path) -> types.CodeType | tuple[str, ...]:
    try:
        stat = path.stat()
    except OSError as exc:
        return ("problem", "error while loading", f"your file could not be read: {exc}.", "")
    return _compile(path, stat.st_mtime_ns, stat.st_size)


def _run_in_child(
    path: Path,
    function: str,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    loaded: Callable[[], None],
) -> tuple[Any, ...]:
    """Run the student's file in a fresh module and call one function; never raises."""
    code = _compiled(path)
    if isinstance(code, tuple):
        return code
    # The student's own imports (from ex01_frames import ...) come from the same folder.
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    module = types.ModuleType(path.stem)
    module.__file__ = str(path)
    sys.modules[path.stem] = module
    try:
        exec(code, module.__dict__)
    except _Stopped as exc:
        return ("stopped", _student_frame(exc, path))
    except BaseException as exc:
        return (
            "problem",
            "error while loading",
            f"your file raised {_exception_text(exc)} while loading.",
            _student_frame(exc, path),
        )
    loaded()
    func = module.__dict__.get(function)
    if not callable(func):
        defined = sorted(n for n, v in module.__dict__.items() if isinstance(v, types.FunctionType))
        listed = ", ".join(defined) or "none"
        return (
            "problem",
            "missing function",
            f"your file has no function named {function}. Keep the names of the template "
            f"(your file defines: {listed}).",
            "",
        )
    try:
        value = func(*args, **kwargs)
    except _Stopped as exc:
        return ("stopped", _student_frame(exc, path))
    except NotImplementedError as exc:
        return (
            "problem",
            "not written",
            f"your function raised {_exception_text(exc)} Write the function, save the file "
            "(Ctrl+S) and check again.",
            _student_frame(exc, path),
        )
    except BaseException as exc:
        return (
            "problem",
            "raised",
            f"your function raised {_exception_text(exc)}",
            _student_frame(exc, path),
        )
    return ("ok", value)


def _limit_memory() -> None:
    """In the child only: a runaway list fails with MemoryError instead of freezing the laptop."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = current + 1024**3
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError, AttributeError):
        return  # no limit on this system; the time limit still holds


def _flush_streams() -> None:
    """Before a child leaves with os._exit: keep what the student's code printed."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()


def _unreadable(value: Any, problem: BaseException) -> tuple[Any, ...]:
    kind = type(value).__name__
    return (
        "problem",
        "unreadable answer",
        f"your function returned a {kind} the check cannot read back ({type(problem).__name__}). "
        "Return plain values: numbers, strings, lists, dicts.",
        "",
    )


def _proxy(mapping: dict[Any, Any]) -> types.MappingProxyType[Any, Any]:
    return types.MappingProxyType(mapping)


class _Pickler(pickle.Pickler):
    """Pickles the kit's records too (an Article's metadata is a read-only mapping)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is types.MappingProxyType:
            return (_proxy, (dict(obj),))
        return NotImplemented


def _dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(len(payload).to_bytes(8, "big") + payload)
    while view:
        view = view[os.write(fd, view) :]


def _read_frame(fd: int) -> bytes | None:
    """One whole frame, waiting as long as it takes; None at the end of the pipe."""
    data = b""
    while len(data) < 8 or len(data) < 8 + int.from_bytes(data[:8], "big"):
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return None
        data += chunk
    return data[8:]


class _CallServer:
    """A forked child that runs one student file's functions, one call after another.

    Forking once per exercise instead of once per call saves most of the grading time:
    later calls reach the child as pickles. The child runs the student's file afresh for
    every call, so nothing a call leaves in the module's globals reaches the next one.
    After a timeout or a crash the server is dropped and the next call starts a new one.
    """

    def __init__(self, path: Path, key: tuple[str, int, int], first: tuple[Any, ...]) -> None:
        import signal

        self.path, self.key, self.alive, self.buffer = path, key, True, b""
        requests_read, self.requests = os.pipe()
        self.answers, answers_write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = _fork()
        if pid == 0:  # pragma: no cover - the child; its coverage is its messages
            try:
                os.close(self.requests)
                os.close(self.answers)
                for other in _SERVERS.values():  # so that each server sees its own end
                    other.close_pipes()
                gc.freeze()  # a collection would touch, and so copy, the parent's whole heap
                os.setpgid(0, 0)
                signal.signal(signal.SIGUSR1, _stop)
                sys.dont_write_bytecode = True  # never leave __pycache__ in a student's folder
                _limit_memory()
                _serve(path, requests_read, answers_write, first)
            finally:
                _flush_streams()
                os._exit(0)
        self.pid = pid
        os.close(requests_read)
        os.close(answers_write)

    def send(self, function: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> bool:
        """Send a call; False when the arguments cannot travel or the server is gone."""
        try:
            request = _dumps((function, args, dict(kwargs)))
        except Exception:
            return False
        try:
            _write_frame(self.requests, request)
        except OSError:
            self.close()
            return False
        return True

    def _next_frame(self, deadline: float) -> bytes | None:
        """The next frame; b"" at the end of the pipe, None when the deadline passes."""
        import select

        while True:
            if len(self.buffer) >= 8:
                size = int.from_bytes(self.buffer[:8], "big")
                if len(self.buffer) >= 8 + size:
                    frame, self.buffer = self.buffer[8 : 8 + size], self.buffer[8 + size :]
                    return frame
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if select.select([self.answers], [], [], left)[0]:
                chunk = os.read(self.answers, 1 << 16)
                if not chunk:
                    return b""
                self.buffer += chunk

    def answer(self, timeout: float) -> tuple[bool, tuple[Any, ...]]:
        """(file loaded?, message) for the call just sent; ("stopped", where) when out of time."""
        import signal

        loaded = late = False
        deadline = time.monotonic() + timeout
        while True:
            frame = self._next_frame(deadline)
            if frame is None:
                if late:
                    self.close()
                    return loaded, ("stopped", "")
                # Time is up: ask the child where it is, and give it a moment to answer.
                late, deadline = True, time.monotonic() + _GRACE
                with contextlib.suppress(OSError):
                    os.kill(self.pid, signal.SIGUSR1)
                continue
            if frame == b"L":
                loaded = True
                continue
            if not frame.startswith(b"M"):
                code = self.close()
                if late:
                    return loaded, ("stopped", "")
                return loaded, (
                    "problem",
                    "raised",
                    f"your function stopped Python itself (exit code {code}) before it answered.",
                    "",
                )
            try:
                message = pickle.loads(frame[1:])
            except Exception as exc:
                message = _unreadable(object(), exc)
            if late:  # out of time, whatever came back; keep only where it was stopped
                self.close()
                return loaded, ("stopped", message[1] if message[0] == "stopped" else "")
            return loaded, message

    def close_pipes(self) -> None:
        for fd in (self.requests, self.answers):
            with contextlib.suppress(OSError):
                os.close(fd)

    def close(self) -> int | None:
        """Stop the server; its exit code."""
        import signal

        if not self.alive:
            return None
        self.alive = False
        self.close_pipes()
        for kill in (os.killpg, os.kill):
            try:
                kill(self.pid, signal.SIGKILL)
                break
            except OSError:
                continue
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return None
        return os.waitstatus_to_exitcode(status)


# One call server per student file, in this process only.
_SERVERS: dict[Path, _CallServer] = {}


def close_servers() -> None:
    """Stop every call server (at the end of a test session, or of the process)."""
    while _SERVERS:
        _, server = _SERVERS.popitem()
        server.close()


def _serve(path: Path, requests: int, answers: int, first: tuple[Any, ...]) -> None:
    """The server's loop: run each call, send back "L" once the file has loaded, then "M" + the
    pickled message. Ends when the parent closes its end of the pipe."""
    request: tuple[Any, ...] | None = first
    while True:
        if request is None:
            frame = _read_frame(requests)
            if frame is None:
                return
            request = pickle.loads(frame)
        function, args, kwargs = request
        request = None
        message = _run_in_child(path, function, args, kwargs, lambda: _write_frame(answers, b"L"))
        try:
            data = _dumps(message)
        except BaseException as exc:
            data = _dumps(_unreadable(message[1], exc))
        _write_frame(answers, b"M" + data)


def _run_served(
    path: Path,
    key: tuple[str, int, int],
    function: str,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    timeout: float,
) -> tuple[bool, tuple[Any, ...] | None]:
    server = _SERVERS.get(path)
    if server is not None and (not server.alive or server.key != key):
        server.close()  # gone, or the file has changed since it started
        server = None
    if server is None or not server.send(function, args, kwargs):
        if server is not None:
            server.close()
        if not _use_fork():
            return _run_threaded(path, function, args, kwargs, timeout)
        if not _SERVERS:
            import atexit

            atexit.register(close_servers)
        server = _SERVERS[path] = _CallServer(path, key, (function, args, dict(kwargs)))
    loaded, message = server.answer(timeout)
    if not server.alive:
        _SERVERS.pop(path, None)
    return loaded, message


def _run_threaded(
    path: Path, function: str, args: tuple[Any, ...], kwargs: Mapping[str, Any], timeout: float
) -> tuple[bool, tuple[Any, ...] | None]:
    """The same in a thread: a thread cannot be stopped, so an endless loop keeps running
    in the background until the process ends (the subprocess of `check` and `grade`)."""
    box: dict[str, Any] = {}

    def work() -> None:
        box["message"] = _run_in_child(
            path, function, args, kwargs, lambda: box.update(loaded=True)
        )

    worker = threading.Thread(target=work, name=f"framing-check-{function}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        where = _where_in_stack(sys._current_frames().get(worker.ident or -1), path)
        return bool(box.get("loaded")), ("stopped", where)
    return bool(box.get("loaded")), box.get("message")


# ---------------------------------------------------------------------------------------------
# The harness: comparing answers
# ---------------------------------------------------------------------------------------------


def _short(value: Any, limit: int = 40) -> str:
    """A short, readable description of an argument or an answer."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[: limit - 1] + "…")
    kind = type(value)
    if kind.__module__.startswith("framing."):
        text = getattr(value, "text", None)
        if kind.__name__ == "Analysis" and isinstance(text, str):
            return f"analyze({_short(text, 30)})"
        if kind.__name__ == "Article" and isinstance(text, str):
            return f"Article({_short(text, 30)})"
        return f"{kind.__name__}(…)"
    if isinstance(value, (list, tuple)) and value:
        first = type(value[0])
        if first.__module__.startswith("framing.") and all(type(v) is first for v in value):
            return f"[{len(value)} {first.__name__} records]"
    import reprlib

    shorter = reprlib.Repr()
    shorter.maxstring = limit
    shorter.maxother = limit
    shorter.maxlist = shorter.maxtuple = shorter.maxdict = shorter.maxset = 8
    return shorter.repr(value)


def _normal(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normal(v) for v in value]
    return value


def _equal(got: Any, expected: Any, tol: float) -> bool:
    if isinstance(expected, float) or (isinstance(got, float) and isinstance(expected, int)):
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            return False
        return math.isclose(got, expected, rel_tol=1e-9, abs_tol=tol)
    if isinstance(expected, dict):
        return (
            isinstance(got, dict)
            and set(got) == set(expected)
            and all(_equal(got[k], expected[k], tol) for k in expected)
        )
    if isinstance(expected, list):
        return (
            isinstance(got, list)
            and len(got) == len(expected)
            and all(_equal(g, e, tol) for g, e in zip(got, expected, strict=True))
        )
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(got) is type(expected) and got == expected
    try:
        return bool(got == expected)
    except Exception:
        return False


def _kind_of(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a dict"
    if isinstance(value, (list, tuple)):
        return "a list"
    if value is None:
        return "None"
    name = type(value).__name__
    return f"a {name}" if name[0] not in "aeiou" else f"an {name}"


def same(got: Any, expected: Any, *, tol: float = 1e-6) -> None:
    """Pass when ``got`` equals ``expected``: dicts and Counters, lists and tuples alike,
    floats within ``tol``. Otherwise fail naming both values and the last call to a
    student's function, so write ``same(ex.f(x), expected)`` with the call inline."""
    if _equal(_normal(got), _normal(expected), tol):
        return
    call = _LAST_CALL.get() or "your function"
    shown_got, shown_expected = _short(got, 60), _short(expected, 60)
    if _kind_of(got) != _kind_of(expected) and got is not None:
        shown_got = f"{_kind_of(got)}, {shown_got}"
        shown_expected = f"{_kind_of(expected)}, {shown_expected}"
    raise CheckFailed(f"{call} returned {shown_got}, but the check expected {shown_expected}.")


def expect(condition: bool, message: str) -> None:
    """Fail the check with ``message`` (written for a student) unless ``condition`` holds."""
    if not condition:
        raise CheckFailed(message)


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


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

    def explain(self) -> str:
        """What happened, where, and the hint: what a student sees instead of a traceback."""
        if self.passed:
            return f"✓ {self.title}"
        lines = [f"✗ {self.title}", f"  {self.message}"]
        if self.where:
            lines.append(f"  at {self.where}")
        if self.hint:
            lines.append(f"  Hint: {self.hint}")
        return "\n".join(lines)


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
    return f"{passed}/{total} check{'s' if total != 1 else ''} passed"


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


def _results_from(payload: Mapping[str, Any]) -> tuple[tuple[CheckResult, ...], tuple[str, ...]]:
    results = tuple(CheckResult(**r) for r in payload.get("results", ()))
    return results, tuple(payload.get("problems", ()))


# ---------------------------------------------------------------------------------------------
# Running the checks in a subprocess
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Run:
    results: tuple[CheckResult, ...]
    problems: tuple[str, ...]
    seconds: float


def _count_checks(files: Iterable[Path]) -> int:
    return sum(len(re.findall(r"^@hint\(", f.read_text(encoding="utf-8"), re.M)) for f in files)


_PYTEST_ARGS = ("-q", "-p", "no:cacheprovider", "--no-header", "--continue-on-collection-errors")
# Environment of every grading process: third-party pytest plugins are not needed by the
# checks and cost ~2 s to load; no __pycache__ is written next to a student's files; one
# BLAS thread (NLTK imports numpy) keeps the process small, so each fork is cheaper.
_QUIET_ENV = {
    "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}


def _run_checks(
    checks: Sequence[Path],
    folder: Path,
    *,
    timeout: float,
    cwd: Path,
    zygote: _Zygote | None = None,
) -> _Run:
    """Run pytest on ``checks`` in a process of its own against the exercise files in ``folder``.

    With a `_Zygote` the process is forked from a warm one; otherwise it is a fresh
    ``python -m pytest`` (Windows, or when the zygote is gone).
    """
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="framing-check-") as work:
        output, log = Path(work) / "results.json", Path(work) / "pytest.log"
        extra = {ENV_FOLDER: str(folder), ENV_TIMEOUT: str(timeout), ENV_RESULTS: str(output)}
        args = [*map(str, checks), *_PYTEST_ARGS]
        # Each check stops the student's code after `timeout`; this is only the backstop.
        limit = 60 + (_count_checks(checks) + 2) * (timeout + _GRACE) * 1.5
        code = zygote.run(args, extra, cwd, log, limit) if zygote is not None else _GONE
        if code is _GONE:
            code = _run_pytest_subprocess(args, extra, cwd, log, limit)
        if code is None:
            message = f"GRADER TIMEOUT: the checks did not finish in {limit:.0f} s"
            return _Run((), (message,), time.monotonic() - started)
        if not output.is_file():
            text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
            tail = text.strip().splitlines()[-5:]
            return _Run(
                (),
                ("GRADER ERROR: the checks could not run: " + " | ".join(tail),),
                time.monotonic() - started,
            )
        results, problems = _results_from(json.loads(output.read_text(encoding="utf-8")))
    return _Run(results, problems, time.monotonic() - started)


_GONE = object()  # the zygote is not there: run a plain subprocess instead


def _run_pytest_subprocess(
    args: Sequence[str], extra: Mapping[str, str], cwd: Path, log: Path, limit: float
) -> int | None:
    env = {**os.environ, **_QUIET_ENV, **extra}
    with open(log, "wb") as out:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pytest", *args],
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=limit,
            )
        except subprocess.TimeoutExpired:
            return None
    return done.returncode


class _Zygote:
    """A warm grading process (POSIX): it has imported pytest and NLTK once, and forks one
    child per student. That halves the time per student; each student still runs in a
    process of their own. Talks JSON lines over stdin/stdout."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.waiting: dict[str, list[Any]] = {}
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from framing.grading import _zygote_main; _zygote_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, **_QUIET_ENV},
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
        """The child's exit code; None when it ran out of time; `_GONE` without a zygote."""
        job = f"{threading.get_ident()}-{time.monotonic_ns()}"
        waiter: list[Any] = [threading.Event(), _GONE]
        with self.lock:
            self.waiting[job] = waiter
        try:
            sent = self._send(
                {
                    "id": job,
                    "args": list(args),
                    "env": dict(extra),
                    "cwd": str(cwd),
                    "log": str(log),
                }
            )
            if not sent:
                return _GONE
            if not waiter[0].wait(limit):
                self._send({"kill": job})
                waiter[0].wait(10)
                return None
            return waiter[1]
        finally:
            with self.lock:
                self.waiting.pop(job, None)

    def close(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _zygote_main() -> None:  # pragma: no cover - runs in the zygote process
    """The zygote: warm up, then fork a pytest run for every job line on stdin."""
    import select
    import signal

    import pytest

    from .text import Article

    _ = Article("Ana Ruiz said the plan works. Then she left.").sentences  # loads NLTK once
    running: dict[int, str] = {}
    by_job: dict[str, int] = {}
    pending = b""
    stdin = sys.stdin.fileno()
    open_input = True

    def report(message: Mapping[str, Any]) -> None:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    while open_input or running:
        ready = select.select([stdin] if open_input else [], [], [], 0.02 if running else None)[0]
        if ready:
            chunk = os.read(stdin, 1 << 16)
            if not chunk:
                open_input = False
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                job = json.loads(line)
                if "kill" in job:
                    pid = by_job.get(job["kill"])
                    if pid is not None:
                        with contextlib.suppress(OSError):
                            os.killpg(pid, signal.SIGKILL)
                    continue
                pid = _fork()
                if pid == 0:
                    code = 3
                    try:
                        os.setpgid(0, 0)
                        quiet = os.open(os.devnull, os.O_RDONLY)
                        log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                        os.dup2(quiet, 0)
                        os.dup2(log, 1)
                        os.dup2(log, 2)
                        os.environ.update(job["env"])
                        os.chdir(job["cwd"])
                        code = int(pytest.main(job["args"]))
                    finally:
                        _flush_streams()
                        os._exit(code)
                running[pid] = job["id"]
                by_job[job["id"]] = pid
        while running:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            job_id = running.pop(pid, "")
            by_job.pop(job_id, None)
            code = os.waitstatus_to_exitcode(status)
            report({"id": job_id, "exit": None if code < 0 else code})


# ---------------------------------------------------------------------------------------------
# check("02"): for the notebook
# ---------------------------------------------------------------------------------------------

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
        lines += [r.explain() for r in self.results]
        lines += self._notes()
        return "\n".join(lines)

    def _repr_html_(self) -> str:
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
) -> CheckReport:
    """Run the checks of one exercise against its saved file and show the verdict.

    ``against`` is "student" (your file), "solutions", or a folder of exercise files.
    Save the file first: unsaved edits in the editor are not checked.
    """
    checks_dir = find_exercises(folder) if folder is None else Path(folder).expanduser().resolve()
    if not exercises_in(checks_dir):
        checks_dir = find_exercises(checks_dir)
    chosen = _pick_exercise(checks_dir, exercise)
    if against == "student":
        target = checks_dir
    elif against == "solutions":
        target = checks_dir / "solutions"
    else:
        target = Path(against).expanduser().resolve()
    student_file = target / chosen.filename
    saved = student_file.stat().st_mtime if student_file.is_file() else None
    run = _run_checks([chosen.checks], target, timeout=timeout, cwd=checks_dir)
    return CheckReport(chosen.number, chosen.title, student_file, saved, run.results, run.problems)


# ---------------------------------------------------------------------------------------------
# grade(): for teachers
# ---------------------------------------------------------------------------------------------

_SKIP_PARTS = {"solutions", "__MACOSX", ".ipynb_checkpoints", "__pycache__"}


@dataclass(frozen=True, slots=True)
class GradeRow:
    student: str
    points: Mapping[str, int]
    max_points: Mapping[str, int]
    total: int
    out_of: int
    errors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GradeReport:
    """What `grade` wrote."""

    path: Path
    rows: tuple[GradeRow, ...]
    max_points: Mapping[str, int]
    seconds: float

    def __repr__(self) -> str:
        broken = sum(bool(r.errors) for r in self.rows)
        return (
            f"<GradeReport {self.path.name}: {len(self.rows)} students, {broken} with errors, "
            f"{self.seconds:.1f} s>"
        )


def _submissions(folder: Path) -> list[tuple[str, Path]]:
    entries = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_dir():
            entries.append((entry.name, entry))
        elif entry.suffix.lower() == ".zip":
            entries.append((entry.stem, entry))
    names: dict[str, int] = {}
    unique = []
    for name, path in entries:
        names[name] = names.get(name, 0) + 1
        unique.append((name if names[name] == 1 else path.name, path))
    return unique


def _best(candidates: list[str], wanted: str, number: str) -> str | None:
    """The path (inside a folder or zip) of a student's file for one exercise."""
    usable = [c for c in candidates if not _SKIP_PARTS.intersection(Path(c).parts[:-1])]
    exact = [c for c in usable if Path(c).name == wanted]
    if not exact:
        # "ex02_loaded_language (1).py" and the like: accept one clear match.
        loose = [c for c in usable if re.fullmatch(rf"ex{number}\D.*\.py", Path(c).name)]
        exact = loose if len(loose) == 1 else []
    if not exact:
        return None
    return min(exact, key=lambda c: (len(Path(c).parts), c))


def _collect(submission: Path, exercises: Sequence[Exercise], into: Path) -> list[str]:
    """Copy a student's exercise files into ``into``; return problems with the submission."""
    if submission.is_dir():
        files = [
            str(p.relative_to(submission))
            for p in submission.rglob("*.py")
            if p.is_file() and not p.is_symlink()
        ]
        for exercise in exercises:
            found = _best(files, exercise.filename, exercise.number)
            if found:
                (into / exercise.filename).write_bytes((submission / found).read_bytes())
        return []
    try:
        with zipfile.ZipFile(submission) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
            for exercise in exercises:
                found = _best(
                    [n for n in names if n.endswith(".py")], exercise.filename, exercise.number
                )
                if found:
                    # Only the bytes are read; nothing is extracted under the archive's paths.
                    (into / exercise.filename).write_bytes(archive.read(found))
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"BAD ZIP: {exc}"]
    return []


def _grade_one(
    name: str,
    submission: Path,
    exercises: Sequence[Exercise],
    checks_dir: Path,
    timeout: float,
    zygote: _Zygote | None = None,
) -> GradeRow:
    with tempfile.TemporaryDirectory(prefix="framing-grade-") as work:
        problems = _collect(submission, exercises, Path(work))
        checks = [e.checks for e in exercises]
        run = _run_checks(checks, Path(work), timeout=timeout, cwd=checks_dir, zygote=zygote)
    problems += run.problems
    points: dict[str, int] = {}
    maxima: dict[str, int] = {}
    errors: list[str] = []
    for exercise in exercises:
        mine = [r for r in run.results if r.exercise == exercise.number]
        points[exercise.column] = sum(r.points for r in mine)
        maxima[exercise.column] = sum(r.max_points for r in mine)
        labels = []
        for r in mine:
            label = ERROR_LABELS.get(r.kind)
            if label and label not in labels:
                labels.append(label)
        errors += [f"{exercise.column}: {label}" for label in labels]
    total, out_of = sum(points.values()), sum(maxima.values())
    return GradeRow(name, points, maxima, total, out_of, tuple(errors + problems))


class _Progress:
    """A progress bar on stderr (one line per student when stderr is not a terminal)."""

    def __init__(self, total: int, stream: Any, enabled: bool) -> None:
        self.total, self.done, self.stream, self.enabled = total, 0, stream, enabled
        self.live = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.lock = threading.Lock()

    def step(self, name: str) -> None:
        with self.lock:
            self.done += 1
            if not self.enabled:
                return
            if self.live:
                filled = round(30 * self.done / self.total)
                bar = "█" * filled + "░" * (30 - filled)
                end = "\n" if self.done == self.total else ""
                self.stream.write(f"\rgrading {bar} {self.done}/{self.total}{end}")
            else:
                self.stream.write(f"grading: {self.done}/{self.total} done ({name})\n")
            self.stream.flush()


def grade(
    submissions: str | os.PathLike[str],
    output_csv: str | os.PathLike[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    force: bool = False,
    exercises_dir: str | os.PathLike[str] | None = None,
    jobs: int | None = None,
    progress: bool = True,
) -> GradeReport:
    """Grade a folder of submissions (one folder or zip per student) into a CSV file.

    Each student is graded in a subprocess of their own; each check stops the student's
    code after ``timeout`` seconds. The CSV has one row per student: points per exercise,
    the total, the maximum, and an errors column (TIMEOUT, SYNTAX ERROR, MISSING FILE, ...).
    An existing ``output_csv`` is only replaced with ``force=True``.
    """
    started = time.monotonic()
    folder = Path(submissions).expanduser()
    if not folder.is_dir():
        raise FramingError(
            f'"{folder}" is not a folder. Give the folder that holds one folder or zip per student.'
        )
    target = Path(output_csv).expanduser()
    if target.exists() and not force:
        raise FramingError(
            f'There is already a file at "{target}". Choose another name, '
            "or replace it with --force."
        )
    checks_dir = (
        find_exercises(exercises_dir) if exercises_dir is None else Path(exercises_dir).resolve()
    )
    exercises = exercises_in(checks_dir)
    if not exercises:
        raise FramingError(f'There are no checks (test_NN_*.py) in "{checks_dir}".')
    students = _submissions(folder)
    if not students:
        raise FramingError(
            f'"{folder}" has no student folders or zip files in it. Put one folder (or zip) per '
            "student inside it, named after the student."
        )
    bar = _Progress(len(students), sys.stderr, progress)
    workers = max(1, jobs or min(len(students), os.cpu_count() or 1))

    zygote = _Zygote() if hasattr(os, "fork") else None

    def one(item: tuple[str, Path]) -> GradeRow:
        row = _grade_one(item[0], item[1], exercises, checks_dir, timeout, zygote)
        bar.step(item[0])
        return row

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            rows = tuple(pool.map(one, students))
    finally:
        if zygote is not None:
            zygote.close()
    out = io.StringIO()
    columns = ["student", *(e.column for e in exercises), "total", "out_of", "errors"]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                "student": row.student,
                **row.points,
                "total": row.total,
                "out_of": row.out_of,
                "errors": "; ".join(row.errors),
            }
        )
    path = write_atomic(target, out.getvalue(), overwrite=force)
    maxima = {
        e.column: max((r.max_points.get(e.column, 0) for r in rows), default=0) for e in exercises
    }
    return GradeReport(path, rows, maxima, time.monotonic() - started)


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
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit for a student's code in one check (default {DEFAULT_TIMEOUT:g})",
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
            jobs=getattr(args, "jobs", None),
        )
    except FramingError as exc:
        print(f"framing grade: {exc}", file=sys.stderr)
        return 2
    broken = [r.student for r in report.rows if r.errors]
    maxima = ", ".join(f"{k} {v}" for k, v in report.max_points.items())
    print(
        f"Wrote {len(report.rows)} students' grades to {report.path} in {report.seconds:.1f} s "
        f"(maximum points: {maxima}).",
        file=sys.stderr,
    )
    if broken:
        print(
            f"{len(broken)} with errors (see the errors column): {', '.join(broken)}",
            file=sys.stderr,
        )
    return 0


# ---------------------------------------------------------------------------------------------
# Templates from solutions: each exercise is written once
# ---------------------------------------------------------------------------------------------

_BEGIN = "# BEGIN SOLUTION"
_END = "# END SOLUTION"
PLACEHOLDER = 'raise NotImplementedError("Replace this line with your code.")'


def build_template(solution: str) -> str:
    """The student's template of a solution file: each marked block becomes a placeholder.

    A block inside a function is replaced by ``raise NotImplementedError(...)``; a block
    at the top level of the file is left out.

    >>> solution = "def f():\\n    # BEGIN SOLUTION\\n    return 1\\n    # END SOLUTION\\n"
    >>> build_template(solution).splitlines()
    ['def f():', '    raise NotImplementedError("Replace this line with your code.")']
    """
    out: list[str] = []
    inside = False
    for number, line in enumerate(solution.splitlines(keepends=True), start=1):
        marker = line.strip()
        if marker == _BEGIN:
            if inside:
                raise FramingError(f"Line {number}: {_BEGIN} inside another solution block.")
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            if indent:
                out.append(f"{indent}{PLACEHOLDER}\n")
        elif marker == _END:
            if not inside:
                raise FramingError(f"Line {number}: {_END} without {_BEGIN}.")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise FramingError(f"{_BEGIN} is never closed with {_END}.")
    return "".join(out)


def write_templates(checks_dir: str | os.PathLike[str], *, force: bool = False) -> list[Path]:
    """Write ``exNN_*.py`` templates from ``solutions/``; existing files only with ``force``."""
    folder = Path(checks_dir)
    written = []
    for solution in sorted((folder / "solutions").glob("ex[0-9][0-9]_*.py")):
        text = build_template(solution.read_text(encoding="utf-8"))
        path = write_atomic(folder / solution.name, text, overwrite=force)
        path.chmod(0o644)  # a file students edit, not a private one
        written.append(path)
    return written


if __name__ == "__main__":  # python -m framing.grading templates [--force]
    parser = argparse.ArgumentParser(prog="python -m framing.grading")
    parser.add_argument("action", choices=["templates"])
    parser.add_argument("--exercises", default=None)
    parser.add_argument("--force", action="store_true")
    options = parser.parse_args()
    for path in write_templates(find_exercises(options.exercises), force=options.force):
        print(f"wrote {path}")
