"""Comparing a student's answer with the expected one, in the checks' own process.

Answers arrive as plain data (see plain.py), so comparing them runs no student code.
`same` and `expect` are what the checks in ``exercises/test_NN_*.py`` are written with:
values, not printed output; dicts and Counters alike, lists and tuples alike, floats
within a tolerance.
"""

from __future__ import annotations

import contextvars
import math
import reprlib
from collections.abc import Mapping
from typing import Any

__all__ = ["CheckFailed", "StudentCodeProblem", "expect", "last_call", "same", "short"]

# The last call to a student's function in this check, for the messages ("f(1) returned 2").
LAST_CALL: contextvars.ContextVar[str] = contextvars.ContextVar("last_call", default="")


class StudentCodeProblem(Exception):
    """The student's code, not the check, stopped this check.

    ``kind`` is one of: "raised", "not written", "timeout", "syntax error", "missing file",
    "missing function", "error while loading", "unreadable answer", "over a limit".
    """

    def __init__(self, kind: str, message: str, where: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.where = where


class CheckFailed(AssertionError):
    """The student's function answered, but not with what the check expected."""


def last_call() -> str:
    """The last call to a student's function in the running check ("" when none)."""
    return LAST_CALL.get()


def short(value: Any, limit: int = 40) -> str:
    """A short, readable description of an argument or an answer."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[: limit - 1] + "…")
    kind = type(value)
    if kind.__module__.startswith("framing."):
        text = getattr(value, "text", None)
        if kind.__name__ == "Analysis":
            article_text = getattr(getattr(value, "article", None), "text", None)
            if isinstance(article_text, str):
                return f"analyze({short(article_text, 30)})"
        if kind.__name__ == "Article" and isinstance(text, str):
            return f"Article({short(text, 30)})"
        return f"{kind.__name__}(…)"
    if isinstance(value, (list, tuple)) and value:
        first = type(value[0])
        if first.__module__.startswith("framing.") and all(type(v) is first for v in value):
            return f"[{len(value)} {first.__name__} records]"
    shorter = reprlib.Repr()
    shorter.maxstring = limit
    shorter.maxother = limit
    shorter.maxlist = shorter.maxtuple = shorter.maxdict = shorter.maxset = 8
    return shorter.repr(value)


def _normal(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normal(v) for v in value]
    return value


def _equal(got: Any, expected: Any, tol: float) -> bool:
    if isinstance(expected, float) or (isinstance(got, float) and isinstance(expected, int)):
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            return False
        return math.isclose(got, expected, rel_tol=1e-9, abs_tol=tol)
    if isinstance(expected, dict):
        return (
            isinstance(got, dict)
            and set(got) == set(expected)
            and all(_equal(got[k], expected[k], tol) for k in expected)
        )
    if isinstance(expected, list):
        return (
            isinstance(got, list)
            and len(got) == len(expected)
            and all(_equal(g, e, tol) for g, e in zip(got, expected, strict=True))
        )
    if isinstance(expected, (set, frozenset)):
        return isinstance(got, (set, frozenset)) and set(got) == set(expected)
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(got) is type(expected) and got == expected
    # Plain values only from here: the same type and an equal value.
    return type(got) is type(expected) and bool(got == expected)


def kind_of(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a dict"
    if isinstance(value, (list, tuple)):
        return "a list"
    if value is None:
        return "None"
    name = type(value).__name__
    return f"a {name}" if name[0] not in "aeiou" else f"an {name}"


def same(got: Any, expected: Any, *, tol: float = 1e-6) -> None:
    """Pass when ``got`` equals ``expected``: dicts and Counters, lists and tuples alike,
    floats within ``tol``. Otherwise fail naming both values and the last call to a
    student's function, so write ``same(ex.f(x), expected)`` with the call inline."""
    if _equal(_normal(got), _normal(expected), tol):
        return
    call = LAST_CALL.get() or "your function"
    shown_got, shown_expected = short(got, 60), short(expected, 60)
    if kind_of(got) != kind_of(expected) and got is not None:
        shown_got = f"{kind_of(got)}, {shown_got}"
        shown_expected = f"{kind_of(expected)}, {shown_expected}"
    raise CheckFailed(f"{call} returned {shown_got}, but the check expected {shown_expected}.")


def expect(condition: bool, message: str) -> None:
    """Fail the check with ``message`` (written for a student) unless ``condition`` holds."""
    if not condition:
        raise CheckFailed(message)
