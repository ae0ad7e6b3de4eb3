"""The judgement track: one check per lesson's answer file in ``exercises/judgements/``.

Run ``pytest exercises/test_judgements.py`` (or ``-k 01-reading-for-framing`` for one
lesson). Each failing lesson shows the feedback on every answer, as
``framing.judgements.check("01")`` does in a notebook. ``FRAMING_EXERCISES=solutions`` checks
the reference answers instead, as for the coding exercises.
"""

from __future__ import annotations

import pytest

from framing import judgements
from framing.errors import FramingError

LESSONS = judgements.lessons()
NAMES = [judgements.answer_file(lesson).removesuffix(".txt") for lesson in LESSONS]


@pytest.mark.parametrize("lesson", LESSONS, ids=NAMES)
def test_judgements(lesson):
    try:
        report = judgements.check(lesson)
    except FramingError as problem:
        pytest.fail(str(problem), pytrace=False)
    if not report.passed:
        pytest.fail(repr(report), pytrace=False)
