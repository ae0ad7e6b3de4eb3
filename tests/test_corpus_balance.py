"""The teaching corpus holds itself to what it teaches: balance, facts, invented people labelled.

Measured with the kit's own counts (`framing.analyze`), so the checks follow the engine and the
lexicon as they change. The rate compared is loaded words per 1,000 words in the outlet's own
voice, word choices only (`TermHit.group`, the lexicon's one rule for it): attribution verbs
(every ``verb-*`` category), hedges, and contested labels (category ``contested``, where every
available word takes a side) are left out. Categories are left out by name, so a new category
counts unless it is one of these.

What these tests can not tell you: that the two partisan texts are equally persuasive, or that
the lexicon sees every loaded word in them. They pin the numbers a student will see.
"""

from __future__ import annotations

import hashlib
import re
from importlib.resources import files

import pytest

import framing
from framing import analyze, load_seed

MIRRORS = ("cecot-law-and-order", "cecot-rights")
SEED_SHA256 = "d05dc04f33c3015837e275cac7ffac853f64066b15a6482029d7063092c5e2cf"


def own_voice_rate(text_or_article) -> float:
    """Loaded words per 1,000 words in the outlet's own voice, word choice only."""
    analysis = analyze(text_or_article)
    own = [h for h in analysis.hits if h.voice == "outlet" and h.group == "word choice"]
    return 1000 * len(own) / analysis.word_count


def _gold(name: str) -> dict:
    return framing.load_gold(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A savage gang and a draconian law.", 2),  # two descriptors in the outlet's voice
        ('"A savage gang," she said. The law was draconian.', 1),  # one is hers, not the outlet's
        ("Police said the suspected gang members were arrested.", 0),  # a verb and a hedge
        ("The weather was mild on Tuesday in the town.", 0),
    ],
)
def test_the_rate_counts_only_word_choice_in_the_outlets_voice(text, expected):
    words = analyze(text).word_count
    assert round(own_voice_rate(text) * words / 1000) == expected


def test_the_mirror_texts_are_within_15_percent_of_each_other():
    rates = {name: own_voice_rate(load_seed(name)) for name in MIRRORS}
    low, high = sorted(rates.values())
    assert low > 0, f"one partisan text has no own-voice loaded words: {rates}"
    assert high <= 1.15 * low, (
        "own-voice loaded words per 1,000 words (verbs, hedges and contested labels aside) "
        f"differ by more than 15%: {rates}"
    )


@pytest.mark.parametrize("name", MIRRORS)
def test_each_partisan_text_has_one_sympathetic_named_person(name):
    gold = _gold(name)
    people = [
        key
        for key, source in gold["sources"].items()
        if source["type"] == "affected person or family" and not source.get("unnamed")
    ]
    assert len(people) == 1, f"{name}: named affected people {people}"
    first = next(a for a in gold["attributions"] if a["paragraph"] > 0 and not a.get("optional"))
    last = gold["attributions"][-1]
    assert first["source"] == last["source"] == people[0], f"{name} should open and close with them"


def _constructed() -> list[str]:
    return [n for n in framing.list_seeds() if n != "cecot-tasnim"]


# Last words of sources that are institutions or statutes, not people.
NOT_A_PERSON = {"Act", "International", "House", "Institute", "Watch", "Department", "Ministry"}


def _invented_people(name: str) -> list[str]:
    """Named people in a text's annotation whose surname the seed never mentions."""
    seed = load_seed("cecot-tasnim").text
    people = []
    for key, source in _gold(name)["sources"].items():
        words = key.split()
        if source.get("unnamed") or not 2 <= len(words) <= 3 or words[-1] in NOT_A_PERSON:
            continue
        if all(w[0].isupper() for w in words) and words[-1] not in seed:
            people.append(key)
    return people


@pytest.mark.parametrize("name", _constructed())
def test_every_invented_person_is_labelled_where_first_named(name):
    paragraphs = load_seed(name).text.split("\n")
    for person in _invented_people(name):
        first = next(p for p in paragraphs if person.split()[-1] in p)
        assert "invented" in first, f"{name}: {person} is not marked as invented where first named"


def test_the_invented_people_are_found():
    assert _invented_people("cecot-rights") == ["Yelitza Moreno", "Andrés Quintero-Lugo"]
    assert "Nicolas Maduro" not in _invented_people("cecot-law-and-order")


@pytest.mark.parametrize("name", _constructed())
def test_the_constructed_texts_keep_the_facts(name):
    text = load_seed(name).text
    # The legal basis of the removals, as a White House official gave it: 137 of the 238 under
    # the Alien Enemies Act, 101 under other immigration law.
    for sentence in re.split(r"(?<=\.)\s", text):
        if "238" in sentence and "Alien Enemies Act" in sentence:
            assert "other immigration law" in sentence, f"{name}: {sentence!r}"
    if "238" in text:
        assert "other immigration law" in text, f"{name}: 238 without the legal basis"
    assert "went ahead anyway" not in text and "went ahead." not in text
    if re.search(r"[Rr]elatives and lawyers for", text):
        assert re.search(r"[Rr]elatives and lawyers for some\b", text), f"{name}: not 'some'"
    # The press release drops "suspected" on purpose, as its issuer's framing; its annotation
    # marks the phrase, and lesson 03a asks students to spot it. The news texts keep the hedge.
    if "86,000" in text and load_seed(name).meta["register"] != "press release":
        assert "suspected" in text, f"{name}: the arrested are suspected gang members"
    assert text.rstrip().endswith("not a published article.]")


def test_the_seed_is_unchanged():
    seed = files("framing") / "data" / "seeds" / "cecot-tasnim.txt"
    digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    assert digest == SEED_SHA256, "cecot-tasnim.txt is a real article and must stay byte-identical"
