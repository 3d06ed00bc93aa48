"""People, round a1 (classes from reviews of unseen text): abbreviated given names kept as
written; a spouse's courtesy title and an office holder's short form are two people.

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest


def people(nlp, text):
    return {p["name"] for p in nlp(text)._.people}


def roles(nlp, text):
    return {(r["name"], r["title"]) for r in nlp(text)._.roles}


# class (a1 C4): a given name written short with its period (`given_name_abbreviation`: "Ma."
# Maria in Philippine names, "Md." / "Mohd." Muhammad) opens the name, kept as written; never
# the surname ending the sentence after a given name ("… Jack Ma. Next …") nor the US state
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Undersecretary Ma. Corazon Villaluz said the program would expand.", {"Ma. Corazon Villaluz"}),
        ("Secretary Ma. Rowena Dimaculangan-Reyes led the delegation.", {"Ma. Rowena Dimaculangan-Reyes"}),
        ("The opening remarks were given by Dr. Ma. Lualhati Bernabe.", {"Ma. Lualhati Bernabe"}),
        ("Ma. Perpetua Salonga, Director of the bureau, signed the deal.", {"Ma. Perpetua Salonga"}),
        ("State Minister Md. Rezaul Haque Chowdhury received the envoys.", {"Md. Rezaul Haque Chowdhury"}),
        ("The talks were chaired by Md. Nazmul Islam, Secretary of the ministry.", {"Md. Nazmul Islam"}),
        ("Mohd. Faizal bin Rosli addressed the forum.", {"Mohd. Faizal bin Rosli"}),
        # a later short form joins the whole name
        (
            "Undersecretary Ma. Corazon Villaluz spoke first. Villaluz thanked the hosts.",
            {"Ma. Corazon Villaluz"},
        ),
        # negatives: a surname "Ma" ending a sentence after a given name; the state after a city
        ("The fund was founded by Jiawei Ma. Corazon Villaluz joined it later.", {"Jiawei Ma", "Corazon Villaluz"}),
        ("The plant opened in Hagerstown, Md. Governor Lorna Quell attended.", {"Lorna Quell"}),
        # one name word after it is no name of the rule's
        ("The study was written by Wen Ma and Li Rong.", {"Wen Ma", "Li Rong"}),
    ],
)
def test_people_abbreviated_given_name(nlp, text, expected):
    assert people(nlp, text) == expected


def test_people_abbreviated_given_name_keeps_its_office(nlp):
    assert roles(nlp, "Undersecretary Ma. Corazon Villaluz said the program would expand.") == {
        ("Ma. Corazon Villaluz", "Undersecretary")
    }
