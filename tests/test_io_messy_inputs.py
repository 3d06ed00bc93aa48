"""Messy input folders: every file gets a documents row, bad ones an error that says
what, and the others are extracted as usual. Each test builds its own folder."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from pipeline.extraction import extract
from pipeline.inputs import plan_inputs
from pipeline.io import decode, read_source

from .conftest import RAW

RELEASE = (RAW / "004_409ab86cfebad1e4.txt").read_text(encoding="utf-8")
CYRILLIC = "The talks between Vladimir Makei and Сергей Лавров took place in Minsk on Tuesday, the ministry said.\n"


def docs(tables):
    return tables["documents"].set_index("doc_id")


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8-sig", CYRILLIC),
        ("utf-16", CYRILLIC),
        ("cp1251", CYRILLIC),
        ("koi8_r", CYRILLIC),
        ("latin_1", "Café talks in Zürich: Ms. Renée Müller met the délégation on Tuesday.\n"),
        ("cp1252", "The “Vienna” talks – chaired by José Núñez – ended on Tuesday.\n"),
    ],
)
def test_io_decodes_common_encodings(tmp_path, encoding, text):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    source = read_source(path, tmp_path)
    assert source.error == "" and source.text == text


def test_io_english_with_one_cyrillic_name_is_not_taken_for_east_asian():
    text, encoding = decode(CYRILLIC.encode("cp1251"))
    assert text == CYRILLIC and encoding == "cp1251"


def test_io_crlf_offsets_slice_back(tmp_path, nlp):
    (tmp_path / "crlf.txt").write_bytes(RELEASE.replace("\n", "\r\n").encode("utf-8"))
    tables = extract(tmp_path, nlp=nlp)
    text = read_source(tmp_path / "crlf.txt", tmp_path).text
    counts = tables["counts"]
    assert set(counts["value"]) == {60, 700}
    for r in counts.itertuples():
        assert text[r.char_start : r.char_end] == r.text


def test_io_html_text_without_scripts_and_navigation(tmp_path, nlp):
    html = """<html><head><title>x</title><style>p {color: red}</style><script>var n = 'Fake Person';</script></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <h1>Ministers meet in Vienna</h1><p>12 May 2020</p>
    <p>More than 300 participants from 40 countries attended the conference opened by Ambassador Helga Marquardt.</p>
    <footer>Copyright</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    source = read_source(tmp_path / "page.html", tmp_path)
    assert "Fake Person" not in source.text and "Home" not in source.text and "color" not in source.text
    tables = extract(tmp_path, nlp=nlp)
    assert docs(tables).loc["page", "title"] == "Ministers meet in Vienna"
    assert set(tables["counts"]["value"]) == {300, 40}
    row = tables["people"].iloc[0]
    assert source.text[row.char_start : row.char_end] == "Helga Marquardt"


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \n", "empty file"),
        ("image.txt", bytes(range(256)) * 16, "binary file"),
    ],
)
def test_io_bad_files_are_error_rows_and_the_run_goes_on(tmp_path, nlp, name, content, error):
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    tables = extract(tmp_path, nlp=nlp)
    d = docs(tables)
    bad = name.rsplit(".", 1)[0]
    assert d.loc[bad, "status"] == "error" and error in d.loc[bad, "error"]
    assert d.loc["good", "status"] == "ok"
    assert set(tables["counts"]["doc_id"]) == {"good"}


def test_io_unreadable_file_is_an_error_row(tmp_path, nlp, monkeypatch):
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(RELEASE, encoding="utf-8")
    import pipeline.io

    real = pipeline.io._open_inside

    def open_inside(path, root):  # as `chmod 000` does for a user who is not root
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, root)

    monkeypatch.setattr(pipeline.io, "_open_inside", open_inside)
    d = docs(extract(tmp_path, nlp=nlp))
    assert d.loc["locked", "status"] == "error" and d.loc["locked", "error"] == "cannot read file: Permission denied"
    assert d.loc["good", "status"] == "ok"


def test_io_symlink_out_of_the_folder_is_not_followed(tmp_path, nlp):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(RELEASE, encoding="utf-8")
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "good.txt").write_text(RELEASE, encoding="utf-8")
    os.symlink(outside / "secret.txt", inside / "link.txt")
    tables = extract(inside, nlp=nlp)
    d = docs(tables)
    assert d.loc["link", "status"] == "error" and "not followed" in d.loc["link", "error"]
    assert pd.isna(d.loc["link", "sha256"])  # never read
    assert set(tables["counts"]["doc_id"]) == {"good"}


def test_io_subfolders_walked_and_duplicate_names_kept_apart(tmp_path, nlp):
    for sub in ("2019", "2020"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    plan = plan_inputs(tmp_path)
    assert [p.name for p in plan.skipped] == ["notes.csv"]
    d = docs(extract(tmp_path, nlp=nlp))
    assert sorted(d.index) == ["2019__release", "2020__release"]
    assert sorted(d["path"]) == ["2019/release.txt", "2020/release.txt"]


def test_io_text_longer_than_max_length_is_chunked_with_whole_file_offsets(tmp_path, nlp):
    long_text = "\n\n".join([RELEASE] * 6)
    (tmp_path / "long.txt").write_text(long_text, encoding="utf-8")
    saved = nlp.max_length
    nlp.max_length = 3000
    try:
        tables = extract(tmp_path, nlp=nlp)
    finally:
        nlp.max_length = saved
    assert docs(tables).loc["long", "status"] == "ok" and docs(tables).loc["long", "chars"] == len(long_text)
    counts = tables["counts"]
    assert len(counts) >= 6 * 2 - 2  # each copy's counts (a chunk may cut one copy's sentence)
    for r in counts.itertuples():
        assert long_text[r.char_start : r.char_end] == r.text
    assert tables["organisations"]["org_id"].is_unique
