"""A venue noun right after an honorific and one given name is the name's surname; a party's
letters before a given and a family name are no initials. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import person_names


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a venue or place noun as a surname after an honorific and a given name
        ("Ambassador Thomas Lodge presented his credentials to the President.", {"Thomas Lodge"}),
        ("Ambassador Thomas Lodge, the new envoy, arrived on Monday.", {"Thomas Lodge"}),
        # negative: a venue named after someone, no honorific before it
        ("They met at the Mandela Lodge Hotel.", set()),
        # class: a party's letters before a given and a family name are the party's
        ("South Africa's DA Thabo Mokoena criticised the decision.", {"Thabo Mokoena"}),
        ("Kenya's ODM Achieng Wafula spoke.", {"Achieng Wafula"}),
        # negative: initials written together before a surname stay the name's
        ("Ghana's KB Asante met the press.", {"KB Asante"}),
    ],
)
def test_people_venue_surname_party_letters(nlp, text, expected):
    assert person_names(nlp, text) == expected
