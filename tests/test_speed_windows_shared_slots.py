"""Speed (#18), the twenty-second stop: the MatchWindows of one document share its ORTH slots
(one sorted look-up per document, kept in its TextIndex with the slot table's generation), each
window keeps its lexeme masks in a dense array by slot, and past 64 token descriptions the masks
are rows of 64-bit words instead of Python integers. The runs and masks are those the columns
give token by token (the twenty-first stop's computation). Sentences invented."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Span

import pipeline.components.windows as windows_module
from pipeline.components.windows import MatchWindows, orth_slots
from pipeline.text import text_index
from tests.readers import runs_of_masks

NARROW = [
    [{"LOWER": {"IN": ["quay", "ferry"]}}, {"IS_TITLE": True, "OP": "+"}],
    [{"ORTH": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": ["april", "july"]}}, {"LIKE_NUM": True, "OP": "?"}],
    [{"SHAPE": "Xxxxx"}, {"NORM": "of"}, {"ENT_TYPE": "GPE"}],
    [{"IS_PUNCT": True}, {"LOWER": "and", "IS_TITLE": False}],
]
#: a second window over the same documents, with descriptions of its own
OTHER = [
    [{"LIKE_NUM": True}, {"LOWER": {"IN": ["pilots", "ferries", "boats"]}}],
    [{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "guild"}],
]

TEXTS = [
    "The Ferry Guild of Orlanmere met at Quay Seven on 9 April 2031, and 14 pilots came.",
    "quay Lantern Works and the Boatwrights Guild: 6 , 11 and TWELVE ferries from Velloran.",
    "",
    "Nothing Moored, nothing sailed; and 31 boats waited on 2 july.",
]


def _wide(specs: list[list[dict]], width: int) -> list[list[dict]]:
    return specs + [[{"LOWER": f"w{i}"}, {"LOWER": f"v{i}", "OP": "?"}] for i in range(width)]


def _masks_by_columns(windows: MatchWindows, doc) -> list[int]:
    """Each token's mask as a Python integer, from every string attribute's own column and
    table and every flag's column (the oracle: no slots, no words)."""
    n = len(doc)
    flags = sorted(windows.flags)
    attrs = [a.attr for a in windows.string_attrs] + flags
    accepted = [windows.all] * n
    if attrs and n:
        table = doc.to_array(attrs).reshape(n, len(attrs))
        for k, attribute in enumerate(windows.string_attrs):
            column = attribute.masks(table[:, k], object).tolist()
            accepted = [a & int(m) for a, m in zip(accepted, column)]
        for k, flag in enumerate(flags, start=len(windows.string_attrs)):
            want0, want1 = windows.flags[flag]
            accepted = [
                a
                & (windows.all & ~want1 if v != 1 else windows.all)
                & (windows.all & ~want0 if v == 1 else windows.all)
                for a, v in zip(accepted, table[:, k].tolist())
            ]
    return accepted


def _runs_by_integers(windows: MatchWindows, doc) -> list[tuple]:
    accepted = _masks_by_columns(windows, doc)
    return runs_of_masks(accepted, windows.required)


def _doc(nlp, text):
    doc = nlp(text)
    if len(doc) > 3:
        doc.ents = [Span(doc, len(doc) - 2, len(doc) - 1, label="GPE")]
    return doc


@pytest.mark.parametrize("width", [0, 30, 70])  # masks of one 64-bit word, two, three
def test_speed_windows_shared_slots_same_runs(width):
    nlp = spacy.blank("en")
    first = MatchWindows(nlp.vocab, _wide(NARROW, width))
    second = MatchWindows(nlp.vocab, _wide(OTHER, width // 2))
    assert first.words == max(1, (len(first.descriptions) + 63) // 64)
    for _ in range(2):  # new strings, then strings seen before
        for text in TEXTS:
            doc = _doc(nlp, text)
            for windows in (first, second, first):
                assert windows.runs(doc) == _runs_by_integers(windows, doc)
                got = windows.masks(doc)
                assert got.dtype == np.dtype(windows.dtype)
                assert [int(m) for m in got.tolist()] == _masks_by_columns(windows, doc)


def test_speed_windows_shared_slots_once_per_document(monkeypatch):
    nlp = spacy.blank("en")
    looked_up = []
    real = windows_module._SLOTS.of
    monkeypatch.setattr(windows_module._SLOTS, "of", lambda column: looked_up.append(len(column)) or real(column))
    doc = _doc(nlp, TEXTS[0])
    all_windows = [MatchWindows(nlp.vocab, specs) for specs in (NARROW, OTHER, _wide(NARROW, 70))]
    for windows in all_windows:
        windows.runs(doc)
    assert looked_up == [len(doc)]  # one look-up for the three windows
    assert orth_slots(doc) is orth_slots(doc)
    held = text_index(doc).derived[windows_module._SLOTS_KEY]
    assert held[0] == windows_module._SLOTS.generation
    # equal words have one slot, distinct words distinct slots
    words = [t.text for t in doc]
    slots = orth_slots(doc).tolist()
    assert len(set(slots)) == len(set(words))
    assert all((slots[i] == slots[j]) == (words[i] == words[j]) for i in range(len(doc)) for j in range(len(doc)))


def test_speed_windows_shared_slots_table_starts_again(monkeypatch):
    """Past CACHE_SIZE strings the slot table starts again under a new generation: a document's
    slots and a window's masks of the old one are not read; the runs stay the same."""
    nlp = spacy.blank("en")
    monkeypatch.setattr(windows_module, "_SLOTS", windows_module._Slots())
    monkeypatch.setattr(windows_module, "CACHE_SIZE", 30)
    windows = MatchWindows(nlp.vocab, _wide(NARROW, 70))
    docs = [_doc(nlp, text) for text in TEXTS]
    generations = set()
    for _ in range(3):
        for doc in docs:
            assert windows.runs(doc) == _runs_by_integers(windows, doc)
            generations.add(windows_module._SLOTS.generation)
            if len(doc):  # an empty document has no runs and asks for no slots
                held = text_index(doc).derived[windows_module._SLOTS_KEY]
                assert held[0] == windows_module._SLOTS.generation
    assert len(generations) > 1
    assert len(windows_module._SLOTS.hashes) <= 30


def test_speed_windows_shared_slots_words_of_wide_masks():
    nlp = spacy.blank("en")
    windows = MatchWindows(nlp.vocab, _wide(NARROW, 140))
    doc = _doc(nlp, TEXTS[1])
    words = windows._word_masks(doc)
    assert windows.words == (len(windows.descriptions) + 63) // 64 > 2
    assert words.dtype == np.uint64 and words.shape == (len(doc), windows.words)
    as_integers = [sum(int(v) << (64 * w) for w, v in enumerate(row)) for row in words.tolist()]
    assert as_integers == _masks_by_columns(windows, doc)
