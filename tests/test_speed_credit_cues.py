"""Speed (#18), the twentieth stop: the credited sources' patterns that were tried at every
position of a text match their closing mark (`_DASH_CREDIT`) or run only on a text holding a
cue of their match (`_SLASH_DATELINE_CUE`, `_SITE_DATELINE_CUE`, `_SITE_NAME_CUE`); they find
what they found before. Sentences invented."""

import pytest

from pipeline.components import org_candidates as oc


@pytest.mark.parametrize(
    "text, expected",
    [
        # an agency's mark after a spaced dash, on a line of its own, or in brackets
        ("The talks ended on Friday. - TPX", ["TPX"]),
        ("The talks ended on Friday.\n\n— TPX\n", ["TPX"]),
        ("The talks ended in 1990. (TPX)", ["TPX"]),
        ('He said "we agree". – KNA', ["KNA"]),
        # negatives: no sentence's end before it; a hyphen bullet on its own line; more text after it
        ("The talks ended on Friday - TPX", []),
        ("The talks ended on Friday.\n- TPX\n", []),
        ("The talks ended on Friday. (TPX) Then more.", []),
    ],
)
def test_speed_credit_cues_dash_credit(text, expected):
    found = [m.group(g) for m in oc._DASH_CREDIT.finditer(text) for g in (1, 2, 3) if m.group(g)]
    assert found == expected


@pytest.mark.parametrize(
    "pattern, cue, text, matched",
    [
        ("_SITE_NAME", "_SITE_NAME_CUE", "It was first published on kestrelnews.com last week.", True),
        ("_SITE_NAME", "_SITE_NAME_CUE", "Tolsk News Desk | tolskpress.tk", True),
        ("_SITE_NAME", "_SITE_NAME_CUE", "See www.kestrelnews.com for more.", False),
        ("_SITE_NAME", "_SITE_NAME_CUE", "The U.S. and Tolsk agreed.", False),
        ("_SITE_DATELINE", "_SITE_DATELINE_CUE", "Varna, May 4 (KestrelNews.Info) The ministers met.", True),
        ("_SITE_DATELINE", "_SITE_DATELINE_CUE", "Varna, May 4 (KNA) The ministers met.", False),
        ("_SLASH_DATELINE", "_SLASH_DATELINE_CUE", "Varna /KESTRELPRESS/. The ministers met.", True),
        ("_SLASH_DATELINE", "_SLASH_DATELINE_CUE", "Varna/Tolsk talks ended.", False),
    ],
)
def test_speed_credit_cues_a_match_holds_its_cue(pattern, cue, text, matched):
    found = getattr(oc, pattern).search(text) is not None
    assert found == matched
    assert getattr(oc, cue).search(text) is not None or not found  # no match without the cue


def test_speed_credit_cues_sources_found():
    import spacy

    from pipeline.components.org_candidates import DocFacts, credited_sources
    from tests.readers import project_org_words

    text = "Varna, May 4 (KestrelNews.Info) The ministers met. It was first published on tolskpress.com today."
    doc = spacy.blank("en")(text)
    facts = DocFacts(
        doc=doc, rule_spans=[], known_spans=[], furniture=[], places=set(), person_last=set(), lower_words=set()
    )
    assert [s.text for s in credited_sources(facts, project_org_words())] == ["KestrelNews.Info", "tolskpress.com"]
