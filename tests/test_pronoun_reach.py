"""Whom "he" and "she" reach, and where the kit says it cannot tell (acc31).

A surname printed alone ("Okafor, who chairs the board, says ...") is read as a body
when the excerpt never gave the person's given name; "he" right after it is that person.
The sentences are written for these tests, not taken from an article.
"""

import pytest

from framing import Article
from framing.analysis import analyze


def _quote_speakers(text: str) -> list[tuple[str | None, str | None]]:
    analysis = analyze(Article(text))
    return [(q.speaker.name if q.speaker else None, q.speaker_reason) for q in analysis.quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Okafor, who chairs the parks board, says the fence came down overnight. "
            "“I am angry, and I am tired,” he told the Gazette.",
            "Okafor",
        ),
        (
            "Brandvold later apologised for what she called “a bad day for everyone” at the "
            "meeting.",
            "Brandvold",
        ),
        (
            "“We will rebuild the hall,” Tembe said on Monday. “It will take a year,” she added.",
            "Tembe",
        ),
        (
            "“The pain never stopped,” Kiprop said. Kiprop moved in with his brother in "
            "May. “Nothing the clinics gave me worked,” he lamented.",
            "Kiprop",
        ),
    ],
)
def test_a_lone_surname_just_before_is_he_or_she(text, name):
    assert _quote_speakers(text)[-1][0] == name


@pytest.mark.parametrize(
    "text",
    [
        # a lone name three sentences back is too far to be taken for a person
        "Brightloop cut 40 jobs in March. The plant will close. Workers were told on Friday. "
        "“It is a sad day,” he said.",
        # a body's known name is never "he"
        "Oxfam, which runs the camp, says the water ran out. “We need trucks,” he said.",
    ],
)
def test_no_body_and_no_name_far_back_is_he(text):
    assert _quote_speakers(text)[-1][0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mayor Tom Okafor opened the hearing at six. "
            '"Your officers lied to us," said one resident, but the mayor cut in. '
            '"I will not have you call them liars," he said.',
            "Tom Okafor",
        ),
        (
            "President Juan Ortiz spoke on Sunday. Union president Sam Baker said in a letter "
            'to the President, "We meant no harm." '
            "While he agreed to the request, the President took offense at the tone. "
            '"You could have written to us," he said.',
            "Juan Ortiz",
        ),
        (
            "Inspector Ana Ruiz read out the charge. Mark Reed, the driver, was stopped at "
            'ten. The guards asked him to sit, but the driver kept shouting. "I did nothing '
            'wrong," he said.',
            "Mark Reed",
        ),
    ],
)
def test_he_is_the_role_that_opens_the_clause_before(text, name):
    assert _quote_speakers(text)[-1][0] == name


def test_a_role_nobody_named_holds_leaves_he_to_the_usual_reading():
    # no rule on dev needed the role itself as an unnamed speaker, so it is not one
    text = (
        "Inspector Ana Ruiz read out the charge. The guards asked him to sit, "
        'but the driver kept shouting. "I did nothing wrong," he said.'
    )
    speaker, reason = _quote_speakers(text)[-1]
    assert speaker is None
    assert reason


def test_two_people_named_with_the_role_leave_he_unclear():
    text = (
        "Sam Baker, the coach of the Rams, said the game was lost. Tom Ede, the coach of "
        "the Bulls, said it was won. The talks ran late, and the coach walked out. "
        '"It was a waste of time," he said.'
    )
    speaker, reason = _quote_speakers(text)[-1]
    assert speaker is None
    assert "the coach" in reason


def test_a_role_inside_reported_words_is_not_he():
    text = (
        "Minister Ana Ruiz spoke in Cork, where Tom Ede backed her. "
        'The Taoiseach would not go into the Dail on it, he said. "It is settled," he added.'
    )
    assert _quote_speakers(text)[-1][0] == "Tom Ede"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Judge Ana Ruiz asked the lawyer about the appeal, which says, "
            "“The company acted in good faith.”",
            "The company acted in good faith.",
        ),
        (
            "Tom Ede said the memory came back, of a coach who would say to him, "
            "“You will never make it,” before every game.",
            "You will never make it,",
        ),
    ],
)
def test_words_after_a_second_say_are_not_the_first_speakers(text, quoted):
    from framing.attribution.sources import ANOTHER_SAYS

    analysis = analyze(Article(text))
    quote = next(q for q in analysis.quotes if q.text == quoted)
    assert quote.speaker is None
    assert quote.speaker_reason == ANOTHER_SAYS


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said it was time to say “enough” to the cuts.",
        "Ana Ruiz said, “We will say no to this plan.”",
    ],
)
def test_a_say_to_come_or_inside_the_words_keeps_the_speaker(text):
    assert _quote_speakers(text)[0][0] == "Ana Ruiz"


def test_he_for_the_role_tells_the_holders_gender():
    text = (
        "Mayor Lorin Okafor opened the hearing at six. "
        '"Your officers lied to us," said one resident, but the mayor cut in. '
        '"I will not have you call them liars," he said. '
        '"They did lie," another woman said. The mayor asked her to sit. '
        '"This is my time!" she said.'
    )
    speakers = [name for name, _ in _quote_speakers(text)]
    assert speakers[1] == "Lorin Okafor"
    assert speakers[-1] == "another woman"  # the mayor is "he" now, so not "she"
