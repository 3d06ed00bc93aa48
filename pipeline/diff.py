"""What changed between two runs: rows added, removed and changed, per table.

Rows are matched by a key per table (a person by doc_id + person_id, a date by its
offsets, …), so a rule that renames an organisation shows as one changed row, not
as one removed and one added.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from .contract import INTEGER_COLUMNS, TABLE_SPECS, Table

#: Columns not compared: they follow from the others and would repeat every change.
IGNORED = {"evidence"}


@dataclass
class TableDiff:
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict, list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def read_table(folder: Path, name: str) -> list[dict]:
    path = Path(folder) / f"{name}.csv"
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def _order(key: tuple[str, ...]) -> tuple:
    """Keys in reading order: offsets as numbers (131 before 1000), text as text."""
    return tuple((0, int(v), "") if v.isdigit() else (1, 0, v) for v in key)


def diff_runs(old: str | Path, new: str | Path, specs: tuple[Table, ...] = TABLE_SPECS) -> dict[str, TableDiff]:
    """Rows added, removed and changed per table, matched by each table's diff key."""
    out = {}
    for spec in specs:
        name, key = spec.name, spec.diff_key
        before = {tuple(r.get(k, "") for k in key): r for r in read_table(Path(old), name)}
        after = {tuple(r.get(k, "") for k in key): r for r in read_table(Path(new), name)}
        d = TableDiff()
        for k in sorted(after.keys() - before.keys(), key=_order):
            d.added.append(after[k])
        for k in sorted(before.keys() - after.keys(), key=_order):
            d.removed.append(before[k])
        for k in sorted(before.keys() & after.keys(), key=_order):
            cols = [c for c in after[k] if c not in IGNORED and before[k].get(c) != after[k].get(c)]
            if cols:
                d.changed.append((before[k], after[k], cols))
        out[name] = d
    return out


def _label(spec: Table, row: dict) -> str:
    return " | ".join(str(row.get(c, "")) for c in spec.diff_label)


def format_diff(diffs: dict[str, TableDiff], specs: tuple[Table, ...] = TABLE_SPECS) -> str:
    by_name = {spec.name: spec for spec in specs}
    lines = []
    for name, d in diffs.items():
        if not d:
            continue
        spec = by_name[name]
        lines.append(f"{name}: +{len(d.added)} -{len(d.removed)} ~{len(d.changed)}")
        for r in d.added:
            lines.append(f"  + {r.get('doc_id', '')}: {_label(spec, r)}")
        for r in d.removed:
            lines.append(f"  - {r.get('doc_id', '')}: {_label(spec, r)}")
        for old, new, cols in d.changed:
            changes = ", ".join(f"{c}: {old.get(c, '')!r} → {new.get(c, '')!r}" for c in cols)
            lines.append(f"  ~ {new.get('doc_id', '')}: {_label(spec, new)}  ({changes})")
    return "\n".join(lines) if lines else "no changes"


def _typed_row(row: dict) -> dict:
    """A CSV row with the contract's integer columns as integers (None when empty)."""
    out = {}
    for k, v in row.items():
        if k in INTEGER_COLUMNS:
            try:
                v = int(v) if v not in ("", None) else None
            except ValueError:
                pass  # not what the contract says: shown as written
        out[k] = v
    return out


def changed(diffs: dict[str, TableDiff]) -> bool:
    """Whether any table differs (`communique diff --exit-code`)."""
    return any(diffs.values())


def as_json(diffs: dict[str, TableDiff]) -> dict:
    """The differences as JSON-ready data: integer columns (offsets, counts) as integers."""
    return {
        name: {
            "added": [_typed_row(r) for r in d.added],
            "removed": [_typed_row(r) for r in d.removed],
            "changed": [{"old": _typed_row(o), "new": _typed_row(n), "columns": c} for o, n, c in d.changed],
        }
        for name, d in diffs.items()
    }
