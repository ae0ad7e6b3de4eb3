"""Values that cross between the checks and a student's code: plain JSON data only.

A check's arguments (strings, dicts, and the kit's records such as `TermHit`, `Quote` or
a whole `Analysis`) travel to the student's process as JSON, and the student's answer
travels back as JSON. JSON can only describe numbers, strings, lists and dicts, so an
answer can never be a live object that runs code in the checks' process: no pickles, no
`__eq__` tricks, no `unittest.mock.ANY`.

* `to_plain(value)` makes the JSON-ready form (records become tagged dicts);
* `from_plain(data, records=True)` rebuilds the kit's records (used in the student's
  process, where the arguments are needed as real objects);
* `from_plain(data, records=False)` gives plain Python values only (used for answers:
  a record a student returns becomes a dict of its fields, never an object).

What it can not do: carry functions, classes or open files; a student who returns one
gets "the check cannot read your answer" instead.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping
from typing import Any

from ..errors import FramingError

__all__ = ["UnplainValue", "dumps", "from_plain", "loads", "to_plain"]

_TUPLE, _SET, _DICT, _RECORD, _FLOAT = "__tuple__", "__set__", "__dict__", "__record__", "__float__"
# Deeper than any record the checks pass; deeper answers are refused rather than followed.
_MAX_DEPTH = 60


class UnplainValue(TypeError):
    """A value with no plain-data form (a function, a file, an object of the student's)."""


def _record_class(name: str) -> type | None:
    """One of the kit's public records ("framing.quotes.Quote"), or None."""
    import importlib

    module, _, cls_name = name.rpartition(".")
    if not module.startswith("framing.") or "._" in name or cls_name.startswith("_"):
        return None
    try:
        cls = getattr(importlib.import_module(module), cls_name, None)
    except ImportError:
        return None
    return cls if isinstance(cls, type) and dataclasses.is_dataclass(cls) else None


def _record_name(value: Any) -> str | None:
    kind = type(value)
    name = f"{kind.__module__}.{kind.__qualname__}"
    return name if _record_class(name) is kind else None


def _special(value: Any) -> dict[str, Any] | None:
    """Articles and lexicons are not dataclasses: they travel as what builds them again."""
    from ..lexicon import Lexicon
    from ..text import Article

    if isinstance(value, Article):
        fields = {
            "text": value.text,
            "name": value.name,
            "meta": dict(value.meta),
            "headline": value.headline is not None,
        }
        return {_RECORD: "Article", "fields": to_plain(fields)}
    if isinstance(value, Lexicon):
        fields = {"entries": list(value.entries), "name": value.name}
        return {_RECORD: "Lexicon", "fields": to_plain(fields)}
    return None


def to_plain(value: Any, _depth: int = 0) -> Any:
    """The JSON-ready form of ``value``; `UnplainValue` when it has none."""
    if _depth > _MAX_DEPTH:
        raise UnplainValue("the value is nested too deeply")
    deeper = _depth + 1
    if value is None:
        return None
    if isinstance(value, (bool, str, int)):
        return value if type(value) in (bool, str, int) else _builtin(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else {_FLOAT: repr(float(value))}
    if isinstance(value, (list, tuple)):
        items = [to_plain(v, deeper) for v in value]
        return items if isinstance(value, list) else {_TUPLE: items}
    if isinstance(value, (set, frozenset)):
        return {_SET: [to_plain(v, deeper) for v in value]}
    if isinstance(value, Mapping):
        pairs = [[to_plain(k, deeper), to_plain(v, deeper)] for k, v in value.items()]
        if all(type(k) is str and not k.startswith("__") for k, _ in pairs):
            return dict(pairs)  # type: ignore[arg-type]
        return {_DICT: pairs}
    special = _special(value)
    if special is not None:
        return special
    name = _record_name(value) if dataclasses.is_dataclass(value) else None
    if name is not None:
        fields = {
            f.name: to_plain(getattr(value, f.name), deeper)
            for f in dataclasses.fields(value)
            if f.init
        }
        return {_RECORD: name, "fields": fields}
    raise UnplainValue(f"a {type(value).__name__} has no plain form")


def _builtin(value: bool | str | int) -> bool | str | int:
    """A subclass of str or int (which may redefine ==) as the plain value it holds."""
    for kind in (bool, int, str):
        if isinstance(value, kind):
            return kind(value) if kind is not str else str.__str__(value)
    raise UnplainValue(type(value).__name__)  # pragma: no cover - unreachable


def from_plain(data: Any, *, records: bool, _depth: int = 0) -> Any:
    """Python values from JSON data; the kit's records only when ``records`` is true."""
    if _depth > _MAX_DEPTH:
        raise UnplainValue("the value is nested too deeply")
    deeper = _depth + 1
    if isinstance(data, list):
        return [from_plain(v, records=records, _depth=deeper) for v in data]
    if not isinstance(data, dict):
        return data
    if len(data) == 1 and _TUPLE in data:
        return tuple(from_plain(v, records=records, _depth=deeper) for v in data[_TUPLE])
    if len(data) == 1 and _SET in data:
        items = [from_plain(v, records=records, _depth=deeper) for v in data[_SET]]
        return _set_of(items)
    if len(data) == 1 and _FLOAT in data:
        return float(data[_FLOAT]) if data[_FLOAT] in ("nan", "inf", "-inf") else data
    if len(data) == 1 and _DICT in data:
        pairs = [from_plain(p, records=records, _depth=deeper) for p in data[_DICT]]
        return _dict_of(pairs)
    if set(data) == {_RECORD, "fields"} and isinstance(data["fields"], dict):
        fields = {
            k: from_plain(v, records=records, _depth=deeper) for k, v in data["fields"].items()
        }
        return _record(str(data[_RECORD]), fields) if records else fields
    return {k: from_plain(v, records=records, _depth=deeper) for k, v in data.items()}


def _set_of(items: list[Any]) -> Any:
    try:
        return frozenset(items)
    except TypeError:
        return items  # unhashable members: keep them as a list


def _dict_of(pairs: list[Any]) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    for pair in pairs:
        if not isinstance(pair, list) or len(pair) != 2:
            raise UnplainValue("a dict entry is not a (key, value) pair")
        key = tuple(pair[0]) if isinstance(pair[0], list) else pair[0]
        try:
            out[key] = pair[1]
        except TypeError as exc:
            raise UnplainValue(f"a dict key cannot be {type(key).__name__}") from exc
    return out


def _record(name: str, fields: dict[str, Any]) -> Any:
    from ..lexicon import Lexicon
    from ..text import Article

    if name == "Article":
        return Article(
            fields["text"],
            name=fields.get("name"),
            meta=fields.get("meta") or {},
            headline=bool(fields.get("headline")),
            check_language=False,
        )
    if name == "Lexicon":
        return Lexicon(fields.get("entries", ()), name=fields.get("name") or "lexicon")
    cls = _record_class(name)
    if cls is None:
        raise FramingError(f"No record named {name!r} can travel to a student's code.")
    return cls(**fields)


def dumps(value: Any) -> bytes:
    """``value`` as compact JSON bytes (after `to_plain`)."""
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(raw: bytes, *, records: bool) -> Any:
    """Strict JSON bytes back to values (see `from_plain`)."""
    return from_plain(json.loads(raw.decode("utf-8")), records=records)
