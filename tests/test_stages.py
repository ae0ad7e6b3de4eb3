"""The attribution stages as separate objects (`framing.attribution`): each is built with
what it reads, the page is read-only, and only the resolve stage adds to the cast."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from types import MappingProxyType

import pytest

from framing import Article, analyze
from framing.attribution import attribute, build_stages
from framing.attribution.cast import meet_names
from framing.attribution.cues import CueFinder
from framing.attribution.engine import Engine, reading_order
from framing.attribution.page import Page
from framing.attribution.resolve import Resolver
from framing.attribution.sources import Recorder
from framing.attribution.speakers import SpeakerReader

STAGES = [CueFinder, SpeakerReader, Resolver, Recorder, Engine]

TEXT = (
    "Flood Closes Harbour School\n\n"
    "The flood reached Harbour Primary School on Monday.\n\n"
    "Head teacher Mirela Osei said the building would reopen on Friday. "
    "She added that nobody was hurt.\n\n"
    'From the council: "The road stays shut."\n\n'
    '"We lost everything." - Tomas Fell, a shop owner'
)


def _self_attributes(tree: ast.AST, context: type[ast.expr_context]) -> set[str]:
    """The names ``x`` of every ``self.x`` in ``tree`` that is set (`ast.Store`) or read
    (`ast.Load`)."""
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
        and isinstance(node.ctx, context)
    }


def _reads_and_names(stage: type) -> tuple[set[str], set[str]]:
    """The ``self.x`` a stage's methods read, and the names it gives itself: what its
    ``__init__`` sets, and its methods."""
    tree = ast.parse(inspect.getsource(stage))
    cls = tree.body[0]
    assert isinstance(cls, ast.ClassDef)
    methods = {f.name for f in cls.body if isinstance(f, ast.FunctionDef)}
    init = next(f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
    given = _self_attributes(init, ast.Store)
    read = _self_attributes(cls, ast.Load)
    return read, given | methods


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.__name__)
def test_a_stage_is_its_own_object_and_names_what_it_reads(stage):
    """No stage inherits another's methods or state: everything it reads through ``self``
    is set in its own ``__init__`` or is one of its own methods."""
    assert stage.__bases__ == (object,)
    read, named = _reads_and_names(stage)
    assert read <= named, f"{stage.__name__} reads {sorted(read - named)} it does not name"


class _Reaching:
    """A stage that reads what it was not given, as the mixins did: ``self.cast``."""

    def __init__(self, page: Page) -> None:
        self.text = page.text

    def first_word(self) -> str:
        return self.text.split()[0] + str(self.cast)  # type: ignore[attr-defined]


def test_the_check_sees_what_a_stage_reads_without_naming_it():
    read, named = _reads_and_names(_Reaching)
    assert read - named == {"cast"}


def test_the_page_is_read_only():
    page = Page.read(Article(TEXT, check_language=False), None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.text = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        page.quotes_by_sentence[0] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        page.stances["say"] = "alarm"  # type: ignore[index]
    assert page.headline == (0, len("Flood Closes Harbour School"))


def test_the_page_looks_up_quotations_and_words():
    article = Article('Ana Ruiz said "we will appeal" on Monday.', check_language=False)
    page = Page.read(article, None)
    inside = article.text.index("appeal")
    assert page.inside_quote(inside)
    assert not page.inside_quote(article.text.index("Monday"))
    assert page.after_preposition(article.text.index("Monday"))
    assert not page.after_preposition(article.text.index("said"))
    assert [page.keys[k] for k in page.word_range(article.sentences[0])][:3] == [
        "ana",
        "ruiz",
        "said",
    ]


def test_the_speaker_stage_returns_phrases_and_never_touches_the_cast():
    """A colon or a dash next to a quotation gives a phrase; the engine has it resolved."""
    article = Article(TEXT, check_language=False)
    page = Page.read(article, None)
    cast = meet_names(article, page.runs, page.headline)
    before = (dict(cast.entities), dict(cast.facts), {e: list(m) for e, m in cast.mentions.items()})
    reader = SpeakerReader(page)
    found = [
        (mark.cue.form, mark.phrase.text, mark.phrase.role)
        for sentence in article.sentences
        for mark in reader.colon_and_dash_phrases(sentence, [])
    ]
    assert found == [("colon", "the council", ""), ("dash", "Tomas Fell", "a shop owner")]
    after = (dict(cast.entities), dict(cast.facts), {e: list(m) for e, m in cast.mentions.items()})
    assert after == before


def test_the_stages_by_hand_give_what_attribute_gives():
    """The pipeline, stage by stage: the resolve and record stages read ``said`` read-only
    while the engine writes it, and the record stage makes the same records as
    `attribute`."""
    article = Article(TEXT, check_language=False)
    engine, recorder = build_stages(article, None)
    assert isinstance(engine.said, dict)
    assert isinstance(engine.resolver.said, MappingProxyType)
    assert isinstance(recorder.said, MappingProxyType)
    for sentence, forward in reading_order(article):
        engine.read_sentence(sentence, forward=forward)
    found = recorder.collect()
    assert found == attribute(article)
    speakers = {s.name for s in found.sources}
    assert {"Mirela Osei", "Tomas Fell"} <= speakers
    # "She added that ...": the pronoun is resolved from what the engine wrote in `said`
    she = next(a for a in found.attributions if a.cue == "added")
    assert she.source.name == "Mirela Osei"


def test_the_headline_is_read_last():
    article = Article(TEXT, check_language=False)
    order = reading_order(article)
    assert order[-1] == (article.sentences[0], True)
    assert all(not forward for _, forward in order[:-1])


def test_the_record_stage_resolves_a_sentence_pointing_back_with_the_resolver_it_is_given():
    """ "Those were the only words ...": the record stage finds the name, and resolves it
    through the resolve stage it was given."""
    text = (
        "The trial ended on Tuesday.\n\n"
        '"I am sorry." Those were the only words Dana Reyes spoke in court.'
    )
    analysis = analyze(Article(text, check_language=False))
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.name == "Dana Reyes"
