"""The organisation of an office (`communique_titles`): a place after a local office's holder
("Mayor X of <city>"), and a country's possessive before "newly elected" and the office. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the place after a mayor's or a governor's name, whatever the model labelled it
        ("Mayor Alan Wick of Boulder and Governor Ana Ruiz of Jalisco met.", ("Alan Wick", "Mayor", "Boulder")),
        (
            "The twinning charter was signed by Mayor Ken Ito of Nagano and two councillors.",
            ("Ken Ito", "Mayor", "Nagano"),
        ),
        # class: a recency adverb and an appointment participle between the possessive and the office
        (
            "The delegation was received by Chile’s newly elected Minister of Foreign Affairs Pablo Reyes.",
            ("Pablo Reyes", "Minister of Foreign Affairs", "Chile"),
        ),
        (
            "The delegation was received by Chile’s newly appointed Foreign Minister Pablo Reyes.",
            ("Pablo Reyes", "Foreign Minister", "Chile"),
        ),
    ],
)
def test_titles_office_organisation(nlp, text, expected):
    assert expected in role_triples(nlp, text)


@pytest.mark.parametrize(
    "text, name, title",
    [
        # negative: a place after the holder of an office that is no local one is not its body
        ("Ambassador Alan Wick of Boulder spoke at the dinner.", "Alan Wick", "Ambassador"),
        # negative: no possessive before "newly elected": no organisation
        (
            "The delegation was received by the newly elected Foreign Minister Pablo Reyes.",
            "Pablo Reyes",
            "Foreign Minister",
        ),
    ],
)
def test_titles_office_without_organisation(nlp, text, name, title):
    assert (name, title, "") in role_triples(nlp, text)
