"""Loaded terms: a curated word list, and where an article uses its words, in whose voice.

The packaged lexicon (``data/lexicon.csv``, citations in ``data/SOURCES.md``)
lists words and phrases a careful editor would flag in most contexts, each with
a category, a more neutral alternative, a note and a citation. Matching is by
whole words, case-insensitive, with inflections and multi-word phrases; proper
names ("Terrorism Confinement Center") and statute titles are skipped.

What it can not tell you: a hit is a word to look at, not proof of bias. The
list misses loaded words it does not contain, and a word can be plain in a
context no rule foresaw. Check hits with `keyword_in_context`.
"""

from __future__ import annotations

import csv
import io
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from ._files import write_atomic
from .errors import FramingError
from .quotes import as_article, find_quotes
from .text import WORD, Article

if TYPE_CHECKING:
    from .attribution import Source

__all__ = [
    "CATEGORIES",
    "GROUPS",
    "KwicLine",
    "Lexicon",
    "LexiconEntry",
    "TermHit",
    "count_by",
    "count_loaded_terms",
    "keyword_in_context",
    "load_lexicon",
    "per_thousand",
]

#: Category ids and the names students see.
CATEGORIES: Mapping[str, str] = {
    "label": "Labels and name-calling",
    "descriptor": "Pejorative or glorifying descriptors",
    "intensifier": "Intensifiers and exaggeration",
    "fear": "Fear and threat language",
    "sympathy": "Sympathy and victim language",
    "judgement-alarm": "Loaded verbs of judgement: attacking",
    "judgement-distancing": "Loaded verbs of judgement: boasting",
    "hedge": "Hedges and doubt",
    "contested": "Contested labels: every word takes a side",
    "verb-neutral": "Attribution verbs: neutral",
    "verb-distancing": "Attribution verbs: distancing",
    "verb-endorsing": "Attribution verbs: endorsing",
    "verb-guilt": "Attribution verbs: guilt-implying",
    "verb-alarm": "Attribution verbs: alarm",
}
#: The three kinds of hit that rates keep apart, so that no single number mixes them: word
#: choices that carry a judgement, the verbs and hedges that frame what a source said, and
#: contested labels, where every available word takes a side (a choice, not a judgement).
GROUPS: Mapping[str, str] = {
    "word choice": "Labels, descriptors and other loaded word choices",
    "verbs and hedges": "Attribution verbs and hedges",
    "contested": "Contested labels",
}
COLUMNS = ("term", "category", "neutral", "note", "citation", "forms", "context")
_RULE_KEYS = ("next", "not_next", "prev", "not_prev", "not_within")
_FUNCTION_WORDS = frozenset("the a an of in on at for to and or by from with as".split())
# Words that end an organisation's or a law's name: "Alien Enemies Act".
_NAME_HEADS = frozenset(
    """act acts law bill center centre international party front movement agency department
    ministry court council committee commission institute foundation organization
    organisation watch network campaign union association league army brigade""".split()
)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One word or phrase of the lexicon."""

    term: str
    category: str
    neutral: str = ""
    note: str = ""
    citation: str = ""
    forms: tuple[tuple[str, ...], ...] = ()
    context: tuple[tuple[str, frozenset[str]], ...] = ()
    origin: str = "packaged"
    forms_text: str = field(default="", repr=False, compare=False)
    context_text: str = field(default="", repr=False, compare=False)

    @property
    def loaded(self) -> bool:
        """Neutral attribution verbs ("said") are cues, not loaded language."""
        return self.category != "verb-neutral"

    @property
    def stance(self) -> str | None:
        """For verbs: neutral, distancing, endorsing, guilt or alarm.

        Loaded verbs of judgement ("slammed", "bragged") keep a stance too, for when a
        source's words are reported with them.
        """
        kind, dash, stance = self.category.partition("-")
        return stance if dash and kind in ("verb", "judgement") else None

    @property
    def contested(self) -> bool:
        """A contested label: every available word takes a side ("pro-life", "anti-abortion")."""
        return self.category == "contested"

    @property
    def group(self) -> str:
        """ "word choice", "verbs and hedges" or "contested" (see `GROUPS`)."""
        if self.category == "contested":
            return "contested"
        if self.category == "hedge" or self.category.startswith("verb-"):
            return "verbs and hedges"
        return "word choice"

    @property
    def category_name(self) -> str:
        return CATEGORIES.get(self.category, self.category)


@dataclass(frozen=True, slots=True)
class TermHit:
    """One place where the article uses a lexicon term.

    ``voice`` is "outlet" for the writer's own narration and "quoted" inside a
    quotation; `framing.analyze` refines it to the speaker's name, or to
    "reported: NAME" for words inside a reported statement.
    """

    start: int
    end: int
    text: str
    term: str
    category: str
    voice: str
    sentence: int
    paragraph: int
    entry: LexiconEntry = field(repr=False, compare=False)
    voice_source: Source | None = field(default=None, repr=False)

    @property
    def contested(self) -> bool:
        """A contested label, shown as a choice of words and counted apart."""
        return self.entry.contested

    @property
    def group(self) -> str:
        """ "word choice", "verbs and hedges" or "contested" (see `GROUPS`)."""
        return self.entry.group

    @property
    def neutral(self) -> str:
        """A more neutral wording (for a contested label: the other words in use)."""
        return self.entry.neutral

    def why(self) -> str:
        """Why the kit flagged these words, and what a more neutral wording would be.

        >>> hit = count_loaded_terms("Critics slammed the plan.")[0]
        >>> print(hit.why())  # doctest: +ELLIPSIS
        "slammed" matches the lexicon entry "slam" (Loaded verbs of judgement: attacking). ...
        """
        entry = self.entry
        parts = [f'"{self.text}" matches the lexicon entry "{entry.term}" ({entry.category_name}).']
        if entry.context_text:
            parts.append(f"Its context rule let it through here: {entry.context_text}.")
        if entry.note:
            parts.append(entry.note)
        if entry.citation:
            parts.append(f"Source: {entry.citation}.")
        if entry.neutral:
            label = "Other words in use" if self.contested else "A more neutral wording"
            parts.append(f'{label}: "{entry.neutral}".')
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class KwicLine:
    """A keyword-in-context line: ``left`` + ``match`` + ``right``."""

    left: str
    match: str
    right: str
    start: int
    end: int
    sentence: int

    def __str__(self) -> str:
        return f"{self.left} [{self.match}] {self.right}"


def _inflect(word: str) -> set[str]:
    """Regular English inflections of one word (over-generation is harmless)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


def _form_words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"\s+", phrase.strip().lower().replace("’", "'")) if w)


def _forms(term: str, explicit: str) -> tuple[tuple[str, ...], ...]:
    phrases = [p for p in explicit.split("|") if p.strip()] if explicit.strip() else []
    result: set[tuple[str, ...]] = set()
    if phrases:
        result = {_form_words(p) for p in phrases}
    else:
        words = _form_words(term)
        if words:
            result = {(*words[:-1], last) for last in _inflect(words[-1])}
    # "so-called" is one word to the tokenizer; also accept "so called".
    for form in list(result):
        spaced = tuple(part for w in form for part in w.split("-") if part)
        if spaced != form:
            result.add(spaced)
    return tuple(sorted(result, key=lambda f: (-len(f), f)))


def _parse_context(text: str, where: str) -> tuple[tuple[str, frozenset[str]], ...]:
    rules = []
    for clause in (c.strip() for c in text.split(";")):
        if not clause:
            continue
        key, sep, values = clause.partition(":")
        key = key.strip()
        if not sep or key not in _RULE_KEYS:
            raise FramingError(
                f"{where}: the context rule {clause!r} is not understood. "
                f"Write KEY:word|word with KEY one of {', '.join(_RULE_KEYS)}."
            )
        words = frozenset(
            v.strip().lower().replace("’", "'") for v in values.split("|") if v.strip()
        )
        rules.append((key, words))
    return tuple(rules)


class Lexicon:
    """An immutable list of entries. Edits return a new `Lexicon`.

    >>> lex = load_lexicon()
    >>> lex["notorious"].category
    'descriptor'
    >>> len(lex.without("notorious")) == len(lex) - 1
    True
    """

    def __init__(self, entries: Iterable[LexiconEntry], *, name: str = "lexicon") -> None:
        by_term: dict[str, LexiconEntry] = {}
        for entry in entries:
            by_term[entry.term] = entry  # later entries replace earlier ones
        self.entries: tuple[LexiconEntry, ...] = tuple(by_term.values())
        self.name = name
        self._by_term = by_term
        # For `match`: each first word's forms grouped by length, longest first, and each
        # form's entries in lexicon order, each with its context rules compiled (None when it
        # has none). At a word the matcher then makes one dict look-up per length instead of
        # comparing every form in turn ("illegal" starts twelve).
        grouped: dict[str, dict[int, dict[tuple[str, ...], list[_Candidate]]]] = {}
        for entry in self.entries:
            rules = _compile_rules(entry.context)
            for form in entry.forms:
                by_form = grouped.setdefault(form[0], {}).setdefault(len(form), {})
                by_form.setdefault(form, []).append((entry, rules))
        self._forms = {
            first: tuple(
                (length, {form: tuple(entries) for form, entries in by_form.items()})
                for length, by_form in sorted(by_length.items(), reverse=True)
            )
            for first, by_length in grouped.items()
        }

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term.lower().strip() in self._by_term

    def __getitem__(self, term: str) -> LexiconEntry:
        key = term.lower().strip()
        if key not in self._by_term:
            import difflib

            close = difflib.get_close_matches(key, list(self._by_term), n=3)
            hint = f" Close matches: {', '.join(close)}." if close else ""
            raise FramingError(f'"{term}" is not in the lexicon.{hint}')
        return self._by_term[key]

    def __repr__(self) -> str:
        return f"<Lexicon {self.name!r}: {len(self)} entries>"

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(
            f"<tr><td>{escape(e.term)}</td><td>{escape(e.category_name)}</td>"
            f"<td>{escape(e.neutral or '—')}</td></tr>"
            for e in self.entries[:10]
        )
        more = len(self) - 10
        tail = f"<tr><td colspan=3>… ({more} more entries)</td></tr>" if more > 0 else ""
        return (
            f"<table><caption>{escape(repr(self))}</caption>"
            f"<tr><th>term</th><th>category</th><th>more neutral</th></tr>{rows}{tail}</table>"
        )

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(c for c in CATEGORIES if any(e.category == c for e in self.entries))

    def with_term(
        self,
        term: str,
        category: str,
        *,
        neutral: str = "",
        note: str = "",
        citation: str = "added by you",
        forms: str = "",
        context: str = "",
    ) -> Lexicon:
        """A new lexicon with ``term`` added (or replaced)."""
        entry = make_entry(
            {
                "term": term,
                "category": category,
                "neutral": neutral,
                "note": note,
                "citation": citation,
                "forms": forms,
                "context": context,
            },
            where=f'The term "{term}"',
            origin="added by you",
        )
        return Lexicon([*self.entries, entry], name=self.name)

    def without(self, term: str) -> Lexicon:
        """A new lexicon without ``term``."""
        self[term]  # raises a clear error when the term is unknown
        key = term.lower().strip()
        return Lexicon([e for e in self.entries if e.term != key], name=self.name)

    def recategorized(self, term: str, category: str) -> Lexicon:
        """A new lexicon where ``term`` has another category."""
        _check_category(category, f'The term "{term}"')
        entry = replace(self[term], category=category)
        return Lexicon([entry if e.term == entry.term else e for e in self.entries], name=self.name)

    def extended(
        self, path_or_rows: str | os.PathLike[str] | Iterable[Mapping[str, str]]
    ) -> Lexicon:
        """A new lexicon with the entries of a CSV file (or rows) added.

        Only ``term`` and ``category`` are required in the file.
        """
        extra = _read_rows(path_or_rows, origin="added by you")
        return Lexicon([*self.entries, *extra], name=self.name)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for e in self.entries:
            writer.writerow(
                [e.term, e.category, e.neutral, e.note, e.citation, e.forms_text, e.context_text]
            )
        return out.getvalue()

    def save(self, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """Write the lexicon to a CSV file; never replaces a file unless ``overwrite=True``."""
        target = Path(path).expanduser()
        if target.resolve() == _packaged_path().resolve():
            raise FramingError(
                "That is the kit's own lexicon file, which is never changed. "
                "Save your edited lexicon under a name of your own, such as my_lexicon.csv."
            )
        return write_atomic(target, self.to_csv(), overwrite=overwrite)

    def match(self, article: Article) -> list[tuple[int, int, LexiconEntry]]:
        """(first word, last word + 1, entry) for every match, longest first, no overlaps.

        At each word the longest form that starts there wins, if its context rules allow it
        and it is not part of a proper name; the next match starts after it.
        """
        keys = _keys(article)
        title_case: dict[int, bool] = {}
        matches = []
        i = 0
        while i < len(keys):
            found = self._longest_at(article, keys, i, title_case)
            if found is None:
                i += 1
                continue
            j, entry = found
            matches.append((i, j, entry))
            i = j
        return matches

    def _longest_at(
        self, article: Article, keys: list[str], i: int, title_case: dict[int, bool]
    ) -> tuple[int, LexiconEntry] | None:
        """The end and entry of the longest allowed form starting at word i, or None."""
        starts, ends, _ = article.word_table
        text = article.text
        for length, by_form in self._forms.get(keys[i], ()):
            j = i + length
            entries = by_form.get(tuple(keys[i:j])) if j <= len(keys) else None
            if entries is None or (length > 1 and not _contiguous(text, starts, ends, i, j)):
                continue
            entry = _first_allowed(entries, keys, i, j, article.normalized, starts, ends)
            # A longer form inside a proper name gives way to a shorter one.
            if entry is not None and not (
                text[starts[i]].isupper() and _inside_name(article, i, j, title_case)
            ):
                return j, entry
        return None


def _keys(article: Article) -> list[str]:
    """The article's words as the lexicon matches them: "regime's" -> "regime"."""
    starts, ends, norms = article.word_table
    text = article.normalized  # what the words were lowercased from, at the same offsets
    keys = norms
    # A possessive: the word that an apostrophe and an "s" (or "S") end loses them.
    at = text.find("'")
    while at != -1:
        i = bisect_right(starts, at) - 1
        if i >= 0 and ends[i] == at + 2 and text[at + 1] in "sS":
            if keys is norms:
                keys = list(norms)
            keys[i] = norms[i][:-2]
        at = text.find("'", at + 1)
    return keys


def _contiguous(text: str, starts: list[int], ends: list[int], i: int, j: int) -> bool:
    if j - i == 2:  # the usual case, one gap: no generator for it
        return not text[ends[i] : starts[i + 1]].strip(" \t\u00a0-–")
    return all(not text[ends[k] : starts[k + 1]].strip(" \t\u00a0-–") for k in range(i, j - 1))


_Rules = tuple[
    frozenset[str] | None, frozenset[str], frozenset[str] | None, frozenset[str], frozenset[str]
]
_Candidate = tuple[LexiconEntry, _Rules | None]


def _compile_rules(context: tuple[tuple[str, frozenset[str]], ...]) -> _Rules | None:
    """An entry's context rules as (next, not_next, prev, not_prev, not_within), or None.

    Several rules of one kind merge into one set: a word is in every "next" set exactly
    when it is in their intersection, and in no "not_next" set when it is not in their
    union. A kind without rules is None ("next", "prev") or an empty set (the others).
    """
    if not context:
        return None
    wanted: dict[str, frozenset[str] | None] = {"next": None, "prev": None}
    unwanted = {"not_next": frozenset(), "not_prev": frozenset(), "not_within": frozenset()}
    for key, values in context:
        if key in wanted:
            before = wanted[key]
            wanted[key] = values if before is None else before & values
        else:
            unwanted[key] = unwanted[key] | values
    return (
        wanted["next"],
        unwanted["not_next"],
        wanted["prev"],
        unwanted["not_prev"],
        unwanted["not_within"],
    )


def _first_allowed(
    entries: tuple[_Candidate, ...], keys: list[str], i: int, j: int, text: str, starts, ends
) -> LexiconEntry | None:
    """The first of a form's entries (they come in lexicon order) whose context rules, as
    `_compile_rules` gives them, allow words i..j; None when no entry is allowed.

    ``text`` is the article's normalized text; ``starts`` and ``ends`` its word table's.
    The neighbours are the tokens right after and before the words: the first punctuation
    mark in the gap, or else the next word ("" at either end of the text).
    """
    for entry, rules in entries:
        if rules is None:
            return entry
        wanted_next, unwanted_next, wanted_prev, unwanted_prev, unwanted_near = rules
        if unwanted_near and not unwanted_near.isdisjoint(keys[i - 3 if i > 3 else 0 : j + 3]):
            continue
        if wanted_next is not None or unwanted_next:
            if j < len(keys):
                gap = text[ends[j - 1] : starts[j]].strip()
                word = gap[0] if gap else keys[j]
            else:
                gap = text[ends[j - 1] :].strip()
                word = gap[0] if gap else ""
            if word[:1].isdigit():
                word = "#number"
            if word in unwanted_next or (wanted_next is not None and word not in wanted_next):
                continue
        if wanted_prev is not None or unwanted_prev:
            if i > 0:
                gap = text[ends[i - 1] : starts[i]].strip()
                word = gap[-1] if gap else keys[i - 1]
            else:
                gap = text[: starts[i]].strip()
                word = gap[-1] if gap else ""
            if word[:1].isdigit():
                word = "#number"  # "86,000 gang members": any number written in digits
            if word in unwanted_prev or (wanted_prev is not None and word not in wanted_prev):
                continue
        return entry
    return None


def _inside_name(article: Article, i: int, j: int, title_case: dict[int, bool]) -> bool:
    """Is words i..j part of a proper name, like "Terrorism Confinement Center"?"""
    starts, ends, norms = article.word_table
    text = article.text
    if not all(text[starts[k]].isupper() for k in range(i, j)):
        return False
    sentence = article.sentence_at(starts[i])
    if sentence is None:
        return False
    if sentence.index not in title_case:
        in_sentence = WORD.findall(sentence.text)
        capitals = sum(w[:1].isupper() for w in in_sentence)
        title_case[sentence.index] = capitals > 0.6 * len(in_sentence)
    nxt = j if j < len(starts) and starts[j] < sentence.end else None
    if title_case[sentence.index]:
        return nxt is not None and norms[nxt] in _NAME_HEADS
    if (
        nxt is not None
        and text[starts[nxt]].isupper()
        and _contiguous(text, starts, ends, j - 1, j + 1)
    ):
        return True
    prev = i - 1 if i > 0 and starts[i - 1] >= sentence.start else None
    return (
        prev is not None
        and text[starts[prev]].isupper()
        and norms[prev] not in _FUNCTION_WORDS
        and _contiguous(text, starts, ends, i - 1, i + 1)
        and starts[prev] != sentence.start
    )


def _check_category(category: str, where: str) -> None:
    if category not in CATEGORIES:
        import difflib

        close = difflib.get_close_matches(category, list(CATEGORIES), n=1)
        hint = f' Did you mean "{close[0]}"?' if close else ""
        raise FramingError(
            f'{where}: the category "{category}" is not one of: {", ".join(CATEGORIES)}.{hint}'
        )


def make_entry(row: Mapping[str, str | None], *, where: str, origin: str) -> LexiconEntry:
    """Build one entry from a CSV row, with a clear error for what is wrong."""
    value = {k: (row.get(k) or "").strip() for k in COLUMNS}
    term = value["term"].lower().replace("’", "'")
    if not term:
        raise FramingError(f"{where}: the term is empty. Every row needs a word or phrase.")
    if not re.search(r"\w", term):
        raise FramingError(f"{where}: the term {term!r} has no letters in it.")
    _check_category(value["category"], where)
    return LexiconEntry(
        term=term,
        category=value["category"],
        neutral=value["neutral"],
        note=value["note"],
        citation=value["citation"],
        forms=_forms(term, value["forms"]),
        context=_parse_context(value["context"], where),
        origin=origin,
        forms_text=value["forms"],
        context_text=value["context"],
    )


def _read_rows(
    source: str | os.PathLike[str] | Iterable[Mapping[str, str]], *, origin: str
) -> list[LexiconEntry]:
    if isinstance(source, (str, os.PathLike)):
        path = Path(source).expanduser()
        label = path.name
        if not path.is_file():
            raise FramingError(f'No lexicon file at "{path}". Check the name and the folder.')
        try:
            content = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise FramingError(
                f'"{label}" is not a UTF-8 text file. Save it as "CSV UTF-8" and try again.'
            ) from None
        reader = csv.DictReader(io.StringIO(content))
        missing = {"term", "category"} - set(reader.fieldnames or ())
        if missing:
            raise FramingError(
                f'"{label}" needs a header row with at least the columns term and category '
                f"(missing: {', '.join(sorted(missing))})."
            )
        rows: Iterable[Mapping[str, str]] = reader
        start = 2  # row 1 is the header
    else:
        label, rows, start = "your rows", source, 1
    entries = []
    for number, row in enumerate(rows, start=start):
        if None in row:  # DictReader puts extra cells under the key None
            raise FramingError(
                f"Row {number} of {label}: it has more cells than the header. "
                "Put any commas inside a cell between double quotes."
            )
        entries.append(make_entry(row, where=f"Row {number} of {label}", origin=origin))
    return entries


def _packaged_path() -> Path:
    return Path(str(files("framing") / "data" / "lexicon.csv"))


@cache
def _packaged() -> Lexicon:
    return Lexicon(_read_rows(_packaged_path(), origin="packaged"), name="framing-kit lexicon")


def load_lexicon(
    path: str | os.PathLike[str] | None = None, *, extra: str | os.PathLike[str] | None = None
) -> Lexicon:
    """The packaged lexicon, or the one saved at ``path``; ``extra`` adds a CSV of your terms."""
    lexicon = _packaged() if path is None else Lexicon(_read_rows(path, origin=str(path)))
    return lexicon.extended(extra) if extra is not None else lexicon


def checked_lexicon(lexicon: object) -> Lexicon:
    """The packaged lexicon for None, the lexicon itself if it is one, else a clear error."""
    if lexicon is None:
        return load_lexicon()
    if not isinstance(lexicon, Lexicon):
        raise FramingError(
            f"lexicon must be a Lexicon, not {type(lexicon).__name__}; "
            "make one with framing.load_lexicon()."
        )
    return lexicon


def count_loaded_terms(
    article_or_text: Article | str,
    lexicon: Lexicon | None = None,
    *,
    include_neutral: bool = False,
) -> tuple[TermHit, ...]:
    """Every loaded-term hit, with its voice: "outlet" or "quoted".

    >>> hits = count_loaded_terms('Critics called the "draconian" law notorious.')
    >>> [(h.text, h.voice) for h in hits]
    [('draconian', 'quoted'), ('notorious', 'outlet')]
    """
    article = as_article(article_or_text)
    return term_hits(article, checked_lexicon(lexicon), include_neutral=include_neutral)


def term_hits(
    article: Article,
    lexicon: Lexicon,
    *,
    include_neutral: bool = False,
    voice_of: Callable[[int], tuple[str, Source | None] | None] | None = None,
) -> tuple[TermHit, ...]:
    """The hits of `count_loaded_terms`. ``voice_of(offset)`` gives the voice and source of
    words in a quotation or a reported statement, None for the outlet's own words (see
    `framing.analyze`); without it the voices are "quoted" and "outlet"."""
    quoted = _quoted_ranges(article) if voice_of is None else []
    quoted_starts = [s for s, _ in quoted]
    starts, ends, norms = article.word_table
    text = article.text
    hits: list[TermHit] = []
    for i, j, entry in lexicon.match(article):
        if not include_neutral and not entry.loaded:
            continue
        start, end = starts[i], ends[j - 1]
        if norms[j - 1].endswith("'s"):
            end -= 2  # leave a possessive 's outside the hit
        # a sentence lies inside one paragraph; between sentences, look the paragraph up
        sentence = article.sentence_at(start)
        if sentence is not None:
            sentence_index, paragraph_index = sentence.index, sentence.paragraph
        else:
            paragraph = article.paragraph_at(start)
            sentence_index, paragraph_index = -1, paragraph.index if paragraph else -1
        if voice_of is None:
            q = bisect_right(quoted_starts, start) - 1
            voice = "quoted" if q >= 0 and start < quoted[q][1] else "outlet"
            source = None
        else:
            voice, source = voice_of(start) or ("outlet", None)
        hits.append(
            TermHit(
                start=start,
                end=end,
                text=text[start:end],
                term=entry.term,
                category=entry.category,
                voice=voice,
                sentence=sentence_index,
                paragraph=paragraph_index,
                entry=entry,
                voice_source=source,
            )
        )
    return tuple(hits)


def _quoted_ranges(article: Article) -> list[tuple[int, int]]:
    return sorted((s, e) for q in find_quotes(article) if not q.nested for s, e in q.parts)


def count_by(hits: Iterable[TermHit], key: str = "term") -> dict[str, int]:
    """Counts of hits by "term", "category", "voice" or "group", most frequent first."""
    if key not in ("term", "category", "voice", "group"):
        raise FramingError(f'Count by "term", "category", "voice" or "group", not "{key}".')
    counts = Counter(getattr(h, key) for h in hits)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def per_thousand(count: int, words: int) -> float:
    """``count`` per 1,000 words, rounded to one decimal.

    >>> per_thousand(3, 600)
    5.0
    """
    return round(1000 * count / words, 1) if words else 0.0


def keyword_in_context(
    article_or_text: Article | str,
    keyword: str,
    *,
    lexicon: Lexicon | None = None,
    width: int = 40,
) -> tuple[KwicLine, ...]:
    """Every use of ``keyword`` (a lexicon term with its forms, or any word or phrase).

    >>> [str(k) for k in keyword_in_context("They claimed it. She claims more.", "claim")]
    ['They [claimed] it.', 'She [claims] more.']
    """
    article = as_article(article_or_text)
    if not isinstance(keyword, str) or not keyword.strip():
        raise FramingError(
            "Give a word or phrase to look for, such as keyword_in_context(a, 'regime')."
        )
    lexicon = load_lexicon() if lexicon is None else lexicon
    key = keyword.lower().strip()
    if key in lexicon:
        single = Lexicon([replace(lexicon[key], context=())])
    else:
        single = Lexicon(
            [make_entry({"term": key, "category": "label"}, where="keyword", origin="")]
        )
    text = article.text.replace("\n", " ")
    lines = []
    starts, ends, _ = article.word_table
    for i, j, _ in single.match(article):
        start, end = starts[i], ends[j - 1]
        sentence = article.sentence_at(start)
        lo, hi = (sentence.start, sentence.end) if sentence else (0, len(text))
        left = text[max(lo, start - width) : start]  # context stays inside the sentence
        right = text[end : min(hi, end + width)]
        lines.append(
            KwicLine(
                left.strip(),
                text[start:end],
                right.strip(),
                start,
                end,
                sentence.index if sentence else -1,
            )
        )
    return tuple(lines)
