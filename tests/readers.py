"""Readers of the pipeline's results for the tests: each runs `nlp` over a text and returns the
columns of one table a test compares with its expected rows.

One function per shape a test checks: where two tests read the same table differently (a list in
the document's order or a set, with or without a column), the difference is in the name. Tests
import them (`from tests.readers import role_triples`) instead of writing their own copy.
"""

from __future__ import annotations

# -- organisations ---------------------------------------------------------------------------


def organisation_names(nlp, text: str) -> list[str]:
    """The organisations' names in the order the table lists them, repeats kept."""
    return [o["name"] for o in nlp(text)._.organisations]


def organisation_name_set(nlp, text: str) -> set[str]:
    """The organisations' names as a set (order and repeats ignored)."""
    return {o["name"] for o in nlp(text)._.organisations}


def organisations_by_name(nlp, text: str) -> dict[str, dict]:
    """Each organisation's whole row, by its name."""
    return {o["name"]: o for o in nlp(text)._.organisations}


def organisation_ids(nlp, text: str) -> set[str]:
    """The organisations of a text by identity: a body of a country is one organisation however
    it is written ("the Belarusian Foreign Ministry" is shown as written)."""
    return {o["org_id"] for o in nlp(text)._.organisations}


def organisation_acronyms(nlp, text: str) -> set[str]:
    """The organisations' acronyms, those without one left out."""
    return {o["acronym"] for o in nlp(text)._.organisations if o["acronym"]}


def organisation_names_with_model_spans(nlp, text: str, span_text: str | list[str], label: str = "ORG") -> list[str]:
    """The organisations' names where the model gave `span_text` (or each of a list, found in
    order) one span of `label`: the model's reading the rule has to live with, set right after
    `ner` so that a test does not hang on what the model reads today."""
    wanted = [span_text] if isinstance(span_text, str) else span_text
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            spans, at = [], 0
            for piece in wanted:
                start = text.index(piece, at)
                at = start + len(piece)
                spans.append(doc.char_span(start, at, label=label))
            kept = [e for e in doc.ents if all(e.end <= s.start or e.start >= s.end for s in spans)]
            doc.ents = kept + spans
    return [o["name"] for o in doc._.organisations]


# -- people ----------------------------------------------------------------------------------


def person_names(nlp, text: str) -> set[str]:
    """The people's names as a set."""
    return {p["name"] for p in nlp(text)._.people}


def people_by_name(nlp, text: str) -> dict[str, dict]:
    """Each person's whole row, by the name."""
    return {p["name"]: p for p in nlp(text)._.people}


def person_aliases(nlp, text: str) -> dict[str, list[str]]:
    """Each person's aliases (the shorter forms the text also uses) as a sorted list, by the name."""
    return {p["name"]: sorted(p["aliases"]) for p in nlp(text)._.people}


def person_alias_sets(nlp, text: str) -> dict[str, set[str]]:
    """Each person's aliases as a set, by the name."""
    return {p["name"]: set(p["aliases"]) for p in nlp(text)._.people}


def person_sources(nlp, text: str) -> set[tuple[str, str]]:
    """(name, source) of each person: which reading found the name."""
    return {(p["name"], p["source"]) for p in nlp(text)._.people}


def person_names_and_role_pairs(nlp, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The people's names and the roles' (name, title), from one run over the text."""
    doc = nlp(text)
    return {p["name"] for p in doc._.people}, {(r["name"], r["title"]) for r in doc._.roles}


def person_and_organisation_names(nlp, text: str) -> tuple[set[str], set[str]]:
    """The people's names and the organisations' names, from one run over the text."""
    doc = nlp(text)
    return {p["name"] for p in doc._.people}, {o["name"] for o in doc._.organisations or []}


# -- roles -----------------------------------------------------------------------------------


def role_pairs(nlp, text: str) -> set[tuple[str, str]]:
    """(name, title) of each role, the organisation column left out."""
    return {(r["name"], r["title"]) for r in nlp(text)._.roles}


def role_triples(nlp, text: str) -> set[tuple[str, str, str]]:
    """(name, title, organisation) of each role."""
    return {(r["name"], r["title"], r["organisation"]) for r in nlp(text)._.roles}


# -- counts ----------------------------------------------------------------------------------


def count_rows(nlp, text: str) -> list[tuple]:
    """(value, qualifier, unit) of each count, in the table's order."""
    return [(c["value"], c["qualifier"], c["unit"]) for c in nlp(text)._.counts]


def count_rows_with_text(nlp, text: str) -> list[tuple]:
    """(text, value, qualifier, unit) of each count: the words counted too, in the table's order."""
    return [(c["text"], c["value"], c["qualifier"], c["unit"]) for c in nlp(text)._.counts]


# -- events ----------------------------------------------------------------------------------


def event_names(nlp, text: str) -> list[str]:
    """The events' names in the table's order."""
    return [e["name"] for e in nlp(text)._.events]


def event_rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """(name, place, date_start, date_end) of each event, in the table's order."""
    return [(e["name"], e["place"], e["date_start"], e["date_end"]) for e in nlp(text)._.events]


# -- dates -----------------------------------------------------------------------------------


def date_rows_and_doc(nlp, text: str, *, granularity: bool = False):
    """(text, date_start, date_end) of each date in the table's order, with `granularity` its
    granularity as a fourth column; and the doc, for its published date."""
    doc = nlp(text)
    if granularity:
        return [(d["text"], d["date_start"], d["date_end"], d["granularity"]) for d in doc._.dates], doc
    return [(d["text"], d["date_start"], d["date_end"]) for d in doc._.dates], doc


def date_spans(nlp, text: str) -> list[tuple[str, str]]:
    """(date_start, date_end) of each date, in the table's order."""
    return [(d["date_start"], d["date_end"]) for d in nlp(text)._.dates]


def date_spans_and_doc(nlp, text: str):
    """(date_start, date_end) of each date in the table's order, and the doc, for its published date."""
    doc = nlp(text)
    return [(d["date_start"], d["date_end"]) for d in doc._.dates], doc


# -- counts, by value ------------------------------------------------------------------------


def count_values_and_units(nlp, text: str) -> list[tuple]:
    """(value, unit) of each count, in the table's order."""
    return [(c["value"], c["unit"]) for c in nlp(text)._.counts]


def assert_listed(found, present: str | None, absent: str | None) -> None:
    """`present` is among the rows found and `absent` is not (either may be None: not asked)."""
    if present:
        assert present in found
    if absent:
        assert absent not in found


def project_org_words():
    """The organisations' word lists of the project's lexicon, with an empty gazetteer: what the
    organisation rules' unit tests on `spacy.blank("en")` read."""
    from pathlib import Path

    from pipeline.components.org_gazetteer import Gazetteer
    from pipeline.components.org_words import OrgWords
    from pipeline.lexicon import read_lexicon

    lexicon = read_lexicon(Path(__file__).resolve().parents[1] / "models" / "lexicon.jsonl")
    return OrgWords.from_lexicon(lexicon, Gazetteer([]))


def span_in(nlp, text: str, span_text: str):
    """The span of `span_text` (its first occurrence) in `nlp(text)`."""
    doc = nlp(text)
    start = text.index(span_text)
    span = doc.char_span(start, start + len(span_text))
    assert span is not None, span_text
    return span


# -- windows (pipeline/components/windows.py) ------------------------------------------------


def runs_of_masks(accepted: list[int], required: list[int]) -> list[tuple]:
    """The oracle of the windows' runs: each maximal run of tokens with a non-zero mask (the
    descriptions that may accept the token, a Python integer), the OR of its masks tested
    against each pattern's needs; (start, end, met per pattern) for the runs some pattern meets."""
    out, i, n = [], 0, len(accepted)
    while i < n:
        if not accepted[i]:
            i += 1
            continue
        j, held = i, 0
        while j < n and accepted[j]:
            held |= accepted[j]
            j += 1
        met = tuple(held & r == r for r in required)
        if any(met):
            out.append((i, j, met))
        i = j
    return out
