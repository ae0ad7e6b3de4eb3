"""Every number the teaching guide, the notebooks' prose and the READMEs quote about the
bundled texts, computed from the kit as it is now.

Run: ``.venv/bin/python bench/guide_numbers.py``. Re-run it after changing a seed text or the
lexicon, and update ``docs/teaching-guide.md`` (answers and talking points),
``exercises/README.md`` and ``seeds/README.md`` where a number moved. Rates are per 1,000
words and kept apart by group (word choices; attribution verbs and hedges; contested
labels): the kit never adds the groups into one number.

Lesson 03's side codings are read from the notebook's own cells
(``notebooks/03-who-gets-quoted.ipynb``), so the guide quotes what students see.
"""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import framing
from framing.lexicon import GROUPS, per_thousand

ROOT = Path(__file__).resolve().parent.parent
VOICES = ("outlet", "quoted", "reported")


def voice_of(hit: framing.lexicon.TermHit) -> str:
    return framing.analysis.voice_group(hit)


def group_lines(analysis: framing.analysis.Analysis) -> list[str]:
    """Counts and rates per group, and per group and voice."""
    words = analysis.word_count
    lines = []
    for group in GROUPS:
        hits = [h for h in analysis.hits if h.group == group]
        by_voice = Counter(voice_of(h) for h in hits)
        voices = ", ".join(
            f"{v} {by_voice[v]} ({per_thousand(by_voice[v], words)})" for v in VOICES
        )
        lines.append(
            f"  {group:17} {len(hits):3} hits = {per_thousand(len(hits), words):5} per 1,000"
            f"  [{voices}]"
        )
        if group != "word choice" and hits:
            terms = Counter(f"{h.text.lower()} ({voice_of(h)})" for h in hits)
            lines.append(f"  {'':17} {', '.join(f'{t} ×{n}' for t, n in terms.items())}")
    return lines


def seed_section() -> None:
    analysis = framing.analyze(framing.load_seed("cecot-tasnim"))
    print(f"== seed cecot-tasnim: {analysis.word_count} words (lessons 02, 03)")
    for line in group_lines(analysis):
        print(line)
    choices = [f"{h.text} ({voice_of(h)})" for h in analysis.hits if h.group == "word choice"]
    print(f"  word choices: {', '.join(choices)}")
    print(f"  first voice: {analysis.first_source().name}; last: {analysis.last_source().name}")
    print(
        f"  attributions: {len(analysis.attributions)}, by type {analysis.attributions_per_type()}"
    )
    print(f"  quoted words by type: {analysis.quoted_share_by_type()}")
    for label, counts in notebook_03_sides(analysis).items():
        print(f"  sides, {label}: {counts}")


def notebook_03_sides(analysis: framing.analysis.Analysis) -> dict[str, dict[str, int]]:
    """Sentences per side under the notebook's two codings, read from its own cells."""
    cells = json.loads((ROOT / "notebooks" / "03-who-gets-quoted.ipynb").read_text("utf-8"))
    source = "\n".join("".join(c["source"]) for c in cells["cells"] if c["cell_type"] == "code")
    codings = _string_dicts(source)
    out = {}
    for label, name in (("first coding", "sides"), ("second coding", "sides_2")):
        coded = analysis.with_overrides({n: {"side": s} for n, s in codings[name].items()})
        out[label] = dict(Counter(a.source.side or "no side given" for a in coded.attributions))
    return out


def _string_dicts(source: str) -> dict[str, dict[str, str]]:
    """The notebook's top-level string constants and dicts of strings (``{**other, ...}``
    included), read without running its code."""
    names: dict[str, object] = {}
    for node in ast.parse(source.replace("%matplotlib inline", "")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        value = node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            names[node.targets[0].id] = value.value
        elif isinstance(value, ast.Dict):
            table: dict[str, str] = {}
            for key, item in zip(value.keys, value.values, strict=True):
                if key is None and isinstance(item, ast.Name):  # **other
                    table.update(names[item.id])  # type: ignore[arg-type]
                elif isinstance(key, ast.Constant) and isinstance(item, ast.Name):
                    table[key.value] = names[item.id]  # type: ignore[assignment]
            names[node.targets[0].id] = table
    return {k: v for k, v in names.items() if isinstance(v, dict)}


def corpus_section() -> None:
    print("\n== the six texts (lessons 04, 05, 04a; seeds/README.md)")
    corpus = framing.load_corpus()
    analyses = [framing.analyze(text) for text in corpus]
    for text, analysis in zip(corpus, analyses, strict=True):
        types = analysis.attributions_per_type()
        print(
            f"-- {text.name}: {analysis.word_count} words, {len(analysis.attributions)} "
            f"attributions {types}"
        )
        for line in group_lines(analysis):
            print(line)
        first = analysis.first_source()
        last = analysis.last_source()
        print(f"  first voice: {first.name if first else '-'}; last: {last.name if last else '-'}")
    print("\n== one quote, many outlets (lesson 04's last section)")
    groups = framing.align_quotes(corpus)
    noem = groups[0]
    print(f"  first group: {noem.speaker}: {noem.words[:60]}…")
    for variant in noem.variants:
        print(
            f"  {variant.label:20} missing {len(variant.missing)} paragraph {variant.paragraph} "
            f"verbs {', '.join(variant.cues)} first voice {variant.first_voice}"
        )


def lexicon_section() -> None:
    lexicon = framing.load_lexicon()
    by_group = Counter(entry.group for entry in lexicon.entries)
    print(f"\n== lexicon: {len(lexicon.entries)} entries, by group {dict(by_group)}")


if __name__ == "__main__":
    seed_section()
    corpus_section()
    lexicon_section()
