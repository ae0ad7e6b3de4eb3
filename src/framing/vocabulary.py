"""The word lists the engine reads text with, loaded from ``framing/data`` (see SOURCES.md).

One list per idea, shared by every module that needs it: the abbreviated titles that keep
"Det." from ending a sentence (`framing.text`) are the ones that make "Det. Sam Cole" one
person described by a title (`framing.attribution`); the speech verbs, with what each takes
and where it can stand, are the attribution engine's cues; the source words (roles,
organisation and group words, and the source type each points to) are how it reads who
speaks.

What it can not tell you: a list knows only the words it lists. A title it lacks ("Supt"
without its full stop, "Insp" in another language) is read as an ordinary word.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = [
    "NAME_ABBREVIATIONS",
    "SPEECH_VERBS",
    "TITLE_ABBREVIATIONS",
    "TITLE_WORDS",
    "TYPE_OF_WORD",
    "SpeechVerb",
    "data_rows",
    "words_of_kind",
]


@cache
def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a packaged data file (``framing/data/NAME``), as dicts."""
    content = (files("framing") / "data" / name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(content)))


def _titles(*kinds: str) -> dict[str, str]:
    return {
        row["abbreviation"]: row["stands_for"]
        for row in data_rows("titles.csv")
        if row["kind"] in kinds
    }


#: Abbreviated titles before a name, as written without their full stop: "Det", "Sgt", "Cllr".
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(_titles("title"))
#: Every abbreviation that belongs to a name: the titles, and "Jr", "Sr", "St".
NAME_ABBREVIATIONS: frozenset[str] = frozenset(_titles("title", "name part"))
#: Each abbreviated title, lowercase, and the word it stands for: "det" -> "detective".
TITLE_WORDS: dict[str, str] = {
    abbreviation.lower(): word for abbreviation, word in _titles("title").items()
}


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """A verb that reports speech (``data/speech_verbs.csv``); its stance is in the lexicon."""

    verb: str  # "say", "point out"
    forms: tuple[str, ...]  # "said", "says", "saying"
    takes_clause: bool  # "said that ...", as against "condemned the plan"
    before_speaker: bool  # `"...," said the mayor`
    in_headlines: bool  # a cue in a headline too: "Mayor Warns of Cuts"
    # in a headline, a cue only beside a quotation: "X rejects bid as 'opportunistic'",
    # but not "Council Rejects Budget Plan"
    in_headlines_with_quotation: bool
    needs_clause: bool  # a cue only before a clause or a quotation: "expects that ..."
    also_a_noun: bool  # "claims of", "climate pledges": a noun unless a speaker comes first
    # a cue only beside a quotation: `"...," Lilly continued`, but not "the rain continued"
    needs_quotation: bool = False


def _speech_verbs() -> tuple[SpeechVerb, ...]:
    return tuple(
        SpeechVerb(
            verb=row["verb"],
            forms=tuple(row["forms"].split("|")),
            takes_clause=row["takes"] == "clause",
            before_speaker=row["before_speaker"] == "yes",
            in_headlines=row["in_headlines"] in ("yes", "with a quotation"),
            in_headlines_with_quotation=row["in_headlines"] == "with a quotation",
            needs_clause=row["needs_clause"] in ("yes", "with a quotation"),
            also_a_noun=row["also_a_noun"] == "yes",
            needs_quotation=row["needs_clause"] == "with a quotation",
        )
        for row in data_rows("speech_verbs.csv")
    )


#: Every speech verb the engine knows as a cue, in the order of ``data/speech_verbs.csv``.
SPEECH_VERBS: tuple[SpeechVerb, ...] = _speech_verbs()


def words_of_kind(kind: str) -> frozenset[str]:
    """The words of ``data/source_words.csv`` of one kind: "role" (a title or job before or
    after a name: "minister", "coach"), "organisation name end" ("Institute", "Ministry"),
    "organisation" ("the company", "the union"), "company", "group" (people spoken of as a
    group: "aides", "critics"), "person" ("a diplomat", "one agent"), "post-nominal" ("SC"),
    "newspaper name start" ("Daily") or "people affected" (the people an event touched, named
    as a group: "residents", "victims")."""
    kinds = {row["word"]: row["kinds"].split("|") for row in data_rows("source_words.csv")}
    known = {k for ks in kinds.values() for k in ks if k}
    if kind not in known:
        raise ValueError(f"No kind of source word named {kind!r}; the kinds are {sorted(known)}.")
    return frozenset(word for word, ks in kinds.items() if kind in ks)


#: The source type each telling word points to: "judge" -> "court", "activist" -> "advocacy group".
TYPE_OF_WORD: dict[str, str] = {
    row["word"]: row["type"] for row in data_rows("source_words.csv") if row["type"]
}
