"""Checks for exercise 03 (who gets quoted): ex03_who_gets_quoted.py."""

from __future__ import annotations

from _records import attribution, quote, source

from framing.grading import hint, same, student_module

ex = student_module(__file__)

MAYOR = source("Ana Ruiz", "government or official")
POLICE = source("Captain Lee", "police or military")
RESIDENT = source("Tom Brook", "affected person or family")
CHARITY = source("Greenway", "advocacy group")


@hint("Use quote.speaker.name, and count quotations whose speaker is None under 'unknown'.")
def test_quotations_per_source_with_an_unknown_speaker():
    quotes = (
        quote("We will rebuild the depot.", MAYOR),
        quote("Nobody asked us.", RESIDENT),
        quote("It is a scandal.", None),
        quote("Work starts in May.", MAYOR),
    )
    same(ex.quotations_per_source(quotes), {"Ana Ruiz": 2, "Tom Brook": 1, "unknown": 1})


@hint(
    "Count quotations, not quotation marks or parts: a quote that runs over two paragraphs is "
    "one quotation, and a nested quote (quote.nested) belongs to the outer one."
)
def test_quotations_per_source_counts_quotations_not_parts():
    quotes = (
        quote("We acted within the law. Every arrest was lawful.", POLICE, parts=2),
        quote("They called it 'routine'.", RESIDENT),
        quote("routine", POLICE, nested=True),
    )
    same(ex.quotations_per_source(quotes), {"Captain Lee": 1, "Tom Brook": 1})


@hint("Add up quote.words for each source type, then divide each total by all quoted words.")
def test_quoted_share_by_type_adds_up_words():
    quotes = (
        quote("We will rebuild the depot soon.", MAYOR),  # 6 words
        quote("Nobody asked us.", RESIDENT),  # 3 words
        quote("It is shameful.", None),  # 3 words
        quote("us", MAYOR, nested=True),
    )
    expected = {"government or official": 0.5, "affected person or family": 0.25, "unknown": 0.25}
    same(ex.quoted_share_by_type(quotes), expected)


@hint("With no quotations there are no shares: return an empty dict, not a division by zero.")
def test_quoted_share_by_type_of_no_quotes():
    same(ex.quoted_share_by_type(()), {})


@hint(
    "Keep the attributions whose .stance is 'distancing', and list each verb (.cue) once, in "
    "lowercase, in the order it first appears."
)
def test_distancing_verbs_in_order_once_each():
    attributions = (
        attribution(0, MAYOR, cue="said"),
        attribution(1, CHARITY, cue="claimed", stance="distancing"),
        attribution(2, RESIDENT, cue="Alleged", stance="distancing"),
        attribution(3, CHARITY, cue="claimed", stance="distancing"),
        attribution(4, POLICE, cue="warned", stance="alarm"),
    )
    same(ex.distancing_verbs(attributions), ["claimed", "alleged"])


@hint(
    "The records may come in any order: sort them by .sentence to find who speaks first and "
    "who has the last word."
)
def test_first_and_last_uses_the_sentence_order():
    attributions = (
        attribution(7, RESIDENT),
        attribution(2, POLICE),
        attribution(12, CHARITY),
        attribution(5, MAYOR),
    )
    same(ex.first_and_last(attributions), ("Captain Lee", "Greenway"))


@hint("An article with no attributions has no first or last source: return (None, None).")
def test_first_and_last_of_no_attributions():
    same(ex.first_and_last(()), (None, None))
