"""`communique bench` builds its corpus and prints its figures (no timing is asserted)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline.bench import BARE, LIMIT, OURS, BenchResult, Measure, build_corpus, format_bench, statistical_components
from pipeline.cli import cli

from .conftest import RAW

ROW = re.compile(
    r"^(?P<name>bare spaCy \(full pipeline\)|the limit \(statistical only\)|communique end to end)\s+(?P<jobs>\d+)"
    r"\s+(?P<docs_s>[\d.]+)\s+(?P<words_s>\d+)\s+(?P<peak>\d+)\s+(?P<ratio>[\d.]+)x\s+(?P<vs_limit>[\d.]+)x$"
)


def test_bench_corpus_is_whole_documents_repeated_in_order(tmp_path):
    texts = build_corpus(RAW, 7, tmp_path)
    originals = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
    assert len(originals) == 5 and len(list(tmp_path.glob("*.txt"))) == 7
    assert texts == originals + originals[:2]


def test_bench_limit_is_the_statistical_components(nlp):
    assert statistical_components(nlp) == ["tok2vec", "tagger", "senter", "ner"]


def test_bench_format_computes_rates_ratios_and_speed_ups():
    """Known seconds in, known figures out: 100 docs of 5,000 words."""
    measures = [
        Measure(BARE, 1, 100, 5000, 10.0, 300.0),
        Measure(LIMIT, 1, 100, 5000, 5.0, 280.0),
        Measure(OURS, 1, 100, 5000, 8.0, 250.0),
        Measure(BARE, 2, 100, 5000, 5.0, 500.0),
        Measure(LIMIT, 2, 100, 5000, 2.5, 480.0),
        Measure(OURS, 2, 100, 5000, 2.0, 400.0),
    ]
    out = format_bench(BenchResult(measures, {"ner": 3.0, "organisations": 1.0}, ["ner"])).splitlines()
    rows = [ROW.match(line).groupdict() for line in out[1:7]]
    assert [(r["jobs"], r["docs_s"], r["words_s"], r["peak"], r["ratio"], r["vs_limit"]) for r in rows] == [
        ("1", "10.0", "500", "300", "1.00", "0.50"),
        ("1", "20.0", "1000", "280", "2.00", "1.00"),
        ("1", "12.5", "625", "250", "1.25", "0.62"),
        ("2", "20.0", "1000", "500", "1.00", "0.50"),
        ("2", "40.0", "2000", "480", "2.00", "1.00"),
        ("2", "50.0", "2500", "400", "2.50", "1.25"),
    ]
    assert out[7] == "communique speed-up from 1 to 2 processes: 4.00x"
    assert out[8] == "the limit speed-up from 1 to 2 processes: 2.00x"
    assert out[9] == "bare spaCy speed-up from 1 to 2 processes: 2.00x"
    # the rules' share of the model's time, against what 0.85x the limit leaves them (1/0.85 - 1)
    assert out[10] == (
        "rules and rows: 1.00 s, 33.3% of the model's 3.00 s (tokenizer included); at 0.85x the limit"
        " they and the run's reading and writing may take 17.6%"
    )
    assert out[11].startswith("communique's time by component (1 process, 4.0 s in all)")
    assert out[12].split() == ["ner", "model", "3.00", "s", "75.0%"]
    assert out[13].split() == ["organisations", "rules", "1.00", "s", "25.0%"]


def test_bench_prints_consistent_figures(nlp, monkeypatch):
    """The printed figures agree with each other: the corpus is the size asked for, words/s
    over docs/s is the corpus's words per document, each ratio is communique's rate over bare
    spaCy's at the same process count, and peak memory is measured."""
    monkeypatch.setattr("pipeline.nlp.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["bench", "--docs", "4", "--jobs", "1", "--corpus", str(RAW)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    corpus = re.match(r"corpus: (\d+) documents, (\d+) words: ", lines[0])
    assert corpus, lines[0]
    n_docs, n_words = int(corpus[1]), int(corpus[2])
    assert n_docs == 4 and n_words > 0
    rows = {m["name"]: m for m in (ROW.match(line) for line in lines[1:]) if m}
    assert set(rows) == {BARE, LIMIT, OURS}, result.output
    bare, limit, ours = rows[BARE], rows[LIMIT], rows[OURS]
    for row in (bare, limit, ours):
        docs_s, words_s = float(row["docs_s"]), float(row["words_s"])
        assert row["jobs"] == "1" and docs_s > 0 and words_s > 0 and int(row["peak"]) > 0
        # both rates divide by the same seconds; docs/s is printed to 0.1, words/s to 1
        assert docs_s == pytest.approx(words_s * n_docs / n_words, abs=0.05 + 0.5 * n_docs / n_words)
    assert float(ours["ratio"]) == pytest.approx(float(ours["words_s"]) / float(bare["words_s"]), abs=0.01, rel=0.01)
    assert float(ours["vs_limit"]) == pytest.approx(
        float(ours["words_s"]) / float(limit["words_s"]), abs=0.01, rel=0.01
    )
    by_component = lines[next(i for i, line in enumerate(lines) if line.startswith("communique's time")) + 1 :]
    shares = [float(line.split()[-1].rstrip("%")) for line in by_component]
    assert len(shares) >= len(nlp.pipe_names) and sum(shares) == pytest.approx(100, abs=0.5)


def test_bench_rejects_bad_jobs():
    result = CliRunner().invoke(cli, ["bench", "--jobs", "one"])
    assert result.exit_code == 2 and "comma-separated list of integers" in result.output
