"""analyze() and its summaries: the quick paths give what the plain definitions give."""

from __future__ import annotations

import random
from pathlib import Path

from framing import Article, analyze, load_lexicon, load_seed
from framing.analysis import _voices
from framing.attribution import Source, attribute
from framing.quotes import _WORD, Quote

DATA = Path(__file__).parent / "data"


def _quote(text: str) -> Quote:
    return Quote(0, len(text), text, "direct", 0, 0, ((0, len(text)),))


def test_quote_words_counted_on_bytes_agree_with_the_word_pattern():
    # Quote.words counts with bytes operations where it can; `_WORD` is the rule.
    rng = random.Random(5)
    marks = [*"aZ09 _'-’‘“”—–.,!\"\n", "é", "İ", "\u00a0", "…", "²", "\u0301"]
    texts = ["", "o'brien's mid-march", "a--b -x y- 'tis rock'n'roll", "x-'y", "“It’s—fine”"]
    texts += ["".join(rng.choice(marks) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    for path in sorted(DATA.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [text[i : i + rng.randint(0, 400)] for i in range(0, len(text), 97)]
    for text in texts:
        quote = _quote(text)
        assert quote.words == len(_WORD.findall(text)), text


def _voice_by_search(quotes, reported, offset):
    """What `_voices` gives, found the slow way: the last quoted part starting at or before
    the offset, if it is still open there; else the first reported span around it."""
    parts = sorted((s, e, q) for q in quotes if not q.nested for s, e in q.parts)
    before = [part for part in parts if part[0] <= offset]
    if before and offset < before[-1][1]:
        speaker = before[-1][2].speaker
        return (speaker.name if speaker else "quoted: unknown speaker"), speaker
    for start, end, source in reported:
        if start <= offset < end:
            return f"reported: {source.name}", source
    return None


def test_voices_are_the_speakers_and_reported_spans_around_an_offset():
    rng = random.Random(3)
    lexicon = load_lexicon()
    for path in [*sorted((DATA / "attribution").glob("*.txt"))[:3], None]:
        article = load_seed() if path is None else Article(path.read_text(encoding="utf-8"))
        found = attribute(article, lexicon=lexicon)
        sources = [*found.sources, Source("Someone", "other")]
        cases = [found.reported, ()]
        for _ in range(10):  # nested, overlapping and touching spans, sorted by start
            spans = []
            for _ in range(rng.randint(1, 20)):
                start = rng.randrange(len(article.text))
                spans.append((start, start + rng.randint(0, 400), rng.choice(sources)))
            cases.append(tuple(sorted(spans, key=lambda span: span[:2])))
        for reported in cases:
            for quotes in (found.quotes, ()):
                voice_of = _voices(quotes, reported)
                for offset in range(0, len(article.text), 7):
                    expected = _voice_by_search(quotes, reported, offset)
                    assert voice_of(offset) == expected, (offset, reported)


def test_summary_numbers_of_the_seed():
    analysis = analyze(load_seed())
    summary = analysis.summary()
    quoted = [q for q in analysis.quotes if not q.nested]
    assert sum(summary["words_quoted_per_source"].values()) == sum(q.words for q in quoted)
    assert summary["quotations"] == len(quoted)
    assert abs(sum(summary["quoted_share_by_type"].values()) - 1) < 0.01
