"""The library's public entry point: inputs in, Tables out, in memory. `communique run`
(pipeline.runner) goes the same way but streams the rows to files."""

from __future__ import annotations

import warnings
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
    """Extract every contract table from `inputs`, in memory.

    `inputs` is a folder or a file (a `Path`, or a string naming one; `~` is expanded),
    a `{doc_id: text}` dict, or a list of paths and texts (a text gets the doc_id
    `text-NNNNN`). A string that looks like a path but names no file raises
    FileNotFoundError. Documents that cannot be read or processed get an error row in
    `documents` and a DocumentsFailed warning names them.
    """
    if nlp is None:
        from .nlp import load_nlp  # the model and rule files are read here, not on import

        nlp = load_nlp(model=model, rules=rules)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for doc_rows in annotate(nlp, plan_inputs(inputs), batch_size=batch_size, jobs=jobs, on_document=on_document):
        for name, table_rows in doc_rows.items():
            rows[name].extend(table_rows)
    tables = Tables.from_rows(rows)
    warn_failed(tables)
    return tables


class DocumentsFailed(UserWarning):
    """Some documents could not be read or processed: they have error rows in `documents`."""


def warn_failed(tables: Tables, *, stacklevel: int = 3) -> None:
    """Warn, naming each document whose row in `documents` says `error`."""
    docs = tables["documents"]
    failed = docs[docs["status"] == "error"]
    if len(failed):
        listed = "; ".join(f"{r.doc_id}: {r.error}" for r in failed.head(10).itertuples())
        more = f"; and {len(failed) - 10} more" if len(failed) > 10 else ""
        warnings.warn(
            f"{len(failed)} of {len(docs)} documents could not be read or processed "
            f"(their rows in `documents` say why): {listed}{more}",
            DocumentsFailed,
            stacklevel=stacklevel,
        )
