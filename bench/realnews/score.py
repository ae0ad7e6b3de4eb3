"""Score the attribution engine on the real-news set, micro-averaged over its articles.

Run: ``PYTHONPATH=src python bench/realnews/score.py --split dev|test|all [-v]
[--only PREFIX]``; ``--only c-`` scores only the articles whose name starts with ``c-``
(one annotator's batch), ``--only a-,b-`` those of two batches.

Per article and in total: quotations found, quote speakers right (of the quotations
found; the summary also counts the wrong ones as a wrong named speaker or None, so
"a wrong named speaker is rarer than a None" can be checked on any split), attributed
sentences (sentence x source pairs: precision, recall, F1; items marked ``optional``
neither help nor hurt), source types right (of the engine's sources that match an
annotated source), and INVALID source names: names the engine
reports as sources that are not a name, a title or a noun phrase (a clause, a number,
a date word, a party code, a bare pronoun, a phrase that opens with a preposition, an
adverbial or a verb, an adverb, a time adverbial, a topic or an occasion after the name,
a manner adverb after it ("Ana Ruiz sharply"), a verb or a preposition alone ("has",
"Alongside"), a pronoun run into its verb ("We've"), a lone "another" or "one", a nationality or
place adjective ("East African"), a plural common noun the text also prints in lower case
and that names no people, body or document ("Wildfires"), a place that the text calls "he"
or "she"). ``-v`` lists what differs, article by
article. Texts that are missing are skipped with a message (``check.py`` says how to
rebuild them).

Nobody studies the differences on the ``test`` split: score it, do not read ``-v``.

What it can not tell you: the annotation is one reader's judgement of a page as the
search tool stored it; the validity check on names is a short list of rules (below),
so a clause it has no word for slips through.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter

from dataset import SPLITS, entries

from framing import Article
from framing.analysis import Analysis, analyze
from framing.attribution.words import (
    BEFORE_AN_ADJECTIVE,
    DOCUMENT_NOUNS,
    FINDING_NOUNS,
    FINITE_SPEECH_VERBS,
    IRREGULAR_PASTS,
    LY_NOUNS,
    ORG_WORDS,
    PLACE_KINDS,
    PREPOSITIONS,
    people_word,
    place_adjective,
    place_named,
)
from framing.evaluate import evaluate

# A source name is a name, a title or a noun phrase; these words only occur in clauses
# ("Smith is facing legal", "the move comes amid ongoing legal").
CLAUSE_WORDS = frozenset(
    """is are was were be been being has have had will would can could should may might
    must does did do comes came says said facing faces told tells amid he she they we""".split()
)
DATE_WORDS = frozenset(
    """last next this today yesterday tomorrow tonight monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december week weekend month year morning afternoon evening""".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty hundred
    hundreds thousand thousands million dozen dozens""".split()
)
PRONOUNS = frozenset("he she they it we i you him her them his its their".split())
# words that start a clause or join phrases: a name never is one, nor ends with one
FUNCTION_WORDS = frozenset(
    "when while after before if as also but and or having being there here what who".split()
)
TRAILING_WORDS = frozenset(
    "and or of the a an to in on with by for at from who which whom whose".split()
)
# a subject pronoun and its verb run together: "We've", "they're", "I'm"
PRONOUN_CONTRACTION = re.compile(r"(?:he|she|it|we|they|i|you)['’](?:ve|re|m|ll|d|s)")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "on 12 September", "March 3": a date inside what should be a name
DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b")
APPOSITIVE = re.compile(r",|\s(?:who|whose|which|whom)\s")
# "D-5", "R-Ohio", "(D)", "Lab": a party letter with a district or state
PARTY_CODE = re.compile(r"^\(?[A-Z]{1,3}\)?(?:\s*[-–]\s*[A-Z]?[a-z]*\.?\s*\d*)?\)?$")
# "2017-04-07", "07/04/2017": a page's date stamp
NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# A name never opens with a preposition or a sentence adverbial ("for the Dail side", "in
# total the Cowboys ...", "at the same time analysts", "meanwhile the mayor").
OPENING_WORDS = PREPOSITIONS | frozenset(
    """according regarding concerning following amid since until as meanwhile however also
    then now still instead moreover furthermore additionally separately finally indeed
    overall besides beyond unlike along""".split()
)
# Adverbs that belong to the clause, not to the name, anywhere after its first word ("five
# years of dating and now an insider"), and the two that only end one ("the governor here")
ADVERBS = frozenset("now then also meanwhile however instead still again too already".split())
TRAILING_ADVERBS = ADVERBS | {"here", "there"}
TRAILING_ADVERB_PAIRS = frozenset(
    {("in", "turn"), ("as", "well"), ("in", "response"), ("in", "reply"), ("in", "return")}
)
# A tail that says what the speaker spoke about or at which occasion, not who they are:
# "Coun. Rick Webber regarding the deleted item", "Ana Ruiz during the debate"; "in a
# back-and-forth with the police chief" after a name. Affiliations stay part of a
# description: "a judge at Bradford Crown Court", "Sgt. Ana Ruiz with the police".
TOPIC_OR_OCCASION = frozenset("regarding concerning during amid despite following while".split())
OCCASION = re.compile(r"\b[A-Z][\w.’'-]*\s+(?:in|at|on|during|after)\s+(?:a|an)\s")
# A determiner or pronoun-like word that stands for a noun the sentence leaves out ("One
# supporter said ... Another added ...", "the other said"): alone it names nobody until the
# noun is read back. A vague group ("Some say", "Others argue", "Many fear") is kept: it
# names its speakers as vaguely as the text does. (The scorer's own list, wider than the
# engine's `not_a_source.ELLIPTIC_WORDS`, the words `resolve` reads back to a noun.)
ELLIPTIC_WORDS = frozenset(
    """another one other either neither each both latter former this that these those
    such""".split()
) | {"the other", "a second", "the latter", "the former", "the second", "the first"}


def invalid_reason(name: str) -> str | None:
    """Why ``name`` is not a source name, or None when it may be one.

    Only the head is read: an appositive or relative clause after it ("Ana Ruiz, 41",
    "the woman who was shot at") belongs to a description, not to the name.
    """
    words = APPOSITIVE.split(name)[0].split()
    lowered = [w.lower().strip(".,’'") for w in words]
    if not words or not any(ch.isalpha() for ch in name):
        return "a number"
    if " ".join(lowered) in ELLIPTIC_WORDS:
        return "a determiner alone"
    if place_adjective(" ".join(words)):
        return "a place adjective"
    if (len(words) <= 3 and any(w.isdigit() for w in lowered)) or (
        len(words) == 1 and lowered[0] in NUMBER_WORDS
    ):
        return "a number"
    if (lowered[0] in DATE_WORDS and len(words) <= 2) or DAY_OF_MONTH.search(name):
        return "a date word"
    if len(words) == 1 and (lowered[0] in PRONOUNS or PRONOUN_CONTRACTION.fullmatch(lowered[0])):
        return "a bare pronoun"
    if len(words) == 1 and words[0].islower() and lone_verb(lowered[0]):
        return "a verb alone"
    if len(words) == 1 and (
        lowered[0] in FUNCTION_WORDS or (words[0].islower() and words[0].endswith("ing"))
    ):
        return "a function word or participle"
    if len(words) > 1 and lowered[-1] in TRAILING_WORDS:
        return "a fragment"
    if PARTY_CODE.match(name.strip()) and not name.strip().isalpha():
        return "a party code"
    if any(w in CLAUSE_WORDS for w in lowered[1:]):
        return "a clause"
    return _syntax_reason(name, words, lowered)


def _syntax_reason(name: str, words: list[str], lowered: list[str]) -> str | None:
    """Why a name's syntax is a clause's or a clause piece's: it opens with a preposition or
    an adverbial, carries a verb, an adverb, a date stamp or a run of numbers, or ends in
    what the speaker spoke about."""
    whole = name.split()
    if lowered[0] in OPENING_WORDS and not words[0].isupper():
        return "opens with a preposition or an adverbial"
    if opens_with_verb(words, lowered):
        return "opens with a verb"
    if time_tail(" ".join(words)):
        return "a time adverbial"
    if NUMERIC_DATE.search(name):
        return "a date word"
    if sum(w.isdigit() for w in lowered) >= 2:
        return "a run of numbers"
    if any(_is_verb(words, i) for i in range(1, len(words))) or _is_verb(
        whole, len(whole) - 1, last=True
    ):
        return "a clause"
    if len(words) > 1 and (
        lowered[0] in ("it", "he", "she", "they", "we", "you") and not words[0].isupper()
    ):
        return "a clause"  # "it sparked backlash ...": a pronoun opens a clause, not a name
    if any(w in ADVERBS for w in lowered[1:]) or (
        len(words) > 1
        and (lowered[-1] in TRAILING_ADVERBS or tuple(lowered[-2:]) in TRAILING_ADVERB_PAIRS)
    ):
        return "an adverb"
    if any(w in TOPIC_OR_OCCASION for w in lowered[1:]) or OCCASION.search(name):
        return "a topic or an occasion"
    if len(words) > 1 and _manner_adverb(words[-1], lowered[-1]):
        return "a manner adverb"  # "replied Ana Ruiz sharply": how she spoke, not who
    return None


def _manner_adverb(word: str, low: str) -> bool:
    """The scorer's own reading: a lowercase word of five letters or more in -ly that is no
    noun or adjective in -ly (the engine's list, `LY_NOUNS`: "family", "weekly")."""
    return word.islower() and len(low) > 4 and low.endswith("ly") and low not in LY_NOUNS


def lone_verb(word: str) -> bool:
    """Is a lowercase word alone a verb form ("has", "gave", "warned"), never a name? A
    speech verb's form in -s may be a noun ("reports", "claims")."""
    return (
        word in CLAUSE_WORDS
        or word in IRREGULAR_PASTS
        or (word in FINITE_SPEECH_VERBS and not word.endswith("s"))
        or (word.endswith("ed") and len(word) > 4)
    )


def common_noun_as_name(name: str, text: str) -> str | None:
    """Why a one-word name is a plural common noun that the text capitalised only where a
    sentence or headline starts ("Wildfires threaten ..."), or None. The text printing the
    word in lower case as well shows it is no proper name ("Hopkins", "Reuters"); a word for
    people, a body or a document may speak ("Residents", "Councils", "Reports")."""
    words = name.split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return None
    low = words[0].lower()
    if not (low.endswith("s") and not low.endswith("ss")):
        return None
    if people_word(low) or {low, low[:-1]} & (ORG_WORDS | DOCUMENT_NOUNS | FINDING_NOUNS):
        return None
    if re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", text) is None:
        return None
    return "a common noun, not a person or body"


# A time adverbial after the name belongs to the clause: "the minister two weeks ago",
# "Ana Ruiz last month", "the mayor on Monday evening". After a participle it dates the
# document instead ("a survey released last week"), and that is a noun phrase.
_DAY_OR_PART = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year"
    rf"|morning|afternoon|evening|night|{_MONTHS.lower()})"
)
TIME_TAIL = re.compile(
    r"\s(?:(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+ago"
    rf"|(?:last|this|next|earlier\s+this|later\s+this|on|on\s+the)\s+{_DAY_OR_PART}"
    rf"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|earlier|recently)$",
    re.IGNORECASE,
)
PERSONAL_PRONOUNS = frozenset("he she him her".split())


def time_tail(name: str) -> bool:
    """Does the name end in a time adverbial that is not a participle's?"""
    tail = TIME_TAIL.search(name)
    if tail is None:
        return False
    before = name[: tail.start()].split()
    if not before:
        return False
    word = before[-1]
    return not (
        word.islower()
        and (word.endswith("ed") or word in IRREGULAR_PASTS or word in FINITE_SPEECH_VERBS)
    )


def opens_with_verb(words: list[str], lowered: list[str]) -> bool:
    """Does the name open with a verb form and what follows a verb, a preposition or a
    time ("struck on Monday in Hatay", "told reporters on ...")? An adjective before a noun
    ("alleged attacker", "retired teacher") is a name's."""
    if len(words) < 2 or not words[0].islower():
        return False
    first, after = lowered[0], lowered[1]
    verb = first in IRREGULAR_PASTS or first in FINITE_SPEECH_VERBS or first.endswith("ed")
    return verb and (after in PREPOSITIONS or after in DATE_WORDS)


def place_as_person(name: str, mentions: list[str]) -> str | None:
    """Why a source is a place the text points to with "he" or "she", or None: a place
    speaks through its government ("Russia said"), never as one person."""
    if not PERSONAL_PRONOUNS & {m.lower() for m in mentions}:
        return None
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None  # one word ("Jordan", "Chad") may be a person's name as well
    low = name.lower().strip()
    place = place_named(low)
    # a demonym ("South African") names a person: only a country's own name counts
    if words[-1].lower() in PLACE_KINDS or (
        place is not None and low in (place.country.lower(), place.short.lower())
    ):
        return "a place as a person"
    return None


def _is_verb(words: list[str], i: int, *, last: bool = False) -> bool:
    """Is ``words[i]`` (not the first word) a verb of a clause inside the name: "say" or
    "says", a speech verb's past form, or another past form with an object after it
    ("Hamas launched rockets"); with ``last``, a speech verb's past form that ends the name
    ("Ana Ruiz (Lab, Leeds) said")? Not a capitalised word ("Manchester United fans"), an
    adjective after a determiner ("the alleged gunman"), a possessive or an adverb, nor a
    participle before a preposition or a time ("analysts polled by Reuters", "officials
    involved in the talks", "a study published Monday")."""
    if i < 1 or not words[i].islower():
        return False
    word, before = words[i].strip(".,;:()"), words[i - 1].lower().strip(".,;:()")
    if before in BEFORE_AN_ADJECTIVE or before.endswith(("ly", "’s", "'s")) or before.isdigit():
        return False
    past_speech = word in FINITE_SPEECH_VERBS and not word.endswith("s")
    if last:
        return past_speech
    if word in ("say", "says", "tell", "tells"):
        return True
    if not word.isalpha() or i + 1 == len(words):
        return False
    after = words[i + 1].lower().strip(".,;:()")
    if after in PREPOSITIONS or after in DATE_WORDS:
        return False  # "court documents filed Monday": a participle and its time
    return past_speech or word in IRREGULAR_PASTS or (len(word) > 4 and word.endswith("ed"))


@dataclasses.dataclass
class Totals:
    articles: int = 0
    quotes: int = 0
    found: int = 0
    extra: int = 0
    speakers_right: int = 0
    # found quotations whose speaker is wrong: another named source, or None ("unclear")
    speakers_wrong_named: int = 0
    speakers_none: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    types_right: int = 0
    types_total: int = 0
    invalid: int = 0

    def add(self, other: Totals) -> None:
        for field in dataclasses.fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def summary(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "articles": self.articles,
            "quotations": self.quotes,
            "quote_recall": self.found / self.quotes if self.quotes else 1.0,
            "quote_speakers": self.speakers_right / self.found if self.found else 1.0,
            "speakers_wrong_named": self.speakers_wrong_named,
            "speakers_none": self.speakers_none,
            "attributed_sentences": self.tp + self.fn,
            "attribution_precision": precision,
            "attribution_recall": recall,
            "attribution_f1": f1,
            "types": self.types_right / self.types_total if self.types_total else 1.0,
            "invalid_names": self.invalid,
        }


def _count(details: list[str], prefix: str) -> int:
    return sum(line.startswith(prefix) for line in details)


def count(analysis: Analysis, gold: dict) -> tuple[Totals, list[str]]:
    """Totals of ``analysis`` against the annotation ``gold``, and what differs."""
    scores = evaluate(analysis, gold)
    details = scores["details"]
    # the same annotation against no attributions counts the required pairs
    silent = evaluate(dataclasses.replace(analysis, attributions=()), gold)
    required = _count(silent["details"], "missed attribution")
    # ... and against impossible types counts the sources whose type is scored
    untyped = {key: {**info, "type": "?"} for key, info in gold["sources"].items()}
    typed = _count(evaluate(analysis, {**gold, "sources": untyped})["details"], "type of ")
    fn = _count(details, "missed attribution")
    wrong = [line for line in details if line.startswith("speaker of ")]
    unclear = sum(line.endswith(", got None") for line in wrong)
    totals = Totals(
        articles=1,
        quotes=scores["quotes_gold"],
        found=scores["quotes_found"],
        extra=_count(details, "extra quotation"),
        speakers_right=scores["quotes_found"] - len(wrong),
        speakers_wrong_named=len(wrong) - unclear,
        speakers_none=unclear,
        tp=required - fn,
        fp=_count(details, "extra attribution"),
        fn=fn,
        types_right=typed - _count(details, "type of "),
        types_total=typed,
    )
    return totals, details


def score_article(text: str, gold: dict) -> tuple[Totals, list[str], list[str]]:
    """Totals for one article, what differs, and the invalid source names.

    A name that the annotation itself gives a source is valid whatever its words: a page
    that labels its unnamed interviewees "Vox 1" and "Vox 2" names them so (the annotator
    read the label as the source's name; `invalid_reason` alone would call it a number).
    """
    analysis = analyze(Article(text))
    totals, details = count(analysis, gold)
    annotated = {name.lower() for name in gold.get("sources", {})}
    invalid = [
        f"{source.name!r} ({reason})"
        for source in analysis.sources
        if source.name.lower() not in annotated
        and (
            reason := invalid_reason(source.name)
            or place_as_person(source.name, [m.text for m in source.mentions])
            or common_noun_as_name(source.name, text)
        )
    ]
    totals.invalid = len(invalid)
    return totals, details, invalid


def _line(name: str, summary: dict) -> str:
    return (
        f"{name:42} quotes {summary['quotations']:3}  speakers {summary['quote_speakers']:.2f}  "
        f"attr F1 {summary['attribution_f1']:.2f}  types {summary['types']:.2f}  "
        f"invalid {summary['invalid_names']}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list what differs (the test split is blind: without -v it prints the totals only)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="score only names starting with this (several prefixes: a comma list, 'a-,b-')",
    )
    args = parser.parse_args(argv)
    total, missing = Totals(), []
    invalid_names: Counter[str] = Counter()
    for entry in entries(args.split):
        if not entry.name.startswith(tuple(args.only.split(","))):
            continue
        text = entry.read_text()
        if text is None or not entry.gold_path.is_file():
            missing.append(entry)
            continue
        totals, details, invalid = score_article(text, entry.read_gold())
        total.add(totals)
        invalid_names.update(invalid)
        if args.verbose or args.split == "dev":
            print(_line(entry.name, totals.summary()))
        if args.verbose:
            for line in details:
                print(f"      - {line}")
    if missing:
        print(f"\nSkipped {len(missing)} articles whose text is missing or differs:")
        for entry in missing:
            print(f"  {entry.name}: {entry.rebuild_hint()}")
    if not total.articles:
        print(f"No {args.split} article could be scored.")
        return 1
    print(f"\n{args.split} split, micro-averaged over {total.articles} articles:")
    for key, value in total.summary().items():
        print(f"  {key:22} {value:.3f}" if isinstance(value, float) else f"  {key:22} {value}")
    if invalid_names and (args.verbose or args.split == "dev"):
        print("Invalid source names:")
        for name, count in invalid_names.most_common():
            print(f"  {name} x{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
