"""Titles: field words written before a staff office's head ("officer", "strategist",
"coordinator", "adviser", "chief" …) are part of the office in a title's place — after a name
and a comma or dash, after "as", right before a name — and never elsewhere in a sentence. Every
sentence is written for the tests."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Commander Maria Lopes, a fuel and transport officer with the Cape Verde Navy, inspected the pier.",
            "Maria Lopes",
            "fuel and transport officer",
        ),
        (
            "The visitors were Omar Haddad – Nutrition Policy Officer and two drivers.",
            "Omar Haddad",
            "Nutrition Policy Officer",
        ),
        (
            "Speakers included Lena Fischer, Digital Campaign Strategist, and a banker.",
            "Lena Fischer",
            "Digital Campaign Strategist",
        ),
        (
            "Trade Promotion Coordinator Kwame Asante opened the fair in Accra.",
            "Kwame Asante",
            "Trade Promotion Coordinator",
        ),
        (
            "Before that, Priya Nair served as chief climate strategist at a bank in Pune.",
            "Priya Nair",
            "chief climate strategist",
        ),
    ],
)
def test_field_words_join_staff_head(nlp, text, name, title):
    assert any(r[0] == name and r[1] == title for r in role_triples(nlp, text))


@pytest.mark.parametrize(
    "text, name, title",
    [
        # negative: field words before a head out of a title's place stay out of any role
        (
            "Sara Lind said the training of water supply officers would begin in May.",
            "Sara Lind",
            "water supply officer",
        ),
        (
            "Jonas Berg praised the river transport coordinator training programme.",
            "Jonas Berg",
            "river transport coordinator",
        ),
    ],
)
def test_field_words_not_joined_elsewhere(nlp, text, name, title):
    assert not any(r[1].lower() == title for r in role_triples(nlp, text))


def test_four_field_words_not_cut_to_three(nlp):
    # negative: past three field words the rule reads none, never the last three alone
    text = "The panel heard Rural Land and Forest Affairs Adviser Ana Souza in Recife."
    assert not any(r[1] == "Land and Forest Affairs Adviser" for r in role_triples(nlp, text))


def test_head_opening_a_listed_office_not_cut(nlp):
    # negative: the head opens a longer listed office ("Director General"), which is kept
    text = "“We are ready,” said Ocean Research Director General Ana Diaz."
    assert not any(r[1] == "Ocean Research Director" for r in role_triples(nlp, text))
