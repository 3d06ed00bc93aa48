"""Speed (#18), the twenty-second stop: person_repair keeps the text index's words and spacing of
the Doc it repairs for the call (`_doc_ws`), so that its unit helpers (`unit_end`, `unit_start`,
`_okina`, `_opens_unit`, `name_run` …, some four hundred calls a document) read two lists, not
the index and its properties on each call. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.text import text_index

TEXTS = [
    "Jean-Pierre Kouame Ndri met Ki-moon Lee and ʻAkilisi Pohiva in Nuku'alofa.",
    "Ms. Ana-Maria  Ruiz-Soto\nMinister of Trade, and R K Menon spoke.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_speed_person_repair_word_columns_as_the_index(nlp, monkeypatch, text):
    repair = nlp.get_pipe("person_repair")
    inside = []
    repair_call = type(repair)._repair

    def checked(self, doc):
        index = text_index(doc)
        assert self._doc_ws == (index.words, index.spaced)
        inside.append(
            [(self.unit_end(doc, i), self.unit_start(doc, i + 1), self._opens_unit(doc, i)) for i in range(len(doc))]
        )
        return repair_call(self, doc)

    monkeypatch.setattr(type(repair), "_repair", checked)
    doc = nlp(text)
    assert repair._doc_ws is None  # let go of at the call's end
    # outside a call the helpers read the text index, with the same answers
    outside = [
        (repair.unit_end(doc, i), repair.unit_start(doc, i + 1), repair._opens_unit(doc, i)) for i in range(len(doc))
    ]
    assert inside == [outside]


@pytest.mark.parametrize(
    "text, person",
    [
        (TEXTS[0], "Ki-moon Lee"),
        (TEXTS[1], "Ana-Maria  Ruiz-Soto"),
    ],
)
def test_speed_person_repair_word_columns_names_as_before(nlp, text, person):
    assert person in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
