"""`communique review`: the page's marks are the run's rows, the input is checked before it
is shown, and the page is self-contained. The page in a real browser: tests/test_review_browser.py."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.review import TERMS, document_marks, review_data

from .conftest import RAW


def read(run: Path, name: str) -> list[dict]:
    with open(run / f"{name}.csv", newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def reviewed(fixture_run):
    """The page's data for the fixtures' run, and the run's rows."""
    data, shown = review_data(fixture_run, RAW)
    return data, shown


@pytest.fixture()
def own_run(tmp_path, nlp, monkeypatch):
    """A run by `communique run` over a copy of raw/, so that its input can be changed."""
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    raw, run = tmp_path / "raw", tmp_path / "run"
    shutil.copytree(RAW, raw)
    assert CliRunner().invoke(cli, ["run", str(raw), "--out", str(run), "-q"]).exit_code == 0
    return raw, run


def test_review_marks_are_the_rows(reviewed, fixture_run):
    """Every row with a span has a mark at that span, and every mark that is not a dropped
    mention is a row's: the set of row references in the marks is the set of rows."""
    data, _ = reviewed
    for doc in data["documents"]:
        expected, marked = set(), set()
        for table in TERMS:
            for number, row in enumerate(read(fixture_run, table), 1):
                if row["doc_id"] == doc["id"] and row.get("char_start", "") != "":
                    expected.add(f"{table}:{number}")
                    assert [int(row["char_start"]), int(row["char_end"]), table] in [m[:3] for m in doc["marks"]]
        for *_, kind, numbers in doc["marks"]:
            assert kind in TERMS or kind == "dropped"
            if kind != "dropped":
                marked |= {f"{kind}:{n}" for n in numbers}
        assert marked == expected, doc["id"]


def test_review_a_person_marks_every_mention_merged_into_the_row(reviewed):
    """ "S.Zas" and "Stanislav Zas" are one row: both spans carry that row's number."""
    data, _ = reviewed
    doc = next(d for d in data["documents"] if d["id"] == "001_5576b482df7d9924")
    text = doc["text"]
    zas = [m for m in doc["marks"] if m[2] == "people" and text[m[0] : m[1]] in ("S.Zas", "Stanislav Zas")]
    assert {text[m[0] : m[1]] for m in zas} == {"S.Zas", "Stanislav Zas"}
    assert len({tuple(m[3]) for m in zas}) == 1


def test_review_dropped_mentions_are_marked_apart_in_table_terms(reviewed):
    data, _ = reviewed
    mentions = data["mentions"]["rows"]
    col = {c: i for i, c in enumerate(data["mentions"]["columns"])}
    dropped = [(d, m) for d in data["documents"] for m in d["marks"] if m[2] == "dropped"]
    assert dropped
    for doc, (start, end, _, numbers) in dropped:
        for n in numbers:
            m = mentions[n - 1]
            assert m[col["normalized"]].startswith("dropped:") and m[col["label"]] in {
                "PERSON",
                "ORG",
                "TITLE",
                "DATE",
                "COUNT",
                "EVENT",
            }
        # a dropped mention is marked only where no row is
        rows = [mk for mk in doc["marks"] if mk[2] != "dropped"]
        assert not any(s < end and start < e for s, e, *_ in rows)


def test_review_mentions_carry_their_fate_and_rows(reviewed):
    """The mentions view: every mention's raw label, its fate, and the rows at its span."""
    data, _ = reviewed
    col = {c: i for i, c in enumerate(data["mentions"]["columns"])}
    rows = data["mentions"]["rows"]
    assert {"GPE", "ORG", "PERSON"} <= {m[col["label"]] for m in rows}
    for m in rows:
        if m[col["rows"]]:  # its span is a row's
            assert m[col["normalized"]] != "dropped:no-row", m
        else:  # it became no row, and says why
            assert m[col["normalized"]].startswith("dropped:"), m


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # no character outside the Basic Multilingual Plane: offsets unchanged
        ("Ana Lima met Bo Chen.", [(0, 8), (13, 20)], [(0, 8), (13, 20)]),
        # an emoji is one code point for Python, two UTF-16 units for the browser
        ("\U0001f30d Ana Lima met Bo Chen.", [(2, 10), (15, 22)], [(3, 11), (16, 23)]),
    ],
)
def test_review_offsets_are_the_browsers(text, spans, expected):
    rows = {
        "people": [
            (i, {"char_start": str(s), "char_end": str(e), "name": text[s:e]}) for i, (s, e) in enumerate(spans, 1)
        ]
    }
    marks, _ = document_marks(text, rows, [])
    assert [(m[0], m[1]) for m in marks] == expected


def test_review_reads_the_input_folder_from_the_manifest(own_run, tmp_path):
    raw, run = own_run
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["review", str(run), "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert Path(data["raw"]) == raw.resolve()
    assert all(d["status"] == "ok" and d["marks"] for d in data["documents"])


def test_review_changed_input_is_shown_without_marks_and_fails(own_run, tmp_path):
    """A file edited after the run: its old offsets would cut the new text anywhere. The
    page shows it with a warning and no marks, the others as usual; the command exits 1."""
    raw, run = own_run
    changed = raw / "002_69e41dfd36f388bb.txt"
    changed.write_text("A new first line.\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["review", str(run), "--out", str(out)])
    assert result.exit_code == 1
    assert "002_69e41dfd36f388bb" in result.output and "changed since the run" in result.output
    assert "1 of 5 documents could not be shown" in result.output
    docs = {d["id"]: d for d in page_data(out)["documents"]}
    assert docs["002_69e41dfd36f388bb"]["status"] == "stale" and docs["002_69e41dfd36f388bb"]["marks"] == []
    assert docs["002_69e41dfd36f388bb"]["text"].startswith("A new first line.")
    assert all(d["status"] == "ok" and d["marks"] for k, d in docs.items() if k != "002_69e41dfd36f388bb")


def test_review_text_not_found_fails(own_run, tmp_path):
    _, run = own_run
    (tmp_path / "elsewhere").mkdir()
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["review", str(run), "--raw", str(tmp_path / "elsewhere"), "--out", str(out)])
    assert result.exit_code == 1 and "5 of 5 documents could not be shown" in result.output
    assert result.output.count("text not found") == 5
    assert out.is_file() and {d["status"] for d in page_data(out)["documents"]} == {"missing"}


def test_review_without_manifest_asks_for_raw(fixture_run, tmp_path):
    run = tmp_path / "run"
    shutil.copytree(fixture_run, run)
    (run / "manifest.json").unlink(missing_ok=True)
    result = CliRunner().invoke(cli, ["review", str(run), "--out", str(tmp_path / "page.html")])
    assert result.exit_code == 1 and "give --raw" in result.output


def page_data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    payload = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(payload)


def test_review_is_self_contained(own_run, tmp_path):
    """One file: no src or href leaving it, a policy that forbids any fetch, and no text of
    a document can close the script element that holds the data."""
    raw, run = own_run
    out = tmp_path / "page.html"
    (raw / "000_72ac4859f451a98f.txt").write_text(  # changed since the run: its new text is shown
        "Ana Lima wrote </script><script>alert(1)</script> and <!-- this.\n", encoding="utf-8"
    )
    CliRunner().invoke(cli, ["review", str(run), "--out", str(out)])
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "default-src 'none'" in html and "@import" not in html
    assert html.count("</script>") == 2 and "alert(1)" in html
    docs = {d["id"]: d for d in page_data(out)["documents"]}
    assert "</script><script>alert(1)</script>" in docs["000_72ac4859f451a98f"]["text"]


def test_review_a_body_named_as_written_marks_every_mention(tmp_path, nlp, monkeypatch):
    """A country's body whose row is named as the text first writes it ("the Chilean Senate")
    marks its later mentions in the canonical wording too ("the Senate of Chile"): the page
    spreads a row over the mentions normalised to the row's own name."""
    monkeypatch.setattr("pipeline.runner.load_nlp", lambda **kw: nlp)
    raw, run = tmp_path / "raw", tmp_path / "run"
    raw.mkdir()
    (raw / "senate.txt").write_text(
        "The Chilean Senate received a delegation on Monday.\n\nThe Senate of Chile will debate the treaty in March.\n",
        encoding="utf-8",
    )
    assert CliRunner().invoke(cli, ["run", str(raw), "--out", str(run), "-q"]).exit_code == 0
    data, _ = review_data(run, raw)
    doc = data["documents"][0]
    text = doc["text"]
    marked = [m for m in doc["marks"] if m[2] == "organisations"]
    assert {text[m[0] : m[1]].removeprefix("the ").removeprefix("The ") for m in marked} == {
        "Chilean Senate",
        "Senate of Chile",
    }
    assert len({tuple(m[3]) for m in marked}) == 1
