"""Class: a country's government as a whole ("the Norwegian Government", "the Government of
the Republic of Peru") is the country acting, no organisation row (countries are none; gold
lists such a government as optional at most). A city's or a county's government, and a
body of the government, stay."""

from __future__ import annotations

import pytest

from tests.readers import organisation_name_set


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Danish Government welcomed the delegation on Monday.", "Government of Denmark"),
        ("He thanked the Government of the Republic of Chile for its support.", "Government of Chile"),
        ("The Kenyan Government and the Austrian Government signed two agreements.", "Government of Kenya"),
    ],
)
def test_a_countrys_government_is_no_row(nlp, text, absent):
    names = organisation_name_set(nlp, text)
    assert not any("Government" in n for n in names), names


@pytest.mark.parametrize(
    "text, name",
    [
        ("The mayor thanked the Kaohsiung City Government for the visit.", "Kaohsiung City Government"),
        ("He met the head of the Office of the Government of Vietnam.", "Office of the Government of Vietnam"),
        ("Officials of the Danish Ministry of Foreign Affairs attended.", "Danish Ministry of Foreign Affairs"),
    ],
)
def test_other_governmental_bodies_stay(nlp, text, name):
    assert name in organisation_name_set(nlp, text)
