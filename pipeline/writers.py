"""Writing a run's tables: CSV (the contract), Parquet or SQLite, always atomically.

CSV is UTF-8 with a byte-order mark (Excel then reads it correctly). A text cell that a
spreadsheet would run as a formula (beginning with =, +, -, @, a tab or a carriage
return) is neutralised in CSV by a leading single quote, as OWASP recommends; numbers
are never touched, and `formula_guard=False` (`--no-formula-guard`) writes cells as
they are. Parquet and SQLite keep values as they are.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import pandas as pd

FORMATS = ("csv", "parquet", "sqlite")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SQLITE_NAME = "tables.sqlite"


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells beginning like a formula, prefixed with a single quote."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]):
            s = out[col]
            risky = s.str.startswith(FORMULA_START).fillna(False).astype(bool)
            if risky.any():
                out[col] = s.where(~risky, "'" + s)
    return out


def _atomic(target: Path, write) -> Path:
    """Call write(tmp_path) then move the finished file over `target`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_csv(df: pd.DataFrame, target: Path, *, formula_guard: bool = True) -> Path:
    data = neutralise_formulas(df) if formula_guard else df

    def write(tmp: Path):
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            data.to_csv(f, index=False, lineterminator="\n")

    return _atomic(target, write)


def write_parquet(df: pd.DataFrame, target: Path) -> Path:
    return _atomic(target, lambda tmp: df.to_parquet(tmp, index=False, engine="pyarrow"))


def write_sqlite(tables, target: Path) -> Path:
    """One database, one table per contract table, an index on doc_id in each."""

    def write(tmp: Path):
        tmp.unlink(missing_ok=True)
        with sqlite3.connect(tmp) as con:
            for name in tables:
                tables[name].to_sql(name, con, index=False)
                con.execute(f'CREATE INDEX "idx_{name}_doc_id" ON "{name}" (doc_id)')
        con.close()

    return _atomic(target, write)


def write_tables(tables, folder: str | Path, *, format: str = "csv", formula_guard: bool = True) -> list[Path]:
    """Write every table into `folder` in `format`; each file replaces the old one only when complete."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if format == "sqlite":
        return [write_sqlite(tables, folder / SQLITE_NAME)]
    if format == "parquet":
        return [write_parquet(tables[name], folder / f"{name}.parquet") for name in tables]
    return [write_csv(tables[name], folder / f"{name}.csv", formula_guard=formula_guard) for name in tables]
