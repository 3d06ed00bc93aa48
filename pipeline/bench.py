"""`communique bench`: speed and memory of communique against spaCy itself, in one run.

The corpus is real text: whole documents from `../shared/dev/raw` when it is there (else
the project's `raw/`), repeated in order until it holds N documents, written to a
temporary folder. Three pipelines are loaded before any clock starts; then, for each
process count, it times

- bare spaCy: `spacy.load` of the same model, its full pipeline, through `nlp.pipe`;
- the limit: the same model with only the statistical components communique runs
  (`nlp.pipe`) — communique cannot be faster than this;
- communique end to end: read, extract, check and write the tables (`runner.execute`),

and prints documents and words per second, the ratios to bare spaCy and to the limit,
the speed-up from one process to two, the peak memory (PSS of the process and its
workers) of each phase, and where communique's own time goes, component by component.
Figures from one run compare; figures from two runs on a shared machine do not.

`--big MB` measures instead one document of that size, in each shape that once
exhausted memory (paragraphs, one line without a newline, an HTML table): each is run
by `communique run` in a fresh process, whose peak resident memory is reported, so the
figure is that of a real run, model included. See docs/reliability.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from .paths import PROJECT_ROOT

BARE, LIMIT, OURS = "bare spaCy (full pipeline)", "the limit (statistical only)", "communique end to end"
#: The speed issue's bar: communique end to end at this fraction of the limit's speed or faster.
LIMIT_BAR = 0.85
#: Where the corpus comes from by default: real releases of many sites, else the fixtures.
DEV_RAW = PROJECT_ROOT.parent / "shared" / "dev" / "raw"


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


@dataclass
class BenchResult:
    measures: list[Measure]
    components: dict[str, float]  # seconds per component of communique's pipeline, 1 process
    statistical: list[str]  # the components that make the limit


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
                pss = _pss(me) + sum(_pss(c) for c in me.children(recursive=True))
            except psutil.Error:
                pss = 0
            self.peak = max(self.peak, pss)
            time.sleep(self.interval)

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        return False


def default_corpus() -> Path:
    return DEV_RAW if DEV_RAW.is_dir() else PROJECT_ROOT / "raw"


def build_corpus(source: Path, n_docs: int, folder: Path) -> list[str]:
    """N documents: the readable documents of `source`, in name order, repeated as often as
    needed, each written to `folder` under a name of its own."""
    from .inputs import plan_inputs

    texts = [s.text for s in plan_inputs(source) if s.text]
    if not texts:
        raise ValueError(f"no readable documents in {source} to build a corpus from")
    folder.mkdir(parents=True, exist_ok=True)
    corpus = [texts[i % len(texts)] for i in range(n_docs)]
    for i, text in enumerate(corpus):
        (folder / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
    return corpus


def statistical_components(nlp) -> list[str]:
    """The trained components a pipeline runs (tok2vec, tagger, senter, parser, ner…)."""
    from spacy.pipeline import TrainablePipe

    return [name for name, proc in nlp.pipeline if isinstance(proc, TrainablePipe)]


def load_limit(model_name: str, keep: list[str]):
    """The model with only the components in `keep`, all enabled."""
    import spacy

    full = spacy.load(model_name)
    names = list(full.pipe_names) + list(full.disabled)
    limit = spacy.load(model_name, exclude=[n for n in names if n not in keep])
    for name in list(limit.disabled):
        limit.enable_pipe(name)
    return limit


def component_seconds(nlp, texts: list[str], batch_size: int = 32) -> dict[str, float]:
    """Seconds spent in each step of communique's pipeline over `texts` (one process):
    the tokenizer, each component, and turning Docs into rows. Memory zones span
    batches as in a run (`single_process.MemoryZones`)."""
    from .io import SourceDocument
    from .single_process import MemoryZones
    from .tables import doc_rows

    seconds: dict[str, float] = defaultdict(float)
    zones = MemoryZones(nlp)
    for start in range(0, len(texts), batch_size):
        batch = texts[start : start + batch_size]
        zones.open()
        t = time.perf_counter()
        docs = [nlp.make_doc(text) for text in batch]
        seconds["tokenizer"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            seconds[name] += time.perf_counter() - t
        t = time.perf_counter()
        # the text each Doc was made from, as a run's source holds it (`doc.text` would join
        # every token again inside the rows' time)
        for i, (doc, text) in enumerate(zip(docs, batch)):
            doc_rows(doc, SourceDocument(doc_id=f"d{i}", path="", sha256="0" * 64, text=text))
        seconds["rows (tables.doc_rows)"] += time.perf_counter() - t
        zones.done(batch)
    zones.close()
    return dict(seconds)


def _timed(name: str, jobs: int, docs: int, words: int, work: Callable[[], object]) -> Measure:
    with PeakMemory() as mem:
        t = time.perf_counter()
        work()
        secs = time.perf_counter() - t
    return Measure(name, jobs, docs, words, secs, mem.peak / 2**20)


def run_bench(
    *,
    n_docs: int = 500,
    jobs: tuple[int, ...] = (1, 2),
    source: Path | None = None,
    model: str | None = None,
    echo=print,
) -> BenchResult:
    import spacy

    from .nlp import load_nlp, resolve_model
    from .runner import execute

    source = Path(source or default_corpus())
    model_name = resolve_model(model)
    measures = []
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        texts = build_corpus(source, n_docs, corpus)
        words = sum(len(t.split()) for t in texts)
        # All pipelines are loaded before the clock starts: the figures compare processing.
        ours = load_nlp(model=model)
        statistical = statistical_components(ours)
        bare, limit = spacy.load(model_name), load_limit(model_name, statistical)
        unique = len(set(texts))
        echo(f"corpus: {n_docs} documents, {words} words: {unique} documents of {source}, repeated; model {model_name}")
        echo(f"the limit runs: {', '.join(statistical)}")
        for j in jobs:

            def run_bare(nlp=bare, j=j):
                for _ in nlp.pipe(texts, batch_size=32, n_process=j):
                    pass

            measures.append(_timed(BARE, j, n_docs, words, run_bare))
            measures.append(_timed(LIMIT, j, n_docs, words, lambda j=j: run_bare(limit, j)))
            out = Path(tmp) / f"out{j}"
            measures.append(
                _timed(OURS, j, n_docs, words, lambda j=j, out=out: execute(corpus, out, jobs=j, full=True, nlp=ours))
            )
        components = component_seconds(ours, texts)
    return BenchResult(measures, components, statistical)


def format_bench(result: BenchResult) -> str:
    measures = result.measures
    by = {(m.name, m.jobs): m for m in measures}
    lines = [f"{'':<30}{'jobs':>5}{'docs/s':>10}{'words/s':>11}{'peak MiB':>10}{'vs bare':>9}{'vs limit':>10}"]
    for m in measures:
        bare, limit = by.get((BARE, m.jobs)), by.get((LIMIT, m.jobs))
        vs_bare = f"{m.docs_per_s / bare.docs_per_s:.2f}x" if bare else "-"
        vs_limit = f"{m.docs_per_s / limit.docs_per_s:.2f}x" if limit else "-"
        lines.append(
            f"{m.name:<30}{m.jobs:>5}{m.docs_per_s:>10.1f}{m.words_per_s:>11.0f}{m.peak_mb:>10.0f}{vs_bare:>9}{vs_limit:>10}"
        )
    for name, label in ((OURS, "communique"), (LIMIT, "the limit"), (BARE, "bare spaCy")):
        if (name, 1) in by and (name, 2) in by:
            lines.append(
                f"{label} speed-up from 1 to 2 processes: {by[(name, 2)].docs_per_s / by[(name, 1)].docs_per_s:.2f}x"
            )
    if result.components:
        total = sum(result.components.values())
        statistical = set(result.statistical)
        model = sum(secs for name, secs in result.components.items() if name in statistical or name == "tokenizer")
        rules = total - model
        if model:
            # communique / the limit = model / (model + rules + the run): the bar's share of the model
            allowed = 100 * (1 / LIMIT_BAR - 1)
            lines.append(
                f"rules and rows: {rules:.2f} s, {100 * rules / model:.1f}% of the model's {model:.2f} s (tokenizer"
                f" included); at {LIMIT_BAR:.2f}x the limit they and the run's reading and writing may take"
                f" {allowed:.1f}%"
            )
        lines.append(f"communique's time by component (1 process, {total:.1f} s in all):")
        for name, secs in sorted(result.components.items(), key=lambda kv: -kv[1]):
            kind = "model" if name in statistical else "spaCy" if name == "tokenizer" else "rules"
            lines.append(f"  {name:<28}{kind:<7}{secs:>8.2f} s{100 * secs / total:>7.1f}%")
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
