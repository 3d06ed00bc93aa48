"""Schemas of the contract tables (pandera), checked before a run writes anything.

Validation is lazy: one report lists every failure (table, column, row, value, check),
so a bug in a rule shows up as a precise bug report rather than half-written tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from .tables import COLUMNS, PRIMARY_KEYS, dtype_of

ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
ISO_ANY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ALLOWED = {
    ("documents", "kind"): ["press_release", "speech", "news", "announcement", "unknown"],
    ("documents", "status"): ["ok", "error"],
    ("dates", "granularity"): ["day", "month", "season", "year"],
    ("dates", "role"): ["published", "event", "other"],
    ("counts", "qualifier"): ["exact", "more_than", "less_than", "about", "at_least", "up_to"],
    ("counts", "unit"): ["participants", "countries", "organisations", "delegations"],
}
PATTERNS = {
    ("documents", "published"): ISO_DAY,
    ("dates", "start"): ISO_ANY,
    ("dates", "end"): ISO_ANY,
    ("events", "start"): ISO_ANY,
    ("events", "end"): ISO_ANY,
    ("documents", "sha256"): r"^[0-9a-f]{64}$",
}
#: Columns that must be filled in every row (the rest may be empty).
REQUIRED = {
    "documents": {"doc_id", "kind", "status"},
    "people": {"doc_id", "person_id", "name", "mentions", "char_start", "char_end", "source"},
    "roles": {"doc_id", "person_id", "name", "title", "char_start", "char_end", "source"},
    "organisations": {"doc_id", "org_id", "name", "mentions", "char_start", "char_end", "source"},
    "dates": {"doc_id", "text", "role", "char_start", "char_end", "source"},  # unresolved: no granularity
    "counts": {"doc_id", "text", "value", "qualifier", "unit", "char_start", "char_end", "source"},
    "mentions": {"doc_id", "label", "text", "char_start", "char_end", "source"},
    "events": {"doc_id", "name"},
}


@dataclass(frozen=True)
class Problem:
    table: str
    column: str
    row: int | None
    value: str
    check: str
    doc_id: str = ""

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" + (f" row {self.row}" if self.row is not None else "")
        return f"{where}: {self.value!r} fails {self.check}" + (f" (document {self.doc_id})" if self.doc_id else "")


class TablesInvalid(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"the extracted tables break their schema ({len(problems)} problem(s)); this is a bug, please report it:\n{shown}{more}"
        )


def schema(table: str) -> pa.DataFrameSchema:
    columns = {}
    for col in COLUMNS[table]:
        checks = []
        if (table, col) in ALLOWED:
            checks.append(pa.Check.isin(ALLOWED[(table, col)]))
        if (table, col) in PATTERNS:
            checks.append(pa.Check.str_matches(PATTERNS[(table, col)]))
        if col in ("char_start", "chars", "mentions", "value"):
            checks.append(pa.Check.ge(0))
        nullable = col not in REQUIRED[table]
        columns[col] = pa.Column(dtype_of(col), checks=checks, nullable=nullable, required=True)
    frame_checks = []
    if "char_start" in COLUMNS[table]:
        frame_checks.append(pa.Check(lambda df: df["char_start"] < df["char_end"], name="char_start < char_end"))
    return pa.DataFrameSchema(
        columns, checks=frame_checks, unique=PRIMARY_KEYS.get(table), strict=False, coerce=False, name=table
    )


def validate(tables) -> list[Problem]:
    """Every problem in every table, and across tables (doc_id and person_id references)."""
    problems: list[Problem] = []
    for table in COLUMNS:
        df = tables[table]
        try:
            schema(table).validate(df, lazy=True)
        except pa.errors.SchemaErrors as err:
            for case in err.failure_cases.to_dict("records"):
                idx = case.get("index")
                row = None if pd.isna(idx) else int(idx)
                doc_id = str(df.loc[row, "doc_id"]) if row is not None and row in df.index else ""
                problems.append(
                    Problem(
                        table,
                        str(case.get("column") or ""),
                        row,
                        str(case.get("failure_case")),
                        str(case.get("check")),
                        doc_id,
                    )
                )
    doc_ids = set(tables["documents"]["doc_id"].dropna())
    for table in COLUMNS:
        if table == "documents":
            continue
        df = tables[table]
        for idx, value in df["doc_id"].items():
            if value not in doc_ids:
                problems.append(Problem(table, "doc_id", int(idx), str(value), "a doc_id present in documents"))
    people = set(zip(tables["people"]["doc_id"], tables["people"]["person_id"]))
    for idx, (d, p) in enumerate(zip(tables["roles"]["doc_id"], tables["roles"]["person_id"])):
        if (d, p) not in people:
            problems.append(Problem("roles", "person_id", idx, str(p), "a person_id present in people for its doc_id"))
    return problems


def check(tables) -> None:
    problems = validate(tables)
    if problems:
        raise TablesInvalid(problems)
