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

# The checks below look at UTF-8 bytes, where ``bytes.translate`` drops or replaces
# characters at C speed; a regular expression with a class of characters tests each
# character in turn and is several times slower. Every byte of a multi-byte character
# is 128 or more, so an ASCII byte always stands for that ASCII character.
_ASCII_BYTES = bytes(range(128))
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_LOWERCASE_OR_SPACE = bytes(b if 97 <= b <= 122 else 32 for b in range(256))  # a-z, else " "
# The same with A-Z lowercased: for text that ``str.lower`` would change only there and
# outside ASCII (of those, only "İ" U+0130 and the Kelvin sign U+212A lowercase to an
# ASCII letter: "i̇" and "k").
_LETTERS_LOWERED_OR_SPACE = bytes(
    b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 else 32 for b in range(256)
)
_ENGLISH_WORDS_UTF8 = frozenset(word.encode() for word in _ENGLISH_WORDS)


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
    head_utf8 = _utf8(text[:100_000])
    if "\x00" in text or len(head_utf8.translate(None, _NOT_CONTROL_BYTES)) > 20:
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
        # A short text is its own sample: encode it once.
        _check_english(text, what, sample_utf8=head_utf8 if len(text) <= 6_000 else None)
    return text


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _check_english(text: str, what: str, *, sample_utf8: bytes | None = None) -> None:
    sample = text[:6_000]
    if sample_utf8 is None:
        sample_utf8 = _utf8(sample)
    # Only a character outside ASCII can be a non-Latin letter: look at those alone.
    non_ascii = sample_utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if _NON_LATIN_LETTER.search(non_ascii):
        letters = len(_ANY_LETTER.findall(sample))
        latin = len(_LATIN_LETTER.findall(sample))
    else:
        letters = latin = 40  # no letter outside the Latin alphabets
    if letters >= 40 and latin < letters / 2:
        raise FramingError(
            f"{what} does not look like English: most of its letters are not Latin letters. "
            "The kit's word lists and rules are written for English news articles."
        )
    # The words are the runs of letters a-z (lowercased A-Z): everything else is a space.
    head = sample[:1_500]
    if "\u0130" in head or "\u212a" in head:
        words = _utf8(head.lower()).translate(_LOWERCASE_OR_SPACE).split()
    else:  # no İ or Kelvin sign: lowercasing the bytes A-Z is the same, and quicker
        words = _utf8(head).translate(_LETTERS_LOWERED_OR_SPACE).split()
    is_english = _ENGLISH_WORDS_UTF8.__contains__
    enough = len(words) * 0.04
    # The first hundred words usually hold enough common words: count all only if not.
    if (
        len(words) >= 40
        and sum(map(is_english, words[:100])) < enough
        and sum(map(is_english, words)) < enough
    ):
        raise FramingError(
            f"{what} does not look like English: it has almost none of the common English "
            "words (the, of, and, said). The kit's word lists and rules are written for "
            "English news articles."
        )
