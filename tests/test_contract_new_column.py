"""Adding a column is one edit to its table's spec (plus the code that fills it): the
schema, datapackage.json, the diff, the review page and docs/tables.md take it up from
the spec, with no other edit. The new spec is passed in explicitly; in the code base the
edit is made in pipeline/contract.py and every default follows."""

from __future__ import annotations

import copy
import json
import shutil
from dataclasses import replace

import pandas as pd
import pytest

from pipeline.contract import SPECS, TABLE_SPECS, Column
from pipeline.datapackage import descriptor
from pipeline.diff import diff_runs, format_diff
from pipeline.reference import render
from pipeline.review import build_review, review_data
from pipeline.schemas import validate

from .conftest import RAW
from .test_diff_runs import rewrite
from .test_schemas_validation import broken

GENDER = Column("gender", "the person's gender, where the document states it", allowed=("female", "male"), extra=True)
PEOPLE = SPECS["people"]
NEW_SPECS = tuple(
    replace(
        PEOPLE,
        columns=(*PEOPLE.columns, GENDER),
        diff_label=(*PEOPLE.diff_label, "gender"),
        shown=(*PEOPLE.shown, "gender"),
    )
    if spec is PEOPLE
    else spec
    for spec in TABLE_SPECS
)


@pytest.fixture(scope="module")
def with_gender(fixture_tables):
    """The run's tables as the producer would then write them: the first person's gender filled."""
    tables = copy.deepcopy(fixture_tables)
    people = tables.frames["people"].copy()
    people["gender"] = pd.array(["female"] + [None] * (len(people) - 1), dtype="string")
    tables.frames["people"] = people
    return tables


def test_new_column_schema_checks_it(fixture_tables, with_gender):
    assert validate(with_gender, NEW_SPECS) == []
    problems = validate(broken(with_gender, "people", "gender", 0, "unknown"), NEW_SPECS)
    assert [(p.table, p.column, p.row, p.value) for p in problems] == [("people", "gender", 0, "unknown")]
    # a producer that does not fill the column yet is caught before anything is written
    assert any(p.value == "gender" and p.check == "column_in_dataframe" for p in validate(fixture_tables, NEW_SPECS))


def test_new_column_datapackage_declares_it(tmp_path, with_gender):
    people = next(r for r in descriptor(NEW_SPECS)["resources"] if r["name"] == "people")
    assert people["schema"]["fields"][-1] == {
        "name": "gender",
        "type": "string",
        "description": GENDER.description,
        "constraints": {"enum": ["female", "male"]},
    }
    frictionless = pytest.importorskip("frictionless")
    with_gender.write(tmp_path)
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor(NEW_SPECS)), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_new_column_diff_compares_and_labels_it(tmp_path, with_gender):
    old, new = tmp_path / "old", tmp_path / "new"
    with_gender.write(old)
    shutil.copytree(old, new)
    rewrite(new / "people.csv", lambda rows: [dict(rows[0], gender="male"), *rows[1:]])
    diffs = diff_runs(old, new, NEW_SPECS)
    assert [cols for _, _, cols in diffs["people"].changed] == [["gender"]]
    change = " | male  (gender: 'female' → 'male')"
    assert format_diff(diffs, NEW_SPECS).endswith(change)
    assert not format_diff(diffs).endswith(change)  # today's spec does not label rows with it


def test_new_column_review_page_shows_it(tmp_path, with_gender):
    with_gender.write(tmp_path)
    people = review_data(tmp_path, RAW, NEW_SPECS)[0]["tables"]["people"]
    assert people["shown"][-1] == "gender" and people["rows"][0][people["columns"].index("gender")] == "female"
    assert "gender" not in review_data(tmp_path, RAW)[0]["tables"]["people"]["shown"]
    assert '"shown":["name","aliases","mentions","source","evidence","gender"]' in build_review(
        tmp_path, RAW, NEW_SPECS
    )


def test_new_column_reference_documents_it():
    doc = render(NEW_SPECS)
    assert (
        "| `gender` *extra* | string |  | `female`, `male` | the person's gender, where the document states it |" in doc
    )
    assert "`gender`" not in render()
