"""The annotation of documents in this one process, which every engine runs: the local
engine here, the others in their worker processes (pipeline.engines).

Documents stream through `nlp.pipe` in small batches. Several batches share a memory
zone (at most ZONE_CHUNKS chunks and about ZONE_CHARS characters), so the string store
does not grow over a long run while the tokenizer keeps the words it has seen for the
next batches: a zone per batch of 32 made it build every lexeme again each batch
(tokenizer 0.93 s per 500 documents, against 0.66 s with a zone per 256). A worker
process keeps its MemoryZones from one partition to the next (pipeline.engines). Memory
is bounded whatever a document's size or shape:

- a text longer than CHUNK_CHARS goes through in chunks cut at a paragraph break, else
  a line break, else a sentence end, else a space (in the second half of the chunk
  where there is one), else anywhere: a line of a megabyte without a space is still
  cut; each chunk's rows are shifted back onto the whole text and merged;
- a batch holds at most `batch_size` chunks and BATCH_CHARS characters, so a few large
  documents are not annotated at once.

Each document's rows are yielded (and kept in the incremental run's cache) as soon as
its last chunk is done, in input order. A component that fails on a document, or rows
that cannot be made from it, turn it into an error row; the run goes on.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language

from .io import SourceDocument
from .tables import TABLE_NAMES, doc_rows, document_row

#: Longest piece of text annotated as one spaCy Doc (also never above nlp.max_length).
#: A Doc costs about 3 KB of memory per character while it is annotated.
CHUNK_CHARS = 100_000
#: Most characters annotated in one batch.
BATCH_CHARS = 100_000
#: A memory zone ends after the batch that reaches ZONE_CHUNKS chunks or ZONE_CHARS
#: characters: what it made (strings, lexemes, the tokenizer's cache) is then freed.
ZONE_CHUNKS = 256
ZONE_CHARS = 1_000_000

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def _last_break(window: str, start: int) -> int:
    """The index of the last character of the last break in window[start:] (a paragraph
    break, else a line break, else a sentence end, else a space), or -1."""
    for sep in ("\n\n", "\r\n\r\n"):
        at = window.rfind(sep, start)
        if at > 0:
            return at + len(sep) - 1
    at = window.rfind("\n", start)
    if at > 0:
        return at
    ends = [m.end() - 1 for m in _SENTENCE_END.finditer(window, start)]
    if ends:
        return ends[-1]
    at = max(window.rfind(" ", start), window.rfind("\t", start))
    return at if at > 0 else -1


def _cut(window: str, limit: int) -> int:
    """Where to end a chunk within `window` (the index of its last character): the best
    break in its second half, else in all of it, else the window's end."""
    at = _last_break(window, len(window) // 2)
    if at < 0:
        at = _last_break(window, 0)
    return at if at > 0 else limit - 1


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces of a text cut so that each is at most `limit` long."""
    bounds, start = [], 0
    while len(text) - start > limit:
        end = start + _cut(text[start : start + limit], limit) + 1
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def paragraph_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of a text, each at most `limit` characters (see chunk_bounds)."""
    return [(start, text[start:end]) for start, end in chunk_bounds(text, limit)]


def _record_failure(name, proc, docs, error) -> None:
    """spaCy error handler: a component that fails on a document drops that document
    (it becomes an error row) instead of stopping the run."""
    for doc in docs:
        context = getattr(doc, "_context", None)
        if context is not None and isinstance(context[0], _Entry):
            context[0].failure = f"component {name!r} failed: {type(error).__name__}: {error}"


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


class MemoryZones:
    """Memory zones over consecutive batches: `open()` enters one unless one is open;
    `done(texts)`, after a batch of them, ends it once it reached ZONE_CHUNKS chunks or
    ZONE_CHARS characters."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._zone = None
        self.chunks = self.chars = 0

    def open(self) -> None:
        if self._zone is None:
            zone = self.nlp.memory_zone()
            zone.__enter__()
            self._zone = zone

    def done(self, texts: list[str]) -> None:
        self.chunks += len(texts)
        self.chars += sum(map(len, texts))
        if self.chunks >= ZONE_CHUNKS or self.chars >= ZONE_CHARS:
            self.close()

    def close(self) -> None:
        zone, self._zone = self._zone, None
        self.chunks = self.chars = 0
        if zone is not None:
            zone.__exit__(None, None, None)


class _Entry:
    """One document on its way through: its chunks' rows as they come back."""

    __slots__ = ("source", "rows", "parts", "expected", "submitted", "failure")

    def __init__(self, source: SourceDocument):
        self.source = source
        self.rows: dict[str, list[dict]] | None = None  # cached or error rows: done already
        self.parts: list[dict[str, list[dict]]] = []
        self.expected = 0  # chunks
        self.submitted = 0  # chunks annotated so far
        self.failure = ""

    @property
    def done(self) -> bool:
        return self.rows is not None or bool(self.failure) or self.submitted == self.expected


def _error_rows(source: SourceDocument, error: str) -> dict[str, list[dict]]:
    return {name: [] for name in TABLE_NAMES} | {"documents": [document_row(source, error=error)]}


def _batches(work: Iterable[tuple[str, tuple]], size: int, chars: int) -> Iterator[list]:
    """Work items in batches of at most `size` items and `chars` characters (a longer
    item goes alone)."""
    batch, n = [], 0
    for item in work:
        if batch and (len(batch) >= size or n + len(item[0]) > chars):
            yield batch
            batch, n = [], 0
        batch.append(item)
        n += len(item[0])
    if batch:
        yield batch


def _with_headlines(nlp: Language, batch: list) -> Iterator[tuple]:
    """The batch's texts, the first chunk of a document whose reader found its headline
    (an HTML page's `<h1>`) as a Doc carrying it in `doc._.headline`, for the metadata."""
    for text, (entry, offset) in batch:
        if offset == 0 and entry.source.headline:
            doc = nlp.make_doc(text)
            doc._.headline = entry.source.headline
            yield doc, (entry, offset)
        else:
            yield text, (entry, offset)


def _failed(e: Exception) -> str:
    return f"communique failed on this document: {type(e).__name__}: {e}".replace("\n", " ")


def _annotate_batch(nlp: Language, batch: list) -> None:
    """Annotate one batch of chunks (inside the caller's memory zone); each chunk's rows
    go to its document's entry. A failure that spaCy's error handler does not catch (the
    tokenizer, making rows) fails only its own document: the batch is done again one
    chunk at a time."""
    entries = list({id(e): e for _, (e, _) in batch}.values())
    before = {id(e): len(e.parts) for e in entries}
    try:
        for doc, (entry, offset) in nlp.pipe(_with_headlines(nlp, batch), as_tuples=True, batch_size=len(batch)):
            if entry.failure:
                continue
            try:
                rows = doc_rows(doc, entry.source)
            except Exception as e:  # a bug on one document must not stop the run
                entry.failure = _failed(e)
                continue
            _shift(rows, offset)
            entry.parts.append(rows)
    except Exception as e:
        if len(batch) == 1:
            batch[0][1][0].failure = _failed(e)
        else:
            for entry in entries:
                del entry.parts[before[id(entry)] :]
            for item in batch:
                if not item[1][0].failure:
                    _annotate_batch(nlp, [item])
                    item[1][0].submitted -= 1  # counted below, with the batch
    for _, (entry, _) in batch:
        entry.submitted += 1
    for entry in entries:
        # a chunk spaCy dropped (its error handler was called) fails the document
        if entry.submitted == entry.expected and len(entry.parts) < entry.expected and not entry.failure:
            entry.failure = "the pipeline failed on this document"


def annotate_in_this_process(
    nlp: Language,
    sources: Iterable[SourceDocument],
    *,
    batch_size: int = 32,
    on_document: Callable[[SourceDocument], None] | None = None,
    cache=None,
    batch_chars: int = BATCH_CHARS,
    zones: MemoryZones | None = None,
) -> Iterator[dict[str, list[dict]]]:
    """Yield each document's rows, per table, in input order, as soon as it is done;
    unreadable or failing documents yield an error row.

    With a `cache` (an incremental run's ShardStore), documents it holds are not
    processed again, and new rows are kept in it as each document finishes. `zones`
    (a worker's, kept from one partition to the next) is left open at the end; without
    it the zones are this call's own and the last one is closed.
    """
    nlp.default_error_handler = _record_failure  # our components; set_error_handler breaks on the parser
    limit = max(1, min(CHUNK_CHARS, nlp.max_length - 1))
    pending: deque[_Entry] = deque()

    def work() -> Iterator[tuple[str, tuple]]:
        for s in sources:
            entry = _Entry(s)
            pending.append(entry)
            if s.error:
                entry.rows = _error_rows(s, s.error)
                continue
            cached = cache.get(s) if cache is not None else None
            if cached is not None:
                entry.rows = cached
                continue
            bounds = chunk_bounds(s.text, limit)
            entry.expected = len(bounds)
            for start, end in bounds:
                yield s.text[start:end], (entry, start)

    def finished() -> Iterator[dict[str, list[dict]]]:
        while pending and pending[0].done:
            entry = pending.popleft()
            s = entry.source
            if entry.rows is not None:
                rows = entry.rows
            elif entry.failure or not entry.parts:
                rows = _error_rows(s, entry.failure or "the pipeline failed on this document")
            else:
                rows = entry.parts[0] if len(entry.parts) == 1 else _merge_chunks(entry.parts)
                if cache is not None:
                    cache.put(s, rows)
            if on_document:
                on_document(s)
            yield rows

    own_zones = zones is None
    zones = zones or MemoryZones(nlp)
    try:
        for batch in _batches(work(), batch_size, batch_chars):
            zones.open()
            _annotate_batch(nlp, batch)
            zones.done([text for text, _ in batch])
            yield from finished()  # rows only: nothing made in a zone leaves it
    finally:
        if own_zones:
            zones.close()
    for entry in pending:  # never left waiting, whatever happened
        if not entry.done:
            entry.failure = "the pipeline failed on this document"
    yield from finished()
