"""Source types from the whole text (attribution/source_types.py, data/source_words.csv):
one sentence per rule, written for the test (issue 15, acc8)."""

from __future__ import annotations

import pytest

from framing import Article, analyze
from framing.attribution.type_words import head_word, type_of

FAMILY = "affected person or family"


def _type(text: str, name: str) -> str:
    """The type of the source whose name holds ``name`` (the name may keep letters after
    it: "Dara Quinn SC")."""
    sources = analyze(Article(text, check_language=False)).sources
    exact = [s.type for s in sources if s.name.lower() == name.lower()]
    return next(iter(exact), None) or next(s.type for s in sources if name in s.name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person noun that opens a sentence before a name ("Resident Ana Ruiz")
        (
            "The water rose. Resident Ana Ruiz said it was fast.",
            "Ana Ruiz",
            "affected person or family",
        ),
        ("Witness Tom Lee told the court he saw the car.", "Tom Lee", "affected person or family"),
        # titles of English news the role list lacked
        ('"The vote is Tuesday," said Councilmember Ana Ruiz.', "Ana Ruiz", "politician"),
        (
            '"We will act," Taoiseach Dara Quinn told the Dáil.',
            "Dara Quinn",
            "government or official",
        ),
        ('"We will act," said Tánaiste Dara Quinn.', "Dara Quinn", "government or official"),
        ('"Why the delay?" asked CJI Anil Rao.', "Anil Rao", "court"),
        ('"Order," said Ceann Comhairle Dara Quinn.', "Dara Quinn", "politician"),
        ('"He is innocent," said Attorney-at-law Ana Ruiz.', "Ana Ruiz", "lawyer"),
        ('"We will act," Interior CS Tom Kamau said.', "Tom Kamau", "government or official"),
        (
            '"We will act," said executive member for housing Ana Ruiz.',
            "Ana Ruiz",
            "politician",
        ),
        ('"We will act," said Lib Dem group leader Ana Ruiz.', "Ana Ruiz", "politician"),
        ('"Bail is refused," said Magistrate Tendai Moyo.', "Tendai Moyo", "court"),
        (
            '"The water came fast," said Lakeside local Ana Ruiz.',
            "Ana Ruiz",
            "affected person or family",
        ),
        ('"The plan is a mess," the Tories said.', "Tories", "politician"),
        # "General" after another title is no military rank; before a name it still is
        ('"Cases rose," said Director General Jide Bello.', "Jide Bello", "government or official"),
        ('"The state erred," said Solicitor General Ana Ruiz.', "Ana Ruiz", "lawyer"),
        ('"We held the line," said Major General Tom Lee.', "Tom Lee", "police or military"),
        ('"Sales fell," said General Manager Tom Lee.', "Tom Lee", "business"),
        ('"Sales fell," said Managing Director Ana Ruiz.', "Ana Ruiz", "business"),
        # a title joined to its body before the name
        (
            "Minister for Rural and Island Affairs Ana Ruiz opened the pier on Monday."
            ' "No more than anyone," Ms Ruiz said.',
            "Ana Ruiz",
            "government or official",
        ),
        ('"The car sped off," said Chief of Police Dan Hale.', "Dan Hale", "police or military"),
        # a party's leader: by the word before "leader" or the party's initials
        ('"Recall the house," said party leader Ana Ruiz.', "Ana Ruiz", "politician"),
        ('"Recall the house," said SNP leader Ana Ruiz.', "Ana Ruiz", "politician"),
        ('"Recall the house," said Ana Ruiz, Ontario NDP leader.', "Ana Ruiz", "politician"),
        ('"Recall the house," said Green Isle leader Ana Ruiz.', "Ana Ruiz", "politician"),
        ('"We flew at dawn," said Squadron Leader Ana Ruiz.', "Ana Ruiz", "police or military"),
        # the place a legislator represents
        (
            '"It was rushed," said Tom Lee, who represents a rural coastal seat.',
            "Tom Lee",
            "politician",
        ),
        # police ranks of South Asian and Nigerian English
        ('"The bridge fell at noon," DSP Ana Ruiz said.', "Ana Ruiz", "police or military"),
        ('"Ten were held," said IGP Tunde Bello.', "Tunde Bello", "police or military"),
        # an abbreviation in brackets between a title of a body and the name
        (
            "The bridge fell at noon, Superintendent of Police (SP) Dan Hale said.",
            "Dan Hale",
            "police or military",
        ),
        # public services
        (
            "The National Weather Service said the winds reached 140 mph.",
            "National Weather Service",
            "government or official",
        ),
        # senior counsel after the name
        ('"The case is novel," said Dara Quinn SC, for the council.', "Dara Quinn", "lawyer"),
        ("Ana Ruiz KC argued that the fine was too high.", "Ana Ruiz", "lawyer"),
        # what happened to a person, or where they live, makes them one of those affected
        (
            '"It came out of nowhere," said Ana Ruiz, who lost her home to the storm.',
            "Ana Ruiz",
            "affected person or family",
        ),
        (
            '"The glass shattered," said Tom Lee who sheltered in a closet.',
            "Tom Lee",
            "affected person or family",
        ),
        (
            'Ana Ruiz, 71, lives two doors down. "He was kind," Ms Ruiz said.',
            "Ana Ruiz",
            "affected person or family",
        ),
        (
            'Tom Lee, 32, and Mia Cole, 34, live nearby. "It was loud," Ms Cole said.',
            "Mia Cole",
            "affected person or family",
        ),
        (
            'The roof of Dan Hale\'s house is gone. "We were lucky," said Hale.',
            "Dan Hale",
            "affected person or family",
        ),
        (
            'Ana Ruiz and her two sons waded through the water. "It was cold," Ms Ruiz said.',
            "Ana Ruiz",
            "affected person or family",
        ),
        (
            '"We lost everything," said Tom Lee, whose bakery was flooded on Monday.',
            "Tom Lee",
            "affected person or family",
        ),
        (
            'Ana Ruiz, 41, fled the town with her children. "There was smoke," she said.',
            "Ana Ruiz",
            "affected person or family",
        ),
        # an organisation's name before the people who speak for it
        (
            "Zentrix CEO Ana Ruiz spoke on Monday. Zentrix said profits rose.",
            "Zentrix",
            "business",
        ),
        (
            "Morvane analysts voiced optimism. In a note, Morvane said sales would rise.",
            "Morvane",
            "expert or academic",
        ),
        # a spokesperson takes the type of the body the text describes
        (
            'Brillo, the online retailer, said sales rose. "We are pleased," Brillo'
            " spokesperson Colin Ashby said.",
            "Colin Ashby",
            "business",
        ),
        (
            'The Harbour Trust, a charity, runs the pier. "We are pleased," said Colin Ashby, a'
            " Harbour Trust spokesman.",
            "Colin Ashby",
            "advocacy group",
        ),
        (
            'The seat went to candidate Meg Whitman. "We are glad," said Whitman spokeswoman'
            " Ana Ruiz.",
            "Ana Ruiz",
            "politician",
        ),
        # a couple named together: "her parents, Tom and Ana Lee"
        (
            "The girl's parents, Tom and Ana Lee, were in court."
            ' "We forgive no one," Tom Lee said.',
            "Tom Lee",
            "affected person or family",
        ),
        # an adjective after an article is no head noun: "a retired professor"
        (
            '"It has gone too far," said Ana Ruiz, a retired professor of physics who joined the'
            " march.",
            "Ana Ruiz",
            "expert or academic",
        ),
        # a bench of judges
        ('"Why the delay?" the bench said.', "bench", "court"),
    ],
)
def test_a_role_word_anywhere_the_text_names_a_source_gives_its_type(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "not_kind"),
    [
        # an organisation's name before the people it serves does not make it theirs
        (
            "Zentrix fans queued all night. Zentrix said the phone sold out.",
            "Zentrix",
            "affected person or family",
        ),
        # the words before a role word count only in its own phrase: "times" is no newspaper
        ('"He fired five times," explained Chief Dan Hale.', "Dan Hale", "media"),
        # "Sunday" opens names of people as well as of newspapers
        ('"We are ready," said Sunday Okoro.', "Sunday Okoro", "media"),
        # losing an election is no misfortune of the kind that makes one affected
        (
            '"I am sorry," said Tom Lee, who lost the election.',
            "Tom Lee",
            "affected person or family",
        ),
        # a home page is no home
        (
            "Zentrix's home page was down. Zentrix said the site was back.",
            "Zentrix",
            "affected person or family",
        ),
        # a couple of another surname: "Leeson" is not "Lee"
        (
            "The girl's parents, Tom and Ana Leeson, were in court."
            ' "We forgive no one," Tom Lee said.',
            "Tom Lee",
            "affected person or family",
        ),
    ],
)
def test_a_word_near_a_name_that_does_not_describe_it_gives_no_type(text, name, not_kind):
    assert _type(text, name) != not_kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz, 31, said the water rose.", "Ana Ruiz"),
        ('"It rose fast," said Tom Lee, 40.', "Tom Lee"),
    ],
)
def test_an_age_is_no_role(text, name):
    assert analyze(Article(text, check_language=False)).source(name).role is None


def test_an_adjective_after_an_article_is_no_head_noun():
    assert head_word("a retired professor from the Indian Institute") == "professor"
    assert head_word("the acting mayor") == "mayor"
    assert head_word("a man charged with theft") == "man"
    assert head_word("the Leeds United captain") == "captain"


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("an MLA for the riding", "politician"),
        ("a Labour TD", "politician"),
        ("a state assemblywoman", "politician"),
        ("an onlooker", "affected person or family"),
        ("an evacuee from the valley", "affected person or family"),
        ("a spectator in the stand", "affected person or family"),
        ("a retired pensioner", "affected person or family"),
        ("the dean of the law school", "expert or academic"),
        ("a retired brigadier", "police or military"),
        ("the proprietor of the bakery", "business"),
        ("the director of the budget directorate", "government or official"),
        ("president of the Garment Workers Federation", "advocacy group"),
        ("president of the Riverside Nurses Alliance", "advocacy group"),
        # a role that runs a body takes the body's type where the lists know the body
        ("chief executive of the city council", "government or official"),
        ("chief executive of the charity", "advocacy group"),
        ("chief executive of Brillo Ltd", "business"),
        ("chief executive of the Riverside NHS Foundation Trust", "government or official"),
        ("the Commissioner of Police", "police or military"),
        ("the Inspector General of Police", "police or military"),
        ("spokesperson for the Harbour State Police Command", "police or military"),
        ("leader of the council", "politician"),
        ("the council leader", "politician"),
        ("a party spokeswoman", "politician"),
        ("a BJP corporator", "politician"),
        ("an MCA for the ward", "politician"),
        ("a shop steward at the depot", "advocacy group"),
        ("portfolio holder for planning", "politician"),
        ("a paediatrician in Leeds", "expert or academic"),
        ("a GP in Leeds", "expert or academic"),
        ("Leeds United captain", "other"),
        ("a 38-year-old forklift driver", "affected person or family"),
        ("a hotel cleaner", "affected person or family"),
        ("a racing driver", "other"),
        ("the Harbour FC skipper", "other"),
        ("an army captain", "police or military"),
        ("the shadow home secretary", "politician"),
        ("a member of the state assembly", "politician"),
        ("a member of the public", "affected person or family"),
        ("a Labour peer", "politician"),
        ("a watch manager at the fire brigade", "government or official"),
        ("a juror in the trial", "court"),
        ("a mourner at the service", "affected person or family"),
        ("a veterinarian in Galway", "expert or academic"),
    ],
)
def test_a_description_after_a_name_gives_its_type(role, kind):
    """General English role and body words of data/source_words.csv (acc8)."""
    text = f'"We have waited long enough," said Nadia Brook, {role}.'
    assert _type(text, "Nadia Brook") == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The port is shut, according to reports.", "reports", "media"),
        ("The port is shut, according to local reports.", "local reports", "media"),
        ("The defence said the search was unlawful.", "defence", "lawyer"),
        ("The coastguard said two boats were missing.", "coastguard", "government or official"),
        (
            "The gun was fired twice, according to police reports.",
            "police reports",
            "police or military",
        ),
    ],
)
def test_reports_and_trade_bodies(text, name, kind):
    assert _type(text, name) == kind


def test_a_trade_body_named_for_its_members_is_no_advocacy_group():
    assert type_of("the Retailers Association") != "advocacy group"
    assert type_of("the Tenants Association") == "advocacy group"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The Labour Party", "politician"),
        ("The ruling party", "politician"),
        ("The Bureau of Meteorology", "government or official"),
        ("The Central Bank of Kenya", "government or official"),
        ("The Presidency", "government or official"),
        ("The Premier League", "other"),
        ("The Daily Mail", "media"),
        ("The Evening Standard", "media"),
        ("Queensland Fire and Rescue Service", "government or official"),
        ("BBC Sport", "media"),
        ("UN Women", "government or official"),
    ],
)
def test_a_body_that_speaks_by_its_name(body, kind):
    """A body's type from the words of its name (acc8)."""
    text = f'"We are ready," {body} said in a statement on Monday.'
    sources = analyze(Article(text, check_language=False)).sources
    assert [s.type for s in sources] == [kind]


def test_a_third_party_is_no_political_party():
    assert type_of("a third party") != "politician"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the words before a lowercase role word are its own: a resident magistrate is a
        # magistrate, not a resident
        (
            'Chief resident magistrate Ana Banda refused. "Proceed," the magistrate said.',
            "magistrate",
            "court",
        ),
        # a headline above is no title: "... victim" then "A judge at ..." on a new line
        (
            "Judge jails man who hurt victim\n\nA judge at Leeds Crown Court has defended his"
            ' ruling. "It was fair," the judge said.',
            "judge at Leeds Crown Court",
            "court",
        ),
        # what was done to a person, said as their sentence's verb, makes them affected
        (
            'Ana Ruiz was attacked on Friday near her bus stop. "I ran," Ms Ruiz said.',
            "Ana Ruiz",
            "affected person or family",
        ),
        ('Tom Lee, 28, was badly injured. "It hurt," he said.', "Tom Lee", FAMILY),
        ('Ana Ruiz lost her son in the crash. "Why?" she asked.', "Ana Ruiz", FAMILY),
        # where they live: an age without its second comma, a house next door
        ('Tom Lee, 45 who lives opposite, said: "It was loud."', "Tom Lee", FAMILY),
        ('Ana Ruiz, 60, of one of the nearby homes, said: "We ran."', "Ana Ruiz", FAMILY),
        # bodies and roles read with the word before them (role_context.ROLE_IN_CONTEXT)
        (
            '"We will act," said school superintendent Ana Ruiz.',
            "Ana Ruiz",
            "government or official",
        ),
        ('"Release is refused," the parole board said.', "parole board", "government or official"),
        (
            '"Talks failed," said Tom Lee, an executive director with the Harbour Labour Congress.',
            "Tom Lee",
            "advocacy group",
        ),
        (
            '"We will strike," the Harbour Medical Association said.',
            "Harbour Medical",
            "advocacy group",
        ),
        ('"He is guilty," the Crown said.', "Crown", "lawyer"),
        ('"We will act," the Govt said.', "Govt", "government or official"),
        # an acronym takes the type of the name it stands for, where the text spells it out
        (
            'The Harbour Medical Association met on Monday. "We will strike," the HMA said.',
            "HMA",
            "advocacy group",
        ),
        (
            'The Kelbar Ministry of Water and Power met. "We will act," KMWP said.',
            "KMWP",
            "government or official",
        ),
        # a title joined to a body whose name has "of" in it, and its initials
        (
            "Governor of the Central Bank of Kelbar, CBK, Ana Ruiz, said rates stay."
            ' "We are ready," Ruiz said.',
            "Ana Ruiz",
            "government or official",
        ),
        # "Mr Quinn" takes the title of the full name that ends in his surname (since
        # merge30 "the Mr Quinn" is that person, one source: "Dara Quinn")
        (
            "Mayor Dara Quinn opened the pier on Monday. Asked about it, the Mr Quinn said"
            ' directly: "It was a bailout."',
            "Quinn",
            "politician",
        ),
        # a title of several words kept in a name the speaker phrase read too long
        (
            "Several steps were taken, said Central Bank Governor Ana Ruiz here on Monday.",
            "Ana Ruiz",
            "government or official",
        ),
        # the head of a body named by its initials, spelt out elsewhere in the text
        (
            "The Harbour Medical Association met. Tom Lee, the HMA's head, said doctors"
            " will strike.",
            "Tom Lee",
            "advocacy group",
        ),
        # a plural title before a list of names is each one's
        (
            'Councillors Singh and Ana Ruiz said they erred. "We erred," Ruiz said.',
            "Ana Ruiz",
            "politician",
        ),
        (
            'Officers Tom Lee, Ana Ruiz and Dan Hale arrived. "We ran," Hale said.',
            "Hale",
            "police or military",
        ),
        # a sentence that opens with a person's name and speaks of their home
        (
            'Tom Lee stands where the wall of his house stood. "All gone," Mr Lee said.',
            "Tom Lee",
            FAMILY,
        ),
    ],
)
def test_a_source_s_type_on_fresh_news(text, name, kind):
    """Rules from the fresh dev batches f and g (issue 15, acc11)."""
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "not_kind"),
    [
        # a suspect is no victim: being arrested or charged is not what makes one affected
        ('Tom Lee was arrested on Friday. "I did nothing," he said.', "Tom Lee", FAMILY),
        # a lost election or match is no loss of a home or a child
        ('Ana Ruiz lost her seat in May. "I am proud," she said.', "Ana Ruiz", FAMILY),
        # a suspect's home, and a way home, are no home that makes one affected
        (
            'Tom Lee was taken into custody at his home. "I am innocent," Mr Lee said.',
            "Tom Lee",
            FAMILY,
        ),
        ('Ana Ruiz waved on her way home. "Great day," she said.', "Ana Ruiz", FAMILY),
        # "Crown" opens other titles: a crown prince is no prosecutor
        ('"We will act," said Crown Prince Ali Rahman.', "Ali Rahman", "lawyer"),
        # a director of a company stays the company's
        ('"Sales fell," said Ana Ruiz, a director of Brillo.', "Ana Ruiz", "advocacy group"),
    ],
)
def test_a_clue_that_does_not_make_a_source_affected(text, name, not_kind):
    assert _type(text, name) != not_kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a title of two words is one title: "Attorney General" is no general's rank
        ('"We will appeal," said Attorney General Ana Ruiz.', "Ana Ruiz", "government or official"),
        (
            'Deputy Attorney General Tom Lee told the court: "The law is clear."',
            "Tom Lee",
            "government or official",
        ),
        # a role with no type of its own is its body's, a body of two words read as one
        (
            "Brazil's central bank chief Ana Ruiz said on Monday that rates would stay high.",
            "Ana Ruiz",
            "government or official",
        ),
        ('"We are ready," fire brigade chief Tom Lee said.', "Tom Lee", "government or official"),
        # ... and the words before a role still decide where they are no such body
        ('"We are ready," police chief Tom Lee said.', "Tom Lee", "police or military"),
        ("Hoffman campaign spokesman Tom Lee said the race was close.", "Tom Lee", "politician"),
        # one who addresses "fellow" members of a group is one of them
        (
            'Ana Ruiz urged her fellow councillors to back the plan. "It is fair," she said.',
            "Ana Ruiz",
            "politician",
        ),
        (
            'At the meeting Tom Lee challenged fellow community councillors to explain. "Why the'
            ' secrecy?" Mr Lee asked.',
            "Tom Lee",
            "politician",
        ),
        (
            'Tom Lee narrated to fellow legislators how he was stopped. "It was wrong," he said.',
            "Tom Lee",
            "politician",
        ),
    ],
)
def test_titles_and_bodies_read_as_one_unit_on_batch_h(text, name, kind):
    """Rules from the fresh dev batch h (issue 15, acc14)."""
    assert _type(text, name) == kind


def test_fellow_travellers_of_no_typed_group_give_no_type():
    # "marchers" has no type: the "fellow" rule says nothing
    text = 'Tom Lee joined fellow marchers in the square. "Enough," he said.'
    assert _type(text, "Tom Lee") == "other"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body typed by the role that stands after its name, read with that name: a
        # country's captain leads a team (no type), a named bloc's leader is a politician
        (
            "Pakistan said it had played well. Pakistan captain Ali Khan agreed.",
            "Pakistan",
            "other",
        ),
        (
            "The Minority said the ministers must attend. Minority leader Tom Lee agreed.",
            "Minority",
            "politician",
        ),
    ],
)
def test_a_body_s_staff_word_is_read_with_the_body_s_name(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an armed group is a militia, not a campaign group (GUIDELINE.md §5)
        (
            '"We will fight on," the militant group said in a statement.',
            "militant group",
            "police or military",
        ),
        (
            "The rebel group Tora Front said it had taken the town.",
            "Tora Front",
            "police or military",
        ),
        ('"We need help," the advocacy group said.', "advocacy group", "advocacy group"),
    ],
)
def test_an_armed_group_is_a_militia(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person the text gives no role, in a story of the people an event touched
        (
            "Floodwater reached dozens of homes and residents fled overnight. Anna Quist"
            ' was asleep when it came. "It woke me up," Anna Quist said.',
            "Anna Quist",
            FAMILY,
        ),
        # an age and a home are no role
        (
            'Residents fled the floods. "We lost everything," said Anna Quist, 72, also of Mill'
            " Lane.",
            "Anna Quist",
            FAMILY,
        ),
        (
            'Neighbours heard two shots on Elm Road. "I hid under the table," said Dov Albarn.',
            "Dov Albarn",
            FAMILY,
        ),
        # ... not where the story names no one it touched: a player named alone stays other
        (
            'The Hawks won again on Saturday. "We were sharp," said Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        # ... nor a suspect, whom a sentence names with an arrest or a charge
        (
            "Victims of the fraud met on Monday. Dov Albarn was charged with theft last week."
            ' "I did nothing wrong," said Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        # ... whom a sentence names beside someone else's arrest
        (
            "Neighbours gathered outside. Anna Quist was shocked to learn the suspect had"
            ' lived next door. "I am stunned," said Anna Quist.',
            "Anna Quist",
            FAMILY,
        ),
        (
            "Victims of the fraud met on Monday outside the court, where the accused, Dov"
            ' Albarn, spoke. "I did nothing wrong," said Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        (
            "Victims of the fraud were in court. Dov Albarn, 41, pleaded guilty to theft."
            ' "I am sorry," said Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        (
            "Witnesses described the crash. Dov Albarn, 28, appeared before magistrates on"
            ' Monday. "It was an accident," said Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        # ... nor anyone the text gives a role, even one with no type of its own
        (
            'Residents cheered the team home. "Great day," said club chief Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        (
            'Residents cheered the team home. "Great day," said Dov Albarn, the club\'s chief.',
            "Dov Albarn",
            "other",
        ),
        # ... or a role the phrase it speaks through gives, typed or not
        (
            'Victims of the floods waited. "A disgrace," said Venezuelan strongman Dov Albarn.',
            "Dov Albarn",
            "other",
        ),
        # ... nor a body whose name looks like a person's (no given name, no "he" or "she")
        (
            'Residents watched the Harbour Rebels walk out. "We are done," the Harbour Rebels'
            " said.",
            "Harbour Rebels",
            "other",
        ),
    ],
)
def test_a_person_with_no_role_in_a_story_of_people_affected(text, name, kind):
    """acc16: the people an event touched are named without a role (GUIDELINE.md §5:
    residents, witnesses, people interviewed in the street)."""
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a plural names the same kind of source as its singular (acc19)
        (
            "Half the houses on the coast road were damaged, emergency services said.",
            "emergency services",
            "government or official",
        ),
        ("The owners said the strike had cost them three weeks of orders.", "owners", "business"),
        (
            "The school boards said the new buses would run from May.",
            "school boards",
            "government or official",
        ),
    ],
)
def test_a_plural_is_read_as_its_singular(text, name, kind):
    assert _type(text, name) == kind
    assert type_of(name) == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # a title's plural may mean something else, and a telling word before it still leads
        ("speakers at the rally", "other"),
        ("the states", "other"),
        ("union reps", "advocacy group"),
    ],
)
def test_a_plural_that_means_something_else_keeps_its_reading(phrase, kind):
    assert type_of(phrase) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an authority is a public body with powers in its field (issue 15, acc21)
        (
            '"Fees will rise," the Harbour Finance Authority said.',
            "Authority",
            "government or official",
        ),
        (
            '"The line is shut," said the Lakeside Transit Authority.',
            "Authority",
            "government or official",
        ),
        # a treasury board runs a government's spending
        (
            '"The offer is fair," the Treasury Board said on Monday.',
            "Treasury Board",
            "government or official",
        ),
        # fire rescue services are public services, like fire brigades
        (
            '"The water is fast," said Ana Ruiz, Lakeside Fire & Rescue.',
            "Ana Ruiz",
            "government or official",
        ),
        ('"Stay indoors," Lakeside Fire Rescue said.', "Fire Rescue", "government or official"),
        # ... but a person who is an authority on a subject is an expert
        (
            "Ana Ruiz, an authority on floods, said the river would rise.",
            "Ana Ruiz",
            "expert or academic",
        ),
        # a centre for disease control is a public health body
        (
            '"Cases rose to 40," the Lakeland Centre for Disease Control said.',
            "Disease Control",
            "government or official",
        ),
    ],
)
def test_an_organisation_s_name_says_what_it_is(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("a disease control expert", "expert or academic"),  # the head noun still leads
        ("a mountain rescue team", "other"),  # only a fire rescue is a public service
        ("the club's board", "other"),  # a board with no public word before it
        # a college of one profession's people is their professional body; of a field, not
        ("the Lakeland College of Surgeons", "advocacy group"),
        ("president of the Harbour College of Physicians", "advocacy group"),
        ("a professor at the Harbour College of Physicians", "expert or academic"),
        ("the Harbour College of Arts and Sciences", "other"),
        # an authority on a subject is an expert; an Authority is a public body
        ("a leading authority on malaria", "expert or academic"),
        ("the Harbour Port Authority", "government or official"),
        # management runs a business; emergency management is a public service
        ("management", "business"),
        ("the Lakeside County Emergency Management", "government or official"),
        ("a professor of management", "expert or academic"),
    ],
)
def test_an_organisation_word_without_its_telling_neighbour(phrase, kind):
    assert type_of(phrase) == kind


def test_a_country_in_a_headline_speaks_through_its_government():
    text = (
        "Norway calls fishing plan \u201creckless\u201d\n\n"
        "OSLO \u2013 The Norwegian Treasury Board said on Monday that the plan was "
        "\u201creckless\u201d. Ana Ruiz, a fisher, said the plan was fine.\n\n"
        "\u201cWe cannot pay for it,\u201d the board said."
    )
    quotes = analyze(Article(text, check_language=False)).quotes
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Norwegian Treasury Board"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a US station named by its four-letter call sign, alone or before its reporter
        ("Police are looking for a man in a mask, according to KWXT.", "KWXT", "media"),
        ("The trial ended on Monday, 880 WHKR\u2019s Tom Lee reported.", "Tom Lee", "media"),
        ('"The road is shut," WBRK-TV reported.', "WBRK", "media"),
    ],
)
def test_a_broadcaster_s_call_sign_is_media(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # initials the text spells out are that body's, not a station's
        (
            "The Kenya National Union of Teachers (KNUT) met on Monday. "
            '"We will strike," KNUT said.',
            "KNUT",
            "advocacy group",
        ),
        # three letters are too like an acronym to be read as a call sign
        ('"Cases are rising," KDR said.', "KDR", "other"),
    ],
)
def test_capital_letters_that_are_no_call_sign(text, name, kind):
    assert _type(text, name) == kind


# Occupation words from published inventories (types23; data/SOURCES.md): the US
# Standard Occupational Classification's titles and the US military's ranks, typed by
# GUIDELINE.md §5. One sentence each, written for the test.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # life, physical and social scientists, and health practitioners: experts
        ('"The fault is active," said Ana Ruiz, a seismologist.', "Ana Ruiz", "expert or academic"),
        ('"The bones are old," said archaeologist Tom Lee.', "Tom Lee", "expert or academic"),
        ('"Rates will rise," said Ana Ruiz, a demographer.', "Ana Ruiz", "expert or academic"),
        ('"Eyes need light," said optometrist Tom Lee.', "Tom Lee", "expert or academic"),
        (
            '"The gene is rare," said Ana Ruiz, a geneticist at the clinic.',
            "Ana Ruiz",
            "expert or academic",
        ),
        # legal occupations
        ('"The file was late," said paralegal Ana Ruiz.', "Ana Ruiz", "lawyer"),
        # protective service and military ranks
        ('"We closed the road," said policeman Tom Lee.', "Tom Lee", "police or military"),
        ('"The ship is safe," said Admiral Ana Ruiz.', "Ana Ruiz", "police or military"),
        ('"We held the ridge," said Corporal Tom Lee.', "Tom Lee", "police or military"),
        ('"We held the ridge," said Cpl. Tom Lee.', "Tom Lee", "police or military"),
        ('"The port is shut," said Cdr. Ana Ruiz.', "Ana Ruiz", "police or military"),
        ('"The road is shut," said Cst. Tom Lee.', "Tom Lee", "police or military"),
        # legislators, business owners, media workers
        ('"The vote is Tuesday," said Selectman Tom Lee.', "Tom Lee", "politician"),
        ('"The vote is Tuesday," said Ald. Ana Ruiz.', "Ana Ruiz", "politician"),
        ('"Sales fell," said Tom Lee, a local businessman.', "Tom Lee", "business"),
        ('"Bookings fell," said hotelier Ana Ruiz.', "Ana Ruiz", "business"),
        ('"The vote was close," said Ana Ruiz, a political pundit.', "Ana Ruiz", "media"),
        ('"We stay on air," said anchor Tom Lee.', "Tom Lee", "media"),
        # athletes and performers keep no type of the lists ("other"), even in a story of
        # people affected, where a person with no role at all is one of them
        (
            'Residents fled the flood. "We will sing," said Tom Lee, 24, rapper.',
            "Tom Lee",
            "other",
        ),
        # relatives by the US Census Bureau's household relationships, and refugees
        ('"He was kind," said Ana Ruiz, a cousin of the driver.', "Ana Ruiz", FAMILY),
        ('"She loved the sea," said Tom Lee, her stepfather.', "Tom Lee", FAMILY),
        ('"We want answers," said Tom Lee, a brother-in-law of the driver.', "Tom Lee", FAMILY),
        ('"We had no choice," said Ana Ruiz, a refugee from the north.', "Ana Ruiz", FAMILY),
        # crowds are the people an event gathered: protesters, fans
        ('"We will win," the crowds chanted.', "crowds", "affected person or family"),
    ],
)
def test_an_occupation_from_the_inventories_gives_its_type(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize("title", ["Pastor", "Rabbi", "Imam", "Bishop", "Chaplain"])
def test_a_clergy_title_is_a_role_not_part_of_the_name(title):
    text = f'Residents fled the flood. "We will pray," said {title} Ana Ruiz.'
    sources = analyze(Article(text, check_language=False)).sources
    assert [(s.name, s.type) for s in sources] == [("Ana Ruiz", "other")]


# Words the inventories list that news also uses in another sense keep the reading they
# had: no type of their own (data/SOURCES.md says which were left out and why).
@pytest.mark.parametrize(
    ("text", "name", "not_kind"),
    [
        # "da" (a district attorney) is also a particle of Portuguese and Italian names
        ('"We will act," said Luiz da Silva.', "Luiz da Silva", "lawyer"),
        # a radio host, but also "the hosts" of a match and a host city
        ('"We were poor," the hosts said.', "hosts", "media"),
        # a commentator is also a former player who now comments on a match
        ('"We were poor," said Tom Lee, a former player and commentator.', "Tom Lee", "media"),
        # "major" is mostly an adjective: "a major bank"
        ('"Rates will rise," said a major bank.', "major bank", "police or military"),
    ],
)
def test_an_inventory_word_with_another_sense_in_news_is_left_out(text, name, not_kind):
    assert _type(text, name) != not_kind


# A word whose type depends on the word before it (`attribution/role_context.py`): a
# defender is a footballer unless a public defender; Rangers a club unless park rangers.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('"We were poor," said defender Sam Cole.', "Sam Cole", "other"),
        ('"He is innocent," said public defender Ana Ruiz.', "Ana Ruiz", "lawyer"),
        ('"He is innocent," said Ana Ruiz, his public defender.', "Ana Ruiz", "lawyer"),
        ('"We were poor," Rangers said in a statement.', "Rangers", "other"),
        ('"The trail is shut," park rangers said.', "park rangers", "government or official"),
        ('"The trail is shut," said ranger Sam Cole.', "Sam Cole", "government or official"),
    ],
)
def test_a_role_word_read_in_the_sense_the_word_before_gives(text, name, kind):
    assert _type(text, name) == kind


# types24: a body's officer is typed by the body where the text says whose officer it is
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the body as the title's owner
        (
            "“We will not back down,” the union’s president said.",
            "union’s president",
            "advocacy group",
        ),
        ("“Sales fell,” the company's president said.", "company's president", "business"),
        # a legislature's presiding officer is one of its elected members
        ("“The vote stands,” said City Council Vice President Ana Ruiz.", "Ana Ruiz", "politician"),
        ("“The vote stands,” said Senate President Tom Lee.", "Tom Lee", "politician"),
        (
            "“The vote stands,” said Tom Lee, president of the city council.",
            "Tom Lee",
            "politician",
        ),
        # ... not of the UN's General Assembly, whose members are states
        (
            "“The vote stands,” said General Assembly President Tom Lee.",
            "Tom Lee",
            "government or official",
        ),
        # a body named by initials the text spells out
        (
            "The Tarrow Nurses Association (TNA) backed the strike. “We will not back down,”"
            " said TNA president Ana Ruiz.",
            "Ana Ruiz",
            "advocacy group",
        ),
        (
            "The Philippine College of Surgeons wrote to the minister. “We asked for help,”"
            " said PCS president Tom Lee.",
            "Tom Lee",
            "advocacy group",
        ),
    ],
)
def test_a_body_s_officer_is_typed_by_the_body(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a council that is no local government's is no legislature
        (
            "“Grants will rise,” said Ana Ruiz, chair of the Arts Council.",
            "Ana Ruiz",
            "government or official",
        ),
        # initials the text never spells out, or a title with no body: the title's own type
        (
            "“We will not back down,” said TNA president Ana Ruiz.",
            "Ana Ruiz",
            "government or official",
        ),
        ("“We will act,” said Vice President Ana Ruiz.", "Ana Ruiz", "government or official"),
        (
            "“We will act,” the country's president said.",
            "country's president",
            "government or official",
        ),
    ],
)
def test_an_officer_of_no_named_body_keeps_the_title_s_type(text, name, kind):
    assert _type(text, name) == kind


def test_a_headline_s_body_is_the_body_not_its_officer_of_the_same_type():
    text = (
        "The union urges ministers to act\n\nThe Finance Ministry said on Monday that talks had"
        " stalled, while the union's president accused the ministry of delay.\n\nLater, the"
        " union said it would strike."
    )
    attributions = analyze(Article(text, check_language=False)).attributions
    assert [a.source.name for a in attributions if a.sentence == 0] == ["union"]


# types24: a source with two roles is typed by the role the text gives it where it speaks
# (GUIDELINE.md §5)
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Ana Ruiz, the health minister and a senator for Tarrow, said the plan was late."
            " On radio, the senator said: “We will act.”",
            "Ana Ruiz",
            "politician",
        ),
        (
            "Tom Lee, a doctor and the mayor of Tarrow, said the clinic would close."
            " “We have no choice,” the mayor said.",
            "Tom Lee",
            "politician",
        ),
        (
            "Tom Lee, a councillor and a local farmer, said the road was shut."
            " “It is not safe,” the farmer said.",
            "Tom Lee",
            FAMILY,
        ),
        # one role, or a role and the body it is of: the role's type, as before
        (
            "Tom Lee, a councillor and a local farmer, said the road was shut."
            " “It is not safe,” he said.",
            "Tom Lee",
            "politician",
        ),
        (
            "Ana Ruiz, a spokeswoman for the Tarrow Party, said the road was shut."
            " “It is not safe,” the spokeswoman said.",
            "Ana Ruiz",
            "politician",
        ),
        (
            "Tom Lee, the union's president, said the road was shut."
            " “It is not safe,” the president said.",
            "Tom Lee",
            "advocacy group",
        ),
    ],
)
def test_a_source_with_two_roles_is_typed_where_it_speaks(text, name, kind):
    assert _type(text, name) == kind


# types24: a relative described by the tie in one sentence and named in the next
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The daughter of the victim spoke on Monday. Ana Ruiz told reporters the hospital"
            " had turned them away.",
            "Ana Ruiz",
            FAMILY,
        ),
        (
            "The ex-wife of the singer has broken her silence.\n\nAna Ruiz, who met him at"
            " school, said she was hurt.",
            "Ana Ruiz",
            FAMILY,
        ),
        # a name given a role of its own, or after a title, is not the relative
        (
            "The daughter of the mayor was hurt. Tom Lee, the police chief, said the road was"
            " shut.",
            "Tom Lee",
            "police or military",
        ),
        (
            "The daughter of the mayor was hurt. Police Chief Tom Lee said the road was shut.",
            "Tom Lee",
            "police or military",
        ),
        # a sentence between: no tie read
        (
            "The daughter of the victim spoke on Monday. The hospital was full. Ana Ruiz told"
            " reporters she was turned away.",
            "Ana Ruiz",
            "other",
        ),
    ],
)
def test_a_relative_named_in_the_sentence_after_the_tie(text, name, kind):
    assert _type(text, name) == kind


# types24: a plural role before the list of names it holds
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Lawyers representing the suspects include Ana Ruiz, Tom Lee and Sam Cole."
            " “Bail is a right,” said Lee.",
            "Tom Lee",
            "lawyer",
        ),
        (
            "The doctors on duty were Ana Ruiz and Tom Lee. “We had no beds,” said Ruiz.",
            "Ana Ruiz",
            "expert or academic",
        ),
        # a plural with no type of its own gives none: "speakers" at a rally
        (
            "Speakers included Ana Ruiz and Tom Lee. “We had no beds,” said Ruiz.",
            "Ana Ruiz",
            "other",
        ),
    ],
)
def test_a_plural_role_before_a_list_of_names(text, name, kind):
    assert _type(text, name) == kind


# types24: two titles before a name: the outer one names the job
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "“Exports rose,” said Trade Minister Sen. Ana Ruiz.",
            "Ana Ruiz",
            "government or official",
        ),
        (
            "“Wards are full,” said Health Minister Dr. Tom Lee.",
            "Tom Lee",
            "government or official",
        ),
        ("“Pray for them,” said Rev. Dr. Tom Lee.", "Tom Lee", "other"),
        ("“The road is shut,” said Police Lt. Det. Ana Ruiz.", "Ana Ruiz", "police or military"),
        # two abbreviations make one title
        ("“The bill passed,” said Lt. Gov. Ana Ruiz.", "Ana Ruiz", "government or official"),
        # a rank before a degree says nothing of the job: the degree's type, as before
        ("“Wards are full,” said Sir Dr. Tom Lee.", "Tom Lee", "expert or academic"),
        # a title of two words is one title: "Chief Executive" is no stack
        ("“Sales rose,” said Chief Executive Ana Ruiz.", "Ana Ruiz", "business"),
    ],
)
def test_the_outer_of_two_titles_names_the_job(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Commonwealth ranks written with a hyphen (UK and South African forces and police)
        (
            '"We will not tolerate this," said Major-General Tom Lee.',
            "Tom Lee",
            "police or military",
        ),
        (
            '"Stay home," Lieutenant-Colonel Ana Ruiz told reporters.',
            "Ana Ruiz",
            "police or military",
        ),
        ('"Hold the line," said Sergeant-Major Tom Lee.', "Tom Lee", "police or military"),
        # people on holiday an event caught, as travellers and passengers are
        ('"The road was gone," one tourist told reporters.', "tourist", FAMILY),
        ('"We were stuck for days," said holidaymakers at the airport.', "holidaymakers", FAMILY),
    ],
)
def test_a_hyphenated_rank_or_a_visitor_gives_its_type(text, name, kind):
    assert _type(text, name) == kind


def test_a_hyphenated_general_after_a_civil_title_is_no_rank():
    assert _type('"Talks resume," said Secretary-General Ana Ruiz.', "Ana Ruiz") != (
        "police or military"
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person with no role, in a story of protesters: one of them (GUIDELINE.md §5)
        (
            'Protesters blocked the main road for a third day. "We want water and power," '
            "said Ana Ruiz, 35.",
            "Ana Ruiz",
            FAMILY,
        ),
        (
            'Demonstrators marched to the ministry. "Nobody listens," Tom Lee said.',
            "Tom Lee",
            FAMILY,
        ),
        # a role still decides
        (
            'Protesters blocked the main road. "The march is peaceful," said police spokesman '
            "Tom Lee.",
            "Tom Lee",
            "police or military",
        ),
    ],
)
def test_a_person_with_no_role_in_a_story_of_protest(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a role of two senses named alone, read in the setting of its story
        (
            'The magistrate adjourned the case again. "Will you proceed?" the clerk asked.',
            "clerk",
            "court",
        ),
        (
            'Parents filled the school board meeting. "We hear you," the superintendent said.',
            "superintendent",
            "government or official",
        ),
        # ... and in the setting of its other sense, its own type
        (
            'The town council met on Monday. "The minutes are ready," the clerk said.',
            "clerk",
            "government or official",
        ),
        (
            'Police sealed off the street. "We are investigating," the superintendent said.',
            "superintendent",
            "police or military",
        ),
        # a court's clerk by title
        ('"All rise," said court clerk Ana Ruiz.', "Ana Ruiz", "court"),
    ],
)
def test_a_role_of_two_senses_is_read_in_its_setting(text, name, kind):
    assert _type(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # farmers own or run farms: their union, society or leader is an industry's body
        # (GUIDELINE.md §5: industry and trade associations are business)
        (
            '"The rains came too late," said the Veldt Farmers Union.',
            "Veldt Farmers Union",
            "business",
        ),
        ('"Half the maize is lost," said farm leader Tomas Reyes.', "Tomas Reyes", "business"),
        (
            '"Prices must rise," said Ana Ruiz, president of the Kestrel Agricultural Society.',
            "Ana Ruiz",
            "business",
        ),
        # ... with the body's initials in brackets between the body and the title
        (
            'Kestrel Farmers Union (KFU) president, Tomas Reyes, said: "We need seed."',
            "Tomas Reyes",
            "business",
        ),
        (
            'President of the Kestrel Agricultural Society (KAS) Ana Ruiz said: "Sell now."',
            "Ana Ruiz",
            "business",
        ),
        (
            '"Subsidies must stay," the National Farmers\' Council said.',
            "National Farmers' Council",
            "business",
        ),
        # ... but a union of the people who work on farms is a trade union
        (
            '"Our members are unpaid," said the farm workers union.',
            "farm workers union",
            "advocacy group",
        ),
        (
            '"We will strike," said Ana Ruiz, president of the Dockers Union (DU).',
            "Ana Ruiz",
            "advocacy group",
        ),
    ],
)
def test_a_farmers_body_is_an_industry_association(text, name, kind):
    assert _type(text, name) == kind
