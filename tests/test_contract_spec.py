"""The specs themselves: consistent, described, and at the bottom of the import graph."""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.contract import SPECS, TABLE_SPECS, Column, ForeignKey, typed


def test_spec_a_column_name_has_one_type_in_every_table():
    """Frames are typed by column name (`typed`), which is sound only if a name has one type."""
    types = defaultdict(set)
    for spec in TABLE_SPECS:
        for c in spec.columns:
            types[c.name].add(c.type)
    assert {name: t for name, t in types.items() if len(t) > 1} == {}


def test_spec_typed_gives_the_specs_dtypes():
    counts = SPECS["counts"]
    df = typed(pd.DataFrame([{c: "" for c in counts.column_names} | {"value": "12", "text": "12 countries"}]))
    assert [str(t) for t in df.dtypes] == [c.dtype for c in counts.columns]
    assert df["value"][0] == 12 and df["text"][0] == "12 countries" and df["unit"].isna().all()


def test_spec_every_table_and_column_is_described():
    for spec in TABLE_SPECS:
        assert spec.row.strip(), spec.name
        for c in spec.columns:
            assert c.description.strip(), (spec.name, c.name)


@pytest.mark.parametrize(
    "change",
    [
        {"primary_key": ("doc_id", "nobody")},
        {"diff_key": ("doc_id", "nobody")},
        {"diff_label": ("nobody",)},
        {"shown": ("nobody",)},
        {"foreign_keys": (ForeignKey(("nobody",), "documents"),)},
    ],
)
def test_spec_keys_and_views_must_name_the_tables_columns(change):
    with pytest.raises(ValueError, match="nobody"):
        replace(SPECS["people"], **change)


def test_spec_a_column_is_declared_once():
    people = SPECS["people"]
    with pytest.raises(ValueError, match="twice"):
        replace(people, columns=(*people.columns, Column("name", "again")))


def _imports(module: str) -> set[str]:
    tree = ast.parse((Path(pipeline.__file__).parent / f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_contract_is_the_bottom_layer():
    assert {m for m in _imports("contract") if m.startswith(".") or m.startswith("pipeline")} == set()


def test_writers_do_not_import_tables():
    """tables.Tables.write imports writers; writers importing tables back was a cycle."""
    assert ".tables" not in _imports("writers") and ".contract" in _imports("writers")
