"""Rule files: JSONL read line by line, each line checked, errors naming file and line.

This is the bottom of the rule-file stack: `pipeline.lexicon` reads the word lists with
it, `pipeline.patterns` the span-ruler and Matcher patterns.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from pathlib import Path

from spacy.schemas import validate_token_pattern


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


def _unknown_keys_message(unknown: set[str], allowed: set[str]) -> str:
    hints = []
    for key in sorted(unknown):
        close = difflib.get_close_matches(key, sorted(allowed), n=1)
        hints.append(f"{key} (did you mean {close[0]}?)" if close else key)
    return f"unknown key(s) {', '.join(hints)}; allowed: {', '.join(sorted(allowed))}"


def regex_problems(pattern) -> list[str]:
    """Every REGEX in a token pattern that does not compile, with the reason."""
    problems = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "REGEX":
                    if not isinstance(value, str):
                        problems.append(f"REGEX must be a string, not {type(value).__name__}")
                        continue
                    try:
                        re.compile(value)
                    except re.error as e:
                        problems.append(f"invalid regular expression {value!r}: {e}")
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(pattern)
    return problems


def check_pattern(rule: dict, path: Path, n: int) -> None:
    """A `pattern` is a phrase (text) or a token pattern (a list of token dicts) that spaCy accepts."""
    pattern = rule["pattern"]
    if isinstance(pattern, str):
        if not pattern.strip():
            raise RuleError(path, n, "empty phrase pattern")
        return
    if not isinstance(pattern, list) or not pattern:
        raise RuleError(path, n, f"a pattern is text or a non-empty list of token patterns, not {pattern!r}")
    problems = regex_problems(pattern)
    if problems:
        raise RuleError(path, n, "; ".join(problems))
    errors = validate_token_pattern(pattern)
    if errors:
        raise RuleError(path, n, "invalid token pattern: " + "; ".join(errors))


def read_jsonl_rules(
    path: str | Path,
    *,
    required: Iterable[str] = (),
    allowed: Iterable[str] | None = None,
    labels: Iterable[str] | None = None,
    expand=None,
) -> list[dict]:
    """Read one JSONL rule file; reject bad JSON or text, unknown keys (named), missing keys,
    unknown labels, and patterns spaCy would reject (invalid regexes included).

    `expand`, when given, rewrites each line's `pattern` before it is checked (the lexicon's
    `"@kind"` references, see pipeline.patterns)."""
    path = Path(path)
    if not path.is_file():
        raise RuleError(path, None, "rule file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise RuleError(path, line, f"not UTF-8 text (byte {e.object[e.start]:#x})") from None
    required, labels = set(required), set(labels) if labels is not None else None
    allowed = set(allowed) | required if allowed is not None else None
    rules = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as e:
            raise RuleError(path, n, f"not valid JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(rule, dict):
            raise RuleError(path, n, "each line must be a JSON object")
        # Unknown keys first: a misspelt key is reported as itself, not as the key it misses.
        if allowed is not None and rule.keys() - allowed:
            raise RuleError(path, n, _unknown_keys_message(set(rule.keys() - allowed), allowed))
        missing = required - rule.keys()
        if missing:
            raise RuleError(path, n, f"missing key(s) {', '.join(sorted(missing))}")
        if labels is not None and "label" in rule and rule["label"] not in labels:
            raise RuleError(path, n, f"unknown label {rule['label']!r}; allowed: {', '.join(sorted(labels))}")
        rule["_where"] = f"{path}:{n}"
        if "pattern" in rule:
            if expand is not None:
                rule["pattern"] = expand(rule)
            check_pattern(rule, path, n)
        rules.append(rule)
    return rules
