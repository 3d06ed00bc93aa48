"""datapackage.json and manifest.json describe the run truthfully."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.contract import COLUMNS, PRIMARY_KEYS

from .conftest import RAW


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("described")
    mp = pytest.MonkeyPatch()
    mp.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    try:
        assert CliRunner().invoke(cli, ["run", str(RAW), "--out", str(out), "-q"]).exit_code == 0
    finally:
        mp.undo()
    return out


def test_datapackage_lists_every_table_with_fields_and_keys(run_dir):
    pkg = json.loads((run_dir / "datapackage.json").read_text())
    resources = {r["name"]: r for r in pkg["resources"]}
    assert set(resources) == set(COLUMNS)
    for name, cols in COLUMNS.items():
        schema = resources[name]["schema"]
        assert [f["name"] for f in schema["fields"]] == cols
        header = (run_dir / resources[name]["path"]).read_text(encoding="utf-8-sig").splitlines()[0].split(",")
        assert header == cols
        if name in PRIMARY_KEYS:
            assert schema["primaryKey"] == PRIMARY_KEYS[name]
        if name != "documents":
            assert schema["foreignKeys"][0]["reference"] == {"resource": "documents", "fields": "doc_id"}


def test_datapackage_describes_every_table_and_field(run_dir):
    pkg = json.loads((run_dir / "datapackage.json").read_text())
    for res in pkg["resources"]:
        assert res["description"].startswith("One row per "), res["name"]
        for f in res["schema"]["fields"]:
            assert f["description"].strip(), (res["name"], f["name"])
    people = next(r for r in pkg["resources"] if r["name"] == "people")
    person_id = next(f for f in people["schema"]["fields"] if f["name"] == "person_id")
    assert "across runs" in person_id["description"]


def test_datapackage_read_back_by_frictionless(run_dir, fixture_tables):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(run_dir / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = frictionless.Package(str(run_dir / "datapackage.json"))
    for name in ("people", "counts", "documents"):
        rows = package.get_resource(name).read_rows()
        assert len(rows) == len(fixture_tables[name])
    counts = package.get_resource("counts").read_rows()
    assert [r["value"] for r in counts] == fixture_tables["counts"]["value"].tolist()


def test_datapackage_types_load_in_pandas(run_dir, fixture_tables):
    pkg = json.loads((run_dir / "datapackage.json").read_text())
    for res in pkg["resources"]:
        dtypes = {f["name"]: ("Int64" if f["type"] == "integer" else "string") for f in res["schema"]["fields"]}
        df = pd.read_csv(
            run_dir / res["path"], encoding="utf-8-sig", dtype=dtypes, keep_default_na=False, na_values=[""]
        )
        pd.testing.assert_frame_equal(df, fixture_tables[res["name"]], check_dtype=False)


def test_manifest_matches_the_tables_and_inputs(run_dir, fixture_tables):
    m = json.loads((run_dir / "manifest.json").read_text())
    assert m["tables"] == {name: len(fixture_tables[name]) for name in COLUMNS}
    assert [i["doc_id"] for i in m["inputs"]] == fixture_tables["documents"]["doc_id"].tolist()
    for i in m["inputs"]:
        assert i["sha256"] == hashlib.sha256((RAW / i["path"]).read_bytes()).hexdigest()
    assert m["errors"] == []
    assert m["model"]["name"].startswith("en_core_web_sm") and m["model"]["version"].startswith("3.8")
    assert len(m["rules_fingerprint"]) == 64 and m["communique_version"]
    assert "timings" not in m and m["skipped"] == []
    log = json.loads((run_dir / ".communique" / "run.json").read_text())
    assert set(log["timings"]) == {"load_seconds", "extract_seconds", "write_seconds", "total_seconds"}


def test_manifest_lists_failed_documents(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(
        (RAW / "004_409ab86cfebad1e4.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "in" / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    m = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert m["errors"] == [{"doc_id": "empty", "path": "empty.txt", "error": "empty file: no text"}]
    assert [i["status"] for i in m["inputs"]] == ["error", "ok"]
