"""`manifest.json`: what a run read and made — the input folder (relative to the output
folder, for `communique review`), inputs with their sha256 and status,
files skipped, rows per table, errors, the model, the rule files' fingerprint and the
package version. It is the same, byte for byte, for the same inputs and rules, so a
second run over an unchanged folder changes no committed file.

What changes from run to run (timings, documents reused, warnings) goes to the run log,
`.communique/run.json` in the output folder (`run_log`)."""

from __future__ import annotations

import json

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
    fingerprint: str | None = None,
    input_dir: str | None = None,
    skipped: list[str] = (),
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
        "skipped": sorted(skipped),
        "tables": counts,
        "errors": errors,
    }


def manifest_text(manifest: dict) -> str:
    return json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"


def run_log(manifest: dict, *, timings: dict, reused: int, warnings: list[str], started: str) -> dict:
    """The run log: when the run started, its timings, the documents it reused, what the
    readers repaired, and the errors and skipped files again, for a quick look."""
    return {
        "started": started,
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "documents": len(manifest["inputs"]),
        "reused": reused,
        "failed": len(manifest["errors"]),
        "errors": manifest["errors"],
        "skipped": manifest["skipped"],
        "warnings": warnings,
        "tables": manifest["tables"],
    }
