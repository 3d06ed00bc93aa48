"""A run: extract from sources, write the tables, report what failed."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from .nlp import ModelNotFound, load_nlp
from .rules import RuleError
from .tables import Tables


@dataclass
class RunResult:
    tables: Tables
    written: list[Path]

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
    from .extract import extract

    return extract(inputs, nlp=load(model, rules), jobs=jobs, on_document=on_document)


def execute(sources, out_dir, *, model=None, rules=None, jobs=1, on_document=None) -> RunResult:
    """Extract and write; user-facing problems (model, rules) become ClickExceptions."""
    tables = extract_tables(sources, model=model, rules=rules, jobs=jobs, on_document=on_document)
    return RunResult(tables, tables.write(out_dir))
