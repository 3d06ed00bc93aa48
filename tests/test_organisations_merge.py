"""One organisation, one row (org_merge): which names of a document are one organisation.
Names written for the tests."""

from __future__ import annotations

import pytest

from pipeline.components import org_merge as m
from pipeline.components.org_deciders import Verdict
from pipeline.components.org_gazetteer import Gazetteer
from pipeline.components.org_words import OrgWords

WORDS = OrgWords(
    body={"institute", "commission", "council", "assembly", "ministry", "parliament", "centre", "center"},
    gazetteer=Gazetteer(
        [{"id": "pr", "name": "Riksting", "acronym": "", "variants": ["Andean Parliament", "Parliament of the Andes"]}]
    ),
)


def names(*verdicts: Verdict) -> m.Names:
    return {v.name: v for v in verdicts}


def kept(name: str, acronym: str = "", step: str = "own_name") -> Verdict:
    return Verdict(name=name, acronym=acronym, step=step)


def test_merge_by_country_body():
    found = names(kept("Ministry of Fisheries of Peru", step="country_body"), kept("Ministry of Fisheries"))
    assert m.by_country_body(found, WORDS) == {"Ministry of Fisheries": "Ministry of Fisheries of Peru"}
    # one generic name for several bodies: a bare "Ministry of Fisheries" named before the
    # one country's (each delegation's own ministry) is not tied to that country's
    first = names(kept("Ministry of Fisheries"), kept("Ministry of Fisheries of Peru", step="country_body"))
    assert m.by_country_body(first, WORDS) == {}
    two = names(
        kept("Ministry of Fisheries"),
        kept("Ministry of Fisheries of Peru", step="country_body"),
        kept("Ministry of Fisheries of Chile", step="country_body"),
    )
    assert m.by_country_body(two, WORDS) == {}


def test_merge_by_acronym_prefers_the_gazetteer_name():
    found = names(
        kept("League of Andean Sates", "LAS"),  # a source's typo, defined in the text
        kept("League of Andean States", "LAS", step="gazetteer_entry"),
        kept("Nordic Institute", "NI"),
    )
    assert m.by_acronym(found, WORDS) == {"League of Andean Sates": "League of Andean States"}


@pytest.mark.parametrize(
    "short, longer, merged",
    [
        ("Nordic Institute", "Nordic Institute for Marine Research", True),
        ("Andean Council", "Andean Council of Ministers", True),
        # in another house spelling
        ("UN Andean Center", "United Nations Andean Centre for Rivers", True),
        # not a preposition after it: another body
        ("Nordic Council", "Nordic Council Development Bank", False),
        # not headed by a body noun
        ("Nordic Marine", "Nordic Marine of Peru", False),
        # class: a body noun heading a name before its own "of" ("Council of Ministers")
        ("Council of Ministers", "Council of Ministers of the Nordic Union", True),
        # class: a ministry named by the first field of its portfolio, then in full
        ("Ministry of Energy", "Ministry of Energy, Mines and Water", True),
    ],
)
def test_merge_by_short_form(short, longer, merged):
    found = names(kept(short), kept(longer))
    assert (m.by_short_form(found, WORDS) == {short: longer}) is merged


def test_merge_by_short_form_needs_one_longer_name():
    found = names(kept("Nordic Institute"), kept("Nordic Institute for Rivers"), kept("Nordic Institute for Lakes"))
    assert m.by_short_form(found, WORDS) == {}


@pytest.mark.parametrize(
    "short, longer, merged",
    [
        ("Assembly of the Andean Council", "Parliamentary Assembly of the Andean Council", True),
        ("AC Assembly", "AC Parliamentary Assembly", True),
        # the longer name adds a body of its own, not modifiers: another organisation
        ("Council of the Andes", "Parliamentary Assembly of the Council of the Andes", False),
        # another head noun
        ("Andean Council", "Andean Council Secretariat", False),
        # words after the name are no modifiers (a person's name the model ran on into)
        ("Assembly of the Andes", "Assembly of the Andes Ana Oyarzun", False),
        # a place put in makes another body
        ("NU Secretariat", "NU Peru National Secretariat", False),
    ],
)
def test_merge_by_modifier_dropped(short, longer, merged):
    found = names(kept(short), kept(longer))
    assert (m.by_modifier_dropped(found, WORDS, frozenset({"peru"})) == {short: longer}) is merged


def test_merge_by_head_noun():
    found = names(kept("Commission"), kept("Economic Commission for the Andes"), kept("Nordic Institute"))
    assert m.by_head_noun(found, WORDS) == {"Commission": "Economic Commission for the Andes"}
    two = names(kept("Commission"), kept("Economic Commission for the Andes"), kept("Andean River Commission"))
    assert m.by_head_noun(two, WORDS) == {}


def test_merge_targets_follow_merges_in_turn():
    found = names(
        kept("Parliament"),
        kept("Andean Parliament", "AP"),
        kept("Parliament of the Andes", "AP", step="gazetteer_entry"),
    )
    # by acronym, then the bare head noun joins the one parliament left
    assert m.merge_targets(found, WORDS) == {
        "Parliament": "Parliament of the Andes",
        "Andean Parliament": "Parliament of the Andes",
        "Parliament of the Andes": "Parliament of the Andes",
    }


def test_merge_by_head_noun_knows_the_gazetteer_names():
    found = names(kept("Parliament"), kept("Riksting", step="gazetteer_entry"), kept("Nordic Institute"))
    assert m.by_head_noun(found, WORDS) == {"Parliament": "Riksting"}


def test_merge_bare_bodies_that_joined_no_organisation():
    target = {"Board": "Board", "Commission": "Andean Commission", "Andean Commission": "Andean Commission"}
    words = OrgWords(body={"board", "commission"})
    assert m.bare_bodies(target, words) == {"Board"}


# class: an organ named after its body's acronym and again after the body's full name
# ("the NU Secretariat" … "the Nordic Union Secretariat") is one organ
@pytest.mark.parametrize(
    "found, merged",
    [
        (
            names(kept("Nordic Union", "NU"), kept("NU Secretariat"), kept("Nordic Union Secretariat")),
            {"NU Secretariat": "Nordic Union Secretariat"},
        ),
        # an acronym that no row and no gazetteer entry spells out stays apart
        (
            names(kept("NU Secretariat"), kept("Nordic Union Secretariat")),
            {},
        ),
        # another organ of the same body stays apart
        (
            names(kept("Nordic Union", "NU"), kept("NU Secretariat"), kept("Nordic Union Council")),
            {},
        ),
    ],
)
def test_merge_by_acronym_spelled_out(found, merged):
    assert m.by_acronym_spelled_out(found, WORDS) == merged


# class: one name written in two orders ("<Body> of the <Words>", "<Words> <Body>") is one row,
# under the name written first; other words in between make another body
@pytest.mark.parametrize(
    "first, second, merged",
    [
        ("Andes Alliance", "Alliance of the Andes", {"Alliance of the Andes": "Andes Alliance"}),
        ("Council of the Pampas", "Pampas Council", {"Pampas Council": "Council of the Pampas"}),
        ("Andes Alliance", "Alliance of the High Andes", {}),
        ("Andes Institute", "Institute of the Andes for Research", {}),
    ],
)
def test_merge_by_word_order(first, second, merged):
    found = names(kept(first), kept(second))
    words = OrgWords(body={"alliance", "council", "institute"})
    assert m.by_word_order(found, words) == merged


# class: "<Body> of the <ACRONYM>" and "<Body> of the <full name>" are one organ, spelled out
def test_merge_by_acronym_spelled_out_after_of():
    found = names(
        kept("Nordic Union", "NU", step="gazetteer_entry"),
        kept("Trade Council of the NU"),
        kept("Trade Council of the Nordic Union"),
    )
    assert m.by_acronym_spelled_out(found, WORDS) == {"Trade Council of the NU": "Trade Council of the Nordic Union"}
    alone = names(kept("Nordic Union", "NU", step="gazetteer_entry"), kept("Trade Council of the NU"))
    assert m.by_acronym_spelled_out(alone, WORDS) == {}


# a name headed before its "of" is not tied to a country's body of that name
# (`by_country_body` decides that)
def test_merge_by_short_form_leaves_a_countrys_body():
    found = names(kept("Council of Ministers"), kept("Council of Ministers of Peru", step="country_body"))
    assert m.by_short_form(found, WORDS) == {}


# class: a bare capitals word that spells the initials of one name of the document, never
# bracketed after it, is that body ("the Grand Council" … "the GC Speaker"); two names with
# those initials, a bracketed acronym of another, or a known acronym leave it alone
@pytest.mark.parametrize(
    "found, merged",
    [
        ((kept("Grand Council"), kept("GC")), {"GC": "Grand Council"}),
        ((kept("GC"), kept("Grand Council")), {"GC": "Grand Council"}),
        ((kept("Tinkerers Hall"), kept("House of the Tinkerers"), kept("TH")), {"TH": "Tinkerers Hall"}),
        ((kept("Andes-Pampas Trade Bureau"), kept("APTB")), {"APTB": "Andes-Pampas Trade Bureau"}),
        ((kept("Grand Council"), kept("Green Committee"), kept("GC")), {}),
        ((kept("Grand Council", "GRC"), kept("GC")), {}),
        ((kept("Andean Parliament"), kept("grand council"), kept("AP")), {"AP": "Andean Parliament"}),
        ((kept("Riksting"), kept("Regional Tribunal"), kept("RT")), {"RT": "Regional Tribunal"}),
    ],
)
def test_merge_by_initials(found, merged):
    assert m.by_initials(names(*found), WORDS) == merged


# class: the initials of a body's other name the lexicon knows ("Trade Office" of a row
# named "Ministry of Trade") are that body's too
def test_merge_by_initials_of_a_body_alias():
    words = OrgWords(body={"ministry", "office"}, body_alias={"trade office": "Ministry of Trade"})
    found = names(kept("Ministry of Trade"), kept("TO"))
    assert m.by_initials(found, words) == {"TO": "Ministry of Trade"}
    assert m.by_initials(names(kept("Ministry of Fisheries"), kept("TO")), words) == {}


# class: one name written with and without its spaces and dots (a site's name in a header and
# its address in a dateline's brackets) is one organisation; two names that only share letters
# with no dot and no word run together stay two
@pytest.mark.parametrize(
    "found, merged",
    [
        ((kept("Nordic News Info"), kept("NordicNews.Info")), {"NordicNews.Info": "Nordic News Info"}),
        ((kept("Andes Wire"), kept("AndesWire")), {"AndesWire": "Andes Wire"}),
        ((kept("Pampas Trade Bureau"), kept("Andean Parliament")), {}),
        ((kept("A.U."), kept("AU")), {}),
    ],
)
def test_merge_by_spacing(found, merged):
    assert m.by_spacing(names(*found), WORDS) == merged


# class: one name written with and without an "of" between its words (silver class 12) is
# one organisation; two names of other words, or of two words only, stay two
@pytest.mark.parametrize(
    "found, merged",
    [
        ((kept("State Great Hural"), kept("State of Great Hural")), {"State of Great Hural": "State Great Hural"}),
        (
            (kept("Grand Council of Andes Elders"), kept("Grand Council Andes Elders")),
            {"Grand Council Andes Elders": "Grand Council of Andes Elders"},
        ),
        ((kept("Council of Andes"), kept("Council Andes")), {}),
        ((kept("State of Great Hural"), kept("State of Small Hural")), {}),
    ],
)
def test_merge_by_of_dropped(found, merged):
    assert m.by_of_dropped(names(*found), WORDS) == merged


# class: one name written with a word in the singular and in the plural ("Heads of State" …
# "Heads of States") is one organisation, the one named first stays; names of other words,
# or of two words only, stay apart
@pytest.mark.parametrize(
    "found, merged",
    [
        (
            (kept("Council of the Heads of Government"), kept("Council of the Heads of Governments")),
            {"Council of the Heads of Governments": "Council of the Heads of Government"},
        ),
        (
            (kept("Conference of States Parties"), kept("Conference of State Parties")),
            {"Conference of State Parties": "Conference of States Parties"},
        ),
        ((kept("Council of the Heads of Government"), kept("Council of the Heads of Agencies")), {}),
        ((kept("Andes Council"), kept("Andes Councils")), {}),
    ],
)
def test_merge_by_number(found, merged):
    assert m.by_number(names(*found), WORDS) == merged


# class: a body's name and the same name with a place after it (its seat or campus) are one
# organisation, named with the place; not where two places follow it, nor a word no place
@pytest.mark.parametrize(
    "found, places, merged",
    [
        (
            (kept("Lakeside Institute Tartu"), kept("Lakeside Institute")),
            {"tartu"},
            {"Lakeside Institute": "Lakeside Institute Tartu"},
        ),
        ((kept("Andes Centre"), kept("Andes Centre Quito")), {"quito"}, {"Andes Centre": "Andes Centre Quito"}),
        (
            (kept("Lakeside Institute"), kept("Lakeside Institute Tartu"), kept("Lakeside Institute Narva")),
            {"tartu", "narva"},
            {},
        ),
        ((kept("Lakeside Institute"), kept("Lakeside Institute Press")), {"tartu"}, {}),
        # a bare name without a body word: a place after it makes another name
        ((kept("Lakeside"), kept("Lakeside Tartu")), {"tartu"}, {}),
    ],
)
def test_merge_by_place_added(found, places, merged):
    assert m.by_place_added(names(*found), WORDS, frozenset(places)) == merged
