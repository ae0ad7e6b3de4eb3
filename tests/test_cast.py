"""The cast of an article: entities are frozen, and what a stage learns about one is a new
`Facts` record, so a record an earlier stage holds never changes under it."""

from __future__ import annotations

import dataclasses

import pytest

from framing.attribution import attribute
from framing.attribution.cast import Cast
from framing.attribution.descriptions import Descriptions
from framing.text import Article

TEXT = "Rosa Marek said the bridge would close. Later she said it would reopen in May."


def test_entities_and_facts_are_frozen() -> None:
    cast = Cast(Article(TEXT))
    rosa = cast.entity("Rosa Marek", "name")
    with pytest.raises(dataclasses.FrozenInstanceError):
        rosa.name = "Someone else"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        cast.facts[rosa].kind = "person"  # type: ignore[misc]


def test_learning_replaces_the_facts_and_leaves_the_old_record_alone() -> None:
    cast = Cast(Article(TEXT))
    rosa = cast.entity("Rosa Marek", "name", type="other")
    before = cast.facts[rosa]
    cast.learn(rosa, kind="person", gender="f")
    assert (before.kind, before.gender) == ("name", None)
    assert (cast.facts[rosa].kind, cast.facts[rosa].gender) == ("person", "f")


@pytest.mark.parametrize(
    ("fact", "first", "later", "kept"),
    [
        ("role", "mayor", "council leader", "mayor"),  # a known fact stays
        ("country", None, "Poland", "Poland"),  # an unknown one is filled in
    ],
)
def test_meeting_again_fills_in_only_what_is_unknown(fact, first, later, kept) -> None:
    cast = Cast(Article(TEXT))
    cast.entity("Rosa Marek", "person", **({fact: first} if first else {}))
    again = cast.entity("rosa marek", "person", **{fact: later})
    assert getattr(cast.facts[again], fact) == kept
    assert len(cast.entities) == 1


def test_mentions_stay_in_text_order_without_overlaps() -> None:
    article = Article(TEXT)
    cast = Cast(article)
    rosa = cast.entity("Rosa Marek", "person")
    she = TEXT.index("she")
    cast.mention(rosa, she, she + 3)
    cast.mention(rosa, 0, 10)
    cast.mention(rosa, 5, 10)  # inside "Rosa Marek": already named there
    assert [m.text for m in cast.mentions[rosa]] == ["Rosa Marek", "she"]
    assert cast.named_before(rosa, 1) and not cast.named_before(rosa, 0)


def test_a_pronoun_teaches_the_speaker_is_a_person() -> None:
    found = attribute(Article(TEXT))
    assert [s.name for s in found.sources] == ["Rosa Marek"]
    assert {a.source.name for a in found.attributions} == {"Rosa Marek"}
    assert len(found.attributions) == 2


def test_who_a_description_can_be_follows_what_the_cast_learns() -> None:
    cast = Cast(Article("Harlow Group said prices would rise. The company said so again."))
    descriptions = Descriptions(cast, TEXT, {})
    harlow = cast.entity("Harlow Group", "org", type="other")
    union = cast.entity("Dockers Union", "org", type="union")
    assert descriptions.fitting("company") == set()
    cast.learn(harlow, type="business")  # learned after the first look-up
    assert descriptions.fitting("company") == {harlow}
    assert descriptions.fitting("union") == {union}
    rosa = cast.entity("Rosa Marek", "person", type="other")
    assert rosa not in descriptions.fitting("official")
    cast.learn(rosa, type="politician")
    assert rosa in descriptions.fitting("official")
    cast.learn(rosa, kind="group", type="other")  # and what stops fitting leaves the index
    assert rosa not in descriptions.fitting("official")


def test_the_company_is_the_business_named_last_before_it() -> None:
    text = (
        "Brightloop, an online retailer, said sales fell. Castlegate, a software company, "
        "said it would hire. Later the company said the plan was on hold."
    )
    found = attribute(Article(text))
    last = max(found.attributions, key=lambda a: a.sentence)
    assert last.source.name == "Castlegate"
