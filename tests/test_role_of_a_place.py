"""A speaker named by a role "of" a place or body, before or around the name (acc30).

"The deputy minister of agriculture Tendai Gumbo said", "Chief Dube of Lower Gweru
said": the source is the person, so a later "he" or "she" reaches them. The sentences
are written for these tests, not taken from an article.
"""

import pytest

from framing import Article
from framing.analysis import analyze


def _speakers(text: str) -> list[str]:
    analysis = analyze(Article(text))
    by_sentence = {a.sentence: a.source.name for a in analysis.attributions}
    return [by_sentence.get(i) for i in range(max(by_sentence) + 1)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The deputy minister of agriculture Tendai Gumbo said the rains had failed. "
            "He said farmers would get seed in March.",
            "Tendai Gumbo",
        ),
        (
            "The minister of health Nomsa Dlamini told reporters the clinics would stay "
            "open. She said more nurses were on their way.",
            "Nomsa Dlamini",
        ),
        (
            "The mayor of Kigali Pudence Rubingisa said the roads would be rebuilt. "
            "He said the work would start in May.",
            "Pudence Rubingisa",
        ),
        (
            "Chief Dube of Lower Gweru said his people had run out of grain. "
            "He said the wells in three villages were dry.",
            "Dube",
        ),
        (
            "Chief Nkosana of Mzilikazi said the harvest had failed. "
            "He added that cattle were dying.",
            "Nkosana",
        ),
    ],
)
def test_a_role_of_a_place_names_the_person_and_he_reaches_them(text, name):
    assert _speakers(text) == [name, name]


def test_the_role_types_the_person():
    analysis = analyze(
        Article("The deputy minister of agriculture Tendai Gumbo said the rains had failed.")
    )
    (source,) = analysis.sources
    assert (source.name, source.type) == ("Tendai Gumbo", "government or official")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a firm's name after "of", not a person's
        (
            "The head of tech firm Tarrow Solutions said prices had fallen.",
            "head of tech firm Tarrow Solutions",
        ),
        # capitalised words after "of" and no known given name: a body's name, not a person
        (
            "The founder of Urban Rez Solutions said the classes would go on.",
            "founder of Urban Rez Solutions",
        ),
    ],
)
def test_a_role_of_a_body_without_a_person_names_nobody_new(text, speaker):
    assert _speakers(text) == [speaker]


def test_two_titled_people_joined_by_and_are_not_read_as_one():
    analysis = analyze(Article("Ms. Ruiz and Mr. Okoro of Tarrow said the deal was done."))
    assert [s.name for s in analysis.sources] != ["Ruiz"]
