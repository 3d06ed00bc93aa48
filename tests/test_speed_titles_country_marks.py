"""Speed (#18), the twenty-second stop: titles reads the country marks (`country`,
`country_role`, `country_code`) of the Doc it links from one table per document, filled by one
pass over `doc.user_data`, instead of making an `Underscore` for each `token._.country` read
and scanning `user_data` four times with `token_values`. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.components import offices as marks
from pipeline.text import token_values
from tests.readers import role_triples

TEXTS = [
    "Kenyan Foreign Minister Amara Wanjiku met the Ambassador of Peru, Luis Tapia, in Nairobi on Monday.",
    "Participants:\n\nGhana: H.E. Mr Kofi Mensah, Minister of Finance\nNepal: Ms Sita Rai, Minister of Health\n",
    "No country is named in this sentence about a garden.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_speed_titles_country_table_matches_token_reads(nlp, text):
    doc = nlp(text)
    marks.read_country_marks(doc)
    try:
        for tok in doc:
            assert marks.country_of(tok) == tok._.country
            assert marks.role_of(tok) == tok._.country_role
            assert marks.code_of(tok) == tok._.country_code
        assert marks.country_marks(doc) == tuple(
            token_values(doc, name) for name in ("country", "country_role", "country_code")
        )
    finally:
        marks.forget_country_marks()


def test_speed_titles_country_table_only_for_the_doc_being_linked(nlp):
    linked, other = nlp(TEXTS[0]), nlp("Talks in Accra with the Ghanaian delegation ended.")
    marks.read_country_marks(linked)
    try:
        # another Doc's tokens are read through `token._` as before
        assert [marks.country_of(t) for t in other] == [t._.country for t in other]
        assert marks.country_marks(other)[0] == token_values(other, "country")
    finally:
        marks.forget_country_marks()


def test_speed_titles_country_table_forgotten_after_the_call(nlp):
    doc = nlp(TEXTS[0])
    assert marks._MARKS[0] is None  # the pipeline's call let go of its Doc
    nlp.get_pipe("titles")(doc)
    assert marks._MARKS[0] is None


@pytest.mark.parametrize(
    "text, triple",
    [
        # a demonym before the office names its country
        (TEXTS[0], ("Amara Wanjiku", "Foreign Minister", "Kenya")),
        # a country after "of" closes the office
        (TEXTS[0], ("Luis Tapia", "Ambassador", "Peru")),
        # a country's label before a colon heads the name and office after it
        (TEXTS[1], ("Sita Rai", "Minister of Health", "Nepal")),
    ],
)
def test_speed_titles_country_marks_still_name_the_country(nlp, text, triple):
    assert triple in role_triples(nlp, text)
