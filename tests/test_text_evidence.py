"""The evidence of a row: the sentence(s) holding its characters, cut at paragraph breaks,
whitespace squashed; computed from a per-document index, it is what spaCy's own
`char_span(…, alignment_mode="expand")` and `Token.sent` give. Every sentence is written
for the test."""

from __future__ import annotations

import re

import pytest
import spacy

from pipeline.text import paragraph_end, paragraph_start, sentence_of, squash, text_of

TEXT = (
    "Ministers met in Lima.  They agreed on a plan.\n"
    "The plan starts in May.\n\n"
    "A new paragraph opens here. It   has\ttwo sentences.\n \n"
    "A heading without a stop\n\nThe body after it ends here.\n"
    "Last line"
)


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def reference(doc, start, end):
    """The evidence by spaCy's own span and sentence objects."""
    text = doc.text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return re.sub(r"\s+", " ", text[start:end]).strip()
    sents = {tok.sent for tok in (span[0], span[-1])} if len(span) else set()
    if not sents:
        return re.sub(r"\s+", " ", text[start:end]).strip()
    a = max(min(s.start_char for s in sents), paragraph_start(text, start))
    b = min(max(s.end_char for s in sents), paragraph_end(text, end))
    return re.sub(r"\s+", " ", text[a:b]).strip()


@pytest.mark.parametrize(
    "needle, evidence",
    [
        ("Lima", "Ministers met in Lima."),
        # a span over two sentences gets both
        ("Lima.  They", "Ministers met in Lima. They agreed on a plan."),
        ("May", "The plan starts in May."),
        ("two", "It has two sentences."),
        # a sentence the splitter runs over a blank line is cut at the paragraph break
        ("heading", "A heading without a stop"),
        ("body", "The body after it ends here."),
        ("Last", "Last line"),
    ],
)
def test_text_evidence_is_the_sentence(needle, evidence):
    doc = _nlp()(TEXT)
    start = TEXT.index(needle)
    assert sentence_of(doc, start, start + len(needle)) == evidence


def test_text_evidence_same_as_spacy_spans_everywhere():
    """Every character range, spaces and out-of-text ends included, with and without
    sentence boundaries."""
    for nlp in (_nlp(), spacy.blank("en")):
        doc = nlp(TEXT)
        for start in range(-1, len(TEXT) + 1, 3):
            for end in range(start + 1, min(len(TEXT) + 2, start + 60), 2):
                assert sentence_of(doc, start, end) == reference(doc, start, end), (start, end)


def test_text_evidence_empty_document():
    doc = _nlp()("")
    assert sentence_of(doc, 0, 0) == "" and text_of(doc) == ""


@pytest.mark.parametrize(
    "raw, squashed",
    [
        ("  two\n\nwords ", "two words"),
        ("tab\tand\u00a0no-break\u2003em", "tab and no-break em"),
        ("\u2028line\u2029para\x1cfile", "line para file"),
        ("", ""),
        ("zero\u200bwidth", "zero\u200bwidth"),
    ],
)
def test_text_squash_whitespace(raw, squashed):
    assert squash(raw) == squashed == re.sub(r"\s+", " ", raw).strip()


def test_text_token_values_are_the_extension_values():
    from spacy.tokens import Token

    from pipeline.text import token_values

    if not Token.has_extension("test_mark"):
        Token.set_extension("test_mark", default="")
    doc = spacy.blank("en")("The envoy of Chile met the envoy of Peru.")
    doc[3]._.test_mark = "Chile"
    doc[8]._.test_mark = "Peru"
    doc[8]._.test_mark = "the Peru"  # set twice: the last value
    assert token_values(doc, "test_mark") == {3: "Chile", 8: "the Peru"}
    assert {t.i: t._.test_mark for t in doc if t._.test_mark} == token_values(doc, "test_mark")
    assert token_values(doc, "no_such_mark") == {}


@pytest.mark.parametrize(
    "text, starts",
    [
        ("A.B. Smith met T. Jones and S.Zas.", ["A.B.", "T.", "S.Zas"]),
        ("No initials here, only U.N. and E.U. bodies.", ["U.N.", "E.U."]),
        ("lower a. b. c. never", []),
    ],
)
def test_text_tokens_starting_with_a_pattern(text, starts):
    from pipeline.text import tokens_starting

    doc = spacy.blank("en")(text)
    found = tokens_starting(doc, re.compile(r"[A-Z]\."))
    assert [doc[i].text for i in found] == starts
    assert found == [t.i for t in doc if re.match(r"[A-Z]\.", t.text)]


def test_text_index_leaves_the_doc_serialisable():
    doc = _nlp()(TEXT)
    assert sentence_of(doc, 0, 4) == "Ministers met in Lima."
    again = spacy.tokens.Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert again.text == TEXT and sentence_of(again, 0, 4) == "Ministers met in Lima."


def test_text_index_words_and_spaces_are_the_tokens():
    from pipeline.text import text_index

    doc = _nlp()(TEXT)
    index = text_index(doc)
    assert index.words == [t.text for t in doc]
    assert index.spaced == [bool(t.whitespace_) for t in doc]


@pytest.mark.parametrize(
    "words, found",
    [
        (["mr", "dr"], ["Mr", "dr", "MR"]),
        (["minister"], []),
        ([], []),
    ],
)
def test_text_tokens_in_a_word_list(words, found):
    import numpy as np
    from spacy.attrs import LOWER

    from pipeline.text import tokens_in

    nlp = spacy.blank("en")
    doc = nlp("Mr Ruiz met dr Ota and MR Obi in the Mrs Hall.")
    ids = np.array(sorted(nlp.vocab.strings.add(w) for w in words), dtype=np.uint64)
    assert [doc[i].text for i in tokens_in(doc, LOWER, ids)] == found


def test_text_index_sentence_tokens_are_spacy_sentences():
    from pipeline.text import text_index

    doc = _nlp()(TEXT)
    index = text_index(doc)
    for tok in doc:
        assert index.sentence_tokens(tok.i) == (tok.sent.start, tok.sent.end)
        span = doc[tok.i : min(tok.i + 4, len(doc))]
        assert index.sentence_tokens(span.start) == (span.sent.start, span.sent.end)


def test_text_sentence_bounds_and_span_are_spacy_sentences():
    # the rules read a token's sentence through the text index (speed #18): the same as `.sent`
    # everywhere, a negative index counting from the end, and `.sent`'s error without sentences
    from pipeline.text import sentence_bounds, sentence_span

    doc = _nlp()(TEXT)
    for i in [*range(len(doc)), -1, -len(doc)]:
        sent = doc[i].sent
        assert sentence_bounds(doc, i) == (sent.start, sent.end)
        assert sentence_span(doc, i) == sent and sentence_span(doc, i).label == sent.label
    with pytest.raises(IndexError):
        sentence_bounds(doc, len(doc))
    bare = spacy.blank("en")("No sentences were set here. Nor here.")
    with pytest.raises(ValueError):
        sentence_bounds(bare, 1)
