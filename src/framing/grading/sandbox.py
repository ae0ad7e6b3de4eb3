"""Where a student's code runs: inside bubblewrap when the system allows it, else with
process limits only. Which one a run had is part of every grading report.

* **sandbox (bubblewrap)**: Linux with ``bwrap`` installed (Debian's ``bubblewrap``) and
  allowed to run. The student's code sees a read-only Python, the kit's ``framing``
  package, and its own private folder (the only thing it may write); no network, no
  other process, nothing else of the disk: not the kit's folder with its solutions and
  checks, not the other submissions, not the home folder. Run as root, the code also
  gives up root for the ``nobody`` user before it starts.
* **process limits only**: no ``bwrap``, or one the system does not permit (some
  distributions restrict user namespaces). The code runs in its own private folder and
  session with time, memory, process and file-size limits, but with the teacher's
  rights: it could read or change whatever the teacher's account can.

``FRAMING_SANDBOX`` (``auto``, ``bubblewrap`` or ``none``) chooses; ``framing grade
--sandbox`` sets it. See docs/grader-trust.md for what each mode does and does not stop.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import FramingError
from .processes import Limits

__all__ = [
    "BUBBLEWRAP",
    "ENV_SANDBOX",
    "LIMITS_ONLY",
    "Isolation",
    "choose_isolation",
    "runner_command",
]

ENV_SANDBOX = "FRAMING_SANDBOX"
BUBBLEWRAP = "sandbox (bubblewrap)"
LIMITS_ONLY = "process limits only"
INSIDE = "/home/student"  # the student's folder, as the sandboxed code sees it
NOBODY = 65534


@dataclass(frozen=True, slots=True)
class Isolation:
    """How students' code will run, and the one line that tells the teacher."""

    mode: str  # BUBBLEWRAP or LIMITS_ONLY
    note: str

    @property
    def sandboxed(self) -> bool:
        return self.mode == BUBBLEWRAP


def _framing_folder() -> Path:
    return Path(__file__).resolve().parents[1]


def _site_folders() -> list[str]:
    """The grader's site-packages folders (a user's own one too): where NLTK is."""
    return [e for e in sys.path if e and Path(e).name == "site-packages" and Path(e).is_dir()]


def _read_only_paths() -> list[Path]:
    """What Python and the kit's package need, and nothing beside them."""
    wanted = {Path(sys.base_prefix), Path(sys.prefix), _framing_folder()}
    wanted.update(map(Path, _site_folders()))  # one outside both prefixes (--user installs)
    resolved = {p.resolve() for p in wanted if p.exists()}
    # A folder inside another bound folder needs no bind of its own.
    return sorted(p for p in resolved if not any(o != p and o in p.parents for o in resolved))


def _parent_dirs(path: Path) -> list[str]:
    args: list[str] = []
    for parent in reversed(path.parents):
        if str(parent) in ("/", "/usr", "/tmp", "/proc", "/dev", INSIDE):
            continue
        args += ["--perms", "0755", "--dir", str(parent)]
    return args


def _system_args() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "lib", "lib32", "lib64", "sbin"):
        top = Path("/") / name
        if top.is_symlink():
            args += ["--symlink", os.readlink(top), str(top)]
        elif top.is_dir():
            args += ["--ro-bind", str(top), str(top)]
    for name in ("ld.so.cache", "localtime"):
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return [*args, "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]


def _bwrap_args(folder: Path) -> list[str]:
    bwrap = shutil.which("bwrap") or "bwrap"
    args = [bwrap, "--die-with-parent", "--new-session", "--unshare-ipc", "--unshare-pid"]
    args += ["--unshare-net", "--unshare-uts", "--unshare-cgroup-try"]
    if os.geteuid() == 0:
        # Root needs no user namespace; the runner gives up root itself (see runner.py).
        args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        args += ["--unshare-user"]
    args += _system_args()
    for path in _read_only_paths():
        args += [*_parent_dirs(path), "--ro-bind", str(path), str(path)]
    args += ["--perms", "0755", "--dir", str(Path(INSIDE).parent)]
    args += ["--bind", str(folder), INSIDE, "--chdir", INSIDE, "--clearenv"]
    for name, value in _child_env(INSIDE).items():
        args += ["--setenv", name, value]
    return args


def _child_env(home: str) -> dict[str, str]:
    return {
        "HOME": home,
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
    }


def runner_command(
    folder: Path, isolation: Isolation, limits: Limits
) -> tuple[list[str], dict[str, str] | None]:
    """The command that starts a runner for the student files in ``folder``, and its
    environment (None: the sandbox sets it)."""
    sandboxed = isolation.sandboxed
    config = {
        "folder": INSIDE if sandboxed else str(folder),
        "memory_mb": limits.memory_mb,
        "cpu_seconds": limits.cpu_seconds,
        "file_mb": limits.file_mb,
        "processes": limits.processes,
        "drop_to": NOBODY if sandboxed and os.geteuid() == 0 else None,
    }
    paths = [str(_framing_folder().parent), *_site_folders()]
    boot = f"import sys; sys.path[:0] = {paths!r}; from framing.grading.runner import main; main()"
    python = [sys.executable, "-E", "-s", "-B", "-c", boot, json.dumps(config)]
    if sandboxed:
        if config["drop_to"] is not None:
            _hand_over(folder)
        return [*_bwrap_args(folder), *python], None
    return python, {**_child_env(str(folder)), "SYSTEMROOT": os.environ.get("SYSTEMROOT", "")}


def _hand_over(folder: Path) -> None:
    """Root grading: the private folder becomes nobody's, the only folder nobody may write."""
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


@functools.cache
def _bwrap_problem() -> str | None:
    """None when bubblewrap runs here; otherwise why not, in a few words."""
    if sys.platform != "linux":
        return "there is no bubblewrap on this system"
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed"
    probe = Path(os.environ.get("TMPDIR", "/tmp"))
    command = [*_bwrap_args(probe), sys.executable, "-E", "-s", "-c", "pass"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bwrap could not start ({exc})"
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return "bwrap is installed but not permitted here" + (f" ({said[-1]})" if said else "")
    return None


def choose_isolation(wanted: str | None = None) -> Isolation:
    """The isolation to grade with: ``auto`` (default), ``bubblewrap`` or ``none``."""
    choice = (wanted or os.environ.get(ENV_SANDBOX, "") or "auto").strip().lower()
    if choice in ("none", "off", "limits"):
        return Isolation(LIMITS_ONLY, "Isolation: process limits only (asked for no sandbox).")
    if choice not in ("auto", "bubblewrap", "bwrap"):
        raise FramingError(f'No sandbox named "{wanted}". Choose auto, bubblewrap or none.')
    problem = _bwrap_problem()
    if problem is None:
        return Isolation(BUBBLEWRAP, "Isolation: each student in a bubblewrap sandbox.")
    if choice != "auto":
        raise FramingError(f"Cannot grade in a sandbox: {problem}. Use --sandbox auto or none.")
    rights = "as root" if hasattr(os, "geteuid") and os.geteuid() == 0 else "with your rights"
    limits = "time limits only" if sys.platform == "win32" else "process limits only"
    return Isolation(
        LIMITS_ONLY,
        f"Isolation: {limits}, no sandbox: {problem}. Students' code runs {rights}; "
        "see docs/grader-trust.md.",
    )
