"""`communique bench` builds its corpus and prints its figures (no timing is asserted)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline.bench import Measure, build_corpus, format_bench
from pipeline.cli import cli

from .conftest import RAW

ROW = re.compile(
    r"^(?P<name>bare spaCy \(full pipeline\)|communique end to end)\s+(?P<jobs>\d+)\s+(?P<docs_s>[\d.]+)"
    r"\s+(?P<words_s>\d+)\s+(?P<peak>\d+)\s+(?P<ratio>[\d.]+)x$"
)


def test_bench_corpus_is_made_of_fixture_paragraphs(tmp_path):
    texts = build_corpus(RAW, 5, tmp_path, paragraphs=3)
    fixture_text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in RAW.glob("*.txt"))
    assert len(texts) == 5 and len(list(tmp_path.glob("*.txt"))) == 5
    for t in texts:
        paragraphs = t.strip().split("\n\n")
        assert len(paragraphs) == 3 and all(p in fixture_text for p in paragraphs)
    assert build_corpus(RAW, 5, tmp_path / "again", paragraphs=3) == texts  # deterministic


def test_bench_format_computes_rates_ratios_and_speed_ups():
    """Known seconds in, known figures out: 100 docs of 5,000 words."""
    results = [
        Measure("bare spaCy (full pipeline)", 1, 100, 5000, 10.0, 300.0),
        Measure("communique end to end", 1, 100, 5000, 8.0, 250.0),
        Measure("bare spaCy (full pipeline)", 2, 100, 5000, 5.0, 500.0),
        Measure("communique end to end", 2, 100, 5000, 2.0, 400.0),
    ]
    lines = format_bench(results).splitlines()
    rows = [ROW.match(line).groupdict() for line in lines[1:5]]
    assert [(r["jobs"], r["docs_s"], r["words_s"], r["peak"], r["ratio"]) for r in rows] == [
        ("1", "10.0", "500", "300", "1.00"),
        ("1", "12.5", "625", "250", "1.25"),
        ("2", "20.0", "1000", "500", "1.00"),
        ("2", "50.0", "2500", "400", "2.50"),
    ]
    assert lines[5] == "communique speed-up from 1 to 2 processes: 4.00x"
    assert lines[6] == "bare spaCy speed-up from 1 to 2 processes: 2.00x"


def test_bench_prints_consistent_figures(nlp, monkeypatch):
    """The printed figures agree with each other: the corpus is the size asked for, words/s
    over docs/s is the corpus's words per document, each ratio is communique's rate over bare
    spaCy's at the same process count, and peak memory is measured."""
    monkeypatch.setattr("pipeline.nlp.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["bench", "--docs", "4", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    corpus = re.match(r"corpus: (\d+) documents, (\d+) words, ", lines[0])
    assert corpus, lines[0]
    n_docs, n_words = int(corpus[1]), int(corpus[2])
    assert n_docs == 4 and n_words > 0
    rows = {m["name"]: m for m in (ROW.match(line) for line in lines[1:]) if m}
    assert set(rows) == {"bare spaCy (full pipeline)", "communique end to end"}, result.output
    bare, ours = rows["bare spaCy (full pipeline)"], rows["communique end to end"]
    for row in (bare, ours):
        docs_s, words_s = float(row["docs_s"]), float(row["words_s"])
        assert row["jobs"] == "1" and docs_s > 0 and words_s > 0 and int(row["peak"]) > 0
        # both rates divide by the same seconds; docs/s is printed to 0.1, words/s to 1
        assert docs_s == pytest.approx(words_s * n_docs / n_words, abs=0.05 + 0.5 * n_docs / n_words)
    assert float(ours["ratio"]) == pytest.approx(float(ours["words_s"]) / float(bare["words_s"]), abs=0.01, rel=0.01)


def test_bench_rejects_bad_jobs():
    result = CliRunner().invoke(cli, ["bench", "--jobs", "one"])
    assert result.exit_code == 2 and "comma-separated list of integers" in result.output
