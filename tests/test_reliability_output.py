"""Writing that keeps the last good tables whatever happens (issue 17, cases 12 and
15-17, and the output items of issue 16): keys are never rewritten by the formula guard,
a full disk (a writer that raises ENOSPC after N bytes) leaves the old tables, their
manifest and nothing else, a second run into a busy folder is told so, a read-only
folder is one clear message, and a run in another format leaves no stale files."""

from __future__ import annotations

import builtins
import errno
import fcntl
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import RAW, ROOT
from .reliability_corpus import short_document, write_short_documents

RELEASE = (RAW / "004_409ab86cfebad1e4.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def shared_model(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)


@pytest.fixture
def inputs(tmp_path):
    return write_short_documents(tmp_path / "in", 4)


def committed_files(folder):
    """Every file of a run folder but its state (.communique/), as bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file() and ".communique" not in p.relative_to(folder).parts
    }


def run(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args)])


def one_line_error(result) -> str:
    """The CLI's message for a failed run: exit code 1, one line, no traceback."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.parametrize("name", ["-rf", "=cmd", "+sum", "@mention"])
def test_reliability_formula_guard_never_rewrites_keys(tmp_path, name):
    """Case 12: `-rf.txt` became `'-rf` in documents.csv but `-rf` in the manifest and in
    Parquet, so `review` could not find the document. Keys are quoted, never rewritten."""
    from pipeline.review import write_review

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(folder, "--out", out, "-q").exit_code == 0
    docs = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert docs["doc_id"].tolist() == [name] and docs["path"].tolist() == [f"{name}.txt"]
    counts = pd.read_csv(out / "counts.csv", encoding="utf-8-sig", dtype=str)
    assert set(counts["doc_id"]) == {name}
    assert f'"{name}","{name}.txt"' in (out / "documents.csv").read_text(encoding="utf-8-sig")  # quoted: text
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [i["doc_id"] for i in manifest["inputs"]] == [name]
    shown = write_review(out, folder, tmp_path / "review.html")
    assert shown.unshown == [] and "Minsk" in (tmp_path / "review.html").read_text(encoding="utf-8")


def test_reliability_formula_guard_still_guards_free_text(tmp_path):
    from pipeline.tables import Tables

    tables = Tables.from_rows(
        {
            "documents": [
                {
                    "doc_id": "-d",
                    "path": "-d.txt",
                    "sha256": "0" * 64,
                    "kind": "news",
                    "title": "=SUM(A1)",
                    "published": "",
                    "place": "@home",
                    "chars": 5,
                    "status": "ok",
                    "error": "",
                }
            ]
        }
    )
    tables.write(tmp_path)
    line = (tmp_path / "documents.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert (
        line
        == '"-d","-d.txt",0000000000000000000000000000000000000000000000000000000000000000,news,\'=SUM(A1),,\'@home,5,ok,'
    )


class DiskFull:
    """`open` for files under `folder` that, written to, raise ENOSPC once `budget` bytes
    went there in all (like a nearly full disk); other files open as usual."""

    def __init__(self, folder: Path, budget: int, real=builtins.open):
        self.folder, self.budget, self.used, self.real = str(folder), budget, 0, real
        self.first_write: dict[str, int] = {}  # file name -> bytes used before its first write

    def __call__(self, file, mode="r", *args, **kwargs):
        handle = self.real(file, mode, *args, **kwargs)
        inside = isinstance(file, (str, os.PathLike)) and os.path.abspath(os.fspath(file)).startswith(self.folder)
        if inside and any(c in mode for c in "wax+") and Path(file).name != "lock":  # the lock holds a pid
            return _Limited(handle, self, os.fspath(file))
        return handle


class _Limited:
    def __init__(self, handle, disk: DiskFull, name: str):
        self._handle, self._disk, self._name = handle, disk, name

    def write(self, data):
        n = len(data.encode("utf-8") if isinstance(data, str) else data)
        if n:
            self._disk.first_write.setdefault(Path(self._name).name, self._disk.used)
        if self._disk.used + n > self._disk.budget:
            raise OSError(errno.ENOSPC, "No space left on device", self._name)
        self._disk.used += n
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()
        return False

    def __iter__(self):
        return iter(self._handle)


@pytest.mark.parametrize(
    "fmt, share", [("csv", 0), ("csv", 0.3), ("csv", 0.7), ("csv", 0.99), ("csv", 1), ("parquet", 0.5)]
)
def test_reliability_full_disk_keeps_the_last_good_tables(inputs, tmp_path, monkeypatch, share, fmt):
    """Case 15: on a full disk, orphan shards and a 0-byte .json.tmp made the next run fail,
    and a failing run left new tables beside the old manifest.json and a manifest.json.tmp.
    Now: the old tables and manifest stay, byte for byte, nothing is left behind, the
    message is one line naming the file, and the next run succeeds. The disk holds `share`
    of what the run writes."""
    out = tmp_path / "out"
    assert run(inputs, "--out", out, "--format", fmt, "-q").exit_code == 0
    before = committed_files(out)
    (inputs / "extra.txt").write_text(short_document(99), encoding="utf-8")
    clean = tmp_path / "clean"
    needed = DiskFull(clean, 10**9)
    with monkeypatch.context() as m:
        m.setattr(builtins, "open", needed)
        m.setattr(io, "open", needed)
        assert run(inputs, "--out", clean, "--format", fmt, "-q").exit_code == 0

    disk = DiskFull(out, int(share * needed.used))
    with monkeypatch.context() as m:
        m.setattr(builtins, "open", disk)
        m.setattr(io, "open", disk)
        result = run(inputs, "--out", out, "--format", fmt, "-q")
    if share == 1:
        assert result.exit_code == 0
    if result.exit_code == 0:
        assert committed_files(out) == committed_files(clean)
    else:
        message = one_line_error(result)
        assert message.endswith("no space left on device") and str(out) in message
        assert committed_files(out) == before
    assert not list(out.glob(".staging-*")) and not list(out.rglob("*.tmp"))
    assert all(p.stat().st_size > 0 for p in out.rglob("*.json"))

    assert run(inputs, "--out", out, "--format", fmt, "-q").exit_code == 0
    assert committed_files(out) == committed_files(clean)


def test_reliability_full_disk_fails_at_every_step(inputs, tmp_path, monkeypatch):
    """The disk fills up just as each file of the run is first written: the rows kept for
    incremental runs and the run log only warn; a table, datapackage.json or manifest.json
    fails the run, naming the file, and leaves nothing."""
    out = tmp_path / "out"
    needed = DiskFull(out, 10**9)
    with monkeypatch.context() as m:
        m.setattr(builtins, "open", needed)
        m.setattr(io, "open", needed)
        assert run(inputs, "--out", out, "-q").exit_code == 0
    failed_at = {}
    for name, used in needed.first_write.items():
        shutil.rmtree(out)
        disk = DiskFull(out, used)
        with monkeypatch.context() as m:
            m.setattr(builtins, "open", disk)
            m.setattr(io, "open", disk)
            result = run(inputs, "--out", out, "-q")
        if result.exit_code:
            failed_at[name] = Path(one_line_error(result).split(": ")[1]).name
            assert committed_files(out) == {}
            assert not list(out.glob(".staging-*")) and not list(out.rglob("*.tmp"))
    tables = {f"{t}.csv" for t in ("documents", "people", "mentions")}
    assert tables | {"datapackage.json", "manifest.json"} <= set(failed_at)
    assert all(failed_at[name] == name for name in tables | {"manifest.json"})
    assert "run.json" not in failed_at  # written after the tables moved into place: a warning
    shards = [name for name in needed.first_write if name.endswith(".json.tmp")]
    assert shards and all(failed_at[name] == "documents.csv" for name in shards)  # the run went on past them


def test_reliability_second_run_into_a_busy_folder_is_told(inputs, tmp_path):
    """Case 16: two runs into one folder at once: one crashed with FileNotFoundError on
    datapackage.json.tmp. The folder is locked; the second run says another holds it."""
    out = tmp_path / "out"
    assert run(inputs, "--out", out, "-q").exit_code == 0
    before = committed_files(out)
    lock = out / ".communique" / "lock"
    with open(lock, "a+", encoding="utf-8") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # another run, holding the folder
        (inputs / "extra.txt").write_text(short_document(99), encoding="utf-8")
        message = one_line_error(run(inputs, "--out", out, "-q"))
    assert "another communique run is writing here" in message and str(out) in message
    assert committed_files(out) == before
    assert run(inputs, "--out", out, "-q").exit_code == 0  # free again


def test_reliability_two_runs_at_once_never_crash(inputs, tmp_path):
    """Two real runs into one folder at once: each either writes the tables or says that
    another run holds the folder; the tables are those of a clean run."""
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out), "-q"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(2)]
    outputs = [(p.wait(timeout=300), p.stdout.read().decode()) for p in procs]
    for code, text in outputs:
        assert "Traceback" not in text, text
        assert code == 0 or "another communique run is writing here" in text, text
    assert any(code == 0 for code, _ in outputs)
    clean = tmp_path / "clean"
    assert run(inputs, "--out", clean, "-q").exit_code == 0
    assert committed_files(out) == committed_files(clean)


def _read_only(out: Path, how: str, monkeypatch):
    """Make `out` read-only: by its permissions (not for root, who writes anywhere), by a
    read-only tmpfs mounted there (root only), or by making every write there fail."""
    if how == "chmod":
        if os.geteuid() == 0:
            pytest.skip("root writes into a read-only folder")
        for p in [out, *out.rglob("*")]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        return lambda: [p.chmod(0o755) for p in [out, *out.rglob("*")] if p.is_dir()]
    if how == "mount":
        staged = out.parent / "staged"
        shutil.copytree(out, staged)
        if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(out)]).returncode:
            pytest.skip("mounting a read-only file system needs root")
        shutil.copytree(staged, out, dirs_exist_ok=True)
        if subprocess.run(["mount", "-o", "remount,ro", str(out)]).returncode:
            subprocess.run(["umount", str(out)], check=True)
            pytest.skip("cannot remount read-only")
        return lambda: subprocess.run(["umount", str(out)], check=True)

    def refuse(path):
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))

    real_open, real_mkdir = builtins.open, os.mkdir

    def inside(path) -> bool:
        return isinstance(path, (str, os.PathLike)) and os.path.abspath(os.fspath(path)).startswith(str(out))

    def no_write_open(file, mode="r", *args, **kwargs):
        if inside(file) and any(c in mode for c in "wax+"):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def no_mkdir(path, *args, **kwargs):
        if inside(path) and not os.path.isdir(path):
            refuse(path)
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_write_open)
    monkeypatch.setattr(io, "open", no_write_open)
    monkeypatch.setattr(os, "mkdir", no_mkdir)
    return monkeypatch.undo


@pytest.mark.parametrize("how", ["chmod", "mount", "refused"])
@pytest.mark.parametrize("with_old_tables", [False, True], ids=["empty", "old tables"])
def test_reliability_read_only_output_folder_is_one_message(tmp_path, monkeypatch, how, with_old_tables):
    """Case 17: a read-only output folder gave a traceback instead of one clear message."""
    out = tmp_path / "out"
    if with_old_tables:
        shutil.copytree(ROOT / "extracted", out, ignore=shutil.ignore_patterns(".communique"))
    else:
        out.mkdir()
    before = committed_files(out)
    restore = _read_only(out, how, monkeypatch)
    try:
        message = one_line_error(run(RAW, "--out", out, "-q"))
        after = committed_files(out)
    finally:
        restore()
    assert message.startswith(f"Error: {out}") and "cannot write there" in message, message
    assert after == before


def test_reliability_summary_counts_failures_and_names_skipped_files(tmp_path):
    """Issue 16: the run summary says how many documents failed and names skipped files."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = run(folder, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "skipped 2 files that are not documents: notes.csv, photo.jpg" in result.stderr
    assert "error: empty.txt: empty file: no text" in result.stderr
    assert ": 2 documents (1 failed), " in result.stdout
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["skipped"] == ["notes.csv", "photo.jpg"]


@pytest.mark.parametrize("first, second", [("csv", "sqlite"), ("sqlite", "parquet"), ("parquet", "csv")])
def test_reliability_new_format_removes_the_stale_files(inputs, tmp_path, first, second):
    """Issue 16: a run in one format into a folder holding another format's output left
    the old files beside the new ones."""
    out = tmp_path / "out"
    assert run(inputs, "--out", out, "--format", first, "-q").exit_code == 0
    (out / "notes.txt").write_text("the user's own file", encoding="utf-8")
    assert run(inputs, "--out", out, "--format", second, "-q").exit_code == 0
    only = tmp_path / "only"
    assert run(inputs, "--out", only, "--format", second, "-q").exit_code == 0
    assert set(committed_files(out)) == set(committed_files(only)) | {"notes.txt"}
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["format"] == second
