"""Speed (#18), the twentieth stop: titles' `_org_index` finds a local office's word among the
tokens' lower case with numpy (no step per word of the document), and `_heading_countries`
makes a line's span only where a country word starts on it. Sentences invented."""

from __future__ import annotations

import pytest

from pipeline.text import text_index
from tests.readers import role_triples


class _CountingWords(list):
    """A text index's words that count the walks over all of them."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


@pytest.mark.parametrize(
    "text, word, body",
    [
        ("Kestrelton Mayor Ana Ruiz opened the harbour fair.", "Mayor", "Kestrelton"),
        ("Talks with Governor Lina Okafor ended on Friday.", None, None),
        ("The mayor of Kestrelton, Ana Ruiz, opened the fair.", None, None),
    ],
)
def test_speed_local_offices_found_without_walking_the_words(nlp, text, word, body):
    doc = nlp(text)
    titles = nlp.get_pipe("titles")
    index = text_index(doc)
    index._words = _CountingWords(index.words)
    _CountingWords.walks = 0
    orgs = titles._org_index(doc)
    assert _CountingWords.walks == 0  # no step per word of the document
    if word is not None:
        k = next(t.i for t in doc if t.text == word)
        assert orgs[k - 1][:2] == (body, "org")


@pytest.mark.parametrize(
    "text, triple",
    [
        # a country written alone on a line heads the list of names below it
        (
            "Delegations attending:\n\nMalawi:\nH.E. Mr Tomas Brandt, Minister of Trade\n\n"
            "Bhutan:\nH.E. Ms Lena Fisk, Minister of Energy\n",
            ("Lena Fisk", "Minister of Energy", "Bhutan"),
        ),
    ],
)
def test_speed_heading_countries_lines_with_a_country(nlp, text, triple):
    assert triple in role_triples(nlp, text)
