"""Several speakers in one subject: "Coun Green and Wharton say", "Both she and Maurice
Collins SC said".

A subject that names several people gives one attribution to each (`coordinated_people`);
a verb after "and", "but", "or" or "then" ("rejected it and alleged that") has the subject of
the verb before it (`coordinated`). The engine (`engine.Engine`) asks both of every cue.

Reads: the words of the phrase, and the packaged names of organisations and title words.

What it can not tell you: a subject is split only where every part reads as a person's name
or a pronoun; "police and government leaders" stays one phrase, and an organisation whose
name has "and" in it is one speaker only if the kit knows its name or its head word
("Fish and Wildlife Service").

>>> text = "Councillors Singh and Gord Lovegrove said"
>>> [p.text for p in coordinated_people(text, Phrase(0, 36, text[:36]))]
['Singh', 'Gord Lovegrove']
>>> coordinated_people("Stanley and Julie Patz said", Phrase(0, 22, "Stanley and Julie Patz"))
[]
>>> coordinated("He rejected it and", 0, 18)
True
"""

from __future__ import annotations

import re

from .phrases import Phrase, search_tail
from .words import ORG_HEADS, ROLE_WORDS, given_name, organization_names

__all__ = ["coordinated", "coordinated_people"]

_CONJUNCTIONS = ("and", "but", "or", "then")

_COORDINATED = re.compile(
    rf"\b(?:{'|'.join(_CONJUNCTIONS)})(?:\s+(?:has|have|had|also|later|then|was|were|is|are))*\s*$"
)


def coordinated(norm: str, start: int, end: int) -> bool:
    """Does ``norm[start:end]`` end in "and", "but", "or" or "then" (with "has", "also"...)?"""
    return search_tail(_COORDINATED, norm, start, end, 60) is not None


# "Coun Green and Wharton", "Mary Lupien, Kim Smith and Stanley Martin", "Both she and
# Maurice Collins SC": the parts of a subject that names several speakers
_BOTH = re.compile(r"(?:both|Both)\s+")
_AND_OR_COMMA = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAME_PARTICLES = frozenset("de da di del van von der bin al la le".split())


def coordinated_people(text: str, phrase: Phrase) -> list[Phrase]:
    """The people a coordinated subject names, one phrase each ("Councillors Singh and Gord
    Lovegrove" -> "Councillors Singh", "Gord Lovegrove"), or [] when the phrase is one
    speaker: not joined by "and", an organisation's name ("Marks and Spencer"), a lone given
    name that shares the surname after it ("Stanley and Julie Patz"), or a part that is no
    person's name or title ("police and government leaders")."""
    start = phrase.start
    both = _BOTH.match(text, start, phrase.end)
    if both:
        start = both.end()
    whole = text[start : phrase.end]
    if " and " not in whole or whole.lower() in organization_names():
        return []
    if whole.split()[-1].lower() in ORG_HEADS:
        return []  # "Queensland Fire and Rescue Service", "Fish and Wildlife Service": one body
    parts, at = [], start
    for joint in [*_AND_OR_COMMA.finditer(text, start, phrase.end), None]:
        end = joint.start() if joint else phrase.end
        parts.append(Phrase(at, end, text[at:end]))
        at = joint.end() if joint else at
    first = parts[0].text.split()[0].lower().rstrip(".")
    titled = first in ROLE_WORDS or (first.endswith("s") and first[:-1] in ROLE_WORDS)
    for k, part in enumerate(parts):
        title = part.text.split()[0]
        plural = title.lower()
        if len(part.text.split()) > 1 and plural.endswith("s") and plural[:-1] in ROLE_WORDS:
            # "Councillors Singh and Gord Lovegrove": the title is each one's, not a name's
            at = part.start + len(title) + 1
            parts[k] = Phrase(at, part.end, text[at : part.end], title)
    for part in parts:
        words = part.text.split()
        if len(words) == 1 and words[0].lower() in ("he", "she"):
            continue
        if not words or not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words):
            return []
        if len(words) == 1 and (given_name(words[0]) or not titled):
            return []  # "Stanley and Julie Patz"; "Israel and Hamas" (no title to share)
    last = parts[-1]
    return [*parts[:-1], Phrase(last.start, last.end, last.text, phrase.role)]
