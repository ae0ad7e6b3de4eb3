"""Checks for exercise 05 (rewrite lab): ex05_rewrite_lab.py."""

from __future__ import annotations

from _records import LEXICON, analysis, hit

from framing.grading import hint, same, student_module

ex = student_module(__file__)


@hint(
    "Replace whole words only ('regimes' is another word), and find 'Regime' as well as 'regime'."
)
def test_replace_word_whole_words_any_case():
    text = "The regime's critics met regime officials. Regimes fall."
    expected = "The government's critics met government officials. Regimes fall."
    same(ex.replace_word(text, "regime", "government"), expected)


@hint("When the word you replace starts with a capital letter, start the replacement with one.")
def test_replace_word_keeps_a_capital():
    text = "Thugs attacked. Police said the thugs fled."
    same(
        ex.replace_word(text, "thugs", "suspects"),
        "Suspects attacked. Police said the suspects fled.",
    )


@hint("Make each replacement in turn; words that are not in the dict stay as they are.")
def test_neutralize_makes_every_replacement():
    text = "The regime began a crackdown; the Crackdown terrorised the town."
    replacements = {"crackdown": "operation", "regime": "government", "terrorised": "alarmed"}
    expected = "The government began a operation; the Operation alarmed the town."
    same(ex.neutralize(text, replacements), expected)


@hint(
    "Count the hits of each text with framing.count_loaded_terms(text, lexicon) and subtract: "
    "before minus after."
)
def test_loaded_change_counts_the_removed_terms():
    before = "The regime's thugs began a draconian crackdown."
    after = "The government's police began a strict operation."
    same(ex.loaded_change(before, after, LEXICON), 4)
    same(ex.loaded_change(after, before, LEXICON), -4)


@hint(
    "Only the outlet's own words (voice 'outlet') get a suggestion: changing a quotation or a "
    "reported claim changes what someone said."
)
def test_suggestions_leave_quotations_alone():
    text = (
        'The regime began a crackdown. "They are thugs," said Ana Ruiz. '
        "Greenway claimed the draconian law was new."
    )
    hits = (
        hit("regime"),
        hit("crackdown"),
        hit("thugs", "Ana Ruiz"),
        hit("claim", text="claimed"),
        hit("draconian", "reported: Greenway"),
    )
    expected = {"regime": "government", "crackdown": "operation"}
    same(ex.suggestions(analysis(text, hits=hits)), expected)


@hint("Skip terms whose lexicon entry has no neutral alternative (hit.entry.neutral is '').")
def test_suggestions_skip_terms_without_an_alternative():
    text = "The notorious Regime began its crackdowns on Monday."
    hits = (hit("notorious"), hit("regime", text="Regime"), hit("crackdown", text="crackdowns"))
    expected = {"regime": "government", "crackdowns": "operation"}
    same(ex.suggestions(analysis(text, hits=hits)), expected)
