"""The class view: a folder of annotations scored against a key and the kit."""

from __future__ import annotations

import copy
import csv
import io
import json

import pytest
from matplotlib.figure import Figure

import framing
from framing.calibration import class_report
from framing.cli import main
from framing.errors import FramingError

TEXT = (
    "Council Delays Vote\n"
    "Councillor Ana Ruiz said the vote was “rushed” and should wait.\n"
    "“We need more time,” she told reporters.\n"
    "The mayor called the delay a disgrace.\n"
)


def _at(words: str) -> dict:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words)}


def _own_key() -> dict:
    return {
        "article": {"file": "council.txt"},
        "sources": {
            "Ana Ruiz": {"type": "politician", "mentions": ["Councillor Ana Ruiz", "she"]},
            "the mayor": {"type": "government or official", "mentions": ["The mayor"]},
        },
        "quotes": [
            {**_at("rushed"), "speaker": "Ana Ruiz", "kind": "partial"},
            {**_at("We need more time,"), "speaker": "Ana Ruiz", "kind": "direct"},
        ],
        "attributions": [
            {"paragraph": 1, "starts": "Councillor Ana Ruiz said", "source": "Ana Ruiz"},
            {"paragraph": 2, "starts": "“We need", "source": "Ana Ruiz"},
            {"paragraph": 3, "starts": "The mayor called", "source": "the mayor"},
        ],
        "loaded_terms": [
            {"paragraph": 1, "term": "rushed", "voice": "Ana Ruiz"},
            {"paragraph": 3, "term": "disgrace", "voice": "the mayor"},
        ],
    }


def _write(folder, name, data):
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def own_class(tmp_path):
    """A text of our own beside its key, three students and two files that do not belong."""
    (tmp_path / "council.txt").write_text(TEXT, encoding="utf-8")
    key = _write(tmp_path, "key.json", _own_key())
    students = tmp_path / "class"
    students.mkdir()
    _write(students, "ada.json", _own_key())
    missing_quote = _own_key()
    missing_quote["quotes"].pop(1)
    _write(students, "ben.json", missing_quote)
    other_voice = _own_key()
    other_voice["loaded_terms"][1]["voice"] = "outlet"
    other_voice["loaded_terms"].append({"paragraph": 2, "term": "told", "voice": "outlet"})
    _write(students, "cai.json", other_voice)
    _write(students, "broken.json", '{"quotes": [')
    _write(students, "notes.json", {"todo": ["read the article"]})
    (students / "readme.txt").write_text("not json", encoding="utf-8")
    return students, key


def test_a_class_of_our_own_text(own_class):
    folder, key = own_class
    report = class_report(folder, key)
    assert report.article == "council"
    assert [s.name for s in report.students] == ["ada", "ben", "cai"]
    ada, ben, cai = report.students
    assert ada.key.full
    assert ben.key["quotes"].agreed == 1 and ben.key["quotes"].total == 2
    assert cai.key["voices"].agreed == 1 and cai.key["loaded_words"].extra == 1
    assert report.skipped == (
        '"broken.json" is not valid JSON (Expecting value, line 1).',
        '"notes.json": this is not an annotation (it has no quotes, attributions or words).',
    )
    worst = dict(report.most_disagreed())
    assert worst == {
        "quote “We need more time,”": pytest.approx(1 / 3, abs=1e-3),
        "word “told” (¶2)": pytest.approx(1 / 3, abs=1e-3),
        "word “disgrace” (¶3)": pytest.approx(1 / 6, abs=1e-3),
    }


def test_the_table_and_csv(own_class):
    folder, key = own_class
    report = class_report(folder, key)
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert [r["student"] for r in rows] == ["ada", "ben", "cai"]
    assert rows[1]["quotations found (key)"] == "1/2"
    assert rows[2]["voices agreed (key)"] == "1/2"
    assert rows[2]["marked beyond the key"] == "1"
    assert "quotations found (kit)" in rows[0]


def test_anonymous_hides_names_everywhere(own_class):
    folder, key = own_class
    report = class_report(folder, key, anonymous=True)
    assert [s.name for s in report.students] == ["Student 1", "Student 2", "Student 3"]
    page = report.to_html(chart=False) + str(report) + report.to_csv()
    for name in ("ada", "ben", "cai"):
        assert name not in page
    assert all(name not in q for s in report.students for q in s.key.questions for name in "ABC")


def test_names_and_text_are_escaped_in_html(own_class):
    folder, key = own_class
    data = json.loads((folder / "ada.json").read_text(encoding="utf-8"))
    data["student"] = "<script>alert(1)</script>"
    _write(folder, "ada.json", data)
    page = class_report(folder, key).to_html(chart=False)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_heatmap_is_a_figure(own_class):
    folder, key = own_class
    report = class_report(folder, key)
    figure = report.figure()
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["ada", "ben", "cai"]
    assert "quote “We need more time,”" in [t.get_text() for t in ax.get_xticklabels()]
    marks = {t.get_text() for t in ax.texts}
    assert marks == {"½", "×"}  # differences readable without colour; agreement blank


def test_an_annotation_of_another_article_is_skipped(own_class):
    folder, key = own_class
    _write(folder, "dan.json", {**_own_key(), "article": {"file": "cecot-wire.txt"}})
    report = class_report(folder, key)
    assert "dan" not in [s.name for s in report.students]
    assert any("another article" in line and "dan.json" in line for line in report.skipped)


def test_offsets_outside_the_article_are_skipped(own_class):
    folder, key = own_class
    _write(folder, "eve.json", {"quotes": [{"start": 5, "end": 99_999, "speaker": "x"}]})
    report = class_report(folder, key)
    assert any(line.startswith('"eve.json"') for line in report.skipped)


def test_the_seed_key_finds_its_article(tmp_path):
    key = framing.load_gold()
    student = copy.deepcopy(key)
    del student["quotes"][:2]
    _write(tmp_path, "sam.json", student)
    report = class_report(tmp_path, key)
    assert report.article == "cecot-tasnim"
    assert report.students[0].key["quotes"].agreed == 9
    assert report.students[0].kit["quotes"].total == 11


def test_a_key_that_names_no_article_asks_for_one(tmp_path):
    with pytest.raises(FramingError, match="--article"):
        class_report(tmp_path, {"quotes": []})
    report = class_report(tmp_path, {"quotes": []}, article="cecot-wire")
    assert report.students == () and report.most_disagreed() == []
    assert isinstance(report.figure(), Figure)


def test_an_article_that_is_not_there(tmp_path):
    with pytest.raises(FramingError, match='No bundled text or file named "cecot-tasnimm"'):
        class_report(tmp_path, {"quotes": []}, article="cecot-tasnimm")


def test_no_folder(tmp_path):
    with pytest.raises(FramingError, match="No folder"):
        class_report(tmp_path / "nope", framing.load_gold())


def test_the_command_line(own_class, capsys):
    folder, key = own_class
    out = folder.parent / "report.html"
    assert main(["calibrate", str(folder), "--key", str(key), "-o", str(out), "--anonymous"]) == 0
    printed = capsys.readouterr().out
    assert "3 annotations of council" in printed and "skipped" in printed
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.count("<img") == 1
    words = page[: page.index("<img")] + page[page.index('">', page.index("<img")) :]
    assert "Student 3" in words and "ben" not in words
    assert main(["calibrate", str(folder), "--key", str(key), "-o", str(out)]) == 2
    assert "already a file" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == page  # not overwritten unasked
    table = folder.parent / "table.csv"
    assert main(["calibrate", str(folder), "--key", str(key), "-o", str(table)]) == 0
    assert table.read_text(encoding="utf-8").startswith("student,")
    assert main(["calibrate", str(folder), "--key", str(folder / "none.json")]) == 2


def test_a_name_that_starts_like_a_formula_is_neutralised_in_the_csv(own_class):
    folder, key = own_class
    data = json.loads((folder / "ada.json").read_text(encoding="utf-8"))
    data["student"] = "=HYPERLINK(1)"
    _write(folder, "ada.json", data)
    rows = list(csv.DictReader(io.StringIO(class_report(folder, key).to_csv())))
    assert "'=HYPERLINK(1)" in [row["student"] for row in rows]
