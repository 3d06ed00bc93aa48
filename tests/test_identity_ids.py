"""person_id: the same person gets the same id across documents and spellings;
different people do not."""

from __future__ import annotations

import pytest

from pipeline.identity import person_id


@pytest.mark.parametrize(
    "a, b",
    [
        ("Sergey Lebedev", "Sergei Lebedev"),
        ("Yury Fedotov", "Yuri Fedotov"),
        ("Aleksandr Lukashenko", "Alexander Lukashenko"),
        ("Vladimir Makei", "Vladimir Makey"),
        ("Péter Szijjártó", "Peter Szijjarto"),
        ("Andrei Dapkiunas", "Andrey Dapkiunas"),
    ],
)
def test_identity_transliteration_variants_share_an_id(a, b):
    assert person_id(a) == person_id(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Anna Petrova", "Olga Petrova"),
        ("Sergey Lebedev", "Sergey Lavrov"),
        ("Ivan Ivanov", "Ivan Ivanova"),
    ],
)
def test_identity_different_people_get_different_ids(a, b):
    assert person_id(a) != person_id(b)


def test_identity_is_deterministic_text():
    assert person_id("Thomas Greminger") == person_id("Thomas Greminger")
    assert person_id("Thomas Greminger").startswith("p_")


def test_identity_fixture_cross_document(fixture_tables):
    """Gold: 'Sergey Lebedev' (001) and 'Sergei Lebedev' (002) are one person; so are the
    Stanislav Zas, Vladimir Makei and Alexander Lukashenko of several documents."""
    people = fixture_tables["people"]
    ids = people.groupby("person_id")["doc_id"].nunique()
    lebedev = set(people[people["name"].str.contains("Lebedev")]["person_id"])
    assert len(lebedev) == 1 and ids[lebedev.pop()] == 2
    for name in ("Stanislav Zas", "Vladimir Makei", "Alexander Lukashenko", "Vladimir Voronkov"):
        assert people[people["name"] == name]["person_id"].nunique() == 1, name
