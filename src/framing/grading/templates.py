"""Templates from solutions: each exercise is written once, in ``exercises/solutions/``,
and the student's file is that solution with each marked block replaced.

Writing templates never loses a student's work: an existing file is kept (and named)
unless asked to replace it, and an edited file is first copied to a backup beside it.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from .._files import write_atomic
from ..errors import FramingError
from .layout import find_exercises

__all__ = ["PLACEHOLDER", "build_template", "write_templates"]

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


def write_templates(
    checks_dir: str | os.PathLike[str],
    *,
    force: bool = False,
    into: str | os.PathLike[str] | None = None,
) -> list[str]:
    """Write ``exNN_*.py`` templates from ``solutions/`` (into ``into``, default the
    exercises folder); what happened to each file, one line each. An existing file is kept
    unless ``force``; with ``force``, an edited one is backed up first."""
    folder = Path(checks_dir)
    target_dir = Path(into) if into is not None else folder
    said = []
    for solution in sorted((folder / "solutions").glob("ex[0-9][0-9]_*.py")):
        text = build_template(solution.read_text(encoding="utf-8"))
        target = target_dir / solution.name
        if target.exists():
            current = target.read_text(encoding="utf-8", errors="replace")
            if current == text:
                said.append(f"{target.name} is already the template")
                continue
            if not force:
                said.append(f"kept {target.name} (it exists; --force replaces it after a backup)")
                continue
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = write_atomic(
                target.with_name(f"{target.name}.{stamp}.bak"), target.read_bytes()
            )
            said.append(f"saved your {target.name} as {backup.name}")
        path = write_atomic(target, text, overwrite=True)
        path.chmod(0o644)  # a file students edit, not a private one
        said.append(f"wrote {path}")
    return said


def main(argv: list[str] | None = None) -> int:
    """``python -m framing.grading templates [--force]``: plain lines, never a traceback."""
    parser = argparse.ArgumentParser(prog="python -m framing.grading")
    parser.add_argument("action", choices=["templates"])
    parser.add_argument("--exercises", default=None)
    parser.add_argument(
        "--force", action="store_true", help="replace edited files (after a backup)"
    )
    options = parser.parse_args(argv)
    try:
        for line in write_templates(find_exercises(options.exercises), force=options.force):
            print(line)
    except (FramingError, OSError) as exc:
        print(f"python -m framing.grading: {exc}", file=sys.stderr)
        return 2
    return 0
