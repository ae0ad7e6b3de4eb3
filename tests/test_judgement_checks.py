"""framing.judgements: the answer-file format, each kind of check, and the files in exercises/.

(Named apart from ``exercises/test_judgements.py``, the students' check: two test files with one
basename cannot both be collected by pytest's default import mode.)

The reference answers in ``exercises/solutions/judgements/`` pass every lesson and the blank
templates in ``exercises/judgements/`` fail every answer, like the coding track. The checks
are also tried on answers and sentences that are not the reference ones.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing import FramingError, judgements, load_gold
from framing.judgements import check, check_text, lessons, parse_answers, template

ROOT = Path(__file__).resolve().parents[1]
BLANKS = ROOT / "exercises" / "judgements"
SOLUTIONS = ROOT / "exercises" / "solutions" / "judgements"


def _fill(lesson: str, **answers: str) -> str:
    """A lesson's template with some answers written in (keys with _ for -)."""
    text = template(lesson)
    for key, answer in answers.items():
        text = re.sub(
            rf"(?m)^{key.replace('_', '-')}:$", f"{key.replace('_', '-')}: {answer}", text
        )
    return text


def _result(lesson: str, key: str, **answers: str) -> judgements.ItemResult:
    report = check_text(lesson, _fill(lesson, **answers))
    return next(r for r in report.results if r.key == key)


# -- the files -----------------------------------------------------------------------------


@pytest.mark.parametrize("lesson", lessons())
def test_the_reference_answers_pass(lesson):
    report = check(lesson, folder=SOLUTIONS)
    assert report.passed, repr(report)


@pytest.mark.parametrize("lesson", lessons())
def test_the_blank_templates_fail_every_answer(lesson):
    report = check(lesson, folder=BLANKS)
    assert not any(r.passed for r in report.results), repr(report)
    assert all("Not answered yet" in r.message for r in report.results)


@pytest.mark.parametrize("lesson", lessons())
def test_the_blank_files_are_the_kits_templates(lesson):
    # One home for each question: the data file. A stale copy here would ask other questions.
    name = judgements.answer_file(lesson)
    assert (BLANKS / name).read_text(encoding="utf-8") == template(lesson), (
        f"exercises/judgements/{name} differs from framing.judgements.template({lesson!r})"
    )


def test_every_lesson_notebook_has_a_judgement_file():
    stems = {p.stem for p in (ROOT / "notebooks").glob("0[1-9]*.ipynb")}
    names = {judgements.answer_file(lesson)[:-4] for lesson in lessons()}
    assert stems <= names, f"notebooks without a judgement exercise: {sorted(stems - names)}"


def test_the_same_variable_as_the_coding_track():
    from framing import grading

    assert judgements.ENV_FOLDER == grading.ENV_FOLDER


# -- the format ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: outlet\nb:\n", {"a": "outlet", "b": ""}),
        ("A:  Outlet  \n", {"a": "Outlet", "b": ""}),  # keys in any case, spaces trimmed
        ("a: one\n  two\n\nthree\nb: x", {"a": "one\ntwo\nthree", "b": "x"}),  # several lines
        ("a: said: no\nnote: not a key\n", {"a": "said: no\nnote: not a key", "b": ""}),
        ("# a: in a comment\nb: yes", {"a": "", "b": "yes"}),
        ("stray words\na: x", {"a": "x", "b": ""}),
        ("", {"a": "", "b": ""}),
    ],
)
def test_parse_answers(text, expected):
    assert parse_answers(text, ["a", "b"]) == expected


def test_a_file_saved_by_windows_notepad_is_read(tmp_path):
    # A byte-order mark, CRLF line ends, and an answer line where the comments were deleted.
    text = "notorious-voice: outlet\r\nkidnapped-voice: quoted\r\n"
    (tmp_path / judgements.answer_file("01")).write_bytes(b"\xef\xbb\xbf" + text.encode())
    results = {r.key: r.passed for r in check("01", folder=tmp_path).results}
    assert results["notorious-voice"] and results["kidnapped-voice"]


def test_unknown_lessons_and_missing_files_get_one_plain_sentence(tmp_path):
    with pytest.raises(FramingError, match="The lessons are: 01, 01a"):
        check("7")
    with pytest.raises(FramingError, match="no answer file"):
        check("01", folder=tmp_path)


def test_the_folder_variable_picks_the_reference_answers(monkeypatch):
    monkeypatch.setenv(judgements.ENV_FOLDER, "solutions")
    assert judgements.answers_folder() == SOLUTIONS
    monkeypatch.setenv(judgements.ENV_FOLDER, str(ROOT / "exercises"))
    assert judgements.answers_folder() == BLANKS


# -- exact answers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "passed"),
    [("outlet", True), ("The outlet's own voice.", True), ("OUTLET", True), ("quoted", False)],
)
def test_a_voice_answer(answer, passed):
    assert _result("01", "notorious-voice", notorious_voice=answer).passed is passed


def test_an_answer_that_is_not_a_choice_lists_the_choices():
    result = _result("01", "notorious-voice", notorious_voice="the writer")
    assert not result.passed and "outlet, quoted, reported" in result.message


def test_voice_answers_agree_with_the_hand_annotation():
    # The kit works the answer out; the teacher's key (the gold file) must say the same.
    checked = 0
    for lesson in lessons():
        for item in judgements._data()["lessons"][lesson]["items"]:
            if item["kind"] != "voice":
                continue
            gold = load_gold(item["article"])
            marked = [
                t["voice"]
                for t in gold["loaded_terms"]
                if t["paragraph"] == item["paragraph"] and t["term"].lower() == item["term"]
            ]
            kit, _ = judgements._voice_of(item["article"], item["term"], item["paragraph"])
            if marked and kit != "reported":
                assert (marked[0] == "outlet") == (kit == "outlet"), item
                checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    ("answer", "passed"), [("distancing", True), ("neutral", False), ("it distances", False)]
)
def test_a_stance_answer(answer, passed):
    assert _result("03", "alleged-stance", alleged_stance=answer).passed is passed


@pytest.mark.parametrize(
    ("answer", "passed"),
    [("Kristi Noem", True), ("Noem", True), ("kristi noem.", True), ("Juan Pappier", False)],
)
def test_a_first_voice_answer(answer, passed):
    assert _result("03", "first-voice", first_voice=answer).passed is passed


@pytest.mark.parametrize(
    ("answer", "passed"),
    [
        ("court, lawyer, police or military", True),
        ("Lawyer; Court\npolice or military", True),
        ("court, lawyer", False),
        ("court, lawyer, police or military, expert or academic", False),
        ("judges", False),
    ],
)
def test_a_missing_kinds_answer(answer, passed):
    assert _result("03", "missing-kinds", missing_kinds=answer).passed is passed


@pytest.mark.parametrize(
    ("answer", "passed"),
    [("238, 6, 40,000, 86,000", True), ("86000 40000 $6 million 238", True), ("238", False)],
)
def test_a_shared_numbers_answer(answer, passed):
    assert _result("04", "shared-numbers", shared_numbers=answer).passed is passed


@pytest.mark.parametrize(
    ("answer", "passed"),
    [("AFP", True), ("Agence France-Presse", True), ("Reuters", False), ("afp.", True)],
)
def test_a_fact_answer(answer, passed):
    assert _result("01a", "agency", agency=answer).passed is passed


# -- judgements ---------------------------------------------------------------------------


def test_a_choice_needs_a_reason_and_then_passes_with_the_kits_view():
    alone = _result("03", "carcach-side", carcach_side="neither")
    assert not alone.passed and "reason" in alone.message
    reasoned = _result(
        "03", "carcach-side", carcach_side="neither", carcach_side_reason="He is an academic."
    )
    assert not reasoned.passed  # four words is not a reason yet
    full = _result(
        "03",
        "carcach-side",
        carcach_side="neither",
        carcach_side_reason="He analyses the partnership as an academic and takes no side.",
    )
    assert full.passed and full.how == "judgement" and "Discuss with your teacher" in full.message


def test_a_written_answer_needs_enough_words_and_a_source_where_asked():
    words = (
        "Several reference works and news agencies describe the agency as tied to the "
        "Revolutionary Guard, and I compared what each of them says."
    )
    assert not _result("01a", "publisher", publisher="IRGC").passed
    assert not _result("01a", "publisher", publisher=words).passed  # no source yet
    assert _result(
        "01a", "publisher", publisher=words, publisher_source="a library database"
    ).passed


@pytest.mark.parametrize(
    ("word", "neutral", "passed"),
    [
        ("notorious", "maximum-security", True),
        ("aggressive crackdown", "campaign against gangs", True),
        ("flagrant", "clear", False),  # in a quotation: Amnesty's word, not the outlet's
        ("notorious", "brutal", False),  # the new wording is loaded too
        ("prison", "jail", False),  # not a loaded word the kit finds
    ],
)
def test_an_own_word_answer(word, neutral, passed):
    assert _result("02", "own-word", own_word=word, own_word_neutral=neutral).passed is passed


# -- rewrites -----------------------------------------------------------------------------

ORIGINAL = (
    "The reckless council rammed through a plan on Tuesday to spend $4 million, Ana Ruiz said."
)


@pytest.mark.parametrize(
    ("rewrite", "passed", "says"),
    [
        (
            "The council approved a plan on Tuesday to spend $4 million, Ana Ruiz said.",
            True,
            "1 to 0",
        ),
        ("The council approved a plan on Tuesday to spend money, Ana Ruiz said.", False, "4"),
        (
            "The council approved a plan on Tuesday to spend $4 million, a member said.",
            False,
            "Ruiz",
        ),
        (
            "The reckless council approved a plan on Tuesday to spend $4 million, Ana Ruiz said.",
            False,
            "reckless",
        ),
        (ORIGINAL, False, "same"),
        ("Ana Ruiz: $4 million.", False, "half"),
    ],
)
def test_a_rewrite_of_the_students_own_sentence(rewrite, passed, says):
    result = _result("06", "own-rewrite", own_sentence=ORIGINAL, own_rewrite=rewrite)
    assert result.passed is passed and says in result.message, result.message


def test_a_rewrite_of_a_sentence_with_no_loaded_word_is_not_accepted():
    plain = "The council approved a plan on Tuesday, Ana Ruiz said."
    result = _result(
        "06", "own-rewrite", own_sentence=plain, own_rewrite=plain.replace("a plan", "the plan")
    )
    assert not result.passed and "no loaded word" in result.message


def test_a_rewrite_of_a_bundled_sentence_keeps_the_designation_but_drops_savage():
    rewrite = (
        "Rafael, a 31-year-old delivery driver, was shot dead in 2023 in a robbery that police "
        "blamed on members of Tren de Aragua, a gang from Venezuela that Washington has "
        "designated a terrorist organization."
    )
    assert _result("05", "rewrite-law", rewrite_law=rewrite).passed


# -- display ------------------------------------------------------------------------------


def test_the_report_shows_itself_and_escapes_answers():
    report = check_text("01", _fill("01", notorious_voice="<script>alert(1)</script>"))
    html = report._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "0/4 answers pass" in repr(report) and "0/4 answers pass" in html
