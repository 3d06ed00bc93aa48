"""Explain one document: every span any rule or the model found, what it was labelled,
which rule made it, and its fate — the table row it ended in, or why it was dropped."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc


def fates(doc: Doc) -> dict[tuple[int, int], list[str]]:
    """(start, end) → the rows a span ended in."""
    out: dict[tuple[int, int], list[str]] = defaultdict(list)
    for p in doc._.people or []:
        for s, e in p["spans"]:
            out[(s, e)].append(f"people: {p['name']} ({p['person_id']})")
    for m in doc._.org_mentions or []:
        out[(m["start"], m["end"])].append(f"organisations: {m['name']} ({m['org_id']})")
    for r in doc._.roles or []:
        out[(r["start"], r["end"])].append(f"roles: {r['name']} / {r['title']} / {r['organisation'] or '-'}")
    for d in doc._.dates or []:
        out[(d["start"], d["end"])].append(f"dates: {d['date_start'] or '?'}..{d['date_end'] or '?'} ({d['role']})")
    for c in doc._.counts or []:
        out[(c["start"], c["end"])].append(f"counts: {c['qualifier']} {c['value']} {c['unit']}")
    for e in doc._.events or []:
        out[(e["start"], e["end"])].append(f"events: {e['name']}")
    return out


def explain(doc: Doc) -> list[dict]:
    """One entry per span found: text, offsets, each (label, source, normalized) said of it, and its fate."""
    spans: dict[tuple[int, int], dict] = {}
    for m in doc._.mentions or []:
        entry = spans.setdefault(
            (m["start"], m["end"]), {"start": m["start"], "end": m["end"], "text": m["text"], "steps": []}
        )
        step = (m["label"], m["source"], m["normalized"])
        if step not in entry["steps"]:
            entry["steps"].append(step)
    rows = fates(doc)
    for key, entry in spans.items():
        entry["fate"] = rows.get(key, [])
        dropped = [n for _, _, n in entry["steps"] if n.startswith("dropped:")]
        if not entry["fate"]:
            entry["fate"] = [f"dropped ({dropped[-1].split(':', 1)[1]})"] if dropped else ["in no table"]
    return sorted(spans.values(), key=lambda e: (e["start"], -e["end"]))


def format_explanation(doc_id: str, entries: list[dict]) -> str:
    lines = [f"{doc_id}: {len(entries)} spans"]
    for e in entries:
        text = " ".join(e["text"].split())
        lines.append(f"[{e['start']}:{e['end']}] {text!r}")
        for label, source, normalized in e["steps"]:
            lines.append(f"    {label:<8} by {source:<40} {('→ ' + normalized) if normalized else ''}".rstrip())
        for fate in e["fate"]:
            lines.append(f"    = {fate}")
    return "\n".join(lines)
