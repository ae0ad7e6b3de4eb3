"""bench/realnews/score.py's check that a reported source name is a name, a title or role
(with or without a name) or a descriptive noun phrase, never a clause or a clause's piece.
The cases are made up here; no article's text is used."""

from __future__ import annotations

import pytest
from bench_import import REALNEWS, load_script


@pytest.fixture(scope="module")
def score():
    return load_script(REALNEWS / "score.py", "realnews_score")


VALID = [
    "Ana Ruiz",
    "Sgt. Tom Okafor with the Riverside Police Department",  # an affiliation: who he is
    "relatives of the migrants",
    "a senior official",
    "the alleged attacker's lawyer",
    "the alleged attacker",
    "Manchester United fans",
    "analysts polled by the bank",
    "officials involved in the talks",
    "a judge at Leeds Crown Court",
    "spokesperson for the ministry",
    "residents on Mill Lane",
    "Nora Quist, 41, who was injured",
    "the newly elected mayor",
    "Deputy Mayor Karen Whitfield",
    "police reports",
    "mother of a 15-year-old boy",
    "IT staff",
    "court papers filed Monday",
    "a survey released last week",
    "the alleged attacker's brother",
    "retired teacher Ana Ruiz",
    "Ana Ruiz of Lake County",
    "the Monday club",
    "Ana Ruiz's family",  # a noun in -ly
    "Tom Kelly",  # a name in -ly
    "Some",  # "Some say ...": a vague group, named as vaguely as the text does
    "Others",
    "another nurse",
    "a Kenyan farmer",
    "Kenyan police",
    "Rwanda",
    "US",  # a country's short name, though the table lists it as a demonym too
    "reports",  # a speech verb's form, and a noun: documents speak for their authors
    "claims",
]

INVALID = [
    ("the union walked out of the talks and the mayor", "a clause"),
    ("the board met and voting on the plan", "a clause"),
    ("officers say early findings", "a clause"),
    ("Jo Marsh (Green, Leeds North) said", "a clause"),
    ("it drew anger from parents at the school", "a clause"),
    ("In all the Rovers lost 3 games and Ward", "opens with a preposition or an adverbial"),
    ("for the home side", "opens with a preposition or an adverbial"),
    ("of the flood victims", "opens with a preposition or an adverbial"),
    ("at the same time traders", "opens with a preposition or an adverbial"),
    ("Meanwhile the governor", "opens with a preposition or an adverbial"),
    ("posted 2021-11-30 Lawyers for the council", "a date word"),
    ("the 4 riders and 12 horses", "a run of numbers"),
    ("Finance Minister Lena Berg here", "an adverb"),
    ("the Greens in turn", "an adverb"),
    ("two decades of work and now a director", "an adverb"),
    ("Cllr Amy Dunn regarding the closed library", "a topic or an occasion"),
    ("Alderman Joe Pike in a row with the treasurer", "a topic or an occasion"),
    ("Senator Ray Ortiz during the hearing", "a topic or an occasion"),
    ("assistant coach Lea Brandt three days ago", "a time adverbial"),
    ("the Water Board last month", "a time adverbial"),
    ("Mayor Tim Orr on Friday evening", "a time adverbial"),
    ("the farm minister earlier this week", "a time adverbial"),
    ("flooded on Sunday night in the northern valley of Tarn", "opens with a verb"),
    ("arrived at the scene with the crew", "opens with a verb"),
    ("Ana Ruiz quietly", "a manner adverb"),
    ("tom okoro firmly", "a manner adverb"),
    ("Another", "a determiner alone"),
    ("One", "a determiner alone"),
    ("the other", "a determiner alone"),
    ("West African", "a place adjective"),
    ("Kenyan", "a place adjective"),
    ("South African", "a place adjective"),
    ("gave", "a verb alone"),
    ("has", "a verb alone"),
    ("We’ve", "a bare pronoun"),
    ("Alongside", "opens with a preposition or an adverbial"),
    ("the critics -- who", "a fragment"),
]


@pytest.mark.parametrize("name", VALID)
def test_a_name_title_or_noun_phrase_is_valid(score, name):
    assert score.invalid_reason(name) is None


@pytest.mark.parametrize(("name", "reason"), INVALID)
def test_a_clause_or_its_piece_is_invalid(score, name, reason):
    assert score.invalid_reason(name) == reason


PLACES = [
    ("Eastern Cape Province", ["the Eastern Cape Province", "he"], "a place as a person"),
    ("South Africa", ["South Africa", "she"], "a place as a person"),
    ("Jordan", ["Jordan", "he"], None),  # a person's name too
    ("South African", ["a South African", "he"], None),  # a demonym: a person
    ("Harlan County", ["Harlan County", "him"], "a place as a person"),
    ("South Africa", ["South Africa", "it"], None),  # a country speaks through its government
    ("Harlan County", ["Harlan County"], None),
    ("Ana Ruiz", ["Ana Ruiz", "she"], None),
    ("Ana Ruiz of Harlan County", ["Ana Ruiz of Harlan County", "she"], None),
]


@pytest.mark.parametrize(("name", "mentions", "reason"), PLACES)
def test_a_place_is_never_he_or_she(score, name, mentions, reason):
    assert score.place_as_person(name, mentions) == reason


COMMON_NOUNS = [
    (
        "Storms",
        "Storms batter the coast. The storms left 3 dead.",
        "a common noun, not a person or body",
    ),
    ("Residents", "Residents fear more floods. The residents met.", None),  # people
    ("Councils", "Councils warn of cuts. Two councils met.", None),  # bodies
    ("Reports", "Reports say the mayor left. The reports were old.", None),  # documents
    ("Hopkins", "Hopkins said no.", None),  # a name: never printed in lower case
    ("Storms", "Storms batter the coast.", None),  # no lower-case use to tell
    ("SES", "SES warns drivers. The ses word", None),  # initials
]


@pytest.mark.parametrize(("name", "text", "reason"), COMMON_NOUNS)
def test_a_plural_common_noun_is_no_name(score, name, text, reason):
    assert score.common_noun_as_name(name, text) == reason
