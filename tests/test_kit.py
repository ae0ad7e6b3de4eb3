"""kit.py, the README's two-command set-up: what it installs, runs and stops."""

from __future__ import annotations

import ast
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = None


def pyproject() -> dict:
    if tomllib is None:
        pytest.skip("reading pyproject.toml needs Python 3.11's tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()


def imported_top_level_modules() -> set[str]:
    modules = set()
    for path in (ROOT / "src" / "framing").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module.split(".")[0])
    return modules


def test_the_package_needs_only_what_it_imports():
    """pip install framing-kit must not pull JupyterLab into Colab or a school's JupyterHub."""
    project = pyproject()["project"]
    needed = {requirement_name(r) for r in project["dependencies"]}
    assert "jupyterlab" not in needed
    assert needed <= imported_top_level_modules(), needed - imported_top_level_modules()
    lab = {requirement_name(r) for r in project["optional-dependencies"]["lab"]}
    assert "jupyterlab" in lab


def test_kit_py_installs_jupyterlab_for_the_lab_command():
    source = (ROOT / "kit.py").read_text(encoding="utf-8")
    assert '".[lab,test]"' in source


def test_every_kit_command_in_the_readme_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT))
    try:
        import kit
    finally:
        sys.path.remove(str(ROOT))
    used = set(re.findall(r"(?:python3|py) kit\.py (\w+)", readme))
    assert {"lab", "test", "bench"} <= used <= set(kit.COMMANDS)


STOPPABLE = """
import sys
sys.path.insert(0, {root!r})
import kit
server = "import os, time; open({pid_file!r}, 'w').write(str(os.getpid())); time.sleep(120)"
sys.exit(kit.run_until_stopped(sys.executable, "-c", server))
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(os.name == "nt", reason="sends POSIX signals")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_stopping_kit_py_stops_the_server_it_started(tmp_path, signal_name):
    pid_file = tmp_path / "server.pid"
    code = STOPPABLE.format(root=str(ROOT), pid_file=str(pid_file))
    kit = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 30
    while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    server = int(pid_file.read_text())
    kit.send_signal(getattr(signal, signal_name))
    kit.wait(30)
    deadline = time.monotonic() + 10
    while alive(server) and time.monotonic() < deadline:
        time.sleep(0.05)
    if alive(server):
        os.kill(server, signal.SIGKILL)
        pytest.fail(f"the server was still running after kit.py got {signal_name}")


@pytest.mark.parametrize("script", ["run.py", "cli.py"])
def test_a_benchmark_on_a_python_without_the_kit_says_what_to_run(script):
    # -I -S: no site-packages and no PYTHONPATH, like a fresh system python3
    done = subprocess.run(
        [sys.executable, "-I", "-S", str(ROOT / "bench" / script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert f"python3 kit.py bench {script}" in done.stderr
