"""Class: real general lists of national bodies in the organisations gazetteer
(models/gazetteers/organisations.jsonl) that sign agreements, host delegations or are quoted at
international meetings: national space agencies, investment and export promotion agencies,
state-held oil, gas, power and nuclear companies, sovereign wealth funds, national statistics
offices, standards bodies, meteorological services, academies of sciences and research councils,
stock exchanges, national Olympic and Paralympic committees. A body is recognised by its name or
its acronym (a brand a company is known by is kept as its acronym, so that a text naming either
finds it), an acronym is expanded to the gazetteer's name, and an acronym that is an ordinary
word or another body's is left alone, as is a listed name inside a longer body's name. The
sentences are invented."""

from __future__ import annotations

import pytest

from tests.readers import organisation_acronyms, organisation_name_set, organisations_by_name


@pytest.mark.parametrize(
    "text, name",
    [
        # investment and export promotion agencies
        ("Enterprise Ireland led a trade mission of food exporters to Riyadh.", "Enterprise Ireland"),
        ("ProChile opened a trade office in Ho Chi Minh City on Tuesday.", "ProChile"),
        ("Enterprise Singapore led a delegation of logistics firms to Santiago.", "Enterprise Singapore"),
        # state-held energy companies and sovereign funds
        ("Sonatrach signed a gas supply contract with a Slovenian utility on Monday.", "Sonatrach"),
        ("Ecopetrol and the ministry agreed to expand the refinery in Barrancabermeja.", "Ecopetrol"),
        ("Equinor signed a lease for an offshore wind farm on Wednesday.", "Equinor"),
        ("Temasek invested in a battery start-up in Jakarta.", "Temasek"),
        # standards bodies and meteorological services
        ("Standards Australia published the revised code for solar installations.", "Standards Australia"),
        ("Météo-France issued an orange alert for the Atlantic coast.", "Météo-France"),
        # stock exchanges
        ("Borsa Istanbul signed a memorandum with the exchange of a neighbouring country.", "Borsa Istanbul"),
        ("Euronext listed the first green bond of the port authority.", "Euronext"),
    ],
)
def test_a_listed_national_body_is_recognised_by_its_name(nlp, text, name):
    assert name in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, acronym, name",
    [
        (
            "JAXA engineers presented the lunar lander to the visiting delegation.",
            "JAXA",
            "Japan Aerospace Exploration Agency",
        ),
        ("CNSA and its partners agreed to share lunar samples.", "CNSA", "China National Space Administration"),
        # a brand a company or agency is known by is kept as its acronym
        (
            "Roscosmos offered a seat on the next crewed flight to the partner country.",
            "Roscosmos",
            "State Space Corporation Roscosmos",
        ),
        (
            "ApexBrasil organised business meetings for coffee exporters in Dubai.",
            "ApexBrasil",
            "Brazilian Trade and Investment Promotion Agency",
        ),
        ("Pemex signed a supply contract with the refinery on Thursday.", "Pemex", "Petróleos Mexicanos"),
        (
            "ADNOC agreed to supply liquefied gas to the port for ten years.",
            "ADNOC",
            "Abu Dhabi National Oil Company",
        ),
        ("SOCAR opened a filling station network in Tbilisi.", "SOCAR", "State Oil Company of the Azerbaijan Republic"),
        ("The RDIF agreed to co-invest in the plant with the partner fund.", "RDIF", "Russian Direct Investment Fund"),
        ("Destatis reported a fall in exports to the region.", "Destatis", "Federal Statistical Office of Germany"),
        (
            "Leopoldina scientists advised the government on the vaccine.",
            "Leopoldina",
            "German National Academy of Sciences Leopoldina",
        ),
        (
            "SASCOC officials met the sports minister on Tuesday.",
            "SASCOC",
            "South African Sports Confederation and Olympic Committee",
        ),
        ("Petronas signed the gas contract in Kuala Lumpur.", "Petronas", "Petroliam Nasional Berhad"),
        (
            "INSEE published its quarterly estimate on Friday.",
            "INSEE",
            "National Institute of Statistics and Economic Studies",
        ),
        (
            "ETSI adopted the new radio standard at its general assembly.",
            "ETSI",
            "European Telecommunications Standards Institute",
        ),
        (
            "NOAA forecasters warned of an active hurricane season.",
            "NOAA",
            "National Oceanic and Atmospheric Administration",
        ),
        (
            "CNRS researchers presented the results to the visiting minister.",
            "CNRS",
            "French National Centre for Scientific Research",
        ),
        ("Shares fell on the NYSE after the announcement.", "NYSE", "New York Stock Exchange"),
    ],
)
def test_a_listed_national_acronym_is_expanded_to_the_gazetteer_name(nlp, text, acronym, name):
    rows = organisations_by_name(nlp, text)
    assert name in rows
    assert rows[name]["acronym"] == acronym


@pytest.mark.parametrize(
    "text, absent_name, absent_acronym",
    [
        # acronyms another body shares are left out
        (
            "The IEC announced the provisional results of the provincial elections.",
            "International Electrotechnical Commission",
            "IEC",
        ),
        ("The PDO label protects the cheese made in the valley.", "Petroleum Development Oman", "PDO"),
        (
            "The PIF leaders adopted the ocean declaration in Honiara.",
            "Public Investment Fund",
            None,
        ),
        # a listed name inside a longer body's name is not that body
        ("The Royal Society of Chemistry awarded its medal on Monday.", "Royal Society", None),
        (
            "The Swiss National Science Foundation funded the glacier study.",
            "National Science Foundation",
            "NSF",
        ),
        (
            "The International Trade Administration Commission of South Africa raised the duty.",
            "International Trade Administration",
            None,
        ),
    ],
)
def test_a_shared_acronym_or_a_name_inside_a_longer_name_is_not_a_listed_national_body(
    nlp, text, absent_name, absent_acronym
):
    assert absent_name not in organisation_name_set(nlp, text)
    if absent_acronym:
        assert absent_acronym not in organisation_acronyms(nlp, text)
