"""The lesson notebooks: committed without outputs, built to one plan, and run top to bottom.

The execution tests start a real Jupyter kernel (``python3``, this environment's
own kernelspec) for each notebook, on a copy in a temporary folder, so a run
changes nothing in the repository (notebook 06 writes its export files into that
folder). They are marked ``slow`` so ``pytest -m "not slow"`` can leave them
out; the default run includes them.

What these tests can not tell you: that a lesson teaches well, or that a widget
responds to clicks in a browser (``tests/test_widgets.py`` drives the widgets
headless). A notebook that runs cleanly can still say something wrong.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
EXERCISES = ROOT / "exercises"

SEQUENCE = (
    "00-start-here",
    "00b-annotate-first",
    "01-reading-for-framing",
    "01a-lateral-reading",
    "02-loaded-language",
    "03-who-gets-quoted",
    "03a-information-types",
    "04-comparing-coverage",
    "04a-your-own-bias",
    "05-rewrite-lab",
    "06-bring-your-own-article",
)
NOTEBOOKS = [NOTEBOOK_DIR / f"{stem}.ipynb" for stem in SEQUENCE]

CELL_TIMEOUT = 60  # seconds for one cell
TARGET_SECONDS = 20  # what a notebook should take; reported, never a failure
HUNG_SECONDS = 120  # a notebook this slow is stuck, not merely on a slow machine


def _ids(path: Path) -> str:
    return path.stem.split("-")[0]


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _markdown_lines(nb: nbformat.NotebookNode) -> list[str]:
    """The lines of every markdown cell, leaving out fenced code blocks."""
    lines: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        fenced = False
        for line in cell.source.splitlines():
            if line.lstrip().startswith("```"):
                fenced = not fenced
                continue
            if not fenced:
                lines.append(line)
    return lines


def _section(lines: list[str], heading: str) -> list[str]:
    """The lines under a ``## heading``, up to the next heading."""
    for start, line in enumerate(lines):
        if line.strip().lower() == f"## {heading}".lower():
            body = []
            for following in lines[start + 1 :]:
                if following.startswith("#"):
                    break
                body.append(following)
            return body
    return []


def _code_without_comments(nb: nbformat.NotebookNode) -> str:
    return "\n".join(
        line
        for cell in nb.cells
        if cell.cell_type == "code"
        for line in cell.source.splitlines()
        if not line.lstrip().startswith("#")
    )


# --- the set and the files -------------------------------------------------------------------


def test_the_sequence_is_complete_and_sorts_in_reading_order():
    found = sorted(p.stem for p in NOTEBOOK_DIR.glob("*.ipynb"))
    assert found == list(SEQUENCE), (
        f"notebooks/ should hold exactly {', '.join(SEQUENCE)}; it holds {', '.join(found)}"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids)
def test_committed_without_outputs_or_widget_state(path):
    nb = _read(path)
    nbformat.validate(nb)
    dirty = [
        cell.get("id", i)
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, (
        f"{path.name}: cells {dirty} have outputs or execution counts; commit notebooks "
        "stripped (Edit > Clear Outputs of All Cells, then save)"
    )
    assert "widgets" not in nb.metadata, f"{path.name} carries saved widget state"
    timed = [cell.get("id", i) for i, cell in enumerate(nb.cells) if "execution" in cell.metadata]
    assert not timed, f"{path.name}: cells {timed} carry execution timings"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids)
def test_uses_the_python3_kernel(path):
    spec = _read(path).metadata.get("kernelspec", {})
    assert spec.get("name") == "python3", f"{path.name} asks for kernel {spec.get('name')!r}"


def test_python3_kernel_runs_this_python():
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    program = spec.argv[0]
    # jupyter_client starts these names with the Python that runs it.
    same = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    assert program in same or os.path.abspath(program) == os.path.abspath(sys.executable), (
        f'The "python3" kernel ({spec.resource_dir}) runs {program}, not this Python '
        f"({sys.executable}), so the notebooks would not find framing. Install this "
        f"environment's kernel with: {sys.executable} -m ipykernel install --sys-prefix"
    )


# --- the plan every lesson follows -----------------------------------------------------------


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids)
def test_follows_the_lesson_plan(path):
    nb = _read(path)
    lines = _markdown_lines(nb)
    titles = [line for line in lines if re.match(r"# \S", line)]
    assert len(titles) == 1, f"{path.name} should have one H1 title, has {titles}"
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), (
        f"{path.name} should open with its title"
    )
    assert any("**Estimated time:**" in line for line in lines), f"{path.name}: no estimated time"

    objectives = [line for line in _section(lines, "You will learn") if line.startswith("- ")]
    assert 2 <= len(objectives) <= 4, (
        f'{path.name}: "You will learn" should list 2 to 4 objectives, lists {len(objectives)}'
    )
    limits = [line for line in _section(lines, "What this measure can't tell you") if line.strip()]
    assert limits, f"""{path.name}: no "What this measure can't tell you" section"""
    questions = [
        line for line in _section(lines, "Discussion questions") if re.match(r"\d+\. ", line)
    ]
    assert len(questions) >= 2, f"{path.name}: fewer than two discussion questions"


WITH_ANSWER_FILES = [p for p in NOTEBOOKS if (EXERCISES / "judgements" / f"{p.stem}.txt").is_file()]


@pytest.mark.parametrize("path", WITH_ANSWER_FILES, ids=_ids)
def test_points_to_its_judgement_exercise(path):
    """Every lesson with an answer file says where it is and checks it with judgements.check."""
    nb = _read(path)
    text = "\n".join(_markdown_lines(nb))
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    number = path.stem.split("-")[0]
    assert f"exercises/judgements/{path.stem}.txt" in text, f"{path.name}: no pointer"
    assert f'judgements.check("{number}")' in code, f"{path.name}: no judgements.check cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids)
def test_points_to_its_exercise_and_how_to_check_it(path):
    nb = _read(path)
    text = "\n".join(_markdown_lines(nb))
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    number = "01" if path.stem.startswith("00") else path.stem.split("-")[0]
    if not list(EXERCISES.glob(f"ex{number}_*.py")):
        # A lesson with no coding exercise points to its judgement exercise instead.
        judgement = f"exercises/judgements/{path.stem}.txt"
        assert judgement in text, f"{path.name} should point to {judgement}"
        assert (ROOT / judgement).is_file(), f"{path.name} points to a missing {judgement}"
        assert f'check("{number}")' in code, f'{path.name} should show judgements.check("{number}")'
        return
    pointers = re.findall(rf"exercises/(ex{number}_\w+\.py)", text)
    assert pointers, f"{path.name} should point to exercises/ex{number}_*.py"
    for name in pointers:
        assert (EXERCISES / name).is_file(), f"{path.name} points to a missing exercises/{name}"
    checks = re.findall(rf"pytest exercises/(test_{number}_\w+\.py)", text)
    assert checks, f"{path.name} should say how to run pytest exercises/test_{number}_*.py"
    for name in checks:
        assert (EXERCISES / name).is_file(), f"{path.name} names a missing exercises/{name}"
    assert f'check("{number}")' in code or f'check("{number}")' in text, (
        f'{path.name} should show framing.grading.check("{number}")'
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids)
def test_code_cells_follow_the_kit_rules(path):
    code = _code_without_comments(_read(path))
    rules = {
        r"^\s*[!%]\s*pip\b|pip install": "installs packages (the kit's set-up does that)",
        r"\bplt\.show\(|matplotlib\.pyplot|\bpyplot\b": "uses pyplot (leave the Figure last)",
        r"\bopen\(": "opens a file by path (load data through framing)",
        r"\.\./|seeds/|data/": "reaches data by a relative path (use framing.load_seed)",
    }
    for pattern, problem in rules.items():
        found = re.search(pattern, code, flags=re.MULTILINE)
        assert not found, f"{path.name} {problem}: {found.group(0)!r}"


# --- running them ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def run_times(request):
    """Collects each notebook's run time and reports them once, after the last notebook."""
    times: dict[str, float] = {}
    yield times
    plugins = request.config.pluginmanager
    reporter = plugins.get_plugin("terminalreporter")
    capture = plugins.get_plugin("capturemanager")
    if reporter is None or capture is None or not times:
        return
    shown = ", ".join(
        f"{name} {seconds:.1f} s" + (" (over target)" if seconds > TARGET_SECONDS else "")
        for name, seconds in times.items()
    )
    with capture.global_and_fixture_disabled():  # on the terminal, not in captured output
        reporter.write("\n")
        reporter.write_line(f"notebook run times (target {TARGET_SECONDS} s each): {shown}")


# How framing.render marks a problem shown to the student (the style sheet says .fk-error).
KIT_ERROR = "fk-message fk-error"


def _problems(nb: nbformat.NotebookNode) -> list[str]:
    """Error outputs, stderr (warnings included) and error messages shown by a widget."""
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                found.append(f"cell {cell.id}: {output.ename}: {output.evalue}")
            elif output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {cell.id} printed to stderr: {output.text.strip()[:500]}")
            elif KIT_ERROR in output.get("data", {}).get("text/html", ""):
                found.append(f"cell {cell.id} shows a kit error message")
    state = json.dumps(nb.metadata.get("widgets", {}))
    if KIT_ERROR in state:
        found.append("a widget shows an error message when it first appears")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids)
def test_runs_top_to_bottom_without_errors_or_warnings(path, tmp_path, run_times, record_property):
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    nb = _read(copy)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    started = time.perf_counter()
    try:
        client.execute()
    except CellExecutionError as error:
        pytest.fail(f"{path.name} stopped with an error:\n{error}", pytrace=False)
    seconds = time.perf_counter() - started
    run_times[path.stem] = seconds
    record_property("seconds", round(seconds, 2))
    print(f"{path.name}: {seconds:.1f} s (target {TARGET_SECONDS} s)")

    problems = _problems(nb)
    assert not problems, f"{path.name}:\n" + "\n".join(problems)
    assert seconds < HUNG_SECONDS, (
        f"{path.name} took {seconds:.0f} s; the target is {TARGET_SECONDS} s, and over "
        f"{HUNG_SECONDS} s something is stuck rather than slow"
    )
