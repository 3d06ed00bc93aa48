"""`communique diff`: what a rule change did, table by table."""

from __future__ import annotations

import csv
import json
import shutil

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.diff import diff_runs, format_diff


def rewrite(path, change):
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    fields = list(rows[0].keys())
    rows = change(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def test_diff_added_removed_changed(fixture_tables, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    fixture_tables.write(old)
    shutil.copytree(old, new)

    def change_people(rows):
        rows[0]["name"] = "Renamed Person"
        return rows[:-1]  # drop the last person

    rewrite(new / "people.csv", change_people)
    rewrite(new / "counts.csv", lambda rows: rows + [dict(rows[0], char_start="1", char_end="2", text="x", value="3")])
    diffs = diff_runs(old, new)
    people = diffs["people"]
    assert len(people.changed) == 1 and people.changed[0][2] == ["name"]
    assert len(people.removed) == 1 and not people.added
    assert len(diffs["counts"].added) == 1
    assert not diffs["organisations"] and not diffs["dates"]
    text = format_diff(diffs)
    assert "people: +0 -1 ~1" in text and "→ 'Renamed Person'" in text and "counts: +1 -0 ~0" in text


def test_diff_same_runs_says_no_changes(fixture_tables, tmp_path):
    fixture_tables.write(tmp_path / "a")
    fixture_tables.write(tmp_path / "b")
    result = CliRunner().invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 0 and result.output.strip() == "no changes"


def test_diff_json(fixture_tables, tmp_path):
    fixture_tables.write(tmp_path / "a")
    fixture_tables.write(tmp_path / "b")
    (tmp_path / "b" / "events.csv").write_text("doc_id,name,place,start,end\n")
    result = CliRunner().invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b"), "--json"])
    data = json.loads(result.output)
    events = list(csv.DictReader(open(tmp_path / "a" / "events.csv", encoding="utf-8-sig")))
    assert events and len(data["events"]["removed"]) == len(events)  # every old row, none left behind
    assert all(not data[name]["added"] and not data[name]["changed"] for name in data)
    assert all(not data[name]["removed"] for name in data if name != "events")


def test_diff_exit_code_for_scripts(fixture_tables, tmp_path):
    """`--exit-code`: 1 when the tables differ, 0 when they do not; without it, always 0."""
    fixture_tables.write(tmp_path / "a")
    fixture_tables.write(tmp_path / "b")
    runner = CliRunner()
    same = runner.invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b"), "--exit-code"])
    assert same.exit_code == 0 and same.output.strip() == "no changes"
    rewrite(tmp_path / "b" / "dates.csv", lambda rows: rows[1:])
    differ = runner.invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b"), "--exit-code"])
    assert differ.exit_code == 1 and "dates: +0 -1 ~0" in differ.output
    assert runner.invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b")]).exit_code == 0
    as_json = runner.invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b"), "--exit-code", "--json"])
    assert as_json.exit_code == 1 and len(json.loads(as_json.output)["dates"]["removed"]) == 1


def test_diff_json_offsets_and_counts_are_integers(fixture_tables, tmp_path):
    fixture_tables.write(tmp_path / "a")
    fixture_tables.write(tmp_path / "b")
    rewrite(tmp_path / "b" / "counts.csv", lambda rows: [dict(rows[0], value="999")] + rows[1:])
    rewrite(tmp_path / "b" / "people.csv", lambda rows: rows[1:])
    data = json.loads(CliRunner().invoke(cli, ["diff", str(tmp_path / "a"), str(tmp_path / "b"), "--json"]).output)
    change = data["counts"]["changed"][0]
    assert change["columns"] == ["value"] and (change["old"]["value"], change["new"]["value"]) != (None, None)
    assert change["new"]["value"] == 999 and isinstance(change["old"]["value"], int)
    assert all(isinstance(change["new"][c], int) for c in ("char_start", "char_end"))
    person = data["people"]["removed"][0]
    assert all(isinstance(person[c], int) for c in ("char_start", "char_end", "mentions"))
    assert isinstance(person["name"], str) and isinstance(person["person_id"], str)


def test_diff_lists_rows_in_reading_order(fixture_tables, tmp_path):
    """Rows keyed by offsets come in the text's order (131 before 1000), not as strings sort."""
    fixture_tables.write(tmp_path / "a")
    (tmp_path / "b").mkdir()
    diffs = diff_runs(tmp_path / "a", tmp_path / "b")
    starts = [(r["doc_id"], int(r["char_start"])) for r in diffs["dates"].removed]
    assert len(starts) > 5 and starts == sorted(starts)
