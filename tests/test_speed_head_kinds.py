"""Speed (#18), the nineteenth stop: what a name's head names (`OrgWords.head_kind`) is worked out
once per wording and kept: the candidates, the ladder and the splits ask it of the same name,
and the next document names it again. Sentences invented."""

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from tests.readers import project_org_words, span_in


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture()
def words():
    return project_org_words()


def _span(blank, text: str, span_text: str):
    return span_in(blank, text, span_text)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("the Kestrel Harbour Board met", "Kestrel Harbour Board", "body"),
        ("at the Tasman Fisheries Conference today", "Tasman Fisheries Conference", "event"),
        ("the Kestrel Accord on Fisheries was signed", "Kestrel Accord on Fisheries", "document"),
        ("the Deputy Harbour Masters spoke", "Deputy Harbour Masters", "title"),
        ("the Kestrel Welcome Reception", "Kestrel Welcome Reception", "event"),
        # no head before the first preposition: the last word heads it; no head word at all
        ("in Lumen of the Council", "Lumen of the Council", "body"),
        ("Kestrel Tasman Lumen said", "Kestrel Tasman Lumen", ""),
        ("the Lumen of Tasman said", "Lumen of Tasman", ""),
    ],
)
def test_speed_head_kinds_same_kind(blank, words, text, name, kind):
    span = _span(blank, text, name)
    assert words.head_kind(span) == kind
    assert words.head_kind(span) == words._head_kind(span) == kind  # kept, then asked again
    assert words.head_kind(list(span)) == kind  # tokens, not a span: worked out each time


def test_speed_head_kinds_worked_out_once_per_wording(blank, words, monkeypatch):
    first = _span(blank, "the Kestrel Harbour Board met", "Kestrel Harbour Board")
    again = _span(blank, "Yesterday the Kestrel Harbour Board agreed", "Kestrel Harbour Board")
    other = _span(blank, "the Kestrel harbour Board met", "Kestrel harbour Board")  # another wording
    asked = []
    work = words._head_kind
    monkeypatch.setattr(words, "_head_kind", lambda span: asked.append(span.text) or work(span))
    assert [words.head_kind(s) for s in (first, again, first, other)] == ["body"] * 4
    assert asked == ["Kestrel Harbour Board", "Kestrel harbour Board"]
