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
    "reap_children",
    "usage_of",
]

_PROC = Path("/proc")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
MB = 1024 * 1024


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


def become_subreaper() -> bool:
    """Make orphans of this process's children come back to it (Linux); False elsewhere."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except Exception:  # no prctl (macOS), no C library by that name (Windows)
        return False


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


def kill_tree(root: int, *, include_root: bool = True, rounds: int = 40) -> None:
    """Stop ``root``'s whole tree: its process group, then every descendant, until none is
    left (a process may fork while the others are being stopped)."""
    if not hasattr(os, "killpg"):  # Windows: no process groups; end the process itself
        if include_root:
            with contextlib.suppress(OSError):
                os.kill(root, signal.SIGTERM)
        return
    if include_root:
        for kill in (os.killpg, os.kill):
            with contextlib.suppress(OSError):
                kill(root, signal.SIGKILL)
    for _ in range(rounds):
        left = [pid for pid in descendants(root) if _alive(pid)]
        if not left:
            break
        for pid in left:  # stop first, so that none of them forks again meanwhile
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGSTOP)
        for pid in left:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        reap_children()
        time.sleep(0.01)
    reap_children()


def _alive(pid: int) -> bool:
    try:
        stat = (_PROC / str(pid) / "stat").read_bytes()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2 : stat.rfind(b")") + 3] != b"Z"


def reap_children(keep: frozenset[int] = frozenset()) -> None:
    """Collect the exit status of finished children (orphans handed to a subreaper)."""
    for pid in descendants(os.getpid()) if _PROC.is_dir() else ():
        if pid in keep:
            continue
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
