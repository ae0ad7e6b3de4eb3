"""Collecting submissions: one folder or zip per student, and the student's exercise files
copied into a fresh private folder that holds nothing else.

Everything in the submissions folder is accounted for: a student gets a row, or the entry
goes on the list of things not read, with why (a name starting with "." or "_", a loose
.py file, an archive type other than .zip, a link). Archives are read member by member
with a cap on what is unpacked, so a zip bomb costs nothing; a password, a corrupt
stream or an unsupported compression makes that student's status, never the batch's end.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import judgements
from .judged import ANSWER_FILE_LIMIT
from .layout import Exercise
from .processes import MB, Limits

__all__ = ["Collected", "NotRead", "Submission", "collect", "find_submissions"]

_SKIP_PARTS = {"solutions", "__MACOSX", ".ipynb_checkpoints", "__pycache__"}
_OTHER_ARCHIVES = (".tar.gz", ".tgz", ".tar", ".rar", ".7z", ".gz", ".bz2", ".xz")


@dataclass(frozen=True, slots=True)
class Submission:
    student: str  # the row's name: the folder's name, or the zip's without ".zip"
    path: Path


@dataclass(frozen=True, slots=True)
class NotRead:
    name: str
    why: str


@dataclass
class Collected:
    """What was taken from one submission."""

    files: dict[str, str] = field(default_factory=dict)  # exercise file name -> its path there
    # lesson -> the bytes of its answer file (read as data, never run; see judged.py)
    answers: dict[str, bytes] = field(default_factory=dict)
    status: str = ""  # set when the submission itself could not be read
    detail: str = ""


def find_submissions(folder: Path) -> tuple[list[Submission], list[NotRead]]:
    """One submission per student folder or zip; everything else, with the reason."""
    found: list[Submission] = []
    skipped: list[NotRead] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
        name, lower = entry.name, entry.name.lower()
        if entry.is_symlink():
            skipped.append(NotRead(name, "a link; put the student's own folder or zip here"))
        elif name.startswith((".", "_")):
            why = "its name starts with '.' or '_', which marks hidden or system files"
            skipped.append(NotRead(name, why + "; rename it to grade it"))
        elif entry.is_dir():
            found.append(Submission(name, entry))
        elif lower.endswith(".zip") and entry.is_file():
            found.append(Submission(name[:-4], entry))
        elif lower.endswith(".py"):
            why = "a loose .py file; put each student's files in a folder (or zip) named after them"
            skipped.append(NotRead(name, why))
        elif lower.endswith(_OTHER_ARCHIVES):
            skipped.append(NotRead(name, "only folders and .zip archives are read; unpack it"))
        else:
            skipped.append(NotRead(name, "not a folder or a .zip archive"))
    seen: dict[str, int] = {}
    unique = []
    for submission in found:  # "ana" the folder and "ana.zip": the second keeps its full name
        seen[submission.student] = seen.get(submission.student, 0) + 1
        name = submission.student if seen[submission.student] == 1 else submission.path.name
        unique.append(Submission(name, submission.path))
    return unique, skipped


def best_match(candidates: Sequence[str], wanted: str, number: str) -> str | None:
    """The path (inside a folder or zip) of a student's file for one exercise."""
    # "ex02_loaded_language (1).py" and the like: accept one clear match.
    loose = re.compile(rf"ex{number}\D.*\.py")
    return _best(candidates, wanted, loose)


def answer_match(candidates: Sequence[str], lesson: str) -> str | None:
    """The path (inside a folder or zip) of a student's answer file for one lesson."""
    # "02-loaded-language (1).txt": one clear match; "01-" never matches "01a-…".
    loose = re.compile(rf"{re.escape(lesson)}-.*\.txt")
    return _best(candidates, judgements.answer_file(lesson), loose)


def _best(candidates: Sequence[str], wanted: str, loose: re.Pattern[str]) -> str | None:
    usable = [c for c in candidates if not _SKIP_PARTS.intersection(Path(c).parts[:-1])]
    exact = [c for c in usable if Path(c).name == wanted]
    if not exact:
        matches = [c for c in usable if loose.fullmatch(Path(c).name)]
        exact = matches if len(matches) == 1 else []
    if not exact:
        return None
    return min(exact, key=lambda c: (len(Path(c).parts), c))


def collect(
    submission: Submission,
    exercises: Sequence[Exercise],
    into: Path,
    limits: Limits,
    lessons: Sequence[str] = (),
) -> Collected:
    """Copy a student's exercise files into ``into`` (a fresh folder) and read the answer
    files of ``lessons``; never raises for a bad submission: the problem becomes the
    student's status."""
    if submission.path.is_dir():
        return _from_folder(submission.path, exercises, lessons, into, limits)
    return _from_zip(submission.path, exercises, lessons, into, limits)


def _from_folder(
    root: Path, exercises: Sequence[Exercise], lessons: Sequence[str], into: Path, limits: Limits
) -> Collected:
    found = Collected()
    files: list[str] = []
    total = 0
    for path in sorted(root.rglob("*")):
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue  # links and special files are never followed
        total += info.st_size
        if total > limits.submission_mb * MB:
            found.status, found.detail = (
                "over a limit",
                f"the folder holds over {limits.submission_mb} MB",
            )
            return found
        if path.suffix in (".py", ".txt"):
            files.append(str(path.relative_to(root)))
    unpacked = 0
    for exercise in exercises:
        chosen = best_match(files, exercise.filename, exercise.number)
        if chosen is None:
            continue
        data = (root / chosen).read_bytes()[: limits.unpacked_mb * MB + 1]
        unpacked += len(data)
        if unpacked > limits.unpacked_mb * MB:
            found.status, found.detail = (
                "over a limit",
                f"exercise files over {limits.unpacked_mb} MB",
            )
            return found
        (into / exercise.filename).write_bytes(data)
        found.files[exercise.filename] = chosen
    for lesson in lessons:
        chosen = answer_match(files, lesson)
        if chosen is not None:  # one byte over the limit is enough to say it is over
            found.answers[lesson] = (root / chosen).read_bytes()[: ANSWER_FILE_LIMIT + 1]
    return found


def _from_zip(
    archive: Path, exercises: Sequence[Exercise], lessons: Sequence[str], into: Path, limits: Limits
) -> Collected:
    found = Collected()
    if archive.stat().st_size > limits.submission_mb * MB:
        found.status, found.detail = "over a limit", f"the zip is over {limits.submission_mb} MB"
        return found
    try:
        with zipfile.ZipFile(archive) as opened:
            members = {i.filename: i for i in opened.infolist() if not i.is_dir()}
            names = [n for n in members if n.endswith((".py", ".txt"))]
            budget = limits.unpacked_mb * MB
            for exercise in exercises:
                chosen = best_match(names, exercise.filename, exercise.number)
                if chosen is None:
                    continue
                info = members[chosen]
                if info.flag_bits & 0x1:
                    raise RuntimeError("encrypted")
                data = _read_capped(opened, info, budget)
                if data is None:
                    found.status = "over a limit"
                    found.detail = f"exercise files unpack to over {limits.unpacked_mb} MB"
                    return found
                budget -= len(data)
                (into / exercise.filename).write_bytes(data)
                found.files[exercise.filename] = chosen
            for lesson in lessons:
                chosen = answer_match(names, lesson)
                if chosen is not None:
                    found.answers[lesson] = _answer_from_zip(opened, members[chosen])
    except NotImplementedError as exc:  # before RuntimeError, of which it is a kind
        found.status, found.detail = "unreadable archive", f"unsupported compression ({exc})"
    except RuntimeError as exc:  # zipfile says "encrypted" or "password required"
        found.status, found.detail = "unreadable archive", f"password-protected ({exc})"
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        found.status, found.detail = "unreadable archive", f"corrupt ({exc})"
    if found.status:
        found.files.clear()
        found.answers.clear()
        for leftover in into.iterdir():
            leftover.unlink()
    return found


def _answer_from_zip(opened: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An answer file's bytes; one byte over the limit when it unpacks to more (judged.py
    then says it is over a limit)."""
    if info.flag_bits & 0x1:
        raise RuntimeError("encrypted")
    data = _read_capped(opened, info, ANSWER_FILE_LIMIT)
    return data if data is not None else b"\0" * (ANSWER_FILE_LIMIT + 1)


def _read_capped(opened: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes | None:
    """The member's bytes, or None when they unpack to more than ``budget``."""
    chunks, size = [], 0
    with opened.open(info) as member:
        while True:
            chunk = member.read(64 * 1024)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > budget:
                return None
            chunks.append(chunk)
