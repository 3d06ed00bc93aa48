"""Speed (#18), the twenty-second stop: person_repair reads the country marks of its Doc
(`country`, `country_role`) from the table `offices.read_country_marks` fills once per call,
not through an `Underscore` per `token._.country` read. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.components import offices
from pipeline.components import person_repair as person_repair_module

TEXTS = [
    # a capital that is also a given name, before a surname
    ("Foreign Minister Santiago Ferreira opened the session in Lisbon.", "Santiago Ferreira"),
    # a country that is also a given name, after an office word
    ("Senator Jordan Whitfield welcomed the delegation on Tuesday.", "Jordan Whitfield"),
    # a demonym after the article "Al" is a family name
    ("The award went to Ahmed Al Kuwaiti and his team.", "Ahmed Al Kuwaiti"),
    # a capital that is also a surname, before "of" and the country
    ("Prime Minister Ana Valletta of Peru arrived in Lima.", "Ana Valletta"),
]


@pytest.mark.parametrize("text, person", TEXTS)
def test_speed_person_repair_country_table_answers_as_token_reads(nlp, monkeypatch, text, person):
    reads = []

    def checked(read, attr):
        def spy(tok):
            value = read(tok)
            assert value == getattr(tok._, attr)
            reads.append(tok.doc is offices._MARKS[0])
            return value

        return spy

    monkeypatch.setattr(person_repair_module, "country_of", checked(offices.country_of, "country"))
    monkeypatch.setattr(person_repair_module, "role_of", checked(offices.role_of, "country_role"))
    doc = nlp(text)
    assert reads and all(reads)  # every read inside the call came from the Doc's table
    assert offices._MARKS[0] is None  # and the table let go of the Doc at the call's end
    assert person in {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_speed_person_repair_country_tokens_from_the_table(nlp):
    doc = nlp(TEXTS[3][0])
    offices.read_country_marks(doc)
    try:
        assert {i for i, v in offices.country_marks(doc)[0].items() if v} == {t.i for t in doc if t._.country}
    finally:
        offices.forget_country_marks()
