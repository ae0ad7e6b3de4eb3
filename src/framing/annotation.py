"""A reader's annotation of one article, and how far two annotations agree.

An annotation is a plain dict in the schema of the bundled ``seeds/*.gold.json``
(the schema `framing.evaluate` reads): ``sources`` (name → type, mentions, …),
``quotes`` (``start``/``end`` offsets of the words inside the marks, ``speaker``),
``attributions`` (``paragraph`` = line of the file counted from 0, ``starts`` =
the sentence's opening words, ``source``) and ``loaded_terms`` (``paragraph``,
``term``, ``voice``: "outlet" or a source's name). Items marked ``optional``
neither help nor hurt. Annotations made with the kit's annotator also carry
``start``/``end`` for sentences and loaded words, and a ``category`` for words.

`agreement(student, other, article)` compares two annotations layer by layer
(quotations found, speakers agreed, attributed sentences, loaded words found,
their voices agreed) and turns each difference into a question to take back to
the text.

What it can not tell you: agreement is not correctness. A key is one careful
reader's judgement; when a student and the key differ, the text decides, and
sometimes both readings can be defended.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from ._files import write_atomic
from .errors import FramingError
from .quotes import Quote, as_article
from .text import Article
from .wording import shorten

__all__ = [
    "LAYERS",
    "MARK_KINDS",
    "Agreement",
    "Layer",
    "SourceMatcher",
    "agreement",
    "annotation_counts",
    "annotation_from_analysis",
    "annotation_from_marks",
    "line_starts",
    "marks_from_annotation",
    "new_annotation",
    "quotation_span",
    "read_annotation",
    "save_annotation",
    "sentence_of",
    "spans_match",
    "term_span",
    "tokens",
    "validate_annotation",
]

#: The layers `agreement` scores, in the order students see them.
LAYERS = ("quotes", "speakers", "attributions", "loaded_words", "voices")
OUTLET = "outlet"
_LISTS = ("quotes", "attributions", "loaded_terms")
_ARTICLES = re.compile(r"^(?:the|a|an)\s+")
_PRONOUNS = frozenset("he she they it we i him her them his its their".split())
# Two spans are the same quotation or word when each covers this share of the other.
_OVERLAP = 0.8


# -- reading, checking, saving ------------------------------------------------------------
def new_annotation(article: Article | str, *, name: str | None = None) -> dict[str, Any]:
    """An empty annotation of ``article``, ready to fill.

    >>> sorted(new_annotation("Ana Ruiz said it works.", name="ruiz.txt"))
    ['about', 'article', 'attributions', 'loaded_terms', 'quotes', 'sources']
    """
    article = as_article(article)
    label = name or article.name or ""
    about = f"Annotation of {label}." if label else "Annotation."
    return {
        "about": about,
        "article": {"file": label} if label else {},
        "sources": {},
        "quotes": [],
        "attributions": [],
        "loaded_terms": [],
    }


def _fail(where: str, message: str) -> FramingError:
    return FramingError(f"{where}: {message}")


def _check_item(item: object, where: str, fields: Mapping[str, type]) -> None:
    if not isinstance(item, dict):
        raise _fail(where, "each item must be a JSON object with named fields.")
    for field, kind in fields.items():
        value = item.get(field)
        if not isinstance(value, kind) or isinstance(value, bool):
            wanted = "a whole number" if kind is int else "some text"
            raise _fail(where, f'"{field}" should be {wanted}, not {json.dumps(value)}.')


def validate_annotation(
    data: object, article: Article | str | None = None, *, where: str = "The annotation"
) -> dict[str, Any]:
    """``data`` if it is an annotation the kit can read (of ``article``, when given),
    else a `FramingError` that says what to fix.

    >>> validate_annotation({"quotes": [{"start": 0, "end": 3, "speaker": "Ana"}]})["quotes"][0]
    {'start': 0, 'end': 3, 'speaker': 'Ana'}
    """
    if not isinstance(data, dict) or not any(key in data for key in _LISTS):
        raise _fail(where, "this is not an annotation (it has no quotes, attributions or words).")
    text = as_article(article).text if article is not None else None
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, dict) for v in sources.values()):
        raise _fail(where, '"sources" should map each name to its details, like {"Ana": {}}.')
    for key in _LISTS:
        if not isinstance(data.get(key, []), list):
            raise _fail(where, f'"{key}" should be a list.')
    for n, quote in enumerate(data.get("quotes", []), 1):
        _check_item(quote, f"{where}, quotation {n}", {"start": int, "end": int})
        end_max = len(text) if text is not None else quote["end"]
        if not 0 <= quote["start"] < quote["end"] <= end_max:
            raise _fail(f"{where}, quotation {n}", "its start and end are not inside the article.")
        if quote.get("speaker") is not None and not isinstance(quote["speaker"], str):
            raise _fail(f"{where}, quotation {n}", '"speaker" should be a name or null.')
    for n, item in enumerate(data.get("attributions", []), 1):
        _check_item(
            item, f"{where}, attribution {n}", {"paragraph": int, "starts": str, "source": str}
        )
    for n, item in enumerate(data.get("loaded_terms", []), 1):
        _check_item(
            item, f"{where}, loaded word {n}", {"paragraph": int, "term": str, "voice": str}
        )
    return data


def read_annotation(
    path: str | os.PathLike[str], article: Article | str | None = None
) -> dict[str, Any]:
    """The annotation saved at ``path``, checked (against ``article`` when given)."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise FramingError(f'No annotation file at "{file}". Check the name and the folder.')
    try:
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise FramingError(
            f'"{file.name}" is not UTF-8 text, so it is not an annotation.'
        ) from None
    except json.JSONDecodeError as error:
        raise FramingError(
            f'"{file.name}" is not valid JSON ({error.msg}, line {error.lineno}).'
        ) from None
    return validate_annotation(data, article, where=f'"{file.name}"')


def save_annotation(
    annotation: Mapping[str, Any], path: str | os.PathLike[str], *, overwrite: bool = False
) -> Path:
    """Write ``annotation`` as JSON, in one step; an existing file is replaced only when
    you say ``overwrite=True``."""
    validate_annotation(dict(annotation))
    text = json.dumps(annotation, ensure_ascii=False, indent=1) + "\n"
    return write_atomic(path, text, overwrite=overwrite)


# -- where items are in the text ---------------------------------------------------------
def line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts (annotations count paragraphs as lines)."""
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _line_range(text: str, lines: Sequence[int], paragraph: int) -> tuple[int, int] | None:
    if not 0 <= paragraph < len(lines):
        return None
    end = lines[paragraph + 1] if paragraph + 1 < len(lines) else len(text)
    return lines[paragraph], end


def sentence_of(article: Article, item: Mapping[str, Any], lines: Sequence[int]) -> int | None:
    """The index of the sentence an attribution item points to, or None if it is not there."""
    offset = item.get("start")
    if not isinstance(offset, int):
        where = _line_range(article.text, lines, item["paragraph"])
        offset = article.text.find(item["starts"], *where) if where else -1
    if offset < 0:
        return None
    for sentence in article.sentences:
        if sentence.end > offset:
            return sentence.index
    return None


def term_span(text: str, item: Mapping[str, Any], lines: Sequence[int]) -> tuple[int, int] | None:
    """Where a loaded-word item is: its own offsets, or its first place in its paragraph."""
    if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
        return item["start"], item["end"]
    where = _line_range(text, lines, item["paragraph"])
    found = text.lower().find(item["term"].lower(), *where) if where else -1
    return (found, found + len(item["term"])) if found >= 0 else None


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans mark the same words when each covers at least 80% of the other.

    >>> spans_match((0, 10), (1, 10)), spans_match((0, 10), (0, 5))
    (True, False)
    """
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return (
        overlap > 0 and overlap >= _OVERLAP * (a[1] - a[0]) and overlap >= _OVERLAP * (b[1] - b[0])
    )


# -- names of sources --------------------------------------------------------------------
def _norm(name: str) -> str:
    name = name.lower().replace("’", "'")
    return _ARTICLES.sub("", re.sub(r"\s+", " ", name.strip(" .,\"'")))


class SourceMatcher:
    """Finds which of an annotation's sources another reader's name stands for.

    >>> match = SourceMatcher({"Kristi Noem": {"mentions": ["US Homeland Security Chief"]}})
    >>> match("Noem"), match("the US homeland security chief"), match("Bukele")
    ('Kristi Noem', 'Kristi Noem', 'Bukele')
    """

    def __init__(self, sources: Mapping[str, Mapping[str, Any]]) -> None:
        self.sources = sources
        self._names: dict[str, str] = {}
        for key in sources:
            self._names.setdefault(_norm(key), key)
        for key, info in sources.items():
            for mention in info.get("mentions", []) if isinstance(info, Mapping) else []:
                norm = _norm(str(mention))
                if norm and norm not in _PRONOUNS:
                    self._names.setdefault(norm, key)

    def __call__(self, name: str | None, mentions: Iterable[str] = ()) -> str | None:
        """The matching source's name, else ``name`` itself (None stays None)."""
        if name is None:
            return None
        for candidate in (name, *mentions):
            key = self._names.get(_norm(candidate))
            if key is not None:
                return key
        # "Noem" for "Kristi Noem": every word of the name in one source's name, and only one
        words = set(_norm(name).split()) - _PRONOUNS
        if words:
            keys = {key for norm, key in self._names.items() if words <= set(norm.split())}
            if len(keys) == 1:
                return keys.pop()
        return name


# -- from the kit's analysis -------------------------------------------------------------
def annotation_from_analysis(analysis: Any) -> dict[str, Any]:
    """The kit's own findings (an `Analysis`) written as an annotation, to compare with."""
    article = analysis.article
    text = article.text
    lines = line_starts(text)

    def line_of(offset: int) -> int:
        return sum(start <= offset for start in lines) - 1

    result = new_annotation(article)
    for source in analysis.sources:
        info: dict[str, Any] = {"type": source.type}
        if source.country:
            info["country"] = source.country
        if source.unnamed:
            info["unnamed"] = True
        info["mentions"] = sorted({m.text for m in source.mentions})
        result["sources"][source.name] = info
    for quote in analysis.quotes:
        if not quote.nested:
            result["quotes"].append(
                {
                    "start": quote.start,
                    "end": quote.end,
                    "speaker": quote.speaker.name if quote.speaker else None,
                    "kind": quote.kind,
                    "cue": quote.cue,
                }
            )
    for item in analysis.attributions:
        sentence = article.sentences[item.sentence]
        result["attributions"].append(
            {
                "paragraph": line_of(sentence.start),
                "starts": " ".join(sentence.text.split()[:5]),
                "start": sentence.start,
                "source": item.source.name,
                "kind": item.kind,
                "cue": item.cue,
            }
        )
    for hit in analysis.hits:
        voice = OUTLET if hit.voice == OUTLET else _voice_name(hit)
        result["loaded_terms"].append(
            {
                "paragraph": line_of(hit.start),
                "term": hit.text,
                "start": hit.start,
                "end": hit.end,
                "category": hit.category,
                "voice": voice,
            }
        )
    return result


def _voice_name(hit: Any) -> str:
    if hit.voice_source is not None:
        return hit.voice_source.name
    return "unknown speaker"


def annotation_counts(annotation: Mapping[str, Any], article: Article | str) -> dict[str, Any]:
    """The counts an annotation implies, named as in `Analysis.summary` (optional items left
    out): quotations, sources, attributions per source, quoted words per source; and
    ``loaded_terms``, the number of words the reader marked (marks carry no lexicon group, so
    `Analysis.summary` has no such total: it counts each group apart).
    """
    article = as_article(article)
    text = article.text
    quoted: dict[str, int] = {}
    quotes = [q for q in annotation.get("quotes", []) if not q.get("optional")]
    for q in quotes:
        words = Quote(q["start"], q["end"], text[q["start"] : q["end"]], "direct", 0, 0, ()).words
        name = q.get("speaker") or "unknown"
        quoted[name] = quoted.get(name, 0) + words
    per_source: dict[str, int] = {}
    for item in annotation.get("attributions", []):
        if not item.get("optional"):
            per_source[item["source"]] = per_source.get(item["source"], 0) + 1
    terms = [t for t in annotation.get("loaded_terms", []) if not t.get("optional")]
    return {
        "quotations": len(quotes),
        "sources": len(annotation.get("sources", {})),
        "attributions": sum(per_source.values()),
        "attributions_per_source": _most_first(per_source),
        "words_quoted_per_source": _most_first(quoted),
        "loaded_terms": len(terms),
    }


def _most_first(counts: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# -- agreement ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Layer:
    """How far two readers agree on one layer: ``agreed`` of ``total`` (the other reader's
    items), ``extra`` items only the student marked, and a question for each difference."""

    name: str
    sentence: str
    agreed: int
    total: int
    extra: int
    questions: tuple[str, ...]
    #: (item, disagreement) for each item of either reader: 0 agreed, 0.5 found with another
    #: speaker or voice, 1 marked by only one of the two. Items are named the same way for
    #: every student, so a class's results line up.
    outcomes: tuple[tuple[str, float], ...] = ()

    @property
    def share(self) -> float:
        """``agreed / total`` (1.0 when there is nothing to agree on)."""
        return round(self.agreed / self.total, 4) if self.total else 1.0


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement layer by layer, between a student and another reader (the key or the kit)."""

    student: str
    other: str
    layers: tuple[Layer, ...]

    def __getitem__(self, name: str) -> Layer:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise FramingError(f'No layer named "{name}". The layers are: {", ".join(LAYERS)}.')

    @property
    def full(self) -> bool:
        """True when the two agree on everything, with nothing extra on either side."""
        return all(layer.agreed == layer.total and not layer.extra for layer in self.layers)

    @property
    def questions(self) -> tuple[str, ...]:
        return tuple(q for layer in self.layers for q in layer.questions)

    def as_dict(self) -> dict[str, Any]:
        """The numbers as plain values: for each layer, agreed, total and extra."""
        return {
            layer.name: {"agreed": layer.agreed, "total": layer.total, "extra": layer.extra}
            for layer in self.layers
        }

    def __str__(self) -> str:
        lines = [layer.sentence for layer in self.layers]
        if self.questions:
            lines += ["", "Questions to take back to the text:"]
            lines += [f"- {q}" for q in self.questions]
        return "\n".join(lines)

    def __repr__(self) -> str:
        numbers = ", ".join(f"{x.name} {x.agreed}/{x.total}" for x in self.layers)
        return f"<Agreement {self.student} vs {self.other}: {numbers}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{escape(x.sentence)}</td><td>{x.agreed} of {x.total}</td>"
            f"<td>{x.extra}</td></tr>"
            for x in self.layers
        )
        questions = "".join(f"<li>{escape(q)}</li>" for q in self.questions)
        asks = (
            f"<details><summary>{len(self.questions)} question(s) to take back to the text"
            f"</summary><ul>{questions}</ul></details>"
            if questions
            else ""
        )
        return (
            f"<div><table><tr><th>{escape(self.student)} and {escape(self.other)}</th>"
            f"<th>agreed</th><th>only {escape(self.student)}</th></tr>{rows}</table>{asks}</div>"
        )


def _clip(text: str, width: int = 60) -> str:
    return f"“{shorten(' '.join(text.split()), width)}”"


def agreement(
    student: Mapping[str, Any],
    other: Mapping[str, Any],
    article: Article | str,
    *,
    student_name: str = "you",
    other_name: str = "the key",
) -> Agreement:
    """Compare a student's annotation with another (the key, or the kit's own, made with
    `annotation_from_analysis`), layer by layer.

    >>> text = '"We will win," said Ana Ruiz. Critics called it a reckless plan.'
    >>> quote = {"start": 1, "end": 13, "speaker": "Ana Ruiz"}
    >>> key = {"sources": {"Ana Ruiz": {}}, "quotes": [quote]}
    >>> agreement({"quotes": []}, key, text)["quotes"].sentence
    'Quotations: you found 0 of the 1 that the key marks.'
    """
    article = as_article(article)
    mine = "Your annotation" if student_name == "you" else f"The annotation of {student_name}"
    validate_annotation(student, article, where=mine)
    validate_annotation(other, article, where=f"The annotation of {other_name}")
    match = SourceMatcher(other.get("sources", {}))
    student_sources = student.get("sources", {})

    def name_of(name: str | None) -> str | None:
        info = student_sources.get(name, {}) if name else {}
        mentions = info.get("mentions", []) if isinstance(info, Mapping) else []
        return match(name, [str(m) for m in mentions])

    names = (student_name, other_name)
    quotes, speakers = _quote_layers(student, other, article, name_of, names)
    return Agreement(
        student_name,
        other_name,
        (
            quotes,
            speakers,
            _attribution_layer(student, other, article, name_of, names),
            *_word_layers(student, other, article, name_of, names),
        ),
    )


def _pair(mine: Sequence[tuple[int, int]], theirs: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Index in ``theirs`` → index in ``mine`` of spans that match, each used once."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for j, span in enumerate(theirs):
        for i, candidate in enumerate(mine):
            if i not in used and spans_match(candidate, span):
                used.add(i)
                pairs[j] = i
                break
    return pairs


def _quote_layers(student, other, article, name_of, names) -> tuple[Layer, Layer]:
    you, them = names
    text = article.text
    mine = [(q["start"], q["end"]) for q in student.get("quotes", [])]
    theirs = list(other.get("quotes", []))
    pairs = _pair(mine, [(q["start"], q["end"]) for q in theirs])
    asks: list[str] = []
    outcomes: dict[str, float] = {}
    for j, q in enumerate(theirs):
        if not q.get("optional") and j not in pairs:
            outcomes[_quote_item(text, q["start"], q["end"])] = 1.0
            asks.append(
                f"{them.capitalize()} marks {_clip(text[q['start'] : q['end']])} as a quotation. "
                "Whose words are these, and how does the text show it?"
            )
    extra = [s for i, s in enumerate(mine) if i not in pairs.values()]
    for start, end in extra:
        outcomes[_quote_item(text, start, end)] = 1.0
        asks.append(
            f"{you.capitalize()} marked {_clip(text[start:end])} as a quotation and {them} "
            "does not. What in the text makes it one?"
        )
    agreed = 0
    speaker_asks: list[str] = []
    for j, i in pairs.items():
        q = theirs[j]
        theirs_says = q.get("speaker")
        mine_says = name_of(student["quotes"][i].get("speaker"))
        if not q.get("optional"):
            outcomes[_quote_item(text, q["start"], q["end"])] = (
                0.0 if mine_says == theirs_says else 0.5
            )
        if mine_says == theirs_says:
            agreed += 1
        else:
            speaker_asks.append(
                f"Who speaks {_clip(text[q['start'] : q['end']], 40)}? {you.capitalize()} "
                f"said {mine_says or 'nobody named'}, {them} says {theirs_says or 'nobody named'}. "
                "Which words name the speaker?"
            )
    found = sum(not theirs[j].get("optional") for j in pairs)
    total = sum(not q.get("optional") for q in theirs)
    return (
        _marked_layer(
            "quotes",
            "Quotations",
            "found",
            (found, total, len(extra)),
            names,
            asks,
            outcomes.items(),
        ),
        Layer(
            "speakers",
            f"Speakers: {you} and {them} agree on {agreed} of the {len(pairs)} quotations "
            "both marked.",
            agreed,
            len(pairs),
            0,
            tuple(speaker_asks),
        ),
    )


def _quote_item(text: str, start: int, end: int) -> str:
    return f"quote {_clip(text[start:end], 28)}"


def _word_item(item: Mapping[str, Any]) -> str:
    return f"word “{item['term'].lower()}” (¶{item['paragraph']})"


def _attribution_layer(student, other, article, name_of, names) -> Layer:
    you, them = names
    lines = line_starts(article.text)

    def pairs_of(items, rename) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
        required: set[tuple[int, str]] = set()
        optional: set[tuple[int, str]] = set()
        for item in items:
            sentence = sentence_of(article, item, lines)
            if sentence is not None:
                pair = (sentence, rename(item["source"]))
                (optional if item.get("optional") else required).add(pair)
        return required, optional

    theirs, theirs_optional = pairs_of(other.get("attributions", []), lambda name: name)
    mine_required, mine_optional = pairs_of(student.get("attributions", []), name_of)
    mine = mine_required | mine_optional
    agreed = mine & theirs
    missed = theirs - mine
    extra = mine - theirs - theirs_optional
    asks = [
        f"{them.capitalize()} reads {_clip(article.sentences[s].text, 50)} as giving {source} "
        "a voice. Who is speaking in this sentence?"
        for s, source in sorted(missed, key=str)
    ]
    asks += [
        f"{you.capitalize()} read {_clip(article.sentences[s].text, 50)} as giving {source} a "
        f"voice and {them} does not. Which words attribute it?"
        for s, source in sorted(extra, key=str)
    ]
    counts = (len(agreed), len(theirs), len(extra))
    how = f"and {them} agree on"
    return _marked_layer("attributions", "Attributed sentences", how, counts, names, asks)


def _marked_layer(
    name: str,
    what: str,
    how: str,
    counts: tuple[int, int, int],
    names: tuple[str, str],
    asks: list[str],
    outcomes: Iterable[tuple[str, float]] = (),
) -> Layer:
    """A layer of the items the other reader marks, in words: "Quotations: you found 9 of
    the 11 that the key marks; you marked 1 more." ``counts`` is (agreed, total, extra)."""
    agreed, total, extra = counts
    you, them = names
    sentence = f"{what}: {you} {how} {agreed} of the {total} that {them} marks" + (
        f"; {you} marked {extra} more." if extra else "."
    )
    return Layer(name, sentence, agreed, total, extra, tuple(asks), tuple(outcomes))


def _word_layers(student, other, article, name_of, names) -> tuple[Layer, Layer]:
    you, them = names
    text = article.text
    lines = line_starts(text)
    theirs = [t for t in other.get("loaded_terms", []) if term_span(text, t, lines)]
    mine = [t for t in student.get("loaded_terms", []) if term_span(text, t, lines)]
    pairs = _pair(
        [term_span(text, t, lines) for t in mine], [term_span(text, t, lines) for t in theirs]
    )
    asks: list[str] = []
    outcomes: dict[str, float] = {}
    total = 0
    for j, t in enumerate(theirs):
        if t.get("optional"):
            continue
        total += 1
        if j not in pairs:
            outcomes[_word_item(t)] = 1.0
            asks.append(
                f"{them.capitalize()} marks {_clip(t['term'])} (paragraph {t['paragraph']}) as "
                "a loaded word. What judgement does it carry, if any?"
            )
    extra = [t for i, t in enumerate(mine) if i not in pairs.values()]
    outcomes.update((_word_item(t), 1.0) for t in extra)
    asks += [
        f"{you.capitalize()} marked {_clip(t['term'])} (paragraph {t['paragraph']}) as a loaded "
        f"word and {them} does not. Would a more neutral word change the meaning?"
        for t in extra
    ]
    agreed = 0
    voice_asks: list[str] = []
    scored = {j: i for j, i in pairs.items() if not theirs[j].get("optional")}
    for j, i in scored.items():
        theirs_says = theirs[j]["voice"]
        mine_says = mine[i]["voice"] if mine[i]["voice"] == OUTLET else name_of(mine[i]["voice"])
        outcomes[_word_item(theirs[j])] = 0.0 if mine_says == theirs_says else 0.5
        if mine_says == theirs_says:
            agreed += 1
        else:
            voice_asks.append(
                f"Whose word is {_clip(theirs[j]['term'])} (paragraph {theirs[j]['paragraph']})? "
                f"{you.capitalize()} said {_voice_words(mine_says)}, {them} says "
                f"{_voice_words(theirs_says)}. Is it inside a quotation or a report?"
            )
    found = len(scored)
    return (
        _marked_layer(
            "loaded_words",
            "Loaded words",
            "found",
            (found, total, len(extra)),
            names,
            asks,
            outcomes.items(),
        ),
        Layer(
            "voices",
            f"Whose voice: {you} and {them} agree on {agreed} of the {len(scored)} loaded words "
            "both marked.",
            agreed,
            len(scored),
            0,
            tuple(voice_asks),
        ),
    )


def _voice_words(voice: str | None) -> str:
    return "the outlet's own" if voice == OUTLET else f"{voice}'s"


# -- marks: what the annotator widget works with ------------------------------------------
#: The three kinds of mark a reader makes, and the words the annotator shows for each.
MARK_KINDS = {"quote": "quotation", "attribution": "attributed sentence", "word": "loaded word"}
_OPEN_MARKS = "\"'“‘«„‚"
_CLOSE_MARKS = "\"'”’»“"
_WORD_OR_MARK = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S")


def tokens(text: str) -> list[tuple[int, int]]:
    """The words and punctuation marks of ``text``, as (start, end) offsets: the units a
    reader selects. Quotation marks are tokens of their own.

    >>> [("“It works,” she said."[s:e]) for s, e in tokens("“It works,” she said.")]
    ['“', 'It', 'works', ',', '”', 'she', 'said', '.']
    """
    return [m.span() for m in _WORD_OR_MARK.finditer(text)]


def quotation_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection made a quotation: the words inside the marks, marks left out, and the
    punctuation before a closing mark kept (as the kit's annotations count it).

    >>> text = '“It works,” she said.'
    >>> s, e = quotation_span(text, 0, 9); text[s:e]
    'It works,'
    """
    while start < end and (text[start] in _OPEN_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _CLOSE_MARKS or text[end - 1].isspace()):
        end -= 1
    reach = end
    while reach < len(text) and text[reach] in ",.;:!?…—–-":
        reach += 1
    if reach < len(text) and text[reach] in _CLOSE_MARKS:
        end = reach
    return start, end


def annotation_from_marks(
    article: Article | str,
    marks: Iterable[Mapping[str, Any]],
    *,
    student: str = "",
    sources: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """An annotation (the gold schema) from a reader's marks, each a dict with ``kind``
    ("quote", "attribution" or "word"), ``start``, ``end`` and, by kind, ``speaker``,
    ``category`` and ``voice``. Sources named in the marks are listed in ``sources``."""
    article = as_article(article)
    text = article.text
    lines = line_starts(text)
    result = new_annotation(article)
    if student:
        result["student"] = student
    declared = {k: dict(v) for k, v in (sources or {}).items()}
    for mark in sorted(marks, key=lambda m: (m["start"], m["end"])):
        start, end = mark["start"], mark["end"]
        paragraph = bisect_right(lines, start) - 1
        speaker = mark.get("speaker") or None
        if mark["kind"] == "quote":
            result["quotes"].append({"start": start, "end": end, "speaker": speaker})
        elif mark["kind"] == "attribution" and speaker:
            opening = " ".join(text[start:end].split()[:5])
            result["attributions"].append(
                {"paragraph": paragraph, "starts": opening, "start": start, "source": speaker}
            )
        elif mark["kind"] == "word":
            item = {"paragraph": paragraph, "term": text[start:end], "start": start, "end": end}
            item["category"] = mark.get("category") or ""
            item["voice"] = mark.get("voice") or OUTLET
            result["loaded_terms"].append(item)
        for name in (speaker, mark.get("voice")):
            if name and name != OUTLET:
                declared.setdefault(name, {})
    result["sources"] = declared
    return result


def marks_from_annotation(
    annotation: Mapping[str, Any], article: Article | str
) -> list[dict[str, Any]]:
    """A reader's marks from an annotation (the inverse of `annotation_from_marks`): items
    it cannot place in ``article`` are left out."""
    article = as_article(article)
    text = article.text
    lines = line_starts(text)
    marks: list[dict[str, Any]] = []
    for q in annotation.get("quotes", []):
        marks.append(
            {"kind": "quote", "start": q["start"], "end": q["end"], "speaker": q.get("speaker")}
        )
    for item in annotation.get("attributions", []):
        index = sentence_of(article, item, lines)
        if index is not None:
            sentence = article.sentences[index]
            marks.append(
                {
                    "kind": "attribution",
                    "start": sentence.start,
                    "end": sentence.end,
                    "speaker": item["source"],
                }
            )
    for item in annotation.get("loaded_terms", []):
        span = term_span(text, item, lines)
        if span is not None:
            marks.append(
                {
                    "kind": "word",
                    "start": span[0],
                    "end": span[1],
                    "category": item.get("category") or "",
                    "voice": item["voice"],
                }
            )
    return sorted(marks, key=lambda m: (m["start"], m["end"]))
