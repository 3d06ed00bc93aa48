"""Counts beyond "N participants": person nouns as units, number forms, lists of attendees,
and the numbers that are not attendance. Sentences written for these tests; full pipeline
(the rules read tags, entities and sentences)."""

import pytest

from pipeline.components.counts import plural
from tests.readers import count_rows


@pytest.mark.parametrize(
    "noun,expected",
    [
        ("minister", "ministers"),
        ("head of state", "heads of state"),
        ("chief of police", "chiefs of police"),
        ("chairman", "chairmen"),
        ("woman", "women"),
        ("deputy", "deputies"),
        ("envoy", "envoys"),
        ("mp", "mps"),
        ("chief executive officer", "chief executive officers"),
    ],
)
def test_counts_plural_of_person_nouns(noun, expected):
    assert plural(noun) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # any plural noun for people taking part is a participants unit
        ("The summit gathered 25 heads of state and government.", [(25, "exact", "participants")]),
        ("Some 40 judges of constitutional courts took part.", [(40, "about", "participants")]),
        ("The congress brought together over 300 parliamentarians.", [(300, "more_than", "participants")]),
        ("More than 120 MPs from the region attended the session.", [(120, "more_than", "participants")]),
        ("Around 80 mayors joined the forum online.", [(80, "about", "participants")]),
        ("The meeting was attended by 18 rectors of universities.", [(18, "exact", "participants")]),
        ("Nearly 70 ambassadors and consuls gathered in the capital.", [(70, "about", "participants")]),
        ("The dialogue gathered 45 political scientists.", [(45, "exact", "participants")]),
        ("Over 30 chief executive officers will participate.", [(30, "more_than", "participants")]),
        ("About 60 police chiefs attended.", [(60, "about", "participants")]),
        # a group's people named as trainees or party cadres take part too
        ("Some 35 trainees from the provinces attended the course.", [(35, "about", "participants")]),
        ("The academy welcomed 18 cadres of ruling parties from the region.", [(18, "exact", "participants")]),
        # members count when the sentence says they took part
        ("Twelve members of the national parliament took part in the hearing.", [(12, "exact", "participants")]),
        # companies, foundations and NGOs are organisations
        ("At least 40 companies and foundations attended.", [(40, "at_least", "organisations")]),
        ("Delegates of 25 NGOs registered for the forum.", [(25, "exact", "organisations")]),
    ],
)
def test_counts_person_and_body_nouns_are_units(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Twenty-one (21) delegations attended the meeting.", [(21, "exact", "delegations")]),
        ("Thirty two experts took part in the round table.", [(32, "exact", "participants")]),
        ("The fair welcomed 4 700 visitors.", [(4700, "exact", "participants")]),
        ("The fair welcomed 4,700 visitors.", [(4700, "exact", "participants")]),
        # a range is its lower bound, at_least
        ("Six to eight ministers are expected.", [(6, "at_least", "participants")]),
        ("The workshop expects 20-25 trainers.", [(20, "at_least", "participants")]),
        ("Between 150 and 200 entrepreneurs will attend the fair.", [(150, "at_least", "participants")]),
        # a qualifier written after the number
        ("The summit drew 150 or more delegates.", [(150, "at_least", "participants")]),
        ("The summit drew 60+ ministers.", [(60, "at_least", "participants")]),
        # the size of a delegation
        ("A 12-member delegation of the parliament arrived in Vilnius.", [(12, "exact", "participants")]),
        ("A 30-strong team of observers arrived for the talks.", [(30, "exact", "participants")]),
        # Class: a group size written in words ("a nine-member delegation"), as with digits
        ("A nine-member trade delegation of the senate arrived in Tartu.", [(9, "exact", "participants")]),
        ("A six-member team of auditors reached the capital on Friday.", [(6, "exact", "participants")]),
        # the number of participants, stated as such
        ("The number of participants reached 1,400 this year.", [(1400, "exact", "participants")]),
        # a hyphenated number word is one number, not a range (a range earlier in the text makes
        # the range pattern the matcher's first)
        (
            "The session runs from 5 to 7 June. Thirty-six AU member states have confirmed their attendance.",
            [(36, "exact", "countries")],
        ),
        ("The talks run from 5 to 7 June. Forty - two delegations will attend.", [(42, "exact", "delegations")]),
    ],
)
def test_counts_number_forms(nlp, text, expected):
    assert count_rows(nlp, text) == expected


def test_counts_each_office_in_a_list_of_attendees(nlp):
    text = (
        "The session was attended by one Vice-President, two Prime Ministers, 30 ministers "
        "and 25 deputy ministers, and 210 other senior officials."
    )
    assert count_rows(nlp, text) == [
        (1, "exact", "participants"),
        (2, "exact", "participants"),
        (30, "exact", "participants"),
        (25, "exact", "participants"),
        (210, "exact", "participants"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One minister said the talks had been constructive.",
        "The one expert who spoke was from Chile.",
    ],
)
def test_counts_one_person_alone_is_not_a_count(nlp, text):
    assert count_rows(nlp, text) == []


def test_counts_a_lower_bound_reaches_over_the_count_joined_to_it(nlp):
    # "at least" / "no fewer than" scope over the list; a comparative does not
    assert count_rows(nlp, "At least 12 ministers and 300 delegates have registered.") == [
        (12, "at_least", "participants"),
        (300, "at_least", "participants"),
    ]
    assert count_rows(nlp, "Over 40 speakers and 500 participants have registered.") == [
        (40, "more_than", "participants"),
        (500, "exact", "participants"),
    ]


def test_counts_a_headline_takes_the_body_qualifier(nlp):
    text = (
        "Forty ministers, 700 delegates expected at Nairobi water summit\n\n"
        "At least 40 ministers and 700 delegates have confirmed their participation in the summit."
    )
    assert {c for c in count_rows(nlp, text)} == {(40, "at_least", "participants"), (700, "at_least", "participants")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a part of the count before it, in its unit
        ("Delegates came from 64 countries, including 20 in Latin America.", [(64, "countries"), (20, "countries")]),
        # the bodies represented
        (
            "Representatives of 14 regional economic communities attended.",
            [(14, "organisations")],
        ),
        # the part of a group that took part, not the group's size
        ("Nine of the network's 40 members took part in the exercise.", [(9, "participants")]),
        # countries represented, though named as a known group
        (
            "Some 90 officers representing the police services of the 12 member countries attended.",
            [(90, "participants"), (12, "countries")],
        ),
        # the members of an organisation its representatives speak for are its member countries,
        # and so are the members listed right after them
        (
            "Delegates from 54 members and 9 observer members took part in the ministerial session.",
            [(54, "countries"), (9, "countries")],
        ),
        ("Representatives of 31 members attended the council.", [(31, "countries")]),
        # members of a body named after them are its people
        ("Delegates from 14 members of the Senate attended the hearing.", [(14, "participants")]),
        # the people of more than two countries met: the countries count
        ("The trade ministers of the 15 countries met in Lusaka on Monday.", [(15, "countries")]),
    ],
)
def test_counts_units_from_context(nlp, text, expected):
    assert [(v, u) for v, _, u in count_rows(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # membership sizes
        "The union, founded in 1889, unites 178 national parliaments and 13 associate members.",
        "The committee has 15 members elected for four years.",
        "The organisation's 57 member states adopted the declaration.",
        "The ministry employs 4,000 civil servants.",
        # treaty membership
        "With 165 states obligating themselves to the treaty, it is almost universal.",
        # beneficiaries
        "Over 120 students have benefited from the scholarship programme.",
        "More than 500 officers were trained under the project.",
        "About 2,000 police officers were deployed to secure the venue.",
        # Class: contributors to a fund or a mission, not a turnout
        "The solidarity fund has reached $40 million, with 31 member states contributing.",
        # Class: the object of an invitation verb counts those invited, not those who came
        "The secretariat says it has invited delegations of all 30 member states to attend the congress.",
        "The host is inviting 200 young scientists to take part in the next forum.",
        # journalists covering, helpers
        "More than 60 journalists are covering the summit.",
        "We thank the 25 volunteers and students who are here to assist us.",
        # people a text refers back to
        "The two presidents discussed trade and energy.",
        "Later I also saw two members of the federal presidency.",
        "After the talks the two delegations agreed to meet again in spring.",
        "Both delegations signed the protocol.",
        "The trade ministers of the two countries met in Lusaka.",
        # a place's own figures
        "The minister noted that the city hosts 30 international organizations and 9,000 civil servants.",
        "Nairobi is home to 25 United Nations agencies.",
        "The capital also houses 120 embassies and 40 international organisations.",
        # a number inside the name of a meeting
        "Ministers prepared the Mekong Five Foreign Ministers' Meeting.",
        "The Group of Seven (G7) Leaders' Summit opened on Friday.",
    ],
)
def test_counts_not_attendance(nlp, text):
    assert count_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a named place that hosted people is a turnout; a place noun's verb needs its number right after it
        ("Minsk hosted more than 700 participants.", [(700, "more_than", "participants")]),
        ("The country has sent 30 delegates to the assembly.", [(30, "exact", "participants")]),
        # an invitation in another clause leaves the turnout counted
        ("The organisers invited many firms, and 38 experts attended the seminar.", [(38, "exact", "participants")]),
    ],
)
def test_counts_a_place_hosting_a_meeting_still_counts(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a people noun of a delegation not counted ("colleagues"), also misspelt; rule
        # `count:misspelt-person` reads a long plural person noun with one letter dropped
        (
            "The senator arrived in Lusaka with six fellow colleagues from the upper house.",
            [(6, "exact", "participants")],
        ),
        ("The senator arrived in Lusaka with six senatorial collegues.", [(6, "exact", "participants")]),
        ("Some 40 particpants joined the workshop in Tbilisi.", [(40, "about", "participants")]),
        ("The minister travelled with four colleagues from the cabinet.", [(4, "exact", "participants")]),
        # negatives: a singular form is no misspelt plural; a short noun is not read fuzzily
        ("The senator met delegate 12 of the list in Lusaka.", []),
        ("The port has 30 piers on the river.", []),
    ],
)
def test_counts_misspelt_and_colleague_person_nouns(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: rule `count:misspelt-person` must not read a real English word one letter away
        # from a person noun as that noun misspelt ("residents" from "presidents", "diplomas"
        # from "diplomats", "lectures" from "lecturers", "researches" from "researchers")
        ("A mudslide near the lake displaced 3,400 residents from the valley in April.", []),
        ("The college handed out 220 diplomas and 45 prizes at the ceremony.", []),
        ("During the spring term the faculty organised 25 lectures on soil science.", []),
        ("The agency has released nine researches on coastal erosion.", []),
        # a non-word one letter away is still read as the misspelt noun
        ("Around 60 partcipants attended the seminar in Windhoek.", [(60, "about", "participants")]),
        ("The forum drew 14 negotators from the region.", [(14, "exact", "participants")]),
    ],
)
def test_counts_misspelt_person_refuses_real_words(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the seats a vote fills ("the election of 60 members"), a body's make-up and no
        # turnout; rule `count_seats_of`
        ("The charter provides for the election of 60 regional councillors every four years.", []),
        ("Voters in the province go to the polls for the re-election of 12 senators.", []),
        # negatives: a number of people after another "of" still counts
        ("A delegation of 12 senators attended the assembly in Quito.", [(12, "exact", "participants")]),
    ],
)
def test_counts_seats_filled_by_a_vote_are_no_turnout(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: those counted are the subject of a negated verb: they did not come or answer
        # (silver 8 class 7), no turnout
        (
            "About 60 delegations came to Quito, though a dozen or so countries did not send word.",
            [(60, "about", "delegations")],
        ),
        ("Twelve countries have not yet confirmed their participation.", []),
        ("Nine member states have never sent a delegation to the forum.", []),
        # negatives: a plain turnout, "not only", a negation inside a relative clause
        ("Forty delegates attended the conference.", [(40, "exact", "participants")]),
        ("Thirty countries have not only attended but also contributed to the fund.", [(30, "exact", "countries")]),
    ],
)
def test_counts_subject_of_a_negated_verb(nlp, text, expected):
    assert count_rows(nlp, text) == expected
