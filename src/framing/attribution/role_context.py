"""A role word read with the word before it: the table of cases where that word changes a
role's type ("Australia captain" is an athlete, "army captain" an officer; "Director
General" is no rank; "NDP leader" is a party's), and what `type_words.type_of_head` needs
to look it up; and the words for bodies and their officers that role words are read with
(`RUNS_A_BODY`, `MEMBERS`, `LEGISLATURES`, `PRESIDES`, `LOCAL_COUNCILS`, `OFFICERS`); and the
setting of its story that decides a role word of two senses named alone (`SETTINGS`).

What it can not tell you: a role whose type depends on more than the word before it and
the body after it (the context of the whole article) keeps the type of its own word, but
for the few roles in `SETTINGS`; and those keep it too in a story that names both their
settings, or neither.
"""

from __future__ import annotations

import re

from .records import (
    ADVOCACY,
    BUSINESS,
    COURT,
    FAMILY,
    GOVERNMENT,
    LAWYER,
    MEDIA,
    OTHER,
    POLICE,
    POLITICIAN,
)
from .words import (
    PERSON_NOUNS,
    TYPE_VOCABULARY,
    people_word,
    place_named,
    place_names,
    without_possessive,
)

# the words of a role phrase, with their apostrophes and hyphens ("union’s", "co-chair"):
# how a role word and the word before it are read here and in `type_words` (not
# `phrases.PHRASE_WORD`, a name's words, which joins initials, "U.S.", and drops an apostrophe
# at a word's edge, "parents'")
PHRASE_WORDS = re.compile(r"[\w\-’']+")

# The bodies and officers of an industry's owners, read after a farming word ("farm" in
# `word_before`; with the bodies a possessive names for their people, below: "the Farmers'
# Council")
FARMERS_BODIES = frozenset(
    "union unions federation association society confederation council alliance trust "
    "leader leaders".split()
)
# Words that say the people are farmers, who own or run farms, not their employees:
# "farmers' union", "agricultural society", "farm leader"
_FARMING = frozenset("farm farms farmer farmers farming agricultural agriculture".split())

# Role words whose type depends on the word before them. Each case is tested in
# tests/test_attribution.py and tests/test_source_types.py.
ROLE_IN_CONTEXT = {
    # a country's or a club's captain leads a team, not a unit: "Australia captain Steve Waugh"
    ("captain", "place"): OTHER,
    ("captain", "team"): OTHER,
    ("skipper", "place"): OTHER,
    # ... or a named club's: "Leeds United captain", "Harbour FC skipper" (an army's captain
    # is "army captain" or a title before a name)
    **{(role, name): OTHER for role in ("captain", "skipper") for name in ("name", "initials")},
    # a person's rep is their agent, not a Representative: "the singer's rep"
    ("rep", "possessive"): OTHER,
    # an industry's group is a trade association: "the Road Haulage Union, an industry group"
    ("group", "industry"): BUSINESS,
    # a guest or keynote speaker gives a talk; the Speaker chairs a legislature
    ("speaker", "guest"): OTHER,
    ("speaker", "keynote"): OTHER,
    # a credit union is a bank owned by its members
    ("union", "credit"): BUSINESS,
    # farmers run farms: their union, federation or society is an industry association
    # (GUIDELINE.md §5), as their leader is its officer: "the Zimbabwe Farmers Union", "the
    # Agricultural Society", "farm leader Ana Ruiz" (a farm workers' union is a trade union)
    **{(body, "farm"): BUSINESS for body in FARMERS_BODIES},
    # a body named for the people it speaks for: "the National Women's Council", "the
    # Riverside Supporters' Trust", "the Parents' Association"
    **{
        (body, "people"): ADVOCACY
        for body in ("council", "trust", "association", "federation", "alliance")
    },
    # an officer of an administration or a company, not of the police: "chief administrative
    # officer Ana Ruiz", "chief financial officer"
    ("officer", "administrative"): GOVERNMENT,
    ("officer", "medical"): GOVERNMENT,
    ("officer", "executive"): BUSINESS,
    ("officer", "financial"): BUSINESS,
    ("officer", "operating"): BUSINESS,
    # news organisations and agencies are media: "several news organizations", "news agency"
    **{
        (word, "news"): MEDIA
        for word in "organization organizations organisation organisations agency agencies".split()
    },
    # "General" after another title is no rank: "Director General Jide Idris", "Solicitor
    # General Ana Ruiz" (a government's lawyer); "Major General" stays an officer
    **{
        ("general", title): GOVERNMENT
        for title in "director secretary attorney inspector surgeon auditor postmaster consul "
        "registrar accountant governor".split()
    },
    ("general", "solicitor"): LAWYER,
    # a company's titles: "General Manager Tom Lee", "Managing Director Ana Ruiz"
    ("manager", "general"): BUSINESS,
    ("director", "managing"): BUSINESS,
    # a party's leader: "the party leader", "Opposition leader", "NDP leader Ana Ruiz", "Fine
    # Gael leader Ana Ruiz" (a party goes by its name or its initials); a squadron leader
    # is an officer
    **{
        ("leader", word): POLITICIAN
        for word in "party opposition majority minority initials name".split()
    },
    ("leader", "squadron"): POLICE,
    # a fire brigade is a public service; an army's brigade is a unit
    ("brigade", "fire"): GOVERNMENT,
    # ... and so is a fire rescue service: "Miami-Dade Fire Rescue", "Qld Fire & Rescue"
    ("rescue", "fire"): GOVERNMENT,
    # a company's management runs it; emergency management is a public service ("Grayson
    # County Emergency Management", "the Office of Emergency Management"), and so is
    # disaster management ("National Disaster Management Authority", "the Disaster
    # Management Centre")
    ("management", "emergency"): GOVERNMENT,
    ("management", "disaster"): GOVERNMENT,
    # a member of the House of Lords: "a Labour peer", "a Tory peer", "a life peer"
    **{("peer", word): POLITICIAN for word in ("name", "tory", "life", "crossbench")},
    # "the defence" in a court is the defendant's lawyers ("defence chief" is not)
    **{(word, before): LAWYER for word in ("defence", "defense") for before in ("", "the")},
    # a driver at work speaks for themselves ("a racing driver" is an athlete)
    **{
        ("driver", word): FAMILY
        for word in "bus taxi cab truck lorry delivery forklift train tram van".split()
    },
    # a union's elected workplace officer; a councillor with a council's brief
    ("steward", "shop"): ADVOCACY,
    ("holder", "portfolio"): POLITICIAN,
    ("member", "executive"): POLITICIAN,  # "executive member for housing" of a council
    ("leader", "group"): POLITICIAN,  # a party's group on a council: "Lib Dem group leader"
    # public services: "the National Weather Service", "the fire service"
    **{
        ("service", word): GOVERNMENT
        for word in "weather fire ambulance health prison park postal secret civil revenue "
        "immigration border forest".split()
    },
    ("service", "police"): POLICE,
    **{("service", word): GOVERNMENT for word in ("rescue", "emergency")},
    # a country's central bank is a public body; a news bureau is an outlet's office
    **{("bank", word): GOVERNMENT for word in ("central", "reserve", "world")},
    ("bureau", "news"): MEDIA,
    ("bureau", "business"): BUSINESS,
    # a sports league is no premier's: "the Premier League"
    ("league", "premier"): OTHER,
    ("party", "third"): OTHER,  # "a third party" is no political party
    ("commissioner", "police"): POLICE,
    # a public defender is a lawyer paid by the state; a defender alone is mostly a
    # footballer ("Rovers scored through defender Sam Cole")
    ("defender", "public"): LAWYER,
    # park or wildlife rangers are a public service; "Rangers" alone is mostly a club
    **{("rangers", word): GOVERNMENT for word in ("park", "forest", "wildlife", "game")},
    # the UK's public hospital trusts: "the Royal Free NHS Foundation Trust"
    ("trust", "nhs"): GOVERNMENT,
    ("trust", "foundation"): GOVERNMENT,
    # a council's leader is an elected councillor: "council leader Ana Ruiz"
    ("leader", "council"): POLITICIAN,
    # a party's spokespeople: "a party spokeswoman"
    **{(word, "party"): POLITICIAN for word in ("spokesman", "spokeswoman", "spokesperson")},
    # "according to reports", "local reports": other outlets' ("police reports" are the
    # police's)
    **{
        ("reports", word): MEDIA
        for word in ("", "local", "unconfirmed", "earlier", "initial", "several", "some", "press")
    },
    # public boards: "the parole board", "the school board" (GUIDELINE.md §5: school
    # districts and boards are the government's); a company's board has no such word
    **{
        ("board", word): GOVERNMENT
        for word in "school parole education health planning licensing treasury".split()
    },
    # a school district's head, not a police rank: "school superintendent Ana Ruiz"
    **{("superintendent", word): GOVERNMENT for word in ("school", "schools", "district")},
    # a court's clerk reads the charges and calls the cases (a town or county clerk, the
    # role word's own type, keeps a government's records)
    ("clerk", "court"): COURT,
    # a federation of trade unions: "the Canadian Labour Congress", "the Trades Union
    # Congress"
    **{("congress", word): ADVOCACY for word in ("labour", "labor", "union", "trades")},
    # a doctors' or dentists' professional body speaks for its members: "the Korean Medical
    # Association" (GUIDELINE.md §5: unions and their officials)
    **{("association", word): ADVOCACY for word in ("medical", "dental")},
    # an armed group is a militia (GUIDELINE.md §5: police or military), not a campaign
    # group: "the militant group", "Somali terrorist group al-Shabab", "an armed group"
    **{
        (group, word): POLICE
        for group in ("group", "groups")
        for word in "militant terrorist armed rebel insurgent jihadist paramilitary".split()
    },
    # in a court of the Commonwealth "the Crown" is the prosecution ("Crown Prince" and
    # "Crown Court" have heads of their own)
    **{("crown", before): LAWYER for before in ("", "the")},
}


# A role word of two senses named alone ("the clerk said", "the superintendent said"), read
# in the setting its article names: the words of the setting the table above reads before
# it ("court clerk", "school superintendent"), and the words of the role's other sense, its
# own type ("town clerk", "police superintendent"). One setting and not the other decides.
SETTINGS = {
    "clerk": (
        "court",
        frozenset({"court", "magistrate", "judge"}),
        frozenset({"council", "town", "county", "city", "parliament", "store", "shop"}),
    ),
    "superintendent": (
        "school",
        frozenset({"school", "schools"}),
        frozenset({"police", "constable", "officers", "detective"}),
    ),
}


def type_in_setting(name: str, text: str) -> str | None:
    """The type of a source named by a role word alone (``name`` "clerk", "the
    superintendent") in the setting ``text`` names: a clerk in a story of a court and no
    council is the court's. None for a role of one sense, a name with more words, or a text
    that names both settings or neither."""
    words = name.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) != 1 or words[0] not in SETTINGS:
        return None
    before, setting, other_sense = SETTINGS[words[0]]
    found = set(PHRASE_WORDS.findall(text.lower()))
    if found & other_sense or not found & setting:
        return None
    return ROLE_IN_CONTEXT[(words[0], before)]


# Roles that run a body of any kind take the body's type where the text names a body the
# lists know ("chief executive of the city council" is the council's, "Commissioner of
# Police" the police's), and their own type where it does not ("chief executive of
# Brillo" is a company's); a body's leader is elected ("leader of the council"). A
# director has no type but the body's ("an executive director with the Canadian Labour
# Congress").
# The members of a legislature are elected: "other members of the city council", "a
# member of the state assembly"; "a member of the public" speaks for themselves.
RUNS_A_BODY = frozenset({"executive", "ceo", "commissioner", "general", "leader", "director"})
MEMBERS = frozenset({"member", "members"})
LEGISLATURES = frozenset("council parliament assembly legislature congress senate".split())
# The officers who preside over a legislature are among its elected members: "City Council
# Vice President Ana Ruiz", "the council's chairman", "Senate President Tom Lee" (a member
# of the UN's General Assembly is a diplomat, not a legislator).
PRESIDES = frozenset("president chair chairman chairwoman chairperson".split())
# The councils that are local governments, elected: "city council", "the county council"
# (after these words a council is a legislature; "the Arts Council" is none)
LOCAL_COUNCILS = frozenset(
    "the a its their city county town borough district parish municipal village shire "
    "metropolitan regional".split()
)
# The officers of any kind of body: whose officer they are gives their type ("KMA
# president Tom Lee", after "the Korean Medical Association (KMA)")
OFFICERS = PRESIDES | frozenset("secretary official director executive ceo".split())


def word_before(phrase: str, head: str) -> str:
    """What stands before a description's head noun, as `ROLE_IN_CONTEXT` reads it: "place"
    (a country or its people), "team", "possessive", or the word itself."""
    words = PHRASE_WORDS.findall(phrase.lower())
    if head not in words or words.index(head) == 0:
        return ""
    before = words[words.index(head) - 1]
    if without_possessive(before).rstrip("'’") in _FARMING:
        return "farm"
    if before.endswith(("'s", "’s", "s'", "s’")):
        # "the National Women's Council", "the Students' Union": a body named for the people
        # it speaks for; "the city's council" is a possessive
        owner = without_possessive(before).rstrip("'’")
        return "people" if people_word(owner) else "possessive"
    if place_named(before) is not None or before in place_names():
        return "place"
    # "the Garment Workers Federation"; a trade body ("Retailers Association") is business
    plural_people = before.endswith("s") and before[:-1] in PERSON_NOUNS
    if plural_people and TYPE_VOCABULARY.get(before) != BUSINESS:
        return "people"
    return "team" if before in ("club", "team", "side", "squad") else before


# the opposition's spokespeople: "the shadow home secretary"
_SHADOW = re.compile(r"\b[Ss]hadow\s+(?:[a-z]+\s+){0,3}?(?:secretary|minister|chancellor)\b")


def name_before(phrase: str, head: str) -> str | None:
    """ "initials" when the word before ``head`` is written in capitals ("NDP" in "the NDP
    leader"), "name" when it is capitalised ("Fine Gael leader"), else None."""
    words = PHRASE_WORDS.findall(phrase)
    lows = [w.lower() for w in words]
    at = lows.index(head) if head in lows else 0
    if at == 0 or not words[at - 1][:1].isupper():
        return None
    written = words[at - 1]
    return "initials" if len(written) > 1 and written.isupper() and written.isalpha() else "name"


def is_shadow_minister(phrase: str) -> bool:
    """Is ``phrase`` an opposition spokesperson's title ("the shadow home secretary")?"""
    return bool(_SHADOW.search(phrase))
