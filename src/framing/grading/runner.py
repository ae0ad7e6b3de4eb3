"""The student's side: a small process that runs a student's functions and says what they
returned, as JSON. It is started by the checks (see harness.py), inside the sandbox
when there is one, and it is the only process that ever runs a student's code.

Protocol, on the runner's standard input and output: frames of an 8-byte length and a
JSON body. A request names a file, a function, its arguments (in `plain` form) and the
seconds it may take. The runner answers ``L`` once the file has loaded, then one JSON
message: ``{"ok": answer}``, ``{"problem": [kind, message, where]}`` or
``{"stopped": where}`` when the time was up. Whatever the student's code prints goes to
standard error, never into the answers.

Before any student code runs, the runner sets its limits (memory, CPU time, file size,
processes), gives up root when asked to (root grading in a sandbox), and asks to die
with its parent. The student's file runs afresh for every call, in a new module.
"""

from __future__ import annotations

import json
import linecache
import os
import signal
import sys
import traceback
import types
from pathlib import Path
from typing import Any

from . import plain

_MAX_FRAME = 64 * 1024 * 1024  # the largest request the checks send is far smaller
MB = 1024 * 1024


class _Stopped(BaseException):
    """Raised inside the student's code when its time is up, to learn where it was."""


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


def _set_limits(config: dict[str, Any]) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    drop_to = config.get("drop_to")
    if drop_to is not None and os.getuid() == 0:
        os.setgroups([])
        os.setgid(drop_to)
        os.setuid(drop_to)
    cpu = int(config["cpu_seconds"]) + 1
    wanted = {
        # Per process, on top of what Python has mapped already; the whole tree's memory
        # is watched by the checks (harness.py).
        "RLIMIT_AS": _mapped() + config["memory_mb"] * MB,
        "RLIMIT_CPU": cpu,
        "RLIMIT_FSIZE": config["file_mb"] * MB,
        "RLIMIT_CORE": 0,
        "RLIMIT_NOFILE": 256,
        "RLIMIT_NPROC": _process_cap(config["processes"]),
    }
    for name, value in wanted.items():
        limit = getattr(resource, name, None)
        if limit is None or value is None:
            continue
        try:
            resource.setrlimit(limit, (value, value))
        except (ValueError, OSError):
            continue  # some systems refuse a limit; the checks' watch still holds


def _mapped() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _process_cap(per_tree: int) -> int | None:
    """RLIMIT_NPROC counts all of a user's processes: allow this tree on top of the others."""
    if not Path("/proc").is_dir():
        return None
    uid, count = os.getuid(), 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                count += entry.stat().st_uid == uid
            except OSError:
                continue
    return count + per_tree


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except Exception:  # not Linux: the checks stop the runner themselves
        return


def _student_frame(exc: BaseException, path: Path) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename) == path]
    if not frames:
        return ""
    last = frames[-1]
    line = (last.line or "").strip()
    return f"{path.name}, line {last.lineno}" + (f": {line}" if line else "")


def _exception_text(exc: BaseException) -> str:
    try:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    except Exception:
        text = type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "…"


def _problem(kind: str, message: str, where: str = "") -> dict[str, Any]:
    return {"problem": [kind, message, where]}


def _load(path: Path) -> types.ModuleType | dict[str, Any]:
    """The student's file run in a fresh module, or the problem with it."""
    try:
        code = compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = (exc.text or "").strip()
        where = f"{path.name}, line {exc.lineno}" + (f": {line}" if line else "")
        return _problem("syntax error", f"your file has a syntax error: {exc.msg}.", where)
    except (OSError, ValueError) as exc:
        return _problem("missing file", f"your file {path.name} could not be read: {exc}.")
    module = types.ModuleType(path.stem)
    module.__file__ = str(path)
    sys.modules[path.stem] = module  # the student's own imports find it (from ex01_... import)
    linecache.checkcache(str(path))
    try:
        exec(code, module.__dict__)
    except _Stopped as exc:
        return {"stopped": _student_frame(exc, path)}
    except BaseException as exc:  # SystemExit too: leaving at import is the file's problem
        message = f"your file raised {_exception_text(exc)} while loading."
        return _problem("error while loading", message, _student_frame(exc, path))
    return module


def _call(
    module: types.ModuleType, path: Path, function: str, args: Any, kwargs: Any
) -> dict[str, Any]:
    func = module.__dict__.get(function)
    if not callable(func):
        defined = sorted(n for n, v in module.__dict__.items() if isinstance(v, types.FunctionType))
        return _problem(
            "missing function",
            f"your file has no function named {function}. Keep the names of the template "
            f"(your file defines: {', '.join(defined) or 'none'}).",
        )
    try:
        value = func(*args, **kwargs)
    except _Stopped as exc:
        return {"stopped": _student_frame(exc, path)}
    except NotImplementedError as exc:
        return _problem(
            "not written",
            f"your function raised {_exception_text(exc)} Write the function, save the file "
            "(Ctrl+S) and check again.",
            _student_frame(exc, path),
        )
    except BaseException as exc:
        return _problem(
            "raised", f"your function raised {_exception_text(exc)}", _student_frame(exc, path)
        )
    try:
        return {"ok": plain.to_plain(value)}
    except (plain.UnplainValue, RecursionError, Exception) as exc:
        return _problem(
            "unreadable answer",
            f"your function returned {type(value).__name__}, which the check cannot read "
            f"({_exception_text(exc)}). Return plain values: numbers, strings, lists, dicts.",
        )


def _alarm(seconds: float) -> None:
    """Stop the student's code after ``seconds`` (0: no alarm), to say where it was. Without
    alarms (Windows) the checks stop the whole runner instead, without the line."""
    if hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, seconds)


def _run(folder: Path, request: dict[str, Any], answers: int) -> dict[str, Any]:
    path = folder / Path(request["file"]).name
    # The arguments are rebuilt first (an Analysis takes a moment): not the student's time.
    args = plain.from_plain(request["args"], records=True)
    kwargs = plain.from_plain(request["kwargs"], records=True)
    _write(answers, b"D")
    _alarm(max(0.01, float(request["seconds"])))
    try:
        loaded = _load(path)
        _only_the_runner()
        if not isinstance(loaded, types.ModuleType):
            return loaded
        _write(answers, b"L")
        return _call(loaded, path, request["function"], args, kwargs)
    except _Stopped:
        return {"stopped": ""}
    finally:
        _alarm(0)


_RUNNER = os.getpid()


def _only_the_runner() -> None:
    """A child forked by the student's code that falls back into this loop ends here: only
    the runner itself answers."""
    if os.getpid() != _RUNNER:
        os._exit(0)


def _write(fd: int, payload: bytes) -> None:
    view = memoryview(len(payload).to_bytes(8, "big") + payload)
    while view:
        view = view[os.write(fd, view) :]


def _read(fd: int) -> bytes | None:
    head = _read_exactly(fd, 8)
    if head is None:
        return None
    size = int.from_bytes(head, "big")
    return _read_exactly(fd, size) if size <= _MAX_FRAME else None


def _read_exactly(fd: int, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def main() -> None:  # pragma: no cover - runs in the runner process; tested through the checks
    config = json.loads(sys.argv[1])
    folder = Path(config["folder"])
    requests, answers = os.dup(0), os.dup(1)
    quiet = os.open(os.devnull, os.O_RDONLY)
    os.dup2(quiet, 0)
    os.dup2(2, 1)  # the student's prints go to standard error, never into the answers
    _die_with_parent()
    # Everything the arguments need is imported before the limits and the student's code.
    plain.from_plain({"__record__": "Article", "fields": {"text": "A b."}}, records=True)
    _set_limits(config)
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(folder))
    os.chdir(folder)
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _stop)
    _write(answers, b"R")
    while True:
        frame = _read(requests)
        if frame is None:
            return
        reply = _run(folder, json.loads(frame), answers)
        _only_the_runner()
        try:
            body = json.dumps(reply, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError) as exc:
            body = json.dumps(
                _problem("unreadable answer", f"the answer cannot be sent ({exc}).")
            ).encode()
        sys.stdout.flush()
        _write(answers, body)
