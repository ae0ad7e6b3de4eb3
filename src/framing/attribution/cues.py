"""Stage 1: the attribution cues of a sentence.

A cue is one of the words of `words.CUES` (every form of a speech verb, "according to", "was
quoted as saying"), read as a verb only where the words around it allow: not after "the"
("the claims"), not a name in a capitalised run ("the United States"), not a verb of
thinking without a clause after it ("expects rain"; "recall" also reports a memory told,
"recalled the moment she"), not the last word of a heading in the passive ("Budget
defended"). Colons and dashes next to a quotation are found with the speaker phrases
(`speakers`). A report "by" someone is a cue too ("claims by the council that", "advised
by the trust to leave"), and a participle with its own subject ("with police chief Ana
Ruiz calling it", `subjects.absolute_subject`).
`said_by_unnamed_others` tells the records stage that a sentence withholds who spoke
("Ana Ruiz is said to be 'devastated'").

Reads: the page (`page.Page`: the words, the quotations, the headline). Writes: nothing;
`CueFinder.cues` returns `CueMatch` records for the engine.

What it can not tell you: a verb the list lacks is no cue, and a word the list has is read
from its neighbours, not its meaning: "a warning" is a noun, "warning that" a cue.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..text import Sentence
from ..vocabulary import SPEECH_VERBS
from .page import Page
from .phrases import described_by_as, ends_in_closing_quote, search_tail
from .reading import CueMatch
from .subjects import INFINITIVE_REPORT, LED_TO_SUBJECT, absolute_subject
from .words import (
    AUX_AND_ADVERBS,
    AUXILIARIES,
    BE,
    CUE_LENGTHS,
    CUES,
    DETERMINERS,
    INVERTIBLE,
    MESSAGE_NOUNS,
    NUMBER_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PROGRESSIVE_BE,
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
_HEADLINE_CUES_WITH_QUOTATION = frozenset(
    v.verb for v in SPEECH_VERBS if v.in_headlines_with_quotation
)

# Verbs of thinking or finding: a cue only when a reported clause or a quotation follows.
_NEEDS_CLAUSE = frozenset(v.verb for v in SPEECH_VERBS if v.needs_clause)
# Verbs that report speech only beside a quotation: `"...," Lilly continued`.
_NEEDS_QUOTATION = frozenset(v.verb for v in SPEECH_VERBS if v.needs_quotation)
# A quotation's tag, up to its verb: the closing mark (after the quoted words' own comma,
# question mark or full stop, or before a comma: `,"` `?"` `",`), then the speaker, a
# subject of one to five words: `"...," the mayor responded`, `"...?" Dr. Ana Ruiz asked`.
# (Searched in the normalised text, where every quotation mark is straight.)
_TAG_AFTER_QUOTATION = re.compile(
    r"(?P<own_stop>[,?!.])?[\"'],?\s+(?P<subject>(?:[\w.'\-]+\s+){1,5})$"
)
# the end of the clause right after the verb: `"...," Lilly continued.`
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;!?]|$)")
# the words that open a reported clause or question: "asked who", "found that"
_CLAUSE_OPENERS = frozenset("that whether why how if what when who where".split())

# "thinks his son saved him", "believes it is over": after a verb of belief, a reported
# clause with no "that": a subject (a pronoun, or a determiner and a word or two) and then a
# finite verb. ("finding the net for United": other verbs need their "that".)
_BELIEF_VERBS = frozenset(
    "think believe hope worry expect predict report reveal suggest conclude recall agree "
    "confirm promise".split()
)
_CLAUSE_SUBJECTS = frozenset("he she they we i it you".split())
_SUBJECT_DETERMINERS = frozenset("the a an this these those his her its their our my".split())
_FINITE_WORDS = AUXILIARIES - {"be", "been", "being"}  # the finite ones: "she was"


def _bare_clause(after: tuple[str, ...]) -> bool:
    """Do the words after a verb of thinking open a clause with no "that"?"""
    if not after:
        return False
    if after[0] in _CLAUSE_SUBJECTS:
        return len(after) > 1 and (after[1] in _FINITE_WORDS or after[1].endswith("ed"))
    if is_plural(after[0]) and after[0] not in _SUBJECT_DETERMINERS:
        return after[1:2] in (("had",), ("have",), ("were",))  # "confirmed residents had"
    if after[0] not in _SUBJECT_DETERMINERS:
        return False
    # the word right after the determiner is its noun or an adjective ("the isolated town")
    return any(w in _FINITE_WORDS or w.endswith("ed") for w in after[2:4])


# "recalled the moment she", "recalls the horror of", "recalled seeing": a person telling a
# memory of what happened, which news reports as what they said (but not "recalled the
# vehicles", "recalled a batch of formula" or "recalled 500 cars": a product recall names
# no event, and a memory told comes with "the" or a person's "their", "his", "her")
_MEMORY_OPENERS = frozenset("the their his her my our".split())
_INDEFINITE_THINGS = frozenset("nothing something anything everything".split())


def _a_memory_told(after: tuple[str, ...]) -> bool:
    """After "recall": a gerund ("recalls returning home"), or a determiner and a noun that
    goes on with "of", "when" or a clause's subject ("the heartache of", "the day when",
    "the moment she felt")."""
    if not after:
        return False
    if after[0].endswith("ing") and len(after[0]) > 4 and after[0] not in _INDEFINITE_THINGS:
        return True
    return after[0] in _MEMORY_OPENERS and any(
        word in ("of", "when") or word in _CLAUSE_SUBJECTS for word in after[2:4]
    )


# adverbs between a subject and its verb ("they also say"; never a modal: "will also say")
_ADVERBS = frozenset("also still now often frequently repeatedly really all both too".split())

# verbs of asking and advising: "was advised by the trust to leave" reports the advice
_REQUESTS = frozenset(("ask", "advise"))

# "people accused of gang ties": they are accused, they do not speak
_PASSIVE_OF = frozenset(("accuse", "suspect", "charge"))
_QUOTE_SOON = re.compile(r"\s*(?:\w+\s+){0,3}[:,]?\s*[\"']")

# a mark that breaks a clause, searched between two words that must stand in one clause
# (a verb and the "that" it governs): a comma, a semicolon, a colon, a bracket, a
# quotation mark
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]")
# where the clause after a participle ends, searched ahead of it: a comma, a colon, a
# bracket, or a full stop before a space ("U.S." goes on); a quotation inside stays in it
_CLAUSE_AHEAD_ENDS = re.compile(r"[,;:()]|[.!?](?:\s|$)")

# "claimed bronze", "claimed their first trophy", "claimed the lives of three": a claim on a
# prize, a place or a life is won or taken, not said
_CLAIMED_THINGS = frozenset(
    """
    bronze silver gold medal medals trophy trophies title titles crown cup win wins victory
    victories lead place spot seat seats point points prize prizes wicket wickets pole
    life lives
    """.split()
)


# "..., Nikkei reported" / "..., 1010 WINS' Carol D'Auria reported": a comma, then a
# subject of up to six words that opens no clause of its own
_TAG_SUBJECT = re.compile(
    r",\s+(?!(?:as|than|which|who|what|when|while|if|and|but|so|because|although|according"
    rf"|{'|'.join(sorted(PREPOSITIONS))})\b)"
    r"(?:[\w.'\-]+\s+){1,6}$",
    re.IGNORECASE,
)
# what may follow the tag: the sentence's end, ", citing ..." / ", adding ...", or a
# contrasting clause of the writer's own (", while other towns ...", ", but ...")
_TAG_END = re.compile(r"\s*(?:[.!]|$|,\s+\w+ing\b|,\s+(?:while|but|although|though|whereas)\b)")
# "..., reported The Times of India.": the verb, then a capitalised name that ends it
_INVERTED_TAG_END = re.compile(r"\s+(?:the\s+)?(?:[A-Z0-9][\w.'\-&]*\s*){1,6}(?:[.!]|$)")

# "an application ... wherein he has asked the court to halt": a filing's request
_FILING_CLAUSE = re.compile(r"\b(?:wherein|whereby|in which)\s+\w+\s+(?:has\s+|had\s+)?$")

# "When asked about it, she said": a verb with no subject of its own
_SUBORDINATORS = frozenset("when if as after before once unless until while whenever".split())


@dataclass(frozen=True, slots=True)
class _Around:
    """The words around a candidate cue, within its sentence."""

    first: bool  # the cue starts the sentence
    previous: str  # the word before it, lowercase ("" at the start)
    gap: str  # what stands between that word and the cue: " ", ", "
    previous_lower: bool  # the word before starts with a small letter
    after: tuple[str, ...]  # up to four words after the cue, lowercase
    next_capital: bool  # the word after the cue starts with a capital


# the reason for a verb of speaking or thinking with nothing reported after it
NO_CLAUSE = "a verb of thinking with no clause or quotation after it"

# "Beliefs challenged", "Community council meeting defended": a heading line that ends with
# the past form of a verb that takes an object, and no object: a passive, with its "was"
# left out as headings do ("Budget (was) defended"), so its subject is what was defended
PASSIVE_HEADING = "a heading in the passive: 'Budget defended'"

# Why a word of the cue list is no cue where it stands: each rule's reason, and a sentence
# where it applies (tests/test_attribution.py checks every one).
NOT_A_CUE = {
    "a headline word that reports no speech": "Later Start Times Add an Hour\nThe board met.",
    "a headline verb of acting, with no quotation": "Council Rejects Budget Plan\nIt met.",
    "a capitalised word in a name": "Ana Ruiz of Tell Tale Books signed the lease.",
    "after an article, a preposition or a possessive": "The claims were false.",  # "to warn"
    NO_CLAUSE: "Officials expect rain.",
    "a participle that reports nothing": "He kept praising the team.",
    "a base form after a modal, an article or a possessive": "The mayor will announce cuts.",
    "a base form with no plural subject": "Letting the camera announce it was odd.",
    "people accused of something do not speak": "Two men accused of fraud appeared.",
    "no words reported": "The mayor has said little about the plan.",
    "a name given to something": "The app has a feature called Familiar Faces.",
    "a plural noun, not a verb": "Climate finance pledges fell short.",
    "backing given, not words: 'was supported by'": "The motion was supported by Ana Ruiz.",
    "a passive participle after a noun: whoever acted comes after 'by'": "A law praised by "
    "Mayor Ana Ruiz took effect.",
    "a prize, a place or a life claimed, not words": "The Tigers claimed bronze on Sunday.",
    "'heard from' reports evidence only before a court or a committee": "We have not heard "
    "from Ana Ruiz since May.",
    "'said to be': what others say of the subject, not what the subject says": "Her ex, "
    "singer Tom Okoro, said to be “devastated”, stayed home.",
    "a plea entered in court, not words: 'pleaded guilty'": "Tom Okoro pleaded guilty to theft.",
    "applause, not words: 'applauded' with no object": "The crowd applauded after the speech.",
    "'thanks to': because of, not words of thanks": "The Tigers won thanks to a late goal.",
    "'it is believed': no one named holds the belief": "It is believed he stayed at home.",
    "an order received, not words: 'told to'": "The hearing ends Friday, with lawyers told to "
    "file their papers.",
    "a call for help, not words: 'called an ambulance'": "Tom Okoro called for an ambulance "
    "at 10pm.",
    "an act declared, not words: 'declared a state of emergency'": "Governor Ana Ruiz declared "
    "a state of emergency on Monday.",
    "a story told by things: 'tells a different story'": "The data tells a different story.",
    "a thing attributed to someone: the passive 'attributed to'": "Deaths attributed to the "
    "flu rose in May.",
    "a thing as the subject: 'the slowdown raises concerns'": "The slowdown raises concerns "
    "about jobs.",
    "a telephone call or a visit: 'called them about', 'called to check in'": "Neighbours "
    "called them about the noise, and Tom Okoro called to check in.",
    "called off: cancelled, not words": "The union has since called off the strike.",
    "a person or a thing cited, not the one citing: 'cited for speeding'": "Tom Okoro was "
    "cited for speeding in May.",
    "a cause blamed, not words: 'blamed on the weather'": "The delay was blamed on the weather.",
    "a word as the subject: 'one word describes it'": "One word describes the town now.",
    "a thing likened to something: the passive 'likened to'": "A storm likened to a bomb "
    "hit the coast.",
    PASSIVE_HEADING: "Rates rise in Tarrow\n\nThe council met on Friday.\n\nBudget defended"
    "\n\nThe mayor left early.",
}

# verbs whose subject may be a thing that cannot speak: "the slowdown raises concerns",
# "bushfires threaten to spread", "the rules make it clear that"
_SAID_OF_THINGS_TOO = frozenset(
    ("raise concerns", "raise concern", "threaten", "indicate", "make it clear")
)

# "was cited for speeding", "the study cited in the report", "cited as a reason": the
# passive, whose subject is what was cited
_CITED_PASSIVE = frozenset("for in by as among".split())

# "called for an ambulance", "called 911": a phone call for help
_CALLS_FOR_HELP = (("for", "an", "ambulance"), ("an", "ambulance"), ("for", "help"), ("911",))
# "declared a state of emergency", "declared war", "declared victory": an act, not words
_DECLARED_ACTS = frozenset("a an war victory bankruptcy independence martial emergency".split())

# a number before a word makes it a plural noun: "31 states", "two reports"; but "one"
# takes a verb's singular form ("one says", "one warns"), so after it the word stays a verb
_PLURAL_NUMBERS = NUMBER_WORDS - {"one"}

# "pleaded guilty", "pleads not guilty", "pleaded no contest"
_PLEAS = frozenset("guilty not innocent no".split())
# "applauded after the speech", "applauded as he left": clapping, with no one applauded
_NO_OBJECT = PREPOSITIONS | frozenset("as when while and but".split())

# "X said to be devastated", "reported to have left": a report about X by unnamed others
_REPORTED_OF = frozenset(("say", "report", "rumour", "rumor"))
_TO_BE = frozenset((("to", "be"), ("to", "have"), ("to", "been")))
# the same report found in a sentence's text, for the records stage (`said_by_unnamed_others`)
_SAID_OF = re.compile(
    rf"\b(?:{'|'.join(sorted('said' if v == 'say' else v + 'ed' for v in _REPORTED_OF))})"
    rf"\s+to\s+(?:{'|'.join(sorted({after for _, after in _TO_BE}))})\b",
    re.IGNORECASE,
)

# Where "heard from X" reports what X said: a court, an inquest or a committee hears evidence.
_HEARING = re.compile(
    r"\b(?:court|jury|inquest|tribunal|hearing|trial|committee|inquiry|panel|magistrates)\b",
    re.IGNORECASE,
)


class CueFinder:
    """Finding cues: the first stage. It reads the page (its words, quotations and headline)
    and writes nothing."""

    def __init__(self, page: Page) -> None:
        # what this stage reads of the page
        self.article = page.article
        self.text, self.norm = page.text, page.norm
        self.starts, self.ends, self.keys = page.starts, page.ends, page.keys
        self.quote_starts = page.quote_starts
        self.quotes_by_sentence = page.quotes_by_sentence
        self.headline_start, self.headline_end = page.headline
        self.inside_quote = page.inside_quote
        self.word_range = page.word_range
        # words that can start a cue ("said", "according"): found once, looked up per sentence
        self._cue_words = self._words_that_may_cue()

    def cues(self, sentence: Sentence) -> list[CueMatch]:
        """The cues of a sentence, in order."""
        return [cue for cue, reason in self.cue_candidates(sentence) if reason is None]

    def cue_candidates(self, sentence: Sentence) -> list[tuple[CueMatch, str | None]]:
        """Each run of words in the cue list (outside quotations), with the reason it is no
        cue where it stands (a key of `NOT_A_CUE`), or None for a cue."""
        found: list[tuple[CueMatch, str | None]] = []
        indices = self.word_range(sentence)
        keys = self.keys
        taken = -1  # the words of the last cue: a candidate inside them is part of it
        cue_words = self._cue_words
        first = bisect.bisect_left(cue_words, indices.start)
        for k in cue_words[first : bisect.bisect_left(cue_words, indices.stop, first)]:
            if k < taken or self.inside_quote(self.starts[k]):
                continue
            for size in CUE_LENGTHS[keys[k]]:
                spec = CUES.get(tuple(keys[k : k + size])) if k + size <= indices.stop else None
                if spec is not None:
                    lemma, clause, form = spec
                    end = self.ends[k + size - 1]
                    cue = CueMatch(self.starts[k], end, lemma, clause, (k, k + size), form)
                    reason = self._why_not_a_cue(cue, indices)
                    found.append((cue, reason))
                    if reason is None:
                        taken = cue.words[1]
                    break
        return found

    def _words_that_may_cue(self) -> list[int]:
        """The indices of the words that can start a cue ("said", "according"), in order."""
        return [k for k, key in enumerate(self.keys) if key in CUE_LENGTHS]

    def _around(self, cue: CueMatch, indices: range) -> _Around:
        k, next_word = cue.words
        first = k == indices.start
        return _Around(
            first=first,
            previous="" if first else self.keys[k - 1],
            gap="" if first else self.text[self.ends[k - 1] : self.starts[k]],
            previous_lower=not first and self.text[self.starts[k - 1]].islower(),
            after=tuple(self.keys[next_word : min(next_word + 4, indices.stop)]),
            next_capital=next_word < indices.stop and self.text[self.starts[next_word]].isupper(),
        )

    def _why_not_a_cue(self, cue: CueMatch, indices: range) -> str | None:
        """The reason (a key of `NOT_A_CUE`) the cue's words are no cue here, or None."""
        if cue.lemma == "hear from" and not _HEARING.search(
            self.text, self.starts[indices.start], cue.start
        ):
            return "'heard from' reports evidence only before a court or a committee"
        if cue.form in ("according", "quoted"):
            return None
        if cue.form == "base" and search_tail(INFINITIVE_REPORT, self.text, 0, cue.start, 80):
            return None  # "went on to say", "took to Instagram to say"
        around = self._around(cue, indices)
        if self._a_passive_heading(cue, around, indices):
            return PASSIVE_HEADING
        reason = self._not_a_verb_here(cue, around, indices)
        if reason is None and cue.form == "participle":
            reason = self._not_a_reporting_participle(cue, around)
        elif reason is None and cue.form == "base":
            reason = self._not_a_reporting_base(cue, around, indices)
        elif reason is None:
            reason = self._not_a_report(cue, around)
        return (
            reason
            or _an_act_not_words(cue, around)
            or _done_to_the_subject(cue, around)
            or _a_word_as_subject(cue, around)
        )

    def _not_a_verb_here(self, cue: CueMatch, around: _Around, indices: range) -> str | None:
        """The rules for every form: headlines, names, nouns, verbs of thinking."""
        if self.headline_start <= cue.start < self.headline_end:
            if cue.lemma not in _HEADLINE_CUES:
                return "a headline word that reports no speech"
            if cue.lemma in _HEADLINE_CUES_WITH_QUOTATION and not self._quote_in(
                self.headline_start, self.headline_end
            ):
                return "a headline verb of acting, with no quotation"
        elif not around.first and self.text[cue.start].isupper() and not self._title_case(indices):
            return "a capitalised word in a name"  # "the United States"
        if (
            not around.gap.strip()
            and (
                around.previous in DETERMINERS  # "the claims", "a warning"
                or (around.previous in PREPOSITIONS and cue.form != "participle")  # "of warning"
                # "the minister's claims"
                or (around.previous.endswith("'s") and around.previous not in _CONTRACTIONS)
            )
            and not self._by_whom_then(cue, indices, ("that",))  # "claims by Ana Ruiz that"
        ):
            return "after an article, a preposition or a possessive"
        in_headline = self.headline_start <= cue.start < self.headline_end
        if cue.lemma in _NEEDS_QUOTATION:
            if not self._only_a_quotation_tag(cue, indices):
                return NO_CLAUSE
        elif in_headline:
            return None  # a headline drops its "that": "Biden Predicts Conflict's End"
        elif cue.lemma in _NEEDS_CLAUSE and not (
            _CLAUSE_OPENERS & set(around.after)
            or (cue.lemma in _BELIEF_VERBS and _bare_clause(around.after))
            or self._quote_follows(cue)
            or self.norm[cue.end : cue.end + 2].strip() == ":"
            or (cue.lemma in INVERTIBLE and self._quote_before(cue, indices))
            or self._reported_elsewhere(cue, around, indices)
            # "residents were advised by the trust to leave": advice or a question put by someone
            or (cue.lemma in _REQUESTS and self._by_whom_then(cue, indices, ("to", "that")))
            or (cue.lemma == "recall" and _a_memory_told(around.after))
        ):
            return NO_CLAUSE
        return None

    def _a_passive_heading(self, cue: CueMatch, around: _Around, indices: range) -> bool:
        """Is the cue the last word of a line of its own, a heading with no stop at its end
        ("Budget defended"), the past form of a verb that takes an object, with no
        quotation before it (`"No," Ana Ruiz replied` stays a tag)?"""
        if cue.form != "past" or cue.clause or around.after or around.first:
            return False
        start = self.starts[indices.start]
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", cue.end)
        return (
            not self.text[line_start:start].strip()
            and not self.text[cue.end : len(self.text) if line_end < 0 else line_end].strip()
            and not self._quote_in(start, cue.end)
        )

    def _reported_elsewhere(self, cue: CueMatch, around: _Around, indices: range) -> bool:
        """What a verb of thinking or asking reports need not follow it at once: a quotation
        before its subject (`"...," the mayor responded`), the sentence before its tag
        ("..., Nikkei reported, citing sources"), a clause after a place ("confirmed in a
        post that"), or a question or request put to someone ("asked the city to wait",
        "asked Chief Smith about the footage")."""
        return (
            self._reports_quotation_before(cue, indices)
            or self._tag_after_its_clause(cue, indices)
            or self._that_after_a_place(cue, indices)
            or (cue.lemma == "ask" and self._asks_someone(cue, around, indices))
        )

    def _inside_a_report(self, cue: CueMatch, indices: range) -> bool:
        """Is the cue inside the clause another cue reports ("X reports that Apple asked")?"""
        keys = self.keys
        return any(
            keys[k + 1] == "that" and (keys[k],) in CUES
            for k in range(indices.start, cue.words[0] - 1)
        )

    def _that_after_a_place(self, cue: CueMatch, indices: range) -> bool:
        """ "confirmed in a post on Facebook that", "said on Twitter that": a phrase of place
        or means, then "that" (within eight words, no comma between; not "expects rain in
        the areas that", nor "speaking on condition of anonymity, disputed that")."""
        after = self.keys[cue.words[1] : min(cue.words[1] + 9, indices.stop)]
        if not after or after[0] not in PREPOSITIONS or "that" not in after[2:8]:
            return False
        that = cue.words[1] + after.index("that", 2)
        return not _CLAUSE_MARK.search(self.norm, cue.end, self.starts[that])

    # Two rules read a tag after a quotation, `"...," the mayor responded`. They share the
    # tag's shape (`_subject_after_quotation`) but ask for different evidence, because their
    # verbs differ. A verb that needs a clause ("responded", "observed") reports speech
    # anyway, so its rule only looks for what it reports. A verb that reports speech only as
    # a tag ("continued", "interrupted") reports nothing most of the time ("the strike
    # continued"), so its rule asks for more.

    def _reports_quotation_before(self, cue: CueMatch, indices: range) -> bool:
        """For a verb that needs a clause: is what it reports a quotation that closes just
        before its subject, in this sentence? The quoted words end with their own comma,
        question mark or full stop inside the closing mark, as a sentence someone said does
        (not a term in quotation marks); the verb may go on. Accepted: `"The road is shut,"
        the mayor responded.`, `"Why now?" the mayor responded to critics.` Refused: `The
        "rebels" and their leader responded.` (a term), `"We are done," the deputy mayor of
        the town of Tarrow responded.` (a subject over five words), `"We are done," she said
        and Tom Okoro responded.` (the quotation is "said"'s). Cases:
        tests/test_cues.py."""
        start = self.starts[indices.start] if indices else cue.start
        tag = self._subject_after_quotation(cue, start)
        return tag is not None and tag["own_stop"] is not None

    def _only_a_quotation_tag(self, cue: CueMatch, indices: range) -> bool:
        """For a verb that reports speech only as a tag ("continued", "interrupted"): is it
        the tag of a quotation? A quotation the quote finder paired, opened in this
        paragraph, closes within 60 characters before the verb (a question ends its own
        sentence, so it may close the sentence before); then the verb and its subject, or
        the verb alone where it may come first, and the clause ends with the verb. Accepted:
        `"We are not done," Ana Ruiz continued.`, `"We are not done", Dr. Ana Ruiz
        continued.`, `"Are you for it?" the mayor interrupted.`, `"We are not done,"
        continued Ana Ruiz.` Refused: `The strike continued for a "long" week.` (no
        quotation before), `"Long," the strike continued for weeks.` (the clause goes on),
        and a quotation run from the paragraph before (its closing mark missing, it may be
        someone else's). Cases: tests/test_cues.py."""
        sentence = self.article.sentence_at(cue.start)
        if sentence is None:
            return False
        closed = [
            quote.start
            for index in (sentence.index - 1, sentence.index)
            for quote in self.quotes_by_sentence.get(index, ())
            if quote.paragraph == sentence.paragraph
            and cue.start - 60 <= quote.parts[-1][1] < cue.start
        ]
        if not closed:
            return False
        if cue.lemma in INVERTIBLE and self._quote_before(cue, indices):
            return True  # `"...," continued Ana Ruiz`
        return (
            self._subject_after_quotation(cue, min(closed)) is not None
            and _CLAUSE_ENDS.match(self.norm, cue.end) is not None
        )

    def _subject_after_quotation(self, cue: CueMatch, start: int) -> re.Match[str] | None:
        """The tag between a quotation's closing mark (at or after ``start``, within 60
        characters of the verb) and the verb: `"...," the mayor responded` gives `," the
        mayor ` (its ``own_stop`` the comma, its ``subject`` "the mayor "). None when there
        is none, or when a speech verb stands in the subject (`"...," he said and Ruiz
        responded`): the quotation is that verb's."""
        tag = _TAG_AFTER_QUOTATION.search(self.norm, max(start, cue.start - 60), cue.start)
        if tag is None:
            return None
        first = bisect.bisect_left(self.starts, tag.start("subject"))
        if any((self.keys[k],) in CUES for k in range(first, cue.words[0])):
            return None
        # `"...," without mentioning the club`: a phrase that opens with a preposition is
        # no subject
        if self.keys[first] in PREPOSITIONS:
            return None
        return tag

    def _tag_after_its_clause(self, cue: CueMatch, indices: range) -> bool:
        """ "..., Nikkei reported." / "..., reported The Times of India.": after a comma, a
        short subject and the verb (or the verb and a capitalised name) end the sentence, or
        a participle follows (", citing sources")."""
        if not indices or cue.words[0] - indices.start < 4:
            return False  # the clause the tag reports comes first
        start = self.starts[indices.start]
        end = self.ends[indices.stop - 1]
        before = self.norm[max(start, cue.start - 50) : cue.start]
        after = self.norm[cue.end : min(end + 1, cue.end + 60)]
        if _TAG_SUBJECT.search(before):
            return bool(_TAG_END.match(after))
        return (
            cue.lemma in INVERTIBLE
            and before.rstrip().endswith(",")
            and bool(_INVERTED_TAG_END.match(after))
        )

    def _asks_someone(self, cue: CueMatch, around: _Around, indices: range) -> bool:
        """ "asked the city to withhold the video", "asked Chief Smith about the footage",
        "asked for no revenge": a request or a question put to someone (not "When asked about
        it, she said", where the verb has no subject of its own)."""
        if around.previous in _SUBORDINATORS or around.previous in BE:
            return False
        following = self.keys[cue.words[1] : min(cue.words[1] + 8, indices.stop)]
        if (
            following[:1] == ["not"]
            or self._inside_a_report(cue, indices)
            or search_tail(_FILING_CLAUSE, self.norm, self.starts[indices.start], cue.start, 60)
        ):
            # "asked not to be named"; "reports that Apple asked suppliers to"; "an
            # application wherein he has asked the court to": what a filing asks
            return False
        for k, word in enumerate(following):
            if word == "about" or (word == "to" and k > 0):
                return not _CLAUSE_MARK.search(self.norm, cue.end, self.starts[cue.words[1] + k])
        return False

    def _not_a_reporting_participle(self, cue: CueMatch, around: _Around) -> str | None:
        """ ", warning that", "and calling", "a video message urging": a participle reports
        only after a comma, a joining word or a message, or before "that" or a quotation."""
        if (
            "," in around.gap
            or around.previous in ("and", "while", "by", "after", "before", "as", "without", "also")
            or around.previous in MESSAGE_NOUNS  # "a video message warning people"
            # "the party is calling on the mayor to"; a verb of saying still needs its "that"
            # or quotation: "the company is adding staff" reports nothing
            or (around.previous in PROGRESSIVE_BE and not cue.clause)
            or "that" in around.after[:3]
            or self._quote_follows(cue)
            or search_tail(LED_TO_SUBJECT, self.text, 0, cue.start, 120)  # "led to X asking"
            # "with police chief Ana Ruiz calling it a “disgrace”": an absolute clause's own
            # subject, and a quotation in the participle's clause
            or (absolute_subject(self.text, 0, cue.start) and self._quote_in_clause(cue))
        ):
            return None
        return "a participle that reports nothing"

    def _not_a_reporting_base(self, cue: CueMatch, around: _Around, indices: range) -> str | None:
        """ "advocates fear", "they say", "Residents of Yarrabin say" -- but not "letting the
        camera announce", "will announce" or "Ms Ruiz's reply"."""
        if (
            around.previous.endswith("'s")
            or around.previous in DETERMINERS
            or around.previous in _MODALS
            or around.after[:1] == ("of",)
        ):
            return "a base form after a modal, an article or a possessive"
        if around.previous in ("did", "does", "do"):
            return None  # "Karen did gush that ...": the subject stands before "did"
        if "," in around.gap and self._plural_tag_after(cue, indices):
            return None  # "Cases are rising, say doctors."
        # "They also say", "Residents often say": the subject stands before the adverbs
        k = cue.words[0] - 1
        while k > indices.start and self.keys[k] in _ADVERBS:
            k -= 1
        subject = self.keys[k] if k >= indices.start else ""
        if (
            subject.endswith("s")
            or self._coordinated_subject(k, indices)
            or subject in ("they", "we", "i", "you", "people", "police", "men", "women")
            or subject in ("many", "some", "others", "most", "few")  # "but many say"
            or self._plural_of_place(cue.words[0], indices)
        ):
            return None
        return "a base form with no plural subject"

    def _plural_tag_after(self, cue: CueMatch, indices: range) -> bool:
        """ "Cases are rising, say doctors", "..., warn experts in the field.": after a
        clause and a comma, an inverted tag: the verb, then a plural subject (up to three
        words, then perhaps a phrase of place) that ends the sentence."""
        k = cue.words[0]
        following = self.keys[cue.words[1] : indices.stop]
        if cue.lemma not in INVERTIBLE or k - indices.start < 3 or not 0 < len(following) <= 7:
            return False
        if _CLAUSE_MARK.search(self.norm, cue.end, self.ends[indices.stop - 1]):
            return False
        subject = following[: next((i for i, w in enumerate(following) if w in PREPOSITIONS), 7)]
        return 0 < len(subject) <= 3 and (is_plural(subject[-1]) or people_word(subject[-1]))

    def _not_a_report(self, cue: CueMatch, around: _Around) -> str | None:
        """The rules for past and present forms."""
        if cue.form == "past" and around.after[:1] == ("of",) and cue.lemma in _PASSIVE_OF:
            return "people accused of something do not speak"
        if cue.lemma == "support" and cue.form == "past" and around.after[:1] == ("by",):
            return "backing given, not words: 'was supported by'"
        # "a law praised by X": the noun before did not speak (but "was praised by X" is X's,
        # read in speakers.py, and "said by phone" is still said)
        if (
            cue.form == "past"
            and (not cue.clause or cue.lemma == "write")  # "an article written by Poulter"
            and around.after[:1] == ("by",)
            and around.previous not in BE
            and not around.previous.endswith("ly")
            and not described_by_as(cue.lemma, around.after)
        ):
            return "a passive participle after a noun: whoever acted comes after 'by'"
        if cue.form == "past" and cue.lemma in _REPORTED_OF and around.after[:2] in _TO_BE:
            return "'said to be': what others say of the subject, not what the subject says"
        if cue.lemma == "plead" and around.after[:1] and around.after[0] in _PLEAS:
            return "a plea entered in court, not words: 'pleaded guilty'"
        if cue.lemma == "applaud" and (not around.after or around.after[0] in _NO_OBJECT):
            return "applause, not words: 'applauded' with no object"
        if cue.lemma == "call" and around.after[:1] == ("off",):
            return "called off: cancelled, not words"
        if cue.lemma == "claim" and _CLAIMED_THINGS & set(around.after[:3]):
            return "a prize, a place or a life claimed, not words"
        before = self.norm[max(0, cue.start - 30) : cue.start].lower()
        if around.after[:1] in (("little",), ("nothing",)) or _DECLINED.search(before):
            return "no words reported"  # "has said little", "declined to comment"
        if (
            cue.lemma in ("call", "describe")
            and cue.form == "past"
            and not (cue.lemma == "describe" and "as" in around.after)  # "described Ana as"
            and around.previous.isalpha()
            and around.previous_lower
            and around.previous not in _PRONOUN_OBJECTS
            and around.next_capital
            and not ends_in_closing_quote(around.gap)  # `"...," described Jack Maddox`
        ):
            return "a name given to something"  # "a feature called Familiar Faces"
        # "warns of" is a verb, but "claims of" and "reports of" are nouns, and so are
        # "climate finance pledges" -- unlike "the lawyer claims" or "Ruiz claims"
        if (
            cue.form == "present"
            and not around.gap.strip()
            and (around.previous.isdigit() or around.previous in _PLURAL_NUMBERS)
        ):
            return "a plural noun, not a verb"  # "spread to 31 states", "two reports"
        noun_like = cue.form == "present" and cue.lemma in _NOUN_LIKE
        if noun_like and (
            around.after[:1] == ("of",)
            or (
                # a noun follows its modifier with no comma between ("climate finance
                # pledges"); `...," claims a minister` is the verb of an inverted tag
                "," not in around.gap
                and around.previous.isalpha()
                and around.previous_lower
                and not _names_a_speaker(around.previous)
                and not self._adverb_after_speaker(cue)
            )
        ):
            return "a plural noun, not a verb"
        return None

    def _adverb_after_speaker(self, cue: CueMatch) -> bool:
        """ "One scientist derisively calls it", "Ruiz bluntly calls it", "Ruiz now claims": an
        adverb between a speaker and the verb (not "the weekly reports": no speaker before it)."""
        k = cue.words[0]
        return (
            k >= 2
            and (self.keys[k - 1].endswith("ly") or self.keys[k - 1] in AUX_AND_ADVERBS)
            and self.text[self.ends[k - 2] : self.starts[k - 1]].strip() == ""
            and (_names_a_speaker(self.keys[k - 2]) or self.text[self.starts[k - 2]].isupper())
        )

    def _quote_in(self, start: int, end: int) -> bool:
        """Is there a quotation between ``start`` and ``end``?"""
        i = bisect.bisect_left(self.quote_starts, start)
        return i < len(self.quote_starts) and self.quote_starts[i] < end

    def _quote_before(self, cue: CueMatch, indices: range) -> bool:
        """`"...?" asked Ana Ruiz`: does a quotation close right before the cue?"""
        start = self.starts[indices.start] if indices else cue.start
        return ends_in_closing_quote(self.norm[max(start, cue.start - 6) : cue.start])

    def _coordinated_subject(self, k: int, indices: range) -> bool:
        """`Coun Green and Wharton say`: names joined by "and" right before the verb (the
        word at ``k`` ends the subject) are a plural subject."""
        for j in range(k - 1, max(indices.start, k - 4) - 1, -1):
            if self.keys[j] == "and":
                return j > indices.start and self.text[self.starts[j - 1]].isupper()
            if not self.text[self.starts[j]].isupper():
                return False
        return False

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

    def _by_whom_then(self, cue: CueMatch, indices: range, openers: tuple[str, ...]) -> bool:
        """ "claims by the council that ...", "advised by the trust to leave": "by", the one
        who spoke, then one of ``openers`` ("that", "to") within the clause."""
        k = cue.words[1]
        following = self.keys[k : min(k + 10, indices.stop)]
        if following[:1] != ["by"]:
            return False
        for j, word in enumerate(following[2:], start=k + 2):
            if word in openers:
                return not _CLAUSE_MARK.search(self.norm, cue.end, self.starts[j])
        return False

    def _quote_in_clause(self, cue: CueMatch) -> bool:
        """Is there a quotation after the cue, before the next comma, semicolon or bracket?"""
        end = _CLAUSE_AHEAD_ENDS.search(self.norm, cue.end, cue.end + 120)
        return self._quote_in(cue.end, end.start() if end else cue.end + 120)

    def _quote_follows(self, cue: CueMatch) -> bool:
        rest = self.norm[cue.end : cue.end + 40]
        return bool(_QUOTE_SOON.match(rest))


def _a_function_word(word: str) -> bool:
    """An auxiliary, an adverb or a joining word: "have", "then", "never", "who", "and"."""
    return (
        word in AUX_AND_ADVERBS
        or word in BE
        or word.endswith("ly")
        or word in _SUBORDINATORS
        or word in ("and", "but", "or", "who", "that", "which", "again", "never")
    )


def _calls_to_act(after: tuple[str, ...]) -> bool:
    """ "called to check in", "called to the stand": "to" and no verb of speaking after it."""
    return after[:1] == ("to",) and (after[1],) not in CUES if len(after) > 1 else False


def _an_act_not_words(cue: CueMatch, around: _Around) -> str | None:
    """A speech verb's idioms for acts, not words: "thanks to", "it is believed", "told to",
    "called an ambulance", "declared a state of emergency", "tells a different story"."""
    after = around.after
    if cue.lemma == "thank" and after[:1] == ("to",):
        return "'thanks to': because of, not words of thanks"
    if cue.form == "past" and cue.lemma in _NEEDS_CLAUSE and around.previous in ("is", "it's"):
        return "'it is believed': no one named holds the belief"
    if cue.lemma == "tell" and after[:1] == ("to",):
        return "an order received, not words: 'told to'"
    if cue.lemma == "call" and any(after[: len(words)] == words for words in _CALLS_FOR_HELP):
        return "a call for help, not words: 'called an ambulance'"
    if cue.lemma == "call" and (after[1:2] == ("about",) or _calls_to_act(after)):
        return "a telephone call or a visit: 'called them about', 'called to check in'"
    if cue.lemma == "declare" and after[:1] and after[0] in _DECLARED_ACTS:
        return "an act declared, not words: 'declared a state of emergency'"
    if (
        cue.lemma in _SAID_OF_THINGS_TOO
        and cue.form != "participle"
        and around.previous.isalpha()
        and around.previous_lower
        and not around.gap.strip()
        and not _names_a_speaker(around.previous)
        and not _a_function_word(around.previous)
    ):
        return "a thing as the subject: 'the slowdown raises concerns'"
    if cue.lemma == "attribute" and after[:1] == ("to",):
        return "a thing attributed to someone: the passive 'attributed to'"
    if cue.lemma == "tell" and "story" in after[1:3] and after[0] in ("a", "the"):
        return "a story told by things: 'tells a different story'"
    return None


def _done_to_the_subject(cue: CueMatch, around: _Around) -> str | None:
    """The passives whose subject is what the verb acted on: "was cited for speeding", "the
    delay was blamed on the weather", "a storm likened to a bomb"."""
    after = around.after
    if cue.form != "past" or not after:
        return None
    if cue.lemma == "cite" and after[0] in _CITED_PASSIVE:
        return "a person or a thing cited, not the one citing: 'cited for speeding'"
    # "a robbery that police blamed on a gang", "which he blamed on": a speaker blames
    if cue.lemma == "blame" and after[0] == "on" and not _names_a_speaker(around.previous):
        return "a cause blamed, not words: 'blamed on the weather'"
    if cue.lemma == "liken" and after[0] == "to":
        return "a thing likened to something: the passive 'likened to'"
    return None


# "One word describes the town", "no other phrase sums it up": the writer's narration
_WORDS_FOR_WORDS = frozenset("word words phrase term label".split())


def _a_word_as_subject(cue: CueMatch, around: _Around) -> str | None:
    """ "Just one simple word describes the town": a word, not a person, describes."""
    if cue.lemma == "describe" and around.previous in _WORDS_FOR_WORDS and not around.gap.strip():
        return "a word as the subject: 'one word describes it'"
    return None


def _names_a_speaker(word: str) -> bool:
    """Can ``word`` be the subject that speaks: "they", "lawyers", "police", "the council",
    "the 35-year-old"?"""
    return (
        word in PRONOUNS
        or word.endswith("-year-old")
        or people_word(word)
        or word in PERSON_NOUNS
        or word in TYPE_VOCABULARY
        or word in ORG_WORDS
    )


def said_by_unnamed_others(text: str) -> bool:
    """Does the sentence say that unnamed others say something of its subject ("Ana Ruiz is
    said to be “devastated”", "was reported to have left")? The writer then withholds who
    said the quoted words, so a quotation there has no speaker the text gives, even where
    the same words come back later in someone's mouth."""
    return _SAID_OF.search(text) is not None
