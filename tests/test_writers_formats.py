"""Writers: CSV (formula guard on and off), Parquet and SQLite, read back equal."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from pipeline.tables import COLUMNS, Tables
from pipeline.writers import neutralise_formulas


def test_writers_parquet_reads_back_equal(fixture_tables, tmp_path):
    fixture_tables.write(tmp_path, format="parquet")
    for name in COLUMNS:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{name}.parquet"), fixture_tables[name])


def test_writers_sqlite_one_file_with_indexes(fixture_tables, tmp_path):
    (path,) = fixture_tables.write(tmp_path, format="sqlite")
    with sqlite3.connect(path) as con:
        tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        indexes = {r[0] for r in con.execute("select tbl_name from sqlite_master where type='index'")}
        n = con.execute("select count(*) from people").fetchone()[0]
        names = {r[0] for r in con.execute("select name from people")}
    assert tables == set(COLUMNS) and indexes == set(COLUMNS)
    assert n == len(fixture_tables["people"]) and names == set(fixture_tables["people"]["name"])


FORMULA = Tables.from_rows(
    {
        "people": [
            {
                "doc_id": "d",
                "person_id": "p1",
                "name": '=HYPERLINK("http://x")',
                "aliases": "",
                "mentions": 1,
                "char_start": 0,
                "char_end": 5,
                "evidence": "-2+3",
                "source": "@rule",
            },
            {
                "doc_id": "d",
                "person_id": "p2",
                "name": "Anna Petrova",
                "aliases": "",
                "mentions": 2,
                "char_start": 6,
                "char_end": 9,
                "evidence": "Plain text",
                "source": "ner",
            },
        ]
    }
)


def test_writers_csv_neutralises_formulas(tmp_path):
    FORMULA.write(tmp_path)
    df = pd.read_csv(tmp_path / "people.csv", encoding="utf-8-sig", dtype=str)
    assert (
        df.loc[0, "name"] == '\'=HYPERLINK("http://x")'
        and df.loc[0, "evidence"] == "'-2+3"
        and df.loc[0, "source"] == "'@rule"
    )
    assert df.loc[1, "name"] == "Anna Petrova" and df.loc[1, "mentions"] == "2"


def test_writers_csv_formula_guard_can_be_turned_off(tmp_path):
    FORMULA.write(tmp_path, formula_guard=False)
    df = pd.read_csv(tmp_path / "people.csv", encoding="utf-8-sig", dtype=str)
    assert df.loc[0, "name"] == '=HYPERLINK("http://x")'


def test_writers_guard_leaves_numbers_alone():
    df = pd.DataFrame({"n": pd.array([-3, 4], dtype="Int64"), "t": pd.array(["-x", "y"], dtype="string")})
    out = neutralise_formulas(df)
    assert out["n"].tolist() == [-3, 4] and out["t"].tolist() == ["'-x", "y"]


def test_writers_csv_has_bom_and_no_leftover_temp_files(fixture_tables, tmp_path):
    fixture_tables.write(tmp_path)
    assert (tmp_path / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not list(tmp_path.glob(".*tmp"))


def test_writers_unknown_format_is_refused(fixture_tables, tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        fixture_tables.write(tmp_path, format="xlsx")


def test_writers_parquet_and_sqlite_keep_formula_like_values(tmp_path):
    FORMULA.write(tmp_path / "pq", format="parquet")
    assert pd.read_parquet(tmp_path / "pq" / "people.parquet").loc[0, "name"] == '=HYPERLINK("http://x")'
    (db,) = FORMULA.write(tmp_path / "db", format="sqlite")
    with sqlite3.connect(db) as con:
        assert con.execute("select name from people where person_id='p1'").fetchone()[0] == '=HYPERLINK("http://x")'


@pytest.mark.parametrize("fmt, files", [("parquet", "people.parquet"), ("sqlite", "tables.sqlite")])
def test_writers_cli_format_option(tmp_path, nlp, monkeypatch, fmt, files):
    from click.testing import CliRunner

    from pipeline.cli import cli

    from .conftest import RAW

    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["run", str(RAW), "--out", str(tmp_path), "--format", fmt])
    assert result.exit_code == 0 and f"({fmt})" in result.output
    assert (tmp_path / files).exists() and (tmp_path / "manifest.json").exists()
    assert not (tmp_path / "people.csv").exists() and not (tmp_path / "datapackage.json").exists()
