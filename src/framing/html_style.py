"""The kit's HTML style sheet and its cards: one look for every table, highlight and message.

Built only from `framing.palette`'s constants, never from article data, so nothing in
an article can change how the page looks. `framing.render` puts its HTML in these cards.
"""

from __future__ import annotations

import re
from html import escape

from . import palette
from .errors import FramingError
from .lexicon import CATEGORIES

__all__ = ["STYLE", "card", "escaped", "message", "slug"]


def escaped(value: object) -> str:
    """Escape text for HTML content and for attribute values alike."""
    return escape(str(value), quote=True)


def slug(value: str) -> str:
    """A class-name form of a label: "government or official" -> "government-or-official"."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


# --- the style sheet --------------------------------------------------------------------------
# Built only from the palette's constants, never from article data.

_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
_CARD = (
    f"background:{palette.BACKGROUND};color:{palette.TEXT};font-family:{_FONT};"
    "font-size:18px;line-height:1.6;padding:14px 18px;border:1px solid #767676;"
    "border-radius:6px;max-width:62em;box-sizing:border-box"
)


def _style_sheet() -> str:
    text, muted, white = palette.TEXT, palette.MUTED, palette.BACKGROUND
    warning = palette.ink(palette.OKABE_ITO["vermillion"])
    rules = [
        f".fk{{{_CARD}}}",
        f".fk .fk-article{{line-height:2.2;color:{text}}}",
        f".fk .fk-p{{margin:0 0 .8em;color:{text};background:{white}}}",
        f".fk .fk-headline{{font-size:1.35em;font-weight:700;line-height:1.5;margin:0 0 .6em;"
        f"color:{text};background:{white}}}",
        f".fk .fk-caption{{color:{muted};font-size:.85em;margin:0 0 .4em}}",
        # Loaded terms: tint, coloured underline (its style is the voice), text tag.
        ".fk .fk-term{border-bottom:3px solid;padding:0 1px;border-radius:2px}",
        ".fk .fk-voice-quoted{border-bottom-style:dotted}",
        ".fk .fk-voice-reported{border-bottom-style:dashed}",
        f".fk .fk-term::after{{content:attr(data-fk-tag);font-size:.6em;font-weight:700;"
        f"color:{text};margin-left:3px;vertical-align:super;line-height:1}}",
        ".fk .fk-term.fk-more::after{content:none}",
        *(
            f".fk .fk-cat-{category}{{background:{palette.CATEGORY_TINTS[category]};"
            f"border-bottom-color:{palette.CATEGORY_INKS[category]}}}"
            for category in CATEGORIES
        ),
        f".fk .fk-cat-other{{background:#E6E6E6;border-bottom-color:{muted}}}",
        # Quotations: a box (solid: direct, dashed: partial) with the speaker's name on it.
        f".fk .fk-quote{{background:#EEF1F5;border:2px solid {muted};border-radius:4px;"
        "padding:1px 3px}",
        ".fk .fk-quote.fk-partial{border-style:dashed}",
        ".fk .fk-quote::before,.fk .fk-reported::before{content:attr(data-fk-speaker);"
        "font-size:.62em;font-weight:700;padding:1px 5px;margin-right:4px;border-radius:3px;"
        "vertical-align:.15em;line-height:1.3;white-space:nowrap}",
        f".fk .fk-quote::before{{background:{muted};color:{white}}}",
        ".fk .fk-reported{background:#F3F0E8;border-radius:3px}",
        f".fk .fk-reported::before{{background:{white};color:{text};border:1px solid {muted}}}",
        ".fk .fk-cont::before{content:none}",
        # Attribution verbs: bold and underlined.
        f".fk .fk-cue{{font-weight:700;text-decoration:underline;text-decoration-color:{text};"
        "text-decoration-thickness:2px;text-underline-offset:5px}",
        # Legend.
        f".fk .fk-legend{{font-size:.85em;line-height:2.3;margin:0 0 .8em;padding:.2em .6em;"
        f"border:1px solid #BFBFBF;border-radius:4px;color:{text};background:{white}}}",
        ".fk .fk-legend-row{margin:0}",
        f".fk .fk-legend-title{{font-weight:700;margin-right:.4em;color:{text};"
        "white-space:nowrap}",
        ".fk .fk-legend-item{margin-right:1.2em;white-space:nowrap}",
        f".fk .fk-count{{color:{muted}}}",
        # Tables.
        f".fk .fk-table{{border-collapse:collapse;font-size:.9em;margin:.4em 0;color:{text}}}",
        f".fk .fk-table caption{{text-align:left;font-weight:700;padding:0 0 .4em;color:{text}}}",
        f".fk .fk-table th,.fk .fk-table td{{background:{white};color:{text};"
        "border:1px solid #BFBFBF;padding:4px 9px;text-align:left;vertical-align:top}",
        f".fk .fk-table th{{background:#EDEDED;color:{text}}}",
        ".fk .fk-table th.fk-section{background:#DADADA}",
        ".fk .fk-table td.fk-num,.fk .fk-table th.fk-num{text-align:right;"
        "font-variant-numeric:tabular-nums;white-space:nowrap}",
        ".fk .fk-table tr.fk-total td{font-weight:700;background:#F4F4F4}",
        ".fk .fk-kwic td.fk-left{text-align:right}",
        ".fk .fk-kwic td.fk-match{font-weight:700;text-align:center;white-space:nowrap}",
        ".fk .fk-track{display:inline-block;width:7em;height:.8em;margin-right:.5em;"
        "vertical-align:middle;background:#F0F0F0;border:1px solid #BFBFBF}",
        f".fk .fk-bar{{display:block;height:100%;background:{muted}}}",
        f".fk .fk-swatch{{display:inline-block;width:.8em;height:.8em;margin-right:.4em;"
        f"vertical-align:middle;border:1px solid {text}}}",
        f".fk .fk-message{{margin:.3em 0;padding:.4em .7em;border-left:5px solid {muted};"
        f"background:#F4F4F4;color:{text}}}",
        f".fk .fk-message.fk-error{{border-left-color:{warning};background:#FBEDE3}}",
    ]
    # Fill colours for bars and swatches, one class per palette key.
    fills: dict[str, str] = {}
    for category in CATEGORIES:
        fills[f"cat-{category}"] = palette.CATEGORY_INKS[category]
    for voice, colour in palette.VOICE_COLOURS.items():
        fills[f"voice-{voice}"] = palette.ink(colour)
    for source_type, colour in palette.SOURCE_TYPE_COLOURS.items():
        fills[f"type-{slug(source_type)}"] = palette.ink(colour)
    for stance, colour in palette.STANCE_COLOURS.items():
        fills[f"stance-{stance}"] = palette.ink(colour)
    rules.extend(f".fk .fk-fill-{key}{{background:{colour}}}" for key, colour in fills.items())
    return "".join(rules)


#: The style sheet every card carries (scoped to ``.fk``; built from `framing.palette`).
STYLE = _style_sheet()


def card(body: str) -> str:
    """``body`` inside a ``<div class="fk">`` card that carries the style sheet."""
    return f'<div class="fk" style="{escaped(_CARD)}"><style>{STYLE}</style>{body}</div>'


def message(text: str, *, kind: str = "info") -> str:
    """A short message in a card: ``kind`` is "info" or "error".

    >>> "plain &amp; simple" in message("plain & simple")
    True
    """
    if kind not in ("info", "error"):
        raise FramingError(f'A message kind is "info" or "error", not "{kind}".')
    border = palette.ink(palette.OKABE_ITO["vermillion"]) if kind == "error" else palette.MUTED
    style = f"margin:0;padding:.4em .7em;border-left:5px solid {border};background:#F4F4F4"
    return (
        f'<div class="fk fk-message-card" style="{escaped(_CARD)}">'
        f'<p class="fk-message fk-{kind}" style="{escaped(style)}">{escaped(text)}</p></div>'
    )
