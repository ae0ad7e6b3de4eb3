"""The texts that ship with the kit: the seed article and the teaching corpus.

Each text ``NAME`` is three files in ``framing/data/seeds/`` (copied, byte for
byte, into the repository's ``seeds/`` folder): ``NAME.txt`` (the article),
``NAME.gold.json`` (its hand annotation) and ``NAME.meta.json`` (title, register,
outlet, date, and whether it is a constructed teaching text or a published article).

What it can not tell you: the constructed texts were written for teaching; they
show how framing choices look, not how any real outlet covered the events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from html import escape
from typing import TYPE_CHECKING, Any

from .errors import FramingError
from .text import Article

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from .comparison import Table

__all__ = [
    "SEED",
    "OutletNote",
    "corpus_table",
    "list_seeds",
    "load_corpus",
    "load_gold",
    "load_seed",
    "outlet_note",
    "seed_meta",
]

#: The published article the kit was built around.
SEED = "cecot-tasnim"


def _folder() -> Traversable:
    from importlib.resources import files  # here, not at the top: keeps `import framing` quick

    return files("framing") / "data" / "seeds"


@cache
def _names() -> tuple[str, ...]:
    names = [f.name[: -len(".txt")] for f in _folder().iterdir() if f.name.endswith(".txt")]
    # The published seed first, then the constructed texts in name order.
    return tuple(sorted(names, key=lambda n: (n != SEED, n)))


def list_seeds() -> tuple[str, ...]:
    """Names of the bundled texts, the published seed article first.

    >>> list_seeds()[0]
    'cecot-tasnim'
    """
    return _names()


def _check_name(name: object) -> str:
    names = _names()
    if isinstance(name, str) and name in names:
        return name
    import difflib

    close = difflib.get_close_matches(str(name), names, n=1)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    raise FramingError(
        f'No seed article named "{name}".{hint} Available: {", ".join(names)}. '
        "Try framing.list_seeds()."
    )


@cache
def _read(name: str, suffix: str) -> str:
    return (_folder() / f"{name}{suffix}").read_text(encoding="utf-8")


def seed_meta(name: str = SEED) -> dict[str, Any]:
    """The metadata of a bundled text (a fresh dict each call)."""
    name = _check_name(name)
    try:
        return json.loads(_read(name, ".meta.json"))
    except FileNotFoundError:
        return {"name": name}


def load_gold(name: str = SEED) -> dict[str, Any]:
    """The hand annotation of a bundled text (a fresh dict each call)."""
    return json.loads(_read(_check_name(name), ".gold.json"))


def load_seed(name: str = SEED) -> Article:
    """A bundled text as an `Article`, with its metadata in ``article.meta``.

    >>> load_seed().meta["outlet"]
    'Tasnim News Agency'
    """
    name = _check_name(name)
    return Article(_read(name, ".txt"), name=name, meta=seed_meta(name))


def load_corpus(names: Iterable[str] | None = None) -> tuple[Article, ...]:
    """The bundled texts as Articles (all of them, seed first, unless you name some).

    >>> [a.name for a in load_corpus(["cecot-wire", "cecot-rights"])]
    ['cecot-wire', 'cecot-rights']
    """
    if isinstance(names, str):
        names = [names]
    chosen = list_seeds() if names is None else [_check_name(n) for n in names]
    return tuple(load_seed(name) for name in chosen)


def corpus_table() -> Table:
    """One row per bundled text: what it is, who published it, and how long it is.

    >>> t = corpus_table()
    >>> t.row("cecot-tasnim")["kind"], t.row("cecot-wire")["kind"]
    ('published article', 'constructed teaching text')
    """
    from .comparison import Table

    rows = []
    for article in load_corpus():
        meta = article.meta
        rows.append(
            {
                "name": article.name,
                "title": meta.get("title"),
                "register": meta.get("register"),
                "kind": "constructed teaching text"
                if meta.get("constructed")
                else "published article",
                "outlet": meta.get("outlet"),
                "outlet country": meta.get("outlet_country"),
                "date": meta.get("event_date"),
                "words": article.word_count,
            }
        )
    return Table(rows, title="The teaching corpus: one event, several tellings")


@dataclass(frozen=True, slots=True)
class OutletNote:
    """Who published a bundled text, in a few factual sentences."""

    name: str
    title: str
    outlet: str | None
    outlet_country: str | None
    constructed: bool
    note: str
    why_it_matters: str | None = None

    def __str__(self) -> str:
        lines = [f"{self.title} ({self.name})", self.note]
        if self.why_it_matters:
            lines.append(f"Why it matters: {self.why_it_matters}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        who = escape(self.outlet or "Constructed teaching text")
        where = f" ({escape(self.outlet_country)})" if self.outlet_country else ""
        why = (
            f"<p><strong>Why it matters:</strong> {escape(self.why_it_matters)}</p>"
            if self.why_it_matters
            else ""
        )
        return (
            f'<div class="framing-outlet-note"><p><strong>{who}{where}</strong> · '
            f"<em>{escape(self.title)}</em></p><p>{escape(self.note)}</p>{why}</div>"
        )


def outlet_note(name: str = SEED) -> OutletNote:
    """A short factual note on who published a bundled text (or that it is constructed).

    >>> outlet_note().outlet, outlet_note("cecot-wire").constructed
    ('Tasnim News Agency', True)
    """
    meta = seed_meta(name)
    constructed = bool(meta.get("constructed"))
    if constructed:
        note = meta.get("notice") or "Constructed teaching text; not a published article."
    else:
        outlet = meta.get("outlet") or "an outlet the metadata does not name"
        note = meta.get("outlet_note") or f"Published by {outlet}."
    return OutletNote(
        name=meta.get("name", name),
        title=meta.get("title") or name,
        outlet=meta.get("outlet"),
        outlet_country=meta.get("outlet_country"),
        constructed=constructed,
        note=note,
        why_it_matters=meta.get("why_it_matters"),
    )
