"""Hostile input folders (issue 17, cases 1-5, 11 and 13): whatever a folder holds, the
run finishes, each file that cannot be used is one error row saying why, and the good
documents beside it get their tables. Every test builds its folder in tmp_path."""

from __future__ import annotations

import os
import stat
import threading

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.extraction import extract
from pipeline.inputs import plan_inputs
from pipeline.runner import execute

from .conftest import RAW

RELEASE = (RAW / "004_409ab86cfebad1e4.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def shared_model(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)


def folder_with_good_release(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    return folder


def docs(tables):
    return tables["documents"].set_index("doc_id")


def finishes(fn, timeout=120):
    """fn() run in a thread: its result, or a failure when it has not finished in time."""
    box = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the test
            box["error"] = e

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        pytest.fail(f"still running after {timeout} s: the run hangs")
    if "error" in box:
        raise box["error"]
    return box["value"]


def test_reliability_fifo_is_an_error_row_never_opened(tmp_path, nlp):
    """Case 1: a FIFO named like a document hung the run forever (open() waits for a writer)."""
    folder = folder_with_good_release(tmp_path)
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    try:
        d = docs(finishes(lambda: extract(folder, nlp=nlp), timeout=60))
    finally:  # a hung reader (the bug) is let go, so the session can end
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    assert d.loc["pipe", "status"] == "error" and "named pipe (FIFO)" in d.loc["pipe", "error"]
    assert pd.isna(d.loc["pipe", "sha256"])
    assert d.loc["good", "status"] == "ok"


def test_reliability_character_device_is_an_error_row(tmp_path, nlp):
    """Case 1: a character device (`mknod in/zero.txt c 1 5`) was read until memory ran
    out. Here the node is /dev/null's (1, 3), which is safe to read should the bug return."""
    folder = folder_with_good_release(tmp_path)
    try:
        os.mknod(folder / "zero.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    d = docs(finishes(lambda: extract(folder, nlp=nlp), timeout=60))
    assert d.loc["zero", "status"] == "error" and "character device" in d.loc["zero", "error"]
    assert d.loc["good", "status"] == "ok"


def test_reliability_file_over_the_size_limit_is_an_error_row_naming_the_limit(tmp_path):
    """Case 2: a document beyond the configurable size limit is an error row that names
    the limit (never read: its sha256 stays empty)."""
    folder = folder_with_good_release(tmp_path)
    (folder / "huge.txt").write_text("Delegates met in Vienna. " * 2000, encoding="utf-8")  # 50 KB
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(folder), "--out", str(out), "--max-mb", "0.04"])
    assert result.exit_code == 1, result.output
    assert "error: huge.txt: file is 0.0477 MB, over the limit of 0.04 MB on a document" in result.stderr
    d = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False).set_index("doc_id")
    assert d.loc["huge", "status"] == "error" and "--max-mb" in d.loc["huge", "error"] and not d.loc["huge", "sha256"]
    assert d.loc["good", "status"] == "ok"


def test_reliability_long_and_non_utf8_file_names(tmp_path):
    """Case 3: a 251-character name (`File name too long` on the shard) and a name that is
    not UTF-8 (`UnicodeEncodeError` on the shard) crashed the run."""
    folder = folder_with_good_release(tmp_path)
    long_name = "n" * 247 + ".txt"
    (folder / long_name).write_text(RELEASE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as f:
        f.write(RELEASE)
    out = tmp_path / "out"
    result = execute(folder, out)
    d = result.documents.set_index("doc_id")
    assert set(d["status"]) == {"ok"}, d["error"].tolist()
    assert d.loc["caf\\xe9", "path"] == "caf\\xe9.txt" and d.loc["n" * 247, "path"] == long_name
    docs_csv = (out / "documents.csv").read_bytes().decode("utf-8")  # the tables are valid UTF-8
    assert "caf\\xe9" in docs_csv
    assert execute(folder, out).reused == 3  # their rows were kept, under names any file system takes


def test_reliability_symlink_loops_and_broken_links_are_error_rows(tmp_path, nlp):
    """Case 4: a symbolic link loop raised `RuntimeError: Symlink loop`."""
    folder = folder_with_good_release(tmp_path)
    os.symlink("b.txt", folder / "a.txt")
    os.symlink("a.txt", folder / "b.txt")
    os.symlink("self.txt", folder / "self.txt")
    os.symlink("nowhere.txt", folder / "broken.txt")
    d = docs(extract(folder, nlp=nlp))
    for name in ("a", "b", "self"):
        assert d.loc[name, "status"] == "error" and "symbolic link loop" in d.loc[name, "error"], name
    assert d.loc["broken", "status"] == "error" and "broken symbolic link" in d.loc["broken", "error"]
    assert d.loc["good", "status"] == "ok"


def test_reliability_link_inside_the_folder_is_read(tmp_path, nlp):
    folder = folder_with_good_release(tmp_path)
    (folder / "sub").mkdir()
    os.symlink("../good.txt", folder / "sub" / "alias.txt")
    d = docs(extract(folder, nlp=nlp))
    assert d.loc["alias", "status"] == "ok" and d.loc["alias", "sha256"] == d.loc["good", "sha256"]


@pytest.mark.parametrize(
    "names",
    [
        ["x.txt", "x.TXT"],
        ["a/y.txt", "b/y.txt", "a__y.txt"],
        ["a/y.txt", "a__y.txt", "a__y.html", "b/y.htm"],
    ],
)
def test_reliability_doc_ids_are_unique_by_construction(tmp_path, names):
    """Case 5: colliding doc_ids stopped the run with "the tables break their schema"."""
    folder = tmp_path / "in"
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        text = RELEASE if not name.endswith(("html", "htm")) else f"<html><body><p>{RELEASE}</p></body></html>"
        (folder / name).write_text(text, encoding="utf-8")
    result = execute(folder, tmp_path / "out")
    d = result.documents
    assert d["doc_id"].is_unique and sorted(d["path"]) == sorted(names)
    assert set(d["status"]) == {"ok"}
    assert plan_inputs(folder).doc_ids() == d["doc_id"].tolist()  # the same ids in every run


def test_reliability_doc_ids_of_plain_folders_stay_as_they_were(tmp_path):
    folder = tmp_path / "in"
    for name in ("2019/release.txt", "2020/release.txt", "notes.txt", "page.html", "page.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("x", encoding="utf-8")
    ids = sorted(it[2] for it in plan_inputs(folder).items)
    assert ids == ["2019__release", "2020__release", "notes", "page_html", "page_txt"]


def test_reliability_file_swapped_for_a_link_after_discovery_is_not_read(tmp_path, nlp):
    """Case 11: a file swapped for a symbolic link to /etc/passwd after discovery was read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:secret-line:/root:/bin/bash\n", encoding="utf-8")
    folder = folder_with_good_release(tmp_path)
    (folder / "late.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text(RELEASE, encoding="utf-8")
    plan = plan_inputs(folder)  # discovery: three regular files
    (folder / "late.txt").unlink()
    os.symlink(secret, folder / "late.txt")
    (folder / "sub" / "deep.txt").unlink()
    (folder / "sub").rmdir()
    os.symlink(tmp_path, folder / "sub")  # a folder swapped too: sub/deep.txt would now be outside
    (tmp_path / "deep.txt").write_text("secret-line of another file\n", encoding="utf-8")
    tables = extract(plan, nlp=nlp)
    d = docs(tables)
    assert d.loc["late", "status"] == "error" and "not followed" in d.loc["late", "error"]
    assert d.loc["deep", "status"] == "error"
    assert d.loc["good", "status"] == "ok"
    assert not tables["mentions"]["text"].str.contains("secret").any()


@pytest.mark.parametrize("bad_path", ["../secret.txt", "sub/../../secret.txt", "SECRET_ABSOLUTE"])
def test_reliability_review_reads_only_inside_the_input_folder(tmp_path, nlp, bad_path):
    """Case 11: `review` read ../../../etc/passwd when documents.csv said so."""
    from pipeline.review import build_review

    secret = tmp_path / "secret.txt"
    secret.write_text("the secret-line that review must not show\n", encoding="utf-8")
    folder = folder_with_good_release(tmp_path)
    out = tmp_path / "out"
    execute(folder, out)
    bad_path = str(secret) if bad_path == "SECRET_ABSOLUTE" else bad_path
    docs_csv = out / "documents.csv"
    docs_csv.write_text(docs_csv.read_text(encoding="utf-8-sig").replace("good.txt", bad_path), encoding="utf-8-sig")
    page = build_review(out, folder)
    assert "secret-line" not in page and "text not found" in page


def test_reliability_output_folder_inside_the_input_folder_is_not_read(tmp_path):
    """Case 13: the output and state files were counted as skipped inputs, and a
    review.html written there was read as a document on the next run."""
    folder = folder_with_good_release(tmp_path)
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    out = folder / "out"
    first = CliRunner().invoke(cli, ["run", str(folder), "--out", str(out)])
    assert first.exit_code == 0, first.output
    (out / "review.html").write_text(f"<html><body><p>{RELEASE}</p></body></html>", encoding="utf-8")
    second = CliRunner().invoke(cli, ["run", str(folder), "--out", str(out)])
    assert second.exit_code == 0, second.output
    assert "skipped 1 file that is not a document: notes.csv" in second.stderr
    d = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert d["doc_id"].tolist() == ["good"]
    assert plan_inputs(folder, exclude=[out]).skipped == [folder / "notes.csv"]


def test_reliability_earlier_output_folder_in_the_input_is_not_read(tmp_path):
    """An earlier run's output folder (it holds .communique/) is never read as input,
    even when this run writes elsewhere."""
    folder = folder_with_good_release(tmp_path)
    execute(folder, folder / "old-run")
    (folder / "old-run" / "review.html").write_text(f"<html><body>{RELEASE}</body></html>", encoding="utf-8")
    plan = plan_inputs(folder, exclude=[tmp_path / "elsewhere"])
    assert plan.doc_ids() == ["good"] and plan.skipped == []


def test_reliability_run_into_its_own_input_folder(tmp_path):
    """--out the same as the input folder: the tables are neither inputs nor "skipped"."""
    folder = folder_with_good_release(tmp_path)
    for _ in range(2):
        result = CliRunner().invoke(cli, ["run", str(folder), "--out", str(folder)])
        assert result.exit_code == 0, result.output
        assert "skipped" not in result.stderr
    assert pd.read_csv(folder / "documents.csv", encoding="utf-8-sig")["doc_id"].tolist() == ["good"]


def test_reliability_run_never_ends_in_a_traceback(tmp_path):
    """The bar of issue 17: whatever the folder holds, `communique run` ends with one line
    per problem, naming the file, and the good documents get their tables."""
    folder = folder_with_good_release(tmp_path)
    outside = tmp_path / "outside.txt"
    outside.write_text(RELEASE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.symlink(outside, folder / "escape.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("gone.txt", folder / "dangling.txt")
    (folder / ("n" * 247 + ".txt")).write_text(RELEASE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write(RELEASE.encode("cp1252", "replace"))
    (folder / "line\nbreak.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "x.TXT").write_text(RELEASE, encoding="utf-8")
    (folder / "x.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "-rf.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "pdf.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (folder / "nul.txt").write_bytes(RELEASE.encode("utf-8").replace(b"Minsk", b"Min\x00sk", 1))
    (folder / "wide.txt").write_bytes(RELEASE.encode("utf-16-le"))
    (folder / "tags.html").write_text("<html><body>" + "<div>" * 5000 + RELEASE + "</body></html>", encoding="utf-8")
    (folder / "big.txt").write_text("word " * 300_000, encoding="utf-8")  # 1.5 MB, over --max-mb 1
    out = tmp_path / "out"
    result = finishes(lambda: CliRunner().invoke(cli, ["run", str(folder), "--out", str(out), "--max-mb", "1"]))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert all(line.startswith(("error: ", "warning: ", "skipped ")) for line in result.stderr.splitlines())
    named = {line.split(": ")[1] for line in errors}
    expected = {"pipe.txt", "escape.txt", "loop.txt", "dangling.txt", "empty.txt", "binary.txt", "pdf.txt", "big.txt"}
    assert named == expected, errors
    d = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    ok = d[d["status"] == "ok"]
    assert len(d) == 18 and d["doc_id"].is_unique and len(ok) == 10
    assert {"good", "-rf", "caf\\xe9", "nul", "wide", "tags", "line\nbreak"} <= set(ok["doc_id"])


@pytest.mark.parametrize("where", ["rows", "tokenizer"])
def test_reliability_a_failure_on_one_document_fails_only_it(tmp_path, nlp, monkeypatch, where):
    """A bug that shows on one document only (making its rows, or in the tokenizer, which
    spaCy's error handler does not cover) is that document's error row; the documents
    batched with it are done."""
    import pipeline.single_process as sp

    folder = folder_with_good_release(tmp_path)
    (folder / "trap.txt").write_text(RELEASE.replace("Minsk", "Trapville"), encoding="utf-8")
    (folder / "zzz.txt").write_text(RELEASE, encoding="utf-8")
    if where == "rows":
        real_rows = sp.doc_rows

        def doc_rows(doc, source):
            if "Trapville" in doc.text:
                raise KeyError("a bug")
            return real_rows(doc, source)

        monkeypatch.setattr(sp, "doc_rows", doc_rows)
    else:
        real_make_doc = nlp.make_doc

        def make_doc(text):
            if "Trapville" in text:
                raise KeyError("a bug")
            return real_make_doc(text)

        monkeypatch.setattr(nlp, "make_doc", make_doc)
    d = docs(extract(folder, nlp=nlp))
    assert d.loc["trap", "status"] == "error" and "KeyError" in d.loc["trap", "error"]
    assert d.loc["good", "status"] == "ok" and d.loc["zzz", "status"] == "ok"
