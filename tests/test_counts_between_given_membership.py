"""Counts that are no turnout, by three classes: the parties a relation joins (after "between"),
those a help is given to ("support to two countries"), and a membership verb before the number's
qualifier ("has over 200 member firms"); and one that is: the people of the known countries acting
together. Every sentence is written for the test (rows the rule must fire on and rows it must leave
alone). Needs the tagger."""

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a number right after "between" (a determiner between or not)
        ("The festival celebrates the old bond between the three people of the valley.", []),
        ("Trade between the three states of the river basin has doubled.", []),
        # Class: a number after the first party and its "and"
        ("The envoy arrived in Lima amid a rift in ties between Quito and four Andean states.", []),
        ("The accord ends a dispute between New Marova and two neighbouring countries.", []),
        # negatives: a range after "between" is a count; a turnout elsewhere in the sentence stays
        ("Between 20 and 25 ministers attended the forum in Lima.", [(20, "at_least", "participants")]),
        ("The talks between the two delegations were attended by 40 experts.", [(40, "exact", "participants")]),
        ("Ministers from Peru and four Andean states attended the summit.", [(4, "exact", "countries")]),
    ],
)
def test_counts_parties_between_are_no_turnout(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: those a help is given to (`count_given_to` right before "to"), no turnout
        ("The minister noted that Peru offers support to two countries in the region.", []),
        ("The fund has given aid to more than 30 states since its creation.", []),
        # negatives: those who came, whatever help they speak of
        ("Delegates from two countries came to the forum to support the plan.", [(2, "exact", "countries")]),
        ("Representatives of 12 countries attended a workshop on support to refugees.", [(12, "exact", "countries")]),
    ],
)
def test_counts_those_given_help_are_no_turnout(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a membership verb before the number's qualifier ("has over N member firms")
        ("The chamber has over 2,000 registered member companies.", []),
        ("The union groups more than 40 states of the region.", []),
        # negatives: a meeting's turnout after "has" stays, with a qualifier or without
        ("The summit has more than 40 countries taking part.", [(40, "more_than", "countries")]),
        ("The fair has attracted over 200 companies.", [(200, "more_than", "organisations")]),
    ],
)
def test_counts_membership_verb_before_a_qualifier(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the people of the known countries, then a verb of acting together at the
        # meeting: those countries took part
        (
            "The presidents of Peru, Chile, Bolivia and Ecuador arrived in Lima. "
            "The Heads of State of the four countries approved the border plan.",
            [(4, "exact", "countries")],
        ),
        ("The trade ministers of the three states adopted a common tariff.", [(3, "exact", "countries")]),
        # negatives: two countries are the two sides; no people before them; no joint verb
        ("The ministers of the two countries adopted a plan.", []),
        ("The exports of the four countries rose sharply last year.", []),
        ("The ministers of the four countries will be told of the plan.", []),
    ],
)
def test_counts_people_of_known_countries_acting_together(nlp, text, expected):
    assert count_rows(nlp, text) == expected


def test_counts_group_size_after_between_a_stays(nlp):
    # negative of the "between" rule: "a" opens a group's size, a turnout
    assert count_rows(nlp, "Talks were held between a nine member delegation of Peru and the minister.") == [
        (9, "exact", "participants")
    ]
