"""Writing files safely: never over a student's file without asking, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import FramingError

__all__ = ["check_writable", "write_atomic"]


def check_writable(
    path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    how_to_replace: str = "ask to replace it (overwrite=True, or --force on the command line)",
) -> Path:
    """The path, once it is sure a file can be written there: not a folder, not a file
    that would be replaced without asking, and in a folder that exists."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise FramingError(
            f'"{target}" is a folder. Give a file name, such as "{target / "out.csv"}".'
        )
    if target.exists() and not overwrite:
        raise FramingError(
            f'There is already a file at "{target}". Choose another name, or {how_to_replace}.'
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FramingError(
            f'The folder "{folder}" does not exist. Create it first, or pick another.'
        )
    return target


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, *, overwrite: bool = False
) -> Path:
    """Write ``data`` to ``path`` in one step: a temporary file in the same folder, then a rename.

    Refuses to replace an existing file unless ``overwrite=True``. A crash midway
    leaves the old file (or no file), never a half-written one. A new file gets the
    permissions the user's umask gives new files; a replaced file keeps its own.
    """
    target = check_writable(path, overwrite=overwrite)
    folder = target.parent
    raw = data.encode("utf-8") if isinstance(data, str) else data
    mode = _mode_for(target)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file readable by its owner only; a report or a grades file
        # should get the permissions any other new file gets (or keep the old file's).
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        if not overwrite and target.exists():  # appeared while we were writing
            raise FramingError(f'There is already a file at "{target}". Choose another name.')
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def _mode_for(target: Path) -> int:
    """The permission bits the written file should have."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        pass
    # Python can only read the umask by setting it; set it straight back.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
