"""A body named only by its name, in a story of a natural disaster, is the public service
that answers it (attribution/emergency.py): one sentence per case, written for the test
(issue 15, types29)."""

from __future__ import annotations

import pytest

from framing import Article, analyze
from framing.attribution.emergency import is_body_name_only, tells_of_a_disaster

GOVERNMENT = "government or official"


def _type(text: str, name: str) -> str:
    """The type of the source named ``name``, or whose name holds it ("Red Cross" is the
    "International Committee of the Red Cross")."""
    sources = analyze(Article(text, check_language=False)).sources
    exact = [s.type for s in sources if s.name == name]
    return next(iter(exact), None) or next(s.type for s in sources if name in s.name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # initials alone, in stories of a flood, a bushfire and a cyclone
        (
            'The river broke its banks after the flood. "Stay off the roads," the RFSA said.',
            "RFSA",
            GOVERNMENT,
        ),
        (
            "Two bushfires burned near the town. The blaze was out of control, according to"
            " the KVB.",
            "KVB",
            GOVERNMENT,
        ),
        # initials after a place's name, in a story of a tornado
        (
            "A tornado tore through the park on Monday. Marlow County EMD confirmed that"
            " two people were hurt.",
            "Marlow County EMD",
            GOVERNMENT,
        ),
        # a name whose last word says it is a body and no more, in a story of a landslide
        (
            "The landslide buried six houses. The Hill Safety Organization said it had warned"
            " the village.",
            "Hill Safety Organization",
            GOVERNMENT,
        ),
    ],
)
def test_a_body_by_its_name_in_a_story_of_a_disaster_is_a_public_service(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # disaster management is a public service, as emergency management is
        (
            '"Roads are closed," said Ana Ruiz, a director at the Regional Disaster Management'
            " Centre.",
            "Ana Ruiz",
            GOVERNMENT,
        ),
        (
            '"We have sent tents," the National Disaster Management Authority said.',
            "National Disaster Management Authority",
            GOVERNMENT,
        ),
        # ... and a firm's management still its own
        ('"Sales fell," the company\'s management said.', "management", "business"),
    ],
)
def test_disaster_management_is_a_public_service(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # ... not in a story of no disaster: nothing says what the body is
        ('Prices rose in March. "Demand is strong," the RFSA said.', "RFSA", "other"),
        (
            'The council met on Monday. "We will vote later," the Hill Safety Organization said.',
            "Hill Safety Organization",
            "other",
        ),
        # a body the lists know keeps its own type in a disaster story
        (
            'The flood cut the town off. "We are sending tents," the Red Cross said.',
            "Red Cross",
            "advocacy group",
        ),
        # a US station's call sign stays media
        ("The tornado hit at noon, according to KWXT.", "KWXT", "media"),
    ],
)
def test_what_a_disaster_story_does_not_change(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SES", True),
        ("Grayson County OEM", True),
        ("National Building Research Organization", True),
        ("Tom Lee", False),  # a person's name
        ("Harbour Rugby Club", False),  # a club's: its kind is `other`, not a service
        ("Wigley", False),  # a surname alone
        ("Harbour Post", False),  # a newspaper's last word is no "body only" word
    ],
)
def test_which_names_say_only_that_they_are_a_body(name, expected):
    assert is_body_name_only(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floodwaters rose overnight.", False),  # capitalised: read as no hazard word
        ("The floodwaters rose overnight.", True),
        ("Thousands fled the wildfires.", True),
        ("The Melbourne Storm won on Sunday.", False),  # a team's name
        ("The video took the internet by storm.", False),  # "storm" is read as no hazard
        ("The council approved the budget.", False),
    ],
)
def test_which_stories_tell_of_a_disaster(text, expected):
    assert tells_of_a_disaster(text) is expected
