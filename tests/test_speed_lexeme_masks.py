"""Speed (#18), the eighteenth stop: a MatchWindows looks the lexeme's attributes (ORTH, LOWER,
SHAPE) and its boolean flags up together by ORTH, one column of `doc.to_array` per document,
and its masks are those the columns gave token by token. Sentences invented."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_TITLE, LIKE_NUM, LOWER, NORM, ORTH, SHAPE

from pipeline.components.windows import MatchWindows

SPECS = [
    [{"LOWER": {"IN": ["harbour", "canal"]}}, {"IS_TITLE": True, "OP": "+"}],
    [{"ORTH": {"REGEX": r"^\d{1,2}$"}}, {"LIKE_NUM": True, "OP": "?"}, {"IS_PUNCT": False}],
    [{"SHAPE": "Xxxxx"}, {"NORM": "of"}, {"ENT_TYPE": "GPE"}],
    [{"IS_PUNCT": True}, {"LOWER": "and", "IS_TITLE": False}],
]

TEXTS = [
    "The Harbour Board of Tamsin Port met on 14 March, and 3 of its 12 members left.",
    "canal Works and Harbour Trust: 7 , 8 and NINE delegates from Rivendale.",
    "",
    "Nothing Here, nothing there; and 44 ships.",
]


def _masks_by_columns(windows: MatchWindows, doc) -> np.ndarray:
    """The masks as the columns give them token by token: every string attribute's own column
    and table, every flag's column (the seventeenth stop's code): the oracle."""
    n = len(doc)
    flags = sorted(windows.flags)
    attrs = [a.attr for a in windows.string_attrs] + flags
    accepted = np.full(n, windows.all, dtype=windows.dtype)
    table = doc.to_array(attrs).reshape(n, len(attrs))
    for k, attribute in enumerate(windows.string_attrs):
        accepted &= attribute.masks(table[:, k], windows.dtype)
    for k, flag in enumerate(flags, start=len(windows.string_attrs)):
        want0, want1 = windows.flags[flag]
        is_set = table[:, k] == 1
        if want1:
            accepted[~is_set] &= windows._word(windows.all & ~want1)
        if want0:
            accepted[is_set] &= windows._word(windows.all & ~want0)
    return accepted


@pytest.mark.parametrize("wide", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_speed_lexeme_masks_same_as_columns(text, wide):
    nlp = spacy.blank("en")
    specs = SPECS + ([[{"LOWER": f"w{i}"}] for i in range(70)] if wide else [])  # past 64: Python integers
    windows = MatchWindows(nlp.vocab, specs)
    doc = nlp(text)
    if len(doc):
        doc.ents = [spacy.tokens.Span(doc, len(doc) - 2, len(doc) - 1, label="GPE")]
    for _ in range(2):  # new strings, then strings seen before
        got = windows.masks(doc)
        assert got.dtype == np.dtype(windows.dtype)
        assert got.tolist() == _masks_by_columns(windows, doc).tolist()


@pytest.mark.parametrize(
    ("specs", "columns"),
    [
        (SPECS[:2], [ORTH]),  # LOWER, ORTH and three flags: one column
        (SPECS, [ORTH, NORM, ENT_TYPE]),  # the token's own attributes keep theirs
        ([[{"NORM": "of"}]], [NORM]),
        ([[{"IS_TITLE": True}], [{"SHAPE": "dd"}]], [ORTH]),
    ],
)
def test_speed_lexeme_masks_one_column(specs, columns):
    nlp = spacy.blank("en")
    windows = MatchWindows(nlp.vocab, specs)
    assert windows.columns == columns
    assert not {LOWER, SHAPE, IS_PUNCT, IS_TITLE, LIKE_NUM} & set(windows.columns)
