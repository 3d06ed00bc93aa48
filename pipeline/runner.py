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


def execute(sources, out_dir, *, model=None, rules=None, jobs=1, on_document=None) -> RunResult:
    """Extract and write; user-facing problems (model, rules) become ClickExceptions."""
    from .extract import extract

    try:
        nlp = load_nlp(model=model, rules=rules)
    except (ModelNotFound, RuleError) as e:
        raise click.ClickException(str(e)) from None
    tables = extract(sources, nlp=nlp, jobs=jobs, on_document=on_document)
    return RunResult(tables, tables.write(out_dir))
