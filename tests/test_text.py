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
    """_ascii_word_pieces gives the same words (lowercased) and gap lengths as the regular
    expression on real and random ASCII text, touching joiners ("--", "...") included."""
    import random
    from itertools import accumulate

    from framing.text import _WORD_SPLIT, _ascii_word_pieces

    rng = random.Random(11)
    pieces = [*"ab z09 .'-,;()\n\t_", "u.s", "O'Brien", "mid-March", "end.", " -", "x--y", "..."]
    texts = [load_seed().text.encode("ascii", "replace").decode(), "", " ", ".", "-a-", "a.'b"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(4000)]
    touching = 0
    for text in texts:
        expected = _WORD_SPLIT.split(text.lower())
        quick = _ascii_word_pieces(text)
        assert quick[1::2] == expected[1::2], text
        assert list(accumulate(map(len, quick))) == list(accumulate(map(len, expected))), text
        touching += any(pair in text for pair in ("--", "..", ".-", "'-", "-.", "''"))
    assert touching > 100 and len(texts) - touching > 1000  # both ways tried


def _reference_word_table(text: str) -> tuple[list[int], list[int], list[str]]:
    """Article.word_table as the regular expression alone gives it."""
    from framing.text import _WORD

    norm = normalize(text)
    lower = norm.lower()
    if len(lower) != len(text):
        matches = list(_WORD.finditer(text))
        return (
            [m.start() for m in matches],
            [m.end() for m in matches],
            [norm[m.start() : m.end()].lower() for m in matches],
        )
    matches = list(_WORD.finditer(lower))
    return [m.start() for m in matches], [m.end() for m in matches], [m.group() for m in matches]


def test_word_table_agrees_with_the_regex_outside_ascii():
    """The word table of text with letters and marks outside ASCII (found with an ASCII
    stand-in) is what the regular expression finds: accents, final sigma, "İ", the Kelvin
    sign, digits of other scripts, and more kinds of character than the stand-in takes."""
    import random

    from framing.text import _MAX_STAND_INS

    rng = random.Random(5)
    pieces = [
        *"ab Z09 .'-,\n\t\u00a0",
        *"éÉßΣΑΩİıKſﬁ½²٣Ⅰǅ中ā\u0301\u200b‐–—…•€£©’‘“”«»′",
        "ΟΔΟΣ:Β",
        "Noem’s",
        "café-bar",
        "naïve.",
    ]
    texts = [t for t in (load_seed().text, "Ωmega ΑΣ", "İstanbul ist") if t]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    many = "".join(chr(0x100 + i) + " " for i in range(_MAX_STAND_INS + 5))
    texts += [many, many.upper(), "a" + many]
    for text in texts:
        if text.strip():
            article = Article(text, check_language=False)
            assert article.word_table == _reference_word_table(text), text


def _random_texts(seed: int, count: int) -> list[str]:
    import random

    rng = random.Random(seed)
    pieces = [
        *"aZ9 .,;:!?…'\"’”“‘()-—\n\t\r\u00a0\u2009",
        *" the said U.S. Dr. Mr. Jan. p.m. e.g. 2nd '90s 'em O'Brien x--y ... café ΣΑΣ".split(" "),
        " He ",
        " She ",
        "\n\n",
        "\r\n",
        " \n",
        "\n ",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_plain_boundary_reads_the_last_word_backwards_as_the_search_did():
    """_plain_boundary finds the word before a full stop with one backwards match; the
    loop and forward search it replaced are kept here to compare with."""
    import re

    from framing.text import ABBREVIATIONS, _maybe_boundaries, _plain_boundary

    last_word = re.compile(r"([^\W\d_][\w'’\-]*)[.!?…][\"'”’)\]]*$")

    def reference(text: str, lo: int, match: re.Match[str]) -> bool:
        stop = match.start()
        if text[stop] in "?!…":
            return True
        floor, start = max(lo, stop - 40), stop
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            start -= 1
        word = last_word.search(text, start, match.end())
        if word is None:
            return False
        token = word.group(1)
        return token.islower() and len(token) > 1 and token.lower() not in ABBREVIATIONS

    tried = 0
    for text in [load_seed().text, "x" * 50 + ". The", *_random_texts(3, 3000)]:
        for match in _maybe_boundaries(text):
            for lo in (0, max(0, match.start() - 3), match.start()):
                tried += 1
                assert _plain_boundary(text, lo, match) == reference(text, lo, match), text
    assert tried > 1000


def test_line_ranges_agree_with_a_line_by_line_loop():
    from framing.text import _line_ranges

    def reference(text: str) -> list[tuple[int, int]]:
        ranges, start = [], 0
        for line in text.replace("\r", "\n").split("\n"):
            stripped = line.strip()
            if stripped:
                left = start + len(line) - len(line.lstrip())
                ranges.append((left, left + len(stripped)))
            start += len(line) + 1
        return ranges

    for text in [load_seed().text, "", "\n", "a\rb\r\nc", *_random_texts(4, 3000)]:
        assert _line_ranges(text) == reference(text), text
