"""Decoding that does not quietly garble a document (issue 17, cases 9 and 10): UTF-8
with a stray byte stays UTF-8 (the byte replaced, with a warning), a single-byte code
page that yields box drawing or C1 controls loses to one that does not, control
characters never reach a table, and UTF-16 without a byte-order mark is text."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.io import decode, read_source

from .conftest import RAW

RELEASE = (RAW / "004_409ab86cfebad1e4.txt").read_text(encoding="utf-8")
LATIN = "The envoy José García met “the delegation” from Zürich on Tuesday – talks went well.\n"


@pytest.mark.parametrize(
    "data, stray",
    [
        (LATIN.encode("utf-8").replace(b" on ", b" \xe9on "), 1),  # one Latin-1 byte inside
        (LATIN.encode("utf-8") + b"\x97\n", 1),  # a cp1252 dash at the end
        (LATIN.encode("utf-8") * 30 + b"Minister \xff\xfe said.\n", 2),
    ],
    ids=["latin-1 byte inside", "cp1252 dash at the end", "two bytes in a long text"],
)
def test_reliability_utf8_with_a_stray_byte_stays_utf8(tmp_path, data, stray):
    """Case 9: one stray byte made the whole text decode as KOI8-R / cp1251
    ("José García" → "Josц╘ Garcц", curly quotes → "вЂњ")."""
    (tmp_path / "mixed.txt").write_bytes(data)
    source = read_source(tmp_path / "mixed.txt", tmp_path)
    assert source.encoding == "utf-8"
    assert "José García" in source.text and "“the delegation”" in source.text
    assert source.text.count("\ufffd") == stray
    assert f"{stray} byte(s) that are not UTF-8 replaced" in source.warning


def test_reliability_stray_byte_warning_reaches_the_run_summary(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "mixed.txt").write_bytes(RELEASE.encode("utf-8") + b"Closing \xe9 remarks.\n")
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "warning: mixed.txt: 1 byte(s) that are not UTF-8 replaced" in result.stderr


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("The forum «Мир и безопасность» opened in Vienna on Monday.\n", "cp1251"),
        ("Delegates of «Евразийский форум» and «Мир и безопасность» met on Monday in Geneva.\n", "cp1251"),
        ("Minister Сергей Иванов spoke in Minsk; the motto was Мир и дружба.\n", "koi8_r"),
        ("The “Vienna” talks – chaired by Renée Núñez – ended on Tuesday.\n", "cp1252"),
    ],
    ids=["cp1251 quoted title", "cp1251 two titles", "koi8-r names", "cp1252 quotes"],
)
def test_reliability_single_byte_code_page_without_box_drawing(text, encoding):
    """Case 9: a short cp1251 text with a few Cyrillic words came out as KOI8-R box
    drawing; a decoding that yields box drawing or C1 controls loses to one that does not."""
    decoded, enc = decode(text.encode(encoding))
    assert decoded == text and enc == encoding


def test_reliability_nul_bytes_never_reach_a_table(tmp_path, nlp, monkeypatch):
    """Case 10: NUL bytes were copied into CSV cells. They become spaces (offsets hold)."""
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    folder = tmp_path / "in"
    folder.mkdir()
    nul_text = RELEASE.replace("Minsk", "Min\x00sk", 3).replace("delegations", "delegations\x00", 2)
    (folder / "nul.txt").write_bytes(nul_text.encode("utf-8"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "control character(s) (NUL and the like) replaced by spaces" in result.stderr
    for table in out.glob("*.csv"):
        assert b"\x00" not in table.read_bytes(), table.name
    source = read_source(folder / "nul.txt", folder)
    assert len(source.text) == len(nul_text) and "\x00" not in source.text


def test_reliability_mostly_control_characters_is_binary(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02 text \x03\x04" * 200)
    assert "binary file" in read_source(tmp_path / "blob.txt", tmp_path).error


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        "Ministers from 40 countries met in Vienna on 12 May 2020 to discuss water.\n",
        "The talks between the envoy and Сергей Лавров took place in Minsk on Tuesday.\n",
    ],
    ids=["latin", "cyrillic name"],
)
def test_reliability_utf16_without_bom_is_text(tmp_path, encoding, text):
    """Case 10: UTF-16 without a byte-order mark was reported as "binary file"."""
    (tmp_path / "wide.txt").write_bytes(text.encode(encoding))
    source = read_source(tmp_path / "wide.txt", tmp_path)
    assert source.error == "" and source.text == text and source.encoding == encoding
