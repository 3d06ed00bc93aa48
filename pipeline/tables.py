"""Doc → rows: the output contract (../shared/TABLES.md) in one place.

`COLUMNS` declares every table's columns in order: the contract's first, then
communique's extras. Everything that writes or checks a table reads it from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Doc

from .io import SourceDocument
from .text import sentence_of

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "sha256", "kind", "title", "published", "place", "chars", "status", "error"],
    "people": ["doc_id", "person_id", "name", "aliases", "mentions", "char_start", "char_end", "evidence", "source"],
    "roles": ["doc_id", "person_id", "name", "title", "organisation", "char_start", "char_end", "evidence", "source"],
    "organisations": [
        "doc_id",
        "org_id",
        "name",
        "acronym",
        "mentions",
        "char_start",
        "char_end",
        "evidence",
        "source",
    ],
    "dates": ["doc_id", "text", "start", "end", "granularity", "role", "char_start", "char_end", "evidence", "source"],
    "counts": ["doc_id", "text", "value", "qualifier", "unit", "char_start", "char_end", "evidence", "source", "event"],
    "mentions": ["doc_id", "label", "text", "char_start", "char_end", "normalized", "source"],
    "events": ["doc_id", "name", "place", "start", "end", "char_start", "char_end", "evidence", "source"],
}
TABLE_NAMES = list(COLUMNS)
#: Integer columns (nullable Int64); every other column is text (nullable string, ISO
#: strings for dates), empty where the contract allows it.
INTEGER_COLUMNS = {"chars", "mentions", "char_start", "char_end", "value"}
#: Primary keys (unique per table) and the tables' ties to documents and people.
PRIMARY_KEYS = {"documents": ["doc_id"], "people": ["doc_id", "person_id"], "organisations": ["doc_id", "org_id"]}


def dtype_of(column: str) -> str:
    return "Int64" if column in INTEGER_COLUMNS else "string"


#: Sort keys: doc_id, then char_start, then the rest of the row so ties are stable.
SORT_KEYS = {name: ["doc_id", "char_start"] if "char_start" in cols else ["doc_id"] for name, cols in COLUMNS.items()}


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


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """The contract's dtypes; empty strings become <NA>."""
    out = {}
    for col in df.columns:
        s = df[col]
        if dtype_of(col) == "Int64":
            out[col] = pd.to_numeric(s.replace("", None), errors="raise").astype("Int64")
        else:
            s = s.astype("object").where(s.notna(), None)
            out[col] = s.map(lambda v: None if v is None or v == "" else str(v)).astype("string")
    return pd.DataFrame(out, columns=df.columns)
