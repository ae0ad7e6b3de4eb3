"""The teaching guide's times add up, and agree with the notebooks' own estimates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "docs" / "teaching-guide.md").read_text(encoding="utf-8")
# "`01-reading-for-framing` (45)", "`02` up to the concordance (about 30)"
MENTION = re.compile(r"`(\d\d)[\w-]*`[^`()|]*\((about )?(\d+)\)")


def notebook_minutes() -> dict[str, int]:
    minutes = {}
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        text = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        found = re.search(r"\*\*Estimated time:\*\*\s*(\d+)\s*minutes", text)
        assert found, f"{path.name} gives no estimated time"
        minutes[path.name[:2]] = int(found.group(1))
    return minutes


def unit_plan() -> tuple[list[int], list[list[str]]]:
    section = GUIDE[GUIDE.index("## The unit plan") : GUIDE.index("## Lesson by lesson")]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    slots = [int(n) for n in re.findall(r"× (\d+) min", rows[0])]
    table = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]
    return slots, table


def test_each_lesson_fits_its_slot_and_matches_the_notebooks():
    minutes = notebook_minutes()
    slots, table = unit_plan()
    assert len(slots) == 2
    checked = 0
    for row in table:
        if not row[0].isdigit():  # "before" and "homework" are outside the lessons
            continue
        for cell, slot in zip(row[1:], slots, strict=True):
            mentions = MENTION.findall(cell)
            assert sum(int(m) for _, _, m in mentions) <= slot, f"lesson {row[0]}: {cell}"
            for number, about, given in mentions:
                if about:  # part of a notebook: less than the whole
                    assert int(given) < minutes[number], cell
                else:
                    assert int(given) == minutes[number], cell
                checked += 1
    assert checked >= 8


@pytest.mark.parametrize(("number", "minutes"), sorted(notebook_minutes().items()))
def test_lesson_headings_give_the_notebooks_times(number, minutes):
    heading = re.search(rf"^### {number} · .*\((\d+) min", GUIDE, re.MULTILINE)
    assert heading, f"no heading for lesson {number}"
    assert int(heading.group(1)) == minutes


def test_the_guide_has_prerequisites_exercise_times_and_a_rubric():
    for needed in ("## Prerequisites", "Sequence[TermHit]", "a 2-point answer"):
        assert needed in GUIDE
    exercises = sorted(p.name for p in (ROOT / "exercises").glob("ex0*.py"))
    for name in exercises:
        assert re.search(rf"`{name}` \| [☼◑★ ]+ \| \d+ min", GUIDE), name
    for lesson in ("01", "02", "03", "04", "05"):
        assert re.search(rf"^\| {lesson} [a-z ]+ \| ", GUIDE, re.MULTILINE), lesson
