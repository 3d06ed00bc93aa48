"""`communique eval`: the yardstick's semantics, misses with evidence, per-rule figures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import METRICS, clip, evaluate, format_report

from .conftest import DEV, EXTRA, GOLD, RAW, SCORE_PY, SHARED

GOLD_DOC = {
    "d1": {
        "published": "2020-05-12",
        "people": [
            {
                "name": "Karin Lindqvist",
                "aliases": ["Lindqvist"],
                "roles": [{"title": "Secretary General", "organisation": "OSCE"}],
            },
            {"name": "Photo Credit", "aliases": [], "roles": [], "optional": True},
        ],
        "organisations": [{"name": "Organization for Security and Co-operation in Europe", "aliases": ["OSCE"]}],
        "dates": [{"text": "12 May 2020", "start": "2020-05-12", "end": "2020-05-12"}],
        "counts": [{"text": "over 100 delegates", "value": 100, "qualifier": "more_than", "unit": "participants"}],
    }
}


def run_rows(**tables):
    base = {"documents": [{"doc_id": "d1", "published": "2020-05-12"}]}
    return base | {k: [{"doc_id": "d1", **r} for r in v] for k, v in tables.items()}


def test_evaluate_perfect_run_scores_one():
    rows = run_rows(
        people=[{"name": "Ms. Karin Lindqvist", "person_id": "p1", "source": "ner"}],
        roles=[{"name": "Karin Lindqvist", "title": "OSCE Secretary General", "organisation": "", "source": "t"}],
        organisations=[
            {"name": "Organization for Security and Cooperation in Europe", "acronym": "OSCE", "source": "g"}
        ],
        dates=[
            {"start": "2020-05-12", "end": "2020-05-12", "source": "d"},
            {"start": "2020-05-12", "end": "", "source": "d"},
        ],
        counts=[{"value": "100", "unit": "delegates", "qualifier": "more_than", "source": "c"}],
    )
    ev = evaluate(GOLD_DOC, rows)
    assert ev.macro_f1 == 1.0
    assert ev.scores["role_org"].f1 == 1.0  # "OSCE Secretary General": the organisation is in the title
    assert ev.qualifier_accuracy == 1.0


def test_evaluate_misses_and_false_hits_carry_evidence():
    rows = run_rows(
        people=[
            {"name": "Lindqvist", "person_id": "p1", "source": "ner"},
            {"name": "Vienna", "person_id": "p2", "source": "ner", "evidence": "Vienna hosted it."},
        ],
        counts=[{"value": "100", "unit": "participants", "qualifier": "exact", "source": "c"}],
    )
    ev = evaluate(GOLD_DOC, rows)
    people = ev.scores["people"]
    assert (people.tp, people.fp, people.fn) == (1, 1, 0)
    assert people.errors == [
        {"doc_id": "d1", "kind": "false", "what": "extra person 'Vienna'", "evidence": "Vienna hosted it."}
    ]
    assert ev.scores["organisations"].fn == 1 and ev.scores["dates"].fn == 1
    assert ev.qualifier_accuracy == 0.0
    assert ev.rules["people:ner"] == {"fired": 2, "right": 1}


def test_evaluate_optional_gold_is_neither_rewarded_nor_punished():
    rows = run_rows(people=[{"name": "Photo Credit", "person_id": "p9", "source": "ner"}])
    people = evaluate(GOLD_DOC, rows).scores["people"]
    assert (people.tp, people.fp, people.fn) == (0, 0, 1)


def eval_json(gold_dir, run_dir) -> dict:
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--run", str(run_dir), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared/tools/score.py not beside the checkout")
@pytest.mark.parametrize(
    "gold_dir, run",
    [(GOLD, "fixture_run"), (EXTRA / "gold", "extra_run"), (DEV / "gold", "dev_run")],
    ids=["fixtures", "extra", "dev"],
)
def test_evaluate_agrees_with_the_yardstick(gold_dir, run, request):
    """`communique eval` and ../shared/tools/score.py over the same run folder: the same
    fields, and every field's counts, P, R and F1 equal (on the fixtures, the extra releases
    and the dev corpus, where the figures are far from 1.00 and every rule is exercised)."""
    run_dir = request.getfixturevalue(run)
    res = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_dir), str(run_dir), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(res.stdout)
    ours = eval_json(gold_dir, run_dir)
    fields = [k for k in theirs if k not in ("qualifier_accuracy", "macro")]
    assert [k for k in ours if k in METRICS] == fields  # the same fields, in the same order
    for field in fields:
        assert {k: ours[field][k] for k in ("tp", "fp", "fn", "p", "r", "f1")} == theirs[field], field
    assert ours["qualifier_accuracy"] == theirs["qualifier_accuracy"]
    assert ours["macro"] == theirs["macro"]
    report = CliRunner().invoke(cli, ["eval", str(gold_dir), "--run", str(run_dir), "--no-errors"]).output
    printed = [line.split()[0] for line in report.splitlines()[2 : 2 + len(fields)]]
    assert printed == fields, report


def test_evaluate_fixtures_score_one_on_every_field(nlp, monkeypatch):
    """What the README claims: on the five seed fixtures every field is 1.00, through the
    command a user runs (`communique eval tests/fixtures/gold --raw raw/`)."""
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--raw", str(RAW), "--json"])
    assert result.exit_code == 0, result.output
    ev = json.loads(result.output)
    assert ev["documents"] == 5
    below = {f: (ev[f]["f1"], ev["errors"].get(f)) for f in METRICS if ev[f]["f1"] != 1.0}
    assert below == {}
    assert ev["qualifier_accuracy"] == 1.0 and ev["macro"]["f1"] == 1.0


EVENT_GOLD = {
    "d1": {
        "people": [],
        "events": [
            {"name": "International Conference on Youth and Security in the Digital Era", "place": "Geneva"},
            {"name": "Minsk Dialogue", "place": "Minsk"},
            {"name": "Annual Water Diplomacy Forum", "place": "Almaty", "optional": True},
        ],
    }
}


@pytest.mark.parametrize(
    "names, counts",
    [
        # most words of the shorter name shared (at least two): the same event
        (["Youth and Security in the Digital Era"], (1, 0, 1)),
        (["Minsk Dialogue", "Youth and Security in the Digital Era"], (2, 0, 0)),
        # three of five words is 0.6 of the shorter name: enough; two of four is not
        (["Youth Security Digital Forum Summit"], (1, 0, 1)),
        (["Youth Security Forum Summit"], (0, 1, 2)),
        # one word in common is not enough; neither is a name met twice
        (["Digital Summit"], (0, 1, 2)),
        (["Minsk Dialogue", "Minsk Dialogue"], (1, 1, 1)),
        # an optional gold event found counts; not found, it is not missed
        (["Water Diplomacy Forum"], (1, 0, 2)),
        ([], (0, 0, 2)),
    ],
)
def test_evaluate_events_follow_the_yardstick_rule(names, counts):
    rows = run_rows(events=[{"name": n, "source": "e"} for n in names])
    events = evaluate(EVENT_GOLD, rows).scores["events"]
    assert (events.tp, events.fp, events.fn) == counts
    assert evaluate(EVENT_GOLD, rows).macro_f1 == 0.0  # events are reported, not in the macro


def test_evaluate_cli_gates_on_min_f1(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.json").write_text(json.dumps(GOLD_DOC["d1"]))
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "documents.csv").write_text("doc_id,published\nd1,2020-05-12\n")
    runner = CliRunner()
    low = runner.invoke(cli, ["eval", str(tmp_path / "gold"), "--run", str(tmp_path / "run"), "--min-f1", "0.5"])
    assert low.exit_code == 1 and "below --min-f1" in low.output
    ok = runner.invoke(cli, ["eval", str(tmp_path / "gold"), "--run", str(tmp_path / "run"), "--json"])
    assert ok.exit_code == 0 and json.loads(ok.output)["people"]["fn"] == 1


def test_evaluate_cli_needs_one_source(tmp_path):
    res = CliRunner().invoke(cli, ["eval", str(GOLD)])
    assert res.exit_code == 2 and "exactly one of --raw" in res.output


@pytest.mark.skipif(not (SHARED / "fixtures" / "gold").is_dir(), reason="../shared not beside the checkout")
def test_evaluate_fixture_gold_is_the_shared_gold():
    """tests/fixtures/gold is a copy of ../shared/fixtures/gold: the oracle must not drift."""
    ours = {p.name: p.read_bytes() for p in GOLD.glob("*.json")}
    theirs = {p.name: p.read_bytes() for p in (SHARED / "fixtures" / "gold").glob("*.json")}
    assert ours and ours == theirs


def test_evaluate_report_says_na_where_there_is_nothing_to_divide():
    """A field without gold items has no recall or F1 (not 0.000); a field without rows
    has no precision. The JSON keeps the yardstick's figures."""
    gold = {"d1": {"people": [{"name": "Karin Lindqvist", "aliases": [], "roles": []}]}}
    rows = run_rows(
        people=[{"name": "Karin Lindqvist", "person_id": "p1", "source": "ner"}],
        organisations=[{"name": "Vienna Group", "acronym": "", "source": "g"}],
    )
    ev = evaluate(gold, rows)
    lines = {line.split()[0]: line.split()[1:4] for line in format_report(ev, errors=False, rules=False).splitlines()}
    assert lines["people"] == ["1.000", "1.000", "1.000"]
    assert lines["organisations"] == ["0.000", "n/a", "n/a"]  # one false hit, no gold item
    assert lines["counts"] == ["n/a", "n/a", "n/a"]  # neither rows nor gold items
    assert ev.as_dict()["counts"]["f1"] == 0.0
    report = format_report(ev, errors=False, rules=False)
    assert "macro F1 (people, roles, organisations, dates, counts) = 0.200" in report
    assert "macro F1 over the fields with gold items (people) = 1.000" in report


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Short evidence.", "Short evidence."),
        ("word " * 40, ("word " * 32).strip() + "…"),  # 160 characters end on a space: no word cut
        ("a" * 10 + " " + "b" * 200, "a" * 10 + "…"),
        ("x" * 300, "x" * 160 + "…"),  # one word longer than the line: cut, as nothing else can be
        ("Ministers met in Vienna,\n  Geneva and Bern " + "z" * 150, "Ministers met in Vienna, Geneva and Bern…"),
    ],
)
def test_evaluate_evidence_is_never_cut_mid_word(text, expected):
    assert clip(text) == expected


def test_evaluate_reads_gold_from_a_zip(tmp_path):
    """The review page exports gold as a .zip: `communique eval` reads it as it is."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "gold.zip", "w") as z:
        z.writestr("d1.json", json.dumps(GOLD_DOC["d1"]))
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "documents.csv").write_text("doc_id,published\nd1,2020-05-12\n")
    (tmp_path / "run" / "people.csv").write_text("doc_id,person_id,name,source\nd1,p1,Karin Lindqvist,ner\n")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold.zip"), "--run", str(tmp_path / "run"), "--json"])
    assert result.exit_code == 0, result.output
    ev = json.loads(result.output)
    assert ev["documents"] == 1 and (ev["people"]["tp"], ev["people"]["fn"]) == (1, 0)
    (tmp_path / "notes.txt").write_text("not gold")
    bad = CliRunner().invoke(cli, ["eval", str(tmp_path / "notes.txt"), "--run", str(tmp_path / "run")])
    assert bad.exit_code == 1 and "not a folder of gold files" in bad.output
