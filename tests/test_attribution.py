"""Who gets quoted: speakers, sources and attributions, on short cases and annotated articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from framing import Article, FramingError, analyze, load_gold, load_seed
from framing.attribution import build_stages
from framing.attribution.cues import NOT_A_CUE, CueFinder
from framing.attribution.not_a_source import (
    CLAUSE,
    DATE,
    FUNCTION_WORD,
    NOT_A_SOURCE,
    NUMBER,
    OPENING_PARTICIPLE,
    why_not_a_source,
)
from framing.attribution.page import Page
from framing.attribution.type_words import type_of
from framing.evaluate import evaluate

HERE = Path(__file__).parent
ANNOTATED = sorted((HERE / "data" / "attribution").glob("*.txt"))
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))


def speakers(text: str) -> list[str | None]:
    analysis = analyze(Article(text, check_language=False))
    return [q.speaker.name if q.speaker else None for q in analysis.quotes if not q.nested]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are ready," said Ana Ruiz, the mayor of Tarrow.', ["Ana Ruiz"]),
        ('Ana Ruiz, the mayor, spoke first. "We are ready," she said.', ["Ana Ruiz"]),
        ('Ana Ruiz said: "We are ready."', ["Ana Ruiz"]),
        ('"We are ready," Ana Ruiz said, "and we will act."', ["Ana Ruiz", "Ana Ruiz"]),
        ('"We will not back down," according to Ana Ruiz.', ["Ana Ruiz"]),
        ('According to Ana Ruiz, "the plan is dead."', ["Ana Ruiz"]),
        ('Ana Ruiz was quoted as saying "the plan is dead."', ["Ana Ruiz"]),
        ('"The plan is dead," Tom Okoro told AFP.', ["Tom Okoro"]),
        (
            'Tom Okoro, an analyst at the Lisbon Institute, said the plan was "dead on arrival."',
            ["Tom Okoro"],
        ),
        ('Ms Reyes, who chairs the committee, called the plan "reckless."', ["Reyes"]),
        (
            'The Riverside Trust issued a report. "Rents doubled," the charity said.',
            ["Riverside Trust"],
        ),
        (
            '"Rents doubled," said a senior official who spoke on condition of anonymity.',
            ["senior official"],
        ),
        ('Residents were angry. "Nobody listens," they said. Residents said so.', ["Residents"]),
        ('"Go home." Nobody signed the note.', [None]),
        ('The billboard read "Vote Early" all week.', [None]),
        ('"This is a fix." - Commissioner Ray Duval', ["Ray Duval"]),
        ('From Mayor Dee Park: "We rebuild."', ["Dee Park"]),
        ('"It is over," said Dr. Ana Ruiz, a surgeon.', ["Ana Ruiz"]),
        ('"Why now?" asked Tom Okoro.', ["Tom Okoro"]),
        (
            "Élise Tremblay-Fournier, the trade minister, spoke in the U.S. Senate. "
            '"We will not sign," she said.',
            ["Élise Tremblay-Fournier"],
        ),
        ('Łukasz Nowak said: "Fine."', ["Łukasz Nowak"]),
        ('"We won the seat," said J.D. Hale, the party chair.', ["J.D. Hale"]),
        ('"We rebuild," said Ana Ruiz as she left the hall.', ["Ana Ruiz"]),
        # nested reporting: the outlet relays, the person it quotes speaks
        (
            '"We were surprised," the BBC quoted Ana Ruiz, a chemist at Tarrow University, '
            "telling reporters.",
            ["Ana Ruiz"],
        ),
        ('Ana Ruiz put it bluntly, describing the valley as "a mess".', ["Ana Ruiz"]),
        # the next sentence's cue has its own object: it does not point back to the quotation
        ('"We lost." Tom Okoro paid tribute to the winners.', [None]),
        ('"We lost." Tom Okoro said.', ["Tom Okoro"]),
        (
            'The U.S. Treasury sent a letter. Ana Ruiz read it aloud. "We will not pay," she said.',
            ["Ana Ruiz"],
        ),
        (
            'Dr. Ana Ruiz, the lead author, presented the study. "It is a warning," the '
            "authors wrote.",
            ["authors"],
        ),
        # a paragraph of quotation with no cue: the speaker of the quotation before goes on
        (
            'Vote in Tarrow\n\n"We are ready," said Ana Ruiz.\n\nThe polls open at eight.'
            '\n\n"We will win it."',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # ... unless someone else who speaks is named in between, or it is too far up
        (
            'Vote in Tarrow\n\n"We are ready," said Ana Ruiz.\n\nTom Okoro, her rival, '
            'disagreed.\n\n"We will win it."\n\n"It is close," Okoro said.',
            ["Ana Ruiz", None, "Tom Okoro"],
        ),
        (
            'Vote in Tarrow\n\n"We are ready," said Ana Ruiz.\n\nThe vote is Monday.\n\n'
            'The polls open at eight.\n\nThe count ends at ten.\n\n"We will win it."',
            ["Ana Ruiz", None],
        ),
        # a live blog's time stamp before a colon is no speaker: the verb after names one
        ('9:05 p.m.: "It is too early," spokesman Rob Ryan said.', ["Rob Ryan"]),
        ('3/11: "We held on," Ana Ruiz said after the count.', ["Ana Ruiz"]),
        # a relative who is the subject: "she" is the mother, not the woman named before
        (
            "Judge Ann Cole jailed Tom Ruiz. Ruiz's mother also gave a statement read in "
            'court. "I forgive him," she wrote.',
            ["Ruiz's mother"],
        ),
        (
            'Sara Pike spoke first. The boy\'s father said nothing. "He was kind," he said.',
            ["boy's father"],
        ),
        # "X's office said he ...": the pronoun is the office's owner, named before or not
        (
            "Ana Lee spoke to Okoro on Friday. Lee did not say why. Okoro's office said he "
            'told her the city would "keep fighting".',
            ["Okoro"],
        ),
        (
            "Dan Hale met Tom Okoro. Hale left early. Okoro's aides said he "
            'promised "a fair deal".',
            ["Tom Okoro"],
        ),
        (
            'Ana Lee met Tom Okoro. Okoro\'s office said she called the plan "a mess".',
            ["Ana Lee"],
        ),
        # a relative named right after is that person
        (
            'Ana Lee drove off. Tom\'s mother, Rita Hale, wept. "He was kind," she said.',
            ["Rita Hale"],
        ),
        # but not when the pronoun does not fit, or someone else is named in between
        (
            'Ben Ruiz was jailed. Ruiz\'s mother also gave a statement. "I am sorry," he said.',
            ["Ben Ruiz"],
        ),
        (
            'Ruiz\'s mother gave a statement. Ann Cole spoke next. "Justice was done," she said.',
            ["Ann Cole"],
        ),
        # a quotation on its own goes on with the previous sentence's quotation, not with a
        # source that sentence names later
        (
            '"It is too early," Ana Ruiz said of reports that the Tarrow Herald had called the '
            'vote. "We will wait."',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # a first line read as a headline: its own second quotation keeps its speaker
        (
            'Shortly after 11 p.m. "We lost," Tom Okoro said in his speech. "We will be back."\n'
            "The count ended at midnight.",
            ["Tom Okoro", "Tom Okoro"],
        ),
        # "with X saying": X speaks, also a counted X or the name in an appositive
        (
            'The vote passed, with one councillor saying it was "a disgrace".',
            ["one councillor"],
        ),
        (
            'Tarrow hit back, with its mayor, Rita Hale, saying: "We will not move."',
            ["Rita Hale"],
        ),
        # the people in a photo caption are pictured, not speaking
        (
            "Ana Ruiz said the count was fair.\n\nRita Hale at the count. Picture: Ben Lee"
            '\n\n"We won it fairly," she said.',
            ["Ana Ruiz"],
        ),
        (
            "Tom Okoro said the count was fair.\n\nBen Hale at the count (Photo: Dan Lee/PA)"
            '\n\n"We won it fairly," he said.',
            ["Tom Okoro"],
        ),
        # a quotation paragraph right after "X spoke first." is X's; after any other verb, no
        (
            "Budget vote\n\nCouncillor Ana Ruiz spoke first.\n\n“This budget is a disgrace.”",
            ["Ana Ruiz"],
        ),
        ("Court\n\nTom Okoro was jailed for six years.\n\n“He ruined our lives.”", [None]),
        # a headline's "Tarrow Mayor": the mayor the story names
        (
            "Tarrow Mayor Slams 'Reckless' Budget\n\nMayor Ana Ruiz said the budget was unfair.",
            ["Ana Ruiz"],
        ),
        # "X was blunt: '...'": the person before "was"; "The message was clear:" is nobody
        ("Report\n\nAna Ruiz was blunt: “This is a scandal.”", ["Ana Ruiz"]),
        ("Report\n\nThe message was clear: “Stay home.”", [None]),
        # a quotation paragraph, then "That was the message from X" in the next paragraph
        (
            "Report\n\n“We need more beds.”\n\nThat was the message from Dr Ana Ruiz, who runs "
            "the ward.",
            ["Ana Ruiz"],
        ),
        # one unnamed person ("the 21-year-old striker", "his lawyer") can be "he" or "she"
        (
            "The 21-year-old striker told reporters he was thrilled. “It was a dream,” he said.",
            ["striker"],
        ),
        (
            "Tom Okoro was charged. His lawyer told reporters the case was weak. “My client will "
            "fight this,” she said.",
            ["lawyer"],
        ),
        # a speaker tag cut off its quotation speaks it, not a source the sentence before names
        (
            'Report\n\nAna Ruiz lives where police say cars were hit. "I am scared. Who would do '
            'this?" Ana Ruiz adds.',
            ["Ana Ruiz"],
        ),
        # a quotation that ends in "is not" or "was" does not make the verb after it passive
        ("“It is not,” said Tom Okoro.", ["Tom Okoro"]),
        (
            "“The plan is fair,” said Ana Ruiz.\n\n“I know it was,” replied Tom Okoro.",
            ["Ana Ruiz", "Tom Okoro"],
        ),
        # the name after a role speaks: "said the mayor, Ana Ruiz"
        ('"We won," said Ruiz’s lawyer, Tom Okoro, outside court.', ["Tom Okoro"]),
        # a headline's tag after a colon names its speaker, who the story names further down
        (
            "'Nobody will be left behind': Mayor's pledge\n\nMayor Ana Ruiz visited the town on "
            "Monday. She said the rebuild would start soon.",
            ["Ana Ruiz"],
        ),
        # ... but a tag that names no one is no speaker
        ("'We were robbed': Analysis of the final\n\nThe final ended 1-0 on Sunday.", [None]),
        # a cue on another line (a cut-off blurb run into the next headline) is not the quote's
        (
            "Ana Ruiz is back\n\nAna Ruiz is back. She told the paper: “I never fit in with "
            "them...\nTom Okoro’s son “saved his life”\n\nTom Okoro thinks his son saved him.",
            [None],
        ),
        # a sub-heading that trims a quotation of the story has the same speaker
        (
            "Tarrow news\n\n“We never gave up on them”\n\nThe club won on Sunday.\n\n“We never "
            "once gave up on them, not for a minute,” said coach Ana Ruiz.",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # a description opening the next sentence stands for the person just named ...
        (
            'Rita Hale was in tears on Friday. The singer and actress, 41, said she would "never '
            'sing again".',
            ["Rita Hale"],
        ),
        # ... unless it gives a role of its own, or someone else was given that role (who is
        # then the one it stands for)
        ('Tom Okoro was arrested on Monday. The officer said he "ran at us".', ["officer"]),
        (
            'Tom Okoro, the coach, left early. Ana Ruiz arrived late. The coach said it was "a '
            'long day".',
            ["Tom Okoro"],
        ),
    ],
)
def test_quote_speakers(text, expected):
    got = speakers(text)
    assert len(got) == len(expected)
    for name, want in zip(got, expected, strict=True):
        if want is None:
            assert name is None
        else:
            assert name is not None and want.lower() in name.lower(), (name, want)


def test_a_running_quote_not_taken_says_who_is_named_in_between():
    text = (
        'Vote in Tarrow\n\n"We are ready," said Ana Ruiz.\n\nTom Okoro, her rival, '
        'disagreed.\n\n"We will win it."\n\n"It is close," Okoro said.'
    )
    reason = analyze(Article(text, check_language=False)).quotes[1].speaker_reason
    assert "Ana Ruiz" in reason and "Tom Okoro" in reason


def test_unresolved_speaker_says_why():
    analysis = analyze('"Leave now," he said.')
    quote = analysis.quotes[0]
    assert quote.speaker is None and "he" in quote.speaker_reason


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Ana Ruiz warned that the bridge could fail.", "Ana Ruiz", "indirect"),
        ("Ana Ruiz, a police spokesperson, said the plan works.", "Ana Ruiz", "indirect"),
        ("The plan will fail, said the mayor of Tarrow.", "mayor of Tarrow", "indirect"),
        (
            "Officials backed a move the mayor's office says will save money.",
            "mayor's office",
            "indirect",
        ),
        (
            "A Western diplomat following the talks said no.",
            "Western diplomat following the talks",
            "indirect",
        ),
        (
            "Ana Ruiz chairs it. The council said it would review the decision.",
            "council",
            "indirect",
        ),
        ("Ana Ruiz denied any wrongdoing.", "Ana Ruiz", "indirect"),
        ("Ana Ruiz asked who had closed the road.", "Ana Ruiz", "indirect"),
        ("Ana Ruiz asked where the money went.", "Ana Ruiz", "indirect"),
        # a court or a committee hears evidence from someone
        (
            "The court heard from Tom Okoro, prosecuting, that the van was stolen.",
            "Tom Okoro",
            "indirect",
        ),
        # a verb of belief or report before a clause with no "that"
        ("Ana Ruiz thinks her dog saved her life.", "Ana Ruiz", "indirect"),
        ("Tom Okoro believes it is too late.", "Tom Okoro", "indirect"),
        ("A nurse revealed she had waited six hours.", "nurse", "indirect"),
        # a relative who is the subject of a participle, not the person they are tied to
        (
            "Tom Ruiz was jailed. Ruiz's mother wept in court, saying he was a good boy.",
            "Ruiz's mother",
            "indirect",
        ),
        # a party-and-district code between the name and the verb
        ("Rep. Ana Ruiz (D-Calif.) said the vote was rigged.", "Ana Ruiz", "indirect"),
        ('Tan Mei Ling (PH-Ipoh Barat) said it was "a farce".', "Tan Mei Ling", "partial"),
        ("Geologists think that the cave is older than the town.", "Geologists", "indirect"),
        ("Ana Ruiz paid tribute to the firefighters.", "Ana Ruiz", "indirect"),
        ("Ana Ruiz expressed frustration at the delay.", "Ana Ruiz", "indirect"),
        ("Mayor Ana Ruiz vented her frustration at the slow repairs.", "Ana Ruiz", "indirect"),
        ("Police have requested that drivers avoid the bridge.", "Police", "indirect"),
        (
            "Analysts at Rowan Bank voiced optimism about the harvest.",
            "analysts at Rowan Bank",
            "indirect",
        ),
        ('"We are done," Ana Ruiz said by phone.', "Ana Ruiz", "direct"),
        ("The plan was condemned by Amnesty International.", "Amnesty International", "indirect"),
        ('The plan was described by officials as "reckless".', "officials", "partial"),
        ("Reuters quoted Tom Okoro as saying the plan was dead.", "Tom Okoro", "indirect"),
        # a name and its role before the verb: the name after it is what was said
        ("Ana Ruiz, a lawyer, said Tom Okoro lied.", "Ana Ruiz", "indirect"),
        ("Tom Okoro lied, said Ana Ruiz.", "Ana Ruiz", "indirect"),
        (
            "Human rights advocates fear that the law will be abused.",
            "human rights advocates",
            "indirect",
        ),
        ("According to the Health Ministry, 40 people died.", "Health Ministry", "indirect"),
        (
            "The ministry of health said 40 people died, warning that more could follow.",
            "ministry of health",
            "indirect",
        ),
        ('The union called the offer "an insult."', "union", "partial"),
        ("Officials in the U.S. said the plan works.", "officials in the U.S.", "indirect"),
        ("Aides to Mr. Pryce said he was angry.", "aides to Mr. Pryce", "indirect"),
        (
            "Residents of the town of Yarrabin say the warning came late.",
            "residents of the town of Yarrabin",
            "indirect",
        ),
        ("Relatives of the men deny the charges.", "relatives of the men", "indirect"),
        (
            "People close to Ms. Marsh describe her as furious.",
            "people close to Ms. Marsh",
            "indirect",
        ),
        (
            "Jonah Reyes, a policy analyst at the rights group Open Doorways Project, pointed "
            "out that nobody agreed.",
            "Jonah Reyes",
            "indirect",
        ),
        (
            "Norwegian fund Solvik Kapital told Reuters it supported the board.",
            "Solvik Kapital",
            "indirect",
        ),
        ("The researchers found that noise harms sleep.", "researchers", "indirect"),
        (
            "Family members of the victims, all farm workers, marched to the hospital, "
            "demanding compensation.",
            "family members of the victims",
            "indirect",
        ),
        (
            "But in meetings, according to people who were there, Sen. Dale Hoskins of Idaho "
            "said the bill would fail.",
            "Dale Hoskins",
            "indirect",
        ),
        # "described X as": the describer speaks, whoever the object is
        ("The coach described Ana Ruiz as “a fine player”.", "coach", "partial"),
        # asides between the name and the verb: an age in brackets, an address, a role at
        # an organisation (which is no name, for all its capitals)
        (
            "Rita Hale (84), whose savings were taken, said she had lost all.",
            "Rita Hale",
            "indirect",
        ),
        (
            "Tom Okoro, 52, of Main Street, Tarrow, told the court he was sorry.",
            "Tom Okoro",
            "indirect",
        ),
        (
            "Tom Okoro, chief executive of Tarrow Water, admitted it had failed.",
            "Tom Okoro",
            "indirect",
        ),
        # a relative clause with its own subject: "residents who police say woke up"
        ("Ana Ruiz is one of ten residents who police say were robbed.", "police", "indirect"),
        # adverbs between a plural subject and its verb
        ("Neighbours gathered outside. They also say that he was armed.", "neighbours", "indirect"),
        # a person "of" an organisation is the person
        (
            "Dr Kwame Mensah of Tarrow University said the data were clear.",
            "Kwame Mensah",
            "indirect",
        ),
        # "went on to say", "took to Instagram to say": the subject speaks
        ("Tom Okoro went on to say the plan was dead.", "Tom Okoro", "indirect"),
        ("Ana Ruiz took to Instagram to criticise the plan.", "Ana Ruiz", "indirect"),
        # "led to X asking": X asks; and verbs met in real news
        ("This led to Councillor Ana Ruiz asking if the road was safe.", "Ana Ruiz", "indirect"),
        ("In a note, Tarrow Bank projected sales would fall.", "Tarrow Bank", "indirect"),
        ("Both coaches talked through the new rules.", "both coaches", "indirect"),
        ("Tom Okoro set out his concerns in a letter.", "Tom Okoro", "indirect"),
        ("Ana Ruiz pleaded with voters to stay calm.", "Ana Ruiz", "indirect"),
        # a verb of report before a clause with no "that"
        ("Ana Ruiz confirmed she had left the band.", "Ana Ruiz", "indirect"),
        # "is calling on": a participle after "is" is the verb, said in progress
        ("The union is calling on the mayor to resign.", "union", "indirect"),
        ("Ana Ruiz is saying that the road will stay shut.", "Ana Ruiz", "indirect"),
        ("The union was urging its members to stay at home.", "union", "indirect"),
        # "made it clear": a phrase for saying, like "pointed out"
        ("Ana Ruiz made it clear that the road would stay shut.", "Ana Ruiz", "indirect"),
        ("Many residents made it clear they feel let down.", "residents", "indirect"),
        # "now", "just", "even", "instead" between the speaker and the verb: no part of a name
        ("Ana Ruiz now says the plan is dead.", "Ana Ruiz", "indirect"),
        ("A campaign aide just said the vote was close.", "campaign aide", "indirect"),
        (
            "Tom Okoro, 35, was jailed. The 35-year-old now claims he was framed.",
            "Tom Okoro",
            "indirect",
        ),
        # ... and "described by X as": X speaks
        (
            "The plan, described by Ana Ruiz as “a mess”, was dropped.",
            "Ana Ruiz",
            "partial",
        ),
    ],
)
def test_indirect_and_partial_attributions(text, source, kind):
    analysis = analyze(Article(text, check_language=False))
    found = [(a.source.name.lower(), a.kind) for a in analysis.attributions]
    assert (source.lower(), kind) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The deportations proceeded despite a judge's order.",
        "While the policy was praised abroad, it changed little.",
        "The prison is considered the largest in the region.",
        "What have the courts said?",
        "More than 80,000 people accused of gang ties were held.",
        "The league declined to comment on Ferrie's remarks.",
        "Police found the car on Tuesday.",
        "Wealthy nations must honour their climate finance pledges.",
        "The Tigers claimed bronze on Sunday.",
        "The Rovers claimed their first trophy in a decade.",
        "The storm claimed the lives of three fishermen.",
        "The files requested by the court arrived on Monday.",
        "The team thought about it for a week.",
        "Ana Ruiz put it on the table.",
        "Ana Ruiz believed the story.",
        "The striker went ten games without finding the net for United.",
        "Ana Ruiz pleaded not guilty on Monday.",
        "Ana Ruiz is expected to announce her plans on Friday.",
        "Ana Ruiz declined to say where she was.",
        "The crowd applauded when the mayor arrived.",
        "He thanked them for their kind remarks.",
        "The company is adding staff in Tarrow.",
        "Ana Ruiz was telling jokes all night.",
        "The rules made it clear that fans could not enter.",
        "The insurance now covers claims for floods.",
    ],
)
def test_sentences_that_are_not_attributions(text):
    assert analyze(Article(text, check_language=False)).attributions == ()


def test_seed_every_quote_and_attribution_is_right():
    scores = evaluate(load_seed(), load_gold())
    assert scores["quote_f1"] == 1.0
    assert scores["quote_speaker_accuracy"] == 1.0
    assert scores["attribution_f1"] == 1.0
    assert scores["not_attributions_flagged"] == 0
    assert scores["source_type_accuracy"] == 1.0


def test_seed_sources_have_types_and_countries():
    analysis = analyze(load_seed())
    by_name = {s.name: s for s in analysis.sources}
    assert by_name["Kristi Noem"].type == "government or official"
    assert by_name["Kristi Noem"].country == "United States"
    assert by_name["Nicolas Maduro"].country == "Venezuela"
    assert by_name["human rights advocates"].unnamed
    assert not by_name["Juan Pappier"].unnamed


def _micro(paths: list[Path]) -> tuple[float, float]:
    found = right = tp = fp = fn = 0
    for path in paths:
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
        scores = evaluate(Article(path.read_text()), gold)
        found += scores["quotes_found"]
        right += round(scores["quote_speaker_accuracy"] * scores["quotes_found"])
        details = scores["details"]
        extra = sum(d.startswith("extra attribution") for d in details)
        missed = sum(d.startswith("missed attribution") for d in details)
        required = sum(not a.get("optional") for a in gold["attributions"])
        tp += required - missed
        fp += extra
        fn += missed
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return right / found, 2 * precision * recall / (precision + recall)


def test_accuracy_on_the_test_articles():
    assert len(ANNOTATED) >= 6
    speaker_accuracy, f1 = _micro(ANNOTATED)
    assert speaker_accuracy >= 0.95
    assert f1 >= 0.9


@pytest.mark.parametrize("folder", ["heldout", "blind", "unseen"])
def test_accuracy_on_articles_written_after_the_engine(folder):
    # Written by people who never saw the engine; on their first runs, before general fixes
    # to the rules, "blind" scored 0.88 / 0.86 and "unseen" 0.85 / 0.88 (speakers / F1).
    # These bounds guard against going back.
    paths = sorted((HERE / "data" / folder).glob("*.txt"))
    assert len(paths) >= 6
    speaker_accuracy, f1 = _micro(paths)
    assert speaker_accuracy >= 0.9
    assert f1 >= 0.9


def test_accuracy_on_the_teaching_corpus():
    constructed = [p for p in SEEDS if p.with_suffix("").with_suffix(".gold.json").exists()]
    assert len(constructed) >= 5
    speaker_accuracy, f1 = _micro(constructed)
    assert speaker_accuracy >= 0.95
    assert f1 >= 0.9


def test_overrides_change_type_and_side():
    analysis = analyze(load_seed()).with_overrides(
        {"Kristi Noem": {"side": "US government"}, "Carlos Carcach": {"type": "other"}}
    )
    assert analysis.source("Kristi Noem").side == "US government"
    assert analysis.quotes[0].speaker.side == "US government"
    assert analysis.attributions_per_type()["other"] == 2
    with pytest.raises(FramingError, match="No source named"):
        analysis.with_overrides({"Nobody": {"side": "x"}})
    with pytest.raises(FramingError, match="not a source type"):
        analysis.with_overrides({"Kristi Noem": {"type": "alien"}})


@pytest.mark.parametrize(
    "text",
    [
        '"Only quotes." "And more quotes." "And still more."',
        '"Unclosed quote with no speaker at all',
        "\n".join(f'Paragraph {i} said "something {i}," she said.' for i in range(1000)),
        "He said she said they said.",
        '"" "" ""',
    ],
)
def test_odd_articles_give_results_not_errors(text):
    analysis = analyze(Article(text, check_language=False))
    for quote in analysis.quotes:
        assert quote.speaker is not None or quote.speaker_reason


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"lexicon": 5}, "lexicon must be a Lexicon, not int"),
        ({"overrides": {"Ana Ruiz": "lawyer"}}, 'changes for "Ana Ruiz" as a dict'),
        ({"overrides": ["Ana Ruiz"]}, "Give the changes as a dict"),
    ],
)
def test_bad_options_get_one_plain_error(kwargs, fragment):
    with pytest.raises(FramingError, match=fragment):
        analyze("Ana Ruiz said the plan works.", **kwargs)


def test_cached_readings_change_nothing():
    """Names and phrases are read once and cached; a second reading of an article (and a
    reading of another article in between) must give exactly the first reading's result."""
    from framing.attribution import clear_caches

    def fingerprint(analysis):
        return (
            [
                (q.start, q.end, q.speaker and q.speaker.name, q.speaker_reason)
                for q in analysis.quotes
            ],
            [(a.sentence, a.source, a.kind, a.cues) for a in analysis.attributions],
            [(s, s.mentions, s.role) for s in analysis.sources],
        )

    texts = [path.read_text(encoding="utf-8") for path in [*ANNOTATED[:3], *SEEDS[:2]]]
    clear_caches()
    cold = [fingerprint(analyze(text)) for text in texts]
    warm = [fingerprint(analyze(text)) for text in reversed(texts)][::-1]
    assert warm == cold


def test_sources_named_at_one_place_come_in_the_same_order_in_every_run():
    """Python orders a set of names differently in each process; the sources' order must
    not follow it (two sources named at one place come in the order of their names)."""
    text = "J.P. Morgan analysts said the bank would grow. J.P. Morgan said it was pleased."
    code = (
        "from framing import Article, analyze\n"
        f"print([s.name for s in analyze(Article({text!r}, check_language=False)).sources])"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=False,
        )
        for seed in (1, 2, 3)
    ]
    assert all(run.returncode == 0 for run in runs), [run.stderr for run in runs]
    assert {run.stdout for run in runs} == {"['J.P. Morgan', 'J.P. Morgan analysts']\n"}


def test_a_headline_quote_takes_the_speaker_of_the_same_words_in_the_story():
    text = (
        "'We lost everything': residents count the cost as council defends warnings\n"
        "YARRABIN - The flood came fast. 'We lost everything in an hour,' said Ana Ruiz, "
        "who runs a cafe. The council defended its warnings."
    )
    headline_quote = analyze(Article(text, check_language=False)).quotes[0]
    assert headline_quote.speaker is not None and headline_quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # the headline's apostrophe straight, the story's curly, and the reverse
        (
            "'It's too late': ferry users fear for the route",
            "“It’s too late for us,” said Ana Ruiz.",
        ),
        (
            "‘We’re not moving’: tenants dig in",
            '"We\'re not moving, not for anyone," said Ana Ruiz.',
        ),
    ],
)
def test_a_headline_quote_is_the_same_words_whatever_its_apostrophes(headline, body):
    text = f"{headline}\nThe ferry runs twice a day.\n{body}"
    headline_quote = analyze(Article(text, check_language=False)).quotes[0]
    assert headline_quote.speaker is not None and headline_quote.speaker.name == "Ana Ruiz"


def test_a_partial_quote_in_a_headline_keeps_the_headline_speaker():
    text = (
        "Castlereach rejects Tandem bid as 'opportunistic'\n"
        'Castlereach Resources on Monday rejected the bid. "The offer is opportunistic," '
        "chair Helen Aubry said."
    )
    headline_quote = analyze(Article(text, check_language=False)).quotes[0]
    assert headline_quote.speaker is not None and "Castlereach" in headline_quote.speaker.name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Online retailer Castlegate cut pay. Castlegate said the cut was fair.",
            "Castlegate",
            "business",
        ),
        ('Brightloop said it was hacked. "Sorry," the company said.', "Brightloop", "business"),
        # a role word before the name, even with a comma between them
        (
            '"The road is gone," Dunmore resident, Ivo Brandt said.',
            "Ivo Brandt",
            "affected person or family",
        ),
        # a description after the name, its article and an age aside
        (
            '"It is rare," said Mina Osei, the astronomer who led the study.',
            "Mina Osei",
            "expert or academic",
        ),
        (
            '"Salt is the problem," said Tom Vale, 41, a nutritionist in Leeds.',
            "Tom Vale",
            "expert or academic",
        ),
        (
            '"He lied," said Ana Ruiz, mother of one defendant.',
            "Ana Ruiz",
            "affected person or family",
        ),
        ('"He knew," said Jo Pike, prosecuting.', "Jo Pike", "lawyer"),
        # a relative clause that says where the person lives
        (
            '"It came over the wall twice," said Ana Ruiz, 71, whose bungalow sits by the shore.',
            "Ana Ruiz",
            "affected person or family",
        ),
        (
            '"I was scared," said Lee Hart, who lives on the estate.',
            "Lee Hart",
            "affected person or family",
        ),
        # a role word read with the word before it: a team's captain, a person's rep
        ('"We were poor," Kenya captain Ali Omondi said.', "Ali Omondi", "other"),
        ('"We held the line," army captain Ali Omondi said.', "Ali Omondi", "police or military"),
        ('"She is resting," said Ana Ruiz, the singer\'s rep.', "Ana Ruiz", "other"),
        (
            '"Costs rose," said Brill Haulage Federation, an industry group.',
            "Brill Haulage Federation",
            "business",
        ),
        # a title before the longer name a short name ends, and a role word's own modifier
        (
            "There was a heated exchange between Councilor Ed Nel and Mayor Ravi Rathor. "
            '"Is he dreaming?" said Rathor.',
            "Rathor",
            "politician",
        ),
        (
            "SES Commissioner, Lena Holt said the river had peaked.",
            "Lena Holt",
            "government or official",
        ),
        (
            '"He was kind," his heartbroken mum Rita told reporters.',
            "Rita",
            "affected person or family",
        ),
        (
            '"It is clear," noted Ida Berg, a co-author of the paper.',
            "Ida Berg",
            "expert or academic",
        ),
        # a clause after the name is not a description of it
        ("Ana Ruiz, 30, said she has a small group of friends.", "Ana Ruiz", "other"),
        (
            '"The beds are full," said Ana Ruiz, a consultant at Tarrow General.',
            "Ana Ruiz",
            "expert or academic",
        ),
        # a campaign named after a person is a candidate's; a group's campaign is not
        (
            '"We will win," said Lyle campaign spokeswoman Ana Ruiz.',
            "Ana Ruiz",
            "politician",
        ),
        (
            '"Save the trees," said Ana Ruiz, a Greenpeace campaign organiser.',
            "Ana Ruiz",
            "advocacy group",
        ),
        # a party code in brackets after the name: a legislator
        ("Dana Holt (R-Texas) said the bill would fail.", "Dana Holt", "politician"),
        ("Lim Wei Seng (DAP-Kota Baru) asked who had shut the gate.", "Lim Wei Seng", "politician"),
        # role and organisation words of source_words.csv, one sentence each (issue 15, acc5)
        ('"The gate was open," said Prosecutor Dan Hale.', "Dan Hale", "lawyer"),
        ("The prosecution called the sentence too short.", "prosecution", "lawyer"),
        ("Suppliers said orders had doubled since May.", "Suppliers", "business"),
        (
            "One of her supporters said the count was slow.",
            "one of her supporters",
            "affected person or family",
        ),
        (
            '"We are worn out," said Mia Cole, a ward nurse.',
            "Mia Cole",
            "affected person or family",
        ),
        (
            '"The line was long," said Tim Ross, a history junior.',
            "Tim Ross",
            "affected person or family",
        ),
        ('"Order," said House Speaker Ana Ruiz.', "Ana Ruiz", "politician"),
        ("The bridge was shut, according to media reports.", "media reports", "media"),
        ("The Harbour Herald reported that the pier had closed.", "Harbour Herald", "media"),
        ("The Nikkei Asian Review reported that orders rose.", "Nikkei Asian Review", "media"),
        ("Doyle Brack LLP alleges that the bank misled savers.", "Doyle Brack LLP", "lawyer"),
        # a man or a woman the text does not name or describe: a member of the public
        (
            "The wait was long, a man from Stoke said.",
            "man from Stoke",
            "affected person or family",
        ),
        ('"We were told to wait," one woman said.', "one woman", "affected person or family"),
        # an official is their body's; a credit union is a bank; a post is no newspaper
        ('"We will strike," said union official Ana Ruiz.', "Ana Ruiz", "advocacy group"),
        (
            '"Costs rose," said an official of the contractor firm.',
            "official of the contractor firm",
            "business",
        ),
        ("Officials said the road was closed.", "Officials", "government or official"),
        ("The Harbour Credit Union said savings were safe.", "Harbour Credit Union", "business"),
        ("One widely shared post claimed the mayor had quit.", "One widely shared post", "other"),
        # a president or secretary of a body is the body's; alone, the government's
        ('"Costs rose," said Ana Ruiz, president of the company.', "Ana Ruiz", "business"),
        (
            '"We will strike," said Ana Ruiz, general secretary of the union.',
            "Ana Ruiz",
            "advocacy group",
        ),
        (
            '"We are ready," said Ana Ruiz, president of Amnesty International.',
            "Ana Ruiz",
            "advocacy group",
        ),
        ('"We are ready," said President Ana Ruiz.', "Ana Ruiz", "government or official"),
        # a council named for the people it speaks for; a city's council governs
        (
            '"The sentence is too light," said Orla Hayes, director of the Harbour Women\'s '
            "Council.",
            "Orla Hayes",
            "advocacy group",
        ),
        (
            "The city's council said the road would reopen.",
            "city's council",
            "government or official",
        ),
        (
            "The Harbour Parents' Association said the fees were too high.",
            "Harbour Parents' Association",
            "advocacy group",
        ),
        # a role with no type of its own takes the body it is of, unless a title says more
        (
            '"We are proud," said Ana Ruiz, director of the Harbour Ministry.',
            "Ana Ruiz",
            "government or official",
        ),
        # an officer of an administration or a company; news organisations
        (
            '"The plan is late," said chief administrative officer Ana Ruiz.',
            "Ana Ruiz",
            "government or official",
        ),
        ('"Sales rose," said chief financial officer Ana Ruiz.', "Ana Ruiz", "business"),
        ("Several news organizations said the race was over.", "news organizations", "media"),
        # the type from the whole text (attribution/source_types.py), rule by rule
        # 1. a relative named by their tie is family, whatever their job
        (
            "Omar's father, Harbour City's Police Chief Sam Lee, recalled the night. \"I found "
            'him," Lee said.',
            "Sam Lee",
            "affected person or family",
        ),
        # 2. the role word right before the name, not the first telling word of a long prefix
        (
            "Driving round the shire as floodwater drained away Harbour Valley Shire Council "
            "mayor Peter Blundell conceded fewer farms were hit.",
            "Peter Blundell",
            "politician",
        ),
        # ... and a noun behind a comma only when it names a person: not "the court, Tom Lee"
        (
            "Asked by the judge whether he wished to address the court, Tom Lee stood and said "
            "he was sorry.",
            "Tom Lee",
            "other",
        ),
        # 4. a role with no type of its own takes the body it is of; a body left does not count
        (
            '"We won," said Jo Tait, winner of the race for U.S. Congress.',
            "Jo Tait",
            "politician",
        ),
        (
            'Tom Lee, 28, formerly of Leeds Police, threw away the bags. "I was wrong," Lee said.',
            "Tom Lee",
            "other",
        ),
        # ... or the person it speaks for, as the text describes them elsewhere
        (
            'Governor candidate Meg Whitman lost. "The polls were wrong," said Andrea Ruiz, '
            "a Whitman spokeswoman.",
            "Andrea Ruiz",
            "politician",
        ),
        (
            'Senator Dana Pryce voted no. "She will not change her mind," said Tom Lee, an aide '
            "to Ms Pryce.",
            "Tom Lee",
            "politician",
        ),
        # ... but after an honorific (Dr., Prof.) the job after the name comes first
        (
            '"The clinic will close," said Dr. Ana Ruiz, a city councillor.',
            "Ana Ruiz",
            "politician",
        ),
        (
            '"Wards are full," said Dr Tom Lee, president of the Royal College of Nursing.',
            "Tom Lee",
            "expert or academic",
        ),
        ('"Be brave," said guest speaker Ana Ruiz.', "Ana Ruiz", "other"),
        # 5. a body the person leads
        (
            "Biden spoke to Okoro. Okoro's office said he told the U.S. president that talks "
            "would go on.",
            "Okoro",
            "government or official",
        ),
        (
            'The Ross campaign rented a hall for the night. "It was close," said Doug Ross.',
            "Doug Ross",
            "politician",
        ),
        (
            'The Okoro government closed the border. "We had no choice," said Sam Okoro.',
            "Sam Okoro",
            "government or official",
        ),
        # 6. a longer name the one-word name starts
        (
            "Shares of Brillo Logic Inc. soared. For the quarter, Brillo said it expects sales "
            "of $65 million.",
            "Brillo",
            "business",
        ),
        # 7. a country speaking by its name
        (
            'Hamas fired rockets and Israel vowed to keep up the strikes. "We will respond," '
            "Israel said.",
            "Israel",
            "government or official",
        ),
    ],
)
def test_a_type_from_how_the_text_describes_a_source(text, name, kind):
    analysis = analyze(Article(text, check_language=False))
    assert analysis.source(name).type == kind


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("director of the Harbour Ministry", "government or official"),
        ("winner of the race for U.S. Congress", "politician"),
        # a telling word before the body decides: a sergeant with a police department
        ("Sgt. Ana Ruiz with the Harbour Health Department", "police or military"),
        ("a nurse at the Harbour Health Department", "affected person or family"),
    ],
)
def test_a_role_with_no_type_of_its_own_takes_the_body_it_is_of(description, kind):
    assert type_of(description) == kind


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("a heart surgeon", "expert or academic"),
        ("a local historian", "expert or academic"),
        ("a Democratic strategist", "expert or academic"),
        ("a volunteer firefighter", "government or official"),
        ("the county coroner", "court"),
        ("a state trooper", "police or military"),
        ("a city alderman", "politician"),
        ("a first-time voter", "affected person or family"),
        ("a retired fisherman", "affected person or family"),
        ("a property investor", "business"),
        ("a newspaper columnist", "media"),
    ],
)
def test_an_occupation_after_a_name_gives_its_type(role, kind):
    """General English occupations of data/source_words.csv, each with its guideline type."""
    text = f'"It was the worst I have seen," said Nadia Brook, {role}.'
    assert analyze(Article(text, check_language=False)).source("Nadia Brook").type == kind


def test_a_newspaper_word_types_a_source_without_joining_page_clutter_to_its_name():
    """ "Review" types "the Harbour Asian Review" as media; it does not end every run of
    capitalised words, so a "Key Points" box above it stays out of the name."""
    text = (
        "Shares rose\n\nKey Points\n  • The Harbour Asian Review reports that Brillo asked "
        "suppliers for more parts.\n\nShares of Brillo rose after the Harbour Asian Review "
        "reported the company is adding staff."
    )
    sources = analyze(Article(text, check_language=False)).sources
    assert [(s.name, s.type) for s in sources] == [("Harbour Asian Review", "media")]


@pytest.mark.parametrize("name", ["Emily", "Kelly", "Donnelly"])
def test_a_lone_name_ending_like_an_adverb_is_still_a_name(name):
    analysis = analyze(
        Article(f"Sean {name} runs the shop. {name} said rents doubled.", check_language=False)
    )
    assert [a.source.name for a in analysis.attributions] == [f"Sean {name}"]


def test_shouted_capitals_are_no_name_for_a_pronoun():
    text = "REALITY TV star Tom Reed hid the money from his ex-wife, she told a judge."
    attributions = analyze(Article(text, check_language=False)).attributions
    assert all(a.source.name != "REALITY TV" for a in attributions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tyrell “Smoke” Jennings runs the gym. “We train,” Jennings said.", "Tyrell Jennings"),
        ("Ana 'Ace' Ruiz runs the gym. Ruiz said members doubled.", "Ana Ruiz"),
    ],
)
def test_a_quoted_nickname_splits_a_name(text, name):
    analysis = analyze(Article(text, check_language=False))
    assert [s.name for s in analysis.sources] == [name]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor said " + "said " * 20_000, "mayor"),
        ("Ana Ruiz said Tom Brook said " * 3_500, "Ana Ruiz"),
        ("The mayor said: " * 6_250, "mayor"),
        ("The mayor - a man - said " * 4_000, None),
        ('He said "this is ' * 5_900, None),
        # a transcript: 2,500 paragraphs that are each a different quotation (every one was
        # compared with every other, for a headline's or a pull quote's repeat: 44 s)
        (
            "".join(f"\u201cLine {i} of the speech, part {i % 7}.\u201d\n\n" for i in range(2_500)),
            None,
        ),
        # 1,600 titles opened by a body's short name, each body's full name looked for in
        # the text (the whole text once a title: 25 s at 200 k characters)
        (
            "".join(f"Body{i} Senior Vice President Ana Ruiz said so.\n\n" for i in range(1_600)),
            "Ana Ruiz",
        ),
    ],
)
def test_long_repetitive_text_is_analysed_in_seconds(text, source):
    """Cost grows with the text: 100 k characters of the inputs of issue 14 finish in seconds
    (each took from seconds to minutes when every verb re-read its whole sentence)."""
    analysis = analyze(Article(text, check_language=False))
    names = {a.source.name for a in analysis.attributions}
    assert (source in names) if source else analysis.text == text


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Det.", "police or military"),
        ("Det. Insp.", "police or military"),
        ("Sgt.", "police or military"),
        ("Lt.", "police or military"),
        ("Insp.", "police or military"),
        ("Supt.", "police or military"),
        ("Gen.", "police or military"),
        ("Rep.", "politician"),
        ("Sen.", "politician"),
        ("Cllr", "politician"),
        ("Coun.", "politician"),
        ("Cr", "politician"),
        ("Atty.", "lawyer"),
        ("Gov.", "government or official"),
        ("Lt. Gov.", "government or official"),
        ("Prof.", "expert or academic"),
    ],
)
def test_an_abbreviated_title_describes_the_person_after_it(title, kind):
    """One list of titles (data/titles.csv): the title neither ends the sentence nor joins
    the name, and it gives the source its type."""
    text = (
        f'Police sealed the road. {title} Sam Cole said the driver fled. "He was fast," Cole added.'
    )
    analysis = analyze(Article(text, check_language=False))
    assert len(analysis.sentences) == 3
    assert [(s.name, s.type, s.role) for s in analysis.sources] == [("Sam Cole", kind, title)]
    assert analysis.quotes[0].speaker.name == "Sam Cole"


@pytest.mark.parametrize(("reason", "example"), sorted(NOT_A_CUE.items()))
def test_each_rule_against_a_cue_has_a_sentence_where_it_applies(reason, example):
    """NOT_A_CUE names each rule that keeps a listed word from being a cue; its example
    sentence gets that reason for a candidate, and no attribution."""
    article = Article(example, check_language=False)
    finder = CueFinder(Page.read(article, None))
    reasons = [why for s in article.sentences for _, why in finder.cue_candidates(s)]
    assert reason in reasons
    assert not analyze(article).attributions


@pytest.mark.parametrize(("reason", "example"), sorted(NOT_A_SOURCE.items()))
def test_a_source_is_always_a_source(reason, example):
    """NOT_A_SOURCE names each phrase that is no source (a number, a date word, a party code,
    a clause); its example gives no such source, and a quotation keeps speaker=None with the
    rule's reason."""
    analysis = analyze(Article(example, check_language=False))
    assert not analysis.sources
    for quote in analysis.quotes:
        assert quote.speaker is None and quote.speaker_reason == reason


@pytest.mark.parametrize(
    ("example", "reason"),
    [
        ('"Run," Two said.', NUMBER),
        # ("the depot received 850 calls" is no cue at all now: a number makes "calls" a noun)
        ('"Help," 850 shouted.', NUMBER),
        ('"Stay," having said.', FUNCTION_WORD),
        ('"It is over," the coach should stay said.', CLAUSE),
        ('"We lost," the officers as they attempt to cope said.', CLAUSE),
        ('"We lost," 11:40 p.m. said.', DATE),
        ('"We won," ET said.', DATE),
    ],
)
def test_more_phrases_that_are_no_source(example, reason):
    """More cases of the NOT_A_SOURCE rules: a number word, a count, a participle, a modal."""
    analysis = analyze(Article(example, check_language=False))
    assert [q.speaker_reason for q in analysis.quotes if q.speaker is None] == [reason]
    assert not [s.name for s in analysis.sources if why_not_a_source(s.name)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will fix it," said Deputy Mayor Karen Whitfield at a press conference '
            "outside City Hall.",
            "Karen Whitfield",
        ),
        ('"It is over," said the coach in a statement on Monday.', "coach"),
        ('"No," said Ana Ruiz, D-Queens.', "Ana Ruiz"),
        ('The rally drew 40,000 people. "We are tired," said Ana Ruiz.', "Ana Ruiz"),
        # a date after the speaker is not part of its name
        ('The union on 12 September said the firm "walked away" from talks.', "union"),
        ('The union on March 3 said the firm "walked away" from talks.', "union"),
    ],
)
def test_the_speaker_of_an_inverted_verb_ends_before_where_they_spoke(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("headline", "attributed"),
    [
        ("Council Rejects Budget Plan", False),
        ("Castlereach rejects Tandem bid as 'opportunistic'", True),
        ("Mayor Warns Of Deep Cuts", True),
    ],
)
def test_a_headline_verb_of_acting_is_no_attribution(headline, attributed):
    analysis = analyze(Article(headline + "\nThe vote was held on Tuesday.", check_language=False))
    assert any(a.sentence == 0 for a in analysis.attributions) == attributed


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # of two people with one surname, the one named last...
        (
            "The field flooded twice (Provided: Ben Hale). Farmer Tom Hale lost his crop. "
            '"It is ruined," Mr. Hale said.',
            "Tom Hale",
        ),
        # ...unless the text already calls the other one by it
        (
            "Dan Roe was jailed on Monday. Roe wept in the dock. His brother, Sam Roe, said the "
            'family knew nothing. Asked if he had anything to say, Roe said: "I am sorry."',
            "Dan Roe",
        ),
    ],
)
def test_a_surname_two_people_share(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Carmaker Velto said it would cut jobs. "The plan is unfair," the union said.', "union"),
        (
            'The Drivers Union said Velto broke its word. "They walked out," the union said.',
            "Drivers Union",
        ),
        ('Velto said it would cut jobs. "It is fair," the company said.', "Velto"),
    ],
)
def test_a_description_never_points_to_an_organisation_of_another_kind(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[0]
    assert quote.speaker is not None and quote.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Home minister Hamid Zakaria faced questions. Hamid said the road was shut. "Nobody '
            'could enter," he said.',
            "Hamid Zakaria",
        ),
        ('Two women spoke, Rita Byrne and Ann Lowe. "He was kind," Rita said.', "Rita Byrne"),
        # two people with that first name: no guess
        ('Rita Byrne spoke first. Later, Rita Lowe spoke. "He was kind," Rita said.', "Rita"),
    ],
)
def test_a_first_name_is_the_one_person_named_with_it(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "credit",
    ["Photos by Steve Reed", "The flooded road - Pic By Steve Reed", "Picture: Steve Reed"],
)
def test_a_photo_credit_names_no_one_a_pronoun_points_to(credit):
    text = (
        f"The storm killed thousands.\n\n{credit}\n\n"
        "Rome-based Cardinal Lio Mbeki visited the town and led a mass. Speaking later, the "
        'visitor said words may not be enough.\n\n"Everyone is hurting," he said.'
    )
    quote = analyze(Article(text, check_language=False)).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == "Rome-based Cardinal Lio Mbeki"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural of people is no one person, nor a body whose name holds the word
        (
            '"We will not stop," said Ana Ruiz, president of the Garment Workers\' Union. '
            "Although the owners agreed to a raise of 5 percent, the workers refused it, "
            'calling it "an insult."',
            "workers",
        ),
        # a group named by the word is still described by it
        (
            '"Demand will fall," said the Deutsche Bank analysts. '
            'The analysts said the report was "worrying."',
            "Deutsche Bank analysts",
        ),
    ],
)
def test_a_plural_description_is_a_group(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the paragraph before, a given name after a capitalised word, is
        # "she" rather than the speaker before them
        (
            '"We need more callers," said Ana Ruiz, the director.\n\n'
            "Octogenarian Mary, a carer who has two sons, rings the office each week.\n\n"
            'She said: "The calls keep me going."',
            "Octogenarian Mary",
        ),
        # a person of a body, named after its possessive, is no thing the body owns
        (
            '"Stocks are low," said Ana Ruiz, the mayor.\n\n'
            "In Lagos, Oxfam's Tom Okoro is visiting the camps.\n\n"
            '"People need water," he says.',
            "Oxfam's Tom Okoro",
        ),
        # a name of unknown kind with no given name that fits stays the last resort
        (
            '"We lost again," said Tom Okoro, the coach.\n\nHarbour Rovers lost on Saturday.\n\n'
            'He said: "The players are tired."',
            "Tom Okoro",
        ),
    ],
)
def test_a_pronoun_is_the_person_who_opens_the_sentence_before(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Cr Tom Gangell spoke at length. He said he backed the motion. "
            '"I have discussed this with Councillor Renée Ruiz," he said.',
            "Tom Gangell",
        ),
        ('The mayor spoke. "I have talked to Councillor Renée Ruiz about it," she said.', None),
    ],
)
def test_a_pronoun_is_never_someone_named_inside_the_quotation(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "sentence", "not_the_speaker"),
    [
        (
            "“Sales are up,” Ana Ruiz said on Monday. Analysts said the slowdown raises "
            "concerns about jobs.",
            1,
            "Ana Ruiz",
        ),
    ],
)
def test_a_thing_described_is_not_the_last_person_who_spoke(text, sentence, not_the_speaker):
    analysis = analyze(Article(text, check_language=False))
    names = [a.source.name for a in analysis.attributions if a.sentence == sentence]
    assert names and not_the_speaker not in names, names


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a speaker tag the splitter cut off its quotation adds no sentence of its own
        ('Report\n\n"We will win. I know it!" Ana Ruiz adds.\n\nTom Okoro left.', [1]),
        # ... and it speaks the quotation, not a source in the sentence before
        (
            'Report\n\nAna Ruiz lives on a street where police say cars were hit. "I am scared. '
            'Who would do this?" Ana Ruiz adds.',
            [1, 2],
        ),
        # a sentence with words of its own after a quotation still counts
        ('Report\n\n"We will win!" Ana Ruiz adds that the vote is close.', [1, 2]),
    ],
)
def test_a_speaker_tag_split_off_its_quotation(text, sentences):
    analysis = analyze(Article(text, check_language=False))
    assert sorted({a.sentence for a in analysis.attributions}) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between a description and its verb is no part of the speaker phrase
        ('The panel first described the plan as "a mess".', ["panel"]),
        ('The tribunal then said, "The appeal fails."', ["tribunal"]),
        ('The tribunal then heard the appeal and said, "It fails."', ["tribunal"]),
        # a sentence that opens with "And" and the verb goes on with the sentence before's subject
        ('Judge Ana Ruiz said the plea was weak. And asked, "Why grant bail?"', ["Ana Ruiz"]),
        # ... and with nobody before it, "And" is no speaker
        ('The rain stopped. And asked, "Why grant bail?"', [None]),
        # a question inside indirect speech is no speaker phrase ("have you")
        ('The judge asked why have you written that, "We will pay."', [None]),
    ],
)
def test_speaker_phrase_without_leftover_words(text, expected):
    """Adverbs ("first", "then"), an opening "And" and a question's words are not speakers."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document speaks for its author: whoever the text says issued it
        (
            'In a letter to the board, Ana Ruiz said the fund was "empty". '
            '"I was misled," the letter said.',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        (
            'Tom Okoro wrote a statement for the court. "I am sorry," the statement said.',
            ["Tom Okoro"],
        ),
        # ... and no one when the text does not say who issued it
        ('The fire spread fast. "Stay indoors," the statement said.', [None]),
    ],
)
def test_a_document_speaks_for_its_author(text, expected):
    """ "the statement said" is the statement's author, or None with a reason; never "statement"."""
    assert speakers(text) == expected
    analysis = analyze(Article(text, check_language=False))
    assert all("statement" not in s.name and "letter" not in s.name for s in analysis.sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that otherwise needs a clause ("observed that") closes a quotation's tag
        ('"We cannot aid you," the bench observed.', ["bench"]),
        ('"It was a shock," the coach recalled, "and it still is."', ["coach", "coach"]),
        # ... but not when the quotation is a term in the writer's sentence
        ('The "rebels" recalled their envoy.', [None]),
        # verbs that report only as a tag: "continued", "interrupted"
        ('"The story is hers," Lilly Jay continued.', ["Lilly Jay"]),
        ('"Are you for it?" Mayor Ana Ruiz interrupted.', ["Ana Ruiz"]),
        ('The strike continued for a "long" week.', [None]),
    ],
)
def test_tag_after_a_quotation(text, expected):
    """`"...," the bench observed.`: the subject and verb right after a quotation speak it."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description stands for the person the text gave that role beside their name,
        # or a word for it ("the boss" for a manager), not for the last person named
        (
            "Manager Tom Okoro watched the loss. Rovers scored through defender Sam Cole. "
            'The boss says his side "did not do enough".',
            ["Tom Okoro"],
        ),
        (
            "Ana Ruiz, the club captain, spoke after the match. Tom Okoro scored twice. "
            '"We were poor," the captain said.',
            ["Ana Ruiz"],
        ),
        # ... never someone who only spoke to that role ("told the bench")
        (
            'Ana Ruiz told the bench the man was in custody. "Why the delay?" the bench asked.',
            ["bench"],
        ),
    ],
)
def test_description_for_the_role_given_beside_a_name(text, expected):
    """ "The boss says" after "Manager Tom Okoro": the role word beside a name, or its synonym."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quotations back to back in one paragraph, with no cue, go on with one speaker
        (
            '"We lost," Ana Ruiz told reporters. "It was hard." "We tried our best." '
            '"The pitch was slow." "There will be tired legs."',
            ["Ana Ruiz"] * 5,
        ),
        # ... but narration between them breaks the run
        (
            '"We lost," Ana Ruiz told reporters. "It was hard." The rain fell all day. '
            'Tom Okoro said nothing. "We tried our best."',
            ["Ana Ruiz", "Ana Ruiz", None],
        ),
    ],
)
def test_back_to_back_quotations_keep_their_speaker(text, expected):
    """`"...." "...."` in one paragraph: the run of one speaker's quotations."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a translation in brackets repeats the quotation before it: the same speaker
        (
            'Ana Ruiz spoke in Spanish. "Nos vamos," she said.\n[Translation: "We are leaving."]',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # any other bracketed label names no one
        ('[Audio: "We will stay."]', [None]),
    ],
)
def test_translation_in_brackets(text, expected):
    """ "[Translation: "..."]" speaks for the quotation it translates, never "[Translation"."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare role and the body it is of, both set off by commas, before the verb
        ('Ana Ruiz, mayor, Tarrow Council, said the plan was "dead".', ["Ana Ruiz"]),
        ('"It is over," Tom Okoro, spokesman, Tarrow Police, told reporters.', ["Tom Okoro"]),
        # a description between commas is no bare role ("the mayor" is the speaker's aside)
        ('Ana Ruiz, the mayor, said the plan was "dead".', ["Ana Ruiz"]),
    ],
)
def test_bare_role_aside(text, expected):
    """ "C.B. Bhave, chairman, Securities and Exchange Board of India, told": the name speaks."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anonymous source is one of the unnamed sources, never the outlet that reports them
        (
            'According to Page Six, sources say she lied. "She lies," says the insider.',
            ["sources"],
        ),
        # "According to X, <clause>": the clause after the comma is no role of X
        ('According to Page Six, sources say she lied. "No," said Page Six.', ["Page Six"]),
    ],
)
def test_anonymous_source_after_an_outlet(text, expected):
    """ "says the insider" after "According to Page Six, sources say": the sources."""
    assert speakers(text) == expected
    analysis = analyze(Article(text, check_language=False))
    assert all(
        source.role in (None, "") for source in analysis.sources if source.name == "Page Six"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of reporting before a bare plural subject and its verb: a clause with no "that"
        (
            'Police confirmed residents had called them about the "party" but said officers '
            'stayed away over "disorder" fears.',
            ["Police", "Police"],
        ),
        # "called them about": a phone call, so the callers did not say the quoted words
        ('Ana Ruiz said neighbours called her about the "noise".', ["Ana Ruiz"]),
    ],
)
def test_bare_plural_clause_and_phone_calls(text, expected):
    """ "Police confirmed residents had called them about the "…"": the police's words."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" after two people named together as the subject: the first named speaks
        # (a quotation has one speaker), not a group named further back
        (
            "Neighbours gathered outside. Waqas Hussain, 32, and Haleema Younas, 34, live "
            'nearby. They said the man was "a model neighbour".',
            ["Waqas Hussain"],
        ),
        # ... only as the subject: two people met by the subject are not "they"
        ('The protesters met Ana Ruiz and Tom Okoro. "We are angry," they said.', ["protesters"]),
    ],
)
def test_they_after_two_people_named_together(text, expected):
    """ "X, 32, and Y, 34, live nearby. They said ...": X."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "have since condemned": "since" between a subject and its verb is an adverb
        ('Three were hurt in what police have since condemned as a "vile" attack.', ["police"]),
        # "labelling" a thing with quoted words, after a comma: the main subject's words
        ('Coach Ana Ruiz criticised her side, labelling it "the worst of the year".', ["Ana Ruiz"]),
        # an adverb in -ly before "calls" keeps it a verb (not "the calls")
        ('One scientist derisively calls it a "self-appointed watchdog".', ["one scientist"]),
        # do-support: "did gush that"
        ('Ana Ruiz did gush that the show was "extremely happy".', ["Ana Ruiz"]),
        # but "called off" is a cancellation
        ('The union has since called off the "indefinite" strike.', [None]),
    ],
)
def test_more_cues_read(text, expected):
    """Cues the engine missed: "since", "labelling", "derisively calls", "did gush"."""
    assert speakers(text) == expected


def test_according_to_after_a_quotation_reports_its_own_clause():
    """A quotation paragraph is not given to the next sentence's "According to X, <clause>":
    that cue reports its own clause; the running speaker goes on."""
    text = (
        '"We will win," Ana Ruiz said.\n\nTom Okoro is a reporter for the paper.\n\n'
        '"It is a problem and it must end."\n\n'
        "According to reports, the strike could cost millions."
    )
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_people_described_are_not_a_statement():
    """ "The owners said" after "A media statement ... said": the owners, not the statement."""
    text = (
        "A media statement following the meeting said the leaders were not involved. "
        'The owners said the protests were part of "a bigger conspiracy".'
    )
    assert speakers(text) == ["owners"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one woman" is never "he" (nor "a man" "she")
        (
            '"They lied," said one woman, but Mayor Tom Okoro spoke up. "No, they did not," he '
            "said.",
            ["one woman", "Tom Okoro"],
        ),
        ('"Go home," a man shouted at Ana Ruiz. "I will not," she said.', ["man", "Ana Ruiz"]),
    ],
)
def test_a_noun_that_says_a_persons_sex(text, expected):
    """ "one woman", "a man": the pronoun that follows must fit them to be theirs."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inverted "described" after a quotation is its tag, not "a name given to something"
        ('"A wall is gone," described Jack Maddox.', ["Jack Maddox"]),
        ("The app has a feature called Familiar Faces.", []),
        # a name, then "from" and where they are from: the name speaks
        ('"It is over," said Tom Okoro from the crowd.', ["Tom Okoro"]),
        ('"It is over," said Ana Ruiz from Tarrow University.', ["Ana Ruiz"]),
    ],
)
def test_inverted_described_and_name_from(text, expected):
    """`"...," described Jack Maddox` and `said Ana Ruiz from Tarrow University`."""
    assert speakers(text) == expected


def attributed_to(text: str) -> list[str]:
    """The source of each attribution the engine finds, in the order it finds them."""
    from framing.attribution import attribute

    return [a.source.name for a in attribute(Article(text, check_language=False)).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to him/her/them": the object pronoun points back like "he", "she", "they"
        (
            "Mayor Tom Okoro spoke at the depot. According to him, the buses are late. "
            '"We need more drivers," he said.',
            ["Tom Okoro", "Tom Okoro"],
        ),
        (
            "Ana Ruiz chairs the board. According to her, the school will close.",
            ["Ana Ruiz"],
        ),
        ("The nurses met on Friday. According to them, the ward is full.", ["nurses"]),
    ],
)
def test_according_to_an_object_pronoun(text, expected):
    """ "According to him" is "he" said it: the person named before, never a source "him"."""
    assert attributed_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma inside a number ends no aside: the body before it speaks
        (
            "The Tarrow Nurses Union, representing some 140,000 nurses, mostly in cities, "
            "said the plan would fail.",
            ["Tarrow Nurses Union"],
        ),
        ("The union, which represents 40,000 nurses, said the wards were full.", ["union"]),
        ("Ana Ruiz, who manages 1,200 workers, said the plant would stay.", ["Ana Ruiz"]),
    ],
)
def test_a_number_in_an_aside_is_no_source(text, expected):
    """ "representing some 140,000 doctors": never a source "000 doctors"."""
    assert attributed_to(text) == expected


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("000 doctors", NUMBER),
        ("She said", CLAUSE),
        ("they told", CLAUSE),
        ("40 nurses", None),
        ("One", NUMBER),
        ("one resident", None),
        # a number and any speech verb's past or present form (data/speech_verbs.csv)
        ("One wrote", CLAUSE),
        ("Two claimed", CLAUSE),
        ("One warns", CLAUSE),
        ("One Direction", None),
        ("Speaking on Tarrow Radio on Monday night", OPENING_PARTICIPLE),
        ("Writing in the Tarrow Times", OPENING_PARTICIPLE),
        ("Sterling", None),
    ],
)
def test_pieces_that_are_no_source(phrase, reason):
    """The digits after a number's comma, a pronoun with its verb: no source."""
    assert why_not_a_source(phrase) == reason


def test_an_opening_participle_is_no_part_of_the_speaker():
    """ "Speaking on ..., the star, 37, admitted": the words before the subject name no one."""
    text = "Speaking on Tarrow Radio on Monday night, the dancer, 37, admitted she had left."
    names = [s.name for s in analyze(Article(text, check_language=False)).sources]
    assert not [name for name in names if "Speaking" in name], names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age and where someone lives, with no comma between: the name before them speaks
        ('Tom Okoro, 61 of Mill Lane said: "The roof fell in."', ["Tom Okoro"]),
        ('Iris Kent, 72 also of Rowley Meade, said: "We all came out."', ["Iris Kent"]),
        ('"It was loud," said Ana Ruiz, 54, of Tarrow Road.', ["Ana Ruiz"]),
    ],
)
def test_age_and_home_after_a_name(text, expected):
    """ "Name, AGE of PLACE": an aside about the person, never the source's name."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative named right after the tie is who "she" or "he" means
        (
            'Tom Okoro lost his roof. His wife Maria picks up a toy. "We can fish," she says.',
            ["Maria"],
        ),
        (
            'Ana Ruiz was at work. Her son, Leo Ruiz, found the door open. "It was gone," he said.',
            ["Leo Ruiz"],
        ),
    ],
)
def test_relative_named_after_the_tie(text, expected):
    """ "His wife Debra ... she says": Debra."""
    assert speakers(text) == expected


def test_pronoun_after_a_quotation_of_many_paragraphs():
    """ "She said:" after ten paragraphs of one woman's quotation reaches back to her."""
    quoted = "\n\n".join(f"“Line {n} of what happened that night." for n in range(8))
    text = (
        "Ana Ruiz was hurt on Monday.\n\nAna told the Echo: " + quoted + "”\n\n"
        "The attack has changed her life.\n\nShe said: “I do not want to go home.”"
    )
    assert speakers(text)[-1] == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people with one surname: the title says which one speaks
        (
            "Police Chief Ana Ruiz spoke first. The witness, Tom Ruiz, said he heard shots. "
            "Chief Ruiz said the suspect fled.",
            ["Tom Ruiz", "Ana Ruiz"],
        ),
        (
            "Dr. Leo Kent treated the boy. His father, Sam Kent, said he was calm. "
            "Dr. Kent said the boy was stable.",
            ["Sam Kent", "Leo Kent"],
        ),
    ],
)
def test_title_picks_between_one_surname(text, expected):
    """ "Chief Rodriguez said" after Police Chief Primitivo and witness Rafael Rodriguez."""
    assert attributed_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lowercase people, then where they are: a group, not the place
        (
            "Some angry parents in Tarrow Vale said the school had failed.",
            ["angry parents in Tarrow Vale"],
        ),
        ("Residents from Mill Lane said the water rose fast.", ["Residents from Mill Lane"]),
        # "the government" is never the association that spoke before it
        (
            "The Tarrow Medical Association said doctors would strike. "
            "The government has rejected the demands and said it would not talk.",
            ["Tarrow Medical Association", "government"],
        ),
    ],
)
def test_people_in_a_place_and_the_government(text, expected):
    """ "some angry parents in Rocky River" is a group; "the government" is not the KMA."""
    assert attributed_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, "and", a role in lowercase words, then the name: the name speaks
        ("Councillor and mayoral hopeful Dana Pirie called the plan unfair.", ["Dana Pirie"]),
        ("Mayor and party chair Tom Okoro said the vote was close.", ["Tom Okoro"]),
        # a number with an article is still no source
        ('"It is a disaster," the 40,000 said.', []),
    ],
)
def test_title_and_role_before_a_name(text, expected):
    """ "Councillor and mayoral hopeful Kerrin Leoni": Kerrin Leoni, with her roles."""
    assert attributed_to(text) == expected


@pytest.mark.parametrize(
    "first",
    [
        "Tom Okoro said the ministers were banned from travel by President Sam Kent.",
        "According to Tom Okoro, the ministers were banned from travel by President Sam Kent.",
        "Tom Okoro spoke last. According to him, the ministers were banned by President Sam Kent.",
    ],
)
def test_he_added_prefers_the_speaker_to_a_name_in_object_position(first):
    """ "…,” he added" after a sentence whose speaker is Okoro and whose object is Kent."""
    assert speakers(first + '\n\n"We will not accept excuses," he added.') == ["Tom Okoro"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "One" after a sentence that opens with people: one of them
        ('Fans were quick to react. One wrote: "He never changes."', ["one of the fans"]),
        ('Local residents gathered. One said: "We are scared."', ["one of the residents"]),
        # ... and no one when nobody is there to count
        ('The match ended late. One said: "It was cold."', [None]),
        ('The match ended late. One warned: "It was cold."', [None]),  # never "one warned"
        ('Local residents gathered. One warned: "We are scared."', ["one of the residents"]),
    ],
)
def test_one_of_the_people_just_named(text, expected):
    """A lone "One" is never a source's name: it is one of a group the text just named."""
    analysis = analyze(Article(text, check_language=False))
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption with no full stop, joined to the next line: the next line's name speaks
        (
            "Storm hits coast\n\nThis video has expired\nMaya Lind said the water rose fast.",
            ["Maya Lind"],
        ),
        ("Market news\n\nPhoto: Sam Ito\nJon Park said the shares would rise.", ["Jon Park"]),
        # bullets: each bulleted line has its own speaker
        (
            "Phone news\n\n  • Shares of Velo are up after the report.\n"
            "  • CEO Ana Ruiz says sales are strong.",
            ["Ana Ruiz"],
        ),
        (
            "Phone news\n\n  • Shares are up.\n  • CEO Ana Ruiz says sales are off to a good start",
            ["Ana Ruiz"],
        ),
        # a line that ends with a comma goes on: its words are still the speaker's
        ("Vote news\n\nThe head of the union,\nTom Okoro, said the vote was close.", ["Tom Okoro"]),
    ],
)
def test_a_line_with_no_full_stop_names_no_speaker(text, expected):
    """A caption, byline or bullet the sentence splitter joins to the next line is not part
    of the speaker phrase of a verb on that next line."""
    assert attributed_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's words with no speech verb: the story quotes them in full, with a tag
        (
            "Coach reviews 'disappointing' defeat\n\nThe Tigers lost 3-0 on Saturday. "
            '"It was disappointing from start to finish," said manager Ana Ruiz.',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # ... a lede's words, the same
        (
            'Flowers were left where a "devoted family man" died on Friday.\n\n'
            '"He was a devoted family man and a kind neighbour," said his brother, Tom Okoro.',
            ["Tom Okoro", "Tom Okoro"],
        ),
        # ... past a repeat of the headline that has no tag of its own
        (
            "'We would have drowned': locals fault late warning\n\n"
            "'We would have drowned': locals fault late warning\n\n"
            'The river rose at night. "We would have drowned in our beds," said Ana Ruiz.',
            ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"],
        ),
        # a short word is too common to tell whose it is
        (
            'A man heard a "voice" before the attack.\n\n'
            '"He told us he heard a voice," said police chief Tom Okoro.',
            [None, "Tom Okoro"],
        ),
        # words quoted only before, not after, give no speaker
        (
            'Ana Ruiz said: "The plan was reckless from the start."\n\n'
            'The "reckless" plan went ahead on Monday.',
            ["Ana Ruiz", None],
        ),
    ],
)
def test_words_quoted_again_further_on_take_that_speaker(text, expected):
    """A quotation with no tag takes the speaker of the first later quotation that holds
    its words and has a tag; a headline that does so is still no attribution."""
    assert speakers(text) == expected
    analysis = analyze(Article(text, check_language=False))
    if text.startswith(("Coach", "'We would")):  # headlines: no speech verb, no attribution
        assert [a.paragraph for a in analysis.attributions] == [text.count("\n\n")]


def test_words_repeated_with_no_tag_anywhere_keep_no_speaker():
    """A line repeated down a page (a pasted feed) with no tag anywhere credits no one."""
    text = "'We would have drowned in our beds': locals fault warning\n\n" * 30 + "It rained."
    assert speakers(text) == [None] * 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before the quotation tells what its speaker did, in its paragraph ...
        (
            "“Nobody asked us,” said Ana Ruiz, who runs the bakery.\n\n"
            "The road has been shut since May.\n\n"
            "Asked why the street was empty, she pointed at the barriers. “People stay away.”",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # ... or in the paragraph before, with another person named in it as an object
        (
            "“The budget is late again,” Mayor Tom Okoro said.\n\n"
            "However, he took a swipe at one councillor, Ana Ruiz.\n\n"
            "“Some of us do read the papers.”\n\n"
            "“That was unkind,” Ruiz said later.",
            ["Tom Okoro", "Tom Okoro", "Ana Ruiz"],
        ),
        # a pronoun that points to someone else is no lead-in by the speaker (and the
        # engine does not guess that the other person speaks)
        (
            "“We lost the match,” Ana Ruiz said.\n\n"
            "Tom Okoro, the winning coach, walked over. He shook hands with the players. "
            "“You played well.”\n\n“Thank you,” Okoro said.",
            ["Ana Ruiz", None, "Tom Okoro"],
        ),
    ],
)
def test_a_lead_in_about_the_speaker_keeps_the_speaker(text, expected):
    assert speakers(text) == expected


def test_a_writers_note_is_no_lead_in():
    """ "He is an award-winning journalist." between a speaker's quotations is about the
    writer: the quotation after it stays the speaker's."""
    text = (
        "“It could be over in two days,” Premier Ana Ruiz said on Monday.\n"
        "Tom Okoro reports on the legislature. He is an award-winning journalist.\n"
        "“It is an enormous problem for the ports.”"
    )
    assert speakers(text)[1] != "Tom Okoro"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pull quote between paragraphs repeats words quoted below: their speaker's, not
        # the speaker of the paragraph above
        (
            "Tarrow news\n\nThe town is ready, the mayor said. “We have done our part,” said "
            "Mayor Ana Ruiz.\n\n“Only a fair chance”\n\nThe nurses wrote to her on Monday. "
            "“We ask only a fair chance to help,” said their leader, Tom Okoro.",
            ["Ana Ruiz", "Tom Okoro", "Tom Okoro"],
        ),
        # ... and a pull quote set inside a run of one speaker's paragraphs does not end it
        (
            "Tarrow news\n\nThe vote is on Monday. “We did our part,” said Mayor Ana Ruiz.\n\n"
            "“A fair chance”\n\n“We will keep going.”\n\nThe nurses met on Tuesday. “We "
            "want a fair chance,” said Tom Okoro.",
            ["Ana Ruiz", "Tom Okoro", "Ana Ruiz", "Tom Okoro"],
        ),
        # a quotation paragraph that is not repeated further on goes on from the one above
        (
            "Tarrow news\n\n“We have done our part,” said Mayor Ana Ruiz.\n\n"
            "“Now it is up to them.”\n\nThe nurses wrote to her on Monday.",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
    ],
)
def test_a_pull_quote_takes_the_speaker_of_the_words_it_repeats(text, expected):
    """... and, with no speech verb on its line, it is no attribution (GUIDELINE.md)."""
    assert speakers(text) == expected
    if "Only a fair chance" in text:
        attributions = analyze(Article(text, check_language=False)).attributions
        assert 2 not in [a.paragraph for a in attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adverbial before the subject, an adverb or a topic after it
        ("At the same time traders warned that prices would rise.", "traders"),
        ('"We lost," said Finance Minister Lena Berg here on Monday.', "Lena Berg"),
        ("The Greens in turn accused the mayor of stalling.", "Greens"),
        ('"I got it wrong," admitted Cllr Amy Dunn regarding the closed library.', "Amy Dunn"),
        ("Alderman Joe Pike in a row with the treasurer questioned the audit.", "Joe Pike"),
        (
            "posted 2021-11-30 Lawyers for the council have opposed the claim.",
            "lawyers for the council",
        ),
        # a clause before the subject: the subject after its last "and", the name at its end
        ("The Rovers lost 3 games and made 9 errors and Ward said the team would recover.", "Ward"),
        ("Two years of work and now a director has claimed the plan failed.", "director"),
        ("In his statement Inspector Tom Okafor said the van was stolen.", "Tom Okafor"),
        # the sayer before "say"; the people before "who"
        ("Officers say early findings suggest the fire was started on purpose.", "Officers"),
        (
            "The post drew anger from parents at the school who called it unfair.",
            "parents at the school",
        ),
        # an aside opening with a preposition, not closed by a comma, after a name
        ('"It is fair," Ana Ruiz SC, for the defence said.', "Ana Ruiz SC"),
        # a party and a constituency in brackets after a legislator's name
        ('Jo Marsh (Lab, Leeds North) said: "All we want are the facts."', "Jo Marsh"),
    ],
)
def test_a_speaker_phrase_is_trimmed_to_its_noun_phrase(text, source):
    """A source name is a noun phrase the text contains: what the clause puts around the
    subject (an adverbial, an adverb, a topic, an occasion, another clause) is not part of
    it, and the name stays valid for bench/realnews/score.py."""
    names = [s.name for s in analyze(Article(text, check_language=False)).sources]
    assert names == [source]
    assert not why_not_a_source(names[0])


@pytest.mark.parametrize(
    "text",
    [
        '"We lost," for the home side said.',
        '"It is a scandal," it drew anger from the parents said.',
        "The board met the staff of the school said.",
    ],
)
def test_a_phrase_that_is_no_noun_phrase_gives_no_source(text):
    """A phrase that opens with a preposition or holds a clause names no source."""
    analysis = analyze(Article(text, check_language=False))
    assert not analysis.sources
    for quote in analysis.quotes:
        assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("NRL legends said the side was lucky.", "NRL legends"),
        ("USW negotiators said the offer was poor.", "USW negotiators"),
        ("Angry parents said the road was unsafe.", "angry parents"),
    ],
)
def test_a_group_opening_the_sentence_keeps_an_acronym(text, source):
    """A group's first word loses the capital the sentence gave it, but not an acronym's."""
    assert [s.name for s in analyze(Article(text, check_language=False)).sources] == [source]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person noun before a full name at a sentence's start is a role, not a name
        ("Witness Rafael Rodriguez said the car was fast.", "Rafael Rodriguez"),
        ("Resident Tom Lee said the road flooded twice.", "Tom Lee"),
        # ... but a surname that is also a person noun stays the name's
        ("Minnie Driver said the film was long.", "Minnie Driver"),
        ("Ana Baker Smith said the vote was close.", "Ana Baker Smith"),
        ("Mother Teresa said the work was hard.", "Mother Teresa"),
    ],
)
def test_a_role_word_opening_a_sentence_is_not_part_of_the_name(text, name):
    analysis = analyze(Article(text, check_language=False))
    assert [s.name for s in analysis.sources] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer says unnamed others said it: the words coming back later do not say whose
        (
            'The coach is said to be "absolutely furious" about the loss.\n\n'
            '"He was absolutely furious, really," a club source said.',
            [None, "club source"],
        ),
        (
            'Ana Ruiz was reported to have been "shattered" by the verdict.\n\n'
            '"She was shattered when she heard it," said her brother, Tom Okoro.',
            [None, "Tom Okoro"],
        ),
        # ... but a speaker named in the sentence still speaks
        (
            'Tom Okoro said the coach is said to be "furious" about the loss.',
            ["Tom Okoro"],
        ),
        # ... and without "said to be", the words quoted later still give their speaker
        (
            'The coach was "absolutely furious" about the loss.\n\n'
            '"I was absolutely furious, really," said coach Ana Ruiz.',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
    ],
)
def test_words_said_to_be_someones_have_no_speaker(text, expected):
    """'X is said to be “...”' says that unnamed others said it: the quotation keeps no
    speaker and a reason, even when the same words come back later with a tag."""
    assert speakers(text) == expected
    quote = analyze(Article(text, check_language=False)).quotes[0]
    if expected[0] is None:
        assert "others said it" in quote.speaker_reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "attended ... and said" is the people the possessive names, not the owner
        (
            'Ana\'s parents attended the hearing and said they will "never forgive" him.',
            "Ana's parents",
        ),
        (
            'Tom Okoro\'s lawyer left the court, saying the ruling was "a disgrace".',
            "Tom Okoro's lawyer",
        ),
        (
            'Ana Ruiz\'s grieving mother wept and said it was "so cruel".',
            "Ana Ruiz's grieving mother",
        ),
        # a possessive of a thing is no speaker of its own: the name before it stays
        ('Ana Ruiz\'s report came out on Monday and said the plan was "a disgrace".', "Ana Ruiz"),
        ('Ana Ruiz attended the hearing and said the ruling was "a disgrace".', "Ana Ruiz"),
    ],
)
def test_the_people_a_possessive_names_speak_through_a_second_verb(text, expected):
    """ "NAME's parents attended and said": the parents are the subject of both verbs."""
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        # an opening participle's place is no name: the subject after it, before its age, speaks
        (
            "Speaking on Harbour FM on Monday, the singer, 41, admitted she was tired.",
            ("the singer", "41"),
            "singer",
        ),
        (
            "Writing in The Tarrow Times, the coach, 52, said the season was over.",
            ("the coach", "52"),
            "coach",
        ),
        # a name before its asides still speaks
        (
            "Ana Ruiz, head of research at Tarrow Labs, a think tank, said costs rose.",
            ("Ana Ruiz", "head of research at Tarrow Labs"),
            "Ana Ruiz",
        ),
    ],
)
def test_an_opening_participle_before_asides_is_no_name(text, expected, source):
    """'Speaking on Harbour FM, the singer, 41, admitted': the singer speaks."""
    article = Article(text, check_language=False)
    engine, _ = build_stages(article, None)
    sentence = article.sentences[0]
    cue = next(c for c, reason in engine.cue_finder.cue_candidates(sentence) if reason is None)
    phrase = engine.speakers.speaker_phrase(sentence, cue)
    assert (phrase.text, phrase.role) == expected
    assert [a.source.name for a in analyze(article).attributions] == [source]


def sources_by_sentence(text: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for attribution in analyze(Article(text, check_language=False)).attributions:
        found.setdefault(attribution.sentence, []).append(attribution.source.name)
    return found


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # "they" are the plural or collective subject its own sentence opens with, not an
        # earlier speaker
        (
            "A reporter, Tom Okoro, said the road was shut. "
            "While police declined to name the driver, they say he was 40.",
            1,
            ["police"],
        ),
        ("Firefighters in the valley are searching for a boy they say is 12.", 0, ["Firefighters"]),
        (
            "A union spokesperson said talks were over. "
            "The council has said they will reopen the library.",
            1,
            ["council"],
        ),
        # ... or the one the sentence before opens with, after "According to"
        (
            "Ana Ruiz spoke to reporters. According to the Tarrow Post, local farmers have "
            "been angry for weeks. They claim the water is unsafe.",
            2,
            ["local farmers"],
        ),
        # two people named together stay "they" (the first speaks)
        ("Ana Ruiz and Tom Okoro live nearby. They said the road was shut.", 1, ["Ana Ruiz"]),
    ],
)
def test_they_is_the_plural_subject_of_its_sentence(text, sentence, expected):
    """ "While police refused ..., they say": the police, not the last speaker."""
    assert sources_by_sentence(text)[sentence] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a private person's description is not the official who spoke just before
        (
            '"It must be a madman," said Ana Ruiz, a police spokesperson. '
            '"I thought it was a prank," the homeowner told reporters.',
            ["Ana Ruiz", "homeowner"],
        ),
        (
            "Tom Okoro, a council official, said the road would reopen. "
            '"Nobody told us anything," the resident said.',
            ["resident"],
        ),
        # a description that agrees still links back
        (
            "Tom Okoro, whose house flooded, said the water came fast. "
            '"We lost everything," the homeowner said.',
            ["Tom Okoro"],
        ),
    ],
)
def test_a_description_never_links_to_a_source_whose_role_conflicts(text, expected):
    """ "the homeowner told TV4" after a police spokesperson: a new source."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute clause ("with", a noun phrase, a participle): its noun phrase speaks
        (
            'Tom Okoro was found in the hall with his young son sitting beside him saying "help".',
            ["his young son"],
        ),
        (
            'Ministers defended the plan, with finance chief Ana Ruiz calling it a "fair deal".',
            ["Ana Ruiz"],
        ),
        (
            'Farmers are angry over the price, with the union calling it "theft" in a letter.',
            ["union"],
        ),
        # ... not a thing after "with", nor a participle with no quotation in its clause
        ('He was charged with the theft of a car after saying "it was mine".', [None]),
        ('The club was busy, with the coach calling players in, and "fresh legs" came on.', [None]),
    ],
)
def test_an_absolute_clause_has_its_own_speaker(text, expected):
    """ "with X V-ing": the participle's speaker is X, not the sentence's subject."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper's name is never "she", whatever stands beside it
        (
            "Ana Ruiz spoke on Monday. According to Evening Courier, the 40-year-old singer, "
            'who has two sons, talked about her tour. She said, "It was hard."',
            ["Ana Ruiz"],
        ),
        # nor a thing someone owns
        (
            "Tom Okoro gave an interview to Marie Harbour UK's Summer Issue. "
            '"It was hard," he said.',
            ["Tom Okoro"],
        ),
        # and a surname the headline gave with its given name is a person, not an organisation
        (
            "Helen Varga has spoken about her move\n\n"
            'Varga said the move was hard. She said, "I miss home."',
            ["Varga"],
        ),
    ],
)
def test_she_never_resolves_to_an_outlet_or_a_thing(text, expected):
    """ "According to Daily Mail, the actress ... She said": she is the actress's, never
    the newspaper's."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman named once after a verb, who never speaks, is a weaker "she" than the
        # woman who spoke before her
        (
            "Ana Ruiz said the film was hard to make. Tom Okoro later married Maria Lopez. "
            'She said, "It was my best year."',
            ["Ana Ruiz"],
        ),
        (
            "Ana Ruiz said the tour was long. She posed for a picture with Maria Lopez. "
            '"I loved every night," she said.',
            ["Ana Ruiz"],
        ),
        # with no woman speaking before her, she is still the one named
        (
            "Tom Okoro said the film was hard to make. He later married Maria Lopez. "
            'She said, "It was my best year."',
            ["Maria Lopez"],
        ),
    ],
)
def test_a_person_named_in_passing_is_a_weaker_she_than_a_speaker(text, expected):
    """ "Affleck later married Jennifer Lopez. She said ...": the woman quoted before."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document or a finding speaks for its owner (GUIDELINE.md)
        ('The Harbour Trust’s (HT) review found the pier was "unsafe".', ["Harbour Trust"]),
        ('Ana Ruiz’s letter said the plan was "a mistake".', ["Ana Ruiz"]),
        ('A Tarrow Water probe found the pipes were "very old".', ["Tarrow Water"]),
        ('"It is unsafe," the Harbour Trust’s latest report said.', ["Harbour Trust"]),
        ('According to the Harbour Trust’s audit, the pier is "unsafe".', ["Harbour Trust"]),
    ],
)
def test_a_document_speaks_for_its_owner(text, expected):
    """ "the Trust's review found": the Trust speaks, never "review"."""
    assert speakers(text) == expected


def test_the_examples_of_document_owners_and_headline_tags_run():
    import doctest

    from framing.attribution import authors, headlines

    assert doctest.testmod(authors).failed == 0
    assert doctest.testmod(headlines).failed == 0


@pytest.mark.parametrize(
    ("text", "expected", "role"),
    [
        # a role after an owner's name is an aside, not the speaker's name
        (
            'Ana Ruiz, Tarrow Water’s chief executive, said the pipes were "very old".',
            ["Ana Ruiz"],
            "Tarrow Water’s chief executive",
        ),
        # a relative clause with a comma of its own, after a quotation
        (
            '"We need rain," Okoro, whose farm is in Leigh, north Kent, told the paper.',
            ["Okoro"],
            "",
        ),
        ('Ana Ruiz, who lives in Leigh, Kent, said the road was "a disgrace".', ["Ana Ruiz"], ""),
    ],
)
def test_a_name_before_its_role_or_relative_clause_speaks(text, expected, role):
    """ "X, Y's chief executive, said" and "X, whose farm is in A, B, told": X speaks."""
    assert speakers(text) == expected
    if role:
        analysis = analyze(Article(text, check_language=False))
        assert [s.role for s in analysis.sources] == [role]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # verbs and phrases of reporting from WordNet 3.0's verb.communication and VerbNet's
        # judgment-33.1 (SOURCES.md)
        ("The coach has complimented his players after the win.", "coach"),
        ("Tarrow Hospitals Compliments Nurses On Flu Drive\nThe board met.", "Tarrow Hospitals"),
        ("Ana Ruiz downplayed the risk to passengers.", "Ana Ruiz"),
        ("A fire officer briefed reporters at the scene on Monday.", "fire officer"),
        ("Parents today voiced their anger at the plan to close the pool.", "parents"),
        # VerbNet judgment-33.1's verbs of judging aloud, also in WordNet's verb.communication
        ("The mayor commended the lifeguards for their quick work.", "mayor"),
        ("Ana Ruiz berated the board over the late buses.", "Ana Ruiz"),
        ("Fans Lambast Club Over Ticket Prices\nThe club met.", "Fans"),
        # advice put by someone, and a claim made by someone, named after "by"
        ("Campers were advised by the park service to leave the valley.", "park service"),
        ("Despite claims by the council that the road is safe, it shut.", "council"),
    ],
)
def test_more_reporting_verbs_and_phrases(text, source):
    analysis = analyze(Article(text, check_language=False))
    assert [a.source.name.lower() for a in analysis.attributions] == [source.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "It was a compliment to the staff.",
        "The bank was advised by a law firm on the deal.",
        "The claims by the firm were rejected.",
        "The pool was closed for a brief spell.",
        "The plan, though derided in some quarters, went ahead.",
        "He got a scolding from the referee.",
    ],
)
def test_no_report_from_those_verbs_and_phrases(text):
    assert analyze(Article(text, check_language=False)).attributions == ()


@pytest.mark.parametrize(
    ("text", "headline_source"),
    [
        # a headline's speaker, a colon, and what they said, with no quotation marks
        (
            "Okoro: Our Pier Will Not Close\n\nHarbour master Tom Okoro said the pier was safe.",
            "Tom Okoro",
        ),
        # ... not a topic, a dateline or a time before the colon
        ("Flood Update: Roads Shut In Tarrow\n\nTom Okoro said the roads were shut.", None),
        ("TARROW: The Pier Was Shut On Monday\n\nTom Okoro said the pier was shut.", None),
        ("Tarrow Time: 5:36 PM On Monday\n\nTom Okoro said the pier was shut.", None),
    ],
)
def test_a_headline_speaker_before_a_colon(text, headline_source):
    """ "Okoro: Our Pier Will Not Close" reads like "According to Okoro, ..."."""
    analysis = analyze(Article(text, check_language=False))
    in_headline = [a.source.name for a in analysis.attributions if a.sentence == 0]
    assert in_headline == ([headline_source] if headline_source else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title capitalised after "the" describes the person named with it before
        (
            "Health Minister Ana Ruiz opened the ward on Monday. "
            '"It is a good day," the Minister said.',
            ["Ana Ruiz"],
        ),
        (
            "Tom Okoro, the Labour MP for Tarrow, spoke at the vigil. "
            '"We will not forget them," the Labour MP told reporters.',
            ["Tom Okoro"],
        ),
        (
            'Mayor Jo Lin cut the ribbon. "The bridge is open," The Mayor said.',
            ["Jo Lin"],
        ),
        (
            'Chief Justice Ana Ruiz read the ruling. "The law is clear," the Chief Justice said.',
            ["Ana Ruiz"],
        ),
        # the role words before the title must be the person's too
        (
            'Information Minister Ana Ruiz spoke first. "We stand firm," the Prime Minister said.',
            ["Prime Minister"],
        ),
        # a capitalised word that is no title stays a name; a title nobody holds stays itself
        (
            'Tom Okoro, the club\'s captain, scored twice. "We deserved it," the Rovers said.',
            ["Rovers"],
        ),
        ('"We will act," the Minister said.', ["Minister"]),
        # "the State" is the state, not a state senator
        (
            'State Senator Ana Ruiz spoke first. "The charge stands," the State said.',
            ["State"],
        ),
        # a magazine named like a title is not the economist named before
        (
            'Ana Ruiz, an economist at Tarrow Bank, spoke. "Rates will rise," The Economist said.',
            ["The Economist"],
        ),
    ],
)
def test_a_capitalised_title_after_the_describes_its_holder(text, expected):
    """ "the Minister said", as Commonwealth outlets write it, is the minister named before."""
    assert speakers(text) == expected


def test_the_examples_of_capitalised_titles_run():
    import doctest

    from framing.attribution import phrases

    assert doctest.testmod(phrases).failed == 0


def test_the_examples_of_kin_subjects_and_captions_run():
    """The examples moved out of phrases.py with their functions still run."""
    import doctest

    from framing.attribution import kin, not_a_source, subjects

    for module in (kin, not_a_source, subjects):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The holes came back.Tom Okoro, a baker, said, "It is sad."', ["Tom Okoro"]),
        ('The holes came back.T.Veeresh, a baker, said, "It is sad."', ["T.Veeresh"]),
    ],
)
def test_a_speaker_glued_to_the_sentence_before_is_named_alone(text, expected):
    """ "back.Tom Okoro, a baker, said": the page lost a space, not the speaker."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # initials keep the stops the text gives them
        ("Dr. R. M Okafor, the hospital director, said the wards were full.", ["R. M Okafor"]),
        ("J. K. Moyo said the book was finished.", ["J. K. Moyo"]),
        # a name whose initial is glued to it, then called by its first part: one person
        (
            '"Fill the holes," said D.Tomi Okafor, a resident. D.Tomi said the road was worse.',
            ["D.Tomi Okafor"],
        ),
    ],
)
def test_a_name_keeps_its_initials_as_printed(text, names):
    sources = analyze(Article(text, check_language=False)).sources
    assert [source.name for source in sources] == names


def test_the_examples_of_names_as_printed_and_agreement_run():
    import doctest

    from framing.attribution import agreement, spelling

    assert doctest.testmod(spelling).failed == 0
    assert doctest.testmod(agreement).failed == 0


def test_a_surname_two_speakers_share_names_neither():
    text = (
        '"It is a quiet street," said Ted Parrott, a neighbour. "I do not like it," said '
        'Pamela Parrott, a neighbour. "Nobody knows who lives there," Parrott said.'
    )
    quote = analyze(Article(text, check_language=False)).quotes[-1]
    assert quote.speaker is None
    assert quote.speaker_reason is not None and "surname" in quote.speaker_reason


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # before a colon, the clause after the last comma names who speaks
        (
            "Tom Okoro spoke first. Ana Ruiz spoke on the radio. Unable to stop laughing, she "
            "continued: “The claim is absurd.”",
            "Ana Ruiz",
        ),
        ("Ana Ruiz was blunt: “We are done.”", "Ana Ruiz"),
    ],
)
def test_the_subject_of_the_clause_before_a_colon_speaks(text, speaker):
    quote = analyze(Article(text, check_language=False)).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_speaker_unclear_reasons_are_plain_words():
    """Every reason the ledger shows after "Speaker unclear:" is short and free of grammar
    terms a first-year student has not met; a pronoun's reason names the pronoun."""
    from framing.attribution import resolve, sources, surnames

    reasons = [
        *NOT_A_SOURCE,
        sources.NESTED,
        sources.WRITERS_OWN_SENTENCE,
        sources.NO_SPEAKER_NEARBY,
        sources.NO_SPEAKER_FOUND,
        sources.ANOTHER_SAYS,
        sources.NAMED_IN_BETWEEN.format(speaker="Ruiz", other="Okoro"),
        sources.SAID_BY_UNNAMED_OTHERS,
        surnames.SHARED_SURNAME,
        resolve.NO_WORDS,
        resolve.SEVERAL_HOLDERS.format(description="the club captain"),
        *(
            template.format(pronoun=pronoun)
            for template in (resolve.FIRST_PERSON, resolve.NO_PERSON_FITS, resolve.NO_SOURCE_FITS)
            for pronoun in ("I", "she", "they")
        ),
    ]
    jargon = ("clause", "participle", "preposition", "function word", "first person", "phrase")
    for reason in reasons:
        assert len(reason.split()) <= 13, reason
        assert not any(word in reason for word in jargon), reason
    assert len(set(NOT_A_SOURCE)) == len(NOT_A_SOURCE) == 12  # one reason per rule
    assert analyze('"We will stay," we said.').quotes[0].speaker_reason == (
        resolve.FIRST_PERSON.format(pronoun="we")
    )
    lone = analyze('Tarrow Council met.\n\n"It is late," she said.').quotes[0]
    assert lone.speaker is None
    assert lone.speaker_reason == resolve.NO_PERSON_FITS.format(pronoun="she")
