"""One organisation, one row (org_merge): which names of a document are one organisation.
Names written for the tests."""

from __future__ import annotations

import pytest

from pipeline.components import org_merge as m
from pipeline.components.org_deciders import Verdict
from pipeline.components.org_words import OrgWords

WORDS = OrgWords(body={"institute", "commission", "council", "assembly", "ministry", "parliament"})


def names(*verdicts: Verdict) -> m.Names:
    return {v.canonical: v for v in verdicts}


def kept(name: str, acronym: str = "", step: str = "own_name", key: str = "") -> Verdict:
    return Verdict(name=name, acronym=acronym, step=step, key=key)


def test_merge_by_country_body():
    found = names(kept("Ministry of Fisheries"), kept("Ministry of Fisheries of Peru", step="country_body"))
    assert m.by_country_body(found, WORDS) == {"Ministry of Fisheries": "Ministry of Fisheries of Peru"}
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
        # not a preposition after it: another body
        ("Nordic Council", "Nordic Council Development Bank", False),
        # not headed by a body noun
        ("Nordic Marine", "Nordic Marine of Peru", False),
    ],
)
def test_merge_by_short_form(short, longer, merged):
    found = names(kept(short), kept(longer))
    assert (m.by_short_form(found, WORDS) == {short: longer}) is merged


def test_merge_by_short_form_needs_one_longer_name():
    found = names(kept("Nordic Institute"), kept("Nordic Institute for Rivers"), kept("Nordic Institute for Lakes"))
    assert m.by_short_form(found, WORDS) == {}


def test_merge_by_modifier_dropped():
    found = names(kept("Assembly of the Andean Council"), kept("Parliamentary Assembly of the Andean Council"))
    assert m.by_modifier_dropped(found, WORDS) == {
        "Assembly of the Andean Council": "Parliamentary Assembly of the Andean Council"
    }
    # the longer name adds a body of its own, not modifiers: "Andean Council" is its own row
    other = names(kept("Council of the Andes"), kept("Parliamentary Assembly of the Council of the Andes"))
    assert m.by_modifier_dropped(other, WORDS) == {}


def test_merge_by_modifier_dropped_compares_the_written_names():
    found = names(
        kept("Assembly of the Andean Council", key="AC Assembly"),
        kept("Parliamentary Assembly of the Andean Council", key="AC Parliamentary Assembly"),
    )
    assert m.by_modifier_dropped(found, WORDS) == {"AC Assembly": "AC Parliamentary Assembly"}


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
