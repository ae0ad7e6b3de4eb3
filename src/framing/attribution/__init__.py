"""Who gets quoted: sources, speakers of quotations, and reported speech.

Rules over the article's words, in stages, one module each. Each stage is its own object,
built with exactly what it reads (its ``__init__`` lists it), and `attribute` below is
the whole pipeline:

0. `page`: what is read once from the article -- its text, words, quotations, runs of
   capitalised words, headline and the verbs' stances -- a frozen `Page` every stage
   reads and none writes; and `cast.meet_names`: the people and organisations named in
   it, the `Cast` the stages start with.
1. `cues` (`CueFinder`, reads the page): find the attribution cues in a sentence: a
   speech verb ("said", "warned that", from ``data/speech_verbs.csv``), "according to",
   "was quoted as saying".
2. `speakers` (`SpeakerReader`, reads the page): read the speaker phrase of each cue: the
   noun phrase before the verb, after an inverted verb (`"...," said the mayor`), or the
   main subject for a participle (", warning that"). It returns phrases, not sources.
   With `marks`: the words before a colon or after a dash next to a quotation
   (`From the mayor: "..."`); `coordination`: one phrase for each person a subject names
   ("Coun Green and Wharton say"); `authors`: a document or finding speaks for its owner
   ("the Trust's review found": the Trust); and `headlines`: a headline's speaker before a
   colon ("Igesund: Nigeria didn't ...").
3. `resolve` (`Resolver`, reads the page and ``said``, writes the cast): resolve the
   phrase to a source: a full name, a surname, a title and a name, a pronoun, a
   description ("the organization"), or a collective or anonymous group. With
   `descriptions`: the source a description stands for ("the company", "the boss", "the
   Minister"); `agreement`: the checks before a pronoun or a description is linked to a
   source ("they" is a plural or a body, "the homeowner" no police spokesperson, "she"
   never a newspaper); `role_clauses`: a role opening the clause before a pronoun ("...,
   but the mayor spoke up. He said"); `surnames`: a surname two speakers share names neither;
   `spelling`: a name keeps its initials as printed ("R. M Ratnayake").
4. `sources` (`Recorder`, reads the page, the cast and ``said``): give each quotation its
   speaker, make one attribution per sentence and source, and type the sources from their
   titles and descriptions. With `echoes`: where a headline's, a lede's or a pull quote's
   words come back in the story, trimmed or not, with their speaker.

`engine.Engine` reads the sentences in `engine.reading_order` through stages 1 to 3 and
is the one writer of ``said`` (sentence -> the cues found in it, each a `reading.Said`
with the entity that speaks through it); the stages that read ``said`` get it read-only.
`cast` is the table of the entities met: an `Entity` (a name) and its `Facts` (kind,
type, role, country, gender) are frozen records, and the resolve stage, learning more,
puts a new `Facts` in the table through `Cast.learn`, the one place facts change.
`reading` holds the records the stages pass along (`Entity`, `Facts`, `CueMatch`,
`Said`). `phrases` reads names and phrases from their words alone (with `kin`: a
relative named by their tie, "Landen's mother"; `subjects`: the subject a clause gives a
participle, "with the judge telling him", and the noun phrase inside a speaker phrase;
`not_a_source`: why a phrase names no source, "the 40,000", and photo captions;
`clause_pieces`: what a speaker phrase catches of its clause and no name holds, a time
after the subject "two weeks ago" or the verb of a relative clause "struck on Monday"),
`type_words` the source type and country a phrase's words name, `source_types` a
source's type from all the text says of it, by rules tried in one order (with
`after_name`: what the text says right after a name, "Ana Ruiz, a nurse"; `name_types`:
the words of the name itself, "Daily Mail", "KWXT"; `role_context`: role words read with
the word before them, or a role of two senses with its story's setting, "the clerk";
`two_roles`: which of a source's two roles types it; `owners`: the organisation a person
is named with, "Oxfam's Andy Thomson"; and `emergency`: a body a disaster story names only
by its initials, "according to the CFA");
`words` holds the vocabulary (titles, speech verbs, organisation and group words) and the
packaged lists of places, given names and organisations; `records` the records this
package returns.

Where "she" becomes a person: `resolve.Resolver._pronoun` picks the most recent speaker
or sentence subject that fits the pronoun (`_recent_subjects`, then `_person_for`: a
speaker before someone named only in passing; `_name_opening_the_sentence_before`: a name
of unknown kind that opens the sentence before; `_described_subject_before`: the one
person holding the role that is the subject just before, "but the mayor spoke up. He
said"; `agreement` for "they"), and learns that it is a person of that gender.
Descriptions ("the company") are `descriptions.Descriptions.description`, surnames
`_by_surname`.

What it can not tell you: the rules read the sentence's surface, not its meaning. A
pronoun is resolved to the most recent speaker it fits; a quotation with no speaker in
its own or the neighbouring sentences gets ``speaker=None`` and a reason, never a guess.
Source types come from title and organisation words, so a source the text does not
describe gets the type "other".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..lexicon import Lexicon
from ..text import Article
from .cast import meet_names
from .cues import CueFinder
from .engine import Engine, reading_order
from .page import Page
from .phrases import clear_caches
from .reading import Said
from .records import (
    SOURCE_TYPES,
    Attribution,
    Attributions,
    Cue,
    Mention,
    Source,
    apply_overrides,
)
from .resolve import Resolver
from .sources import Recorder
from .speakers import SpeakerReader
from .words import stance_table, verb_lemma

__all__ = [
    "SOURCE_TYPES",
    "Attribution",
    "Attributions",
    "Cue",
    "Mention",
    "Source",
    "apply_overrides",
    "attribute",
    "build_stages",
    "clear_caches",
    "stance_table",
    "verb_lemma",
]


def attribute(
    article: Article,
    *,
    lexicon: Lexicon | None = None,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> Attributions:
    """Find the sources of an article, the speakers of its quotations, and its reported speech.

    ``overrides`` maps a source's name to new values for "type" or "side", e.g.
    ``{"Kristi Noem": {"side": "US government"}}``.

    >>> found = attribute(Article('"We will appeal," said Ana Ruiz, a lawyer for the family.'))
    >>> found.quotes[0].speaker.name, found.sources[0].type
    ('Ana Ruiz', 'lawyer')
    """
    engine, recorder = build_stages(article, lexicon)
    for sentence, forward in reading_order(article):
        # find the cues, read the speaker phrase of each, resolve the phrase to a source
        engine.read_sentence(sentence, forward=forward)
    found = recorder.collect()  # speakers of quotations, attributions, typed sources
    return apply_overrides(found, overrides) if overrides else found


def build_stages(article: Article, lexicon: Lexicon | None) -> tuple[Engine, Recorder]:
    """The stages of `attribute` for one article, built and wired, not yet run: the engine
    (stages 1 to 3, run sentence by sentence) and the records stage (4, run once after)."""
    page = Page.read(article, lexicon)  # its words, quotations and capitalised runs: read-only
    cast = meet_names(article, page.runs, page.headline)  # the people and organisations named
    said: dict[int, list[Said]] = {}  # sentence -> its cues, each with who speaks through it
    heard = MappingProxyType(said)  # the same, read-only, for the stages that read it
    resolver = Resolver(page, cast, heard)  # the one stage that adds to the cast
    engine = Engine(page, CueFinder(page), SpeakerReader(page), resolver, said)
    recorder = Recorder(
        page,
        cast,
        heard,
        resolve=resolver.resolve,
        spoke_without_words=engine.spoke_without_words,
    )
    return engine, recorder
