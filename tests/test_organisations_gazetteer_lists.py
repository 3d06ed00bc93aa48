"""Class: real general lists in the organisations gazetteer (models/gazetteers/organisations.jsonl),
one parametrised row or more per kind of body the lists cover: international sport federations,
the Red Cross and Red Crescent national societies, UN functional commissions, forums and peace
operations, informal groupings of states, organs and field operations of regional organisations,
development banks and funds, the Bretton Woods ministerial committees, national development-
cooperation agencies, international NGOs and professional federations, major political parties,
religious bodies, international trade unions, specialised intergovernmental bodies, central banks
known by a name of their own, national news agencies, national chambers by their own names, think
tanks and academies that host diplomats, and names in American spelling. A body is recognised by
its name or its acronym, an acronym is expanded to the gazetteer's name, and an ordinary word or a
name written like an acronym is left alone. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.readers import organisation_acronyms, organisation_name_set, organisations_by_name


@pytest.mark.parametrize(
    "text, name",
    [
        # sport
        (
            "Airports Council International opened its regional assembly in Muscat on Monday.",
            "Airports Council International",
        ),
        (
            "Panam Sports approved the calendar of the regional games on Friday.",
            "Panam Sports",
        ),
        # Red Cross and Red Crescent national societies
        (
            "The head of the Kazakh Red Crescent met the Minister of Emergency Situations in Astana.",
            "Kazakh Red Crescent",
        ),
        (
            "Volunteers of the Mongolian Red Cross Society delivered fodder to herders in Dornod.",
            "Mongolian Red Cross Society",
        ),
        # UN functional commissions, forums, treaty bodies
        (
            "The Permanent Forum on Indigenous Issues opened its annual session in New York on Monday.",
            "Permanent Forum on Indigenous Issues",
        ),
        (
            "The Commission on the Status of Women closed its session in New York on Friday.",
            "Commission on the Status of Women",
        ),
        # informal groupings of states
        ("The MIKTA foreign ministers met on the margins of the ministerial week in Seoul.", "MIKTA"),
        # organs and field operations of regional organisations
        (
            "The Baltic Sea Parliamentary Conference gathered legislators in Tallinn on Monday.",
            "Baltic Sea Parliamentary Conference",
        ),
        (
            "The OSCE Project Coordinator in Uzbekistan trained judges in Samarkand last week.",
            "OSCE Project Coordinator in Uzbekistan",
        ),
        # a name in American spelling (Defense, Program, Center, Labor) is the same body
        (
            "Officials of the SADC Organ on Politics, Defense and Security Cooperation met in Lilongwe.",
            "SADC Organ on Politics, Defense and Security Cooperation",
        ),
        # political parties by their distinctive names
        ("Frelimo and Renamo deputies met the envoy in Beira on Tuesday.", "Renamo"),
        # religious bodies
        ("A delegation of Religions for Peace visited Juba on Tuesday.", "Religions for Peace"),
        # specialised intergovernmental bodies
        (
            "The Central Commission for the Navigation of the Rhine adopted new crew rules.",
            "Central Commission for the Navigation of the Rhine",
        ),
        # employers' and business bodies
        ("Business at OECD urged ministers to cut red tape.", "Business at OECD"),
        # central banks known by a name of their own
        ("Sveriges Riksbank published its financial stability report.", "Sveriges Riksbank"),
        # national news agencies credited in a text
        ("Ministers signed the accord in Lomé, Agence Togolaise de Presse reported.", "Agence Togolaise de Presse"),
        # think tanks that host diplomats
        ("The Valdai Discussion Club held its annual meeting in Sochi.", "Valdai Discussion Club"),
        # a national chamber by its own name
        ("Deputies of the Narodno Sabranie approved the budget on Thursday.", "Narodno Sabranie"),
        ("The Országgyűlés approved the constitutional amendment.", "Országgyűlés"),
        # NGOs and professional federations
        (
            "Islamic Relief and Christian Aid opened a joint warehouse near the border crossing.",
            "Christian Aid",
        ),
    ],
)
def test_a_listed_body_is_recognised_by_its_name(nlp, text, name):
    assert name in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, acronym, name",
    [
        (
            "Inspectors of WADA met the national anti-doping agency in Lima on Tuesday.",
            "WADA",
            "World Anti-Doping Agency",
        ),
        (
            "UNMISS peacekeepers escorted the aid convoy near Malakal on Monday.",
            "UNMISS",
            "United Nations Mission in South Sudan",
        ),
        (
            "KOICA signed a grant agreement with the Ministry of Health of Laos on Friday.",
            "KOICA",
            "Korea International Cooperation Agency",
        ),
        (
            "The BSTDB approved a loan for a port upgrade in Constanta.",
            "BSTDB",
            "Black Sea Trade and Development Bank",
        ),
        (
            "ZANU-PF officials welcomed the visiting delegation in Bulawayo.",
            "ZANU-PF",
            "Zimbabwe African National Union – Patriotic Front",
        ),
        ("The KMT vice chairman led a delegation to Fuzhou on Friday.", "KMT", "Kuomintang"),
        # an acronym two bodies share stays with the body the gazetteer gives it (the news agency)
        ("Ministers met in Delhi on Monday, PTI reported.", "PTI", "Press Trust of India"),
        (
            "The IMFC met in Washington during the spring meetings.",
            "IMFC",
            "International Monetary and Financial Committee",
        ),
        ("The WCC general secretary visited the churches of Kerala in March.", "WCC", "World Council of Churches"),
        (
            "The ETUC called for a stronger social dialogue at the summit in Porto.",
            "ETUC",
            "European Trade Union Confederation",
        ),
        (
            "CCAMLR members agreed new catch limits for krill in Hobart.",
            "CCAMLR",
            "Commission for the Conservation of Antarctic Marine Living Resources",
        ),
        ("The RBNZ raised the official cash rate on Wednesday.", "RBNZ", "Reserve Bank of New Zealand"),
        ("PISM analysts briefed the visiting delegation.", "PISM", "Polish Institute of International Affairs"),
        (
            "IATA warned that airport charges in the region were rising.",
            "IATA",
            "International Air Transport Association",
        ),
    ],
)
def test_a_listed_acronym_is_expanded_to_the_gazetteer_name(nlp, text, acronym, name):
    rows = organisations_by_name(nlp, text)
    assert name in rows
    assert rows[name]["acronym"] == acronym


@pytest.mark.parametrize(
    "text, absent_name, absent_acronym",
    [
        # an acronym that is also a given name, in a headline written in capitals
        ("OLAF SCHOLZ ARRIVES IN WARSAW FOR TALKS", "European Anti-Fraud Office", "OLAF"),
        # a common word spelling a capitals-only acronym
        (
            "The oca, a communal house of the forest peoples, was rebuilt by the village.",
            "Olympic Council of Asia",
            "OCA",
        ),
        # the bare name of a national committee is no UN treaty body
        (
            "The Human Rights Committee of the Senate questioned the minister on Tuesday.",
            "United Nations Human Rights Committee",
            None,
        ),
        # an acronym two bodies share is left out of both (the Barents council, the central bank)
        (
            "BEAC ministers met in Kirkenes to discuss cross-border cooperation.",
            "Bank of Central African States",
            "BEAC",
        ),
        # a central bank's name in lower case is a common phrase
        (
            "The village keeps a federal reserve of grain for the dry season.",
            "Federal Reserve",
            None,
        ),
        # a think tank's name inside a longer body's name (NATO's council) is not that think tank
        ("The North Atlantic Council met in Brussels on Thursday.", "Atlantic Council", None),
        # the movement named in general is no national society
        (
            "Volunteers of the Red Cross and Red Crescent helped the flood victims.",
            "Iranian Red Crescent Society",
            None,
        ),
    ],
)
def test_an_ordinary_word_or_a_generic_name_is_not_a_listed_body(nlp, text, absent_name, absent_acronym):
    assert absent_name not in organisation_name_set(nlp, text)
    if absent_acronym:
        assert absent_acronym not in organisation_acronyms(nlp, text)
