"""Two offices joined by "and" before a name are both its holder's ("Deputy Prime Minister and
Minister of Foreign Affairs X"), unless the words after the name say the subject is two people
("the Prime Minister and Chancellor X both …", "… were received"): then the first office is
another's. Sentences invented."""

from __future__ import annotations

import pytest

from tests.readers import role_pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Taoiseach and Chancellor Karl Huber both welcomed the agreement in Dublin.",
            {("Karl Huber", "Chancellor")},
        ),
        (
            "The President and Prime Minister Lena Berg were received at the palace on Monday.",
            {("Lena Berg", "Prime Minister")},
        ),
        (
            "The Governor and Mayor Tomas Ferreira jointly opened the new port terminal.",
            {("Tomas Ferreira", "Mayor")},
        ),
        # negative: one holder of two offices keeps both
        (
            "Deputy Prime Minister and Minister of Finance Ana Costa met the delegation on Monday.",
            {("Ana Costa", "Deputy Prime Minister"), ("Ana Costa", "Minister of Finance")},
        ),
        (
            "Deputy Prime Minister and Minister of Finance Ana Costa said both sides agreed.",
            {("Ana Costa", "Deputy Prime Minister"), ("Ana Costa", "Minister of Finance")},
        ),
    ],
)
def test_titles_coordinated_offices_of_two_holders(nlp, text, expected):
    assert role_pairs(nlp, text) == expected
