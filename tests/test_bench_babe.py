"""bench/babe.py on a tiny file in BABE's format, made up here (no BABE sentence is used)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from bench_import import BENCH, load_script


@pytest.fixture(scope="module")
def babe():
    return load_script(BENCH / "babe.py", "babe_bench")


ROWS = [
    # text; label; marked words
    ("The senator slammed the absurd plan on Tuesday.", "Biased", "['slammed', 'absurd']"),
    ("The council met on Tuesday to discuss the budget.", "Non-biased", "[]"),
    ("Critics called it a sham, and the mayor claimed it works.", "Biased", "['sham', 'claimed']"),
    ('"These thugs must go," the sheriff said of the protesters.', "Biased", "['thugs']"),
    ("The notorious gang recruited teenagers.", "Biased", "['gang']"),
]


def write(path: Path) -> Path:
    header = "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header.split(";"))
        writer.writerows([t, "", "", "", "", label, "", marked] for t, label, marked in ROWS)
    return path


def test_scores_by_voice_word_and_sentence(babe, tmp_path):
    scores = babe.Scores()
    lexicon = babe.load_lexicon()
    for row in babe.read_rows(write(tmp_path / "mini.csv")):
        babe.score_row(row, lexicon, scores)
    outlet = scores.tallies["outlet"]
    # slammed, absurd, sham are right; notorious is not (the experts marked "gang");
    # "claimed" is a verb-* stance and is not scored.
    assert (outlet.hits, outlet.right) == (4, 3)
    assert outlet.entries_right["slam"] == 1 and outlet.entries["notorious"] == 1
    assert "claim" not in outlet.entries
    assert outlet.marked == 5 and outlet.found == 3  # claimed and gang are missed
    quoted = scores.tallies["quoted"]
    assert (quoted.hits, quoted.marked, quoted.found) == (1, 1, 1)  # "thugs", the sheriff's
    assert scores.sentences == {"tp": 3, "tn": 1, "fn": 1}


def test_inflections_match_but_other_words_do_not(babe):
    assert babe.same_word("slam", "slammed") and babe.same_word("bully", "bullied")
    assert not babe.same_word("slam", "slate")


def test_the_split_is_deterministic_and_about_a_quarter(babe):
    sentences = [f"Sentence number {i} about the budget." for i in range(2000)]
    blind = [s for s in sentences if babe.is_blind(s)]
    assert 0.2 < len(blind) / len(sentences) < 0.3
    assert blind == [s for s in sentences if babe.is_blind(s)]


def test_a_missing_file_is_skipped_with_a_message(babe, tmp_path, capsys):
    assert babe.main(["--babe", str(tmp_path / "nowhere.csv")]) == 0
    assert "Skipped: no BABE file" in capsys.readouterr().out


def test_the_report_runs_on_a_file(babe, tmp_path, capsys):
    assert babe.main(["--babe", str(write(tmp_path / "mini.csv")), "--part", "all"]) == 0
    out = capsys.readouterr().out
    assert "outlet" in out and "Sentence level" in out
