"""A fingerprint of everything that decides the output besides the inputs:
the package (version and source), the model's name and version, and every rule file.

Two runs with the same fingerprint over the same inputs give the same tables, so
an incremental run may reuse rows only while the fingerprint is unchanged.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.language import Language

from .paths import MODELS_DIR
from .version import __version__


def rule_files(rules_dir: str | Path | None = None) -> list[Path]:
    root = Path(rules_dir or MODELS_DIR)
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".cfg", ".jsonl", ".json", ".txt"})


def rules_fingerprint(rules_dir: str | Path | None = None) -> str:
    root = Path(rules_dir or MODELS_DIR)
    h = hashlib.sha256()
    for path in rule_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def model_description(nlp: Language) -> dict:
    """The source model set by `load_nlp` (name, version)."""
    return dict(
        nlp.meta.get("source_model") or {"name": nlp.meta.get("name", ""), "version": nlp.meta.get("version", "")}
    )


def code_fingerprint() -> str:
    """The package's own source: a change of a component's code changes the output as
    surely as a change of its rules."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def pipeline_fingerprint(nlp: Language, rules_dir: str | Path | None = None) -> str:
    m = model_description(nlp)
    key = "|".join([__version__, code_fingerprint(), m["name"], m["version"], rules_fingerprint(rules_dir)])
    return hashlib.sha256(key.encode()).hexdigest()
