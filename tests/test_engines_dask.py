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


class _Done:
    def __init__(self, rows):
        self.rows = rows

    def result(self):
        return self.rows


class _Cache:
    """Holds the documents whose number is a multiple of 7."""

    def get(self, s):
        return {"documents": [{"doc_id": s.doc_id, "status": "ok", "cached": True}]} if int(s.doc_id) % 7 == 0 else None

    def put(self, s, rows):
        pass


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("n_docs", [0, 1, 15, 16, 17, 40, 100])
@pytest.mark.parametrize("cached", [False, True])
def test_in_order_keeps_order_and_cuts_the_last_partitions_finer(n_docs, workers, cached):
    from pipeline.engines import in_order
    from pipeline.io import SourceDocument

    sources = [SourceDocument(doc_id=str(i), path="", sha256="0" * 64, text="x") for i in range(n_docs)]
    parts: list[list[str]] = []

    def submit(part):
        parts.append([s.doc_id for s in part])
        return _Done([{"documents": [{"doc_id": s.doc_id, "status": "ok"}]} for s in part])

    cache = _Cache() if cached else None
    got = [rows["documents"][0]["doc_id"] for rows in in_order(sources, submit, cache=cache, workers=workers)]
    assert got == [s.doc_id for s in sources]
    submitted = [d for p in parts for d in p]
    assert submitted == [s.doc_id for s in sources if cache is None or cache.get(s) is None]
    assert all(0 < len(p) <= 16 for p in parts)
    if workers > 1 and not cached and n_docs:
        assert len(parts[-1]) <= 4  # the last documents go in small partitions
