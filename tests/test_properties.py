"""Property and mutation tests: any text gives a result or one clear error, never a crash."""

from __future__ import annotations

import random
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import Article, FramingError, analyze, find_quotes, load_gold, load_seed
from framing.render import highlight
from framing.text import WORD, count_words, normalize

# Pieces of news text, so that generated articles exercise quotes, cues and names,
# mixed with arbitrary Unicode (right-to-left marks, emoji, control characters).
PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    " said ",
    " told AFP",
    "according to ",
    "He ",
    "She ",
    "They ",
    "Ana Ruiz",
    " the ministry",
    ", ",
    ". ",
    ":",
    " - ",
    "\n",
    "\n\n",
    "migrants'",
    "O'Brien",
    "'90s",
    "notorious",
    "thugs",
    "crackdown",
    "\u200f",
    "\u202e",
    "🙂",
    "\t",
    "U.S.",
    "Dr. ",
    "x" * 300,
    "é",
    "\x0b",
    "(",
    ")",
]
newsy = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60).map("".join)
anything = st.text(max_size=400)


def check_offsets(text: str, records) -> None:
    for record in records:
        assert 0 <= record.start <= record.end <= len(text)
        assert text[record.start : record.end] == record.text


class _ArticleText(HTMLParser):
    """Collects the text inside the highlighted article's <div class="fk-article">."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag not in ("br", "wbr", "img")
        elif ("class", "fk-article") in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)

    def handle_entityref(self, name):
        if self.depth:
            self.parts.append(unescape(f"&{name};"))

    def handle_charref(self, name):
        if self.depth:
            self.parts.append(unescape(f"&#{name};"))


def article_text(html: str) -> str:
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def analyze_or_error(text: str):
    try:
        return analyze(Article(text, check_language=False))
    except FramingError as error:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(newsy, anything))
def test_any_text_gives_consistent_records_or_one_error(text):
    analysis = analyze_or_error(text)
    if analysis is None:
        return
    article = analysis.article
    check_offsets(text, article.paragraphs)
    check_offsets(text, article.sentences)
    check_offsets(text, analysis.quotes)
    check_offsets(text, analysis.hits)
    for source in analysis.sources:
        check_offsets(text, source.mentions)
    for quote in analysis.quotes:
        assert quote.speaker is not None or quote.speaker_reason
    # the summary tables agree with the records and with each other
    attributions = len(analysis.attributions)
    assert sum(analysis.attribution_kinds().values()) == attributions
    assert sum(analysis.attributions_per_source().values()) == attributions
    assert sum(analysis.attributions_per_type().values()) == attributions
    quoted = sum(q.words for q in analysis.quotes if not q.nested)
    assert sum(analysis.words_quoted_per_source().values()) == quoted
    shares = analysis.quoted_share_by_type()
    assert not shares or abs(sum(shares.values()) - 1) < 0.01
    # the same text gives the same result
    again = analyze(Article(text, check_language=False))
    assert again.quotes == analysis.quotes
    assert again.attributions == analysis.attributions
    assert again.hits == analysis.hits


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(newsy, anything))
def test_words_cover_every_letter_and_digit_once(text):
    """Words slice to their text, are whole matches of the one word pattern, and what lies
    between them has no letter or digit; a text's words and its count agree."""
    try:
        article = Article(text, check_language=False)
    except FramingError:
        return
    check_offsets(text, article.words)
    ends = [0, *(w.end for w in article.words)]
    starts = [*(w.start for w in article.words), len(text)]
    for word in article.words:
        assert WORD.fullmatch(word.text)
        assert word.norm == normalize(word.text).lower()
    for end, start in zip(ends, starts, strict=True):
        assert not re.search(r"[^\W_]", text[end:start])
    assert article.word_count == count_words(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsy)
def test_highlight_without_its_tags_is_the_original_text(text):
    analysis = analyze_or_error(text)
    if analysis is None:
        return
    html = highlight(analysis)
    assert article_text(html) == text
    assert "<script" not in html.lower()
    assert highlight(analysis) == html


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(newsy, anything))
def test_many_more_texts(text):
    analysis = analyze_or_error(text)
    if analysis is not None:
        check_offsets(text, analysis.quotes)
        assert article_text(highlight(analysis)) == text


# --- mutations of the seed: the 11 speakers stay right -----------------------------------------


def seed_speakers(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text)
    return sorted(
        (q.text.replace("“", '"').replace("”", '"'), q.speaker.name if q.speaker else None)
        for q in analysis.quotes
        if not q.nested
    )


EXPECTED = sorted(
    (load_seed().text[q["start"] : q["end"]], q["speaker"]) for q in load_gold()["quotes"]
)


def curly(text: str) -> str:
    """Straight quotation marks to curly ones, and back for apostrophes."""
    chars = list(text)
    for quote in find_quotes(Article(text)):
        for start, end in quote.parts:
            if chars[start - 1] == '"':
                chars[start - 1] = "“"
            if end < len(chars) and chars[end] == '"':
                chars[end] = "”"
    return "".join(chars).replace("'", "’")


def straight(text: str) -> str:
    return re.sub("[“”]", '"', text).replace("’", "'")


def shuffled(text: str, seed: int) -> str:
    """Shuffle the paragraphs after the lede; a paragraph that continues the one before it
    (it opens with a quotation, a pronoun or "The organization") moves with it."""
    head, lede, *rest = text.split("\n")
    groups: list[list[str]] = []
    for paragraph in rest:
        if groups and re.match(r'["“]|(?:She|He|They|The [a-z]+) ', paragraph):
            groups[-1].append(paragraph)
        else:
            groups.append([paragraph])
    random.Random(seed).shuffle(groups)
    return "\n".join([head, lede, *(p for group in groups for p in group)])


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda t: t, id="unchanged"),
        pytest.param(curly, id="curly-quotes"),
        pytest.param(lambda t: straight(curly(t)), id="curly-and-back"),
        pytest.param(lambda t: t.replace("TEHRAN (Tasnim) - ", "", 1), id="no-dateline"),
        pytest.param(
            lambda t: t.replace("TEHRAN (Tasnim) - ", "WASHINGTON, March 26 (Reuters) - ", 1),
            id="other-dateline",
        ),
        *(pytest.param(lambda t, s=s: shuffled(t, s), id=f"shuffled-{s}") for s in range(5)),
    ],
)
def test_seed_speakers_survive_mutations(mutate):
    text = mutate(load_seed().text)
    got = seed_speakers(text)
    assert [speaker for _, speaker in got] == [speaker for _, speaker in EXPECTED]
