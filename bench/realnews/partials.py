"""Partial quotations with no cue in their sentence: whose are they, by the gold?

Run: ``PYTHONPATH=src python bench/realnews/partials.py [--only PREFIX] [-v]`` (dev split
only: the test split is blind).

For every quotation the engine leaves without a speaker because its sentence has no cue
("the writer's own sentence quotes these words ..."), it reads the sentence's main
subject as the engine reads a participle's (`SpeakerReader.main_subject`, then
`Resolver.resolve`) and counts how the annotation assigns the quotation: to that subject,
to someone else, or to nobody (scare quotes, the writer's words). Each case is described
by a few features a reader can check: the verb's class between the subject and the
quotation, a "what he called / described as" frame, whether the quotation follows a
preposition, whether the subject is a person or a body, and whether the quoted words come
back in another quotation. ``-v`` prints each case with its sentence.

What it can not tell you: the features are surface readings of one sentence; "subject"
is the engine's reading, which can be wrong.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from dataset import entries

from framing import Article
from framing.attribution import build_stages
from framing.attribution.engine import reading_order
from framing.attribution.sources import WRITERS_OWN_SENTENCE

# "what he called", "described as", "referred to ... as", "dubbed", "branded", "labelled"
FRAME = re.compile(
    r"\b(?:what\s+(?:he|she|they|it|\w+)\s+(?:has\s+|had\s+)?(?:called|calls|termed|describe[sd]\s+as)"
    r"|describ(?:ed|es|ing)\b[^“”\"‘’]{0,60}\bas|referr?(?:ed|ing|s)?\s+to\b[^“”\"‘’]{0,60}\bas"
    r"|dubb(?:ed|ing)|brand(?:ed|ing)|label(?:l?ed|l?ing)|call(?:ed|ing|s)|term(?:ed|ing)"
    r"|as)\s*$",
    re.IGNORECASE,
)
PREPOSITION = re.compile(
    r"\b(?:of|for|about|on|in|with|to|at|from|over|against|by|into|as|than|like|despite)\s*$",
    re.IGNORECASE,
)
_NORM = re.compile(r"^(?:the|a|an)\s+")


def _norm(text: str) -> str:
    return _NORM.sub("", text.lower().replace("’", "'").strip(" .,"))


def _gold_names(gold: dict, key: str | None) -> set[str]:
    if key is None:
        return set()
    info = gold["sources"].get(key, {})
    return {_norm(key), *(_norm(m) for m in info.get("mentions", []))}


def _same(entity_name: str, names: set[str]) -> bool:
    """The same source: a name or mention of the annotation, or its last word (a surname)."""
    name = _norm(entity_name)
    last = name.split()[-1] if name.split() else ""
    return name in names or (len(last) >= 4 and any(n.split()[-1:] == [last] for n in names))


def cases(text: str, gold: dict) -> list[dict]:
    """The article's quotations with no cue in their sentence, described."""
    article = Article(text)
    engine, recorder = build_stages(article, None)
    for sentence, forward in reading_order(article):
        engine.read_sentence(sentence, forward=forward)
    found = recorder.collect()
    quoted = [q.text.lower() for q in found.quotes]
    out = []
    for quote in found.quotes:
        if quote.speaker is not None or quote.speaker_reason != WRITERS_OWN_SENTENCE:
            continue
        golds = [g for g in gold["quotes"] if g["start"] < quote.end and quote.start < g["end"]]
        gold_key = golds[0].get("speaker") if golds else "(not annotated)"
        sentence = article.sentences[quote.sentence]
        phrase = engine.speakers.main_subject(sentence, quote.start)
        entity = None
        if phrase is not None:
            entity, _ = engine.resolver.resolve(phrase, sentence.index)
        before = text[phrase.end if phrase else sentence.start : quote.start].rstrip(" “\"‘'")
        if gold_key == "(not annotated)":
            verdict = "not annotated"
        elif entity is None:
            verdict = "no subject"
        elif gold_key is None:
            verdict = "gold None"
        elif _same(entity.name, _gold_names(gold, gold_key)):
            verdict = "subject"
        else:
            verdict = "someone else"
        refused = []
        for c, reason in engine.cue_finder.cue_candidates(sentence):
            if c.end > quote.start:
                continue
            own = engine.speakers.speaker_phrase(sentence, c)
            who = engine.resolver.resolve(own, sentence.index)[0] if own else None
            refused.append(f"{text[c.start : c.end]} ({reason}) by {who.name if who else None}")
        kind = engine.resolver.cast.facts[entity].kind if entity is not None else "-"
        out.append(
            {
                "verdict": verdict,
                "subject": phrase.text if phrase else None,
                "entity": entity.name if entity else None,
                "kind": kind,
                "gold": gold_key,
                "frame": bool(FRAME.search(before)),
                "after_preposition": bool(PREPOSITION.search(before)),
                "repeated": quoted.count(quote.text.lower()) > 1,
                "refused": refused,
                "between": before[-70:],
                "quote": quote.text[:40],
                "sentence": sentence.text.strip()[:200],
            }
        )
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    totals: Counter[str] = Counter()
    by_feature: Counter[tuple[str, str]] = Counter()
    for entry in entries("dev"):
        if not entry.name.startswith(tuple(args.only.split(","))):
            continue
        text = entry.read_text()
        if text is None:
            continue
        for case in cases(text, entry.read_gold()):
            totals[case["verdict"]] += 1
            for feature in ("frame", "after_preposition", "repeated", "kind"):
                by_feature[(f"{feature}={case[feature]}", case["verdict"])] += 1
            if args.verbose:
                print(
                    f"{entry.name} [{case['verdict']}] subject={case['entity']!r} "
                    f"({case['kind']}) gold={case['gold']!r} frame={case['frame']} "
                    f"prep={case['after_preposition']} repeated={case['repeated']}"
                )
                print(f"    ...{case['between']!r} -> {case['quote']!r}")
                if case["refused"]:
                    print(f"    cue words refused: {case['refused']}")
                print(f"    {case['sentence']!r}")
    print("verdicts:", dict(totals))
    for feature in sorted({f for f, _ in by_feature}):
        row = {v: by_feature[(feature, v)] for v in sorted(totals) if by_feature[(feature, v)]}
        print(f"  {feature:28} {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
