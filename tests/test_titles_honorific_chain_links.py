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
        ("Works Minister Dato’ Seri Azlan Osman toured the new bridge.", "Azlan Osman", "Minister"),
        (
            "Malaysia's Minister of Works Dato’ Seri Utama Haji Azlan Bin Haji Osman toured the new bridge.",
            "Azlan Bin Haji Osman",
            "Minister of Works",
        ),
        # class: a several-word style whose first word alone is no honorific ("Tan Sri")
        ("The bridge was opened by Works Minister Tan Sri Azlan Osman.", "Azlan Osman", "Minister"),
        # class: a retired mark unbracketed inside the chain
        ("Greetings were sent to the Governor, Rtd. Gen. Kofi Mensah, by the guests.", "Kofi Mensah", "Governor"),
        # class: a comma after a style of address inside the chain
        (
            "A letter from the Governor, His Excellency, Col. Kofi Mensah was read to the farmers.",
            "Kofi Mensah",
            "Governor",
        ),
        (
            "The Minister thanked the Chancellor, Her Excellency, Prof. Ama Owusu and the staff.",
            "Ama Owusu",
            "Chancellor",
        ),
        # class: an academy's rank between an office in apposition and the name
        (
            "The forum was opened by the Rector of the State University of Rivania, academician Petar Voskov.",
            "Petar Voskov",
            "Rector",
        ),
        # class: the present perfect of a serve verb in a relative clause after the name
        (
            "The award was presented to Peter Sandberg, who has served as the Consul General of Austria in Lagos for a decade.",
            "Peter Sandberg",
            "Consul General",
        ),
        # (the office right before the name, no chain, as before)
        ("The Minister thanked the Governor, Col. Kofi Mensah for his support.", "Kofi Mensah", "Governor"),
    ],
)
def test_titles_office_across_honorific_chain(nlp, text, name, title):
    assert (name, title) in role_pairs(nlp, text)


@pytest.mark.parametrize(
    "text, name, title",
    [
        # negative: a comma after a full name parts two persons; the second takes no office of the first
        ("He thanked the Governor, Col. Kofi Mensah, Prof. Ama Owusu and the staff.", "Ama Owusu", "Governor"),
        # negative: an honorific's name inside an unnamed subject's phrase holds no office after "has served as"
        ("An adviser to Minister Rui Costa has served as Chair of the panel.", "Rui Costa", "Chair"),
        # negative: "Tan" as a family name opens the name after an office
        ("Minister of Defence Tan Ah Kow met the delegation.", "Ah Kow", "Minister of Defence"),
    ],
)
def test_titles_no_office_across_chain(nlp, text, name, title):
    assert (name, title) not in role_pairs(nlp, text)
