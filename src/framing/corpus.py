"""The texts that ship with the kit: the seed article and the teaching corpus.

Each text ``NAME`` is three files in ``framing/data/seeds/`` (the repository's
``seeds/`` folder): ``NAME.txt`` (the article), ``NAME.gold.json`` (its hand
annotation) and ``NAME.meta.json`` (title, register, outlet, date, and whether it
is a constructed teaching text or a published article).

What it can not tell you: the constructed texts were written for teaching; they
show how framing choices look, not how any real outlet covered the events.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from .errors import FramingError
from .text import Article

__all__ = ["SEED", "list_seeds", "load_gold", "load_seed", "seed_meta"]

#: The published article the kit was built around.
SEED = "cecot-tasnim"


def _folder() -> Traversable:
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
