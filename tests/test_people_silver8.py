"""People, silver review 8 (class 3): the spaced honorific "H. E." before a name, a natural
place's head ("X Falls") taken for a surname, one given name spelled with and without an "h".

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest


def people(nlp, text):
    return {p["name"]: sorted(p["aliases"]) for p in nlp(text)._.people}


# class (silver8 C3): the spaced "H. E." is an honorific, trimmed like "H.E."
@pytest.mark.parametrize(
    "text, name",
    [
        ("The visiting leader, H. E. Mamadou Keita Traore, met the press.", "Mamadou Keita Traore"),
        ("The delegation was led by H. E. Okonkwo Adebayo Ezenwa, who thanked the hosts.", "Okonkwo Adebayo Ezenwa"),
        # negative: initials of a person's given names stay in the name
        ("J. H. E. Sorensby wrote the first report.", "J. H. E. Sorensby"),
        ("The award went to H. E. Lindqvist in 2004.", "H. E. Lindqvist"),
    ],
)
def test_people_spaced_his_excellency_trimmed(nlp, text, name):
    assert name in people(nlp, text)


# class (silver8 C3): a natural place's head word ("Falls", "Springs") ends a place, not a name
@pytest.mark.parametrize(
    "text, person, not_people",
    [
        ("The conference was held in Kandura Falls, Republic of Malawi, on Monday.", None, {"Kandura Falls"}),
        ("The delegates travelled to Kalinda Heights for the talks.", None, {"Kalinda Heights"}),
        # negative: after an honorific the word is a surname
        ("The report by Ms. Odile Falls was welcomed.", "Odile Falls", set()),
    ],
)
def test_people_natural_place_head_is_no_surname(nlp, text, person, not_people):
    found = people(nlp, text)
    assert person is None or person in found
    assert not (set(found) & not_people)


# class (silver8 C3): one given name written with and without an "h" after a consonant, under
# one surname, is one person with the other spelling as an alias
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "French President Nicolas Duvalier arrived first. Later, President Nicholas Duvalier said the talks went well.",
            {"Nicolas Duvalier": ["Nicholas Duvalier"]},
        ),
        (
            "The panel heard Thomas Vellberg. Tomas Vellberg then answered questions.",
            {"Thomas Vellberg": ["Tomas Vellberg"]},
        ),
        # negative: two given names that differ otherwise are two people
        ("Anna Petrova met Olga Petrova in Geneva.", {"Anna Petrova": [], "Olga Petrova": []}),
        ("Daniel Brandt met Daniela Brandt in Bonn.", {"Daniel Brandt": [], "Daniela Brandt": []}),
    ],
)
def test_people_h_spelling_variants_merged(nlp, text, expected):
    assert people(nlp, text) == expected
