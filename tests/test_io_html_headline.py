"""An HTML page's `<h1>` is its headline: documents.csv's `title`, never a breadcrumb, a
site name or the first paragraph."""

from __future__ import annotations

import pytest

from pipeline.io import read_html

PAGE = """<html><head><title>Ministry of Foreign Affairs | News</title></head><body>
<nav><ul><li>Home</li><li>Newsroom</li></ul></nav>
<div class="crumbs">Home &gt; Newsroom &gt; Press releases</div>
<p>Ministry of Foreign Affairs of the Republic of Examplia</p>
<h1>Foreign ministers of the <em>Andean Community</em>
  meet in Quito</h1>
<p>QUITO, 4 May 2021 - The foreign ministers of the Andean Community met on Tuesday.</p>
</body></html>"""


@pytest.mark.parametrize(
    "markup, headline",
    [
        (PAGE, "Foreign ministers of the Andean Community meet in Quito"),
        # only the first <h1>; one inside navigation is no headline
        ("<body><nav><h1>Site</h1></nav><h1>First</h1><h1>Second</h1><p>x</p></body>", "First"),
        ("<body><p>No heading here.</p></body>", ""),
    ],
)
def test_io_read_html_finds_the_first_h1(markup, headline):
    text, found = read_html(markup)
    assert found == headline
    assert headline in " ".join(text.split())  # the headline stays in the text, offsets unchanged


def test_io_html_headline_is_the_documents_title(nlp, tmp_path):
    from pipeline import extract

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    documents = extract(tmp_path, nlp=nlp)["documents"]
    assert documents["title"].tolist() == ["Foreign ministers of the Andean Community meet in Quito"]
