"""Where the exercises are: the checks files, the student files they are about, and the
settings a checks process reads from its environment.

Which files the checks import is set by ``FRAMING_EXERCISES``: unset or ``student``
means the student's files next to the checks, ``solutions`` the reference solutions in
``exercises/solutions/``, anything else a folder path (that is how `grade` points the
checks at one student's private folder).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import FramingError

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_FOLDER",
    "ENV_RESULTS",
    "ENV_TIMEOUT",
    "Exercise",
    "check_timeout",
    "exercise_of",
    "exercises_in",
    "find_exercises",
    "folder_under_check",
    "pick_exercise",
]

ENV_FOLDER = "FRAMING_EXERCISES"
ENV_TIMEOUT = "FRAMING_CHECK_TIMEOUT"
ENV_RESULTS = "FRAMING_RESULTS_JSON"
DEFAULT_TIMEOUT = 5.0

_CHECKS_FILE = re.compile(r"test_(\d\d)_(\w+)\.py")


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


def exercise_of(checks_file: str | os.PathLike[str]) -> Exercise:
    """The exercise a checks file (``test_NN_topic.py``) is about."""
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
    return tuple(exercise_of(p) for p in found if _CHECKS_FILE.fullmatch(p.name))


def find_exercises(start: str | os.PathLike[str] | None = None) -> Path:
    """The ``exercises`` folder: in or above ``start`` (default: the current folder).

    It is found from a notebook in ``notebooks/`` as well as from the kit's own folder.
    """
    here = Path(start or Path.cwd()).expanduser().resolve()
    candidates = [here, here / "exercises"]
    for parent in here.parents:
        candidates.append(parent / "exercises")
    # An editable install: the repository around src/framing.
    candidates.append(Path(__file__).resolve().parents[3] / "exercises")
    for folder in candidates:
        if folder.is_dir() and exercises_in(folder):
            return folder
    raise FramingError(
        f'Could not find the exercises folder in or above "{here}". Open the notebook from the '
        'kit\'s folder, or say where it is, for example check("02", folder="../exercises").'
    )


def pick_exercise(folder: Path, which: str | int) -> Exercise:
    """One exercise by number ("02", 2, "ex02"); a plain error naming the ones there are."""
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


def seconds_text(value: float) -> str:
    return f"{value:g} second{'' if value == 1 else 's'}"
