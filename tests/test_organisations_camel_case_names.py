"""Class: an outlet's, a campaign's or a company's name written in camel case or as its web
address in running text ("according to NovaPress", "GreenAid and …", "Ak.kz cites …") is a
name, though `str.istitle` reads it as none (`org_deciders.not_a_name`); a share bar's words
run together and a heading alone on its line are not. Sentences written for the tests; the
model's span is set (`organisation_names_with_model_spans`)."""

from __future__ import annotations

import pytest

from tests.readers import organisation_names_with_model_spans


@pytest.mark.parametrize(
    "text, span",
    [
        ("The talks in Lima went well, the minister told reporters, according to NovaPress.", "NovaPress"),
        ("The delegates were welcomed by GreenAid and Open Harbour co-chairs at the forum in Quito.", "GreenAid"),
        ("The minister received the new ambassador of Chile in Astana, Ak.kz cites the ministry.", "Ak.kz"),
    ],
)
def test_a_camel_case_name_in_running_text_is_kept(nlp, text, span):
    assert span in organisation_names_with_model_spans(nlp, text, span)


@pytest.mark.parametrize(
    "text, span",
    [
        # a share bar: words that lost their spaces, each ending in the same word
        ("The talks ended on Monday.\n\nSend to MailSend to FeedSend to PostSend to ChatSend", "FeedSend"),
        # a heading alone on its line
        ("PacificPartnerships\n\nThe talks between the two ministers ended on Monday in Suva.", "PacificPartnerships"),
        # no capital at all
        ("The ministers agreed on foreign policy goals in Lima on Monday.", "foreign"),
    ],
)
def test_run_together_page_words_are_no_name(nlp, text, span):
    assert span not in organisation_names_with_model_spans(nlp, text, span)
