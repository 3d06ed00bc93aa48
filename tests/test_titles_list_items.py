"""Title classes of lists of office holders and of long offices (review of unseen text): each
office goes with its own name, never one slot late; a long office is kept whole. Every class has
rows that must keep their old reading."""

from __future__ import annotations

import pytest

from tests.readers import role_triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "A, Office of B, and the Office of C, D": the "and" opens the list's next item,
        # so the first office's complement stops at its comma and the second office is D's
        (
            "Statements were made by Lena Kovac, Minister of Foreign Affairs of Slovenia, and the "
            "Minister of Defence of Croatia, Marko Horvat.",
            {
                ("Lena Kovac", "Minister of Foreign Affairs", "Slovenia"),
                ("Marko Horvat", "Minister of Defence", "Croatia"),
            },
        ),
        # negative: an office with no field of its own keeps its reading (as before)
        (
            "The accord was signed by Tomas Varga, Chairman of the Board, and the Director of the "
            "Agency, Miriam Schulz.",
            {("Tomas Varga", "Chairman", "Board"), ("Miriam Schulz", "Director", "Agency")},
        ),
        # negative: fields listed with a serial comma stay the office's field
        (
            "Lena Kovac, Minister for Trade, Industry, and Tourism, opened the fair.",
            {("Lena Kovac", "Minister for Trade, Industry, and Tourism", "")},
        ),
        # negative: a second office of the same person after "and", with no name after it
        (
            "Lena Kovac, Minister of Foreign Affairs of Slovenia, and Chair of the Council, spoke first.",
            {
                ("Lena Kovac", "Minister of Foreign Affairs", "Slovenia"),
                ("Lena Kovac", "Chair", "Council"),
            },
        ),
    ],
)
def test_titles_and_opens_the_next_item_after_a_complement(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "Office A, and the Office of B, C": an office after "and" that a comma puts
        # before a later name is that name's, never the apposition of the name before the "and"
        (
            "Remarks were delivered by Foreign Minister Olga Berzina, Defence Minister Janis Ozols, "
            "and the Minister of Justice, Ilze Kalnina.",
            {
                ("Olga Berzina", "Foreign Minister", ""),
                ("Janis Ozols", "Defence Minister", ""),
                ("Ilze Kalnina", "Minister of Justice", ""),
            },
        ),
        (
            "The delegation included Deputy Minister Olga Berzina, and the Ambassador of Estonia, Janis Ozols.",
            {("Olga Berzina", "Deputy Minister", ""), ("Janis Ozols", "Ambassador", "Estonia")},
        ),
        # negative: an office right after the name's comma, no "and", stays its apposition
        (
            "Foreign Minister Olga Berzina, Chair of the Council, opened the session.",
            {("Olga Berzina", "Foreign Minister", ""), ("Olga Berzina", "Chair", "Council")},
        ),
        # negative: offices joined by "and" in apposition, no name after them
        (
            "We welcomed Janis Ozols, Ambassador of Estonia, and Dean of the Diplomatic Corps, who spoke first.",
            {("Janis Ozols", "Ambassador", "Estonia"), ("Janis Ozols", "Dean", "Diplomatic Corps")},
        ),
    ],
)
def test_titles_office_after_and_goes_to_the_later_name(nlp, text, expected):
    # "Dean of the Diplomatic Corps" and "Dean" + "Diplomatic Corps" are one role (GOLD_FORMAT)
    got = {
        (n, t.split(" of the ")[0], o or t.split(" of the ", 1)[1]) if " of the " in t and not o else (n, t, o)
        for n, t, o in role_triples(nlp, text)
    }
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a UN office naming the office it serves, then its remit: one office kept whole
        (
            "The Special Representative of the Secretary-General for Children and Armed Conflict, "
            "Leila Haddad, visited the camp.",
            {("Leila Haddad", "Special Representative of the Secretary-General for Children and Armed Conflict", "")},
        ),
        (
            "Leila Haddad, Special Envoy of the Secretary-General on Climate Change, spoke.",
            {("Leila Haddad", "Special Envoy of the Secretary-General on Climate Change", "")},
        ),
        (
            "Leila Haddad, Special Representative of the UN Secretary-General for Migration, spoke.",
            {("Leila Haddad", "Special Representative of the UN Secretary-General for Migration", "UN")},
        ),
        # negative: the served office with no remit after it keeps its reading
        (
            "The Special Envoy of the President of Ghana, Leila Haddad, spoke.",
            {("Leila Haddad", "Special Envoy", "Ghana")},
        ),
        # negative: an office not held towards another, before "to the", is merged with nothing
        (
            "A letter from the Minister to the President, Leila Haddad, arrived.",
            {("Leila Haddad", "President", "")},
        ),
    ],
)
def test_titles_office_serving_an_office_kept_whole(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: the served office in the possessive ("the Secretary-General's Special Envoy") is
        # no one's office here; the holder's title is the office after it
        (
            "Leila Haddad, the Secretary-General's Special Envoy for the Horn of Africa, spoke.",
            {("Leila Haddad", "Special Envoy for the Horn of Africa", "")},
        ),
        # negative: the title-first order keeps its reading
        (
            "The Minister's Chief of Staff, Leila Haddad, attended the talks.",
            {("Leila Haddad", "Chief of Staff", "")},
        ),
        # negative: a country's possessive keeps naming the office's country
        ("Ghana's President Kofi Mensah attended.", {("Kofi Mensah", "President", "Ghana")}),
        # negative: a named holder of the served office keeps it
        (
            "President Kofi Mensah's Special Adviser Leila Haddad attended.",
            {("Kofi Mensah", "President", ""), ("Leila Haddad", "Special Adviser", "")},
        ),
    ],
)
def test_titles_possessive_office_is_not_the_holders(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an agency named after its head ("United Nations High Commissioner for
        # Refugees"): the office is the title with its remit, the part before it the organisation
        (
            "United Nations High Commissioner for Refugees Tomas Lind visited the camp.",
            {("Tomas Lind", "High Commissioner for Refugees", "United Nations")},
        ),
        (
            "Tomas Lind, UN High Commissioner for Refugees, visited the camp.",
            {("Tomas Lind", "High Commissioner for Refugees", "UN")},
        ),
        # negative: a body named after "of" stays the office's organisation
        (
            "Tomas Lind, Executive Secretary of the Economic Commission for Africa, spoke.",
            {("Tomas Lind", "Executive Secretary", "Economic Commission for Africa")},
        ),
    ],
)
def test_titles_office_inside_an_agency_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a remit after "on" written as a name ("High Commissioner on National Minorities")
        (
            "Tomas Lind, the OSCE High Commissioner on National Minorities, visited Riga.",
            {("Tomas Lind", "High Commissioner on National Minorities", "OSCE")},
        ),
        # negative: "on" and a day is no remit
        ("The Ambassador on Monday met Tomas Lind.", set()),
        # class: the office after "and" in a UN head's double title is the second office
        (
            "Tomas Lind, Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, spoke.",
            {
                ("Tomas Lind", "Under-Secretary-General for Humanitarian Affairs", ""),
                ("Tomas Lind", "Emergency Relief Coordinator", ""),
            },
        ),
        # negative: a field joined by "and" stays the minister's field
        (
            "Tomas Lind, Minister of Humanitarian Affairs and Disaster Management, spoke.",
            {("Tomas Lind", "Minister of Humanitarian Affairs and Disaster Management", "")},
        ),
    ],
)
def test_titles_un_remits_kept_whole(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a party's leader ("leader of the Labour Party", "Green Party leader X"): the
        # office "leader", the party its organisation
        ("The leader of the Labour Party Helen Carter spoke.", {("Helen Carter", "leader", "Labour Party")}),
        ("Helen Carter, leader of the Labour Party, spoke.", {("Helen Carter", "leader", "Labour Party")}),
        ("Green Party leader Helen Carter spoke.", {("Helen Carter", "leader", "Green Party")}),
        # negative: "leader" with no party's name next to it is no office
        ("World leaders including Helen Carter attended.", set()),
        ("Helen Carter, a leader in the field of renewable energy, spoke.", set()),
        ("Religious leader Helen Carter spoke.", set()),
    ],
)
def test_titles_party_leader(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a plural office over a list of countries, then as many names: paired in order
        (
            "The summit was attended by the Presidents of Kazakhstan, Kyrgyzstan and Tajikistan, "
            "Kassym Tokayev, Sadyr Japarov and Emomali Rahmon.",
            {
                ("Kassym Tokayev", "President", "Kazakhstan"),
                ("Sadyr Japarov", "President", "Kyrgyzstan"),
                ("Emomali Rahmon", "President", "Tajikistan"),
            },
        ),
        (
            "The Foreign Ministers of Latvia, Estonia and Lithuania, Olga Berzina, Jaan Tamm and "
            "Rimas Petraitis, signed the declaration.",
            {
                ("Olga Berzina", "Foreign Minister", "Latvia"),
                ("Jaan Tamm", "Foreign Minister", "Estonia"),
                ("Rimas Petraitis", "Foreign Minister", "Lithuania"),
            },
        ),
        # negative: two countries and two names keep their pairing
        (
            "The summit was attended by the Presidents of Kazakhstan and Kyrgyzstan, Kassym Tokayev and Sadyr Japarov.",
            {("Kassym Tokayev", "President", "Kazakhstan"), ("Sadyr Japarov", "President", "Kyrgyzstan")},
        ),
    ],
)
def test_titles_plural_office_over_a_country_list(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: each leader's country in brackets after the name is that name's office's
        (
            "The summit was attended by President Kofi Mensah (Ghana), Prime Minister Lars Dahl "
            "(Denmark) and Chancellor Greta Vogel (Germany).",
            {
                ("Kofi Mensah", "President", "Ghana"),
                ("Lars Dahl", "Prime Minister", "Denmark"),
                ("Greta Vogel", "Chancellor", "Germany"),
            },
        ),
        # negative: a body in brackets (an affiliation) is left alone
        ("The panel included Director Jane Moss (UNDP).", {("Jane Moss", "Director", "")}),
    ],
)
def test_titles_country_in_brackets_after_the_name(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "adviser to President X": the inner office is X's, written right before X's
        # name; the adviser's title is the office alone (never "Special Adviser to President")
        (
            "Erik Dahl, Special Adviser to President Maria Costa, attended.",
            {("Erik Dahl", "Special Adviser", ""), ("Maria Costa", "President", "")},
        ),
        (
            "Erik Dahl, Chief of Staff to Prime Minister Maria Costa, attended.",
            {("Erik Dahl", "Chief of Staff", ""), ("Maria Costa", "Prime Minister", "")},
        ),
        # negative: a minister's rank after "of" stays the title's
        ("The Minister of State Maria Costa attended.", {("Maria Costa", "Minister of State", "")}),
    ],
)
def test_titles_adviser_to_a_named_office_holder(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a nationality in brackets after the holder of an international body's office is
        # no organisation of that office (negatives: null organisation)
        (
            "The Secretary-General has appointed Special Envoy Rosa Kamau (Kenya) to lead the talks.",
            {("Rosa Kamau", "Special Envoy", "")},
        ),
        (
            "The opening was chaired by Deputy Secretary-General Ibrahim Sow (Senegal).",
            {("Ibrahim Sow", "Deputy Secretary-General", "")},
        ),
        (
            "The committee elected Chairperson Ingrid Lund (Sweden) and Vice-Chair Karim Nasser (Jordan).",
            {("Ingrid Lund", "Chairperson", ""), ("Karim Nasser", "Vice-Chair", "")},
        ),
        (
            "The report was presented by Executive Director Helen Okoth (Uganda).",
            {("Helen Okoth", "Executive Director", "")},
        ),
        (
            "High Commissioner Pablo Reyes (Chile) addressed the Council.",
            {("Pablo Reyes", "High Commissioner", "")},
        ),
        (
            "The session was opened by Special Rapporteur Anna Berg (Finland).",
            {("Anna Berg", "Special Rapporteur", "")},
        ),
        # positives: a country's own office takes the country in brackets
        (
            "The talks brought together Foreign Minister Lucia Ferrer (Spain), Minister Tomas Novak "
            "(Czechia) and Chancellor Greta Wolf (Austria).",
            {
                ("Lucia Ferrer", "Foreign Minister", "Spain"),
                ("Tomas Novak", "Minister", "Czechia"),
                ("Greta Wolf", "Chancellor", "Austria"),
            },
        ),
        ("Ambassador Paula Matos (Brazil) signed the agreement.", {("Paula Matos", "Ambassador", "Brazil")}),
    ],
)
def test_titles_nationality_in_brackets_is_no_organisation_of_an_international_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an observance day after "on" is no remit of the office: the bare office
        (
            "Message from the High Representative on World Refugee Day, Karl Weber, on the plight of the displaced.",
            {("Karl Weber", "High Representative", "")},
        ),
        ("The Ambassador on National Day, Paul Otieno, thanked the guests.", {("Paul Otieno", "Ambassador", "")}),
        (
            "A statement by the Commissioner on International Migrants Day, Sara Lind, was read out.",
            {("Sara Lind", "Commissioner", "")},
        ),
        (
            "Remarks of the Director-General on World Health Day, Omar Said, were published.",
            {("Omar Said", "Director-General", "")},
        ),
        (
            "The Commissioner on European Mobility Week, Hanna Virta, spoke.",
            {("Hanna Virta", "Commissioner", "")},
        ),
        # positives: a remit written as a name stays the office's field
        (
            "The Special Envoy on Climate Change, Lena Brandt, opened the dialogue.",
            {("Lena Brandt", "Special Envoy on Climate Change", "")},
        ),
        (
            "The Special Rapporteur on Indigenous Peoples, Carlos Mamani, presented the report.",
            {("Carlos Mamani", "Special Rapporteur on Indigenous Peoples", "")},
        ),
        (
            "The Adviser on Trade and Industry, Grace Achieng, attended.",
            {("Grace Achieng", "Adviser on Trade and Industry", "")},
        ),
    ],
)
def test_titles_an_observance_day_after_on_is_no_remit(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "of State" after an office is its rank, even when an office word that is also a
        # given name (Sultan) opens the holder's name: no inner office, no break at "of"
        (
            "Minister of State Sultan bin Khalid Al Hajri received the visiting delegation.",
            {("Sultan bin Khalid Al Hajri", "Minister of State", "")},
        ),
        (
            "The delegation was received by Minister of State Sultan bin Hamad Al Kuwari.",
            {("Sultan bin Hamad Al Kuwari", "Minister of State", "")},
        ),
        # positives: the rank with its field, and an inner office after "to" still breaks
        (
            "Minister of State for Foreign Affairs Sultan bin Rashid Al Suwaidi opened the forum.",
            {("Sultan bin Rashid Al Suwaidi", "Minister of State for Foreign Affairs", "")},
        ),
        ("The Adviser to President Kofi Mensah spoke.", {("Kofi Mensah", "President", "")}),
    ],
)
def test_titles_rank_of_state_before_a_given_name_office(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: "leader" next to a name ending in a party noun that names a sports league, a
        # meeting or a global network is no party's leader (negatives: no row)
        ("The Premier League leader Sam Pike spoke to reporters.", set()),
        ("The Champions League leader Dario Conti thanked the fans.", set()),
        ("The Global Alliance leader Nora Fitz addressed the board.", set()),
        ("The project leader of the World Water Congress, Ruth Banda, opened the session.", set()),
        # positives: a party's name before or after "leader", a rank word before it
        (
            "The leader of the National Democratic Congress, Samuel Addo, addressed the rally.",
            {("Samuel Addo", "leader", "National Democratic Congress")},
        ),
        ("Green Party leader Hanna Stroud welcomed the result.", {("Hanna Stroud", "leader", "Green Party")}),
        (
            "The deputy leader of the Reform Party, Ana Silva, resigned.",
            {("Ana Silva", "deputy leader", "Reform Party")},
        ),
        (
            "Women's League leader Grace Tembo addressed the delegates.",
            {("Grace Tembo", "leader", "Women's League")},
        ),
    ],
)
def test_titles_party_leader_only_of_a_party(nlp, text, expected):
    assert role_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # class: a lower-case noun compounded before "leader" makes another office ("team
        # leader", "project leader"): never the bare party "leader" of the body after it
        "The team leader of the Youth Alliance, Kelvin Mumba, presented the findings.",
        "The group leader of the Freedom Front, Amos Phiri, was thanked.",
    ],
)
def test_titles_a_compound_leader_is_no_party_leader(nlp, text):
    assert not any(title == "leader" for _, title, _ in role_triples(nlp, text))
