"""`communique bench` builds its corpus and prints its figures (no timing is asserted)."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline.bench import build_corpus
from pipeline.cli import cli

from .conftest import RAW


def test_bench_corpus_is_made_of_fixture_paragraphs(tmp_path):
    texts = build_corpus(RAW, 5, tmp_path, paragraphs=3)
    fixture_text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in RAW.glob("*.txt"))
    assert len(texts) == 5 and len(list(tmp_path.glob("*.txt"))) == 5
    for t in texts:
        paragraphs = t.strip().split("\n\n")
        assert len(paragraphs) == 3 and all(p in fixture_text for p in paragraphs)
    assert build_corpus(RAW, 5, tmp_path / "again", paragraphs=3) == texts  # deterministic


def test_bench_prints_ratios_for_each_process_count(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.nlp.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["bench", "--docs", "4", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("corpus: 4 documents")
    assert any(line.startswith("bare spaCy (full pipeline)") and line.rstrip().endswith("1.00x") for line in lines)
    assert any(line.startswith("communique end to end") for line in lines)


def test_bench_rejects_bad_jobs():
    result = CliRunner().invoke(cli, ["bench", "--jobs", "one"])
    assert result.exit_code == 2 and "comma-separated list of integers" in result.output
