"""Doc → rows: each table's rows for an annotated document, and `Tables`, the run's frames.

The tables' columns, types and order are declared in pipeline.contract; this module
fills them (`doc_rows` is the producer a new column is added to).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter

import pandas as pd
from spacy.tokens import Doc

from .contract import COLUMNS, INTEGER_COLUMNS, SORT_KEYS, TABLE_NAMES, typed, typed_values
from .io import SourceDocument
from .text import sentence_of

# The contract's names are importable from here too, as callers have always done.
__all__ = ["COLUMNS", "INTEGER_COLUMNS", "TABLE_NAMES", "Tables", "doc_rows", "document_row", "span_rows", "typed"]

#: A mention whose span became no row and whose steps gave no reason.
NO_ROW = "dropped:no-row"
#: The table a mention of each label becomes a row of, where it becomes one.
LABEL_TABLE = {
    "PERSON": "people",
    "ORG": "organisations",
    "TITLE": "roles",
    "DATE": "dates",
    "COUNT": "counts",
    "EVENT": "events",
}


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
    rows["mentions"] = mention_rows(doc, did)
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


def span_rows(doc: Doc) -> dict[tuple[int, int], list[tuple[str, str, str]]]:
    """(start, end) → (table, value, description) for every row a span ended in: the value
    in the form the components write as a mention's `normalized`, the description for
    `communique explain`."""
    out: dict[tuple[int, int], list[tuple[str, str, str]]] = defaultdict(list)
    for p in doc._.people or []:
        for s, e in p["spans"]:
            out[(s, e)].append(("people", p["name"], f"{p['name']} ({p['person_id']})"))
    for m in doc._.org_mentions or []:
        out[(m["start"], m["end"])].append(("organisations", m["name"], f"{m['name']} ({m['org_id']})"))
    for r in doc._.roles or []:
        out[(r["start"], r["end"])].append(
            ("roles", r["title"], f"{r['name']} / {r['title']} / {r['organisation'] or '-'}")
        )
    for d in doc._.dates or []:
        start, end = d["date_start"] or "", d["date_end"] or ""
        value = start if start == end else f"{start}/{end}"
        out[(d["start"], d["end"])].append(("dates", value, f"{start or '?'}..{end or '?'} ({d['role']})"))
    for c in doc._.counts or []:
        out[(c["start"], c["end"])].append(
            ("counts", f"{c['qualifier']}:{c['value']}:{c['unit']}", f"{c['qualifier']} {c['value']} {c['unit']}")
        )
    for e in doc._.events or []:
        out[(e["start"], e["end"])].append(("events", e["name"], e["name"]))
    return out


def mention_rows(doc: Doc, doc_id: str) -> list[dict]:
    """The mentions table of one document: one row per span, label and source (the steps
    one component took on the same span are one row, with its last word as `normalized`).

    Every mention whose span became no row says so: `dropped:<reason>`, the reason any
    step gave for that span, else `dropped:no-row`. A mention whose span became a row
    and that no step normalized carries the row's value.
    """
    fates = span_rows(doc)
    steps: dict[tuple[str, int, int, str], dict] = {}
    reasons: dict[tuple[int, int], str] = {}
    for m in doc._.mentions or []:
        key = (m["label"], m["start"], m["end"], m["source"])
        row = steps.setdefault(key, {"text": m["text"], "normalized": ""})
        if m["normalized"]:
            row["normalized"] = m["normalized"]
            if m["normalized"].startswith("dropped:"):
                reasons[(m["start"], m["end"])] = m["normalized"]
    evidence: dict[tuple[int, int], str] = {}
    out = []
    for (label, start, end, source), step in steps.items():
        span, normalized = (start, end), step["normalized"]
        fate = fates.get(span)
        if not fate:
            if not normalized.startswith("dropped:"):
                normalized = reasons.get(span, NO_ROW)
        elif not normalized:
            table = LABEL_TABLE.get(label)
            normalized = next((value for t, value, _ in fate if t == table), fate[0][1])
        if span not in evidence:
            evidence[span] = sentence_of(doc, start, end)
        out.append(
            {
                "doc_id": doc_id,
                "label": label,
                "text": step["text"],
                "char_start": start,
                "char_end": end,
                "normalized": normalized,
                "source": source,
                "evidence": evidence[span],
            }
        )
    return out


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
            table = list(rows.get(name, []))
            frames[name] = _frame_of_plain_rows(table, cols, SORT_KEYS[name])
            if frames[name] is None:  # a cell of another type than the contract's
                frames[name] = _frame_of_rows(table, cols, SORT_KEYS[name])
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


#: Columns sorted as numbers; every other column is sorted as text (`str` of the value).
_NUMERIC_SORT = ("char_start", "char_end")
#: The largest integer a float holds exactly (pandas sorts an integer column with a
#: missing cell as floats).
_EXACT = 2**53


def _frame_of_rows(table: list[dict], cols: list[str], keys: list[str]) -> pd.DataFrame:
    """A table's typed frame, sorted by `keys` then every other column (as text, missing
    values last; offsets as numbers), by pandas: for rows of any cell types."""
    df = pd.DataFrame(table, columns=cols)
    df = df.sort_values(
        keys + [c for c in cols if c not in keys],
        kind="mergesort",
        key=lambda s: s.astype(str) if s.name not in _NUMERIC_SORT else s,
    )
    return typed(df.reset_index(drop=True))


def _frame_of_plain_rows(table: list[dict], cols: list[str], keys: list[str]) -> pd.DataFrame | None:
    """The same frame as `_frame_of_rows`, built column by column in Python (several
    times faster), when every cell is of its column's type (int or str) or None; else
    None. The order is pandas': a stable sort on each column's text (an integer by its
    digits), offsets as numbers, a missing value after every other."""
    try:
        cells = list(map(itemgetter(*cols), table))
    except (KeyError, TypeError):
        return None
    columns = dict(zip(cols, zip(*cells))) if cells else {c: () for c in cols}
    order_keys = []
    for c in keys + [c for c in cols if c not in keys]:
        values = columns[c]
        kinds = set(map(type, values))
        missing = type(None) in kinds
        kinds.discard(type(None))
        if c in INTEGER_COLUMNS:
            if kinds - {int}:
                return None
            present = [v for v in values if v is not None] if missing else values
            if present and not -_EXACT < min(present) <= max(present) < _EXACT:
                return None
            if c not in _NUMERIC_SORT:
                values = [v if v is None else str(v) for v in values]
        elif kinds - {str}:
            return None
        if missing:
            values = [(1, "") if v is None else (0, v) for v in values]
        order_keys.append(values)
    order = sorted(range(len(cells)), key=list(zip(*order_keys)).__getitem__)
    if order != list(range(len(cells))):
        columns = dict(zip(cols, zip(*[cells[i] for i in order])))
    return pd.DataFrame({c: typed_values(c, columns[c]) for c in cols}, columns=cols)
