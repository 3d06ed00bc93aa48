"""`fold` drops combining marks with one `str.translate` over the text's distinct characters
(speed, #18): the same keys as dropping them character by character. Strings invented for
the test."""

from __future__ import annotations

import re
import unicodedata

import pytest

from pipeline.text import _without_marks, fold


def _fold_by_character(text: str) -> str:
    """`fold` as written before: a Python step per character to drop the marks."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'")
    text = re.sub(r"[-‐‑‒–—_/]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


TEXTS = [
    "Ministère des Affaires étrangères",
    "Đặng Văn Thành met Zoë Brontë-Økland in São Tomé",
    "Ἀθῆναι and Ελλάδα’s envoy",
    "n\u0303 written apart, e\u0301 too",
    "The Minister’s office — plain ASCII otherwise",
    "",
    "ﬁnance ＵＮ Ⅻ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fold_same_keys_as_dropping_marks_one_by_one(text):
    assert fold.__wrapped__(text) == _fold_by_character(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("e\u0301cole", "ecole"), ("Sa\u0303o", "Sao"), ("plain", "plain"), ("\u0301", "")],
)
def test_without_marks_deletes_only_combining_characters(text, expected):
    assert _without_marks(text) == expected
