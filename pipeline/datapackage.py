"""`datapackage.json`: a Frictionless Data Package describing a CSV run, so that other
tools (frictionless, pandas, R's datapackage readers, datasette) load the tables with
their types, keys and references. It depends only on the contract, so it is the same
for every run."""

from __future__ import annotations

import json
from pathlib import Path

from .contract import TABLE_SPECS, Column, ForeignKey, Table


def field(column: Column) -> dict:
    f = {"name": column.name, "type": column.type, "description": column.description}
    constraints = {}
    if column.required:
        constraints["required"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if column.pattern:
        constraints["pattern"] = column.pattern.strip("^$")  # frictionless patterns match the whole value
    if constraints:
        f["constraints"] = constraints
    return f


def foreign_key(fk: ForeignKey) -> dict:
    fields = fk.fields[0] if len(fk.fields) == 1 else list(fk.fields)
    return {"fields": fields, "reference": {"resource": fk.resource, "fields": fields}}


def resource(spec: Table) -> dict:
    schema = {"fields": [field(c) for c in spec.columns], "missingValues": [""]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [foreign_key(fk) for fk in spec.foreign_keys]
    return {
        "name": spec.name,
        "description": f"One row per {spec.row}.",
        "path": f"{spec.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "schema": schema,
    }


def descriptor(specs: tuple[Table, ...] = TABLE_SPECS) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "communique-tables",
        "title": "People, titles, organisations, dates and counts extracted by communique",
        "resources": [resource(spec) for spec in specs],
    }


def write_datapackage(folder: str | Path) -> Path:
    path = Path(folder) / "datapackage.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(descriptor(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
