"""The one error the kit raises for bad input, and the checks that raise it.

Every message is one plain sentence (sometimes two) that says what happened and
what to do next, written for a student who has never seen a traceback.
"""

from __future__ import annotations

import re

__all__ = ["MAX_CHARS", "FramingError", "check_text"]

#: The longest text the kit analyses at once (about 800,000 words).
MAX_CHARS = 5_000_000

_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_ENGLISH_WORDS = frozenset(
    "the of and to a in is that for on it was with as by at from he she they said "
    "has have are were be this not an or his her their its which who will would".split()
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LOWERCASE_WORD = re.compile(r"[a-z]+")


class FramingError(ValueError):
    """Bad input to the kit, with a message a student can act on."""


def _describe(value: object) -> str:
    kind = type(value).__name__
    article = "an" if kind[:1].lower() in "aeiou" else "a"
    return f"{article} {kind}"


def check_text(text: object, *, what: str = "The article", check_language: bool = True) -> str:
    """Return ``text`` unchanged if the kit can analyse it, else raise `FramingError`.

    >>> check_text("Officials said the plan would work.")
    'Officials said the plan would work.'
    """
    if text is None:
        raise FramingError(
            f"{what} is missing (got None). Pass the article's text as a string, "
            'for example Article("The mayor said ...").'
        )
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise FramingError(
            f"{what} is bytes, not text. Decode it first (data.decode('utf-8')), "
            "or open the file with framing.read_article(path), which does that for you."
        )
    if not isinstance(text, str):
        raise FramingError(
            f"{what} must be a string of text, but got {_describe(text)}. "
            "If you have a list of paragraphs, join them first: '\\n'.join(paragraphs)."
        )
    if len(text) > MAX_CHARS:
        raise FramingError(
            f"{what} is {len(text):,} characters long, more than the {MAX_CHARS:,} "
            "the kit analyses at once. Split it into separate articles."
        )
    if not text.strip():
        raise FramingError(
            f"{what} is empty. Paste an article's text between the quotes and try again."
        )
    if "\x00" in text or len(_CONTROL.findall(text, 0, 100_000)) > 20:
        raise FramingError(
            f"{what} contains control characters, so it looks like a binary file "
            "rather than text. Open a .txt, .md or .html file instead."
        )
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        raise FramingError(
            f"{what} looks like a web page's HTML code, not article text. "
            "Use framing.read_article('page.html') to pull the article out of it first."
        )
    if check_language:
        _check_english(text[:6_000], what)
    return text


def _check_english(sample: str, what: str) -> None:
    """Raise `FramingError` when the start of a text, ``sample``, is not English."""
    if _NON_LATIN_LETTER.search(sample):
        letters = len(_ANY_LETTER.findall(sample))
        latin = len(_LATIN_LETTER.findall(sample))
        if letters >= 40 and latin < letters / 2:
            raise FramingError(
                f"{what} does not look like English: most of its letters are not Latin "
                "letters. The kit's word lists and rules are written for English news articles."
            )
    words = _LOWERCASE_WORD.findall(sample[:1_500].lower())
    common = sum(word in _ENGLISH_WORDS for word in words)
    if len(words) >= 40 and common < len(words) * 0.04:
        raise FramingError(
            f"{what} does not look like English: it has almost none of the common English "
            "words (the, of, and, said). The kit's word lists and rules are written for "
            "English news articles."
        )
