"""The real list of national offices that no other office word names (round 8 of roles): heads of
state and government (Taoiseach, Tánaiste, Supreme Leader), a
province's Lieutenant Governor, a city's Lord Mayor, a legislature's members, leaders and clerk.
Each is an office before or after its holder's name; words that only look like one stay none."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Minister met Tánaiste Mary Collins in Cork on Monday.", {("Mary Collins", "Tánaiste", "")}),
        ("The Minister met the Tánaiste, Mary Collins, in Cork on Monday.", {("Mary Collins", "Tánaiste", "")}),
        ("The Minister met Taoiseach Patrick Byrne in Cork on Monday.", {("Patrick Byrne", "Taoiseach", "")}),
        ("The Minister met Supreme Leader Ali Rahimi in Tehran on Monday.", {("Ali Rahimi", "Supreme Leader", "")}),
        (
            "The Minister met Lieutenant Governor Paul Tremblay in Quebec City on Monday.",
            {("Paul Tremblay", "Lieutenant Governor", "")},
        ),
        ("The Minister met Lord Mayor Paul Tremblay in Leeds on Monday.", {("Paul Tremblay", "Lord Mayor", "")}),
        (
            "The visitors met Congressman Tom Baker and Congresswoman Lisa Grant in Washington.",
            {("Tom Baker", "Congressman", ""), ("Lisa Grant", "Congresswoman", "")},
        ),
        ("The Minister met Majority Leader Carlos Ruiz on Monday.", {("Carlos Ruiz", "Majority Leader", "")}),
        (
            "The Clerk of the Parliament, Ana Costa, was also present.",
            {("Ana Costa", "Clerk", "Parliament")},
        ),
        # negative: the same words as no office next to a name
        ("The Minister toured the Grand Duke hotel with Paul Tremblay on Monday.", set()),
        ("Paul Tremblay worked as a bank clerk before he entered politics.", set()),
    ],
)
def test_titles_national_offices_of_every_country(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a family name that is a word of a royal office ("Duke", "Regent") after a given
        # name and an office is the holder's surname, not an office cutting the name short
        ("Acting Secretary Mara Duke met the delegation in Ottawa on Monday.", {("Mara Duke", "Acting Secretary", "")}),
        ("Chief Minister Ravi Regent received the envoy in Jaipur.", {("Ravi Regent", "Chief Minister", "")}),
    ],
)
def test_titles_national_offices_keep_office_surnames(nlp, text, expected):
    assert role_triples(nlp, text) == expected
