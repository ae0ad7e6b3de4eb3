"""Set up and run framing-kit: ``python3 kit.py lab``, ``test`` or ``bench``.

Standard library only, so it runs on a fresh machine with nothing but Python 3.
On first use it creates a virtual environment in ``.venv`` and installs the kit
into it, with JupyterLab and the test tools (the extras "lab" and "test"); later
runs reuse it and reinstall only when ``pyproject.toml`` changed. Works on Linux,
macOS and Windows (use ``py kit.py ...`` on Windows).
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".framing-kit-installed"
CHECKED = ["src", "tests", "exercises", "bench", "kit.py"]


def say(message: str) -> None:
    print(f"[kit] {message}", flush=True)


def run(*args: object) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT)


def ensure_environment() -> None:
    if sys.version_info < (3, 10):  # noqa: UP036 -- kit.py runs on whatever python3 a student has
        sys.exit("framing-kit needs Python 3.10 or newer; this is " + sys.version.split()[0])
    if not PYTHON.exists():
        say(f"creating a virtual environment in {VENV.name}/ (first run only)")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing framing-kit and its dependencies (a few minutes the first time)")
    quiet = ["--quiet", "--disable-pip-version-check"]
    code = run(PYTHON, "-m", "pip", "install", *quiet, "--upgrade", "pip")
    code = code or run(PYTHON, "-m", "pip", "install", *quiet, "-e", ".[lab,test]")
    if code:
        sys.exit("Installing failed; see the messages above. Check your internet connection.")
    STAMP.write_text(wanted)


def lab(extra: list[str]) -> int:
    ensure_environment()
    say("opening JupyterLab on notebooks/00-start-here.ipynb (stop it with Ctrl+C)")
    # The kit's folder is the root, so the file browser reaches exercises/ too.
    # In a container everything runs as root, where JupyterLab refuses to start unless told.
    as_root = ["--allow-root"] if getattr(os, "geteuid", lambda: 1)() == 0 else []
    return run_until_stopped(
        PYTHON,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={ROOT}",
        "--LabApp.default_url=/lab/tree/notebooks/00-start-here.ipynb",
        *as_root,
        *extra,
    )


def run_until_stopped(*args: object) -> int:
    """Run a server; when kit.py is stopped (Ctrl+C, a closed terminal, ``kill``), stop it too.

    A plain subprocess call would leave JupyterLab running when only kit.py gets the signal.
    """
    child = subprocess.Popen([str(a) for a in args], cwd=ROOT)

    def stop(signum: int, frame: object) -> None:
        if child.poll() is None:
            child.terminate()  # JupyterLab shuts its kernels down and exits

    wanted = ("SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK")  # SIGBREAK: Ctrl+Break on Windows
    for name in wanted:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    try:
        return child.wait()
    finally:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(15)
            except subprocess.TimeoutExpired:
                child.kill()


def bench(extra: list[str]) -> int:
    """``kit.py bench [SCRIPT.py] [options]``: bench/run.py, or another script in bench/."""
    ensure_environment()
    script = "run.py"
    if extra and extra[0].endswith(".py"):
        script, extra = Path(extra[0]).name, extra[1:]
    if not (ROOT / "bench" / script).is_file():
        names = ", ".join(sorted(p.name for p in (ROOT / "bench").glob("[!_]*.py")))
        print(f"There is no bench/{script}; the benchmarks are: {names}.")
        return 2
    return run(PYTHON, ROOT / "bench" / script, *extra)


def test(extra: list[str]) -> int:
    ensure_environment()
    say("ruff check")
    code = run(PYTHON, "-m", "ruff", "check", *CHECKED)
    say("ruff format --check")
    code = run(PYTHON, "-m", "ruff", "format", "--check", *CHECKED) or code
    say("pytest")
    tests = run(PYTHON, "-m", "pytest", *extra)
    if tests == 5:
        say("pytest found no tests to run; that counts as a failure")
    return code or tests


COMMANDS = {"lab": lab, "test": test, "bench": bench}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip().splitlines()[0])
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
