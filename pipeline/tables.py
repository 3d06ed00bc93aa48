"""Doc → rows: each table's rows for an annotated document, and `Tables`, the run's frames.

The tables' columns, types and order are declared in pipeline.contract; this module
fills them (`doc_rows` is the producer a new column is added to).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Doc

from .contract import COLUMNS, INTEGER_COLUMNS, SORT_KEYS, TABLE_NAMES, typed
from .io import SourceDocument
from .text import sentence_of

# The contract's names are importable from here too, as callers have always done.
__all__ = ["COLUMNS", "INTEGER_COLUMNS", "TABLE_NAMES", "Tables", "doc_rows", "document_row", "typed"]


def document_row(source: SourceDocument, doc: Doc | None = None, error: str = "") -> dict:
    error = error or source.error
    return {
        "doc_id": source.doc_id,
        "path": source.path,
        "sha256": source.sha256,
        "kind": (doc._.kind if doc is not None else None) or "unknown",
        "title": (doc._.title if doc is not None else None) or "",
        "published": (doc._.published if doc is not None else None) or "",
        "place": (doc._.place if doc is not None else None) or "",
        "chars": len(source.text) if source.text is not None else 0,
        "status": "error" if error else "ok",
        "error": error,
    }


def doc_rows(doc: Doc, source: SourceDocument) -> dict[str, list[dict]]:
    """Every table's rows for one annotated document."""
    did = source.doc_id

    def located(rec: dict) -> dict:
        return {
            "char_start": rec["start"],
            "char_end": rec["end"],
            "evidence": sentence_of(doc, rec["start"], rec["end"]),
        }

    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    rows["documents"].append(document_row(source, doc))
    for p in doc._.people or []:
        rows["people"].append(
            {
                "doc_id": did,
                "person_id": p["person_id"],
                "name": p["name"],
                "aliases": "|".join(p["aliases"]),
                "mentions": p["mentions"],
                **located(p),
                "source": p["source"],
            }
        )
    for r in doc._.roles or []:
        rows["roles"].append(
            {
                "doc_id": did,
                "person_id": r["person_id"],
                "name": r["name"],
                "title": r["title"],
                "organisation": r["organisation"],
                **located(r),
                "source": r["source"],
                "org_id": r.get("org_id", ""),
                "country": r.get("country", ""),
            }
        )
    for o in doc._.organisations or []:
        rows["organisations"].append(
            {
                "doc_id": did,
                "org_id": o["org_id"],
                "name": o["name"],
                "acronym": o["acronym"],
                "mentions": o["mentions"],
                **located(o),
                "source": o["source"],
            }
        )
    for d in doc._.dates or []:
        rows["dates"].append(
            {
                "doc_id": did,
                "text": d["text"],
                "start": d["date_start"],
                "end": d["date_end"],
                "granularity": d["granularity"],
                "role": d["role"],
                **located(d),
                "source": d["source"],
            }
        )
    for c in doc._.counts or []:
        rows["counts"].append(
            {
                "doc_id": did,
                "text": c["text"],
                "value": c["value"],
                "qualifier": c["qualifier"],
                "unit": c["unit"],
                **located(c),
                "source": c["source"],
                "event": c.get("event", ""),
            }
        )
    for m in doc._.mentions or []:
        rows["mentions"].append(
            {
                "doc_id": did,
                "label": m["label"],
                "text": m["text"],
                "char_start": m["start"],
                "char_end": m["end"],
                "normalized": m["normalized"],
                "source": m["source"],
            }
        )
    for e in doc._.events or []:
        rows["events"].append(
            {
                "doc_id": did,
                "name": e["name"],
                "place": e["place"],
                "start": e["date_start"],
                "end": e["date_end"],
                **located(e),
                "source": e["source"],
            }
        )
    return rows


@dataclass
class Tables:
    """Every contract table as a pandas DataFrame, in the contract's column order and row
    order, with proper dtypes: integers as nullable Int64, text (ISO dates included) as
    nullable strings, empty cells as <NA>."""

    frames: dict[str, pd.DataFrame] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: dict[str, Iterable[dict]]) -> Tables:
        frames = {}
        for name, cols in COLUMNS.items():
            df = pd.DataFrame(list(rows.get(name, [])), columns=cols)
            df = df.sort_values(
                SORT_KEYS[name] + [c for c in cols if c not in SORT_KEYS[name]],
                kind="mergesort",
                key=lambda s: s.astype(str) if s.name not in ("char_start", "char_end") else s,
            )
            frames[name] = typed(df.reset_index(drop=True))
        return cls(frames)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.frames[name]

    def __iter__(self):
        return iter(self.frames)

    def counts(self) -> dict[str, int]:
        return {name: len(df) for name, df in self.frames.items()}

    def write(self, folder, *, format: str = "csv", formula_guard: bool = True) -> list:
        """Write every table into `folder` as csv, parquet or sqlite (see pipeline.writers)."""
        from .writers import write_tables

        return write_tables(self, folder, format=format, formula_guard=formula_guard)
