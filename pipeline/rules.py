"""Rule files: JSONL read line by line, each line checked, errors naming file and line.

Registered as readers so that `models/config.cfg` can point any component at a rule
file, the way spaCy's projects use `srsly.read_jsonl.v1`, but with validation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.schemas import validate_token_pattern
from spacy.util import registry


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line = str(path), line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


def invalid(rule: dict, message: str) -> RuleError:
    """A RuleError for a rule read by read_jsonl_rules, naming its file and line."""
    path, _, line = rule.get("_where", "").rpartition(":")
    return RuleError(path or "rule file", int(line) if line.isdigit() else None, message)


def read_jsonl_rules(
    path: str | Path,
    *,
    required: Iterable[str] = (),
    allowed: Iterable[str] | None = None,
    labels: Iterable[str] | None = None,
) -> list[dict]:
    """Read one JSONL rule file; reject bad JSON, unknown keys, missing keys and unknown labels."""
    path = Path(path)
    if not path.is_file():
        raise RuleError(path, None, "rule file not found")
    required, labels = set(required), set(labels) if labels is not None else None
    allowed = set(allowed) | required if allowed is not None else None
    rules = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as e:
            raise RuleError(path, n, f"not valid JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(rule, dict):
            raise RuleError(path, n, "each line must be a JSON object")
        missing = required - rule.keys()
        if missing:
            raise RuleError(path, n, f"missing key(s) {', '.join(sorted(missing))}")
        if allowed is not None and rule.keys() - allowed:
            unknown = ", ".join(sorted(rule.keys() - allowed))
            raise RuleError(path, n, f"unknown key(s) {unknown}; allowed: {', '.join(sorted(allowed))}")
        if labels is not None and "label" in rule and rule["label"] not in labels:
            raise RuleError(path, n, f"unknown label {rule['label']!r}; allowed: {', '.join(sorted(labels))}")
        if isinstance(rule.get("pattern"), list):
            errors = validate_token_pattern(rule["pattern"])
            if errors:
                raise RuleError(path, n, "invalid token pattern: " + "; ".join(errors))
        rule["_where"] = f"{path}:{n}"
        rules.append(rule)
    return rules


SPAN_RULER_KEYS = {"label", "pattern", "id"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "DATE", "TITLE", "HONORIFIC", "FAC", "LOC"}


@registry.readers("communique.span_patterns.v1")
def span_patterns(paths: list[str]) -> list[dict]:
    """spaCy SpanRuler patterns from several JSONL files, each validated."""
    patterns = []
    for path in paths:
        for rule in read_jsonl_rules(
            path, required={"label", "pattern"}, allowed=SPAN_RULER_KEYS, labels=ENTITY_LABELS
        ):
            rule.pop("_where")
            patterns.append(rule)
    return patterns


@registry.readers("communique.rules.v1")
def rules_reader(path: str, required: list[str] = [], allowed: list[str] | None = None) -> list[dict]:  # noqa: B006
    """Rules for one of communique's own components (JSONL, validated)."""
    return read_jsonl_rules(path, required=required, allowed=allowed)
