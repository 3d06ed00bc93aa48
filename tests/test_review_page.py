"""`communique review`: one self-contained page, checked in a real headless browser."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import RAW

CHROMIUM = next(
    (
        p
        for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium") or "")
        if p and Path(p).exists()
    ),
    None,
)


@pytest.fixture(scope="module")
def page_file(fixture_tables, tmp_path_factory):
    run = tmp_path_factory.mktemp("run")
    fixture_tables.write(run)
    out = run / "review.html"
    result = CliRunner().invoke(cli, ["review", str(run), "--raw", str(RAW), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_review_is_self_contained(page_file):
    html = page_file.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<script" not in html and "@import" not in html
    assert html.count("<h2 id=") == 5


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (CI installs Debian's chromium in .ci/run)")
def test_review_renders_in_a_headless_browser(page_file, gold):
    sync_api = pytest.importorskip("playwright.sync_api")
    errors = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on(
                "request",
                lambda r: errors.append(f"network request {r.url}") if not r.url.startswith("file:") else None,
            )
            page.goto(page_file.as_uri())
            body = page.inner_text("body")
            marks = page.locator("mark.entity").count()
        finally:
            browser.close()
    assert errors == []
    assert marks > 50
    for doc_id, g in gold.items():
        assert doc_id in body
        for person in g["people"]:
            if not person.get("optional"):
                assert person["name"] in body, person["name"]
    assert (
        "Organization for Security and Co-operation in Europe" in body
        and "Collective Security Treaty Organization" in body
    )
