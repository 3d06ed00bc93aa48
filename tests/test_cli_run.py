"""`communique run` through click's CliRunner: tables written, deterministic, and the
committed extracted/ equal to a fresh run over raw/."""

from __future__ import annotations

import filecmp
import json
import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.tables import TABLE_NAMES

from .conftest import RAW, ROOT


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory, nlp, monkeypatch_module):
    out = tmp_path_factory.mktemp("run")
    monkeypatch_module.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["run", str(RAW), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_cli_run_writes_every_table(fresh_run):
    out, result = fresh_run
    for name in TABLE_NAMES:
        assert (out / f"{name}.csv").is_file()
    assert "wrote" in result.output and "5 documents" in result.output


def test_cli_run_is_deterministic(fresh_run, tmp_path, nlp, monkeypatch):
    out, _ = fresh_run
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    again = tmp_path / "again"
    assert CliRunner().invoke(cli, ["run", str(RAW), "--out", str(again), "--quiet"]).exit_code == 0
    for name in TABLE_NAMES:
        assert (out / f"{name}.csv").read_bytes() == (again / f"{name}.csv").read_bytes(), name


def committed_files(folder):
    """Every file of a run folder that is committed (all but the state folder, .communique/)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".communique" not in p.relative_to(folder).parts
    }


def test_cli_run_committed_extracted_is_current(fresh_run):
    """A rule change must ship its new tables: extracted/ equals a fresh run over raw/,
    byte for byte, manifest included (timings live in .communique/run.json)."""
    out, _ = fresh_run
    assert filecmp.cmp(ROOT / "extracted" / "datapackage.json", out / "datapackage.json", shallow=False)
    committed, fresh = (json.loads((d / "manifest.json").read_text()) for d in (ROOT / "extracted", out))
    assert (out / fresh.pop("input_dir")).resolve() == (ROOT / "extracted" / committed.pop("input_dir")).resolve()
    assert committed == fresh, "extracted/manifest.json is stale: run `make run` and commit it"
    for name in TABLE_NAMES:
        committed = ROOT / "extracted" / f"{name}.csv"
        assert committed.is_file(), f"extracted/{name}.csv is missing: run `make run`"
        assert filecmp.cmp(committed, out / f"{name}.csv", shallow=False), (
            f"extracted/{name}.csv differs from a fresh run over raw/: run `make run` and commit the tables"
        )


def test_cli_run_twice_changes_no_committed_file(tmp_path, nlp, monkeypatch):
    """`make run` on an unchanged raw/ leaves `git status` clean: a second run into the
    same folder (incremental) writes every committed file byte for byte the same; the
    timings go to the run log."""
    import json

    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["run", str(RAW), "--out", str(out), "-q"]).exit_code == 0
    first = committed_files(out)
    assert CliRunner().invoke(cli, ["run", str(RAW), "--out", str(out), "-q"]).exit_code == 0
    assert committed_files(out) == first
    assert set(first) == {f"{name}.csv" for name in TABLE_NAMES} | {"datapackage.json", "manifest.json"}
    log = json.loads((out / ".communique" / "run.json").read_text(encoding="utf-8"))
    assert log["reused"] == 5 and set(log["timings"]) >= {"total_seconds", "extract_seconds"}


def test_cli_run_missing_folder_is_a_user_error(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_cli_run_empty_folder_is_a_user_error(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no input documents" in result.output
    assert not (tmp_path / "out").exists()


def test_cli_run_bad_document_is_an_error_row_not_a_crash(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    shutil.copy(RAW / "004_409ab86cfebad1e4.txt", tmp_path / "good.txt")
    (tmp_path / "broken.txt").write_bytes(bytes(range(256)) * 8)  # binary, not text
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 1
    assert "error: broken.txt: " in result.stderr
    docs = (out / "documents.csv").read_text(encoding="utf-8-sig")
    assert "good,good.txt" in docs and ",error," in docs
    assert "more than 60 countries" in (out / "counts.csv").read_text(encoding="utf-8-sig")


def test_cli_python_m_pipeline_works():
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0 and "communique" in res.stdout.lower() and "run" in res.stdout
