"""Speed (#18), the twentieth stop: metadata's `kind` asks the lines of the top part for a
speaker's "I" only where the whole top part holds one, and for a release's label only where
the top part holds one of the release's cues; the kinds stay those the lines give when every
line is asked (the expected kinds below are the earlier code's). Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.components.metadata import FIRST_PERSON

#: no "I" and no release cue anywhere: no line is asked
PLAIN = [
    "Harbour board meets in Tamsin\n\nThe board of the Tamsin canal met on Friday to plan works.",
    "Lakeland and Orvo agree on fisheries quotas\nOrvo, 4 June\nThe two states agreed on quotas.",
]

#: the kind every line's answer gives
KINDS = [
    ("Remarks at the canal forum\n\nI thank the chair.\nI am glad to be in Tamsin today.", "speech"),
    ("PRESS RELEASE\nCanal works begin in Tamsin\nThe board said works begin next week.", "press_release"),
    ("Press release: Orvo opens a consulate\n\nThe consulate opens in May.", "press_release"),
    ('Part I\nThe minister said "I am pleased" at the close.\nThe talks ended.', "news"),
    (PLAIN[0], "news"),
]


def _counting(meta):
    asked = {"first": 0, "label": 0}
    first, label = meta._first_person, meta._release_label

    def counting_first(line):
        asked["first"] += 1
        return first(line)

    def counting_label(line):
        asked["label"] += 1
        return label(line)

    meta._first_person, meta._release_label = counting_first, counting_label
    return asked


@pytest.mark.parametrize("head", PLAIN)
def test_kind_asks_no_line_where_the_top_part_holds_no_cue(nlp, head):
    meta = nlp.get_pipe("metadata")
    asked = _counting(meta)
    try:
        meta.kind(head)
    finally:
        del meta._first_person, meta._release_label
    assert asked == {"first": 0, "label": 0}


@pytest.mark.parametrize(("head", "kind"), KINDS)
def test_kind_is_what_the_lines_give(nlp, head, kind):
    assert nlp.get_pipe("metadata").kind(head) == kind


@pytest.mark.parametrize(
    ("head", "holds"),
    [
        ("PRESS   RELEASE\nCanal works", True),
        ("For immediate\nrelease: canal works", True),  # a label broken over two lines is squashed
        ("Canal works begin\nThe board met.", False),
    ],
)
def test_a_release_cue_is_looked_for_in_the_squashed_text(nlp, head, holds):
    assert nlp.get_pipe("metadata")._holds_release_cue(head) is holds


@pytest.mark.parametrize("line", ["I thank you", "Part I ", "so I, too", "(I’ve been", "Today I said"])
def test_a_line_s_first_person_is_found_in_the_whole_text(line):
    # the search over the whole text finds what a line's search finds (a superset)
    assert FIRST_PERSON.search(line)
    assert FIRST_PERSON.search("Top line\n" + line + "\nLast line")
