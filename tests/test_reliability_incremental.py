"""Incremental runs that are never stale and survive a kill (issue 17, cases 6, 8 and
14): a shard of the wrong shape is done again, a moved or retyped file is read again,
and a run killed with SIGKILL resumes to tables equal, byte for byte, to a clean run's."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline.runner import execute
from pipeline.tables import TABLE_NAMES

from .conftest import RAW, ROOT
from .reliability_corpus import write_short_documents

RELEASE = (RAW / "004_409ab86cfebad1e4.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def shared_model(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)


@pytest.fixture
def inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(RAW.glob("*.txt"))[2:]:
        shutil.copy(p, src / p.name)
    return src


def committed_files(folder):
    """Every file of a run folder but its state (.communique/), as bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".communique" not in p.relative_to(folder).parts
    }


def tables_of(folder):
    return {name: (folder / f"{name}.csv").read_bytes() for name in TABLE_NAMES}


def full_run(inputs, tmp_path):
    out = tmp_path / "reference"
    shutil.rmtree(out, ignore_errors=True)
    execute(inputs, out, full=True)
    return tables_of(out)


def _shard_variants():
    def edit(change):
        def apply(text):
            shard = json.loads(text)
            change(shard)
            return json.dumps(shard)

        return apply

    def bad_offset(shard):
        next(iter(r for rows in shard["rows"].values() for r in rows if "char_start" in r))["char_start"] = "oops"

    return {
        "a list": lambda text: "[]",
        "null": lambda text: "null",
        "an empty object": lambda text: "{}",
        "no rows": edit(lambda shard: shard.pop("rows")),
        "char_start 'oops'": edit(bad_offset),
        "a table missing": edit(lambda shard: shard["rows"].pop("people")),
        "rows not a list": edit(lambda shard: shard["rows"].__setitem__("counts", "x")),
        "a row of another document": edit(lambda shard: shard["rows"]["documents"][0].__setitem__("doc_id", "other")),
        "truncated": lambda text: text[: len(text) // 2],
        "not UTF-8": lambda text: "\udcff",
    }


SHARDS = _shard_variants()


def test_reliability_shard_of_the_wrong_shape_is_done_again(tmp_path):
    """Case 6: a shard that was valid JSON of the wrong shape (`[]`, `null`, no `rows`,
    `"char_start": "oops"`) crashed every later run until --full. Each document's shard
    is spoilt another way: every one is discarded and done again."""
    src = write_short_documents(tmp_path / "in", len(SHARDS) + 2)
    out = tmp_path / "out"
    execute(src, out)
    shards = sorted((out / ".communique" / "rows").glob("*.json"))
    assert len(shards) == len(SHARDS) + 2
    for shard, spoil in zip(shards, SHARDS.values()):
        shard.write_bytes(spoil(shard.read_text(encoding="utf-8")).encode("utf-8", "surrogateescape"))
    again = execute(src, out)
    assert again.reused == 2 and not again.failed  # the two shards left alone
    assert tables_of(out) == full_run(src, tmp_path)
    assert execute(src, out).reused == len(SHARDS) + 2  # the spoilt shards were made anew


def test_reliability_moved_file_is_not_reused_with_its_old_path(tmp_path):
    """Case 8: `a/rel.txt` moved to `b/rel.txt` kept `documents.csv` saying a/rel.txt."""
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    (src / "a" / "rel.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    execute(src, out)
    (src / "a" / "rel.txt").rename(src / "b" / "rel.txt")
    execute(src, out)
    docs = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert docs["path"].tolist() == ["b/rel.txt"]
    assert tables_of(out) == full_run(src, tmp_path)


def test_reliability_file_renamed_to_another_type_is_read_again(tmp_path):
    """Case 8: `page.txt` renamed `page.html` with the same bytes kept the rows of
    reading it as text."""
    src = tmp_path / "in"
    src.mkdir()
    html = "<html><head><style>p {color: red}</style></head><body><h1>Ministers meet</h1>" + "".join(
        f"<p>{para}</p>" for para in RELEASE.split("\n\n")
    )
    (src / "page.txt").write_text(html + "</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    execute(src, out)
    as_text = tables_of(out)
    (src / "page.txt").rename(src / "page.html")
    result = execute(src, out)
    assert result.reused == 0
    assert tables_of(out) == full_run(src, tmp_path) != as_text


def test_reliability_stale_staging_is_cleaned_up(inputs, tmp_path):
    """Case 14: `.staging-*` folders left by kill -9 or SIGTERM were never cleaned up."""
    out = tmp_path / "out"
    execute(inputs, out)
    before = committed_files(out)
    stale = out / ".staging-killed"
    stale.mkdir()
    (stale / "people.csv").write_text("half a table", encoding="utf-8")
    execute(inputs, out)
    assert not list(out.glob(".staging-*")) and committed_files(out) == before


def test_reliability_complete_staging_moves_into_place(tmp_path):
    """A run killed while moving its files: its staging folder is complete (the marker is
    written last), so the next run finishes the move rather than mixing two runs."""
    from pipeline.writers import COMPLETE, recover

    out = tmp_path / "out"
    out.mkdir()
    (out / "people.csv").write_text("old", encoding="utf-8")
    (out / "people.parquet").write_text("another format's", encoding="utf-8")
    staging = out / ".staging-moving"
    staging.mkdir()
    (staging / "documents.csv").write_text("new documents", encoding="utf-8")  # people.csv moved already
    (staging / COMPLETE).write_text(
        json.dumps({"format": "csv", "files": ["documents.csv", "people.csv"]}), encoding="utf-8"
    )
    (out / "people.csv").write_text("new people", encoding="utf-8")
    recover(out)
    assert (out / "documents.csv").read_text(encoding="utf-8") == "new documents"
    assert (out / "people.csv").read_text(encoding="utf-8") == "new people"
    assert not (out / "people.parquet").exists() and not staging.exists()


def test_reliability_kill_9_mid_run_resumes_byte_for_byte(tmp_path):
    """Case 14: a run killed with SIGKILL kept nothing (rows were kept per 256-document
    batch). Each document's rows are kept as it finishes: killed once some are kept, the
    run resumes without doing them again, and its files equal a clean run's byte for byte."""
    n = 100  # batches of 32: the first ones are kept while the last are still being made
    src = write_short_documents(tmp_path / "in", n)
    out = tmp_path / "out"
    rows = out / ".communique" / "rows"
    cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out), "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if rows.is_dir() and any(rows.glob("*.json")):
                break
            time.sleep(0.01)
        running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert running, f"the run ended before any document's rows were kept: {proc.stderr.read().decode()[-500:]}"
    kept = len(list(rows.glob("*.json")))
    assert 0 < kept < n, f"{kept} of {n} documents kept when the first appeared: rows are not kept as each finishes"
    assert not (out / "documents.csv").exists()

    resumed = execute(src, out)
    assert resumed.reused >= kept and not resumed.failed
    assert not list(out.glob(".staging-*")) and not list(out.rglob("*.tmp"))
    clean = tmp_path / "clean"
    execute(src, clean, full=True)
    assert committed_files(out) == committed_files(clean)
