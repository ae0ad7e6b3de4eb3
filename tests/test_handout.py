"""The printable handout: one safe, self-contained page that prints in at most four pages."""

from __future__ import annotations

import doctest
import json
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

import framing
from framing import FramingError
from framing.cli import main
from framing.handout import MARKING, find_lesson, handout, lesson_from_notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = (
    "Council <script>alert(1)</script> Votes\n"
    'The <img src=x onerror=alert(2)> plan is "reckless & rushed," said Mayor Ana Ruiz.\n'
    "Union leader Tom Baker claimed the notorious plan would cost jobs.\n"
)


def test_docstring_examples():
    import framing.handout
    import framing.progress
    import framing.wording

    for module in (framing.handout, framing.wording, framing.progress):
        assert doctest.testmod(module).failed == 0


def test_every_piece_of_article_text_is_escaped():
    page = handout(framing.Article(HOSTILE))
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "reckless &amp; rushed" in page
    assert not re.search(r"\son\w+\s*=", page.replace("onerror=alert(2)&gt;", ""))


def test_numbered_paragraphs_with_room_for_notes():
    article = framing.load_seed("cecot-wire")
    page = handout(article)
    body = [p for p in article.paragraphs if p.index != article.headline.index]
    numbers = re.findall(r'<span class="num">(\d+)</span>', page)
    assert numbers == [str(i) for i in range(1, len(body) + 1)]
    assert page.count('<span class="notes"') == len(body)
    assert all(f"<p>{escape(p.text)}</p>" in page for p in body)


def test_the_answer_sheet_starts_a_new_page_and_shows_the_kits_analysis():
    page = handout(framing.read_article("Depot Closes\n" + HOSTILE.split("\n", 1)[1]))
    sheet = page[page.index('<section class="answers">') :]
    assert "break-before: page" in page and "@media print" in page
    assert 'data-fk-speaker="Ana Ruiz"' in sheet  # the highlighted quotation, with its speaker
    assert "First voice: Ana Ruiz" in sheet


def test_the_marking_instructions_do_not_rely_on_colour():
    page = handout("Depot Closes\nThe notorious depot shut, said Ana Ruiz.")
    for instruction in MARKING:
        assert escape(instruction) in page
    assert "solid" in page and "dotted" in page and "dashed" in page  # the legend in words


@pytest.mark.parametrize("number", ["01", "02", "03", "04", "05", "06"])
def test_each_lessons_questions_come_from_its_notebook(number):
    lesson = find_lesson(number, NOTEBOOKS)
    assert lesson.number == number and lesson.title
    assert 3 <= len(lesson.questions) <= 8
    page = handout(framing.load_seed(), lesson=lesson)
    assert f"lesson {number}: {lesson.title}" in page
    assert page.count('<div class="lines"') == len(lesson.questions)


def test_questions_from_a_notebook_of_your_own(tmp_path):
    cells = [
        {"cell_type": "markdown", "source": ["# Headlines\n"]},
        {"cell_type": "code", "source": ["print(1)\n"]},
        {
            "cell_type": "markdown",
            "source": [
                "## Discussion questions\n\n1. Which **verb** is used?\n",
                "2. Who <speaks> first,\n   and who last?\n\nBring one sentence.\n",
            ],
        },
    ]
    path = tmp_path / "07-headlines.ipynb"
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    lesson = lesson_from_notebook(path)
    assert lesson == framing.handout.Lesson(
        "07", "Headlines", ("Which **verb** is used?", "Who <speaks> first, and who last?")
    )
    page = handout(framing.load_seed(), lesson=lesson)
    assert "Which <strong>verb</strong> is used?" in page
    assert "Who &lt;speaks&gt; first, and who last?" in page


def test_a_missing_lesson_is_one_sentence(tmp_path):
    with pytest.raises(FramingError, match='No notebook for lesson "09"'):
        find_lesson("9", NOTEBOOKS)
    (tmp_path / "03-empty.ipynb").write_text('{"cells": []}', encoding="utf-8")
    with pytest.raises(FramingError, match='no "Discussion questions"'):
        find_lesson("03", tmp_path)
    (tmp_path / "04-broken.ipynb").write_text("{not json", encoding="utf-8")
    with pytest.raises(FramingError, match="could not be read"):
        find_lesson("04", tmp_path)


def test_the_command_writes_a_file_and_never_overwrites_it(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "h.html"
    assert main(["handout", "cecot-wire", "--lesson", "03", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "lesson 03: Who gets quoted" in page
    assert "Wrote a handout" in capsys.readouterr().err
    out.write_text("my notes", encoding="utf-8")
    assert main(["handout", "cecot-wire", "-o", str(out)]) == 2
    assert "already a file" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my notes"


def test_the_command_names_the_file_after_the_article(capsys, tmp_path, monkeypatch):
    article = tmp_path / "depot.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["handout", str(article)]) == 0
    assert (tmp_path / "depot-handout.html").is_file()
    assert main(["handout", str(article), "--lesson", "02"]) == 2  # no notebooks here
    assert "No notebook for lesson" in capsys.readouterr().err


def pdf_pages(html: Path, pdf: Path) -> int:
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert pdf.is_file(), done.stderr[-2000:]
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


@pytest.mark.skipif(
    not CHROMIUM.exists() and not shutil.which("chromium"),
    reason="needs Chromium at /usr/bin/chromium to print (Debian: apt-get install chromium)",
)
@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_the_seed_handout_prints_on_at_most_four_pages(tmp_path, paper):
    lesson = find_lesson("02", NOTEBOOKS)
    html = tmp_path / "handout.html"
    html.write_text(handout(framing.load_seed(), lesson=lesson, paper=paper), encoding="utf-8")
    pages = pdf_pages(html, tmp_path / "handout.pdf")
    assert 2 <= pages <= 4, f"{pages} pages on {paper}"


@pytest.mark.parametrize(
    "text",
    [
        "Depot Closes\nThe depot shut, said Ana Ruiz.\nDrivers were angry.",
        "The depot shut on Monday, said Ana Ruiz.\n\nDrivers were angry, a union said.",
    ],
)
def test_the_answer_sheet_numbers_the_same_paragraphs_as_the_article(text):
    page = handout(framing.read_article(text))
    front, sheet = page.split('<section class="answers">')
    assert front.count('<div class="para">') == sheet.count('<p class="fk-p"')
    assert "counter-increment: paragraph" in page


def test_a_folder_is_not_one_article(capsys, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HOSTILE, encoding="utf-8")
    assert main(["handout", str(tmp_path), "-o", str(tmp_path / "h.html")]) == 2
    err = capsys.readouterr().err
    assert "A handout is for one article" in err and "Traceback" not in err
