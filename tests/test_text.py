"""The text model: offsets, headlines, datelines, sentences, bad input."""

from __future__ import annotations

import pytest

from framing import Article, FramingError, find_quotes
from framing.text import count_words, normalize


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
        ('"We won," said J.D. Hale. Fans cheered.', ['"We won," said J.D. Hale.', "Fans cheered."]),
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


@pytest.mark.parametrize(
    ("text", "headline", "quotations"),
    [
        # a page's label line (a section, the outlet, "Advertisement") above the headline:
        # the headline is the second line, and its single marks are quotation marks
        (
            "City News\n\nRiver ‘dirty, not lost’ say experts\n\nIt is “brown,” Ana Ruiz said.",
            "River ‘dirty, not lost’ say experts",
            ["dirty, not lost", "brown,"],
        ),
        (
            "Advertisement\n\nTarrow fans ‘gutted’ – Okoro\n\nThe coach, Tom Okoro, is “sad”.",
            "Tarrow fans ‘gutted’ – Okoro",
            ["gutted", "sad"],
        ),
        # a short headline with a small word is the headline itself, not a label
        (
            "Storm hits Tarrow\n\nFrom this week's paper\n\nIt rained “a lot”.",
            "Storm hits Tarrow",
            ["a lot"],
        ),
        # a short headline above a sentence that ends inside its closing mark
        (
            "Port Strike Ends\nAna Ruiz said it was “a win.”\nThe firm was quiet.",
            "Port Strike Ends",
            ["a win."],
        ),
        # a label with nothing below that looks like a headline stays the headline
        ("Local News\n\nIt rained all day in Tarrow.\n\nThen it stopped.", "Local News", []),
    ],
)
def test_a_label_line_above_the_headline(text, headline, quotations):
    article = Article(text, check_language=False)
    assert article.headline.text == headline
    assert [text[q.open + 1 : q.close] for q in article.raw_quotes] == quotations


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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("U.S. officials met O’Brien.", ["U.S", "officials", "met", "O’Brien"]),
        (
            "The migrants’ camp and the migrants' lawyers",
            [*"The migrants camp and".split(), *"the migrants lawyers".split()],
        ),
        (
            "It’s a mid-March, mid‑March and so-called plan",
            ["It’s", "a", "mid-March", "mid‑March", "and", "so-called", "plan"],
        ),
        ("officials—including the mayor—said", ["officials", "including", "the", "mayor", "said"]),
        ("1990–2000 and x--y", ["1990", "2000", "and", "x", "y"]),
        ("“Quoted,” she said… (twice) ‘again’", ["Quoted", "she", "said", "twice", "again"]),
        ("rock 'n' roll in the '90s", ["rock", "n", "roll", "in", "the", "90s"]),
        ("Café naïve ΟΔΟΣ 2nd e.g. end.", ["Café", "naïve", "ΟΔΟΣ", "2nd", "e.g", "end"]),
        ("snake_case a_b", ["snake", "case", "a", "b"]),
    ],
)
def test_words_on_real_text(text, words):
    article = Article(text, check_language=False)
    assert [w.text for w in article.words] == words
    assert article.word_count == count_words(text) == len(words)


def test_word_forms_are_lowercase_with_plain_apostrophes_and_hyphens():
    article = Article("O’Brien’s MID‑MARCH visit to the U.S.", check_language=False)
    assert [w.norm for w in article.words] == [
        "o'brien's",
        "mid-march",
        "visit",
        "to",
        "the",
        "u.s",
    ]


def test_a_quotation_counts_its_words_as_the_article_does():
    """Two words, "U.S. officials", inside a quotation and outside it."""
    text = 'U.S. officials said "U.S. officials lied—twice," and O’Brien said “it’s mid-March.”'
    article = Article(text, check_language=False)
    quotes = find_quotes(article)
    assert [q.words for q in quotes] == [4, 2]
    outside = text[: quotes[0].start - 1] + text[quotes[0].end + 1 : quotes[1].start - 1]
    assert article.word_count == sum(q.words for q in quotes) + count_words(outside) == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They left the World Health Organization (W.H.O.), claiming it failed.",
            ["They left the World Health Organization (W.H.O.), claiming it failed."],
        ),
        (
            "It grew after Brown v. Board of Ed. decision was made. Then it fell.",
            ["It grew after Brown v. Board of Ed. decision was made.", "Then it fell."],
        ),
        (
            "He called them “invertebrates…” But what of the voters?",
            ["He called them “invertebrates…”", "But what of the voters?"],
        ),
        ("We waited… and waited. Then it came.", ["We waited… and waited.", "Then it came."]),
        ('"Why? Why now?" she asked. "Go."', ['"Why? Why now?" she asked.', '"Go."']),
        (
            "The rate rose 2.5 per cent. 3,000 jobs went.",
            ["The rate rose 2.5 per cent.", "3,000 jobs went."],
        ),
        ("It was big. émile Zola said so.", ["It was big. émile Zola said so."]),
        ("Prices rose. $5 million was spent.", ["Prices rose.", "$5 million was spent."]),
    ],
)
def test_a_sentence_starts_with_a_capital_or_a_digit(text, expected):
    assert sentences(text, headline=False) == expected


def test_sentences_and_paragraphs_of_a_long_text_keep_their_offsets():
    paragraph = 'Ms. Ruiz said: "It is over. We won." Dr. Lee disagreed.'
    text = "\n\n".join([paragraph] * 300)
    article = Article(text, headline=False)
    assert len(article.paragraphs) == 300
    assert len(article.sentences) == 600
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert article.sentence_at(sentence.start) == sentence


def test_line_ranges_trim_each_line_and_skip_blank_ones():
    text = "  Headline Here  \r\nFirst line.\r\n\t\nSecond line. "
    a = Article(text, check_language=False)
    assert [p.text for p in a.paragraphs] == ["Headline Here", "First line.", "Second line."]


@pytest.mark.parametrize(
    "text",
    [
        "“We won’t,” O’Brien said of the migrants’ camp.",
        "‘It’s over,’ the U.S. envoy said—twice.",
        "“Don’t,” she said. “Not now.”",
    ],
)
def test_curly_and_straight_marks_give_the_same_tokens(text):
    straight = normalize(text)
    curly_tokens = Article(text, check_language=False).tokens
    straight_tokens = Article(straight, check_language=False).tokens
    assert [(t.start, t.end) for t in curly_tokens] == [(t.start, t.end) for t in straight_tokens]
    assert [t.text for t in curly_tokens] == [text[t.start : t.end] for t in curly_tokens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page that lost the space after a full stop still has two sentences
        (
            "The holes came back.T.Veeresh, a baker, said it was sad.",
            ["The holes came back.", "T.Veeresh, a baker, said it was sad."],
        ),
        (
            "A view of the river on Monday morning.Credit: Ana Ruiz",
            ["A view of the river on Monday morning.", "Credit: Ana Ruiz"],
        ),
        ("Prices rose sharply.Traders sold.", ["Prices rose sharply.", "Traders sold."]),
        # initials, abbreviations, web and mail addresses and quotations stay whole
        (
            "The U.S. envoy met J.P. Morgan staff and T.Veeresh at 5 p.m.Then he left.",
            ["The U.S. envoy met J.P. Morgan staff and T.Veeresh at 5 p.m.Then he left."],
        ),
        (
            "See www.Tarrow.gov or write to ana.Ruiz@mail.com for help.",
            ["See www.Tarrow.gov or write to ana.Ruiz@mail.com for help."],
        ),
        (
            '"We left our homes.We had to," she said.',
            ['"We left our homes.We had to," she said.'],
        ),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_ends_it(text, expected):
    assert sentences(text, headline=False) == expected
