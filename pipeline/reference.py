"""The column reference, docs/tables.md, rendered from the contract's specs.

Regenerate it after changing pipeline/contract.py:

    .venv/bin/python -m pipeline.reference > docs/tables.md

(tests/test_contract_docs.py fails while the committed file is stale).
"""

from __future__ import annotations

import sys

from .contract import TABLE_SPECS, Column, Table

COMMAND = ".venv/bin/python -m pipeline.reference > docs/tables.md"

INTRO = """\
A run writes one CSV per table into its output folder (`extracted/` by default):
UTF-8 with a byte-order mark (for spreadsheets), comma-separated, with a header row;
an empty cell is a missing value. `datapackage.json` beside them declares the same
columns, types, constraints and keys for Frictionless tools. Every row is traceable
to a span of its source text: `text[char_start:char_end]` gives the span back.

The columns keep these names and this order. Columns marked *extra* are
communique's own, written after the columns every reader can rely on.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _values(column: Column) -> str:
    if column.allowed:
        return ", ".join(f"`{v}`" for v in column.allowed)
    parts = []
    if column.pattern:
        parts.append(f"matches `{column.pattern}`")
    if column.minimum is not None:
        parts.append(f"≥ {column.minimum}")
    return "; ".join(parts)


def _fields(fields) -> str:
    return ", ".join(f"`{f}`" for f in fields)


def table_section(spec: Table) -> str:
    facts = [f"One row per {spec.row}."]
    if spec.primary_key:
        facts.append(f"Unique: {_fields(spec.primary_key)}.")
    if spec.foreign_keys:
        refs = "; ".join(f"{_fields(fk.fields)} → `{fk.resource}.csv`" for fk in spec.foreign_keys)
        facts.append(f"References: {refs}.")
    facts.append(f"Sorted by {_fields(spec.sort_keys)}, then the other columns.")
    lines = [f"## `{spec.name}.csv`", "", " ".join(facts), ""]
    lines += ["| column | type | required | values | description |", "| --- | --- | --- | --- | --- |"]
    for c in spec.columns:
        name = f"`{c.name}`" + (" *extra*" if c.extra else "")
        required = "yes" if c.required else ""
        lines.append(f"| {name} | {c.type} | {required} | {_cell(_values(c))} | {_cell(c.description)} |")
    return "\n".join(lines)


def render(specs: tuple[Table, ...] = TABLE_SPECS) -> str:
    index = ["| table | one row per |", "| --- | --- |"]
    index += [f"| [`{s.name}.csv`](#{s.name}csv) | {_cell(s.row)} |" for s in specs]
    parts = [
        "# The extracted tables",
        f"<!-- Generated from pipeline/contract.py: do not edit by hand; regenerate with `{COMMAND}`. -->",
        INTRO.strip(),
        "\n".join(index),
        *(table_section(s) for s in specs),
    ]
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
