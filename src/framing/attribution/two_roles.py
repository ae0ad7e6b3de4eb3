"""A source the text gives two roles: which one types it (GUIDELINE.md §5 of the real-news
set: "a source with two roles gets the type of the role the text gives it where it
speaks").

Two readings, each a rule of `source_types.source_type`: two roles of different types in
the words that describe a source ("the health minister and a senator"), decided by the one a
description it speaks through names ("the senator said"); and two titles before a name
("Information Minister Sen. Ana Ruiz"), decided by the outer one, the job. Where a title of
capitalised words begins (`title_start`) is read here for `source_types` too.

What it can not tell you: a source whose description where it speaks was taken for another
source (the resolver's matter) keeps the type of its first role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .records import OTHER, Mention
from .type_words import head_word, type_of_head, words_for_types
from .words import HONORIFICS, ORG_HEADS, PRONOUNS, RANKS, ROLE_WORDS, TYPE_VOCABULARY

if TYPE_CHECKING:
    from .source_types import WordTable

# The roles a role text gives, each up to the body it is of: "the pensions minister and MP
# for Hexham" gives a minister and an MP; "Information Minister Sen." a minister and a senator
_ROLE_PARTS = re.compile(r"\s+and\s+|,\s*")
_BODY_AFTER = re.compile(r"\s(?:of|at|for|with|from|in)\s.*", re.DOTALL)


def type_where_it_speaks(name: str, role: str | None, mentions: Sequence[Mention]) -> str | None:
    """A source the text gives two roles of different types ("Ana Ruiz, the health minister
    and MP for Tarrow") takes the type of the one it speaks as where the text says so ("...,
    the MP said"; GUIDELINE.md §5): a description it speaks through that names one of them."""
    roles: dict[str, str] = {}
    for part in _ROLE_PARTS.split(role or ""):
        for word in words_for_types(_BODY_AFTER.sub("", part).lower()):
            kind = TYPE_VOCABULARY.get(word)
            if word in ROLE_WORDS and word not in ORG_HEADS and kind not in (None, OTHER):
                roles[word] = kind
    if len(set(roles.values())) < 2:
        return None
    names = {w.lower() for w in name.split()}
    for mention in mentions:
        words = {w.lower() for w in mention.text.split()}
        if words & names or mention.text.lower() in PRONOUNS:
            continue
        if mention.text.lower().startswith(("a ", "an ")):
            continue  # "A minister has said ...": a lede introduces, before it says which role
        head = head_word(mention.text)
        if head in roles and type_of_head(mention.text) == roles[head]:
            return roles[head]
    return None


def type_of_stacked_titles(at: int, text: str, word_table: WordTable) -> str | None:
    """Two titles before a name that starts at ``at``: the outer one names the job the inner
    one (a degree, a seat) does not ("Information Minister Sen. Ana Ruiz" is a minister,
    "Health Minister Dr. Tom Lee" too; "Rev. Dr. Tom Lee" is a clergyman, whom no type fits:
    GUIDELINE.md §5 "other"). Where the outer title is a rank ("Sir", "Hon."), None."""
    starts, ends, keys = word_table
    i = bisect.bisect_left(starts, at) - 1
    if i < 1 or text[ends[i] : at].strip(" .") or keys[i] not in ROLE_WORDS:
        return None
    outer = i - 1
    if text[ends[outer] : starts[i]].strip(" .") or keys[outer] not in ROLE_WORDS:
        return None
    # the inner title is a degree ("Dr.") or an abbreviated seat after a title written out
    # ("Minister Sen."); two abbreviations make one title ("Lt. Gov.", "Maj. Gen.")
    abbreviated = text.startswith(".", ends[i])
    if keys[i] not in HONORIFICS and (not abbreviated or text.startswith(".", ends[outer])):
        return None
    if not (text[starts[i]].isupper() and text[starts[outer]].isupper()):
        return None
    if keys[outer] in RANKS or keys[outer] == keys[i]:
        return None
    j = title_start(outer, text, word_table, most=2)  # "Jamaican Information Minister"
    return type_of_head(text[starts[j] : ends[outer]]) or OTHER


def title_start(last: int, text: str, word_table: WordTable, *, most: int) -> int:
    """The index of the first word of a title that ends with word ``last``: the capitalised
    words, up to ``most`` of them before it, that run into it on one line with only spaces
    between ("City Council Vice President", not "Tarrow.\nVice President")."""
    starts, ends, _ = word_table
    j = last
    while j > max(last - most, 0) and not text[ends[j - 1] : starts[j]].strip():
        if not text[starts[j - 1]].isupper() or "\n" in text[ends[j - 1] : starts[j]]:
            break
        j -= 1
    return j
