"""A body's head noun (lexicon `body_noun`: Body, Team, Command, Presidium) ends an
organisation's name, never a person's: the words before it that an office or an organisation
precedes are no name, and a name the model joined after it is a person's. Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, not_person",
    [
        # class: a body's head noun after an organisation the rules read a name from
        (
            "The FAO Country Office and Regional Technical Support Team (RTST) for West Africa opened in Accra.",
            "Support Team",
        ),
        ("Chile has been a member of the WHO Governing Body since 1950.", "Governing Body"),
        (
            "The Ghana Armed Forces and the United States European Command hosted the in-person meeting.",
            "European Command",
        ),
        (
            "The Royal Thai Armed Forces and the U.S. Indo-Pacific Command (USINDOPACOM) co-hosted the event.",
            "U.S. Indo-Pacific Command",
        ),
    ],
)
def test_person_repair_body_head_ends_no_name(nlp, text, not_person):
    assert not_person not in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        # negative: the person beside the body stays
        ("General Peter Mwangi, the head of the Eastern Command, opened the drill.", "Peter Mwangi"),
        (
            "Anita Kowalczyk, the leader of the support team, presented the report to the governing body.",
            "Anita Kowalczyk",
        ),
    ],
)
def test_person_repair_person_beside_a_body_head_kept(nlp, text, person):
    assert person in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        # class: a name after a body's head noun the model joined to the body
        (
            "The session will be attended by Vice President Anna Kalnina, Member of the Presidium Toomas Kask, "
            "and Member of the Budget Committee Rasa Petraitiene.",
            "Toomas Kask",
        ),
        ("Also present was the Deputy Chair of the Presidium Marek Tamm.", "Marek Tamm"),
        ("Delegates included Member of the Presidium Ilze Ozola and two advisers.", "Ilze Ozola"),
    ],
)
def test_person_repair_name_after_a_body_head_is_a_person(nlp, text, person):
    assert person in person_names(nlp, text)
