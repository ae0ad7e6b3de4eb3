"""The quicker __init__ of the frozen records behaves exactly like the dataclass one."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from framing._records import builder, quick_init
from framing.analysis import Analysis
from framing.attribution import Attribution, Attributions, Cue, Mention, Source
from framing.lexicon import TermHit
from framing.quotes import Quote
from framing.text import Dateline, Paragraph, Sentence, Token

RECORDS = [
    Analysis,
    Attribution,
    Attributions,
    Cue,
    Mention,
    Source,
    TermHit,
    Quote,
    Dateline,
    Paragraph,
    Sentence,
    Token,
]


def _plain_twin(cls):
    """The same fields in an ordinary frozen dataclass, whose __init__ is the reference."""
    spec = [
        (
            f.name,
            f.type,
            dataclasses.field(
                default=f.default, default_factory=f.default_factory, init=f.init, kw_only=f.kw_only
            ),
        )
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(f"Plain{cls.__name__}", spec, frozen=True, slots=True)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_same_signature_as_the_dataclass_init(cls):
    assert inspect.signature(cls) == inspect.signature(_plain_twin(cls))


def test_defaults_factories_and_keyword_only_fields():
    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Thing:
        a: int
        b: str = "x"
        c: list = dataclasses.field(default_factory=list)
        d: int = dataclasses.field(default=4, init=False)
        e: int = dataclasses.field(default=5, kw_only=True)

    one, two = Thing(1), Thing(1)
    assert one == two and one.c is not two.c
    assert (one.a, one.b, one.c, one.d, one.e) == (1, "x", [], 4, 5)
    assert Thing(2, "y", [3], e=6) == Thing(a=2, b="y", c=[3], e=6)
    with pytest.raises(TypeError):
        Thing(1, d=3)  # not a parameter, as in the dataclass
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.a = 2  # still frozen
    assert dataclasses.replace(one, a=9).a == 9


def test_records_stay_frozen_and_comparable():
    m = Mention(1, 5, "Noem", 2)
    assert m == Mention(start=1, end=5, text="Noem", sentence=2) and hash(m) == hash(
        Mention(1, 5, "Noem", 2)
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 0
    assert repr(m) == "Mention(start=1, end=5, text='Noem', sentence=2)"
    s = Source("Kristi Noem", "government")
    assert (s.country, s.unnamed, s.mentions) == (None, False, ())


@pytest.mark.parametrize("make", [quick_init, builder])
def test_refuses_what_it_cannot_copy(make):
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        a: int

    for cls in (NoSlots, NotFrozen):
        with pytest.raises(TypeError):
            make(cls)


@pytest.mark.parametrize("cls", [Attribution, Cue, Mention, Quote, Paragraph, Sentence, TermHit])
def test_a_builder_makes_the_same_frozen_record(cls):
    """builder(cls)(*every field) is cls(*every field): same type, equality, hash and repr,
    still frozen, and every slot set."""
    names = [f.name for f in dataclasses.fields(cls)]
    values = [f"{name}-value" for name in names]
    built, made = builder(cls)(*values), cls(*values)
    assert type(built) is cls
    assert [getattr(built, n) for n in names] == values
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert dataclasses.replace(built) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, names[0], "changed")
    with pytest.raises(TypeError):
        builder(cls)(*values[:-1])  # every field, no defaults
