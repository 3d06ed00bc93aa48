"""An office linked to the name after a chain of honorifics (`communique_titles`): a style with
its apostrophe ("Dato’ Seri"), a several-word style ("Tan Sri"), an unbracketed retired mark, a
comma after "His Excellency", an academy's rank; and the holder of an office after "who has
served as". Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import role_pairs


@pytest.mark.parametrize(
    "text, name, title",
    [
        # class: a Malaysian style written with its apostrophe between the office and the name
        ("Malaysian Foreign Minister Dato’ Seri Kamal Rahim arrived on Monday.", "Kamal Rahim", "Foreign Minister"),
        (
            "Malaysian Foreign Minister Dato’ Seri Utama Haji Kamal Bin Haji Rahim arrived on Monday.",
            "Kamal Bin Haji Rahim",
            "Foreign Minister",
        ),
        # class: a several-word style whose first word alone is no honorific ("Tan Sri")
        ("The Home Minister Tan Sri Abu Bakar Ali met the delegation.", "Abu Bakar Ali", "Minister"),
        # class: a retired mark unbracketed inside the chain
        (
            "The Minister thanked the President, Rtd. Dr. Kwame Boateng for his support.",
            "Kwame Boateng",
            "President",
        ),
        # class: a comma after a style of address inside the chain
        (
            "The Minister on behalf of the President, His Excellency, Rtd. Dr. Kwame Boateng thanked the team.",
            "Kwame Boateng",
            "President",
        ),
        ("The Minister thanked the Governor, Her Excellency, Prof. Ama Owusu and the Mayor.", "Ama Owusu", "Governor"),
        # class: an academy's rank between an office in apposition and the name
        (
            "Ruritania was represented by the President of the Academy of Sciences of Ruritania, "
            "academician Petar Voskov, and Denmark by professor Lars Holm.",
            "Petar Voskov",
            "President",
        ),
        # class: the present perfect of a serve verb in a relative clause after the name
        (
            "Ambassador Lind replaced Tomas Berg, who has served as the Ambassador of Norway to Latvia since 2015.",
            "Tomas Berg",
            "Ambassador",
        ),
        # (the office right before the name, no chain, as before)
        ("The Minister thanked the President, Dr. Kwame Boateng for his support.", "Kwame Boateng", "President"),
    ],
)
def test_titles_office_across_honorific_chain(nlp, text, name, title):
    assert (name, title) in role_pairs(nlp, text)


@pytest.mark.parametrize(
    "text, name, title",
    [
        # negative: a comma after a full name parts two persons; the second takes no office of the first
        ("He thanked the President, Dr. Kwame Boateng, Prof. Ama Owusu and the Mayor.", "Ama Owusu", "President"),
        # negative: an honorific's name inside an unnamed subject's phrase holds no office after "has served as"
        ("An adviser to Minister Rui Costa has served as Chair of the panel.", "Rui Costa", "Chair"),
        # negative: "Tan" as a family name opens the name after an office
        ("Minister of Defence Tan Ah Kow met the delegation.", "Ah Kow", "Minister of Defence"),
    ],
)
def test_titles_no_office_across_chain(nlp, text, name, title):
    assert (name, title) not in role_pairs(nlp, text)
