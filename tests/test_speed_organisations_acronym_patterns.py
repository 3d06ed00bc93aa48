"""Speed (#18), the twenty-second stop: the merger's two acronym searches over the whole text
(`written_acronym`, and `_acronym_written` of `_unwritten_named`) open with the acronym's first
letter and look back past it, instead of opening with a look-behind that the regex engine
tries at every position of the text. They find the same matches at the same offsets as the
patterns they replace (kept here as the oracles). Sentences invented."""

import random
import re

import pytest

from pipeline.components import organisations as org


def _written_before(acronym: str, text: str) -> list[tuple[int, int]]:
    """The matches of `written_acronym`'s pattern as it was before the step."""
    letters = [re.escape(ch) for ch in acronym if not ch.isspace()]
    dotted = r"\.?".join(letters)
    pattern = re.compile(rf"(?<![\w.]){dotted}\.?(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def _written_now(acronym: str, text: str) -> list[tuple[int, int]]:
    letters = tuple(re.escape(ch) for ch in acronym if not ch.isspace())
    return [m.span() for m in org._written_acronym_pattern(letters).finditer(text)]


def _searched_before(acronym: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", text) is not None


@pytest.mark.parametrize(
    "acronym, text, written",
    [
        ("KNA", "KNA said on Monday that the talks had ended.", True),  # at the text's start
        ("KNA", "The talks ended, K.N.A. reported.", True),  # dotted
        ("KNA", "The talks ended, k.n.a reported.", False),  # in lower case only: no acronym
        ("TOL", "Tolsk and Varna met; Tol joined later.", True),  # title case ("Caricom")
        ("TOL", "The tolls were cut.", False),  # inside a word
        ("TOL", "The x.TOL code was used.", False),  # after a dot: part of a code
        ("TOL", "The xTOL code was used.", False),  # after a letter
        ("TOL", "The (TOL) code was used.", True),  # after a bracket
        ("TOL", "The TOLs were cut.", False),  # a word goes on after it
        ("A&B", "Members of A&B met.", True),  # a sign between its letters
        ("T O L", "The TOL met.", True),  # the acronym's spaces are no letters
    ],
)
def test_speed_organisations_written_acronym_finds_what_it_found(acronym, text, written):
    assert _written_now(acronym, text) == _written_before(acronym, text)
    assert org.written_acronym(acronym, text) is written


@pytest.mark.parametrize("seed", range(5))
def test_speed_organisations_acronym_patterns_match_the_old_on_random_text(seed):
    """On random strings of the acronyms' letters in both cases, dots, spaces, word characters
    and signs, both searches find exactly what the old patterns found."""
    rng = random.Random(seed)
    alphabet = "KNAkna..  _x9-(\n’é"
    for _ in range(1500):
        acronym = "".join(rng.choice("KNA&") for _ in range(rng.randint(1, 4)))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _written_now(acronym, text) == _written_before(acronym, text), (acronym, text)
        assert org._acronym_written(acronym, text) is _searched_before(acronym, text), (acronym, text)


@pytest.mark.parametrize(
    "acronym, text, found",
    [
        ("KNA", "KNA said the talks ended.", True),
        ("KNA", "The talks ended (KNA).", True),
        ("KNA", "The KNAB said the talks ended.", False),
        ("KNA", "The xKNA said the talks ended.", False),
        ("KNA", "The talks ended, kna said.", False),  # as written: case counts
        ("K.N", "The K.N said the talks ended.", True),
    ],
)
def test_speed_organisations_acronym_written_as_written(acronym, text, found):
    assert org._acronym_written(acronym, text) is found
    assert _searched_before(acronym, text) is found
