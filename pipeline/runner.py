"""A run: load the pipeline, plan the inputs, annotate them in input order (on the
engine asked for), check each batch of rows against the schemas and append it to the
output, then describe the run (datapackage.json, manifest.json) and move everything
into place together.

A run survives any input: a file that cannot be read, or on which the pipeline or the
rows fail, is an error row and the others go on. The output folder is locked for the
run's length, what killed runs left there is cleaned up first, and a failure to write
(a full disk, a read-only folder) is an OutputError that names the path and leaves the
last good tables as they were.

Problems are plain exceptions (ModelNotFound, RuleError, NoInputs, TablesInvalid,
OutputError) that the CLI shows as one-line messages."""

from __future__ import annotations

import datetime
import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .annotate import annotate
from .datapackage import descriptor
from .extraction import extract
from .fingerprint import pipeline_fingerprint
from .incremental import ShardStore
from .inputs import InputPlan, input_location, plan_inputs
from .io import STATE_DIR, SourceDocument, open_output, shown
from .manifest import build_manifest, manifest_text, run_log
from .nlp import load_nlp
from .schemas import TablesInvalid, validate
from .tables import TABLE_NAMES, Tables
from .writers import OutputError, OutputLock, TableSink, output_error, recover

#: Documents whose rows are checked and appended together.
WRITE_BATCH = 256
#: Rows checked and appended together, at most (a few very large documents).
WRITE_ROWS = 100_000
RUN_LOG = "run.json"


@dataclass
class RunResult:
    counts: dict[str, int]
    documents: pd.DataFrame
    written: list[Path]
    manifest: dict = field(default_factory=dict)
    reused: int = 0
    #: (path, what the reader repaired) for documents read with a repair.
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[dict]:
        docs = self.documents
        return docs[docs["status"] == "error"].to_dict("records")


def load(model=None, rules=None):
    """The pipeline; ModelNotFound or RuleError when the model or a rule file is unusable."""
    return load_nlp(model=model, rules=rules)


def extract_tables(inputs, *, model=None, rules=None, jobs=1, on_document=None) -> Tables:
    """The tables of `inputs`, in memory (pipeline.extract with this module's loader)."""
    return extract(inputs, nlp=load(model, rules), jobs=jobs, on_document=on_document)


def _batches(doc_rows: Iterable[dict[str, list[dict]]], size: int, max_rows: int) -> Iterator[dict[str, list[dict]]]:
    batch = {name: [] for name in TABLE_NAMES}
    n = rows_in = 0
    for rows in doc_rows:
        for name, table_rows in rows.items():
            batch[name].extend(table_rows)
            rows_in += len(table_rows)
        n += 1
        if n >= size or rows_in >= max_rows:
            yield batch
            batch, n, rows_in = {name: [] for name in TABLE_NAMES}, 0, 0
    if n:
        yield batch


def _watch(sources: Iterable[SourceDocument], warnings: list[str]) -> Iterator[SourceDocument]:
    for s in sources:
        if s.warning:
            warnings.append(f"{s.path or s.doc_id}: {s.warning}")
        yield s


def execute(
    sources,
    out_dir,
    *,
    model=None,
    rules=None,
    jobs=1,
    on_document=None,
    fmt: str = "csv",
    formula_guard: bool = True,
    full: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    nlp=None,
) -> RunResult:
    """Extract from `sources` into `out_dir`: everything, or nothing at all.

    Unless `full`, documents whose file and pipeline are unchanged since the last run
    into `out_dir` are not processed again (see pipeline.incremental). `nlp` reuses a
    pipeline already loaded with the same model and rules. Raises OutputError when the
    folder cannot be written (or another run holds it), TablesInvalid when rows break the
    contract (a bug); the old tables then stay as they were.
    """
    started = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    plan = sources if isinstance(sources, InputPlan) else plan_inputs(sources, exclude=[out_dir])
    nlp = nlp or load(model, rules)
    t1 = time.perf_counter()
    with OutputLock(out_dir):
        try:
            recover(out_dir)
        except OSError as e:
            raise output_error(e, out_dir) from None
        fingerprint = pipeline_fingerprint(nlp, rules)  # reads every rule file and source file: once per run
        cache = ShardStore(out_dir, fingerprint, reuse=not full)
        cache.prune(set(plan.doc_ids()))  # space for this run's rows, before it needs any
        warnings: list[str] = []
        doc_rows = annotate(
            nlp,
            _watch(plan, warnings),
            engine=engine,
            jobs=jobs,
            scheduler=scheduler,
            model=model,
            rules=rules,
            cache=cache,
            on_document=on_document,
        )
        counts: Counter = Counter({name: 0 for name in TABLE_NAMES})
        documents, problems = [], []
        with TableSink(out_dir, format=fmt, formula_guard=formula_guard) as sink:
            for rows in _batches(doc_rows, WRITE_BATCH, WRITE_ROWS):
                tables = Tables.from_rows(rows)
                problems += validate(tables)
                sink.append(tables)
                counts.update(tables.counts())
                documents.append(tables["documents"])
            if problems:
                raise TablesInvalid(problems)
            t2 = time.perf_counter()
            docs = pd.concat(documents, ignore_index=True) if documents else Tables.from_rows({})["documents"]
            skipped = [shown(_relative(p, plan.root)) for p in plan.skipped]
            manifest = build_manifest(
                docs,
                dict(counts),
                nlp,
                rules_dir=rules,
                fmt=fmt,
                fingerprint=fingerprint,
                skipped=skipped,
                input_dir=input_location(plan, out_dir),
            )
            if fmt == "csv":
                sink.add_file("datapackage.json", json.dumps(descriptor(), indent=1, ensure_ascii=False) + "\n")
            sink.add_file("manifest.json", manifest_text(manifest))
            written = sink.commit()
        t3 = time.perf_counter()
        timings = {
            "load_seconds": t1 - t0,
            "extract_seconds": t2 - t1,
            "write_seconds": t3 - t2,
            "total_seconds": t3 - t0,
        }
        warnings += cache.warnings
        log = run_log(manifest, timings=timings, reused=cache.hits, warnings=warnings, started=started)
        _write_run_log(out_dir, log, warnings)
    return RunResult(dict(counts), docs, written, manifest, cache.hits, warnings, skipped)


def _relative(path: Path, root: Path | None) -> str:
    try:
        return path.relative_to(root).as_posix() if root is not None else path.as_posix()
    except ValueError:
        return path.as_posix()


def _write_run_log(out_dir: Path, log: dict, warnings: list[str]) -> None:
    """The run log, `.communique/run.json`: not part of the tables, so its failure is a warning."""
    path = out_dir / STATE_DIR / RUN_LOG
    try:
        with open_output(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(log, indent=1, ensure_ascii=False) + "\n")
    except OSError as e:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
        warnings.append(f"{path}: run log not written ({e.strerror or e})")


__all__ = ["OutputError", "RunResult", "execute", "extract_tables", "load"]
