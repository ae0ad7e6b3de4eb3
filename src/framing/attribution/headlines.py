"""A headline that opens with its speaker and a colon: "Igesund: Nigeria didn't bully Bafana".

News headlines put a speaker before a colon and what they said after it, with no quotation
marks and no verb; it reads like "According to Igesund, Nigeria didn't bully Bafana". The
engine keeps such a tag only when the story below has the same source speak
(`engine.Engine`), so a topic before a colon is no speaker ("Election Results: ...").

What it can not tell you: a tag of a source the story never quotes, or a topic that is also
a source the story quotes ("Tarrow Council: What Happens Next"), is read the other way.

>>> text = "Neighbour: The Fire Spread In Minutes\\nAna Ruiz lives next door."
>>> headline_tag(text, 0, 37).text
'Neighbour'
>>> headline_tag("ALGERIA: Police Stop A Rally", 0, 28) is None
True
"""

from __future__ import annotations

import re

from .phrases import Phrase
from .words import CAPITAL

__all__ = ["headline_tag"]

# one to three capitalised words, a colon, then a capitalised word: "Police: Random Spree";
# not a time ("Fiji Time: 5:36 PM") nor a topic in small words ("Manchester shooting: ...")
_TAG = re.compile(rf"\s*({CAPITAL}[\w'’.\-]*(?:\s+{CAPITAL}[\w'’.\-]*){{0,2}})\s*:\s+(?={CAPITAL})")
_QUOTATION_MARKS = re.compile(r"[\"“”‘’']\s*[A-Z]|[\"“”]")

_STATEMENT_WORDS = 3  # "Igesund: Nigeria didn't bully Bafana"; "Tag: Cholera" is no statement


def headline_tag(text: str, start: int, end: int) -> Phrase | None:
    """The speaker before the colon of a headline at ``[start, end)``, if it opens with one
    and a statement with no quotation follows; else None. An all-capitals word before the
    colon is a dateline ("MALACCA: ..."); a headline with a quotation has its own reading
    (`marks.MarkReader.colon_and_dash_phrases`)."""
    found = _TAG.match(text, start, end)
    if found is None or found.group(1).isupper():
        return None
    statement = text[found.end() : end]
    if len(statement.split()) < _STATEMENT_WORDS or _QUOTATION_MARKS.search(statement):
        return None
    return Phrase(found.start(1), found.end(1), found.group(1))
