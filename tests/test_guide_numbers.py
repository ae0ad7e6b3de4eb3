"""The teaching guide's answers quote the kit's own numbers: when a text or the word list
changes, this fails until the guide is updated (``bench/guide_numbers.py`` prints them all).

What it can not tell you: that the guide's prose around a number is still right.
"""

from __future__ import annotations

from pathlib import Path

import framing
from framing.analysis import voice_group
from framing.lexicon import GROUPS, per_thousand

GUIDE = (Path(__file__).resolve().parents[1] / "docs" / "teaching-guide.md").read_text("utf-8")
GUIDE_TEXT = " ".join(GUIDE.split())  # a line break in the guide reads as a space


def by_group(name: str, *, voice: str | None = None) -> dict[str, tuple[int, float]]:
    """(hits, hits per 1,000 words) for each group, in one voice when given."""
    analysis = framing.analyze(framing.load_seed(name))
    hits = [h for h in analysis.hits if voice is None or voice_group(h) == voice]
    counts = {group: sum(h.group == group for h in hits) for group in GROUPS}
    return {g: (n, per_thousand(n, analysis.word_count)) for g, n in counts.items()}


def says(*phrases: str) -> None:
    for phrase in phrases:
        assert phrase in GUIDE_TEXT, f"the teaching guide no longer says: {phrase}"


def test_lesson_02_quotes_the_seeds_rates_by_group():
    seed = by_group("cecot-tasnim")
    (choices, choice_rate), (verbs, verb_rate), (contested, contested_rate) = seed.values()
    own = by_group("cecot-tasnim", voice="outlet")
    assert own["verbs and hedges"][0] == verbs  # "all 11 are in the outlet's narration"
    says(
        f"**Word choices:** {choices} ({choice_rate} per 1,000 words)",
        f"all {verbs} are in the outlet's narration ({verb_rate})",
        f"**Contested labels:** {contested} ({contested_rate})",
        f"the seed's {choice_rate} loaded word choices per 1,000 words",
    )


def test_lesson_04_quotes_the_press_release_and_the_wire():
    release, wire = by_group("cecot-press-release"), by_group("cecot-wire")
    wire_own = by_group("cecot-wire", voice="outlet")
    says(
        f"few loaded word choices ({release['word choice'][1]} and {wire['word choice'][1]} per",
        f"{release['contested'][1]} per 1,000 words against the wire's {wire['contested'][1]}",
        f'"warned", {wire_own["verbs and hedges"][1]} per 1,000 words',
    )
    assert wire_own["word choice"][0] == wire_own["contested"][0] == 0  # "none at all"
    assert release["verbs and hedges"][0] == 0  # "no attribution verbs or hedges at all"
