"""docs/tables.md, the column reference shipped with the code: generated from the
contract, current, and documenting every column TABLES.md promises, in its order."""

from __future__ import annotations

import re

from pipeline.reference import COMMAND, render

from .conftest import ROOT
from .test_contract_tables import contract_columns

DOC = ROOT / "docs" / "tables.md"


def documented() -> dict[str, list[tuple[str, bool, str, str]]]:
    """docs/tables.md read back: per table, (column, extra, type, description)."""
    out: dict[str, list] = {}
    table = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := re.fullmatch(r"## `(\w+)\.csv`", line):
            table = out.setdefault(m.group(1), [])
        elif table is not None and (m := re.match(r"\| `(\w+)`( \*extra\*)? \| (\w+) \|.*\| (.*) \|$", line)):
            table.append((m.group(1), bool(m.group(2)), m.group(3), m.group(4)))
    return out


def test_docs_tables_md_is_current():
    assert DOC.read_text(encoding="utf-8") == render(), (
        f"docs/tables.md is stale: regenerate it from the repository root with `{COMMAND}`"
    )


def test_docs_document_every_contract_column_in_order():
    docs = documented()
    contract = contract_columns()
    assert set(docs) == set(contract)
    for table, cols in contract.items():
        assert [c for c, extra, _, _ in docs[table] if not extra] == [c for c, _ in cols], table


def test_docs_give_every_column_a_type_and_a_description():
    rows = [row for cols in documented().values() for row in cols]
    assert len(rows) > 60
    for column, _, type_, description in rows:
        assert type_ in ("string", "integer") and description.strip(), column


def test_readme_links_the_reference_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/tables.md)" in readme and "../shared" not in readme
