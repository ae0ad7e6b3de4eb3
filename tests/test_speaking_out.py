"""Phrasal verbs of speaking in public are cues: "speak out" and "open up about"; "open
up" alone is not ("opened up a lead"). The sentences are made up here."""

from __future__ import annotations

import pytest

from framing import Article
from framing.analysis import analyze


def _sources_attributed(text: str) -> list[str]:
    analysis = analyze(Article(text, check_language=False))
    return [a.source.name for a in analysis.attributions if a.source is not None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Widow of crash victim speaks out after driver is freed", "widow of crash victim"),
        ("A singer has opened up about her split from the band.", "singer"),
        ("Residents spoke out against the plan at a meeting on Monday.", "Residents"),
        ("The coach is opening up about his exit from the club.", "coach"),
    ],
)
def test_speaking_out_is_an_attribution(text, source):
    assert source in _sources_attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team opened up a lead in the first half.",
        "A gap opened up between the two parties.",
    ],
)
def test_opening_up_without_about_is_no_attribution(text):
    assert _sources_attributed(text) == []
