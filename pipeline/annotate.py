"""Documents in, rows out: the one place that chooses how a run annotates.

- engine "local", jobs 1: in this process (pipeline.single_process);
- engine "local", jobs > 1: `jobs` processes forked with the loaded pipeline;
- engine "dask": the workers of a Dask cluster, each loading its own pipeline.

Whichever engine, each document's rows (per table) come in input order, so the tables
are the same, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from .engines import annotate_in_processes, annotate_on_dask
from .io import SourceDocument
from .single_process import annotate_in_this_process

ENGINES = ("local", "dask")


def annotate(
    nlp: Language | None,
    sources: Iterable[SourceDocument],
    *,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
    model: str | None = None,
    rules: str | Path | None = None,
    cache=None,
    on_document: Callable[[SourceDocument], None] | None = None,
    batch_size: int = 32,
) -> Iterator[dict[str, list[dict]]]:
    """Each document's rows, per table, in input order; unreadable or failing documents
    give an error row.

    `nlp` is the loaded pipeline the local engine runs. Dask workers cannot be sent a
    Language (it does not pickle): they load their own from `model` and `rules`, at
    `scheduler` (or on a local cluster without one). With a `cache` (an incremental
    run's ShardStore), documents it holds are not processed again. With `jobs` > 1, only
    rows cross process boundaries, which measured faster than `nlp.pipe(n_process=…)`
    sending every annotated Doc back.
    """
    if engine == "dask":
        return annotate_on_dask(
            sources, model=model, rules=rules, scheduler=scheduler, cache=cache, on_document=on_document
        )
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; one of: {', '.join(ENGINES)}")
    if jobs > 1:
        return annotate_in_processes(nlp, sources, jobs=jobs, cache=cache, on_document=on_document)
    return annotate_in_this_process(nlp, sources, batch_size=batch_size, cache=cache, on_document=on_document)
