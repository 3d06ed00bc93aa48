"""The published date, by class: a dateline in capitals whose bracketed date runs straight into
the text; several dated lines at a page's foot (a list of items, none the page's date); and a
lower-case publication word after a determiner and its noun in a sentence (it dates the document
the sentence speaks of). Every text is written for the test."""

from __future__ import annotations

import pytest

#: a body long enough to put the listing below the page's header
BODY = "Lecture series\n\n" + "The series brings envoys to the campus every term to speak with students. " * 20
LISTING = (
    BODY + "\n\nPast Events\n\n"
    "A Talk with the Consul General of Peru\nMarch 3rd, 2017 | Hall B\n\n"
    "A Talk with the Ambassador of Ghana\nFebruary 9th, 2017 | Hall B\n"
)


@pytest.mark.parametrize(
    "text, published",
    [
        # Class: a dateline in capitals, its date in brackets, the text right after (no dash).
        ("NORTHFIELD COLLEGE IN OMAN (Oct. 3, 2021) Four envoys met students on campus.", "2021-10-03"),
        ("RIVERTON ACADEMY (12 May 2019) The consuls of three countries visited.", "2019-05-12"),
        # Negative: a bracketed date after words in lower case runs in a sentence.
        ("Envoys met again (Oct. 3, 2021) Four of them spoke to students.", None),
        # Class: several days on lines of their own at the foot are a list of items.
        (LISTING, None),
        # Negative: one day alone at the foot still dates the page.
        (BODY + "\n\nMarch 3rd, 2017\n", "2017-03-03"),
        # Class: a lower-case publication word after a determiner and its noun in a sentence.
        (
            "Summit note\n\nAttached is the text of the declaration issued on 4 June 2012 at the close of the summit.",
            None,
        ),
        ("Summit note\n\nBelow is a summary of the statement released on 9 May 2016 by the chair.", None),
        # Negatives: the page's own label stays the published date.
        ("Summit note\nPress release issued on 4 June 2012\n\nMinisters met in Oslo.", "2012-06-04"),
        ("Summit note\nIssued on 4 June 2012\n\nMinisters met in Oslo.", "2012-06-04"),
    ],
)
def test_published_bracket_dateline_foot_list_and_reported_document(nlp, text, published):
    assert nlp(text)._.published == published
