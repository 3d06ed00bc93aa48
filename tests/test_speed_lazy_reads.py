"""Speed (#18), the seventeenth stop: steps that make a Token only for the words a rule looks
at, or read a document's column once, answer as the walks they replace did. Sentences
invented."""

from __future__ import annotations

import cProfile
import pstats

import pytest


def _tokens_made(fn, *args):
    """fn(*args) and the number of spaCy Tokens it made (spaCy is built with profiling, so
    cProfile sees each Token's construction)."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        result = fn(*args)
    finally:
        profile.disable()
    made = sum(
        stat[1]
        for (path, _line, name), stat in pstats.Stats(profile).stats.items()
        if name == "cinit" and path.endswith("token.pxd")
    )
    return result, made


def _tense_by_tokens(dates, s):
    """dates._tense as written with a Token for every word of the sentence (the sixteenth
    stop's code): the oracle."""

    def same_line(tok):
        return not (tok.is_space and "\n" in tok.text)

    sent = s.sent if s.doc.has_annotation("SENT_START") else s
    before = list(reversed(s.doc[sent.start : s.start]))
    after = list(s.doc[s.end : sent.end])
    line_before = [t for t in before[: next((i for i, t in enumerate(before) if not same_line(t)), len(before))]]
    line_after = [t for t in after[: next((i for i, t in enumerate(after) if not same_line(t)), len(after))]]
    future = False
    for tokens in (line_before, line_after, before[len(line_before) :], after[len(line_after) :]):
        cue = next((t for t in tokens if t.lower_ in dates.future or dates._past(t) or dates._ahead(t)), None)
        if cue is not None:
            future = cue.lower_ in dates.future or dates._ahead(cue)
            break
    prev = s.doc[s.start - 1] if s.start > 0 else None
    if prev is not None and prev.lower_ in ("until", "till"):
        future = True
    return future, prev is not None and prev.lower_ == "since"


def _weekday(doc):
    k = next(t.i for t in doc if t.lower_.endswith("day") and t.text[0].isupper())
    return doc[k : k + 1]


@pytest.mark.parametrize(
    "text, tense",
    [
        ("The envoy of Peru said on Monday that the fair would open in Lima.", (False, False)),
        ("The minister will open the trade fair on Thursday, her office said.", (True, False)),
        ("Talks on fisheries continue until Wednesday in Suva.", (True, False)),
        ("Delegates have gathered in Apia since Monday.", (False, True)),
        # a line without a verb takes the next line's tense; the weekday's own line decides first
        ("Rail envoy in Tartu on Friday\nThe delegates will sign the pact there.", (True, False)),
        ("The board met in Accra on Tuesday\nIt will meet again in the spring.", (False, False)),
        ("The panel on Friday\n\nwill hear the two ministers.", (True, False)),
        # no verb of time at all
        ("Tuesday, a day of talks.", (False, False)),
    ],
)
def test_tense_read_lazily_answers_as_the_whole_sentence_walk(nlp, text, tense):
    dates = nlp.get_pipe("dates")
    doc = nlp(text)
    s = _weekday(doc)
    assert dates._tense(s) == _tense_by_tokens(dates, s) == tense


def test_tense_makes_tokens_only_up_to_its_cue(nlp):
    dates = nlp.get_pipe("dates")
    doc = nlp(
        "The delegation of Chile, which had come from Santiago by way of Lima and Quito with twelve "
        "advisers, four translators and two drivers for the regional talks on water, arrived on Monday "
        "with a draft of the accord that the four governments had asked for in the spring."
    )
    s = _weekday(doc)
    tense, made = _tokens_made(dates._tense, s)
    assert tense == (False, False)
    assert len(doc) > 50 and made < 15  # "on", "arrived" and the reads around them


def _active_meeting_verbs_by_tokens(events, doc, start, end):
    """events._active_meeting_verbs as written with a Token per word: the oracle."""
    from pipeline.components.events import HOLD_FORMS, PASSIVE_AUXILIARIES

    return [
        v
        for v in range(start, end)
        if (doc[v].lower_ in events.meet_verbs or doc[v].lower_ in events.talk_verbs or doc[v].lower_ in HOLD_FORMS)
        and doc[v].tag_.startswith("VB")
        and not (v > 0 and doc[v - 1].lower_ in PASSIVE_AUXILIARIES)
    ]


@pytest.mark.parametrize(
    "text, verbs",
    [
        ("The Mayor of Quito, Ana Ruiz, today met with the Consul of Chile, Tomas Vidal.", ["met"]),
        ("Premier Lars Berg receives Governor Ines Mota in Porto.", ["receives"]),
        # negatives: the passive, a meeting verb as a noun, no meeting verb
        ("Premier Lars Berg was received by Governor Ines Mota in Porto.", []),
        ("The meets of the rowing club drew Lars Berg and Ines Mota.", []),
        ("Lars Berg spoke to Ines Mota in Porto.", []),
    ],
)
def test_active_meeting_verbs_read_from_the_words_as_from_tokens(nlp, text, verbs):
    events = nlp.get_pipe("events")
    doc = nlp(text)
    found, made = _tokens_made(lambda: list(events._active_meeting_verbs(doc, 0, len(doc))))
    assert found == _active_meeting_verbs_by_tokens(events, doc, 0, len(doc))
    assert [doc[v].text for v in found] == verbs
    assert made <= 2 < len(doc)  # a Token for the one meeting word's tag (and its own), none for the others


def _to_array_calls(fn):
    profile = cProfile.Profile()
    profile.enable()
    try:
        result = fn()
    finally:
        profile.disable()
    calls = sum(s[1] for (path, _l, name), s in pstats.Stats(profile).stats.items() if name == "to_array")
    return result, calls


@pytest.mark.parametrize(
    "text, words",
    [
        ("The Envoy met the envoy of Samoa and the ENVOY of Tonga.", ["envoy"]),
        ("Ministers and deputies from Nauru, and a minister of Palau.", ["minister", "ministers"]),
        ("No listed word here.", ["envoy"]),
    ],
)
def test_tokens_in_reads_a_documents_column_once(text, words):
    import numpy as np
    import spacy
    from spacy.attrs import LOWER, ORTH

    from pipeline.text import text_index, tokens_in

    doc = spacy.blank("en")(text)
    text_index(doc)  # its own table read before the look-ups
    ids = np.array(sorted(doc.vocab.strings.add(w) for w in words), dtype=np.uint64)
    expected = [t.i for t in doc if t.lower_ in words]
    found, calls = _to_array_calls(lambda: [tokens_in(doc, LOWER, ids) for _ in range(4)])
    assert found == [expected] * 4
    assert calls == 1  # the LOWER column, once for the four look-ups
    found, calls = _to_array_calls(lambda: [tokens_in(doc, ORTH, ids) for _ in range(2)])
    assert found == [[t.i for t in doc if t.text in words]] * 2 and calls == 1


@pytest.mark.parametrize(
    "text, marked",
    [
        ("The envoy of New Zealand met the Peruvian minister in Lima.", ["New", "Zealand", "Peruvian", "Lima"]),
        ("Delegates from Cabo Verde and the Kyrgyz Republic signed.", ["Cabo", "Verde", "Kyrgyz", "Republic"]),
        # negative: no country, capital or demonym
        ("The rowing club met on the river bank.", []),
    ],
)
def test_country_marks_written_without_a_token_each(nlp, text, marked):
    from spacy.tokens import Span
    from spacy.util import filter_spans

    countries = nlp.get_pipe("countries")
    doc = nlp.make_doc(text)
    expected = []
    for match_id, start, end in countries.matcher(doc):
        role, country, code = countries.matcher.vocab.strings[match_id].split("\t")
        expected.append(Span(doc, start, end, label=role, kb_id=country, span_id=code))
    want = {i: (s.kb_id_, s.label_, s.id_) for s in filter_spans(expected) for i in range(s.start, s.end)}
    _, made = _tokens_made(countries, doc)
    got = {t.i: (t._.country, t._.country_role, t._.country_code) for t in doc if t._.country_role}
    assert got == want
    assert [doc[i].text for i in sorted(got)] == marked
    assert made <= 3 * len(expected)  # the matches' Spans only, no Token per marked word


@pytest.mark.parametrize(
    "text, offices",
    [
        ("The First Deputy Foreign Minister of Chad spoke.", ["first-deputy-foreign-minister"]),
        ("The Asst. Secretary of Labour of Fiji and the Jt Secretary met.", ["asst-.-secretary", "jt-secretary"]),
        ("Deputy-Secretary-General Ana Ruiz spoke.", ["deputy---secretary-general"]),
        (
            "The Vice- President of Peru and the Cultural Counsellor of Chile met.",
            ["vice-president", "cultural-counsellor"],
        ),
        (
            "The 2nd Vice President of the assembly and the Ambassador-designate of Oman met the President-elect.",
            ["2nd-vice-president", "ambassador-designate", "president-elect"],
        ),
        ("Ambassador designate Tomas Vidal met the Minister.", ["ambassador-designate", "minister"]),
        # negatives: a qualifier opening a sentence, a bare office, no office
        ("The minister spoke. Cultural Attache Ines Mota replied.", ["minister", "attache"]),
        ("The rowing club met on the river bank.", []),
    ],
)
def test_offices_with_modifiers_read_from_the_words(nlp, text, offices):
    found = nlp.get_pipe("titles").offices
    doc = nlp(text)
    assert [nlp.vocab.strings[label].removeprefix("title:") for _, _, label in found.found(doc)] == offices


def test_with_modifiers_makes_no_token_per_word_looked_at(nlp):
    offices = nlp.get_pipe("titles").offices
    doc = nlp("The First Deputy Foreign Minister of Chad spoke.")
    title = doc[3:5]  # "Foreign Minister"
    title.label_ = "title:foreign-minister"
    ranked, made = _tokens_made(offices.with_modifiers, doc, title)
    assert ranked.text == "First Deputy Foreign Minister"
    assert made <= 3  # the office's Span only


def _person(doc, name):
    words = name.split()
    k = next(t.i for t in doc if t.text == words[0])
    return doc[k : k + len(words)]


@pytest.mark.parametrize(
    "text, name, spouse, office",
    [
        ("First Lady Ana Ruiz opened the fair in Quito.", "Ana Ruiz", True, False),
        ("The guests met the First Lady, Ana Ruiz, in Quito.", "Ana Ruiz", True, False),
        ("Mama Ines Mota opened the clinic in Lusaka.", "Ines Mota", True, False),
        ("President Tomas Vidal opened the fair in Quito.", "Tomas Vidal", False, True),
        ("Minister.\u00a0Tomas Vidal spoke in Quito.", "Tomas Vidal", False, True),
        # negatives: a lower-case "first lady" after a comma, no cue at all
        ("She was the first lady, Ana Ruiz said in Quito.", "Ana Ruiz", False, False),
        ("Yesterday Ana Ruiz opened the fair in Quito.", "Ana Ruiz", False, False),
    ],
)
def test_people_cues_read_from_the_words(nlp, text, name, spouse, office):
    people = nlp.get_pipe("people")
    doc = nlp(text)
    span = _person(doc, name)
    spouse_cued, made = _tokens_made(people._spouse_cued, span)
    assert spouse_cued is spouse
    assert people._office_cued(span) is office
    assert made == 0  # no Token for the words before the name
