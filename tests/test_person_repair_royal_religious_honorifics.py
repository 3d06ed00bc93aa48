"""Royal and religious honorific chains before a name (`communique_person_repair`), and the
royal kin titles (King Father, Queen Mother) as offices. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names, role_pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: Khmer royal and state styles, each word an honorific, stacked before the name
        ("Samdech Chaufea Veang Chea Sothy welcomed the guests at the airport.", {"Chea Sothy"}),
        ("Samdech Techo Ouk Rithy greeted the visitors.", {"Ouk Rithy"}),
        ("An audience with Preah Bat Samdech Preah Boromneath Chan Virak was granted.", {"Chan Virak"}),
        ("Neak Oknha Kim Sovann and Lok Chumteav Mao Sreyneang attended the dinner.", {"Kim Sovann", "Mao Sreyneang"}),
        # class: a Buddhist patriarch's Pali styles before his name
        ("The delegation called on Samdech Preah Mohasangharajah Dhipati Chan Sophal.", {"Chan Sophal"}),
        # class: clergy styles (Christian, Buddhist, Muslim) are honorifics, the name follows (the
        # first two rows guard what the model already reads)
        ("Father Tomasz Wierzbicki blessed the new school.", {"Tomasz Wierzbicki"}),
        ("The Venerable Ananda Thero led the prayers.", {"Ananda Thero"}),
        ("Mawlawi Abdul Qadir Noori spoke for the provincial council.", {"Abdul Qadir Noori"}),
    ],
)
def test_person_repair_royal_religious_honorific_chains(nlp, text, expected):
    assert person_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text, not_people",
    [
        # an honorific chain alone is never a name
        ("The ceremony was attended by Preah Bat and other dignitaries.", {"Preah Bat"}),
    ],
)
def test_person_repair_honorific_chain_alone_is_no_person(nlp, text, not_people):
    assert not (person_names(nlp, text) & not_people)


@pytest.mark.parametrize(
    "text, name, title",
    [
        # class (royal kin titles): a hyphened or spaced royal kin title is the person's office
        (
            "A wreath was laid before a portrait of King Father Sok Vuthy in the hall.",
            "Sok Vuthy",
            "King Father",
        ),
        ("Her Majesty Queen-Mother Sok Bopha received the envoys.", "Sok Bopha", "Queen-Mother"),
        # negative: the monarch's own title stays "King"
        ("King Sok Vuthy received the envoys at the palace.", "Sok Vuthy", "King"),
    ],
)
def test_person_repair_royal_kin_title(nlp, text, name, title):
    assert (name, title) in role_pairs(nlp, text)
