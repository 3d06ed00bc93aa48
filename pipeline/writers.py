"""Writing a run's tables: CSV (the contract), Parquet or SQLite.

Tables are appended batch by batch into a staging folder, so a long run never holds
every row in memory. The files that describe them (datapackage.json, manifest.json) go
into the same staging folder, and everything moves into place together when the run is
complete and valid: a marker written last says the staging folder is complete, and a
run that finds a complete one (the last run was killed while moving its files) finishes
the move, while an incomplete one is removed. An interrupted, invalid or failing run
(a full disk, a read-only folder) never replaces the last good tables, and leaves
nothing behind. Files of another format from an earlier run into the same folder are
removed when the new ones move in, so the folder never mixes two runs.

One run at a time writes into a folder: `OutputLock` takes a lock on it, and a second
run is told that another holds it.

CSV is UTF-8 with a byte-order mark (Excel then reads it correctly). A text cell that a
spreadsheet would run as a formula (beginning with =, +, -, @, a tab or a carriage
return) is neutralised in CSV by a leading single quote, as OWASP recommends; numbers
are never touched, and `formula_guard=False` (`--no-formula-guard`) writes cells as
they are. Keys (doc_id, path and the ids) are never rewritten, since other tables and
`review` look them up: such a key is written quoted instead, which a spreadsheet reads
as text. Parquet and SQLite keep values as they are. SQLite declares the contract's
primary and foreign keys and a full-text index (FTS5) on `evidence`, so that datasette
links rows and searches out of the box.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pandas as pd

from .contract import COLUMNS, TABLE_SPECS, typed
from .io import STAGING_PREFIX, STATE_DIR, open_output

FORMATS = ("csv", "parquet", "sqlite")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_START)
SQLITE_NAME = "tables.sqlite"
#: Columns that identify rows (keys of the contract, and the input's path): never rewritten.
KEY_COLUMNS = frozenset(
    {"path"}
    | {c for spec in TABLE_SPECS for c in spec.primary_key}
    | {c for spec in TABLE_SPECS for fk in spec.foreign_keys for c in fk.fields}
)
#: Written last into a complete staging folder: its files may move into place.
COMPLETE = ".complete"
_PLACEHOLDER = "\ue000{}\ue001"


class OutputError(RuntimeError):
    """The output folder cannot be written: the message names the path and the reason."""


class OutputLocked(OutputError):
    """Another run holds the output folder."""


def output_error(e: OSError, fallback: str | Path) -> OutputError:
    """One line naming the file (where it was to land, not its staging folder) and the reason."""
    where = re.sub(r"[/\\]\.staging-[^/\\]+(?=[/\\])", "", os.fspath(e.filename or fallback))
    reason = e.strerror or str(e)
    if e.errno == errno.ENOSPC:
        reason = "no space left on device"
    elif e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"cannot write there ({e.strerror or 'read-only'})"
    return OutputError(f"{where}: {reason}")


def files_of(format: str) -> set[str]:
    """The files a run in `format` writes into its output folder (manifest.json aside)."""
    if format == "sqlite":
        return {SQLITE_NAME}
    names = {f"{name}.{format}" for name in COLUMNS}
    return names | ({"datapackage.json"} if format == "csv" else set())


def neutralise_formulas(df: pd.DataFrame, keep=()) -> pd.DataFrame:
    """Text cells beginning like a formula, prefixed with a single quote (columns in
    `keep` left alone)."""
    out = df.copy()
    for col in out.columns:
        if col not in keep and pd.api.types.is_string_dtype(out[col]):
            s = out[col]
            risky = s.str.startswith(FORMULA_START).fillna(False).astype(bool)
            if risky.any():
                out[col] = s.where(~risky, "'" + s)
    return out


def _csv_cell(value) -> str:
    """A cell as DataFrame.to_csv writes it here (Python's csv.writer, QUOTE_MINIMAL,
    lines ending in "\\n"): empty for None, quoted when it holds a comma, a double quote
    (doubled) or a line feed; a carriage return alone is not quoted. Three times faster
    than csv.writer, which scans every character."""
    if value is None:
        return ""
    if type(value) is not str:
        return str(value)
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value:
        return '"' + value + '"'
    return value


def _csv_columns(df: pd.DataFrame, formula_guard: bool) -> list[list] | None:
    """Each column's cells as plain values (None for empty, ints, text),
    text cells beginning like a formula neutralised as `neutralise_formulas` does. None
    when a key cell begins like one (it is written quoted: see TableSink._append_csv) or
    a column is not of the contract's dtypes."""
    if not all(isinstance(t, (pd.StringDtype, pd.Int64Dtype)) for t in df.dtypes):
        return None  # not the contract's dtypes: pandas formats the cells
    columns = []
    for col in df.columns:
        s = df[col]
        values = s.to_numpy(dtype=object, na_value=None).tolist()
        if formula_guard and pd.api.types.is_string_dtype(s):
            risky = [i for i, v in enumerate(values) if v and v[0] in _FORMULA_FIRST]
            if risky and col in KEY_COLUMNS:
                return None
            for i in risky:
                values[i] = "'" + values[i]
        columns.append(values)
    return columns


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _empty(name: str) -> pd.DataFrame:
    return typed(pd.DataFrame(columns=COLUMNS[name]))


def sqlite_schema(name: str) -> str:
    """CREATE TABLE for a contract table: its columns with their types, primary key and
    foreign keys as the contract declares them."""
    spec = next(s for s in TABLE_SPECS if s.name == name)
    lines = [f'"{c.name}" {"INTEGER" if c.type == "integer" else "TEXT"}' for c in spec.columns]
    if spec.primary_key:
        lines.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in spec.primary_key) + ")")
    for fk in spec.foreign_keys:
        cols = ", ".join(f'"{c}"' for c in fk.fields)
        lines.append(f'FOREIGN KEY ({cols}) REFERENCES "{fk.resource}" ({cols})')
    return f'CREATE TABLE "{name}" (\n  ' + ",\n  ".join(lines) + "\n)"


def _cells(df: pd.DataFrame):
    """Rows of a frame as tuples of plain Python values (None for empty)."""
    plain = df.astype(object).where(df.notna(), None)
    return plain.itertuples(index=False, name=None)


class TableSink:
    """Append Tables batch by batch; `commit()` moves the finished files into `folder`.

    OSError while writing becomes OutputError, naming the file and the reason.
    """

    def __init__(self, folder: str | Path, *, format: str = "csv", formula_guard: bool = True):
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        self.folder, self.format, self.formula_guard = Path(folder), format, formula_guard
        self._files: dict[str, object] = {}
        self._sqlite = None
        self.staging = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.folder))
            if format == "sqlite":
                self._sqlite = sqlite3.connect(self.staging / SQLITE_NAME)
                for name in COLUMNS:
                    self._sqlite.execute(sqlite_schema(name))
        except OSError as e:
            self.abort()
            raise output_error(e, self.folder) from None
        except sqlite3.Error as e:
            self.abort()
            raise OutputError(f"{self.folder / SQLITE_NAME}: {_sqlite_reason(e)}") from None

    def _target(self, name: str) -> Path:
        """Where a table lands, for messages."""
        return self.folder / (SQLITE_NAME if self.format == "sqlite" else f"{name}.{self.format}")

    def append(self, tables) -> None:
        for name in COLUMNS:
            df = tables[name]
            try:
                if self.format == "csv":
                    self._append_csv(name, df)
                elif self.format == "parquet":
                    self._append_parquet(name, df)
                elif len(df):
                    marks = ", ".join("?" * len(df.columns))
                    self._sqlite.executemany(f'INSERT INTO "{name}" VALUES ({marks})', _cells(df))
            except OSError as e:
                raise output_error(e, self._target(name)) from None
            except sqlite3.Error as e:
                raise OutputError(f"{self._target(name)}: {_sqlite_reason(e)}") from None

    def _append_csv(self, name: str, df: pd.DataFrame) -> None:
        first = name not in self._files
        if first:
            self._files[name] = open_output(self.staging / f"{name}.csv", "w", encoding="utf-8-sig", newline="")
        columns = _csv_columns(df, self.formula_guard)
        if columns is not None:
            lines = [",".join(row) + "\n" for row in zip(*(map(_csv_cell, values) for values in columns))]
            if first:
                lines.insert(0, ",".join(map(_csv_cell, df.columns)) + "\n")
            self._files[name].write("".join(lines))  # at once: the utf-8-sig encoder is slow per call
            return
        if not self.formula_guard:
            df.to_csv(self._files[name], index=False, header=first, lineterminator="\n")
            return
        data = neutralise_formulas(df, keep=KEY_COLUMNS)
        risky = {
            col: data.index[data[col].str.startswith(FORMULA_START).fillna(False).astype(bool).to_numpy()]
            for col in KEY_COLUMNS & set(data.columns)
        }
        if not any(len(idx) for idx in risky.values()):
            data.to_csv(self._files[name], index=False, header=first, lineterminator="\n")
            return
        data, quoted = data.copy(), {}
        for col, rows in risky.items():
            for idx in rows:
                mark = _PLACEHOLDER.format(len(quoted))
                quoted[mark] = _quoted(data.at[idx, col])
                data.at[idx, col] = mark
        text = data.to_csv(index=False, header=first, lineterminator="\n")
        for mark, value in quoted.items():
            text = text.replace(mark, value, 1)
        self._files[name].write(text)

    def _append_parquet(self, name: str, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if name not in self._files:
            schema = pa.Schema.from_pandas(_empty(name), preserve_index=False)
            handle = open_output(self.staging / f"{name}.parquet", "wb")
            self._files[name] = (pq.ParquetWriter(handle, schema), handle)
        writer = self._files[name][0]
        if len(df):
            writer.write_table(pa.Table.from_pandas(df, schema=writer.schema, preserve_index=False))

    def add_file(self, name: str, text: str) -> Path:
        """A file that moves into place with the tables (datapackage.json, manifest.json)."""
        path = self.staging / name
        try:
            with open_output(path, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise output_error(e, path) from None
        return self.folder / name

    def _close(self, *, quiet: bool = False) -> None:
        """Close every file; the first failure is raised once all are closed (unless `quiet`)."""
        failure = None
        for name, f in self._files.items():
            for handle in f if isinstance(f, tuple) else (f,):
                try:
                    handle.close()
                except OSError as e:  # closing flushes: a full disk shows here too
                    failure = failure or output_error(e, self._target(name))
                except Exception as e:
                    failure = failure or OutputError(f"{self._target(name)}: {e}")
        self._files.clear()
        if failure is not None and not quiet:
            raise failure

    def commit(self) -> list[Path]:
        """Move every file into place, together: the tables, and what add_file added."""
        try:
            for name in COLUMNS:  # tables no batch reached still get their header / schema
                if name not in self._files and self.format != "sqlite":
                    self.append_empty(name)
            self._close()
            if self._sqlite is not None:
                self._finish_sqlite()
            names = sorted(p.name for p in self.staging.iterdir())
            with open_output(self.staging / COMPLETE, "w", encoding="utf-8") as f:
                json.dump({"format": self.format, "files": names}, f)
        except OSError as e:
            raise output_error(e, self.folder) from None
        except sqlite3.Error as e:
            raise OutputError(f"{self.folder / SQLITE_NAME}: {_sqlite_reason(e)}") from None
        return finish_staging(self.staging)

    def _finish_sqlite(self) -> None:
        con = self._sqlite
        for spec in TABLE_SPECS:
            con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{spec.name}_doc_id" ON "{spec.name}" (doc_id)')
            if "evidence" in spec.column_names:
                try:
                    con.execute(f'CREATE VIRTUAL TABLE "{spec.name}_fts" USING fts5("evidence", content="{spec.name}")')
                except sqlite3.OperationalError as e:
                    if "fts5" in str(e):  # an SQLite built without FTS5: the tables, without search
                        continue
                    raise
                con.execute(f'INSERT INTO "{spec.name}_fts"("{spec.name}_fts") VALUES (\'rebuild\')')
        con.commit()
        con.close()
        self._sqlite = None

    def append_empty(self, name: str) -> None:
        if self.format == "csv":
            self._append_csv(name, _empty(name))
        else:
            self._append_parquet(name, _empty(name))

    def abort(self) -> None:
        self._close(quiet=True)
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.abort()
        return False


def _sqlite_reason(e: sqlite3.Error) -> str:
    return "no space left on device" if "full" in str(e) else str(e)


def finish_staging(staging: Path) -> list[Path]:
    """Move a complete staging folder's files into its parent, remove the files another
    format left there, and the staging folder. Safe to run again after a kill."""
    folder = staging.parent
    marker = json.loads((staging / COMPLETE).read_text(encoding="utf-8"))
    written = []
    try:
        for name in marker["files"]:
            source, target = staging / name, folder / name
            if source.exists():
                os.replace(source, target)
            written.append(target)
        stale = set().union(*(files_of(f) for f in FORMATS if f != marker["format"])) - set(marker["files"])
        for name in sorted(stale):
            (folder / name).unlink(missing_ok=True)
    except OSError as e:
        raise output_error(e, folder) from None
    shutil.rmtree(staging, ignore_errors=True)
    return written


def recover(folder: str | Path) -> None:
    """What killed runs left in `folder`: a complete staging folder moves into place (the
    run was killed while moving its files), an incomplete one is removed."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    for staging in sorted(folder.glob(STAGING_PREFIX + "*")):
        if not staging.is_dir():
            continue
        try:
            complete = json.loads((staging / COMPLETE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            complete = None
        if isinstance(complete, dict) and isinstance(complete.get("files"), list):
            finish_staging(staging)
        else:
            shutil.rmtree(staging, ignore_errors=True)


class OutputLock:
    """An exclusive lock on an output folder (`.communique/lock`) for the length of a
    run; a second run into the same folder is refused with OutputLocked."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.path = self.folder / STATE_DIR / "lock"
        self._file = None

    def __enter__(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open_output(self.path, "a+", encoding="utf-8")
        except OSError as e:
            raise output_error(e, self.folder) from None
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return self
        try:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._file.seek(0)
            holder = self._file.read().strip()
            self._file.close()
            self._file = None
            who = f" (process {holder})" if holder.isdigit() else ""
            raise OutputLocked(
                f"{self.folder}: another communique run is writing here{who}; wait for it to finish"
            ) from None
        try:
            self._file.seek(0)
            self._file.truncate()
            self._file.write(str(os.getpid()))
            self._file.flush()
        except OSError:
            pass
        return self

    def __exit__(self, *exc):
        if self._file is not None:
            self._file.close()  # releases the lock
            self._file = None
        return False


def write_tables(tables, folder: str | Path, *, format: str = "csv", formula_guard: bool = True) -> list[Path]:
    """Write every table into `folder` in `format`; files replace the old ones only when complete."""
    with TableSink(folder, format=format, formula_guard=formula_guard) as sink:
        sink.append(tables)
        return sink.commit()
