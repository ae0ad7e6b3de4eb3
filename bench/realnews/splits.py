"""One person, one source: where the engine splits an annotated source in two, or merges two.

Run: ``PYTHONPATH=src python bench/realnews/splits.py [--split dev] [--only PREFIX] [-q]``.

Each engine source is aligned to the annotation's sources by what the text says of it:
its name and its mentions (pronouns left out), read with `framing.annotation.SourceMatcher`
("Hamza" stands for "Mouin Hamza"), else by what it says (the annotated speaker of each
quotation it is given, the annotated source of each sentence it is given when the
annotation has one source there). Then

- a **split** is an annotated source that two or more engine sources align to (the ledger
  shows two voices where the text has one, and the role word often sits on the one that
  does not speak): "the CNRS’s Secretary-General Mouin Hamza" and "Mouin Hamza";
- a **merge** is an engine source whose own mentions name two annotated sources (two
  people shown as one voice).

A quotation given to the wrong source is not a merge: score.py counts it as a speaker
error. Lines print the article, then the forms of the names; ``-q`` prints the totals only.
Nobody studies the test split: on ``test`` only the totals print.

What it can not tell you: the alignment trusts the annotation's mention lists, so a
mention the annotator did not list aligns by its words alone, and an engine source that
neither names nor speaks for an annotated source (an extra source) is not counted here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping
from typing import Any

from dataset import SPLITS, entries

from framing import Article
from framing.analysis import Analysis, analyze
from framing.annotation import SourceMatcher, line_starts, sentence_of, spans_match

PRONOUNS = frozenset("he she they it we i you him her them his its their one".split())


def _name_keys(source: Any, matcher: SourceMatcher, keys: set[str]) -> Counter[str]:
    """The annotated sources the engine source's name and mentions stand for."""
    found: Counter[str] = Counter()
    for text in (source.name, *(m.text for m in source.mentions)):
        if text.lower().strip() in PRONOUNS:
            continue
        key = matcher(text)
        if key in keys:
            found[key] += 1
    return found


def _speech_keys(analysis: Analysis, gold: Mapping[str, Any]) -> dict[int, Counter[str]]:
    """For each engine source (by its place in ``analysis.sources``), the annotated
    speakers of the quotations and sentences the engine gives it."""
    index = {id(source): i for i, source in enumerate(analysis.sources)}
    found: dict[int, Counter[str]] = {}
    for quote in analysis.quotes:
        if quote.speaker is None or quote.nested:
            continue
        for item in gold["quotes"]:
            if item.get("speaker") and spans_match(
                (quote.start, quote.end), (item["start"], item["end"])
            ):
                found.setdefault(index.get(id(quote.speaker), -1), Counter())[item["speaker"]] += 1
                break
    lines = line_starts(analysis.article.text)
    by_sentence: dict[int, set[str]] = {}
    for item in gold["attributions"]:
        sentence = sentence_of(analysis.article, item, lines)
        if sentence is not None:
            by_sentence.setdefault(sentence, set()).add(item["source"])
    for attribution in analysis.attributions:
        annotated = by_sentence.get(attribution.sentence, set())
        if len(annotated) == 1:
            i = index.get(id(attribution.source), -1)
            found.setdefault(i, Counter())[next(iter(annotated))] += 1
    return found


def splits_and_merges(analysis: Analysis, gold: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """The split annotated sources and the merging engine sources of one article, each as
    a line with the forms of the names."""
    keys = set(gold["sources"])
    matcher = SourceMatcher(gold["sources"])
    speech = _speech_keys(analysis, gold)
    aligned: dict[str, list[str]] = {}
    merges = []
    for i, source in enumerate(analysis.sources):
        by_name = _name_keys(source, matcher, keys)
        if len(by_name) >= 2:
            merges.append(f"{source.name!r} names {' | '.join(sorted(by_name))}")
        evidence = by_name or speech.get(i, Counter())
        if evidence:
            how = "" if by_name else " (by speech)"
            aligned.setdefault(evidence.most_common(1)[0][0], []).append(f"{source.name!r}{how}")
    splits = [f"{key}: {' | '.join(names)}" for key, names in aligned.items() if len(names) >= 2]
    return splits, merges


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--only", default="", help="names starting with this (a comma list)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print the totals only")
    args = parser.parse_args(argv)
    quiet = args.quiet or args.split != "dev"
    articles = split_count = merge_count = 0
    split_articles: set[str] = set()
    for entry in entries(args.split):
        if not entry.name.startswith(tuple(args.only.split(","))):
            continue
        text = entry.read_text()
        if text is None or not entry.gold_path.is_file():
            continue
        articles += 1
        splits, merges = splits_and_merges(analyze(Article(text)), entry.read_gold())
        split_count += len(splits)
        merge_count += len(merges)
        if splits:
            split_articles.add(entry.name)
        if not quiet:
            for line in splits:
                print(f"{entry.name:48} split  {line}")
            for line in merges:
                print(f"{entry.name:48} merge  {line}")
    print(
        f"\n{args.split} split, {articles} articles: {split_count} annotated sources split "
        f"(in {len(split_articles)} articles), {merge_count} engine sources merging two"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
