"""Quotation spans: pairs of marks, never apostrophes."""

from __future__ import annotations

import pytest

from framing import Article, find_quotes, load_gold, load_seed


def quoted(text: str) -> list[str]:
    return [q.text for q in find_quotes(Article(text, check_language=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are ready," she said.', ["We are ready,"]),
        ("“We are ready,” she said.", ["We are ready,"]),
        ('The migrants\' lawyers said "no" twice.', ["no"]),
        ("The United States’ rights record and “the camp” were raised.", ["the camp"]),
        ("Don't say it's over, O'Brien said of the '90s.", []),
        ("They played rock 'n' roll all night.", []),
        ("\"He told me 'never again,'\" she said.", ["He told me 'never again,'", "never again,"]),
        ("“He told me ‘never again,’” she said.", ["He told me ‘never again,’", "never again,"]),
        ('Maduro called them "kidnapped" countrymen.', ["kidnapped"]),
        (
            '"We are ready," the mayor said, "and we will act."',
            ["We are ready,", "and we will act."],
        ),
        ("'We will fight,' she said. 'And we will win.'", ["We will fight,", "And we will win."]),
        ("‘The players’ union is wrong,’ he said.", ["The players’ union is wrong,"]),
        # single marks in a story that uses double ones: a partial quotation or a headline's
        ("“We won,” she said of the ‘dream’ season.", ["We won,", "dream"]),
        ("O’Brien said it was ‘over’ for the Jones’ firm.", ["over"]),
        ("Coach ‘gutted’ after loss\n\n“We lost,” he said.", ["gutted", "We lost,"]),
        # ... never an apostrophe, an elision or a possessive
        ("The players’ union met the ’90s stars and rock ’n’ roll fans, “twice”.", ["twice"]),
        ("“Yes,” said the Jones’ lawyer, who isn’t ‘sure’ yet.", ["Yes,", "sure"]),
    ],
)
def test_quotation_spans(text, expected):
    assert quoted(text) == expected


def test_quote_across_paragraphs_is_one_quote():
    text = 'The mayor spoke.\n"First part of it.\n"Second part of it.\n"Last part," she said.'
    quotes = find_quotes(Article(text, headline=False))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("First part") and q.text.endswith("Last part,")
    assert [text[s:e] for s, e in q.parts] == [
        "First part of it.",
        "Second part of it.",
        "Last part,",
    ]
    assert q.kind == "direct"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of quoted paragraphs whose last closing mark was left off ends with its paragraph
        (
            '"We won," said Ana Ruiz.\n"Then we held on.\n"It was a good game.\nFans cheered.',
            ["We won,", 'Then we held on.\n"It was a good game.'],
        ),
        # ... and so does one paragraph that opens a quotation at its start or after a
        # sentence, whose closing mark was left off or cut off with the page
        (
            '"We won," said Ana Ruiz.\n"Then we held on.\nFans cheered.',
            ["We won,", "Then we held on."],
        ),
        ("“The rain never stopped.\nThe river rose overnight.", ["The rain never stopped."]),
        (
            "“We tried,” the coach says. “Next week matters more.\nWatch it live on Nine.",
            ["We tried,", "Next week matters more."],
        ),
        ('Pickering said: "Stay off the roads tonight!', ["Stay off the roads tonight!"]),
        # ... but a run cut mid-sentence is no quotation
        ('"We won," said Ana Ruiz.\n"Then we held on.\n"It was a good', ["We won,"]),
        # a closing mark left off right before the next quotation's opening mark
        ('"We won. "Then we held on," she said.', ["We won.", "Then we held on,"]),
    ],
)
def test_a_closing_mark_left_off_is_recovered_where_the_quotation_clearly_ends(text, expected):
    a = Article(text, headline=False)
    assert [q.text for q in find_quotes(a)] == expected
    assert a.stray_marks  # and the missing mark is reported


def test_unbalanced_marks_recover_and_report():
    text = 'He said "yes and then "no," she said. Later "fine" was said.'
    a = Article(text, check_language=False)
    assert [q.text for q in find_quotes(a)] == ["no,", "fine"]
    assert len(a.stray_marks) == 1 and a.stray_marks[0].offset == text.index('"yes')


@pytest.mark.parametrize(
    "text",
    [
        # a mark left open inside a sentence, or a paragraph cut mid-sentence
        'The mayor called it "a disgrace and left the room.\nCouncil went on.',
        "“We will rebuild the bridge by\nThe council met again.",
        "Critics said the plan “was rushed. Council voted anyway.",
    ],
)
def test_an_unclosed_mark_inside_a_sentence_is_no_quotation(text):
    a = Article(text, headline=False)
    assert find_quotes(a) == ()
    assert a.stray_marks


def test_an_unclosed_quote_never_pairs_across_paragraphs():
    text = 'She said "it is over.\nThe next paragraph has "a quote" in it.'
    a = Article(text, headline=False)
    assert [q.text for q in find_quotes(a)] == ["a quote"]
    assert a.stray_marks


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We will win," she said.', "direct"),
        ('She said: "We will win."', "direct"),
        ('She said, "We will win."', "direct"),
        ('She called the plan "reckless" and left.', "partial"),
        ('The group saw a "clear and troubling connection" there.', "partial"),
    ],
)
def test_quote_kind(text, kind):
    assert find_quotes(Article(text, check_language=False))[0].kind == kind


def test_seed_quotes_match_the_annotation_exactly():
    gold = load_gold()
    quotes = find_quotes(load_seed())
    assert [(q.start, q.end) for q in quotes] == [(g["start"], g["end"]) for g in gold["quotes"]]
    assert [q.kind for q in quotes] == [g["kind"] for g in gold["quotes"]]


def test_quotes_know_their_sentence_and_paragraph():
    a = load_seed()
    for q in find_quotes(a):
        sentence = a.sentences[q.sentence]
        assert sentence.start <= q.start < sentence.end
        assert a.paragraphs[q.paragraph].start <= q.start < a.paragraphs[q.paragraph].end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline quotes in single marks even where the story uses double ones
        ("Mother: 'He left my son'\nLONDON - \"Hello,\" she said.", ["He left my son", "Hello,"]),
        # a possessive-looking mark closes a quotation when nothing else does
        ("'Help the migrants' she said. 'Now.'", ["Help the migrants", "Now."]),
        ("‘First part.\n\n‘Second part,’ she said.", ["First part.\n\n‘Second part,"]),
        ('He said "it\'s over," and O\'Brien\'s lawyer said "no."', ["it's over,", "no."]),
    ],
)
def test_quotation_spans_across_styles(text, expected):
    assert quoted(text) == expected


def test_every_unclosed_mark_is_reported_once():
    text = 'He said "this is ' * 5
    a = Article(text, check_language=False)
    assert find_quotes(a) == ()
    assert [m.offset for m in a.stray_marks] == [i for i, c in enumerate(text) if c == '"']
    assert {m.reason for m in a.stray_marks} == {"an opening mark never closed"}


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "piece",
    ['He said "this is ', '"A," she said. ', "'Tis the migrants' 'own' way, ", '"\n\n'],
)
def test_a_long_text_of_many_marks_is_read_in_one_go(piece):
    """100,000 characters of quotation marks (the last piece: one quotation carried on
    over 33,333 paragraphs): the cost grows with the text, so this takes about a second
    (the timeout only catches a runaway)."""
    text = piece * (100_000 // len(piece))
    a = Article(text, check_language=False)
    quotes = find_quotes(a)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    assert quotes or a.stray_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two single marks typed for one double mark, opening or closing
        ("The audit was ‘‘shameful” and the board knew it.", ["shameful"]),
        ("He said “they would never forgive'' the firm.", ["they would never forgive"]),
        ("It was ‘‘really bad,’’ Ana Ruiz said.", ["really bad,"]),
        # apostrophes stay apostrophes
        ("The migrants' camp closed, O'Brien said of \"rock 'n' roll\".", ["rock 'n' roll"]),
    ],
)
def test_doubled_single_marks_are_one_double_mark(text, expected):
    assert [q.text for q in find_quotes(Article(text, check_language=False))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in quotation marks before the kind of thing it names is no quotation
        ("The minister opened the “Be Kind Now” campaign on Monday.", []),
        ("MP Okoro Blames ‘Tarrow’ Incident on Opposition\nThe MP spoke.", []),
        ("The “Total Chaos” show airs today.", []),
        # words someone said stay quotations, whatever follows them
        ("He called it “Total Chaos” in his show.", ["Total Chaos"]),
        ("“Stop,” campaign leaders said.", ["Stop,"]),
    ],
)
def test_a_name_in_quotation_marks_is_no_quotation(text, expected):
    assert [q.text for q in find_quotes(Article(text, check_language=False))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation runs over a paragraph break with no mark to reopen it: the next
        # paragraph's first mark closes it
        (
            "Ana Ruiz spoke. “I am not done here.\n\nYou will wait,” the judge said.",
            ["I am not done here.\n\nYou will wait,"],
        ),
        # an inch mark is no closing mark: nothing is carried over (the quotation that
        # opened a sentence ends with its own paragraph)
        ("Ana Ruiz spoke. “I am not done here.\n\nThe crowd was 6” deep.", ["I am not done here."]),
    ],
)
def test_a_quotation_runs_on_into_a_paragraph_that_closes_it(text, expected):
    assert [q.text for q in find_quotes(Article(text, check_language=False))] == expected
