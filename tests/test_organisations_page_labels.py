"""Class: a web page's one-word labels that the model reads as a body's acronym or name (a
wire's note to editors "ATTN:", a form's "CAPTCHA" check, a menu's "ACCESSIBILITY", a media
kit's "B-Roll") are page furniture on any site, never an organisation (lexicon
`page_furniture`); a body's own name beside them stays. Sentences written for the tests; the
model's span is set (`organisation_names_with_model_spans`)."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names_with_model_spans


@pytest.mark.parametrize(
    "text, span",
    [
        ("Andean ministers to meet in Quito (ATTN: ADDS quotes in paras 3-4)", "ATTN"),
        ("Please enter your name here\nCAPTCHA check failed. Please try again.", "CAPTCHA"),
        ("ACCESSIBILITY AT THE PALACE\n\nThe Andean Council met in Quito on Monday.", "ACCESSIBILITY"),
        ("The B-Roll of the ceremony is available for download on the council's site.", "B-Roll"),
    ],
)
def test_a_page_label_is_no_organisation(nlp, text, span):
    assert span not in organisation_names_with_model_spans(nlp, text, span)


@pytest.mark.parametrize(
    "text, span",
    [
        ("The Andean Council met in Quito on Monday (ATTN: ADDS quotes in paras 3-4).", "Andean Council"),
        ("Please enter your name here. The Nordic Roll Foundation thanked its donors.", "Nordic Roll Foundation"),
    ],
)
def test_a_body_beside_a_page_label_stays(nlp, text, span):
    assert span in organisation_names_with_model_spans(nlp, text, span)
