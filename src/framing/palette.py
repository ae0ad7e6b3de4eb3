"""Colours, line styles and names shared by the HTML (`framing.render`) and the charts.

Every colour comes from the Okabe–Ito palette, which stays distinguishable for
the common kinds of colour blindness. Colour is never the only cue: each
category also has a short text tag, each voice a line style (HTML) or hatch
(charts), each source type a hatch.

Backgrounds in the HTML are light *tints* of the palette colours, so dark text on
them keeps a contrast of at least 7:1; underlines and borders use darker *inks*
that keep 3:1 against white and against the tint. `contrast_ratio` checks both.

What it can not tell you: a colour-blind-safe palette helps most readers, not
all; the text tags and tooltips are what make a highlight readable for everyone.
This module is pure: it imports neither matplotlib nor ipywidgets.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "BACKGROUND",
    "CATEGORY_COLOURS",
    "CATEGORY_INKS",
    "CATEGORY_TAGS",
    "CATEGORY_TINTS",
    "CHART_FONT_SIZE",
    "CHART_TITLE_SIZE",
    "KIND_COLOURS",
    "KIND_HATCHES",
    "MUTED",
    "OKABE_ITO",
    "SOURCE_TYPE_COLOURS",
    "SOURCE_TYPE_HATCHES",
    "STANCE_COLOURS",
    "STANCE_HATCHES",
    "TEXT",
    "VOICES",
    "VOICE_COLOURS",
    "VOICE_HATCHES",
    "VOICE_LINES",
    "VOICE_NAMES",
    "category_colour",
    "contrast_ratio",
    "ink",
]


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


#: Okabe & Ito (2008), "Color Universal Design": eight colours, safe for colour-blind readers.
OKABE_ITO: Mapping[str, str] = _frozen(
    {
        "black": "#000000",
        "orange": "#E69F00",
        "sky blue": "#56B4E9",
        "bluish green": "#009E73",
        "yellow": "#F0E442",
        "blue": "#0072B2",
        "vermillion": "#D55E00",
        "reddish purple": "#CC79A7",
    }
)
_OI = OKABE_ITO

#: Text and background of every rendered card, whatever the notebook theme is.
TEXT = "#1A1A1A"
BACKGROUND = "#FFFFFF"
MUTED = "#4D4D4D"  # borders, badges and secondary text; 8.4:1 on white
GRID = "#D9D9D9"

#: Loaded-term categories: the six kinds of wording get six colours; the five kinds of
#: attribution verb share blue and are told apart by their text tag.
CATEGORY_COLOURS: Mapping[str, str] = _frozen(
    {
        "label": _OI["vermillion"],
        "descriptor": _OI["orange"],
        "intensifier": _OI["reddish purple"],
        "fear": _OI["yellow"],
        "sympathy": _OI["sky blue"],
        "judgement-alarm": _OI["reddish purple"],
        "judgement-distancing": _OI["reddish purple"],
        "hedge": _OI["bluish green"],
        "contested": "#999999",  # grey: a choice of words, not a judgement
        "verb-neutral": _OI["blue"],
        "verb-distancing": _OI["blue"],
        "verb-endorsing": _OI["blue"],
        "verb-guilt": _OI["blue"],
        "verb-alarm": _OI["blue"],
    }
)

# 30% of the palette colour on white (dark text on them: 11:1 or more).
_TINTS = {
    _OI["vermillion"]: "#F2CFB2",
    _OI["orange"]: "#F7E2B2",
    _OI["reddish purple"]: "#F0D7E5",
    _OI["yellow"]: "#FAF7C6",
    _OI["sky blue"]: "#CCE8F8",
    _OI["bluish green"]: "#B2E2D5",
    _OI["blue"]: "#B2D5E8",
    "#999999": "#E0E0E0",
}
# The palette colour darkened just enough for 3:1 against white and against its tint
# (greys: just enough for 3:1 against white).
_INKS = {
    _OI["vermillion"]: "#C05500",
    _OI["orange"]: "#AC7700",
    _OI["reddish purple"]: "#AD678E",
    _OI["yellow"]: "#908928",
    _OI["sky blue"]: "#4087AF",
    _OI["bluish green"]: "#008662",
    _OI["blue"]: "#0072B2",
    _OI["black"]: "#000000",
    "#999999": "#767676",
    "#DDDDDD": "#949494",
}
CATEGORY_TINTS: Mapping[str, str] = _frozen({c: _TINTS[v] for c, v in CATEGORY_COLOURS.items()})
CATEGORY_INKS: Mapping[str, str] = _frozen({c: _INKS[v] for c, v in CATEGORY_COLOURS.items()})

#: The small text tag shown after each highlighted term: the non-colour cue for its category.
CATEGORY_TAGS: Mapping[str, str] = _frozen(
    {
        "label": "label",
        "descriptor": "descriptor",
        "intensifier": "intensifier",
        "fear": "fear",
        "sympathy": "sympathy",
        "judgement-alarm": "loaded verb",
        "judgement-distancing": "loaded verb",
        "hedge": "hedge",
        "contested": "contested: a choice of words",
        "verb-neutral": "verb",
        "verb-distancing": "verb: distancing",
        "verb-endorsing": "verb: endorsing",
        "verb-guilt": "verb: guilt",
        "verb-alarm": "verb: alarm",
    }
)

#: Whose voice a loaded term is in, in three groups.
VOICES = ("outlet", "quoted", "reported")
VOICE_NAMES: Mapping[str, str] = _frozen(
    {
        "outlet": "the outlet's own words",
        "quoted": "inside a quotation",
        "reported": "in reported speech",
    }
)
#: HTML underline style per voice (the non-colour cue for voice).
VOICE_LINES: Mapping[str, str] = _frozen(
    {"outlet": "solid", "quoted": "dotted", "reported": "dashed"}
)
VOICE_COLOURS: Mapping[str, str] = _frozen(
    {"outlet": _OI["vermillion"], "quoted": _OI["sky blue"], "reported": _OI["orange"]}
)
VOICE_HATCHES: Mapping[str, str] = _frozen({"outlet": "", "quoted": "//", "reported": ".."})

#: Source types (`framing.attribution.SOURCE_TYPES`) in charts: a colour and a hatch each,
#: so types that share a colour still look different.
SOURCE_TYPE_COLOURS: Mapping[str, str] = _frozen(
    {
        "government or official": _OI["blue"],
        "politician": _OI["sky blue"],
        "police or military": _OI["black"],
        "court": _OI["reddish purple"],
        "advocacy group": _OI["bluish green"],
        "expert or academic": _OI["orange"],
        "affected person or family": _OI["vermillion"],
        "lawyer": _OI["yellow"],
        "business": _OI["blue"],
        "media": _OI["reddish purple"],
        "other": "#999999",
        "unknown": "#DDDDDD",
    }
)
SOURCE_TYPE_HATCHES: Mapping[str, str] = _frozen(
    {
        "government or official": "",
        "politician": "//",
        "police or military": "",
        "court": "xx",
        "advocacy group": "\\\\",
        "expert or academic": "..",
        "affected person or family": "",
        "lawyer": "++",
        "business": "oo",
        "media": "--",
        "other": "",
        "unknown": "//",
    }
)

#: Attribution-verb stances ("said" is neutral; "alleged" distancing; "warned" alarm).
STANCE_COLOURS: Mapping[str, str] = _frozen(
    {
        "neutral": "#999999",
        "distancing": _OI["orange"],
        "endorsing": _OI["bluish green"],
        "guilt": _OI["vermillion"],
        "alarm": _OI["reddish purple"],
    }
)
STANCE_HATCHES: Mapping[str, str] = _frozen(
    {"neutral": "", "distancing": "//", "endorsing": "..", "guilt": "xx", "alarm": "\\\\"}
)

#: Direct, partial and indirect attributions.
KIND_COLOURS: Mapping[str, str] = _frozen(
    {"direct": _OI["blue"], "partial": _OI["sky blue"], "indirect": _OI["orange"]}
)
KIND_HATCHES: Mapping[str, str] = _frozen({"direct": "", "partial": "//", "indirect": ".."})

#: Font sizes for charts shown on a projector (points).
CHART_FONT_SIZE = 15
CHART_TITLE_SIZE = 19


def category_colour(category: str) -> str:
    """The palette colour of a category; grey for a category the kit does not know.

    >>> category_colour("label")
    '#D55E00'
    """
    return CATEGORY_COLOURS.get(category, "#999999")


def ink(colour: str) -> str:
    """The darker shade of a palette colour for bars, borders and underlines on white.

    >>> ink("#F0E442")
    '#908928'
    """
    return _INKS.get(colour.upper(), colour)


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#RRGGBB`` colours, from 1 (none) to 21 (black on white).

    >>> round(contrast_ratio(TEXT, BACKGROUND), 1)
    17.4
    """
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
