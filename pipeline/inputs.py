"""What a run reads: inputs (a folder, a file, paths or texts) planned as a lazy, ordered
stream of SourceDocuments. Finding and decoding files is pipeline.io's; this module
decides what goes in and in which order, and reads each file only when it comes up."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .io import SourceDocument, assign_doc_ids, discover, read_source

OUTSIDE_LINK = "symbolic link leads outside the input folder: not followed"


class NoInputs(ValueError):
    """A run asked to read a folder with no documents in it."""


@dataclass
class InputPlan:
    """What a run will read: a lazy stream of SourceDocuments, and what it left out."""

    items: list = field(default_factory=list)  # (path, root, doc_id) | SourceDocument
    skipped: list[Path] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[SourceDocument]:
        for item in self.items:
            if isinstance(item, SourceDocument):
                yield item
            else:
                path, root, doc_id = item
                yield read_source(path, root, doc_id)


def plan_inputs(inputs, *, empty_ok: bool = True) -> InputPlan:
    """Plan a run over a folder, a file, a list of paths, or a list of raw texts.

    With `empty_ok=False`, a plan with nothing to read raises NoInputs.
    """
    plan = _plan(inputs)
    if not empty_ok and not len(plan):
        raise NoInputs(f"no input documents (.txt, .html) found in {inputs}")
    return plan


def _plan(inputs) -> InputPlan:
    plan = InputPlan()
    if isinstance(inputs, InputPlan):
        return inputs
    if isinstance(inputs, (str, Path)) and "\n" not in str(inputs) and Path(inputs).exists():
        root = Path(inputs) if Path(inputs).is_dir() else Path(inputs).parent
        found = discover(inputs)
        ids = assign_doc_ids(found.files + found.outside_links, root)
        for path in found.files + found.outside_links:
            if path in found.outside_links:
                rel = path.relative_to(root).as_posix()
                plan.items.append(SourceDocument(doc_id=ids[path], path=rel, error=OUTSIDE_LINK))
            else:
                plan.items.append((path, root, ids[path]))
        plan.items.sort(key=lambda it: it.doc_id if isinstance(it, SourceDocument) else it[2])
        plan.skipped = found.skipped
        return plan
    if isinstance(inputs, str):
        inputs = [inputs]
    for i, item in enumerate(inputs):
        if isinstance(item, SourceDocument):
            plan.items.append(item)
        elif isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and Path(item).is_file()):
            path = Path(item)
            plan.items.append((path, path.parent, path.stem))
        else:
            text = str(item)
            plan.items.append(
                SourceDocument(
                    doc_id=f"text-{i:05d}", path="", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text
                )
            )
    return plan
