"""Class: a body of two countries named with a hyphen goes on with its field after "of"
("the Polish-Lithuanian Chamber of Commerce and Industry"): the whole name is the
organisation, not the bilateral body cut at its head noun ("Polish-Lithuanian Chamber")."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Several firms, among which was Polish-Lithuanian Chamber of Commerce and Industry, took part.",
            "Polish-Lithuanian Chamber of Commerce and Industry",
        ),
        (
            "Mr. Jonas Vaitkus, President of the Estonian-Finnish Chamber of Commerce, opened the forum.",
            "Estonian-Finnish Chamber of Commerce",
        ),
    ],
)
def test_a_bilateral_body_keeps_its_field(nlp, text, name):
    names = organisation_name_set(nlp, text)
    assert name in names
    assert not any(n.endswith("Chamber") for n in names)


@pytest.mark.parametrize(
    "text, absent",
    [
        # "of" and a country after the head: the body of a country, not a field
        ("The Polish-Lithuanian Assembly of Lithuania met in Vilnius.", "Polish-Lithuanian Assembly of Lithuania"),
        # "of" and a person's name: the body's chair, no field
        ("The Polish-Lithuanian Chamber of Jan Kowalski met in Vilnius.", "Polish-Lithuanian Chamber of Jan Kowalski"),
    ],
)
def test_no_field_after_it(nlp, text, absent):
    assert absent not in organisation_name_set(nlp, text)
