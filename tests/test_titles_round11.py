"""Round-11 title classes (held-out set 22's role errors): each with rows that must keep their
old reading. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a list of envoys that gives each name its office right after it, no comma
        # between: every office is the name's before it, never the next name's
        (
            "The guests were John Miller Ambassador of Austria, Peter Brown High Commissioner of Kenya, "
            "David Clark Ambassador of Portugal and Maria Garcia Ambassador of Brazil.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
                ("Maria Garcia", "Ambassador", "Brazil"),
            },
        ),
        (
            "Among the callers were Mr John Miller the Ambassador of Austria, Mr Peter Brown the High "
            "Commissioner of Kenya, and Mr David Clark Ambassador of Portugal.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
            },
        ),
        # negative: a list that gives titles first keeps each office for the name after it
        (
            "Present were the Ambassador of Austria, Mr John Miller, the High Commissioner of Kenya, "
            "Mr Peter Brown, and the Ambassador of Portugal, Mr David Clark.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
            },
        ),
        # negative: commas around each office (names first) read as before
        (
            "The guests were Mr John Miller, Ambassador of Austria, Mr Peter Brown, the High "
            "Commissioner of Kenya, and Mr David Clark, Ambassador of Portugal.",
            {
                ("John Miller", "Ambassador", "Austria"),
                ("Peter Brown", "High Commissioner", "Kenya"),
                ("David Clark", "Ambassador", "Portugal"),
            },
        ),
        # negative: an office with no comma after it, right before the next name, is that name's
        (
            "John Miller Minister of Finance Peter Brown and others attended.",
            {("Peter Brown", "Minister of Finance", "")},
        ),
    ],
)
def test_glued_envoy_list(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the addressee after an office's "to" (a letter or message from the office
        # holder to a person): no body the office is sent to, no office of the addressee
        (
            "A letter from John Miller, the Minister for Foreign Affairs of Austria to Madam Garcia was delivered.",
            {("John Miller", "Minister for Foreign Affairs", "Austria")},
        ),
        (
            "He handed a message from John Miller, the Prime Minister of Austria to Mrs Maria Garcia.",
            {("John Miller", "Prime Minister", "Austria")},
        ),
        (
            "He handed a message from John Miller, the Prime Minister of Austria to Maria Garcia, on Monday.",
            {("John Miller", "Prime Minister", "Austria")},
        ),
        # negative: a country after "to" is where the envoy is sent, read as before
        (
            "John Miller, the Ambassador of Austria to Kenya, arrived.",
            {("John Miller", "Ambassador", "Austria")},
        ),
        # negative: an office after "to" before a name is that name's
        (
            "John Miller, the Special Adviser to President Peter Brown, arrived.",
            {("John Miller", "Special Adviser", ""), ("Peter Brown", "President", "")},
        ),
    ],
)
def test_addressee_after_to(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a participle clause set off by a comma after the name ("X, speaking as the
        # Chair of Y, …"): the office after "as" is the name's
        (
            "Ambassador John Miller of Austria, speaking as the President of the Executive Council, "
            "opened the session.",
            {("John Miller", "Ambassador", "Austria"), ("John Miller", "President", "Executive Council")},
        ),
        (
            "John Miller, speaking as Chair of the Board, opened the session.",
            {("John Miller", "Chair", "Board")},
        ),
        (
            "Peter Brown, acting as Coordinator of the Task Force, welcomed the delegates.",
            {("Peter Brown", "Coordinator", "Task Force")},
        ),
        # negative: the name is the object of the sentence's verb, the participle's holder is open
        (
            "John Miller met Peter Brown, speaking as the President of the Executive Council.",
            set(),
        ),
        # negative: "speaking to" an office holder is no office of the speaker
        (
            "John Miller, speaking to the President of the Executive Council, opened the session.",
            set(),
        ),
    ],
)
def test_participle_as_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a style of address before an office in a name's apposition ("Hon.",
        # "Honourable", "Hon'ble"): the office is the name's
        (
            # a country's government as a whole is no organisation row (organisations, held-out
            # review): the title keeps no body
            "Mr Rajesh Kumar, Hon'ble Minister of Energy, Government of India, opened the meeting.",
            {("Rajesh Kumar", "Minister of Energy", "")},
        ),
        (
            "Mr Rajesh Kumar, Hon. Minister of Energy, opened the meeting.",
            {("Rajesh Kumar", "Minister of Energy", "")},
        ),
        (
            "Mr Rajesh Kumar, the Honourable Minister of Energy, opened the meeting.",
            {("Rajesh Kumar", "Minister of Energy", "")},
        ),
        # negative: a style before another name opens that name, no office
        (
            "Mr John Miller, Hon. Peter Brown and Mrs Maria Garcia attended.",
            set(),
        ),
    ],
)
def test_style_before_office_in_apposition(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an agency's country office written before the office ("UNDP Ghana Deputy
        # Resident Representative"): the agency is the organisation, in apposition too
        (
            "On her left is Ms. Maria Garcia, UNDP Kenya Deputy Resident Representative.",
            {("Maria Garcia", "Deputy Resident Representative", "UNDP")},
        ),
        (
            "UNDP Kenya Deputy Resident Representative Maria Garcia spoke.",
            {("Maria Garcia", "Deputy Resident Representative", "UNDP")},
        ),
        (
            "On her left is Ms. Maria Garcia, UNICEF Kenya Representative.",
            {("Maria Garcia", "Representative", "UNICEF")},
        ),
        # negative: the agency alone before the office, read as before
        (
            "On her left is Ms. Maria Garcia, UNICEF Deputy Resident Representative for Programmes.",
            {("Maria Garcia", "Deputy Resident Representative for Programmes", "UNICEF")},
        ),
        # negative: a country alone before the office stays its organisation
        (
            "Kenya Deputy Resident Representative Maria Garcia spoke.",
            {("Maria Garcia", "Deputy Resident Representative", "Kenya")},
        ),
    ],
)
def test_agency_country_office_prefix(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a verb of holding and a noun of a post before the office ("X, who holds the
        # post of …", "X holds the office of …"): the verb's subject holds the office
        (
            "The meeting is chaired by Peter Brown, who also holds the post of Foreign Minister of Kenya.",
            {("Peter Brown", "Foreign Minister", "Kenya")},
        ),
        (
            "Peter Brown, who holds the position of Chairman of the Board, spoke.",
            {("Peter Brown", "Chairman", "Board")},
        ),
        (
            "Peter Brown holds the post of Minister of Health.",
            {("Peter Brown", "Minister of Health", "")},
        ),
        # negative: "held talks with" an office holder is no office of the subject
        (
            "Peter Brown, who held talks with the Minister of Health of Kenya, spoke.",
            set(),
        ),
        # negative: the office of an office holder is a place, no post held
        (
            "Peter Brown visited the office of the Minister of Health.",
            set(),
        ),
    ],
)
def test_holds_the_post_of(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "general director", the word order of a director general in translated
        # texts, is an office
        (
            "The talks were described as frank by John Miller, general director, on Monday.",
            {("John Miller", "general director", "")},
        ),
        (
            "General Director John Miller opened the fair.",
            {("John Miller", "General Director", "")},
        ),
        # negative: a military general before a name is no director
        (
            "General John Miller opened the fair.",
            set(),
        ),
    ],
)
def test_general_director(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "of the <region word> country / nation" after an office points to the country
        # named before it: that country is the office's organisation, no field "of the Pacific"
        (
            "The forum in Lima was opened by Peru Prime Minister Peter Brown, who also holds the "
            "office of the trade minister of the Andean nation.",
            {("Peter Brown", "Prime Minister", "Peru"), ("Peter Brown", "trade minister", "Peru")},
        ),
        (
            "Kenya sent John Miller, the foreign minister of the East African nation, to the summit.",
            {("John Miller", "foreign minister", "Kenya")},
        ),
        # negative: no region word, no pointer ("the host country")
        (
            "Kenya sent John Miller, the foreign minister of the host country, to the summit.",
            {("John Miller", "foreign minister", "")},
        ),
    ],
)
def test_country_pointer_after_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, name, not_org",
    [
        # negative: a capitalised "Kingdom" or "Nation" is a name's own word ("the Hashemite
        # Kingdom", "the Navajo Nation"), no pointer to the country named before it
        ("Spain's envoy met Omar Said, Minister of Trade of the Hashemite Kingdom, in Madrid.", "Omar Said", "Spain"),
        (
            "The Canadian Minister of Fisheries, Laura Benton, met on Tuesday with Mark Tsosie, President "
            "of the Haida Nation, and Ruth Deschene, Chief of the Mohawk Nation, to discuss water rights.",
            "Ruth Deschene",
            "Canada",
        ),
    ],
)
def test_country_pointer_not_a_capitalised_name(nlp, text, name, not_org):
    assert all(org != not_org for who, _, org in role_triples(nlp, text) if who == name)


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a lower-case office whose field and body are in lower case too, as translated
        # texts write them: the field after "of" (commas, "and") stays in the title, the body
        # (a country's adjective, a government noun, its own field) is the organisation
        (
            "John Miller, general director of trade, investment and industry of the Kenyan ministry "
            "of economy, opened the fair.",
            {
                (
                    "John Miller",
                    "general director of trade, investment and industry",
                    "Kenyan ministry of economy",
                )
            },
        ),
        # negative: a body written with capitals is read by the lists, as before
        (
            "John Miller, general director of the Kenyan Ministry of Foreign Affairs, spoke.",
            {("John Miller", "general director", "Kenyan Ministry of Foreign Affairs")},
        ),
        # negative: a lower-case minister's field alone, read as before
        (
            "John Miller, minister of health and social welfare, spoke.",
            {("John Miller", "minister of health and social welfare", "")},
        ),
    ],
)
def test_lower_case_field_and_body(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a speech made in an office ("in her first address as the Chair of …"): the
        # possessive pronoun's name before it holds the office, an apposition between
        (
            "The call was first voiced by His Excellency John Miller, President of the Republic of "
            "Ghana, in his closing statement as the ECOWAS Chairman in March 2021, before the vote.",
            {("John Miller", "President", "Ghana"), ("John Miller", "Chairman", "ECOWAS")},
        ),
        (
            "The plan was set out by Maria Garcia in her inaugural address as President of the Assembly.",
            {("Maria Garcia", "President", "Assembly")},
        ),
        # negative: a relative clause between leaves the pronoun's name open
        (
            "John Miller praised Peter Brown, who gave his first speech as Chair of the Board.",
            set(),
        ),
    ],
)
def test_speech_made_in_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an organisation's span before an office that opens with the article: the
        # body's name is without it
        (
            "The UN Resident Coordinator for Kenya, Mr. John Miller, called on the Minister.",
            {("John Miller", "Resident Coordinator", "UN")},
        ),
        # negative: a country's own article stays out as before ("The Gambia")
        (
            "The Gambia Foreign Minister John Miller spoke.",
            {("John Miller", "Foreign Minister", "Gambia")},
        ),
    ],
)
def test_article_before_prefix_body(nlp, text, expected):
    assert role_triples(nlp, text) == expected
