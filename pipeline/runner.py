"""A run: load the pipeline, plan the inputs, annotate them in input order (on the
engine asked for), check each batch of rows against the schemas and append it to the
output, then describe the run (datapackage.json, manifest.json).

Problems are plain exceptions (ModelNotFound, RuleError, NoInputs, TablesInvalid) that
the CLI shows as messages; tables that break their schema are never written."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .annotate import annotate
from .datapackage import write_datapackage
from .extraction import extract
from .fingerprint import pipeline_fingerprint
from .incremental import ShardStore
from .inputs import input_location, plan_inputs
from .manifest import build_manifest, write_manifest
from .nlp import load_nlp
from .schemas import TablesInvalid, validate
from .tables import TABLE_NAMES, Tables
from .writers import TableSink

#: Documents whose rows are checked and appended together.
WRITE_BATCH = 256


@dataclass
class RunResult:
    counts: dict[str, int]
    documents: pd.DataFrame
    written: list[Path]
    manifest: dict = field(default_factory=dict)
    reused: int = 0

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


def _batches(doc_rows: Iterable[dict[str, list[dict]]], size: int) -> Iterator[dict[str, list[dict]]]:
    batch = {name: [] for name in TABLE_NAMES}
    n = 0
    for rows in doc_rows:
        for name, table_rows in rows.items():
            batch[name].extend(table_rows)
        n += 1
        if n >= size:
            yield batch
            batch, n = {name: [] for name in TABLE_NAMES}, 0
    if n:
        yield batch


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
    pipeline already loaded with the same model and rules. Raises TablesInvalid, and
    writes nothing, when the rows break the contract.
    """
    t0 = time.perf_counter()
    nlp = nlp or load(model, rules)
    t1 = time.perf_counter()
    plan = plan_inputs(sources)
    fingerprint = pipeline_fingerprint(nlp, rules)  # reads every rule file and source file: once per run
    cache = ShardStore(out_dir, fingerprint, reuse=not full)
    doc_rows = annotate(
        nlp,
        plan,
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
        for rows in _batches(doc_rows, WRITE_BATCH):
            tables = Tables.from_rows(rows)
            problems += validate(tables)
            sink.append(tables)
            counts.update(tables.counts())
            documents.append(tables["documents"])
        if problems:
            raise TablesInvalid(problems)
        t2 = time.perf_counter()
        written = sink.commit()
    docs = pd.concat(documents, ignore_index=True) if documents else Tables.from_rows({})["documents"]
    cache.prune(set(docs["doc_id"]))
    if fmt == "csv":
        written.append(write_datapackage(out_dir))
    t3 = time.perf_counter()
    timings = {"load_seconds": t1 - t0, "extract_seconds": t2 - t1, "write_seconds": t3 - t2, "total_seconds": t3 - t0}
    manifest = build_manifest(
        docs,
        dict(counts),
        nlp,
        rules_dir=rules,
        fmt=fmt,
        timings=timings,
        fingerprint=fingerprint,
        input_dir=input_location(plan, out_dir),
    )
    written.append(write_manifest(manifest, out_dir))
    return RunResult(dict(counts), docs, written, manifest, cache.hits)
