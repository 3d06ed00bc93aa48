"""`communique bench`: speed and memory of communique against bare spaCy, in one run.

A corpus of N documents is built from the fixtures' paragraphs and written to a
temporary folder. Both pipelines are loaded first; then, for each process count, it
times bare `nlp.pipe` with the model's full English pipeline, and communique end to end
(read, extract, validate, write),
and prints documents and words per second, the ratio of the two, the speed-up from one
process to two, and the peak memory (PSS of the process and its children) of each phase.

`--big MB` measures instead one document of that size, in each shape that once
exhausted memory (paragraphs, one line without a newline, an HTML table): each is run
by `communique run` in a fresh process, whose peak resident memory is reported, so the
figure is that of a real run, model included. See docs/reliability.md.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil


@dataclass
class Measure:
    name: str
    jobs: int
    docs: int
    words: int
    seconds: float
    peak_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds


def _pss(process: psutil.Process) -> int:
    """Proportional set size: forked workers share the model's pages, and RSS would count
    them once per process."""
    try:
        return process.memory_full_info().pss
    except (psutil.Error, AttributeError):
        return process.memory_info().rss


class PeakMemory:
    """Peak memory (PSS) of this process and its children while the block runs."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()

    def _sample(self):
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                rss = _pss(me) + sum(_pss(c) for c in me.children(recursive=True))
            except psutil.Error:
                rss = 0
            self.peak = max(self.peak, rss)
            time.sleep(self.interval)

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        return False


def build_corpus(raw_dir: Path, n_docs: int, folder: Path, *, paragraphs: int = 4, seed: int = 0) -> list[str]:
    """N documents of `paragraphs` paragraphs each, drawn from the fixtures' paragraphs."""
    pool = []
    for path in sorted(Path(raw_dir).glob("*.txt")):
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            para = " ".join(para.split())
            if len(para) >= 120:
                pool.append(para)
    rng = random.Random(seed)
    texts = []
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        text = "\n\n".join(rng.choice(pool) for _ in range(paragraphs)) + "\n"
        (folder / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def run_bench(
    *,
    n_docs: int = 1000,
    jobs: tuple[int, ...] = (1, 2),
    raw_dir: Path = Path("raw"),
    model: str | None = None,
    echo=print,
) -> list[Measure]:
    import spacy

    from .nlp import load_nlp, resolve_model
    from .runner import execute

    model_name = resolve_model(model)
    results = []
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        texts = build_corpus(raw_dir, n_docs, corpus)
        words = sum(len(t.split()) for t in texts)
        echo(f"corpus: {n_docs} documents, {words} words, from the paragraphs of {raw_dir}/; model {model_name}")
        # Both pipelines are loaded before the clock starts: the figures compare processing.
        bare_nlp = spacy.load(model_name)
        our_nlp = load_nlp(model=model)
        for j in jobs:
            with PeakMemory() as mem:
                t = time.perf_counter()
                for _ in bare_nlp.pipe(texts, batch_size=32, n_process=j):
                    pass
                secs = time.perf_counter() - t
            results.append(Measure("bare spaCy (full pipeline)", j, n_docs, words, secs, mem.peak / 2**20))
            with PeakMemory() as mem:
                t = time.perf_counter()
                execute(corpus, Path(tmp) / f"out{j}", model=model, jobs=j, full=True, nlp=our_nlp)
                secs = time.perf_counter() - t
            results.append(Measure("communique end to end", j, n_docs, words, secs, mem.peak / 2**20))
    return results


def format_bench(results: list[Measure]) -> str:
    lines = [f"{'':<28}{'jobs':>5}{'docs/s':>10}{'words/s':>11}{'peak MiB':>10}{'vs bare':>9}"]
    bare = {m.jobs: m for m in results if m.name.startswith("bare")}
    for m in results:
        ratio = m.docs_per_s / bare[m.jobs].docs_per_s if m.jobs in bare else float("nan")
        lines.append(
            f"{m.name:<28}{m.jobs:>5}{m.docs_per_s:>10.1f}{m.words_per_s:>11.0f}{m.peak_mb:>10.0f}{ratio:>8.2f}x"
        )
    ours = {m.jobs: m for m in results if m.name.startswith("communique")}
    if 1 in ours and 2 in ours:
        lines.append(f"communique speed-up from 1 to 2 processes: {ours[2].docs_per_s / ours[1].docs_per_s:.2f}x")
    if 1 in bare and 2 in bare:
        lines.append(f"bare spaCy speed-up from 1 to 2 processes: {bare[2].docs_per_s / bare[1].docs_per_s:.2f}x")
    return "\n".join(lines)


#: Shapes of a big document (`communique bench --big`).
BIG_SHAPES = ("paragraphs", "line", "html")


@dataclass
class BigMeasure:
    shape: str
    megabytes: float
    seconds: float
    peak_mb: float
    status: str
    rows: int

    @property
    def chars_per_s(self) -> float:
        return self.megabytes * 2**20 / self.seconds


def _paragraphs(raw_dir: Path) -> list[str]:
    pool = []
    for path in sorted(Path(raw_dir).glob("*.txt")):
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            para = " ".join(para.split())
            if len(para) >= 120:
                pool.append(para)
    return pool


def write_big_document(path: Path, megabytes: float, shape: str, raw_dir: Path = Path("raw")) -> int:
    """Write one document of about `megabytes` MB, paragraph after paragraph of the fixtures:
    separated by blank lines (paragraphs), by spaces only (line: no newline at all), or as
    the rows of one HTML table (html). Written as it is made: never held in memory."""
    pool, size, i = _paragraphs(raw_dir), int(megabytes * 2**20), 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        if shape == "html":
            f.write("<html><head><title>Big table</title></head><body><table>\n")
        written = f.tell()
        while written < size:
            para = pool[i % len(pool)]
            if shape == "html":
                piece = f"<tr><td>{i}</td><td>{para}</td></tr>\n"
            else:
                piece = para + ("\n\n" if shape == "paragraphs" else " ")
            f.write(piece)
            written += len(piece.encode("utf-8"))
            i += 1
        if shape == "html":
            f.write("</table></body></html>\n")
    return path.stat().st_size


def big_child(folder: str, out: str, model: str) -> None:
    """`communique run` of one folder in this (fresh) process; prints its figures as JSON."""
    import resource

    from .runner import execute

    t = time.perf_counter()
    result = execute(Path(folder), Path(out), model=model or None, full=True)
    seconds = time.perf_counter() - t
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    failed = [r["error"] for r in result.failed]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_kb / 1024,
                "status": failed[0] if failed else "ok",
                "rows": sum(result.counts.values()),
            }
        )
    )


def run_big(
    megabytes: float,
    *,
    shapes: tuple[str, ...] = BIG_SHAPES,
    raw_dir: Path = Path("raw"),
    model: str | None = None,
    echo=print,
) -> list[BigMeasure]:
    """One document of `megabytes` MB per shape, each run in a fresh process."""
    results = []
    with tempfile.TemporaryDirectory(prefix="communique-big-") as tmp:
        for shape in shapes:
            folder = Path(tmp) / shape
            folder.mkdir()
            size = write_big_document(folder / f"big.{'html' if shape == 'html' else 'txt'}", megabytes, shape, raw_dir)
            echo(f"{shape}: one document of {size / 2**20:.1f} MB, run in a fresh process …")
            code = "import sys; from pipeline.bench import big_child; big_child(*sys.argv[1:])"
            done = subprocess.run(
                [sys.executable, "-c", code, str(folder), str(Path(tmp) / f"out-{shape}"), model or ""],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
                results.append(BigMeasure(shape, size / 2**20, 0.0, 0.0, f"failed: {tail}", 0))
                continue
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            results.append(
                BigMeasure(
                    shape, size / 2**20, figures["seconds"], figures["peak_mb"], figures["status"], figures["rows"]
                )
            )
    return results


def format_big(results: list[BigMeasure]) -> str:
    lines = [f"{'shape':<12}{'MB':>7}{'seconds':>9}{'chars/s':>9}{'rows':>9}{'peak MiB':>10}  status"]
    for m in results:
        rate = f"{m.chars_per_s:>9.0f}" if m.seconds else f"{'-':>9}"
        lines.append(
            f"{m.shape:<12}{m.megabytes:>7.1f}{m.seconds:>9.0f}{rate}{m.rows:>9}{m.peak_mb:>10.0f}  {m.status}"
        )
    return "\n".join(lines)
