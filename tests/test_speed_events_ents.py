"""Speed (#18), the twentieth stop: the events component reads the document's entities once
per call (`doc.ents` makes a Span of every entity on each read) and its steps share that read;
outside a call, and for another document, they are read as asked. Sentences invented."""

from __future__ import annotations

import pytest

TEXTS = [
    "VALDORA, 3 March 2031 - The Minister of Trade of Norland, Ilse Vantberg, met the Ambassador "
    "of Kesmar, Omar Teyl, in Valdora on Monday.\n\nThe 14th Session of the Harbour Council opened in Brisk.",
    "The Third Regional Seminar on Canal Safety was held in Port Amsel from 4 to 6 May 2029.",
    "No meeting is named here at all.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_events_read_the_entities_once_per_call(nlp, text):
    finder = nlp.get_pipe("events")
    doc = nlp(text)
    seen = []
    met = finder._met

    def spying(d, lead):
        seen.append(finder._ents_of(d))
        seen.append(finder._ents_of(d))
        return met(d, lead)

    finder._met = spying
    try:
        finder(doc)
    finally:
        del finder._met
    assert len(seen) == 2 and seen[0] is seen[1]  # one read, shared
    assert tuple(seen[0]) == tuple(doc.ents)


@pytest.mark.parametrize("text", TEXTS)
def test_events_entities_outside_a_call_are_read_fresh(nlp, text):
    finder = nlp.get_pipe("events")
    doc, other = nlp(text), nlp("The Summit of Lakeland States met in Orvo.")
    finder(doc)
    assert finder._held_ents is None  # no Doc is kept after the call
    if doc.ents:  # a read makes new Spans (an empty read is the one empty tuple)
        assert finder._ents_of(doc) is not finder._ents_of(doc)
    assert tuple(finder._ents_of(other)) == tuple(other.ents)


@pytest.mark.parametrize("text", TEXTS)
def test_events_rows_are_the_same_twice(nlp, text):
    doc = nlp(text)
    first = [dict(e) for e in doc._.events or []]
    nlp.get_pipe("events")(doc)
    assert [dict(e) for e in doc._.events or []] == first
