"""Titles: a staff office named by its field ("engineering officer", "public relations officer",
"administrative manager") in apposition or before a name; "officer" alone stays none. Every
sentence is written for the tests."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Alan Frost, an engineering officer from the Fiji Navy, toured the dock.",
            ("Alan Frost", "engineering officer", ""),
        ),
        (
            "The school's administrative manager Tom Kirui showed the guests around the library.",
            ("Tom Kirui", "administrative manager", ""),
        ),
        (
            "The team included Anna Berg, the public relations officer of the embassy.",
            ("Anna Berg", "public relations officer", ""),
        ),
    ],
)
def test_staff_field_office(nlp, text, expected):
    assert expected in role_triples(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # negative: "officer" or "manager" alone, or a field word with no office after it
        ("Alan Frost, an officer from the Fiji Navy, toured the dock.", "Alan Frost"),
        ("The engineering team led by Tom Kirui finished the bridge.", "Tom Kirui"),
        ("Anna Berg, a manager at a bakery, baked the cake.", "Anna Berg"),
    ],
)
def test_no_staff_office(nlp, text, name):
    assert not any(r[0] == name for r in role_triples(nlp, text))
