"""Page furniture (pipeline/layout.py): one idea of it, shared by the headline and the
organisations. Texts written for the tests."""

from __future__ import annotations

import pytest

from pipeline.layout import furniture_ranges, is_menu_item, lines_of

TERMS = {"print version", "share this page"}


@pytest.mark.parametrize(
    "line, menu",
    [
        ("Press Room", True),
        ("Member States and Observers", True),
        ("The ministers met in Lisbon on Monday.", False),  # a sentence
        ("Remarks by the Chair of", False),  # runs on into the next line
        ("12 March 2024", False),  # a dated header line is not a menu item
        ("Ministers agreed. Talks go on", False),  # holds a sentence end
        ("A headline that is much too long to be an item of any menu", False),
    ],
)
def test_layout_menu_item(line, menu):
    assert is_menu_item(line, max_words=7) is menu


@pytest.mark.parametrize(
    "text, furniture",
    [
        # a run of short lines is a menu, blank lines between them or not
        (
            "Home\nAbout Us\n\nPress Room\nContacts\n\nThe Council met in Oslo today.",
            ["Home", "About Us", "Press Room", "Contacts"],
        ),
        # a link bar, however short the page
        ("Home | Events | Media\n\nThe Council met in Oslo today.", ["Home | Events | Media"]),
        # a known furniture line, with or without its colon
        ("The Council met in Oslo today.\n\nPrint version:\n\nShare this page", ["Print version:", "Share this page"]),
        # a known furniture line running on into a row of dots (a transcript's header)
        ("Share this page..........\nThe Council met in Oslo today.", ["Share this page.........."]),
        # a headline above a story is not furniture
        ("Council meets in Oslo\n\nThe Council met in Oslo today.", []),
        # a copyright line
        (
            "The Council met in Oslo today.\n\nCopyrights © 2025 Andean Council\n© Nordic Institute",
            ["Copyrights © 2025 Andean Council", "© Nordic Institute"],
        ),
        # class: a paragraph of running text copied with a stray bar is no link bar
        (
            "The Council of the Andes met in Oslo today for two days of talks on fisheries, trade and"
            " the shared coast. |\n\nHome | Events",
            ["Home | Events"],
        ),
        (
            "Ministers of the Nordic Union at their meeting in Bergen, from left: the Chair of the Council,"
            " the Minister of Trade and the Secretary-General | Photo\nThe talks closed.",
            [],
        ),
        # a link bar's item repeated as the section's heading
        (
            "Home | Travel | Letters & Essays\n\nLetters & Essays\n\nThe Council met in Oslo today.",
            ["Home | Travel | Letters & Essays", "Letters & Essays"],
        ),
    ],
)
def test_layout_furniture_ranges(text, furniture):
    found = [text[s:e] for s, e in furniture_ranges(text, TERMS, min_run=3, max_words=6)]
    assert found == furniture


@pytest.mark.parametrize(
    "text, furniture",
    [
        # class: the rows of a markdown table (a run of "|" lines with a "---|---" rule) are
        # text, a programme's speakers and bodies; only the rule is furniture
        (
            "Programme\n10.00 | Opening session | Hall B |\n---|---|---|\n"
            "- | Address by the Director-General of the Andean Trade Bank. | |\n\nThe forum closed at noon.",
            ["---|---|---|"],
        ),
        (
            "| Time | Item |\n| :--- | ---: |\n| 9.30 | Welcome by the Nordic Fisheries Council |",
            ["| :--- | ---: |"],
        ),
        # a link bar with no rule stays furniture, beside a table or not
        (
            "Home | Events | Media\n\n10.00 | Opening address by the Andean Trade Bank. |\n---|---|\n"
            "The forum closed at noon.",
            ["Home | Events | Media", "---|---|"],
        ),
    ],
)
def test_layout_markdown_table_rows_are_text(text, furniture):
    found = [text[s:e] for s, e in furniture_ranges(text, TERMS, min_run=3, max_words=6, tables=True)]
    assert found == furniture
    # the headline's idea of furniture (no `tables`) keeps every "|" line
    plain = {text[s:e] for s, e in furniture_ranges(text, TERMS, min_run=3, max_words=6)}
    assert {line.text for line in lines_of(text) if "|" in line.text} <= plain


def test_layout_lines_keep_their_offsets():
    text = "First line\r\n\r\n  Second   line  \nThird"
    assert [(text[line.start : line.end].strip(), line.text) for line in lines_of(text)] == [
        ("First line", "First line"),
        ("Second   line", "Second line"),
        ("Third", "Third"),
    ]


def test_layout_lone_line_is_furniture_only_when_the_lexicon_lists_it():
    from pipeline.lexicon import read_lexicon
    from pipeline.paths import MODELS_DIR

    listed = read_lexicon(MODELS_DIR / "lexicon.jsonl")["page_furniture"]
    assert {"print version", "read more"} <= listed
    text = "The talks ended.\n\nPrint  Version\n\nVisit our  Gift Shop\n\nThe ministers left."
    found = [text[s:e] for s, e in furniture_ranges(text, set(listed), min_run=4, max_words=6)]
    assert found == ["Print  Version"]
    (range_,) = furniture_ranges(
        "The talks ended.\n\nVisit our  Gift Shop\n", {"visit our gift shop"}, min_run=4, max_words=6
    )
    assert range_ == (18, 38)
