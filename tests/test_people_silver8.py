"""People, silver review 8 (class 3): the spaced honorific "H. E." before a name, a natural
place's head ("X Falls") taken for a surname, one given name spelled with and without an "h".

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.readers import person_aliases


# class (silver8 C3): the spaced "H. E." is an honorific, trimmed like "H.E."
@pytest.mark.parametrize(
    "text, name",
    [
        ("The visiting leader, H. E. Mamadou Keita Traore, met the press.", "Mamadou Keita Traore"),
        ("The delegation was led by H. E. Okonkwo Adebayo Ezenwa, who thanked the hosts.", "Okonkwo Adebayo Ezenwa"),
        # negative: initials of a person's given names stay in the name
        ("J. H. E. Sorensby wrote the first report.", "J. H. E. Sorensby"),
        ("The award went to H. E. Lindqvist in 2004.", "H. E. Lindqvist"),
    ],
)
def test_people_spaced_his_excellency_trimmed(nlp, text, name):
    assert name in person_aliases(nlp, text)


# class (silver8 C3): a natural place's head word ("Falls", "Springs") ends a place, not a name
@pytest.mark.parametrize(
    "text, person, not_people",
    [
        ("The conference was held in Kandura Falls, Republic of Malawi, on Monday.", None, {"Kandura Falls"}),
        ("The delegates travelled to Kalinda Heights for the talks.", None, {"Kalinda Heights"}),
        # negative: after an honorific the word is a surname
        ("The report by Ms. Odile Falls was welcomed.", "Odile Falls", set()),
    ],
)
def test_people_natural_place_head_is_no_surname(nlp, text, person, not_people):
    found = person_aliases(nlp, text)
    assert person is None or person in found
    assert not (set(found) & not_people)


# class (silver8 C3): one given name written with and without an "h" after a consonant, under
# one surname, is one person with the other spelling as an alias
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "French President Nicolas Duvalier arrived first. Later, President Nicholas Duvalier said the talks went well.",
            {"Nicolas Duvalier": ["Nicholas Duvalier"]},
        ),
        (
            "The panel heard Thomas Vellberg. Tomas Vellberg then answered questions.",
            {"Thomas Vellberg": ["Tomas Vellberg"]},
        ),
        # negative: two given names that differ otherwise are two people
        ("Anna Petrova met Olga Petrova in Geneva.", {"Anna Petrova": [], "Olga Petrova": []}),
        ("Daniel Brandt met Daniela Brandt in Bonn.", {"Daniel Brandt": [], "Daniela Brandt": []}),
    ],
)
def test_people_h_spelling_variants_merged(nlp, text, expected):
    assert person_aliases(nlp, text) == expected


# class (silver8 C3): a book of reference after an organisation ("the X Green Book") and a
# government's page furniture in another language ("Portal do Governo X") are no persons
@pytest.mark.parametrize(
    "text, not_people",
    [
        ("The unit publishes the UNDP Green Book every year.", {"Green Book"}),
        ("The secretariat of the OECD Grey Handbook team met.", {"Grey Handbook"}),
        (
            "Portal do Governo Angolano\n\nJoint statement on the situation in the region\n\nThe ministers met in Luanda.",
            {"Governo Angolano"},
        ),
    ],
)
def test_people_books_and_foreign_government_pages_are_no_persons(nlp, text, not_people):
    assert not (set(person_aliases(nlp, text)) & not_people)


# negative: a name after an organisation still splits off when no book heads it
def test_people_name_after_organisation_still_found(nlp):
    text = "The envoy of the African Union Commission Jean-Marc Okello Aduda spoke first."
    assert "Jean-Marc Okello Aduda" in person_aliases(nlp, text)


# class (silver8 C3): a signature block, each signer's name alone on its line above the line
# of the signer's office
@pytest.mark.parametrize(
    "text, expected, not_people",
    [
        (
            "We hope for a peaceful outcome.\n\nAda Ngozi Obi\nForeign Minister of Kenya\n\n"
            "Maria Angela Rivas Quintero\nForeign Minister of Bolivia\n\nTeodoro Kaguta Lema\nForeign Minister of Uganda\n",
            {"Ada Ngozi Obi", "Maria Angela Rivas Quintero", "Teodoro Kaguta Lema"},
            set(),
        ),
        # negative: a heading, a place or a body above an office line is no signer
        ("Joint Statement\nForeign Ministers of the region\n\nThe text follows.", set(), {"Joint Statement"}),
        ("The meeting ended.\n\nAddis Ababa\nPresident of the Commission\n", set(), {"Addis Ababa"}),
        # negative: a name line not followed by an office line
        ("The meeting ended.\n\nAda Ngozi Obi\nNairobi, 4 May\n", set(), set()),
    ],
)
def test_people_signature_block_names(nlp, text, expected, not_people):
    found = set(person_aliases(nlp, text))
    assert expected <= found
    assert not (found & not_people)
