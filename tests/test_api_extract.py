"""The library API: `from pipeline import extract` gives the same tables as the CLI."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

import pipeline
from pipeline.cli import cli
from pipeline.tables import COLUMNS, INTEGER_COLUMNS

from .conftest import RAW


def test_api_import_loads_no_model():
    """`import pipeline` is cheap: no spaCy, no model, until extract() is called; and
    `pipeline.extract` is the library function that returns Tables."""
    import subprocess
    import sys

    code = (
        "import sys, typing, pipeline\n"
        "print('spacy' in sys.modules, 'pipeline.nlp' in sys.modules)\n"
        "f = pipeline.extract\n"
        "from pipeline.extraction import extract\n"
        "from pipeline.tables import Tables\n"
        "print(f is extract, typing.get_type_hints(f)['return'] is Tables, 'pipeline.nlp' in sys.modules)\n"
        "print(hasattr(pipeline, 'no_such_name'))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["False", "False", "True", "True", "False", "False"]


def test_api_on_texts(nlp):
    tables = pipeline.extract(
        [
            "MOSCOW, 3 March 2021 (TASS) - More than 200 delegates from 30 countries met Foreign Minister Sergey Morozov.",
            "Nothing to see here.",
        ],
        nlp=nlp,
    )
    docs = tables["documents"]
    assert list(docs["doc_id"]) == ["text-00000", "text-00001"]
    assert set(tables["counts"]["value"]) == {200, 30}
    assert tables["people"]["name"].tolist() == ["Sergey Morozov"]
    assert docs.loc[0, "published"] == "2021-03-03" and pd.isna(docs.loc[1, "published"])


def test_api_on_paths_has_contract_dtypes(fixture_tables):
    for name, cols in COLUMNS.items():
        df = fixture_tables[name]
        assert list(df.columns) == cols
        for col in cols:
            expected = "Int64" if col in INTEGER_COLUMNS else "string"
            assert str(df[col].dtype) == expected, (name, col, df[col].dtype)


def test_api_and_cli_give_equal_tables(fixture_tables, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    assert CliRunner().invoke(cli, ["run", str(RAW), "--out", str(tmp_path), "-q"]).exit_code == 0
    for name in COLUMNS:
        from_csv = pd.read_csv(tmp_path / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
        from_api = fixture_tables[name].astype(object).where(fixture_tables[name].notna(), "").astype(str)
        pd.testing.assert_frame_equal(from_csv, from_api, check_dtype=False)
