"""`communique review`: one self-contained HTML page to review a run, and act on it.

The page is the run's own rows laid over its documents' text: every mark is a span that
became a row (labelled in the table's terms, with the row's number), or a mention that
was dropped (shown apart). The model's raw labels appear only in the mentions view,
with each mention's fate. A reviewer marks rows right or wrong, corrects them, adds the
spans the run missed, and exports the decisions as gold files that `communique eval`
reads (see docs/review.md).

This module gathers what the page shows and checks that it can be trusted: the input
folder comes from the run's manifest.json unless given, and a document whose file
changed since the run (its sha256 differs) is shown without marks, with a warning, and
counted among the documents that could not be shown. The page itself (markup, styles,
script) is pipeline/review_page/; it fetches nothing and needs no server.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .contract import TABLE_SPECS, Table
from .diff import read_table
from .io import read_source

#: What one row of each table is called on the page (a mark's label).
TERMS = {
    "people": "person",
    "roles": "title",
    "organisations": "organisation",
    "dates": "date",
    "counts": "count",
    "events": "event",
}
#: The label of a mention whose span may become a row of each table: a dropped mention of
#: these labels is marked (in the table's terms); the others show in the mentions view only.
MENTION_LABELS = {
    "PERSON": "people",
    "TITLE": "roles",
    "ORG": "organisations",
    "DATE": "dates",
    "COUNT": "counts",
    "EVENT": "events",
}
#: Further spans of a row: mentions of this label whose `normalized` is the row's name.
SPREAD = {"people": "PERSON", "organisations": "ORG"}
#: Cells a CSV writer guards against spreadsheets running them as formulas (pipeline.writers).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Columns of the mentions table left out of the page (the page shows the text around a span).
MENTION_COLUMNS = ("doc_id", "label", "text", "char_start", "char_end", "normalized", "source")
ASSETS = "review_page"


class ReviewError(ValueError):
    """The run cannot be reviewed as asked (no input folder known, no tables)."""


@dataclass
class Shown:
    """How one document appears on the page."""

    doc_id: str
    #: ok: text and marks; stale: the file changed since the run (text, no marks);
    #: missing: the text could not be read; error: the run could not read the document.
    status: str
    message: str = ""
    text: str | None = None


@dataclass
class ReviewResult:
    path: Path
    documents: int
    #: (doc_id, why) for every document whose text and marks could not be shown.
    unshown: list[tuple[str, str]] = field(default_factory=list)


def input_folder(run_dir: str | Path, raw_dir: str | Path | None = None) -> Path:
    """The folder the run read: `raw_dir` when given, else the one manifest.json records
    (relative to the run folder)."""
    if raw_dir is not None:
        return Path(raw_dir)
    manifest = Path(run_dir) / "manifest.json"
    if not manifest.is_file():
        raise ReviewError(f"{run_dir} has no manifest.json to name the input folder: give --raw")
    recorded = json.loads(manifest.read_text(encoding="utf-8")).get("input_dir")
    if not recorded:
        raise ReviewError(f"{manifest} does not name the input folder (an older run, or texts): give --raw")
    folder = Path(run_dir) / recorded
    if not folder.is_dir():
        raise ReviewError(f"the run's input folder {folder} (from {manifest}) does not exist: give --raw")
    return folder


def _unguard(value: str) -> str:
    """A CSV cell as it was before the writer's formula guard (a leading ')."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_START and value[1:2] else value


def read_run(run_dir: str | Path, names: list[str]) -> dict[str, list[dict]]:
    """The run's tables as string-valued rows, from its CSV files (the contract), else its
    Parquet files or tables.sqlite."""
    run_dir = Path(run_dir)
    if (run_dir / "documents.csv").is_file():
        return {n: [{k: _unguard(v or "") for k, v in r.items()} for r in read_table(run_dir, n)] for n in names}
    import pandas as pd

    def records(df) -> list[dict]:
        return [{k: "" if pd.isna(v) else str(v) for k, v in r.items()} for r in df.to_dict("records")]

    if (run_dir / "documents.parquet").is_file():
        return {
            n: records(pd.read_parquet(run_dir / f"{n}.parquet")) if (run_dir / f"{n}.parquet").is_file() else []
            for n in names
        }
    if (run_dir / "tables.sqlite").is_file():
        with sqlite3.connect(run_dir / "tables.sqlite") as con:
            return {n: records(pd.read_sql_query(f'SELECT * FROM "{n}"', con)) for n in names}
    raise ReviewError(f"{run_dir} holds no run: no documents.csv, documents.parquet or tables.sqlite")


def show_documents(documents: list[dict], raw: Path) -> dict[str, Shown]:
    """Each document's text, checked against the sha256 the run stored."""
    out = {}
    for doc in documents:
        did = doc["doc_id"]
        if doc.get("status") == "error":
            out[did] = Shown(did, "error", f"the run could not read it: {doc.get('error', '')}")
            continue
        path = raw / doc.get("path", "") if doc.get("path") else None
        if path is None or not path.is_file():
            out[did] = Shown(did, "missing", f"text not found: no file {doc.get('path') or did!r} under {raw}")
            continue
        source = read_source(path, raw)
        if source.text is None:
            out[did] = Shown(did, "missing", f"{path}: {source.error}")
        elif doc.get("sha256") and source.sha256 != doc["sha256"]:
            out[did] = Shown(
                did,
                "stale",
                f"{path} changed since the run (sha256 {source.sha256[:12]}… now, {doc['sha256'][:12]}… then): "
                "its text is shown without marks; run `communique run` again to review it",
                source.text,
            )
        else:
            out[did] = Shown(did, "ok", text=source.text)
    return out


def _utf16(text: str):
    """Code-point offsets (Python's, the tables') → UTF-16 offsets (the browser's)."""
    astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_right(astral, i - 1)


def _offsets(row: dict) -> tuple[int, int] | None:
    try:
        start, end = int(row.get("char_start", "")), int(row.get("char_end", ""))
    except ValueError:
        return None
    return (start, end) if 0 <= start < end else None


def document_marks(
    text: str, rows: dict[str, list[tuple[int, dict]]], mentions: list[tuple[int, dict]]
) -> tuple[list[list], dict[int, list[str]]]:
    """The marks of one document and each mention's rows.

    A mark is [start, end, kind, refs] in UTF-16 offsets: kind is a table name and refs
    the numbers of its rows at that span (a person's or organisation's row also marks
    every mention merged into it), or kind is "dropped" and refs the numbers of the
    dropped mentions at a span no row covers. Returns the marks and, per mention number,
    the rows (`table:number`) at its span.
    """
    n = len(text)
    spans: dict[tuple[int, int, str], list[int]] = {}
    at: dict[tuple[int, int], list[str]] = {}

    def add(span: tuple[int, int] | None, table: str, number: int) -> None:
        if span and span[1] <= n:
            numbers, refs = spans.setdefault((*span, table), []), at.setdefault(span, [])
            if number not in numbers:
                numbers.append(number)
                refs.append(f"{table}:{number}")

    for table, table_rows in rows.items():
        for number, row in table_rows:
            add(_offsets(row), table, number)
        if table in SPREAD:
            named: dict[str, list[int]] = {}
            for number, row in table_rows:
                named.setdefault(row.get("name", ""), []).append(number)
            for _, m in mentions:
                if m.get("label") == SPREAD[table] and m.get("normalized") in named:
                    for number in named[m["normalized"]]:
                        add(_offsets(m), table, number)
    covered = sorted((s, e) for s, e, _ in spans)
    dropped: dict[tuple[int, int], list[int]] = {}
    for m_number, m in mentions:
        span = _offsets(m)
        if (
            span
            and span[1] <= n
            and m.get("normalized", "").startswith("dropped:")
            and m.get("label") in MENTION_LABELS
            and not any(s < span[1] and span[0] < e for s, e in covered)
        ):
            dropped.setdefault(span, []).append(m_number)
    u = _utf16(text)
    marks = [[u(s), u(e), table, numbers] for (s, e, table), numbers in spans.items()]
    marks += [[u(s), u(e), "dropped", numbers] for (s, e), numbers in dropped.items()]
    marks.sort(key=lambda m: (m[0], -m[1], m[2]))
    fates = {m_number: at.get(_offsets(m) or (-1, -1), []) for m_number, m in mentions}
    return marks, fates


def review_data(run_dir: str | Path, raw_dir: str | Path | None = None, specs: tuple[Table, ...] = TABLE_SPECS):
    """Everything the page shows, as JSON-ready data, and how each document is shown."""
    run_dir = Path(run_dir)
    raw = input_folder(run_dir, raw_dir)
    listed = [spec for spec in specs if spec.shown]
    tables = read_run(run_dir, ["documents", "mentions", *(spec.name for spec in listed)])
    shown = show_documents(tables["documents"], raw)
    by_doc: dict[str, dict[str, list[tuple[int, dict]]]] = {}
    for spec in listed:
        for number, row in enumerate(tables[spec.name], 1):
            by_doc.setdefault(row.get("doc_id", ""), {}).setdefault(spec.name, []).append((number, row))
    mentions_by_doc: dict[str, list[tuple[int, dict]]] = {}
    for number, m in enumerate(tables["mentions"], 1):
        mentions_by_doc.setdefault(m.get("doc_id", ""), []).append((number, m))
    fates: dict[int, list[str]] = {}
    documents = []
    for doc in tables["documents"]:
        did, s = doc["doc_id"], shown[doc["doc_id"]]
        marks: list[list] = []
        if s.status == "ok":
            marks, doc_fates = document_marks(s.text, by_doc.get(did, {}), mentions_by_doc.get(did, []))
            fates.update(doc_fates)
        documents.append(
            {
                "id": did,
                "meta": {k: doc.get(k, "") for k in ("path", "kind", "title", "published", "place")},
                "status": s.status,
                "message": s.message,
                "text": s.text,
                "marks": marks,
            }
        )
    data = {
        "run": str(run_dir),
        "key": str(run_dir.resolve()),
        "raw": str(raw.resolve()),
        "terms": {spec.name: TERMS.get(spec.name, spec.name) for spec in listed},
        "tables": {
            spec.name: {
                "columns": spec.column_names,
                "shown": list(spec.shown),
                "key": list(spec.diff_key),
                "integer": [c.name for c in spec.columns if c.type == "integer"],
                "rows": [[row.get(c, "") for c in spec.column_names] for row in tables[spec.name]],
            }
            for spec in listed
        },
        "mentions": {
            "columns": [*MENTION_COLUMNS, "rows"],
            "rows": [
                [m.get(c, "") for c in MENTION_COLUMNS] + [fates.get(number, [])]
                for number, m in enumerate(tables["mentions"], 1)
            ],
        },
        "documents": documents,
    }
    return data, shown


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(ASSETS, name).read_text(encoding="utf-8")


def render_page(data: dict) -> str:
    """The page: markup, styles and script inline, the data as JSON (with every `<`
    escaped, so that no text can close the script element)."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    title = Path(data["run"]).name or data["run"]
    return (
        _asset("page.html")
        .replace("{{title}}", title.replace("&", "&amp;").replace("<", "&lt;"))
        .replace("{{style}}", _asset("review.css"))
        .replace("{{data}}", payload)
        .replace("{{script}}", _asset("review.js"))
    )


def build_review(run_dir: str | Path, raw_dir: str | Path | None = None, specs: tuple[Table, ...] = TABLE_SPECS) -> str:
    """The review page of a run, as one HTML string."""
    return render_page(review_data(run_dir, raw_dir, specs)[0])


def write_review(run_dir, raw_dir, out: str | Path, specs: tuple[Table, ...] = TABLE_SPECS) -> ReviewResult:
    """Write the page to `out`; the result lists the documents that could not be shown
    (their file is missing, unreadable, or changed since the run)."""
    out = Path(out)
    data, shown = review_data(run_dir, raw_dir, specs)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(render_page(data), encoding="utf-8")
    tmp.replace(out)
    unshown = [(s.doc_id, s.message) for s in shown.values() if s.status in ("missing", "stale")]
    return ReviewResult(out, len(shown), unshown)
