"""Who a document speaks for: the owner a speaker phrase names before a report or a finding.

A document speaks for its author (GUIDELINE.md): in "the Harbour Trust's (HT) review found"
or "a Harbour Trust review found" the review is the Trust's, so the Trust speaks, not "review".
This module reads that owner from the words of the phrase and the words right before it.

What it can not tell you: a document whose author is named elsewhere ("the review, led by Ana
Ruiz, found") or not at all ("the statement said") keeps its phrase; `resolve` looks for
the author of such a document in the sentences before.

>>> text = "The Harbour Trust's latest review found the pier was unsafe."
>>> document_owner(text, Phrase(4, 33, text[4:33])).text
'Harbour Trust'
>>> document_owner(text, Phrase(0, 9, "The pier")) is None
True
>>> document_owner("The study found it.", Phrase(0, 9, "The study")) is None
True
>>> document_owner("Friday's report said no.", Phrase(0, 15, "Friday's report")) is None
True
"""

from __future__ import annotations

import re

from .not_a_source import why_not_a_source
from .phrases import Phrase
from .words import ACRONYM_IN_BRACKETS, CAPITAL, DOCUMENT_NOUNS, FINDING_NOUNS

__all__ = ["document_owner"]

# a name of capitalised words, not a capitalised determiner: "The study found" names no owner
_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b)"
    rf"{CAPITAL}[\w\-&]*(?:\s+(?:of\s+|and\s+|for\s+)?{CAPITAL}[\w\-&]*)*"
)
# an acronym in brackets after the owner: "West Harbour Trust's (WHT) review"
_ACRONYM = rf"(?:\s*{ACRONYM_IN_BRACKETS})?"

# the owner inside the phrase: "Tarrow Council's latest report", "the council's review"
_POSSESSOR = re.compile(
    rf"(?:[Tt]he\s+)?(?P<owner>{_NAME}|[a-z][\w\-]*)['’]s?{_ACRONYM}\s+(?:[a-z][\w\-]*\s+){{0,2}}"
    r"(?P<document>[a-z]+)$"
)
# a name before the document: "a Harbour Trust review", "the Tarrow Police (TP) report"
_NAMED_BEFORE = re.compile(
    rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owner>{_NAME}){_ACRONYM}\s+(?:[a-z][\w\-]*\s+)?(?P<document>[a-z]+)$"
)
# the owner right before the phrase, cut off by its acronym's bracket: "after West Harbour
# Trust's (WHT) | probe found"
_POSSESSOR_BEFORE = re.compile(rf"(?P<owner>{_NAME})['’]s?{_ACRONYM}\s*$")


def _reports(word: str) -> bool:
    """Is ``word`` a document or a finding, or the plural of one ("reports")?"""
    return any(
        form in FINDING_NOUNS or form in DOCUMENT_NOUNS for form in (word, word.removesuffix("s"))
    )


def document_owner(text: str, phrase: Phrase | None) -> Phrase | None:
    """The owner of the document ``phrase`` names ("Tarrow Council" of "Tarrow Council's
    report"), as a phrase with the same role; None when the phrase names no document or
    its document has no owner in these words."""
    if phrase is None or not phrase.text.split():
        return None
    found = _POSSESSOR.fullmatch(phrase.text) or _NAMED_BEFORE.fullmatch(phrase.text)
    if found is not None and _reports(found.group("document")):
        start = phrase.start + found.start("owner")
        owner = found.group("owner")
    elif _reports(phrase.text.split()[-1].lower()) and len(phrase.text.split()) <= 3:
        before = _POSSESSOR_BEFORE.search(text, max(0, phrase.start - 120), phrase.start)
        if before is None:
            return None
        start, owner = before.start("owner"), before.group("owner")
    else:
        return None
    if why_not_a_source(owner) is not None:
        return None  # "Monday's report": a day owns nothing
    return Phrase(start, start + len(owner), owner, phrase.role)
