"""Annotations: reading and saving them, agreement per layer, and the kit corrected by one."""

from __future__ import annotations

import copy
import doctest
import json

import pytest

import framing
from framing import annotation as annotation_module
from framing import correction as correction_module
from framing.annotation import (
    SourceMatcher,
    agreement,
    annotation_counts,
    annotation_from_analysis,
    new_annotation,
    read_annotation,
    save_annotation,
    validate_annotation,
)
from framing.errors import FramingError

# A small text of our own: a pronoun speaker, a split quote, a scare quote, curly marks.
SMALL = (
    "Mayor Backs Bridge Plan\n"
    "LYON - Mayor Claire Dubois defended the bridge plan on Monday.\n"
    "“It will pay for itself,” she said. “Nobody will be left behind.”\n"
    "Critics called the plan a “reckless gamble” and said costs would soar.\n"
    "Engineer Paul Martin warned that the old bridge was unsafe.\n"
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _small_key() -> dict:
    quote_a = _span(SMALL, "It will pay for itself,")
    quote_b = _span(SMALL, "Nobody will be left behind.")
    scare = _span(SMALL, "reckless gamble")
    return {
        "sources": {
            "Claire Dubois": {"type": "politician", "mentions": ["Mayor Claire Dubois", "she"]},
            "critics": {"type": "other", "unnamed": True, "mentions": ["Critics"]},
            "Paul Martin": {"type": "expert or academic", "mentions": ["Engineer Paul Martin"]},
        },
        "quotes": [
            {"start": quote_a[0], "end": quote_a[1], "speaker": "Claire Dubois", "kind": "direct"},
            {"start": quote_b[0], "end": quote_b[1], "speaker": "Claire Dubois", "kind": "direct"},
            {"start": scare[0], "end": scare[1], "speaker": "critics", "kind": "partial"},
        ],
        "attributions": [
            {
                "paragraph": 1,
                "starts": "LYON - Mayor",
                "source": "Claire Dubois",
                "cue": "defended",
            },
            {"paragraph": 2, "starts": "“It will pay", "source": "Claire Dubois", "cue": "said"},
            {"paragraph": 2, "starts": "“Nobody will", "source": "Claire Dubois", "cue": "said"},
            {"paragraph": 3, "starts": "Critics called", "source": "critics", "cue": "called"},
            {"paragraph": 4, "starts": "Engineer Paul", "source": "Paul Martin", "cue": "warned"},
        ],
        "loaded_terms": [
            {"paragraph": 3, "term": "reckless", "voice": "critics", "category": "descriptor"},
            {"paragraph": 3, "term": "soar", "voice": "critics", "category": "intensifier"},
            {"paragraph": 4, "term": "unsafe", "voice": "Paul Martin", "category": "fear"},
        ],
    }


@pytest.fixture(scope="module")
def seed():
    article = framing.load_seed()
    return article, framing.analyze(article), framing.load_gold()


# -- agreement --------------------------------------------------------------------------
def test_the_key_agrees_fully_with_itself(seed):
    article, _, key = seed
    result = agreement(key, key, article)
    assert result.full
    assert result.questions == ()
    assert result.as_dict() == {
        "quotes": {"agreed": 11, "total": 11, "extra": 0},
        "speakers": {"agreed": 11, "total": 11, "extra": 0},
        "attributions": {"agreed": 22, "total": 22, "extra": 0},
        "loaded_words": {"agreed": 18, "total": 18, "extra": 0},
        "voices": {"agreed": 18, "total": 18, "extra": 0},
    }
    assert result["quotes"].sentence == "Quotations: you found 11 of the 11 that the key marks."


def test_two_missed_quotations_and_one_misread_voice_score_exactly_that(seed):
    article, _, key = seed
    student = copy.deepcopy(key)
    missed = [student["quotes"].pop(3), student["quotes"].pop(7)]
    kidnapped = next(t for t in student["loaded_terms"] if t["term"] == "kidnapped")
    kidnapped["voice"] = "outlet"
    result = agreement(student, key, article)
    assert not result.full
    assert result.as_dict() == {
        "quotes": {"agreed": 9, "total": 11, "extra": 0},
        "speakers": {"agreed": 9, "total": 9, "extra": 0},
        "attributions": {"agreed": 22, "total": 22, "extra": 0},
        "loaded_words": {"agreed": 18, "total": 18, "extra": 0},
        "voices": {"agreed": 17, "total": 18, "extra": 0},
    }
    assert result["quotes"].sentence == "Quotations: you found 9 of the 11 that the key marks."
    assert result["voices"].sentence == (
        "Whose voice: you and the key agree on 17 of the 18 loaded words both marked."
    )
    assert len(result.questions) == 3
    for quote, question in zip(missed, result["quotes"].questions, strict=True):
        opening = " ".join(article.text[quote["start"] : quote["end"]].split())[:30]
        assert opening in question and question.endswith("how does the text show it?")
    (voice_question,) = result["voices"].questions
    assert "“kidnapped”" in voice_question
    assert "the outlet's own" in voice_question and "Nicolas Maduro's" in voice_question
    assert "wrong" not in str(result).lower()


def test_short_names_and_mentions_count_as_the_same_speaker():
    key = _small_key()
    student = copy.deepcopy(key)
    student["sources"] = {"Dubois": {}, "the critics": {}, "Martin": {}}
    for quote in student["quotes"]:
        quote["speaker"] = {"Claire Dubois": "Dubois", "critics": "the critics"}[quote["speaker"]]
    for item in student["attributions"]:
        item["source"] = {"Claire Dubois": "Dubois", "critics": "Critics"}.get(
            item["source"], "Martin"
        )
    for item in student["loaded_terms"]:
        item["voice"] = {"critics": "the critics"}.get(item["voice"], "Martin")
    assert agreement(student, key, SMALL).full


def test_extra_marks_are_questions_too():
    key = _small_key()
    student = copy.deepcopy(key)
    student["loaded_terms"].append({"paragraph": 1, "term": "defended", "voice": "outlet"})
    student["quotes"][0]["speaker"] = "Paul Martin"
    result = agreement(student, key, SMALL, student_name="Sam", other_name="the kit")
    assert result["loaded_words"].extra == 1
    assert result["loaded_words"].sentence.endswith("; Sam marked 1 more.")
    assert result["speakers"].agreed == 2 and result["speakers"].total == 3
    assert any("Who speaks “It will pay for itself,”?" in q for q in result.questions)
    assert "&lt;" not in result._repr_html_()  # nothing to escape here, and nothing doubled


def test_agreement_with_something_that_is_not_an_annotation():
    with pytest.raises(FramingError, match="The annotation of the key: this is not an annotation"):
        agreement({"quotes": []}, ["not", "a", "dict"], SMALL)
    with pytest.raises(FramingError, match="Your annotation, quotation 1: its start"):
        agreement({"quotes": [{"start": 0, "end": 9_999}]}, {"quotes": []}, SMALL)


def test_the_html_is_escaped():
    key = _small_key()
    student = copy.deepcopy(key)
    student["quotes"][0]["speaker"] = "<script>alert(1)</script>"
    page = agreement(student, key, SMALL, student_name="<b>Sam</b>")._repr_html_()
    assert "<script>" not in page and "<b>Sam" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;Sam" in page


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Noem", "Kristi Noem"),
        ("kristi noem", "Kristi Noem"),
        ("US Homeland Security Chief Kristi Noem", "Kristi Noem"),
        ("The organization", "Amnesty International"),
        ("Amnesty", "Amnesty International"),
        ("she", "she"),  # a pronoun alone names nobody
        ("Bukele", "Bukele"),
    ],
)
def test_source_matcher(seed, name, expected):
    _, _, key = seed
    assert SourceMatcher(key["sources"])(name) == expected


def test_the_kits_own_annotation_scores_as_evaluate_does(seed):
    article, analysis, key = seed
    kit = annotation_from_analysis(analysis)
    result = agreement(kit, key, article, student_name="the kit")
    assert result["quotes"].agreed == 11 and result["speakers"].agreed == 11
    assert result["attributions"].agreed == result["attributions"].total == 22
    assert result["loaded_words"].agreed == 18
    assert agreement(kit, kit, article).full


# -- correction ---------------------------------------------------------------------------
COUNTS = ("quotations", "sources", "attributions", "attributions_per_source")
COUNTS += ("words_quoted_per_source",)


def test_corrected_by_the_key_gives_the_keys_counts_on_the_seed(seed):
    article, analysis, key = seed
    fixed = analysis.corrected(key)
    summary = fixed.summary()
    expected = annotation_counts(key, article)
    assert {name: summary[name] for name in COUNTS} | {"loaded_terms": len(fixed.hits)} == expected
    assert expected["quotations"] == 11 and expected["attributions"] == 22
    assert expected["loaded_terms"] == 18


def test_corrected_by_a_key_gives_its_counts_on_a_text_of_our_own():
    analysis = framing.analyze(SMALL)
    key = _small_key()
    fixed = analysis.corrected(key)
    summary = fixed.summary()
    expected = annotation_counts(key, SMALL)
    assert {name: summary[name] for name in COUNTS} | {"loaded_terms": len(fixed.hits)} == expected
    assert summary["words_quoted_per_source"] == {"Claire Dubois": 10, "critics": 2}
    assert fixed.source("critics").unnamed
    assert {h.text: h.voice for h in fixed.hits} == {
        "reckless": "critics",
        "soar": "reported: critics",
        "unsafe": "reported: Paul Martin",
    }
    assert fixed.verbs_by_stance()["Paul Martin"] == {"alarm": ["warned"]}
    assert agreement(annotation_from_analysis(fixed), key, SMALL).full


def test_a_partial_correction_leaves_the_other_layers_to_the_engine():
    analysis = framing.analyze(SMALL)
    quote = _span(SMALL, "Nobody will be left behind.")
    fix = {
        "sources": {"Lea Roux": {"type": "politician"}},
        "quotes": [{"start": quote[0], "end": quote[1], "speaker": "Lea Roux"}],
    }
    fixed = analysis.corrected(fix)
    assert [q.speaker.name for q in fixed.quotes] == ["Lea Roux"]
    assert fixed.hits == analysis.hits
    assert len(fixed.attributions) == len(analysis.attributions)
    assert "Lea Roux" in fixed.summary()["words_quoted_per_source"]
    assert analysis.quotes != fixed.quotes  # the original is untouched
    for item in fixed.attributions:  # each lists the quotations of its sentence, by index
        assert all(fixed.quotes[i].sentence == item.sentence for i in item.quotes)
    assert sum(len(a.quotes) for a in fixed.attributions) == 0  # Lea Roux is in none


def test_correction_refuses_a_quotation_outside_the_text():
    analysis = framing.analyze(SMALL)
    with pytest.raises(FramingError, match="not inside the article"):
        analysis.corrected({"quotes": [{"start": 5, "end": 10_000, "speaker": "X"}]})


# -- reading, checking, saving -------------------------------------------------------------
def test_save_and_read_back_without_overwriting(tmp_path):
    key = _small_key()
    path = save_annotation(key, tmp_path / "sam.json")
    assert read_annotation(path, SMALL) == key
    with pytest.raises(FramingError, match="already a file"):
        save_annotation(new_annotation(SMALL), path)
    assert read_annotation(path) == key  # the first save is still there
    save_annotation(new_annotation(SMALL), path, overwrite=True)
    assert read_annotation(path)["quotes"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "is not an annotation"),
        ('{"name": "a lexicon"}', "is not an annotation"),
        ('{"quotes": {"start": 1}}', '"quotes" should be a list'),
        ('{"quotes": [{"start": "one", "end": 3}]}', '"start" should be a whole number'),
        ('{"quotes": [{"start": 9, "end": 3}]}', "not inside the article"),
        ('{"attributions": [{"paragraph": 1, "starts": "x"}]}', '"source" should be some text'),
        ('{"loaded_terms": [{"paragraph": true, "term": "x", "voice": "outlet"}]}', "whole"),
        ('{"sources": [], "quotes": []}', '"sources" should map'),
    ],
)
def test_bad_files_give_one_plain_sentence(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FramingError, match=message) as error:
        read_annotation(path, SMALL)
    assert "Traceback" not in str(error.value) and "\n" not in str(error.value)


def test_missing_file_and_non_utf8(tmp_path):
    with pytest.raises(FramingError, match="No annotation file"):
        read_annotation(tmp_path / "nope.json")
    (tmp_path / "latin.json").write_bytes(b'{"quotes": ["\xe9"]}')
    with pytest.raises(FramingError, match="not UTF-8"):
        read_annotation(tmp_path / "latin.json")


def test_validate_returns_the_same_dict():
    data = json.loads(json.dumps(_small_key()))
    assert validate_annotation(data, SMALL) is data


@pytest.mark.parametrize("module", [annotation_module, correction_module])
def test_docstring_examples(module):
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0
