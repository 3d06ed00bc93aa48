"""Speed (#18), the twenty-second stop: person_repair finds the tokens of the seven word lists it
looks for among the tokens' lower case (honorifics, short honorifics, royal and religious
titles, kin nouns, speaker verbs, peer nouns, honorific chains' first words) with one
`searchsorted` of the LOWER column per document over their union, a bit per list, instead of
seven. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER

from pipeline.components.person_repair import _LOWER_KINDS
from pipeline.text import tokens_in

TEXTS = [
    "Dr. Anna Berg said the talks with Mr Tomas Vinter and his wife Mira went well.",
    "King Harald IV and Pope Leo met Tan Sri Ahmad Zaki, who spoke after Lord Ames of Kelso.",
    "Sh. Rajan Pillai, her husband, announced the plan; Ms. Ida Holm added that Dato' Sri Lim agreed.",
    "",
    "nothing here names anyone at all.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_speed_person_repair_lower_kinds_as_tokens_in(nlp, text):
    repair = nlp.get_pipe("person_repair")
    doc = nlp.make_doc(text)
    for name in _LOWER_KINDS:
        assert repair._lower_tokens(doc, name) == tokens_in(doc, LOWER, getattr(repair, name)), name


def test_speed_person_repair_lower_kinds_union_keeps_every_list(nlp):
    repair = nlp.get_pipe("person_repair")
    union = set(repair._kind_ids.tolist())
    for bit, name in enumerate(_LOWER_KINDS):
        ids = set(getattr(repair, name).tolist())
        assert ids <= union
        # an id carries a list's bit exactly when the list holds it
        marked = {v for v, bits in zip(repair._kind_ids.tolist(), repair._kind_bits) if bits & 1 << bit}
        assert marked == ids, name


@pytest.mark.parametrize(
    "text, person",
    [
        ("The minister thanked his wife Mira for her support.", "Mira"),
        ("King Harald IV opened the new session of parliament.", "Harald IV"),
        ("The guests were welcomed by Dr. Anna Berg in the main hall.", "Anna Berg"),
    ],
)
def test_speed_person_repair_lower_kinds_still_open_names(nlp, text, person):
    assert person in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
