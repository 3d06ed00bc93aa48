"""Explain one document: every span any rule or the model found, what it was labelled,
which rule made it, and its fate — the table row it ended in, or why it was dropped."""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import span_rows


def fates(doc: Doc) -> dict[tuple[int, int], list[str]]:
    """(start, end) → the rows a span ended in, as `table: what the row says`."""
    return {span: [f"{table}: {what}" for table, _, what in rows] for span, rows in span_rows(doc).items()}


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
