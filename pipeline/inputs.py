"""What a run reads: inputs (a folder, a file, paths or texts) planned as a lazy, ordered
stream of SourceDocuments. Finding and decoding files is pipeline.io's; this module
decides what goes in and in which order, and reads each file only when it comes up."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .io import (
    DEFAULT_MAX_BYTES,
    OUTSIDE_LINK,  # noqa: F401  (importable from here, as it always was)
    SUPPORTED_SUFFIXES,
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
    #: The folder the documents are read from (None for texts): documents.csv paths are
    #: relative to it.
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
    if isinstance(inputs, InputPlan):
        return inputs
    if isinstance(inputs, Mapping):
        return _plan_mapping(inputs)
    path = as_input_path(inputs) if isinstance(inputs, (str, Path)) else None
    if path is not None:
        return _plan_path(path, exclude)
    plan = InputPlan()
    if isinstance(inputs, str):
        inputs = [inputs]
    for i, item in enumerate(inputs):
        path = as_input_path(item) if isinstance(item, (str, Path)) else None
        if isinstance(item, SourceDocument):
            plan.items.append(item)
        elif path is not None and path.is_dir():
            sub = _plan_path(path, exclude)
            plan.items += sub.items
            plan.skipped += sub.skipped
            plan.unreadable += sub.unreadable
        elif path is not None:
            plan.items.append((path, None, shown(path.stem)))
        else:
            plan.items.append(_text_source(f"text-{i:05d}", item))
    return plan


def _plan_path(path: Path, exclude=()) -> InputPlan:
    """A folder (every document under it) or one file."""
    folder = path.is_dir()
    root = path if folder else path.parent
    plan = InputPlan(root=root)
    found = discover(path, exclude=exclude)
    ids = assign_doc_ids(found.files + list(found.rejected), root)
    for p in found.files:
        plan.items.append((p, root if folder else None, ids[p]))
    for p, reason in found.rejected.items():
        rel = shown(p.relative_to(root).as_posix())
        plan.items.append(SourceDocument(doc_id=ids[p], path=rel, error=reason, reader=reader_of(p)))
    plan.items.sort(key=lambda it: it.doc_id if isinstance(it, SourceDocument) else it[2])
    plan.skipped = found.skipped
    plan.unreadable = found.unreadable
    return plan


def input_location(plan: InputPlan, out_dir: str | Path) -> str | None:
    """The folder a run read, as manifest.json records it: relative to the output folder
    (`../raw` for `raw/` → `extracted/`, so that a checkout elsewhere still finds it),
    absolute where no relative path leads there; None for texts."""
    if plan.root is None:
        return None
    root, out = Path(plan.root).resolve(), Path(out_dir).resolve()
    try:
        return Path(os.path.relpath(root, out)).as_posix()
    except ValueError:  # another drive
        return root.as_posix()


# --- The Python API's inputs: what a string, a Path or a dict stands for ---------------

#: How a one-line string that names a file or folder begins (home, absolute, relative,
#: a Windows drive).
_PATH_START = re.compile(r"^(~|/|\.{1,2}[/\\]|[A-Za-z]:[/\\])")


def looks_like_path(text: str) -> bool:
    """Whether a string reads as a file or folder name rather than as a document's text:
    one line that begins like a path, ends in a document suffix (`.txt`, `.html`, …), or
    holds a path separator and no space."""
    if not text or "\n" in text or len(text) > 4096:
        return False
    text = text.strip()
    return bool(
        _PATH_START.match(text)
        or text.lower().endswith(SUPPORTED_SUFFIXES)
        or (("/" in text or "\\" in text) and not any(c.isspace() for c in text))
    )


def as_input_path(item: str | Path) -> Path | None:
    """The path an input names, `~` expanded; None for a string that is a text.

    A Path, or a string that looks like a path (see `looks_like_path`), that names no
    existing file or folder raises FileNotFoundError: a typo must not be read as a text.
    """
    if isinstance(item, Path):
        path = item.expanduser()
    elif "\n" in item or len(item) > 4096:
        return None
    else:
        path = Path(item.strip()).expanduser()
        if not _exists(path) and not looks_like_path(item):
            return None
    if not _exists(path):
        raise FileNotFoundError(f"no such file or folder: {item}")
    return path


def _exists(path: Path) -> bool:
    try:
        return os.path.lexists(path)  # a broken link is an input too: its error row says so
    except (OSError, ValueError):  # a name too long for the file system is no file
        return False


def _text_source(doc_id: str, text) -> SourceDocument:
    if not isinstance(text, str):
        raise TypeError(f"{doc_id}: a document's text must be a str, not {type(text).__name__}")
    return SourceDocument(doc_id=doc_id, path="", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)


def _plan_mapping(texts: Mapping) -> InputPlan:
    """`{doc_id: text}`: each text under its own doc_id, in the mapping's order."""
    plan = InputPlan()
    for doc_id, text in texts.items():
        if not isinstance(doc_id, str) or not doc_id:
            raise TypeError(f"a doc_id must be a non-empty str, not {doc_id!r}")
        plan.items.append(_text_source(doc_id, text))
    return plan
