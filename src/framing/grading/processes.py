"""A student's process tree: its limits, what it uses, and stopping all of it.

The tree is every process below the one that started the student's code: children,
grandchildren, and orphans that a parent left behind (on Linux the checks process is a
"subreaper", so orphans come back to it instead of escaping to the system). Each limit
holds for the whole tree, not per process: three children of 400 MB each are 1.2 GB.

What it can not do: on systems without ``/proc`` (macOS, Windows) only the limits of a
single process (``resource``) and the time limit apply, and a process that leaves its
session there is not found.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Limits",
    "Usage",
    "become_subreaper",
    "descendants",
    "kill_tree",
    "orphans",
    "usage_of",
]

_PROC = Path("/proc")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
MB = 1024 * 1024
_DYING_SECONDS = 5.0  # how long stopping a tree waits for its processes to be gone


@dataclass(frozen=True, slots=True)
class Limits:
    """What one student's code may use, in all (see docs/grader-trust.md)."""

    seconds_per_check: float = 5.0  # wall time of the student's functions in one check
    cpu_seconds: float = 120.0  # CPU time of the whole tree, all checks together
    memory_mb: int = 1024  # resident memory of the whole tree at any moment
    processes: int = 32  # processes in the tree at any moment
    file_mb: int = 16  # the largest file the student's code may write
    submission_mb: int = 20  # a submission (folder or zip) on the teacher's disk
    unpacked_mb: int = 4  # the exercise files read from one submission, in all

    def describe(self) -> str:
        return (
            f"{self.seconds_per_check:g} s per check, {self.cpu_seconds:g} s of CPU, "
            f"{self.memory_mb} MB of memory, {self.processes} processes, "
            f"files up to {self.file_mb} MB"
        )


@dataclass(frozen=True, slots=True)
class Usage:
    """What a tree uses right now."""

    processes: int
    memory_mb: float
    cpu_seconds: float


_SUBREAPER = False  # set once this process adopts its children's orphans


def become_subreaper() -> bool:
    """Make orphans of this process's children come back to it (Linux); False elsewhere."""
    global _SUBREAPER
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        _SUBREAPER = libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except Exception:  # no prctl (macOS), no C library by that name (Windows)
        _SUBREAPER = False
    return _SUBREAPER


def _parents() -> dict[int, int]:
    """Every process's parent, read from /proc (empty where there is no /proc)."""
    parents: dict[int, int] = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir(_PROC):
            if not entry.name.isdigit():
                continue
            try:
                stat = (_PROC / entry.name / "stat").read_bytes()
            except OSError:
                continue
            # The name in parentheses may hold spaces; the fields after it do not.
            fields = stat[stat.rfind(b")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
    return parents


def descendants(root: int) -> list[int]:
    """The processes below ``root`` (not ``root`` itself), parents before children."""
    children: dict[int, list[int]] = {}
    for pid, parent in _parents().items():
        children.setdefault(parent, []).append(pid)
    found, queue = [], list(children.get(root, ()))
    while queue:
        pid = queue.pop(0)
        found.append(pid)
        queue.extend(children.get(pid, ()))
    return found


def usage_of(pids: list[int]) -> Usage:
    """Processes, resident memory and CPU time of ``pids`` together."""
    memory = cpu = 0.0
    alive = 0
    for pid in pids:
        try:
            stat = (_PROC / str(pid) / "stat").read_bytes()
            resident = int((_PROC / str(pid) / "statm").read_bytes().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        if fields[0] == b"Z":
            continue  # a zombie uses nothing but its number
        alive += 1
        memory += resident * _PAGE / MB
        cpu += (int(fields[11]) + int(fields[12])) / _TICKS
    return Usage(alive, memory, cpu)


def kill_tree(root: int, *, include_root: bool = True, legit: frozenset[int] = frozenset()) -> None:
    """Stop ``root``'s whole tree: its process group, then every descendant, until none is
    left (a process may fork while the others are being stopped). In a subreaper, this
    process's own children other than ``root`` and ``legit`` are the tree's orphans and
    go too. ``root`` itself is left for its owner to collect (``Popen.wait``)."""
    if not hasattr(os, "killpg"):  # Windows: no process groups; end the process itself
        if include_root:
            with contextlib.suppress(OSError):
                os.kill(root, signal.SIGTERM)
        return
    if include_root:
        for kill in (os.killpg, os.kill):
            with contextlib.suppress(OSError):
                kill(root, signal.SIGKILL)
    # A killed process is still counted until its memory is freed, which takes a moment on
    # a busy machine: wait for that, so the next runner does not inherit a dying tree's size.
    deadline = time.monotonic() + _DYING_SECONDS
    while True:
        adopted = orphans(root, legit)
        left = [pid for pid in (*descendants(root), *adopted) if _alive(pid)]
        for pid in left:  # stop first, so that none of them forks again meanwhile
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGSTOP)
        for pid in left:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        for pid in adopted:  # this process's children now: collect them
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(pid, os.WNOHANG)
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.01)


def orphans(root: int, legit: frozenset[int] = frozenset()) -> list[int]:
    """Children of this process other than ``root`` and ``legit``: in a subreaper, the
    orphans its children's code left behind (none elsewhere)."""
    if not _SUBREAPER:
        return []
    mine = os.getpid()
    return [
        pid
        for pid, parent in _parents().items()
        if parent == mine and pid != root and pid not in legit
    ]


def _alive(pid: int) -> bool:
    try:
        stat = (_PROC / str(pid) / "stat").read_bytes()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2 : stat.rfind(b")") + 3] != b"Z"
