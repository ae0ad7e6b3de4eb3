"""The installed package: light to import, and its data travels with it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(code: str, *, cwd: Path, pythonpath: str | None = None) -> str:
    env = {"PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_import_framing_loads_no_heavy_library(tmp_path):
    loaded = run(
        "import sys, framing; print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'nltk', 'matplotlib', 'ipywidgets', 'IPython', 'numpy'}))",
        cwd=tmp_path,
    )
    assert loaded == "[]"


def test_seeds_load_from_any_folder(tmp_path):
    names = run(
        "import framing; print(framing.list_seeds()[0], framing.load_seed().name)", cwd=tmp_path
    )
    assert names == "cecot-tasnim cecot-tasnim"


def test_a_built_wheel_carries_the_data(tmp_path):
    """Build the wheel, unpack it, and use it instead of the development checkout."""
    pytest.importorskip("hatchling", reason="building a wheel here needs hatchling")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("framing_kit-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    for needed in (
        "framing/data/lexicon.csv",
        "framing/data/seeds/cecot-tasnim.txt",
        "framing/data/seeds/cecot-tasnim.gold.json",
        "framing/py.typed",
    ):
        assert needed in names
    site = str(tmp_path / "site")
    out = run(
        "import framing; a = framing.analyze(framing.load_seed()); "
        f"print(framing.__file__.startswith({site!r}), len(a.quotes), len(framing.list_seeds()))",
        cwd=tmp_path,
        pythonpath=site + ":" + ":".join(p for p in sys.path if p.endswith("site-packages")),
    )
    assert out == f"True 11 {len(list((ROOT / 'seeds').glob('*.txt')))}"


def test_top_level_seeds_is_a_plain_copy_of_the_package_data():
    """``seeds/`` is a folder (not a link: a clone with core.symlinks=false must work) holding
    byte-for-byte the files in ``src/framing/data/seeds/``. After editing a seed text there,
    copy it: ``cp src/framing/data/seeds/* seeds/``."""
    top, data = ROOT / "seeds", ROOT / "src" / "framing" / "data" / "seeds"
    assert top.is_dir() and not top.is_symlink()
    top_files = {f.name: f.read_bytes() for f in top.iterdir() if f.is_file()}
    data_files = {f.name: f.read_bytes() for f in data.iterdir() if f.is_file()}
    assert sorted(top_files) == sorted(data_files)
    differ = [name for name in data_files if top_files[name] != data_files[name]]
    assert not differ, f"copy these again into seeds/: {differ}"
