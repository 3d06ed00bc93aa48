"""The library entry point: inputs in, Tables out. The CLI is a thin layer over this.

Data flows one way: read (io) → annotate (spaCy Doc) → tabulate (tables) → write.
Documents stream through `nlp.pipe` in batches, each batch inside a memory zone so
the string store does not grow over a long run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from .io import SourceDocument, discover, read_source
from .tables import TABLE_NAMES, Tables, doc_rows, document_row


def sources_from(inputs, root: Path | None = None) -> Iterator[SourceDocument]:
    """SourceDocuments from a folder, a file, a list of paths, or a list of raw texts."""
    if isinstance(inputs, (str, Path)) and Path(inputs).exists():
        root = Path(inputs) if Path(inputs).is_dir() else Path(inputs).parent
        for path in discover(inputs):
            yield read_source(path, root)
        return
    if isinstance(inputs, str):
        inputs = [inputs]
    for i, item in enumerate(inputs):
        if isinstance(item, SourceDocument):
            yield item
        elif isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and Path(item).is_file()):
            yield read_source(item, root)
        else:
            yield SourceDocument(doc_id=f"text-{i:05d}", path="", sha256="", text=str(item))


def _batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_FAILURES: dict[str, str] = {}


def _record_failure(name, proc, docs, error) -> None:
    """spaCy error handler: a component that fails on a document drops that document
    (it becomes an error row) instead of stopping the run."""
    for doc in docs:
        doc_id = getattr(doc, "_context", None)
        if doc_id is not None:
            _FAILURES[doc_id] = f"component {name!r} failed: {type(error).__name__}: {error}"


def annotate(
    nlp: Language, sources: Iterable[SourceDocument], *, batch_size: int = 32, chunk: int = 256, jobs: int = 1,
    on_document: Callable[[SourceDocument], None] | None = None,
) -> Iterator[dict[str, list[dict]]]:
    """Yield each document's rows, per table; unreadable or failing documents yield an error row."""
    for batch in _batched(sources, chunk):
        readable = {s.doc_id: s for s in batch if not s.error}
        failed: dict[str, str] = {}
        for s in readable.values():
            if len(s.text) > nlp.max_length:
                failed[s.doc_id] = f"text of {len(s.text)} characters is longer than the model's max_length ({nlp.max_length})"
        with nlp.memory_zone():
            todo = [(s.text, s.doc_id) for s in readable.values() if s.doc_id not in failed]
            nlp.default_error_handler = _record_failure  # our components; set_error_handler breaks on the parser
            done = set()
            for doc, doc_id in nlp.pipe(todo, as_tuples=True, batch_size=batch_size, n_process=jobs):
                done.add(doc_id)
                yield doc_rows(doc, readable[doc_id])
                if on_document:
                    on_document(readable[doc_id])
        for s in batch:
            if s.doc_id in done:
                continue
            error = s.error or failed.get(s.doc_id) or _FAILURES.pop(s.doc_id, "") or "the pipeline failed on this document"
            yield {name: [] for name in TABLE_NAMES} | {"documents": [document_row(s, error=error)]}
            if on_document:
                on_document(s)


def extract(
    inputs, *, model: str | None = None, rules: str | Path | None = None, jobs: int = 1, batch_size: int = 32,
    nlp: Language | None = None, on_document: Callable[[SourceDocument], None] | None = None,
) -> Tables:
    """Extract every contract table from `inputs` (a folder, a file, paths, or texts)."""
    from .nlp import load_nlp

    nlp = nlp or load_nlp(model=model, rules=rules)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for doc_rows_ in annotate(nlp, sources_from(inputs), batch_size=batch_size, jobs=jobs, on_document=on_document):
        for name, table_rows in doc_rows_.items():
            rows[name].extend(table_rows)
    return Tables.from_rows(rows)
