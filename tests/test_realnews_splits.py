"""bench/realnews/splits.py finds an annotated source the engine splits in two, and an engine
source whose mentions name two annotated sources. The texts are written here, no news."""

from __future__ import annotations

import pytest
from bench_import import REALNEWS, load_script

from framing import Article, analyze


@pytest.fixture(scope="module")
def splits():
    return load_script(REALNEWS / "splits.py", "realnews_splits")


TEXT = "“We will reopen the road,” said Mayor Lin Chen. “It is too late,” said Omar Diaz."


def _gold(sources: dict) -> dict:
    return {"sources": sources, "quotes": [], "attributions": []}


def test_one_person_named_two_ways_by_the_annotation_is_a_split(splits):
    # the annotator reads both speakers as one person: the engine's two sources split it
    gold = _gold({"Lin Chen": {"mentions": ["Mayor Lin Chen", "Omar Diaz"]}})
    found, merged = splits.splits_and_merges(analyze(Article(TEXT)), gold)
    assert found == ["Lin Chen: 'Lin Chen' | 'Omar Diaz'"]
    assert merged == []


def test_two_people_and_two_sources_are_neither(splits):
    gold = _gold({"Lin Chen": {"mentions": ["Mayor Lin Chen"]}, "Omar Diaz": {"mentions": []}})
    assert splits.splits_and_merges(analyze(Article(TEXT)), gold) == ([], [])


def test_a_source_whose_mentions_name_two_people_is_a_merge(splits):
    text = "Omar Diaz, the mayor, spoke first. “We will reopen the road,” the mayor said."
    gold = _gold({"Omar Diaz": {"mentions": []}, "the mayor": {"mentions": ["the mayor"]}})
    _, merged = splits.splits_and_merges(analyze(Article(text)), gold)
    assert merged == ["'Omar Diaz' names Omar Diaz | the mayor"]
