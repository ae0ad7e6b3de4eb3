"""A person typed by the organisation whose possessive stands before their name
(attribution/owners.py): one sentence per case, written for the test (issue 15, types28)."""

from __future__ import annotations

import pytest

from framing import Article, analyze

FAMILY = "affected person or family"


def _type(text: str, name: str) -> str:
    """The type of the source whose name holds ``name``."""
    sources = analyze(Article(text, check_language=False)).sources
    return next(s.type for s in sources if name in s.name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a known organisation's possessive, before the name where the text introduces them
        (
            'Greenpeace\'s Dana Pryce was at the river on Sunday. "We need boats," said Dana '
            "Pryce.",
            "Pryce",
            "advocacy group",
        ),
        # ... kept in the name by the speaker phrase, or after a plural's bare apostrophe
        ('"Sales will slow," said Apple\'s Maria Okafor.', "Okafor", "business"),
        ('"Stocks fell hard," Reuters\' Tom Fenwick said.', "Fenwick", "media"),
        # a broadcaster's short name before its channel number
        (
            'Residents watched the water rise. CBS 2’s Ana Ruiz spoke to them. "It is '
            'still rising," Ruiz said.',
            "Ruiz",
            "media",
        ),
        # a body the lists type by the word its name ends in
        (
            '"Bins go out Monday," said Leeds City Council\'s Ana Ruiz.',
            "Ruiz",
            "government or official",
        ),
    ],
)
def test_an_organisation_s_person_takes_its_type(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "not_kind"),
    [
        # a place's possessive says nothing of the job: a runner or a minister
        ('"I ran my best," said Kenya\'s Tom Kiprop.', "Kiprop", "government or official"),
        # an unknown name's possessive gives nothing: the story's residents decide
        (
            "Residents fled the flood. Brightwater's Ana Ruiz lost her car. \"It was "
            'gone," Ruiz said.',
            "Ruiz",
            "business",
        ),
    ],
)
def test_an_owner_that_names_no_organisation_gives_no_type(text, name, not_kind):
    assert _type(text, name) != not_kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body named after the name with "of the", after an honorific that alone would
        # make the person an expert
        (
            'Dr Ana Ruiz, of the UK-based charity Park Rescue, counted the carcasses. "It is '
            'only elephants," Dr Ruiz said.',
            "Ruiz",
            "advocacy group",
        ),
        (
            '"The plan is late," said Tom Lee, 52, from the city council.',
            "Tom Lee",
            "government or official",
        ),
    ],
)
def test_a_body_named_after_the_name_gives_its_type(text, name, kind):
    assert _type(text, name) == kind


def test_a_place_after_the_name_is_no_body():
    text = (
        'Floodwater filled the homes of residents. "It came fast," said Tom Lee, of the old town.'
    )
    assert _type(text, "Tom Lee") == FAMILY


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a known company's name before an officer's title: its president, not a country's
        ('"Sales will rise," Toyota President Akio Toyoda said.', "Toyoda", "business"),
        # a company the text names with "Ltd." owns the title its short name opens
        (
            "Net profit at Brightwater Ltd. rose 40 percent. Brightwater Senior Vice President "
            "Ana Ruiz said most divisions grew.",
            "Ruiz",
            "business",
        ),
        (
            'Net profit at Brightwater Ltd. rose 40 percent. "Reforms are working," '
            "Brightwater Senior Vice President said.",
            "Brightwater",
            "business",
        ),
        # a country's president, and a council's presiding officer, keep their types
        ('"We will act," said Kenya President Tom Lee.', "Tom Lee", "government or official"),
        (
            'The Rochester City Council met. "We act," said Rochester City Council Vice '
            "President Ana Ruiz.",
            "Ruiz",
            "politician",
        ),
    ],
)
def test_a_title_opened_by_a_body_s_name_is_the_body_s(text, name, kind):
    assert _type(text, name) == kind
