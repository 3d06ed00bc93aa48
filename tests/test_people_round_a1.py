"""People, round a1 (classes from reviews of unseen text): abbreviated given names kept as
written; a spouse's courtesy title and an office holder's short form are two people.

Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.readers import (
    person_alias_sets,
    person_and_organisation_names,
    person_names,
    person_names_and_role_pairs,
    person_sources,
    role_pairs,
)


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
    assert person_names(nlp, text) == expected


def test_people_abbreviated_given_name_keeps_its_office(nlp):
    assert role_pairs(nlp, "Undersecretary Ma. Corazon Villaluz said the program would expand.") == {
        ("Ma. Corazon Villaluz", "Undersecretary")
    }


# class (a1 C3): a spouse's courtesy title (`spouse_title`: "First Lady", "Mama") names no office
# holder: the office's short form ("President X") of the same surname is the office holder, never
# the spouse, and the spouse's short form never joins the office holder; "Madame" / "Mrs" alone
# are courtesy titles of anyone (a minister too) and decide nothing
@pytest.mark.parametrize(
    "text, expected_people, expected_roles",
    [
        (
            "First Lady Nafula Wekesa toured the ward. President Baraka Wekesa spoke later. "
            "President Wekesa said the nation was proud.",
            {"Nafula Wekesa", "Baraka Wekesa"},
            {("Baraka Wekesa", "President")},
        ),
        (
            "Mama Nafula Wekesa launched the drive. President Wekesa was absent.",
            {"Nafula Wekesa", "Wekesa"},
            {("Wekesa", "President")},
        ),
        (
            "The First Lady, Nafula Wekesa, launched the drive. She thanked President Wekesa for his support.",
            {"Nafula Wekesa", "Wekesa"},
            {("Wekesa", "President")},
        ),
        (
            "President Baraka Wekesa opened the school. Mama Wekesa thanked the donors.",
            {"Baraka Wekesa", "Wekesa"},
            {("Baraka Wekesa", "President")},
        ),
        # negatives: the spouse title's holder with an office of her own; "Madame" / "Mrs"
        (
            "Mama Nafula Wekesa, Minister of Health, launched the drive. Minister Wekesa thanked the donors.",
            {"Nafula Wekesa"},
            {("Nafula Wekesa", "Minister of Health")},
        ),
        (
            "Madame Odile Ngassa launched the drive. Minister Ngassa thanked the donors.",
            {"Odile Ngassa"},
            {("Odile Ngassa", "Minister")},
        ),
        ("Dr. Nafula Wekesa opened the clinic. Mrs Wekesa thanked the staff.", {"Nafula Wekesa"}, set()),
    ],
)
def test_people_spouse_title_and_office_short_form(nlp, text, expected_people, expected_roles):
    assert person_names_and_role_pairs(nlp, text) == (expected_people, expected_roles)


# class (a1 C2): a name cut at a middle part: a capital city's name that is also a surname or a
# middle name ("Lima", "Santiago", "Sofia") inside the model's person after its first word is a
# name word, so the name is not cut to its given names; a city outside a person stays a place
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minister Paula Maria Lima said the plan would be adopted.", {"Paula Maria Lima"}),
        ("Ambassador Tomas Eduardo Santiago presented his credentials.", {"Tomas Eduardo Santiago"}),
        ("Dr. Carla Sofia Paris opened the session.", {"Carla Sofia Paris"}),
        # negatives: the city after a name, and a city opening an organisation's name
        ("Minister Renata Cecilia visited Lima on Monday.", {"Renata Cecilia"}),
        ("Tomas Eduardo Quiroga addressed the Lima Group on Monday.", {"Tomas Eduardo Quiroga"}),
    ],
)
def test_people_capital_inside_model_name(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (a1 C2): a hyphenated surname written alone later is one short form ("Asante-Darko"),
# never its two halves as two forms ("Asante", "Darko")
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Minister Kwabena Asante-Darko spoke. Asante-Darko thanked the hosts.",
            {"Kwabena Asante-Darko": {"Asante-Darko"}},
        ),
        (
            "Ms. Liesl Brandt-Okafor opened the fair. Later, Brandt-Okafor met the press.",
            {"Liesl Brandt-Okafor": {"Brandt-Okafor"}},
        ),
        # negative: a surname of one word alone stays the short form
        ("Minister Kofitse Amankwa spoke. Amankwa thanked the hosts.", {"Kofitse Amankwa": {"Amankwa"}}),
    ],
)
def test_people_hyphenated_surname_short_form_whole(nlp, text, expected):
    assert person_alias_sets(nlp, text) == expected


# class (a1 C1): a country's name that is also a given name (Jordan, Chad, Georgia, Israel)
# opening the model's person right after an office or an honorific is the name's first word, so
# the person is kept whole (not cut to a lone surname and dropped); after "of" it is the country
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minister Jordan Velichkov said the plan would be adopted.", {"Jordan Velichkov"}),
        ("Senator Chad Whitcombe criticised the bill.", {"Chad Whitcombe"}),
        ("Ms. Georgia Papakosta addressed the meeting.", {"Georgia Papakosta"}),
        # negatives: the country after "of" before a name, a country's possessive
        ("The Foreign Minister of Jordan Rami Haddadin met the envoy.", {"Rami Haddadin"}),
        ("The Ambassador of Georgia Nino Kvaratskhelia presented her credentials.", {"Nino Kvaratskhelia"}),
        ("Jordan's Foreign Minister met the envoy in Cairo.", set()),
    ],
)
def test_people_country_word_as_given_name(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (a1 C4): the Arabic article (`name_article`: Al, El) before a demonym is part of a
# family name (a nisba: "Al Kuwaiti"), kept whole instead of cut to "X Al"; a demonym that
# follows no article stays a nationality
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minister Faisal Al Kuwaiti said the agreement was historic.", {"Faisal Al Kuwaiti"}),
        ("Ambassador Noura Al Bahraini presented her credentials.", {"Noura Al Bahraini"}),
        ("Dr. Tariq Al Omani chaired the session.", {"Tariq Al Omani"}),
        # negatives: a demonym after a name with no article; the hyphenated form already whole
        ("Minister Faisal Haddad met Kuwaiti officials on Monday.", {"Faisal Haddad"}),
        ("Minister Faisal Al-Kuwaiti said the agreement was historic.", {"Faisal Al-Kuwaiti"}),
    ],
)
def test_people_article_and_demonym_family_name(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (a1 C4): a patronymic Malay name keeps what the text writes: a pilgrim's honorific of the
# father's name after "bin" (`patronymic_honorific`: Haji, Hajah, Hj) and two given names before
# "bin"; the honorifics before the given names are dropped, Gulf names stay as they were
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minister Rosli Hamzah bin Haji Idris received the delegation.", {"Rosli Hamzah bin Haji Idris"}),
        ("Dato' Sri Haji Zulkefli bin Haji Osman opened the summit.", {"Zulkefli bin Haji Osman"}),
        ("The statement was issued by Azman Shukri bin Ramli.", {"Azman Shukri bin Ramli"}),
        ("Puan Norhayati binti Hajah Kamariah thanked the organisers.", {"Norhayati binti Hajah Kamariah"}),
        # negatives: Gulf names after royal titles and honorifics keep their one given name
        ("Crown Prince Rashid bin Khalifa received the envoy.", {"Rashid bin Khalifa"}),
        ("His Highness Sheikh Hamdan bin Saif Al Nuaimi opened the expo.", {"Hamdan bin Saif Al Nuaimi"}),
    ],
)
def test_people_malay_patronymic_name_whole(nlp, text, expected):
    assert person_names(nlp, text) == expected


# class (a1 C1): a full name the model tagged as an organisation, whose surname the text writes
# elsewhere after an honorific or an office, is that person (no organisation row); a body named
# after someone, or a name whose last word is no titled surname, stays as it was
@pytest.mark.parametrize(
    "text, expected_people, expected_orgs",
    [
        (
            "Sviatlana Tsikhanouskaya said the talks were constructive. Ms. Tsikhanouskaya arrived on Monday.",
            {"Sviatlana Tsikhanouskaya"},
            set(),
        ),
        # negatives: the body named after the person; another person's surname
        (
            "Minister Okello opened the Aloysius Okello Foundation on Monday.",
            {"Okello"},
            {"Aloysius Okello Foundation"},
        ),
    ],
)
def test_people_other_label_named_by_titled_surname(nlp, text, expected_people, expected_orgs):
    assert person_and_organisation_names(nlp, text) == (expected_people, expected_orgs)


# class: a place's or a company's name ending in a surname the text writes after a title is no
# person when the surname belongs to a person found with a fuller name, or when the name opens
# with a place word (Lake, San, Port …); a full name the model mislabelled still is one
@pytest.mark.parametrize(
    "text, expected",
    [
        # negatives
        (
            "Minister Peter Kivu inspected Lake Kivu. Mr. Kivu promised new boats.",
            {("Peter Kivu", "ner")},
        ),
        (
            "The flood hit the San Felipe district. Colonel Felipe said relief was on the way.",
            {("Felipe", "ner")},
        ),
        (
            "Analysts of Morgan Field attended. Professor Ann Field spoke first and Ms. Field answered questions.",
            {("Ann Field", "ner")},
        ),
        # positive: no one else owns the surname and no place word opens the name
        (
            "Oyelaran Adebanjo welcomed the plan. Chief Adebanjo later met the press.",
            {("Oyelaran Adebanjo", "person:titled-surname")},
        ),
    ],
)
def test_people_titled_surname_names_no_place_nor_another_persons_namesake(nlp, text, expected):
    assert person_sources(nlp, text) == expected


def test_people_titled_surname_of_a_fuller_name_keeps_its_alias(nlp):
    doc = nlp("Analysts of Morgan Field attended. Professor Ann Field spoke first and Ms. Field answered questions.")
    assert [p["aliases"] for p in doc._.people if p["name"] == "Ann Field"] == [["Field"]]


# class: "Town, Md." is the US state written short after its town, never the given name Md.
# (Muhammad) of the name after it; "Md." opening a name elsewhere still is one
@pytest.mark.parametrize(
    "text, expected",
    [
        # negatives: the state after a town
        (
            "The trial was run by a team in Annapolis, Md. Karen Holt, the lab's Director, praised the results.",
            {"Karen Holt"},
        ),
        (
            "Engineers from Silver Spring, Md. Dana Price and Carl Voss presented the design.",
            {"Dana Price", "Carl Voss"},
        ),
        ("The plant in Frederick, Md. Peter Lang, CEO of Brightline, opened the line.", {"Peter Lang"}),
        # positives: the given name written short
        ("State Minister Md. Kamrul Hasan Bhuiyan received the envoys.", {"Md. Kamrul Hasan Bhuiyan"}),
        ("The meeting was chaired by Md. Shafiqul Alam, Secretary of the ministry.", {"Md. Shafiqul Alam"}),
        ("Speaking in Bangladesh, Md. Rafiqul Islam Talukder thanked the donors.", {"Md. Rafiqul Islam Talukder"}),
    ],
)
def test_people_us_state_after_its_town_is_no_given_name(nlp, text, expected):
    assert person_names(nlp, text) == expected


def test_people_us_state_after_its_town_leaves_the_role_to_the_name(nlp):
    text = "The plant in Frederick, Md. Peter Lang, CEO of Brightline, opened the line."
    assert {name for name, _ in role_pairs(nlp, text)} == {"Peter Lang"}
