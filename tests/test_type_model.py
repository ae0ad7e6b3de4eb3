"""The learned source type (`bench/type_model.py`, not used by the engine): its features
read the words around a source and never its name, its weights file loads and types a
plain sentence; and its training (`bench/train_types.py`) is repeatable and measures by
batch. Every sentence here is made up for this file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_import import BENCH, load_script

from framing import Article, analyze
from framing.attribution.records import OTHER, SOURCE_TYPES, Mention

ROOT = Path(__file__).resolve().parents[1]


type_model = load_script(BENCH / "type_model.py", "type_model")  # as train_types.py names it


def mention(text: str, words: str, sentence: int = 0) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, sentence)


def features_of(text: str, name: str, *, role: str | None = None) -> dict[str, int]:
    return type_model.features(name, [mention(text, name)], text, role=role)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "“We are full tonight,” said Ana Ruiz, a nurse at the city hospital.",
            "Ana Ruiz",
            {"before:said", "verb:said", "head:nurs", "appositive:hospit", "person"},
        ),
        (
            '"The plan is sound," Councillor Tom Lee told the meeting.',
            "Tom Lee",
            {"before:councillor", "before-type:politician", "after:told", "verb:told"},
        ),
        (
            "The Ministry of Health said the wards were full.",
            "Ministry of Health",
            {"name:ministri", "name-type:government or official", "after:said"},
        ),
        (
            "A spokesman for the club said the match would go ahead.",
            "A spokesman for the club",
            {"shape:description", "head:spokesman", "name:club", "after:said"},
        ),
        (
            "“It is over,” Zorbek said. He left the room.",
            "Zorbek",
            {"shape:one-word", "before:over", "after:said", "story-type:-"},
        ),
    ],
)
def test_features_read_the_words_around_a_source(text, name, expected):
    feats = features_of(text, name)
    assert expected <= set(feats), sorted(feats)
    assert "bias" in feats and all(value == 1 for value in feats.values())


def test_a_pronoun_mention_says_person_and_adds_no_window():
    text = "Kestrel Varga arrived late. “I was held up,” she said."
    feats = type_model.features(
        "Kestrel Varga", [mention(text, "Kestrel Varga"), mention(text, "she", 1)], text
    )
    assert "person" in feats
    assert "before:held" not in feats  # the words around "she" are not read


def test_the_window_stays_in_its_sentence():
    text = "The storm hit the coast overnight. Brannock Quell, a fisherman, said boats sank."
    feats = features_of(text, "Brannock Quell")
    assert not {"before:storm", "before:coast", "before:overnight"} & set(feats)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We are full,” said Ana Ruiz, a nurse at the city hospital.", "Ana Ruiz"),
        (
            "Quillon Braithwaite-Mbeki, who lives on Farrow Street, said it flooded.",
            "Quillon Braithwaite-Mbeki",
        ),
        ("Tarvos Dynamics Ltd said its profit fell.", "Tarvos Dynamics Ltd"),
        ("“No,” said Ottoline Prewe. Prewe said later that she had left.", "Ottoline Prewe"),
    ],
)
def test_no_feature_is_the_sources_own_name(text, name):
    places = [m for w in dict.fromkeys([name, name.split()[-1]]) for m in [mention(text, w)]]
    feats = type_model.features(name, places, text)
    own = {w.lower().strip(".,") for w in name.replace("-", " ").split()} - {"ltd"}
    for feature in feats:
        value = feature.partition(":")[2]
        assert not any(word in value.split() or value.startswith(word[:5]) for word in own), feature


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # what data/source_words.csv makes a nurse
        (
            "Mara Lindqvist, a nurse at the city hospital, said the wards were full.",
            "affected person or family",
            "appositive",
        ),
        (
            "“We are full tonight,” said Ana Ruiz, a nurse at the city hospital.",
            "affected person or family",
            "appositive",
        ),
        ("The mayor, Dana Petrov, said the budget would pass.", "politician", "before"),
        (
            "Professor Ilse Varn, an economist at the university, said prices would rise.",
            "expert or academic",
            "before",
        ),
        ("Police said the road was closed.", "police or military", "name"),
    ],
)
def test_the_shipped_weights_type_a_plain_sentence(text, expected, reason):
    (source,) = analyze(Article(text)).sources
    kind, margin = type_model.type_of_source(source.name, source.mentions, text, role=source.role)
    assert (kind, margin > 0) == (expected, True)
    weights, threshold = type_model.load_weights()
    feats = type_model.features(source.name, source.mentions, text, role=source.role)
    top = type_model.explain(feats, kind, weights)
    assert top and top[0][1] > 0 and sum(weight for _, weight in top) > 0
    assert any(feature.startswith(reason) for feature, _ in top), top
    assert threshold >= 0


def test_the_weights_file_says_how_it_is_rebuilt():
    data = json.loads((ROOT / "bench/type_weights.json").read_text(encoding="utf-8"))
    assert "bench/train_types.py --write" in data["about"]
    assert set(data) == {"about", "threshold", "lobo", "weights"}
    kinds = {kind for weights in data["weights"].values() for kind in weights}
    assert kinds <= set(SOURCE_TYPES)


TRAIN = load_script(BENCH / "train_types.py", "bench_train_types")

TINY = [
    ({"bias": 1, "head:nurs": 1}, "affected person or family"),
    ({"bias": 1, "head:nurs": 1, "after:said": 1}, "affected person or family"),
    ({"bias": 1, "before:mayor": 1}, "politician"),
    ({"bias": 1, "before:mayor": 1, "after:said": 1}, "politician"),
    ({"bias": 1, "name:ministri": 1}, "government or official"),
    ({"bias": 1, "name:ministri": 1, "after:said": 1}, "government or official"),
]


def test_training_is_repeatable_and_learns_a_tiny_set():
    """bench/train_types.py's `train`: NLTK's averaged perceptron, seeded."""
    first = TRAIN.train(TINY, rounds=5, seed=3)
    assert first == TRAIN.train(list(TINY), rounds=5, seed=3)
    for feats, kind in TINY:
        assert type_model.predict(feats, first)[0] == kind
    # a feature of one example only is left out
    assert "after:said" in first
    assert "head:x" not in TRAIN.train([*TINY, ({"head:x": 1}, "media")], rounds=5)


def test_predict_with_no_known_feature_is_other():
    assert type_model.predict({"unknown": 1}, {"bias": {"media": 1.0}}) == (OTHER, 0.0)
    assert type_model.predict({"bias": 1}, {"bias": {"media": 1.0}}) == ("media", 1.0)


@pytest.mark.parametrize(
    ("rules", "kind", "margin", "expected"),
    [
        (OTHER, "politician", 5.0, "politician"),  # the rules found nothing, the model is sure
        (OTHER, "politician", 1.0, OTHER),  # ... not sure enough
        (OTHER, OTHER, 9.0, OTHER),
        ("media", "politician", 9.0, "media"),  # a rule that decides is never overruled
    ],
)
def test_the_fallback_only_fills_an_other(rules, kind, margin, expected):
    assert TRAIN.with_fallback(rules, kind, margin, 2.0) == expected


def test_the_bench_matches_sources_as_evaluate_does_and_measures_by_batch(capsys):
    bench = TRAIN
    text = (ROOT / "seeds" / "cecot-tasnim.txt").read_text(encoding="utf-8")
    gold = json.loads((ROOT / "seeds" / "cecot-tasnim.gold.json").read_text(encoding="utf-8"))
    analysis = analyze(Article(text))
    types = bench.matched_types(analysis, gold)
    annotated = {info["type"] for info in gold["sources"].values()}
    assert types and set(types.values()) <= annotated
    assert set(types) <= {s.name for s in analysis.sources}
    examples = [
        bench.Example(batch, f"{batch}-x", str(i), feats, kind, OTHER)
        for batch in "ab"
        for i, (feats, kind) in enumerate(TINY * 2)
    ]
    held_out = bench.lobo(examples)
    assert set(held_out) == {"a", "b"}
    sums = bench.report(held_out, 0.0)
    assert sums["sources"] == len(examples) and sums["rules"] == 0
    assert sums["rules_with_fallback"] == sums["model_alone"] == len(examples)
    assert "right types: rules 0" in capsys.readouterr().out
