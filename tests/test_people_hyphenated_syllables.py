"""People: a name's syllables written with and without a hyphen in one document are one person.

Every name is invented for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.people import same_person
from tests.readers import person_names


# class (heldout29): "Wen Jia-bao" and "Wen Jiabao" name one person
@pytest.mark.parametrize(
    "form, name, expected",
    [
        ("Wen Jiabao", "WEN Jia-bao", True),
        ("Park Geun-hye", "Park Geunhye", True),
        ("Lin Jia-bao", "Lin Jiabao", True),
        # negative: other syllables, another person
        ("Lin Jia-bao", "Lin Jiahua", False),
        ("Kim Dae-jung", "Kim Dae-hyun", False),
    ],
)
def test_same_person_hyphenated_syllables(form, name, expected):
    assert same_person(form, name) is expected


def test_people_hyphenated_syllables_one_person(nlp):
    text = "Among the leaders were Chen Jian-guo and Viktor Orlov. Later, President Chen Jianguo addressed the press."
    assert len({n for n in person_names(nlp, text) if n.startswith("Chen")}) == 1
