"""The examples in the pure modules' docstrings run, so they never go stale."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "framing",
    "framing.text",
    "framing.quotes",
    "framing._quotemarks",
    "framing.lexicon",
    "framing.errors",
    "framing.corpus",
    "framing.analysis",
    "framing.grading.harness",
    "framing.grading.templates",
    "framing.csvsafe",
    "framing.judgements",
    "framing.wording",
    "framing.progress",
    "framing.handout",
    "framing.align",
    "framing.align_report",
    "framing.annotation",
    "framing.comparison",
    "framing.correction",
    "framing.reader",
    "framing.palette",
    "framing.html_style",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples in its docstrings, or none ran"
    assert result.failed == 0
