"""Reading inputs and writing tables: the two ends of the pipeline.

Reading never raises for a bad file: it returns a SourceDocument whose `error` says
what went wrong, so one broken document becomes an error row, not a crashed run.
Writing is atomic: each table goes to a temporary file that replaces the old one
only when complete.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: File types read as documents; other files in the input folder are skipped.
SUPPORTED_SUFFIXES = (".txt", ".text")
#: Encodings tried, in order, when a file is not UTF-8.
FALLBACK_ENCODINGS = ("cp1252",)


@dataclass
class SourceDocument:
    doc_id: str
    path: str  # relative to the input folder, with forward slashes
    sha256: str = ""
    text: str | None = None
    error: str = ""


def discover(root: str | Path) -> list[Path]:
    """Input files under `root` with a supported suffix, sorted for a deterministic run."""
    root = Path(root)
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def decode(data: bytes) -> str:
    """Strict UTF-8 (with or without BOM) first, then a short list of fallbacks."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for enc in FALLBACK_ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("utf-8", data, 0, 1, "not valid in any supported encoding")


def read_source(path: str | Path, root: str | Path | None = None) -> SourceDocument:
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    rel = path.relative_to(root).as_posix() if root.is_dir() else path.name
    source = SourceDocument(doc_id=path.stem, path=rel)
    try:
        data = path.read_bytes()
    except OSError as e:
        source.error = f"cannot read file: {e.strerror or e}"
        return source
    source.sha256 = hashlib.sha256(data).hexdigest()
    try:
        source.text = decode(data)
    except UnicodeDecodeError as e:
        source.error = f"cannot decode text: {e.reason}"
    return source


def write_tables(tables, folder: str | Path) -> list[Path]:
    """Write every table as `<name>.csv` (UTF-8 with BOM, for spreadsheets) atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tables:
        target = folder / f"{name}.csv"
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
                tables[name].to_csv(f, index=False, lineterminator="\n")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written
