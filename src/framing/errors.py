"""The one error the kit raises for bad input, and the checks that raise it.

Every message is one plain sentence (sometimes two) that says what happened and
what to do next, written for a student who has never seen a traceback.
"""

from __future__ import annotations

import re

__all__ = ["MAX_CHARS", "NOT_ENGLISH", "FramingError", "check_text"]

#: The longest text the kit analyses at once (about 800,000 words).
MAX_CHARS = 5_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# --- is it English? ---------------------------------------------------------------------------
# Two simple tests, on the first 6,000 characters, give every other language the same answer
# (`NOT_ENGLISH`):
# 1. the script: most letters are not Latin letters (Russian, Chinese, Arabic, Hindi, Greek ...);
# 2. the common words, in the first 3,000 characters: in English news about one word in three
#    is one of `_ENGLISH_WORDS` (28% to 38% on the 34 bundled and test articles).
#    A text of 20 words or more is not English when fewer than 4% of its words are, and a text
#    of any length is not English when it has more of another language's common words than of
#    English ones (Spanish, French, German, Portuguese, Italian, Dutch). An English article
#    that names "El Salvador" or "Los Angeles" still has far more "the", "of" and "said".
# Each list holds frequent function words of its language that are rare as English words
# ("no", "a", "was", "plus", "come" are left out), chosen by hand for this test.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ENGLISH_WORDS = frozenset(
    "the of and to a in is that for on it was with as by at from he she they said "
    "has have are were be this not an or his her their its which who will would".split()
)
_OTHER_LANGUAGES_WORDS = {
    "Spanish": "el la los las del que por para con una y se su al lo como más pero sus le ya "
    "este porque esta entre cuando muy sobre también hasta hay donde desde todo nos durante "
    "todos les ni contra otros ese eso ante ellos esto dijo según fue han",
    "French": "le les des du et une est que qui dans pour pas sur au avec il par ne ont sont "
    "aux cette mais ou été leur nous vous elle ses selon",
    "German": "der und den von zu das mit sich des auf für ist im dem nicht ein eine auch "
    "werden nach wird bei einer um sind noch wie einem über einen zum zur haben nur oder "
    "aber vor bis mehr durch kann wurde sagte",
    "Portuguese": "os da das dos em um uma para com não por mais na ao é foi são pelo pela "
    "mas também seu sua disse",
    "Italian": "il di che è della per sono non del dei delle nel nella con gli ha anche più "
    "questo alla al ma",
    "Dutch": "het een van en dat zijn voor niet aan ook bij maar uit nog naar wordt werd "
    "hun zegt zei",
}
_OTHER_WORDS = (
    frozenset(word for words in _OTHER_LANGUAGES_WORDS.values() for word in words.split())
    - _ENGLISH_WORDS
)

#: The one answer for every text that is not in English.
NOT_ENGLISH = (
    "{what} does not look like English, and the kit's word lists and rules are written for "
    "English news articles, so it cannot analyse it; try an English article instead."
)


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
        _check_english(text, what)
    return text


def _check_english(text: str, what: str) -> None:
    """Raise `NOT_ENGLISH` for a text in another language (see the two tests above)."""
    sample = text[:6_000]
    non_latin = len(_NON_LATIN_LETTER.findall(sample))
    if non_latin >= 2 and non_latin > len(_ANY_LETTER.findall(sample)) / 2:
        raise FramingError(NOT_ENGLISH.format(what=what))
    words = _WORD.findall(sample[:3_000].lower())
    english = sum(word in _ENGLISH_WORDS for word in words)
    other = sum(word in _OTHER_WORDS for word in words)
    if (len(words) >= 20 and english < 0.04 * len(words)) or other > max(english, 1):
        raise FramingError(NOT_ENGLISH.format(what=what))
