"""People (`communique_people`): a lone surname after an honorific or an office, spelled with a
letter more or less (or a letter doubled otherwise) than the one fuller name of that surname in
the document, is that person mistyped. Every name is invented for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.people import surname_slip
from tests.readers import person_names


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("wickremratne", "wickremaratne", True),  # a letter dropped inside
        ("okalanda", "okalhanda", True),
        ("varmman", "vaarman", True),  # one letter doubled, another single
        ("okonkow", "okonkwo", False),  # letters swapped: `surname_variant`'s, not this one's
        # negative: another ending, a changed first letter, short words, another name
        ("petrova", "petrov", False),
        ("kowalska", "kowalski", False),
        ("bandara", "vandara", False),
        ("lima", "liima", False),
        ("mensah", "mendes", False),
    ],
)
def test_surname_slip(a, b, expected):
    assert surname_slip(a, b) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Minister Ranil Wickremaratne met the envoy. Later, Minister Wickremratne said the talks "
            "went well.",
            {"Ranil Wickremaratne"},
        ),
        (
            "Ambassador Liisa Vaarman handed over her letters. Later Ambassador Varmman toured the port.",
            {"Liisa Vaarman"},
        ),
        (
            "President Joseph Okalhanda opened the session. President Okalanda then thanked the delegates.",
            {"Joseph Okalhanda"},
        ),
        # negative: another ending is another person (a wife, a daughter)
        ("Ivan Sokolov met the minister. Ms Sokolova thanked him.", {"Ivan Sokolov", "Sokolova"}),
    ],
)
def test_people_surname_slip_joins(nlp, text, expected):
    assert person_names(nlp, text) == expected
