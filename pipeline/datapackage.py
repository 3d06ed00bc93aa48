"""`datapackage.json`: a Frictionless Data Package describing a CSV run, so that other
tools (frictionless, pandas, R's datapackage readers, datasette) load the tables with
their types, keys and references. It depends only on the contract, so it is the same
for every run."""

from __future__ import annotations

import json
from pathlib import Path

from .schemas import ALLOWED, PATTERNS, REQUIRED
from .tables import COLUMNS, PRIMARY_KEYS, dtype_of

FOREIGN_KEYS = {
    **{
        t: [{"fields": "doc_id", "reference": {"resource": "documents", "fields": "doc_id"}}]
        for t in COLUMNS
        if t != "documents"
    },
}
FOREIGN_KEYS["roles"] = FOREIGN_KEYS["roles"] + [
    {"fields": ["doc_id", "person_id"], "reference": {"resource": "people", "fields": ["doc_id", "person_id"]}}
]


def field(table: str, column: str) -> dict:
    f = {"name": column, "type": "integer" if dtype_of(column) == "Int64" else "string"}
    constraints = {}
    if column in REQUIRED[table]:
        constraints["required"] = True
    if (table, column) in ALLOWED:
        constraints["enum"] = ALLOWED[(table, column)]
    if (table, column) in PATTERNS:
        constraints["pattern"] = PATTERNS[(table, column)].strip("^$")
    if constraints:
        f["constraints"] = constraints
    return f


def descriptor() -> dict:
    resources = []
    for table, cols in COLUMNS.items():
        schema = {"fields": [field(table, c) for c in cols], "missingValues": [""]}
        if table in PRIMARY_KEYS:
            schema["primaryKey"] = PRIMARY_KEYS[table]
        if table in FOREIGN_KEYS:
            schema["foreignKeys"] = FOREIGN_KEYS[table]
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "communique-tables",
        "title": "People, titles, organisations, dates and counts extracted by communique",
        "resources": resources,
    }


def write_datapackage(folder: str | Path) -> Path:
    path = Path(folder) / "datapackage.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(descriptor(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
