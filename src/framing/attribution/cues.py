"""Stage 1: the attribution cues of a sentence.

A cue is one of the words of ``_CUES`` (every form of a speech verb, "according to", "was
quoted as saying"), read as a verb only where the words around it allow: not after "the"
("the claims"), not a name in a capitalised run ("the United States"), not a verb of
thinking without a clause after it ("expects rain"). Colons and dashes next to a quotation
are found with the speaker phrases (`speakers`).

What it can not tell you: a verb the list lacks is no cue, and a word the list has is read
from its neighbours, not its meaning: "a warning" is a noun, "warning that" a cue.
"""

from __future__ import annotations

import bisect
import re

from ..text import Sentence
from ..vocabulary import SPEECH_VERBS
from .phrases import ends_in_closing_quote
from .reading import CueMatch
from .words import (
    CUE_LENGTHS,
    CUES,
    INVERTIBLE,
    MESSAGE_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    TYPE_VOCABULARY,
    is_plural,
    people_word,
)

# "declined to comment", "did not say": no words reported
_DECLINED_WORDS = tuple(
    "not|never|declined to|refused to|did not|would not|could not|won't|didn't".split("|")
)

_DECLINED = re.compile(rf"\b(?:{'|'.join(_DECLINED_WORDS)})\s*$")

_CONTRACTIONS = frozenset("he's she's it's that's there's who's what's here's where's".split())

_PRONOUN_OBJECTS = frozenset("he she they it who which that also".split())

_MODALS = frozenset("to would will could should might may must can one two another".split())

_NOUN_LIKE = frozenset(v.verb for v in SPEECH_VERBS if v.also_a_noun)

_HEADLINE_CUES = frozenset(v.verb for v in SPEECH_VERBS if v.in_headlines)

# Verbs of thinking or finding: a cue only when a reported clause or a quotation follows.
_NEEDS_CLAUSE = frozenset(v.verb for v in SPEECH_VERBS if v.needs_clause)

_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your any no every each some".split()
)

_QUOTE_SOON = re.compile(r"\s*(?:\w+\s+){0,3}[:,]?\s*[\"']")

_CLAUSE_MARK = re.compile(r"[,;:()\"“”]")


class CueFinder:
    """Finding cues: the first stage of `Engine`."""

    # -- cues ---------------------------------------------------------------------------
    def cues(self, sentence: Sentence) -> list[CueMatch]:
        cached = self._cues.get(sentence.index)
        if cached is None:
            cached = self._cues[sentence.index] = self._find_cues(sentence)
        return cached

    def _find_cues(self, sentence: Sentence) -> list[CueMatch]:
        found: list[CueMatch] = []
        candidates = self._cue_words.get(sentence.index)
        if candidates is None:
            return found
        indices = self.word_range(sentence)
        keys, starts, ends = self.keys, self.starts, self.ends
        last = indices.stop
        taken = -1
        for k in candidates:
            key = keys[k]
            if k < taken or self.inside_quote(starts[k]):
                continue
            match = None
            for size in CUE_LENGTHS[key]:
                spec = CUES.get(tuple(keys[k : k + size])) if k + size <= last else None
                if spec is not None:
                    lemma, clause, form = spec
                    match = CueMatch(
                        starts[k],
                        ends[k + size - 1],
                        lemma,
                        clause,
                        (k, k + size),
                        form,
                    )
                    break
            if match is not None and self._is_verb(match, indices):
                found.append(match)
                taken = match.words[1]
        return found

    def _words_that_may_cue(self) -> dict[int, list[int]]:
        """The words that can start a cue ("said", "according"), sentence by sentence."""
        found: dict[int, list[int]] = {}
        keys = self.keys
        words = [k for k, key in enumerate(keys) if key in CUE_LENGTHS]
        where = [self.starts[k] for k in words]
        # the sentences are in order and do not overlap: each takes the next run of words
        lo = 0
        for sentence in self.article.sentences:
            lo = bisect.bisect_left(where, sentence.start, lo)
            hi = bisect.bisect_left(where, sentence.end, lo)
            if hi > lo:
                found[sentence.index] = words[lo:hi]
                lo = hi
        return found

    def _is_verb(self, cue: CueMatch, indices: range) -> bool:
        if cue.form in ("according", "quoted"):
            return True
        k = cue.words[0]
        keys, text = self.keys, self.text
        in_headline = self.headline_start <= cue.start < self.headline_end
        if in_headline:
            if cue.lemma not in _HEADLINE_CUES:
                return False  # "Later Start Times Add an Hour": a headline verb, not speech
        elif k > indices.start and text[self.starts[k]].isupper() and not self._title_case(indices):
            return False  # "the United States": a name, not a verb
        if k > indices.start:
            prev = keys[k - 1]
            gap_before = text[self.ends[k - 1] : self.starts[k]]
            # right after "the", "of" or "Ferrie's" (no comma between), the word is a noun
            if not gap_before.strip() and (
                prev in _DETERMINERS  # "the claims", "a warning"
                or (prev in PREPOSITIONS and cue.form != "participle")  # "of warning"
                or (prev.endswith("'s") and prev not in _CONTRACTIONS)  # "the minister's claims"
            ):
                return False
        else:
            prev = gap_before = ""
        after = keys[cue.words[1] : min(cue.words[1] + 4, indices.stop)]
        if cue.lemma in _NEEDS_CLAUSE and not (
            {"that", "whether", "why", "how", "if", "what", "when"} & set(after[:4])
            or self._quote_follows(cue)
            or self.norm[cue.end : cue.end + 2].strip() == ":"
            or (cue.lemma in INVERTIBLE and self._quote_before(cue, indices))
        ):
            return False
        if cue.form == "participle":
            return bool(
                "," in gap_before
                or prev in ("and", "while", "by", "after", "before", "as", "without", "also")
                or prev in MESSAGE_NOUNS  # "a video message warning people"
                or "that" in after[:3]
                or self._quote_follows(cue)
            )
        if cue.form == "base":
            if k > indices.start and self.keys[k - 1].endswith("'s"):
                return False  # "Ms Ruiz's reply": a noun
            if prev in _DETERMINERS or prev in _MODALS or after[:1] == ["of"]:
                return False
            # "advocates fear", "they say" -- but not "letting the camera announce"
            return (
                prev.endswith("s")
                or prev in ("they", "we", "i", "you", "people", "police", "men", "women")
                or self._plural_of_place(k, indices)  # "Residents of Yarrabin say"
            )
        if (
            cue.form == "past"
            and after[:1] == ["of"]
            and cue.lemma in ("accuse", "suspect", "charge")
        ):
            return False  # "people accused of gang ties": they are accused, they do not speak
        before = self.norm[max(0, cue.start - 30) : cue.start].lower()
        if after[:1] in (["little"], ["nothing"]) or (_DECLINED.search(before)):
            return False  # "has said little", "declined to comment": no words reported
        if (
            cue.lemma in ("call", "describe")
            and cue.form == "past"
            and k > indices.start
            and prev.isalpha()
            and self.text[self.starts[k - 1]].islower()
            and prev not in _PRONOUN_OBJECTS
            and cue.words[1] < indices.stop
            and self.text[self.starts[cue.words[1]]].isupper()
        ):
            return False  # "a feature called Familiar Faces": a name, not a report
        if cue.form == "present" and cue.lemma in _NOUN_LIKE:
            # "warns of" is a verb, but "claims of" and "reports of" are nouns, and so are
            # "climate finance pledges" -- unlike "the lawyer claims" or "Ruiz claims"
            if after[:1] == ["of"]:
                return False
            if (
                prev.isalpha()
                and self.text[self.starts[k - 1]].islower()
                and prev not in PRONOUNS
                and not (people_word(prev) or prev in PERSON_NOUNS or prev in TYPE_VOCABULARY)
                and prev not in ORG_WORDS
            ):
                return False
        return True

    def _quote_before(self, cue: CueMatch, indices: range) -> bool:
        """`"...?" asked Ana Ruiz`: does a quotation close right before the cue?"""
        start = self.starts[indices.start] if indices else cue.start
        return ends_in_closing_quote(self.norm[max(start, cue.start - 6) : cue.start])

    def _plural_of_place(self, k: int, indices: range) -> bool:
        """`Residents of the town of Yarrabin say`, `People close to Ms. Marsh describe`: a
        plural noun, then "of", "to" or "for" phrases that end in a name, right before the
        verb, with no comma between."""
        keys = self.keys
        if k <= indices.start or not self.text[self.starts[k - 1]].isupper():
            return False
        for j in range(k - 2, max(indices.start, k - 11), -1):
            if _CLAUSE_MARK.search(self.text, self.ends[j], self.starts[j + 1]):
                return False
            if keys[j] in ("of", "to", "for") and j > indices.start:
                noun = keys[j - 1]
                if noun == "close" and j - 1 > indices.start:
                    noun = keys[j - 2]  # "people close to Ms. Marsh describe ..."
                if people_word(noun) or is_plural(noun):
                    return True
        return False

    def _title_case(self, indices: range) -> bool:
        """Are most of the sentence's words capitalised, as in a headline?"""
        capitals = sum(self.text[self.starts[k]].isupper() for k in indices)
        return capitals > 0.6 * max(1, len(indices))

    def _quote_follows(self, cue: CueMatch) -> bool:
        rest = self.norm[cue.end : cue.end + 40]
        return bool(_QUOTE_SOON.match(rest))
