"""A known body's one-word name that is also a personal name, written between two name words
of one person ("Abdel Fatah al-Sisi"), is the person's middle name, not the body: the person
keeps the whole name and the body keeps its own rows where the text names it alone. Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_and_organisation_names


@pytest.mark.parametrize(
    "text, person, body",
    [
        # class: a party's name (gazetteer) as an Arabic given name between given name and surname
        (
            "Cairo, 4 March 2031 - President Abdel Fatah al-Sisi received Foreign Minister Lena "
            "Marsh of Norland on Tuesday, and later spoke of Fatah and its rivals.",
            "Abdel Fatah al-Sisi",
            "Fatah",
        ),
        # class: a company's name (gazetteer) as a middle name; the company named alone elsewhere
        (
            "Oslo, 2 May 2031 - Deputy Minister Maria Nokia Lind opened the forum, where Nokia "
            "and two other firms showed their networks.",
            "Maria Nokia Lind",
            "Nokia",
        ),
    ],
)
def test_person_repair_body_between_name_words_is_a_middle_name(nlp, text, person, body):
    people, organisations = person_and_organisation_names(nlp, text)
    assert person in people
    assert not {p for p in people if p != person and p in person}  # not cut at the body
    assert body in organisations


@pytest.mark.parametrize(
    "text, person",
    [
        # the body at the edge of a person stays a stop there (the gazetteer's full forms decide)
        ("Geneva, 3 June 2031 - Ambassador Tomas Eriksen met delegates of Hamas and of Fatah.", "Tomas Eriksen"),
    ],
)
def test_person_repair_body_outside_a_name_stays_the_body(nlp, text, person):
    people, organisations = person_and_organisation_names(nlp, text)
    assert person in people and {"Hamas", "Fatah"} <= organisations
