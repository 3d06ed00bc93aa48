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
