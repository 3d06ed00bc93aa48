"""Engines beyond this machine: the same extraction on a Dask distributed cluster.

Files are read here (workers need not share the input folder); documents travel to the
workers in small partitions, each worker loads the pipeline once (spaCy's Language does
not pickle) and sends back rows; rows come back in input order, so the tables are the
same, byte for byte, as a local run. Only a few partitions are in flight at a time, so
memory stays flat however many documents there are.

Workers must have communique installed (the same version and rules): the fingerprint in
manifest.json records what the client used.
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .io import SourceDocument

_NLP: dict = {}


def worker_nlp(model: str | None, rules: str | None):
    """The pipeline of this worker process, loaded on first use and kept."""
    key = (model, rules)
    if key not in _NLP:
        from .nlp import load_nlp

        _NLP[key] = load_nlp(model=model, rules=rules)
    return _NLP[key]


def process_partition(sources: list[SourceDocument], model: str | None, rules: str | None) -> list[dict]:
    """Rows of each document of a partition, in order (runs on a worker)."""
    from .extraction import annotate

    return list(annotate(worker_nlp(model, rules), sources))


def connect(scheduler: str | None, n_workers: int = 2):
    """A client of the cluster at `scheduler`, or of a new local cluster of worker processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=40)
    return Client(cluster), cluster


def annotate_on_dask(
    sources: Iterable[SourceDocument], *, model: str | None = None, rules: str | Path | None = None,
    scheduler: str | None = None, cache=None, on_document: Callable[[SourceDocument], None] | None = None,
    partition_size: int = 16, in_flight: int = 8, n_workers: int = 2,
) -> Iterator[dict[str, list[dict]]]:
    """Like extraction.annotate, on a Dask cluster: each document's rows, in input order."""
    rules = str(Path(rules).resolve()) if rules else None
    client, cluster = connect(scheduler, n_workers)
    queue: deque = deque()  # ("rows", source, rows) or ("partition", sources, future)
    futures = 0

    def drain(until: int) -> Iterator[dict]:
        nonlocal futures
        while queue and futures > until or queue and queue[0][0] == "rows":
            kind, what, payload = queue.popleft()
            if kind == "rows":
                yield from _emit([what], [payload], None, on_document)
            else:
                futures -= 1
                yield from _emit(what, payload.result(), cache, on_document)

    try:
        part: list[SourceDocument] = []
        for s in sources:
            rows = cache.get(s.doc_id, s.sha256) if cache is not None and not s.error else None
            if rows is not None:
                if part:
                    queue.append(("partition", part, client.submit(process_partition, part, model, rules, pure=False)))
                    futures, part = futures + 1, []
                queue.append(("rows", s, rows))
            else:
                part.append(s)
                if len(part) >= partition_size:
                    queue.append(("partition", part, client.submit(process_partition, part, model, rules, pure=False)))
                    futures, part = futures + 1, []
            yield from drain(in_flight)
        if part:
            queue.append(("partition", part, client.submit(process_partition, part, model, rules, pure=False)))
            futures += 1
        yield from drain(0)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _emit(sources, results, cache, on_document) -> Iterator[dict]:
    for s, rows in zip(sources, results):
        if cache is not None and rows["documents"][0]["status"] == "ok":
            cache.put(s.doc_id, s.sha256, rows)
        if on_document:
            on_document(s)
        yield rows
