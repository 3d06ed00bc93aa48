"""Speed (#18), the twenty-second stop: person_repair's patterns for initials without their
periods open with the letter and test the character before it after it (a pattern opening with
a lookbehind is tried at every position of the text), and the patterns of two-letter initials,
peers' names and given names written short run only on a text holding what each match holds
(their cue). Sentences invented."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.components import person_repair as person_repair_module

_LETTER = "[B-HJ-TV-Z]"
# the patterns as they were written before (lookbehind first)
OLD_BARE = re.compile(r"(?<![\w.’'-])" + _LETTER + r"(?= [A-Z])")
OLD_PAIRED = re.compile(r"(?<![\w.’'-])[AI](?= " + _LETTER + r" [A-Z])")


def _spans(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_speed_person_repair_initial_patterns_match_as_before():
    rng = random.Random(18)
    alphabet = "ABCIKUZax é.’'-_\n1"
    texts = ["", "R K Menon", "A K Rahman", "I S Rao", "x.R K Y", "-S P Rao", "’B C D"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(50_000)]
    for text in texts:
        assert _spans(person_repair_module.BARE_INITIAL, text) == _spans(OLD_BARE, text), text
        assert _spans(person_repair_module.PAIRED_INITIAL, text) == _spans(OLD_PAIRED, text), text


@pytest.mark.parametrize(
    "pattern, cue, pieces",
    [
        (
            "_digraph_initial",
            "_digraph_cue",
            ["Kh", "Ts", "Yu", "Sh", ".", ". ", "A", "B.", " ", "x", "Orlov", "\n", "-"],
        ),
        ("_peerage", "_peerage_cue", ["Lord ", "Baroness ", "Ames", " of ", "Kelso", "x", "-", "\n", ". "]),
        ("_given_abbreviation", "_given_abbreviation_cue", ["Ma", "Md", ".", " ", "Theresa", "Cruz", "x", "\n"]),
    ],
)
def test_speed_person_repair_cue_holds_every_match(nlp, pattern, cue, pieces):
    repair = nlp.get_pipe("person_repair")
    rng = random.Random(22)
    matched = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        if getattr(repair, pattern).search(text):
            matched += 1
            assert getattr(repair, cue).search(text), text
    assert matched  # the random texts did reach the pattern


@pytest.mark.parametrize(
    "text, person",
    [
        ("The delegation was headed by Ts. Davaasuren, Minister of Energy.", "Ts. Davaasuren"),
        ("Mr Kh.Batbold met the press in the afternoon.", "Kh.Batbold"),
        ("The report was signed by R K Menon on Friday.", "R K Menon"),
        ("Lord Ames of Thornbury opened the debate.", "Lord Ames of Thornbury"),
        ("The award went to Ma. Theresa Cruz of the university.", "Ma. Theresa Cruz"),
    ],
)
def test_speed_person_repair_initials_still_open_names(nlp, text, person):
    assert person in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
