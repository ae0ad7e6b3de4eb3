"""Checks for exercise 02 (loaded language): ex02_loaded_language.py."""

from __future__ import annotations

from _records import analysis, hit

from framing.grading import hint, same, student_module

ex = student_module(__file__)


@hint(
    "Divide by the number of words, multiply by 1,000 and round to one decimal: "
    "7 terms in 1,234 words is 5.7."
)
def test_per_thousand_rounds_to_one_decimal():
    same(ex.per_thousand(7, 1234), 5.7)
    same(ex.per_thousand(1, 3), 333.3)


@hint("A text with no words has no rate: return 0.0 instead of dividing by zero.")
def test_per_thousand_of_no_words_is_zero():
    same(ex.per_thousand(0, 0), 0.0)


@hint(
    "A voice that starts with 'reported' is a reported claim; every other voice except "
    "'outlet' (a speaker's name, or 'quoted: unknown speaker') is a quotation."
)
def test_voice_counts_groups_the_voices():
    hits = (
        hit("regime"),
        hit("crackdown"),
        hit("thugs", "Ana Ruiz"),
        hit("notorious", "quoted: unknown speaker"),
        hit("draconian", "reported: Greenway"),
    )
    same(ex.voice_counts(hits), {"outlet": 2, "quoted": 2, "reported": 1})


@hint("Return all three keys even when a voice has no hits: {'outlet': 0, 'quoted': 0, ...}.")
def test_voice_counts_of_no_hits():
    same(ex.voice_counts(()), {"outlet": 0, "quoted": 0, "reported": 0})


@hint("Keep the hits whose voice is 'outlet', take each term once, and sort them A to Z.")
def test_outlet_terms_are_unique_and_sorted():
    hits = (
        hit("regime"),
        hit("thugs", "Tom Brook"),
        hit("crackdown", text="crackdowns"),
        hit("regime"),
        hit("draconian", "reported: Greenway"),
    )
    same(ex.outlet_terms(hits), ["crackdown", "regime"])


@hint(
    "Compare rates, not raw counts: 1 loaded word in a 6-word paragraph is denser than 2 in "
    "a 20-word one. Count each paragraph's own words."
)
def test_densest_paragraph_compares_rates():
    text = (
        "The regime opened a market in the old town on Monday, and the regime's traders "
        "said business was slow.\n\n"
        "Buyers came in the afternoon.\n\n"
        "Police ended the crackdown quickly."
    )
    same(ex.densest_paragraph(analysis(text)), 2)


@hint("With no loaded terms at all there is no densest paragraph: return None.")
def test_densest_paragraph_without_hits():
    text = "The market opened on Monday.\n\nBuyers came in the afternoon."
    same(ex.densest_paragraph(analysis(text)), None)
