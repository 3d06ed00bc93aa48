"""Incremental runs: only new or changed files are processed again, everything after a
pipeline change, --full forces it, and an interrupted run resumes without loss or
duplicates; the tables always equal a full run's, byte for byte."""

from __future__ import annotations

import shutil

import pytest

from pipeline.paths import MODELS_DIR
from pipeline.runner import execute
from pipeline.tables import TABLE_NAMES

from .conftest import RAW


@pytest.fixture
def inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(RAW.glob("*.txt"))[2:]:
        shutil.copy(p, src / p.name)
    return src


@pytest.fixture(autouse=True)
def shared_model(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)


def tables_of(folder):
    return {name: (folder / f"{name}.csv").read_bytes() for name in TABLE_NAMES}


def full_run(inputs, tmp_path):
    out = tmp_path / "reference"
    shutil.rmtree(out, ignore_errors=True)
    execute(inputs, out, full=True)
    return tables_of(out)


def test_incremental_second_run_reuses_everything(inputs, tmp_path):
    out = tmp_path / "out"
    first = execute(inputs, out)
    assert first.reused == 0
    second = execute(inputs, out)
    assert second.reused == 3
    assert tables_of(out) == full_run(inputs, tmp_path)


def test_incremental_changed_new_and_removed_files(inputs, tmp_path):
    out = tmp_path / "out"
    execute(inputs, out)
    changed = sorted(inputs.glob("*.txt"))[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nMore than 90 delegates from 12 countries attended.\n", encoding="utf-8"
    )
    sorted(inputs.glob("*.txt"))[1].unlink()
    shutil.copy(RAW / "001_5576b482df7d9924.txt", inputs / "new.txt")
    result = execute(inputs, out)
    assert result.reused == 1  # only the untouched file
    assert tables_of(out) == full_run(inputs, tmp_path)
    assert b"90 delegates" in tables_of(out)["counts"]
    assert len(list((out / ".communique" / "rows").glob("*.json"))) == 3  # the removed file's rows are gone


def test_incremental_pipeline_change_reprocesses_everything(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    execute(inputs, out)
    monkeypatch.setattr("pipeline.runner.pipeline_fingerprint", lambda nlp, rules: "another pipeline")
    assert execute(inputs, out).reused == 0


def test_incremental_rule_file_change_changes_the_fingerprint(tmp_path, nlp):
    from pipeline.fingerprint import pipeline_fingerprint

    rules = tmp_path / "models"
    shutil.copytree(MODELS_DIR, rules)
    before = pipeline_fingerprint(nlp, rules)
    with open(rules / "lexicon.jsonl", "a", encoding="utf-8") as f:
        f.write('{"kind": "office", "term": "grand vizier"}\n')
    assert pipeline_fingerprint(nlp, rules) != before


def test_incremental_full_forces_everything(inputs, tmp_path):
    out = tmp_path / "out"
    execute(inputs, out)
    assert execute(inputs, out, full=True).reused == 0


def test_incremental_interrupted_run_resumes(inputs, tmp_path):
    out = tmp_path / "out"
    seen = []

    def stop_after_two(source):
        seen.append(source.doc_id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        execute(inputs, out, on_document=stop_after_two)
    assert not (out / "people.csv").exists()  # nothing half-written
    assert not list(out.glob(".staging-*"))
    resumed = execute(inputs, out)
    assert resumed.reused == 2
    assert tables_of(out) == full_run(inputs, tmp_path)


def test_incremental_code_change_changes_the_fingerprint(monkeypatch, nlp):
    """A change of a component's code must not reuse rows made by the old code."""
    import pipeline.fingerprint as fp

    before = fp.pipeline_fingerprint(nlp)
    monkeypatch.setattr(fp, "code_fingerprint", lambda: "edited code")
    assert fp.pipeline_fingerprint(nlp) != before
