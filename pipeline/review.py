"""`communique review`: one self-contained HTML page to review a run.

Per document: the text with every kept span highlighted (displaCy's entity markup),
then the rows of each table with their evidence; at the top, rows per table and per
rule. No scripts, fonts or styles are fetched: the page works offline and can be
attached to a review.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from spacy import displacy

from .contract import TABLE_SPECS, Table
from .diff import read_table
from .io import read_source

COLORS = {
    "PERSON": "#aa9cfc",
    "ORG": "#7aecec",
    "DATE": "#bfe1d9",
    "COUNT": "#feca74",
    "TITLE": "#ffeb80",
    "EVENT": "#ff9561",
}
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#222;max-width:1100px}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-top:2px solid #ddd;padding-top:1rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}table{border-collapse:collapse;font-size:.85rem;margin-bottom:.8rem}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}
.meta{color:#555;font-size:.9rem}.text{border:1px solid #eee;padding:1rem;background:#fcfcfc}
.summary td:nth-child(2){text-align:right}.error{color:#b00}
"""


def _kept_spans(mentions: list[dict]) -> list[dict]:
    """Non-overlapping spans that were kept (longest first), for highlighting."""
    spans = []
    for m in mentions:
        if (m.get("normalized") or "").startswith("dropped:"):
            continue
        spans.append({"start": int(m["char_start"]), "end": int(m["char_end"]), "label": m["label"]})
    spans.sort(key=lambda s: (-(s["end"] - s["start"]), s["start"]))
    taken: list[dict] = []
    for s in spans:
        if all(s["end"] <= t["start"] or s["start"] >= t["end"] for t in taken):
            taken.append(s)
    return sorted(taken, key=lambda s: s["start"])


def _table(rows: list[dict], cols: list[str]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(r.get(c, '')))}</td>" for c in cols) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def build_review(run_dir: str | Path, raw_dir: str | Path, specs: tuple[Table, ...] = TABLE_SPECS) -> str:
    run_dir, raw_dir = Path(run_dir), Path(raw_dir)
    shown = {spec.name: list(spec.shown) for spec in specs if spec.shown}  # the tables listed per document
    tables = {name: read_table(run_dir, name) for name in ["documents", "mentions", *shown]}
    per_rule = Counter((name, r.get("source", "")) for name in shown for r in tables[name] if r.get("source"))
    summary = "".join(
        f"<tr><td>{name}</td><td>{len(tables[name])}</td></tr>" for name in ["documents", *shown, "mentions"]
    )
    rules = "".join(
        f"<tr><td>{html.escape(t)}</td><td>{n}</td><td>{html.escape(s)}</td></tr>"
        for (t, s), n in sorted(per_rule.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    )
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>communique review: {html.escape(run_dir.name)}</title><style>{CSS}</style></head><body>",
        f"<h1>communique review of <code>{html.escape(str(run_dir))}</code></h1>",
        "<h3>Rows per table</h3><table class='summary'><tr><th>table</th><th>rows</th></tr>" + summary + "</table>",
        "<h3>Documents</h3><ul>"
        + "".join(
            f"<li><a href='#{html.escape(d['doc_id'])}'>{html.escape(d['doc_id'])}</a> {html.escape(d.get('title', ''))}</li>"
            for d in tables["documents"]
        )
        + "</ul>",
        "<details><summary>Rows per rule</summary><table class='summary'><tr><th>table</th><th>rows</th><th>rule (source)</th></tr>"
        + rules
        + "</table></details>",
    ]
    for doc in tables["documents"]:
        did = doc["doc_id"]
        parts.append(f"<h2 id='{html.escape(did)}'>{html.escape(did)}</h2>")
        parts.append(
            f"<p class='meta'>{html.escape(doc.get('title', ''))}<br>kind: {html.escape(doc.get('kind', ''))} · "
            f"published: {html.escape(doc.get('published', '') or '—')} · place: {html.escape(doc.get('place', '') or '—')}</p>"
        )
        if doc.get("status") == "error":
            parts.append(f"<p class='error'>error: {html.escape(doc.get('error', ''))}</p>")
            continue
        source = read_source(raw_dir / doc["path"], raw_dir) if doc.get("path") else None
        if source is None or source.text is None:
            parts.append(f"<p class='error'>text not found under {html.escape(str(raw_dir))}</p>")
        else:
            ents = _kept_spans([m for m in tables["mentions"] if m["doc_id"] == did])
            markup = displacy.render(
                {"text": source.text, "ents": ents, "title": None},
                style="ent",
                manual=True,
                page=False,
                options={"colors": COLORS},
            )
            parts.append(f"<div class='text'>{markup}</div>")
        for name, cols in shown.items():
            rows = [r for r in tables[name] if r["doc_id"] == did]
            if rows:
                parts.append(f"<h3>{name} ({len(rows)})</h3>" + _table(rows, cols))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_review(run_dir, raw_dir, out: str | Path) -> Path:
    out = Path(out)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(build_review(run_dir, raw_dir), encoding="utf-8")
    tmp.replace(out)
    return out
