"""Speed (#18), the twenty-second stop: events' QUOTED opens both of its kinds of quote with one
character class (the second kind's look-behind moved after its mark), so the regex engine scans
for a mark in C instead of trying the look-behind at every position of the text. Its matches,
groups and offsets are those of the two alternatives written apart (the pattern before). Texts
invented; random strings of the marks the pattern reads."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.components.events import QUOTED

#: the pattern before the step: the second alternative opens with a look-behind
BEFORE = re.compile(
    r"[“\"«‘]((?:[^”“\"«»‘’]|(?<=\w)’(?=\w)){8,250})(?:[”\"»]|’(?!\w))|(?<![\w'])'([A-Z][^'\n]{6,200}?)'(?![\w])"
)

TEXTS = [
    "The forum, themed “Tides of the Northern Reach”, opened in Velloran.",
    "Delegates adopted the 'Orlanmere Charter on Canals' and the \"Lantern Quay Accord\" today.",
    "The country’s envoy read «Bridges over the Saltmarsh» aloud; she called it 'Velloran's Pledge'.",
    "x'Not a quote' and ''Doubled Opening mark' then 'Short' and ‘Single curly quoted title’ end.",
    "an apostrophe in o’clock and ‘the guild’s own hall’ is one quote, 'lower case here' is none",
    "",
]


def _all(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.span(1), m.span(2), m.groups()) for m in pattern.finditer(text)]


def test_speed_events_quoted_class_opens_on_a_class():
    # the first item of the pattern is the class of both kinds' marks: no look-behind opens it
    opening = r"""[“\"«‘']"""
    assert QUOTED.pattern.startswith(opening) and not BEFORE.pattern.startswith(opening)


@pytest.mark.parametrize("text", TEXTS)
def test_speed_events_quoted_class_same_matches(text):
    assert _all(QUOTED, text) == _all(BEFORE, text)


def test_speed_events_quoted_class_same_on_random_strings():
    rng = random.Random(18)
    marks = ["“", '"', "«", "‘", "'", "”", "»", "’", "a", "Z", "A", "b", " ", "\n", ".", "7", "_", "Wordy"]
    for k in range(20_000):
        text = "".join(rng.choice(marks) for _ in range(rng.randint(0, 60 if k % 10 else 300)))
        assert _all(QUOTED, text) == _all(BEFORE, text), text
