"""Titles: the holder of an office after a copula named before a relative clause or a short
apposition ("X, who landed in Y on Monday, is the new chair of …", "X, a lawyer, who is now
the Chair of …"). Every sentence is written for the tests."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the relative clause between the name and the copula
        (
            "Ravi Menon, who arrived in Nairobi on Monday, is the chairman of the Asia Forum.",
            ("Ravi Menon", "chairman", "Asia Forum"),
        ),
        (
            "Anna Berg, who has worked in Africa for twenty years, is currently the director of the Nordic Institute.",
            ("Anna Berg", "director", "Nordic Institute"),
        ),
        # class: a short apposition between the name and the relative clause
        (
            "Tours were arranged by Peter Hale, a retired diplomat, who is now the director of the Baltic "
            "Heritage Centre.",
            ("Peter Hale", "director", "Baltic Heritage Centre"),
        ),
        (
            "Ravi Menon, an economist, who is the chairman of the Asia Forum, opened the meeting.",
            ("Ravi Menon", "chairman", "Asia Forum"),
        ),
    ],
)
def test_titles_holder_found(nlp, text, expected):
    assert expected in role_triples(nlp, text)


@pytest.mark.parametrize(
    "text, name, title",
    [
        # negative: another name in the relative clause's sentence before it holds nothing
        ("Ravi Menon met Anna Berg, who is the chairman of the Asia Forum.", "Ravi Menon", "chairman"),
        # negative: a clause with a verb is no apposition
        (
            "Ravi Menon, the mayor, welcomed the delegates, who was the chairman of the Asia Forum.",
            "Ravi Menon",
            "chairman",
        ),
    ],
)
def test_titles_holder_not_found(nlp, text, name, title):
    assert not any(r[0] == name and r[1].startswith(title) for r in role_triples(nlp, text))
