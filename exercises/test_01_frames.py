"""Checks for exercise 01 (reading for framing): ex01_frames.py."""

from __future__ import annotations

from framing import Article
from framing.grading import hint, same, student_module

ex = student_module(__file__)

FRAMES = {
    "security": ["gang", "crime", "terrorist"],
    "rights": ["rights", "due process", "detainees"],
    "economy": ["jobs", "tourism"],
}


@hint("The headline is a paragraph too: when article.headline is not None, skip it.")
def test_lead_paragraph_skips_the_headline():
    article = Article(
        "Council Backs Bus Depot\n\nMILLBROOK - The council approved the depot on Tuesday."
        "\n\nResidents objected to the noise."
    )
    same(ex.lead_paragraph(article), "MILLBROOK - The council approved the depot on Tuesday.")


@hint("When article.headline is None, the lead is the very first paragraph.")
def test_lead_paragraph_without_a_headline():
    article = Article(
        "The harbour reopened on Friday after the storm.\n\nFishing boats returned at dawn.",
        headline=False,
    )
    same(ex.lead_paragraph(article), "The harbour reopened on Friday after the storm.")


@hint(
    "Ignore capitals and the punctuation stuck to a word: 'Gang,' and 'GANG!' are both the "
    "word 'gang'."
)
def test_count_word_ignores_case_and_punctuation():
    text = "Gang violence fell. The gang, police said, had left.\nWas it a GANG? Yes: gang!"
    same(ex.count_word(text, "gang"), 4)


@hint("Count whole words only: 'gangs' and 'gangway' are other words that contain 'gang'.")
def test_count_word_counts_whole_words_only():
    text = "The gangs crossed the gangway; one gang stayed behind."
    same(ex.count_word(text, "gang"), 1)
    same(ex.count_word(text, "tourism"), 0)


@hint(
    "Every frame needs a count, 0 included, and a phrase such as 'due process' is found as a "
    "whole phrase in the text, not word by word."
)
def test_frame_counts_counts_every_frame_and_phrases():
    text = (
        "Officials said gang crime had fallen. Lawyers for the detainees said due process "
        "was ignored, and that rights groups were kept out. Nobody mentioned processes."
    )
    same(ex.frame_counts(text, FRAMES), {"security": 2, "rights": 3, "economy": 0})


@hint("Count each frame's words (frame_counts does that) and return the frame with the top total.")
def test_dominant_frame_finds_the_clear_winner():
    text = "Tourism and jobs came back. Hotels hired staff; jobs in the port doubled. No crime."
    same(ex.dominant_frame(text, FRAMES), "economy")


@hint(
    "Return None in two cases: when no frame word appears at all, and when two frames share "
    "the top count."
)
def test_dominant_frame_is_none_for_a_tie_or_no_frame():
    tie = "Crime fell, the minister said, while rights groups complained."
    same(ex.dominant_frame(tie, FRAMES), None)
    same(ex.dominant_frame("The weather was mild all week.", FRAMES), None)
