"""A run: load the pipeline, extract, validate, then write the tables, the data package
and the manifest. Problems a user can fix (model, rules, inputs) become ClickExceptions;
tables that break their schema are never written."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import click

from .datapackage import write_datapackage
from .manifest import build_manifest, write_manifest
from .nlp import ModelNotFound, load_nlp
from .rules import RuleError
from .schemas import TablesInvalid, check
from .tables import Tables


@dataclass
class RunResult:
    tables: Tables
    written: list[Path]
    manifest: dict = field(default_factory=dict)

    @property
    def failed(self) -> list[dict]:
        docs = self.tables["documents"]
        return docs[docs["status"] == "error"].to_dict("records")


def load(model=None, rules=None):
    """The pipeline, with model and rule problems turned into user errors."""
    try:
        return load_nlp(model=model, rules=rules)
    except (ModelNotFound, RuleError) as e:
        raise click.ClickException(str(e)) from None


def extract_tables(inputs, *, model=None, rules=None, jobs=1, on_document=None) -> Tables:
    from .extraction import extract

    return extract(inputs, nlp=load(model, rules), jobs=jobs, on_document=on_document)


def execute(sources, out_dir, *, model=None, rules=None, jobs=1, on_document=None, fmt: str = "csv",
            formula_guard: bool = True) -> RunResult:
    """Extract from `sources` and write everything into `out_dir`, or nothing at all."""
    from .extraction import extract

    t0 = time.perf_counter()
    nlp = load(model, rules)
    t1 = time.perf_counter()
    tables = extract(sources, nlp=nlp, jobs=jobs, on_document=on_document)
    t2 = time.perf_counter()
    try:
        check(tables)
    except TablesInvalid as e:
        raise click.ClickException(str(e)) from None
    written = tables.write(out_dir, format=fmt, formula_guard=formula_guard)
    if fmt == "csv":
        written.append(write_datapackage(out_dir))
    t3 = time.perf_counter()
    timings = {"load_seconds": t1 - t0, "extract_seconds": t2 - t1, "write_seconds": t3 - t2, "total_seconds": t3 - t0}
    manifest = build_manifest(tables, nlp, rules_dir=rules, fmt=fmt, timings=timings)
    written.append(write_manifest(manifest, out_dir))
    return RunResult(tables, written, manifest)
