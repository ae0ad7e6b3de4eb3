"""A surname two speakers share: "Parrott said" after Ted Parrott and Pamela Parrott have
both spoken names neither for sure.

The resolve stage reads a lone surname as the person named with it last (`resolve.Resolver.
_by_surname`); when two people of that surname have each spoken and the text has not yet
called either of them by the surname alone, the reader cannot tell whom it means, and a
quotation gets no speaker rather than a guess (precision before recall).

What it can not tell you: who is meant. A title ("Mr Parrott", "Chief Rodriguez") or a
first name is read elsewhere and may still tell them apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .cast import Cast
from .reading import Said, has_spoken

__all__ = ["SHARED_SURNAME", "two_speakers_share"]

# shown to a student as "Speaker unclear: ..." (`render`)
SHARED_SURNAME = "two speakers share this surname, and the text does not say which"


def two_speakers_share(
    cast: Cast, said: Mapping[int, Sequence[Said]], words: Sequence[str], offset: int
) -> bool:
    """Is a speaker phrase of one word (``words``, no title: "Parrott") the surname of two
    people named before ``offset`` who have both spoken, and has the text called neither
    by the surname alone before?"""
    if len(words) != 1:
        return False
    surname = words[0]
    named = [
        entity
        for entity in cast.by_last_word.get(surname.lower(), ())
        if cast.facts[entity].kind in ("person", "name")
        and " " in entity.name
        and cast.named_before(entity, offset)
    ]
    speakers = [entity for entity in named if has_spoken(said, entity)]
    called_so = any(
        mention.text.lower() == surname.lower() and mention.start < offset
        for entity in named
        for mention in cast.mentions[entity]
    )
    return len(speakers) >= 2 and not called_so
