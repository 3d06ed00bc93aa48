"""An unknown given and family name the model tags as an organisation or leaves untagged,
followed only by a verb of speech or meeting, or by a comma and an office: a person. Every
sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dorji Penjor said the talks were productive.", {"Dorji Penjor"}),
        # a name the model reads as a body: a person where the text treats it as one (the family
        # name alone later, "she"/"he" after the verb or opening the next sentence)
        ("Lucia Quispe said the region needed investment. Quispe added that talks would go on.", {"Lucia Quispe"}),
        ("Sonam Tobgay met the visiting ministers in Thimphu. He thanked them.", {"Sonam Tobgay"}),
        ("Lucia Quispe said she would return to Lima.", {"Lucia Quispe"}),
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
        # negative (review): a company's, a bank's or an armed group's two-word name the model
        # reads as a body, nothing treating it as a person
        ("Goldman Sachs said the bond sale would close on Friday.", set()),
        ("Credit Suisse met regulators in Bern on Monday.", set()),
        ("The talks stalled. Morgan Stanley said investors were cautious.", set()),
        ("Standard Chartered noted strong demand in Asia.", set()),
        ("Islamic Jihad said the rockets were fired.", set()),
        ("The deal was signed, Credit Suisse said.", set()),
        ("Samsung Electronics said the plant would reopen. Samsung added that jobs were safe.", set()),
        # negative (held-out regression): a body's head noun after "the" is no family name alone
        ("Three states left the pact, Orthodox Exarchate added. The Exarchate signed in May.", set()),
        ("Credit Suisse said the fund would grow. The Suisse branch disagreed.", set()),
    ],
)
def test_people_speaker_names(nlp, text, expected):
    assert person_names(nlp, text) == expected
