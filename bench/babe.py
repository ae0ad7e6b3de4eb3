"""The lexicon against expert annotators: BABE (Spinde et al. 2021).

Run: ``.venv/bin/python bench/babe.py`` (about a minute). Reads
``../shared/babe/babe-sg2-dev.csv`` (relative to the repository's folder; or
``--babe PATH``): news sentences, each marked by five experts, with the words
they agreed carry the writer's bias. The file is AGPL-licensed evaluation data:
it is read in place, and no sentence of it is printed or copied.

What it scores: every lexicon category except the speech-verb stances
(``verb-*``: how someone spoke, which the experts, as a rule, did not mark) and
contested labels (``contested``: a choice of words, not a judgement). Voices
come from `framing.analyze`: the outlet's own words, reported speech ("X called
it racist") and quotations, scored apart, since experts mark the writer's words.

- Word level: a hit is right when its first word is a word the experts marked
  in that sentence (inflections allowed: "slammed" matches "slams"). Recall is
  the share of marked words that lie inside some hit of the same voice.
- Sentence level: a sentence is flagged when it has a hit in the outlet's voice;
  the truth is the experts' majority label (sentences without agreement are left
  out).

The split: a hash of each sentence puts about a quarter of the file in a blind
part, scored only at the start and at the end of work on the lexicon
(``--part blind``); everything else is the study part (the default).

What it can not tell you: BABE's experts marked words in single sentences, out
of their article, mostly on US politics; a word they did not mark may still be
loaded in another text, and their topics (listed in the file's README) are not
the kit's. Precision here is a lower bound where a hit is a phrase whose loaded
word is not its first.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from framing import Article
from framing.analysis import analyze, voice_group
from framing.errors import FramingError
from framing.lexicon import Lexicon, load_lexicon, make_entry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "babe" / "babe-sg2-dev.csv"
VOICES = ("outlet", "reported", "quoted")
BLIND_SHARE = 64  # of 256: about a quarter of the sentences


def counted(category: str) -> bool:
    """Word-choice categories: not speech-verb stances, not contested labels."""
    return not category.startswith("verb-") and category != "contested"


def is_blind(sentence: str) -> bool:
    return hashlib.sha256(sentence.encode("utf-8")).digest()[0] < BLIND_SHARE


def word_forms(word: str) -> set[str]:
    """A word and its regular inflections, doubled final consonants included."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "d"}
    if len(word) > 2:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
        if word.endswith("e"):
            forms.add(word[:-1] + "ing")
        if word.endswith("y"):
            forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


def same_word(a: str, b: str) -> bool:
    return a == b or b in word_forms(a) or a in word_forms(b)


def normal(word: str) -> str:
    word = word.lower().replace("’", "'").strip(" .,;:!?\"'()[]“”‘")
    return word[:-2] if word.endswith("'s") else word


@dataclass
class Row:
    text: str
    label: str
    marked: list[str]


def read_rows(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle, delimiter=";"):
            try:
                marked = ast.literal_eval(record["biased_words"] or "[]")
            except (ValueError, SyntaxError):
                marked = []
            rows.append(Row(record["text"], record["label_bias"], [str(w) for w in marked]))
    return rows


@dataclass
class Tally:
    hits: int = 0
    right: int = 0
    marked: int = 0
    found: int = 0
    entries: Counter = field(default_factory=Counter)
    entries_right: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    categories_right: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: {v: Tally() for v in VOICES})
    sentences: Counter = field(default_factory=Counter)  # tp, fp, fn, tn
    unlocated: int = 0
    skipped: int = 0


def marked_voices(text: str, marked: list[str]) -> dict[str, str]:
    """Each marked word's voice where the sentence uses it ("outlet" when it can't be found)."""
    words = {normal(w.split()[0]) for w in marked if w.split()}
    entries = [make_entry({"term": w, "category": "label"}, where="", origin="") for w in words]
    found = analyze(Article(text), lexicon=Lexicon(entries)).hits
    voices = {}
    for hit in found:
        voices.setdefault(hit.term, voice_group(hit))
    return {w: voices.get(w, "") for w in words}


def score_row(row: Row, lexicon: Lexicon, scores: Scores) -> None:
    try:
        analysis = analyze(Article(row.text), lexicon=lexicon)
        where = marked_voices(row.text, row.marked)
    except FramingError:
        scores.skipped += 1
        return
    hits = [h for h in analysis.hits if counted(h.category)]
    marked = list(where)
    for hit in hits:
        tally = scores.tallies[voice_group(hit)]
        first = normal(hit.text.split()[0])
        right = any(same_word(first, w) for w in marked)
        tally.hits += 1
        tally.right += right
        tally.entries[hit.term] += 1
        tally.entries_right[hit.term] += right
        tally.categories[hit.category] += 1
        tally.categories_right[hit.category] += right
    for word, voice in where.items():
        if not voice:
            scores.unlocated += 1
            voice = "outlet"
        tally = scores.tallies[voice]
        tally.marked += 1
        covered = [normal(w) for h in hits if voice_group(h) == voice for w in h.text.split()]
        if any(same_word(word, c) for c in covered):
            tally.found += 1
        else:
            tally.missed[word] += 1
    if row.label in ("Biased", "Non-biased"):
        flagged = any(voice_group(h) == "outlet" for h in hits)
        truth = row.label == "Biased"
        key = ("t" if flagged == truth else "f") + ("p" if flagged else "n")
        scores.sentences[key] += 1


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def report(scores: Scores, rows: int, part: str, *, entries: int, missed: int) -> None:
    print(f"BABE SG2 development file, {part} part: {rows} sentences ({scores.skipped} skipped)")
    print("\nWord level (word-choice categories; verb-* and contested left out)")
    header = ("hits", "right", "precision", "marked", "found", "recall")
    print(f"{'voice':10}" + "".join(f"{h:>10}" for h in header))
    for voice, t in scores.tallies.items():
        print(
            f"{voice:10}{t.hits:10}{t.right:10}{ratio(t.right, t.hits):>10}"
            f"{t.marked:10}{t.found:10}{ratio(t.found, t.marked):>10}"
        )
    print(f"(marked words not found in their sentence, counted as outlet's: {scores.unlocated})")
    s = scores.sentences
    print("\nSentence level (outlet voice; 'No agreement' left out)")
    print(
        f"flagged {s['tp'] + s['fp']}, biased {s['tp'] + s['fn']}, of {sum(s.values())}: "
        f"precision {ratio(s['tp'], s['tp'] + s['fp'])}, recall {ratio(s['tp'], s['tp'] + s['fn'])}"
    )
    outlet = scores.tallies["outlet"]
    print("\nOutlet voice by category (hits, right, precision)")
    for category, n in outlet.categories.most_common():
        right = outlet.categories_right[category]
        print(f"  {category:12} {n:5} {right:5} {ratio(right, n):>7}")
    if entries:
        print(f"\nOutlet voice, the {entries} most frequent entries (hits, right, precision)")
        for term, n in outlet.entries.most_common(entries):
            right = outlet.entries_right[term]
            print(f"  {term:24} {n:5} {right:5} {ratio(right, n):>7}")
    if missed:
        print("\nMarked words most often missed, outlet voice (study part only)")
        for word, n in outlet.missed.most_common(missed):
            print(f"  {word:24} {n:5}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--babe", type=Path, default=DEFAULT_PATH, help="the BABE CSV file")
    parser.add_argument("--part", choices=("study", "blind", "all"), default="study")
    parser.add_argument("--lexicon", type=Path, help="score this lexicon CSV instead")
    parser.add_argument("--entries", type=int, default=25, help="entries to list")
    parser.add_argument("--missed", type=int, default=0, help="missed words to list (study)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.babe.is_file():
        print(
            f"Skipped: no BABE file at {args.babe}. It is evaluation data kept outside the "
            "repository; give its place with --babe PATH."
        )
        return 0
    rows = read_rows(args.babe)
    if args.part != "all":
        rows = [r for r in rows if is_blind(r.text) == (args.part == "blind")]
    lexicon = load_lexicon(args.lexicon) if args.lexicon else load_lexicon()
    scores = Scores()
    for row in rows:
        score_row(row, lexicon, scores)
    missed = args.missed if args.part == "study" else 0
    report(scores, len(rows), args.part, entries=args.entries, missed=missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
