"""Batch grading: a folder of fabricated submissions (folders and zips) becomes one CSV row each.

Honest ones (correct, partly wrong, an endless loop, a syntax error, a missing file, a zip,
a renamed file, a broken zip, an untouched template) and attacks by a student who wants a
better grade or a classmate's worse one (see ATTACKS), graded together. Every attack must
earn no point it did not solve, change nothing outside its own folder, cost no classmate
their row, and leave no process behind; the batch always ends with a complete CSV.
The speed of an honest class of 30 is measured by bench/grading.py, not here.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from framing import FramingError, grading

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
SOLUTIONS = EXERCISES / "solutions"
FIRST_COLUMNS = [
    "student",
    "total",
    "out_of",
    "status",
    "ex01",
    "ex02",
    "ex03",
    "ex04",
    "ex05",
    "ex06",
]


def full_marks() -> dict[str, int]:
    """One point per check: the number of @hint decorators in each checks file."""
    return {
        e.column: len(re.findall(r"^@hint\(", e.checks.read_text(encoding="utf-8"), re.M))
        for e in grading.exercises_in(EXERCISES)
    }


def copy_solutions(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for solution in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
        shutil.copy(solution, folder / solution.name)
    return folder


def change(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def keep_only(folder: Path, *numbers: str) -> None:
    """Leave only these exercises' files (fewer checks to run: a faster test)."""
    for path in folder.glob("ex[0-9][0-9]_*.py"):
        if path.name[2:4] not in numbers:
            path.unlink()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def submissions(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("submissions")
    copy_solutions(root / "ada-correct")

    ben = copy_solutions(root / "ben-partly-wrong")
    change(
        ben / "ex02_loaded_language.py",
        "return round(1000 * count / words, 1)",
        "return 1000 * count / words",
    )
    change(
        ben / "ex05_rewrite_lab.py",
        "return new[:1].upper() + new[1:] if match.group()[:1].isupper() else new",
        "return new",
    )
    keep_only(ben, "02", "05")

    cy = copy_solutions(root / "cy-endless-loop")
    change(
        cy / "ex03_who_gets_quoted.py",
        "    if not attributions:\n        return (None, None)",
        "    while True:\n        pass",
    )
    keep_only(cy, "03")

    dee = copy_solutions(root / "dee-syntax-error")
    change(
        dee / "ex04_comparing_coverage.py",
        "def official_share(analysis: Analysis) -> float:",
        "def official_share(analysis",
    )
    keep_only(dee, "04")

    eve = copy_solutions(root / "eve-missing-file")
    keep_only(eve, "06")
    (eve / "ex06_your_article.py").unlink()

    with zipfile.ZipFile(root / "fay.zip", "w") as archive:
        for solution in SOLUTIONS.glob("ex0[12]_*.py"):
            archive.write(solution, f"fay/exercises/{solution.name}")
        archive.writestr("__MACOSX/fay/exercises/._ex01_frames.py", b"\x00\x05junk")

    gus = copy_solutions(root / "gus-renamed")
    keep_only(gus, "01", "02")
    (gus / "ex02_loaded_language.py").rename(gus / "ex02_loaded_language (1).py")

    (root / "hal.zip").write_bytes(b"this is not a zip file")

    tpl = root / "ivy-untouched-template"
    tpl.mkdir()
    for template in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
        (tpl / template.name).write_text(
            grading.build_template((SOLUTIONS / template.name).read_text(encoding="utf-8")),
            encoding="utf-8",
        )
    for name, code in attacks(root).items():
        (root / name).mkdir()
        (root / name / "ex01_frames.py").write_text(code, encoding="utf-8")
    _archives(root)
    (root / "_late").mkdir()
    (root / "loose.py").write_text("x = 1\n", encoding="utf-8")
    (root / "kim.tar.gz").write_bytes(b"\x1f\x8b not really")
    return root


SANDBOXED = grading.sandbox.choose_isolation("auto").sandboxed
MARK = "framing-attack-3c1f"  # every process an attack starts carries this in its command
SLEEPER = f'os.execv("/bin/sh", ["/bin/sh", "-c", "sleep 7.3 # {MARK}"])'


def attacks(root: Path) -> dict[str, str]:
    """Each attack is a submission with one file, ex01_frames.py, that solves nothing."""
    return {
        # Returned objects that run code when unpickled, or compare equal to anything.
        "att-forged-reduce": (
            "import os\n"
            "class Evil:\n"
            "    def __reduce__(self):\n"
            f"        return (os.system, ('touch {root}/FORGED',))\n"
            "    def __eq__(self, other): return True\n"
            "def lead_paragraph(a): return Evil()\n"
            "def count_word(t, w): return Evil()\n"
            "def frame_counts(t, f): return Evil()\n"
            "def dominant_frame(t, f): return Evil()\n"
        ),
        "att-mock-any": (
            "import unittest.mock\n"
            "class S(str):\n"
            "    def __eq__(self, other): return True\n"
            "    __hash__ = str.__hash__\n"
            "def lead_paragraph(a): return S('x')\n"
            "def count_word(t, w): return unittest.mock.ANY\n"
            "def frame_counts(t, f): return unittest.mock.ANY\n"
            "def dominant_frame(t, f): return unittest.mock.ANY\n"
        ),
        # Copying the reference solution by the paths it has next to the checks.
        "att-copy-solution": (
            "for path in ('solutions/ex01_frames.py', '../solutions/ex01_frames.py',\n"
            "             '../exercises/solutions/ex01_frames.py'):\n"
            "    try:\n"
            "        exec(open(path).read())\n"
            "        break\n"
            "    except Exception:\n"
            "        pass\n"
        ),
        # Stopping the grader: its parent and its group.
        "att-kill-grader": (
            "import os\n"
            "for kill in (lambda: os.killpg(os.getpgid(os.getppid()), 9),\n"
            "             lambda: os.kill(os.getppid(), 9)):\n"
            "    try: kill()\n"
            "    except Exception: pass\n"
        ),
        # Limits: a fork bomb at import, memory spread over children, leaving at import.
        "att-fork-bomb": (
            "import os\n"
            "for _ in range(60):\n"
            "    try:\n"
            "        if os.fork() == 0:\n"
            f"            {SLEEPER}\n"
            "    except OSError: break\n"
        ),
        "att-memory-children": (
            "import os, time\n"
            "for _ in range(4):\n"
            "    if os.fork() == 0:\n"
            "        hog = []\n"
            "        try:\n"
            "            for _ in range(12): hog.append(b'x' * (10 * 1024 * 1024))\n"
            "        except MemoryError: pass\n"
            "        time.sleep(30)\n"
            "        os._exit(0)\n"
            "time.sleep(30)\n"
        ),
        "att-exit-at-import": "import os\nos._exit(0)\n",
        "att-endless-import": "while True:\n    pass\n",
        **(sandbox_only(root) if SANDBOXED else {}),
    }


def sandbox_only(root: Path) -> dict[str, str]:
    """Attacks only a sandbox can stop: without one a student's code has the teacher's
    rights (docs/grader-trust.md), and these would damage the machine running the tests."""
    csv_guess = root.parent / "grades0" / "grades.csv"
    return {
        "att-copy-solution-abs": f"exec(open({str(SOLUTIONS / 'ex01_frames.py')!r}).read())\n",
        "att-kill-everything": (
            "import os\n"
            "for pid in os.listdir('/proc'):\n"
            "    if pid.isdigit() and int(pid) != os.getpid():\n"
            "        try: os.kill(int(pid), 9)\n"
            "        except Exception: pass\n"
        ),
        # Vandalism: classmates' files, the kit's checks, the CSV, a detached process.
        "att-vandal": (
            "import os, pathlib\n"
            f"root = pathlib.Path({str(root)!r})\n"
            "for p in root.rglob('*.py'):\n"
            "    try:\n"
            "        if 'ada' in str(p): p.unlink()\n"
            "        else: p.write_text('def broken(:')\n"
            "    except Exception: pass\n"
            f"for p in pathlib.Path({str(EXERCISES)!r}).glob('test_*.py'):\n"
            "    try:\n"
            "        with open(p, 'a') as f: f.write('\\nsame = lambda *a, **k: None\\n')\n"
            "    except Exception: pass\n"
            "if os.fork() == 0:\n"
            "    os.setsid()\n"
            "    if os.fork() == 0:\n"
            f"        {SLEEPER}\n"
            "    os._exit(0)\n"
            f"try: open({str(csv_guess)!r}, 'w').write('forged')\n"
            "except Exception: pass\n"
        ),
    }


def _archives(root: Path) -> None:
    """Zips that are a bomb, locked, in an unknown compression, or corrupt."""
    solution = (SOLUTIONS / "ex01_frames.py").read_bytes()
    with zipfile.ZipFile(root / "zoe-bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ex01_frames.py", solution + b"#" + b" " * (60 * 1024 * 1024))
    locked = root / "zed-password.zip"
    with zipfile.ZipFile(locked, "w") as archive:
        archive.writestr("ex01_frames.py", solution)
    data = bytearray(locked.read_bytes())
    data[6] |= 0x1  # the local header's "encrypted" flag
    data[data.index(b"PK\x01\x02") + 8] |= 0x1  # and the central directory's
    locked.write_bytes(bytes(data))
    stored = root / "zac-unsupported.zip"
    with zipfile.ZipFile(stored, "w") as archive:
        archive.writestr("ex01_frames.py", solution)
    data = bytearray(stored.read_bytes())
    data[8:10] = (99).to_bytes(2, "little")  # the local header's compression method
    central = data.index(b"PK\x01\x02")
    data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    stored.write_bytes(bytes(data))
    broken = root / "zia-corrupt.zip"
    with zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ex01_frames.py", solution * 4)
    data = bytearray(broken.read_bytes())
    for offset in range(60, 200):
        data[offset] ^= 0x5A
    broken.write_bytes(bytes(data))
    with zipfile.ZipFile(root / '=HYPERLINK("x.example")+SUM(1,2).zip', "w") as archive:
        archive.write(SOLUTIONS / "ex01_frames.py", "ex01_frames.py")


def marked_processes() -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if MARK in command:
                found.append(f"{entry.name}: {command}")
    return found


@pytest.fixture(scope="module")
def graded(submissions, tmp_path_factory):
    output = tmp_path_factory.mktemp("grades") / "grades.csv"
    before, kit = fingerprint(submissions), fingerprint(EXERCISES)
    limits = grading.Limits(memory_mb=300, processes=24)
    report = grading.grade(
        submissions, output, timeout=2, exercises_dir=EXERCISES, limits=limits, progress=False
    )
    written = output.read_bytes()
    with open(output, newline="", encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    return report, rows, before, kit, output, written


def points(row: dict[str, str]) -> dict[str, int]:
    return {k: int(row[k]) for k in FIRST_COLUMNS[4:]}


@pytest.mark.slow
def test_one_row_per_student_with_the_columns(graded, submissions):
    report, rows, _, _, output, _ = graded
    header = output.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:10] == FIRST_COLUMNS
    assert header[-2:] == ["isolation", "details"]
    # one column per check, and one per lesson's answer file
    assert len(header) == 10 + len(judgement_marks()) + sum(full_marks().values()) + 2
    students = {p.name.removesuffix(".zip") for p in submissions.iterdir()}
    students -= {"_late", "loose.py", "kim.tar.gz"}
    assert len(rows) == len(students) == len(report.rows)
    # Graded on the exercise files they handed in; eve handed in nothing, so every file
    # counts; a row that could not be read counts the class's most points.
    code = sum(full_marks().values())
    everything = code + sum(judgement_marks().values())
    for name, row in rows.items():
        only_code = row["ex01"] != "" and row["j01"] == ""
        assert int(row["out_of"]) == (code if only_code else everything), name
    assert int(rows["eve-missing-file"]["out_of"]) == everything


@pytest.mark.slow
def test_what_was_not_read_is_listed_with_why(graded):
    report = graded[0]
    why = {entry.name: entry.why for entry in report.not_read}
    assert set(why) == {"_late", "loose.py", "kim.tar.gz"}
    assert "starts with" in why["_late"] and "loose .py" in why["loose.py"]
    assert "only folders and .zip" in why["kim.tar.gz"]


@pytest.mark.slow
def test_correct_submissions_get_full_marks(graded):
    _, rows, *_ = graded
    assert points(rows["ada-correct"]) == full_marks()
    assert rows["ada-correct"]["status"] == "ok"
    for name in ("fay", "gus-renamed"):  # a zip with folders inside, a renamed file
        row = points(rows[name])
        assert (row["ex01"], row["ex02"]) == (full_marks()["ex01"], full_marks()["ex02"]), name
        assert rows[name]["status"] == "missing file (ex03, ex04, ex05, ex06)"


@pytest.mark.slow
def test_a_partly_wrong_submission_loses_only_those_points(graded):
    _, rows, *_ = graded
    ben = rows["ben-partly-wrong"]
    assert (int(ben["ex02"]), int(ben["ex05"])) == (
        full_marks()["ex02"] - 1,
        full_marks()["ex05"] - 2,
    )
    assert ben["status"] == "missing file (ex01, ex03, ex04, ex06)"
    assert ben["ex02 per_thousand_rounds_to_one_decimal"] == "0"
    assert ben["ex02 voice_counts_groups_the_voices"] == "1"
    assert int(ben["total"]) == int(ben["ex02"]) + int(ben["ex05"])


@pytest.mark.slow
def test_file_problems_get_one_clear_status(graded):
    _, rows, *_ = graded
    assert int(rows["cy-endless-loop"]["ex03"]) == full_marks()["ex03"] - 2
    assert (
        rows["cy-endless-loop"]["status"]
        == "timeout (ex03); missing file (ex01, ex02, ex04, ex05, ex06)"
    )
    assert rows["dee-syntax-error"]["ex04"] == "0"
    assert rows["dee-syntax-error"]["status"].startswith("syntax error (ex04); missing file (ex01")
    eve = rows["eve-missing-file"]
    assert (eve["total"], eve["ex06"], eve["j01"]) == ("0", "0", "0")
    assert eve["status"] == "missing file (ex01, ex02, ex03, ex04, ex05, ex06, {})".format(
        ", ".join(judgement_marks())
    )
    ivy = rows["ivy-untouched-template"]
    assert (ivy["status"], ivy["total"]) == ("not started", "0")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("student", "status"),
    [
        ("hal", "unreadable archive"),
        ("zed-password", "unreadable archive"),
        ("zac-unsupported", "unreadable archive"),
        ("zia-corrupt", "unreadable archive"),
        ("zoe-bomb", "over a limit"),
    ],
)
def test_unreadable_archives_cost_only_their_row(graded, student, status):
    _, rows, *_ = graded
    row = rows[student]
    assert (row["status"], row["total"], row["ex01"]) == (status, "0", "")
    # The class's most points: eve's row counts both tracks.
    assert row["out_of"] == str(sum(full_marks().values()) + sum(judgement_marks().values()))
    reason = {"zed": "password", "zac": "unsupported", "zia": "corrupt", "zoe": "MB", "hal": ""}
    assert reason[student[:3]] in row["details"]


@pytest.mark.slow
def test_formula_names_are_neutralised_and_numbers_stay_numbers(graded):
    _, rows, *_, written = graded
    name = '\'=HYPERLINK("x.example")+SUM(1,2)'
    assert name in rows
    assert rows[name]["ex01"] == str(full_marks()["ex01"])
    for line in written.decode("utf-8").splitlines()[1:]:
        assert not line.startswith(("=", "+", "-", "@", '"=', '"+', '"-', '"@'))


ATTACKED = (
    "att-forged-reduce",
    "att-mock-any",
    "att-copy-solution",
    "att-kill-grader",
    "att-fork-bomb",
    "att-memory-children",
    "att-exit-at-import",
    "att-endless-import",
) + (("att-copy-solution-abs", "att-kill-everything", "att-vandal") if SANDBOXED else ())


@pytest.mark.slow
@pytest.mark.parametrize("student", ATTACKED)
def test_an_attack_earns_nothing_it_did_not_solve(graded, student):
    _, rows, *_ = graded
    row = rows[student]
    assert (row["ex01"], row["total"]) == ("0", "0"), row


@pytest.mark.slow
def test_attacks_get_honest_labels(graded):
    _, rows, *_ = graded

    def first(student: str) -> str:
        return rows[student]["status"].split(";")[0]

    labels = {
        "att-exit-at-import": "error while loading (ex01)",
        "att-endless-import": "timeout (ex01)",
        "att-memory-children": "over a limit (ex01)",
        "att-mock-any": "unreadable answer (ex01)",
        "att-forged-reduce": "unreadable answer (ex01)",
    }
    for student, label in labels.items():
        assert first(student) == label, rows[student]["details"]  # the details say why
    assert "more than 300 MB of memory" in rows["att-memory-children"]["details"]


@pytest.mark.slow
def test_attacks_change_nothing_outside_their_folder(graded, submissions):
    _, rows, before, kit, output, written = graded
    assert fingerprint(submissions) == before
    assert fingerprint(EXERCISES) == kit
    assert not (submissions / "FORGED").exists()
    assert not list(submissions.rglob("__pycache__"))
    time.sleep(1)  # a detached process would act now
    assert output.read_bytes() == written
    assert points(rows["ada-correct"]) == full_marks()


@pytest.mark.slow
def test_no_process_is_left_behind(graded):
    assert marked_processes() == []


@pytest.mark.slow
def test_the_csv_has_the_usual_file_rights(graded):
    output = graded[4]
    umask = os.umask(0o022)
    os.umask(umask)
    assert output.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.slow
def test_isolation_is_reported(graded):
    report, rows, *_ = graded
    ran = {row["isolation"] for row in rows.values() if row["ex01"] != ""}
    assert ran == {report.isolation.mode}
    assert report.isolation.note.startswith("Isolation:")


@pytest.mark.slow
def test_without_a_sandbox_the_limits_still_hold(submissions, tmp_path):
    """The fallback (no bubblewrap): a private folder, process limits, the tree stopped."""
    chosen = tmp_path / "class"
    chosen.mkdir()
    for name in (
        "ada-correct",
        "att-forged-reduce",
        "att-mock-any",
        "att-kill-grader",
        "att-fork-bomb",
    ):
        shutil.copytree(submissions / name, chosen / name)
    output = tmp_path / "grades.csv"
    report = grading.grade(
        chosen,
        output,
        timeout=2,
        exercises_dir=EXERCISES,
        only="01",
        sandbox="none",
        limits=grading.Limits(processes=24),
        progress=False,
    )
    with open(output, newline="", encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    assert report.isolation.mode == "process limits only"
    assert set(rows) == {p.name for p in chosen.iterdir()}
    assert rows["ada-correct"]["total"] == str(full_marks()["ex01"])
    assert all(rows[n]["ex01"] in ("0", "") for n in rows if n.startswith("att-"))
    assert "ex02" not in rows["ada-correct"]
    # Its checks process was killed after a moment: said so, not "out of time after 390 s".
    killed = rows["att-kill-grader"]
    assert killed["status"] in ("grading stopped", "missing function (ex01)"), killed
    if killed["status"] == "grading stopped":
        assert "was stopped after" in killed["details"] and "before any result" in killed["details"]
    assert marked_processes() == []


def test_grading_logs_one_line_per_student_when_stderr_is_not_a_terminal(tmp_path, capsys):
    one = tmp_path / "one"
    copy_solutions(one / "solo")
    grading.grade(one, tmp_path / "g.csv", exercises_dir=EXERCISES, only="ex02")
    assert capsys.readouterr().err == "grading: 1/1 done (solo)\n"


def test_only_grades_the_assigned_exercises(tmp_path):
    one = tmp_path / "one"
    copy_solutions(one / "solo")
    report = grading.grade(
        one, tmp_path / "g.csv", exercises_dir=EXERCISES, only="ex02,3", progress=False
    )
    header = (tmp_path / "g.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:6] == ["student", "total", "out_of", "status", "ex02", "ex03"]
    assert report.rows[0].total == full_marks()["ex02"] + full_marks()["ex03"]
    with pytest.raises(FramingError, match="names no exercise"):
        grading.grade(one, tmp_path / "h.csv", exercises_dir=EXERCISES, only="09")


ANSWERS = SOLUTIONS / "judgements"


def judgement_marks() -> dict[str, int]:
    """One point per question of each lesson's answer file."""
    from framing import judgements

    return {
        f"j{lesson}": len(judgements.check_text(lesson, "").results)
        for lesson in judgements.lessons()
    }


def read_grades(path: Path) -> tuple[list[str], dict[str, dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), {row["student"]: row for row in reader}


def test_answer_files_alone_pass_without_writing_code(tmp_path):
    """The judgement track: answer files are read as data (never run), one column each."""
    root = tmp_path / "class"
    ann = root / "ann-answers-only" / "exercises" / "judgements"
    shutil.copytree(ANSWERS, ann)
    (ann.parent / "notes.txt").write_text("my notes\n", encoding="utf-8")
    # A line of Python in an answer is an answer, not code to run.
    trap = f"__import__('pathlib').Path({str(tmp_path / 'RAN')!r}).touch()"
    change(ann / "06-bring-your-own-article.txt", "\n", f"\n# {trap}\n")
    bo = root / "bo-one-wrong"
    shutil.copytree(ANSWERS, bo)
    change(bo / "02-loaded-language.txt", "flagrant-voice: quoted", "flagrant-voice: outlet")
    (bo / "01a-lateral-reading.txt").rename(bo / "01a-lateral-reading (1).txt")
    (bo / "03-who-gets-quoted.txt").unlink()
    blank = root / "cy-blank"
    blank.mkdir()
    shutil.copy(EXERCISES / "judgements" / "02-loaded-language.txt", blank)
    shutil.copy(SOLUTIONS / "ex02_loaded_language.py", blank)
    # The whole exercises folder handed in: untouched code templates, answers written.
    fay = root / "fay-templates-and-answers" / "exercises"
    shutil.copytree(ANSWERS, fay / "judgements")
    for solution in SOLUTIONS.glob("ex[0-9][0-9]_*.py"):
        template = grading.build_template(solution.read_text(encoding="utf-8"))
        (fay / solution.name).write_text(template, encoding="utf-8")
    gus = root / "gus-nothing-done" / "exercises"  # the same folder, nothing written in it
    shutil.copytree(fay, gus, ignore=shutil.ignore_patterns("judgements"))
    shutil.copytree(EXERCISES / "judgements", gus / "judgements")
    with zipfile.ZipFile(root / "dee.zip", "w") as archive:
        for answers in ANSWERS.glob("0[12]-*.txt"):
            archive.write(answers, f"dee/judgements/{answers.name}")
        archive.writestr("dee/judgements/04-comparing-coverage.txt", "x" * 70_000)
    (root / "eve-empty").mkdir()
    output = tmp_path / "g.csv"
    report = grading.grade(root, output, exercises_dir=EXERCISES, timeout=2, progress=False)
    header, rows = read_grades(output)
    marks = judgement_marks()
    assert header[4:10] == FIRST_COLUMNS[4:] and header[10 : 10 + len(marks)] == list(marks)
    assert not (tmp_path / "RAN").exists()
    ann_row = rows["ann-answers-only"]
    assert (ann_row["status"], ann_row["total"]) == ("ok", str(sum(marks.values())))
    assert ann_row["out_of"] == ann_row["total"] and ann_row["ex01"] == ""
    assert {k: int(ann_row[k]) for k in marks} == marks
    assert ann_row["isolation"] == "" and "answer files alone" in ann_row["details"]
    fay_row = rows["fay-templates-and-answers"]  # the templates are not a track started
    assert (fay_row["status"], fay_row["total"], fay_row["out_of"], fay_row["ex01"]) == (
        "ok",
        ann_row["total"],
        ann_row["total"],
        "",
    )
    bo_row = rows["bo-one-wrong"]
    assert int(bo_row["j02"]) == marks["j02"] - 1 and bo_row["j01a"] == str(marks["j01a"])
    assert (bo_row["status"], bo_row["j03"]) == ("missing file (j03)", "0")
    assert "j02: not passed yet: flagrant-voice" in bo_row["details"]
    assert int(bo_row["total"]) == sum(marks.values()) - marks["j03"] - 1
    cy = rows["cy-blank"]  # code written, the answer file still blank: graded on the code
    assert cy["ex02"] == str(full_marks()["ex02"]) and (cy["j02"], cy["j01"]) == ("", "")
    assert "no answer file started" in cy["details"] and "j02" not in cy["status"]
    dee = rows["dee"]
    assert (dee["j01"], dee["j02"]) == (str(marks["j01"]), str(marks["j02"]))
    assert dee["status"].startswith("over a limit (j04); missing file (j01a")
    assert "04-comparing-coverage.txt is over 32 KB" in dee["details"]
    eve = rows["eve-empty"]
    assert eve["status"].startswith("missing file (ex01, ex02, ex03, ex04, ex05, ex06, j01, j01a")
    gus_row = rows["gus-nothing-done"]  # neither track started: both count, not started
    assert (gus_row["status"], gus_row["total"]) == ("not started", "0")
    assert int(gus_row["out_of"]) == sum(full_marks().values()) + sum(marks.values())
    assert len(report.rows) == 7


def test_only_chooses_exercise_and_answer_files(tmp_path):
    one = tmp_path / "one"
    shutil.copytree(ANSWERS, copy_solutions(one / "solo") / "judgements")
    marks = judgement_marks()
    for only, columns in (
        ("j02,01a", ["j01a", "j02"]),
        ("02", ["ex02", "j02"]),
        ("ex02", ["ex02"]),
    ):
        output = tmp_path / f"{only}.csv"
        report = grading.grade(one, output, exercises_dir=EXERCISES, only=only, progress=False)
        header, rows = read_grades(output)
        assert header[4 : 4 + len(columns)] == columns, only
        assert not any(c.startswith("j") for c in header[4 + len(columns) : -2]), only
        expected = full_marks()["ex02"] if "ex02" in columns else 0
        expected += sum(marks[c] for c in columns if c.startswith("j"))
        assert report.rows[0].total == expected and rows["solo"]["status"] == "ok", only
    for bad in ("j07", "ex01a", "02,zz"):
        with pytest.raises(FramingError, match="names no exercise"):
            grading.grade(one, tmp_path / "x.csv", exercises_dir=EXERCISES, only=bad)


def test_a_run_stopped_early_keeps_the_answer_files_points():
    from framing.grading.judged import JudgedLesson
    from framing.grading.report import csv_for, row_without_results, with_answer_files

    stopped = row_without_results("ana", "timeout", "the checks took too long", "sandbox")
    judged = [JudgedLesson("02", 4, 4), JudgedLesson("03", 0, 6, "missing file")]
    row = with_answer_files(stopped, judged)
    assert (row.status, row.total, row.out_of) == ("timeout; missing file (j03)", 4, 0)
    other = with_answer_files(row_without_results("bo", "ok", ""), [JudgedLesson("02", 3, 4)])
    lines = csv_for([row, other], [], ["02", "03"]).splitlines()
    assert lines[0].startswith("student,total,out_of,status,j02,j03,")
    assert lines[1].startswith("ana,4,10,timeout; missing file (j03),4,0,")  # out of the most


def test_the_output_is_checked_before_grading(tmp_path):
    one = tmp_path / "one"
    copy_solutions(one / "solo")
    for bad in (tmp_path / "missing" / "g.csv", tmp_path / "one"):
        started = time.monotonic()
        with pytest.raises(FramingError):
            grading.grade(one, bad, exercises_dir=EXERCISES)
        assert time.monotonic() - started < 1  # refused before grading anyone
    target = tmp_path / "g.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(FramingError, match="already a file"):
        grading.grade(one, target, exercises_dir=EXERCISES)
    parser = grading.add_grade_arguments(argparse.ArgumentParser(prog="framing grade"))
    args = [str(one), "-o", str(target), "--force", "--timeout", "2", "--exercises", str(EXERCISES)]
    assert grading.grade_command(parser.parse_args(args)) == 0
    assert target.read_text(encoding="utf-8").splitlines()[1].startswith("solo,")


def test_grade_command_explains_a_bad_folder(tmp_path, capsys):
    parser = grading.add_grade_arguments(argparse.ArgumentParser(prog="framing grade"))
    args = parser.parse_args([str(tmp_path / "nowhere"), "-o", str(tmp_path / "g.csv")])
    assert grading.grade_command(args) == 2
    assert "is not a folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(FramingError, match="no student folders or zip files"):
        grading.grade(empty, tmp_path / "g.csv", exercises_dir=EXERCISES)


def test_plain_data_carries_records_and_refuses_live_objects():
    from unittest import mock

    from framing import analyze
    from framing.grading import plain

    result = analyze('Ana Ruiz said the regime failed. "It is over," she said.')
    back = plain.loads(plain.dumps(result), records=True)
    assert back.summary() == result.summary()
    assert (
        plain.loads(plain.dumps(result.quotes), records=False)[0]["text"] == result.quotes[0].text
    )
    for live in (mock.ANY, object(), print, open):
        with pytest.raises(plain.UnplainValue):
            plain.to_plain(live)
    assert plain.loads(plain.dumps({1: (2, 3), "a": {4.5}}), records=False) == {
        1: (2, 3),
        "a": frozenset({4.5}),
    }


def test_csv_cells_are_spreadsheet_safe():
    from framing.csvsafe import csv_text, safe_cell

    for text in ("=1+1", "+SUM(1,2)", "-2+3", "@cmd", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell(-2) == -2 and safe_cell(2.5) == 2.5 and safe_cell(None) == ""
    assert csv_text(["a", "b"], [{"a": "=x"}]) == "a,b\n'=x,\n"


def test_a_bwrap_that_is_not_permitted_falls_back_with_one_line(tmp_path, monkeypatch):
    from framing.grading import sandbox

    fake = tmp_path / "bin" / "bwrap"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n",
        encoding="utf-8",
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    sandbox._bwrap_problem.cache_clear()
    try:
        chosen = sandbox.choose_isolation("auto")
        assert chosen.mode == sandbox.LIMITS_ONLY
        assert "installed but not permitted" in chosen.note
        assert "No permissions to create new namespace" in chosen.note
        assert "\n" not in chosen.note
        with pytest.raises(FramingError, match="Cannot grade in a sandbox"):
            sandbox.choose_isolation("bubblewrap")
        assert sandbox.choose_isolation("none").mode == sandbox.LIMITS_ONLY
    finally:
        sandbox._bwrap_problem.cache_clear()


def test_an_answer_the_check_cannot_use_is_the_students_error():
    """None where a dict was due (ex06's report_row) is a wrong answer, not CHECK ERROR."""
    from framing.grading.compare import LAST_CALL

    token = LAST_CALL.set("report_row('quiet', analyze('The depot…'))")
    try:
        error = AttributeError("'NoneType' object has no attribute 'get'")
        result = grading.result_for("06", "test_report_row_without_sources", "hint", 1, error)
    finally:
        LAST_CALL.reset(token)
    assert (result.kind, result.points) == ("wrong answer", 0)
    assert "could not use what report_row(" in result.message
    kit_bug = grading.result_for("06", "test_x", "hint", 1, ZeroDivisionError("x"))
    assert kit_bug.kind == "check error"


def test_a_tree_over_a_limit_is_the_students_problem_even_while_the_runner_starts(
    tmp_path, monkeypatch
):
    """At 1 MB even Python starting is over the limit: whether the watch stops the runner
    before it is ready or during the call, the student reads "over a limit", never a
    problem in the kit."""
    from framing.grading import harness, layout

    (tmp_path / "ex01_frames.py").write_text("def count_word(text, word):\n    return 1\n")
    monkeypatch.setenv(layout.ENV_FOLDER, str(tmp_path))
    monkeypatch.setenv(harness.ENV_LIMITS, '{"memory_mb": 1}')
    ex = grading.student_module(EXERCISES / "test_01_frames.py")
    try:
        with pytest.raises(grading.StudentCodeProblem) as problem:
            ex.count_word("a b", "a")
    finally:
        harness.close_runners()
    assert problem.value.kind == "over a limit"
    assert "more than 1 MB of memory" in problem.value.message
