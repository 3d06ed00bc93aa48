"""`manifest.json`: what a run read and made — the input folder (relative to the output
folder, for `communique review`), inputs with their sha256 and status,
rows per table, errors, the model, the rule files' fingerprint, the package version,
and timings. Everything but `timings` is the same for the same inputs and rules."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .fingerprint import model_description, pipeline_fingerprint, rules_fingerprint
from .version import __version__


def _cell(v):
    return "" if v is None or pd.isna(v) else v


def build_manifest(
    docs,
    counts: dict[str, int],
    nlp,
    *,
    rules_dir=None,
    fmt: str = "csv",
    timings: dict | None = None,
    fingerprint: str | None = None,
    input_dir: str | None = None,
) -> dict:
    inputs = [
        {"doc_id": r["doc_id"], "path": _cell(r["path"]), "sha256": _cell(r["sha256"]), "status": r["status"]}
        for r in docs.to_dict("records")
    ]
    errors = [
        {"doc_id": r["doc_id"], "path": _cell(r["path"]), "error": r["error"]}
        for r in docs.to_dict("records")
        if r["status"] == "error"
    ]
    return {
        "communique_version": __version__,
        "model": model_description(nlp),
        "rules_fingerprint": rules_fingerprint(rules_dir),
        "pipeline_fingerprint": fingerprint or pipeline_fingerprint(nlp, rules_dir),
        "format": fmt,
        "input_dir": input_dir,
        "inputs": inputs,
        "tables": counts,
        "errors": errors,
        "timings": {k: round(v, 3) for k, v in (timings or {}).items()},
    }


def write_manifest(manifest: dict, folder: str | Path) -> Path:
    path = Path(folder) / "manifest.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
