"""The organisation rule files: real, well-formed, and turned into matching patterns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.components.countries import read_countries
from pipeline.components.org_gazetteer import gazetteer_patterns, read_gazetteer
from pipeline.components.org_names import org_key, spelling_variants
from pipeline.rules import RuleError

MODELS = Path(__file__).resolve().parent.parent / "models"
GAZETTEER = MODELS / "gazetteers" / "organisations.jsonl"


def test_gazetteer_is_substantial_and_unambiguous():
    entries = read_gazetteer(GAZETTEER)
    assert len(entries) >= 100
    assert len({e["id"] for e in entries}) == len(entries)
    acronyms = [e["acronym"] for e in entries if e.get("acronym")]
    assert len(acronyms) == len(set(acronyms))
    # one spelling key names one organisation only
    owner = {}
    for e in entries:
        for form in [e["name"], *e.get("variants", [])]:
            assert owner.setdefault(org_key(form), e["id"]) == e["id"], form


@pytest.mark.parametrize(
    "acronym, name",
    [
        ("UNODC", "United Nations Office on Drugs and Crime"),
        ("UNOCT", "United Nations Office of Counter-Terrorism"),
        ("CTED", "Counter-Terrorism Committee Executive Directorate"),
        ("UNICRI", "United Nations Interregional Crime and Justice Research Institute"),
        ("UNODA", "United Nations Office for Disarmament Affairs"),
        ("UNOV", "United Nations Office at Vienna"),
        ("CSTO", "Collective Security Treaty Organization"),
        ("CARICOM", "Caribbean Community"),
        ("BelTA", "Belarusian Telegraph Agency"),
        # class: the regional intergovernmental bodies of Southeast Asia and Asia-Pacific
        ("SEAFDEC", "Southeast Asian Fisheries Development Center"),
        ("ICIMOD", "International Centre for Integrated Mountain Development"),
        ("ADPC", "Asian Disaster Preparedness Center"),
        ("AFoCO", "Asian Forest Cooperation Organization"),
    ],
)
def test_gazetteer_has_the_real_acronyms(acronym, name):
    assert {e["acronym"]: e["name"] for e in read_gazetteer(GAZETTEER)}[acronym] == name


def test_spelling_variants_cover_house_styles():
    forms = spelling_variants("United Nations Organization for Co-operation")
    assert {"UN Organisation for Cooperation", "United Nations Organization for Co-operation"} <= forms
    assert org_key("the Organisation for Security and Co-operation in Europe") == org_key(
        "Organization for Security and Cooperation in Europe"
    )


def test_gazetteer_patterns_carry_the_entry_id():
    patterns = gazetteer_patterns(str(GAZETTEER))
    osce = {p["pattern"] for p in patterns if p["id"] == "org:gazetteer:osce"}
    assert {
        "OSCE",
        "Organization for Security and Cooperation in Europe",
        "Organisation for Security and Co-operation in Europe",
    } <= osce


def test_gazetteer_rejects_unknown_keys(tmp_path):
    bad = tmp_path / "orgs.jsonl"
    bad.write_text(json.dumps({"id": "x", "name": "X", "acronymn": "X"}) + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match="orgs.jsonl:1: unknown key"):
        read_gazetteer(bad)


def test_countries_are_the_un_member_and_observer_states():
    listed = read_countries(str(MODELS / "gazetteers" / "countries.jsonl"))
    countries = {c["name"]: c for c in listed if not c.get("territory")}
    assert len(countries) == 195
    assert (
        countries["Belarus"]["official"] == "Republic of Belarus" and "Belarusian" in countries["Belarus"]["demonyms"]
    )
    assert all(c["demonyms"] and c["capitals"] for c in countries.values())
    # the territories a release names as a side (Bermuda, Cook Islands) come after them, marked
    territories = {c["name"] for c in listed if c.get("territory")}
    assert {"Bermuda", "Turks and Caicos Islands", "Cook Islands", "Niue"} <= territories
    assert len({c["iso3"] for c in listed}) == len(listed)


def test_layout_tolerant_ruler_matches_across_line_breaks():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "communique_layout_span_ruler",
        config={"spans_key": "orgs", "annotate_ents": True, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns(
        [{"label": "ORG", "pattern": "Organization for Security and Co-operation in Europe", "id": "osce"}]
    )
    doc = nlp("a seminar at the offices of the Organization for \n\nSecurity and Co-operation in Europe last spring")
    (span,) = doc.spans["orgs"]
    assert span.text == "Organization for \n\nSecurity and Co-operation in Europe" and span.id_ == "osce"
    assert [e.text for e in doc.ents] == [span.text]


def test_layout_tolerant_ruler_reads_the_compact_doc_only_where_a_name_may_run_over_a_break():
    # the same names on one line and over line breaks or runs of spaces; patterns added
    # later are known too (the words the ruler checks either side of a break are renewed)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("communique_layout_span_ruler", config={"spans_key": "orgs"})
    ruler.add_patterns([{"label": "ORG", "pattern": "Nordic Harbour Council", "id": "nhc"}])
    one_line, broken = nlp("The Nordic Harbour Council met.\n\nIt ended."), nlp("The Nordic\nHarbour  Council met.")
    assert [s.text for s in one_line.spans["orgs"]] == ["Nordic Harbour Council"]
    assert [s.text for s in broken.spans["orgs"]] == ["Nordic\nHarbour  Council"]
    ruler.add_patterns([{"label": "ORG", "pattern": "Andean Water Board", "id": "awb"}])
    later = nlp("the Andean\n\nWater Board and the Nordic Harbour Council")
    assert [s.id_ for s in later.spans["orgs"]] == ["awb", "nhc"]


def test_singular_of_plural_heads():
    from pipeline.components.org_words import singular

    assert [singular(w) for w in ("processes", "deputies", "chiefs", "addresses", "press", "forces")] == [
        "process",
        "deputy",
        "chief",
        "address",
        "press",
        "force",
    ]
