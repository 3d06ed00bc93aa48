"""Speed (#18), the nineteenth stop: a MatchWindows tests each run against every pattern's needs
in 64-bit words (more than 64 token descriptions: Python integers, tested word by word in
numpy), and makes tuples only of the runs where some pattern may match. The runs are those a
test of each run's integer against each need gives. Sentences invented."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from pipeline.components.windows import MatchWindows
from tests.readers import runs_of_masks

BASE = [
    [{"LOWER": {"IN": ["harbour", "canal"]}}, {"IS_TITLE": True, "OP": "+"}],
    [{"ORTH": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": ["may", "june"]}}],
    [{"LOWER": "of"}, {"IS_TITLE": True}],
]

TEXTS = [
    "The Harbour Board of Tamsin Port met on 14 May, and w3 of its w70 members left.",
    "canal Works w1 w2 w130 and 9 june: w64 w65 w128 nothing else of note.",
    "",
    "no word here is wanted at all",
]


def _specs(width: int) -> list[list[dict]]:
    """The base patterns and `width` one-word patterns more, some of two words ("w3 w70")."""
    return BASE + [[{"LOWER": f"w{i}"}] for i in range(width)] + [[{"LOWER": "w3"}, {"LOWER": "w70"}]]


def _runs_by_integers(windows: MatchWindows, doc) -> list[tuple]:
    """The runs as a test of each run's descriptions (an integer) against each need gives them
    (the eighteenth stop's code): the oracle."""
    accepted = [int(m) for m in windows.masks(doc).tolist()]
    return runs_of_masks(accepted, windows.required)


@pytest.mark.parametrize("width", [0, 40, 70, 140])  # 64-bit masks, then one, two and three words
@pytest.mark.parametrize("text", TEXTS)
def test_speed_run_needs_same_runs(text, width):
    nlp = spacy.blank("en")
    windows = MatchWindows(nlp.vocab, _specs(width))
    doc = nlp(text)
    got = windows.runs(doc)
    assert got == _runs_by_integers(windows, doc)
    for start, end, met in got:
        assert type(start) is int and type(end) is int
        assert all(type(v) is bool for v in met)


@pytest.mark.parametrize("width", [70, 140])
def test_speed_run_needs_tested_in_words(width):
    nlp = spacy.blank("en")
    windows = MatchWindows(nlp.vocab, _specs(width))
    assert windows.dtype is object
    assert len(windows._required_words) == (len(windows.descriptions) + 63) // 64
    held = np.array([windows.all, 0, 1 << (len(windows.descriptions) - 1)], dtype=object)
    met = windows._met(held)
    assert met.dtype == bool
    assert met.tolist() == [[h & r == r for r in windows.required] for h in held.tolist()]


def test_speed_run_needs_runs_meeting_no_need_left_out():
    nlp = spacy.blank("en")
    windows = MatchWindows(nlp.vocab, [[{"LOWER": "harbour"}, {"LOWER": "board"}]])
    doc = nlp("The harbour, the board, and the harbour board met.")
    assert [(s, e) for s, e, _ in windows.runs(doc)] == [(8, 10)]
