"""Role descriptions that open a clause: "..., but the mayor spoke up", "While he agreed,
the President took offense".

A pronoun right after such a clause ("“No,” he said") most likely means the person who
holds that role, not the last name the sentence gave. This module finds those clauses;
`resolve.Resolver._described_subject_before` decides whom the role stands for.

What it can not tell you: it reads the clause's surface ("the <role> <verb>"), so a role
word used as an object of a verb that looks like a clause's opening can be caught too;
the heads are limited to words for one person (`words.PERSON_NOUNS`, not `ORG_HEADS`).
"""

from __future__ import annotations

import re

from .page import Page
from .words import ORG_HEADS, PERSON_NOUNS

# "the mayor spoke up", ", the President took offense": a role description opening a
# clause (after a comma, a semicolon, "but", "and" or "then"), then a lowercase word that is
# not "and" or a preposition, its verb
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:but|and|then)\s+)"
    r"([Tt]he\s+(?:[A-Za-z]+\s+)??([A-Za-z]+))\s+(?!of\b|for\b|in\b|at\b|to\b|and\b)[a-z]+\b",
    re.MULTILINE,
)


class RoleClauses:
    """The "the <role>" clause openings of the page's sentences, read outside quotations."""

    def __init__(self, page: Page) -> None:
        self.article = page.article
        self.text = page.text
        self.inside_quote = page.inside_quote

    def last_before(self, sentence: int, offset: int) -> tuple[int, int, str] | None:
        """The last "the <role>" opening a clause of the sentence before the pronoun's:
        (start, end, head); None when there is none, or when the pronoun's own sentence
        has one before the pronoun ("The Taoiseach was not going to agree, he remarked":
        reported words, not who speaks)."""
        if sentence == 0 or self.in_sentence(sentence, offset):
            return None
        found = self.in_sentence(sentence - 1, offset)
        return found[-1] if found else None

    def in_sentence(self, index: int, offset: int) -> list[tuple[int, int, str]]:
        """Each "the <role>" opening a clause of sentence ``index`` before ``offset``, outside
        quotations, whose head is a word for one person ("the mayor", not "the council" or
        "the residents"): (start, end, head)."""
        here = self.article.sentences[index]
        found = []
        for match in _DESCRIBED_SUBJECT.finditer(self.text, here.start, min(here.end, offset)):
            head = match.group(2).lower()
            if (
                head in PERSON_NOUNS
                and head not in ORG_HEADS
                and not head.endswith("s")
                and not self.inside_quote(match.start(1))
            ):
                found.append((match.start(1), match.end(1), head))
        return found
