"""The annotation of documents in this one process, which every engine runs: the local
engine here, the others in their worker processes (pipeline.engines).

Documents stream through `nlp.pipe` in batches, each batch inside a memory zone so the
string store does not grow over a long run. Texts longer than `nlp.max_length` go
through in paragraph chunks whose rows are shifted back onto the whole text and merged.
A component that fails on a document turns it into an error row; the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language

from .io import SourceDocument
from .tables import TABLE_NAMES, doc_rows, document_row


def _batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def paragraph_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of a text longer than spaCy's max_length, cut at paragraph
    breaks (or line breaks, or anywhere as a last resort) so each is under `limit`."""
    chunks, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\r\n\r\n"))
        if cut <= 0:
            cut = window.rfind("\n")
        if cut <= 0:
            cut = max(window.rfind(" "), limit - 1)
        chunks.append((start, text[start : start + cut + 1]))
        start += cut + 1
    chunks.append((start, text[start:]))
    return chunks


_FAILURES: dict[str, str] = {}


def _record_failure(name, proc, docs, error) -> None:
    """spaCy error handler: a component that fails on a document drops that document
    (it becomes an error row) instead of stopping the run."""
    for doc in docs:
        context = getattr(doc, "_context", None)
        if context is not None:
            _FAILURES[context[0]] = f"component {name!r} failed: {type(error).__name__}: {error}"


def _shift(rows: dict[str, list[dict]], offset: int) -> None:
    if offset:
        for table in rows.values():
            for r in table:
                if "char_start" in r:
                    r["char_start"] += offset
                    r["char_end"] += offset


def _merge_chunks(parts: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """One document's rows from its chunks: people and organisations merged by id
    (mentions summed, first mention kept), the document row from the first chunk."""
    merged = {name: [] for name in TABLE_NAMES}
    merged["documents"] = parts[0]["documents"]
    for key, table in (("person_id", "people"), ("org_id", "organisations")):
        seen: dict[str, dict] = {}
        for part in parts:
            for r in part[table]:
                if r[key] in seen:
                    first = seen[r[key]]
                    first["mentions"] += r["mentions"]
                    if table == "people":
                        names = (
                            set(filter(None, first["aliases"].split("|")))
                            | set(filter(None, r["aliases"].split("|")))
                            | {r["name"]}
                        )
                        first["aliases"] = "|".join(sorted(names - {first["name"]}))
                else:
                    seen[r[key]] = r
                    merged[table].append(r)
    for name in TABLE_NAMES:
        if name not in ("documents", "people", "organisations"):
            merged[name] = [r for part in parts for r in part[name]]
    return merged


def annotate_in_this_process(
    nlp: Language,
    sources: Iterable[SourceDocument],
    *,
    batch_size: int = 32,
    chunk: int = 256,
    on_document: Callable[[SourceDocument], None] | None = None,
    cache=None,
) -> Iterator[dict[str, list[dict]]]:
    """Yield each document's rows, per table, in input order; unreadable or failing
    documents yield an error row.

    With a `cache` (an incremental run's ShardStore), documents it holds are not
    processed again, and new rows are kept in it.
    """
    nlp.default_error_handler = _record_failure  # our components; set_error_handler breaks on the parser
    for batch in _batched(sources, chunk):
        cached = {s.doc_id: cache.get(s.doc_id, s.sha256) for s in batch if cache is not None and not s.error}
        cached = {k: v for k, v in cached.items() if v is not None}
        readable = {s.doc_id: s for s in batch if not s.error and s.doc_id not in cached}
        work = [
            (piece, (s.doc_id, offset))
            for s in readable.values()
            for offset, piece in paragraph_chunks(s.text, nlp.max_length - 1)
        ]
        results: dict[str, list[dict[str, list[dict]]]] = {}
        expected = {}
        for _, (doc_id, _) in work:
            expected[doc_id] = expected.get(doc_id, 0) + 1
        with nlp.memory_zone():
            for doc, (doc_id, offset) in nlp.pipe(work, as_tuples=True, batch_size=batch_size):
                rows = doc_rows(doc, readable[doc_id])
                _shift(rows, offset)
                results.setdefault(doc_id, []).append(rows)
        for s in batch:
            parts = results.get(s.doc_id, [])
            if s.doc_id in cached:
                yield cached[s.doc_id]
            elif not s.error and parts and len(parts) == expected[s.doc_id]:
                rows = parts[0] if len(parts) == 1 else _merge_chunks(parts)
                if cache is not None:
                    cache.put(s.doc_id, s.sha256, rows)
                yield rows
            else:
                error = s.error or _FAILURES.pop(s.doc_id, "") or "the pipeline failed on this document"
                yield {name: [] for name in TABLE_NAMES} | {"documents": [document_row(s, error=error)]}
            if on_document:
                on_document(s)
