"""The fixtures' gold counts (value, unit, qualifier) against a run over raw/."""

import pytest

from tests.conftest import GOLD

DOC_IDS = sorted(p.stem for p in GOLD.glob("*.json"))


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_counts_match_gold(fixture_tables, gold, doc_id):
    rows = fixture_tables["counts"]
    found = {(int(r.value), r.unit): r.qualifier for r in rows[rows.doc_id == doc_id].itertuples()}
    expected = {(c["value"], c["unit"]): c["qualifier"] for c in gold[doc_id]["counts"]}
    assert found == expected


def test_counts_columns_hold_contract_values(fixture_tables):
    rows = fixture_tables["counts"]
    assert set(rows.qualifier) <= {"exact", "more_than", "less_than", "about", "at_least", "up_to"}
    assert set(rows.unit) <= {"participants", "countries", "organisations", "delegations"}
    assert all("\n" not in t for t in rows.text)
