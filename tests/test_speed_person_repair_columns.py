"""Speed (#18), the twentieth stop: person_repair reads per-document facts once and from token
columns, not a Python step per word of the document: `_short_forms` folds each distinct word
once across documents (by its id) and finds a name's words by their folded form, its entities'
tokens read from the ENT_IOB / ENT_TYPE columns; `_chain_tokens` asks the LOWER column for a
chain's first word, no search of the whole text. Sentences invented."""

from __future__ import annotations

import pytest

import pipeline.components.person_repair as person_repair_module
from tests.readers import person_aliases


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fisheries Minister Tavita Leaupepe opened the talks. Leaupepe urged the members to act.",
            {"Tavita Leaupepe": ["Leaupepe"]},
        ),
        # accents and case folded: the short form written without its accent is the same word
        (
            "Trade Minister Ingrid Sérvik chaired the session. Later Servik thanked the hosts.",
            {"Ingrid Sérvik": ["Servik"]},
        ),
        # a word the text also writes in lower case is no short form
        (
            "Envoy Amara Brook Tembo arrived on Monday. The brook was dry. Brook staff waited.",
            {"Amara Brook Tembo": []},
        ),
    ],
)
def test_speed_short_forms_same_aliases(nlp, text, expected):
    assert person_aliases(nlp, text) == expected
    assert person_aliases(nlp, text) == expected  # the folded words kept from the first run


def test_speed_short_forms_fold_each_word_once(nlp, monkeypatch):
    text = "Fisheries Minister Tavita Leaupepe opened the talks. Leaupepe urged the members to act."
    nlp(text)  # every word of the text folded and kept by its id
    folded = []
    fold = person_repair_module.fold
    monkeypatch.setattr(person_repair_module, "fold", lambda s: folded.append(s) or fold(s))
    doc = nlp(text)
    assert [p["name"] for p in doc._.people] == ["Tavita Leaupepe"]
    # the second document folds a name's words, never each distinct word of the text again
    assert "members" not in folded and "urged" not in folded and "the" not in folded


@pytest.mark.parametrize(
    "text, chained",
    [
        ("The forum was opened by Tan Sri Kamil Rahmat on Monday.", ["Tan", "Sri"]),
        ("Guests wore tan coats; Sri Lanka sent a minister.", []),
        ("The talks were chaired by Minister Rahel Tesfaye.", []),
    ],
)
def test_speed_chain_tokens_from_the_lower_column(nlp, monkeypatch, text, chained):
    doc = nlp(text)
    repair = nlp.get_pipe("person_repair")

    def no_text(_doc):
        raise AssertionError("the whole text was searched")

    monkeypatch.setattr(person_repair_module, "text_of", no_text)
    assert [doc[i].text for i in sorted(repair._chain_tokens(doc))] == chained
