"""The library's public entry point: inputs in, Tables out, in memory. `communique run`
(pipeline.runner) goes the same way but streams the rows to files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from .annotate import annotate
from .inputs import plan_inputs
from .io import SourceDocument
from .tables import TABLE_NAMES, Tables


def extract(
    inputs,
    *,
    model: str | None = None,
    rules: str | Path | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    nlp: Language | None = None,
    on_document: Callable[[SourceDocument], None] | None = None,
) -> Tables:
    """Extract every contract table from `inputs` (a folder, a file, paths, or texts)."""
    if nlp is None:
        from .nlp import load_nlp  # the model and rule files are read here, not on import

        nlp = load_nlp(model=model, rules=rules)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for doc_rows in annotate(nlp, plan_inputs(inputs), batch_size=batch_size, jobs=jobs, on_document=on_document):
        for name, table_rows in doc_rows.items():
            rows[name].extend(table_rows)
    return Tables.from_rows(rows)
