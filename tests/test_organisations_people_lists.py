"""Organisations in lists of people set one to a line, and the national chambers named
with their country's adjective. Sentences written for the tests, on the session's model."""

from __future__ import annotations

import pytest

from tests.readers import organisation_acronyms, organisation_name_set


# class: a list of "<name>, <office>, <acronym>" lines, short enough to look like a menu run,
# names each person's organisation (a known acronym or one the text defines): no page furniture;
# a run of menu words stays furniture
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "The roundtable brought together the heads of agencies.\n\n"
            "Marit Oksanen, DG, IRENA\nTeodor Vlasic, Director, UNFPA\n"
            "Kwame Asante, DG, WIPO\nLucia Ferraz, Director, UNHCR\n",
            {"IRENA", "UNFPA", "WIPO", "UNHCR"},
            set(),
        ),
        (
            "The Lagoon Fisheries Board (LFB) hosted the session.\n\n"
            "Jonas Hallberg, Director, LFB\nAnita Roy, DG, WMO\nPaulo Matos, Director, ICAO\nRina Sato, DG, IMO\n",
            {"LFB", "WMO", "ICAO", "IMO"},
            set(),
        ),
        (
            "Home\nNews\nUNESCO\nContact Us\nAbout\n\nThe ministers of culture met in the capital on Monday.",
            set(),
            {"UNESCO"},
        ),
    ],
)
def test_organisations_people_list_lines_are_no_menu(nlp, text, expected, absent):
    found = organisation_acronyms(nlp, text)
    assert expected <= found
    assert not absent & found


# class: a national chamber written with its country's adjective is one organisation, named
# as written: a known chamber ("the Latvian Saeima", the gazetteer's "Saeima"), a country's
# chamber the model cut at its adjective ("the Polish" | "Senate"), one named by a chamber word
# that is also an event's ("the Peruvian Congress"), one with its "of" field ("the Czech
# Chamber" + "of Deputies"); a chamber written without its country stays the gazetteer's name
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "A delegation of the Latvian Saeima arrived in Vilnius for talks on energy.",
            {"Latvian Saeima"},
            {"Saeima"},
        ),
        (
            "Deputies of the Kazakh Mazhilis and of the Israeli Knesset discussed water law on Monday.",
            {"Kazakh Mazhilis", "Israeli Knesset"},
            {"Mazhilis", "Knesset"},
        ),
        (
            "The Speaker welcomed the Ghanaian Senate delegation. Members of the Polish Senate and of the "
            "Slovak Chamber of Deputies attended.",
            {"Polish Senate", "Slovak Chamber of Deputies"},
            {"Slovak Chamber"},
        ),
        (
            "Lawmakers of the Peruvian Congress approved the fisheries bill on Thursday.",
            {"Peruvian Congress"},
            set(),
        ),
        (
            "The Saeima approved the budget after a long debate on Thursday.",
            {"Saeima"},
            set(),
        ),
    ],
)
def test_organisations_national_chamber_with_its_country(nlp, text, expected, absent):
    found = organisation_name_set(nlp, text)
    assert expected <= found
    assert not absent & found


# class: the gazetteer's general lists cover the Commonwealth's bodies, the regional
# organisations' institutions (AU organs, ECOWAS, ASEAN, SADC, CARICOM and SICA bodies, the Arab
# League's agencies) and the UN system's funds and related bodies, by name and acronym; an
# acronym two bodies share ("ISA": the Seabed Authority and the Solar Alliance) or a common
# abbreviation ("Col") names none of them
@pytest.mark.parametrize(
    "text, name",
    [
        ("Commonwealth Secretariat", "Commonwealth Secretariat"),
        ("CLGF", "Commonwealth Local Government Forum"),
        ("Africa CDC", "Africa Centres for Disease Control and Prevention"),
        ("ACERWC", "African Committee of Experts on the Rights and Welfare of the Child"),
        ("GIABA", "Inter-Governmental Action Group against Money Laundering in West Africa"),
        ("AICHR", "ASEAN Intergovernmental Commission on Human Rights"),
        ("EBID", "ECOWAS Bank for Investment and Development"),
        ("CARPHA", "Caribbean Public Health Agency"),
        ("CABEI", "Central American Bank for Economic Integration"),
        ("ALECSO", "Arab League Educational, Cultural and Scientific Organization"),
        ("UNCDF", "United Nations Capital Development Fund"),
        ("ITLOS", "International Tribunal for the Law of the Sea"),
        (
            "Office for the Coordination of Humanitarian Affairs",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        ("ISA", None),
        ("Col", None),
    ],
)
def test_organisations_gazetteer_covers_regional_and_un_bodies(text, name):
    from pipeline.components.org_gazetteer import Gazetteer, read_gazetteer
    from pipeline.paths import MODELS_DIR

    entry = Gazetteer(read_gazetteer(str(MODELS_DIR / "gazetteers" / "organisations.jsonl"))).lookup(text)
    assert (entry["name"] if entry else None) == name


# class: the same list where the model finds none of the names: "<name>, <office>, <body>"
# lines, the middle part ending in an office's word or letters, are no menu either; a run of
# menu words, with or without commas, stays furniture
@pytest.mark.parametrize(
    "text, furniture_lines",
    [
        ("Qo Rr, DG, LFB\nXi Yu, Director, NPX\nZa Ob, Deputy DG, RSB\nIk Ul, Director, AQB\n", 0),
        ("Home\nNews\nAbout Us\nContact\n", 4),
        ("Home, News, Media\nAbout, Team, Jobs\nShop, Cart, Help\nLogin, Join, Search\n", 4),
    ],
)
def test_organisations_name_office_body_lines_are_no_menu(text, furniture_lines):
    import spacy

    from pipeline.components import org_candidates as oc
    from pipeline.components.org_words import OrgWords

    words = OrgWords(title={"director"}, office_letters={"dg"})
    doc = spacy.blank("en")(text)
    found = oc._furniture(doc, doc.ents, words, menu_min_lines=4, menu_max_words=6)
    assert len(found) == furniture_lines
