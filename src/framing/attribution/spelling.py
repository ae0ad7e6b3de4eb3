"""A name as the text prints it: initials keep their full stops.

The phrase reader takes a name apart into words ("Dr. R. M Ratnayake" into "R", "M",
"Ratnayake"; "D.Azith Kumar" into "D", "Azith", "Kumar"); joined with spaces, those words
lose the stops the text gives its initials. `as_printed` gives the name back as printed,
so a student sees "R. M Ratnayake", not "R M Ratnayake".

>>> as_printed("Dr. R. M Ratnayake, a director", ("R", "M", "Ratnayake"))
'R. M Ratnayake'
>>> as_printed("D.Azith Kumar said", ("D", "Azith", "Kumar"))
'D.Azith Kumar'
>>> as_printed("Ana  Ruiz", ("Ana", "Ruiz"))
'Ana Ruiz'

What it can not tell you: it only restores full stops after single capital letters; any
other difference between the words and the text leaves the words joined with spaces.
"""

from __future__ import annotations

import re

__all__ = ["as_printed"]

# between two words of a name: spaces, or a full stop and perhaps spaces ("R. M", "D.Azith")
_BETWEEN = r"(?:\.\s*|\s+)"


def as_printed(text: str, words: tuple[str, ...]) -> str:
    """``words`` (a name) joined as ``text`` prints them when it gives a single-letter word
    a full stop ("R. M Ratnayake", "D.Azith"); else joined with spaces."""
    joined = " ".join(words)
    if not any(len(word) == 1 for word in words[:-1]):
        return joined
    pattern = _BETWEEN.join(re.escape(word) for word in words)
    found = re.search(rf"(?<!\w){pattern}(?!\w)", text)
    return found.group() if found is not None else joined
