"""Class: real general lists in the organisations gazetteer (models/gazetteers/organisations.jsonl)
of the bodies a press release about a visit or a meeting names beside the officials: the large
companies that sign deals there (energy, mining, autos, aerospace and defence, shipping and
ports, telecoms and technology, pharmaceuticals, banks, flag-carrier airlines, consumer goods,
construction), the newspapers, news sites and broadcasters a text credits (also in brackets
after the text, where the model may read a person's name), and the governing
organs of the UN agencies (the WHO regional committees, the IMO Council, the ILO Governing
Body ...). A body is recognised by its name or a variant, one organisation whatever the
wording (its id is the gazetteer name's); a
company's short name that is an ordinary word, a place or a surname ("Shell", "Ford",
"Total") is listed only in its full company form and is left alone. The sentences are invented."""

from __future__ import annotations

import pytest

from pipeline.components.org_names import org_id
from tests.readers import organisation_ids, organisation_name_set, person_names


@pytest.mark.parametrize(
    "text, name",
    [
        # companies that sign deals at official meetings
        (
            "Engineers from Rheinmetall presented the armoured vehicle plant to the visiting ministers.",
            "Rheinmetall",
        ),
        ("The minister toured the Vodacom data centre in Maputo on Tuesday.", "Vodacom"),
        ("Baidu and the city of Porto agreed to test driverless buses next year.", "Baidu"),
        ("A memorandum with Huawei on digital skills was signed during the visit.", "Huawei"),
        ("Engineers from Kazatomprom and Orano toured the plant with the ministers.", "Kazatomprom"),
        ("Sponsors included Transnet, Old Mutual and Vingroup.", "Old Mutual"),
        ("The delegation visited the Hikvision factory in Hangzhou.", "Hikvision"),
        # a company's full form is named by its common name
        ("Officials of The Coca-Cola Company attended the business forum in Accra.", "Coca-Cola"),
        # newspapers and news sites credited in a text
        ("Speaking to The Prague Post, the ambassador praised the exchange programme.", "The Prague Post"),
        ("The foreign minister gave an interview to Ammon News on Monday.", "Ammon News"),
        # governing organs of the UN agencies, by any of their names
        ("Ministers asked the IMO Council, Category A, to review the fees.", "IMO Council"),
        ("Jamaica sits on the ILO Governing Body, the minister noted.", "ILO Governing Body"),
    ],
)
def test_a_listed_company_outlet_or_un_organ_is_recognised(nlp, text, name):
    assert name in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a WHO regional committee named without "WHO"
        (
            "The Regional Committee for the Western Pacific adopted the budget in Manila.",
            "WHO Regional Committee for the Western Pacific",
        ),
        # a UN office at a duty station written without "at"
        ("Interpreters of the UN Office Geneva worked through the night.", "United Nations Office at Geneva"),
    ],
)
def test_a_un_body_in_another_wording_is_the_listed_body(nlp, text, name):
    assert org_id(name) in organisation_ids(nlp, text)


@pytest.mark.parametrize(
    "text, absent_name",
    [
        # a company's short name that is an ordinary word, a surname or a place is not listed alone
        ("Shell fragments were found near the school, the governor said.", "Shell plc"),
        ("Total exports to the region grew by four percent last year.", "TotalEnergies"),
        ("Ford County officials met the trade envoy on Thursday.", "Ford Motor Company"),
        # a share button of a web page names no company
        ("Share on Google+ Share on Twitter", "Google LLC"),
        # a newspaper's name that opens a longer body's name is not listed ("The Guardian")
        ("The Guardian Council approved the list of candidates on Tuesday.", "The Guardian"),
    ],
)
def test_an_ordinary_word_or_a_surname_is_not_a_listed_company_or_outlet(nlp, text, absent_name):
    assert absent_name not in organisation_name_set(nlp, text)


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("The two ministers agreed to meet again in Kandy in June. (Ada Derana)", "Ada Derana"),
        ("The envoys agreed to meet again in Muscat next spring. (Muscat Daily)", "Muscat Daily"),
    ],
)
def test_a_listed_outlet_credited_in_brackets_is_an_organisation_not_a_person(nlp, text, outlet):
    assert outlet in organisation_name_set(nlp, text)
    assert outlet not in person_names(nlp, text)
