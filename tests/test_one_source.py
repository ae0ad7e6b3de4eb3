"""One person, one source: a person the text names in several ways is one source in the ledger."""

from __future__ import annotations

import pytest

from framing import Article, analyze


def sources_and_speakers(text: str) -> tuple[list[str], list[str | None]]:
    analysis = analyze(Article(text, check_language=False))
    names = [source.name for source in analysis.sources]
    return names, [q.speaker.name if q.speaker else None for q in analysis.quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessive body and a title before the name
        (
            "The survey was published on Monday, the NRC’s Director-General Kofi Mensah said. "
            "“The water is clean,” Mensah added.",
            "Kofi Mensah",
        ),
        # a lowercase role before the name
        (
            "“We found nothing,” said the investigating officer Lena Marsh. "
            "Marsh said the search would go on.",
            "Lena Marsh",
        ),
        # a title before the name and the body after it
        (
            "“We could not catch him,” said Sgt. Omar Reyes with the Dunmore Police Department. "
            "Reyes said the search would go on.",
            "Omar Reyes",
        ),
    ],
)
def test_a_title_before_a_name_makes_no_second_source(text, name):
    names, speakers = sources_and_speakers(text)
    assert names == [name]
    assert set(speakers) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name owns what the phrase names: the lawyer speaks
        ("“We will appeal,” said Lena Marsh’s lawyer Tom Ede. Lena Marsh said nothing.", "Tom Ede"),
        # a body whose name has two capitalised words stays the body
        ("“We are ready,” the Tarrow Red Cross said on Monday.", "Tarrow Red Cross"),
        # a capitalised adjective before a body's name is no person's title
        (
            "Fires burned 8 million acres last year, according to the National Coastal Fire "
            "Registry.",
            "National Coastal Fire Registry",
        ),
    ],
)
def test_a_name_inside_a_phrase_is_not_always_the_speaker(text, name):
    names, speakers = sources_and_speakers(text)
    assert names == [name]
    assert speakers in ([name], [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a country's adjective for the country the role was given in
        (
            "Kenya captain Amos Otieno scored twice on Sunday. Uganda coach Rita Nambi praised "
            "her side. “We were poor today,” the Kenyan captain admitted.",
            "Amos Otieno",
        ),
        # a club of two words
        (
            "Harbour City coach Tom Reid made four changes. Reid said little. “We fell apart,” "
            "the Harbour City coach conceded.",
            "Tom Reid",
        ),
        (
            "Lions skipper Ben Ash was out early. “We were beaten,” the Lions skipper said.",
            "Ben Ash",
        ),
        # nobody named holds that role there: the description stays a source of its own,
        # with the capital the text prints
        (
            "Kenya captain Amos Otieno scored twice on Sunday. Uganda coach Rita Nambi praised "
            "her side. “We were poor today,” the Kenyan coach admitted.",
            "Kenyan coach",
        ),
    ],
)
def test_the_team_and_role_find_the_person_named_with_them(text, speaker):
    _, speakers = sources_and_speakers(text)
    assert speakers == [speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a role first, then the one person named with that role
        (
            "A coroner has said the fall was an accident. The stairs were unsafe, coroner Mia "
            "Hart said.",
            ["Mia Hart"],
        ),
        (
            "According to the Dunmore County sheriff, the driver fled. Dunmore County Sheriff "
            "Eva Cole said the search went on.",
            ["Eva Cole"],
        ),
        # an anonymous official stays apart from the official named below
        (
            "An official said the road would reopen. Transport official Ken Ito said repairs "
            "had begun.",
            ["official", "Ken Ito"],
        ),
        # two judges named below: the description could be either, so it stays apart
        (
            "A judge said the trial would resume. Judge Ann Bell and Judge Tom Ray heard the "
            "case. Judge Ann Bell said it was complex. Judge Tom Ray said it was long.",
            ["judge", "Ann Bell", "Tom Ray"],
        ),
    ],
)
def test_a_role_first_and_the_name_later_are_one_source(text, names):
    found, _ = sources_and_speakers(text)
    assert found == names


def test_a_lede_that_introduces_by_one_role_does_not_decide_between_two():
    text = (
        "A minister has said the housing plan will fail. Ana Ruiz, the housing minister and MP "
        "for Tarrow, said the plan was rushed. Speaking on Monday, the Labour MP said she would "
        "vote against it."
    )
    analysis = analyze(Article(text, check_language=False))
    assert [(s.name, s.type) for s in analysis.sources] == [("Ana Ruiz", "politician")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname of two words, with an Irish particle or a second family name
        (
            "Finance Minister Áine Ó Briain said the budget was fair. Later, Ms Ó Briain said "
            "it would not change. “We will not move,” Ms Ó Briain added.",
            ["Áine Ó Briain"],
        ),
        (
            "Central bank chief Marta Lopes Neto said rates would rise. “We are committed to "
            "the target,” Lopes Neto added.",
            ["Marta Lopes Neto"],
        ),
        # one surname, two people: the full names stay apart
        (
            "Councillor Ana Ruiz said the plan was rushed. Councillor Tom Ruiz disagreed. "
            "“It is fine,” Tom Ruiz said.",
            ["Ana Ruiz", "Tom Ruiz"],
        ),
    ],
)
def test_a_surname_of_two_words_is_the_person_named_in_full(text, names):
    found, _ = sources_and_speakers(text)
    assert found == names
