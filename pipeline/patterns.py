"""Pattern files for spaCy's rulers and matchers, read the way spaCy's projects read
them with `srsly.read_jsonl.v1`, but checked line by line and with the lexicon's word
lists filled in.

A token pattern names a lexicon kind instead of listing its words:

    {"LOWER": {"IN": "@government_noun"}}   →   {"LOWER": {"IN": ["agency", "cabinet", …]}}

so each list lives once, in `models/lexicon.jsonl`.
"""

from __future__ import annotations

from spacy.util import registry

from .lexicon import Lexicon, read_lexicon
from .rules import invalid, read_jsonl_rules

SPAN_RULER_KEYS = {"label", "pattern", "id"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "DATE", "TITLE", "HONORIFIC", "FAC", "LOC"}
LIST_OPERATORS = ("IN", "NOT_IN")


def expand_kinds(rule: dict, lexicon: Lexicon | None):
    """The rule's pattern with every `"@kind"` list reference replaced by the kind's terms."""

    def walk(node):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key in LIST_OPERATORS and isinstance(value, str) and value.startswith("@"):
                    kind = value[1:]
                    if lexicon is None:
                        raise invalid(rule, f"{value!r} refers to the lexicon, which this file is not given")
                    try:
                        out[key] = sorted(lexicon[kind])
                    except KeyError as e:
                        raise invalid(rule, str(e.args[0])) from None
                else:
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(rule["pattern"])


@registry.readers("communique.span_patterns.v1")
def span_patterns(paths: list[str], lexicon: str | None = None) -> list[dict]:
    """spaCy SpanRuler patterns from several JSONL files, each line checked."""
    lex = read_lexicon(lexicon) if lexicon else None
    patterns = []
    for path in paths:
        for rule in read_jsonl_rules(
            path,
            required={"label", "pattern"},
            allowed=SPAN_RULER_KEYS,
            labels=ENTITY_LABELS,
            expand=lambda r: expand_kinds(r, lex),
        ):
            rule.pop("_where")
            patterns.append(rule)
    return patterns


@registry.readers("communique.rules.v1")
def rules_reader(
    path: str,
    required: list[str] = [],  # noqa: B006 - confection passes lists from the config
    allowed: list[str] | None = None,
    lexicon: str | None = None,
) -> list[dict]:
    """Rules for one of communique's own components (JSONL, checked; "@kind" lists filled in).
    Their patterns are for spaCy's Matcher: token patterns, never a phrase."""
    lex = read_lexicon(lexicon) if lexicon else None
    rules = read_jsonl_rules(path, required=required, allowed=allowed, expand=lambda r: expand_kinds(r, lex))
    for rule in rules:
        if isinstance(rule.get("pattern"), str):
            raise invalid(rule, "this file's patterns are token patterns (a list of token dicts), not text")
    return rules
