"""Class: a room of a building, where a talk or a meeting is held ("the Orchid Room", "the
Delegates' Lounge"), or a campus's student centre, is a venue (`venue_end`), not an
organisation."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set


@pytest.mark.parametrize(
    "text, venue",
    [
        (
            "Professor Lina Okafor will speak at 6 p.m. on Tuesday in the Orchid Room of the main "
            "library, the Department of History said.",
            "Orchid Room",
        ),
        (
            "The reception for the visiting ambassadors took place in the Harbour Lounge after the "
            "signing ceremony, the Port Authority of Mombasa said.",
            "Harbour Lounge",
        ),
        (
            "The Embassy of Peru held a photo exhibition at the Kellerman Student Center on Friday.",
            "Kellerman Student Center",
        ),
    ],
)
def test_a_room_is_a_venue(nlp, text, venue):
    assert venue not in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a body named in the same sentence stays
        (
            "Professor Lina Okafor will speak at 6 p.m. on Tuesday in the Orchid Room of the main "
            "library, the Department of History said.",
            "Department of History",
        ),
        (
            "The Embassy of Peru held a photo exhibition at the Kellerman Student Center on Friday.",
            "Embassy of Peru",
        ),
    ],
)
def test_a_body_beside_a_room_stays(nlp, text, body):
    assert body in organisation_name_set(nlp, text)
