"""mentions.csv: every mention says what it became — the row's canonical form, or
`dropped:<reason>` when it became no row — and carries its `evidence` sentence."""

from __future__ import annotations

import pytest

from pipeline.explain import explain
from pipeline.io import SourceDocument
from pipeline.tables import NO_ROW, doc_rows


def mention_table(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return doc_rows(doc, SourceDocument(doc_id="t", path="", text=text))["mentions"], doc


@pytest.mark.parametrize(
    "text, span, label, normalized",
    [
        # a place the model found is in no table: dropped, and says so
        ("Foreign Minister Helga Brandt arrived in Vienna on Monday.\n", "Vienna", "GPE", NO_ROW),
        # a person's mention carries the row's name, whichever step found it
        ("Foreign Minister Helga Brandt arrived in Vienna on Monday.\n", "Helga Brandt", "PERSON", "Helga Brandt"),
    ],
)
def test_mentions_say_what_each_span_became(nlp, text, span, label, normalized):
    rows, _ = mention_table(nlp, text)
    found = [r for r in rows if r["text"] == span and r["label"] == label]
    assert found and {r["normalized"] for r in found} == {normalized}
    assert all(r["evidence"] == text.strip() for r in found)


def test_mentions_no_row_means_dropped_on_the_fixtures(fixture_tables, nlp):
    """On the fixtures, through the model: a mention whose span is in no table says
    `dropped:<reason>` (explain's fate, the same decision), one row per label, span and
    source, each with its sentence."""
    m = fixture_tables["mentions"].astype(object).where(fixture_tables["mentions"].notna(), "")
    assert not m.duplicated(["doc_id", "label", "char_start", "char_end", "source"]).any()
    assert (m["evidence"] != "").all()
    from .conftest import RAW

    text = (RAW / "001_5576b482df7d9924.txt").read_text(encoding="utf-8")
    doc_id = "001_5576b482df7d9924"
    fates = {(e["start"], e["end"]): e["fate"] for e in explain(nlp(text))}
    ours = m[m.doc_id == doc_id]
    assert len(ours) and set(zip(ours.char_start, ours.char_end)) == set(fates)
    for r in ours.itertuples():
        in_no_table = fates[(r.char_start, r.char_end)][0].startswith(("dropped", "in no table"))
        assert r.normalized.startswith("dropped:") == in_no_table, r
        if not in_no_table:
            assert r.normalized, r
