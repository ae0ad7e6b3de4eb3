"""Given names and their gender (data/first_names.csv; issue 15, names16): one gender a
name, and a capitalised word that is also a month, a place or an English word is no given
name and does not become a person. One sentence per case, written for the test."""

from __future__ import annotations

import pytest

from framing import Article, analyze
from framing.attribution.words import MONTHS, given_name
from framing.vocabulary import data_rows

ROWS = data_rows("first_names.csv")


def _speakers(text: str) -> list[str | None]:
    quotes = analyze(Article(text, check_language=False)).quotes
    return [quote.speaker.name if quote.speaker else None for quote in quotes]


def _sources(text: str) -> list[str]:
    return [source.name for source in analyze(Article(text, check_language=False)).sources]


def test_every_row_is_a_name_with_one_gender():
    assert all(row["gender"] in {"f", "m"} for row in ROWS)
    names = [row["name"].lower() for row in ROWS]
    assert len(names) == len(set(names))


def test_no_name_is_a_month_a_day_or_a_country():
    names = {row["name"].lower() for row in ROWS}
    days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    countries = {row["country"].lower() for row in data_rows("places.csv")}
    assert not names & (set(MONTHS) | days | countries)


@pytest.mark.parametrize(
    "word",
    # English words, months, places and days that are also girls' or boys' names
    ["Will", "Hope", "May", "June", "April", "Summer", "King", "Major", "Chase", "Hunter",
     "Faith", "Guy", "Georgia", "Jordan", "Paris", "Virginia", "Asia", "Tuesday"],
)  # fmt: skip
def test_a_word_of_the_language_is_no_given_name(word):
    assert given_name(word) is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a name the text gives no role is still a person's, so "he" and "she" find it
        (
            "Vaughn Pellew lives by the river with his dog. “The water came so fast,” he said.",
            ["Vaughn Pellew"],
        ),
        (
            "Tamika Jones runs the shelter on Elm Street. “We are full every night,” she said.",
            ["Tamika Jones"],
        ),
        # a month, a modal verb, a season and a state at a sentence's start are no one
        ("Will the council act in time? “We will see,” said Mayor Ana Ruiz.", ["Ana Ruiz"]),
        ("May brought more rain. “The roads are closed,” said police chief Tom Lee.", ["Tom Lee"]),
        ("Summer is coming, and “the beaches will be full,” a lifeguard said.", ["lifeguard"]),
        ("Virginia Gov. Tom Lee said the plan was “a good start”.", ["Tom Lee"]),
    ],
)
def test_speakers_with_given_names(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hope is fading for the miners, said a rescue official.", "rescue official"),
        ("April was the wettest month on record, the weather service said.", "weather service"),
        ("Grace Period Ltd said in a statement that it would appeal.", "Grace Period Ltd"),
    ],
)
def test_a_capitalised_word_at_the_start_is_no_source(text, source):
    assert _sources(text) == [source]
