"""The text model: offsets, headlines, datelines, sentences, bad input."""

from __future__ import annotations

import pytest

from framing import Article, FramingError, load_seed
from framing.text import normalize


def sentences(text: str, **kw) -> list[str]:
    return [s.text for s in Article(text, check_language=False, **kw).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said, "Leave now." She left.', ['He said, "Leave now."', "She left."]),
        ('"Stop. Now," he said. Then he ran.', ['"Stop. Now," he said.', "Then he ran."]),
        ('"Leave now!" he shouted at them.', ['"Leave now!" he shouted at them.']),
        (
            "Dr. Smith met Gen. Jones in the U.S. capital.",
            ["Dr. Smith met Gen. Jones in the U.S. capital."],
        ),
        (
            "Sen. Ruiz spoke at 5 p.m. on Tuesday. He left.",
            ["Sen. Ruiz spoke at 5 p.m. on Tuesday.", "He left."],
        ),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        (
            "The march began on St. Mark's Square on Jan. 5 at noon.",
            ["The march began on St. Mark's Square on Jan. 5 at noon."],
        ),
        (
            "First paragraph ends here\nSecond one starts here.",
            ["First paragraph ends here", "Second one starts here."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text, headline=False) == expected


def test_every_unit_slices_to_its_text():
    text = (
        "Mayor Says “No”\r\nLONDON (Wire) — “We won’t,” she said.\r\n\r\n"
        "The O’Brien family’s house, the migrants’ camp."
    )
    a = Article(text, check_language=False)
    for unit in (*a.paragraphs, *a.sentences, *a.tokens, *a.words):
        assert text[unit.start : unit.end] == unit.text
    assert a.text is text


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Headline Here\nTEHRAN (Tasnim) - Officials met on Monday.", "TEHRAN", "Tasnim"),
        (
            "Headline Here\nSAN SALVADOR, El Salvador (AP) — Officials met.",
            "SAN SALVADOR, El Salvador",
            "AP",
        ),
        ("Headline Here\nKYIV, March 3 (Reuters) - Officials met.", "KYIV, March 3", "Reuters"),
        ("Headline Here\nLONDON — Officials met on Monday.", "LONDON", None),
    ],
)
def test_datelines_are_kept_out_of_the_first_sentence(text, place, agency):
    a = Article(text, check_language=False)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.sentences[1].text.startswith("Officials met")


@pytest.mark.parametrize(
    "text",
    [
        "NOTE: officials met on Monday.\nThey agreed.",
        "Officials met on Monday - and agreed.\nThey left.",
    ],
)
def test_no_dateline_where_there_is_none(text):
    assert Article(text, check_language=False).dateline is None


def test_headline_is_the_first_line_when_it_looks_like_one():
    assert Article("Rain Hits Town\nIt rained all day.").headline.text == "Rain Hits Town"
    assert Article("It rained all day.\nThen it stopped.").headline is None
    assert Article("It rained all day.").headline is None
    assert Article("Rain\nIt rained.", headline=True).headline.text == "Rain"


def test_blank_line_paragraphs_and_headline_above_them():
    text = "Rain Hits Town\nIt rained all day,\nand into the night.\n\nThen it stopped."
    a = Article(text)
    assert [p.text for p in a.paragraphs] == [
        "Rain Hits Town",
        "It rained all day,\nand into the night.",
        "Then it stopped.",
    ]


def test_normalize_keeps_length():
    raw = "“Quote” – it’s\u00a0here — ok"
    assert len(normalize(raw)) == len(raw)
    assert normalize(raw) == '"Quote" - it\'s here - ok'


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        (None, "missing"),
        (b"bytes here", "bytes"),
        (["a", "b"], "a list"),
        (42, "an int"),
        ("x" * 5_000_001, "Split it"),
        ("text\x00with nul", "binary"),
        ("<!DOCTYPE html><html><body>hi</body></html>", "read_article"),
        ("Это статья на русском языке о политике и выборах в стране. " * 5, "English"),
        ("Dies ist ein Artikel auf Deutsch über Politik und Wahlen im Land heute. " * 5, "English"),
    ],
)
def test_bad_input_gets_one_plain_error(value, fragment):
    with pytest.raises(FramingError) as info:
        Article(value)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message and "Traceback" not in message


def test_odd_but_valid_text_gives_a_result():
    for text in ['"', "“unclosed", "...", "a", "!!! ???", "\u200f\u202e", "x" * 10_000]:
        a = Article(text, check_language=False)
        assert a.sentences


def test_ascii_word_split_without_regex_agrees_with_the_regex():
    """_ascii_word_pieces gives the same words and gap lengths as the regular expression
    (or None, which sends the text to the expression) on real and random ASCII text."""
    import random
    from itertools import accumulate

    from framing.text import _ASCII_WORD_SPLIT, _ascii_word_pieces

    rng = random.Random(11)
    pieces = [*"ab z09 .'-,;()\n\t_", "u.s", "o'brien", "mid-march", "end.", " -", "x--y", "..."]
    texts = [load_seed().text.lower().encode("ascii", "replace").decode()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(4000)]
    fell_back = 0
    for text in texts:
        expected = _ASCII_WORD_SPLIT.split(text)
        quick = _ascii_word_pieces(text)
        if quick is None:
            fell_back += 1
            continue
        assert quick[1::2] == expected[1::2], text
        assert list(accumulate(map(len, quick))) == list(accumulate(map(len, expected))), text
    assert fell_back > 100 and len(texts) - fell_back > 1000  # both ways tried
