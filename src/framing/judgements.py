"""The judgement track: answer files a student fills in without code, and feedback on each answer.

Each lesson has one answer file in ``exercises/judgements/`` (``01-reading-for-framing.txt``
…). It is plain text: lines starting with ``#`` are the questions, and each answer goes after
the colon of its line, ``notorious-voice: outlet``. An answer may go on over several lines, up
to the next answer line. Why not JSON or TOML: a student who has never coded breaks JSON with
one missing comma or a curly quote pasted from an article, and TOML needs Python 3.11; this
format has one rule, and the parser here reads it with the standard library.

``check("01")`` (in a notebook: ``from framing import judgements; judgements.check("01")``)
reads the file and returns a `JudgementReport`: one line of feedback per
answer. Answers are checked three ways:

* **exact**: a fact with one answer. The answer is worked out by the kit, not stored: a word's
  voice and a verb's stance come from `framing.analyze`, the first and last voices and the
  kinds of source from the texts' hand annotations, a text's type from its metadata.
* **checked by the kit**: a rewrite keeps every number and name of the original and has
  fewer loaded words in the writer's own voice, as `framing.analyze` counts them.
* **judgement**: a reasoned choice or a short written answer. The check only asks that it is
  complete; the feedback gives the kit's reasoning and says to discuss it with the teacher.

What it can not tell you: whether a judgement is good. A reason with enough words passes, so
a teacher reads the judgement answers; the exact answers are only as right as the kit's
analysis and the hand annotations they come from.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import FramingError

__all__ = [
    "ItemResult",
    "JudgementReport",
    "answer_file",
    "answers_folder",
    "check",
    "check_text",
    "lessons",
    "parse_answers",
    "template",
]

# The variable the coding track's checks read too (framing.grading.ENV_FOLDER): "solutions"
# checks the reference answers, a folder name checks the answers in that folder.
ENV_FOLDER = "FRAMING_EXERCISES"
VOICES = ("outlet", "quoted", "reported")
STANCES = ("neutral", "distancing", "endorsing", "guilt", "alarm")
# What a rewrite is checked on: the writer's own loaded words and attribution verbs ("claimed"
# to "said" is a change), but not hedges ("suspected" can be the careful word) nor contested
# labels, where every available word takes a side. (Which hits are word choices is the
# lexicon's rule: `TermHit.group`.)
NOT_WORD_CHOICE = ("hedge", "contested")
DISCUSS = "Discuss with your teacher."


# -- the lessons ----------------------------------------------------------------------------


@cache
def _data() -> dict[str, Any]:
    return json.loads((files("framing") / "data" / "judgements.json").read_text("utf-8"))


def lessons() -> tuple[str, ...]:
    """The lessons with a judgement exercise, in reading order.

    >>> lessons()[:3]
    ('01', '01a', '02')
    """
    return tuple(_data()["lessons"])


def _lesson(lesson: str) -> dict[str, Any]:
    name = str(lesson).strip().lower()
    found = _data()["lessons"].get(name)
    if found is None:
        raise FramingError(
            f'There is no judgement exercise "{lesson}". The lessons are: '
            f'{", ".join(lessons())}. Try check("01").'
        )
    return found


def answer_file(lesson: str) -> str:
    """The name of a lesson's answer file.

    >>> answer_file("01a")
    '01a-lateral-reading.txt'
    """
    return f"{_lesson(lesson)['notebook']}.txt"


def _answer_keys(item: Mapping[str, Any]) -> list[str]:
    """The answer lines an item has: its key, and a second line where it asks for one."""
    key = item["key"]
    if item.get("reason"):
        return [key, f"{key}-reason"]
    if item.get("source"):
        return [key, f"{key}-source"]
    if item["kind"] == "own-word":
        return [key, f"{key}-neutral"]
    return [key]


# -- the file format ------------------------------------------------------------------------

_ANSWER_LINE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9-]*)\s*:(.*)$")


def parse_answers(text: str, keys: list[str] | tuple[str, ...]) -> dict[str, str]:
    """The answers in an answer file's text, by key ("" where a key has no answer).

    Only the given keys start an answer, so a colon inside an answer is safe.

    >>> parse_answers("# a question\\nvoice: outlet\\nwhy: not\\n  quoted\\n", ["voice", "why"])
    {'voice': 'outlet', 'why': 'not\\nquoted'}
    """
    wanted = {k.lower(): k for k in keys}
    parts: dict[str, list[str]] = {k: [] for k in keys}
    current: str | None = None
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        match = _ANSWER_LINE.match(line)
        if match and match[1].lower() in wanted:
            current = wanted[match[1].lower()]
            line = match[2]
        if current is not None and line.strip():
            parts[current].append(line.strip())
    return {k: "\n".join(v) for k, v in parts.items()}


def _wrap(text: str, prefix: str = "# ", width: int = 92) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(prefix) + len(line) + 1 + len(word) > width:
            lines.append(prefix + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, prefix + line] if line else lines


def template(lesson: str) -> str:
    """The blank answer file of a lesson, as the kit writes it.

    >>> print(template("01").splitlines()[0])
    # Judgement exercise for lesson 01: Reading for framing
    """
    info = _lesson(lesson)
    number = str(lesson).strip().lower()
    lines = [
        f"# Judgement exercise for lesson {number}: {info['title']}",
        f"# (goes with notebooks/{info['notebook']}.ipynb)",
        "#",
        "# How to answer:",
        "# - Write each answer after the colon on its answer line, like this:  my-answer: outlet",
        "# - Lines that start with # are the questions. Leave them as they are.",
        "# - A long answer can go on over several lines, up to the next answer line.",
        "# - Save the file, then check it. In the notebook, run:",
        f'#       from framing import judgements; judgements.check("{number}")',
        "#   or in a terminal, in the kit's folder:",
        f"#       pytest exercises/test_judgements.py -k {info['notebook']}",
        "#   Some answers have one right answer; others are your judgement, and the check",
        "#   only asks that they are complete. Discuss those with your teacher.",
    ]
    for n, item in enumerate(info["items"], 1):
        lines += ["", f"# --- Question {n} of {len(info['items'])} ---", *_wrap(item["ask"])]
        lines += _question_extra(item)
        lines += [f"{key}:" for key in _answer_keys(item)]
    return "\n".join(lines) + "\n"


def _question_extra(item: Mapping[str, Any]) -> list[str]:
    """The lines a question shows under its text: the choices, or the sentence to rewrite."""
    kind = item["kind"]
    if kind == "rewrite" and "article" in item:
        return ["#", *_wrap(_original_sentence(item), prefix="#     "), "#"]
    if kind == "information-type":
        from .corpus import seed_meta

        return [
            "#",
            *_wrap(seed_meta(item["article"])["title"], prefix="#     "),
            "#",
            *_choices(item),
        ]
    return _choices(item)


def _choices(item: Mapping[str, Any]) -> list[str]:
    """The lines that list an item's choices and name its second answer line."""
    kind = item["kind"]
    options = _options(item)
    lines = [f"# Answer one of: {', '.join(options)}"] if options else []
    if item.get("reason"):
        lines.append(f"# Then write your reason on the line {item['key']}-reason:")
    if item.get("source"):
        lines.append(f"# Then say where you found it on the line {item['key']}-source:")
    if kind == "own-word":
        lines.append(f"# Then write a more neutral wording on the line {item['key']}-neutral:")
    if kind in ("missing-types",):
        lines.append('# (write "none" if there are none)')
    return lines


def _options(item: Mapping[str, Any]) -> tuple[str, ...]:
    kind = item["kind"]
    if kind == "voice":
        return VOICES
    if kind == "stance":
        return STANCES
    if kind == "information-type":
        return tuple(_data()["information_type_options"])
    return tuple(item.get("options", ()))


# -- where the answers are ------------------------------------------------------------------


def _exercises_folder(start: Path) -> Path | None:
    candidates = [start, start / "exercises", *(p / "exercises" for p in start.parents)]
    candidates.append(Path(__file__).resolve().parents[2] / "exercises")  # a source checkout
    for folder in candidates:
        if (folder / "judgements").is_dir():
            return folder
    return None


def answers_folder(folder: str | os.PathLike[str] | None = None) -> Path:
    """The folder of answer files to check.

    ``folder`` if given (or its ``judgements`` subfolder); otherwise the ``FRAMING_EXERCISES``
    variable ("solutions" for the reference answers, or a folder); otherwise
    ``exercises/judgements`` in or above the current folder.
    """
    chosen = folder if folder is not None else os.environ.get(ENV_FOLDER)
    exercises = _exercises_folder(Path.cwd().resolve())
    if chosen == "solutions":
        if exercises is None:
            raise FramingError("Could not find the kit's exercises folder with its solutions.")
        return exercises / "solutions" / "judgements"
    if chosen:
        path = Path(chosen).expanduser()
        return path / "judgements" if (path / "judgements").is_dir() else path
    if exercises is None:
        raise FramingError(
            f'Could not find exercises/judgements in or above "{Path.cwd()}". Open the notebook '
            'from the kit\'s folder, or say where it is: check("01", folder="../exercises").'
        )
    return exercises / "judgements"


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemResult:
    """The feedback on one answer. ``how`` is "exact", "kit" or "judgement"."""

    key: str
    passed: bool
    how: str
    message: str
    answered: bool = True  # False when the answer line is still empty


@dataclass(frozen=True, slots=True)
class JudgementReport:
    """The feedback on one lesson's answer file."""

    lesson: str
    title: str
    path: str
    saved: str
    results: tuple[ItemResult, ...]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def started(self) -> bool:
        """Whether any answer is written (a blank answer file is not started)."""
        return any(r.answered for r in self.results)

    @property
    def score(self) -> str:
        return f"{sum(r.passed for r in self.results)}/{len(self.results)} answers pass"

    def __repr__(self) -> str:
        lines = [f"Lesson {self.lesson}, {self.title}: {self.score} ({self.path}{self.saved})"]
        for r in self.results:
            mark = "pass" if r.passed else "not yet"
            lines.append(f"  [{mark}] {r.key} ({_HOW[r.how]}): {r.message}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{'✓ pass' if r.passed else '✗ not yet'}</td><td><code>{escape(r.key)}"
            f"</code></td><td>{escape(_HOW[r.how])}</td><td>{escape(r.message)}</td></tr>"
            for r in self.results
        )
        return (
            f"<div class='fk-judgements'><p><strong>Lesson {escape(self.lesson)}, "
            f"{escape(self.title)}: {escape(self.score)}</strong> "
            f"<small>({escape(self.path)}{escape(self.saved)})</small></p><table><tr>"
            "<th>result</th><th>answer</th><th>checked</th><th>feedback</th></tr>"
            f"{rows}</table></div>"
        )


_HOW = {"exact": "one right answer", "kit": "checked by the kit", "judgement": "your judgement"}


def check(lesson: str, *, folder: str | os.PathLike[str] | None = None) -> JudgementReport:
    """Check a lesson's answer file and return the feedback (it shows itself in a notebook)."""
    name = answer_file(lesson)
    path = answers_folder(folder) / name
    if not path.is_file():
        raise FramingError(
            f'There is no answer file "{name}" in {path.parent}. Copy it from the kit\'s '
            "exercises/judgements folder, or check the folder name."
        )
    stamp = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %b %H:%M")
    report = check_text(lesson, path.read_text(encoding="utf-8-sig", errors="replace"))
    return JudgementReport(
        report.lesson, report.title, str(path), f", saved {stamp}", report.results
    )


def check_text(lesson: str, text: str) -> JudgementReport:
    """Check the text of an answer file (what `check` does once it has read the file)."""
    info = _lesson(lesson)
    keys = [k for item in info["items"] for k in _answer_keys(item)]
    answers = parse_answers(text, keys)
    results = tuple(_check_item(item, answers) for item in info["items"])
    return JudgementReport(str(lesson).strip().lower(), info["title"], "", "", results)


def _check_item(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    key = item["key"]
    if not answers.get(key, "").strip():
        message = f'Not answered yet: write it after "{key}:".'
        return ItemResult(key, False, _how(item), message, answered=False)
    return _CHECKS[item["kind"]](item, answers)


def _how(item: Mapping[str, Any]) -> str:
    if item["kind"] == "rewrite":
        return "kit"
    if item["kind"] in ("free",) or (item["kind"] == "choice" and "answer" not in item):
        return "judgement"
    return "exact"


# -- reading answers ------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"[^\w\s'-]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" '-")


def _pick_option(answer: str, options: tuple[str, ...]) -> str | None:
    """The option an answer names: the option itself, or the one option word it contains."""
    said = _norm(answer)
    by_norm = {_norm(o): o for o in options}
    if said in by_norm:
        return by_norm[said]
    inside = [
        o for n, o in by_norm.items() if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w])", said)
    ]
    return inside[0] if len(inside) == 1 else None


def _list_items(answer: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\n]|\band\b", answer) if p.strip()]


def _numbers(text: str) -> set[str]:
    """The numbers in a text, without thousands separators ("40,000" and "40000" are one)."""
    return {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_][\w'’-]*", text))


def _wrong_option(item: Mapping[str, Any], answer: str) -> ItemResult:
    return ItemResult(
        item["key"],
        False,
        _how(item),
        f'"{answer}" is not one of the choices. Answer one of: {", ".join(_options(item))}.',
    )


# -- the kit's own readings -------------------------------------------------------------------


@cache
def _analysis(name: str) -> Any:
    from .analysis import analyze
    from .corpus import load_seed

    return analyze(load_seed(name))


@cache
def _voice_of(name: str, term: str, paragraph: int) -> tuple[str, str]:
    """The kit's voice for ``term`` in a paragraph of a bundled text, and whose words they are.

    Read with a lexicon of that one term, so it does not depend on what the packaged word
    list holds.
    """
    from .analysis import analyze, voice_group
    from .corpus import load_seed
    from .lexicon import Lexicon

    lexicon = Lexicon([]).with_term(term, "descriptor", citation="judgement exercise")
    hits = [h for h in analyze(load_seed(name), lexicon=lexicon).hits if h.paragraph == paragraph]
    if not hits:
        raise FramingError(f'The kit found no "{term}" in paragraph {paragraph} of {name}.')
    group = voice_group(hits[0])
    return group, hits[0].voice.removeprefix("reported: ")


def _check_voice(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    answer = answers[item["key"]]
    picked = _pick_option(answer, VOICES)
    if picked is None:
        return _wrong_option(item, answer)
    right, whose = _voice_of(item["article"], item["term"], item["paragraph"])
    why = {
        "outlet": "it is the outlet's own narration: not inside quotation marks, and not part "
        "of what a source is reported to have said",
        "quoted": f"it is inside quotation marks, in the words of {whose}",
        "reported": f"it is inside what {whose} is reported to have said, without quotation marks",
    }[right]
    if picked == right:
        said = {"outlet": "in the outlet's own voice", "quoted": "quoted", "reported": "reported"}
        return ItemResult(
            item["key"], True, "exact", f'Right: "{item["term"]}" is {said[right]}: {why}.'
        )
    return ItemResult(
        item["key"],
        False,
        "exact",
        f'Not quite. Look again at where "{item["term"]}" stands in paragraph '
        f'{item["paragraph"]}: is it inside quotation marks, or after a verb like "said"?',
    )


def _check_stance(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    answer = answers[item["key"]]
    picked = _pick_option(answer, STANCES)
    if picked is None:
        return _wrong_option(item, answer)
    verb = item["verb"].lower()
    cues = [
        cue
        for a in _analysis(item["article"]).attributions
        if a.paragraph == item["paragraph"]
        for cue in a.cues
        if cue.text.lower() == verb
    ]
    if not cues:
        raise FramingError(f'The kit found no attribution verb "{verb}" in {item["article"]}.')
    right = cues[0].stance
    if picked == right:
        return ItemResult(
            item["key"], True, "exact", f'Right: the kit\'s verb list files "{verb}" as {right}.'
        )
    return ItemResult(
        item["key"],
        False,
        "exact",
        f'Not quite. Ask what "{verb}" suggests about the claim or the speaker, compared with '
        '"said". Lesson 03 has the table of stances.',
    )


def _named(answer: str, key: str, mentions: list[str]) -> bool:
    said = _norm(answer)
    names = {_norm(key), *(_norm(m) for m in mentions if len(m) > 3)}
    surname = _norm(key).split()[-1] if key.split() else ""
    return said in names or (len(surname) > 3 and surname in said.split())


def _check_voice_order(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    from .corpus import load_gold

    gold = load_gold(item["article"])
    voiced = [a for a in gold["attributions"] if a["paragraph"] > 0 and not a.get("optional")]
    chosen = voiced[0] if item["which"] == "first" else voiced[-1]
    key = chosen["source"]
    place = "first" if item["which"] == "first" else "last"
    if _named(answers[item["key"]], key, gold["sources"][key]["mentions"]):
        return ItemResult(
            item["key"],
            True,
            "exact",
            f"Right: {key} is the {place} voice (paragraph "
            f'{chosen["paragraph"]}, "{chosen["starts"]} …").',
        )
    return ItemResult(
        item["key"],
        False,
        "exact",
        f"Not quite. Read the attributions in order (the source ledger lists them) and find "
        f"the {place} one below the headline.",
    )


def _gold_types(name: str) -> set[str]:
    from .corpus import load_gold

    gold = load_gold(name)
    return {
        gold["sources"][a["source"]]["type"] for a in gold["attributions"] if not a.get("optional")
    }


def _check_missing_types(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    from .attribution import SOURCE_TYPES

    present = _gold_types(item["article"])
    if "compare_with" in item:
        right = _gold_types(item["compare_with"]) - present
    else:
        right = set(item["among"]) - present
    said: set[str] = set()
    for part in _list_items(answers[item["key"]]):
        if _norm(part) in ("none", "no one", "nobody"):
            continue
        picked = _pick_option(part, tuple(SOURCE_TYPES))
        if picked is None:
            return ItemResult(
                item["key"],
                False,
                "exact",
                f'"{part}" is not one of the kit\'s kinds of source: {", ".join(SOURCE_TYPES)}.',
            )
        said.add(picked)
    if said == right:
        return ItemResult(
            item["key"], True, "exact", f"Right: {', '.join(sorted(right)) or 'none'}."
        )
    missed, extra = len(right - said), len(said - right)
    return ItemResult(
        item["key"],
        False,
        "exact",
        f"Not quite: {missed} missing and {extra} that do speak. Check each kind against the "
        "source ledger (or the hand annotation) of the text.",
    )


def _check_shared_numbers(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    from .corpus import load_seed

    sets = [_numbers(load_seed(name).text) for name in item["articles"]]
    right = set.intersection(*sets)
    said = _numbers(answers[item["key"]])
    if said == right:
        return ItemResult(
            item["key"],
            True,
            "exact",
            f"Right: {', '.join(sorted(right, key=float))} appear in every text. The facts stay; "
            "what changes is where they stand and what surrounds them.",
        )
    return ItemResult(
        item["key"],
        False,
        "exact",
        f"Not quite: {len(right - said)} missing and {len(said - right)} that some text lacks. "
        'Search each text for the number (Ctrl+F), and count "$6 million" as 6.',
    )


def _check_information_type(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    from .corpus import seed_meta

    answer = answers[item["key"]]
    picked = _pick_option(answer, _options(item))
    if picked is None:
        return _wrong_option(item, answer)
    register = seed_meta(item["article"])["register"]
    right = _data()["information_types"][register]
    if picked == right:
        return ItemResult(
            item["key"], True, "exact", f'Right: the kit files it under "{register}".'
        )
    return ItemResult(
        item["key"],
        False,
        "exact",
        "Not quite. Who issues it, and for whom? Look at the dateline, the first paragraph and "
        "who is quoted.",
    )


def _check_text(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    said = _norm(answers[item["key"]])
    accepted = [_norm(a) for a in item["accept"]]
    right = any(a in said for a in accepted) if item.get("contains") else said in accepted
    if right:
        return ItemResult(item["key"], True, "exact", f"Right. {item['explain']}")
    return ItemResult(
        item["key"],
        False,
        "exact",
        "Not quite. Go back to the source the question names and look again.",
    )


def _check_choice(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    answer = answers[item["key"]]
    picked = _pick_option(answer, _options(item))
    if picked is None:
        return _wrong_option(item, answer)
    reason = answers.get(f"{item['key']}-reason", "")
    if _words(reason) < 6:
        return ItemResult(
            item["key"],
            False,
            "judgement",
            f'You chose "{picked}". Now give your reason in a sentence of six words or more, '
            f'after "{item["key"]}-reason:".',
        )
    return ItemResult(
        item["key"],
        True,
        "judgement",
        f'Recorded: "{picked}", with your reason. {item["view"]} {DISCUSS}',
    )


def _check_free(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    answer = answers[item["key"]]
    wanted = item.get("min_words", 8)
    if _words(answer) < wanted:
        return ItemResult(
            item["key"],
            False,
            "judgement",
            f"Say a little more: at least {wanted} words (you have {_words(answer)}).",
        )
    if item.get("source") and _words(answers.get(f"{item['key']}-source", "")) < 1:
        return ItemResult(
            item["key"],
            False,
            "judgement",
            f'Say where you found it, after "{item["key"]}-source:" (a site, a publication or '
            "a web address).",
        )
    return ItemResult(item["key"], True, "judgement", f"Recorded. {item['view']} {DISCUSS}")


def _check_own_word(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    from .analysis import analyze, voice_group

    said = _norm(answers[item["key"]])
    own = [
        h
        for h in _analysis(item["article"]).hits
        if voice_group(h) == "outlet" and h.group == "word choice"
    ]
    found = [h for h in own if _norm(h.text) == said or _norm(h.term) == said]
    if not found:
        words = ", ".join(sorted({h.text.lower() for h in own}))
        return ItemResult(
            item["key"],
            False,
            "exact",
            f'The kit does not find "{answers[item["key"]]}" as a loaded word in the outlet\'s '
            f"own voice. The ones it finds: {words}. (If you think the kit missed one, tell "
            "your teacher, and pick one of these here.)",
        )
    neutral = answers.get(f"{item['key']}-neutral", "")
    if not neutral.strip():
        return ItemResult(
            item["key"],
            False,
            "exact",
            f'Now write a more neutral wording after "{item["key"]}-neutral:".',
        )
    still = [h.text for h in analyze(neutral).hits if h.group == "word choice"]
    if still:
        return ItemResult(
            item["key"],
            False,
            "kit",
            f"Your neutral wording still has a loaded word the kit finds: {', '.join(still)}.",
        )
    hint = found[0].entry.neutral
    return ItemResult(
        item["key"],
        True,
        "kit",
        f'"{found[0].text}" is in the outlet\'s voice, and your wording has no loaded word the '
        f"kit finds. The word list suggests: {hint or 'no single neutral word'}. {DISCUSS}",
    )


# -- rewrites -------------------------------------------------------------------------------


def _original_sentence(item: Mapping[str, Any]) -> str:
    from .corpus import load_seed

    article = load_seed(item["article"])
    for sentence in article.sentences:
        if item["containing"] in sentence.text:
            return sentence.text
    raise FramingError(f'No sentence of {item["article"]} contains "{item["containing"]}".')


def _names(text: str) -> list[str]:
    """Capitalised words that do not open a sentence: the names a rewrite must keep."""
    names = []
    for match in re.finditer(r"(?<=[\w,;’'\)] )[A-Z][\w’'-]+", text):
        if match[0] not in names:
            names.append(match[0])
    return names


def _own_loaded(text: str) -> list[str]:
    from .analysis import analyze, voice_group

    return [
        h.text
        for h in analyze(text).hits
        if voice_group(h) == "outlet" and h.category not in NOT_WORD_CHOICE
    ]


def _check_rewrite(item: Mapping[str, Any], answers: Mapping[str, str]) -> ItemResult:
    key = item["key"]
    original = answers.get(item.get("original_key", ""), "") or (
        _original_sentence(item) if "article" in item else ""
    )
    original, rewrite = " ".join(original.split()), " ".join(answers[key].split())
    before, after = _own_loaded(original), _own_loaded(rewrite)
    problems = []
    if _norm(rewrite) == _norm(original):
        problems.append("it is the same as the original")
    lost_numbers = sorted(_numbers(original) - _numbers(rewrite))
    if lost_numbers:
        problems.append(f"it drops the number(s) {', '.join(lost_numbers)}")
    kept = rewrite.lower()
    lost_names = [n for n in _names(original) if n.lower()[:6] not in kept]
    if lost_names:
        problems.append(f"it drops the name(s) {', '.join(lost_names)}")
    if _words(rewrite) < _words(original) // 2:
        problems.append("it is less than half as long, so facts are probably missing")
    if not before:
        problems.append("the kit finds no loaded word in the original to take out")
    elif len(after) >= len(before):
        problems.append(
            f"it has {len(after)} loaded word(s) in the writer's voice "
            f"({', '.join(after)}), the original {len(before)}"
        )
    if problems:
        return ItemResult(key, False, "kit", "Not yet: " + "; ".join(problems) + ".")
    return ItemResult(
        key,
        True,
        "kit",
        f"Facts kept (numbers and names), and loaded words in the writer's voice went from "
        f"{len(before)} to {len(after)} (the original had: {', '.join(before)}). Does it still "
        f"say the same thing? {DISCUSS}",
    )


_CHECKS: dict[str, Callable[[Mapping[str, Any], Mapping[str, str]], ItemResult]] = {
    "voice": _check_voice,
    "stance": _check_stance,
    "voice-order": _check_voice_order,
    "missing-types": _check_missing_types,
    "shared-numbers": _check_shared_numbers,
    "information-type": _check_information_type,
    "text": _check_text,
    "choice": _check_choice,
    "free": _check_free,
    "own-word": _check_own_word,
    "rewrite": _check_rewrite,
}
