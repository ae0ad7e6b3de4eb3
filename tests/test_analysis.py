"""analyze() and its summaries: counts, voices and the numbers of the lessons."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing import Article, analyze, load_seed
from framing.quotes import Quote

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("U.S. officials said no", 4),
        ("it’s mid-March—again…", 3),
        ("O'Brien's migrants' 2nd", 3),
        ("", 0),
    ],
)
def test_quoted_words_are_counted_as_the_article_counts_words(text, words):
    quote = Quote(
        start=0, end=len(text), text=text, kind="direct", paragraph=0, sentence=0, parts=()
    )
    assert quote.words == words
    if text:
        assert Article(text, check_language=False).word_count == words


@pytest.mark.parametrize(
    ("text", "term", "voice"),
    [
        ('Ana Ruiz, the mayor, called the plan "draconian."', "draconian", "Ana Ruiz"),
        ("Ana Ruiz said the draconian plan would fail.", "draconian", "reported: Ana Ruiz"),
        ("The draconian plan failed. Ana Ruiz left.", "draconian", "outlet"),
        ('The plan was called "draconian" in the paper.', "draconian", "quoted: unknown speaker"),
    ],
)
def test_each_loaded_term_has_the_voice_of_the_words_around_it(text, term, voice):
    hits = [h for h in analyze(text).hits if h.term == term]
    assert [h.voice for h in hits] == [voice]


def test_summary_numbers_of_the_seed():
    analysis = analyze(load_seed())
    summary = analysis.summary()
    quoted = [q for q in analysis.quotes if not q.nested]
    assert sum(summary["words_quoted_per_source"].values()) == sum(q.words for q in quoted)
    assert summary["quotations"] == len(quoted)
    assert abs(sum(summary["quoted_share_by_type"].values()) - 1) < 0.01


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Critics slammed the regime.", (1, 0, 1)),
        ("The notorious regime reportedly fell.", (1, 1, 1)),
        ("The council met on Monday.", (0, 0, 0)),
    ],
)
def test_loaded_terms_are_counted_per_group_never_in_one_number(text, counts):
    analysis = analyze(text)
    by_group = dict(zip(("word choice", "verbs and hedges", "contested"), counts, strict=True))
    assert analysis.loaded_terms_by_group() == by_group
    assert analysis.summary()["loaded_terms_by_group"] == by_group
    assert "loaded_terms" not in analysis.summary()
    shown = ", ".join(f"{n} {group}" for group, n in by_group.items())
    assert repr(analysis).endswith(f"loaded terms by group: {shown}>")
