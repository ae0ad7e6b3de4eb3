"""Train the source-type model (`bench/type_model.py`) on the real-news DEV part,
measure it leave-one-batch-out, and write its weights file.

Run: ``PYTHONPATH=src python bench/train_types.py [--write]``.

Each dev article is analysed with the rules alone; each of the engine's sources that
matches an annotated source with a type (matched as ``framing.evaluate`` matches them)
is one example: its features and the annotated type. Then, for each dev batch (the first
letter of an article's name), a model trained on the other batches types the held-out
batch, and the table compares, per batch: the rules' types, the rules with the model as a
fallback where they say "other" (at each margin threshold tried), and the model alone.
LOBO runs three times, with three shuffling seeds. The threshold kept is the one with the
most right types summed over the held-out batches of the three runs (ties: the higher, the
safer); the fallback counts as a gain only if every run shows one there, with no batch
worse by more than one source. ``--write`` then trains on all of dev and writes
``bench/type_weights.json`` (atomically), with that threshold.

``--fellows`` (a probe, LOBO only) adds to each source the type the rules gave most often
to the article's other sources.

The rules were written while reading every dev batch, so their numbers here are
optimistic; the model's held-out numbers are not. Nothing here reads the test split.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "realnews"))

import type_model
from dataset import entries
from nltk.tag.perceptron import AveragedPerceptron

from framing import Article
from framing._files import write_atomic
from framing.analysis import Analysis, analyze
from framing.attribution.records import OTHER
from framing.evaluate import evaluate

WEIGHTS = Path(__file__).resolve().with_name("type_weights.json")
THRESHOLDS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0)
ROUNDS, SEED = 8, 0
SEEDS = (SEED, 1, 2)  # LOBO is run with three shufflings of the training examples

# what `evaluate` says of a scored source whose annotated type is the marker "#3#"
_TYPE_LINE = re.compile(r"^type of (.*): expected #(\d+)#, got ")


@dataclass(frozen=True)
class Example:
    batch: str
    article: str
    name: str
    features: dict[str, int]
    gold: str
    rules: str


def train(
    examples: Iterable[tuple[Mapping[str, int], str]],
    *,
    rounds: int = 8,
    seed: int = 0,
    least: int = 2,
) -> dict[str, dict[str, float]]:
    """Weights learnt from (features, type) pairs by NLTK's averaged perceptron; the same
    examples and seed give the same weights. A feature of fewer than ``least`` examples
    is left out: one article's words would only be learnt by heart."""
    data = list(examples)
    seen = Counter(feature for feats, _ in data for feature in feats)
    data = [({f: v for f, v in feats.items() if seen[f] >= least}, kind) for feats, kind in data]
    model = AveragedPerceptron()
    model.classes = {kind for _, kind in data}
    shuffle = random.Random(seed)
    for _ in range(rounds):
        shuffle.shuffle(data)
        for feats, kind in data:
            guess, _ = model.predict(feats)
            model.update(kind, guess, feats)
    model.average_weights()
    return {f: dict(sorted(w.items())) for f, w in sorted(model.weights.items()) if w}


def with_fallback(rules_type: str, kind: str, margin: float, threshold: float) -> str:
    """The type the rules give, or, where they give "other", the model's ``kind`` when its
    ``margin`` reaches ``threshold`` and it is not "other" too."""
    if rules_type == OTHER and kind != OTHER and margin >= threshold:
        return kind
    return rules_type


def matched_types(analysis: Analysis, gold: dict) -> dict[str, str]:
    """Each engine source name that matches an annotated source with a type -> that type.
    The annotated types are swapped for markers, so that `evaluate` names, for every
    source it scores, which annotated source it matched."""
    keys = [key for key, info in gold["sources"].items() if info.get("type")]
    marked = {
        key: ({**info, "type": f"#{keys.index(key)}#"} if key in keys else info)
        for key, info in gold["sources"].items()
    }
    details = evaluate(analysis, {**gold, "sources": marked})["details"]
    found = (_TYPE_LINE.match(line) for line in details)
    return {m.group(1): gold["sources"][keys[int(m.group(2))]]["type"] for m in found if m}


def fellows_type(name: str, rules_types: list[tuple[str, str]]) -> dict[str, int]:
    """``fellows-type:T``: the type the rules gave most often to the article's other
    sources (a probe only: `source_types.source_type` types one source at a time, so the
    engine could not give the model this feature without a second pass)."""
    counts = Counter(kind for other, kind in rules_types if other != name and kind != OTHER)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return {f"fellows-type:{kind}": 1 for kind, _ in ranked[:1]}


def collect(split: str = "dev", *, fellows: bool = False) -> list[Example]:
    """The examples of every article of ``split`` whose text is on disk, with the type the
    rules give each (the model is not wired into the engine); with ``fellows``, each
    source's features also say what the rules made of the article's other sources."""
    examples = []
    for entry in entries(split):
        text = entry.read_text()
        if text is None:
            print(f"skipped {entry.name}: its text is missing", file=sys.stderr)
            continue
        analysis = analyze(Article(text))
        types = matched_types(analysis, entry.read_gold())
        rules_types = [(source.name, source.type) for source in analysis.sources]
        for source in analysis.sources:
            if source.name in types:
                feats = type_model.features(source.name, source.mentions, text, role=source.role)
                if fellows:
                    feats = {**feats, **fellows_type(source.name, rules_types)}
                examples.append(
                    Example(
                        entry.name[0],
                        entry.name,
                        source.name,
                        feats,
                        types[source.name],
                        source.type,
                    )
                )
    return examples


Row = tuple[Example, str, float]  # an example, the held-out model's type and margin


def lobo(examples: list[Example], *, seed: int = SEED) -> dict[str, list[Row]]:
    """Each batch -> its examples with the type and margin of a model trained on the others."""
    held_out = {}
    for batch in sorted({e.batch for e in examples}):
        weights = train(
            ((e.features, e.gold) for e in examples if e.batch != batch), rounds=ROUNDS, seed=seed
        )
        held_out[batch] = [
            (e, *type_model.predict(e.features, weights)) for e in examples if e.batch == batch
        ]
    return held_out


def right_with(rows: list[Row], threshold: float) -> int:
    return sum(with_fallback(e.rules, k, m, threshold) == e.gold for e, k, m in rows)


Runs = dict[int, dict[str, list[Row]]]  # a shuffling seed -> its LOBO result


def right_over_batches(held_out: dict[str, list[Row]], threshold: float) -> int:
    return sum(right_with(rows, threshold) for rows in held_out.values())


def choose_threshold(runs: Runs) -> float:
    """The threshold with the most right types over all held-out batches of all seeds'
    runs (ties: the higher)."""
    return max(THRESHOLDS, key=lambda t: (sum(right_over_batches(h, t) for h in runs.values()), t))


def gain_by_seed(runs: Runs, threshold: float) -> dict[int, tuple[int, int]]:
    """Each seed -> (right types the fallback adds over all batches, the worst batch's)."""
    gains = {}
    for seed, held_out in runs.items():
        by_batch = [
            right_with(rows, threshold) - sum(e.rules == e.gold for e, _, _ in rows)
            for rows in held_out.values()
        ]
        gains[seed] = (sum(by_batch), min(by_batch))
    return gains


SHOWN = (2.0, 5.0, 10.0)  # thresholds whose fallback the table also shows, beside the chosen


def report(held_out: dict[str, list[Row]], threshold: float) -> dict[str, int]:
    """Print the per-batch table: the rules, the fallback at ``threshold`` and at each of
    `SHOWN` (right types, and right "other"s it made wrong), the model alone; return the
    sums at ``threshold``."""
    shown = (threshold, *SHOWN)
    head = "".join(f"{'fb@' + format(t, 'g'):>8}{'broke':>6}" for t in shown)
    print(f"{'batch':6}{'sources':>8}{'rules':>7}{head}{'model':>7}")
    totals: dict[str, list[float]] = {}
    for batch, rows in [*held_out.items(), ("all", [r for rs in held_out.values() for r in rs])]:
        line = [len(rows), sum(e.rules == e.gold for e, _, _ in rows)]
        for t in shown:
            line += [right_with(rows, t), broken(rows, t)]
        line.append(sum(kind == e.gold for e, kind, _ in rows))
        totals[batch] = line
        n = line[0]
        cells = "".join(f"{line[2 + 2 * i] / n:8.3f}{line[3 + 2 * i]:6}" for i in range(len(shown)))
        print(f"{batch:6}{n:8}{line[1] / n:7.3f}{cells}{line[-1] / n:7.3f}")
    worst = min(totals[b][2] - totals[b][1] for b in held_out)
    n, rules, fallback, broke = totals["all"][:4]
    alone = totals["all"][-1]
    print(
        f"right types: rules {rules}, rules+fallback {fallback} (at {threshold:g}), "
        f"model alone {alone} (of {n}); worst batch {worst:+d} sources"
    )
    keys = ("sources", "rules", "rules_with_fallback", "broken", "model_alone", "worst_batch")
    return dict(zip(keys, (n, rules, fallback, broke, alone, worst), strict=True))


def broken(rows: list[Row], threshold: float) -> int:
    """How many sources the rules rightly left "other" the fallback types."""
    return sum(
        e.rules == e.gold == OTHER and with_fallback(e.rules, k, m, threshold) != OTHER
        for e, k, m in rows
    )


def clear_gain(gains: dict[int, tuple[int, int]]) -> bool:
    """The bar for wiring the fallback: in every seed's run, more right types summed over the
    held-out batches, and no batch worse by more than one source. A gain that one
    shuffling of the training examples shows and another does not is noise."""
    return all(total > 0 and worst >= -1 for total, worst in gains.values())


def write_weights(examples: list[Example], threshold: float, sums: dict[str, int]) -> None:
    weights = train(((e.features, e.gold) for e in examples), rounds=ROUNDS, seed=SEED)
    about = (
        "Weights of bench/type_model.py (feature -> source type -> weight), "
        f"learnt by NLTK's averaged perceptron ({ROUNDS} rounds, seed {SEED}) from "
        f"{len(examples)} sources of the real-news dev part. The threshold is the margin a "
        "fallback answer needs (where the rules say 'other'), chosen leave-one-batch-out; "
        "'lobo' gives that measure's right types. Rebuilt by: "
        "PYTHONPATH=src python bench/train_types.py --write"
    )
    head = {"about": about, "threshold": threshold, "lobo": sums}
    # one feature a line, so that a reader (and a diff) sees each feature's weights together
    lines = [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in weights.items()]
    text = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    text += ',\n "weights": {\n' + ",\n".join(lines) + "\n}}\n"
    write_atomic(WEIGHTS, text, overwrite=True)
    print(f"wrote {WEIGHTS.name}: {len(weights)} features, threshold {threshold:g}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="train on all dev, write weights")
    parser.add_argument(
        "--fellows",
        action="store_true",
        help="probe: add the type the rules gave the article's other sources (LOBO only)",
    )
    args = parser.parse_args(argv)
    if args.write and args.fellows:
        parser.error("--fellows is a probe: the engine cannot compute it, so it is never written")
    examples = collect("dev", fellows=args.fellows)
    others = sum(e.rules == OTHER for e in examples)
    print(f"{len(examples)} typed sources from dev ({others} 'other' by the rules)")
    runs = {seed: lobo(examples, seed=seed) for seed in SEEDS}
    rules = sum(e.rules == e.gold for e in examples)
    print(
        f"rules+fallback right, by threshold (seeds {', '.join(map(str, SEEDS))}; rules {rules}):"
    )
    for t in THRESHOLDS:
        print(f"  {t:>4g}: " + ", ".join(str(right_over_batches(h, t)) for h in runs.values()))
    threshold = choose_threshold(runs)
    print(f"\nleave-one-batch-out, seed {SEED}, threshold {threshold:g}:")
    sums = report(runs[SEED], threshold)
    gains = gain_by_seed(runs, threshold)
    print(
        f"at {threshold:g}, gain (all batches, worst batch) by seed: "
        + ", ".join(f"{seed}: {total:+d}, {worst:+d}" for seed, (total, worst) in gains.items())
    )
    verdict = "a clear gain: wire it" if clear_gain(gains) else "no clear gain: leave it unwired"
    print(f"fallback: {verdict}")
    if args.write:
        write_weights(examples, threshold, sums)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
