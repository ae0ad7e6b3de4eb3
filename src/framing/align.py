"""One quote, many outlets: the same spoken words followed across several articles.

`align_quotes` takes what `framing.compare` takes (analyses, articles, texts or
the names of bundled texts) and returns one `QuoteGroup` per statement that is
quoted in two or more of them. A group holds one `Variant` per article: the
article's quotations of those words, which of the words it kept, which it left
out (``missing``) and which it has that no other version has (``added``), the
verbs that introduce them, and where they stand in the article. Articles that
report the statement without quotation marks are listed as `Paraphrase` records.

How quotations are matched: every quotation becomes a list of plain words
(lower case, no punctuation, "U.S." read as "us"). Two quotations carry the same
statement when they share a run of at least eight words in the same order, or a
run of four to seven that is not just function words when the shared runs hold
most (60%) of the shorter quotation's own words, or when a short quotation of one
to three words (such as "kidnapped") appears whole in a quotation of the same
named speaker. A headline's speaker, which the kit reads from a few words
("Biden to Baltimore: ..."), needs to share only one name word. Two direct
quotations that follow each other in one article with the same speaker and
nothing but the attribution between them ("...," she said. "But ...") are read
as one statement, as the article presents them. Quotations
of two different named speakers are never put together, even when they share
words; a quotation whose speaker the kit could not name joins the group it
shares the most words with. The fullest version (``QuoteGroup.words``) is the
longest article's version with the words that only other articles quote put in
their place.

What it can not tell you: why an editor cut or reordered words, whether a
paraphrase is fair, or which version is what the person really said (the
fullest version is only the most the articles quote). A phrase that two people
both said is grouped only if the kit names the same speaker for both, so an
unrecognised speaker can leave a statement split in two groups.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .analysis import Analysis
    from .lexicon import Lexicon
    from .quotes import Quote

__all__ = ["Paraphrase", "QuoteGroup", "Variant", "align_quotes"]

PieceKind = Literal["kept", "missing", "added", "gap"]


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of one article's version: words ``kept`` from the fullest version,
    ``missing`` from it, ``added`` to it, or the ``gap`` between two quotations."""

    kind: PieceKind
    text: str


@dataclass(frozen=True, slots=True)
class Variant:
    """How one article quotes a statement.

    ``quotes`` are the article's quotations of it in reading order (two when it
    split the statement); ``missing`` the phrases of the fullest version it leaves
    out; ``added`` the words it has that the fullest version lacks; ``pieces`` its
    words aligned with the fullest version, for display.
    """

    label: str
    quotes: tuple[Quote, ...]
    speaker: str | None
    cues: tuple[str, ...]
    kind: Literal["direct", "partial"]
    missing: tuple[str, ...]
    added: tuple[str, ...]
    paragraph: int
    first_voice: bool
    last_voice: bool
    words: str
    pieces: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class Paraphrase:
    """An article that reports the statement without quotation marks.

    ``text`` is the reported clause; ``overlap`` the share of its words that the
    statement also has (or of the statement's words it has, whichever is larger).
    """

    label: str
    speaker: str
    cue: str
    text: str
    paragraph: int
    overlap: float
    kind: Literal["paraphrase"] = "paraphrase"


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement quoted in several articles.

    ``speaker`` is the name the articles agree on (None if none names one),
    ``words`` the fullest version, ``variants`` one per article that quotes it,
    ``paraphrases`` the articles that report it without quotation marks.
    """

    speaker: str | None
    words: str
    variants: tuple[Variant, ...]
    paraphrases: tuple[Paraphrase, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """The articles that quote the statement, in the order they were given."""
        return tuple(v.label for v in self.variants)

    def variant(self, label: str) -> Variant:
        """The variant of the article called ``label``."""
        from .errors import FramingError

        for variant in self.variants:
            if variant.label == label:
                return variant
        raise FramingError(
            f'No article called "{label}" quotes these words. '
            f"The articles that do are: {', '.join(self.labels)}."
        )

    def __repr__(self) -> str:
        words = self.words if len(self.words) <= 50 else self.words[:49] + "…"
        extra = f", {len(self.paraphrases)} paraphrased" if self.paraphrases else ""
        return (
            f"<QuoteGroup {self.speaker or 'unknown speaker'}: {words!r} "
            f"quoted in {len(self.variants)} articles{extra}>"
        )

    def _repr_html_(self) -> str:
        from .render_align import quote_group_html

        return quote_group_html(self)


# --- words -----------------------------------------------------------------------------------

# A word: letters and digits, joined by apostrophes or hyphens; "U.S." and "U.N." are words.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’\-][^\W_]+)*")
_SPACES = re.compile(r"\s+")
# Words that carry no statement of their own: a shared run must hold two other words,
# and paraphrases are compared on the other words only.
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor of in on at to for from by with as into than then that
    this these those it its is are was were be been being am do does did has have had
    i you he she we they me him her us them my your his our their there here so not no
    if will would can could shall should may might must just very also""".split()
)
_MIN_RUN = 4  # words in order that two quotations must share...
_COVERED = 0.6  # ...holding this share of the shorter one's words (function words aside)...
_LONG_RUN = 8  # ...unless the run is at least this long
_SHORT = 3  # a quotation this short is matched whole, and only with the same speaker
_PARAPHRASE_SHARED = 3  # content words a paraphrase must share with the statement
_GAP_WORDS = 12  # the most words (an attribution) between two quotations of one statement
_SHOWN_GAP_WORDS = 8  # a longer gap between two quotations is shown as "…"


@dataclass(frozen=True, slots=True)
class _Token:
    norm: str
    shown: str  # the word as printed, and everything up to the next word (spaces as one)
    start: int


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").replace(".", "")


@lru_cache(maxsize=8192)
def _tokens(text: str, offset: int = 0) -> tuple[_Token, ...]:
    matches = list(_WORD.finditer(text))
    tokens = []
    for match, after in zip(matches, [*matches[1:], None], strict=True):
        tail = text[match.end() : after.start() if after else len(text)]
        shown = match.group() + _SPACES.sub(" ", tail) + ("" if after else " ")
        tokens.append(_Token(_normal(match.group()), shown, offset + match.start()))
    return tuple(tokens)


def _shown(tokens: Iterable[_Token]) -> str:
    """Words as printed, with the marks and spaces between them."""
    return _SPACES.sub(" ", "".join(t.shown for t in tokens)).strip()


def _stem(word: str) -> str:
    """A rough stem, so that "continues" meets "continue" and "sending" meets "send"."""
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _content_stems(norms: Iterable[str]) -> set[str]:
    return {_stem(w) for w in norms if w not in _FUNCTION_WORDS and not w.isdigit()}


# --- speakers --------------------------------------------------------------------------------


def _speaker_name(quote: Quote) -> str | None:
    """The speaker's name when the kit found a named one; None for "a spokesman"."""
    source = quote.speaker
    if source is None or source.unnamed:
        return None
    return source.name


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(_normal(w) for w in _WORD.findall(name)) - _FUNCTION_WORDS


def _same_speaker(a: str | None, b: str | None) -> bool:
    """True unless both are named and neither name holds the other ("Juan Pappier" is
    the same speaker as "Juan Pappier of Human Rights Watch")."""
    if a is None or b is None:
        return True
    words_a, words_b = _name_words(a), _name_words(b)
    return words_a <= words_b or words_b <= words_a


# --- matching --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    """One quotation, or a few that the article runs together as one statement."""

    article: int
    quotes: list[Quote]
    tokens: list[_Token]
    speaker: str | None
    headline: bool = False  # a quotation in the headline, whose speaker is read from a few words
    norms: list[str] = field(default_factory=list)  # the tokens' plain words, once all are in


def _in_headline(analysis: Analysis, quote: Quote) -> bool:
    headline = analysis.article.headline
    return headline is not None and quote.paragraph == headline.index


def _units(article_index: int, analysis: Analysis) -> list[_Unit]:
    units: list[_Unit] = []
    previous: Quote | None = None
    for quote in analysis.quotes:
        tokens = _tokens(quote.text, quote.start)
        if quote.nested or not tokens:
            continue
        speaker = _speaker_name(quote)
        headline = _in_headline(analysis, quote)
        if previous is not None and _continues(analysis, previous, quote):
            unit = units[-1]
            unit.quotes.append(quote)
            unit.tokens.extend(tokens)
            unit.speaker = unit.speaker or speaker
        else:
            units.append(_Unit(article_index, [quote], list(tokens), speaker, headline))
        previous = None if headline else quote
    for unit in units:
        unit.norms = [t.norm for t in unit.tokens]
    return units


def _continues(analysis: Analysis, before: Quote, after: Quote) -> bool:
    """Does ``after`` go on with the statement of ``before``? Both direct, same speaker,
    in one paragraph, or the next paragraph opening with ``after``, and only a few words
    (the attribution) between."""
    if before.kind != "direct" or after.kind != "direct":
        return False
    if before.speaker is None or after.speaker is None:
        return False
    if before.speaker.name != after.speaker.name:
        return False
    if after.paragraph == before.paragraph:
        between = analysis.text[before.end : after.start]
    elif after.paragraph == before.paragraph + 1:
        # A new paragraph must open with the quotation: narration there starts a new thought.
        paragraph = analysis.article.paragraphs[after.paragraph]
        if _WORD.search(analysis.text[paragraph.start : after.start]):
            return False
        between = analysis.text[before.end : paragraph.start]
    else:
        return False
    return len(_WORD.findall(between)) <= _GAP_WORDS


def _ngrams(norms: list[str], size: int) -> Iterable[tuple[str, ...]]:
    return (tuple(norms[i : i + size]) for i in range(len(norms) - size + 1))


def _candidate_pairs(units: list[_Unit]) -> set[tuple[int, int]]:
    """Pairs of units that share a run of words long enough to be worth comparing."""
    by_run: dict[tuple[str, ...], list[int]] = {}
    short: dict[tuple[str, ...], list[int]] = {}
    for index, unit in enumerate(units):
        norms = unit.norms
        if len(norms) <= _SHORT:
            short.setdefault(tuple(norms), []).append(index)
        for run in set(_ngrams(norms, _MIN_RUN)):
            by_run.setdefault(run, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in by_run.values():
        pairs.update((a, b) for a in members for b in members if a < b)
    for index, unit in enumerate(units):
        norms = unit.norms
        for size in range(1, min(_SHORT, len(norms)) + 1):
            for run in set(_ngrams(norms, size)):
                pairs.update(
                    (min(i, index), max(i, index)) for i in short.get(run, ()) if i != index
                )
    return pairs


def _speakers_agree(a: _Unit, b: _Unit) -> bool:
    if _same_speaker(a.speaker, b.speaker):
        return True
    # A headline's speaker is read from a few words ("Biden to Baltimore: '...'"), so
    # one shared name word is enough there.
    loose = (a.headline or b.headline) and a.speaker is not None and b.speaker is not None
    return bool(loose and _name_words(a.speaker) & _name_words(b.speaker))


def _link_strength(a: _Unit, b: _Unit) -> int:
    """How many words in order the two units share, or 0 if they are not one statement."""
    if not _speakers_agree(a, b):
        return 0
    norms_a, norms_b = a.norms, b.norms
    matcher = SequenceMatcher(None, norms_a, norms_b, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    shared = sum(block.size for block in blocks if block.size >= 2)
    shorter = min(len(norms_a), len(norms_b))
    for block in blocks:
        run = norms_a[block.a : block.a + block.size]
        if block.size >= _LONG_RUN or (
            block.size >= _MIN_RUN
            and sum(w not in _FUNCTION_WORDS for w in run) >= 2
            and _covered(norms_a, norms_b, blocks)
        ):
            return shared
    whole = any(block.size == shorter for block in blocks)
    if shorter <= _SHORT and whole and a.speaker and b.speaker:
        return shorter
    return 0


def _covered(norms_a: list[str], norms_b: list[str], blocks: list[Any]) -> bool:
    """Do the shared runs hold most of the shorter quotation's own words (not "the",
    "of")? Two remarks that share a formula ("the debris is consistent with a
    catastrophic ...") but go on to say different things stay apart."""
    a_is_shorter = len(norms_a) <= len(norms_b)
    shorter = norms_a if a_is_shorter else norms_b
    shared: set[int] = set()
    for block in blocks:
        if block.size >= 2:
            start = block.a if a_is_shorter else block.b
            shared.update(range(start, start + block.size))
    own = [i for i, word in enumerate(shorter) if word not in _FUNCTION_WORDS]
    if not own:
        return len(shared) >= _COVERED * len(shorter)
    return sum(i in shared for i in own) >= _COVERED * len(own)


def _clusters(units: list[_Unit]) -> list[list[int]]:
    """Units joined by shared words, strongest links first, never two named speakers."""
    # Outlets often print the same quotation word for word: such copies are compared
    # with the others once, through the first of them, and joined to it directly.
    copies: dict[tuple[tuple[str, ...], str | None], list[int]] = {}
    for index, unit in enumerate(units):
        copies.setdefault((tuple(unit.norms), unit.speaker), []).append(index)
    firsts = [members[0] for members in copies.values()]
    links = [(-len(units[m[0]].norms), m[0], other) for m in copies.values() for other in m[1:]]
    for a, b in _candidate_pairs([units[i] for i in firsts]):
        strength = _link_strength(units[firsts[a]], units[firsts[b]])
        if strength:
            links.append((-strength, firsts[a], firsts[b]))
    links.sort()
    parent = list(range(len(units)))
    # A headline's speaker joins the link test above, not the group's names.
    speakers = [{u.speaker} if u.speaker and not u.headline else set() for u in units]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, a, b in links:
        root_a, root_b = root(a), root(b)
        if root_a == root_b:
            continue
        if all(_same_speaker(x, y) for x in speakers[root_a] for y in speakers[root_b]):
            parent[root_b] = root_a
            speakers[root_a] |= speakers[root_b]
    members: dict[int, list[int]] = {}
    for index in range(len(units)):
        members.setdefault(root(index), []).append(index)
    return list(members.values())


# --- the fullest version and each article's version -----------------------------------------


def _version(units: list[_Unit]) -> tuple[list[Quote], list[_Token], list[int]]:
    """One article's quotations of a statement, its words, and each word's quotation.

    A quotation whose words another of these quotations already holds (a headline
    repeating the body) is kept among the quotations but not counted twice.
    """
    quotes = sorted({q.start: q for u in units for q in u.quotes}.values(), key=lambda q: q.start)
    words = {q.start: f" {' '.join(t.norm for t in _tokens(q.text))} " for q in quotes}
    tokens: list[_Token] = []
    owners: list[int] = []
    for number, quote in enumerate(quotes):
        mine = words[quote.start]
        if any(
            o is not quote
            and mine in words[o.start]
            and (words[o.start] != mine or o.start < quote.start)
            for o in quotes
        ):
            continue
        quote_tokens = _tokens(quote.text, quote.start)
        tokens.extend(quote_tokens)
        owners.extend([number] * len(quote_tokens))
    return quotes, tokens, owners


def _fullest(versions: list[list[_Token]]) -> list[_Token]:
    """The longest version, with the words only other versions quote put in their place."""
    ordered = sorted(versions, key=len, reverse=True)
    merged = list(ordered[0])
    for version in ordered[1:]:
        matcher = SequenceMatcher(
            None, [t.norm for t in merged], [t.norm for t in version], autojunk=False
        )
        result: list[_Token] = []
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            result.extend(merged[a1:a2])
            if tag == "insert":
                result.extend(version[b1:b2])
        merged = result
    return merged


def _pieces(
    fullest: list[_Token], tokens: list[_Token], owners: list[int], gaps: list[str]
) -> list[Piece]:
    """The article's words against the fullest version, with the gaps between quotations."""
    matcher = SequenceMatcher(
        None, [t.norm for t in fullest], [t.norm for t in tokens], autojunk=False
    )
    runs: list[tuple[PieceKind, list[_Token]]] = []
    gap_texts: dict[int, str] = {}  # the place of a gap among the runs, and its words
    last_owner = owners[0] if owners else 0

    def add(kind: PieceKind, words: list[_Token]) -> None:
        if runs and runs[-1][0] == kind:
            runs[-1][1].extend(words)
        else:
            runs.append((kind, list(words)))

    def add_own(kind: PieceKind, b1: int, b2: int) -> None:
        nonlocal last_owner
        for i in range(b1, b2):
            if owners[i] != last_owner:
                gap_texts[len(runs)] = gaps[owners[i] - 1]
                runs.append(("gap", []))
                last_owner = owners[i]
            add(kind, [tokens[i]])

    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            add("missing", fullest[a1:a2])
        if tag in ("equal", "insert", "replace"):
            add_own("kept" if tag == "equal" else "added", b1, b2)
    return [
        Piece(kind, gap_texts[i] if kind == "gap" else _shown(words))
        for i, (kind, words) in enumerate(runs)
    ]


def _gap(analysis: Analysis, before: Quote, after: Quote) -> str:
    """The words between two quotations of one statement, such as "she added"."""
    between = analysis.text[before.end : after.start]
    words = _WORD.findall(between)
    if not words or len(words) > _SHOWN_GAP_WORDS or after.paragraph - before.paragraph > 1:
        return "…"
    return " ".join(words)


def _phrases(pieces: list[Piece], kind: PieceKind) -> tuple[str, ...]:
    return tuple(
        p.text.strip(" ,;:.!?—–-\"“”‘’'") for p in pieces if p.kind == kind and _WORD.search(p.text)
    )


def _variant(label: str, analysis: Analysis, units: list[_Unit], fullest: list[_Token]) -> Variant:
    quotes, tokens, owners = _version(units)
    gaps = [_gap(analysis, a, b) for a, b in pairwise(quotes)]
    pieces = _pieces(fullest, tokens, owners, gaps)
    by_trust = sorted(quotes, key=lambda q: (_in_headline(analysis, q), q.start))
    named = [n for n in map(_speaker_name, by_trust) if n]
    any_speaker = [q.speaker.name for q in by_trust if q.speaker is not None]
    speaker = (named or any_speaker or [None])[0]
    cues = tuple(dict.fromkeys(q.cue for q in quotes if q.cue))
    first, last = analysis.first_source(), analysis.last_source()
    names = {q.speaker.name for q in quotes if q.speaker is not None}
    return Variant(
        label=label,
        quotes=tuple(quotes),
        speaker=speaker,
        cues=cues,
        kind="direct" if any(q.kind == "direct" for q in quotes) else "partial",
        missing=_phrases(pieces, "missing"),
        added=_phrases(pieces, "added"),
        paragraph=min(q.paragraph for q in quotes),
        first_voice=first is not None and first.name in names,
        last_voice=last is not None and last.name in names,
        words=" … ".join(" ".join(q.text.split()) for q in quotes),
        pieces=tuple(pieces),
    )


# --- paraphrases -----------------------------------------------------------------------------


def _paraphrases(
    speaker: str | None,
    fullest: list[_Token],
    variants: Mapping[int, Variant],
    labelled: list[tuple[str, Analysis]],
) -> list[Paraphrase]:
    """Reported speech of the same speaker that shares most of the statement's words
    that the article does not quote."""
    if speaker is None:
        return []
    found = []
    for index, (label, analysis) in enumerate(labelled):
        variant = variants.get(index)
        if variant is None:
            wanted = _content_stems(t.norm for t in fullest)
        else:
            missing = [w for p in variant.pieces if p.kind == "missing" for w in p.text.split()]
            wanted = _content_stems(_normal(w) for w in _WORD.findall(" ".join(missing)))
        if len(wanted) < _PARAPHRASE_SHARED:
            continue
        best = _best_paraphrase(label, analysis, speaker, wanted)
        if best is not None:
            found.append(best)
    return found


def _best_paraphrase(
    label: str, analysis: Analysis, speaker: str, wanted: set[str]
) -> Paraphrase | None:
    best: Paraphrase | None = None
    quoted = [(q.start, q.end) for q in analysis.quotes]
    for attribution in analysis.attributions:
        if attribution.kind != "indirect" or attribution.content is None:
            continue
        source = attribution.source
        if source.unnamed or not _same_speaker(source.name, speaker):
            continue
        start, end = attribution.content
        clause = analysis.text[start:end]
        norms = [
            t.norm for t in _tokens(clause, start) if not any(a <= t.start < b for a, b in quoted)
        ]
        stems = _content_stems(norms)
        shared = len(stems & wanted)
        if shared < _PARAPHRASE_SHARED or not stems:
            continue
        overlap = max(shared / len(wanted), shared / len(stems))
        if overlap >= 0.5 and (best is None or overlap > best.overlap):
            best = Paraphrase(
                label=label,
                speaker=source.name,
                cue=attribution.cue,
                text=" ".join(clause.split()),
                paragraph=attribution.paragraph,
                overlap=round(overlap, 2),
            )
    return best


# --- the whole ---------------------------------------------------------------------------------


def align_quotes(
    items: Iterable[Any] | Mapping[str, Any],
    *,
    lexicon: Lexicon | None = None,
    min_articles: int = 2,
) -> tuple[QuoteGroup, ...]:
    """The statements quoted in at least ``min_articles`` of the articles, one group each.

    ``items`` is what `framing.compare` takes: analyses, articles, texts or the
    names of bundled texts; a dict's keys become the labels. Groups come in the
    order their words first appear in the articles, as given.

    >>> a = 'The mayor spoke. "First of all, we will rebuild the bridge," Mayor Ana Ruiz said.'
    >>> b = 'Mayor Ana Ruiz made a promise. "We will rebuild the bridge," Ruiz said.'
    >>> [group] = align_quotes({"one": a, "two": b})
    >>> group.speaker, group.words
    ('Ana Ruiz', 'First of all, we will rebuild the bridge')
    >>> group.variant("two").missing
    ('First of all',)
    """
    from .comparison import labelled_analyses
    from .errors import FramingError

    if not isinstance(min_articles, int) or min_articles < 1:
        raise FramingError(
            f"min_articles must be a whole number of 1 or more, not {min_articles!r}."
        )
    labelled = labelled_analyses(items, lexicon, caller="align_quotes")
    units = [unit for i, (_, analysis) in enumerate(labelled) for unit in _units(i, analysis)]
    groups = []
    for members in _clusters(units):
        group = _group([units[i] for i in members], labelled)
        if (
            len({v.label for v in group.variants} | {p.label for p in group.paraphrases})
            >= min_articles
        ):
            groups.append(
                (min((units[i].article, units[i].quotes[0].start) for i in members), group)
            )
    groups.sort(key=lambda pair: pair[0])
    return tuple(group for _, group in groups)


def _group(units: list[_Unit], labelled: list[tuple[str, Analysis]]) -> QuoteGroup:
    by_article: dict[int, list[_Unit]] = {}
    for unit in units:
        by_article.setdefault(unit.article, []).append(unit)
    fullest = _fullest([_version(us)[1] for us in by_article.values()])
    variants = {
        i: _variant(labelled[i][0], labelled[i][1], us, fullest)
        for i, us in sorted(by_article.items())
    }
    names = Counter(
        v.speaker
        for i, v in variants.items()
        if any(_speaker_name(q) and not _in_headline(labelled[i][1], q) for q in v.quotes)
    ) or Counter(v.speaker for v in variants.values() if any(map(_speaker_name, v.quotes)))
    # The name most texts use; between two used as often, the fuller ("Joe Biden", not "Biden").
    speaker = max(names, key=lambda name: (names[name], len(name))) if names else None
    return QuoteGroup(
        speaker=speaker,
        words=_shown(fullest).rstrip(",;:"),
        variants=tuple(variants.values()),
        paraphrases=tuple(_paraphrases(speaker, fullest, variants, labelled)),
    )
