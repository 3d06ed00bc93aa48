"""Counts, round cdm: sentences we wrote ourselves for five classes of unmet shapes (each table has
rows the rule must fire on and rows it must leave alone). Needs the tagger and NER."""

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a group's size written without its hyphen ("a five member delegation")
        ("A 12 member delegation from Ghana attended the forum.", [(12, "exact", "participants")]),
        ("A twelve member delegation from Ghana attended the forum.", [(12, "exact", "participants")]),
        (
            "Talks were held between a seven member delegation of Chile and the Minister of Energy.",
            [(7, "exact", "participants")],
        ),
        (
            "A 6 member parliamentary delegation from Chile visited the assembly on Monday.",
            [(6, "exact", "participants")],
        ),
        # negatives: no group noun after the size word; a standing body's delegation not yet sent
        ("Each of the 15 member countries sent a delegation.", []),
        ("The parliament plans to send a 12 member delegation next year.", []),
    ],
)
def test_counts_group_size_without_hyphen(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a standing body's delegation whose members are listed in an "including …" phrase
        # before its verb: the verb after the list says whether it turned up
        (
            "An eight-member parliamentary delegation from Peru including the Deputy Speaker and the "
            "Secretary of the Chamber has participated in the forum.",
            [(8, "exact", "participants")],
        ),
        (
            "A 9-member parliamentary delegation including the Deputy Speaker took part in the conference in Lima.",
            [(9, "exact", "participants")],
        ),
        # negative: the delegation will attend, it has not turned up
        ("A 9-member parliamentary delegation including the Deputy Speaker will attend the conference in Lima.", []),
    ],
)
def test_counts_delegation_with_an_including_list(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the places a trip takes in ("travel to", "a trip to") and the same places named
        # again later ("talks with leaders from the three countries") are no turnout
        ("The minister will travel to three African countries next week.", []),
        ("The Prime Minister travelled to five Gulf states last month.", []),
        ("The President's trip to four Asian countries begins on Monday.", []),
        (
            "The minister will visit three countries of the Sahel. She will hold talks with leaders from the three countries.",
            [],
        ),
        # negatives: people travelling from countries, and a definite count with another value
        ("Delegates travelled from 40 countries to attend the summit.", [(40, "exact", "countries")]),
        ("Participants travelling to the forum came from 30 countries.", [(30, "exact", "countries")]),
        (
            "The envoy will visit four countries in the region. Ministers from the six countries attended the summit.",
            [(6, "exact", "countries")],
        ),
    ],
)
def test_counts_trip_destinations_and_their_repetition(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: those who "benefited from" a meeting took part in it
        (
            "In all, 85 participants from 23 countries benefited from the sub-regional workshops.",
            [(85, "exact", "participants"), (23, "exact", "countries")],
        ),
        (
            "Some 40 delegates benefited from the regional seminar on trade facilitation.",
            [(40, "about", "participants")],
        ),
        # negatives: the beneficiaries of a programme or a scheme
        ("About 300 students benefited from the programme of workshops.", []),
        ("Over 70 officials have benefited from the scheme.", []),
        # negative: a meeting's noun modifying the head ("the conference grants") is no meeting
        ("Some 800 students have benefited from the summit grants since 2015.", []),
    ],
)
def test_counts_benefited_from_a_meeting(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: people from a treaty's parties are counted with the parties they represent
        # ("Contracting Parties", "States Parties", the latter often tagged as a place)
        (
            "A total of 90 participants from 31 Contracting Parties attended the session.",
            [(90, "exact", "participants"), (31, "exact", "countries")],
        ),
        ("Experts from 44 Contracting Parties took part in the meeting.", [(44, "exact", "countries")]),
        ("Delegates from 31 States Parties attended the session.", [(31, "exact", "countries")]),
        # negatives: a treaty's membership
        ("The agreement now has 183 Contracting Parties.", []),
        ("The convention has 164 States Parties.", []),
    ],
)
def test_counts_treaty_parties_represented_at_a_meeting(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a travelling group's size given as its members ("a delegation of 15 members")
        ("A delegation of 15 members visited the plant on Tuesday.", [(15, "exact", "participants")]),
        ("The delegation consisted of eight members.", [(8, "exact", "participants")]),
        ("The delegation was made up of 12 members.", [(12, "exact", "participants")]),
        # negatives: a standing body's membership, a body-like group, a present-tense make-up
        ("The steering board is made up of 14 members.", []),
        ("The working group consists of 12 members.", []),
        ("The group of 20 members will meet twice a year.", []),
        ("The Parliament's delegation consists of 15 members.", []),
    ],
)
def test_counts_a_travelling_group_of_members(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a number in words with "and" after its hundreds ("two hundred and fifty")
        ("Two hundred and fifty participants attended the forum.", [(250, "exact", "participants")]),
        ("The summit drew one hundred and twenty-five delegates.", [(125, "exact", "participants")]),
        ("A hundred and twenty participants took part.", [(120, "exact", "participants")]),
        # negative: two counts joined by "and" stay two
        (
            "Two hundred participants and fifty observers attended.",
            [(200, "exact", "participants"), (50, "exact", "participants")],
        ),
    ],
)
def test_counts_number_words_with_and(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a body that "has" or "groups" its members: a membership, no turnout
        ("The organisation has 57 member states.", []),
        ("The bloc, which groups 15 countries, will hold its summit in Accra.", []),
        ("The initiative has 25 partner organisations.", []),
        # negatives: a meeting that has its countries, and people counted after "has"
        ("The summit has 40 countries taking part this year.", [(40, "exact", "countries")]),
        ("The meeting had 85 registered participants.", [(85, "exact", "participants")]),
    ],
)
def test_counts_a_body_that_has_its_members(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the US "upward of" and the negated bounds
        ("The conference attracted upward of 1,000 delegates.", [(1000, "more_than", "participants")]),
        ("The meeting was attended by not less than 30 ministers.", [(30, "at_least", "participants")]),
        ("The retreat will host no more than 12 ministers.", [(12, "up_to", "participants")]),
        ("At most 20 delegations will take part.", [(20, "up_to", "delegations")]),
        # negative: the plain bound keeps its own qualifier
        ("The forum attracted more than 300 participants.", [(300, "more_than", "participants")]),
    ],
)
def test_counts_more_qualifier_wordings(nlp, text, expected):
    assert count_rows(nlp, text) == expected


def test_counts_benefited_from_a_meetings_outcome_is_no_turnout(nlp):
    # the meeting only owns what they benefited from: beneficiaries of its outcome
    assert count_rows(nlp, "Some 40 delegates benefited from the seminar's recommendations.") == []
