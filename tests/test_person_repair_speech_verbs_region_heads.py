"""Spans the model takes for persons that are no one's name (`communique_person_repair`): a verb
of speech written with a capital, a region headed by its unit's noun, a site's section heading
joined to the next line; and a capitalised "Bin" before a pilgrim's honorific inside a name.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.readers import person_names, role_pairs


@pytest.mark.parametrize(
    "text, not_people",
    [
        # class: a capitalised "Said" closing a sentence after an office is the verb
        ("“Our doors are open to investors.” The Governor Said.", {"Said"}),
        # class: a capitalised "Said" before an office's letters and the holder's name is the verb
        (
            "Director General Dr Lena Moreau opened the clinic. “Health is a right for all”. Said DG Moreau",
            {"Said DG Moreau", "Said Dg Moreau", "DG Moreau"},
        ),
        # class: a region headed by its unit's noun where a place is written
        ("Officials from Zabaykalsky Krai toured the tractor plant in Minsk.", {"Zabaykalsky Krai"}),
        ("Trade between Belarus and Altai Krai grew by a third last year.", {"Altai Krai"}),
        # class: a section heading alone on its line, joined by the model to the line below
        ("The Prime Minister Ana Lopes opened the fair in Lisbon.\n\nQuick Links\nAbout Us", {"Quick Links"}),
    ],
)
def test_person_repair_no_person_spans(nlp, text, not_people):
    assert not (person_names(nlp, text) & not_people)


@pytest.mark.parametrize(
    "text, person",
    [
        # negative: "Said" as a given name before a surname, as a father's name after "bin"
        ("The envoy met Said Benkirane in Rabat on Monday.", "Said Benkirane"),
        ("A letter from Hamad bin Said was read out.", "Hamad bin Said"),
        # negative: a surname that is a unit's noun, where no place is written
        ("Santiago Canton, the rapporteur, met the committee in Geneva.", "Santiago Canton"),
        # the Director General's own sentence keeps her name
        (
            "Director General Dr Lena Moreau opened the clinic. “Health is a right for all”. Said DG Moreau",
            "Lena Moreau",
        ),
    ],
)
def test_person_repair_names_kept(nlp, text, person):
    assert person in person_names(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "Bin" written capitalised before "Haji" inside a patronymic name
        ("The new road was opened by Haji Azlan Bin Haji Osman in Ipoh.", "Azlan Bin Haji Osman"),
        # class: the highest Dato' Seri style ("Datuk Seri Utama") before the name, stripped as a whole
        ("Works Minister Datuk Seri Utama Azlan Bin Haji Osman toured the bridge.", "Azlan Bin Haji Osman"),
        # negative: "Haji" opening a name is an honorific still
        ("Haji Rahim Karim met the delegation in Ipoh on Monday.", "Rahim Karim"),
    ],
)
def test_person_repair_capitalised_bin_before_haji(nlp, text, expected):
    assert expected in person_names(nlp, text)


def test_person_repair_speech_verb_after_office_keeps_office_name(nlp):
    # negative: an office before a name "Said" that the sentence goes on after is a person's office
    assert ("Said", "Minister") in role_pairs(nlp, "Minister Said met the delegation in Rabat on Monday.")
