"""Round-6 title classes: plural offices before lists (bracketed bodies, a subject clause before
a list verb) and offices given by "as" after appointment and resignation words."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 7: a plural office before "Name (Country)" items, one of them a body in brackets:
        # each item holds the singular office with what its brackets name
        (
            "The other envoys received were Ambassadors Marta Lucia Ferrante Oyarzun (Chile), "
            "Tomas Rekvik (Norway), Bruno Castellane (European Union) and Peter Quispe (Peru).",
            {
                ("Marta Lucia Ferrante Oyarzun", "Ambassador", "Chile"),
                ("Tomas Rekvik", "Ambassador", "Norway"),
                ("Bruno Castellane", "Ambassador", "European Union"),
                ("Peter Quispe", "Ambassador", "Peru"),
            },
        ),
        # every item with a country in brackets still works as before
        (
            "Ambassadors Marta Ferrante (Chile), Tomas Rekvik (Norway) and Peter Quispe (Peru) were received.",
            {
                ("Marta Ferrante", "Ambassador", "Chile"),
                ("Tomas Rekvik", "Ambassador", "Norway"),
                ("Peter Quispe", "Ambassador", "Peru"),
            },
        ),
    ],
)
def test_titles_plural_office_before_bracketed_bodies(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 7: the plural office as a sentence's subject, a short clause, then a list verb;
        # the list ends at the item with another office
        (
            "The MPs travelling with Carlos Pena to Lisbon next week will comprise Harold Benn, "
            "Sunita Rao, Dr Peter Okafor, and Senate Clerk Lisa Marr.",
            # the Clerk holds an office of her own (round 8: "Clerk" is an office), never "MP"
            {
                ("Harold Benn", "MP", ""),
                ("Sunita Rao", "MP", ""),
                ("Peter Okafor", "MP", ""),
                ("Lisa Marr", "Clerk", "Senate"),
            },
        ),
        # negative: the verb after the clause is no list verb, the names after it hold nothing
        ("The ministers who met Carlos Pena were pleased with Harold Benn and Sunita Rao.", set()),
    ],
)
def test_titles_plural_subject_before_list_verb(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 9: "appoint X, <apposition>, as the new <office> of <body>"
        (
            "The council agreed to appoint Clara Novak, a seasoned lawyer from Austria, as incoming "
            "Executive Director of the Danube Commission for two years.",
            {("Clara Novak", "Executive Director", "Danube Commission")},
        ),
        # class 9: a present-tense appointment verb right before the name
        (
            "The board appoints Helmut Brandt as Chairman of the Rhine Shipping Authority.",
            {("Helmut Brandt", "Chairman", "Rhine Shipping Authority")},
        ),
        # class 9: "X's resignation as <office>", "X ... his resignation as <office>"
        (
            "The paper reported Helmut Brandt's resignation as Governor of the Central Bank of Ruritania.",
            {("Helmut Brandt", "Governor", "Central Bank of Ruritania")},
        ),
        (
            "Helmut Brandt on Friday handed in his resignation as Minister of Finance amid a tax scandal.",
            {("Helmut Brandt", "Minister of Finance", "")},
        ),
        # negative: "as" after an apposition with no appointment verb gives no office
        ("The minister praised Helmut Brandt, a diplomat, as a skilled negotiator.", set()),
        ("Helmut Brandt, a former aide, spoke as the talks opened.", set()),
    ],
)
def test_titles_appointment_and_resignation_as_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 3: a country's possessive before the first of two offices of one kind, each with
        # its own name, is the second's too
        (
            "Kenya's Minister of Trade, Kofi Mensah-Boateng and Minister of Health, Dr Ama Owusu, attended the summit.",
            {
                ("Kofi Mensah-Boateng", "Minister of Trade", "Kenya"),
                ("Ama Owusu", "Minister of Health", "Kenya"),
            },
        ),
        # negative: an adjective stays inside its own noun phrase
        (
            "The Kenyan Minister of Trade, Kofi Mensah and Minister of Health, Ama Owusu attended the summit.",
            {("Kofi Mensah", "Minister of Trade", "Kenya"), ("Ama Owusu", "Minister of Health", "")},
        ),
        # negative: an office of another kind takes nothing
        (
            "Kenya's Minister of Trade, Kofi Mensah and Ambassador Ama Owusu attended the summit.",
            {("Kofi Mensah", "Minister of Trade", "Kenya"), ("Ama Owusu", "Ambassador", "")},
        ),
    ],
)
def test_titles_possessive_country_spreads_over_coordinated_offices(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 3: a country written with "St." after formal words keeps its whole name
        (
            "The Finance Minister of the State of St. Lucia, Dr Omar Pierre, spoke first.",
            {("Omar Pierre", "Finance Minister", "St. Lucia")},
        ),
        (
            "The Finance Minister of the Republic of Ghana, Dr Omar Pierre, spoke first.",
            {("Omar Pierre", "Finance Minister", "Ghana")},
        ),
    ],
)
def test_titles_saint_country_after_formal_words_whole(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 8: "of the Ministry of <field>": the ministry is the organisation, whole
        (
            "At the briefing, Spokesperson of the Ministry of Education Lina Varga said the talks went well.",
            {("Lina Varga", "Spokesperson", "Ministry of Education")},
        ),
        (
            "Director of the Department of Water Affairs Tom Okello opened the meeting.",
            {("Tom Okello", "Director", "Department of Water Affairs")},
        ),
        # negative: a minister's own field stays in the title
        (
            "Minister of Foreign Affairs of Kenya Tom Okello opened the meeting.",
            {("Tom Okello", "Minister of Foreign Affairs", "Kenya")},
        ),
    ],
)
def test_titles_lone_body_noun_keeps_its_field(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 8: "party secretary of <city>": the office Party Secretary, the city its organisation
        (
            "The delegation met the party secretary of Da Nang City, Le Van Tam, on Monday.",
            {("Le Van Tam", "party secretary", "Da Nang City")},
        ),
        # a city whose first words are no known place: its head word "City" makes it one
        (
            "The delegation met the party secretary of Ho Van Minh City, Le Van Tam, on Monday.",
            {("Le Van Tam", "party secretary", "Ho Van Minh City")},
        ),
        # negative: a plain secretary of a body keeps that body
        (
            "The delegation met the secretary of the Port Authority, Le Van Tam, on Monday.",
            {("Le Van Tam", "secretary", "Port Authority")},
        ),
    ],
)
def test_titles_party_secretary_of_a_city(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 8 / 7: an office before "and other …" is a list item of its own, not the
        # apposition of the name before it; post-nominal "MP" before it stays the name's
        (
            "The Speaker visited Lisbon with Mrs Ana Silva MP, Mr Rui Costa MP, the Secretary General "
            "of their Assembly and other staff members.",
            {("Ana Silva", "MP", ""), ("Rui Costa", "MP", "")},
        ),
        ("Also present were Mr Daniel Okoye, the Secretary General of the Senate and other officials.", set()),
        # negative: without "other" the apposition is the name's
        (
            "Also present was Mr Daniel Okoye, the Secretary General of the Senate, and his deputy.",
            {("Daniel Okoye", "Secretary General", "Senate")},
        ),
    ],
)
def test_titles_office_before_and_others_is_no_apposition(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 8: one office in two wordings for one person, no organisation: one row, long form
        (
            "The Minister of Foreign Affairs, Elena Brandt, joined the president. "
            "Later Foreign Affairs Minister Elena Brandt left.",
            {("Elena Brandt", "Minister of Foreign Affairs", "")},
        ),
        # negative: two different offices of one person both stay
        (
            "The Minister of Trade, Elena Brandt, joined the president. Later Deputy Prime Minister Elena Brandt left.",
            {("Elena Brandt", "Minister of Trade", ""), ("Elena Brandt", "Deputy Prime Minister", "")},
        ),
    ],
)
def test_titles_one_office_in_two_wordings_is_one_role(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 3: a country's adjective opening a line binds only inside its own noun phrase,
        # never over the other offices on the line as a label would
        (
            "Chilean President Ana Soto on Monday opened the summit of the Andean Forum in Santiago "
            "by welcoming Peru's return after a pause under former President Luis Vargas.",
            {("Ana Soto", "President", "Chile"), ("Luis Vargas", "President", "")},
        ),
        ("Korean President writes to King Harald", {("Harald", "King", "")}),
        # negative: a country's name as a label still heads its line
        (
            "Kenya: H.E. President Ana Soto, Hon. Minister Luis Vargas",
            {("Ana Soto", "President", "Kenya"), ("Luis Vargas", "Minister", "Kenya")},
        ),
        ("Chile H.E. President Ana Soto", {("Ana Soto", "President", "Chile")}),
    ],
)
def test_titles_country_adjective_is_no_line_label(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 9: "X who is also the <office>": a relative clause right after the name, no comma
        (
            "On Friday Dr Alvin Prosper who is currently the Chair of the Tourism Board opens the fair.",
            {("Alvin Prosper", "Chair", "Tourism Board")},
        ),
        (
            "On Friday Dr Alvin Prosper, who is currently the Chair of the Tourism Board, opens the fair.",
            {("Alvin Prosper", "Chair", "Tourism Board")},
        ),
        # negative: a relative clause of something else gives the later name nothing
        ("The company that is also the sponsor of the fair met Alvin Prosper.", set()),
    ],
)
def test_titles_relative_clause_without_comma(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 8: "FM X": the abbreviation next to a name is the office Foreign Minister
        ("Omani FM Karl Ostrander arrived on Sunday.", {("Karl Ostrander", "Foreign Minister", "Oman")}),
        (
            "Deputy Prime Minister and FM Sheikh Karl Ostrander opened the session.",
            {("Karl Ostrander", "Deputy Prime Minister", ""), ("Karl Ostrander", "Foreign Minister", "")},
        ),
        # negative: a radio band or a station's name is no office
        ("The station broadcasts on 98.5 FM every morning, Karl Ostrander said.", set()),
        ("Listeners of Coast FM heard Karl Ostrander speak.", set()),
    ],
)
def test_titles_fm_abbreviation_next_to_a_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class 3: rank words before a country's adjective belong to the office after it
        (
            "First Deputy Kenyan Prime Minister Paul Otieno said the plan was ready.",
            {("Paul Otieno", "First Deputy Prime Minister", "Kenya")},
        ),
        (
            "Deputy Kenyan Foreign Minister Paul Otieno said the plan was ready.",
            {("Paul Otieno", "Deputy Foreign Minister", "Kenya")},
        ),
        # negative: other capitalised words before the adjective stay outside
        (
            "On Monday Kenyan Prime Minister Paul Otieno said the plan was ready.",
            {("Paul Otieno", "Prime Minister", "Kenya")},
        ),
    ],
)
def test_titles_rank_words_before_country_adjective(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review 4, finding 7: a possessive pronoun before an appointment noun refers to the
        # clause's subject; a relative clause or another noun between points elsewhere
        (
            "Governor Lena Korhonen handed in her resignation as Chair of the Baltic Ports Council on Monday.",
            {("Lena Korhonen", "Governor", ""), ("Lena Korhonen", "Chair", "Baltic Ports Council")},
        ),
        # negative: the pronoun belongs to an unnamed office-holder in a "who" clause
        (
            "Mayor Lena Korhonen welcomed the decision of the trade commissioner, who confirmed his "
            "retirement as Director of Customs in March.",
            {("Lena Korhonen", "Mayor", "")},
        ),
        # negative: an office noun between the name and the pronoun is its nearer antecedent
        (
            "Lena Korhonen praised the outgoing treasurer for her retirement as Head of the Audit Office.",
            set(),
        ),
    ],
)
def test_titles_pronoun_appointment_noun_needs_the_subject(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review 4, finding 8: "FM" beside a name is Foreign Minister only when no capitalised
        # name is glued before it; a field, rank or country adjective may stand there
        ("Omani FM Karl Ostrander arrived on Sunday.", {("Karl Ostrander", "Foreign Minister", "Oman")}),
        # negative: a radio station's name ends in FM right before the speaker's name
        ("Talking to Sunrise FM Pedro Almeida said the border would reopen soon.", set()),
        ("In remarks aired on Radio Horizonte FM Pedro Almeida, a trade expert, urged calm.", set()),
    ],
)
def test_titles_fm_after_a_station_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review 4, finding 9: the country's possessive spreads only to a second office with a
        # field of its own, different from the first
        (
            "Ghana's Minister of Energy, Kojo Ampofo-Darko and Minister of Roads, Efua Mensah, toured the plant.",
            {("Kojo Ampofo-Darko", "Minister of Energy", "Ghana"), ("Efua Mensah", "Minister of Roads", "Ghana")},
        ),
        # negative: a bare "Minister Y" after "A's Minister of X, Z and" is the host, not A's
        (
            "Ghana's Minister of Energy, Kojo Ampofo-Darko and Minister Lars Nygaard opened the plant in Oslo.",
            {("Kojo Ampofo-Darko", "Minister of Energy", "Ghana"), ("Lars Nygaard", "Minister", "")},
        ),
    ],
)
def test_titles_possessive_spreads_needs_a_field(nlp, text, expected):
    assert role_triples(nlp, text) == expected
