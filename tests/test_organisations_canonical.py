"""Organisations on real sentences in several house styles: one canonical row each."""

from __future__ import annotations

import re

import pytest

from pipeline.components.org_names import org_id
from pipeline.components.organisations import written_acronym
from pipeline.text import fold
from tests.readers import organisation_ids, organisations_by_name


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        (
            "The conference was organized by the Organization for Security and Cooperation in Europe.",
            "Organization for Security and Co-operation in Europe",
            "OSCE",
        ),
        (
            "The Organisation for Security and Co-operation in Europe opened the meeting.",
            "Organization for Security and Co-operation in Europe",
            "OSCE",
        ),
        (
            "Experts from the UN Office on Drugs and Crime attended.",
            "United Nations Office on Drugs and Crime",
            "UNODC",
        ),
        (
            "He heads the United Nations Counter-Terrorism Office.",
            "United Nations Office of Counter-Terrorism",
            "UNOCT",
        ),
        (
            "A statement of the Shanghai Co-operation Organisation was read out.",
            "Shanghai Cooperation Organization",
            "SCO",
        ),
        ("Delegates of the Caribbean Community arrived.", "Caribbean Community", "CARICOM"),
        ("The talks were reported by TASS and Reuters.", "TASS Russian News Agency", "TASS"),
        ("Europol and Interpol signed an agreement.", "International Criminal Police Organization", "INTERPOL"),
        # a name broken over lines by a PDF conversion
        (
            "a seminar at the offices of the Organization for \n\nSecurity and Co-operation in Europe last spring.",
            "Organization for Security and Co-operation in Europe",
            "OSCE",
        ),
        # class: a predecessor body is named as the text names it, not as its successor
        (
            "In 1998 the Indian Ocean Rim Association for Regional Cooperation (IOR-ARC) met in Port Louis.",
            "Indian Ocean Rim Association for Regional Cooperation",
            "IOR-ARC",
        ),
        ("The Organization of African Unity was founded in 1963.", "Organisation of African Unity", "OAU"),
        # class: an acronym that is an English word ("who") does not write the body's acronym
        (
            "The World Health Organisation sent doctors to Quito; envoys who came praised them.",
            "World Health Organization",
            "WHO",
        ),
        # class: an acronym that is also a territory's name ("GUAM") heading a body is no country's body
        (
            "Ties with the GUAM Parliamentary Assembly were discussed in Riga.",
            "GUAM Parliamentary Assembly",
            "",
        ),
        # class: a regional body's official name in another language is that body
        ("Delegates of the Comunidad Andina met in Quito to discuss trade.", "Andean Community", ""),
        (
            "The Mercado Común del Sur held a ministerial meeting in Montevideo.",
            "Southern Common Market",
            "MERCOSUR",
        ),
        (
            "Officials from the Parlamento Centroamericano visited Tegucigalpa.",
            "Central American Parliament",
            "PARLACEN",
        ),
        # class: a regional organisation's main body, with or without its organisation's acronym
        (
            "Envoys from Lesotho briefed SADC Organ on Politics, Defence and Security Cooperation officials on Friday.",
            "Organ on Politics, Defence and Security Cooperation",
            "",
        ),
        (
            "Botswana will chair this Organ on Politics, Defence and Security Cooperation until August.",
            "Organ on Politics, Defence and Security Cooperation",
            "",
        ),
        # class: a regional community's councils named by their acronyms of syllables, written
        # with "of" for "for" (CARICOM's COTED, COFCOR): one row with its acronym
        (
            "Ministers of the Council of Trade and Economic Development met in Georgetown. COTED agreed on tariffs.",
            "Council for Trade and Economic Development",
            "COTED",
        ),
    ],
)
def test_gazetteer_spellings_give_the_canonical_name(nlp, text, name, acronym):
    # one id, the canonical name's, whatever the spelling; the row's name is the canonical
    # one where the text writes it or the acronym, else a form the text writes
    (row,) = [r for r in organisations_by_name(nlp, text).values() if r["org_id"] == org_id(name)]
    # the gazetteer's acronym only where the text writes it (an unwritten one is no alias)
    assert row["acronym"] == (acronym if written_acronym(acronym, text) else "")
    written = f" {fold(text)} "
    # the acronym counts as written only in capitals as written: "Interpol" and the word "who"
    # write no INTERPOL, no WHO
    acronym_written = bool(acronym) and re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", text) is not None
    canonical_written = f" {fold(name)} " in written or acronym_written
    assert row["name"] == name if canonical_written else f" {fold(row['name'])} " in written


def _gazetteer_name(entry_id):
    from pipeline.components.org_gazetteer import read_gazetteer
    from pipeline.paths import MODELS_DIR

    entries = read_gazetteer(str(MODELS_DIR / "gazetteers" / "organisations.jsonl"))
    return next(e["name"] for e in entries if e["id"] == entry_id)


@pytest.mark.parametrize(
    "entry_id, sentence, pieces",
    [
        # class: a name with "and" inside, known to the gazetteer (the Red Cross and Red
        # Crescent Movement's bodies), is one name, not its pieces
        ("rcrc-movement", "Observers of the {} met in Oslo.", {"International Red Cross", "Red Crescent Movement"}),
        ("rcrc-national-societies", "Volunteers of the {} helped.", {"National Red Cross", "Red Crescent Societies"}),
    ],
)
def test_a_known_name_with_and_inside_leaves_no_pieces(nlp, entry_id, sentence, pieces):
    name = _gazetteer_name(entry_id)
    found = set(organisations_by_name(nlp, sentence.format(name)))
    assert name in found and not pieces & found


def test_a_known_name_by_its_variant(nlp):
    # named as written (the text never writes the canonical name), its id the canonical name's
    found = organisations_by_name(nlp, "The Red Cross-Red Crescent Movement opened its meeting.")
    assert found["Red Cross-Red Crescent Movement"]["org_id"] == org_id(_gazetteer_name("rcrc-movement"))


# class: a country's ruling party written with the country's adjective or with "of <country>"
# is one body (a real list of major ruling parties in the gazetteer)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A Communist Party of China team hosted the seminar. The Chinese Communist Party thanked them.",
            "Communist Party of China",
        ),
        (
            "The Vietnamese Communist Party sent envoys; the Communist Party of Vietnam also wrote to Peru.",
            "Communist Party of Vietnam",
        ),
    ],
)
def test_a_ruling_party_by_adjective_or_country_is_one_row(nlp, text, name):
    found = nlp(text)._.organisations
    rows = [o for o in found if o["org_id"] == org_id(name)]
    assert len(rows) == 1 and len(found) == 1
    assert rows[0]["name"] == name  # written so in the text: the canonical name stays


def test_acronym_and_full_name_are_one_row(nlp):
    doc = nlp(
        "The OSCE Secretary General spoke. The Organization for Security and Cooperation in Europe (OSCE) "
        "thanked Belarus. The OSCE will continue."
    )
    rows = [o for o in doc._.organisations if o["acronym"] == "OSCE"]
    assert len(rows) == 1 and rows[0]["mentions"] == 4


@pytest.mark.parametrize(
    "text",
    [
        "The seminar was hosted by the Ministry of Foreign Affairs of the Republic of Belarus.",
        "Belarus’ Ministry of Foreign Affairs co-hosted the seminar with the OSCE.",
        "The MFA of the Republic of Belarus hosted the seminar jointly with the OSCE.",
        "The Belarusian Foreign Ministry issued a statement.",
        "Belarus's Foreign Ministry issued a statement.",
    ],
)
def test_foreign_ministry_of_belarus_in_every_style(nlp, text):
    assert org_id("Ministry of Foreign Affairs of Belarus") in organisation_ids(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Secretary of the Belarusian Security Council Ivan Kovalenko said.",
        "The Deputy Secretary of the Security Council of the Republic of Belarus Ivan Kovalenko delivered a message.",
        "A meeting of the Security Council of Belarus took place.",
    ],
)
def test_security_council_of_belarus_in_every_style(nlp, text):
    assert org_id("Security Council of Belarus") in organisation_ids(nlp, text)
    assert not any("Kovalenko" in n for n in organisations_by_name(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Ministry of Foreign Affairs of the Russian Federation said so.", "Ministry of Foreign Affairs of Russia"),
        ("The Kazakh Parliament adopted the law.", "Parliament of Kazakhstan"),
        ("Germany’s Ministry of Defence confirmed it.", "Ministry of Defence of Germany"),
        ("The Prosecutor General's Office of Belarus opened a case.", "Prosecutor General's Office of Belarus"),
        ("The National Assembly of the Republic of Belarus ratified it.", "National Assembly of Belarus"),
        # class: a country's short name is the one most texts write ("Vietnam", not "Viet Nam")
        ("The Vietnamese Ministry of Industry and Trade signed it.", "Ministry of Industry and Trade of Vietnam"),
        # a university is not a body of the state: its name stays as written
        ("Professors of the Belarusian State University attended.", "Belarusian State University"),
        # class: a High Commission (two words) is a body of its country, named as written, also
        # alone on a signature line
        ("The Kenyan High Commission issued visas.", "Kenyan High Commission"),
        (
            "The visit will deepen ties between the two parliaments.\n\nHigh Commission of Malawi\n\nLusaka\n",
            "High Commission of Malawi",
        ),
    ],
)
def test_bodies_of_other_countries(nlp, text, name):
    assert org_id(name) in organisation_ids(nlp, text)


@pytest.mark.parametrize(
    "text, name, canonical",
    [
        # class: a country's body is named as the text first writes it (a leading "the" and
        # layout dropped), its org_id the canonical "<body> of <country>"'s, so that one body
        # keeps one id across documents however each writes it
        ("The Peruvian Senate approved the accord on Monday.", "Peruvian Senate", "Senate of Peru"),
        (
            "A note from the Chilean Ministry of Foreign Affairs reached the envoys.",
            "Chilean Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs of Chile",
        ),
        (
            "Norway's Foreign Ministry hosted the talks; the Foreign Ministry later issued a note.",
            "Norway's Foreign Ministry",
            "Ministry of Foreign Affairs of Norway",
        ),
        (
            "Clerks of the Cabinet of the Kingdom of Tonga visited Quito.",
            "Cabinet of the Kingdom of Tonga",
            "Cabinet of Tonga",
        ),
        # the first full mention names it; a later one of another wording joins that row
        (
            "The Norwegian Senate met. Later the Senate of Norway adjourned.",
            "Norwegian Senate",
            "Senate of Norway",
        ),
        # a country written by its code is no acronym of the body: the name stays as written
        (
            "Officials of the U.S. Treasury Department arrived.",
            "U.S. Treasury Department",
            "Treasury Department of the United States",
        ),
        ("The UK Home Office issued a statement.", "UK Home Office", "Home Office of the United Kingdom"),
        # class: a body of no one country written by another name of it (`body_alias`) is
        # shown as written, its id the canonical name's
        (
            "Envoys were briefed at the Foreign Office in the capital on Tuesday.",
            "Foreign Office",
            "Ministry of Foreign Affairs",
        ),
        # ... unless the text writes the canonical name too
        (
            "The Defence Ministry spoke first; the Ministry of Defence later denied it.",
            "Ministry of Defence",
            "Ministry of Defence",
        ),
        # a body written only with an acronym in it is named so (a row's name is a form the
        # text writes), its id the canonical name's
        (
            "The MFA of the Republic of Belarus hosted the seminar.",
            "MFA of the Republic of Belarus",
            "Ministry of Foreign Affairs of Belarus",
        ),
        # ... and by the one written in full where the text has one
        (
            "The MFA of Belarus hosted the seminar; the Belarusian Foreign Ministry paid for it.",
            "Belarusian Foreign Ministry",
            "Ministry of Foreign Affairs of Belarus",
        ),
    ],
)
def test_a_country_body_is_named_as_written_with_the_canonical_id(nlp, text, name, canonical):
    rows = [o for o in nlp(text)._.organisations if o["org_id"] == org_id(canonical)]
    assert [o["name"] for o in rows] == [name]


def test_two_ministries_joined_by_and_are_two_rows(nlp):
    names = set(
        organisations_by_name(
            nlp, "The Ministry of Emergency Situations and Belarus’ Ministry of Internal Affairs sent experts."
        )
    )
    assert names == {"Ministry of Emergency Situations", "Belarus’ Ministry of Internal Affairs"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: two bodies coordinated by "and", the second opening with its body word and "of",
        # are two rows, not one glued name
        (
            "On Friday the Forum Secretariat and University of Guyana will co-host a panel on inequality.",
            {"Forum Secretariat", "University of Guyana"},
        ),
        (
            "The Coral Sea Commission and the Institute for Marine Affairs signed a memorandum.",
            {"Coral Sea Commission", "Institute for Marine Affairs"},
        ),
        # one name's fields joined by "and" stay one name
        ("The Ministry of Education and Science hosted the talks.", {"Ministry of Education and Science"}),
        (
            "Officials from the Chamber of Commerce and Industry of Peru attended.",
            {"Chamber of Commerce and Industry of Peru"},
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two_rows(nlp, text, expected):
    assert set(organisations_by_name(nlp, text)) == expected


def test_unqualified_body_takes_its_canonical_name_when_two_countries_are_named(nlp):
    found = organisation_ids(
        nlp, "The Russian Foreign Ministry and the Kazakh Foreign Ministry agreed, the Foreign Ministry said."
    )
    assert {
        org_id("Ministry of Foreign Affairs of Russia"),
        org_id("Ministry of Foreign Affairs of Kazakhstan"),
        org_id("Ministry of Foreign Affairs"),
    } == found


def test_unqualified_body_merges_with_the_country_one(nlp):
    doc = nlp(
        "The Ministry of Foreign Affairs of the Republic of Belarus hosted the meeting. "
        "The Ministry of Foreign Affairs thanked the guests."
    )
    mfa = [o for o in doc._.organisations if "Foreign Affairs" in o["name"]]
    # named as the text first writes it in full, with the canonical name's id
    assert len(mfa) == 1 and doc.text.startswith("The " + mfa[0]["name"] + " hosted")
    assert mfa[0]["mentions"] == 2 and mfa[0]["org_id"] == org_id("Ministry of Foreign Affairs of Belarus")


def test_org_id_is_the_same_across_documents_and_spellings(nlp):
    a = organisations_by_name(
        nlp, "The MFA of the Republic of Belarus and the Organization for Security and Cooperation in Europe met."
    )
    b = organisations_by_name(nlp, "Belarus’ Ministry of Foreign Affairs and the OSCE met.")
    mfa = org_id("Ministry of Foreign Affairs of Belarus")
    assert a["MFA of the Republic of Belarus"]["org_id"] == b["Belarus’ Ministry of Foreign Affairs"]["org_id"] == mfa
    # "Cooperation" as written in a, the canonical name in b (which writes the acronym): one id
    osce = _gazetteer_name("osce")
    assert a[osce.replace("Co-op", "Coop")]["org_id"] == b[osce]["org_id"] == org_id(osce)


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        (
            "They worked with the International Association of Prosecutors (IAP). The IAP published a guide.",
            "International Association of Prosecutors",
            "IAP",
        ),
        (
            "The Eurasian Anti-Drug Coordination Council (EADCC) met. EADCC members agreed.",
            "Eurasian Anti-Drug Coordination Council",
            "EADCC",
        ),
    ],
)
def test_acronyms_defined_in_the_text(nlp, text, name, acronym):
    found = organisations_by_name(nlp, text)
    assert list(found) == [name]  # the acronym and any part of the long form are the same row
    assert found[name]["acronym"] == acronym and found[name]["mentions"] == 3  # long form, (SHORT), SHORT


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("On March 4-5, 2017 Minsk will host the seminar.", "Minsk"),
        ("MINSK, 4 March (BelTA) - Belarus follows the regional trend closely.", "MINSK"),
        ("Representatives of Belarus and Hungary attended.", "Belarus"),
        ("The Minsk Dialogue has started today in Minsk.", "Minsk Dialogue"),
        (
            "The workshops will contribute to the Third Counter-Terrorism Week at the United Nations.",
            "Third Counter-Terrorism Week",
        ),
        ("The seminar “Protecting Children in the Digital Age” took place in Minsk.", "Digital"),
        ("The OSCE supports fighting cybercrime with the help of ICT.", "ICT"),
        (
            "A side event took place on the margins of the World Forum of Survivors of Trafficking.",
            "World Forum of Survivors of Trafficking",
        ),
        ("Information and communication technologies (ICT) matter. ICT is everywhere.", "ICT"),
        (
            "Information and communications technologies (ICTs) are used by terrorists.",
            "Information and communications technologies",
        ),
        ("The Permanent Representative of Belarus to the United Nations spoke.", "Permanent Representative of Belarus"),
        (
            "Belarus thanks the Chinese presidency for convening the Security Council Open Debate.",
            "Security Council Open Debate",
        ),
        ("Home | About us | Press centre | Contacts\n\nMOSCOW, March 12 (TASS). Talks were held.", "Contacts MOSCOW"),
        # class: the parties to a treaty are states, no body
        ("The States Party to the Oslo Protocol met in Quito.", "States Party"),
        ("Envoys of several States Parties gathered in Lima.", "States Parties"),
        # class: the diplomats posted in a country, and a visiting delegation, are no body
        ("The King received the Diplomatic and Consular Corps accredited to Norway.", "Consular Corps"),
        ("Talks with the Peru Parliamentary Delegation began in Oslo on Monday.", "Parliamentary Delegation"),
        # class: a lower-case article of a quoted foreign phrase spelling an acronym ("un")
        (
            "Señoras y señores, es un honor recibirles hoy en Lima para esta reunión regional de las partes.",
            "United Nations",
        ),
    ],
)
def test_places_events_and_generic_words_are_not_organisations(nlp, text, not_expected):
    assert not any(not_expected in n or n in not_expected.split() for n in organisations_by_name(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: a markdown table's rows (a programme) are text, not a link bar: the bodies in
        # its cells are organisations
        (
            "Monday\n9.00 | Opening | Hall A |\n---|---|---|\n"
            "- | Statement by the Managing Director of the IMF and the Administrator of UNDP. | |\n",
            {"International Monetary Fund", "United Nations Development Programme"},
        ),
    ],
)
def test_a_markdown_table_row_names_organisations(nlp, text, expected):
    assert expected <= set(organisations_by_name(nlp, text))


def test_page_furniture_gives_no_rows(nlp):
    text = (
        "Official Portal of the Republic of Belarus\nNews\nCalendar of Events\nUNESCO World Heritage Sites in Belarus\n"
        "Gifts and Crafts\n| Home | News | Interviews & Opinions\n\n"
        "The CSTO and the CIS sent delegations to the conference.\n\nprint version\n\nOfficial Internet Resources\n"
    )
    doc = nlp(text)
    assert {o["acronym"] for o in doc._.organisations} == {"CSTO", "CIS"}
    dropped = {
        m["text"]: m["normalized"]
        for m in doc._.mentions
        if m["label"] == "ORG" and m["normalized"].startswith("dropped:")
    }
    assert dropped.get("UNESCO") == "dropped:boilerplate"


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "Liu Jie of the Regional Anti-Terrorist Structure of Shanghai Cooperation Organization spoke.",
            "Regional Anti-Terrorist Structure of Shanghai Cooperation Organization",
            "Shanghai Cooperation Organization",
        ),
        (
            "The UN Counter-Terrorism Committee Executive Directorate (CTED) helped.",
            "Counter-Terrorism Committee Executive Directorate",
            "United Nations Counter-Terrorism Committee",
        ),
        (
            "The seminar was prepared jointly with the OSCE Secretariat.",
            "OSCE Secretariat",
            "Organization for Security and Co-operation in Europe",
        ),
        (
            "Chairman of the Executive Committee of the CIS Pavel Orlov spoke.",
            "Executive Committee of the CIS",
            "Commonwealth of Independent States",
        ),
    ],
)
def test_an_organisation_named_only_inside_another_is_not_a_row(nlp, text, expected, absent):
    names = set(organisations_by_name(nlp, text))
    assert expected in names and absent not in names


def test_an_organisation_named_on_its_own_too_is_a_row(nlp):
    names = set(organisations_by_name(nlp, "The OSCE Secretariat prepared the meeting. The OSCE thanked Belarus."))
    assert {"OSCE Secretariat", "Organization for Security and Co-operation in Europe"} <= names


def test_a_group_of_states_named_after_an_organisation_is_the_organisation(nlp):
    doc = nlp("The OSCE participating States and OSCE Partners for Co-operation took part.")
    assert [o["name"] for o in doc._.organisations] == ["Organization for Security and Co-operation in Europe"]


def test_every_org_span_is_in_mentions_with_its_rule_and_outcome(nlp):
    doc = nlp(
        "The Deputy Secretary of the Security Council of the Republic of Belarus spoke in Minsk. "
        "The UN Office on Drugs and Crime (UNODC) helped."
    )
    org_mentions = [m for m in doc._.mentions if m["label"] == "ORG" and m["source"] != "ner"]
    by_text = {m["text"]: m for m in org_mentions}
    assert by_text["UN Office on Drugs and Crime"]["source"] == "org:gazetteer:unodc"
    assert by_text["UNODC"]["normalized"] == "United Nations Office on Drugs and Crime"
    # a country's body: the row, and so the mention's outcome, is the name as the text writes it
    assert by_text["Security Council of the Republic of Belarus"]["normalized"] == (
        "Security Council of the Republic of Belarus"
    )
    for m in org_mentions:
        assert doc.text[m["start"] : m["end"]] == m["text"]
    placed = doc._.org_mentions
    assert {p["name"] for p in placed} == {o["name"] for o in doc._.organisations}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short form and its long form
        (
            "The Nordic Institute for Marine Research opened a laboratory in Bergen. "
            "The Nordic Institute hired twenty scientists.",
            {"Nordic Institute for Marine Research": 2},
        ),
        # a bare head noun and the one body it heads; a gazetteer name the model cut short
        (
            "The Economic Commission for Africa met in Addis Ababa on Monday. The Commission adopted a new work plan.",
            {"Economic Commission for Africa": 2},  # as written, the text writes neither the UN's name nor ECA
        ),
        # one acronym, two spellings
        (
            "The Andean Parliamentary Council (APC) met in Lima. "
            "The plenary of the Parliamentary Council of the Andes (APC) followed.",
            {"Parliamentary Council of the Andes": 4},
        ),
        # a name and the same name without its modifiers
        (
            "The Parliamentary Assembly of the Andes (PAA) and the Assembly of the Andes met.",
            {"Parliamentary Assembly of the Andes": 3},
        ),
        # a body of an organisation is its own row, the acronym stays the organisation's
        (
            "The Council of Ministers of the Andean Fisheries Organisation (AFO) met. AFO leaders spoke.",
            {"Council of Ministers of the Andean Fisheries Organisation": 1, "Andean Fisheries Organisation": 2},
        ),
        # the acronym spells the whole name the model found, or the whole definition
        (
            "The Caribbean Regional Fisheries Mechanism (CRFM) and the Pacific Islands Forum Fisheries Agency (FFA) "
            "signed an agreement.",
            {"Caribbean Regional Fisheries Mechanism": 2, "Pacific Islands Forum Fisheries Agency": 2},
        ),
    ],
)
def test_one_organisation_named_several_ways_is_one_row(nlp, text, expected):
    assert {n: o["mentions"] for n, o in organisations_by_name(nlp, text).items()} == expected


def test_a_country_in_brackets_is_no_acronym(nlp):
    found = organisations_by_name(
        nlp, "The Andean River Society (Peru) and the Nordic Marine Institute (Norway) took part."
    )
    assert all(o["acronym"] not in ("Peru", "Norway") for o in found.values())
    assert "Andean River Society" in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a nationality's body by its name as written (its id is the canonical one's)
        (
            "Representatives of the Norwegian Fisheries Council and the Chilean National Police attended.",
            {"Norwegian Fisheries Council", "Chilean National Police"},
        ),
        # a list the model ran together
        (
            "The forum gathered the OSCE, Shanghai Cooperation Organisation, Eurasian Economic Commission, CIS "
            "and other bodies.",
            {
                "Organization for Security and Co-operation in Europe",
                "Shanghai Cooperation Organisation",  # as written (the acronym is not)
                "Eurasian Economic Commission",
                "Commonwealth of Independent States",
            },
        ),
        # the running text after a name is not part of it
        ("Stability in the Indo-Pacific region matters to Norway, the Nordic Council says.", {"Nordic Council"}),
        # class: an office glued after a body "<body> of <field>" with no comma is no part of it
        (
            "Director of the Directorate of Land Management Chief Executive Officer, Distinguished delegates, "
            "good morning.",
            {"Directorate of Land Management"},
        ),
        ("The Ministry of Finance Director General opened the session.", {"Ministry of Finance"}),
        # an office after "of the" is the body's own name
        (
            "He thanked the Office of the Chief Executive Officer for the grant.",
            {"Office of the Chief Executive Officer"},
        ),
        # class: the secretariat of a treaty or convention is a body named by that text
        (
            "The course is run by the Secretariat of the Coral Reef Treaty in Suva.",
            {"Secretariat of the Coral Reef Treaty"},
        ),
        (
            "Experts from the Secretariat of the Lima, Quito and Oslo Conventions spoke first.",
            {"Secretariat of the Lima, Quito and Oslo Conventions"},
        ),
    ],
)
def test_organisation_boundaries(nlp, text, expected):
    assert set(organisations_by_name(nlp, text)) == expected


def with_dateline_agency(nlp, text: str, agency: str | None):
    """Run the pipeline, setting `doc._.dateline_agency` as the metadata component does
    before organisations runs (to the range of `agency` in the text)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "organisations":
            start = text.index(agency) if agency else None
            doc._.dateline_agency = (start, start + len(agency)) if agency else None
        doc = proc(doc)
    return {o["name"]: o for o in doc._.organisations}


@pytest.mark.parametrize(
    "text, agency, name",
    [
        # a known agency, in a dateline of either style
        ("MOSCOW, May 4. /TASS/. Talks on fisheries opened in the capital.", "/TASS/", "TASS Russian News Agency"),
        ("LIMA, 4 May (Andina) - Talks on fisheries opened in the capital.", "(Andina)", "Andina"),
        # an agency no list knows is the document's organisation all the same
        ("NORDVILLE, 4 May (NordPress) - Talks on fisheries opened.", "(NordPress)", "NordPress"),
    ],
)
def test_the_dateline_agency_is_an_organisation(nlp, text, agency, name):
    assert name in with_dateline_agency(nlp, text, agency)


# class: a dateline's agency in brackets that the model cut short ("(<Country> Foreign
# Affairs)–" tagged up to "Foreign") is the whole name in the brackets
def test_the_dateline_agency_cut_short_by_the_model_is_whole(nlp):
    text = "LIMA, March 9 (Peru Foreign Affairs)–Foreign Secretary Ana Soto held talks with her guest."
    assert set(with_dateline_agency(nlp, text, "Peru Foreign Affairs")) == {"Peru Foreign Affairs"}


# class: a regional body's secretariat, a standing forum of two continents and a news
# agency named by one word (real, general lists in the gazetteer)
@pytest.mark.parametrize(
    "text, expected, canonical",
    [
        (
            "Peru and Japan sent envoys to an Asia-Europe Meeting (ASEM) session held in Lima.",
            "Asia-Europe Meeting",
            "Asia-Europe Meeting",
        ),
        (
            "The Forum Secretariat hosted the fisheries ministers in Apia on Friday.",
            "Forum Secretariat",
            "Pacific Islands Forum Secretariat",
        ),
        ('The envoy spoke about trade, reports the news agency "Dunyo".', "Dunyo", "Dunyo Information Agency"),
    ],
)
def test_more_known_bodies(nlp, text, expected, canonical):
    found = organisations_by_name(nlp, text)
    assert found[expected]["org_id"] == org_id(canonical)


# class: a known name's hyphenated compound written with a space ("Confidence Building")
def test_a_known_name_with_a_space_for_its_hyphen(nlp):
    name = _gazetteer_name("cica")  # its name holds "Confidence-Building"
    assert "-Building" in name
    (row,) = organisations_by_name(nlp, f"Envoys to the {name.replace('-', ' ')} met in Lima.").values()
    assert row["org_id"] == org_id(name)


# class: a known body's name written in capitals, in a headline or a paragraph in capitals
@pytest.mark.parametrize(
    "text, expected",
    [
        ("ADDRESS BY DR. OLAF BERG PRESIDENT OF THE NORDIC COUNCIL TO VISITING FISHERIES EXPERTS", "Nordic Council"),
        (
            "MESSAGE OF DR. ANA SOTO DIRECTOR-GENERAL OF THE WORLD METEOROLOGICAL ORGANIZATION ON WORLD WATER DAY",
            "World Meteorological Organization",
        ),
    ],
)
def test_a_known_name_in_capitals(nlp, text, expected):
    assert set(organisations_by_name(nlp, text)) == {expected}


# class: a country glued by a hyphen before a known body's whole name makes a pair of them
# ("<Country>-ASEAN ministers"), no body; a body of the pair with its own name stays
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Talks covered the India-ASEAN ministers' meeting and the Peru-EU dialogue.",
            {"Association of Southeast Asian Nations", "European Union"},
        ),
        ("The India-ASEAN Business Council met in Hanoi.", {"India-ASEAN Business Council"}),
    ],
)
def test_a_country_and_a_body_are_a_pair(nlp, text, expected):
    assert set(organisations_by_name(nlp, text)) == expected


# class: a dateline's place in the agency's brackets ("May 4 (LIMA) —") is no agency
@pytest.mark.parametrize(
    "text, agency",
    [
        ("May 4, 2011 (LIMA) — Talks on fisheries opened in Lima today.", "(LIMA)"),
        ("Jun 2, 2014 (OSLO) - The ministers met in Oslo to talk about whales.", "(OSLO)"),
    ],
)
def test_a_place_in_the_agency_brackets_is_no_organisation(nlp, text, agency):
    assert with_dateline_agency(nlp, text, agency) == {}


# class: a "Forum" or a "Cooperation" the text defines an acronym for is a standing body,
# even where the model tags no span over its long form
@pytest.mark.parametrize(
    "text, name, acronym",
    [
        (
            "Ministers endorsed the Reef Bond Market Forum (RBMF) and asked the RBMF to report in May.",
            "Reef Bond Market Forum",
            "RBMF",
        ),
        (
            "Since the launch of Lagoon-Reef Cooperation (LRC), the LRC has funded ten ports.",
            "Lagoon-Reef Cooperation",
            "LRC",
        ),
    ],
)
def test_a_standing_body_defined_by_its_acronym(nlp, text, name, acronym):
    found = organisations_by_name(nlp, text)
    assert name in found
    assert found[name]["acronym"] == acronym


def test_no_dateline_agency_no_row(nlp):
    # (a one-word name in title case: a name in mixed case, "NordPress", is a name of its own)
    text = "NORDVILLE, 4 May (Nordpress) - Talks on fisheries opened."
    assert "Nordpress" not in with_dateline_agency(nlp, text, None)
    assert "Nordpress" in with_dateline_agency(nlp, text, "(Nordpress)")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Officials of the Ministries of Justice, Finance and Interior attended, with the Office of the President.",
            {"Ministry of Justice", "Ministry of Finance", "Ministry of Interior", "Office of the President"},
        ),
        # one ministry with a comma in its name stays one
        (
            "The Ministry of Agriculture, Forestry and Fisheries hosted it.",
            {"Ministry of Agriculture, Forestry and Fisheries"},
        ),
    ],
)
def test_coordinated_ministries_are_one_row_each(nlp, text, expected):
    assert set(organisations_by_name(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "Twelve NGOs took part: the Nordic Marine Institute (Norway), Green Harbour Watch (Peru), "
            "Blue Sky Norway, Andean Rivers Society and the International Committee of the Red Cross.",
            {"Green Harbour Watch", "Blue Sky Norway", "Andean Rivers Society"},
            set(),
        ),
        # a list after no word for organisations is no list of organisations, whatever the model says
        (
            "Member states reported on crimes which include: Drug Trafficking, Vehicle Theft and Piracy.",
            set(),
            {"Piracy"},
        ),
    ],
)
def test_lists_of_organisations(nlp, text, expected, absent):
    found = set(organisations_by_name(nlp, text))
    assert expected <= found
    assert not absent & found


def test_a_credited_news_source_is_an_organisation(nlp):
    found = organisations_by_name(
        nlp, "The plenary session of the Andean Council opened in Lima on Monday, Nordpress reports."
    )
    assert "Nordpress" in found


def test_a_treaty_and_its_acronym_are_no_organisation(nlp):
    found = organisations_by_name(
        nlp,
        "Ministers discussed the Treaty on the Non-Proliferation of Nuclear Weapons (NPT). The NPT review followed.",
    )
    assert not any("Proliferation" in n or n == "NPT" for n in found)


def test_a_bare_body_noun_that_names_no_organisation_of_the_document_is_no_row(nlp):
    assert organisations_by_name(nlp, "The Board will report to the Directorate next week.") == {}


# Class: a consensus named after a place is an agreed text, not an organisation
@pytest.mark.parametrize(
    "text",
    [
        "The ministers adopted the Lakeside Consensus on water at the close of the conference.",
        "Delegates recalled that the Port Vila Consensus guides the work of the Nordic Council.",
    ],
)
def test_a_consensus_is_no_organisation(nlp, text):
    assert not any("Consensus" in name for name in organisations_by_name(nlp, text))


# Class: a body of a known organisation written in full ("<Body> of the <organisation>") keeps
# the text's wording, the bare body word again joining it; one the text also names by the
# organisation's acronym ("<ACRONYM> <Body>") is reordered into one row.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Trade Council of the Andean Community met in Lima on Monday.", "Trade Council of the Andean Community"),
        (
            "The Trade Council of the Andean Community met in Lima. The Trade Council thanked Peru.",
            "Trade Council of the Andean Community",
        ),
        ("The Executive Committee of the CIS met in Minsk.", "Executive Committee of the CIS"),
        # class: an organ named by common words before "of the" and a known organisation,
        # which the model did not tag as an organisation, is the organ's name, not the body's
        (
            "Delegates gathered at the General Secretariat of the Andean Community in Lima.",
            "General Secretariat of the Andean Community",
        ),
        # class: the same full wording written again is no other name of the body
        (
            "The Business Council of the Andean Community met in Quito. On Friday the Business Council of the "
            "Andean Community adopted its plan.",
            "Business Council of the Andean Community",
        ),
    ],
)
def test_a_body_of_a_known_organisation_written_in_full_stays_as_written(nlp, text, expected):
    assert expected in organisations_by_name(nlp, text)


# Class: a speaker's label of a question-and-answer transcript ("AP: …" beside "Mr Tane: …")
# is the interviewer, not the news agency; the agency named in a sentence still is one.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Interview.\nAP: What did the leaders agree?\nMr Tane: They agreed on fisheries.\n", set()),
        ("Reuters and AP reported the talks in Oslo.", {"Associated Press"}),
    ],
)
def test_a_transcript_speaker_label_is_no_organisation(nlp, text, expected):
    assert {"Associated Press"} & set(organisations_by_name(nlp, text)) == expected


# class: a news agency the text names only by a short name of it (a gazetteer variant, no
# acronym: "Kyodo", "Yonhap") is named as written, its id the full name's; where the text
# also writes the full name, the row is the full name
@pytest.mark.parametrize(
    "text, expected",
    [
        ("OSLO, June 4 (Yonhap) -- Fishery ministers of four states opened a forum on Tuesday.", "Yonhap"),
        (
            "Fishery ministers met in Oslo on Tuesday, Kyodo said. Kyodo News added that talks ran late.",
            "Kyodo News",
        ),
    ],
)
def test_a_news_agency_named_by_its_short_name_is_named_as_written(nlp, text, expected):
    found = organisations_by_name(nlp, text)
    assert list(found) == [expected]
    assert found[expected]["org_id"] == org_id({"Yonhap": "Yonhap News Agency", "Kyodo News": "Kyodo News"}[expected])


# class: a row's name is a form the document writes. A known body the text names only by
# another name of it (a gazetteer variant, another house spelling, its acronym before a
# body's word) is named by the fullest such form, its id the canonical name's; where the
# text writes the canonical name or the acronym anywhere, the row keeps the canonical name
@pytest.mark.parametrize(
    "text, expected, canonical",
    [
        (
            "Delegates of the Arab League gathered in Tunis to weigh a water-sharing plan.",
            "Arab League",
            "League of Arab States",
        ),
        (
            "The Collective Security Treaty Organisation held drills near Dushanbe in May.",
            "Collective Security Treaty Organisation",
            "Collective Security Treaty Organization",
        ),
        (
            "The AU Assembly will elect a new chairperson when it meets in Kigali.",
            "AU Assembly",
            "Assembly of the African Union",
        ),
        (
            "The League of Arab States and the Arab League envoy to Rabat spoke on trade.",
            "League of Arab States",
            "League of Arab States",
        ),
    ],
)
def test_a_body_named_only_by_another_name_is_named_as_written(nlp, text, expected, canonical):
    found = organisations_by_name(nlp, text)
    assert expected in found
    assert found[expected]["org_id"] == org_id(canonical)


# class: a regional organisation's standing body of its heads of state or government (a
# real, general list in the gazetteer), however the text orders the words, even with a
# line break inside; one id whatever the wording, the row named as written
def _variant(entry_id, k):
    from pipeline.components.org_gazetteer import read_gazetteer
    from pipeline.paths import MODELS_DIR

    entries = read_gazetteer(str(MODELS_DIR / "gazetteers" / "organisations.jsonl"))
    return next(e["variants"][k] for e in entries if e["id"] == entry_id)


@pytest.mark.parametrize(
    "entry_id, sentence, variant",
    [
        # its canonical name, broken over a line after "of"
        ("caricom-conference", "The 40th Regular Meeting of the {} opened in Basseterre on Monday.", None),
        ("sco-heads-of-government-council", "Leaders gathered for the {} in Tashkent.", 2),
        ("ecowas-authority", "The {} will meet in Abuja next month.", 0),
    ],
)
def test_a_council_of_heads_of_state_is_a_known_body(nlp, entry_id, sentence, variant):
    canonical = _gazetteer_name(entry_id)
    written = (
        canonical.replace(" of the Caribbean", " of\nthe Caribbean") if variant is None else _variant(entry_id, variant)
    )
    found = organisations_by_name(nlp, sentence.format(written))
    assert found[" ".join(written.split())]["org_id"] == org_id(canonical)


# class: an office of such a body names it as the row does
def test_an_office_of_a_body_named_by_another_name_follows_the_row(nlp):
    doc = nlp("Samir Haddad, the Arab League's Secretary General, spoke in Tunis.")
    assert {r["organisation"] for r in doc._.roles} == {"Arab League"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # class: an office "of" a known organisation taken whole by the model ("the Administrator
        # of UNDP" as one ORG span): the office is no organisation, the body after "of" is one
        ("The meeting heard the Administrator of UNDP.", {"United Nations Development Programme"}),
        (
            "Remarks were made by the Administrator of UNDP and the Director of UNEP.",
            {"United Nations Development Programme", "United Nations Environment Programme"},
        ),
    ],
)
def test_an_office_of_a_known_body_names_the_body(nlp, text, expected):
    assert expected <= set(organisations_by_name(nlp, text))


# class: an acronym is matched in capitals only; the same letters in lower case are a
# common word of some language ("un", "au"), while a written-out name folds case
@pytest.mark.parametrize(
    "text, name",
    [
        ("UN", "United Nations"),
        ("U.N.", "United Nations"),
        ("un", None),
        ("u.n.", None),
        ("united nations", "United Nations"),
        ("WHO", "World Health Organization"),
        ("who", None),
    ],
)
def test_an_acronym_is_known_in_capitals_only(text, name):
    from pipeline.components.org_gazetteer import Gazetteer, read_gazetteer
    from pipeline.paths import MODELS_DIR

    entry = Gazetteer(read_gazetteer(str(MODELS_DIR / "gazetteers" / "organisations.jsonl"))).lookup(text)
    assert (entry or {}).get("name") == name


# class: a standing forum named after a known body ("<ACR> Partners Forum") is its own
# organisation, not the body; a numbered sitting of it is an event
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "Envoys of the World Bank, the SADC Partners Forum and Japan attended the opening in Gaborone.",
            "SADC Partners Forum",
            "Southern African Development Community",
        ),
        (
            "The ASEAN Partners Forum agreed on a common position.",
            "ASEAN Partners Forum",
            "Association of Southeast Asian Nations",
        ),
        ("The 5th SADC Partners Forum opened in Gaborone.", None, "SADC Partners Forum"),
    ],
)
def test_a_standing_forum_named_after_a_body_is_its_own(nlp, text, expected, absent):
    names = set(organisations_by_name(nlp, text))
    assert expected is None or expected in names
    assert absent not in names


# class: a number written before a body's sitting ("the 12 Plenary Assembly of …", "the
# 9th Council of Ministers of …") makes it an event; the body named in it is the row
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "Pictures from the 52 Plenary Assembly of the Arab Maghreb Union were released on Monday.",
            "Arab Maghreb Union",
            "Plenary Assembly",
        ),
        (
            "The 29th Council of Ministers of the Arab Maghreb Union closed in Tunis.",
            "Arab Maghreb Union",
            "Council of Ministers of the Arab Maghreb Union",
        ),
        ("Nine of the 15 Security Council members backed the text.", "Security Council", None),
    ],
)
def test_a_numbered_sitting_of_a_body_is_no_organisation(nlp, text, expected, absent):
    names = set(organisations_by_name(nlp, text))
    assert expected in names
    assert absent is None or not any(absent in n for n in names)


@pytest.mark.parametrize(
    "text, canonical, written",
    [
        # class: an acronym written in lower case letters ("Nato") is a word of the text, not
        # the acronym in capitals: the row keeps the spelling the text gives the full name
        (
            "Nato envoys met in Riga. The North Atlantic Treaty Organisation thanked its hosts.",
            "North Atlantic Treaty Organization",
            "North Atlantic Treaty Organisation",
        ),
    ],
)
def test_organisations_canonical_an_acronym_in_lower_case_is_not_written(nlp, text, canonical, written):
    (row,) = [r for r in nlp(text)._.organisations if r["org_id"] == org_id(canonical)]
    assert row["name"] == written


def test_organisations_canonical_an_acronym_that_is_a_word_is_not_written(nlp):
    # class: "who" in the prose is no "WHO": the row keeps the spelling the text writes
    text = "The World Health Organisation sent doctors to Quito; envoys who came praised them."
    (row,) = [r for r in nlp(text)._.organisations if r["org_id"] == org_id("World Health Organization")]
    assert row["name"] == "World Health Organisation"


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # class: a regional court of justice is named whole, never cut to "<Demonym> Court"
        # before "of Justice" (gazetteer entries of the real courts)
        (
            "Two judges left the Central American Court of Justice in June.",
            "Central American Court of Justice",
            "American Court",
        ),
        ("A ruling of the Caribbean Court of Justice was welcomed.", "Caribbean Court of Justice", "Caribbean Court"),
    ],
)
def test_a_regional_court_or_agency_is_named_whole(nlp, text, expected, absent):
    found = set(organisations_by_name(nlp, text))
    assert expected in found
    assert absent not in found


# class: an abbreviation of an office or a place written in capitals ("SG" for a
# Secretary-General, "DMZ" for a demilitarised zone) is no organisation
@pytest.mark.parametrize(
    "text",
    [
        "After talks with the chair, the SG will call the session in May.",
        "The envoys toured the DMZ on the last day.",
    ],
)
def test_an_office_or_place_abbreviation_is_no_organisation(nlp, text):
    assert not organisations_by_name(nlp, text)


# class: page furniture and places read as bodies: an app store, a clock zone, a town hall
# ("Hotel de Ville"), a parliament's nickname ("the August House") are no organisation
@pytest.mark.parametrize(
    "text, absent",
    [
        ("Get the Tarvenia Herald app from the Google Play Store.", "Google Play Store"),
        ("The talks opened at 0930 GMT in the capital on Friday.", "GMT"),
        ("A dinner at Hotel de Ville ended the opening day.", "Hotel de Ville"),
        ("The Speaker leads the August House with a firm hand.", "August House"),
    ],
)
def test_furniture_places_and_nicknames_are_no_organisations(nlp, text, absent):
    assert absent not in organisations_by_name(nlp, text)


# class: events, instruments and common nouns taken for bodies: a treaty's numbered sitting
# ("COP29"), a legal instrument ("Instrument of Accession"), a kind of body in title case
# ("Civil Society Organisations") and a hazard's acronym ("UXO")
@pytest.mark.parametrize(
    "text, absent",
    [
        ("Leaders welcomed the Pacific's bid to co-host COP31 with Australia.", "COP31"),
        ("Vanuatu handed over its Instrument of Accession in Jakarta on Monday.", "Instrument of Accession"),
        (
            "The training brought together Civil Society Organisations (CSOs) from Tunisia and Egypt.",
            "Civil Society Organisations",
        ),
        ("The ministers endorsed UXO clearance as a priority.", "UXO"),
    ],
)
def test_events_instruments_and_common_nouns_are_no_organisations(nlp, text, absent):
    assert absent not in organisations_by_name(nlp, text)


# class: a known body cut at a comma or "and": the gazetteer names it whole
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "An African, Caribbean and Pacific Group envoy met the trade commissioner in Suva.",
            "African, Caribbean and Pacific Group",
            "Pacific Group",
        ),
    ],
)
def test_known_bodies_are_named_whole(nlp, text, expected, absent):
    names = set(organisations_by_name(nlp, text))
    assert expected in names
    assert absent not in names


# class: a body written "the Rio Group" or "the Group of Rio", or a fund named with a lower-case
# word in it (IFAS), is a known regional body
@pytest.mark.parametrize(
    "text, entry_id", [("Rio Group", "rio-group"), ("Group of Rio", "rio-group"), ("IFAS", "ifas")]
)
def test_the_rio_group_is_known(text, entry_id):
    from pipeline.components.org_gazetteer import Gazetteer, read_gazetteer
    from pipeline.paths import MODELS_DIR

    entry = Gazetteer(read_gazetteer(str(MODELS_DIR / "gazetteers" / "organisations.jsonl"))).lookup(text)
    assert (entry or {}).get("id") == entry_id


# class: a university's or an institute's name with "and" in its field, after an office's
# "of", is the body, not the office's field; a governmental body's "Secretariat" is part of
# its name ("the Peruvian Cabinet Secretariat")
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        (
            "Prof. Ana Lind, Vice President of Ostrava University of Mining and Technology, opened the forum.",
            "Ostrava University of Mining and Technology",
            None,
        ),
        (
            "The Peruvian Cabinet Secretariat released the list of envoys on Monday.",
            "Peruvian Cabinet Secretariat",
            "Peruvian Cabinet",
        ),
        ("Kim Sun, Minister of Trade and Industry, spoke first.", None, "Trade and Industry"),
    ],
)
def test_a_bodys_name_after_an_office_is_whole(nlp, text, expected, absent):
    names = set(organisations_by_name(nlp, text))
    assert expected is None or expected in names
    assert absent not in names


# class: a campus of a university system written after a comma ("University of California,
# Davis") is one body, known to the gazetteer, not the system cut at the comma
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Speakers came from the University of California, Davis and the University of Lagos.",
            "University of California, Davis",
        ),
        (
            "Ana Lind of the University of California, Santa Cruz, chaired the panel.",
            "University of California, Santa Cruz",
        ),
    ],
)
def test_a_campus_after_a_comma_is_one_body(nlp, text, expected):
    names = set(organisations_by_name(nlp, text))
    assert expected in names
    assert "University of California" not in names


# class: an acronym the gazetteer gives a body that the text never writes (silver class 15)
# is no alias of it in that document; one written in capitals, with dots or in title case is
@pytest.mark.parametrize(
    "acronym, text, expected",
    [
        ("NRFS", "the NRF Secretariat said on Monday", False),
        ("WHO", "who knows what comes next", False),
        ("NRF", "the NRF Secretariat said on Monday", True),
        ("UN", "the U.N. envoy arrived", True),
        ("AU", "an AU-EU summit opened", True),
        ("SADEC", "Sadec leaders met", True),
    ],
)
def test_organisations_written_acronym(acronym, text, expected):
    assert written_acronym(acronym, text) is expected
