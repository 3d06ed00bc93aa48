"""Document metadata: kind, headline title (not navigation), dateline place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "CHECK AGAINST DELIVERY\n\nRemarks by the Secretary-General\n\nExcellencies, ladies and gentlemen,\n\nThank you.",
            "speech",
        ),
        ("MOSCOW, 3 March (TASS) - The talks continued on Tuesday, the ministry said.", "news"),
        ("The conference will take place in Vienna on 3-4 May 2021.", "announcement"),
        ("Press release\n\nOn 3 May 2021 Vienna hosted the annual conference.", "press_release"),
        ("Ministers discuss security\n\n7 October 2019\n\nThe ministers discussed security.", "news"),
        # rule `kind:news-default`: a text with no cue is news ("unknown" is never a text's kind)
        ("Some text without any cue at all.", "news"),
        # class: a release's number or a line naming only the communiqué makes a press release
        ("PR No. 317\n\nThe speaker received a delegation of the parliament of Elbonia.", "press_release"),
        ("NR/ 021/2030\n\nThe council met in its ordinary session at the secretariat.", "press_release"),
        ("LISBON COMMUNIQUE\n\nThe heads of government met in Lisbon. Excellencies, welcome.", "press_release"),
        ("FOR IMMEDIATE RELEASE\n\nThe board elected a new chair at its session.", "press_release"),
        # class: a speech's headline ("Speech: …") or its greeting to the room
        ("Speech: Minister on the harbour talks\n\nThe minister spoke to the press.", "speech"),
        ("The minister said: Good morning everybody, and welcome to the harbour.", "speech"),
        # class: an undated news lead (a weekday, a bare dateline) reads as news
        ("The harbour masters of the region met the minister on Thursday in the port.", "news"),
        ("NOVI SAD – The harbour masters of the region met the minister in the port.", "news"),
        # a speech: its delivery note, or a line holding only its salutation
        ("Statement to the Board\n\n(As prepared for delivery)\n\nI thank the Board for its work.", "speech"),
        ("Statement to the Board\n\nMr. Chairman,\n\nI am pleased to report on the work of the year.", "speech"),
        ("Statement to the Board\n\nDistinguished delegates,\nI am pleased to report on our work.", "speech"),
        # a salutation quoted inside a sentence is no speech
        (
            "Ministers discuss security\n\n7 October 2019\n\nThe minister began: “Excellencies, thank you.”",
            "news",
        ),
    ],
)
def test_metadata_kind(nlp, text, kind):
    assert nlp(text)._.kind == kind


# class 1 (round 3): a speech shows itself by its salutation list or by its speaker's "I"; a
# report that tells of a keynote or a speech in a sentence is no speech
@pytest.mark.parametrize(
    "text, kind",
    [
        # rule `kind:salutation-list`: a list of those greeted that ends in a salutation
        (
            "Harbour Forum opening\n\nMinister Varga; Mayor Lindqvist; distinguished guests; ladies and gentlemen."
            "\n\nIt is an honour to open the forum.",
            "speech",
        ),
        (
            "Harbour Forum opening\n\nHonourable ministers, members of the board, and dear friends:"
            "\n\nWe open the forum.",
            "speech",
        ),
        # a list of names that ends in no salutation is no speech
        (
            "Harbour Forum opening\n\nFrom left: Mayor Lindqvist; Minister Varga; Director Okafor."
            "\n\nThe forum opened in the port.",
            "news",
        ),
        # rule `kind:first-person`: the speaker's "I" on two lines that quote no one
        (
            "Harbour Forum opening\n\nThank you for coming to the port.\n\nI wish to thank the mayor."
            "\n\nI am glad the boards agreed.",
            "speech",
        ),
        # "I" inside quotation marks is a report's quote
        (
            "Harbour Forum opening\n\n“I am glad,” the mayor told the board.\n\n“I wish them well,” she added.",
            "news",
        ),
        # rule `kind:heading-cue`: a keynote or a speech reported inside a sentence is no speech
        (
            "Harbour Forum opens\n\nThe forum opened with a keynote by Minister Varga on port safety.",
            "news",
        ),
        (
            "Harbour Forum opens\n\nThe session began with a speech by Mayor Lindqvist, who praised the port.",
            "news",
        ),
        # the same cue heading the page names a speech
        ("Keynote address by Minister Varga\n\nThank you for coming to the port.", "speech"),
        ("Harbour Forum 2031\n\nStatement by the Chair of the Board\n\nWe met in the port.", "speech"),
    ],
)
def test_metadata_kind_of_a_speech_and_of_a_report(nlp, text, kind):
    assert nlp(text)._.kind == kind


NAV_PAGE = """Official Website of the Republic of Ruritania
News
Events Calendar
Top Tourist Sites
Souvenirs and Crafts
| Home | News | Interviews

12 May 2020

Ruritania and Borduria sign a memorandum on border cooperation

Ruritania and Borduria sign a memorandum on border cooperation

STRELSAU, 12 May (RNA) - The foreign ministers of the two countries signed a memorandum today.
"""


def test_metadata_title_is_the_headline_not_navigation(nlp):
    doc = nlp(NAV_PAGE)
    assert doc._.title == "Ruritania and Borduria sign a memorandum on border cooperation"
    assert doc._.place == "Strelsau"
    assert doc._.published == "2020-05-12"
    assert doc._.kind == "news"


def test_metadata_speech_title_joins_its_lines(nlp):
    text = "Remarks by Ms. Jane Roe,\n\nDirector of the Regional Office of\n\nthe Programme\n\nVienna, 3 May 2021\n\nExcellencies,\n\nThank you."
    doc = nlp(text)
    assert doc._.title == "Remarks by Ms. Jane Roe, Director of the Regional Office of the Programme"
    assert doc._.place == "Vienna" and doc._.published == "2021-05-03"


def test_metadata_no_date_means_no_published(nlp):
    doc = nlp("About the seminar\n\nOn March 4-5, 2017 Riga hosted the seminar.")
    assert doc._.published is None


def test_metadata_fixture_gold_kind(fixture_tables, gold):
    docs = fixture_tables["documents"].set_index("doc_id")
    for doc_id, g in gold.items():
        assert docs.loc[doc_id, "kind"] == g["kind"], doc_id


@pytest.mark.parametrize(
    "text, kind",
    [
        # class: a news article typed as a release or an announcement. Rule
        # `kind:reported-weekday`: reported speech dated by its weekday is a report's.
        (
            "Harbour ministers meet in Ostrava\n\nThe talks took place at the town hall, the secretariat "
            "said on Wednesday, adding that two more rounds will follow.\n",
            "news",
        ),
        (
            "Valley forum opens\n\nThe river commission on Friday held a first hearing with farmers "
            "of the upper valley, and a second will be held in spring.\n",
            "news",
        ),
        # rule `kind:according-to`: a report cites its sources
        (
            "Grain council meets\n\nAccording to the council's clerk, the session was held behind "
            "closed doors with eleven envoys.\n",
            "news",
        ),
        # rule `kind:byline`: a named writer's byline on a line of its own
        (
            "Delta envoys gather in Lagos\n\nBy Ruth Okonkwo-Bell\n\nThe meeting was hosted by the "
            "river basin authority for its member states.\n",
            "news",
        ),
        # negatives: a release's cues stand where no report cue does; a weekday outside
        # reported speech, and a byline of a body, not a writer, change nothing
        (
            "Valley forum opens\n\nThe second hearing of the river commission was held on Friday "
            "in the upper valley.\n",
            "press_release",
        ),
        (
            "Delta envoys gather\n\nBy the Press Office\n\nThe meeting was hosted by the river basin "
            "authority for its member states.\n",
            "press_release",
        ),
    ],
)
def test_metadata_kind_news_cues(nlp, text, kind):
    assert nlp(text)._.kind == kind


@pytest.mark.parametrize(
    "text,kind",
    [
        # class: a release's own strong cue outweighs the weak report cues any release writes
        # (`kind_weak_cue`: "according to", "said on {weekday}"), and a unit signing the release
        # is no writer's byline (rule `kind:byline`)
        (
            "Harbour authority opens tender\n\nThe Harbour Authority is pleased to announce a tender for "
            "two cranes. According to the tender notice, bids close in July.\n",
            "announcement",
        ),
        (
            "Transport accord signed\n\nFor immediate release\n\nThe transport minister said on Tuesday "
            "that the accord would cut freight costs.\n",
            "press_release",
        ),
        (
            "Rail forum opens\n\nThe rail forum opened in Accra.\n\nBy Media Relations Division\n\n"
            "The meeting was hosted by the transport ministry.\n",
            "press_release",
        ),
        ("Rail forum opens\n\nBy Information Unit\n\nThe forum took place in Accra.\n", "press_release"),
        # still news: a writer's byline; a weak cue where the release has no strong cue
        ("Rail forum opens\n\nBy Kofi Mensah-Ardo\n\nThe forum took place in Accra.\n", "news"),
    ],
)
def test_metadata_kind_weak_cues_yield_to_release_cues(nlp, text, kind):
    assert nlp(text)._.kind == kind


@pytest.mark.parametrize(
    "text, title",
    [
        # class: a title taken from a list of links to other items. Rule `title:link-list`: the
        # headline-like lines under a label ending in a colon are never the title.
        (
            "The river council met in Kaunas to agree its budget for the coming years.\n\n"
            "Read more:\n\nHarbour authority names a new board in Tallinn\n\n"
            "Grain exporters gather for a regional fair in Odesa\n",
            None,
        ),
        # class: page furniture over a title ("More From This Section")
        (
            "The river council met in Kaunas to agree its budget.\nMore From This Section\n"
            "Subscribe to the newsletter for the day's stories.\n",
            None,
        ),
        # class: a body sentence ending with an acronym; rule `title:sentence-acronym`
        (
            "Speaking after the vote, the chair said the plan reflected the spirit of the RCC.\n\n"
            "The river council met in Kaunas.\n",
            None,
        ),
        # negatives: one headline under a label stays a title; a headline with an acronym and no stop
        (
            "See also:\nRiver council adopts a budget for its water projects\n\nThe council met in Kaunas.\n",
            "River council adopts a budget for its water projects",
        ),
        (
            "River council adopts the budget of the RCC\n\nThe council met in Kaunas.\n",
            "River council adopts the budget of the RCC",
        ),
    ],
)
def test_metadata_title_is_no_link_furniture_or_sentence(nlp, text, title):
    assert nlp(text)._.title == title


@pytest.mark.parametrize(
    "text, title",
    [
        # class: a release marker ending in a colon ("Press release:") over the headline and its
        # standfirst; rule `title:link-list` must not read them as links to other items
        (
            "Press release:\nHarbour Ministers Sign Shipping Code in Tallinn\nThe code enters into force in "
            "the spring\n\nSix harbour ministers signed a shipping code on Tuesday in the Estonian capital.\n",
            "Harbour Ministers Sign Shipping Code in Tallinn",
        ),
        # negative: a furniture label over two headlines still makes them links
        (
            "The river council met in Kaunas to agree its budget.\n\nRelated stories:\n"
            "Harbour authority names a new board\nGrain exporters gather in Odesa\n",
            None,
        ),
    ],
)
def test_metadata_title_release_marker_is_no_link_label(nlp, text, title):
    assert nlp(text)._.title == title


@pytest.mark.parametrize(
    "text, kind",
    [
        # Class: the release's own label heading a line decides, over a news cue in the body or a
        # menu's "News".
        (
            "News | Events | Contact\nPRESS RELEASE\nHarbour ministers sign a shipping code\n3 May 2024\n"
            "The harbour ministers signed the code in Tallinn, the chair told reporters.\n",
            "press_release",
        ),
        (
            "Home\nNews\nHarbour ministers sign a shipping code\nFOR IMMEDIATE RELEASE\n3 May 2024\n"
            "The code was signed in Tallinn, the chair told reporters.\n",
            "press_release",
        ),
        # Negatives: a menu's "Press releases" (plural) or a release named inside a sentence is no label.
        (
            "Press releases\nHarbour ministers sign a shipping code\n3 May 2024\n"
            "The harbour ministers signed the code in Tallinn, the chair told reporters.\n",
            "news",
        ),
        (
            "Harbour ministers sign a shipping code\n3 May 2024\nThe harbour ministers signed the code, "
            "the chair told reporters after a press release: none was issued.\n",
            "news",
        ),
    ],
)
def test_metadata_kind_release_label_beats_a_news_cue(nlp, text, kind):
    assert nlp(text)._.kind == kind


@pytest.mark.parametrize(
    "text, title",
    [
        # Class: after a "Press release:" label the headline is the title, not the standfirst
        # (the first paragraph under it, nearer the date).
        (
            "Press release: Harbour ministers sign a shipping code in Tallinn\n\n"
            "The harbour ministers of six coastal states signed a new shipping code for their ports\n\n"
            "3 May 2024\n\nThe code enters into force in the spring.\n",
            "Harbour ministers sign a shipping code in Tallinn",
        ),
        (
            "Press release:\nHarbour ministers sign a shipping code in Tallinn\n"
            "Six coastal states agree on common rules for their ports and ferries\n3 May 2024\n\n"
            "The code enters into force in the spring.\n",
            "Harbour ministers sign a shipping code in Tallinn",
        ),
        # Negative: with no label, the line right above the date stays the title.
        (
            "Harbour News Service\n\nHarbour ministers sign a shipping code in Tallinn\n3 May 2024\n\n"
            "The code enters into force in the spring.\n",
            "Harbour ministers sign a shipping code in Tallinn",
        ),
    ],
)
def test_metadata_title_after_a_release_label_is_the_headline(nlp, text, title):
    assert nlp(text)._.title == title
