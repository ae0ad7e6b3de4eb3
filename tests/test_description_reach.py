"""Whom "the president" reaches when the text names two presidents (acc33).

A description goes on with the person the story quotes, not with another holder of the
title the text named only in passing, by the title after a verb or a preposition ("the
arrest of former President ..."). The sentences are written for these tests, not taken
from an article.
"""

import pytest

from framing import Article
from framing.analysis import analyze


def _last_speaker(text: str) -> str | None:
    quote = analyze(Article(text)).quotes[-1]
    return quote.speaker.name if quote.speaker else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            # the earlier holder in passing, after "of" and an adjective
            "Mayor Ana Ruiz opened the bridge on Monday, saying it was “long overdue”. "
            "Critics blamed the delay on the office of former Mayor Tom Baker. "
            "“We finished what others started,” said the mayor.",
            "Ana Ruiz",
        ),
        (
            # the earlier holder in passing, as the object of a verb
            "Governor Lena Park signed the budget and said it “balances the books”. "
            "Later that day she telephoned Governor Sam Cole about the border. "
            "“We spoke for an hour,” the governor said.",
            "Lena Park",
        ),
        (
            # a capitalised title, the same
            "Minister Ana Ruiz said the dam was “safe”. Critics pointed to a report by "
            "Minister Tom Baker. “It was checked twice,” the Minister said.",
            "Ana Ruiz",
        ),
        (
            # the last holder named is the subject of their sentence: as before, the last
            "President Ana Ruiz said the vote was “fair”. President Tom Baker arrived on "
            "Tuesday. “It was not,” said the president.",
            "Tom Baker",
        ),
        (
            # the last holder named has spoken: as before, the last
            "President Ana Ruiz said the vote was “fair”. Reporters then asked President Tom "
            "Baker, who said he “will wait”. “It was not,” said the president.",
            "Tom Baker",
        ),
    ],
)
def test_the_title_goes_on_with_the_holder_quoted(text: str, name: str) -> None:
    assert _last_speaker(text) == name
