"""Incremental runs: each document's rows are kept, as they are made, in a shard under
the output folder (`.communique/rows/<hash of doc_id>.json`), stamped with everything
that decides them: the doc_id, the file's path, how it was read (text or HTML), the
sha256 of its bytes and the pipeline's fingerprint (package, model and rule files).

The next run into the same folder reuses a shard only when every stamp still matches,
so it re-processes exactly the new, changed, moved and renamed files, and everything
after a rule or model change. A shard that is not what this module writes (another
shape, a wrong type, truncated) is discarded and its document done again. Shards are
written atomically as each document finishes: a run killed halfway and started again
picks up where it stopped, losing and duplicating nothing. Tables are always
assembled from the shards of the current inputs, so removed files drop out and the
tables equal those of a full run byte for byte.

Keeping rows is an optimisation: when a shard cannot be written (a full disk), the run
goes on without keeping rows and says so (`warnings`).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .contract import COLUMNS, INTEGER_COLUMNS, TABLE_NAMES
from .io import STATE_DIR, SourceDocument, open_output

#: Bumped when the shard layout changes: older shards are then never reused.
SHARD_FORMAT = 2


def shard_name(doc_id: str) -> str:
    """A file name for a document's shard that any file system accepts, whatever the
    doc_id (long, not UTF-8, with slashes)."""
    return hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:40] + ".json"


def _stamp(source: SourceDocument, fingerprint: str) -> dict:
    return {
        "format": SHARD_FORMAT,
        "doc_id": source.doc_id,
        "path": source.path,
        "reader": source.reader,
        "sha256": source.sha256,
        "fingerprint": fingerprint,
    }


def _cell_ok(column: str, value) -> bool:
    if value is None:
        return True
    if column in INTEGER_COLUMNS:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def rows_are_valid(rows, doc_id: str) -> bool:
    """The rows of one document as this module writes them: every table, each row a dict
    with exactly the contract's columns, each cell of the column's type, the document's
    own doc_id, and one documents row with status ok."""
    if not isinstance(rows, dict) or set(rows) != set(TABLE_NAMES):
        return False
    for name, table in rows.items():
        if not isinstance(table, list):
            return False
        columns = COLUMNS[name]
        for row in table:
            if not isinstance(row, dict) or len(row) != len(columns) or row.get("doc_id") != doc_id:
                return False
            if not all(c in row and _cell_ok(c, row[c]) for c in columns):
                return False
    docs = rows["documents"]
    return len(docs) == 1 and docs[0]["status"] == "ok"


class ShardStore:
    def __init__(self, out_dir: str | Path, fingerprint: str, *, reuse: bool = True):
        self.dir = Path(out_dir) / STATE_DIR / "rows"
        self.fingerprint, self.reuse = fingerprint, reuse
        self.hits = 0
        self.enabled = True
        self.warnings: list[str] = []

    def _path(self, doc_id: str) -> Path:
        return self.dir / shard_name(doc_id)

    def get(self, source: SourceDocument) -> dict[str, list[dict]] | None:
        """The rows kept for this document, if made from the same file, at the same path,
        by the same reader and the same pipeline; a shard of the wrong shape is discarded."""
        if not self.reuse or not source.sha256:
            return None
        path = self._path(source.doc_id)
        try:
            with open(path, encoding="utf-8") as f:
                shard = json.load(f)
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            self.discard(source.doc_id)
            return None
        if not isinstance(shard, dict) or not rows_are_valid(shard.get("rows"), source.doc_id):
            self.discard(source.doc_id)
            return None
        if {k: shard.get(k) for k in _stamp(source, "")} != _stamp(source, self.fingerprint):
            return None
        self.hits += 1
        return shard["rows"]

    def put(self, source: SourceDocument, rows: dict[str, list[dict]]) -> None:
        """Keep a document's rows (atomically: a shard is whole or absent). A failure to
        write (a full disk) stops keeping rows for the rest of the run, with a warning."""
        if not source.sha256 or not self.enabled:
            return
        path = self._path(source.doc_id)
        tmp = path.with_suffix(".json.tmp")
        # json.dumps, not json.dump: dump streams through the pure-Python encoder (3x slower)
        text = json.dumps({**_stamp(source, self.fingerprint), "rows": rows}, ensure_ascii=False)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            with open_output(tmp, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except OSError as e:
            self.enabled = False
            tmp.unlink(missing_ok=True)
            self.warnings.append(
                f"{self.dir}: cannot keep rows for incremental runs ({e.strerror or e}); this run goes on without"
            )

    def discard(self, doc_id: str) -> None:
        try:
            self._path(doc_id).unlink(missing_ok=True)
        except OSError:
            pass

    def prune(self, keep: set[str]) -> None:
        """Forget documents that are no longer among the inputs, and half-written shards."""
        if not self.dir.is_dir():
            return
        names = {shard_name(doc_id) for doc_id in keep}
        for path in self.dir.iterdir():
            if path.name not in names:
                try:
                    path.unlink()
                except OSError:
                    pass
