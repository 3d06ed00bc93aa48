"""Class: a town's or a city's own government named with its place ("Pokhara Metropolitan
City", "Tansen Municipality", "the Municipality of Wenzhou") is an organisation, the body a
mayor heads: not a place, not a person, not the field of the mayor's office, and not cut in
two where the model reads part of it as a person."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The delegation included Ram Thapa, mayor of Pokhara Metropolitan City, Sita Rai, mayor of "
            "Lalitpur Sub-Metro, and Hari Joshi, mayor of Tansen Municipality (Palpa).",
            {"Pokhara Metropolitan City", "Lalitpur Sub-Metro", "Tansen Municipality"},
        ),
        (
            "The council wants to cooperate with the Municipality of Wenzhou under a twin-city agreement.",
            {"Municipality of Wenzhou"},
        ),
        (
            "He met Mr. Ahmet Kaya, the mayor of the Ankara Metropolitan Municipality, on Monday.",
            {"Ankara Metropolitan Municipality"},
        ),
        (
            "Officials of the Lyon Metropolitan Council and Wenzhou Municipal Government signed the deal.",
            {"Lyon Metropolitan Council", "Wenzhou Municipal Government"},
        ),
        (
            "Mayor Gita Shrestha of Hetauda Sub-Metropolitan City opened the fair.",
            {"Hetauda Sub-Metropolitan City"},
        ),
    ],
)
def test_a_municipal_body_is_an_organisation(nlp, text, expected):
    assert expected <= organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the mayor's office before the place is no part of the name
        ("Deputy Mayor Sita Rai of Dharan thanked the Dharan Municipality staff.", "Deputy Mayor Sita Rai"),
        # a plain place after "mayor of" is no body
        ("The mayor of Pokhara welcomed the guests from Lyon.", "Pokhara"),
        # a lower-case municipality is a place's kind, no name
        ("Farmers of the municipality of Tansen sold their crops.", "municipality of Tansen"),
    ],
)
def test_what_is_no_municipal_body(nlp, text, absent):
    names = organisation_name_set(nlp, text)
    assert absent not in names
    assert not any(n.startswith(("Deputy", "Mayor")) for n in names)
