"""The records `framing.attribution.attribute` returns: sources, their mentions, the cues
and the attributions, and the overrides a teacher or student can apply to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from ..quotes import Quote

# The source types (bench/realnews/GUIDELINE.md §5), each named once: the rules use these
GOVERNMENT = "government or official"
POLITICIAN = "politician"
POLICE = "police or military"
COURT = "court"
ADVOCACY = "advocacy group"
EXPERT = "expert or academic"
# the type of a source's relatives and of the people an event touched
FAMILY = "affected person or family"
LAWYER = "lawyer"
BUSINESS = "business"
MEDIA = "media"
# no rule decided a type
OTHER = "other"

SOURCE_TYPES = (
    GOVERNMENT,
    POLITICIAN,
    POLICE,
    COURT,
    ADVOCACY,
    EXPERT,
    FAMILY,
    LAWYER,
    BUSINESS,
    MEDIA,
    OTHER,
)

AttributionKind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place where the text names (or points to) a source."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Source:
    """Someone the article gives a voice to."""

    name: str
    type: str
    country: str | None = None
    unnamed: bool = False
    mentions: tuple[Mention, ...] = field(default=(), compare=False, repr=False)
    role: str | None = field(default=None, compare=False, repr=False)
    side: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that attribute: "said", "warned that", "according to", a colon or a dash."""

    start: int
    end: int
    text: str
    stance: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """One sentence that gives ``source`` a voice.

    ``cue`` joins the cue words (``"condemned / calling"``); ``cues`` has each one
    with its place in the text and its stance.
    """

    sentence: int
    paragraph: int
    source: Source
    kind: AttributionKind
    cue: str
    stance: str
    quotes: tuple[int, ...] = ()
    content: tuple[int, int] | None = None  # the reported clause, for indirect speech
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Attributions:
    """Everything `attribute` found."""

    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    reported: tuple[tuple[int, int, Source], ...]  # (start, end, source) of reported clauses


def apply_overrides(
    result: Attributions, overrides: Mapping[str, Mapping[str, str]]
) -> Attributions:
    from ..errors import FramingError

    names = {s.name.lower(): s for s in result.sources}
    changed: dict[str, Source] = {}
    if not isinstance(overrides, Mapping):
        raise FramingError(
            'Give the changes as a dict, such as {"Ana Ruiz": {"side": "for", "type": "lawyer"}}.'
        )
    for name, values in overrides.items():
        if not isinstance(values, Mapping):
            raise FramingError(
                f'Give the changes for "{name}" as a dict, such as {{"side": "for"}}, '
                f"not {type(values).__name__}."
            )
        source = names.get(str(name).lower())
        if source is None:
            raise FramingError(
                f'No source named "{name}" in this article. Its sources are: '
                f"{', '.join(s.name for s in result.sources) or 'none'}."
            )
        unknown = set(values) - {"type", "side", "country"}
        if unknown:
            raise FramingError(
                'You can change a source\'s "type", "side" or "country", '
                f"not {', '.join(sorted(unknown))}."
            )
        if "type" in values and values["type"] not in SOURCE_TYPES:
            raise FramingError(
                f'"{values["type"]}" is not a source type. Use one of: {", ".join(SOURCE_TYPES)}.'
            )
        changed[source.name] = replace(source, **dict(values))

    def swap(source: Source | None) -> Source | None:
        return changed.get(source.name, source) if source is not None else None

    return Attributions(
        quotes=tuple(replace(q, speaker=swap(q.speaker)) for q in result.quotes),
        attributions=tuple(replace(a, source=swap(a.source)) for a in result.attributions),
        sources=tuple(swap(s) for s in result.sources),
        reported=tuple((s, e, swap(src)) for s, e, src in result.reported),
    )
