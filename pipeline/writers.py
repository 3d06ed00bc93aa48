"""Writing a run's tables: CSV (the contract), Parquet or SQLite.

Tables are appended batch by batch into a staging folder, so a long run never holds
every row in memory, and moved into place only when the run is complete and valid:
an interrupted or invalid run never replaces the last good tables.

CSV is UTF-8 with a byte-order mark (Excel then reads it correctly). A text cell that a
spreadsheet would run as a formula (beginning with =, +, -, @, a tab or a carriage
return) is neutralised in CSV by a leading single quote, as OWASP recommends; numbers
are never touched, and `formula_guard=False` (`--no-formula-guard`) writes cells as
they are. Parquet and SQLite keep values as they are.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pandas as pd

from .contract import COLUMNS, typed

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


def _empty(name: str) -> pd.DataFrame:
    return typed(pd.DataFrame(columns=COLUMNS[name]))


class TableSink:
    """Append Tables batch by batch; `commit()` moves the finished files into `folder`."""

    def __init__(self, folder: str | Path, *, format: str = "csv", formula_guard: bool = True):
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        self.folder, self.format, self.formula_guard = Path(folder), format, formula_guard
        self.folder.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.folder))
        self._files: dict[str, object] = {}
        self._sqlite = sqlite3.connect(self.staging / SQLITE_NAME) if format == "sqlite" else None

    def append(self, tables) -> None:
        for name in COLUMNS:
            df = tables[name]
            if self.format == "csv":
                self._append_csv(name, df)
            elif self.format == "parquet":
                self._append_parquet(name, df)
            else:
                df.to_sql(name, self._sqlite, index=False, if_exists="append")

    def _append_csv(self, name: str, df: pd.DataFrame) -> None:
        first = name not in self._files
        if first:
            self._files[name] = open(self.staging / f"{name}.csv", "w", encoding="utf-8-sig", newline="")
        data = neutralise_formulas(df) if self.formula_guard else df
        data.to_csv(self._files[name], index=False, header=first, lineterminator="\n")

    def _append_parquet(self, name: str, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if name not in self._files:
            schema = pa.Schema.from_pandas(_empty(name), preserve_index=False)
            self._files[name] = pq.ParquetWriter(self.staging / f"{name}.parquet", schema)
        writer = self._files[name]
        if len(df):
            writer.write_table(pa.Table.from_pandas(df, schema=writer.schema, preserve_index=False))

    def commit(self) -> list[Path]:
        for name in COLUMNS:  # tables no batch reached still get their header / schema
            if name not in self._files and self.format != "sqlite":
                self.append_empty(name)
        for f in self._files.values():
            f.close()
        if self._sqlite is not None:
            for name in COLUMNS:
                _empty(name).to_sql(name, self._sqlite, index=False, if_exists="append")
                self._sqlite.execute(f'CREATE INDEX IF NOT EXISTS "idx_{name}_doc_id" ON "{name}" (doc_id)')
            self._sqlite.commit()
            self._sqlite.close()
        written = []
        for path in sorted(self.staging.iterdir()):
            target = self.folder / path.name
            os.replace(path, target)
            written.append(target)
        shutil.rmtree(self.staging, ignore_errors=True)
        return written

    def append_empty(self, name: str) -> None:
        if self.format == "csv":
            self._append_csv(name, _empty(name))
        else:
            self._append_parquet(name, _empty(name))

    def abort(self) -> None:
        for f in self._files.values():
            f.close()
        if self._sqlite is not None:
            self._sqlite.close()
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.abort()
        return False


def write_tables(tables, folder: str | Path, *, format: str = "csv", formula_guard: bool = True) -> list[Path]:
    """Write every table into `folder` in `format`; files replace the old ones only when complete."""
    with TableSink(folder, format=format, formula_guard=formula_guard) as sink:
        sink.append(tables)
        return sink.commit()
