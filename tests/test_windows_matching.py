"""Token patterns matched only inside the runs where they can match give exactly the
Matcher's matches over the whole document, in the same order: greedy filters,
optional and repeated tokens at either end, regexes, lists, flags and token
extensions; a pattern that looks past its match falls back to the whole document.
Every sentence is written for the test."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Span, Token

from pipeline.components.entity_rules import WindowedSpanRuler
from pipeline.components.windows import MatchWindows, WindowedMatcher
from pipeline.lexicon import read_lexicon
from pipeline.paths import MODELS_DIR
from pipeline.patterns import expand_kinds

from .conftest import RAW

if not Token.has_extension("test_colour"):
    Token.set_extension("test_colour", default="")

DAY = {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])$"}}
MONTH = {"LOWER": {"IN": ["may", "june", "july"]}}
YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}

PATTERNS = {
    # optional words and punctuation on both sides of a required month
    "date": [
        [
            {"LOWER": "on", "OP": "?"},
            {"ORTH": ",", "OP": "*"},
            DAY,
            MONTH,
            {"ORTH": ",", "OP": "?"},
            YEAR | {"OP": "?"},
        ],
        [MONTH, YEAR],
    ],
    # a run of capitalised words before a required noun
    "body": [[{"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": ["council", "agency"]}}]],
    # a token extension, repeated
    "coloured": [[{"_": {"test_colour": {"IN": ["red", "blue"]}}, "OP": "+"}, {"LOWER": "car"}]],
    # a repeat count
    "pair": [[{"LIKE_NUM": True, "OP": "{2}"}]],
}

TEXTS = [
    "The talks opened on , 12 May , 2021 in Quito and closed in June 2022.",
    "Delegates of the Regional Transport Council met the Water Agency on 3 July.",
    "A red blue car passed a car and a blue car, 4 5 6 cars in all, on 30 June 1999.",
    "Nothing here matches anything at all.",
    "",
    "May 2020 , 1 June",
]


def colour(doc):
    for tok in doc:
        if tok.lower_ in ("red", "blue", "green"):
            tok._.test_colour = tok.lower_
    return doc


@pytest.mark.parametrize("greedy", [None, "LONGEST", "FIRST"])
@pytest.mark.parametrize("text", TEXTS)
def test_windows_same_matches_in_same_order(text, greedy):
    nlp = spacy.blank("en")
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns, greedy=greedy)
        windowed.add(key, patterns, greedy=greedy)
    doc = colour(nlp(text))
    assert windowed(doc) == plain(doc)


def test_windows_cover_only_runs_that_can_match():
    nlp = spacy.blank("en")
    doc = nlp("Talks were long and hard. They ended on 12 May 2021 in the evening.")
    runs = MatchWindows(nlp.vocab, PATTERNS["date"])(doc)
    assert [doc[s:e].text for s, e in runs] == ["on 12 May 2021"]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Northern Fisheries Agency met on 4 June 2019 and again in July 2020.",
        "A blue car and 7 8 red cars waited; the Coastal Council sat on 9 May.",
    ],
)
def test_windows_run_matcher_holds_only_patterns_that_can_match(text):
    """Each run is matched by a Matcher of the patterns whose needed descriptions it holds
    (fewer than the whole Matcher's), with the whole Matcher's matches, in its order."""
    nlp = spacy.blank("en")
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns, greedy="LONGEST")
        windowed.add(key, patterns, greedy="LONGEST")
    doc = colour(nlp(text))
    assert windowed(doc) == plain(doc) != []
    kept = windowed._subsets._kept
    assert kept and all(len(m) < len(plain) for m in kept.values())


def test_windows_lookahead_pattern_runs_on_whole_document():
    nlp = spacy.blank("en")
    pattern = [[MONTH, {"LOWER": "the", "OP": "!"}]]
    windows = MatchWindows(nlp.vocab, pattern)
    doc = nlp("In May the rain fell; in June it stopped.")
    assert windows.whole_doc and windows(doc) == [(0, len(doc))]
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    plain.add("m", pattern)
    windowed.add("m", pattern)
    assert windowed(doc) == plain(doc)


def test_entity_rules_windowed_span_ruler_same_spans():
    nlp = spacy.blank("en")
    patterns = [
        {"label": "ORG", "pattern": PATTERNS["body"][0], "id": "body"},
        {"label": "ORG", "pattern": PATTERNS["coloured"][0], "id": "car"},
        {"label": "ORG", "pattern": "Water Agency", "id": "phrase"},
    ]
    plain = nlp.add_pipe("span_ruler", name="plain", config={"spans_key": "plain"})
    windowed = nlp.add_pipe("communique_span_ruler", name="windowed", config={"spans_key": "windowed"})
    plain.add_patterns(patterns)
    windowed.add_patterns(patterns)
    assert isinstance(windowed, WindowedSpanRuler)
    for text in TEXTS:
        doc = colour(nlp.make_doc(text))
        assert windowed.match(doc) == plain.match(doc)
    windowed.remove_by_id("body")
    plain.remove_by_id("body")
    doc = colour(nlp.make_doc(TEXTS[1]))
    assert windowed.match(doc) == plain.match(doc)


@pytest.mark.parametrize("name", ["dates.jsonl", "counts.jsonl", "event_durations.jsonl", "entities.jsonl"])
def test_windows_project_patterns_on_fixtures(nlp, name):
    """The rule files' own patterns over the fixture releases (after the pipeline ran, so
    entities, country marks and gazetteer ids are set)."""
    lexicon = read_lexicon(MODELS_DIR / "lexicon.jsonl")
    lines = (MODELS_DIR / "patterns" / name).read_text(encoding="utf-8").splitlines()
    rules = [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("//")]
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    for rule in rules:
        pattern = expand_kinds(rule, lexicon)
        plain.add(rule["id"], [pattern], greedy="LONGEST")
        windowed.add(rule["id"], [pattern], greedy="LONGEST")
    for path in sorted(RAW.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        assert windowed(doc) == plain(doc), path.name


def test_windows_more_descriptions_than_bits():
    """Past 64 token descriptions the masks are Python integers: same matches."""
    nlp = spacy.blank("en")
    words = [f"w{i}" for i in range(70)]
    patterns = [[{"LOWER": w}, {"LOWER": words[(i + 1) % 70], "OP": "?"}] for i, w in enumerate(words)]
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    plain.add("w", patterns, greedy="LONGEST")
    windowed.add("w", patterns, greedy="LONGEST")
    doc = nlp("start w3 w4 then W69 w0 and w12 , w40 end")
    assert windowed(doc) == plain(doc) != []


@pytest.mark.parametrize("text", TEXTS)
def test_entity_rules_windowed_span_ruler_same_annotations(text):
    """The whole component: the same entities and span group as spaCy's SpanRuler, whether
    its patterns match or not."""
    nlp = spacy.blank("en")
    config = {"annotate_ents": True, "overwrite": False, "validate": True}
    plain = nlp.add_pipe("span_ruler", name="plain", config={"spans_key": "rules"} | config)
    windowed = nlp.add_pipe("communique_span_ruler", name="windowed", config={"spans_key": "rules"} | config)
    patterns = [{"label": "ORG", "pattern": PATTERNS["body"][0], "id": "body"}]
    plain.add_patterns(patterns)
    windowed.add_patterns(patterns)
    docs = []
    for ruler in (plain, windowed):
        doc = colour(nlp.make_doc(text))
        doc.ents = [Span(doc, 0, 1, label="GPE")] if len(doc) else []
        docs.append(ruler(doc))
    a, b = docs
    assert [(e.start, e.end, e.label_, e.id_) for e in a.ents] == [(e.start, e.end, e.label_, e.id_) for e in b.ents]
    assert [t.ent_iob_ for t in a] == [t.ent_iob_ for t in b]
    assert [(s.start, s.end, s.label_) for s in a.spans["rules"]] == [
        (s.start, s.end, s.label_) for s in b.spans["rules"]
    ]


# The asked descriptions' regexes are joined into one search that spares a string the tests
# one by one where none of them can find anything: the masks are the same as asking each.
JOINED_STRINGS = ["12", "3rd", "2024", "2024–", "Jan5", "word", "May", "mid-1990", "1990s", "x1", "٣", "", "AB12cd"]


@pytest.mark.parametrize(
    "specs",
    [
        [{"ORTH": {"REGEX": r"^\d{1,2}$"}}, {"ORTH": {"REGEX": r"^(1[89]|2[01])\d\d[-–]$"}}],
        [{"ORTH": {"REGEX": r"^[A-Z][a-z]+\d$"}}, {"ORTH": {"REGEX": r"(?i)^may$"}}],  # flags: not joined
        [{"ORTH": {"REGEX": r"^(\d)\1$"}}, {"ORTH": {"REGEX": r"s$"}}],  # a backreference: not joined
        [{"ORTH": {"REGEX": r"^\d+", "IN": ["12", "2024"]}}, {"ORTH": {"IN": ["May"]}}, {"ORTH": "word"}],
    ],
)
def test_windows_joined_regexes_same_masks(specs):
    vocab = spacy.blank("en").vocab
    windows = MatchWindows(vocab, [[spec] for spec in specs])
    hashes = [vocab.strings.add(s) for s in JOINED_STRINGS]
    for attribute in windows.string_attrs:
        assert attribute._new_masks(hashes) == [attribute._mask(h) for h in hashes]


def test_windows_regexes_joined_only_when_safe():
    vocab = spacy.blank("en").vocab

    def joined(*regexes):
        windows = MatchWindows(vocab, [[{"ORTH": {"REGEX": r}}] for r in regexes])
        return windows.string_attrs[0].any_regex is not None

    assert joined(r"^\d$", r"^[A-Z]\d$")
    assert not joined(r"(?i)^may$", r"^\d$")
    assert not joined(r"^(\d)\1$", r"^\d$")
    assert not joined(r"^(?P<a>\d)$", r"^(?P<a>x)$")  # the same group name twice
