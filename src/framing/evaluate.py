"""Score the engine against a hand annotation: ``python -m framing.evaluate ARTICLE GOLD [--json]``.

The annotation uses the schema of ``seeds/cecot-tasnim.gold.json``: quotations
with offsets and speakers, attributed sentences (paragraph = line of the file,
``starts`` = the sentence's opening words), loaded terms with their voice.

Scores: quotation spans (a quotation counts as found when the two spans overlap
by at least 80% of each), speakers of the found quotations (a pronoun counts
only if resolved to the right source), attributed sentences (sentence × source
pairs; ``optional`` items neither help nor hurt), per-source count errors, and
loaded terms found with the right voice.

What it can not tell you: an annotation is one careful reader's judgement;
borderline cases are marked optional, and a score on a handful of articles is a
rough guide, not a guarantee for the next article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .analysis import Analysis, analyze
from .attribution import Source
from .errors import FramingError
from .text import Article

__all__ = ["evaluate", "main"]

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
        for key, info in gold_sources.items():
            self.names[_norm(key)] = key
            for mention in info.get("mentions", []):
                norm = _norm(mention)
                if norm and norm not in _PRONOUNS:
                    self.mentions.setdefault(norm, key)

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
        # a longer or shorter way of naming: "law firm" and "a law firm hired by Caracas"
        for norm, key in [*self.names.items(), *self.mentions.items()]:
            if len(name) >= 6 and (name in norm or norm in name) and len(norm) >= 6:
                return key
        return f"(not annotated) {source.name}"


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for match in re.finditer("\n", text):
        starts.append(match.end())
    return starts


def _sentence_of(article: Article, lines: list[int], paragraph: int, starts: str) -> int | None:
    if paragraph >= len(lines):
        return None
    line_end = lines[paragraph + 1] if paragraph + 1 < len(lines) else len(article.text)
    offset = article.text.find(starts, lines[paragraph], line_end)
    if offset < 0:
        return None
    for sentence in article.sentences:
        if sentence.end > offset:
            return sentence.index
    return None


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def evaluate(analysis_or_text: Analysis | Article | str, gold: Mapping[str, Any]) -> dict[str, Any]:
    """Compare an analysis with an annotation; returns the scores as a dict."""
    analysis = (
        analysis_or_text if isinstance(analysis_or_text, Analysis) else analyze(analysis_or_text)
    )
    for key in ("sources", "quotes", "attributions"):
        if key not in gold:
            raise FramingError(f'The annotation has no "{key}" list, so it cannot be scored.')
    article = analysis.article
    source_of = _SourceMap(gold["sources"])
    details: list[str] = []

    # quotations
    predicted = [q for q in analysis.quotes if not q.nested]
    used: set[int] = set()
    found = speakers_right = 0
    for g in gold["quotes"]:
        g_len = g["end"] - g["start"]
        match = None
        for i, q in enumerate(predicted):
            overlap = min(q.end, g["end"]) - max(q.start, g["start"])
            if i not in used and overlap >= 0.8 * g_len and overlap >= 0.8 * (q.end - q.start):
                match = i
                break
        if match is None:
            details.append(f"missed quotation {article.text[g['start'] : g['end']][:50]!r}")
            continue
        used.add(match)
        found += 1
        got = source_of(predicted[match].speaker)
        if got == g.get("speaker"):
            speakers_right += 1
        else:
            details.append(
                f"speaker of {article.text[g['start'] : g['end']][:40]!r}: "
                f"expected {g.get('speaker')}, got {got}"
            )
    extra = [q for i, q in enumerate(predicted) if i not in used]
    details.extend(f"extra quotation {q.text[:50]!r}" for q in extra)
    q_p, q_r, q_f = _f1(found, len(extra), len(gold["quotes"]) - found)

    # attributed sentences
    lines = _line_starts(article.text)
    required: set[tuple[int, str]] = set()
    optional: set[tuple[int, str]] = set()
    for item in gold["attributions"]:
        sentence = _sentence_of(article, lines, item["paragraph"], item["starts"])
        if sentence is None:
            details.append(f"annotation sentence not found: {item['starts']!r}")
            continue
        (optional if item.get("optional") else required).add((sentence, item["source"]))
    predicted_pairs = {(a.sentence, source_of(a.source)) for a in analysis.attributions}
    scored = predicted_pairs - optional
    tp = len(scored & required)
    fp_pairs = scored - required
    fn_pairs = required - predicted_pairs
    a_p, a_r, a_f = _f1(tp, len(fp_pairs), len(fn_pairs))
    for s, key in sorted(fp_pairs, key=str):
        details.append(f"extra attribution to {key}: {article.sentences[s].text[:60]!r}")
    for s, key in sorted(fn_pairs, key=str):
        details.append(f"missed attribution to {key}: {article.sentences[s].text[:60]!r}")
    flagged = []
    for item in gold.get("not_attributions", []):
        sentence = _sentence_of(article, lines, item["paragraph"], item["starts"])
        if sentence is not None and any(s == sentence for s, _ in scored):
            flagged.append(item["starts"])
    details.extend(f"flagged a non-attribution: {s!r}" for s in flagged)

    gold_counts = Counter(key for _, key in required)
    got_counts = Counter(key for _, key in scored)
    count_errors = {
        key: got_counts.get(key, 0) - gold_counts.get(key, 0)
        for key in sorted(set(gold_counts) | set(got_counts), key=str)
        if got_counts.get(key, 0) != gold_counts.get(key, 0)
    }

    # types
    types_right = types_total = 0
    for source in analysis.sources:
        key = source_of(source)
        info = gold["sources"].get(key) if key else None
        if info and info.get("type"):
            types_total += 1
            if info["type"] == source.type:
                types_right += 1
            else:
                details.append(f"type of {source.name}: expected {info['type']}, got {source.type}")

    # loaded terms
    terms = [t for t in gold.get("loaded_terms", []) if not t.get("optional")]
    terms_found = voices_right = 0
    for t in terms:
        start = lines[t["paragraph"]] if t["paragraph"] < len(lines) else 0
        end = lines[t["paragraph"] + 1] if t["paragraph"] + 1 < len(lines) else len(article.text)
        where = article.text.lower().find(t["term"].lower(), start, end)
        hit = next(
            (
                h
                for h in analysis.hits
                if where >= 0 and h.start < where + len(t["term"]) and where < h.end
            ),
            None,
        )
        if hit is None:
            details.append(f"loaded term not found: {t['term']!r} (paragraph {t['paragraph']})")
            continue
        terms_found += 1
        voice = "outlet" if hit.voice == "outlet" else source_of(hit.voice_source)
        if voice == t["voice"]:
            voices_right += 1
        else:
            details.append(f"voice of {t['term']!r}: expected {t['voice']}, got {voice}")

    return {
        "quotes_gold": len(gold["quotes"]),
        "quotes_found": found,
        "quote_precision": q_p,
        "quote_recall": q_r,
        "quote_f1": q_f,
        "quote_speaker_accuracy": round(speakers_right / found, 4) if found else 0.0,
        "attribution_precision": a_p,
        "attribution_recall": a_r,
        "attribution_f1": a_f,
        "not_attributions_flagged": len(flagged),
        "source_count_errors": count_errors,
        "source_type_accuracy": round(types_right / types_total, 4) if types_total else 1.0,
        "loaded_terms_found": f"{terms_found}/{len(terms)}",
        "loaded_term_voice_accuracy": round(voices_right / terms_found, 4) if terms_found else 0.0,
        "details": details,
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
    if args.json:
        print(json.dumps(scores, ensure_ascii=False))
        return 0
    for key, value in scores.items():
        if key != "details":
            print(f"{key:28} {value}")
    if scores["details"]:
        print("\nWhat differs:")
        for line in scores["details"]:
            print(f"  - {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
