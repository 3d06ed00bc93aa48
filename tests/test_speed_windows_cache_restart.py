"""Speed (#18), the twenty-second stop: a string table of a MatchWindows (an attribute's masks by
hash) that passes CACHE_SIZE strings starts again with every string of the column it was asked
about. Before, it started again with the column's new strings alone, and the look-up of the
column's known strings then read other strings' masks: a match lost in the document that filled
the table (in a run of more than 50,000 distinct strings). The matches are spaCy's Matcher's,
however small the table. Sentences invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

import pipeline.components.windows as windows_module
from pipeline.components.windows import WindowedMatcher

PATTERNS = [
    [{"LOWER": {"IN": ["quay", "ferry"]}}, {"IS_TITLE": True, "OP": "+"}],
    [{"LOWER": "guild"}],
    [{"ORTH": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": ["april", "july"]}}],
]

TEXTS = [
    "The Ferry Guild of Orlanmere met at Quay Seven on 9 April 2031, and 14 pilots came.",
    "quay Lantern Works and the Boatwrights Guild: 6 , 11 and TWELVE ferries from Velloran.",
    "Nothing Moored, nothing sailed; and 31 boats waited on 2 july at the Ferry Guild.",
]


@pytest.mark.parametrize("size", [12, 30, 50_000])
def test_speed_windows_cache_restart_same_matches(monkeypatch, size):
    monkeypatch.setattr(windows_module, "CACHE_SIZE", size)
    monkeypatch.setattr(windows_module, "_SLOTS", windows_module._Slots())  # the ORTH slots' table too
    nlp = spacy.blank("en")
    windowed, whole = WindowedMatcher(nlp.vocab), Matcher(nlp.vocab)
    for k, pattern in enumerate(PATTERNS):
        windowed.add(f"p{k}", [pattern])
        whole.add(f"p{k}", [pattern])
    for _ in range(3):  # the tables fill and start again, then again
        for text in TEXTS:
            doc = nlp(text)
            assert windowed(doc) == whole(doc)
