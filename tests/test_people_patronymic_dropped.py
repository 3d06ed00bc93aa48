"""One person per name (`communique_people`): the full name written again without its
patronymic ("bin X") is an alias of the fuller one. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_alias_sets


@pytest.mark.parametrize(
    "text, name, alias",
    [
        # class: the given name and the family name, the patronymic left out
        (
            "The minister received Dr. Omar bin Faisal Al-Rashidi, the regional director, on Sunday. "
            "Dr. Omar Al-Rashidi praised the new clinics.",
            "Omar bin Faisal Al-Rashidi",
            "Omar Al-Rashidi",
        ),
        (
            "Talks were held with Sheikh Khalid bin Hamad Al Mansoori in Doha. Khalid Al Mansoori thanked the hosts.",
            "Khalid bin Hamad Al Mansoori",
            "Khalid Al Mansoori",
        ),
    ],
)
def test_people_name_without_patronymic_is_alias(nlp, text, name, alias):
    assert alias in person_alias_sets(nlp, text).get(name, set())


@pytest.mark.parametrize(
    "text, other",
    [
        # negative: the father's name and the family name are another person (the father)
        ("Sheikh Abdullah bin Zayed Al Nahyan met Zayed Al Nahyan's advisers.", "Zayed Al Nahyan"),
        # negative: another given name before the family name is another person
        (
            "Dr. Omar bin Faisal Al-Rashidi met Dr. Hassan Al-Rashidi in Riyadh on Sunday.",
            "Hassan Al-Rashidi",
        ),
    ],
)
def test_people_other_given_name_stays_apart(nlp, text, other):
    assert other in person_alias_sets(nlp, text)
