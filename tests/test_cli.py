"""The framing command line, run in-process with main([...]) and once as a real program."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

import framing
import framing.analysis  # the tests below stand in for framing.analysis.analyze
from framing.cli import main
from framing.comparison import comparison_columns
from framing.progress import TerminalProgress

DEPOT = (
    "Council Closes Bus Depot\n"
    "The city council voted on Tuesday to close the Elm Street bus depot. "
    '"The building costs more than it is worth," said Mayor Ana Ruiz.\n'
    "Union leader Tom Baker claimed the notorious plan would cost jobs. "
    "Transport expert Lena Fischer noted that most cities had closed such depots.\n"
)
BRIDGE_MD = (
    "# Mill Road bridge reopens\n\n"
    "The Mill Road bridge reopened on Friday after eight months of repairs, the county said.\n\n"
    '"It is good to have our short cut back," said shop owner **Priya Shah**.\n'
)
STORM_HTML = (
    "<!DOCTYPE html><html><head><title>Storm shuts schools | Valley News</title>"
    "<script>var said = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Storm shuts schools</h1>"
    "<p>Heavy snow closed every school in the district on Monday, officials said.</p>"
    '<p>"We will reopen when the roads are safe," superintendent Maria Lopez said.</p>'
    "</article><footer>© Valley News</footer></body></html>"
)


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "depot.txt").write_text(DEPOT, encoding="utf-8")
    (articles / "bridge.md").write_text(BRIDGE_MD, encoding="utf-8")
    (articles / "storm.html").write_text(STORM_HTML, encoding="utf-8")
    (articles / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (articles / ".hidden.txt").write_text(DEPOT, encoding="utf-8")
    checkpoints = articles / ".ipynb_checkpoints"
    checkpoints.mkdir()
    (checkpoints / "depot-checkpoint.txt").write_text(DEPOT, encoding="utf-8")
    return articles


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str) -> str:
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("framing: ")
    return lines[0]


# --- analyze ------------------------------------------------------------------------------------


def test_analyze_prints_a_readable_report(capsys, folder):
    code, out, err = run(capsys, "analyze", str(folder / "depot.txt"))
    assert code == 0, err
    assert "Council Closes Bus Depot" in out
    assert "Loaded terms (most used first)" in out
    assert "notorious" in out and "outlet" in out  # term and its voice
    assert "Sources (most attributions first)" in out
    assert "Ana Ruiz" in out and "claimed (distancing)" in out
    assert "First voice: Ana Ruiz" in out


def test_analyze_a_bundled_text_by_name(capsys):
    code, out, _ = run(capsys, "analyze", "cecot-tasnim", "--top", "3")
    assert code == 0
    assert "Kristi Noem" in out
    assert "more terms (--top N shows more)" in out


def test_analyze_json_is_machine_readable(capsys, folder):
    code, out, _ = run(capsys, "analyze", str(folder / "depot.txt"), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["framing_kit"] == framing.__version__
    (article,) = document["articles"]
    assert article["name"].endswith("depot.txt")
    assert article["summary"]["words"] == framing.Article(DEPOT).word_count
    assert {"term", "category", "voice", "start", "end"} <= set(article["loaded_terms"][0])
    assert any(q["speaker"] == "Ana Ruiz" for q in article["quotes"])
    assert document["skipped"] == []


def test_analyze_csv_has_one_row_per_article_with_the_comparison_columns(capsys, folder):
    code, out, _ = run(capsys, "analyze", str(folder), "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == comparison_columns()
    assert [r[0] for r in rows[1:]] == ["bridge", "depot", "storm"]


def test_a_folder_means_every_article_file_inside_it(capsys, folder):
    code, out, _ = run(capsys, "analyze", str(folder), "--format", "json")
    assert code == 0
    names = [Path(a["name"]).name for a in json.loads(out)["articles"]]
    assert names == ["bridge.md", "depot.txt", "storm.html"]  # no .csv, no hidden files


def test_a_bad_file_in_a_folder_is_skipped_with_a_note(capsys, folder):
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "analyze", str(folder), "--format", "json", "--no-progress")
    assert code == 0
    document = json.loads(out)
    assert len(document["articles"]) == 3
    assert document["skipped"][0]["file"].endswith("empty.txt")
    assert "skipped" in err and "empty.txt" in err


def test_an_internal_error_is_reported_once_per_reason(capsys, folder, monkeypatch):
    real = framing.analysis.analyze

    def flaky(article, **options):
        if "bridge" in (article.name or ""):
            raise RuntimeError("boom")
        return real(article, **options)

    monkeypatch.setattr(framing.analysis, "analyze", flaky)
    code, out, err = run(capsys, "analyze", str(folder), "--format", "json")
    assert code == 0
    assert len(json.loads(out)["articles"]) == 2
    assert "RuntimeError: boom" in err and err.count("boom") == 1


def test_a_kit_that_fails_on_every_file_shows_its_error(capsys, tmp_path, monkeypatch):
    for number in range(12):
        (tmp_path / f"a{number}.txt").write_text(DEPOT, encoding="utf-8")

    def broken(article, **options):
        raise RuntimeError("engine broken")

    monkeypatch.setattr(framing.analysis, "analyze", broken)
    with pytest.raises(RuntimeError, match="engine broken"):
        main(["analyze", str(tmp_path)])
    assert capsys.readouterr().err.count("engine broken") == 1


def test_a_folder_with_no_articles(capsys, tmp_path):
    message = assert_one_line_error(*run(capsys, "analyze", str(tmp_path)))
    assert "has no .txt, .md or .html articles" in message


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["analyze", "nowhere.txt"], "There is no file"),
        (["analyze", "cecot-nowhere.txt"], "There is no file"),
        (["analyze", "{folder}/depot.txt", "--lexicon", "missing.csv"], "No lexicon file"),
        (["analyze", "{folder}/depot.txt", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["analyze"], "the following arguments are required: FILE"),
        (["compare", "{folder}/depot.txt"], "compare needs at least two articles"),
        (["frame", "x.txt"], "invalid choice: 'frame'"),
        ([], "say what to do"),
        (["analyze", "{folder}/depot.txt", "--top", "0"], "give a number of 1 or more"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, folder, argv, expected):
    argv = [a.replace("{folder}", str(folder)) for a in argv]
    assert expected in assert_one_line_error(*run(capsys, *argv))


def test_an_explicit_bad_file_stops_the_run(capsys, folder):
    (folder / "empty.txt").write_bytes(b"")
    message = assert_one_line_error(
        *run(capsys, "analyze", str(folder / "depot.txt"), str(folder / "empty.txt"))
    )
    assert "empty" in message


def test_output_file_is_written_and_never_overwritten_without_force(capsys, folder, tmp_path):
    out = tmp_path / "report.json"
    code, stdout, err = run(capsys, "analyze", str(folder), "--format", "json", "-o", str(out))
    assert code == 0 and stdout == ""
    assert "Wrote 3 articles to" in err
    first = out.read_text(encoding="utf-8")
    assert len(json.loads(first)["articles"]) == 3

    message = assert_one_line_error(*run(capsys, "analyze", str(folder), "-o", str(out)))
    assert "already a file" in message and "--force" in message
    assert out.read_text(encoding="utf-8") == first

    code, _, _ = run(capsys, "analyze", str(folder / "depot.txt"), "-o", str(out), "--force")
    assert code == 0
    assert "Council Closes Bus Depot" in out.read_text(encoding="utf-8")


def test_an_existing_output_file_fails_before_any_work(capsys, folder, tmp_path, monkeypatch):
    out = tmp_path / "taken.csv"
    out.write_text("mine", encoding="utf-8")
    monkeypatch.setattr(framing.analysis, "analyze", lambda *a, **k: pytest.fail("analysed"))
    assert_one_line_error(*run(capsys, "analyze", str(folder), "-o", str(out)))


def test_output_into_a_missing_folder(capsys, folder, tmp_path):
    message = assert_one_line_error(
        *run(capsys, "analyze", str(folder), "-o", str(tmp_path / "no" / "such" / "out.csv"))
    )
    assert "does not exist" in message


def test_the_output_file_inside_the_input_folder_is_not_read_back(capsys, folder):
    out = folder / "report.txt"
    for _ in range(2):
        code, _, err = run(capsys, "analyze", str(folder), "-o", str(out), "--force")
        assert code == 0
        assert "Wrote 3 articles" in err


def test_extra_terms_extend_the_lexicon(capsys, folder, tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("term,category,neutral\ndepot,label,garage\n", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "analyze",
        str(folder / "depot.txt"),
        "--extra-terms",
        str(extra),
        "--format",
        "json",
    )
    assert code == 0
    terms = {h["term"] for h in json.loads(out)["articles"][0]["loaded_terms"]}
    assert "depot" in terms


def test_text_piped_in_with_a_dash(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEPOT))
    code, out, _ = run(capsys, "analyze", "-", "--format", "json")
    assert code == 0
    assert json.loads(out)["articles"][0]["name"] == "stdin"


def test_progress_bar_on_stderr(capsys, folder):
    code, _, err = run(capsys, "analyze", str(folder), "--format", "json", "--progress")
    assert code == 0
    assert "analysing [" in err and "3/3" in err and "100%" in err
    assert err.endswith("\n")
    code, _, err = run(capsys, "analyze", str(folder), "--format", "json", "--no-progress")
    assert err == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys, folder):
    code, _, err = run(capsys, "analyze", str(folder), "--format", "json")
    assert code == 0 and err == ""


def test_html_page_with_highlighted_article_and_ledger(capsys, folder, tmp_path):
    try:
        import framing.render  # noqa: F401
    except ModuleNotFoundError:
        pytest.skip("framing.render (highlight and source_ledger) has not landed yet")
    page = tmp_path / "<depot>.txt"
    page.write_text(DEPOT.replace("Council Closes", "Council <b>Closes</b>"), encoding="utf-8")
    out = tmp_path / "report.html"
    code, _, err = run(capsys, "analyze", str(page), "--format", "html", "-o", str(out))
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Council &lt;b&gt;Closes&lt;/b&gt;" in html
    assert "&lt;depot&gt;.txt" in html
    assert "<b>Closes" not in html
    assert "Who gets quoted" in html and "Ana Ruiz" in html
    assert html.rstrip().endswith("</html>")


# --- compare and seeds --------------------------------------------------------------------------


def test_compare_prints_the_comparison_table(capsys, folder):
    code, out, _ = run(capsys, "compare", str(folder / "depot.txt"), str(folder / "bridge.md"))
    assert code == 0
    assert "Comparing coverage" in out
    assert "first voice" in out and "Ana Ruiz" in out


@pytest.mark.parametrize("fmt", ["csv", "json", "html"])
def test_compare_machine_formats(capsys, folder, fmt):
    code, out, _ = run(capsys, "compare", str(folder), "cecot-wire", "--format", fmt)
    assert code == 0
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert [r[0] for r in rows[1:]] == ["bridge", "depot", "storm", "cecot-wire"]
    elif fmt == "json":
        assert [r["article"] for r in json.loads(out)][-1] == "cecot-wire"
    else:
        assert out.startswith("<!DOCTYPE html>") and "cecot-wire" in out


def test_seeds_lists_the_bundled_texts(capsys):
    code, out, _ = run(capsys, "seeds")
    assert code == 0
    for name in framing.list_seeds():
        assert name in out
    assert "published" in out and "constructed" in out
    code, out, _ = run(capsys, "seeds", "--format", "json")
    assert [r["name"] for r in json.loads(out)] == list(framing.list_seeds())


def test_help_and_version_exit_0(capsys):
    assert main(["--help"]) == 0
    assert "analyze" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert framing.__version__ in capsys.readouterr().out


# --- grade --------------------------------------------------------------------------------------


def test_grade_passes_its_arguments_to_the_grading_module(capsys, monkeypatch, tmp_path):
    seen = {}

    def grade_command(args):
        seen.update(vars(args))
        return 0

    fake = types.ModuleType("framing.grading")
    fake.grade_command = grade_command
    monkeypatch.setitem(sys.modules, "framing.grading", fake)
    code, _, _ = run(capsys, "grade", str(tmp_path), "-o", "grades.csv")
    assert code == 0
    assert seen["submissions"] == str(tmp_path)
    assert seen["output"] == "grades.csv"
    assert seen["force"] is False


def test_grade_without_the_grading_module_says_so_in_one_line(capsys, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "framing.grading", None)
    code, out, err = run(capsys, "grade", str(tmp_path), "-o", "grades.csv")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "grading" in err


def test_grade_uses_the_grading_modules_own_options(capsys, tmp_path):
    pytest.importorskip("framing.grading", reason="framing.grading has not landed yet")
    code, out, err = run(
        capsys,
        "grade",
        str(tmp_path / "no-such-folder"),
        "-o",
        str(tmp_path / "g.csv"),
        "--timeout",
        "5",
    )
    assert code == 2 and out == ""
    assert "no-such-folder" in err and "Traceback" not in err


# --- the installed program ----------------------------------------------------------------------


def installed_command() -> list[str]:
    beside = Path(sys.executable).with_name("framing")
    found = shutil.which("framing") or (str(beside) if beside.exists() else None)
    return [found] if found else [sys.executable, "-m", "framing"]


@pytest.mark.parametrize("command", [installed_command(), [sys.executable, "-m", "framing"]])
def test_the_installed_program(command, folder):
    done = subprocess.run(
        [*command, "analyze", str(folder / "storm.html")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Storm shuts schools" in done.stdout
    assert "Maria Lopez" in done.stdout

    failed = subprocess.run(
        [*command, "analyze", str(folder / "missing.txt")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert failed.returncode == 2
    assert failed.stdout == ""
    assert "Traceback" not in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1


# --- classroom: what a teacher met on a first afternoon (issue 19) ------------------------------

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_a_folders_readme_is_not_analysed_as_an_article(capsys, folder):
    (folder / "README.md").write_text("# About these articles\n\nThree test texts.\n", "utf-8")
    (folder / "LICENSE.txt").write_text("Free to use, the council said.\n", "utf-8")
    code, out, err = run(capsys, "analyze", str(folder), "--format", "csv")
    assert code == 0
    assert [r[0] for r in list(csv.reader(io.StringIO(out)))[1:]] == ["bridge", "depot", "storm"]
    assert "Left out" in err and "README.md" in err and "LICENSE.txt" in err


def test_the_seeds_folder_gives_one_row_per_text(capsys):
    code, out, _ = run(capsys, "analyze", str(SEEDS), "--format", "csv")
    assert code == 0
    names = [r[0] for r in list(csv.reader(io.StringIO(out)))[1:]]
    assert sorted(names) == sorted(framing.list_seeds())


def test_a_folder_with_only_a_readme(capsys, tmp_path):
    (tmp_path / "README.md").write_text("# Notes\n\nNothing here yet.\n", "utf-8")
    code, out, err = run(capsys, "analyze", str(tmp_path))
    assert code == 2 and out == ""
    assert "has no .txt, .md or .html articles" in err.strip().splitlines()[-1]


@pytest.mark.parametrize("given", ["path", "name"])
def test_the_outlet_is_the_same_by_path_and_by_name(capsys, given):
    argument = str(SEEDS / "cecot-tasnim.txt") if given == "path" else "cecot-tasnim"
    code, out, _ = run(capsys, "analyze", argument, "--format", "json")
    assert code == 0
    assert json.loads(out)["articles"][0]["meta"]["outlet"] == "Tasnim News Agency"
    code, out, _ = run(capsys, "compare", argument, "cecot-wire", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["outlet"] == "Tasnim News Agency"


@pytest.mark.parametrize("blank", ["", "   \n\n  \t\n"])
def test_a_blank_file_on_the_command_line(capsys, tmp_path, blank):
    path = tmp_path / "blank.txt"
    path.write_text(blank, encoding="utf-8")
    message = assert_one_line_error(*run(capsys, "analyze", str(path)))
    assert "blank.txt" in message and "between the quotes" not in message


def test_blank_text_piped_in(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n\n"))
    message = assert_one_line_error(*run(capsys, "analyze", "-"))
    assert "standard input" in message and "between the quotes" not in message


@pytest.mark.parametrize(
    "text",
    [
        "Министр посетил тюрьму в среду и сказал, что это важный шаг для страны и народа.",
        "部长周三参观了监狱。他说：“这是重要的一步。”",
        "La ministra visitó la prisión el miércoles y dijo que es un paso importante para el país.",
    ],
)
def test_every_other_language_gets_the_same_one_line(capsys, tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    message = assert_one_line_error(*run(capsys, "analyze", str(path)))
    assert message == "framing: " + framing.errors.NOT_ENGLISH.format(what='"story.txt"')


def test_a_large_file_shows_progress_on_a_terminal(capsys, folder, monkeypatch):
    monkeypatch.setattr(framing.cli, "is_terminal", lambda stream: True)
    code, _, err = run(capsys, "analyze", str(folder / "depot.txt"), "--format", "json")
    assert code == 0 and err == ""  # a small file: done before anyone waits
    monkeypatch.setattr(framing.cli, "_PROGRESS_BYTES", 100)  # as if depot.txt were large
    code, _, err = run(capsys, "analyze", str(folder / "depot.txt"), "--format", "json")
    assert code == 0
    assert "analysing [" in err and "1/1" in err and "100%" in err


def test_progress_counts_bytes_so_a_big_file_moves_the_bar_more(capsys, tmp_path):
    (tmp_path / "a-small.txt").write_text(DEPOT, encoding="utf-8")
    (tmp_path / "b-large.txt").write_text(DEPOT + DEPOT.split("\n", 1)[1] * 20, "utf-8")
    code, _, err = run(capsys, "analyze", str(tmp_path), "--format", "json", "--progress")
    assert code == 0
    shares = [int(part.split("%")[0].split()[-1]) for part in err.split("\r") if "%" in part]
    assert 0 < shares[0] < 20 and shares[-1] == 100


def test_the_progress_line_keeps_time_moving_during_one_long_file():
    from framing.progress import TerminalProgress

    stream = io.StringIO()
    bar = TerminalProgress(10, enabled=True, label="analysing", stream=stream)
    bar.TICK = 0.01
    bar.start("long.txt")
    deadline = time.monotonic() + 5
    while "long.txt" not in stream.getvalue() and time.monotonic() < deadline:
        time.sleep(0.01)
    bar.advance(10)
    bar.close()
    assert "long.txt (" in stream.getvalue() and "s so far)" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


@pytest.mark.parametrize("fmt", ["html", "csv", "json"])
def test_output_files_get_the_usual_permissions(capsys, folder, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    old = os.umask(0o022)
    try:
        code, _, _ = run(capsys, "analyze", str(folder), "--format", fmt, "-o", str(out))
    finally:
        os.umask(old)
    assert code == 0
    assert out.stat().st_mode & 0o777 == 0o644
    out.chmod(0o600)  # a file the user keeps private stays private when replaced
    code, _, _ = run(capsys, "analyze", str(folder), "--format", fmt, "-o", str(out), "--force")
    assert out.stat().st_mode & 0o777 == 0o600


def test_the_table_shows_long_suggestions_in_full(capsys, monkeypatch):
    neutral = "not charged; not convicted (state the legal facts)"
    for columns in ("250", "80", "70"):
        monkeypatch.setenv("COLUMNS", columns)
        code, out, _ = run(capsys, "analyze", "cecot-tasnim", "--top", "30")
        assert code == 0
        if columns == "250":
            assert neutral in out
            assert "US embassy in San Salvador" in out
        words = " ".join(out.split())  # wrapped onto more lines, never cut
        assert all(word in words for word in neutral.split())
        assert "verb-distancing" in out  # a word wraps whole
        assert "…" not in out.replace("… and", "")
        table = [line for line in out.splitlines() if line.startswith("  ")]
        assert max(len(line) for line in table) <= int(columns)


def test_counts_are_written_in_good_english(capsys, monkeypatch):
    one = 'Depot Closes\nThe notorious depot is closing. "It is over," said Mayor Ana Ruiz.\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(one))
    code, out, _ = run(capsys, "analyze", "-")
    assert code == 0
    assert "1 quotation," in out and "1 source," in out and "(1 term)" in out
    assert not any(f"1 {noun}s" in out for noun in ("quotation", "source", "loaded term"))
    many = "Depot Closes\n" + '"We will stay," said Ana Ruiz, a driver.\n' * 1_200
    monkeypatch.setattr(sys, "stdin", io.StringIO(many))
    code, out, _ = run(capsys, "analyze", "-")
    assert code == 0
    assert "1,200 quotations" in out and "1200" not in out


def test_the_progress_line_is_closed_before_an_error_is_shown(capsys, folder):
    (folder / "empty.txt").write_bytes(b"")
    argv = ["analyze", str(folder / "depot.txt"), str(folder / "empty.txt"), "--progress"]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert "analysing [" in err
    assert err.splitlines()[-1].startswith("framing: ") and "empty" in err.splitlines()[-1]
    time.sleep(TerminalProgress.TICK * 2)  # no ticker left drawing after the message
    assert capsys.readouterr().err == ""


def test_a_wide_terminal_shows_the_comparison_in_full(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    code, out, _ = run(capsys, "compare", "cecot-tasnim", "cecot-rights", "cecot-wire")
    assert code == 0
    assert "…" not in out
    assert "% quoted words: government or official" in out
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "compare", "cecot-tasnim", "cecot-rights", "cecot-wire")
    assert max(len(line) for line in out.splitlines()) <= 80


def test_without_a_bar_the_progress_logs_one_line_per_finished_item():
    from concurrent.futures import ThreadPoolExecutor

    from framing.progress import TerminalProgress

    stream = io.StringIO()  # not a terminal: no bar is drawn
    bar = TerminalProgress(6, label="grading", stream=stream, log=True)
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(lambda name: bar.advance(name=name), "abcdef"))
    bar.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(" done")[0] for line in lines] == [f"grading: {n}/6" for n in range(1, 7)]
    assert sorted(line[-2] for line in lines) == list("abcdef")
    quiet = io.StringIO()
    TerminalProgress(2, label="grading", stream=quiet).advance(name="a")
    assert quiet.getvalue() == ""


# --- --jobs: a folder analysed in worker processes ------------------------------------------

ROADS = [
    ("Council Votes to Close Depot", '"It costs too much," said Mayor Ana Ruiz.'),
    ("Bridge Reopens After Repairs", "The county said the bridge was safe, officials said."),
    ("Strike Ends", "Union leader Tom Baker claimed the deal was a ‘victory’ for drivers."),
    ("Schools Shut", "“We will reopen soon,” superintendent Maria Lopez said on Monday."),
    ("Port Expands", "According to the port authority, 1,200 jobs were created."),
    ("Rents Rise", 'She said: "We cannot pay." Tenant Rosa Diaz, 41, lives on Elm Street.'),
    ("Flood Warning", "Residents fear the notorious river will flood again, a report warned."),
    ("Library Saved", "“It is ours,” said Priya Shah. “We fought for it,” she added."),
]


@pytest.fixture
def big_folder(tmp_path):
    """Ten articles of three kinds, two that cannot be read, and a read-me."""
    articles = tmp_path / "many"
    articles.mkdir()
    for number, (headline, sentence) in enumerate(ROADS):
        suffix = (".txt", ".md", ".html")[number % 3]
        if suffix == ".html":
            text = (
                f"<html><head><title>{headline}</title></head><body><p>{sentence}</p></body></html>"
            )
        elif suffix == ".md":
            text = f"# {headline}\n\n{sentence}\n"
        else:
            text = f"{headline}\n{sentence}\n"
        (articles / f"{number:02}-story{suffix}").write_text(text, encoding="utf-8")
    (articles / "03a-empty.txt").write_bytes(b"")
    (articles / "05a-binary.txt").write_bytes(bytes(range(256)) * 4)
    (articles / "README.md").write_text("# About these files\n", encoding="utf-8")
    return articles


@pytest.mark.parametrize("form", ["json", "table", "html"])
def test_jobs_give_the_same_report_in_the_same_order_as_one_at_a_time(capsys, big_folder, form):
    code, alone, alone_err = run(
        capsys, "analyze", str(big_folder), "--format", form, "--jobs", "1"
    )
    assert code == 0, alone_err
    code, shared, shared_err = run(
        capsys, "analyze", str(big_folder), "--format", form, "--jobs", "2"
    )
    assert code == 0, shared_err
    assert shared == alone
    for bad in ("03a-empty.txt", "05a-binary.txt"):
        assert bad in alone_err and bad in shared_err
    assert "Traceback" not in shared_err
    assert multiprocessing.active_children() == []  # no worker left behind


def test_jobs_keep_the_order_of_the_files_and_skip_the_bad_ones(capsys, big_folder):
    code, out, _ = run(capsys, "analyze", str(big_folder), "--format", "json", "--jobs", "3")
    assert code == 0
    document = json.loads(out)
    names = [Path(a["name"]).name for a in document["articles"]]
    assert names == sorted(f.name for f in big_folder.glob("0?-story.*"))
    assert [Path(s["file"]).name for s in document["skipped"]] == [
        "03a-empty.txt",
        "05a-binary.txt",
    ]
    speakers = {q["speaker"] for a in document["articles"] for q in a["quotes"]}
    assert {"Ana Ruiz", "Maria Lopez", "Priya Shah"} <= speakers


def test_a_bad_file_given_by_name_stops_the_workers_with_one_line(capsys, big_folder):
    argv = ["analyze", str(big_folder), str(big_folder / "03a-empty.txt"), "--jobs", "2"]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and "Traceback" not in err
    last = err.strip().splitlines()[-1]  # after the notes on the folder's files
    assert last.startswith("framing: ") and "03a-empty.txt" in last
    assert multiprocessing.active_children() == []


def test_ctrl_c_during_a_folder_stops_every_worker(capsys, big_folder, monkeypatch):
    calls = []

    def interrupted(self, amount=1, *, name=""):
        calls.append(name)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(TerminalProgress, "advance", interrupted)
    code, out, err = run(capsys, "analyze", str(big_folder), "--format", "json", "--jobs", "2")
    assert code == 130 and out == ""
    assert err.strip().splitlines()[-1] == "framing: stopped."
    assert multiprocessing.active_children() == []


def test_jobs_must_be_a_whole_number_of_one_or_more(capsys, folder):
    message = assert_one_line_error(*run(capsys, "analyze", str(folder), "--jobs", "0"))
    assert "--jobs" in message and "1 or more" in message


def test_the_help_says_what_jobs_does(capsys):
    code, out, _ = run(capsys, "analyze", "--help")
    assert code == 0
    assert "--jobs N" in out and "at the same time" in " ".join(out.split())


forked = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the workers must inherit the test's stand-in for analyze()",
)


@forked
def test_a_kit_error_in_a_worker_skips_that_file_once_with_its_reason(
    capsys, big_folder, monkeypatch
):
    real = framing.analysis.analyze

    def flaky(article, **options):
        if "Bridge" in article.text:
            raise RuntimeError("boom")
        return real(article, **options)

    monkeypatch.setattr(framing.analysis, "analyze", flaky)
    code, out, err = run(capsys, "analyze", str(big_folder), "--format", "json", "--jobs", "2")
    assert code == 0
    document = json.loads(out)
    assert len(document["articles"]) == len(ROADS) - 1
    assert "RuntimeError: boom" in err and err.count("boom") == 1
    assert [Path(s["file"]).name for s in document["skipped"]] == [
        "01-story.md",
        "03a-empty.txt",
        "05a-binary.txt",
    ]


@forked
def test_a_worker_that_dies_stops_the_run_with_one_plain_line(capsys, big_folder, monkeypatch):
    def dies(article, **options):
        os._exit(3)  # as if the computer had run out of memory

    monkeypatch.setattr(framing.analysis, "analyze", dies)
    code, out, err = run(capsys, "analyze", str(big_folder), "--format", "json", "--jobs", "2")
    assert code == 2 and out == "" and "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("framing: A helper process stopped") and "--jobs 1" in last
    assert multiprocessing.active_children() == []
