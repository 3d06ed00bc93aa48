"""--engine dask: the same tables, byte for byte, from a local cluster of 2 worker processes."""

from __future__ import annotations

import shutil

import pytest

from pipeline.runner import execute
from pipeline.tables import TABLE_NAMES

from .conftest import RAW

pytest.importorskip("distributed")


def test_engines_dask_local_cluster_gives_identical_tables(tmp_path, nlp, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(RAW.glob("*.txt"))[:3]:
        shutil.copy(p, src / p.name)
    (src / "broken.txt").write_bytes(bytes(range(256)) * 4)
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    local = execute(src, tmp_path / "local", full=True)
    on_dask = execute(src, tmp_path / "dask", full=True, engine="dask")
    for name in TABLE_NAMES:
        assert (tmp_path / "local" / f"{name}.csv").read_bytes() == (tmp_path / "dask" / f"{name}.csv").read_bytes(), (
            name
        )
    assert on_dask.counts == local.counts and len(on_dask.failed) == 1


def test_engines_jobs_2_gives_identical_tables(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    execute(RAW, tmp_path / "one", full=True)
    execute(RAW, tmp_path / "two", full=True, jobs=2)
    for name in TABLE_NAMES:
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes(), name
