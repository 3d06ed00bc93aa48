"""Big documents (issue 17, case 2): memory is bounded whatever a document's size or
shape, because spaCy never sees more than CHUNK_CHARS characters as one Doc nor more
than BATCH_CHARS in one batch; a line of megabytes without a newline is still cut.

Peak memory itself is measured by `communique bench --big MB` (docs/reliability.md),
not here: a test checks the bound on what spaCy is given, and that the benchmark runs."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (the Doc extensions rows are read from)
from pipeline import single_process
from pipeline.io import SourceDocument

SENTENCE = "More than 300 delegates from 40 countries met in Vienna on 12 May 2020. "


def covers(text, bounds, limit):
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(0 < end - start <= limit for start, end in bounds)


@pytest.mark.parametrize(
    "text, limit, cut_after",
    [
        ("First paragraph here.\n\nSecond one. Third sentence.\nA line", 40, "\n\n"),
        ("One line. Another line here.\nThen the rest of it goes on", 40, "\n"),
        ("Ministers met in Vienna today. Delegates talked at length about water", 40, ". "),
        ("words without any sentence end but spaces in between them all", 40, " "),
        ("x" * 100, 40, None),
    ],
    ids=["paragraph", "line", "sentence", "space", "hard window"],
)
def test_reliability_chunks_cut_at_paragraph_then_line_sentence_space(text, limit, cut_after):
    bounds = single_process.chunk_bounds(text, limit)
    covers(text, bounds, limit)
    first = text[: bounds[0][1]]
    assert len(bounds) > 1
    if cut_after is None:
        assert len(first) == limit
    else:
        assert first.endswith(cut_after) or first.endswith(cut_after.strip() + " ")


def test_reliability_five_megabyte_line_is_annotated_in_bounded_pieces():
    """A 5 MB single-line file was one 5 MB Doc (14.9 GB peak); now spaCy is given pieces
    of at most CHUNK_CHARS, at most BATCH_CHARS at a time, and the rows cover the file."""
    text = SENTENCE * (5 * 2**20 // len(SENTENCE))
    nlp = spacy.blank("en")
    given = []
    real_pipe = nlp.pipe

    def pipe(items, *args, **kwargs):
        if kwargs.get("as_tuples"):  # communique's call (spaCy then calls pipe again with Docs)
            items = list(items)
            given.append([len(t) for t, _ in items])
        return real_pipe(items, *args, **kwargs)

    nlp.pipe = pipe
    source = SourceDocument("big", "big.txt", "0" * 64, text)
    (rows,) = list(single_process.annotate_in_this_process(nlp, [source]))
    assert rows["documents"][0]["status"] == "ok", rows["documents"][0]["error"]
    assert rows["documents"][0]["chars"] == len(text)
    assert max(max(batch) for batch in given) <= single_process.CHUNK_CHARS
    assert max(sum(batch) for batch in given) <= single_process.BATCH_CHARS
    assert sum(map(sum, given)) == len(text)


def test_reliability_bench_big_reports_peak_memory():
    """`communique bench --big MB` runs one document per shape in a fresh process and
    reports its peak memory (here a small one: the figures for 20 MB are in docs/reliability.md)."""
    from pipeline.bench import format_big, run_big

    results = run_big(0.02, shapes=("html",), echo=lambda *a: None)
    assert [m.shape for m in results] == ["html"]
    for m in results:
        assert m.status == "ok" and m.rows > 0 and 0 < m.peak_mb < 1536, m
    assert "peak MiB" in format_big(results)


def test_reliability_memory_zones_span_batches_and_stay_bounded(monkeypatch):
    """Several batches share a memory zone (the tokenizer keeps its lexemes between
    them), but a zone ends once it reached ZONE_CHUNKS chunks or ZONE_CHARS characters,
    so the strings a zone makes stay bounded; the rows are the same whatever the zones."""
    nlp = spacy.blank("en")
    sources = [SourceDocument(f"d{i}", f"d{i}.txt", "0" * 64, SENTENCE * (1 + i % 3)) for i in range(40)]
    expected = list(single_process.annotate_in_this_process(nlp, sources, batch_size=4))
    zones = []
    real_zone = nlp.memory_zone

    def memory_zone(*args, **kwargs):
        zones.append(len(zones))
        return real_zone(*args, **kwargs)

    nlp.memory_zone = memory_zone
    monkeypatch.setattr(single_process, "ZONE_CHUNKS", 10)  # 3 batches of 4 chunks
    assert list(single_process.annotate_in_this_process(nlp, sources, batch_size=4)) == expected
    assert len(zones) == 4
    zones.clear()
    monkeypatch.setattr(single_process, "ZONE_CHARS", len(SENTENCE) * 8)  # 1-2 batches
    assert list(single_process.annotate_in_this_process(nlp, sources, batch_size=4)) == expected
    assert 5 <= len(zones) <= 10


def test_reliability_a_workers_memory_zone_spans_its_partitions(monkeypatch):
    """A worker process annotates partitions of a few documents one after another: with
    its MemoryZones kept between them, a zone spans several partitions (still bounded by
    ZONE_CHUNKS), and the rows are those of partitions annotated each in its own zones."""
    nlp = spacy.blank("en")
    sources = [SourceDocument(f"d{i}", f"d{i}.txt", "0" * 64, SENTENCE * (1 + i % 3)) for i in range(40)]
    parts = [sources[i : i + 4] for i in range(0, len(sources), 4)]
    expected = [r for part in parts for r in single_process.annotate_in_this_process(nlp, part)]
    entered = []
    real_zone = nlp.memory_zone

    def memory_zone(*args, **kwargs):
        entered.append(1)
        return real_zone(*args, **kwargs)

    nlp.memory_zone = memory_zone
    monkeypatch.setattr(single_process, "ZONE_CHUNKS", 12)
    zones = single_process.MemoryZones(nlp)
    rows = [r for part in parts for r in single_process.annotate_in_this_process(nlp, part, zones=zones)]
    assert rows == expected
    assert len(entered) == 4  # 10 partitions of 4 chunks, a zone ends at 12 chunks
    assert zones._zone is not None  # the last one stays open for the next partition
    zones.close()
    assert zones._zone is None and not nlp.vocab.in_memory_zone
