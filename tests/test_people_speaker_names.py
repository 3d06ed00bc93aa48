"""An unknown given and family name the model tags as an organisation or leaves untagged,
followed only by a verb of speech or meeting, or by a comma and an office: a person. Every
sentence is invented."""

from __future__ import annotations

import pytest


def people(nlp, text):
    return {p["name"] for p in nlp(text)._.people}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dorji Penjor said the talks were productive.", {"Dorji Penjor"}),
        ("Lucia Quispe said the region needed investment.", {"Lucia Quispe"}),
        ("Sonam Tobgay met the visiting ministers in Thimphu.", {"Sonam Tobgay"}),
        ("Meanwhile, Dorji Penjor told reporters the deal was close.", {"Dorji Penjor"}),
        (
            "Dorji Penjor, Executive Director of the Himalayan Water Forum, also called on Foreign Minister Ruiz.",
            {"Dorji Penjor", "Ruiz"},
        ),
        # negative: a place and a clause before the comma, no name
        ("In Thimphu, Executive Director Ruiz opened the forum.", {"Ruiz"}),
        # negative: an organisation's word, one word, a place, "the" before it: no person
        ("Oxfam said the talks had failed.", set()),
        ("Human Rights Watch said the law was unfair.", set()),
        ("The Pacific Islands Forum said the talks were useful.", set()),
        ("Global Witness said the report was accurate.", set()),
    ],
)
def test_people_speaker_names(nlp, text, expected):
    assert people(nlp, text) == expected
