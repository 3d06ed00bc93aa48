"""Class: an acronym in brackets belongs to the body its letters spell, one row for one body:
a body of a known organisation ("Conference of … of the Caribbean Community (CARICOM)")
does not take the organisation's acronym, and a name whose first word's letter the shortest
long form reads inside the next word ("Canada Council …") keeps its first word."""

from __future__ import annotations

import pytest

from tests.readers import organisations_by_name


@pytest.mark.parametrize(
    "text, owner, acronym, not_owner",
    [
        (
            "BRIDGETOWN, Barbados - Leaders of the Caribbean Community (CARICOM) closed their winter "
            "talks on Sunday.\n\nThe Twelfth Special Meeting of the Conference of Heads of Government of "
            "the Caribbean Community (CARICOM) took place on 8 and 9 March in Bridgetown.",
            "Caribbean Community",
            "CARICOM",
            "Conference of Heads of Government of the Caribbean Community",
        ),
        (
            "Grants from the Canada Council for the Arts (CCA) rose last year, Ottawa said.",
            None,
            "CCA",
            "Council for the Arts",
        ),
    ],
)
def test_an_acronym_has_one_owner(nlp, text, owner, acronym, not_owner):
    rows = organisations_by_name(nlp, text)
    with_it = [name for name, row in rows.items() if row["acronym"] == acronym]
    assert len(with_it) == 1
    if owner:
        assert with_it == [owner]
    assert not_owner not in with_it
    assert len(rows) == 1 or owner
