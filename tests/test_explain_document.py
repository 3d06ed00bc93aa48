"""`communique explain`: every span, who found it, and its fate."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.explain import explain

from .conftest import RAW


def test_explain_shows_rules_and_fates(nlp):
    text = (RAW / "001_5576b482df7d9924.txt").read_text(encoding="utf-8")
    entries = {e["text"]: e for e in explain(nlp(text))}
    zas = entries["S.Zas"]
    assert ("PERSON", "person:initial-surname", "Stanislav Zas") in zas["steps"]
    assert any(f.startswith("people: Stanislav Zas") for f in zas["fate"])
    osce = entries["OSCE"]
    assert any(source.startswith("org:gazetteer") for _, source, _ in osce["steps"])
    assert any("Organization for Security and Co-operation in Europe" in f for f in osce["fate"])
    dropped = [e for e in entries.values() if e["fate"][0].startswith("dropped")]
    assert dropped and all(any(n.startswith("dropped:") for _, _, n in e["steps"]) for e in dropped)


def test_explain_cli(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["explain", str(RAW / "004_409ab86cfebad1e4.txt")])
    assert result.exit_code == 0
    assert "'More than 700 people'" in result.output and "= counts: more_than 700 participants" in result.output


def test_explain_unreadable_file_is_a_user_error(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["explain", str(tmp_path / "x.txt")])
    assert result.exit_code == 1 and "empty file" in result.output
