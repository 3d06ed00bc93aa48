"""parse_number: digits grouped by thousands and number words (text2num), nothing else."""

import pytest

from pipeline.components.counts import parse_number


@pytest.mark.parametrize(
    "text,expected",
    [
        ("250", 250),
        ("1,200", 1200),
        ("1 200", 1200),
        ("1\u00a0200", 1200),
        ("12,500", 12500),
        ("1.200", 1200),
        ("fifty-five", 55),
        ("Fifty - five", 55),
        ("four hundred", 400),
        ("two thousand", 2000),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("ten", 10),
    ],
)
def test_numbers_are_read(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "fourth",  # ordinal
        "first",
        "017 222",  # a phone number's groups, not thousands
        "12 34",
        "1,20",
        "1.5",
        "0250",
        "several",
        "dozens",
    ],
)
def test_non_numbers_are_rejected(text):
    assert parse_number(text) is None
