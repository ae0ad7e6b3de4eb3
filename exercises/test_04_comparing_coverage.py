"""Checks for exercise 04 (comparing coverage): ex04_comparing_coverage.py."""

from __future__ import annotations

from _records import analysis, attribution, source

from framing.grading import hint, same, student_module

ex = student_module(__file__)

MAYOR = source("Ana Ruiz", "government or official")
POLICE = source("Captain Lee", "police or military")
RESIDENT = source("Tom Brook", "affected person or family")
CHARITY = source("Greenway", "advocacy group")
TEXT = "The depot opened on Monday after a long wait."


def with_voices(*speakers):
    """An analysis whose attributions go to ``speakers``, in order."""
    people = tuple(dict.fromkeys(speakers))
    return analysis(
        TEXT,
        sources=people,
        attributions=tuple(attribution(i, who) for i, who in enumerate(speakers)),
    )


@hint(
    "Count the attributions whose source type is 'government or official' or 'police or "
    "military', and divide by all attributions."
)
def test_official_share_counts_both_official_types():
    same(ex.official_share(with_voices(MAYOR, POLICE, CHARITY, RESIDENT)), 0.5)
    same(ex.official_share(with_voices(MAYOR, MAYOR, RESIDENT)), 0.67)


@hint("An article with no attributions gives officials no share: return 0.0.")
def test_official_share_of_no_attributions():
    same(ex.official_share(with_voices()), 0.0)


@hint("Compare the two official shares; return 'same' when they are equal.")
def test_more_official_picks_a_b_or_same():
    officials = with_voices(MAYOR, POLICE, RESIDENT)
    citizens = with_voices(RESIDENT, CHARITY, MAYOR)
    same(ex.more_official(citizens, officials), "b")
    same(ex.more_official(officials, citizens), "a")
    same(ex.more_official(citizens, with_voices(CHARITY, POLICE, RESIDENT)), "same")


@hint("Compare the sets of source names: the ones in both, only in a, only in b; sort each list.")
def test_source_overlap_splits_the_names():
    a = with_voices(RESIDENT, MAYOR, CHARITY)
    b = with_voices(POLICE, MAYOR, RESIDENT)
    expected = {
        "both": ["Ana Ruiz", "Tom Brook"],
        "only_a": ["Greenway"],
        "only_b": ["Captain Lee"],
    }
    same(ex.source_overlap(a, b), expected)


@hint(
    "Subtract a's rate from b's for every category either article uses, and count a missing "
    "category as 0.0."
)
def test_term_gap_covers_every_category():
    a = analysis("The regime opened the notorious depot on a quiet Monday.")  # 10 words
    b = analysis("The regime and its thugs opened the depot on Monday.")  # 10 words
    same(ex.term_gap(a, b), {"label": 100.0, "descriptor": -100.0}, tol=0.05)
