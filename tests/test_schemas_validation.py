"""Schemas: the fixtures' run validates clean; each kind of broken table is caught,
named by table, column, row and value; a broken run writes nothing."""

from __future__ import annotations

import copy

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.schemas import validate

from .conftest import RAW


def test_schemas_fixture_run_is_valid(fixture_tables):
    assert validate(fixture_tables) == []


def broken(tables, table, column, row, value):
    t = copy.deepcopy(tables)
    df = t.frames[table].copy()
    df[column] = df[column].astype(object)
    df.loc[row, column] = value
    df[column] = df[column].astype(tables[table][column].dtype)
    t.frames[table] = df
    return t


@pytest.mark.parametrize(
    "table, column, value, check",
    [
        ("documents", "kind", "blog", "isin"),
        ("documents", "status", "fine", "isin"),
        ("dates", "granularity", "week", "isin"),
        ("dates", "role", "deadline", "isin"),
        ("counts", "qualifier", "roughly", "isin"),
        ("counts", "unit", "days", "isin"),
        ("dates", "start", "9 October", "str_matches"),
        ("documents", "published", "2018-10", "str_matches"),
        ("counts", "value", -5, "greater_than_or_equal_to"),
        ("people", "name", None, "not_nullable"),
    ],
)
def test_schemas_catch_each_kind_of_value(fixture_tables, table, column, value, check):
    problems = validate(broken(fixture_tables, table, column, 0, value))
    assert any(p.table == table and p.column == column and p.row == 0 and check in p.check for p in problems), problems


def test_schemas_catch_offsets_in_the_wrong_order(fixture_tables):
    t = broken(fixture_tables, "counts", "char_end", 0, 0)
    assert any(p.table == "counts" and "char_start < char_end" in p.check for p in validate(t))


def test_schemas_catch_duplicate_keys(fixture_tables):
    t = copy.deepcopy(fixture_tables)
    t.frames["people"] = pd.concat([t["people"], t["people"].iloc[[0]]], ignore_index=True)
    assert any(p.table == "people" for p in validate(t))


def test_schemas_catch_references(fixture_tables):
    t = broken(fixture_tables, "counts", "doc_id", 0, "no-such-doc")
    assert any(p.table == "counts" and p.column == "doc_id" and p.value == "no-such-doc" for p in validate(t))
    t = broken(fixture_tables, "roles", "person_id", 0, "p_unknown")
    assert any(p.table == "roles" and p.column == "person_id" and p.value == "p_unknown" for p in validate(t))


def test_schemas_invalid_run_writes_nothing(tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "people.csv").write_text("the last good table\n")
    import pipeline.runner

    real = pipeline.runner.annotate

    def bad_units(*args, **kwargs):  # a rule bug: a unit outside the contract
        for rows in real(*args, **kwargs):
            for row in rows["counts"]:
                row["unit"] = "days"
            yield rows

    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    monkeypatch.setattr(pipeline.runner, "annotate", bad_units)
    result = CliRunner().invoke(cli, ["run", str(RAW), "--out", str(out), "-q"])
    assert result.exit_code == 1
    assert "counts.unit row 0: 'days' fails isin" in result.output and "Traceback" not in result.output
    assert (out / "people.csv").read_text() == "the last good table\n"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["people.csv"]


def test_schemas_quick_check_passes_a_clean_run(fixture_tables):
    """A clean table is passed by the quick check alone (pandera is not run on it)."""
    from pipeline.contract import TABLE_SPECS
    from pipeline.schemas import _clean

    assert all(_clean(spec, fixture_tables[spec.name]) for spec in TABLE_SPECS)


@pytest.mark.parametrize(
    "table, column, value",
    [
        ("documents", "kind", "blog"),
        ("dates", "start", "9 October"),
        ("counts", "value", -5),
        ("people", "name", None),
        ("counts", "char_end", 0),
        ("events", "char_start", None),
        ("counts", "value", None),
    ],
)
def test_schemas_quick_check_leaves_anything_doubtful_to_the_schema(fixture_tables, table, column, value):
    from pipeline.contract import SPECS
    from pipeline.schemas import _clean

    assert not _clean(SPECS[table], broken(fixture_tables, table, column, 0, value)[table])


def test_schemas_quick_check_leaves_other_dtypes_and_duplicates_to_the_schema(fixture_tables):
    from pipeline.contract import SPECS
    from pipeline.schemas import _clean

    people = fixture_tables["people"]
    assert not _clean(SPECS["people"], people.astype({"mentions": "float64"}))
    assert not _clean(SPECS["people"], pd.concat([people, people.iloc[[0]]], ignore_index=True))
    assert not _clean(SPECS["people"], people.drop(columns=["aliases"]))


def test_schemas_reference_with_a_missing_key_is_reported(fixture_tables):
    t = broken(fixture_tables, "roles", "person_id", 0, None)
    assert any(p.table == "roles" and p.column == "person_id" and p.row == 0 for p in validate(t))
