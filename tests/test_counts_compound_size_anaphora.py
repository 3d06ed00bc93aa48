"""Counts round 3 (counts3): a hyphenated modifier between a number and its noun, a standing
body's size after "of", "registrants" as people taking part, and the part of a group named
before that took part ("40 of them attended"). Sentences written for these tests; full pipeline."""

import pytest

from tests.readers import count_rows


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: the first word of a hyphenated modifier, whatever its tag ("high-ranking")
        ("The panel featured five high-ranking Chilean envoys.", [(5, "exact", "participants")]),
        ("The forum welcomed six former high-ranking diplomats.", [(6, "exact", "participants")]),
        ("Some 40 long-serving delegates attended the congress.", [(40, "about", "participants")]),
        # negative: a number before a hyphenated word that is no modifier of a person noun
        ("The forum adopted 12 follow-up measures.", []),
        # class: "registrants" are people taking part; the bracketed breakdown is part of them
        (
            "The forum drew 64 registrants (34 women, 30 men) from 9 countries.",
            [(64, "exact", "participants"), (9, "exact", "countries")],
        ),
        # class: a standing body's size after "of" is no turnout (`count_size_of`)
        ("The college reached a record enrollment of 900 students last year.", []),
        ("The agency has a workforce of 40 experts in Nairobi.", []),
        # negative: a turnout stays a turnout beside it
        ("The seminar gathered 40 experts in Nairobi.", [(40, "exact", "participants")]),
    ],
)
def test_counts_compound_modifier_registrants_and_size(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: "N of them" and an attendance verb: the group named before, in its unit
        (
            "The premier gave a dinner for the province’s mayors who were in town for the yearly "
            "Mayors Assembly. More than 40 of them, from all parties, attended the dinner.",
            [(40, "more_than", "participants")],
        ),
        (
            "Delegations of the coastal states met in Suva. Eleven of them took part in the vote.",
            [(11, "exact", "countries")],
        ),
        # class: "N of these <noun>" and an attendance verb
        (
            "Some 600 youth delegates gathered in Suva on Monday. On Friday, 200 of these delegates "
            "will go on to join the plenary.",
            [(600, "about", "participants"), (200, "exact", "participants")],
        ),
        # negative: no attendance verb after the pronoun (a reply, a property)
        ("The premier wrote to the province’s mayors. Forty of them replied in writing.", []),
        ("The bloc has 30 member states in all. Ten of them are landlocked.", []),
    ],
)
def test_counts_part_of_a_group_named_before(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: what a disaster struck is no turnout (`count_harm_verb`)
        ("The cyclone, which affected eight member states, delayed the summit.", []),
        ("Floods have hit some 12 countries of the region this year.", []),
        # negative: a turnout whose countries a disaster struck stays a turnout
        ("The summit was attended by 12 countries affected by the floods.", [(12, "exact", "countries")]),
        # class: alliances and multinationals are organisations; "heads of states" is a misspelt
        # plural of heads of state
        ("Three regional alliances took part in the forum.", [(3, "exact", "organisations")]),
        ("The fair drew 60 multinationals and 300 local traders.", [(60, "exact", "organisations")]),
        ("The seven heads of states unanimously agreed to meet again.", [(7, "exact", "participants")]),
    ],
)
def test_counts_harm_verbs_and_more_units(nlp, text, expected):
    assert count_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # class: a name's figure between a count's number and its noun is a modifier, no count
        ("The fair drew delegates from nearly 60 Fortune 500 companies.", [(60, "about", "organisations")]),
        ("Envoys of 12 Group 20 economies took part in the talks.", [(12, "exact", "countries")]),
        # negative: a figure after a sentence-opening word is a count of its own
        ("Overall 500 companies took part in the fair.", [(500, "exact", "organisations")]),
        ("Lima, 4 May 2024: Approximately 200 delegates took part.", [(200, "about", "participants")]),
        ("On 4 May 40 delegates arrived in Apia.", [(40, "exact", "participants")]),
    ],
)
def test_counts_figure_of_a_name_in_the_gap(nlp, text, expected):
    assert count_rows(nlp, text) == expected
