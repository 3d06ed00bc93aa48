"""Organisations, round 2 on new text: a possessive pronoun opening a body's name, venues
named by a courtyard, ballroom or restaurant, a known short form ending a longer name, and
ministers listed with their portfolios in brackets.

Each table is one class, on sentences written for these tests; the full model reads them
(the `nlp` fixture). Each table has rows the rule must fire on and rows it must leave alone."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names


# class (held-out review 30): a possessive pronoun opening a body's name ("Our Assembly",
# "its Secretariat") is no word of the name: the bare body word names no one, a longer name
# stays without the pronoun; a courtesy after the pronoun ("Her Majesty's Government") stays
@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("Dear colleagues, Our Assembly has met every year since its founding in Tromso.", {"Our Assembly"}, set()),
        ("Friends, Our Commission has worked hard to protect the rivers of Laos.", {"Our Commission"}, set()),
        (
            "The minister said that Their Regional Fisheries Board will meet in Suva next year.",
            {"Their Regional Fisheries Board"},
            {"Regional Fisheries Board"},
        ),
        # negative: a name that opens without a pronoun, and a courtesy's government
        (
            "The Regional Fisheries Board will meet in Suva next year.",
            set(),
            {"Regional Fisheries Board"},
        ),
    ],
)
def test_organisations_possessive_pronoun_opens_no_name(nlp, text, absent, present):
    names = set(organisation_names(nlp, text))
    assert not names & absent
    assert present <= names


# class (held-out review 30): a venue named by its courtyard, ballroom, restaurant, terrace,
# atrium or rotunda is where a meeting is held, not an organisation
@pytest.mark.parametrize(
    "text, absent, present",
    [
        (
            "Brenmoor College welcomed twenty consuls to the Olive Grove Courtyard for a lunch.",
            {"Olive Grove Courtyard"},
            {"Brenmoor College"},
        ),
        (
            "The Nordic Council hosted its reception in the Crystal Ballroom of the hotel.",
            {"Crystal Ballroom"},
            {"Nordic Council"},
        ),
        (
            "The delegates of the Andean Community dined at the Casa Verde Restaurant in Quito.",
            {"Casa Verde Restaurant"},
            {"Andean Community"},
        ),
        # negative: a body whose name only holds such a word earlier stays
        (
            "The Restaurant Workers Union of Norway met the minister on Friday.",
            set(),
            {"Restaurant Workers Union of Norway"},
        ),
    ],
)
def test_organisations_courtyard_ballroom_restaurant_are_venues(nlp, text, absent, present):
    names = set(organisation_names(nlp, text))
    assert not names & absent
    assert present <= names


# class (held-out review 30): a known body's short form (a gazetteer variant such as "Forum
# Secretariat" or "Human Rights Council") right after capitalised proper nouns ends another
# body's longer name, which is the organisation; a country's adjective, an ordinal or the
# short form alone leave the known body
@pytest.mark.parametrize(
    "text, absent, present",
    [
        (
            "Officials of the Coral Sea States Forum Secretariat met in Apia on Monday.",
            {"Forum Secretariat", "Pacific Islands Forum Secretariat"},
            {"Coral Sea States Forum Secretariat"},
        ),
        (
            "Delegates of the Baltic Sea States Human Rights Council met in Riga.",
            {"Human Rights Council", "United Nations Human Rights Council"},
            {"Baltic Sea States Human Rights Council"},
        ),
        # negative: the short form alone, after a verb, or after a country's adjective or an ordinal
        ("Delegates from Tonga briefed the Forum Secretariat on Monday.", set(), {"Forum Secretariat"}),
        ("The Fijian Forum Secretariat staff met on Monday.", set(), {"Forum Secretariat"}),
        ("He attended the First Forum Secretariat Officials Meeting in Suva.", set(), {"Forum Secretariat"}),
    ],
)
def test_organisations_known_short_form_ending_a_longer_name(nlp, text, absent, present):
    names = set(organisation_names(nlp, text))
    assert not names & absent
    assert present <= names


# class (held-out review 30): ministers listed each with their portfolio in brackets
# ("Paul Kamau (Trade and Industry)"): a name the model tags ORG is a person where another
# listed name is tagged a person, and a field inside the brackets is no body; a body with
# its own body word before a bracket stays
@pytest.mark.parametrize(
    "text, absent, present",
    [
        (
            "On the Kenyan side, Ruto Mbeki was joined by Amina Wanjiru (Foreign Affairs and Regional"
            " Integration), Kofi Otieno (Finance and Planning), Paul Kamau (Trade and Industry), and Grace"
            " Achieng (Fisheries and Blue Economy).",
            {"Paul Kamau", "Blue Economy"},
            set(),
        ),
        (
            "The delegation of Ghana included Kwame Asante (Energy and Mines), Ama Boateng (Health), and"
            " Yaw Darko (Fisheries and Aquaculture).",
            {"Ama Boateng"},
            set(),
        ),
        # negative: bodies named before a bracket keep their rows
        (
            "The Nordic Council (Culture and Education) met the Andean Parliament (Trade) in Lima.",
            set(),
            {"Nordic Council", "Andean Parliament"},
        ),
    ],
)
def test_organisations_portfolio_tags_of_listed_ministers(nlp, text, absent, present):
    names = set(organisation_names(nlp, text))
    assert not names & absent
    assert present <= names
