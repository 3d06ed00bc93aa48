"""Speed (#18), the twenty-second stop: `trimmed` asks, for each candidate that ends with a
word in title case, whether that word is a headline's verb after a body word
(`_a_headline_verb_after_a_body`); the verbs are the lexicon's `org_agent_verb` and
`meeting_verb`, now one set made once (`OrgWords.headline_verb`) instead of the union of the
two made at each question. The same words, the same answers. Sentences invented."""

import pytest
import spacy

from pipeline.components import org_candidates as oc
from pipeline.components.org_words import OrgWords

WORDS = OrgWords(body={"university", "chamber", "council"}, agent_verb={"hosts", "signs"}, meeting_verb={"participate"})


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_speed_organisations_headline_verb_is_the_union():
    assert WORDS.headline_verb == WORDS.agent_verb | WORDS.meeting_verb
    assert isinstance(WORDS.headline_verb, frozenset)


@pytest.mark.parametrize(
    "text, verb, found",
    [
        ("Delegates of Varna Ocean University Participate in the talks", "Participate", True),  # meeting_verb
        ("Tolsk Chamber Hosts at the fair", "Hosts", True),  # agent_verb
        ("Tolsk Chamber Signs in Varna", "Signs", True),
        ("Tolsk Chamber Meets in Varna", "Meets", False),  # no verb of the lexicon
        ("Tolsk Ocean Institute Hosts at the fair", "Hosts", False),  # no body word before it
        ("Tolsk Chamber hosts at the fair", "hosts", False),  # not in title case
    ],
)
def test_speed_organisations_headline_verb_after_a_body(blank, text, verb, found):
    doc = blank(text)
    for t in doc:  # the tagger's verdict on the word after the verb
        t.tag_ = "IN" if t.text in ("in", "at") else "NNP"
    i = next(t.i for t in doc if t.text == verb)
    assert oc._a_headline_verb_after_a_body(doc, i, WORDS) is found
    # as the union made at each question answered
    t = doc[i]
    assert (t.is_title and t.lower_ in WORDS.agent_verb | WORDS.meeting_verb) is (
        t.lower_ in WORDS.headline_verb and t.is_title
    )


def test_speed_organisations_trimmed_of_a_headline_verb_from_one_set(blank):
    doc = blank("Varna Ocean University Participate in the talks")
    for t in doc:
        t.tag_ = "IN" if t.text == "in" else "NNP"
    (part,) = oc.trimmed(
        doc[0:4],
        oc.DocFacts(
            doc=doc, rule_spans=[], known_spans=[], furniture=[], places=set(), person_last=set(), lower_words=set()
        ),
        WORDS,
    )
    assert part.text == "Varna Ocean University"
