"""Schemas of the contract tables (pandera), checked before a run writes anything.

Validation is lazy: one report lists every failure (table, column, row, value, check),
so a bug in a rule shows up as a precise bug report rather than half-written tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from .contract import TABLE_SPECS, Table


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


def schema(spec: Table) -> pa.DataFrameSchema:
    """A table's pandera schema: dtypes, required columns, allowed values, patterns and
    minimums from its spec; offsets in order; a unique primary key."""
    columns = {}
    for col in spec.columns:
        checks = []
        if col.allowed:
            checks.append(pa.Check.isin(list(col.allowed)))
        if col.pattern:
            checks.append(pa.Check.str_matches(col.pattern))
        if col.minimum is not None:
            checks.append(pa.Check.ge(col.minimum))
        columns[col.name] = pa.Column(col.dtype, checks=checks, nullable=not col.required, required=True)
    frame_checks = []
    if "char_start" in columns:
        frame_checks.append(pa.Check(lambda df: df["char_start"] < df["char_end"], name="char_start < char_end"))
    return pa.DataFrameSchema(
        columns, checks=frame_checks, unique=list(spec.primary_key) or None, strict=False, coerce=False, name=spec.name
    )


def validate(tables, specs: tuple[Table, ...] = TABLE_SPECS) -> list[Problem]:
    """Every problem in every table, and across tables (each foreign key names a row that exists)."""
    problems: list[Problem] = []
    for spec in specs:
        table = spec.name
        df = tables[table]
        if _clean(spec, df):
            continue
        try:
            schema(spec).validate(df, lazy=True)
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
    for spec in specs:
        for fk in spec.foreign_keys:
            problems += _dangling(spec.name, tables[spec.name], fk.fields, fk.resource, tables[fk.resource])
    return problems


_DTYPES = {"string": pd.StringDtype(), "Int64": pd.Int64Dtype()}


def _clean(spec: Table, df: pd.DataFrame) -> bool:
    """True when the table's schema would find no failure, checked column by column with
    pandas (pandera costs several times more). False when anything might fail: the
    schema then reports each failure."""
    for col in spec.columns:
        if col.name not in df.columns:
            return False
        s = df[col.name]
        if s.dtype != _DTYPES[col.dtype]:
            return False
        missing = s.isna()
        if missing.any():
            if col.required:
                return False
            s = s[~missing]
        if col.allowed and not s.isin(col.allowed).all():
            return False
        if col.pattern and not s.str.match(col.pattern).all():
            return False
        if col.minimum is not None and not (s >= col.minimum).all():
            return False
    if "char_start" in spec.column_names:
        start, end = df["char_start"], df["char_end"]
        if start.isna().any() or end.isna().any() or not (start < end).all():
            return False
    return not (spec.primary_key and df.duplicated(subset=list(spec.primary_key)).any())


def _dangling(table: str, df: pd.DataFrame, fields: tuple[str, ...], resource: str, target: pd.DataFrame):
    """Rows of `df` whose `fields` name no row of `target`, as problems on the last field."""
    keys, targets = df[list(fields)], target[list(fields)]
    if not (keys.isna().any().any() or targets.isna().any().any()):
        present = pd.MultiIndex.from_frame(keys).isin(pd.MultiIndex.from_frame(targets))
        if present.all():  # else each row is looked up below, where NA is matched as before
            return []
    present = set(zip(*(target[f] for f in fields)))
    within = f" for its {', '.join(fields[:-1])}" if len(fields) > 1 else ""
    check = f"a {fields[-1]} present in {resource}{within}"
    return [
        Problem(table, fields[-1], int(idx), str(key[-1]), check)
        for idx, key in zip(df.index, zip(*(df[f] for f in fields)))
        if key not in present
    ]


def check(tables) -> None:
    problems = validate(tables)
    if problems:
        raise TablesInvalid(problems)
