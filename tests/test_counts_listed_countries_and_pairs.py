"""Counts, two classes: a number whose noun phrase a list of exactly that many countries follows
(set off by a dash, a bracket or a colon) counts countries, whatever its noun; and "the two" people
of a meeting between two people the text has named are the pair, no turnout. Every sentence is
written for the test (rows the rule must fire on and rows it must leave alone). Needs the tagger."""

import pytest

from tests.readers import count_rows_with_text


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a list of exactly N countries after the noun phrase counts countries
        (
            "Nakamura held talks with trade ministers from four other PACT members -- Chile, Peru, "
            "Fiji and Oman -- on fisheries.",
            [("four other PACT members", 4, "exact", "countries")],
        ),
        (
            "Envoys from three other frontier markets and small economies — Laos, Nepal and Bhutan — "
            "will attend the dialogue on Friday.",
            [("three other frontier markets and small economies", 3, "exact", "countries")],
        ),
        (
            "Delegates of three partner markets (Ghana, Togo and Benin) attended the fair.",
            [("three partner markets", 3, "exact", "countries")],
        ),
        # negatives: a list of another length, a list holding a body, a people noun before the list
        (
            "Envoys from three other frontier markets — Laos, Nepal, Bhutan and Tonga — will attend the dialogue.",
            [],
        ),
        ("Three other partners — the Asian Bank, Nepal and Bhutan — will attend the dialogue.", []),
        (
            "Three ministers (Laos, Nepal and Bhutan) attended the dialogue.",
            [("Three ministers", 3, "exact", "participants")],
        ),
    ],
)
def test_counts_a_list_of_as_many_countries_counts_countries(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: "the two <people>" after a meeting of two named people: the pair, no count
        (
            "Minister Okafor received Minister Lindqvist in Abuja. The two officials also reviewed the "
            "grain deal, a statement said.",
            [],
        ),
        ("Envoy Marek met envoy Sato on Monday. The two delegates agreed to meet again in May.", []),
        # negatives: two people without "the", more than two after "the" in a sentence that says they came
        (
            "Two officials from the port authority attended the talks in Abuja.",
            [("Two officials", 2, "exact", "participants")],
        ),
        (
            "The talks were attended by the five officials of the port authority.",
            [("five officials", 5, "exact", "participants")],
        ),
    ],
)
def test_counts_the_two_people_of_a_meeting_are_the_pair(nlp, text, expected):
    assert count_rows_with_text(nlp, text) == expected
