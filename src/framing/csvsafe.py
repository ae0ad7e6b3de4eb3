"""Spreadsheet-safe CSV: every CSV the kit writes goes through `safe_cell` (or `csv_text`).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and
tab or carriage return can hide one), so a student folder named ``=HYPERLINK(...)`` or an
article's site name could act when a teacher opens the file. Such text cells get a
leading apostrophe, which spreadsheets show as plain text. Numbers stay numbers: ``-2``
the number is written as it is; ``"-2+3"`` the text is neutralised.

What it can not do: protect a file that was edited by something else after the kit wrote it.

>>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell(-2), safe_cell("Ana"), safe_cell(None)
('\\'=HYPERLINK("http://x")', -2, 'Ana', '')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["csv_text", "safe_cell"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A cell value a spreadsheet shows as written: numbers as they are, None as an empty
    cell, text that starts like a formula behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """The CSV of ``rows`` under ``columns``, every cell (the header too) made safe; a
    missing value is an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in columns])
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
    return out.getvalue()
