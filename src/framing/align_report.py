"""One quote, many outlets, as text, rows, JSON or CSV (for `framing compare --quotes`).

What it can not tell you: the same as `framing.align`: which words each article
kept, cut or added, not why.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .align import QuoteGroup, align_quotes
from .csvsafe import csv_text
from .errors import FramingError

__all__ = ["FORMATS", "quote_rows", "quotes_report", "quotes_text"]

FORMATS = ("table", "json", "csv", "html")


def quote_rows(groups: Iterable[QuoteGroup]) -> list[dict[str, Any]]:
    """One row per article and statement: quoted (a variant) or paraphrased.

    >>> rows = quote_rows(align_quotes({"a": '"We will win the vote," Ana Ruiz said.',
    ...                                 "b": 'Ana Ruiz said: "We will win the vote."'}))
    >>> [(r["article"], r["how"], r["verbs"]) for r in rows]
    [('a', 'direct', 'said'), ('b', 'direct', 'said')]
    """
    rows = []
    for number, group in enumerate(groups, start=1):
        for v in group.variants:
            rows.append(
                {
                    "statement": number,
                    "speaker": group.speaker or "",
                    "article": v.label,
                    "how": v.kind,
                    "named as": v.speaker or "",
                    "verbs": ", ".join(v.cues),
                    "paragraph": v.paragraph,
                    "quotations": len(v.quotes),
                    "first voice": v.first_voice,
                    "last voice": v.last_voice,
                    "words": v.words,
                    "missing": " | ".join(v.missing),
                    "added": " | ".join(v.added),
                    "fullest version": group.words,
                }
            )
        for p in group.paraphrases:
            rows.append(
                {
                    "statement": number,
                    "speaker": group.speaker or "",
                    "article": p.label,
                    "how": "paraphrase",
                    "named as": p.speaker,
                    "verbs": p.cue,
                    "paragraph": p.paragraph,
                    "quotations": 0,
                    "first voice": None,
                    "last voice": None,
                    "words": p.text,
                    "missing": "",
                    "added": "",
                    "fullest version": group.words,
                }
            )
    return rows


def quotes_text(groups: tuple[QuoteGroup, ...]) -> str:
    """A plain-text view: each statement, then how each article quotes it."""
    if not groups:
        return "No statement is quoted in two or more of these articles.\n"
    lines = [f"{len(groups)} statements quoted in two or more articles.", ""]
    for number, group in enumerate(groups, start=1):
        lines.append(f"{number}. {group.speaker or 'speaker unclear'}: “{group.words}”")
        for v in group.variants:
            where = f"paragraph {v.paragraph}"
            if v.first_voice:
                where += ", first voice"
            if v.last_voice:
                where += ", last voice"
            split = f", in {len(v.quotes)} quotations" if len(v.quotes) > 1 else ""
            lines.append(
                f"   {v.label}: {v.kind}{split}, {', '.join(v.cues) or 'no verb'} ({where})"
            )
            if v.missing:
                lines.append("      left out: " + " | ".join(v.missing))
            if v.added:
                lines.append("      only here: " + " | ".join(v.added))
        for p in group.paraphrases:
            lines.append(f"   {p.label}: paraphrase, no quotation marks ({p.cue}): {p.text}")
        lines.append("")
    return "\n".join(lines)


def quotes_report(analyses: Mapping[str, Any] | Iterable[Any], format: str = "table") -> str:
    """The statements the articles share, in one of `FORMATS` (html: the body only)."""
    if format not in FORMATS:
        raise FramingError(f'The format is one of {", ".join(FORMATS)}, not "{format}".')
    groups = align_quotes(analyses)
    if format == "json":
        return json.dumps(quote_rows(groups), ensure_ascii=False, indent=2) + "\n"
    if format == "csv":
        rows = quote_rows(groups)
        columns = list(rows[0]) if rows else ["statement", "speaker", "article", "how"]
        return csv_text(columns, rows)
    if format == "html":
        from .render_align import quote_groups_html

        return quote_groups_html(groups)
    return quotes_text(groups)
