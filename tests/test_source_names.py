"""A source is always a source: the engine's names for speakers are names, titles or roles,
or noun phrases of the text, never a manner adverb, a bare "another", a place adjective or a
natural hazard; where no such name is found, the quotation keeps speaker=None and a reason.
One-sentence cases written for these tests (no article's text)."""

from __future__ import annotations

import pytest

from framing import Article, analyze
from framing.attribution.not_a_source import HAZARD, STANDS_FOR_A_NOUN
from framing.attribution.words import place_adjective


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes = analyze(Article(text, check_language=False)).quotes
    return [(q.speaker.name if q.speaker else None, q.speaker_reason) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"I am not sure," replied Tom Okoro sharply.', "Tom Okoro"),
        ('"We will appeal," said Ana Ruiz quietly, looking at the jury.', "Ana Ruiz"),
        ('"No," said the mayor firmly.', "mayor"),
    ],
)
def test_a_manner_adverb_after_the_name_is_not_the_name(text, speaker):
    assert _speakers(text) == [(speaker, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('One nurse said: "We are tired." Another added: "We are unpaid."', "another nurse"),
        ('A fan wrote: "Lovely." Another said: "Brilliant."', "another fan"),
    ],
)
def test_another_is_another_of_the_people_named_before(text, speaker):
    assert _speakers(text)[-1] == (speaker, None)


def test_another_in_the_same_sentence():
    text = 'One farmer called the plan "a joke" while another said it was a trap.'
    found = analyze(Article(text, check_language=False))
    assert [s.name for s in found.sources] == ["one farmer", "another farmer"]


@pytest.mark.parametrize(
    "text",
    [
        'The vote is today. "We will stay," another said.',
        'The hall was full. Another added: "It is late."',
    ],
)
def test_another_with_no_noun_before_is_unclear(text):
    assert _speakers(text)[-1] == (None, STANDS_FOR_A_NOUN)


@pytest.mark.parametrize(
    "text",
    [
        '"Leave now," the floods warned.',
        '"Run," an intense wildfire warned.',
        '"It is over," Landslides said.',
    ],
)
def test_a_hazard_is_never_a_speaker(text):
    assert _speakers(text) == [(None, HAZARD)]


@pytest.mark.parametrize(
    "text",
    [
        "Floods threaten homes in the valley.",
        "Wildfires threaten central Tarrow towns\n\nCrews worked all night.",
    ],
)
def test_a_hazard_threatening_is_no_attribution(text):
    found = analyze(Article(text, check_language=False))
    assert not found.sources and not found.attributions


def test_a_relative_pronoun_after_a_dash_is_not_the_name():
    text = (
        "Now all the critics -- who, as Tom Okoro notes, claimed that the vote meant nothing"
        " -- will tell us what it means."
    )
    names = [s.name for s in analyze(Article(text, check_language=False)).sources]
    assert "critics" in names and not any(name.endswith("who") for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Some gave thanks for the rescue, while others said prayers.",
        'The rapper denied it, blaming a man who has claimed "to be her aide".',
        'Alongside the mayor claiming "a win", the council said nothing.',
    ],
)
def test_a_verb_or_a_preposition_alone_is_never_a_source(text):
    names = [s.name for s in analyze(Article(text, check_language=False)).sources]
    assert not {"gave", "has", "Alongside", "said"} & set(names)


def test_a_pronoun_with_its_verb_run_in_is_the_pronoun():
    text = 'The band split up.\n\n"It hurt," We’ve said.'
    quote = analyze(Article(text, check_language=False)).quotes[0]
    assert quote.speaker is None and '"we"' in quote.speaker_reason


def test_a_place_adjective_is_never_she():
    text = (
        "Rains hit the small West African country on Monday, the presidency said.\n\n"
        'Roads are shut so that "people can leave," she added.'
    )
    found = analyze(Article(text, check_language=False))
    assert "West African" not in [s.name for s in found.sources]
    assert found.quotes[-1].speaker is None or found.quotes[-1].speaker.name != "West African"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("East African", True),
        ("Kenyan", True),
        ("South African", True),
        ("Middle Eastern", True),
        ("Latin American", True),
        ("US", False),  # a country's short name
        ("Kenya", False),
        ("Finn", False),  # a noun for one person, and a given name
        ("a Kenyan", False),
        ("Kenyans", False),
        ("Ana Ruiz", False),
        ("Western", False),
    ],
)
def test_place_adjective(phrase, expected):
    assert place_adjective(phrase) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Local residents said the road flooded.", "local residents"),  # the sentence's capital
        ("The Tarrow administration said it would appeal.", "Tarrow administration"),
        ("Kenyan officials said the border was shut.", "Kenyan officials"),
        ("Okoro's lawyers said he would appeal.", "Okoro's lawyers"),
        ("Nairobi traders said prices rose.", "Nairobi traders"),
        ("A Western diplomat said the talks had stalled.", "Western diplomat"),
    ],
)
def test_a_group_keeps_the_capitals_the_text_prints(text, name):
    names = [s.name for s in analyze(Article(text, check_language=False)).sources]
    assert names == [name]
