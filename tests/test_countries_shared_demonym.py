"""A demonym two countries share ("Dominican": Dominica and the Dominican Republic; "Congolese":
the Congo and the Democratic Republic of the Congo) is the country the document also names by its
name or a capital, else the first the gazetteer lists. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "sentence, organisation",
    [
        # Class: the country the text names elsewhere decides
        ("Dominican Foreign Minister Ana Ruiz hosted the talks in Santo Domingo.", "Dominican Republic"),
        ("Dominican Foreign Minister Ana Ruiz welcomed envoys to the Dominican Republic.", "Dominican Republic"),
        ("Congolese Foreign Minister Paul Mbala met envoys in Kinshasa.", "Democratic Republic of the Congo"),
        # negatives: the other country named, or none, keeps the first listed
        ("Dominican Foreign Minister Ana Ruiz hosted the talks in Roseau.", "Dominica"),
        ("Congolese Foreign Minister Paul Mbala met envoys in Brazzaville.", "Congo"),
    ],
)
def test_countries_shared_demonym_follows_the_country_named(nlp, sentence, organisation):
    orgs = {org for _, title, org in role_triples(nlp, sentence) if title == "Foreign Minister"}
    assert orgs == {organisation}
