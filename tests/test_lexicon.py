"""The loaded-term lexicon: data quality, matching, voice, counts, extending, saving."""

from __future__ import annotations

import random
from dataclasses import FrozenInstanceError, fields, replace
from pathlib import Path

import pytest

import framing
from framing import Article, FramingError, count_loaded_terms, load_gold, load_lexicon, load_seed
from framing.lexicon import (
    CATEGORIES,
    GROUPS,
    Lexicon,
    TermHit,
    count_by,
    keyword_in_context,
    per_thousand,
)

DATA = Path(__file__).parent / "data"


def terms(text: str, lexicon=None) -> list[str]:
    return [h.term for h in count_loaded_terms(Article(text, check_language=False), lexicon)]


def test_packaged_lexicon_is_complete_and_cited():
    lexicon = load_lexicon()
    loaded = [e for e in lexicon if e.loaded]
    assert len(loaded) >= 150
    sources = (Path(__file__).parents[1] / "src/framing/data/SOURCES.md").read_text()
    for entry in lexicon:
        assert entry.category in CATEGORIES
        assert entry.note and entry.citation
        assert (
            entry.neutral
            or entry.category == "verb-neutral"
            or "no " in entry.note.lower()
            or entry.note
        )
        for key in entry.citation.split("; "):
            assert key in sources, f"{entry.term}: citation {key!r} missing from SOURCES.md"
    for category in CATEGORIES:
        assert sum(e.category == category for e in lexicon) >= 8, category


PRECISION = [line for line in (DATA / "lexicon_precision.txt").read_text().splitlines() if line]
POSITIVE = [
    line.split("\t", 1) for line in (DATA / "lexicon_positive.txt").read_text().splitlines() if line
]


@pytest.mark.parametrize("sentence", PRECISION)
def test_plain_senses_are_not_flagged(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize(("term", "sentence"), POSITIVE)
def test_loaded_uses_are_flagged(term, sentence):
    assert term in terms(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police claimed the men fled. She claims more. They were claiming it.", ["claim"] * 3),
        ("Lawmakers passed the Alien Enemies Act in 1798.", []),
        ("The Terrorism Confinement Center holds 40,000 inmates.", []),
        ("Amnesty International said conditions were poor.", []),
        ("The regime's crackdown continued.", ["regime", "crackdown"]),
        ("An aggressive crackdown followed.", ["aggressive crackdown"]),
        ("He called them thugs; the so-called reforms failed.", ["thug", "so-called"]),
        ("The crackdowns were notorious.", ["crackdown", "notorious"]),
        ("Notorious gangs ran the district.", ["notorious"]),
    ],
)
def test_matching_rules(text, expected):
    assert terms(text) == expected


def test_no_match_inside_longer_words():
    assert terms("The thuggish style of the unthugs was noted by many writers in town.") == []


def test_offsets_and_voice():
    text = 'The notorious prison was called "a draconian place" by critics.'
    hits = count_loaded_terms(text)
    assert [(h.text, h.voice) for h in hits] == [("notorious", "outlet"), ("draconian", "quoted")]
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text


def test_seed_annotation_terms_are_found_with_their_voice():
    article = load_seed()
    hits = count_loaded_terms(article)
    lines = article.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for item in load_gold()["loaded_terms"]:
        if item.get("optional"):
            continue
        start = article.text.find(
            item["term"], offsets[item["paragraph"]], offsets[item["paragraph"] + 1]
        )
        hit = next((h for h in hits if h.start <= start < h.end), None)
        assert hit is not None, item["term"]
        if item["voice"] == "outlet":
            assert hit.voice == "outlet", item["term"]
        elif start in range(0, len(article.text)) and any(
            q.start <= start < q.end for q in __import__("framing").find_quotes(article)
        ):
            assert hit.voice == "quoted", item["term"]


def test_counts_and_rates():
    hits = count_loaded_terms("Thugs and thugs. The notorious regime.")
    assert count_by(hits, "term") == {"thug": 2, "notorious": 1, "regime": 1}
    assert count_by(hits, "voice") == {"outlet": 4}
    assert per_thousand(3, 600) == 5.0 and per_thousand(1, 0) == 0.0
    with pytest.raises(FramingError):
        count_by(hits, "colour")


def test_keyword_in_context_stays_in_the_sentence():
    lines = keyword_in_context("They claimed it. She claims more.", "claim", width=20)
    assert [str(k) for k in lines] == ["They [claimed] it.", "She [claims] more."]
    assert keyword_in_context("Nothing here at all today.", "regime") == ()


def test_extending_from_a_csv(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("term,category,neutral\nwoke mob,label,critics\ngravy train,label,\n")
    lexicon = load_lexicon(extra=extra)
    assert "woke mob" in lexicon and len(lexicon) == len(load_lexicon()) + 2
    assert terms("A woke mob boarded the gravy train.", lexicon) == ["woke mob", "gravy train"]
    assert "woke mob" not in load_lexicon()  # the packaged lexicon is untouched


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("term,category\nthugs,lable\n", 'Row 2 of bad.csv: the category "lable"'),
        ("term,category\n,label\n", "Row 2 of bad.csv: the term is empty"),
        ("word,kind\nthugs,label\n", "needs a header row"),
        ("term,category\nthugs,label,extra,cells\n", "Row 2 of bad.csv: it has more cells"),
        ("term,category,context\nthugs,label,near:x\n", "context rule"),
    ],
)
def test_a_malformed_row_says_which_row_and_what(tmp_path, content, fragment):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(FramingError) as info:
        load_lexicon(extra=path)
    assert fragment in str(info.value)


def test_edits_return_new_lexicons_and_save_never_overwrites(tmp_path):
    lexicon = load_lexicon()
    edited = (
        lexicon.with_term("woke mob", "label").without("thug").recategorized("regime", "descriptor")
    )
    assert "thug" in lexicon and "thug" not in edited and edited["regime"].category == "descriptor"
    target = tmp_path / "my_lexicon.csv"
    edited.save(target)
    assert load_lexicon(target)["regime"].category == "descriptor"
    assert len(load_lexicon(target)) == len(edited)
    with pytest.raises(FramingError, match="already a file"):
        edited.save(target)
    edited.save(target, overwrite=True)
    with pytest.raises(FramingError, match="never changed"):
        edited.save(Path(__file__).parents[1] / "src/framing/data/lexicon.csv", overwrite=True)
    assert not list(tmp_path.glob(".*tmp"))  # no temporary files left behind


def test_unknown_term_lists_close_matches():
    with pytest.raises(FramingError, match="Close matches: thug"):
        load_lexicon()["thugz"]


def _mixed_texts(lexicon, count: int, seed: int) -> list[str]:
    """Lexicon forms among filler words: capitals, possessives, hyphens, quotation marks."""
    rng = random.Random(seed)
    forms = [form for entry in lexicon for form in entry.forms]
    filler = 'the a of in said told says stories he she them Ana Act , . - — “ ” "'.split()
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(5, 40)):
            if rng.random() < 0.5:
                words = list(rng.choice(forms))
                if rng.random() < 0.2:
                    words = [w.capitalize() for w in words]
                if rng.random() < 0.15:
                    words[-1] += rng.choice(["'s", "’s", "'", "’"])
                parts.append(rng.choice([" ", " ", "-", ", "]).join(words))
            else:
                parts.append(rng.choice(filler))
        text = " ".join(parts)
        texts.append('"' + text + '," she said.' if rng.random() < 0.3 else text + ".")
    return texts


def test_skipping_neutral_words_early_leaves_the_loaded_hits_as_they_were():
    # count_loaded_terms never looks at words whose entries are all neutral ("said"); that
    # must give exactly the loaded hits of a full match, even where a neutral and a loaded
    # entry share a form, or a neutral form is longer than one word.
    base = load_lexicon()
    lexicons = [
        base,
        base.with_term("told", "fear"),  # where "tell" (neutral) is ruled out: "told stories"
        Lexicon([])
        .with_term("say", "verb-neutral", forms="said|said that|says")
        .with_term("said that", "fear", context="prev:he")
        .with_term("that", "label"),
    ]
    seed = load_seed().text
    texts = [seed, seed.upper(), "He told stories.", *(s for _, s in POSITIVE), *PRECISION]
    for number, lexicon in enumerate(lexicons):
        for text in [*texts, *_mixed_texts(lexicon, 150, number)]:
            article = Article(text, check_language=False)
            every = count_loaded_terms(article, lexicon, include_neutral=True)
            loaded = count_loaded_terms(article, lexicon)
            assert [(h, h.entry) for h in loaded] == [(h, h.entry) for h in every if h.entry.loaded]


def test_term_hits_are_frozen_records():
    for hit in count_loaded_terms(load_seed()):
        assert type(hit) is TermHit
        values = [getattr(hit, f.name) for f in fields(TermHit)]  # every field is set
        assert hit == TermHit(*values) and hash(hit) == hash(TermHit(*values))
        assert replace(hit) == hit and repr(hit) == repr(TermHit(*values))
        with pytest.raises(FrozenInstanceError):
            hit.voice = "quoted"  # type: ignore[misc]


# --- contested labels, loaded verbs of judgement, explanations ---------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The pro-life group marched on the capitol.", "pro-life"),
        ("The anti-abortion group marched on the capitol.", "anti-abortion"),
        ("The regime jailed three reporters.", "regime"),
        ("Police began a crackdown on street vendors.", "crackdown"),
        ("The mayor ran on law and order.", "law and order"),
        ("She promised to secure the border within a year.", "secure the border"),
        ("The clinic serves undocumented workers.", "undocumented"),
    ],
)
def test_contested_labels_are_found_and_marked_as_such(sentence, term):
    hits = [h for h in count_loaded_terms(sentence) if h.term == term]
    assert hits, term
    assert hits[0].contested and hits[0].group == "contested"
    assert hits[0].entry.neutral  # the other words in use
    assert "Other words in use" in hits[0].why()


def test_contested_labels_are_counted_apart_from_loaded_words():
    analysis = framing.analyze("Critics slammed the regime. The pro-life group agreed.")
    assert count_by(analysis.hits, "group") == {"contested": 2, "word choice": 1}
    rates = analysis.terms_per_thousand("group")
    assert set(rates) == {"contested", "word choice"}
    assert set(GROUPS) >= set(rates)


@pytest.mark.parametrize(
    ("sentence", "term", "stance"),
    [
        ("The senator slammed the new tax plan.", "slam", "alarm"),
        ("Critics mocked the governor's speech.", "mock", "alarm"),
        ("The mayor bragged about the new stadium.", "brag", "distancing"),
        ("The company touted its record profits.", "tout", "distancing"),
    ],
)
def test_loaded_verbs_of_judgement_count_as_word_choices_and_keep_a_stance(sentence, term, stance):
    hit = next(h for h in count_loaded_terms(sentence) if h.term == term)
    assert not hit.category.startswith("verb-") and hit.group == "word choice"
    assert hit.entry.stance == stance


def test_every_hit_can_say_why_it_was_flagged():
    text = "Officials say the notorious prison holds 86,000 gang members, the regime said."
    for hit in count_loaded_terms(text):
        why = hit.why()
        assert f'"{hit.text}"' in why and f'"{hit.term}"' in why
        assert hit.entry.category_name in why and hit.entry.citation in why
        if hit.entry.context_text:
            assert hit.entry.context_text in why  # the context rule that let it through
    regime = next(h for h in count_loaded_terms(text) if h.term == "regime")
    assert "Its context rule let it through here" in regime.why()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police have arrested more than 86,000 gang members since March.", ["gang members"]),
        ("Police have arrested 1,200 gang members in the city.", ["gang members"]),
        ("Police have arrested more than 86,000 suspected gang members.", ["suspected"]),
        ("Two gang members were seen near the school.", []),
        ("The army seized the men and disappeared into a secret jail.", ["disappeared into"]),
        ("The thief grabbed the bag and disappeared into the crowd.", []),
        ("He waved goodbye and disappeared into the night.", []),
    ],
)
def test_counts_stated_as_fact_and_the_transitive_disappeared(sentence, expected):
    assert terms(sentence) == expected


def test_a_student_lexicon_with_todays_columns_still_loads(tmp_path):
    # The columns students' files had before contested labels existed, and older files
    # with only some of them: all load, and their rows keep their categories.
    full = tmp_path / "full.csv"
    full.write_text(
        "term,category,neutral,note,citation,forms,context\n"
        "depot,label,garage,A word I chose.,added by me,depot|depots,not_next:manager\n"
        "boondoggle,descriptor,project,,,,\n",
        encoding="utf-8",
    )
    short = tmp_path / "short.csv"
    short.write_text("term,category\nslammed,verb-alarm\nregime,label\n", encoding="utf-8")
    lexicon = load_lexicon(extra=full).extended(short)
    assert lexicon["depot"].category == "label" and lexicon["depot"].context
    assert lexicon["slammed"].category == "verb-alarm"
    assert lexicon["regime"].category == "label"  # a student's choice overrides the kit's
    assert terms("The depot manager and the depots.", lexicon) == ["depot"]
    saved = load_lexicon(lexicon.save(tmp_path / "again.csv"))
    assert saved["boondoggle"].category == "descriptor"


def test_citations_say_what_they_support():
    # Papers that define a category but never discuss the word are no longer cited for it.
    general = {"Recasens et al. 2013", "Da San Martino et al. 2019", "Entman 1993"}
    for entry in load_lexicon():
        keys = set(entry.citation.split("; "))
        if not entry.category.startswith("verb-"):
            assert not keys & general, entry.term
    alien = load_lexicon()["illegal alien"]
    assert "Ommundsen et al. 2014" in alien.citation and "Rucker et al. 2019" in alien.citation
    sources = (Path(__file__).parents[1] / "src/framing/data/SOURCES.md").read_text()
    assert "patriotupdate" not in sources  # AP cited directly, not through a partisan blog


def test_the_lexicon_has_words_from_every_side():
    lexicon = load_lexicon()
    for term in ("law and order", "tough on crime", "secure the border", "protect the homeland"):
        assert term in lexicon
    for pair in (("crackdown", "law and order"), ("pro-life", "anti-abortion")):
        assert {lexicon[t].category for t in pair} == {"contested"}
