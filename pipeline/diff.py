"""What changed between two runs: rows added, removed and changed, per table.

Rows are matched by a key per table (a person by doc_id + person_id, a date by its
offsets, …), so a rule that renames an organisation shows as one changed row, not
as one removed and one added.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from .tables import COLUMNS

KEYS = {
    "documents": ["doc_id"],
    "people": ["doc_id", "person_id"],
    "roles": ["doc_id", "person_id", "title"],
    "organisations": ["doc_id", "org_id"],
    "dates": ["doc_id", "char_start", "char_end"],
    "counts": ["doc_id", "char_start", "char_end"],
    "mentions": ["doc_id", "label", "char_start", "char_end", "source"],
    "events": ["doc_id", "name"],
}
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


def diff_runs(old: str | Path, new: str | Path) -> dict[str, TableDiff]:
    out = {}
    for name in COLUMNS:
        key = KEYS[name]
        before = {tuple(r.get(k, "") for k in key): r for r in read_table(Path(old), name)}
        after = {tuple(r.get(k, "") for k in key): r for r in read_table(Path(new), name)}
        d = TableDiff()
        for k in sorted(after.keys() - before.keys()):
            d.added.append(after[k])
        for k in sorted(before.keys() - after.keys()):
            d.removed.append(before[k])
        for k in sorted(before.keys() & after.keys()):
            cols = [c for c in after[k] if c not in IGNORED and before[k].get(c) != after[k].get(c)]
            if cols:
                d.changed.append((before[k], after[k], cols))
        out[name] = d
    return out


def _label(name: str, row: dict) -> str:
    show = {
        "documents": ["doc_id", "kind", "published", "status"],
        "people": ["name", "aliases"],
        "roles": ["name", "title", "organisation"],
        "organisations": ["name", "acronym"],
        "dates": ["text", "start", "end"],
        "counts": ["text", "value", "qualifier", "unit"],
        "mentions": ["label", "text", "normalized", "source"],
        "events": ["name", "place", "start", "end"],
    }[name]
    return " | ".join(str(row.get(c, "")) for c in show)


def format_diff(diffs: dict[str, TableDiff]) -> str:
    lines = []
    for name, d in diffs.items():
        if not d:
            continue
        lines.append(f"{name}: +{len(d.added)} -{len(d.removed)} ~{len(d.changed)}")
        for r in d.added:
            lines.append(f"  + {r.get('doc_id', '')}: {_label(name, r)}")
        for r in d.removed:
            lines.append(f"  - {r.get('doc_id', '')}: {_label(name, r)}")
        for old, new, cols in d.changed:
            changes = ", ".join(f"{c}: {old.get(c, '')!r} → {new.get(c, '')!r}" for c in cols)
            lines.append(f"  ~ {new.get('doc_id', '')}: {_label(name, new)}  ({changes})")
    return "\n".join(lines) if lines else "no changes"


def as_json(diffs: dict[str, TableDiff]) -> dict:
    return {
        name: {
            "added": d.added,
            "removed": d.removed,
            "changed": [{"old": o, "new": n, "columns": c} for o, n, c in d.changed],
        }
        for name, d in diffs.items()
    }
