"""Class: one body named with and without its country (`org_merge.by_country_dropped`): its
country's adjective before it, "of <country>" after it, the adjective inside it, or no
country at all, one country between the names: one row. Names written for the tests."""

from __future__ import annotations

import pytest

from pipeline.components import org_merge as m
from pipeline.components.org_deciders import Verdict
from pipeline.components.org_gazetteer import Gazetteer
from pipeline.components.org_words import OrgWords
from tests.readers import organisation_names

WORDS = OrgWords(body={"academy", "council", "committee", "parliament", "chamber"}, gazetteer=Gazetteer([]))
COUNTRIES = {"peru": "Peru", "peruvian": "Peru", "chile": "Chile", "chilean": "Chile"}


def kept(name: str, step: str = "own_name") -> Verdict:
    return Verdict(name=name, step=step)


def merged(*verdicts: Verdict) -> dict[str, str]:
    return m.by_country_dropped({v.name: v for v in verdicts}, WORDS, frozenset(), COUNTRIES)


@pytest.mark.parametrize(
    "first, second, into",
    [
        # the adjective before it and "of <country>" after it
        ("Peruvian Academy of Fine Arts", "Academy of Fine Arts of Peru", "Peruvian Academy of Fine Arts"),
        # the adjective inside it, and no country at all
        (
            "Upper Chamber of the Peruvian Congress",
            "Upper Chamber of the Congress",
            "Upper Chamber of the Peruvian Congress",
        ),
        # its acronym after the adjective
        ("Andean Sports Committee of Peru", "Peruvian ASC", "Andean Sports Committee of Peru"),
        # the country's possessive
        ("Peru's Academy of Fine Arts", "Academy of Fine Arts of Peru", "Academy of Fine Arts of Peru"),
    ],
)
def test_one_body_with_and_without_its_country(first, second, into):
    out = merged(kept(first), kept(second))
    assert {n: out.get(n, n) for n in (first, second)} == {first: into, second: into}


@pytest.mark.parametrize(
    "verdicts",
    [
        # two countries' bodies of one name are two
        [kept("Peruvian Academy of Fine Arts"), kept("Academy of Fine Arts of Chile")],
        # a bare name and two countries' bodies: none is tied
        [kept("Academy of Fine Arts"), kept("Peruvian Academy of Fine Arts"), kept("Chilean Academy of Fine Arts")],
        # a bare body noun left: `by_head_noun`'s
        [kept("Peruvian Parliament"), kept("Parliament")],
        # a governmental body named bare before the one country's is not tied to it
        [kept("Council of Ministers"), kept("Council of Ministers of Chile", step="country_body")],
        # other words: other bodies
        [kept("Peruvian Academy of Fine Arts"), kept("Academy of Sciences of Peru")],
        # a bare acronym its initials spell, no country with it: maybe another body's
        [kept("Peruvian Academy of Fine Arts"), kept("AFA")],
        # a governmental body whose country the text writes in no word the names hold
        [kept("Ministry of Culture of Bolivia", step="country_body"), kept("Ministry of Culture")],
    ],
)
def test_what_stays_apart(verdicts):
    assert merged(*verdicts) == {}


def test_names_tied_in_a_chain_are_one_row():
    # "Peruvian ASC" ties to the bare "ASC" by its letters and to the spelled-out name by its
    # country: the three are one row, the longest name
    out = merged(kept("ASC"), kept("Peruvian ASC"), kept("Andean Sports Committee of Peru"))
    assert out == {"ASC": "Andean Sports Committee of Peru", "Peruvian ASC": "Andean Sports Committee of Peru"}


def test_a_body_with_and_without_its_country_is_one_row(nlp):
    text = (
        "The Chilean National Academy of Letters signed a memorandum with the Lima Academy. "
        "The President of the National Academy of Letters of Chile spoke."
    )
    found = organisation_names(nlp, text)
    assert len([n for n in found if "Academy of Letters" in n]) == 1


def test_a_capitals_body_is_not_its_countrys(nlp):
    # a capital marks its country, but a body named after the capital is another one
    text = (
        "The Chinese Society for Rural Studies and the Beijing Society for Rural Studies hosted the mayors from Peru."
    )
    found = organisation_names(nlp, text)
    assert "Beijing Society for Rural Studies" in found
    assert "Chinese Society for Rural Studies" in found
