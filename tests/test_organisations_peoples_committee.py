"""Class: a city's or a province's people's committee (its government in Vietnam and Laos)
is named with its place ("Can Tho City People's Committee"), not cut to the bare
"People's Committee" where the model reads the place as a person."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The minister will meet Mr. Tran Van Binh, Secretary of the Party Committee, and Mr. Le Van "
            "Nam, Chairman of Da Nang City People's Committee.",
            "Da Nang City People's Committee",
        ),
        (
            "He will also meet Mr. Pham Van Long, Chairman of Can Tho City People's Committee, on Friday.",
            "Can Tho City People's Committee",
        ),
        (
            "A delegation of the Quang Ninh Provincial People’s Committee visited Busan last week.",
            "Quang Ninh Provincial People’s Committee",
        ),
    ],
)
def test_a_peoples_committee_keeps_its_place(nlp, text, name):
    names = organisation_name_set(nlp, text)
    assert name in names
    assert "People's Committee" not in names and "People’s Committee" not in names


@pytest.mark.parametrize(
    "text",
    [
        # an office before the place is no part of the name
        "The Vice Chairman of Hai Duong People's Committee received the guests.",
    ],
)
def test_the_office_before_it_stays_out(nlp, text):
    names = organisation_name_set(nlp, text)
    assert not any(n.startswith("Vice") or n.startswith("Chairman") for n in names)
    assert "Hai Duong People's Committee" in names
