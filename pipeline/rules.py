"""Rule files: JSONL read line by line, each line checked, errors naming file and line.

This is the bottom of the rule-file stack: `pipeline.lexicon` reads the word lists with
it, `pipeline.patterns` the span-ruler and Matcher patterns, the gazetteers their entries.

Besides JSON and the keys each file allows, every line is held to what the pipeline can
use safely: the common keys have their types (`"name": null` is named, not a traceback
three components later); a regular expression that compiles but can take exponential
time on a long token (nested repetition, `^(a+)+$`) is refused, and so is an IN list too
long for a token pattern (long lists belong in the lexicon or a gazetteer); an entry's
`id` names one entry; a file with no rules at all is an error.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from pathlib import Path

try:  # Python 3.11+
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _sre_parse

from spacy.schemas import validate_token_pattern


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line = str(path), line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


#: Types of the keys rule files share, checked on every line that has them.
TEXT, ANY_TEXT, TEXT_LIST, FLAG = "non-empty text", "text", "a list of non-empty texts", "true or false"
KEY_TYPES = {
    "id": TEXT,
    "label": TEXT,
    "name": TEXT,
    "acronym": ANY_TEXT,
    "official": ANY_TEXT,
    "kind": TEXT,
    "variants": TEXT_LIST,
    "demonyms": TEXT_LIST,
    "capitals": TEXT_LIST,
    "article": FLAG,
}
#: Most items in one IN / NOT_IN list of a token pattern as written in a rule file.
MAX_LIST_ITEMS = 10_000


def _type_ok(value, kind: str) -> bool:
    if kind == TEXT:
        return isinstance(value, str) and bool(value.strip())
    if kind == ANY_TEXT:
        return isinstance(value, str)
    if kind == TEXT_LIST:
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return isinstance(value, bool)


def type_problem(rule: dict) -> str:
    """What is wrong with the types of a rule's common keys, or ""."""
    for key, kind in KEY_TYPES.items():
        if key in rule and not _type_ok(rule[key], kind):
            return f"{key} must be {kind}, not {json.dumps(rule[key], ensure_ascii=False)[:60]}"
    return ""


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


def _can_be_empty(item) -> bool:
    try:
        return _sre_parse.SubPattern(_sre_parse.State(), [item]).getwidth()[0] == 0
    except Exception:  # pragma: no cover - an exotic node: not our concern
        return False


def _nested_repeat(parsed) -> bool:
    """A repetition whose body is (besides what may match nothing) itself unbounded
    repetitions: `(a+)+`, `(\\w+\\s?)*`, `(x+x+)+`. Such a pattern backtracks exponentially
    on a long string that almost matches. A separator between the repetitions (`(,\\d+)*`)
    makes it safe, and so do possessive quantifiers and atomic groups."""
    repeats = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
    for op, av in parsed:
        if op in repeats:
            low, high, body = av
            if high == _sre.MAXREPEAT or high > 1:
                items = list(body)
                if len(items) == 1 and items[0][0] == _sre.SUBPATTERN:
                    items = list(items[0][1][-1])
                unbounded = [it for it in items if it[0] in repeats and it[1][1] == _sre.MAXREPEAT]
                others = [it for it in items if it not in unbounded]
                if unbounded and all(_can_be_empty(it) for it in others):
                    return True
            if _nested_repeat(body):
                return True
        elif op == _sre.SUBPATTERN:
            if _nested_repeat(av[-1]):
                return True
        elif op == _sre.BRANCH:
            if any(_nested_repeat(branch) for branch in av[1]):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _nested_repeat(av[1]):
                return True
    return False


def regex_problem(value: str) -> str:
    """Why a regular expression cannot be used in a rule, or ""."""
    try:
        re.compile(value)
        parsed = _sre_parse.parse(value)
    except re.error as e:
        return f"invalid regular expression {value!r}: {e}"
    except RecursionError:
        return f"regular expression {value[:40]!r}… is nested too deeply"
    if _nested_repeat(parsed):
        return (
            f"regular expression {value!r} repeats a repetition (like ^(a+)+$): it can take exponential "
            "time on a long token; repeat the inner part once, or make it possessive (a++)"
        )
    return ""


def _keyed(node, keys: tuple[str, ...]):
    """Every (key, value) of a token pattern, at any depth, whose key is one of `keys`;
    the values under those keys are not walked into."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys:
                yield key, value
            else:
                yield from _keyed(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from _keyed(item, keys)


def list_problems(pattern) -> list[str]:
    """IN / NOT_IN lists too long for a token pattern."""
    return [
        f"an {key} list of {len(value)} items (at most {MAX_LIST_ITEMS}): put long lists in "
        "lexicon.jsonl or a gazetteer, which a phrase matcher reads"
        for key, value in _keyed(pattern, ("IN", "NOT_IN"))
        if isinstance(value, list) and len(value) > MAX_LIST_ITEMS
    ]


def regex_problems(pattern) -> list[str]:
    """Every REGEX in a token pattern that does not compile or can take exponential time, with the reason."""
    problems = []
    for _, value in _keyed(pattern, ("REGEX",)):
        if not isinstance(value, str):
            problems.append(f"REGEX must be a string, not {type(value).__name__}")
        elif problem := regex_problem(value):
            problems.append(problem)
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
    entry_ids: dict[tuple[str, str], int] = {}
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
        problem = type_problem(rule)
        if problem:
            raise RuleError(path, n, problem)
        if labels is not None and "label" in rule and rule["label"] not in labels:
            raise RuleError(path, n, f"unknown label {rule['label']!r}; allowed: {', '.join(sorted(labels))}")
        if "name" in rule and "pattern" not in rule:  # a gazetteer's entry: its id (or name) names it alone
            key, value = ("id", rule["id"]) if "id" in rule else ("name", rule["name"])
            if (key, value) in entry_ids:
                first = entry_ids[(key, value)]
                raise RuleError(path, n, f"{key} {value!r} is used twice (first at line {first})")
            entry_ids[(key, value)] = n
        rule["_where"] = f"{path}:{n}"
        if "pattern" in rule:
            problems = list_problems(rule["pattern"])
            if problems:
                raise RuleError(path, n, "; ".join(problems))
            if expand is not None:
                rule["pattern"] = expand(rule)
            check_pattern(rule, path, n)
        rules.append(rule)
    if not rules:
        raise RuleError(path, None, "no rules in this file (it is empty): a rule file holds at least one line")
    return rules
