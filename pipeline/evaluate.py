"""Evaluate a run against gold annotations (the fixtures' gold format).

The matching follows the project's yardstick (shared/tools/score.py) rule for rule, so
that `communique eval` and the yardstick agree; on top of it every decision keeps the
row it was made on, so a user sees each miss and false hit with its evidence and, per
rule id (`source`), how often it fired and how many of its rows were right.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from .contract import TABLE_SPECS

STOP = {"of", "the", "and", "for", "in", "on", "at", "a", "an", "to"}
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "h",
    "e",
    "his",
    "her",
    "excellency",
    "ambassador",
    "minister",
    "president",
    "prof",
    "professor",
    "sir",
    "madam",
    "mme",
    "m",
}
UNITS = {
    "participants": "participants",
    "participant": "participants",
    "people": "participants",
    "persons": "participants",
    "attendees": "participants",
    "delegates": "participants",
    "guests": "participants",
    "experts": "participants",
    "representatives": "participants",
    "countries": "countries",
    "country": "countries",
    "states": "countries",
    "nations": "countries",
    "member states": "countries",
    "organisations": "organisations",
    "organizations": "organisations",
    "organisation": "organisations",
    "organization": "organisations",
    "delegations": "delegations",
    "delegation": "delegations",
}
TITLE_SYNONYMS = [
    ("minister of foreign affairs", "foreign minister"),
    ("foreign affairs minister", "foreign minister"),
    ("minister for foreign affairs", "foreign minister"),
    ("defence", "defense"),
    ("chairperson", "chairman"),
    ("chair", "chairman"),
    ("chairmanman", "chairman"),
    ("minister of defense", "defense minister"),
    ("minister of sport", "sports minister"),
    ("minister of sports", "sports minister"),
]
FIELDS = ["people", "roles", "organisations", "dates", "counts"]
METRICS = ["people", "roles", "role_org", "organisations", "dates", "counts", "published", "identity", "events"]
#: The tables a run folder is read for: those the gold format annotates.
TABLES = [spec.name for spec in TABLE_SPECS if spec.evaluated]


def norm(s) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'").replace("'s ", " ").replace("' ", " ")
    s = re.sub(r"[-‐‑‒–—_/]", " ", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def toks(s) -> set[str]:
    return {t for t in norm(s).split() if t not in STOP}


def strip_honorifics(s) -> str:
    words = norm(s).split()
    while words and words[0] in HONORIFICS and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def title_toks(s) -> set[str]:
    t = " " + norm(s) + " "
    for a, b in TITLE_SYNONYMS:
        t = t.replace(" " + a + " ", " " + b + " ")
    return {w for w in t.split() if w not in STOP}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def miss(self, doc_id: str, what: str) -> None:
        self.fn += 1
        self.errors.append({"doc_id": doc_id, "kind": "miss", "what": what, "evidence": ""})

    def false_hit(self, doc_id: str, what: str, row: dict | None = None) -> None:
        self.fp += 1
        self.errors.append(
            {"doc_id": doc_id, "kind": "false", "what": what, "evidence": (row or {}).get("evidence", "")}
        )


@dataclass
class Evaluation:
    scores: dict[str, Score]
    qualifier_ok: int
    qualifier_n: int
    documents: int
    rules: dict[str, dict[str, int]]  # "table:source" -> {"fired", "right"}

    @property
    def macro_f1(self) -> float:
        return sum(self.scores[k].f1 for k in FIELDS) / len(FIELDS)

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_ok / self.qualifier_n if self.qualifier_n else 0.0

    def as_dict(self) -> dict:
        out = {k: {"p": v.p, "r": v.r, "f1": v.f1, "tp": v.tp, "fp": v.fp, "fn": v.fn} for k, v in self.scores.items()}
        out["qualifier_accuracy"] = self.qualifier_accuracy
        out["macro"] = {"f1": self.macro_f1}
        out["documents"] = self.documents
        out["errors"] = {k: v.errors for k, v in self.scores.items() if v.errors}
        out["rules"] = self.rules
        return out


def read_gold(gold: str | Path) -> dict[str, dict]:
    """Gold documents by doc_id: the *.json files of a folder, or of a .zip file (as the
    review page exports them), each named after its document."""
    gold = Path(gold)
    if gold.is_file() and zipfile.is_zipfile(gold):
        with zipfile.ZipFile(gold) as z:
            names = sorted(n for n in z.namelist() if n.endswith(".json") and not n.endswith("/"))
            return {PurePosixPath(n).stem: json.loads(z.read(n).decode("utf-8")) for n in names}
    if gold.is_file():
        raise ValueError(f"{gold}: not a folder of gold files nor a .zip of them")
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}


def read_run(run_dir: str | Path) -> dict[str, list[dict]]:
    """A run folder's tables as lists of string-valued rows (as CSV gives them)."""
    out = {}
    for name in TABLES:
        p = Path(run_dir) / f"{name}.csv"
        out[name] = list(csv.DictReader(open(p, newline="", encoding="utf-8-sig"))) if p.exists() else []
    return out


def rows_from_tables(tables) -> dict[str, list[dict]]:
    """In-memory Tables as the same string-valued rows a CSV reader gives."""
    out = {}
    for name in TABLES:
        df = tables[name]
        out[name] = [{k: ("" if pd.isna(v) else str(v)) for k, v in r.items()} for r in df.to_dict("records")]
    return out


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    d = defaultdict(list)
    for r in rows:
        d[r.get("doc_id", "")].append(r)
    return d


def _person_keys(gp: dict) -> set[str]:
    keys = {norm(gp["name"]), strip_honorifics(gp["name"])}
    for a in gp.get("aliases", []):
        keys |= {norm(a), strip_honorifics(a)}
    return keys


def _match_person(name: str, gold_people: list[dict]) -> int | None:
    n1, n2 = norm(name), strip_honorifics(name)
    for i, gp in enumerate(gold_people):
        keys = _person_keys(gp)
        if n1 in keys or n2 in keys:
            return i
    return None


def _org_alias_tokens(org_name, gold_orgs) -> set[str]:
    out = set(toks(org_name or ""))
    k = norm(org_name or "")
    for go in gold_orgs:
        names = [go["name"]] + go.get("aliases", [])
        if k in {norm(n) for n in names}:
            for n in names:
                out |= toks(n)
    return out


def _title_matches(pred_title, gold_role, gold_orgs) -> bool:
    P = title_toks(pred_title)
    if not P:
        return False
    orgtok = _org_alias_tokens(gold_role.get("organisation"), gold_orgs)
    for t in [gold_role["title"]] + gold_role.get("title_aliases", []):
        G = title_toks(t)
        if G and G <= P and (P - G) <= (orgtok | toks(gold_role.get("organisation") or "")):
            return True
    return False


def _org_matches(pred_org, gold_role_org, gold_orgs) -> bool:
    if not gold_role_org:
        return True
    a = _org_alias_tokens(gold_role_org, gold_orgs)
    names = {norm(gold_role_org)}
    for go in gold_orgs:
        nm = [go["name"]] + go.get("aliases", [])
        if norm(gold_role_org) in {norm(n) for n in nm}:
            names |= {norm(n) for n in nm}
    return norm(pred_org) in names or bool(toks(pred_org) and toks(pred_org) <= a)


def _same_event(pt: set[str], gt: set[str]) -> bool:
    common = len(pt & gt)
    return bool(pt and gt) and (pt == gt or (common >= 2 and common >= 0.6 * min(len(pt), len(gt))))


def evaluate(gold: dict[str, dict], run: dict[str, list[dict]]) -> Evaluation:
    """Score a run (rows per table) against gold documents (by doc_id)."""
    T = {n: _by_doc(run.get(n, [])) for n in TABLES}
    m = {k: Score() for k in METRICS}
    rules: dict[str, dict[str, int]] = defaultdict(lambda: {"fired": 0, "right": 0})

    def fired(table: str, row: dict, right: bool) -> None:
        r = rules[f"{table}:{row.get('source', '') or '?'}"]
        r["fired"] += 1
        r["right"] += int(right)

    def tally(field: str, doc_id: str, row: dict, idx: int | None, items: list[dict], matched: set[int], what: str):
        """A predicted row against the gold item it names (`idx`, or None): an extra, a
        harmless match of an optional item, a duplicate of an item already matched, or a
        hit (True)."""
        if idx is None or (idx in matched and not items[idx].get("optional")):
            m[field].false_hit(doc_id, f"{'extra' if idx is None else 'duplicate'} {what} {row.get('name')!r}", row)
            fired(field, row, False)
            return False
        fired(field, row, True)
        if items[idx].get("optional"):
            return False
        matched.add(idx)
        m[field].tp += 1
        return True

    def misses(field: str, doc_id: str, items: list[dict], matched: set[int], what: str) -> None:
        for k, item in enumerate(items):
            if k not in matched and not item.get("optional"):
                m[field].miss(doc_id, f"missed {what} {item['name']!r}")

    qual_ok = qual_n = 0
    pid_of = {}
    for doc_id, g in gold.items():
        gp = g.get("people", [])
        matched: set[int] = set()
        for r in T["people"].get(doc_id, []):
            i = _match_person(r.get("name", ""), gp)
            if tally("people", doc_id, r, i, gp, matched, "person"):
                pid_of[(doc_id, i)] = r.get("person_id", "")
        misses("people", doc_id, gp, matched, "person")
        # roles
        gorgs = g.get("organisations", [])
        hit: set[tuple[int, int]] = set()
        seen_pred = set()
        for r in T["roles"].get(doc_id, []):
            key = (norm(r.get("name")), norm(r.get("title")))
            if key in seen_pred:
                continue
            seen_pred.add(key)
            i = _match_person(r.get("name", ""), gp)
            ok = None
            if i is not None:
                for j, gr in enumerate(gp[i].get("roles", [])):
                    if _title_matches(r.get("title", ""), gr, gorgs):
                        ok = (i, j, gr)
                        break
            if ok is None:
                m["roles"].false_hit(doc_id, f"extra role {r.get('name')!r} / {r.get('title')!r}", r)
                fired("roles", r, False)
                continue
            i, j, gr = ok
            fired("roles", r, True)
            if gr.get("optional") or (i, j) in hit:
                continue
            hit.add((i, j))
            m["roles"].tp += 1
            if gr.get("organisation"):
                good = _org_matches(r.get("organisation", ""), gr["organisation"], gorgs) or (
                    _title_matches(
                        r.get("title", ""), {"title": gr["title"], "organisation": gr["organisation"]}, gorgs
                    )
                    and bool(toks(r.get("title", "")) - toks(gr["title"]))
                )
                if good:
                    m["role_org"].tp += 1
                else:
                    m["role_org"].false_hit(
                        doc_id,
                        f"{gp[i]['name']} / {gr['title']}: org {r.get('organisation')!r} != {gr['organisation']!r}",
                        r,
                    )
                    m["role_org"].fn += 1
        for i, p in enumerate(gp):
            for j, gr in enumerate(p.get("roles", [])):
                if not gr.get("optional") and (i, j) not in hit:
                    m["roles"].miss(doc_id, f"missed role {p['name']!r} / {gr['title']!r}")
        # organisations
        matched = set()
        for r in T["organisations"].get(doc_id, []):
            cands = {norm(r.get("name")), norm(r.get("acronym"))} - {""}
            idx = None
            for k, go in enumerate(gorgs):
                names = {norm(go["name"])} | {norm(a) for a in go.get("aliases", [])}
                if cands & names:
                    idx = k
                    break
            tally("organisations", doc_id, r, idx, gorgs, matched, "org")
        misses("organisations", doc_id, gorgs, matched, "org")
        # dates: identified by (start, end); the same date written twice is one date
        gd = {(d["start"], d["end"]): d for d in g.get("dates", [])}
        pred: dict[tuple[str, str], dict] = {}
        for r in T["dates"].get(doc_id, []):
            if r.get("start"):
                k = (r.get("start", ""), r.get("end", "") or r.get("start", ""))
                pred.setdefault(k, r)
                fired("dates", r, k in gd)
        for k, r in pred.items():
            if k in gd:
                if not gd[k].get("optional"):
                    m["dates"].tp += 1
            else:
                m["dates"].false_hit(doc_id, f"extra date {k}", r)
        for k, d in gd.items():
            if not d.get("optional") and k not in pred:
                m["dates"].miss(doc_id, f"missed date {d['text']!r} {k}")
        # counts: identified by (value, unit)
        gc = {(int(c["value"]), c["unit"]): c for c in g.get("counts", [])}
        seen = set()
        for r in T["counts"].get(doc_id, []):
            try:
                k = (int(float(r.get("value", ""))), UNITS.get(norm(r.get("unit", "")), norm(r.get("unit", ""))))
            except ValueError:
                m["counts"].false_hit(doc_id, f"count without a value {r.get('text')!r}", r)
                fired("counts", r, False)
                continue
            fired("counts", r, k in gc)
            if k in seen:
                continue
            seen.add(k)
            if k in gc:
                m["counts"].tp += 1
                qual_n += 1
                qual_ok += r.get("qualifier", "") == gc[k]["qualifier"]
            else:
                m["counts"].false_hit(doc_id, f"extra count {k}", r)
        for k, c in gc.items():
            if k not in seen:
                m["counts"].miss(doc_id, f"missed count {c['text']!r}")
        # events (reported, not in the macro): a row names a gold event when they share most words
        # of the shorter name (at least two, or all of a one-word name); gold names are often descriptive
        gev = [e for e in g.get("events", []) if e.get("name")]
        used: set[int] = set()
        for r in T["events"].get(doc_id, []):
            pt = toks(r.get("name", ""))
            k = next((k for k, e in enumerate(gev) if k not in used and _same_event(pt, toks(e["name"]))), None)
            fired("events", r, k is not None)
            if k is None:
                m["events"].false_hit(doc_id, f"extra event {r.get('name')!r}", r)
            else:
                used.add(k)
                m["events"].tp += 1
        for k, e in enumerate(gev):
            if k not in used and not e.get("optional"):
                m["events"].miss(doc_id, f"missed event {e['name']!r}")
        # published
        drows = T["documents"].get(doc_id, [])
        pub = (drows[0].get("published") or "") if drows else ""
        gpub = g.get("published") or ""
        if gpub and pub == gpub:
            m["published"].tp += 1
        else:
            if pub:
                m["published"].false_hit(doc_id, f"published {pub!r} != {gpub!r}")
            if gpub:
                m["published"].miss(doc_id, f"published {pub!r} != {gpub!r}")
    # identity across documents
    alias = {}
    for g in gold.values():
        for a, b in (g.get("same_person_as") or {}).items():
            alias[norm(a)] = norm(b)
    ident = {}
    for (doc_id, i), pid in pid_of.items():
        n = norm(gold[doc_id]["people"][i]["name"])
        ident[(doc_id, i)] = (alias.get(n, n), pid)
    items = sorted(ident.items())
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            (d1, _), (g1, p1) = items[x]
            (d2, _), (g2, p2) = items[y]
            if d1 == d2:
                continue
            same_gold, same_pred = g1 == g2, bool(p1) and p1 == p2
            if same_gold and same_pred:
                m["identity"].tp += 1
            elif same_gold:
                m["identity"].miss(d1, f"not linked: {g1} in {d1} / {d2}")
            elif same_pred:
                m["identity"].false_hit(d1, f"wrongly linked: {g1} ~ {g2}")
    return Evaluation(m, qual_ok, qual_n, len(gold), dict(sorted(rules.items())))


#: Evidence longer than this is cut at the last word boundary before it, with an ellipsis.
EVIDENCE_CHARS = 160


def clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """`text` shortened to at most `limit` characters (plus "…") without cutting a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(" ,;:") + "…"


def _figure(value: float, defined: bool) -> str:
    return f"{value:6.3f}" if defined else f"{'n/a':>6}"


def format_report(ev: Evaluation, *, errors: bool = True, rules: bool = True) -> str:
    """The figures as a table. A figure with nothing to divide by reads `n/a`: precision
    when the run has no rows for the field, recall and F1 when the gold has no items."""
    lines = [f"{ev.documents} gold documents", f"{'field':<14} {'P':>6} {'R':>6} {'F1':>6}   tp   fp   fn"]
    for k, v in ev.scores.items():
        gold = v.tp + v.fn > 0
        p, r, f1 = _figure(v.p, v.tp + v.fp > 0), _figure(v.r, gold), _figure(v.f1, gold)
        lines.append(f"{k:<14} {p} {r} {f1} {v.tp:4d} {v.fp:4d} {v.fn:4d}")
    lines.append(f"qualifier accuracy {ev.qualifier_ok}/{ev.qualifier_n}")
    lines.append(f"macro F1 ({', '.join(FIELDS)}) = {ev.macro_f1:.3f}")
    without = [k for k in FIELDS if not ev.scores[k].tp + ev.scores[k].fn]
    if without and len(without) < len(FIELDS):
        with_gold = [k for k in FIELDS if k not in without]
        macro = sum(ev.scores[k].f1 for k in with_gold) / len(with_gold)
        lines.append(f"macro F1 over the fields with gold items ({', '.join(with_gold)}) = {macro:.3f}")
    if errors:
        errs = [(k, e) for k, v in ev.scores.items() for e in v.errors]
        if errs:
            lines.append("")
            lines.append("misses and false hits:")
            for k, e in errs:
                lines.append(f"  [{k}] {e['doc_id']}: {e['what']}")
                if e["evidence"]:
                    lines.append(f"      evidence: {clip(e['evidence'])}")
    if rules and ev.rules:
        lines.append("")
        lines.append(f"{'rule (table:source)':<60} fired right")
        for key, r in ev.rules.items():
            lines.append(f"{key[:60]:<60} {r['fired']:5d} {r['right']:5d}")
    return "\n".join(lines)
