"""person_id across documents: one person written with and without middle names or initials, an
"al-" before the surname or an apostrophe inside a word gets one id (`pipeline/identity.py`
`identity_name`); names whose middle tells relatives or namesakes apart keep every word. Every
name here is made up for the test."""

from __future__ import annotations

import pytest

from pipeline.identity import identity_name, person_id
from tests.readers import people_by_name


@pytest.mark.parametrize(
    "a, b",
    [
        # class: middle names left out in one document
        ("Kwesi Boateng Owusu Mensah-Larbi", "Kwesi Mensah-Larbi"),
        ("Etienne Komlanvi Dossou", "Etienne Dossou"),
        # a middle initial, and a suffix after the surname
        ("Ramon T. Villanueva Jr.", "Ramon Villanueva Jr."),
        ("Harold J. Whitcombe", "Harold Whitcombe"),
        # the Arabic article before the surname, hyphenated or spaced
        ("Khaled al-Masri", "Khaled Masri"),
        ("Khaled Al Masri", "Khaled Masri"),
        # an apostrophe (or an ʻokina) inside a word
        ("Tuala Sina Lefa'apo", "Tuala Sina Lefaapo"),
        ("Moana Kalaniʻopu", "Moana Kalaniopu"),
    ],
)
def test_identity_one_person_named_several_ways_shares_an_id(a, b):
    assert person_id(a) == person_id(b)


@pytest.mark.parametrize(
    "a, b",
    [
        # negative: a lineage in the middle names father and grandfather: relatives stay apart
        ("Nasser bin Hamad Al Marri", "Nasser bin Khalid Al Marri"),
        ("Jaber Al-Fahad Al-Rashed", "Jaber Al-Nasser Al-Rashed"),
        # negative: a first name put before the calling name
        ("Muhammad Tariq Qureshi", "Muhammad Asif Qureshi"),
        ("Md Rafiqul Haque", "Md Shafiqul Haque"),
        # negative: the short middle syllable of an East Asian name
        ("Tran Van Binh", "Tran Quoc Binh"),
        ("Park Jae Won", "Park Min Won"),
        # negative: hyphenated given names stay whole; another suffix is another person
        ("Jean-Luc Kassi Ouedraogo", "Jean-Marc Ouedraogo"),
        ("Ramon Villanueva Jr.", "Ramon Villanueva Sr."),
    ],
)
def test_identity_middle_names_that_tell_people_apart_are_kept(a, b):
    assert person_id(a) != person_id(b)


@pytest.mark.parametrize(
    "name, kept",
    [
        ("Kwesi Boateng Owusu Mensah-Larbi", "Kwesi Mensah-Larbi"),
        ("Ramon T. Villanueva Jr.", "Ramon Villanueva Jr."),
        ("Khaled al-Masri", "Khaled Masri"),
        ("Thomas Greminger", "Thomas Greminger"),  # two words: the documented key, unchanged
        ("Nasser bin Hamad Al Marri", "Nasser bin Hamad Al Marri"),
    ],
)
def test_identity_name_keeps_the_first_given_name_and_the_surname(name, kept):
    assert identity_name(name) == kept


def test_identity_two_people_of_one_document_with_one_identity_name_keep_two_ids(nlp):
    """Two people of one text who differ only in a middle name are two rows with two ids."""
    text = (
        "Senator Robert Allen Whitcombe met the delegation in Ottawa. "
        "His cousin, Robert Henry Whitcombe, the mayor of Kingston, joined them later."
    )
    people = people_by_name(nlp, text)
    assert {"Robert Allen Whitcombe", "Robert Henry Whitcombe"} <= set(people)
    assert people["Robert Allen Whitcombe"]["person_id"] != people["Robert Henry Whitcombe"]["person_id"]
