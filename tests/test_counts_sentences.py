"""Counts in real-looking sentences: every qualifier, every unit, every word form, and the
numbers that are not head counts. Needs the tagger and NER, so it runs on the full pipeline."""

import pytest

from tests.readers import count_rows, count_rows_with_text


@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("The forum attracted over 300 participants.", "more_than"),
        ("The forum attracted more than 300 participants.", "more_than"),
        ("The forum attracted in excess of 300 participants.", "more_than"),
        ("The forum attracted some 300 participants.", "about"),
        ("The forum attracted nearly 300 participants.", "about"),
        ("The forum attracted almost 300 participants.", "about"),
        ("The forum attracted close to 300 participants.", "about"),
        ("The forum attracted around 300 participants.", "about"),
        ("The forum attracted approximately 300 participants.", "about"),
        ("The forum attracted about 300 participants.", "about"),
        ("The forum will host up to 300 participants.", "up_to"),
        ("The forum will host as many as 300 participants.", "up_to"),
        ("The forum attracted at least 300 participants.", "at_least"),
        ("The forum attracted no fewer than 300 participants.", "at_least"),
        ("The forum attracted fewer than 300 participants.", "less_than"),
        ("The forum attracted less than 300 participants.", "less_than"),
        ("The forum attracted 300 participants.", "exact"),
    ],
)
def test_qualifier(nlp, text, qualifier):
    [(_, value, got, unit)] = count_rows_with_text(nlp, text)
    assert (value, got, unit) == (300, qualifier, "participants")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The meeting brought together 120 participants.", ("120 participants", 120, "participants")),
        ("The meeting brought together 120 people.", ("120 people", 120, "participants")),
        ("The meeting brought together 120 delegates.", ("120 delegates", 120, "participants")),
        ("The meeting brought together 120 attendees.", ("120 attendees", 120, "participants")),
        ("The meeting welcomed 120 guests.", ("120 guests", 120, "participants")),
        ("The meeting brought together 120 experts.", ("120 experts", 120, "participants")),
        ("The meeting brought together 120 representatives.", ("120 representatives", 120, "participants")),
        ("Delegates came from 40 countries.", ("40 countries", 40, "countries")),
        ("Delegates came from 40 states.", ("40 states", 40, "countries")),
        ("Delegates came from 40 nations.", ("40 nations", 40, "countries")),
        ("Delegates came from 40 member states.", ("40 member states", 40, "countries")),
        ("Delegates came from 46 OSCE participating States.", ("46 OSCE participating States", 46, "countries")),
        ("Delegates came from 12 organizations.", ("12 organizations", 12, "organisations")),
        ("Delegates came from 12 organisations.", ("12 organisations", 12, "organisations")),
        (
            "Delegates came from 12 international and regional organizations.",
            ("12 international and regional organizations", 12, "organisations"),
        ),
        ("The meeting brought together 30 national delegations.", ("30 national delegations", 30, "delegations")),
        # Class: an organisation's units in countries are the bodies counted.
        (
            "Staff from 14 different UN country teams attended the course.",
            ("14 different UN country teams", 14, "organisations"),
        ),
        ("Envoys from 9 country offices took part in the retreat.", ("9 country offices", 9, "organisations")),
        ("Delegates of 11 ministries attended the seminar.", ("11 ministries", 11, "organisations")),
        # Class: a possessive before the number, in a sentence that says they took part.
        (
            "The retreat gathered the ministry's seven heads of mission in Oslo.",
            ("seven heads", 7, "participants"),
        ),
        (
            "The alliance's 21 member states attended the ministerial meeting.",
            ("21 member states", 21, "countries"),
        ),
        # Class: a fronted partitive ("Of these N <unit>, M took part"): the part counts in the group's unit
        (
            "Of these 30 invited countries, 26 took part in the workshop.",
            ("26", 26, "countries"),
        ),
        # Class: "the N countries" after an attendance noun's "of" took part
        (
            "The summit opens on 8 May with the participation of the seven member countries of the treaty.",
            ("seven member countries", 7, "countries"),
        ),
        # Class: "the N <people>" said to represent the members are those who came
        (
            "On the eve, the 5 Leaders, representing each member state, spoke about integration.",
            ("5 Leaders", 5, "participants"),
        ),
        # Class: the members a delegation's head is accompanied by are a turnout
        (
            "A delegation from Peru visited the Assembly led by its Speaker, accompanied by 4 other members.",
            ("4 other members", 4, "participants"),
        ),
        # a possessive's people who met (a past tense) are a turnout; "were" and no membership noun
        ("The union's 12 ministers met in Lima for the annual session.", ("12 ministers", 12, "participants")),
        ("Forty countries were present at the talks in Lima.", ("Forty countries", 40, "countries")),
        # Class: "the N <people>" (more than two) in a sentence that says they came or took part.
        (
            "Forum news: the nine governors who arrived by train in Quito are now in the plenary hall",
            ("nine governors", 9, "participants"),
        ),
        ("The round table was attended by the 12 governors.", ("12 governors", 12, "participants")),
        # Class: a known organisation's name between the number and its noun, "of" and all.
        (
            "Ministers from the 10 Association of Southeast Asian Nations member states met in Hanoi.",
            ("10 Association of Southeast Asian Nations member states", 10, "countries"),
        ),
        # those who joined a meeting are a turnout
        ("By noon 14 countries had joined the talks in Lima.", ("14 countries", 14, "countries")),
    ],
)
def test_unit(nlp, text, expected):
    assert [(t, v, u) for t, v, _, u in count_rows_with_text(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text,value",
    [
        ("The congress gathered 1,200 participants.", 1200),
        ("The congress gathered 1 200 participants.", 1200),
        ("The congress gathered 1.200 participants.", 1200),
        ("The congress gathered fifty-five participants.", 55),
        ("The congress gathered four hundred participants.", 400),
        ("The congress gathered two thousand participants.", 2000),
        ("The congress gathered a dozen participants.", 12),
        ("The congress gathered twenty-five experts.", 25),
        ("Ten experts spoke at the congress.", 10),
    ],
)
def test_word_form(nlp, text, value):
    [(_, got, _, _)] = count_rows_with_text(nlp, text)
    assert got == value


def test_words_between_number_and_unit_may_span_a_line_break(nlp):
    text = "The Forum brought together delegates from thirty-eight countries and seven \n\ninternational and regional organizations."
    assert count_rows_with_text(nlp, text) == [
        ("thirty-eight countries", 38, "exact", "countries"),
        ("seven international and regional organizations", 7, "exact", "organisations"),
    ]


def test_several_counts_in_one_sentence(nlp):
    text = "The seminar drew more than 140 participants from 27 countries."
    assert count_rows_with_text(nlp, text) == [
        ("more than 140 participants", 140, "more_than", "participants"),
        ("27 countries", 27, "exact", "countries"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # dates
        "On 9 October delegates met in Minsk.",
        "In 2019 countries agreed on a new strategy.",
        # durations
        "The forum will be held over three days.",
        "The two-day seminar ended on Friday.",
        # ordinals
        "This seminar was the third in a cycle of regional seminars.",
        "It was the first meeting of the group.",
        # sessions and panels
        "The programme of the forum comprised four sessions.",
        "The programme features four panels with experts.",
        "Two sessions, one panel and a workshop were held.",
        # money
        "The project received €50 000 from partner organisations.",
        "The fund spent $2 million on participating countries.",
        # percentages
        "About 40 percent female participants took part.",
        "Some 40% female delegates took part.",
        "The share rose by 40 per cent among participating countries.",
        # ages
        "The 25-year-old delegates spoke first.",
        "Young people aged 18 to 30 attended.",
        # phone numbers
        "For accreditation call +375 17 222 22 22 to register participants.",
        # article numbers
        "Under Article 51 States retain the right of self-defence.",
        "Paragraph 4 participants must respect the rules.",
        # the known members of a group, not a turnout
        ("Cooperation between the two countries is growing."),
        ("The statement was adopted by the 57 OSCE participating States."),
        ("Both organisations signed; their 3 organisations merged."),
        # a possessive's people or members where nobody is said to take part
        "The ministry consulted the country's seven heads of mission by letter.",
        "The alliance's 21 member states approved the budget.",
        # Class: "the N <people>" that opens a sentence: two are the two sides, not a turnout; more
        # than two only where they act together at the meeting
        "The two ministers also agreed to deepen cooperation.",
        "The three leaders were born in the same province.",
        "He thanked the three leaders for their support.",
        # two people representing the sides stay the two sides
        "He thanked the two leaders, representing both sides, for their support.",
        # "the N countries" after another noun's "of" stay known members
        "Trade between the seven member countries of the treaty grew in the first quarter.",
        # a clause after a fronted phrase that holds a verb of its own is no opening
        "When they arrived, the three leaders were born long ago.",
        "In a letter he sent, the three leaders reaffirmed nothing.",
        # an aside with a verb of its own says nothing of what they did together
        "The three ministers, who were born in the same province, agreed to meet again.",
        "The two ministers, among other matters, approved the plan.",
        # no number at all
        "Dozens of participants joined.",
        # Class: the rest of a group counted elsewhere ("the N other …") is no count of its own
        "The two other ministers spoke later.",
        "The two remaining delegations left early.",
        # Class: a bloc's membership after "comprising" is no turnout
        "The summit hosts the leaders of the bloc comprising 27 nations of Europe.",
        # Class: what the counted ought to do (a modal right after the noun) is no meeting
        "He suggested that four countries should deepen their cooperation.",
        # Class: a pair of countries, the people of two or two of a bloc's members, is the two
        # sides a text names, no turnout
        "State visit: Leaders of 2 countries to sign joint declaration",
        "The presidents of Chile and Peru, two of the 30 observer countries of the bloc, also attended the forum.",
        # Class: the countries invited are no turnout
        "Experts from the following 30 countries were invited to the training: Benin, Chad and Togo.",
        # Class: a group's standing said with "be" and a membership noun is no turnout
        "Currently 35 countries of the region are observers of the Caribbean Forum.",
        "Thirty countries are now full members of the bank.",
        # Class: a number word with a capital inside a name ("Plus Three", "Big Four") is no count
        "The draft goes to the Mekong Plus Three trade ministers next month.",
        "Officials of the Andean Big Four delegations drafted the text.",
        # Class: those who have joined something other than a meeting are its members
        "So far 14 countries have already joined the research centre, the minister noted.",
        # Class: a body's own people who meet as a habit (a present tense) are its membership
        "The plenary is the chief event of the season, at which the Senate's 45 senators meet to vote.",
        # Class: a named body's size ("the Board of N Governors") is its membership, no turnout
        "The mandate of the present Board of 12 Governors ends in the spring.",
        # Class: a figure between capitalised words is part of a name, not a count
        "The delegates toured the plant of Andes Mining 3 Works Holding Companies near Oruro.",
        # Class: a bloc's membership after "includes" is no turnout
        "The Andean forum is a regional dialogue body that includes 14 countries of the south.",
        # Class: "includes" after "the meeting of the <body>" belongs to the body (its membership)
        "The session of the alliance that includes 11 countries began at noon.",
        # Class: the people who did something else (studied somewhere) are no turnout
        "Over the decades, 12 ministers of various nations were graduates of the Minsk academy.",
        # Class: a bloc's membership after "consisting of" / "composed of" is no turnout
        "The bank is a regional lending body consisting of nine Andean countries.",
        "Its board is composed of 14 countries from the south.",
        # Class: the countries a speaker talks about ("the needs of N countries") are no turnout
        "The envoy spoke of the needs of 32 countries, where most of the poor live.",
        # Class: the countries named earlier ("the N countries mentioned above") are no turnout
        "The panel reviewed lessons drawn from the three countries mentioned above.",
        # Class: a population ("the N people who inhabit …") is no turnout
        "The fund serves the interests of the million people who inhabit the river basin.",
    ],
)
def test_not_counts(nlp, text):
    assert count_rows_with_text(nlp, text) == []


def test_a_definite_turnout_of_participants_still_counts(nlp):
    assert count_rows_with_text(nlp, "The 250 participants adopted a declaration.") == [
        ("250 participants", 250, "exact", "participants")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: more than two people opening a sentence, acting together at the meeting, are
        # those who met.
        ("The three leaders will also discuss trade and energy.", [("three leaders", 3, "exact", "participants")]),
        ("The four ministers agreed to meet again in May.", [("four ministers", 4, "exact", "participants")]),
        ("The five foreign ministers held talks on Monday.", [("five foreign ministers", 5, "exact", "participants")]),
        # Class: what they approve or endorse together, also past an aside between commas, and
        # after a capitalised article and office ("The seven Ministers").
        ("The six Governors approved the regional budget.", [("six Governors", 6, "exact", "participants")]),
        (
            "The eight Ministers, among other pressing issues, endorsed the work plan of the secretariat.",
            [("eight Ministers", 8, "exact", "participants")],
        ),
        # Class: past the name of the group they lead after "of" ("The N leaders of <group> will …")
        (
            "The five leaders of the Danube-Rhine Partnership will discuss river transport.",
            [("five leaders", 5, "exact", "participants")],
        ),
        ("The four presidents of the NAPC met in the capital.", [("four presidents", 4, "exact", "participants")]),
        # Class: the clause they open after a fronted phrase and its comma, their joint
        # statement quoted ('the N leaders "reaffirmed …"')
        (
            'At the retreat, the four leaders "reaffirmed their shared commitment" to the river pact.',
            [("four leaders", 4, "exact", "participants")],
        ),
        (
            "During the talks, the five governors reiterated their support.",
            [("five governors", 5, "exact", "participants")],
        ),
    ],
)
def test_the_people_a_sentence_opens_with_acting_together(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Class: a total split by sex: the total is the count, its parts are not; also where the
        # page glued the split between the total and its noun.
        (
            "The 52 17 women and 35 men participants came from three provinces.",
            [("52 17 women and 35 men participants", 52, "exact", "participants")],
        ),
        (
            "The workshop drew 52 participants (17 women and 35 men) from three provinces.",
            [("52 participants", 52, "exact", "participants")],
        ),
        ("A total of 52 delegates attended, of whom 17 were women.", [("52 delegates", 52, "exact", "participants")]),
        (
            "The training brought together 40 participants, including 25 women.",
            [("40 participants", 40, "exact", "participants")],
        ),
    ],
)
def test_a_total_split_by_sex_counts_once(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected


def test_a_subset_does_not_replace_the_total(nlp):
    """Class: "the two other Speakers" after a turnout of four: the four only."""
    text = "Four Speakers of national parliaments attended the session. The two other Speakers came from Kenya."
    assert [(c[1], c[3]) for c in count_rows_with_text(nlp, text)] == [(4, "participants")]


def test_others_added_to_named_people_still_count(nlp):
    """'X, Y and 40 other delegates attended': an addition to a turnout, not the rest of one."""
    text = "Ministers Ana Soto and Tomas Rivel and 40 other delegates attended the forum."
    assert [(c[1], c[3]) for c in count_rows_with_text(nlp, text)] == [(40, "participants")]


def test_a_group_comprising_people_still_counts(nlp):
    """'comprising' before people is a delegation's size, not a membership."""
    text = "A delegation comprising 12 ministers attended the forum."
    assert [(c[1], c[3]) for c in count_rows_with_text(nlp, text)] == [(12, "participants")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: "includes" after a meeting (not a body) is its turnout, no membership
        (
            "The conference in Quito includes 18 countries and 4 organisations.",
            [(18, "countries"), (4, "organisations")],
        ),
        ("This year the summit includes 26 countries.", [(26, "countries")]),
    ],
)
def test_a_meeting_that_includes_countries_counts(nlp, text, expected):
    assert [(c[1], c[3]) for c in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a known group said in a relative clause to have attended is the turnout
        ("Of the 44 countries that attended the summit, 30 sent their heads of state.", ("44 countries", 44)),
        ("The 27 delegations which took part in the forum adopted a text.", ("27 delegations", 27)),
        # Class: the group named earlier ("the N countries mentioned above") said to attend is the turnout
        ("Representatives of the four countries mentioned earlier took part in the forum.", ("four countries", 4)),
        ("The 40 delegates cited above attended the regional workshop.", ("40 delegates", 40)),
    ],
)
def test_a_known_group_that_attended_counts(nlp, text, expected):
    assert [(t, v) for t, v, _, _ in count_rows_with_text(nlp, text)][:1] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: several counts in one sentence, each with its own qualifier and unit; an
        # "N-plus" item among them is at_least (mend, review 1, finding 13: rows that fail on
        # the code before)
        (
            "Over 30 ministers and 400-plus delegates from 95 countries attended the Lakeside Forum.",
            [
                ("Over 30 ministers", 30, "more_than", "participants"),
                ("400-plus delegates", 400, "at_least", "participants"),
                ("95 countries", 95, "exact", "countries"),
            ],
        ),
        (
            "The summit brought together 9 heads of state, 25-plus ministers and some 700 participants.",
            [
                ("9 heads of state", 9, "exact", "participants"),
                ("25-plus ministers", 25, "at_least", "participants"),
                ("some 700 participants", 700, "about", "participants"),
            ],
        ),
        (
            "The retreat drew 35-plus ministers and close to 900 guests.",
            [
                ("35-plus ministers", 35, "at_least", "participants"),
                ("close to 900 guests", 900, "about", "participants"),
            ],
        ),
    ],
)
def test_counts_each_count_of_a_list_keeps_its_qualifier(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Class: a treaty's parties ("ratified by", "signed by" with no meeting) are no turnout
        "The Convention on River Basins has been ratified by 140 countries since 1995.",
        "The pact, now ratified by more than 160 countries, guides the regime.",
        "The protocol was signed by 55 countries in 2001.",
        "The accord, signed and ratified by 14 nations, entered into force last year.",
        "Today 70 countries have signed the treaty.",
        # Class: States Parties, and countries that are party to a treaty
        "With 185 States Parties, the Convention is nearly universal.",
        "The Charter now has 110 signatories and 64 States Parties.",
        "The Agreement, to which 77 countries are party, was reviewed.",
        # Class: a whole membership ("all N Member States") said of no meeting
        "All 181 Member States of the union are bound by the charter.",
    ],
)
def test_counts_treaty_parties_are_no_turnout(nlp, text):
    assert count_rows_with_text(nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # the same words in a sentence that says they took part or were represented
        ("All 181 Member States were represented at the Assembly.", ("181 Member States", 181)),
        ("Ministers from all 27 member states discussed the plan.", ("27 member states", 27)),
        ("Representatives of 120 States Parties attended the review conference.", ("120 States Parties", 120)),
        ("The declaration was signed by 40 countries attending the conference.", ("40 countries", 40)),
        ("The declaration was signed by 30 ministers.", ("30 ministers", 30)),
    ],
)
def test_counts_treaty_words_with_a_turnout_still_count(nlp, text, expected):
    assert [(t, v) for t, v, _, _ in count_rows_with_text(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # mend (review 1, finding 1): "all N" is a turnout when people of them are counted or
        # the clause places it at a meeting
        ("Trade ministers of all 8 Pacific countries reviewed the loans at the retreat.", ("8 Pacific countries", 8)),
        ("Heads of delegation of all 14 countries spoke at the closing session.", ("14 countries", 14)),
        ("The roadmap was endorsed by all 21 member states at the plenary session.", ("21 member states", 21)),
        ("Envoys of all 9 states reviewed the budget during the two-day meeting.", ("9 states", 9)),
        # mend (review 1, finding 2): a signing at a meeting is a turnout
        ("The Tallora Declaration was signed by 52 countries at the close of the summit.", ("52 countries", 52)),
        ("At the end of the conference, the final text was signed by 27 countries.", ("27 countries", 27)),
        ("The pledge was signed by 18 organisations during the forum.", ("18 organisations", 18)),
        ("So far 38 countries have signed the Varno Compact at the summit.", ("38 countries", 38)),
        ("By the end of the forum, 24 organisations had signed the charter.", ("24 organisations", 24)),
    ],
)
def test_counts_whole_membership_and_signing_at_a_meeting_count(nlp, text, expected):
    assert [(t, v) for t, v, _, _ in count_rows_with_text(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # mend (review 1, finding 3): an attendance cue counts in its own clause only, and a
        # present-tense "are represented in" is a standing, not a turnout
        (
            "The Treaty, ratified by 130 countries, was debated by 250 participants from 70 countries.",
            [("250 participants", 250), ("70 countries", 70)],
        ),
        ("All 160 Member States are represented in the Assembly.", []),
        ("The accord, signed by 44 countries in 1999, was discussed by 80 participants.", [("80 participants", 80)]),
    ],
)
def test_counts_attendance_cue_in_its_own_clause(nlp, text, expected):
    assert [(t, v) for t, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: delegation sizes per country in brackets after a delegations/participants noun
        (
            "There were large delegations from Chile (120), Kenya (45), Norway (38) and Peru.",
            [("120", 120), ("45", 45), ("38", 38)],
        ),
        ("Participants came from Ghana (61) and Portugal (17).", [("61", 61), ("17", 17)]),
        # no people noun before the list: other figures of the countries
        ("Cases were reported in Chile (120) and Kenya (45).", []),
    ],
)
def test_counts_delegation_sizes_in_brackets_after_a_country(nlp, text, expected):
    assert [(t, v) for t, v, _, u in count_rows_with_text(nlp, text) if u == "participants"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a count whose noun is a list of people nouns, modifiers joined by commas
        (
            "More than 300 business, academic and civic figures, writers and artists are taking part.",
            [(300, "more_than", "participants")],
        ),
        ("About 60 public figures and academics attended the seminar.", [(60, "about", "participants")]),
        # a plural before the comma ends the number's noun phrase
        ("The ministry signed 20 agreements, international experts said.", []),
    ],
)
def test_counts_a_list_of_people_nouns_is_one_count(nlp, text, expected):
    assert [(v, q, u) for _, v, q, u in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the people who accompany someone named ("and his two deputies") in a sentence
        # that says they come
        (
            "The Speaker of the Assembly, Mr Pavel Orlov, will attend the session along with his two deputies.",
            [(2, "participants")],
        ),
        ("The forum will attract the President of the Commission and her three advisers.", [(3, "participants")]),
        # with no attendance said, a possessive's people are those known
        ("His two deputies said the budget was approved.", []),
    ],
)
def test_counts_people_accompanying_someone_named(nlp, text, expected):
    assert [(v, u) for _, v, _, u in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a standing delegation to a parliament is the country's seats in it, no turnout
        ("The head of Malta's six-member delegation to the Regional Parliament spoke yesterday.", []),
        ("The chairman of the nine-member delegation to the Parliamentary Assembly addressed reporters.", []),
        # a delegation that came, or one sent to a session, is a turnout
        ("The Republic was represented by a 12-member delegation.", [12]),
        ("A 15-member delegation to the Parliament's spring session arrived on Monday.", [15]),
        # Class: people counted after a series of programmes are beneficiaries over time
        ("Since 2010 the institute has organized 300 training courses for 5,200 participants from 80 countries.", []),
        ("The centre ran 45 programmes for over 900 officials.", []),
        # Class: an elliptical count ("while 6 were represented by …") takes the unit before it
        ("Of the 40 countries, 30 were represented by heads of state while 6 were represented by ministers.", [30, 6]),
    ],
)
def test_counts_memberships_beneficiaries_and_elliptical_counts(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Class (silver4 C5): the people of countries in a visa or consular notice are no delegates
        "Citizens of 52 countries may now apply for an electronic visa.",
        "The ministry extended the visa waiver to nationals of 29 countries.",
        "Residents of 14 countries can register online.",
        # Class (silver4 C5): the two sides of a bilateral relation, after "between"
        "The envoys hailed the lasting friendship between two nations.",
        # a membership after a `count_membership_before` verb, now that parliaments are a unit
        "The network now embraces 120 member parliaments from every region.",
    ],
)
def test_counts_people_of_countries_and_a_pair_are_no_turnout(nlp, text):
    assert count_rows_with_text(nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (silver4 C8): a qualifier before "a hundred" / "a thousand" is kept
        ("The meeting gathered almost a hundred delegates.", [("almost a hundred delegates", 100, "about")]),
        ("Nearly a thousand participants attended the fair.", [("Nearly a thousand participants", 1000, "about")]),
        # Class (silver4 C8): bodies and people nouns outside the lexicon
        (
            "Speakers from over 70 member parliaments attended the Varno assembly.",
            [("over 70 member parliaments", 70, "more_than")],
        ),
        ("More than 600 businesspeople attended the trade fair.", [("More than 600 businesspeople", 600, "more_than")]),
        # Class (silver4 C8): a membership word vetoes only the number nearest it, not every
        # count of the sentence
        (
            "The summit will see 14 ministers in attendance, and five envoys from the two countries "
            "that hold associate membership.",
            [("14 ministers", 14, "exact"), ("five envoys", 5, "exact")],
        ),
    ],
)
def test_counts_scale_words_new_units_and_a_local_membership_veto(nlp, text, expected):
    assert [(t, v, q) for t, v, q, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r5counts, finding 1): beneficiaries are only the object of "for" after a series of
        # programmes, or the subject of a benefit verb (`count_benefit_verb`); another number of the
        # sentence, or people who took part in a course that benefits someone else, is a turnout
        (
            "The agency ran 40 training courses for 900 officials, and 35 customs officers attended the closing.",
            [35],
        ),
        # (review 3, finding 19: a row with "benefit" in a relative clause passed before the move
        # of "benefit" to the first-verb check; this one, with the benefit verb in the scan's reach,
        # did not)
        ("Some 27 officers took part in courses benefiting the wider region.", [27]),
        ("40 officers attended courses benefiting the region.", [40]),
        ("The academy has held 300 courses for 5,200 trainees from 80 countries.", []),
        ("The institute has run 25 programmes for some 700 officials.", []),
        ("Over 200 experts from 30 countries have benefited from the scheme.", []),
        ("About 500 diplomats were trained by the college last year.", []),
    ],
)
def test_counts_beneficiaries_only_for_objects_and_benefit_subjects(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r5counts, finding 2): a bracket after a country is a delegation's size only in a
        # list of countries that "from" opens, after a people or delegations noun, in one clause
        ("Delegates from Peru (4), Chile (2) and Bolivia (3) attended the meeting.", [4, 2, 3]),
        ("Participants travelled from Malawi (14) and Zambia (9).", [14, 9]),
        ("Delegations from the Republic of Chile (20), Kenya (5) were present.", [20, 5]),
        # the list may open with a count of its countries and a list word (`count_country_list_word`)
        ("Envoys came from 30 states, including Oman (14) and Fiji (6).", [14, 6]),
        ("Participants came from the following countries: Laos (3), Nepal (4) and Bhutan (2).", [3, 4, 2]),
        # a bracket after a country outside such a list: an item count, a paragraph, a budget line
        ("Delegates arrived; the annex listed Chile (12) items.", []),
        ("The delegates reviewed the budget of Chile (12), and participants from the region agreed.", []),
        ("There were 40 participants, and the grant for Peru (4) was discussed.", [40]),
    ],
)
def test_counts_bracketed_sizes_only_in_a_from_list_of_countries(nlp, text, expected):
    assert [v for _, v, _, u in count_rows_with_text(nlp, text) if u == "participants"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r5counts, finding 3): a standing body's delegation counts only where the text says
        # it turned up (an attendance verb, a gathering verb or a `count_turnout_verb`)
        ("A 12-member delegation of the parliament visited Tallinn on Monday.", [12]),
        ("The parliament's 8-member delegation arrived in Quito.", [8]),
        ("The Governor received a 10-member delegation of the legislature.", [10]),
        # mentioned or planned only
        ("The parliament plans to send a 12-member delegation next year.", []),
        ("The clerk said a 6-member delegation of the parliament would be formed.", []),
        ("A 7-member parliamentary delegation will be set up in the spring.", []),
    ],
)
def test_counts_standing_body_delegation_only_when_it_turns_up(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r5counts): professions of technical meetings are people nouns (`count_person`)
        ("Some 27 inspectors took part in the seminar.", [27]),
        ("Around 40 nurses and 12 doctors attended the workshop.", [40, 12]),
        ("Fifteen auditors and 8 statisticians joined the course.", [15, 8]),
        # the vetoes still hold for them
        ("The hospital employs 300 nurses.", []),
        ("Over 90 farmers have benefited from the scheme.", []),
    ],
)
def test_counts_professions_are_people_units(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r5counts): the tagger's DATE swallowing a count right before its unit's noun
        # after a time phrase; the dates component, which finds no date there, decides
        ("On 12 May 40 delegates arrived.", [40]),
        ("Over the past 10 years 300 participants attended.", [300]),
        ("Last week 25 delegates met in Oslo.", [25]),
        # a year's shape stays a date
        ("In 2019 delegates met in Lima.", []),
        ("Since 2015 countries have met yearly.", []),
    ],
)
def test_counts_tagger_date_before_a_unit_is_not_trusted(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r7counts, review 3 finding 1): a number right after a singular noun that no date
        # covers is that noun's number ("Day 3", "Week 4"), inside the tagger's DATE: no count
        ("On Day 3 delegates visited the harbour.", []),
        ("In Week 4 participants drafted the roadmap.", []),
        # after a date the dates component found, the tagger's DATE is still not trusted
        ("On 3 June 45 delegates arrived in Accra.", [45]),
        ("Last month 18 participants met in Hanoi.", [18]),
    ],
)
def test_counts_number_of_a_singular_noun_is_no_count(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r7counts, review 3 finding 2): professions (`count_needs_attendance`) are a
        # workforce or membership size unless the sentence says they took part
        ("The cooperative counts 2,500 farmers in the valley.", []),
        ("The ministry recruited 14 consultants for the audit.", []),
        ("The agency will post 30 inspectors at the ports next year.", []),
        # with an attendance cue they count
        ("About 20 pharmacists attended the briefing.", [20]),
        ("Some 16 surveyors took part in the field exercise.", [16]),
    ],
)
def test_counts_professions_need_an_attendance_cue(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r7counts, review 3 finding 3): a standing body's delegation turns up only by a
        # verb of its own clause: not one of a relative clause, not one after a modal
        ("The Parliament, which welcomed the proposal on Monday, will send a 7-member delegation to the talks.", []),
        ("The legislature's 10-member delegation will be led by its vice-president at the forum.", []),
        # the verb right after the group, through its auxiliaries, or the one before it
        ("The legislature's 11-member delegation was led by its deputy speaker at the talks.", [11]),
        ("The mayor received a 5-member delegation of the parliament on Friday.", [5]),
    ],
)
def test_counts_standing_delegation_turns_up_in_its_own_clause(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r7counts, review 3 finding 4): "of" right after a delegations or participants
        # noun opens a list of countries with bracketed sizes, as "from" does
        ("The delegations of Peru (6) and Ghana (4) attended the summit.", [6, 4]),
        ("The delegations of Bolivia (7), Nepal (3) and Fiji (2) signed the register.", [7, 3, 2]),
        # a size of 8 closes its bracket like any other (spaCy's "8)" emoticon is no token here)
        ("The delegations of Chad (8), Laos (5) and Malta (2) signed the register.", [8, 5, 2]),
        # an "of" after another noun opens no such list
        ("The statement of Peru (6) was read out to the participants.", []),
    ],
)
def test_counts_bracketed_sizes_in_an_of_list_after_delegations(nlp, text, expected):
    assert [v for _, v, _, u in count_rows_with_text(nlp, text) if u == "participants"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (r7counts, review 3 finding 5): the benefit verb vetoes only the verb of those
        # counted: not one of a relative clause, not a reduced relative's participle before
        # their own verb
        ("25 officers trained in customs law attended the workshop in Accra.", [25]),
        ("Some 35 delegates who were trained in March joined the review.", [35]),
        # the subject of a benefit verb, with or without a participle first
        ("About 300 officials were trained by the institute last year.", []),
        ("Some 70 officials trained under the scheme last year.", []),
    ],
)
def test_counts_benefit_veto_only_on_the_counted_verb(nlp, text, expected):
    assert [v for _, v, _, _ in count_rows_with_text(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the places a visit or a tour takes in are not those taking part.
        ("During its stay the delegation will visit 12 institutions in the capital.", []),
        ("The mission toured some 8 universities and 4 laboratories in the north.", []),
        ("The programme includes visits to 15 organisations across the region.", []),
        ("The envoy will visit five countries on a tour of the region.", []),
        # Negatives: those who come from the organisations, or a comma or another verb between.
        (
            "Representatives of 12 institutions attended the forum.",
            [("12 institutions", 12, "exact", "organisations")],
        ),
        (
            "After the visit, 14 organisations took part in the workshop.",
            [("14 organisations", 14, "exact", "organisations")],
        ),
        (
            "A visiting delegation of 9 experts took part in the forum.",
            [("9 experts", 9, "exact", "participants")],
        ),
    ],
)
def test_counts_places_a_visit_takes_in_are_no_count(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: "the two countries" of a bilateral meeting are its two named parties, no count.
        ("Senior officials representing the two countries attended the ceremony.", []),
        ("Delegations from the two countries took part in the talks.", []),
        ("Experts from the two countries participated in the workshop.", []),
        # Negatives: countries counted without "the", or a larger known group that took part.
        (
            "Ministers from two countries attended the meeting.",
            [("two countries", 2, "exact", "countries")],
        ),
        (
            "Ministers from three countries attended the trilateral meeting.",
            [("three countries", 3, "exact", "countries")],
        ),
    ],
)
def test_counts_the_two_countries_of_a_bilateral_meeting_are_no_count(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a body's size is its membership, not a turnout, even where the sentence names a
        # meeting: "made up of N members", "consisting of N members", "brings together N member
        # states" (present simple, a standing body), members drawn per region (a quota).
        ("The steering board is made up of 12 members and its chair attended the meeting.", []),
        ("The panel, consisting of seven members, attended the opening session.", []),
        ("At the session, which was attended by the envoys, three members were drawn from each zone.", []),
        ("The union, made up of 9 states, held its summit which was attended by leaders.", []),
        ("The organisation brings together 21 member states of the region.", []),
        ("The Community, which brings together 14 member states, met in Apia.", []),
        # Class: what a state became, no turnout.
        ("Since 1993 the former union has existed as two separate states.", []),
        ("The federation was split into three countries in 1992.", []),
        # Negatives: a travelling group's make-up and a meeting that brings countries together count.
        ("The delegation, made up of 10 members, attended the meeting.", [(10, "exact", "participants")]),
        ("The summit brought together 16 member states in Apia.", [(16, "exact", "countries")]),
        ("The conference will bring together 40 countries.", [(40, "exact", "countries")]),
        ("The ministers came together as 12 countries at the summit.", [(12, "exact", "countries")]),
    ],
)
def test_counts_membership_sizes_are_no_count(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the members of a body whose members are organisations (a consortium, a network)
        # who met are organisations; a number word with its digits in brackets is one number.
        (
            "The five (05) members of the consortium in charge of the project, met in Accra to plan the work.",
            [(5, "exact", "organisations")],
        ),
        ("Twelve members of the regional research network attended the seminar.", [(12, "exact", "organisations")]),
        # Negatives: members of a committee are people; a present tense is a habit, no turnout.
        ("Nine members of the committee met in Geneva.", [(9, "exact", "participants")]),
        ("The council's 87 members meet for debate twice a year.", []),
    ],
)
def test_counts_members_of_a_body_of_organisations(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class (narrowed): a capitalised network/platform, or a body's name that says its members
        # are people, counts people who met, not organisations; a bare "the Alliance" is a body of
        # states whose members' number is its size.
        ("Eighteen members of the Network of Rural Women Farmers met in Lusaka.", [(18, "exact", "participants")]),
        ("The 16 members of the Youth Ocean Platform gathered in Suva for a retreat.", [(16, "exact", "participants")]),
        ("The 22 members of the Pacific Coalition of Women Journalists met in Apia.", [(22, "exact", "participants")]),
        ("The 28 members of the Alliance met in Riga to discuss air defence.", []),
        # Positives: a lower-case body and a named alliance or consortium of organisations still count them.
        ("The six members of the coalition met in Quito to agree the plan.", [(6, "exact", "organisations")]),
        ("The 35 members of the Andean Alliance for Clean Water met in Cusco.", [(35, "exact", "organisations")]),
        ("The nine members of the Baltic Research Consortium met in Tartu.", [(9, "exact", "organisations")]),
    ],
)
def test_counts_members_of_a_body_of_people_or_states(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the members of a capitalised standing organ who met are the organ's size, no turnout.
        ("The 47 members of the Human Rights Council met on Monday to debate the report.", []),
        ("The 54 members of the Economic and Social Council met in Vienna.", []),
        ("The 40 members of the Regional Assembly gathered in Tunis on Friday.", []),
        # Positives: the members of a lower-case committee or consortium who met came.
        ("The eleven members of the steering committee met in Hanoi.", [(11, "exact", "participants")]),
        ("The seven members of the evaluation panel met in Oslo on Monday.", [(7, "exact", "participants")]),
        ("Fifteen members of the Regional Parliament met in Tunis with the minister.", [(15, "exact", "participants")]),
    ],
)
def test_counts_members_of_a_standing_organ(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a count stated as the predicate of its plural noun.
        ("The seminar closed on Friday. The participants were forty in number.", [(40, "exact", "participants")]),
        ("The delegates of the regional bodies were about 60 in number.", [(60, "about", "participants")]),
        ("The experts from the member states numbered 35.", [(35, "exact", "participants")]),
        ("The delegations totalled 12 at the opening.", [(12, "exact", "delegations")]),
        # Negatives: "be" with no "in number", and a noun that counts nobody.
        ("The sessions were 3 in number.", []),
        ("The speakers were 10 minutes late.", []),
    ],
)
def test_counts_predicate_of_its_noun(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a standing body's make-up told in the present is its membership, no turnout.
        ("Meeting twice a year, the Board consists of ministers from every one of its 12 partner states.", []),
        ("The board is composed of experts from 12 organisations.", []),
        # Negatives: a meeting's make-up, a travelling group, and a sentence that says they took part count.
        ("The forum is made up of leaders from 20 countries.", [(20, "exact", "countries")]),
        ("The delegation consists of officials from 5 ministries.", [(5, "exact", "organisations")]),
        (
            "The council consists of ministers from 30 countries, who attended the session in Lima.",
            [(30, "exact", "countries")],
        ),
    ],
)
def test_counts_body_composition_is_no_count(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: people an act was done to are no turnout.
        ("The rally protested against the execution of 31 young activists.", []),
        ("The ministers condemned the arrest of 12 opposition leaders last week.", []),
        # Negatives: the same people who attended are a count.
        ("The hearing was attended by 31 activists.", [(31, "exact", "participants")]),
    ],
)
def test_counts_people_an_act_was_done_to(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a visit's participants are no places it takes in. Negatives: the count after
        # "visit by/of/with", "visiting" as an adjective, "visiting from", a visit noun with no
        # preposition, or a people noun between, still counts those taking part.
        (
            "A fact-finding visit by auditors from 11 countries was held in Vienna last week.",
            [("11 countries", 11, "exact", "countries")],
        ),
        (
            "The visit of parliamentarians from 18 countries was hosted by the Speaker.",
            [("18 countries", 18, "exact", "countries")],
        ),
        (
            "Visiting journalists from 22 countries attended the briefing.",
            [("22 countries", 22, "exact", "countries")],
        ),
        (
            "Visiting trade missions from 16 countries were received by the Governor.",
            [("16 countries", 16, "exact", "countries")],
        ),
        ("Mayors visiting from 14 countries attended the opening.", [("14 countries", 14, "exact", "countries")]),
        (
            "A study tour for inspectors from 9 countries concluded on Thursday.",
            [("9 countries", 9, "exact", "countries")],
        ),
        (
            "During the tour more than 25 countries were represented.",
            [("more than 25 countries", 25, "more_than", "countries")],
        ),
        ("The visiting envoys of 6 countries met the Speaker.", [("6 countries", 6, "exact", "countries")]),
        (
            "A site visit with engineers from 5 countries took place on Monday.",
            [("5 countries", 5, "exact", "countries")],
        ),
        (
            "The Governor toured the stands with farmers from 12 countries.",
            [("12 countries", 12, "exact", "countries")],
        ),
        # Positives: the count is the visit's object (a verb form, or a visit noun + to/of).
        ("The committee will visit 7 institutions during the week.", []),
        ("The delegation visited more than 20 organisations in the province.", []),
        ("Next month the envoy visits 6 countries in the region.", []),
        ("The programme foresees study visits to 11 organisations in the capital.", []),
        ("The inspectors toured the 9 universities of the province.", []),
        ("Her tour of 4 countries ends on Friday.", []),
    ],
)
def test_counts_a_visits_participants_are_no_places_it_takes_in(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected
