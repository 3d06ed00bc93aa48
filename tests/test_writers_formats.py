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
        indexes = {r[0] for r in con.execute("select name from sqlite_master where type='index' and sql is not null")}
        n = con.execute("select count(*) from people").fetchone()[0]
        names = {r[0] for r in con.execute("select name from people")}
    assert set(COLUMNS) <= tables and {f"idx_{name}_doc_id" for name in COLUMNS} == indexes
    assert n == len(fixture_tables["people"]) and names == set(fixture_tables["people"]["name"])


def test_writers_sqlite_keys_as_the_contract_declares(fixture_tables, tmp_path):
    """datasette links rows by the foreign keys SQLite declares: they are the contract's,
    and every row satisfies them."""
    from pipeline.contract import TABLE_SPECS

    (path,) = fixture_tables.write(tmp_path, format="sqlite")
    with sqlite3.connect(path) as con:
        for spec in TABLE_SPECS:
            info = con.execute(f'pragma table_info("{spec.name}")').fetchall()
            assert [r[1] for r in info] == spec.column_names
            pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
            assert pk == list(spec.primary_key), spec.name
            fks = {}
            for _, _, table, col, ref, *_ in con.execute(f'pragma foreign_key_list("{spec.name}")'):
                fks.setdefault(table, []).append((col, ref))
            declared = {fk.resource: [(f, f) for f in fk.fields] for fk in spec.foreign_keys}
            assert {t: sorted(v) for t, v in fks.items()} == {t: sorted(v) for t, v in declared.items()}, spec.name
        assert con.execute("pragma foreign_key_check").fetchall() == []
        assert {r[1] for r in con.execute('pragma table_info("counts")') if r[2] == "INTEGER"} >= {"value"}


def test_writers_sqlite_full_text_search_on_evidence(fixture_tables, tmp_path):
    """An FTS5 index on `evidence` that datasette finds (its detect_fts query) and that
    answers a search."""
    (path,) = fixture_tables.write(tmp_path, format="sqlite")
    people = fixture_tables["people"]
    word = people["evidence"].dropna().iloc[0].split()[0]
    with sqlite3.connect(path) as con:
        for table in ("people", "roles", "organisations", "dates", "counts", "events"):
            detected = con.execute(
                "select name from sqlite_master where rootpage = 0 and "
                f"sql like '%VIRTUAL TABLE%USING FTS%content=\"{table}\"%'"
            ).fetchall()
            assert detected == [(f"{table}_fts",)], table
        hits = con.execute(
            "select people.name from people join people_fts on people.rowid = people_fts.rowid "
            "where people_fts match ?",
            [f'"{word}"'],
        ).fetchall()
    expected = people[people["evidence"].fillna("").str.contains(word, case=False, regex=False)]
    assert hits and len(hits) <= len(expected)


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


@pytest.mark.parametrize(
    "cell, written",
    [
        ("plain words", "plain words"),
        ("Geneva, Switzerland", '"Geneva, Switzerland"'),
        ('the "Group of Seven"', '"the ""Group of Seven"""'),
        ("two\nlines", '"two\nlines"'),
        ("carriage\rreturn", "carriage\rreturn"),
        (" leading space", " leading space"),
        ("tab\there", "tab\there"),
        ("", ""),
        (None, ""),
        (1234, "1234"),
    ],
)
def test_writers_csv_cell_quoted_as_the_csv_module_quotes(cell, written):
    import csv
    import io

    from pipeline.writers import _csv_cell

    assert _csv_cell(cell) == written
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerow([cell, "x"])
    assert text.getvalue() == written + ",x\n"


AWKWARD = ["", None, "a,b", 'say "yes"', "one\ntwo", "cr\rlf", "=1+2", "-5", "@x", "\tTab", "é 日本 😀", "None"]


@pytest.mark.parametrize("formula_guard", [True, False])
def test_writers_csv_same_bytes_as_pandas_to_csv(tmp_path, formula_guard):
    """The CSV writer's own serialisation gives, byte for byte, what DataFrame.to_csv
    gives (the writer used before), for awkward cells and across appended batches."""
    import pipeline.writers as writers

    def batch(k):
        return Tables.from_rows(
            {
                "people": [
                    {
                        "doc_id": f"d{k}",
                        "person_id": f"p{i}",
                        "name": AWKWARD[i],
                        "aliases": AWKWARD[-1 - i],
                        "mentions": [None, 0, 12][i % 3],
                        "char_start": i,
                        "char_end": i + 1,
                        "evidence": AWKWARD[(i + k) % len(AWKWARD)],
                        "source": "ner",
                    }
                    for i in range(len(AWKWARD))
                ]
            }
        )

    written = {}
    for way in ("own", "pandas"):
        with pytest.MonkeyPatch.context() as mp:
            if way == "pandas":
                mp.setattr(writers, "_csv_columns", lambda df, guard: None)
            with writers.TableSink(tmp_path / way, formula_guard=formula_guard) as sink:
                sink.append(batch(0))
                sink.append(batch(1))
                sink.commit()
        written[way] = {p.name: p.read_bytes() for p in (tmp_path / way).glob("*.csv")}
    assert written["own"] == written["pandas"] and len(written["own"]) == len(COLUMNS)
