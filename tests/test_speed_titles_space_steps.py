"""Speed (#18), the twenty-second stop: titles keeps the `is_space` list of the Doc it links for
the call, so that `_skip_space` and `_prev` (some two hundred calls a document) do not look up
the text index each time. Sentences invented."""

from __future__ import annotations

import pytest

from tests.readers import role_triples

TEXTS = [
    "Signed:\n\n  Ana Ruiz\n  Minister of Trade of Peru\n\n\n  Lars Eng  \n Minister of Energy of Norway\n",
    "  The Minister of Health,   Ida Holm,\n\n opened the clinic.  ",
]


def _skip_space(doc, i):
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _prev(doc, i):
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


@pytest.mark.parametrize("text", TEXTS)
def test_speed_titles_space_steps_as_the_tokens_say(nlp, monkeypatch, text):
    titles = nlp.get_pipe("titles")
    seen = []
    link = type(titles)._link

    def checked(self, doc):
        assert self._space_doc is doc  # kept for the call
        for i in range(len(doc) + 1):
            assert self._skip_space(doc, i) == _skip_space(doc, i)
            assert self._prev(doc, i) == _prev(doc, i)
        seen.append(doc)
        return link(self, doc)

    monkeypatch.setattr(type(titles), "_link", checked)
    doc = nlp(text)
    assert seen == [doc]
    assert titles._space_doc is None  # let go of at the call's end
    # outside a call, the text index answers
    assert [titles._skip_space(doc, i) for i in range(len(doc) + 1)] == [
        _skip_space(doc, i) for i in range(len(doc) + 1)
    ]


@pytest.mark.parametrize(
    "text, triple",
    [
        (TEXTS[0], ("Ana Ruiz", "Minister of Trade", "Peru")),
        (TEXTS[0], ("Lars Eng", "Minister of Energy", "Norway")),
        (TEXTS[1], ("Ida Holm", "Minister of Health", "")),
    ],
)
def test_speed_titles_space_steps_still_link(nlp, text, triple):
    assert triple in role_triples(nlp, text)
