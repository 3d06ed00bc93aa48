"""Incremental runs: each document's rows are kept, as they are made, in a shard under
the output folder (`.communique/rows/<doc_id>.json`), stamped with the sha256 of the
input file and the pipeline's fingerprint (package, model and rule files).

The next run into the same folder reuses a shard only when both stamps still match, so
it re-processes exactly the new and changed files, and everything after a rule or
model change. Shards are written atomically as each document finishes: a run killed
halfway and started again picks up where it stopped, losing and duplicating nothing.
Tables are always assembled from the shards of the current inputs, so removed files
drop out and the tables equal those of a full run byte for byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

STATE_DIR = ".communique"


class ShardStore:
    def __init__(self, out_dir: str | Path, fingerprint: str, *, reuse: bool = True):
        self.dir = Path(out_dir) / STATE_DIR / "rows"
        self.fingerprint, self.reuse = fingerprint, reuse
        self.hits = 0

    def _path(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.json"

    def get(self, doc_id: str, sha256: str) -> dict[str, list[dict]] | None:
        """The rows kept for this document, if made from the same file by the same pipeline."""
        if not self.reuse or not sha256:
            return None
        try:
            shard = json.loads(self._path(doc_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if shard.get("sha256") != sha256 or shard.get("fingerprint") != self.fingerprint:
            return None
        self.hits += 1
        return shard["rows"]

    def put(self, doc_id: str, sha256: str, rows: dict[str, list[dict]]) -> None:
        if not sha256:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self._path(doc_id)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(
            json.dumps({"sha256": sha256, "fingerprint": self.fingerprint, "rows": rows}, ensure_ascii=False),
            encoding="utf-8",
        )
        os.replace(tmp, path)

    def prune(self, keep: set[str]) -> None:
        """Forget documents that are no longer among the inputs."""
        if self.dir.is_dir():
            for path in self.dir.glob("*.json"):
                if path.stem not in keep:
                    path.unlink()
