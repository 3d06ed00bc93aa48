"""The review page in a real browser, Debian's chromium (CI installs it in .ci/run): marks
equal rows, a click on a mark finds its row and back, decisions survive a reload and
travel as a file, the exported gold read by `communique eval` gives the expected
figures, 500 documents stay usable, and never a console error or a network request."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.review import TERMS

from .conftest import RAW

CHROMIUM = next(
    (
        p
        for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium") or "")
        if p and Path(p).exists()
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (CI installs Debian's chromium in .ci/run)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOC = "001_5576b482df7d9924"

# Selects `needle` in the document's text (it must lie outside any mark) as a reader would.
SELECT = """(needle) => {
  const c = document.getElementById("text");
  const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i < 0 || n.parentElement.closest("mark")) continue;
    const r = document.createRange();
    r.setStart(n, i); r.setEnd(n, i + needle.length);
    getSelection().removeAllRanges(); getSelection().addRange(r);
    c.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    return true;
  }
  return false;
}"""


def rows(run: Path, name: str) -> list[dict]:
    with open(run / f"{name}.csv", newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


class Watched:
    """A page whose console errors, uncaught exceptions and network requests are kept."""

    def __init__(self, context):
        self.context = context
        self.page = context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        context.on(
            "request",
            lambda r: (
                None if r.url.startswith(("file:", "blob:", "data:")) else self.problems.append(f"request {r.url}")
            ),
        )


@pytest.fixture()
def watched(browser):
    context = browser.new_context(accept_downloads=True)
    w = Watched(context)
    yield w
    context.close()
    assert w.problems == []


@pytest.fixture(scope="module")
def page_file(fixture_run, tmp_path_factory):
    run = tmp_path_factory.mktemp("review-run")
    shutil.copytree(fixture_run, run, dirs_exist_ok=True)
    out = run / "review.html"
    result = CliRunner().invoke(cli, ["review", str(run), "--raw", str(RAW), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_review_browser_marks_equal_rows(watched, page_file):
    page = watched.page
    run = page_file.parent
    page.goto(page_file.as_uri())
    for doc in sorted({r["doc_id"] for r in rows(run, "documents")}):
        page.goto(f"{page_file.as_uri()}#doc={doc}")
        page.wait_for_selector(f"h2:text-is('{doc}')")
        marked = page.eval_on_selector_all(
            "#text mark.m:not(.k-dropped)", "ms => [...new Set(ms.flatMap(m => m.dataset.refs.split(' ')))]"
        )
        listed = page.eval_on_selector_all("#doc tr[data-span]", "trs => trs.map(tr => tr.dataset.ref)")
        expected = {
            f"{t}:{n}" for t in TERMS for n, r in enumerate(rows(run, t), 1) if r["doc_id"] == doc and r["char_start"]
        }
        assert set(marked) == set(listed) == expected, doc
        # a mark reads as its row's span, labelled in the table's terms with the row's number
        labels = page.eval_on_selector_all("#text mark.m:not(.k-dropped)", "ms => ms.map(m => m.dataset.label)")
        assert all(any(lbl.startswith(term + " #") for term in TERMS.values()) for lbl in labels)
    legend = page.inner_text("#legend")
    assert all(term in legend for term in TERMS.values()) and "dropped mention" in legend


def test_review_browser_click_mark_finds_row_and_back(watched, page_file):
    page = watched.page
    page.goto(f"{page_file.as_uri()}#doc={DOC}")
    mark = page.locator("#text mark.k-people", has_text="Stanislav Zas").first
    ref = mark.get_attribute("data-refs")
    mark.click()
    # the row, beside the mark: its values and decision buttons; and selected in its table
    card = page.locator("#card")
    assert card.is_visible() and f"person #{ref.split(':')[1]}" in card.inner_text()
    assert "Stanislav Zas" in card.inner_text() and card.locator("button[data-act=wrong]").count() == 1
    row = page.locator(f"tr[data-ref='{ref}']")
    assert "sel" in row.get_attribute("class") and "Stanislav Zas" in row.inner_text()
    card.locator(f"button[data-goto='{ref}']").click()
    assert row.is_visible() and not card.is_visible()
    page.wait_for_function(
        "ref => { const r = document.querySelector(`tr[data-ref='${ref}']`).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; }",
        arg=ref,
    )
    # a decision in the card is the row's decision
    mark.click()
    card.locator("button[data-act=right]").click()
    assert "d-right" in row.get_attribute("class") and "d-right" in mark.get_attribute("class")
    card.locator("button[data-act=right]").click()  # a second click takes it back
    assert "d-right" not in (row.get_attribute("class") or "")
    # and back: a row of another table scrolls to its mark and flashes it
    count = page.locator("#doc tr[data-ref^='counts:']").first
    count_ref = count.get_attribute("data-ref")
    count.locator("td").nth(2).click()
    flashed = page.locator("#text mark.flash")
    assert flashed.count() == 1 and flashed.get_attribute("data-refs") == count_ref
    assert flashed.is_visible()
    # the mentions view keeps the raw labels, with each mention's fate
    page.click("#doc-mentions > summary")
    mentions = page.inner_text("#doc-mentions")
    assert "GPE" in mentions and "dropped:" in mentions
    assert "GPE" not in page.inner_text("#text")


def test_review_browser_tables_across_documents(watched, page_file):
    page = watched.page
    run = page_file.parent
    people = rows(run, "people")
    page.goto(f"{page_file.as_uri()}#rules")
    ner = next(r for r in page.locator("#rules-table tbody tr").all() if r.locator("td").nth(1).inner_text() == "ner")
    table = ner.locator("td").first.inner_text()
    expected = sum(r["source"] == "ner" for r in rows(run, table))
    assert ner.locator("a.rule-count").inner_text() == str(expected)
    ner.locator("a.rule-count").click()
    page.wait_for_selector("#table-view")
    assert page.locator("#table-view tbody tr").count() == expected
    assert page.inner_text("#count").startswith(f"{expected} of ")
    # filter by document, search, sort
    page.goto(f"{page_file.as_uri()}#table=people")
    page.select_option("select[data-filter=doc]", DOC)
    assert page.locator("#table-view tbody tr").count() == sum(r["doc_id"] == DOC for r in people)
    page.fill("input[data-filter=q]", "zas")  # any column, the evidence too
    found = page.eval_on_selector_all("#table-view tbody tr", "trs => trs.map(tr => tr.textContent.toLowerCase())")
    assert found and all("zas" in t for t in found)
    page.fill("input.filter[data-col=name]", "zas")  # one column's values
    assert page.locator("#table-view tbody tr").count() == 1
    page.fill("input.filter[data-col=name]", "")
    page.fill("input[data-filter=q]", "")
    page.select_option("select[data-filter=doc]", "")
    page.click("th[data-sort=name]")
    names = page.eval_on_selector_all("#table-view tbody tr", "trs => trs.map(tr => tr.children[3].textContent)")
    assert names == sorted((r["name"] for r in people), key=str.casefold) or names == sorted(r["name"] for r in people)
    page.click("th[data-sort=name]")
    assert page.eval_on_selector("#table-view tbody tr", "tr => tr.children[3].textContent") == names[-1]
    # a row leads to its document, with its mark flashed
    page.locator("#table-view tbody tr").first.locator("td").nth(3).click()
    page.wait_for_selector("#text mark.flash")


def test_review_browser_round_trip_to_eval(watched, page_file, tmp_path):
    """Review → export → `communique eval`: one person marked wrong and one missed span
    added give exactly one false hit and one miss; every other row counts as right."""
    page = watched.page
    run = page_file.parent
    page.goto(f"{page_file.as_uri()}#doc={DOC}")
    people = [r for r in rows(run, "people") if r["doc_id"] == DOC]
    wrong = next(n for n, r in enumerate(rows(run, "people"), 1) if r["doc_id"] == DOC and r["name"] == "Liu Jie")
    page.click(f"tr[data-ref='people:{wrong}'] button[data-act=wrong]")
    assert page.locator(f"#text mark[data-refs='people:{wrong}'].d-wrong").count() == 1
    assert page.evaluate(SELECT, "Ivan Petrenko") is False  # not in the text: nothing selected
    assert page.evaluate(SELECT, "wide international coverage")
    page.click("#toolbar button[data-add=people]")
    page.fill("#item-form input[name=name]", "Maria Ortiz")
    page.click("#item-save")
    assert page.locator("#text mark.k-added").inner_text() == "wide international coverage"
    # decisions survive a reload
    page.reload()
    page.wait_for_selector(f"tr[data-ref='people:{wrong}'].d-wrong")
    assert page.locator("#added tbody tr").count() == 1
    with page.expect_download() as download:
        page.click("#export-gold")
    gold_zip = tmp_path / "gold.zip"
    download.value.save_as(gold_zip)
    result = CliRunner().invoke(cli, ["eval", str(gold_zip), "--run", str(run), "--json"])
    assert result.exit_code == 0, result.output
    ev = json.loads(result.output)
    assert ev["documents"] == 1
    assert (ev["people"]["tp"], ev["people"]["fp"], ev["people"]["fn"]) == (len(people) - 1, 1, 1)
    roles = {(r["name"], r["title"]) for r in rows(run, "roles") if r["doc_id"] == DOC}
    of_wrong = {k for k in roles if k[0] == "Liu Jie"}
    assert of_wrong and (ev["roles"]["tp"], ev["roles"]["fp"], ev["roles"]["fn"]) == (
        len(roles) - len(of_wrong),
        len(of_wrong),
        0,
    )
    for field in ("organisations", "dates", "counts", "events"):
        assert ev[field]["fp"] == ev[field]["fn"] == 0 and ev[field]["tp"] > 0, field
    # the decisions as a file, into a browser that has none
    with page.expect_download() as download:
        page.click("#export-decisions")
    decisions = tmp_path / "decisions.json"
    download.value.save_as(decisions)
    gold = page.evaluate("window.communiqueReview.gold()")
    fresh = watched.context.browser.new_context()
    try:
        other = fresh.new_page()
        other.goto(page_file.as_uri())
        assert other.evaluate("window.communiqueReview.gold()") == {}
        other.set_input_files("header input[type=file]", str(decisions))
        other.wait_for_selector("#progress:has-text('1 of 5 documents reviewed')")
        assert other.evaluate("window.communiqueReview.gold()") == gold
    finally:
        fresh.close()


def test_review_browser_correction_becomes_gold(watched, page_file, tmp_path):
    """A row corrected in the page is exported with the corrected values."""
    page = watched.page
    run = page_file.parent
    page.goto(f"{page_file.as_uri()}#doc={DOC}")
    n = next(n for n, r in enumerate(rows(run, "counts"), 1) if r["doc_id"] == DOC)
    page.click(f"tr[data-ref='counts:{n}'] button[data-act=fix]")
    page.fill("#item-form input[name=value]", "260")
    page.select_option("#item-form select[name=qualifier]", "about")
    page.click("#item-save")
    gold = page.evaluate("window.communiqueReview.gold()")[DOC]
    assert {"value": 260, "qualifier": "about"}.items() <= gold["counts"][0].items()
    assert page.locator(f"#text mark[data-refs='counts:{n}'].d-fix").count() == 1


def write_big_run(folder: Path, n: int) -> tuple[Path, Path]:
    """A run of `n` documents written by hand (no model): each names two people."""
    raw, run = folder / "raw", folder / "run"
    raw.mkdir()
    run.mkdir()
    import hashlib

    docs, people = [], []
    for i in range(n):
        did = f"doc{i:04d}"
        text = f"Delegates met in Vienna.\n\nAna Lima {i} spoke first, then Bo Chen {i} closed the meeting of {i} experts.\n"
        (raw / f"{did}.txt").write_text(text, encoding="utf-8")
        sha = hashlib.sha256(text.encode()).hexdigest()
        docs.append([did, f"{did}.txt", sha, "news", f"Meeting {i}", "", "", str(len(text)), "ok", ""])
        for name in (f"Ana Lima {i}", f"Bo Chen {i}"):
            s = text.index(name)
            people.append([did, f"p_{did}{s}", name, "", "1", str(s), str(s + len(name)), "", "ner"])
    from pipeline.contract import COLUMNS

    for name, body in (("documents", docs), ("people", people)):
        with open(run / f"{name}.csv", "w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS[name])
            w.writerows(body)
    return raw, run


def test_review_browser_500_documents_stay_usable(watched, tmp_path):
    raw, run = write_big_run(tmp_path, 500)
    out = tmp_path / "big.html"
    assert CliRunner().invoke(cli, ["review", str(run), "--raw", str(raw), "--out", str(out)]).exit_code == 0
    page = watched.page
    page.goto(out.as_uri())
    page.wait_for_selector("#text mark.m")
    timing = page.evaluate("performance.now()")
    assert timing < 5000, f"first document shown after {timing:.0f} ms"
    # one document's text at a time: the others are not in the page until asked for
    assert page.locator("#text").count() == 1 and page.locator("mark.m").count() == 2
    assert page.locator(".doclist li").count() == 500
    page.click(".doclist a:text-is('doc0499')")
    assert page.locator("#text mark.m").count() == 2 and "Ana Lima 499" in page.inner_text("#text")
    page.goto(f"{out.as_uri()}#table=people")
    assert page.locator("#table-view tbody tr").count() == 200
    assert page.inner_text("#count") == "1000 of 1000 rows, the first 200 shown"
    page.click("button.more")
    assert page.locator("#table-view tbody tr").count() == 400
