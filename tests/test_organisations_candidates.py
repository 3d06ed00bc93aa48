"""Candidate rules (org_candidates.SHAPERS): the shape of an ORG span before the ladder
decides on it. Sentences written for the tests, on spacy.blank("en")."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers factories and token extensions)
from pipeline.components import org_candidates as oc
from pipeline.components.org_words import OrgWords

COUNTRIES = [{"name": "Peru", "demonyms": ["Peruvian"], "capitals": ["Lima"]}]
WORDS = OrgWords(
    body={"commission", "council", "institute", "board", "assembly", "office", "secretariat", "embassy", "stiftung"},
    government={"council"},
    event={"assembly", "conference"},
    document={"architecture", "compact"},
    title={"president", "minister"},
    generic={"member states", "general"},
    courtesy={"mr", "ms", "h.e"},
    post={"embassy", "high commission"},
    object_opener={"the", "its"},
    closing_mark={"ends", "more"},
    byline_role={"admin", "staff"},
)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("communique_countries").initialize(nlp=nlp, countries=COUNTRIES)
    return nlp


def facts_of(doc, rule_spans=()):
    return oc.DocFacts(
        doc=doc,
        rule_spans=list(rule_spans),
        known_spans=[],
        furniture=[],
        places=set(),
        person_last=set(),
        lower_words=set(),
    )


def shaped(blank, rule, text: str, span_text: str, rule_spans: tuple[str, ...] = ()) -> list[str]:
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    rules = [doc.char_span(text.index(r), text.index(r) + len(r)) for r in rule_spans]
    return [p.text for p in rule(span, facts_of(doc, rules), WORDS)]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("the Harbour Forum\n\nSpeeches\n\nText", "Harbour Forum\n\nSpeeches", ["Harbour Forum", "Speeches"]),
        (
            "Conference: Nordic Peace Institute (Oslo)",
            "Conference: Nordic Peace Institute",
            ["Conference", "Nordic Peace Institute"],
        ),
        ("one line\nNordic Peace\nInstitute met", "Nordic Peace\nInstitute", ["Nordic Peace\nInstitute"]),
        ("the Nordic Council / Photo credit", "Nordic Council / Photo", ["Nordic Council", "Photo"]),
        ("the Nordic Council ©Ana Oyarzun", "Nordic Council ©Ana Oyarzun", ["Nordic Council", "Ana Oyarzun"]),
        ("the Nordic Council/Andean Council", "Nordic Council/Andean Council", ["Nordic Council/Andean Council"]),
        # Class: a list's bullet ends an item; the model ran a name into the next item's words.
        (
            "Guests:\n  • Judge of the Harbour Tribunal\n  • Clerks of the Senate\n",
            "Harbour Tribunal\n  • Clerks",
            ["Harbour Tribunal", "Clerks"],
        ),
        # class: a dash that opens a line is a list's bullet too
        (
            "attended by the Nordic University of Tromsø\n- Trade Hall: Oslo",
            "Nordic University of Tromsø\n- Trade Hall",
            ["Nordic University of Tromsø", "Trade Hall"],
        ),
        (
            "the Harbour Tribunal • Senate Clerks",
            "Harbour Tribunal • Senate Clerks",
            ["Harbour Tribunal", "Senate Clerks"],
        ),
    ],
)
def test_candidates_at_breaks(blank, text, span, parts):
    assert shaped(blank, oc.at_breaks, text, span) == parts


def test_candidates_at_breaks_keeps_a_known_name_broken_over_paragraphs(blank):
    text = "the Nordic Council of\n\nFisheries met"
    name = "Nordic Council of\n\nFisheries"
    assert shaped(blank, oc.at_breaks, text, name, rule_spans=(name,)) == [name]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("the Chair of Council of Peru H.E Ana Oyarzun said", "Council of Peru H.E Ana Oyarzun", ["Council of Peru"]),
        ("greeted Ms Ana Oyarzun warmly", "Ms Ana Oyarzun", ["Ms Ana Oyarzun"]),  # at the start: the person's own
    ],
)
def test_candidates_before_courtesy(blank, text, span, parts):
    assert shaped(blank, oc.before_courtesy, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "the President of the Harbour Commission Jean-Luc Dufour said",
            "Harbour Commission Jean-Luc Dufour",
            ["Harbour Commission"],
        ),
        ("the head of the Board Ana Maria Oyarzun said", "Board Ana Maria Oyarzun", ["Board"]),
        # after "of" and a place
        (
            "the Secretary of the Assembly of Peru Ana Maria Oyarzun spoke",
            "Assembly of Peru Ana Maria Oyarzun",
            ["Assembly of Peru"],
        ),
        # one word after the body noun may be its own ("Asia Foundation Peru"), or a place
        ("the Harbour Commission Lima office", "Harbour Commission Lima", ["Harbour Commission Lima"]),
        # no body noun: nothing to cut at
        ("friends of Green Harbour Watch Nordic said", "Green Harbour Watch Nordic", ["Green Harbour Watch Nordic"]),
    ],
)
def test_candidates_before_person_tail(blank, text, span, parts):
    assert shaped(blank, oc.before_person_tail, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("the Council of Ministers of\nPeru met", "Council of Ministers of", ["Council of Ministers"]),
        ("the Nordic Union (NU 132 met", "Nordic Union (NU 132", ["Nordic Union"]),
        (
            "a list: (Peru), Nordic Society for Rivers, and",
            "(Peru), Nordic Society for Rivers,",
            ["Nordic Society for Rivers"],
        ),
        (
            "a list: (Peru), Nordic Society for Rivers, and",
            "Peru), Nordic Society for Rivers",
            ["Nordic Society for Rivers"],
        ),
        ("the 382nd Advisory Council met", "382nd Advisory Council", ["Advisory Council"]),
        ("at the 382nd Advisory Council", "the 382nd Advisory Council", ["Advisory Council"]),
        # a numbered assembly is a meeting: the ordinal stays for the ladder
        ("the 12th Andean Assembly opened", "12th Andean Assembly", ["12th Andean Assembly"]),
        ("the Nordic Institute (NI) met", "Nordic Institute (NI)", ["Nordic Institute (NI)"]),
        ("staff of T.M.C. Institute Inc. came", "T.M.C. Institute Inc.", ["T.M.C. Institute Inc."]),
        # the running text the model took in: lower-case words, a headline's verb
        ("peace in the Nordic region holds", "Nordic region", ["Nordic"]),
        (
            "the Nordic Partners for Co-operation met",
            "Nordic Partners for Co-operation",
            ["Nordic Partners for Co-operation"],
        ),
        ("the ACR said", "ACR", ["ACR"]),
        # class: an unclosed opening quote starts a title the model cut into
        (
            "an initiative of the Nordic Programme “Sea dialogue for all”.",
            "Nordic Programme “Sea",
            ["Nordic Programme"],
        ),
        ("the Nordic “Blue Sea” Institute met", "Nordic “Blue Sea” Institute", ["Nordic “Blue Sea” Institute"]),
        # class: a style's possessive pronoun after a body ("… Her Majesty the Queen")
        ("the head of the Nordic Union His Majesty the King", "Nordic Union His", ["Nordic Union"]),
    ],
)
def test_candidates_trimmed(blank, text, span, parts):
    assert shaped(blank, oc.trimmed, text, span) == parts


# class: a venue after a spaced dash is where the body met, not part of its name
def test_candidates_trimmed_of_a_venue_after_a_dash(blank):
    words = replace(WORDS, venue_end={"conference centre"})
    doc = blank("hosted by the Nordic University - Conference Centre in Oslo")
    start = doc.text.index("Nordic")
    span = doc.char_span(start, start + len("Nordic University - Conference Centre"))
    assert [s.text for s in oc.trimmed(span, facts_of(doc), words)] == ["Nordic University"]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        # a date glued on after the name with no dash (a speech's title line)
        (
            "at the Andean Council of Ministers 14 March 2015, Lima",
            "Andean Council of Ministers 14 March 2015",
            ["Andean Council of Ministers"],
        ),
        ("the Nordic Board March 3, 2016 report", "Nordic Board March 3, 2016", ["Nordic Board"]),
        # a number that is no date stays ("Agenda 2030", "Group of 77")
        ("the Nordic Board 2030 met", "Nordic Board 2030", ["Nordic Board 2030"]),
        # the word "Sources" of a bracketed source credit
        ("held in Lima. [NPX RS Sources]", "NPX RS Sources", ["NPX RS"]),
        # people coordinated with a body are not part of its name
        (
            "relations with the Peruvian Council and Officials in Lima",
            "Peruvian Council and Officials",
            ["Peruvian Council"],
        ),
        ("with the Nordic Board and Partners", "Nordic Board and Partners", ["Nordic Board"]),
        # class: a name closing its line with a body word, run on into a person's name on the
        # next line of a hard-wrapped text, ends at the line break
        (
            "and Clerk Andean Assembly\nTomas Ferro Kalinda has reached Lima",
            "Andean Assembly\nTomas Ferro Kalinda",
            ["Andean Assembly"],
        ),
        # ... but a body word or "of" on the next line continues the name
        (
            "the staff of the Nordic Council\nSecretariat met",
            "Nordic Council\nSecretariat",
            ["Nordic Council\nSecretariat"],
        ),
        ("the Andean Assembly\nof Peru met", "Andean Assembly\nof Peru", ["Andean Assembly\nof Peru"]),
    ],
)
def test_candidates_trimmed_of_a_tail_that_is_no_name(blank, text, span, parts):
    words = replace(WORDS, month={"march", "may"})
    doc = blank(text)
    start = text.index(span)
    assert [p.text for p in oc.trimmed(doc.char_span(start, start + len(span)), facts_of(doc), words)] == parts


def test_candidates_shape_applies_every_rule(blank):
    text = "the Chair of the Harbour Commission Ana Oyarzun Lema\n\nopened"
    doc = blank(text)
    span = doc.char_span(text.index("Harbour"), text.index("\n\nopened") + 8)
    assert [p.text for p in oc.shape(span, facts_of(doc), WORDS)] == ["Harbour Commission", "opened"]


def candidates_of(blank, text: str, spans: list[tuple[str, str]]) -> list[oc.Candidate]:
    doc = blank(text)
    return [oc.Candidate(doc.char_span(text.index(t), text.index(t) + len(t)), source) for t, source in spans]


@pytest.mark.parametrize(
    "text, spans, joined",
    [
        (
            "It studies the Andean Peace and Security Architecture today.",
            ["Andean Peace", "Security Architecture"],
            ["Andean Peace and Security Architecture"],
        ),
        (
            "talks on the Nordic Compact for Safe, Orderly and Regular Fishing began",
            ["Nordic Compact for Safe", "Regular Fishing"],
            ["Nordic Compact for Safe, Orderly and Regular Fishing"],
        ),
        # two organisations joined by "and" stay two
        (
            "the Andean Council and the Nordic Institute met",
            ["Andean Council", "Nordic Institute"],
            ["Andean Council", "Nordic Institute"],
        ),
        (
            "the Andean Council and Nordic Institute met",
            ["Andean Council", "Nordic Institute"],
            ["Andean Council", "Nordic Institute"],
        ),
    ],
)
def test_candidates_joined_coordinations(blank, text, spans, joined):
    cands = candidates_of(blank, text, [(t, "ner") for t in spans])
    assert [c.span.text for c in oc.joined_coordinations(cands, WORDS)] == joined


def test_candidates_joined_coordinations_keep_a_gazetteer_name_whole(blank):
    text = "the Andean Council and Security Architecture"
    cands = candidates_of(blank, text, [("Andean Council", "org:gazetteer:ac"), ("Security Architecture", "ner")])
    assert [c.span.text for c in oc.joined_coordinations(cands, WORDS)] == ["Andean Council", "Security Architecture"]


@pytest.mark.parametrize(
    "short, long, spelled",
    [
        ("ECOWAS", "Economic Community of West African States", True),
        ("NBC", "Nordic Bank for Cooperation", True),
        ("PRC", "Permanent Representatives Committee", True),
        ("CTED", "Committee Executive Directorate", False),
        ("ECOWAS", "Council of Ministers of the Economic Community of West African States", False),
    ],
)
def test_candidates_spelled_by_initials(blank, short, long, spelled):
    doc = blank(long)
    assert oc.spelled_by_initials(short, doc[:]) is spelled


def test_candidates_defined_around_a_possessive_prefix(blank):
    text = "the NU’s Permanent Representatives Committee (PRC) met"
    doc = blank(text)
    facts = facts_of(doc)
    start, end = text.index("Permanent"), text.index(" (PRC)")
    facts.long_ranges.append((start, end, "PRC"))
    whole = doc.char_span(text.index("NU’s"), end)
    assert facts.defined_around(whole) == "PRC"
    # a body of the defined organisation is not the organisation
    text2 = "the Council of the Nordic Bank (NB) met"
    doc2 = blank(text2)
    facts2 = facts_of(doc2)
    facts2.long_ranges.append((text2.index("Nordic"), text2.index(" (NB)"), "NB"))
    assert facts2.defined_around(doc2.char_span(text2.index("Council"), text2.index(" (NB)"))) == ""


def test_candidates_with_known_edges(blank):
    text = "The Andean Commission for Rivers met."
    doc = blank(text)
    ent = doc.char_span(0, text.index(" Rivers"))  # the model's "The Andean Commission for"
    known = doc.char_span(text.index("Andean"), text.index(" met"))
    facts = facts_of(doc)
    facts.known_spans.append(known)
    assert oc.with_known_edges(ent, facts).text == "The Andean Commission for Rivers"
    inside = doc.char_span(text.index("Andean"), text.index(" for"))
    facts.known_spans[:] = [inside]
    assert oc.with_known_edges(ent, facts) is ent  # a name inside the span changes nothing


def test_candidates_unclaimed_known(blank):
    text = "The Andean Commission for Rivers and ACR met."
    doc = blank(text)
    facts = facts_of(doc)
    facts.known_spans.extend(
        [doc.char_span(4, text.index(" and")), doc.char_span(text.index("ACR"), text.index("ACR") + 3)]
    )
    assert [s.text for s in oc.unclaimed_known(facts, covered=set())] == ["Andean Commission for Rivers"]
    assert oc.unclaimed_known(facts, covered={1, 2}) == []


def test_candidates_unclaimed_known_word_cut_off_a_place_by_a_line_break(blank):
    # class: the model ran a place over a line break into the next line's known agency
    text = "Summit opens in Lima\n\nNordpress, May 2, 2016\n\nThe summit opened."
    doc = blank(text)
    a, b = text.index("Lima"), text.index("Nordpress") + len("Nordpress")
    doc.ents = [doc.char_span(a, b, label="LOC")]
    facts = facts_of(doc)
    facts.known_spans.append(doc.char_span(text.index("Nordpress"), b))
    assert [s.text for s in oc.unclaimed_known(facts, covered=set())] == ["Nordpress"]
    # a one-word known name inside a place's span on one line stays the place's
    text = "Summit opens in Nordpress Lima today."
    doc = blank(text)
    doc.ents = [doc.char_span(text.index("Nordpress"), text.index(" today"), label="LOC")]
    facts = facts_of(doc)
    facts.known_spans.append(doc.char_span(text.index("Nordpress"), text.index(" Lima")))
    assert oc.unclaimed_known(facts, covered=set()) == []


@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "partners: NU, Andean Council, Nordic Institute, and others",
            "NU, Andean Council, Nordic Institute",
            ["NU", "Andean Council", "Nordic Institute"],
        ),
        (
            "offices: Office of the President, Office of the Prime Minister and",
            "Office of the President, Office of the Prime Minister",
            ["Office of the President", "Office of the Prime Minister"],
        ),
        # one name with a comma in it: no whole name after the comma
        (
            "the Council of Agriculture, Forestry and Fisheries met",
            "Council of Agriculture, Forestry and Fisheries",
            ["Council of Agriculture, Forestry and Fisheries"],
        ),
        (
            "the Institute of Research, Training and Statistics met",
            "Institute of Research, Training and Statistics",
            ["Institute of Research, Training and Statistics"],
        ),
    ],
)
def test_candidates_at_list_commas(blank, text, span, parts):
    assert shaped(blank, oc.at_list_commas, text, span) == parts


def test_candidates_split_leaves_a_span_headed_by_an_office_whole(blank):
    text = "Latin Peruvian Police Ministers met"
    doc = blank(text)
    ent = doc.char_span(0, text.index(" met"))
    rule = doc.char_span(text.index("Peruvian"), text.index(" Ministers"))
    words = OrgWords(body={"police"}, title={"minister"})
    (whole,) = oc.split(ent, facts_of(doc, [rule]), words)
    assert whole.span.text == "Latin Peruvian Police Ministers"


def test_candidates_trimmed_of_a_headline_verb(blank):
    text = "Andean Council Brings Ministers Together"
    doc = blank(text)
    for t in doc:  # the tagger's verdict, as the model gives it
        t.tag_ = "VBZ" if t.text == "Brings" else "NNP"
    (part,) = oc.trimmed(doc[0:3], facts_of(doc), WORDS)
    assert part.text == "Andean Council"


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("Andes Daily Andes Daily Andes Daily\nNews", "Andes Daily Andes Daily Andes Daily", ["Andes Daily"]),
        ("the Nordic Council Nordic Council", "Nordic Council Nordic Council", ["Nordic Council"]),
        ("the Council of Europe met", "Council of Europe", ["Council of Europe"]),
    ],
)
def test_candidates_first_of_repeats(blank, text, span, parts):
    assert shaped(blank, oc.first_of_repeats, text, span) == parts


def mentioned(doc, spans: list[tuple[str, str]]):
    """The model's spans, as the ner_mentions component records them."""
    text = doc.text
    doc._.mentions = [
        {
            "label": label,
            "start": text.index(t),
            "end": text.index(t) + len(t),
            "text": t,
            "normalized": "",
            "source": "ner",
        }
        for t, label in spans
    ]
    return doc


def test_candidates_mislabelled_bodies(blank):
    text = "Hosted by the NU Secretariat, with the Peruvian Embassy, Nordic Stiftung and the Lima Tower."
    doc = mentioned(
        blank(text),
        [
            ("the NU Secretariat", "FAC"),
            ("the Peruvian Embassy", "FAC"),
            ("Nordic Stiftung", "PERSON"),
            ("the Lima Tower", "FAC"),
        ],
    )
    facts = facts_of(doc)
    facts.known_spans.append(doc.char_span(text.index("NU"), text.index("NU") + 2))
    found = oc.mislabelled_bodies(facts, WORDS, covered=set())
    assert [(s.text, label) for s, label in found] == [
        ("the NU Secretariat", "FAC"),
        ("the Peruvian Embassy", "FAC"),
        ("Nordic Stiftung", "PERSON"),
    ]


@pytest.mark.parametrize(
    "text, label, body",
    [
        # review 1, finding 14: an office's and an occasion's lead share one walk to the body
        ("Remarks by the President of the Andean Council were read.", "WORK_OF_ART", "Andean Council"),
        ("We attended the Opening Reception of the Nordic Institute in Lima.", "WORK_OF_ART", "Nordic Institute"),
        ("We attended the Gala Reception of Peru in Lima.", "WORK_OF_ART", None),
    ],
)
def test_candidates_mislabelled_bodies_after_an_office_or_an_occasion(blank, text, label, body):
    start = text.index("the ", text.index(" ") + 1)
    end = text.index(" were") if " were" in text else text.index(" in Lima")
    doc = mentioned(blank(text), [(text[start:end], label)])
    words = replace(WORDS, occasion={"reception"})
    found = oc.mislabelled_bodies(facts_of(doc), words, covered=set())
    assert [s.text for s, _ in found] == ([body] if body else [])


@pytest.mark.parametrize(
    "text, most, rest",
    [
        ("the Deputy Chair of the Andean Council", 0, "Andean Council"),
        ("the Opening Reception of Nordic Forum", 3, "Nordic Forum"),
        ("the Very Long Opening Reception of the Nordic Forum", 3, None),
        ("the Chair of the lower house", 0, None),
        ("the Chair", 0, None),
    ],
)
def test_candidates_name_after_a_lead(blank, text, most, rest):
    doc = blank(text)
    found = oc._name_after_a_lead(doc[:], lambda t: True, most=most)
    assert (found.text if found is not None else None) == rest


def test_candidates_bodies_of_the_next(blank):
    text = "with the General Secretariat of the Andean Council and the Nordic Institute of the NU"
    cands = candidates_of(
        blank,
        text,
        [("General Secretariat", "ner"), ("Andean Council", "ner"), ("Nordic Institute", "ner"), ("NU", "ner")],
    )
    joined = oc.bodies_of_the_next(cands, None, WORDS)
    # a name of its own ("Nordic Institute") stays apart from the organisation after it
    assert [c.span.text for c in joined] == [
        "General Secretariat of the Andean Council",
        "Nordic Institute",
        "NU",
    ]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("staff of the Peruvian Embassy in Oslo said", "Peruvian Embassy", ["Peruvian Embassy in Oslo"]),
        (
            "the Peruvian High Commission in the Kingdom of Norway said",
            "Peruvian High Commission",
            ["Peruvian High Commission in the Kingdom of Norway"],
        ),
        # no post: the place is where it met, not part of its name
        ("the Nordic Institute in Oslo met", "Nordic Institute", ["Nordic Institute"]),
    ],
)
def test_candidates_with_its_place(blank, text, span, parts):
    countries = [{"name": "Norway", "official": "Kingdom of Norway", "capitals": ["Oslo"]}, *COUNTRIES]
    nlp = spacy.blank("en")
    nlp.add_pipe("communique_countries").initialize(nlp=nlp, countries=countries)
    assert shaped(nlp, oc.with_its_place, text, span) == parts


def test_candidates_split_keeps_an_organisation_office_in_a_country(blank):
    text = "partners: NU Peru and others"
    doc = blank(text)
    ent = doc.char_span(text.index("NU"), text.index(" and"))
    known = doc.char_span(text.index("NU"), text.index("NU") + 2)
    (whole,) = oc.split(ent, facts_of(doc, [known]), WORDS)
    assert whole.span.text == "NU Peru"


def test_candidates_the_dateline_agency(blank):
    text = "NORDVILLE, 4 May (NordPress) - Talks opened."
    doc = blank(text)
    start = text.index("(NordPress)")
    doc._.dateline_agency = (start, start + len("(NordPress)"))
    facts = facts_of(doc)
    facts.agency = oc.dateline_agency(doc)
    assert oc.agency_span(facts).text == "NordPress"
    (cand,) = oc.candidates(facts, {"ORG"}, WORDS)[0]
    assert (cand.span.text, cand.source) == ("NordPress", "org:dateline-agency")


@pytest.mark.parametrize("value", [None, (5, 2), (0, 10_000), ()])
def test_candidates_no_dateline_agency(blank, value):
    doc = blank("NORDVILLE, 4 May - Talks opened.")
    doc._.dateline_agency = value
    assert oc.dateline_agency(doc) is None


@pytest.mark.parametrize(
    "text, span, parts",
    [
        # a headline's last words and the next line's sentence
        (
            "Ministers meet in Lima for Fisheries Conference\nNo fewer than ten ministers came",
            "Lima for Fisheries Conference\nNo fewer",
            ["Lima for Fisheries Conference"],
        ),
        # a name wrapped over two lines
        (
            "held at the Nordic Institute for\nMarine Research in Bergen",
            "Nordic Institute for\nMarine Research",
            ["Nordic Institute for\nMarine Research"],
        ),
    ],
)
def test_candidates_at_a_sentence_on_the_next_line(blank, text, span, parts):
    assert shaped(blank, oc.at_a_sentence_on_the_next_line, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "ISSUED BY THE DEPARTMENT OF TRADE AND INDUSTRY\nPretoria",
            "THE DEPARTMENT OF TRADE",
            ["THE DEPARTMENT OF TRADE AND INDUSTRY"],
        ),
        # not shouted: the model's span stands
        ("the Department of Trade and Industry", "Department of Trade", ["Department of Trade"]),
        # capitals that go on with no conjunction are another thing
        ("THE NORDIC COUNCIL MEETS TODAY", "THE NORDIC COUNCIL", ["THE NORDIC COUNCIL"]),
    ],
)
def test_candidates_whole_shouted_name(blank, text, span, parts):
    assert shaped(blank, oc.whole_shouted_name, text, span) == parts


# class: a paragraph in capitals that the model ran on from a body's name into the
# sentence: the name stops before an -ing verb that takes an object
@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "THE LEADERS READ THE REPORT OF THE FISHERIES COMMITTEE REVIEWING THE SEASON OF 2020.",
            "THE FISHERIES COMMITTEE REVIEWING THE SEASON",
            ["THE FISHERIES COMMITTEE"],
        ),
        # an -ing word of the name itself, before a noun, stays
        (
            "THE HARBOUR CAPACITY BUILDING INSTITUTE MET.",
            "THE HARBOUR CAPACITY BUILDING INSTITUTE",
            ["THE HARBOUR CAPACITY BUILDING INSTITUTE"],
        ),
        # not in capitals: the model's span stands
        (
            "the Fisheries Committee Reviewing The Season",
            "Fisheries Committee Reviewing The Season",
            ["Fisheries Committee Reviewing The Season"],
        ),
    ],
)
def test_candidates_before_a_shouted_verb(blank, text, span, parts):
    assert shaped(blank, oc.before_a_shouted_verb, text, span) == parts


@pytest.mark.parametrize(
    "text, items",
    [
        ("the Councils of Fisheries, Rivers and Lakes met", ["Fisheries", "Rivers", "Lakes"]),
        # the list ends at a name of its own
        ("the Councils of Fisheries, Rivers, Board of Lakes and others", ["Fisheries", "Rivers"]),
        ("the Councils of Fisheries and the Nordic Institute met", []),
        # one body, not a coordination
        ("the Council of Fisheries, Rivers and Lakes met", []),
    ],
)
def test_candidates_coordinated_bodies(blank, text, items):
    doc = blank(text)
    start = text.index("Council")
    end = text.index(",") if "," in text else text.index(" and")
    facts = facts_of(doc)
    (head,) = candidates_of(blank, text, [(text[start:end], "ner")])
    cand = oc.Candidate(doc.char_span(start, end), head.source)
    out = oc.coordinated_bodies([cand], facts, WORDS)
    named = {doc[a:b].text: shared for (a, b), shared in facts.elliptic.items()}
    assert named == {i: "Council of" for i in items}
    assert [c.span.text for c in out] == (items or [cand.span.text])


def test_candidates_split_keeps_a_name_with_more_fields(blank):
    text = "the Council of Fisheries, Rivers and Lakes met"
    doc = blank(text)
    ent = doc.char_span(text.index("Council"), text.index(" met"))
    rule = doc.char_span(text.index("Council"), text.index(","))
    (whole,) = oc.split(ent, facts_of(doc, [rule]), WORDS)
    assert whole.span.text == "Council of Fisheries, Rivers and Lakes"


def test_candidates_listed_organisations():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Nine agencies came: NU (Peru), Green Harbour Watch, Andean Society and NORDA. Talks began."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label="ORG") for t in ("NU", "NORDA")]
    words = OrgWords(org_plurals={"agencies"})
    items = oc.listed_organisations(facts_of(doc), words)
    assert [s.text for s in items] == ["NU", "Green Harbour Watch", "Andean Society", "NORDA"]
    # fewer than half of the items are names the model found: no list of organisations
    doc.ents = []
    assert oc.listed_organisations(facts_of(doc), words) == []
    # no word for organisations before the list
    assert oc.listed_organisations(facts_of(doc), OrgWords(org_plurals={"bodies"})) == []


@pytest.mark.parametrize(
    "text, credited",
    [
        ("Talks opened in Lima on Monday, Nordic Press reports.\n\nMore followed.", ["Nordic Press"]),
        ("Talks opened in Lima on Monday, Andina reported. Ministers met.", ["Andina"]),
        # the verb first, or the source before the one it quotes
        ("Talks opened in Lima on Monday, informs Nordic Press. Ministers met.", ["Nordic Press"]),
        ("Talks opened in Lima, Nordpress reports citing the ministry.", ["Nordpress"]),
        # class: the source before the way it learnt it ("per", "via", "according to")
        ("Ministers signed the accord in Quito, Andina.Net reports per local media.", ["Andina.Net"]),
        ("Ministers signed the accord in Quito, Nordpress reported via its wire.", ["Nordpress"]),
        # class: a comma between the credit's verb and the source it quotes (silver class 6)
        ("Ministers signed the accord in Quito, Andina.Net reports, citing local media.", ["Andina.Net"]),
        ("Ministers signed the accord in Quito, Nordpress reported, quoting its wire.", ["Nordpress"]),
        ("Ministers signed the accord in Quito, Nordpress reported, and left.", []),
        # class: a byline of one name word on its own line is an outlet's; a person's has two
        # words or more, and a site's role word is none
        ("Accord signed in Quito\n\nBy Nordpress,\n\nMinisters signed the accord.", ["Nordpress"]),
        ("Accord signed in Quito\nBy Nordpress\nMinisters signed the accord.", ["Nordpress"]),
        ("Accord signed in Quito\nBy Tomas Orvik\nMinisters signed the accord.", []),
        ("Accord signed in Quito\nBy Admin\nMinisters signed the accord.", []),
        ("Accord signed in Quito. By Nordpress the ministers were told.", []),
        # not at a sentence's end: no credit
        ("Talks opened, Nordic Press reports say, in Lima.", []),
        ("Talks opened in Lima, reports Nordpress say.", []),
        # class: an undated dateline's agency as an acronym after the place's comma
        ("Lima, NPX. Talks opened on Monday.", ["NPX"]),
        ("Lima, NPX. Talks opened in Lima, reports NPX say.", ["NPX"]),
        # ... not in the middle of the text, not after a word that is no place
        ("Talks opened.\nLima, NPX. Ministers met.", []),
        ("Today, NPX. Ministers met.", []),
        ("Talks opened in Lima, the minister reported.", []),
        # an acronym after a dash ending a paragraph credits an outlet; a closing mark of the
        # lexicon (`closing_mark`) does not
        ("Talks opened in Lima on Monday. – NPX\n\nMinisters met.", ["NPX"]),
        ("Talks opened in Lima on Monday. – ENDS\n\nMinisters met.", []),
        ("Talks opened in Lima on Monday. - MORE", []),
    ],
)
def test_candidates_credited_sources(blank, text, credited):
    doc = blank(text)
    assert [s.text for s in oc.credited_sources(facts_of(doc), WORDS)] == credited


def test_candidates_at_list_commas_not_inside_a_known_name(blank):
    text = "the Andean Fund for Rivers, Lakes and Seas met"
    name = "Andean Fund for Rivers, Lakes and Seas"
    assert shaped(blank, oc.at_list_commas, text, name, rule_spans=(name,)) == [name]


def test_candidates_without_overlaps(blank):
    text = "the Andean Fund for Rivers, Lakes and Seas met"
    cands = candidates_of(blank, text, [("Andean Fund for Rivers, Lakes and Seas", "ner"), ("Lakes and Seas", "ner")])
    assert [c.span.text for c in oc.without_overlaps(cands)] == ["Andean Fund for Rivers, Lakes and Seas"]


# -- open-world shapes ------------------------------------------------------------------

OPEN = OrgWords(
    body=WORDS.body | {"committee", "department", "centre", "forum"},
    government=WORDS.government,
    title=WORDS.title,
    region={"eastern", "mediterranean", "caribbean", "pacific"},
    organ={"secretariat", "commission"},
    month={"march"},
    foreign={"de", "du", "la", "les", "pour", "sur"},
)


def open_facts(doc, known=(), places=()):
    facts = facts_of(doc)
    facts.known_spans = [doc.char_span(doc.text.index(k), doc.text.index(k) + len(k)) for k in known]
    facts.places = set(places)
    return facts


def open_shaped(blank, rule, text: str, span_text: str, known=(), places=()) -> list[str]:
    doc = blank(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    return [p.text for p in rule(span, open_facts(doc, known, places), OPEN)]


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("Judges of the Inter-Andean Water Committee met.", "Andean Water Committee", ["Inter-Andean Water Committee"]),
        ("The Nordic Water Committee met.", "Nordic Water Committee", ["Nordic Water Committee"]),
    ],
)
def test_candidates_with_its_prefix(blank, text, span, parts):
    assert open_shaped(blank, oc.with_its_prefix, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "members of the Research Institute of the Caribbean met",
            "Research Institute",
            ["Research Institute of the Caribbean"],
        ),
        (
            "the Regional Office for the Eastern Mediterranean met",
            "Regional Office",
            ["Regional Office for the Eastern Mediterranean"],
        ),
        ("the Mining Commission of Peru and others", "Mining Commission", ["Mining Commission of Peru"]),
        # a name that goes on after the place is left alone
        ("the Secretariat of the Pacific Fisheries Programme", "Secretariat", ["Secretariat"]),
        ("the Mining Commission of experts met", "Mining Commission", ["Mining Commission"]),
    ],
)
def test_candidates_with_its_region(blank, text, span, parts):
    assert open_shaped(blank, oc.with_its_region, text, span) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        (
            "Director General of Lima Protocol and Hospitality Department, spoke",
            "Hospitality Department",
            ["Lima Protocol and Hospitality Department"],
        ),
        (
            "the Heads of State and Government of the Nordic Council",
            "Government of the Nordic Council",
            ["Government of the Nordic Council"],
        ),
        # a place before "and" is another name's
        ("talks between Peru and Nordic Forum ended", "Nordic Forum", ["Nordic Forum"]),
    ],
)
def test_candidates_with_coordinated_modifiers(blank, text, span, parts):
    assert open_shaped(blank, oc.with_coordinated_modifiers, text, span, places={"peru"}) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("spokesman of the NU General Secretariat said", "NU", ["NU General Secretariat"]),
        ("spokesman of the NU General Secretariat said", "NU General", ["NU General Secretariat"]),
        ("the timetable of the NU secretariat says", "NU", ["NU secretariat"]),
        # an organ word that begins another name, or no organ, leaves it alone
        ("the NU secretariat Building opened", "NU", ["NU"]),
        ("NU member states met", "NU", ["NU"]),
    ],
)
def test_candidates_with_its_organ(blank, text, span, parts):
    assert open_shaped(blank, oc.with_its_organ, text, span, known=["NU"]) == parts


@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("(Nordic Press / Andean Wire - 12th March, 2021) Talks", "Andean Wire - 12th March,", ["Andean Wire"]),
        ("the [meeting of Nordic Council] NC, he said", "Nordic Council] NC", ["NC"]),
        ("LIMA (Andean Wire / Nordic Press) Talks", "LIMA (Andean Wire", ["Andean Wire"]),
        ("the Nordic Union (NU 132 members", "Nordic Union (NU 132", ["Nordic Union"]),
    ],
)
def test_candidates_trimmed_brackets_and_dates(blank, text, span, parts):
    doc = blank(text)
    start = text.index(span)
    shaped_parts = oc.trimmed(doc.char_span(start, start + len(span)), open_facts(doc, places={"lima"}), OPEN)
    assert [p.text for p in shaped_parts] == parts


def test_candidates_at_a_sentence_on_the_next_line_ends_before_the_datelines_place(blank):
    text = "Peru Hosts Andean Ministers\nLima, Peru hosted the talks."
    assert open_shaped(
        blank, oc.at_a_sentence_on_the_next_line, text, "Peru Hosts Andean Ministers\nLima", places={"lima"}
    ) == ["Peru Hosts Andean Ministers"]


def test_candidates_bodies_of_the_next_joins_a_committee_named_by_its_field(blank):
    text = "a delegation of the Committee on Fisheries of the Nordic Council met"
    cands = candidates_of(blank, text, [("Committee on Fisheries", "ner"), ("Nordic Council", "ner")])
    joined = oc.bodies_of_the_next(cands, open_facts(cands[0].span.doc), OPEN)
    assert [c.span.text for c in joined] == ["Committee on Fisheries of the Nordic Council"]


def test_candidates_a_rule_span_inside_a_hyphenated_word_is_no_inner_name(blank):
    text = "Judges of the Inter-Peruvian Water Council met."
    doc = blank(text)
    ent = doc.char_span(text.index("Inter"), text.index(" met"))
    rule = doc.char_span(text.index("Peruvian"), text.index(" met"))
    assert oc._inner(ent, facts_of(doc, [rule])) == []
    assert oc._in_a_hyphenated_word(rule)


def test_candidates_foreign_lines(blank):
    text = "The talks ended.\n- Retour sur les Minéraux du Développement\nThe Institute de la Paix met in Lima."
    lines = oc.foreign_lines(blank(text), OPEN)
    assert [text[a:b] for a, b in lines] == ["- Retour sur les Minéraux du Développement"]


def test_candidates_a_span_in_another_language_is_on_one_foreign_line(blank):
    # DocFacts reads only the line that holds the span: the same lines as `foreign_lines`
    text = "The talks ended.\n- Retour sur les Minéraux du Développement\nThe Institute de la Paix met in Lima."
    doc = blank(text)
    facts = facts_of(doc)

    def span(words):
        return doc.char_span(text.index(words), text.index(words) + len(words))

    assert facts.in_another_language(span("Minéraux du Développement"), OPEN)
    assert not facts.in_another_language(span("Institute de la Paix"), OPEN)  # more English words
    assert not facts.in_another_language(span("Développement\nThe Institute"), OPEN)  # over a line break
    assert not facts.in_another_language(span("The talks"), OPEN)


def test_candidates_token_table_reads_what_the_tokens_say(blank):
    doc = blank("İSTANBUL — the U.N. Office's 2nd  Forum:\n\n« ΣΟΦΙΑ » co-operation of 10,000 twenty!")
    table = oc.token_table(doc)
    for t in doc:
        row = (table.text[t.i], table.lower[t.i], table.space[t.i], bool(table.punct[t.i]))
        assert row == (t.text, t.lower_, t.is_space, t.is_punct), t.text
        assert (table.alpha[t.i], table.title[t.i], table.upper[t.i]) == (t.is_alpha, t.is_title, t.is_upper), t.text
        assert t.text.islower() == t.is_lower, t.text  # lower_case_words reads str.islower
        assert bool(table.like_num[t.i]) == t.like_num, t.text


def test_candidates_lower_case_words(blank):
    assert oc.lower_case_words(blank("The Nordic council met the Council.")) == {"council", "met", "the"}


def test_candidates_a_place_of_the_model_ending_in_a_body_word_is_no_place(blank):
    doc = blank("Messages came from the Nordic Secretariat in Lima.")
    doc.ents = [
        doc.char_span(doc.text.index("Nordic Secretariat"), doc.text.index(" in Lima"), label="LOC"),
        doc.char_span(doc.text.index("Lima"), doc.text.index("Lima") + 4, label="GPE"),
    ]
    facts = oc.DocFacts.of(doc, {"ORG"}, OPEN, menu_min_lines=4, menu_max_words=6)
    assert facts.places == {"lima"}


@pytest.mark.parametrize(
    "text, name",
    [
        # class: a function word glued before a name and a bracket glued after it (a web page's
        # links lost their spaces): the name alone
        (
            "Ministers met in Quito for the summit of theAndean Institute of Water Studies(AIWS) on trade.",
            "Andean Institute of Water Studies",
        ),
        (
            "The report was written at theNordic Institute of Marine Research in Bergen.",
            "Nordic Institute of Marine Research",
        ),
    ],
)
def test_candidates_trimmed_of_a_glued_function_word(nlp, text, name):
    names = {o["name"] for o in nlp(text)._.organisations}
    assert name in names
    assert not any(n.startswith("the") for n in names)


# class: the model's span took the first word of the office after the body ("… Alternate" +
# "Minister"): the body alone
@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("The Nordic Union Alternate Minister spoke.", "Nordic Union Alternate", ["Nordic Union"]),
        ("The Nordic Union Alternate met.", "Nordic Union Alternate", ["Nordic Union Alternate"]),
    ],
)
def test_candidates_trimmed_of_an_office_modifier(blank, text, span, parts):
    words = replace(WORDS, office_modifier={"alternate", "deputy"})
    doc = blank(text)
    start = text.index(span)
    cut = oc.trimmed(doc.char_span(start, start + len(span)), facts_of(doc), words)
    assert [s.text for s in cut] == parts


# Class: a body named only inside a person's office in apposition ("Name, Rector of the X
# Institute"): the model's span holds the office too; the body after "of" is the candidate.
@pytest.mark.parametrize(
    ("text", "person", "org", "expected"),
    [
        (
            "Ola Nordmann, President of the Andean Institute, opened the fair.",
            "Ola Nordmann",
            "President of the Andean Institute",
            ["Andean Institute"],
        ),
        # no person before it: the span is left as the model gave it
        (
            "The President of the Andean Institute opened the fair.",
            "",
            "President of the Andean Institute",
            ["President of the Andean Institute"],
        ),
    ],
)
def test_candidates_body_inside_an_office_after_a_person(blank, text, person, org, expected):
    doc = blank(text)
    ents = [doc.char_span(text.index(org), text.index(org) + len(org), label="ORG")]
    if person:
        ents.insert(0, doc.char_span(text.index(person), text.index(person) + len(person), label="PERSON"))
    doc.ents = ents
    found, _ = oc.candidates(facts_of(doc), {"ORG"}, WORDS)
    assert [c.span.text for c in found] == expected


# class: two chambers the model cut at "and", the second its country's, stay two bodies ("the Reef Senate
# and Peru's Congress"), not one event's name the chamber word also heads; an event's name
# cut at "and" is still joined
@pytest.mark.parametrize(
    "text, spans, joined",
    [
        (
            "the Reef Senate and Peru's Congress wrote",
            ["Reef Senate", "Peru's Congress"],
            ["Reef Senate", "Peru's Congress"],
        ),
        (
            "the Lagoon Peace and Reef Congress opened",
            ["Lagoon Peace", "Reef Congress"],
            ["Lagoon Peace and Reef Congress"],
        ),
    ],
)
def test_candidates_joined_coordinations_keep_two_country_chambers(blank, text, spans, joined):
    words = replace(WORDS, event={"congress", "conference"}, chamber={"congress", "senate"})
    cands = candidates_of(blank, text, [(t, "ner") for t in spans])
    assert [c.span.text for c in oc.joined_coordinations(cands, words)] == joined


# class (held-out review 28): a page's breadcrumb "Home" opening its first line, glued by the
# model to the site's name, is no word of it; "Home Office" and "Home Affairs" are names, and
# "Home" inside a line stays
@pytest.mark.parametrize(
    "text, span, parts",
    [
        ("Home The Baltic Courier\nMay 2014", "Home The Baltic Courier", ["The Baltic Courier"]),
        ("News\nHome Andes Review Weekly\nMay 2014", "Home Andes Review Weekly", ["Andes Review Weekly"]),
        # negative: a body's own "Home", and "Home" in the running text
        ("Home Office staff met the envoy.", "Home Office", ["Home Office"]),
        ("Home Affairs Ministry staff met the envoy.", "Home Affairs Ministry", ["Home Affairs Ministry"]),
        ("They visited the Nordic Home Care Institute.", "Nordic Home Care Institute", ["Nordic Home Care Institute"]),
    ],
)
def test_candidates_trimmed_of_a_breadcrumb_home(blank, text, span, parts):
    words = replace(WORDS, topic={"affairs"})
    doc = blank(text)
    start = text.index(span)
    found = oc.trimmed(doc.char_span(start, start + len(span)), facts_of(doc), words)
    assert [p.text for p in found] == parts
