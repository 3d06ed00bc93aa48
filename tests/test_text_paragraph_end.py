"""`TextIndex.paragraph_end` (the blank lines found once per document) gives what
`paragraph_end(text, pos)` (a regex search from pos) gives, at every position: inside a
paragraph, on a blank line, and inside a run of blank lines that holds a later one."""

import pytest
import spacy

from pipeline.text import TextIndex, paragraph_end

TEXTS = [
    "One line only.",
    "First paragraph.\n\nSecond paragraph.",
    "Heading\n \n\nBody after a run of blank lines.\n\n\nEnd.",
    "Tabs\t\n\t\n and a CR\r\n\r\nand a no-break space\n\xa0\nlast",
    "\n\nOpens with blank lines\nand a single break\n",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_end_from_the_index_is_the_search(text):
    index = TextIndex(spacy.blank("en").make_doc(text))
    assert [index.paragraph_end(pos) for pos in range(len(text) + 2)] == [
        paragraph_end(text, pos) for pos in range(len(text) + 2)
    ]
