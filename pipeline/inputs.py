"""What a run reads: inputs (a folder, a file, paths or texts) planned as a lazy, ordered
stream of SourceDocuments. Finding and decoding files is pipeline.io's; this module
decides what goes in and in which order, and reads each file only when it comes up."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .io import (
    DEFAULT_MAX_BYTES,
    OUTSIDE_LINK,  # noqa: F401  (importable from here, as it always was)
    SourceDocument,
    assign_doc_ids,
    discover,
    read_source,
    reader_of,
    shown,
)


class NoInputs(ValueError):
    """A run asked to read a folder with no documents in it."""


@dataclass
class InputPlan:
    """What a run will read: a lazy stream of SourceDocuments, and what it left out."""

    items: list = field(default_factory=list)  # (path, root or None, doc_id) | SourceDocument
    skipped: list[Path] = field(default_factory=list)
    #: Folders that could not be listed, with the reason.
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    #: Files larger than this many bytes are error rows, never read (None: no limit).
    max_bytes: int | None = DEFAULT_MAX_BYTES
    #: The folder the paths are relative to (None: no folder, e.g. a list of texts).
    root: Path | None = None

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[SourceDocument]:
        for item in self.items:
            if isinstance(item, SourceDocument):
                yield item
            else:
                path, root, doc_id = item
                yield read_source(path, root, doc_id, max_bytes=self.max_bytes)

    def doc_ids(self) -> list[str]:
        return [it.doc_id if isinstance(it, SourceDocument) else it[2] for it in self.items]


def plan_inputs(inputs, *, empty_ok: bool = True, exclude=(), max_bytes: int | None = DEFAULT_MAX_BYTES) -> InputPlan:
    """Plan a run over a folder, a file, a list of paths, or a list of raw texts.

    Folders in `exclude` (the run's output folder) are not read. Files over `max_bytes`
    are error rows. With `empty_ok=False`, a plan with nothing to read raises NoInputs.
    """
    plan = _plan(inputs, exclude)
    plan.max_bytes = max_bytes
    if not empty_ok and not len(plan):
        raise NoInputs(f"no input documents (.txt, .html) found in {inputs}")
    return plan


def _plan(inputs, exclude=()) -> InputPlan:
    plan = InputPlan()
    if isinstance(inputs, InputPlan):
        return inputs
    if isinstance(inputs, (str, Path)) and "\n" not in str(inputs) and os.path.lexists(inputs):
        folder = Path(inputs).is_dir()
        root = Path(inputs) if folder else Path(inputs).parent
        found = discover(inputs, exclude=exclude)
        ids = assign_doc_ids(found.files + list(found.rejected), root)
        for path in found.files:
            plan.items.append((path, root if folder else None, ids[path]))
        for path, reason in found.rejected.items():
            rel = shown(path.relative_to(root).as_posix())
            plan.items.append(SourceDocument(doc_id=ids[path], path=rel, error=reason, reader=reader_of(path)))
        plan.items.sort(key=lambda it: it.doc_id if isinstance(it, SourceDocument) else it[2])
        plan.skipped = found.skipped
        plan.unreadable = found.unreadable
        plan.root = root
        return plan
    if isinstance(inputs, str):
        inputs = [inputs]
    for i, item in enumerate(inputs):
        if isinstance(item, SourceDocument):
            plan.items.append(item)
        elif isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and Path(item).is_file()):
            path = Path(item)
            plan.items.append((path, None, shown(path.stem)))
        else:
            text = str(item)
            plan.items.append(
                SourceDocument(
                    doc_id=f"text-{i:05d}", path="", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text
                )
            )
    return plan
