"""The event a document reports: numbered and named events, quoted titles and their themes,
labelled lines, occasions, and the other events a text mentions in passing. Sentences and
short releases written for these tests; full pipeline."""

import pytest

from tests.readers import event_names


@pytest.mark.parametrize(
    "text,expected",
    [
        # an ordinal and an event noun, with the body the meeting belongs to
        (
            "The Council of Ministers of the union opened its 45th Ordinary Session in Lomé on Monday.",
            "45th Ordinary Session",
        ),
        (
            "The 12th plenary session of the Assembly of Mediterranean Parliaments was held in Rabat.",
            "12th plenary session of the Assembly of Mediterranean Parliaments",
        ),
        (
            "The Ninth Global Meeting of Heads of Migration Agencies took place in Bern on 2 May 2022.",
            "Ninth Global Meeting of Heads of Migration Agencies",
        ),
        ("The Thirty-second Session opened in Santiago with a minute of silence.", "Thirty-second Session"),
        ("The VIII. Consuls Conference is being held in Izmir on 3-5 June 2021.", "VIII. Consuls Conference"),
        # class: a name ended by a colon and a dash ("…:-") that introduces the speech below it
        (
            "Address of the Minister of Trade at the opening of the 5th Andean-Amazonian Joint Trade Commission:-"
            "\n\nExcellencies, welcome to Quito.",
            "5th Andean-Amazonian Joint Trade Commission",
        ),
        # a numbered meeting of a body
        (
            "The Secretary welcomed delegates to the 215th Standing Committee of Permanent Delegates in Rome.",
            "215th Standing Committee of Permanent Delegates",
        ),
        # an ordinal after the body's acronym
        ("The chiefs met at the SAPCO 12th Annual General Meeting in Maputo.", "SAPCO 12th Annual General Meeting"),
        # the Nth edition of a named event
        (
            "The 18th edition of the Halifax Security Forum opened in Canada on Friday, attracting 300 delegates.",
            "18th edition of the Halifax Security Forum",
        ),
        # Class: an ordinal-led name with a hyphenated prefix keeps its first part.
        (
            "QUITO – The Twelfth Inter-Sessional Meeting of the Conference of Heads of Government of the "
            "Andean Community (ANCOM) was held at Quito on 16-17 February 2017.",
            "Twelfth Inter-Sessional Meeting of the Conference of Heads of Government of the Andean Community (ANCOM)",
        ),
        # Class: "the Nth <Body> Summit" keeps "Summit", though the body is named alone later.
        (
            "Minister Lee will represent Chile at the 9th Andean Alliance Summit to be held on July 5-6 in Quito.\n\n"
            "Before the Summit, Lee will meet the Andean Alliance Council of Ministers. He praised the Andean Alliance.",
            "9th Andean Alliance Summit",
        ),
        # Class: the Nth round (a part noun) of a meeting named in lower case: the meeting's
        # words up to its noun name it, not the capitalised word after "of".
        (
            "Delegations arrived for the 14th round of Andean trade ministers’ talks, which open in Lima on Monday.",
            "14th round of Andean trade ministers’ talks",
        ),
        # Class: a body's name before its event noun, an acronym, a possessive or a
        # capitalised kind word between, is a word of the event's name, no numbered body.
        (
            "The Premier flew to Apia on Sunday to attend the 14th Coral Sea Group (CSG) Leaders’ Summit.",
            "14th Coral Sea Group (CSG) Leaders’ Summit",
        ),
        (
            "Delegates gather for the 9th World Customs Organization Ministerial Conference in Lima.",
            "9th World Customs Organization Ministerial Conference",
        ),
        # Class: a headline's verb before the ordinal ("… Close 31st … Summit") is no word of
        # the name; before its ordinal a name holds only its body's acronym.
        (
            "Reef Nations Close 7th Coral Coast Forum in Apia\n\nThe forum ended on Friday with a statement.",
            "7th Coral Coast Forum",
        ),
        # Class: the headline's "Nth <acronym> Summit" is the meeting the body names formally,
        # with the same number and the acronym in brackets: one event, the formal name.
        (
            "Island Leaders Close 31st PIRC Summit in Apia\n\nOn Friday the 31st Ordinary Meeting of the "
            "Leaders' Assembly of the Pacific Island Regional Council (PIRC) closed with a final statement.",
            "31st Ordinary Meeting of the Leaders' Assembly of the Pacific Island Regional Council (PIRC)",
        ),
        # Class: the same, the acronym spelled out in the formal name's capitalised words, no brackets.
        (
            "Island Leaders Gather for 12th PIC Summit\n\nThe heads of government met in Apia for the 12th "
            "ordinary Session of Pacific Island Council Assembly on Friday.",
            "12th ordinary Session of Pacific Island Council Assembly",
        ),
        # Class: a numbered seminar's lower-case topic after "on" opens with "the" and goes on
        # with "of": all of it names the seminar; a time or a place beside it does not.
        (
            "The Fourth Seminar on the protection of archives of the coastal municipalities opened in Split.",
            "Fourth Seminar on the protection of archives of the coastal municipalities",
        ),
        ("The Fourth Seminar on the first day of its work heard the mayors of Split.", "Fourth Seminar"),
        ("Mayors met at the Fourth Seminar on the sidelines of the Adriatic Summit in Split.", "Fourth Seminar"),
        # Class: a capitalised word after "of" that qualifies lower-case nouns ("of Andean
        # health ministers") does not end the name: the nouns are words of it.
        (
            "The 6th Conference of Andean health ministers opened in Quito on Monday.",
            "6th Conference of Andean health ministers",
        ),
        (
            "Ministers gather in Rabat for the meeting of Maghreb interior ministers\n\nThe minister arrived in "
            "Rabat on Monday to attend the meeting of Maghreb interior ministers, which opened today.",
            "meeting of Maghreb interior ministers",
        ),
        # Class: a numbered name in capitals ("the Nth Ordinary Summit") is the event's own name,
        # though its words say only its kind: it beats a lower-case sitting of another organ.
        (
            "Heads of State of the bloc, meeting in their 31st Ordinary Summit in Accra, took several "
            "decisions.\n\nThe 31st ordinary session followed the 60th ordinary session of the Council of Ministers.",
            "31st Ordinary Summit",
        ),
    ],
)
def test_events_numbered(nlp, text, expected):
    assert event_names(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Caspian Energy Forum opens in Baku\n\nBAKU, 3 May 2022. The Caspian Energy Forum opened today in Baku.",
            "Caspian Energy Forum",
        ),
        # Class: a body's own session, after the body's possessive name, is named by the body.
        (
            "The Andean Parliament’s session is the largest regional forum of the year. "
            "In 2023 the session met in Quito.",
            "Andean Parliament session",
        ),
        # Class: a headline's word of praise before the name is no word of it.
        (
            "Successful Geneva Youth Forum by the Andean Envoy\n\nThe envoy addressed the forum on 3 May.",
            "Geneva Youth Forum",
        ),
        # Class: a capitalised "Ministerial" closing a name is the meeting; a page it is shown on is
        # no topic of it
        (
            "On 4 May the minister welcomed the envoys of the 9 member states to Oslo for the NORSEA Ministerial. "
            "See more photos from the Oslo Ministerial on the NORSEA Flickr page.",
            "NORSEA Ministerial",
        ),
        # a capitalised "Ministerial" before a noun or a name is a modifier, the meeting's kind
        (
            "A Ministerial meeting of the Reef Group took place on 25 May in Apia.",
            "Ministerial meeting of the Reef Group",
        ),
        # a complement naming the body, an acronym in brackets
        (
            "The Nordic Conference of Speakers of Parliament took place on 2-3 June 2021 in Oslo. "
            "The conference adopted a statement.",
            "Nordic Conference of Speakers of Parliament",
        ),
        (
            "Leaders registered for the Global Investment Forum (GIF) on Asia starting in Jakarta on 7 May. "
            "The forum will last three days.",
            "Global Investment Forum (GIF) on Asia",
        ),
        # a name before a lower-case event noun
        (
            "Japan to host the Partnership for Maritime Safety (PMS) plenary meeting\n\n"
            "The Partnership for Maritime Safety (PMS) plenary meeting will be held in Kobe. The meeting will last two days.",
            "Partnership for Maritime Safety (PMS) plenary meeting",
        ),
        # a lower-case event named by its topic
        (
            "Regional workshop on water diplomacy held in Dushanbe\n\n"
            "A regional workshop on water diplomacy and cooperation was held in Dushanbe on 3-4 March 2020. "
            "The workshop gathered 40 officials.",
            "regional workshop on water diplomacy and cooperation",
        ),
        # Class: a name heading a body's too ("Assembly") is the event when the text says it opens.
        (
            "The Coastal States Assembly (CSA) opened on Tuesday in Lisbon with a call for action.",
            "Coastal States Assembly (CSA)",
        ),
        # Class: a meeting named in lower case, its verb after an apposition.
        (
            "The CB5 Trade Ministers’ meeting, bringing together the trade ministers of the region, "
            "was hosted by Minister Oaks in Tallinn on 4–5 May.",
            "CB5 Trade Ministers’ meeting",
        ),
        # Class: a lower-case meeting the lead sentence says is hosted or convened.
        (
            "Lima will host a regional fisheries data training workshop from June 3-7, organised by the institute.",
            "regional fisheries data training workshop",
        ),
        (
            "The Secretariat convened a subregional workshop on strengthening customs cooperation for coastal states.",
            "subregional workshop on strengthening customs cooperation",
        ),
        # Class: a lower-case meeting said to be conducted or completed (passive), a stray comma
        # between its name and the verb.
        (
            "Coastal agency trains port inspectors\n\n"
            "The five-day induction seminar in Maputo, is being conducted by two trainers from the agency.",
            "induction seminar in Maputo",
        ),
        (
            "A regional seminar on fisheries data has been completed in Suva with twenty inspectors.",
            "regional seminar on fisheries data",
        ),
    ],
)
def test_events_named(nlp, text, expected):
    assert event_names(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a quoted title before a session the sentence says was held names the meeting
        (
            "The “Know the Coast” session was held in Apia on 3 May by the ministry. The session gathered 40 envoys.",
            ["Know the Coast"],
        ),
        # a quoted title before a session that only discusses something names no meeting
        (
            "The “Know the Coast” session discussed fisheries at the Reef Summit in Apia.",
            ["Reef Summit"],
        ),
        # a quoted title after a name made only of words for an event's kind is the name
        (
            "Vienna hosted its second High Level International Conference “Women in Mediation” on 3 May 2021.",
            ["Women in Mediation"],
        ),
        (
            "An international symposium titled 'Water Security in Arid Lands' opened in Amman on 4 March.",
            ["Water Security in Arid Lands"],
        ),
        # a title with its full stop inside the quotes, after "under the title"
        (
            'The two-day meeting hosted by Qatar is held under the title: "Building Resilient Supply Chains."',
            ["Building Resilient Supply Chains"],
        ),
        # a quoted title after a proper name is that event's theme
        (
            "From 5 to 6 May the Tallinn Cyber Forum 2021 titled “Trust in a Digital Age” took place. "
            "The Tallinn Cyber Forum 2021 gathered 400 experts.",
            ["Tallinn Cyber Forum 2021"],
        ),
        # Class: a quoted title after an event noun and "about"/"on", opening with a lower-case
        # article and ending with its full stop inside the quotes
        (
            'The Minister addressed a two-day seminar about "the Future of Rural Water Supply." The seminar '
            "discussed ten papers.",
            ["Future of Rural Water Supply"],
        ),
        ("Delegates joined a workshop on “the Ethics of Coastal Fisheries” in Apia.", ["Ethics of Coastal Fisheries"]),
        # a theme, a quoted document and quoted speech are not events
        ("The summit, which has “Jobs for Young People” as its theme, will last two days.", []),
        ("The conference closed with the adoption of the “Doha Declaration” by all delegations.", []),
        ("The session was opened by the Chair, who said: “This forum matters. We all gain from it.”", []),
    ],
)
def test_events_quoted_titles(nlp, text, expected):
    assert event_names(nlp, text) == expected


def test_events_labelled_line_of_a_media_advisory(nlp):
    text = (
        "Media Advisory\n\nThe Minister will meet the heads of mission accredited to the country.\n"
        "Event 1: Deputy Minister’s briefing for Heads of Mission (Opening Remarks)\nTime: 09h00\n"
        "Event 2: Weekly Media Briefing\nTime: 11h00\n"
    )
    assert event_names(nlp, text) == ["Deputy Minister’s briefing for Heads of Mission"]


def test_events_named_occasion_when_nothing_else_is_reported(nlp):
    text = (
        "Celebrations of Africa Day 2019\n\n"
        "The Embassy celebrated Africa Day 2019 on 25 May 2019 at its premises. Over 120 guests attended."
    )
    assert event_names(nlp, text) == ["Africa Day 2019"]


@pytest.mark.parametrize(
    "text",
    [
        # an event a text mentions as another one: upcoming, ahead of, a follow-up to
        "The minister received the ambassador. They discussed preparations for the upcoming 9th Baltic Sea Forum.",
        "The talks were held ahead of the Commonwealth Heads of Government Meeting in Kigali.",
        "The project is a follow-up to the 2019 Global Conference on Nuclear Security.",
        # Class: a meeting the people travel on to ("head off to", "on their way to") is another one
        "The delegates will head off to the 4th Coral Sea Summit in Honiara on Friday.",
        "The chiefs stopped in Nadi on their way to the Island Nations Forum in Koror.",
        # a statement that reports no meeting
        "The Union calls on all parties to exercise restraint and to respect international law.",
        # an organisation whose head noun can also name an event
        "The National Assembly adopted the budget. The Parliamentary Assembly of Asia welcomed it.",
        # a body doing something is no meeting ("held a debate")
        "The National Assembly held a debate on the budget. The Assembly held talks.",
        # Class: an organisation's name that holds an event noun ("… Forum Secretariat")
        "Ministers met at the Coral Sea Forum Secretariat in Suva on Saturday. Talks at the Coral Sea Forum "
        "Secretariat continued.",
        # Class: a sports contest is no meeting ("the Olympic games were held there")
        "The trainees toured the velodrome where the 2012 Olympic Games were held, then the old port.",
        # a lower-case meeting without a verb that says it is reported
        "The minister attended a regional meeting.",
        # "the" lower-case meeting with a gerund topic: a reference, not a name
        "Peru will host the regional conference on fighting illegal fishing on 2-3 April, the minister said.",
        # a day of an event, an anniversary
        "On the first day of the meeting the delegates visited the 20th Anniversary of the Institute exhibition.",
    ],
)
def test_events_not_reported(nlp, text):
    assert event_names(nlp, text) == []


def test_events_a_shorter_mention_adds_to_the_longer_name(nlp):
    text = (
        "MOSCOW, May 3. The First World Youth Assembly in Moscow opened today. "
        "The World Youth Assembly brings together 2,000 participants."
    )
    doc = nlp(text)
    [event] = doc._.events
    assert event["name"] == "First World Youth Assembly"
    assert len(event["mentions"]) == 2


def test_events_the_document_event_beats_those_it_mentions(nlp):
    text = (
        "Foreign ministers meet in Lisbon for the 6th Atlantic Ministerial Meeting\n\n14 June 2022\n\n"
        "The 6th Atlantic Ministerial Meeting opened today in Lisbon. "
        "Ahead of the G20 Summit next month, the ministers agreed to coordinate their positions."
    )
    assert event_names(nlp, text) == ["6th Atlantic Ministerial Meeting"]


def test_events_a_repeated_headline_names_its_event_once(nlp):
    """Class: a page that repeats its headline (title block, page title, first heading) names
    the event in it once, not once per copy: the formal name in the body outweighs it."""
    headline = "The Peruvian Transport Minister travels to Quito to attend the meeting of Andean transport ministers"
    text = (
        f"{headline}\n\n{headline}\n\n{headline}\n\n"
        "Transport Minister Rosa Quispe arrived in Quito to take part in the 48th session of the Andean "
        "Transport Council, which opened this morning in the Andean Community's building."
    )
    assert event_names(nlp, text) == ["48th session of the Andean Transport Council"]


def test_events_a_turnout_belongs_to_the_only_event(nlp):
    text = (
        "Caspian Energy Forum opens in Baku\n\nBAKU, 3 May 2022. The Caspian Energy Forum opened today in Baku. "
        "Over 300 delegates attended the opening ceremony. "
        "Last year's forum brought together 200 participants. "
        "Azerbaijan trained 40 engineers in 2021."
    )
    linked = {c["text"]: c["event"] for c in nlp(text)._.counts}
    assert linked == {
        "Over 300 delegates": "Caspian Energy Forum",
        "200 participants": "",
        "40 engineers": "",
    }


def test_events_quoted_title_given_as_a_title_may_end_in_a_document_noun(nlp):
    """Class: an event's title introduced by a title cue whose last word is also a document
    noun ("… Process", "… Agenda"): the cue makes it the event's title, not a document."""
    text = (
        'The two-day forum hosted by Norway is held under the title: "Building Trust at Sea - '
        'The Oslo Round of the Arctic Process." More than 200 delegates attend it.'
    )
    names = [e["name"] for e in nlp(text)._.events]
    assert names == ["Building Trust at Sea - The Oslo Round of the Arctic Process"]


def test_events_from_a_list_of_meetings_the_one_the_lead_reports(nlp):
    """Class: a release listing the meetings of a week reports the one its lead sentence
    names; meetings with other ordinals in the list are other meetings, never merged into it."""
    text = (
        "ACCRA, May 4 — The minister is leading the delegation to the 31st ECOWAS Trade Ministers’ Meeting "
        "and Related Meetings hosted by Ghana.\n\n"
        "The meetings are the 31st ECOWAS Trade Ministers’ Meeting; the 12th ECOWAS and Sahel Trade "
        "Ministers’ Meeting; the 9th Sahel Business Forum; and the ECOWAS Trade Ministers’ Meeting with "
        "Private Sector Representatives.\n"
    )
    assert event_names(nlp, text) == ["31st ECOWAS Trade Ministers’ Meeting"]


def test_events_a_title_case_headline_is_no_event_name(nlp):
    """Class: a headline set in title case ("Meets … On Margins Of …") joins verbs and
    prepositions to its capitals; it names an event only where the body names it again."""
    text = (
        "Trade Minister Meets Counterparts On Margins Of Regional Ministerial\n\n"
        "The trade minister saw several counterparts on the margins of the meeting "
        "of the Council of Trade Ministers, the ministry said on Thursday.\n"
    )
    assert event_names(nlp, text) == ["meeting of the Council of Trade Ministers"]


def test_events_a_title_case_headline_the_page_repeats_is_still_no_event_name(nlp):
    """Class: a page that repeats its title-case headline (title block, page title, heading)
    names it once: the copies are no second mention that confirms it as an event's name."""
    headline = "Envoy Holds Talks With Delegations On Margins Of Ocean Ministerial"
    text = (
        f"{headline}\n\n{headline}\n\n"
        "The envoy met several delegations on Monday on the margins of the meeting "
        "of the Council of Ocean Ministers, the ministry said.\n"
    )
    assert event_names(nlp, text) == ["meeting of the Council of Ocean Ministers"]


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal within a day counts meetings in the story, it numbers no event
        "The two delegations held their second bilateral meeting of the morning on fisheries and then visited the port.",
        # a person's first session is not the body's first
        "She then travelled to Vienna to attend her first session of the Governing Council of the Fund.",
        # Class: a bare number before a body's name that counts its members numbers no meeting
        "The 18 Forum Member countries agreed on Monday to lower their tariffs on fish.",
        "Envoys from the 27 European Union member states gathered in Brussels on Monday.",
    ],
)
def test_events_ordinals_that_number_no_event(nlp, text):
    assert not any(e["source"] == "event:numbered" for e in nlp(text)._.events)


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a number without its suffix used as an ordinal ("the 27 General Assembly of …").
        (
            "The 27 General Assembly of the Andean Parliament opened in Lima on Monday with a minute of silence.",
            ["27 General Assembly of the Andean Parliament"],
        ),
        (
            "Delegates gathered in Quito for the 14 Meeting of Heads of Customs on Tuesday.",
            ["14 Meeting of Heads of Customs"],
        ),
    ],
)
def test_events_a_bare_number_as_an_ordinal(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the lower-case meeting a named body holds ("is holding its annual meeting"), also in
        # the lead under a headline parsed into one sentence with it
        (
            "The Coastal Mayors Network is today holding its annual meeting in Hobart.",
            ["annual meeting of the Coastal Mayors Network"],
        ),
        (
            "Island chiefs gather in Suva\n\nThe Reef Nations Group is holding its yearly meeting in Suva this week.",
            ["yearly meeting of the Reef Nations Group"],
        ),
    ],
)
def test_events_a_body_holding_its_meeting(nlp, text, expected):
    assert event_names(nlp, text) == expected


def test_events_a_body_opening_its_numbered_session(nlp):
    """Class: "The <body> today began its Nth session": the session is numbered
    by the body the sentence opens with."""
    text = "The Regional Committee for Southern Africa today began its sixty-second session in Maputo."
    assert event_names(nlp, text) == ["sixty-second session of the Regional Committee for Southern Africa"]


@pytest.mark.parametrize(
    "text,name,place",
    [
        # a visit the lead sentence reports
        (
            "The Commissioner for Human Rights began an official visit to Chile on Monday at the invitation "
            "of the government.\n\nShe met the ministers of justice and of the interior.",
            "official visit to Chile",
            "Chile",
        ),
        (
            "Agency chief wraps up trip\n\nThe Director General, who was on a working visit to Kenya, "
            "met the President on Tuesday and toured two projects.",
            "working visit to Kenya",
            "Kenya",
        ),
        # talks between two people, the host named before, the partner after "with", each with the
        # office written before the name
        (
            "LISBON, May 3 -- Portuguese Prime Minister António Costa held talks with Spanish Prime Minister "
            "Pedro Sánchez on Wednesday in Lisbon.\n\nThe two leaders discussed energy links.",
            "talks between Portuguese Prime Minister António Costa and Spanish Prime Minister Pedro Sánchez",
            "Lisbon",
        ),
        # a partner named by an office of an organisation
        (
            "Foreign Minister Anna Lindqvist held talks with the Secretary-General of NATO in Brussels on Monday.",
            "talks between Foreign Minister Anna Lindqvist and the Secretary-General of NATO",
            "Brussels",
        ),
        # talks between two parties, named as such
        (
            "Bilateral talks between Portugal and Spain opened in Lisbon on Monday to discuss energy links.",
            "talks between Portugal and Spain",
            "Lisbon",
        ),
        # Class: a heading that opens with the visit.
        (
            "Visit to Peru, March 2016\nThe ministers of the group met party leaders in Lima during a two-day stay.",
            "Visit to Peru",
            "Peru",
        ),
        # Class: a courtesy call the lead reports, on an office holder or received.
        (
            "Envoy pays courtesy call\n\nThe Ambassador of Chile paid a courtesy call on the Minister of Trade "
            "of Peru on Monday in Lima.",
            "courtesy call on the Minister of Trade of Peru",
            "Lima",
        ),
        (
            "The Dean of the Diplomatic Corps received courtesy calls from new Ambassadors on 5 May 2021 in Wellington.",
            "courtesy calls",
            "Wellington",
        ),
        # Class: a visit whose kind is a formal occasion of its own ("state visit") is the event
        # with no destination written (the host's country is implicit).
        (
            "President Mary Otieno received the Emir of Qatar with full honours for a state visit on Tuesday.",
            "state visit",
            "",
        ),
        (
            "Otieno greets Emir for state visit\n\nThe Emir of Qatar began an official state visit on Tuesday, "
            "the first by a Gulf ruler in ten years.",
            "official state visit",
            "",
        ),
        # Class: the visit the lead sentence reports with the verb ("X visited Y"): the subject,
        # from the clause's edge (a dateline's colon, a comma), is its visitor.
        (
            "Quito: A 14-member delegation from five countries visited the Andean Regional Assembly on Friday "
            "and learnt about its committees.",
            "visit of a 14-member delegation from five countries to the Andean Regional Assembly",
            "",
        ),
        (
            "At the Senate Chair's invitation, a team headed by the Speaker of the Maltese "
            "Parliament Joe Camilleri visited Estonia from 3-6 May 2022.",
            "visit of a team headed by the Speaker of the Maltese Parliament Joe Camilleri to Estonia",
            "Estonia",
        ),
        # Class: the crawler's stamp pasted into the visit's name; rule `event:after-stamp`
        # starts the subject after it (the row above is the negative: no stamp, nothing cut).
        (
            " date 2031-05-04 Senate President Ana Ruiz visited the Andean Regional Assembly on Friday "
            "and met its clerks.",
            "visit of Senate President Ana Ruiz to the Andean Regional Assembly",
            "",
        ),
    ],
)
def test_events_visits_and_talks_a_document_reports(nlp, text, name, place):
    [event] = nlp(text)._.events
    assert (event["name"], event["place"]) == (name, place)


@pytest.mark.parametrize(
    "text, name",
    [
        # Class: ambassadors presenting their credentials; the office, not its holder's name.
        (
            "Envoys present credentials\n\nAmbassadors of Peru and Chile presented on 3 May their Letters of "
            "Credence to the President of Ghana Kofi Mensah. The President welcomed them.",
            "presentation of credentials to the President of Ghana",
        ),
        (
            "The new envoy of Chile presented his credentials to the Governor-General on Monday.",
            "presentation of credentials to the Governor-General",
        ),
        # "credentials" with no one presenting them is no ceremony
        ("The ambassador said the credentials of the project were strong.", None),
        # Class: a minister receiving copies of credentials before the ceremony with the head of
        # state is no presentation, nor is "credentials of <envoys>" an event's name.
        (
            "Minister Receives Credentials of Ambassadors\n\nThe Foreign Minister, Dr Ana Ruiz, received on "
            "Monday copies of credentials of the Ambassadors of Chile and Peru before their submission to the "
            "President.",
            None,
        ),
        ("The new Ambassador of Chile presented copies of his credentials to the Foreign Minister on Monday.", None),
    ],
)
def test_events_presentation_of_credentials(nlp, text, name):
    assert event_names(nlp, text) == ([name] if name else [])


@pytest.mark.parametrize(
    "text, name",
    [
        # Class: a speech's occasion, a name with its year after "the opening of".
        (
            "Address by the Minister at the opening of Export Asia 2009\n\nExcellencies, welcome to Lima.",
            "Export Asia 2009",
        ),
        # without a year it is no edition's name
        ("Address by the Minister at the opening of Export House\n\nExcellencies, welcome to Lima.", None),
    ],
)
def test_events_a_speech_at_the_opening_of_a_named_edition(nlp, text, name):
    assert event_names(nlp, text) == ([name] if name else [])


def test_events_talks_with_an_unnamed_counterpart_name_no_event(nlp):
    assert event_names(nlp, "Premier holds talks with Italian counterpart\n\nThe talks focused on trade.") == []


@pytest.mark.parametrize(
    "text",
    [
        # Class: a visit verb with no visitor named in its clause, or a visit told as past
        # background, is no visit reported.
        "The minister, who visited Peru last year, opened the water fair in Lima on Monday with the mayor.",
        "He visited the National Museum of Chile on Monday after meeting students of the university.",
        "The exchange of high-level visits between Chile and Peru was praised by the two sides on Monday.",
    ],
)
def test_events_a_visit_verb_without_a_named_visitor(nlp, text):
    assert event_names(nlp, text) == []


def test_events_a_visit_mentioned_in_passing_is_no_event(nlp):
    text = (
        "Ministers adopt a water strategy\n\n"
        "The ministers of the region adopted a common water strategy at their meeting on Monday.\n\n"
        "The minister recalled that his official visit to Chile last year had prepared the ground."
    )
    assert event_names(nlp, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Class: a lower-case meeting of a named body that the sentence says was held or convened.
        (
            "A ministerial session of the Council of the Arctic Rim States (CARS) was held in Tromso, Norway, on "
            "May 14.",
            "ministerial session of the Council of the Arctic Rim States (CARS)",
        ),
        (
            "An extraordinary meeting of the Board of the Coral Reef Fund was convened in Suva on Monday.",
            "extraordinary meeting of the Board of the Coral Reef Fund",
        ),
    ],
)
def test_events_lower_case_meeting_of_a_body_held(nlp, text, name):
    assert event_names(nlp, text) == [name]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: two meetings of one body sharing only the body's name ("APEC Ministerial
        # Meeting", "APEC Economic Leaders’ Meeting") are two events, never one.
        (
            "Issued by the ORCA Ministerial Meeting\n\n"
            "The ORCA Ministerial Meeting opened today in Suva and is chaired by the Minister of Trade. "
            "The meeting precedes the ORCA Economic Leaders’ Meeting on 20 November.",
            "ORCA Ministerial Meeting",
        ),
        # Class: a name without a number takes the number of the mention it absorbs, so the
        # previous edition stays another meeting.
        (
            "The 7th Reef Nations Leaders Meeting is being held from 3 to 5 May in Honiara. "
            "The Reef Nations Leaders Plenary meeting opens on Tuesday. "
            "Palau hosted the 6th Reef Nations Leaders Meeting in 2021.",
            "7th Reef Nations Leaders Meeting",
        ),
    ],
)
def test_events_two_meetings_of_one_body_stay_apart(nlp, text, expected):
    assert event_names(nlp, text)[:1] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a lower-case meeting, kind words before it, that its sentence says took place
        # (a place or a topic after the noun is a word of its name).
        (
            "Regional seminar in Central America 2019\n\n"
            "The regional seminar in Central America was held from 4-6 March 2019 in Tegucigalpa, Honduras.",
            ["regional seminar in Central America"],
        ),
        (
            "A national workshop on groundwater monitoring took place in Lusaka on 2 May 2018.",
            ["national workshop on groundwater monitoring"],
        ),
        # Class: a participle between commas right after the name ("…, held in Vienna on 4 May,")
        # says the meeting took place.
        (
            "The presidents of the two councils voiced concern about the floods in the region.\n\n"
            "The annual forum of the Danube Water Council, held in Vienna on 4 May, adopted a plan on river pollution.",
            ["annual forum of the Danube Water Council"],
        ),
        (
            "The presidents of the two councils voiced concern about the floods in the region.\n\n"
            "The annual forum of the Danube Water Council, held every spring, adopts a plan on river pollution.",
            [],
        ),
        # Class: a headline opening with the meeting, no article, its first word capitalised as
        # the line's or after a short "Topic:" label ("Regional ministerial meeting opens").
        (
            "Horn of Africa: Subregional water policy meeting opens\n\n"
            "Water ministers from six countries started talks on Tuesday in Djibouti on shared rivers.",
            ["subregional water policy meeting"],
        ),
        (
            "National drought seminar opens in Windhoek\n\n"
            "Officials from all regions started two days of work on Monday on early warning systems.",
            ["national drought seminar"],
        ),
        # a bare noun, or a meeting nobody says took place, names nothing
        ("The meeting was held in Lusaka on 2 May 2018.", []),
        ("The regional workshop in Central America needs more funding.", []),
    ],
)
def test_events_a_lower_case_meeting_said_to_take_place(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a body's noun set in lower case inside a meeting's complement ("the Danube
        # assembly and the Alpine Council") keeps the name going to the bodies after it.
        (
            "The presidents of the two councils voiced concern about the floods in the region.\n\n"
            "The annual summit of the Danube assembly and the Alpine Council, held in Vienna on 4 May, "
            "adopted a plan on river pollution.",
            ["annual summit of the Danube assembly and the Alpine Council"],
        ),
    ],
)
def test_events_a_lower_case_body_noun_inside_the_complement(nlp, text, expected):
    assert event_names(nlp, text) == expected


def test_events_a_headline_aside_does_not_reach_the_lead_joined_to_it(nlp):
    """Class: a headline's "ahead of the summit" is no cue for the meeting of the lead below
    it, even where the parser joined the two into one sentence."""
    text = (
        "Island chiefs gather in Nadi ahead of Reef summit\n\n"
        "The Melanesian Chiefs Council is today holding its annual meeting in Nadi before the chiefs "
        "travel on to the summit of reef nations in Apia."
    )
    assert event_names(nlp, text) == ["annual meeting of the Melanesian Chiefs Council"]


def test_events_a_headline_naming_the_meeting_by_its_body_acronym(nlp):
    """Class: a headline names the meeting by the acronym of its body and a lower-case noun
    ("… attends ACSN meeting"); the body names it in full, defining the acronym: one event."""
    text = (
        "Minister Ruiz attends ACSN meeting in Quito\n\n"
        "Minister Ruiz was among delegates from 20 nations attending a Summit of the Association of "
        "Coastal States of the North (ACSN). The ACSN, founded in 2004, groups most coastal states of the region."
    )
    assert event_names(nlp, text) == ["Summit of the Association of Coastal States of the North (ACSN)"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a visit framing the meeting reported ("as part of her visit to …") is context,
        # and consultations between two bodies that the text says were held are the event.
        (
            "Colombia’s Deputy Minister Ana Torres met Peruvian Minister Luis Vega as part of her visit to "
            "South America.\n\nOn 3 June 2021, the bilateral consultations between the Ministry of Foreign "
            "Affairs of Colombia and the Ministry of Foreign Affairs of Peru were held in Lima.",
            [
                "bilateral consultations between the Ministry of Foreign Affairs of Colombia and the Ministry "
                "of Foreign Affairs of Peru"
            ],
        ),
        ("Minister Ana Torres met the President of Peru as part of her official visit to Peru.", []),
        # Class: a visit set off by commas ("X, who is on a visit to Y, held talks …") frames the
        # talks or the meeting its sentence reports; with none after it, the visit is the event.
        (
            "Interior Minister Tomas Varga, who is on an official working visit to Chile, today held bilateral "
            "talks with his counterpart at the ministry in Santiago.",
            [],
        ),
        (
            "The Senate President on Monday received a group of Uruguayan deputies, who are on a study visit to Chile.",
            ["study visit to Chile"],
        ),
    ],
)
def test_events_a_visit_framing_the_meeting_reported(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a meeting named only by its city ("the Oslo meeting", "Oslo summit") where the
        # headline or the lead reports a body's leaders: their summit, named by the body's acronym.
        (
            "Leaders from the Nordic Grid Union (NGU) on Friday agreed to link their power networks. "
            "The Oslo meeting was attended by five heads of government.",
            [("NGU summit", "Oslo")],
        ),
        (
            "NGU leaders sign power pact at Oslo summit\n\nHeads of government of the five members agreed "
            "to link their networks at the summit on Friday, the host said.",
            [("NGU summit", "Oslo")],
        ),
        # a country's leaders ("US leaders") are no body's: the city's meeting keeps its name
        (
            "US leaders gathered in Oslo on Friday.\n\nThe Oslo summit opened with talks on trade.",
            [("Oslo summit", "Oslo")],
        ),
        # no leaders of a body: the city's meeting keeps its name
        (
            "The Oslo summit of Nordic mayors opened on Friday with a call for cleaner buses in the region.",
            [("Oslo summit of Nordic mayors", "Oslo")],
        ),
    ],
)
def test_events_a_city_named_meeting_of_a_body_s_leaders(nlp, text, expected):
    assert [(e["name"], e["place"]) for e in nlp(text)._.events] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: the meeting a speech opens is the event; the one "we prepare for" is another.
        (
            "Excellencies,\n\nI warmly welcome you to Accra and to the 14th Session of the Coastal Group Council "
            "of Ministers as we prepare together for the 6th Coastal Group Summit. I thank the team for its work in "
            "preparation for the 6th Coastal Group Summit.",
            ["14th Session of the Coastal Group Council of Ministers"],
        ),
        (
            "The 3rd Savanna Ministerial Forum opened in Dakar. Officials are preparing for the 4th Savanna Summit.",
            ["3rd Savanna Ministerial Forum"],
        ),
        # Class: the meeting a process is "leading to", or one on whose eve the text's meeting was
        # held, is another one.
        (
            "Coastal Planning Workshop for West Africa\n\nThe two-day workshop will take place in Accra to let "
            "focal points exchange views on the processes leading to the Ninth Session of the Governing Council.",
            ["Coastal Planning Workshop for West Africa"],
        ),
        (
            "The Ministerial Forum of the Savanna States met in Dakar on 2 May, on the eve of the Third Summit "
            "of the Savanna States.",
            ["Ministerial Forum of the Savanna States"],
        ),
        # a verb of preparing with no "for" after it is no cue
        (
            "Experts prepared the 9th Savanna Ministerial Forum, which opened in Dakar on 2 May 2019.",
            ["9th Savanna Ministerial Forum"],
        ),
    ],
)
def test_events_the_meeting_prepared_for_is_another(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: where no meeting reaches the score, the one name before a lower-case event noun
        # that the text uses as subject or object is the event.
        (
            "Excellencies, ladies and gentlemen.\n\nI wish all the delegations a fruitful and friendly "
            "Coral Sea conference at Apia. The islands share a long history.",
            ["Coral Sea conference"],
        ),
        (
            "Ministers of the region will gather today in Apia.\n\nThe Coral Sea Ministers meeting opens on "
            "Monday under the Prime Minister of Samoa.",
            ["Coral Sea Ministers meeting"],
        ),
        # Class: the same for a capitalised name that nothing else in the text supports
        (
            "Envoys from around the world gather in Lisbon this week.\n\nThe Annual Envoys Meeting will look at "
            "trade, energy and security in the coming year.",
            ["Annual Envoys Meeting"],
        ),
        (
            "Fishing quotas were the main topic of the talks in Lisbon this week.\n\nThe plan on fisheries was "
            "approved by the Annual Envoys Meeting with a large majority.",
            [],
        ),
        # a name a preposition governs is context ("the agenda for …", "approved by …")
        ("The minister said she was shaping the agenda for the Coral Sea summit in Apia next year.", []),
        ("The plan follows what was approved by Apia summit in the islands last year.", []),
    ],
)
def test_events_a_lower_case_named_meeting_when_nothing_else_is_reported(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a duration before a lower-case meeting's kind words ("a two-day regional …") is
        # no word of its name and hides no article.
        (
            "A two-day regional meeting for the Coastal Fisheries Commission has opened in Apia with delegates "
            "from 12 states.",
            ["regional meeting for the Coastal Fisheries Commission"],
        ),
        (
            "The ministry convened a three-day regional workshop on customs cooperation in Lima on Monday.",
            ["regional workshop on customs cooperation"],
        ),
        (
            "The five-day planning seminar in Kampala was held for officers of the district councils.",
            ["planning seminar in Kampala"],
        ),
    ],
)
def test_events_a_duration_before_a_lower_case_meeting(nlp, text, expected):
    assert event_names(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Class: a noun that names an event only capitalised, in a name ("… Training for …").
        (
            "Andean Training for Customs Officers and Border Agencies\n\nTwenty customs officers completed "
            "their course in Lima on Friday.",
            ["Andean Training for Customs Officers and Border Agencies"],
        ),
        # in lower case it is an activity; before a body's noun, an organisation's word
        ("The training of officials of the customs service continued in Lima on Friday with new courses.", []),
        ("The Andean Training Centre of the union hosted twenty officials in Lima on Friday.", []),
    ],
)
def test_events_a_noun_that_names_an_event_only_capitalised(nlp, text, expected):
    assert event_names(nlp, text) == expected
