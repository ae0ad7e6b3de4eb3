"""HTML for one quote across many outlets: the variants of a statement as aligned rows.

Every word of an article goes through `html.escape`. Kept, left-out and added
words are told apart by more than colour: left-out words are struck through and
labelled "left out", added words stand in [brackets] labelled "only here", and
the article's own words between two quotations stand in ⟨angle brackets⟩.

What it can not tell you: why an editor cut or reordered the words.
"""

from __future__ import annotations

from html import escape

from . import palette
from .align import Piece, QuoteGroup, Variant

__all__ = ["ALIGN_STYLE", "quote_group_html", "quote_groups_html"]

ALIGN_STYLE = (
    f".fk-align{{background:{palette.BACKGROUND};color:{palette.TEXT};font-size:16px;"
    "line-height:1.6;padding:10px 14px;border:1px solid #767676;border-radius:6px;"
    "max-width:62em;font-family:system-ui,sans-serif}"
    ".fk-align table{border-collapse:collapse;margin:.4em 0}"
    ".fk-align th,.fk-align td{border:1px solid #BFBFBF;padding:4px 8px;text-align:left;"
    "vertical-align:top}"
    ".fk-align th{background:#EDEDED}"
    f".fk-align del{{text-decoration:line-through 2px;color:{palette.MUTED}}}"
    ".fk-align ins{text-decoration:none;font-weight:700;background:#EEF1F5}"
    f".fk-align .fk-gap{{font-style:italic;color:{palette.MUTED}}}"
    ".fk-align .fk-tag{font-size:.7em;font-weight:700;vertical-align:super;margin:0 2px}"
    ".fk-align .fk-legend{font-size:.85em}"
)

_LEGEND = (
    '<p class="fk-legend">How to read a row: plain words are kept; '
    "<del>struck-through words</del><span class='fk-tag'>left out</span> are in the fullest "
    "version but not in this article; <ins>[bracketed bold words]</ins>"
    "<span class='fk-tag'>only here</span> are only in this article; "
    "<span class='fk-gap'>⟨words in angle brackets⟩</span> are the article's own words "
    "between two quotations.</p>"
)


def _piece(piece: Piece) -> str:
    text = escape(piece.text)
    if piece.kind == "missing":
        return f"<del>{text}</del><span class='fk-tag'>left out</span>"
    if piece.kind == "added":
        return f"<ins>[{text}]</ins><span class='fk-tag'>only here</span>"
    if piece.kind == "gap":
        return f"<span class='fk-gap'>⟨{text}⟩</span>"
    return text


def _where(variant: Variant) -> str:
    parts = [f"paragraph {variant.paragraph}"]
    if variant.first_voice:
        parts.append("first voice")
    if variant.last_voice:
        parts.append("last voice")
    if len(variant.quotes) > 1:
        parts.append(f"{len(variant.quotes)} quotations")
    return ", ".join(parts)


def quote_group_html(group: QuoteGroup, *, legend: bool = True) -> str:
    """One statement: the fullest version, then one row per article, then paraphrases."""
    rows = []
    for v in group.variants:
        words = " ".join(_piece(p) for p in v.pieces)
        rows.append(
            f"<tr><th scope='row'>{escape(v.label)}</th><td>{escape(v.kind)}</td>"
            f"<td>{escape(', '.join(v.cues) or '—')}</td><td>{escape(v.speaker or '—')}</td>"
            f"<td>{escape(_where(v))}</td><td>{words}</td></tr>"
        )
    for p in group.paraphrases:
        rows.append(
            f"<tr><th scope='row'>{escape(p.label)}</th><td>paraphrase (no quotation marks)</td>"
            f"<td>{escape(p.cue)}</td><td>{escape(p.speaker)}</td>"
            f"<td>paragraph {p.paragraph}</td><td><i>{escape(p.text)}</i></td></tr>"
        )
    head = (
        "<tr><th>article</th><th>how</th><th>verb</th><th>named as</th><th>where</th>"
        "<th>the words, against the fullest version</th></tr>"
    )
    return (
        f"<div class='fk-align'><style>{ALIGN_STYLE}</style>"
        f"<p><b>{escape(group.speaker or 'Speaker unclear')}</b>, fullest version: "
        f"“{escape(group.words)}”</p>"
        f"{_LEGEND if legend else ''}<table><thead>{head}</thead><tbody>{''.join(rows)}"
        "</tbody></table></div>"
    )


def quote_groups_html(groups: tuple[QuoteGroup, ...]) -> str:
    """Every statement, one after another, with the legend once."""
    if not groups:
        return (
            f"<div class='fk-align'><style>{ALIGN_STYLE}</style>"
            "<p>No statement is quoted in two or more of these articles.</p></div>"
        )
    body = "".join(quote_group_html(g, legend=False) for g in groups)
    return f"<div class='fk-align'><style>{ALIGN_STYLE}</style>{_LEGEND}</div>{body}"
