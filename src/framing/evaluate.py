"""Score the engine against a hand annotation: ``python -m framing.evaluate ARTICLE GOLD [--json]``.

The annotation uses the schema of ``seeds/cecot-tasnim.gold.json``: quotations
with offsets and speakers, attributed sentences (paragraph = line of the file,
``starts`` = the sentence's opening words), loaded terms with their voice.

Scores: quotation spans (a quotation counts as found when the two spans overlap
by at least 80% of each), speakers of the found quotations (a pronoun counts
only if resolved to the right source), attributed sentences (sentence × source
pairs; ``optional`` items neither help nor hurt), per-source count errors, and
loaded terms found with the right voice. An annotation made for another text is
refused with one sentence, not scored.

What it can not tell you: an annotation is one careful reader's judgement;
borderline cases are marked optional, and a score on a handful of articles is a
rough guide, not a guarantee for the next article.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .analysis import Analysis, analyze
from .annotation import line_starts, sentence_of, spans_match, term_span
from .attribution import Source
from .errors import FramingError
from .text import Article
from .wording import plural

__all__ = ["check_fits", "evaluate", "main"]

_ARTICLES = re.compile(r"^(?:the|a|an)\s+")
_PRONOUNS = frozenset("he she they it we i him her them".split())


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return _ARTICLES.sub("", re.sub(r"\s+", " ", text.strip(" .,")))


class _SourceMap:
    """Maps the engine's sources to the annotation's source keys."""

    def __init__(self, gold_sources: Mapping[str, Mapping[str, Any]]) -> None:
        self.names: dict[str, str] = {}
        self.mentions: dict[str, str] = {}
        # one-word mentions and the sources that have each: "One" (for "a fan online")
        self.words: dict[str, set[str]] = {}
        for key, info in gold_sources.items():
            self.names[_norm(key)] = key
            for mention in info.get("mentions", []):
                norm = _norm(mention)
                if norm and norm not in _PRONOUNS:
                    self.mentions.setdefault(norm, key)
                    if len(norm.split()) == 1:
                        self.words.setdefault(norm, set()).add(key)

    def __call__(self, source: Source | None) -> str | None:
        if source is None:
            return None
        name = _norm(source.name)
        if name in self.names:
            return self.names[name]
        if name in self.mentions:
            return self.mentions[name]
        for mention in source.mentions:
            norm = _norm(mention.text)
            if (norm in self.mentions and len(norm.split()) >= 2) or norm in self.names:
                return self.mentions.get(norm) or self.names[norm]
        # an unnamed source the text calls by one word that only one annotated source has
        # ("One wrote:" for "one of the fans")
        if source.unnamed:
            for mention in source.mentions:
                keys = self.words.get(_norm(mention.text), set())
                if len(keys) == 1:
                    return next(iter(keys))
        # a longer or shorter way of naming: "law firm" and "a law firm hired by Caracas"
        for norm, key in [*self.names.items(), *self.mentions.items()]:
            if len(name) >= 6 and (name in norm or norm in name) and len(norm) >= 6:
                return key
        return f"(not annotated) {source.name}"


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def evaluate(analysis_or_text: Analysis | Article | str, gold: Mapping[str, Any]) -> dict[str, Any]:
    """Compare an analysis with an annotation; returns the scores as a dict.

    Raises `FramingError` when the annotation was made for another text (its
    quotations fall outside this one, or most of its sentences are not there).
    """
    for key in ("sources", "quotes", "attributions"):
        if key not in gold:
            raise FramingError(f'The annotation has no "{key}" list, so it cannot be scored.')
    analysis = (
        analysis_or_text if isinstance(analysis_or_text, Analysis) else analyze(analysis_or_text)
    )
    check_fits(analysis.article, gold)
    lines = line_starts(analysis.article.text)
    source_of = _SourceMap(gold["sources"])
    details: list[str] = []
    scores = {
        **_score_quotes(analysis, gold, source_of, details),
        **_score_attributions(analysis, gold, source_of, lines, details),
        "source_type_accuracy": _score_types(analysis, gold, source_of, details),
        **_score_terms(analysis, gold, source_of, lines, details),
    }
    return {**scores, "details": details}


def check_fits(article: Article, gold: Mapping[str, Any]) -> None:
    """Raise `FramingError` unless the annotation was made for this article's text: every
    quotation must lie inside the text, and at least half of the annotated sentences must
    start where the annotation says (a few may move when a text is corrected)."""
    made_for = (gold.get("article") or {}).get("file") if isinstance(gold, Mapping) else None
    was_made_for = f' (it was made for "{made_for}")' if made_for else ""
    length = len(article.text)
    outside = [q for q in gold["quotes"] if not 0 <= q["start"] < q["end"] <= length]
    lines = line_starts(article.text)
    annotated = [*gold["attributions"], *gold.get("not_attributions", [])]
    missing = [item for item in annotated if sentence_of(article, item, lines) is None]
    if outside or (len(annotated) >= 2 and len(missing) > len(annotated) / 2):
        raise FramingError(
            f"The annotation does not fit this text{was_made_for}: "
            f"{plural(len(outside), 'quotation')} outside the text and "
            f"{len(missing)} of {plural(len(annotated), 'annotated sentence')} not found, "
            "so give the article it was made for."
        )


def _score_quotes(
    analysis: Analysis, gold: Mapping[str, Any], source_of: _SourceMap, details: list[str]
) -> dict[str, Any]:
    text = analysis.article.text
    predicted = [q for q in analysis.quotes if not q.nested]
    used: set[int] = set()
    found = speakers_right = 0
    for g in gold["quotes"]:
        match = _matching_quote(predicted, used, g["start"], g["end"])
        if match is None:
            details.append(f"missed quotation {text[g['start'] : g['end']][:50]!r}")
            continue
        used.add(match)
        found += 1
        got = source_of(predicted[match].speaker)
        if got == g.get("speaker"):
            speakers_right += 1
        else:
            details.append(
                f"speaker of {text[g['start'] : g['end']][:40]!r}: "
                f"expected {g.get('speaker')}, got {got}"
            )
    extra = [q for i, q in enumerate(predicted) if i not in used]
    details.extend(f"extra quotation {q.text[:50]!r}" for q in extra)
    precision, recall, f1 = _f1(found, len(extra), len(gold["quotes"]) - found)
    return {
        "quotes_gold": len(gold["quotes"]),
        "quotes_found": found,
        "quote_precision": precision,
        "quote_recall": recall,
        "quote_f1": f1,
        "quote_speaker_accuracy": round(speakers_right / found, 4) if found else 0.0,
    }


def _matching_quote(predicted: Sequence[Any], used: set[int], start: int, end: int) -> int | None:
    """The first unused quotation that marks the same words as the annotated span."""
    for i, q in enumerate(predicted):
        if i not in used and spans_match((q.start, q.end), (start, end)):
            return i
    return None


def _score_attributions(
    analysis: Analysis,
    gold: Mapping[str, Any],
    source_of: _SourceMap,
    lines: list[int],
    details: list[str],
) -> dict[str, Any]:
    article = analysis.article
    required: set[tuple[int, str]] = set()
    optional: set[tuple[int, str]] = set()
    for item in gold["attributions"]:
        sentence = sentence_of(article, item, lines)
        if sentence is None:
            details.append(f"annotation sentence not found: {item['starts']!r}")
            continue
        (optional if item.get("optional") else required).add((sentence, item["source"]))
    predicted_pairs = {(a.sentence, source_of(a.source)) for a in analysis.attributions}
    scored = predicted_pairs - optional
    fp_pairs = scored - required
    fn_pairs = required - predicted_pairs
    precision, recall, f1 = _f1(len(scored & required), len(fp_pairs), len(fn_pairs))
    for s, key in sorted(fp_pairs, key=str):
        details.append(f"extra attribution to {key}: {article.sentences[s].text[:60]!r}")
    for s, key in sorted(fn_pairs, key=str):
        details.append(f"missed attribution to {key}: {article.sentences[s].text[:60]!r}")
    flagged = []
    for item in gold.get("not_attributions", []):
        sentence = sentence_of(article, item, lines)
        if sentence is not None and any(s == sentence for s, _ in scored):
            flagged.append(item["starts"])
    details.extend(f"flagged a non-attribution: {s!r}" for s in flagged)
    gold_counts = Counter(key for _, key in required)
    got_counts = Counter(key for _, key in scored)
    return {
        "attribution_precision": precision,
        "attribution_recall": recall,
        "attribution_f1": f1,
        "not_attributions_flagged": len(flagged),
        "source_count_errors": {
            key: got_counts.get(key, 0) - gold_counts.get(key, 0)
            for key in sorted(set(gold_counts) | set(got_counts), key=str)
            if got_counts.get(key, 0) != gold_counts.get(key, 0)
        },
    }


def _score_types(
    analysis: Analysis, gold: Mapping[str, Any], source_of: _SourceMap, details: list[str]
) -> float:
    right = total = 0
    for source in analysis.sources:
        key = source_of(source)
        info = gold["sources"].get(key) if key else None
        if info and info.get("type"):
            total += 1
            if info["type"] == source.type:
                right += 1
            else:
                details.append(f"type of {source.name}: expected {info['type']}, got {source.type}")
    return round(right / total, 4) if total else 1.0


def _score_terms(
    analysis: Analysis,
    gold: Mapping[str, Any],
    source_of: _SourceMap,
    lines: list[int],
    details: list[str],
) -> dict[str, Any]:
    text = analysis.article.text
    terms = [t for t in gold.get("loaded_terms", []) if not t.get("optional")]
    found = voices_right = 0
    for t in terms:
        span = term_span(text, t, lines)
        hit = next(
            (h for h in analysis.hits if span and h.start < span[1] and span[0] < h.end), None
        )
        if hit is None:
            details.append(f"loaded term not found: {t['term']!r} (paragraph {t['paragraph']})")
            continue
        found += 1
        voice = "outlet" if hit.voice == "outlet" else source_of(hit.voice_source)
        if voice == t["voice"]:
            voices_right += 1
        else:
            details.append(f"voice of {t['term']!r}: expected {t['voice']}, got {voice}")
    return {
        "loaded_terms_found": f"{found}/{len(terms)}",
        "loaded_term_voice_accuracy": round(voices_right / found, 4) if found else 0.0,
    }


def _read(path: str, what: str) -> str:
    file = Path(path)
    if not file.is_file():
        raise FramingError(f'No {what} file at "{path}". Check the name and the folder.')
    try:
        return file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FramingError(f'"{path}" is not UTF-8 text. Save it as UTF-8 and try again.') from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m framing.evaluate",
        description="Score framing-kit's attribution engine against a hand annotation.",
    )
    parser.add_argument("article", help="the article as a UTF-8 text file")
    parser.add_argument("gold", help="its annotation, in the schema of seeds/*.gold.json")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    try:
        text = _read(args.article, "article")
        try:
            gold = json.loads(_read(args.gold, "annotation"))
        except json.JSONDecodeError as error:
            raise FramingError(
                f'"{args.gold}" is not valid JSON ({error.msg}, line {error.lineno}).'
            ) from None
        scores = evaluate(Article(text), gold)
    except FramingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        print(_report(scores, as_json=args.json), flush=True)
    except BrokenPipeError:  # `... | head` closed the pipe early: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _report(scores: dict[str, Any], *, as_json: bool) -> str:
    if as_json:
        return json.dumps(scores, ensure_ascii=False)
    lines = [f"{key:28} {value}" for key, value in scores.items() if key != "details"]
    if scores["details"]:
        lines += ["", "What differs:", *(f"  - {line}" for line in scores["details"])]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
