"""A source's type learned from the words around it (issue 15: "when rules run out, learn
the ranking"), measured against the rules of `source_types` by ``bench/train_types.py``.

A source becomes a set of readable features (``features``), read around the places
``mentions`` gives (pronouns only say it is a person): ``before:W``/``after:W``, the content
words up to three before and after each place, stemmed by NLTK's Porter stemmer (no
downloaded data), in its sentence; ``verb:W``, a speech verb among them; ``appositive:W``
and ``head:W``, a description after the name and its head noun ("Ana Ruiz, a nurse at the
city hospital": ``head:nurs``); ``mention:W``, a place's words that are not the name;
``name:W``, the kind words of a name that is no person's ("Ministry", "Council", "Ltd");
``role:W``, the phrase it speaks through; ``story-type:T``, the type the story's words point
to most; ``person`` and ``shape:*``. Each ``X:W`` whose word the type lists know also gives
``X-type:T`` ("Councillor" before a name: ``before-type:politician``; a role they give
no type, "coach", ``before-type:other``). A capitalised word
no list knows reads as ``<name>``, so no feature is a source's own name or anyone's.

The weights (``bench/type_weights.json``: feature -> type -> weight) are learnt by NLTK's
averaged perceptron in ``python bench/train_types.py --write``; a type's score is the sum
of its weights over the features (a dot product), and ``explain`` lists the features that
decided it.

What it can not tell you: it learnt from about 700 sources of the real-news development
set. Leave-one-batch-out there, it types 0.65 of them alone (the rules, written on those
batches, 0.85), and as a fallback where the rules say "other" it gained nothing at any
margin (bench/realnews/ERRORS.md, typemodel1), nor on the fresh batch p scored before
anyone tuned on it; so the engine does not use it, and it lives here in bench/, not in the
package.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

from framing.attribution.after_name import APPOSITIVE, OPENS_DESCRIPTION
from framing.attribution.records import OTHER, Mention
from framing.attribution.type_words import head_word
from framing.attribution.words import (
    AUX_AND_ADVERBS,
    BE,
    COMPANY_WORDS,
    DETERMINERS,
    FINITE_SPEECH_VERBS,
    ORG_HEADS,
    ORG_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    TYPE_VOCABULARY,
    given_name,
)
from framing.vocabulary import TITLE_WORDS

__all__ = ["explain", "features", "load_weights", "predict", "scores", "type_of_source"]

# feature -> type -> weight
Weights = Mapping[str, Mapping[str, float]]

WEIGHTS_FILE = "type_weights.json"
# how many words before and after each place the features read
WINDOW = 3
# how many places of a source the features read: the first ones introduce it
MOST_PLACES = 12

_WORD = re.compile(r"[A-Za-zÀ-ɏ][\w’'\-]*|\d[\d,.]*")
# where a sentence or a line ends: the window around a place stays in its sentence ("Dr."
# and "U.S." end none)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?][\"”’]?\s|\n")
_LOWERCASE_WORD = re.compile(r"(?<![\w\-])[a-z][a-z\-]+")
_INITIALS = re.compile(r"[A-Z]{2,6}")
# the words a body's name ends or opens with that say what kind of body it is
_BODY_NAME_WORDS = ORG_HEADS | ORG_WORDS | COMPANY_WORDS
# capitalised words that are no one's name: titles, role, body and type words, and the
# small words a sentence may open with
_KNOWN_WORDS = (
    ROLE_WORDS
    | frozenset(TITLE_WORDS)
    | _BODY_NAME_WORDS
    | frozenset(TYPE_VOCABULARY)
    | DETERMINERS
    | PREPOSITIONS
    | frozenset(PRONOUNS)
    | frozenset("and but or as when after while if his her their its".split())
)
_GENDERED = frozenset("he she him her his".split())
# words that say nothing of a source on their own
_SMALL_WORDS = (
    DETERMINERS
    | frozenset(PRONOUNS)
    | AUX_AND_ADVERBS
    | BE
    | frozenset("and or but that to who which whom him her his its their them it's".split())
)
# what a description after a name opens with: "Ana Ruiz, a nurse", "Tom Lee, who ..."
_OPENS_DESCRIPTION = OPENS_DESCRIPTION | frozenset("who whose".split())


@cache
def _stemmer():  # NLTK's Porter stemmer: rules only, no downloaded data
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def _key(word: str) -> str:
    """The feature form of one word: "<name>" for a capitalised word no list knows,
    "<number>" for a number, else its stem ("nurses" -> "nurs")."""
    low = word.lower().replace("’", "'")
    if word[:1].isdigit():
        return "<number>"
    if word[:1].isupper() and low not in _KNOWN_WORDS:
        return "<name>"
    return _stemmer().stem(low)


def _content(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` that say something, as (lowercase word, feature form): no
    article, pronoun, auxiliary or number."""
    words = ((w.lower().replace("’", "'"), _key(w)) for w in _WORD.findall(text))
    return [(low, key) for low, key in words if low not in _SMALL_WORDS and key != "<number>"]


def _typed(prefix: str, words: Iterable[tuple[str, str]]) -> set[str]:
    """``prefix:W`` for each word's stem, and ``prefix-type:T`` for each word the type lists
    (``data/source_words.csv``) give a type ("mayor" -> politician)."""
    found = set()
    for low, key in words:
        if key != "<name>":
            found.add(f"{prefix}:{key}")
        if low in TYPE_VOCABULARY:
            found.add(f"{prefix}-type:{TYPE_VOCABULARY[low]}")
        elif low in ROLE_WORDS:
            found.add(f"{prefix}-type:{OTHER}")  # a role the lists give no type ("coach")
    return found


def _describes_the_name(description: str) -> bool:
    """Does the text after a name's comma describe it ("a nurse", "who lives nearby",
    "Ontario NDP leader"), rather than go on with the sentence ("he said")?"""
    first = description.split()[0].lower() if description.split() else ""
    return first in _OPENS_DESCRIPTION or first in ROLE_WORDS or description[:1].isupper()


def _is_a_description(words: str) -> bool:
    """Does a name or place describe rather than name ("spokesperson", "A spokesman for the
    club", "the city's mayor")?"""
    first = words.split()[0] if words.split() else ""
    return first[:1].islower() or first.lower() in DETERMINERS


def _place_features(text: str, start: int, end: int, name: str) -> set[str]:
    """The features of one place the text names a source: the words around it, a
    description after it, and the words of the place that are not the name."""
    before = _content(_SENTENCE_END.split(text[max(0, start - 80) : start])[-1])[-WINDOW:]
    after = _content(_SENTENCE_END.split(text[end : end + 80])[0])[:WINDOW]
    found = _typed("before", before) | _typed("after", after)
    found |= {f"verb:{key}" for _, key in before + after if key in _speech_verb_keys()}
    appositive = APPOSITIVE.match(text, end)
    if appositive is not None and _describes_the_name(appositive.group(1)):
        found |= _typed("appositive", _content(appositive.group(1)))
        found.add(f"head:{_stemmer().stem(head_word(appositive.group(1)) or '-')}")
    place = text[start:end]
    outside_name = place.replace(name, " ") if name in place else place
    found |= _typed("mention", _content(outside_name))
    if _is_a_description(place):
        found.add(f"head:{_stemmer().stem(head_word(place) or '-')}")
    return found


@cache
def _speech_verb_keys() -> frozenset[str]:
    """The stems of the speech verbs' finite forms ("said" -> "said", "warns" -> "warn")."""
    return frozenset(_stemmer().stem(verb) for verb in FINITE_SPEECH_VERBS)


def _name_features(name: str, mentions: Sequence[Mention]) -> set[str]:
    """What the name's form says: a person's name, initials, one word, a description;
    and, for a name that is no person's, its words that say what kind of body or role it
    is ("Ministry", "Council", "Ltd", "Councilor")."""
    words = name.split()
    person = bool(words) and given_name(words[0]) is not None
    person = person or any(m.text.lower() in _GENDERED for m in mentions)
    found = {"person"} if person else set()
    if _INITIALS.fullmatch(name):
        found.add("shape:initials")
    if len(words) == 1:
        found.add("shape:one-word")
    if _is_a_description(name):
        found.add("shape:description")
    if not person:
        known = _BODY_NAME_WORDS | ROLE_WORDS | frozenset(TYPE_VOCABULARY)
        found |= _typed("name", [(low, key) for low, key in _content(name) if low in known])
    return found


def features(
    name: str, mentions: Sequence[Mention], text: str, *, role: str | None = None
) -> dict[str, int]:
    """The features of the source ``name``, from the places ``mentions`` gives in ``text``
    (pronouns only tell that it is a person) and the phrase ``role`` it speaks through."""
    found = {"bias", f"story-type:{_story_type(text)}"} | _name_features(name, mentions)
    places = sorted({(m.start, m.end) for m in mentions if m.text.lower() not in PRONOUNS})
    places = [p for p in places if text[p[0] : p[1]].lower() not in _GENDERED]
    for start, end in places[:MOST_PLACES]:
        found |= _place_features(text, start, end, name)
    if role and role.strip():
        found |= _typed("role", _content(role))
        found.add(f"role-head:{_stemmer().stem(head_word(role) or '-')}")
    return dict.fromkeys(sorted(found), 1)


@lru_cache(maxsize=8)
def _story_type(text: str) -> str:
    """The type the story's own lowercase words point to most often ("minister",
    "council" and "voters" make a politics story); capitalised words are left out, as
    they are often names. One answer per text, however many sources ask."""
    words = _LOWERCASE_WORD.findall(text)
    counts = Counter(TYPE_VOCABULARY[w] for w in words if w in TYPE_VOCABULARY)
    return counts.most_common(1)[0][0] if counts else "-"


def scores(feats: Mapping[str, int], weights: Weights) -> dict[str, float]:
    """Each type's score: the sum of its weights over the features present."""
    totals: defaultdict[str, float] = defaultdict(float)
    for feature, value in feats.items():
        for kind, weight in weights.get(feature, {}).items():
            totals[kind] += value * weight
    return dict(totals)


def predict(feats: Mapping[str, int], weights: Weights) -> tuple[str, float]:
    """The best type and its margin over the second best (0 when nothing scores)."""
    ranked = sorted(scores(feats, weights).items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return OTHER, 0.0
    second = ranked[1][1] if len(ranked) > 1 else min(0.0, ranked[0][1])
    return ranked[0][0], round(ranked[0][1] - second, 3)


def explain(
    feats: Mapping[str, int], kind: str, weights: Weights, *, top: int = 5
) -> list[tuple[str, float]]:
    """The features that speak most for ``kind``, with their weights, strongest first."""
    mine = [(f, weights[f][kind]) for f in feats if kind in weights.get(f, {})]
    return sorted(mine, key=lambda item: (-item[1], item[0]))[:top]


@cache
def load_weights() -> tuple[dict[str, dict[str, float]], float]:
    """The shipped weights, and the margin a fallback answer needs (the file's header says
    how both were chosen and what they scored)."""
    data = json.loads((Path(__file__).with_name(WEIGHTS_FILE)).read_text(encoding="utf-8"))
    return data["weights"], float(data["threshold"])


def type_of_source(
    name: str, mentions: Sequence[Mention], text: str, *, role: str | None = None
) -> tuple[str, float]:
    """The shipped model's type of a source and its margin (`features`, `predict`)."""
    weights, _ = load_weights()
    return predict(features(name, mentions, text, role=role), weights)
