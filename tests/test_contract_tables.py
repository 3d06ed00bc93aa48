"""The output contract (../shared/TABLES.md): every table, every column, offsets that
slice back to their span, rows sorted by doc_id then char_start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.io import read_source
from pipeline.tables import COLUMNS

from .conftest import RAW, ROOT

CONTRACT = ROOT.parent / "shared" / "TABLES.md"

#: The contract's minimum columns, as TABLES.md lists them (kept here so the test
#: also runs where ../shared is absent; the next test checks them against the file).
CONTRACT_COLUMNS = {
    "documents": ["doc_id", "path", "sha256", "kind", "title", "published", "place", "chars", "status", "error"],
    "people": ["doc_id", "person_id", "name", "aliases", "mentions", "char_start", "char_end", "evidence", "source"],
    "roles": ["doc_id", "person_id", "name", "title", "organisation", "char_start", "char_end", "evidence", "source"],
    "organisations": [
        "doc_id",
        "org_id",
        "name",
        "acronym",
        "mentions",
        "char_start",
        "char_end",
        "evidence",
        "source",
    ],
    "dates": ["doc_id", "text", "start", "end", "granularity", "role", "char_start", "char_end", "evidence", "source"],
    "counts": ["doc_id", "text", "value", "qualifier", "unit", "char_start", "char_end", "evidence", "source"],
    "mentions": ["doc_id", "label", "text", "char_start", "char_end", "normalized", "source"],
    "events": ["doc_id", "name", "place", "start", "end"],
}


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/TABLES.md not beside the checkout")
def test_contract_columns_match_tables_md():
    spec = {}
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(\w+)\.csv` \|[^|]*\| (.*) \|$", line)
        if m:
            spec[m.group(1)] = re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", m.group(2)))
    assert spec == CONTRACT_COLUMNS


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_contract_columns_come_first_in_order(table):
    cols = COLUMNS[table]
    assert cols[: len(CONTRACT_COLUMNS[table])] == CONTRACT_COLUMNS[table]


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_contract_every_table_has_every_column(fixture_tables, table):
    assert list(fixture_tables[table].columns[: len(CONTRACT_COLUMNS[table])]) == CONTRACT_COLUMNS[table]


@pytest.fixture(scope="module")
def texts():
    return {p.stem: read_source(p, RAW).text for p in sorted(RAW.glob("*.txt"))}


SPAN_COLUMN = {
    "people": None,
    "roles": "title",
    "organisations": None,
    "dates": "text",
    "counts": "text",
    "mentions": "text",
}


@pytest.mark.parametrize("table", sorted(SPAN_COLUMN))
def test_contract_offsets_slice_back_to_the_span(fixture_tables, texts, table):
    df = fixture_tables[table]
    assert len(df), f"{table} is empty on the fixtures"
    for row in df.to_dict("records"):
        text = texts[row["doc_id"]]
        span = text[int(row["char_start"]) : int(row["char_end"])]
        assert span.strip() == span and span, (table, row)
        if SPAN_COLUMN[table]:
            assert " ".join(span.split()) == " ".join(str(row[SPAN_COLUMN[table]]).split()), (table, row)
        # the evidence sentence contains the span
        if "evidence" in row:
            assert " ".join(span.split()) in row["evidence"], (table, row)


def test_contract_people_first_mention_names_the_person(fixture_tables, texts):
    for row in fixture_tables["people"].to_dict("records"):
        span = texts[row["doc_id"]][int(row["char_start"]) : int(row["char_end"])]
        forms = {row["name"], *filter(None, str(row["aliases"]).split("|"))}
        assert " ".join(span.split()) in forms, row


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_contract_rows_sorted_by_doc_then_offset(fixture_tables, table):
    df = fixture_tables[table]
    keys = ["doc_id", "char_start"] if "char_start" in df.columns else ["doc_id"]
    assert df[keys].astype(str if keys == ["doc_id"] else object).values.tolist() == sorted(
        df[keys].values.tolist(), key=lambda r: tuple(r)
    )


def test_contract_documents_one_row_per_input(fixture_tables):
    docs = fixture_tables["documents"]
    assert sorted(docs["doc_id"]) == sorted(p.stem for p in RAW.glob("*.txt"))
    assert set(docs["status"]) == {"ok"}
    assert all(Path(RAW, p).is_file() for p in docs["path"])
