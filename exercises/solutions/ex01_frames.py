"""Exercise 01 · Reading for framing.

A frame selects some aspects of a story and makes them salient (Entman 1993). Two
simple signs of salience are what comes first and what is repeated. Write the
functions below, save the file (Ctrl+S), then check your work:

    framing.grading.check("01")           # in a notebook
    pytest exercises/test_01_frames.py    # in a terminal, from the kit's folder

Difficulty: ☼ warm-up · ◑ a few steps · ★ a challenge.

What these counts can't tell you: a word can be repeated to reject a frame as well as
to promote it, and a list of keywords only finds the frames you thought of.
"""

from __future__ import annotations

from framing import Article


def lead_paragraph(article: Article) -> str:
    """☼ The text of the article's first paragraph after the headline.

    ``article.paragraphs`` lists the paragraphs, each with ``.text``;
    ``article.headline`` is the headline paragraph, or None when there is none.

    >>> lead_paragraph(Article("Storm Hits Coast\\n\\nA storm hit the coast. Roads closed."))
    'A storm hit the coast. Roads closed.'
    """
    # BEGIN SOLUTION
    body = article.paragraphs[1:] if article.headline is not None else article.paragraphs
    return body[0].text if body else ""
    # END SOLUTION


def count_word(text: str, word: str) -> int:
    """☼ How many times ``word`` appears in ``text`` as a whole word, ignoring case.

    "gang" counts in "Gang leaders" and in "the gang." but not in "gangs" or "gangway".

    >>> count_word("The gang fled. Police chased the Gang, not the gangs.", "gang")
    2
    """
    # BEGIN SOLUTION
    import re

    pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
    return len(re.findall(pattern, text, flags=re.IGNORECASE))
    # END SOLUTION


def frame_counts(text: str, frames: dict[str, list[str]]) -> dict[str, int]:
    """◑ For each frame, how many times its words appear in ``text``.

    ``frames`` maps a frame's name to its words; a word may be a phrase, like
    "due process". Count whole words, ignoring case, as ``count_word`` does. Every
    frame gets a count, 0 included.

    >>> frames = {"security": ["gang", "crime"], "rights": ["rights", "due process"]}
    >>> frame_counts("Gang crime fell. Critics said due process and rights suffered.", frames)
    {'security': 2, 'rights': 2}
    """
    # BEGIN SOLUTION
    return {name: sum(count_word(text, word) for word in words) for name, words in frames.items()}
    # END SOLUTION


def dominant_frame(text: str, frames: dict[str, list[str]]) -> str | None:
    """★ The frame whose words appear most often in ``text``.

    Return None when no frame word appears at all, and when two or more frames share
    the highest count: a tie is not a dominant frame.

    >>> frames = {"security": ["gang", "crime"], "rights": ["rights"]}
    >>> dominant_frame("Gang crime fell, but rights groups objected.", frames)
    'security'
    >>> print(dominant_frame("The weather was fine.", frames))
    None
    """
    # BEGIN SOLUTION
    counts = frame_counts(text, frames)
    top = max(counts.values(), default=0)
    leaders = [name for name, count in counts.items() if count == top]
    return leaders[0] if top > 0 and len(leaders) == 1 else None
    # END SOLUTION
