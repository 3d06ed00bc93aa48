"""The output contract: the specs (pipeline.contract) agree with ../shared/TABLES.md, the
tables of a real run have exactly the specs' columns and types, the schemas enforce
what the specs declare, and offsets, order and documents keep the contract's promises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.contract import SPECS, TABLE_NAMES
from pipeline.io import read_source
from pipeline.schemas import validate

from .conftest import RAW, ROOT
from .test_schemas_validation import broken

CONTRACT = ROOT.parent / "shared" / "TABLES.md"
ROW = re.compile(r"\| `(\w+)\.csv` \|[^|]*\| (.*) \|$")


def contract_columns() -> dict[str, list[tuple[str, str]]]:
    """TABLES.md's table of columns: per table, each column with its note in parentheses
    ("" when it has none). Skips the test where ../shared is not beside the checkout."""
    if not CONTRACT.exists():
        pytest.skip("../shared/TABLES.md not beside the checkout")
    out = {}
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            out[m.group(1)] = re.findall(r"`(\w+)`(?: \(([^)]*)\))?", m.group(2))
    assert out, "no table of columns found in TABLES.md"
    return out


def enum_of(note: str) -> list[str]:
    """The values a note lists ("ok or error", "day, month, season, year"); [] for prose."""
    items = [v for v in re.split(r",\s*|\s+or\s+", note) if v]
    return items if len(items) > 1 and all(re.fullmatch(r"[a-z_]+", v) for v in items) else []


def test_contract_tables_are_the_specs_tables():
    assert set(contract_columns()) == set(TABLE_NAMES)


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_contract_columns_come_first_in_order_and_extras_after(table):
    listed = [c for c, _ in contract_columns()[table]]
    spec = SPECS[table]
    assert spec.column_names[: len(listed)] == listed
    assert [c.name for c in spec.columns if not c.extra] == listed, "a column is marked extra but is the contract's"


def test_contract_allowed_values_and_types_are_the_specs():
    listed = {(t, c): enum_of(note) for t, cols in contract_columns().items() for c, note in cols if enum_of(note)}
    declared = {(t.name, c.name): list(c.allowed) for t in SPECS.values() for c in t.columns if c.allowed}
    assert declared == listed
    integers = [(t, c) for t, cols in contract_columns().items() for c, note in cols if note == "integer"]
    assert integers and all(SPECS[t].column(c).type == "integer" for t, c in integers)


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_run_tables_have_exactly_the_spec_columns_and_dtypes(fixture_tables, table):
    df = fixture_tables[table]
    spec = SPECS[table]
    assert list(df.columns) == spec.column_names
    assert {c: str(t) for c, t in df.dtypes.items()} == {c.name: c.dtype for c in spec.columns}


def _violations():
    """For every constraint a spec declares, a value that breaks it: (table, column, value, check)."""
    for spec in SPECS.values():
        for c in spec.columns:
            if c.allowed:
                yield spec.name, c.name, "no_such_value", "isin"
            if c.pattern:
                yield spec.name, c.name, "9 October", "str_matches"
            if c.minimum is not None:
                yield spec.name, c.name, c.minimum - 1, "greater_than_or_equal_to"
            if c.required:
                yield spec.name, c.name, None, "not_nullable"


@pytest.mark.parametrize("table, column, value, check", list(_violations()))
def test_schema_rejects_what_the_spec_forbids_naming_table_column_and_row(fixture_tables, table, column, value, check):
    problems = validate(broken(fixture_tables, table, column, 0, value), (SPECS[table],))
    named = [p for p in problems if (p.table, p.column, p.row) == (table, column, 0) and check in p.check]
    assert named, problems
    assert str(named[0]).startswith(f"{table}.{column} row 0: ")


@pytest.mark.parametrize(
    "table, column, value, ok",
    [  # TABLES.md: ISO at the expression's own granularity; published is YYYY-MM-DD
        ("dates", "start", "2018-10-09", True),
        ("dates", "start", "2019-09", True),
        ("dates", "end", "2020", True),
        ("dates", "end", "2019-9", False),
        ("dates", "start", "09/10/2018", False),
        ("events", "start", "2018-10-09", True),
        ("documents", "published", "2018-10-09", True),
        ("documents", "published", "2018-10", False),
    ],
)
def test_schema_iso_dates(fixture_tables, table, column, value, ok):
    problems = [p for p in validate(broken(fixture_tables, table, column, 0, value)) if p.column == column]
    assert (problems == []) == ok, problems


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


@pytest.mark.parametrize("table", TABLE_NAMES)
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
