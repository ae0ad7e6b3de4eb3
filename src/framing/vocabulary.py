"""The word lists the engine reads text with, loaded from ``framing/data`` (see SOURCES.md).

One list per idea, shared by every module that needs it: the abbreviated titles that keep
"Det." from ending a sentence (`framing.text`) are the ones that make "Det. Sam Cole" one
person described by a title (`framing.attribution`).

What it can not tell you: a list knows only the words it lists. A title it lacks ("Supt"
without its full stop, "Insp" in another language) is read as an ordinary word.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib.resources import files

__all__ = ["NAME_ABBREVIATIONS", "TITLE_ABBREVIATIONS", "TITLE_WORDS", "data_rows"]


@cache
def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a packaged data file (``framing/data/NAME``), as dicts."""
    content = (files("framing") / "data" / name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(content)))


def _titles(*kinds: str) -> dict[str, str]:
    return {
        row["abbreviation"]: row["stands_for"]
        for row in data_rows("titles.csv")
        if row["kind"] in kinds
    }


#: Abbreviated titles before a name, as written without their full stop: "Det", "Sgt", "Cllr".
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(_titles("title"))
#: Every abbreviation that belongs to a name: the titles, and "Jr", "Sr", "St".
NAME_ABBREVIATIONS: frozenset[str] = frozenset(_titles("title", "name part"))
#: Each abbreviated title, lowercase, and the word it stands for: "det" -> "detective".
TITLE_WORDS: dict[str, str] = {
    abbreviation.lower(): word for abbreviation, word in _titles("title").items()
}
