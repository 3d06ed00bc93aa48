"""Engines that annotate in other processes: `jobs` processes forked on this machine, or
the workers of a Dask distributed cluster. Each runs pipeline.single_process on
partitions of documents and sends back rows, never Docs; rows come back in input order,
so the tables are the same, byte for byte, as a run in one process. Only a few
partitions are in flight at a time, so memory stays flat however many documents there are.

On Dask, files are read here (workers need not share the input folder) and each worker
loads the pipeline once (spaCy's Language does not pickle). Workers must have communique
installed (the same version and rules): the fingerprint in manifest.json records what
the client used.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .io import SourceDocument
from .single_process import MemoryZones, annotate_in_this_process

_NLP: dict = {}
#: The memory zones of this worker process, per pipeline: a zone spans partitions (one
#: per 16 documents would make the tokenizer build its lexemes again each time) and is
#: still bounded (pipeline.single_process.MemoryZones).
_ZONES: dict = {}


def _zones(nlp) -> MemoryZones:
    if id(nlp) not in _ZONES:
        _ZONES[id(nlp)] = MemoryZones(nlp)
    return _ZONES[id(nlp)]


def worker_nlp(model: str | None, rules: str | None):
    """The pipeline of this worker process, loaded on first use and kept."""
    key = (model, rules)
    if key not in _NLP:
        from .nlp import load_nlp

        _NLP[key] = load_nlp(model=model, rules=rules)
    return _NLP[key]


def process_partition(sources: list[SourceDocument], model: str | None, rules: str | None) -> list[dict]:
    """Rows of each document of a partition, in order (runs on a worker)."""
    nlp = worker_nlp(model, rules)
    return list(annotate_in_this_process(nlp, sources, zones=_zones(nlp)))


def connect(scheduler: str | None, n_workers: int = 2):
    """A client of the cluster at `scheduler`, or of a new local cluster of worker processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    return Client(cluster), cluster


def in_order(
    sources: Iterable[SourceDocument],
    submit: Callable[[list[SourceDocument]], object],
    *,
    cache=None,
    on_document: Callable[[SourceDocument], None] | None = None,
    partition_size: int = 16,
    in_flight: int = 8,
    workers: int = 1,
) -> Iterator[dict[str, list[dict]]]:
    """Each document's rows in input order, with partitions of documents processed elsewhere.

    `submit(partition)` starts the work and returns a handle whose `result()` gives the
    partition's rows; documents the cache holds are not submitted. At most `in_flight`
    partitions are pending at a time, so memory stays flat. With several `workers`, the
    last documents (`workers` partitions' worth, held back until the input ends) go in
    smaller partitions, so that the workers finish together instead of one waiting for
    the other's last partition.
    """
    queue: deque = deque()  # ("rows", source, rows) or ("partition", sources, handle)
    pending = 0

    def drain(limit: int) -> Iterator[dict]:
        nonlocal pending
        while queue and (pending > limit or queue[0][0] == "rows"):
            kind, what, payload = queue.popleft()
            if kind == "rows":
                yield from _emit([what], [payload], None, on_document)
            else:
                pending -= 1
                yield from _emit(what, payload.result(), cache, on_document)

    def send(part: list[SourceDocument]) -> None:
        nonlocal pending
        queue.append(("partition", part, submit(part)))
        pending += 1

    held_back = partition_size * (workers - 1) if workers > 1 else 0
    part: list[SourceDocument] = []
    for s in sources:
        rows = cache.get(s) if cache is not None and not s.error else None
        if rows is not None:
            for start in range(0, len(part), partition_size):
                send(part[start : start + partition_size])
            part = []
            queue.append(("rows", s, rows))
        else:
            part.append(s)
            if len(part) >= partition_size + held_back:
                send(part[:partition_size])
                part = part[partition_size:]
        yield from drain(in_flight)
    for tail in _tail_partitions(part, partition_size, workers):
        send(tail)
    yield from drain(0)


def _tail_partitions(part: list[SourceDocument], partition_size: int, workers: int) -> list[list[SourceDocument]]:
    """The input's last documents in partitions: of a quarter of the size with several
    workers (each worker's last partition is short, so none waits long for another)."""
    size = max(1, partition_size // 4) if workers > 1 else partition_size
    return [part[start : start + size] for start in range(0, len(part), size)]


def annotate_on_dask(
    sources: Iterable[SourceDocument],
    *,
    model: str | None = None,
    rules: str | Path | None = None,
    scheduler: str | None = None,
    cache=None,
    on_document: Callable[[SourceDocument], None] | None = None,
    partition_size: int = 16,
    in_flight: int = 8,
    n_workers: int = 2,
) -> Iterator[dict[str, list[dict]]]:
    """Each document's rows, in input order, made by the workers of a Dask cluster."""
    rules = str(Path(rules).resolve()) if rules else None
    client, cluster = connect(scheduler, n_workers)
    try:
        yield from in_order(
            sources,
            lambda part: client.submit(process_partition, part, model, rules, pure=False),
            cache=cache,
            on_document=on_document,
            partition_size=partition_size,
            in_flight=in_flight,
            workers=n_workers,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _Pending:
    """A multiprocessing AsyncResult with the `result()` of a future."""

    def __init__(self, async_result):
        self.async_result = async_result

    def result(self):
        return self.async_result.get()


_FORKED_NLP = None


def _one_blas_thread() -> None:
    """Each worker keeps to one BLAS thread: N workers on N cores each spinning N threads
    slow one another down."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _process_forked(sources: list[SourceDocument]) -> list[dict]:
    return list(annotate_in_this_process(_FORKED_NLP, sources, zones=_zones(_FORKED_NLP)))


def annotate_in_processes(
    nlp,
    sources: Iterable[SourceDocument],
    *,
    jobs: int,
    cache=None,
    on_document: Callable[[SourceDocument], None] | None = None,
    partition_size: int = 16,
) -> Iterator[dict[str, list[dict]]]:
    """`jobs` worker processes forked with the loaded pipeline; each turns a partition of
    documents into rows, so only rows (not Docs) cross process boundaries."""
    import multiprocessing

    global _FORKED_NLP
    _FORKED_NLP = nlp
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_one_blas_thread) as pool:
        yield from in_order(
            sources,
            lambda part: _Pending(pool.apply_async(_process_forked, (part,))),
            cache=cache,
            on_document=on_document,
            partition_size=partition_size,
            in_flight=4 * jobs,
            workers=jobs,
        )


def _emit(sources, results, cache, on_document) -> Iterator[dict]:
    for s, rows in zip(sources, results):
        if cache is not None and rows["documents"][0]["status"] == "ok":
            cache.put(s, rows)
        if on_document:
            on_document(s)
        yield rows
