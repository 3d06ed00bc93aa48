"""The fixtures' gold is the oracle: every organisation found, nothing that is not one, one row each."""

from __future__ import annotations

import pytest

from pipeline.components.org_names import org_id
from pipeline.text import fold


def gold_index(gold_orgs, row):
    names = {fold(row["name"]), fold(row["acronym"] or "")} - {""}
    for i, g in enumerate(gold_orgs):
        if names & {fold(n) for n in [g["name"], *g.get("aliases", [])]}:
            return i
    return None


@pytest.mark.parametrize(
    "doc_id",
    [
        "000_72ac4859f451a98f",
        "001_5576b482df7d9924",
        "002_69e41dfd36f388bb",
        "003_276b05346901c227",
        "004_409ab86cfebad1e4",
    ],
)
def test_organisation_rows_match_gold(fixture_tables, gold, doc_id):
    gold_orgs = gold[doc_id]["organisations"]
    rows = fixture_tables["organisations"]
    rows = rows[rows.doc_id == doc_id].to_dict("records")
    matched = [gold_index(gold_orgs, r) for r in rows]
    extra = [r["name"] for r, i in zip(rows, matched) if i is None]
    assert extra == [], f"not organisations in gold: {extra}"
    kept = [i for i in matched if not gold_orgs[i].get("optional")]
    assert len(kept) == len(set(kept)), "an organisation listed twice"
    missed = [g["name"] for i, g in enumerate(gold_orgs) if not g.get("optional") and i not in kept]
    assert missed == []


def test_org_ids_are_shared_across_documents(fixture_tables):
    rows = fixture_tables["organisations"]
    osce = rows[rows.org_id == org_id("Organization for Security and Co-operation in Europe")]
    assert osce.doc_id.nunique() == 4 and osce.org_id.nunique() == 1
    # one name per organisation in a document; a country's body keeps its id across
    # documents, its name as each writes it ("Belarusian Security Council")
    assert rows.groupby(["doc_id", "org_id"]).name.nunique().max() == 1


def test_mentions_keep_every_org_span_with_its_outcome(fixture_tables):
    m = fixture_tables["mentions"]
    org = m[(m.label == "ORG") & (m.normalized.fillna("") != "")]  # the organisations component's decisions
    assert set(org[org.normalized.str.startswith("dropped:")].normalized) >= {
        "dropped:place",
        "dropped:event",
        "dropped:generic",
        "dropped:boilerplate",
    }
    minsk_dialogue = org[(org.doc_id == "004_409ab86cfebad1e4") & org.text.str.contains("Minsk Dialogue")]
    assert set(minsk_dialogue.normalized) == {"dropped:event"}
