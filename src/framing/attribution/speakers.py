"""Stage 2: the speaker phrase of each cue.

Before the verb ("Ana Ruiz, a lawyer, said"), after an inverted verb (`"...," said the
mayor`), after "according to", or for a participle (", warning that") the clause's own
subject or the main subject of the sentence; a document's owner for the document
(`authors`: "the Trust's review found" is the Trust's). The words before a colon or after a
dash next to a quotation are read by `marks`, which this stage composes; the people of a
subject that names several ("Coun Green and Wharton say") by `coordination`.

Reads: the page (`page.Page`: the words, the quotations, the runs of capitalised words).
Writes: nothing but its own notes (the clause breaks of each sentence it has read); it
returns `Phrase` records, and the engine has them resolved (`resolve`), so this stage never
meets a source.

What it can not tell you: the phrase is read from the surface of the clause. A speaker
more than `_SPEAKER_REACH` characters before the verb is not found.
"""

from __future__ import annotations

import bisect
import re

from ..text import Sentence
from ..vocabulary import NAME_ABBREVIATIONS
from .authors import document_owner
from .kin import kin_subject
from .marks import ByMark, MarkReader
from .not_a_source import why_not_a_source
from .page import Page
from .phrases import (
    Phrase,
    described_by_as,
    ends_in_closing_quote,
    is_person_name,
    search_tail,
    strip_phrase,
    words_of,
)
from .reading import CueMatch, Said
from .subjects import INFINITIVE_REPORT, noun_phrase_span
from .type_words import head_word
from .words import (
    ACRONYM_IN_BRACKETS,
    AUX_AND_ADVERBS,
    BE,
    CAPITAL,
    COMMON_CAPITALISED,
    DETERMINERS,
    FINITE_SPEECH_VERBS,
    INVERTIBLE,
    MONTHS,
    ORG_WORDS,
    PARTY_CODE,
    PERSON_NOUNS,
    PREPOSITIONS,
    PROGRESSIVE_BE,
    ROLE_WORDS,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
    is_common_word,
    is_plural,
    people_word,
)

_ROLE_AND_NAME = re.compile(rf"\s+([a-z]+)\s+({CAPITAL}[\w'’\-]*(?:\s+{CAPITAL}[\w'’\-]*)*)")

_LEADING_ORG = re.compile(r"((?:The|A|An)\s+(?:[A-Z][\w\-]*\s+)+([a-z][\w\-]*))\b")

# "Ana's parents", "Ana Ruiz's heartbroken mother": a name's possessive, then (after at most
# one other word) the noun for the people it names
_POSSESSED = re.compile(r"['’]s?\s+([a-z][\w\-]*)(?:\s+([a-z][\w\-]*))?\b")

# "would tell", "to say", "one reply": not a report of what someone said
_PLACE_WORDS = frozenset("near outside inside behind beyond around across along beside".split())

_INNER_DETERMINERS = frozenset(("the", "his", "her", "their", "its"))
_TO_VERB = re.compile(r"\sto\s+[a-z]")

_INNER_SUBJECT = re.compile(
    rf"\S\s+((?:{'|'.join(sorted(_INNER_DETERMINERS))})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,2}})$"
)

# An aside that starts like this describes the speaker; it is not the speaker's name.
# "a policy analyst at", "of Park Rescue"; an age with a home ("72 also of Rowley Meade")
_NOT_A_NAME_ASIDE = (*"who|which|whose|a |an |the |as |of |from ".split("|"), *"0123456789")
# where and when someone spoke, after the speaker of an inverted verb: "at a briefing"
_PLACE_OR_OCCASION = re.compile(r"\s(?:at|outside|inside|during|after|before|in|on|near)\s")
_WHO = re.compile(r"\s(?:who|whose)\s")
# the last stretch before a verb, after a comma, is a place or an occasion ("..., at a
# press conference in Abuja"), with words before it
_PLACE_ASIDE = re.compile(r"\w,\s+(?:at|in|on|during|outside|inside)\s[^,]*$")

# a relative clause with its own subject before the verb: "the man who police say was
# armed", "a plan that officials believe will fail"
_RELATIVE_WITH_SUBJECT = re.compile(
    r"\b(?:who|whom|which|that)\s+((?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:police|[a-z][\w\-]*s)"
    rf"|he|she|they|we|(?:{CAPITAL}[\w'’\-]*\s+){{0,3}}{CAPITAL}[\w'’\-]*)\s*$"
)
# a role at an organisation, not a name: "chief executive of Tarrow Water"
_ROLE_OF_ORG = re.compile(r"(?:[a-z][\w\-]*\s+)+(?:of|at|for|from|in|with)\s+(?:the\s+)?[A-Z]")
# a role after an owner's name, not a name: "Tarrow Water's chief executive"
_ROLE_OF_OWNER = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*$")
# more asides before the last one: an age in brackets ("Ana Ruiz (84), whose ..."), where
# someone lives ("Tom Okoro, 52, of Main Street, Tarrow, told the court"), a participle's
# aside ("The union, representing 40,000 nurses, mostly in cities, said")
_EARLIER_ASIDE = re.compile(
    r"(?:\s*\(\d{1,3}\)|,\s*(?:of|from)\s+[^,]{1,60}|,\s*\d{1,3}|,\s*[a-z]+ing\s[^,]{1,60})\s*$"
)

# an age, then where someone lives, with no comma after: "Iris Smith, 72 also of Rowley
# Meade, said" (the comma before the verb is gone by then), "Martin Walker, 54 of one of the
# neighbouring houses said"
_AGE_AND_HOME = re.compile(r",\s*\d{1,3}\s+(?:also\s+)?(?:of|from)\s+[^,]{1,60}?\s*$")

# a bare role between a name and the body it is of: "C.B. Bhave, chairman, Securities and
# Exchange Board of India, told reporters" (one to three words, the first a role word)
_BARE_ROLE = re.compile(r",\s*(?:(?:the|a|an)\s+)?([a-z][\w\-]*)(?:\s+[a-z][\w\-]*){0,2}\s*$")


def _before_role_aside(text: str, s: int, e: int) -> int:
    """Where the words before a bare role aside end ("C.B. Bhave" of "C.B. Bhave,
    chairman"), when a person's name stands before it; else ``e``."""
    aside = _BARE_ROLE.search(text, s, e)
    if aside is None or aside.group(1) not in ROLE_WORDS:
        return e
    if not _opens_with_a_name(text[s : aside.start()]):
        return e
    return aside.start()


def _opens_with_a_name(stretch: str) -> bool:
    """Can ``stretch``, before a comma and an aside, be a person's name? Not an opening
    participle's clause ("Speaking on Harbour FM, the singer, 41, admitted": the singer
    speaks), nor anything else `why_not_a_source` refuses."""
    return is_person_name(words_of(stretch)) and why_not_a_source(stretch) is None


_WEEKDAYS = "|".join(WEEKDAYS)

_OCCASIONS = "statement|interview|press conference|post|letter|speech|report"

_FORUMS = "court|parliament|congress"

_WHENS = "today|yesterday|earlier|later"

_MONTHS = "|".join(MONTHS)
# "on 12 September", "on March 3": a date after the speaker
_DAY_OF_MONTH = rf"(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})"
_DAYS = rf"{_WEEKDAYS}|{_DAY_OF_MONTH}"

_TRAILING_TIME = re.compile(
    rf"(?:,?\s+(?:on|late on|early on|last|this)\s+(?:{_DAYS})|,?\s+(?:on|in)\s+"
    rf"(?:a|an|the)\s+(?:{_OCCASIONS})(?:\s+\w+){{0,4}}|\s+in\s+(?:{_FORUMS})|\s+(?:{_WHENS}))\s*$",
    re.IGNORECASE,
)


_TAIL_WORD = re.compile(r"\w*\Z")

_WORD_CHARS = re.compile(r"\w+")


def _trailing_aux(chunk: str) -> int:
    """Where a trailing auxiliary or adverb ("has also", "later") or " -" starts in
    ``chunk`` (which ends in no space), else -1."""
    if chunk.endswith("-"):
        body = chunk[:-1].rstrip()
        return len(body) if len(body) < len(chunk) - 1 else -1
    last = chunk.rsplit(None, 1)[-1] if chunk else ""
    word = last if last.isalpha() else _TAIL_WORD.search(last).group()  # letters are \w
    trailing = word.lower() in AUX_AND_ADVERBS or word.lower() in PROGRESSIVE_BE
    return len(chunk) - len(word) if word and trailing else -1


# "The teachers union is raising concerns": "is" belongs to the verb, not to the speaker
# (`words.PROGRESSIVE_BE`)


def _trailing_adverb(chunk: str) -> int:
    """Where " reportedly" starts at the end of ``chunk`` (no trailing space), else -1."""
    parts = chunk.rsplit(None, 1)
    if len(parts) < 2:
        return -1
    word = parts[1]
    if not (
        len(word) > 2
        and word.endswith("ly")
        and word not in ("only", "early", "family", "ally")
        and _WORD_CHARS.fullmatch(word)
    ):
        return -1
    return len(parts[0])


# a party code between the speaker and the verb: "Wong Kah Woh (PH-Ipoh Timur) said"
_TRAILING_PARTY_CODE = re.compile(PARTY_CODE.pattern + "$")
# a body's short name in brackets after its name: "The Nigeria Centre for Disease Control
# (NCDC) has confirmed"
_TRAILING_ACRONYM = re.compile(rf"(?<=\w)\s*{ACRONYM_IN_BRACKETS}$")


def _trailing_time(chunk: str) -> re.Match[str] | None:
    """A time or an occasion at the end of ``chunk``: "on Monday", "in a statement"."""
    return search_tail(_TRAILING_TIME, chunk, 0, len(chunk), 120)


_BOUNDARY_WORDS = (
    "that but while although though because whereas if when since unless after before until "
    "once where as then which whom what whether how why"
).split()

_PHRASE_STOP = re.compile(
    r"[,;:!?\"“”()\[\]]|\s[-–—]\s|\s(?:who|which|whose|that|as|As)\s"
    # "As" in a title-case headline; a full stop, but not after a title or initial ("Dr.", "U.S.")
    r"|\.(?<!\b[A-Z]\.)"
    + "".join(
        # a look-behind has one width: one for the abbreviations of each length
        rf"(?<!\b(?:{'|'.join(sorted(a for a in NAME_ABBREVIATIONS if len(a) == size))})\.)"
        for size in sorted({len(a) for a in NAME_ABBREVIATIONS})
    )
    + r"(?:\s|$)"
)

# A speaker phrase, with the asides between its commas, starts at most this many characters
# before its verb ("Ana Ruiz, who chairs the committee, said"): the longest in the annotated
# texts is 168 characters. Reading no further back keeps long sentences quick to read.
_SPEAKER_REACH = 300
# A line that ends with no punctuation, then a line that opens with a capital: a caption,
# byline or heading that the sentence splitter joined to the next paragraph ("Sorry, this
# media has expired" / "Kat Fisher said ..."); and any line before a bulleted one. Neither
# names the speaker of a verb on the next line.
_UNENDED_LINE = re.compile(
    r"[^.!?:;,\"”’'\s][ \t]*\n\s*(?=[A-Z0-9“\"])|\n[ \t]*[•*–-][ \t]+(?=[A-Z0-9“\"])"
)

_TRAILING_BE = re.compile(r"\b(?:was|were|is|are|has been|had been)\s*$")

_INVERTED_SPEAKER = re.compile(
    rf"(?:{CAPITAL}|the\s|a\s|an\s|one\s)[^,.;:\"“”‘’']{{0,80}}?(?=[,.;]|$)"
)

# "..., say doctors in the city.": a present-tense tag's plural subject (up to three words,
# then perhaps a place), to the sentence's end
_PLURAL_TAG_SUBJECT = re.compile(
    r"\s*(?:the\s)?((?:[\w\-']+\s){0,2}[\w\-']+?s)(?:\s(?:in|at|from|of|across)\s[^,;:]{1,40})?"
    r"\s*[.!]?\s*$"
)


def _plural_tag(rest: str) -> bool:
    """Is ``rest`` (the words after a present-tense verb) a plural subject that ends the
    sentence: "say doctors", "warn experts in the field"?"""
    tag = _PLURAL_TAG_SUBJECT.match(rest)
    return tag is not None and is_plural(tag.group(1).split()[-1].lower())


_ROLE_END = re.compile(r"[,;.](?:\s|$)|[\"“”]")

# "The prime minister's office declined ...": a description, then a verb in the past
# (or an adverb and a verb: "The bench then granted ...", "The panel first heard ...")
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|,\s+)((?:the|a|an|The|A|An)\s+[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,5}?)\s+"
    rf"(?=\w+ed\b|(?:{'|'.join(sorted(AUX_AND_ADVERBS))})\b)"
)


# "But they argued"; ", and Simon has credited" (a clause after a comma)
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Then|Or|and|but)\s+")


# a speech verb's finite form ("said", "warns"), the longest first
_CUE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(FINITE_SPEECH_VERBS, key=len, reverse=True)) + r")\b"
)

_BOUNDARY_WORD_SET = frozenset(_BOUNDARY_WORDS)

_CLAUSE_WORDS = _BOUNDARY_WORD_SET | FINITE_SPEECH_VERBS

# A clause mark, and a lowercase word (a boundary word, a speech verb or neither). The
# comma inside a number ("140,000 doctors") marks no clause.
_CLAUSE_MARK_OR_DASH = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;:()\"“”]|\s[-–—]\s")

# The comma that groups a number's digits ("some 140,000 doctors"): no aside ends there.
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_GROUPING_MARK = "\u2009"  # a thin space in the comma's place keeps every offset


def without_digit_commas(chunk: str) -> str:
    """The chunk with the commas inside numbers made spaces, so only an aside's commas are
    left to split on; the same length, so offsets into it hold.

    >>> without_digit_commas("The union, which represents 40,000 nurses,").count(",")
    2
    """
    return _DIGIT_COMMA.sub(_GROUPING_MARK, chunk)


_LOWERCASE_WORD = re.compile(r"\b[a-z]+\b")


def clause_breaks(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(end, start) of every clause boundary in ``norm[start:end]``, sorted: a comma, colon,
    quotation mark, bracket or spaced dash, a boundary word such as "that" or "while", and a
    speech verb ("Ana said she ...": the clause of "she" starts after the verb)."""
    marks = [(m.end(), m.start()) for m in _CLAUSE_MARK_OR_DASH.finditer(norm, start, end)]
    words = [
        (m.end(), m.start())
        for m in _LOWERCASE_WORD.finditer(norm, start, end)
        if m.group() in _CLAUSE_WORDS
    ]
    return sorted(marks + words)


# an aside that describes, not names: "a peer-reviewed journal", "associate editor of X",
# "41", or a place of one or two capitalised words ("Bangalore")
_DESCRIPTION_ASIDE = re.compile(
    rf"(?:a|an|the)\s+[a-z]|[a-z]|\d{{1,3}}$|{CAPITAL}[a-z]+(?:\s+{CAPITAL}[a-z]+)?$"
)


def _name_before_asides(chunk: str) -> tuple[int, str] | None:
    """ "Physicist K.R. Rao, associate editor of Current Science, a journal ..., Bangalore,":
    where the person's name ends and the first aside (its role), when a name opens the chunk
    and two or more asides that describe follow it; else None."""
    if not chunk.endswith(","):
        return None
    stretches = [part.strip() for part in chunk[:-1].split(",")]
    if len(stretches) < 3 or not _opens_with_a_name(stretches[0]):
        return None
    if not all(_DESCRIPTION_ASIDE.match(part) for part in stretches[1:]):
        return None
    if stretches[1][:1].isupper() and is_person_name(words_of(stretches[1])):
        return None  # "The minister, Ana Ruiz, ...": the name in the aside is read elsewhere
    # the role is the first aside that is not an age: "Pauline Harker, 71, whose bungalow ..."
    role = next((part for part in stretches[1:] if not part.isdigit()), stretches[1])
    return chunk.index(","), role


_DOCUMENTS = (
    "report|reports|poll|polls|survey|surveys|study|studies|data|figures|statistics|estimates"
    "|documents|filing|filings|records|statement|transcript|analysis|count|tally|minutes"
)
# "a poll by Thomson Reuters", "data from the Financial Services Authority": the author
_DOCUMENT_BY = re.compile(
    rf"(?:(?:a|an|the)\s+)?(?:[\w'\-]+\s+){{0,2}}?(?:{_DOCUMENTS})\s+"
    r"(?:(?:released|published|compiled|issued)\s+)?(?:by|from)\s+(?=\S)"
)
# "According to police reports the last round struck ...": no comma ends the phrase, but a
# determiner after the document opens the clause it reports
_DOCUMENT_THEN_CLAUSE = re.compile(
    rf"(?:[\w'\-]+\s+){{0,3}}?(?:{_DOCUMENTS})(?=\s+(?:the|a|an|his|her|their|its|this)\s)"
)


def _author_of_document(text: str, phrase: Phrase | None) -> Phrase | None:
    """After "according to": a document speaks for its author ("a poll by Thomson Reuters"
    -> "Thomson Reuters", GUIDELINE.md), and a document ends before the clause it reports."""
    if phrase is None:
        return None
    by = _DOCUMENT_BY.match(text, phrase.start, phrase.end)
    if by:
        return Phrase(by.end(), phrase.end, text[by.end() : phrase.end], phrase.role)
    cut = _DOCUMENT_THEN_CLAUSE.match(text, phrase.start, phrase.end)
    if cut:
        return Phrase(phrase.start, cut.end(), text[phrase.start : cut.end()], phrase.role)
    return phrase


class SpeakerReader:
    """Reading speaker phrases: the second stage. It reads the page (its words, quotations
    and capitalised runs) and returns phrases, never entities: the engine has them resolved.
    It writes only its own notes, the clause breaks of each sentence it reads."""

    def __init__(self, page: Page) -> None:
        # what this stage reads of the page
        self.article = page.article
        self.text, self.norm = page.text, page.norm
        self.starts, self.ends, self.keys = page.starts, page.ends, page.keys
        self.quote_starts, self.quote_ends = page.quote_starts, page.quote_ends
        self.quote_reach = page.quote_reach
        self.quotes_by_sentence = page.quotes_by_sentence
        self.runs, self.run_starts = page.runs, page.run_starts
        self.inside_quote = page.inside_quote
        self._after_preposition = page.after_preposition
        self.headline_start = page.headline_start
        self.clause_breaks: dict[int, list[tuple[int, int]]] = {}  # by sentence, found once
        # the speakers a colon or a dash gives, read with this stage's clause subjects
        self.marks = MarkReader(page, self.main_subject)

    # -- speakers -----------------------------------------------------------------------
    def speaker_phrase(self, sentence: Sentence, cue: CueMatch) -> Phrase | None:
        text = self.text
        if cue.form == "according":
            found = _author_of_document(self.text, self._phrase_after(cue.end, sentence.end))
            return document_owner(text, found) or found
        start = self.reach(sentence, cue.start)
        before = text[start : cue.start]
        if cue.form == "quoted":  # "X was quoted as saying"
            before = _TRAILING_BE.sub("", before.rstrip())
            return self._phrase_before(start, start + len(before))
        if cue.form == "base" and (
            governor := search_tail(INFINITIVE_REPORT, text, start, cue.start, 80)
        ):
            return self._phrase_before(start, governor.start())  # "Ruiz went on to say"
        # passive: "was praised", "is considered" -- a voice only with "by X"
        k = cue.words[0]
        j = k - 1
        # (the words of a quotation before the verb are no part of it: "“It is not,” said X")
        while (
            j >= 0
            and self.starts[j] >= start
            and not self.inside_quote(self.starts[j])
            and (
                self.keys[j] in AUX_AND_ADVERBS
                or self.keys[j].endswith("ly")
                or self.keys[j] in ("sometimes", "widely")
            )
        ):
            j -= 1
        passive = (
            j >= 0
            and self.starts[j] >= start
            and self.keys[j] in BE
            and not self.inside_quote(self.starts[j])
        )
        after = tuple(self.keys[cue.words[1] : cue.words[1] + 4])
        noun = (
            after[:1] == ("by",)
            and cue.form != "participle"
            and j == k - 1
            and j >= 0
            and (self.keys[j] in DETERMINERS or self.keys[j] in PREPOSITIONS)
        )
        if (passive and cue.form == "past") or described_by_as(cue.lemma, after) or noun:
            # "was praised by X", "described by X as", "despite claims by X that": X speaks
            if after[:1] == ("by",):
                # "advised by the trust to leave": the one who advised ends before "to"
                by = self.ends[cue.words[1]]
                to = _TO_VERB.search(text, by, sentence.end)
                return self._phrase_after(by, to.start() if to else sentence.end)
            return None
        relative = search_tail(_RELATIVE_WITH_SUBJECT, text, start, cue.start, 80)
        if relative:  # "residents who police say woke up": police speak
            return Phrase(relative.start(1), relative.end(1), relative.group(1))
        if ends_in_closing_quote(self.norm[start : cue.start]) or (
            before.rstrip().endswith(",") and self._looks_inverted(cue, sentence)
        ):
            phrase = self._phrase_after(cue.end, sentence.end, inverted=True)
        else:
            phrase = self._phrase_before(start, cue.start)
        return document_owner(text, phrase) or phrase  # "the Trust's review found": the Trust

    def reach(self, sentence: Sentence, cue_start: int) -> int:
        """Where the words that can name the speaker of a verb begin: the sentence's start, or
        the first word within `_SPEAKER_REACH` characters of the verb if that is later."""
        earliest = cue_start - _SPEAKER_REACH
        if earliest <= sentence.start:
            start = sentence.start
        else:
            start = self.starts[bisect.bisect_left(self.starts, earliest)]
        return line_of_the_verb(self.text, start, cue_start)

    def _looks_inverted(self, cue: CueMatch, sentence: Sentence) -> bool:
        """`The plan will fail, said Ana Ruiz.` (or "..., insists Ana Ruiz" in a headline): a
        speech verb after a comma, then the speaker."""
        if cue.form not in ("past", "present", "base") or cue.lemma not in INVERTIBLE:
            return False
        if cue.form == "base":
            return _plural_tag(self.text[cue.end : sentence.end])  # "..., say doctors."
        before = self.text[self.reach(sentence, cue.start) : cue.start].rstrip().rstrip(",")
        last_chunk = before.rsplit(",", 1)[-1].strip().lower()
        if last_chunk.startswith(("who ", "which ", "whose ")) or is_person_name(
            words_of(last_chunk)
        ):
            return False  # "Ana Ruiz, who chairs it, said ..." -- the speaker is before the verb
        chunks = before.split(",")
        if len(chunks) == 2 and is_person_name(words_of(chunks[0].strip())):
            return False  # "Ana Ruiz, a lawyer, said Tom Okoro lied": a name and its role
        rest = self.text[cue.end : sentence.end].strip()
        head = _INVERTED_SPEAKER.match(rest)
        if not head or len(head.group().split()) > 8:
            return False
        if head.group()[:1].isupper():
            return True  # "..., said Ana Ruiz."
        # "..., said the mayor" -- but not "Ana Ruiz, a spokesperson, said the plan works"
        return head_word(head.group()) in PERSON_NOUNS | ORG_WORDS

    def _phrase_after(self, start: int, limit: int, *, inverted: bool = False) -> Phrase | None:
        """The speaker phrase after ``start``: up to a comma, a dash, a full stop or "who"; after
        an inverted verb also up to a place or an occasion ("said Deputy Mayor Karen
        Whitfield at a press conference outside City Hall")."""
        text = self.text
        stop = _PHRASE_STOP.search(text, start, limit)
        end = stop.start() if stop else limit
        s, e = strip_phrase(text, start, end)
        s, e = noun_phrase_span(text, *self._trim_time(s, e))
        where = _PLACE_OR_OCCASION.search(text, s, e) if inverted else None
        if where is not None:
            s, e = strip_phrase(text, s, where.start())
        if s >= e:
            return None
        role = ""
        if stop and text[stop.start()] == ",":
            rest = text[stop.end() : limit]
            chunk = _ROLE_END.split(rest, maxsplit=1)[0].strip()
            # "According to Page Six, sources say ...": after a speaker that opens the
            # sentence, only an aside closed by a comma is a role, not the main clause
            closed = inverted or rest.strip().startswith(chunk + ",")
            if chunk and closed and len(chunk.split()) <= 12 and not _CUE_WORD.search(chunk):
                role = chunk
            named = text.find(chunk, stop.end()) if chunk else -1
            if (
                inverted
                and role
                and named >= 0
                and is_person_name(words_of(chunk))
                and not is_person_name(words_of(text[s:e]))
            ):
                # "said the mayor, Ana Ruiz": the name after the role speaks
                return Phrase(named, named + len(chunk), chunk, text[s:e])
        elif stop and text[stop.start() : stop.end()].strip() in (
            "who",
            "which",
            "whose",
            "that",
        ):
            role = text[stop.start() : limit].strip(" .")
        return Phrase(s, e, text[s:e], role)

    def _phrase_before(self, start: int, end: int) -> Phrase | None:
        """The speaker phrase that ends at a verb: the subject of the clause before it, with
        any asides between commas as its role ("Ana Ruiz, who chairs it, said")."""
        text = self.text
        s = start
        # the speaker is never inside a quotation: start after the last one that ends here
        i = bisect.bisect_left(self.quote_ends, end) - 1
        if i >= 0 and self.quote_ends[i] >= s:
            s = self.quote_ends[i] + 1
        e = self._before_trailing_words(s, end)
        e, role, appositive_name = self._skip_asides(s, e)
        if appositive_name is not None:
            a_s, a_e = strip_phrase(text, *appositive_name)
            head = text[s:a_s]
            boundary_role = re.split(r"[,;:]", head)[-2] if head.count(",") >= 2 else role
            return Phrase(a_s, a_e, text[a_s:a_e], boundary_role.strip(" ,"))
        # "Ana Ruiz who chairs it said" -- but not "according to people who were there, Ana
        # Ruiz said": only a relative clause in the last comma's stretch belongs to the speaker
        age = _AGE_AND_HOME.search(text, s, e)
        if age is not None and age.start() > s:
            # "Martin Walker, 54 of Rowley Meade said": the age and home are his, not him
            role = role or text[age.start() + 1 : e].strip()
            e = age.start()
        after_comma = max(s, text.rfind(",", s, e))
        relative = _WHO.search(text, after_comma, e)
        if relative:
            cut = relative.start()
            role = role or text[cut:e].strip(" ,")
            # "Murray, whose farm is in Leigh, Kent, told": the name ends before the comma
            e = s + len(text[s:cut].rstrip(" ,"))
        return self._subject_of_clause(s, e, role, antecedent=relative is not None)

    def _before_trailing_words(self, s: int, e: int) -> int:
        """Where the words before a verb end, without a time ("on Monday"), an adverb
        ("reportedly") or an auxiliary ("has also") between the speaker and the verb."""
        while True:
            chunk = self.text[s:e].rstrip()
            time = (
                _trailing_time(chunk)
                or _TRAILING_PARTY_CODE.search(chunk)
                or _TRAILING_ACRONYM.search(chunk)
            )
            trimmed = time.start() if time else _trailing_adverb(chunk)
            if trimmed <= 0:
                trimmed = _trailing_aux(chunk)
            if trimmed <= 0:
                return e
            e = s + trimmed

    def _skip_asides(self, s: int, e: int) -> tuple[int, str, tuple[int, int] | None]:
        """Skip the asides between commas before a verb ("Ana Ruiz, who chairs it, said"):
        where the words before them end, the last aside (a role), and the span of a name in
        an aside, which is the speaker ("The environment secretary, Claire Whitcombe, said")."""
        text = self.text
        chunk = without_digit_commas(text[s:e].rstrip())
        role = ""
        named = _name_before_asides(chunk)
        if named is not None:
            # "Physicist K.R. Rao, associate editor of Current Science, a peer-reviewed
            # journal ..., Bangalore, says": the name before a run of descriptions speaks
            return s + named[0], named[1].replace(_GROUPING_MARK, ","), None
        while chunk.endswith(",") or _PLACE_ASIDE.search(chunk):
            if not chunk.endswith(","):
                # "Jide Idris, at a press conference in Abuja, yesterday, disclosed": a place
                # or an occasion between commas is an aside too
                e = s + chunk.rfind(",") + 1
                chunk = without_digit_commas(text[s:e])
            inner = chunk[:-1]
            comma = inner.rfind(",")
            if comma <= 0 or self._quote_between(s + comma, s + len(inner)):
                return s + len(inner), role, None
            aside = inner[comma + 1 :].strip()
            if (
                not aside.lower().startswith(_NOT_A_NAME_ASIDE)
                and not _ROLE_OF_ORG.match(aside)
                and not _ROLE_OF_OWNER.search(aside)
                and is_person_name(words_of(aside))
            ):
                offset = text.find(aside, s + comma, e)
                before = inner[:comma].strip().replace(_GROUPING_MARK, ",")
                return e, before, (offset, offset + len(aside))
            role = aside.replace(_GROUPING_MARK, ",")
            e = s + comma
            chunk = without_digit_commas(text[s:e].rstrip())
            # "Pauline Harker, 71, whose bungalow ...": the age is an aside too, and so are
            # an address and an age in brackets
            while (earlier := _EARLIER_ASIDE.search(chunk)) and earlier.start() > 0:
                e = s + earlier.start()
                chunk = text[s:e].rstrip()
            e = _before_role_aside(text, s, e)
        return e, role, None

    def _subject_of_clause(
        self, s: int, e: int, role: str, *, antecedent: bool = False
    ) -> Phrase | None:
        """The subject of the clause that ends at ``e``: after the last comma, colon, quotation
        mark, conjunction or speech verb; None if it is longer than 14 words."""
        text = self.text
        s2, e2 = strip_phrase(text, self._clause_start(s, e), e)
        if s2 >= e2:
            return None
        opening = _OPENING_CONJUNCTION.match(text, s2, e2)
        if opening and opening.end() < e2:
            s2 = opening.end()  # "But they argued", "And the mayor added"
        last = text.rfind(" ", s2, e2)
        if last > s2 and text[last + 1 : e2].lower() in SUBJECT_PRONOUNS:
            s2 = last + 1  # "told Reuters it supported ...": the pronoun is the subject
        inner = search_tail(_INNER_SUBJECT, text, s2, e2, 80)
        word_before = text[s2 : inner.start(1)].split()[-1].lower() if inner else ""
        if (
            inner
            and word_before.isalpha()
            and not (
                word_before in PREPOSITIONS
                or word_before in _PLACE_WORDS
                or word_before.endswith(("ing", "ed"))
            )
        ):
            # "a move the mayor's office says will save ...": the last noun phrase speaks
            s2 = inner.start(1)
        named = self._name_before_open_aside(s, s2, e2)
        if named is not None:
            return named
        s2, e2 = noun_phrase_span(text, s2, e2, antecedent=antecedent)
        phrase = text[s2:e2]
        if len(phrase.split()) > 14 or _OPENING_CONJUNCTION.fullmatch(phrase + " "):
            return None  # "And asked, ...": no subject of its own
        return Phrase(s2, e2, phrase, role)

    def _name_before_open_aside(self, start: int, s: int, e: int) -> Phrase | None:
        """ "Ana Ruiz SC, for the defence said": an aside that opens with a preposition,
        with no comma to close it, describes the name before it, who speaks."""
        if (words_of(self.text[s:e])[:1] or [""])[0] not in PREPOSITIONS:
            return None
        comma = self.text.rfind(",", start, s)
        if comma < 0 or self.text[comma + 1 : s].strip():
            return None
        a_s, a_e = strip_phrase(self.text, self._clause_start(start, comma), comma)
        if a_s >= a_e or not is_person_name(words_of(self.text[a_s:a_e])):
            return None
        return Phrase(a_s, a_e, self.text[a_s:a_e], self.text[s:e])

    def _clause_start(self, start: int, end: int) -> int:
        """Where the clause that ends at ``end`` begins: after the last clause boundary in
        ``[start, end)``, else at ``start``."""
        sentence = self.article.sentence_at(start)
        if sentence is None:
            return start
        breaks = self.clause_breaks.get(sentence.index)
        if breaks is None:  # found once for each sentence with a cue
            breaks = clause_breaks(self.norm, sentence.start, sentence.end)
            self.clause_breaks[sentence.index] = breaks
        i = bisect.bisect_right(breaks, (end, end)) - 1
        if i >= 0 and breaks[i][1] >= start:
            return breaks[i][0]
        return start

    def _quote_between(self, start: int, end: int) -> bool:
        # some range starts before `end` and reaches past `start`
        i = bisect.bisect_left(self.quote_starts, end)
        return i > 0 and self.quote_reach[i - 1] > start

    def _trim_time(self, s: int, e: int) -> tuple[int, int]:
        match = _trailing_time(self.text[s:e])
        if match and match.start() > 0:
            return strip_phrase(self.text, s, s + match.start())
        return s, e

    def main_subject(self, sentence: Sentence, limit: int) -> Phrase | None:
        """The main clause's subject: the first name, pronoun or description, not after "of"."""
        text = self.text
        lead = _LEADING_ORG.match(text, sentence.start, limit)
        if lead and lead.group(2).lower() in ORG_WORDS:
            return Phrase(lead.start(1), lead.end(1), lead.group(1))
        relative = kin_subject(sentence.text)  # "Ruiz's mother cried, saying ...": not Ruiz
        if relative is not None and sentence.start + relative[1] <= limit:
            s, e = sentence.start + relative[0], sentence.start + relative[1]
            return Phrase(s, e, text[s:e])
        first = bisect.bisect_left(self.run_starts, sentence.start)
        last = bisect.bisect_left(self.run_starts, limit)
        for start, end, tokens in self.runs[first:last]:
            if end > limit:
                break
            if self.inside_quote(start) or self._after_preposition(start):
                continue
            if tokens[0].lower() in PREPOSITIONS or tokens[0].lower() in COMMON_CAPITALISED - {
                "the"
            }:
                continue
            if start == sentence.start and len(tokens) == 1 and is_common_word(tokens[0]):
                continue
            longer = _ROLE_AND_NAME.match(text, end, limit)
            if longer and longer.group(1).lower() in ROLE_WORDS | PERSON_NOUNS:
                end = longer.end()  # "Foxes coach Phil Garrity", "Salvadoran academic Ana Ruiz"
            end = _possessed_people(text, end, limit) or end
            return Phrase(start, end, text[start:end])
        match = re.search(
            r"(?:^|,\s+)(he|she|they|it)\s", text[sentence.start : limit], re.IGNORECASE
        )
        if match:
            s = sentence.start + match.start(1)
            return Phrase(s, s + len(match.group(1)), match.group(1))
        lead = re.match(
            # "Residents, ..." or "Family members of the deceased, ...": a plural, then a comma
            r"((?:[A-Z][a-z]+\s+)?(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*s"
            r"(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?)\s*,",
            text[sentence.start : limit],
        )
        if lead and not _CUE_WORD.search(lead.group(1)):
            s0 = sentence.start
            return Phrase(s0, s0 + len(lead.group(1)), lead.group(1))
        match = _DESCRIBED_SUBJECT.search(self.norm[sentence.start : limit])
        if match:
            s = sentence.start + match.start(1)
            # "The bench then granted ...": the adverb is no part of the subject
            words = match.group(1)
            while (
                (tail := words.rsplit(None, 1))[1:]
                and len(tail[0].split()) > 1
                and (tail[1] in AUX_AND_ADVERBS or _trailing_adverb(words) >= 0)
            ):
                words = tail[0]
            return Phrase(s, s + len(words), words)
        return None

    def colon_and_dash_phrases(self, sentence: Sentence, said: list[Said]) -> list[ByMark]:
        """`From the mayor: "..."`, `"..." - Commissioner Ray Duval` and, in a headline with
        no quotation, `Igesund: Nigeria didn't ...`: each cue and its speaker phrase
        (`marks.MarkReader`)."""
        return self.marks.colon_and_dash_phrases(sentence, said)


def line_of_the_verb(text: str, start: int, verb_start: int) -> int:
    """Where the speaker of a verb at ``verb_start`` can begin, from ``start``: after the
    last unended line before the verb (`_UNENDED_LINE`), if there is one."""
    breaks = [found.end() for found in _UNENDED_LINE.finditer(text, start, verb_start)]
    return breaks[-1] if breaks else start


def _possessed_people(text: str, end: int, limit: int) -> int | None:
    """Where "Ana's parents" ends, when the name ending at ``end`` is a possessive before the
    people it names ("Ana's parents attended and said ...": the parents speak, not Ana);
    None when what follows the name is no possessive of people ("Ana's report")."""
    possessed = _POSSESSED.match(text, end, limit)
    if possessed is None:
        return None
    for group in (1, 2):  # "Ana's parents", "Ana's heartbroken mother"
        head = (possessed.group(group) or "").lower()
        if head in PERSON_NOUNS or people_word(head):
            return possessed.end(group)
    return None
