"""The fixtures' gold events (name, place, start, end) and the event each gold count belongs to."""

import pytest

from pipeline.text import fold
from tests.conftest import GOLD

DOC_IDS = sorted(p.stem for p in GOLD.glob("*.json"))


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_events_match_gold(fixture_tables, gold, doc_id):
    rows = fixture_tables["events"]
    found = sorted((fold(r.name), r.place, r.start, r.end) for r in rows[rows.doc_id == doc_id].itertuples())
    expected = sorted((fold(e["name"]), e["place"], e["start"], e["end"]) for e in gold[doc_id]["events"])
    assert found == expected


@pytest.mark.parametrize(
    "doc_id,count_text",
    [
        ("001_5576b482df7d9924", "more than 250 participants"),  # "The event attracted …"
        ("001_5576b482df7d9924", "46 countries"),
        ("003_276b05346901c227", "close to four hundred participants"),  # "The Conference gathered …"
        ("003_276b05346901c227", "ten international and regional organizations"),
        ("004_409ab86cfebad1e4", "more than 60 countries"),  # "Minsk Dialogue brings together … from …"
    ],
)
def test_count_belongs_to_the_gold_event(fixture_tables, gold, doc_id, count_text):
    rows = fixture_tables["counts"]
    linked = set(rows[(rows.doc_id == doc_id) & (rows.text == count_text)].event)
    [event] = gold[doc_id]["events"]
    assert fold(event["name"]) in {fold(e) for e in linked if isinstance(e, str)}
