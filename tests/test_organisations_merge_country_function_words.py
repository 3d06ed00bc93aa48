"""Class: one body named with its country's adjective and with "of <country>" where the
document also writes a country's name of several words ("the Republic of Peru", "Trinidad and
Tobago"): the country's small words ("of", "and") are no country words of a name, so the two
names still make one row (`org_merge.by_country_dropped`). Names written for the tests."""

from __future__ import annotations

import pytest

from pipeline.components import org_merge as m
from pipeline.components.org_deciders import Verdict
from pipeline.components.org_gazetteer import Gazetteer
from pipeline.components.org_words import OrgWords
from tests.readers import organisation_ids

WORDS = OrgWords(body={"academy", "council", "institute"}, gazetteer=Gazetteer([]))
# the document's country words as `OrganisationResolver.merge` folds them: "Republic of Peru"
# and "Trinidad and Tobago" bring their small words with them
COUNTRIES = {
    "peru": "Peru",
    "peruvian": "Peru",
    "republic": "Peru",
    "of": "Peru",
    "trinidad": "Trinidad and Tobago",
    "and": "Trinidad and Tobago",
    "tobago": "Trinidad and Tobago",
    "chile": "Chile",
}


def merged(*names: str) -> dict[str, str]:
    out = m.by_country_dropped({n: Verdict(name=n, step="own_name") for n in names}, WORDS, frozenset(), COUNTRIES)
    return {n: out.get(n, n) for n in names}


@pytest.mark.parametrize(
    "first, second, into",
    [
        ("Peruvian Academy of Fine Arts", "Academy of Fine Arts of Peru", "Peruvian Academy of Fine Arts"),
        ("Institute of Marine Studies of Trinidad and Tobago", "Institute of Marine Studies", None),
    ],
)
def test_one_body_despite_a_countrys_small_words(first, second, into):
    into = into or first
    assert merged(first, second) == {first: into, second: into}


@pytest.mark.parametrize(
    "first, second",
    [
        # two countries: two bodies
        ("Peruvian Academy of Fine Arts", "Academy of Fine Arts of Chile"),
        # another field after "of": another body
        ("Peruvian Academy of Fine Arts", "Academy of Music of Peru"),
    ],
)
def test_other_bodies_stay_apart(first, second):
    assert merged(first, second) == {first: first, second: second}


def test_one_row_in_a_text_naming_the_republic(nlp):
    text = (
        "Scientists of the Estonian National Academy of Sciences met colleagues from the Lisbon Academy "
        "in the Republic of Estonia on Friday. The President of the National Academy of Sciences of "
        "Estonia, Mart Tamm, welcomed the guests."
    )
    ids = organisation_ids(nlp, text)
    assert len(ids) == 2
