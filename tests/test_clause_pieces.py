"""A source is always a source: a time adverbial after the subject is no part of its name,
the rest of a relative clause ("... that struck on Monday in ...") is none, and a place is
never "he" or "she" (`attribution.clause_pieces`, `attribution.agreement`). The sentences
are made up here; no article's text is used."""

from __future__ import annotations

import doctest

import pytest

from framing import Article
from framing.analysis import analyze
from framing.attribution import agreement, clause_pieces
from framing.attribution.agreement import names_a_place, never_a_person
from framing.attribution.not_a_source import CLAUSE, DATE, why_not_a_source


def _analysis(text: str):
    return analyze(Article(text, check_language=False))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The farm minister Ana Ruiz two weeks ago told reporters the plan was "dead".',
            "Ana Ruiz",
        ),
        ('Deputy coach Tom Okoro last month said the team was "tired".', "Tom Okoro"),
        ('The Water Board on Monday evening said supplies were "safe".', "Water Board"),
        ('Coach Lea Brandt earlier this week said the squad was "ready to fight".', "Lea Brandt"),
        ('Now the mother of the victim says the sentence was "an insult".', "mother of the victim"),
    ],
)
def test_a_time_or_a_sentence_adverb_around_the_subject_is_not_its_name(text, speaker):
    quote = _analysis(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name.endswith(speaker)
    assert not quote.speaker.name.lower().startswith("now")


def test_a_participle_keeps_its_time():
    """ "released last week" says which survey: the time belongs to the noun phrase."""
    quote = _analysis('A survey released last week said prices were "out of reach".').quotes[0]
    assert quote.speaker is not None and quote.speaker.name.endswith("released last week")


@pytest.mark.parametrize(
    "phrase",
    [
        "struck on Sunday night in the Tarn valley",
        "collapsed in the heat at the final",
        "died last week in the crash",
    ],
)
def test_the_rest_of_a_relative_clause_is_no_source(phrase):
    quote = _analysis(f'"We need help," {phrase} said.').quotes[0]
    assert quote.speaker is None and quote.speaker_reason == CLAUSE


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("retired teacher Ana Ruiz", "Ana Ruiz"),
        ("the injured driver", "injured driver"),
        ("elected officials", "elected officials"),
    ],
)
def test_a_past_form_before_a_noun_is_an_adjective(phrase, speaker):
    quote = _analysis(f'"We need help," {phrase} said.').quotes[0]
    assert quote.speaker is not None and quote.speaker.name.endswith(speaker)


def test_a_long_subject_cut_at_its_relative_clause_names_no_one():
    text = (
        "Mayors of two towns hit by a storm that struck on Sunday night in the Tarn valley "
        'said the camps were "full".'
    )
    analysis = _analysis(text)
    assert not analysis.sources
    assert analysis.quotes[0].speaker_reason == CLAUSE


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Harlan County", True),
        ("Eastern Cape Province", True),
        ("South Africa", True),
        ("Jordan", False),  # a person's name too
        ("South African", False),  # a demonym names a person
        ("Mexico City", True),
        ("Ana Ruiz", False),
        ("Secretary of State", False),
        ("Ana Ruiz of Harlan County", False),
    ],
)
def test_a_place_is_named_by_its_kind_or_the_country_list(name, place):
    assert names_a_place(name) is place
    assert never_a_person(name) is place


@pytest.mark.parametrize(
    "text",
    [
        'Farmers in the Harlan County said their crops had failed. "We lost it all," he said.',
        'Farmers in the Eastern Cape Province said the rain never came. "It is dry," she said.',
    ],
)
def test_he_or_she_never_points_to_a_place(text):
    quote = _analysis(text).quotes[0]
    assert quote.speaker is None or not names_a_place(quote.speaker.name)


@pytest.mark.parametrize("module", [clause_pieces, agreement])
def test_the_module_examples_run(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("phrase", ["Overnight", "Tomorrow", "Later this week"])
def test_time_words_alone_name_no_source(phrase):
    """One list of time words (`words.TIME_WORDS`) serves every reader of a time."""
    assert why_not_a_source(phrase) == DATE


@pytest.mark.parametrize("words", [["arrived", "tonight"], ["struck", "overnight"]])
def test_a_verb_may_go_on_with_any_time_word(words):
    assert clause_pieces.opens_with_a_verb(words)
