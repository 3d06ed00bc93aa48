"""Malformed rule files (issue 17, case 7): each is one message naming the file and the
line, never a traceback, and what was accepted silently (a catastrophic regex, a huge
IN list, an empty file, duplicate gazetteer ids) is refused the same way."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.paths import MODELS_DIR


@pytest.fixture
def rules_copy(tmp_path):
    dest = tmp_path / "models"
    shutil.copytree(MODELS_DIR, dest)
    return dest


def check(rules) -> str:
    result = CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules)])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def append(path, line: str | bytes) -> int:
    """Append one line to a rule file; its line number."""
    data = line if isinstance(line, bytes) else line.encode("utf-8")
    path.write_bytes(path.read_bytes() + data + b"\n")
    return path.read_bytes().count(b"\n")


BIG_IN = json.dumps({"label": "ORG", "pattern": [{"LOWER": {"IN": [f"w{i}" for i in range(200_000)]}}]})


@pytest.mark.parametrize(
    "file, line, message",
    [
        # tracebacks before
        ("gazetteers/organisations.jsonl", '{"id": "x-org", "name": null}', "name must be non-empty text, not null"),
        ("gazetteers/organisations.jsonl", '{"id": "x-org", "name": 42}', "name must be non-empty text, not 42"),
        (
            "gazetteers/organisations.jsonl",
            '{"id": "x-org", "name": "Xland Union", "acronym": 42}',
            "acronym must be text",
        ),
        (
            "gazetteers/organisations.jsonl",
            '{"id": "x-org", "name": "Xland Union", "variants": [null]}',
            "variants must be a list of non-empty texts",
        ),
        ("gazetteers/countries.jsonl", '{"name": null, "iso3": "XLD"}', "name must be non-empty text"),
        (
            "gazetteers/countries.jsonl",
            '{"name": "Xland", "iso3": "XLD", "capitals": [null]}',
            "capitals must be a list",
        ),
        ("patterns/dates.jsonl", '{"id": "date:x", "pattern": "12 May"}', "token patterns (a list of token dicts)"),
        ("patterns/dates.jsonl", '{"id": null, "pattern": [{"LOWER": "may"}]}', "id must be non-empty text"),
        ("patterns/counts.jsonl", '{"id": "count:x", "pattern": "many people"}', "token patterns"),
        ("patterns/entities.jsonl", '{"label": "ORG", "pattern": "Xland Union", "id": 5}', "id must be non-empty text"),
        ("lexicon.jsonl", '{"kind": ["office"], "term": "vizier"}', "kind must be non-empty text"),
        (
            "patterns/counts.jsonl",
            b'{"id": "count:x", "pattern": [{"LOWER": "gro\xdf"}]}',
            "not UTF-8 text (byte 0xdf)",
        ),
        ("config.cfg", b"# a comment with a stray \xff byte", "not UTF-8 text (byte 0xff)"),
        ("patterns/entities.jsonl", '{"label": "ORG", "pattern": [{"TEXT": {"REGEX": "(("}}]}', "invalid regular"),
        ("patterns/dates.jsonl", '{"id": "date:x", "pattern": 42}', "a pattern is text or a non-empty list"),
        # accepted silently before
        (
            "patterns/entities.jsonl",
            '{"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^(a+)+$"}}]}',
            "repeats a repetition",
        ),
        (
            "patterns/dates.jsonl",
            '{"id": "date:x", "pattern": [{"TEXT": {"REGEX": "^(\\\\w+\\\\s?)*$"}}]}',
            "repeats a repetition",
        ),
        ("patterns/entities.jsonl", BIG_IN, "an IN list of 200000 items (at most 10000)"),
        (
            "gazetteers/organisations.jsonl",
            '{"id": "un", "name": "Another United Nations"}',
            "id 'un' is used twice (first at line",
        ),
        (
            "gazetteers/countries.jsonl",
            '{"name": "France", "iso3": "FRA"}',
            "name 'France' is used twice (first at line",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None,
)
def test_reliability_malformed_rule_line_is_named(rules_copy, file, line, message):
    path = rules_copy / file
    n = append(path, line)
    shown = check(rules_copy)
    assert shown.startswith(f"Error: {path}:{n}: ") and message in shown, shown


@pytest.mark.parametrize(
    "file",
    ["patterns/entities.jsonl", "patterns/dates.jsonl", "gazetteers/organisations.jsonl", "lexicon.jsonl"],
)
@pytest.mark.parametrize("content", ["", "// only a comment\n\n"], ids=["empty", "comments only"])
def test_reliability_empty_rule_file_is_refused(rules_copy, file, content):
    path = rules_copy / file
    path.write_text(content, encoding="utf-8")
    shown = check(rules_copy)
    assert shown.startswith(f"Error: {path}: ") and "empty" in shown


@pytest.mark.parametrize(
    "regex",
    [r"^(a+)+$", r"(a*)*", r"^(\w+\s?)*$", r"(x+x+)+y", r"^(?:[a-z]+)*$", r"((ab)*c|(d+)+)$"],
)
def test_reliability_catastrophic_regexes_are_refused(regex):
    from pipeline.rules import regex_problem

    assert "repeats a repetition" in regex_problem(regex)


@pytest.mark.parametrize(
    "regex",
    [
        r"^[1-9]\d{0,2}(,\d{3})*$",
        r"^\d{1,2}(st|nd|rd|th)?$",
        r"^(19|20)\d{2}$",
        r"^[A-Z][a-z]+$",
        r"^(a++)+$",  # possessive: no backtracking
        r"^(?>a+)+$",  # atomic group
    ],
)
def test_reliability_ordinary_regexes_pass(regex):
    from pipeline.rules import regex_problem

    assert regex_problem(regex) == ""
