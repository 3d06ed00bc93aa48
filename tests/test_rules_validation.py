"""Rule files are validated on load: a broken line is named by file and line, with no
traceback and no tables written."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.paths import MODELS_DIR
from pipeline.rules import RuleError, read_jsonl_rules

from .conftest import RAW


@pytest.fixture
def rules_copy(tmp_path):
    dest = tmp_path / "models"
    shutil.copytree(MODELS_DIR, dest)
    return dest


def break_line(path, line_no, new_text):
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line_no - 1] = new_text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    "file, line, bad, message",
    [
        ("patterns/dates.jsonl", 2, '{"id": "date:x", "pattern": [{"LOWER": "x"}', "not valid JSON"),
        ("patterns/dates.jsonl", 1, '{"id": "date:x", "pattern": [{"LOWR": "x"}]}', "invalid token pattern"),
        (
            "patterns/dates.jsonl",
            3,
            '{"id": "date:x", "pattern": [{"LOWER": "x"}], "comment": "y"}',
            "unknown key(s) comment",
        ),
        ("patterns/entities.jsonl", 1, '{"label": "PLACE", "pattern": "Vienna"}', "unknown label 'PLACE'"),
        ("lexicon.jsonl", 8, '{"kind": "nickname", "term": "x"}', "unknown kind 'nickname'"),
        (
            "lexicon.jsonl",
            9,
            '{"kind": "count_unit", "term": "x", "value": "crowds"}',
            "'crowds' is not a value of count_unit",
        ),
        ("lexicon.jsonl", 9, '{"kind": "office", "trem": "x"}', "unknown key(s) trem (did you mean term?)"),
        (
            "patterns/entities.jsonl",
            2,
            '{"label": "ORG", "pattern": [{"LOWER": {"IN": "@body_nouns"}}]}',
            "no kind 'body_nouns'",
        ),
        (
            "patterns/entities.jsonl",
            2,
            '{"label": "ORG", "patern": [{"LOWER": "x"}]}',
            "unknown key(s) patern (did you mean pattern?)",
        ),
        (
            "patterns/dates.jsonl",
            2,
            '{"id": "date:x", "pattern": [{"TEXT": {"REGEX": "^(19|20"}}]}',
            "invalid regular expression",
        ),
        ("patterns/dates.jsonl", 2, '{"id": "date:x", "pattern": 42}', "a pattern is text or a non-empty list"),
    ],
)
def test_rules_broken_line_named_no_traceback_no_tables(rules_copy, tmp_path, file, line, bad, message):
    path = rules_copy / file
    # the line number counts comment lines too
    break_line(path, line, bad)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(RAW), "--out", str(out), "--rules", str(rules_copy), "-q"])
    assert result.exit_code == 1, result.output
    assert f"{path}:{line}: " in result.output and message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_rules_reader_rejects_unknown_keys(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text(
        '{"kind": "unit", "term": "people", "value": "participants"}\n{"kind": "unit", "term": "x", "colour": "red"}\n'
    )
    with pytest.raises(RuleError, match=r"r.jsonl:2: unknown key\(s\) colour"):
        read_jsonl_rules(p, required={"kind", "term"}, allowed={"kind", "term", "value"})


def test_rules_check_command_reports_ok_and_errors(rules_copy):
    ok = CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules_copy)])
    assert ok.exit_code == 0 and "rule files are valid" in ok.output
    break_line(rules_copy / "patterns" / "counts.jsonl", 1, "{")
    bad = CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules_copy)])
    assert bad.exit_code == 1 and "counts.jsonl:1: not valid JSON" in bad.output


def test_rules_file_not_utf8_named_with_line(rules_copy):
    path = rules_copy / "patterns" / "counts.jsonl"
    path.write_bytes(path.read_bytes() + b'{"id": "count:x", "pattern": [{"LOWER": "caf\xe9"}]}\n')
    line = path.read_bytes().count(b"\n")
    result = CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules_copy)])
    assert result.exit_code == 1 and f"counts.jsonl:{line}: not UTF-8 text" in result.output
    assert "Traceback" not in result.output


def test_rules_lexicon_term_listed_twice_under_one_kind(rules_copy):
    with open(rules_copy / "lexicon.jsonl", "a", encoding="utf-8") as f:
        f.write('{"kind": "body_noun", "term": "Committee"}\n')
    result = CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules_copy)])
    assert result.exit_code == 1 and "'committee' is listed twice as body_noun" in result.output
