"""Speed (#18), the twenty-second stop: within a call, counts works out the qualifier before a
number's start once per document and start (nine of its rules ask it), keeping the answers for
that document only and dropping them when the call ends, even when it fails. The answers are
those worked out afresh, and the rows are the same as without the memo. Sentences invented."""

from __future__ import annotations

import pytest

TEXT = (
    "The Saltmarsh Forum drew some 240 delegates and at least 35 ministers to Velloran.\n\n"
    "Nearly 90 pilots and up to 12 ferry crews joined, and more than 1,500 visitors came; "
    "the guild counted 44 members, almost 30 of them new."
)


@pytest.fixture()
def counts(nlp):
    return nlp.get_pipe("counts")


def _before_counts(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "counts":
            return doc
        doc = proc(doc)
    raise AssertionError("no counts component")


def test_speed_counts_qualifier_memo_same_answers(nlp, counts, monkeypatch):
    doc = _before_counts(nlp, TEXT)
    asked, worked = [], []
    real_ask, real_work = type(counts)._qualifier, type(counts)._qualifier_of

    def ask(self, d, start):
        answer = real_ask(self, d, start)
        asked.append((start, answer))
        return answer

    def work(self, d, start):
        worked.append(start)
        return real_work(self, d, start)

    monkeypatch.setattr(type(counts), "_qualifier", ask)
    monkeypatch.setattr(type(counts), "_qualifier_of", work)
    counts(doc)
    assert asked and len(worked) == len(set(worked)) < len(asked)  # each start worked out once
    for start, answer in asked:
        assert answer == real_work(counts, doc, start)
    assert {start for start, _ in asked} == set(worked)
    assert counts._held_qualifiers is None
    assert {c["qualifier"] for c in doc._.counts} >= {"about", "at_least", "more_than", "exact"}


def test_speed_counts_qualifier_memo_same_rows(nlp, counts, monkeypatch):
    with_memo = [dict(c) for c in counts(_before_counts(nlp, TEXT))._.counts]
    # the memo never holds: every ask worked out afresh, as before the step
    monkeypatch.setattr(type(counts), "__call__", lambda self, doc: self._count(doc))
    without = [dict(c) for c in counts(_before_counts(nlp, TEXT))._.counts]
    assert with_memo == without and with_memo


def test_speed_counts_qualifier_memo_per_document(nlp, counts, monkeypatch):
    first, other = _before_counts(nlp, TEXT), _before_counts(nlp, "Around 70 envoys met in Orlanmere.")
    monkeypatch.setattr(counts, "_held_qualifiers", (first, {}))
    # another document is worked out afresh, and its answers are not kept for the first
    assert counts._qualifier(other, 1) == counts._qualifier_of(other, 1)
    assert counts._held_qualifiers[1] == {}
    assert counts._qualifier(first, 3) == counts._qualifier_of(first, 3)
    assert 3 in counts._held_qualifiers[1]


def test_speed_counts_qualifier_memo_dropped_on_failure(nlp, counts, monkeypatch):
    doc = _before_counts(nlp, TEXT)

    def fail(self, d):
        raise RuntimeError("trap")

    monkeypatch.setattr(type(counts), "_count", fail)
    with pytest.raises(RuntimeError):
        type(counts).__call__(counts, doc)
    assert counts._held_qualifiers is None
