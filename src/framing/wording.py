"""How the kit writes a count in a sentence ("1 quotation", "46,296 quotations") and
shortens a long text to fit a line.

One home for each rule, so reports, messages and pages agree. It knows English
regular plurals and the few irregular ones the kit uses; it can not inflect
any other noun correctly, so pass ``plural=`` for those.
"""

from __future__ import annotations

__all__ = ["one_line", "plural", "shorten"]

_IRREGULAR = {"person": "people", "child": "children", "was": "were", "has": "have", "is": "are"}


def plural(count: int, word: str, plural: str | None = None) -> str:
    """The count with thousands separators, then the word in the right number.

    >>> plural(1, "quotation"), plural(46296, "quotation"), plural(0, "source")
    ('1 quotation', '46,296 quotations', '0 sources')
    >>> plural(2, "loaded term"), plural(3, "attribution verb"), plural(2, "person")
    ('2 loaded terms', '3 attribution verbs', '2 people')
    """
    return f"{count:,} {word if count == 1 else plural or _plural_of(word)}"


def shorten(text: str, width: int) -> str:
    """``text`` as it is when it fits in ``width`` characters, else cut to fit with "…".

    >>> shorten("Ana Ruiz", 20), shorten("The Ministry of the Interior", 12)
    ('Ana Ruiz', 'The Ministr…')
    """
    return text if len(text) <= width else text[: width - 1] + "…"


def one_line(message: str) -> str:
    """A message on one line, its runs of spaces and line breaks made single spaces.

    >>> one_line("No text\\n  in  it.")
    'No text in it.'
    """
    return " ".join(message.split())


def _plural_of(word: str) -> str:
    head, _, last = word.rpartition(" ")
    if last in _IRREGULAR:
        many = _IRREGULAR[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        many = last + "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        many = last[:-1] + "ies"
    else:
        many = last + "s"
    return f"{head} {many}" if head else many
