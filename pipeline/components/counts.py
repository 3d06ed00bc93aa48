"""Participant counts: a number, its qualifier ("more than", "close to") and its unit.

A count is a number (found by the Matcher patterns in models/patterns/counts.jsonl:
digits, words, "a dozen", "Twenty-one (21)", a range "7 to 8"), then at most
`max_gap_words` modifier words ("ten international and regional organizations", "46 OSCE
participating States", "50 top chief executive officers"), then a unit: a word of the
lexicon's `count_unit` kind, or the plural of a person noun of its `count_person` kind
("ministers", "heads of state", "MPs"). The other `count_*` kinds of models/lexicon.jsonl
say which words qualify a number, which show it is something else (an article number, an
age, a sum of money, a membership, beneficiaries, journalists covering an event), and
which join counts into lists. Number words are parsed by text2num.

Besides "N unit", a count is:
- a list of attendees, each office its own count: "one Prime Minister, three Ministers …,
  35 ministers and 20 vice-ministers" (a singular person noun counts only after "one", and
  "one …" only in such a list);
- a range, read as its lower bound: "7 to 8 ministers", "between 7 and 8" → at_least 7;
- the size of a group: "a 9-member delegation" → 9 participants;
- a part of the count before it in the same unit: "64 countries, including 18 in Asia";
- the bodies represented: "representatives of 19 regional consultation mechanisms" → 19
  organisations;
- the part of a group that took part: "12 of the organisation's 57 members" → 12 (the 57
  is the group's size, not a count).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from text_to_num import text2num

from ..text import HYPHENS, is_verb_or_modal, sentence_bounds, sentence_span, squash, text_index, text_of, tokens_in
from .mentions import add_mention
from .windows import WindowedMatcher

# -- sentences, read from the text index (speed #18) ----------------------------------------------
# `doc[i].sent` makes a Token and two Spans and walks the sentence both ways; the rules ask it
# for each number, cue and unit (`text.sentence_bounds` reads the Doc's sentence starts, once).
_sentence_tokens = sentence_bounds
_sent_span = sentence_span


#: The tags of a party coordinated after a counted group ("and the minister", "and their host").
COORDINATED_PARTY_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNP", "NNS", "NNPS"})
#: The tags of the words of a count coordinated before another ("more than 80 states and"): its
#: qualifier, number, adjectives and noun.
COORDINATED_COUNT_TAGS = frozenset({"CD", "JJ", "JJR", "RBR", "RB", "IN", "NNS", "NNPS", "NN", "NNP"})


def _sent_start(doc: Doc, i: int) -> int:
    """`doc[i].sent.start`."""
    return _sentence_tokens(doc, i)[0]


def _sent_end(doc: Doc, i: int) -> int:
    """`doc[i].sent.end`."""
    return _sentence_tokens(doc, i)[1]


# The words of a stretch, read from the text index (token.text; lower_ is its str.lower(), the
# model's LOWER getter) without a Token per word; a list slice is a Doc slice (negative ends
# count from the end, both are clipped, an end before the start gives nothing).
def _lowers(doc: Doc, start: int, end: int) -> list[str]:
    """`[t.lower_ for t in doc[start:end]]`."""
    return [w.lower() for w in text_index(doc).words[start:end]]


def _attributive(doc: Doc, i: int) -> bool:
    """Class: a `count_not_after` participle used as an adjective before its noun ("elected
    officials", tagged JJ or VBN, a noun next), no auxiliary before it: it describes other people
    of the sentence, not what befell those counted ("90 leaders as well as elected officials came" still
    counts; "12 countries were elected members" does not)."""
    if i + 1 >= len(doc) or doc[i].tag_ not in ("JJ", "VBN") or doc[i + 1].tag_ not in ("NN", "NNS"):
        return False
    return i == 0 or doc[i - 1].lower_ not in BE | ATTEND_AUXILIARIES | {"be", "being"}


def _phrase(doc: Doc, start: int, end: int) -> str:
    """`" ".join(t.lower_ for t in doc[start:end] if not t.is_space)`: a stretch's words in lower
    case, spaces left out, without a Token per word (the qualifiers' phrases, asked up to
    `max_q` times per number; the words between two counts, which may span paragraphs)."""
    index = text_index(doc)
    words, space = index.words[start:end], index.is_space[start:end]
    return " ".join([w.lower() for w, s in zip(words, space) if not s])


def _indexes_of(doc: Doc, start: int, end: int, words: set[str]) -> list[int]:
    """`[t.i for t in doc[start:end] if t.lower_ in words]`."""
    text = text_index(doc).words
    return [k for k in range(len(text))[start:end] if text[k].lower() in words]


if not Doc.has_extension("counts"):
    Doc.set_extension("counts", default=None)

_GROUPED = re.compile(r"[1-9]\d{0,2}(?:[,\s\u00a0\u202f]\d{3})+|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*|0")
#: month names and their short forms, which end a date before a figure ("On 12 May 40 delegates")
MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))
#: a unit label for the singular of a person noun: it counts after "one" only
SINGULAR = "participants:one"
#: Rule `count:misspelt-person`: only plural person nouns this long are read with a letter dropped.
MISSPELT_MIN_CHARS = 9

#: The span group of the organisations gazetteer (models/config.cfg): a known name between a
#: number and its noun is one modifier.
KNOWN_NAMES = "org_gazetteer"
#: the qualifier a range ("7 to 8 ministers") takes: its lower bound is certain
RANGE_QUALIFIER = "at_least"
OPEN, CLOSE = "([", ")]"
#: what opens and closes a list set in apposition after a count ("five states — A, B and C —")
LIST_MARKS = frozenset({"—", "–", "--", "(", ")", ":"})
#: the tags of the words between a number and the list its noun phrase names (`_listed_countries`)
_LISTED_PHRASE_TAGS = frozenset({"JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBG", "VBN", "CC", "HYPH"})
#: Determiners that make a number the known members of someone's group ("the organisation's 30
#: member states", "its 12 ministers") unless the sentence says they took part.
POSSESSIVES = {"'s", "’s", "its", "their", "his", "her", "our"}
RELATIVE_PRONOUNS = {"that", "which", "who"}
#: Auxiliaries before an attendance verb ("have attended", "had taken part").
#: the perfect's auxiliaries ("have joined"), a part of the attending ones
PERFECT_AUXILIARIES = frozenset({"have", "has", "had"})
ATTEND_AUXILIARIES = PERFECT_AUXILIARIES | {"were", "was", "been"}
#: auxiliaries and modals between a count's noun and its benefit verb ("have benefited", "will be trained")
# a relative pronoun opens a clause of its own ("which", "who", "whose")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
BENEFIT_AUXILIARIES = ATTEND_AUXILIARIES | {"is", "are", "be", "being", "will", "would", "can", "could", "may", "shall"}
#: finite forms of "be"
BE = {"is", "are", "was", "were", "'re", "’re"}
#: tags of a short phrase between a subject and its verb ("the participants of the course were")
PHRASE_TAGS = {"IN", "DT", "JJ", "NN", "NNP", "NNPS", "NNS"}
#: tags of a finite verb or a modal: an aside holding one is a clause of its own
FINITE = {"VB", "VBD", "VBP", "VBZ", "MD"}


def parse_number(text: str) -> int | None:
    """Integer value of '1,200', '1 200', 'fifty-five', 'four hundred', 'a dozen'; None otherwise.

    Digits must be grouped by thousands ("1 200", "1,200", "1.200") so that phone numbers and
    codes ("017 222 22") are not read as one figure. Ordinals ("fourth") are not numbers.
    """
    t = " ".join(text.split()).lower().replace("\u2011", "-").replace("\u2010", "-").replace(" - ", "-")
    if t and t[0].isdigit():
        if not _GROUPED.fullmatch(t):
            return None
        return int(re.sub(r"\D", "", t))
    words = t.split()
    if words and words[-1] == "dozen":  # "a dozen", "two dozen", "half a dozen"
        head = " ".join(words[:-1])
        if head in ("", "a", "one"):
            return 12
        if head == "half a":
            return 6
        times = parse_number(head)
        return times * 12 if times else None
    if words and words[0] == "a":  # "a hundred", "a thousand"
        t = "one " + " ".join(words[1:])
    try:
        return int(text2num(t, "en"))
    except ValueError:
        return None


def plural(noun: str) -> str:
    """English plural of a person noun: 'head of state' → 'heads of state', 'chairman' →
    'chairmen', 'deputy' → 'deputies', 'MP' → 'mps'; the head word (before 'of') takes it."""
    head, sep, rest = noun.partition(" of ")
    words = head.split(" ")
    w = words[-1]
    if w.endswith("man") and w not in ("german", "roman"):
        w = w[:-3] + "men"
    elif w.endswith("person"):
        w = w[:-6] + "persons"
    elif re.search(r"[^aeiou]y$", w):
        w = w[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", w):
        w += "es"
    else:
        w += "s"
    return " ".join(words[:-1] + [w]) + (sep + rest if sep else "")


def number_value(number: Span) -> int | None:
    """The value of a number span, by the pattern that found it."""
    if number.label_ == "count:words-digits":  # "Twenty-one (21)": the digits decide
        return parse_number(number[-2].text)
    if number.label_ == "count:range":
        whole = parse_number(number.text)
        if whole is not None:  # "fifty-five" is one number, not a range
            return whole
        parts = [t for t in number if t.like_num]
        low, high = parse_number(parts[0].text), parse_number(parts[-1].text)
        return low if low is not None and high is not None and low < high else None
    return parse_number(number.text)


@Language.factory(
    "communique_counts",
    assigns=["doc._.counts"],
    requires=[
        "token.tag",
        "token.ent_type",
        "token._.country_role",
        "token.is_sent_start",
        "doc._.dates",
        "doc._.title",
    ],
    default_config={
        "max_qualifier_words": 3,
        "max_gap_words": 4,
        "max_after_words": 6,
        "gap_tags": ["JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CC", "VBG", "VBN", "HYPH", "_SP"],
        "excluded_ents": ["DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"],
        "distributive_qualifiers": ["at_least"],
    },
)
class CountFinder:
    """Find counts; every rule id that fired travels in the record's `source`."""

    #: during a call: the Doc and the qualifier found before each start (`_qualifier`)
    _held_qualifiers: tuple[Doc, dict[int, tuple[str, int]]] | None = None

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        max_qualifier_words: int,
        max_gap_words: int,
        max_after_words: int,
        gap_tags: list[str],
        excluded_ents: list[str],
        distributive_qualifiers: list[str],
    ):
        self.name, self.max_q, self.max_gap, self.max_after = name, max_qualifier_words, max_gap_words, max_after_words
        self.gap_tags, self.excluded_ents = set(gap_tags), set(excluded_ents)
        self.distributive = set(distributive_qualifiers)
        self.numbers = WindowedMatcher(nlp.vocab, validate=True)
        self.units = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.unit_values: dict[str, str] = {}
        self.person_of: dict[str, str] = {}
        self.misspelt: dict[str, str] = {}
        self._misspelt_ids = np.array([], dtype=np.uint64)
        self.qualifiers: dict[str, str] = {}
        self.qualifiers_after: dict[str, str] = {}
        self.not_before: set[str] = set()
        self.not_between: set[str] = set()
        self.subset_between: set[str] = set()
        self.membership_before: set[str] = set()
        self.membership_of: set[str] = set()
        self.seats_of: set[str] = set()
        self.size_of: set[str] = set()
        self.harm_verbs: set[str] = set()
        self.topic_of: set[str] = set()
        self.done_to_of: set[str] = set()
        self.given_to: set[str] = set()
        self.reference_after: set[str] = set()
        self.membership_after: set[str] = set()
        self.membership_verbs: set[str] = set()
        self.adherence_verbs: set[str] = set()
        self.whole_before: set[str] = set()
        self.opinion_modals: set[str] = set()
        self.not_after: set[str] = set()
        self.invitation_verbs: set[str] = set()
        self.relation_nouns: set[str] = set()
        self.endorsement_verbs: set[str] = set()
        self.visit_words: set[str] = set()
        self.not_in_sentence: set[str] = set()
        self.needs_attendance: set[str] = set()
        self.represented_before: set[str] = set()
        self.subset_cues: set[str] = set()
        self.representatives: set[str] = set()
        self.size_words: set[str] = set()
        self.group_nouns: set[str] = set()
        self.member_bodies: dict[str, str] = {}
        self.member_bodies_named: set[str] = set()
        self.people_name_words: set[str] = set()
        self.state_organs: set[str] = set()
        self.standing_bodies: set[str] = set()
        self.series_nouns: set[str] = set()
        self.benefit_verbs: set[str] = set()
        self.turnout_verbs: set[str] = set()
        self.country_list_words: set[str] = set()
        self.reference_before: dict[str, set[str]] = {}
        self.event_heads: set[str] = set()
        self.event_nouns: set[str] = set()
        self.predicate_verbs: set[str] = set()
        self.body_nouns: set[str] = set()
        self.sittings: set[str] = set()
        self.place_nouns: set[str] = set()
        self.seat_verbs: dict[str, str] = {}
        self.auxiliaries: set[str] = set()
        self.gathering_verbs: set[str] = set()
        self.attendance_verbs: set[str] = set()
        self.attendance_nouns: set[str] = set()
        self.breakdown_words: set[str] = set()
        self.joint_verbs: set[str] = set()
        self.event_prepositions: list[tuple[str, ...]] = []
        self.signing_verbs: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, patterns: list[dict] = (), lexicon):
        vocab = self.numbers.vocab
        self.numbers = WindowedMatcher(vocab, validate=True)
        for p in patterns:
            self.numbers.add(p["id"], [p["pattern"]], greedy="LONGEST")
        make = nlp.make_doc if nlp is not None else (lambda text: Doc(vocab, words=text.split()))
        self.unit_values = lexicon.mapping("count_unit")
        # plural person nouns are participants; a singular one counts after "one" only
        # class: the letters of a seat in a legislature (MLA, MEP, MPP: `parliament_post_nominal`)
        # are person nouns like "MP" ("Ten MLAs attended the summit")
        persons = set(lexicon["count_person"]) | set(lexicon["parliament_post_nominal"])
        self.person_of = {plural(p): p for p in persons}
        units = {p: "participants" for p in self.person_of} | dict(self.unit_values)
        self.units = PhraseMatcher(vocab, attr="LOWER")
        for term, unit in sorted(units.items()):
            self.units.add(unit, [make(term)])
        for person in sorted(persons):
            if person not in units:
                self.units.add(SINGULAR, [make(person)])
        # Rule `count:misspelt-person`: a long plural person noun with one letter dropped
        # ("particpants", "negotators") is still that noun; a form that is itself a known
        # word of the lists (a singular) is not a misspelling, and neither is a form the
        # model's string store already knows: the store holds the words of the model's
        # training text, so "residents", "diplomas", "lectures" are real words, not a
        # president, a diplomat or a lecturer misspelt (the store is read here, before
        # any text is processed, so it holds no word of the documents).
        known = set(units) | persons
        self.misspelt = {
            variant: term
            for term in self.person_of
            if " " not in term and len(term) >= MISSPELT_MIN_CHARS and term.endswith("s")
            for variant in {term[:i] + term[i + 1 :] for i in range(len(term) - 1)}
            if variant not in known and variant not in vocab.strings
        }
        self.person_of |= {variant: self.person_of[term] for variant, term in self.misspelt.items()}
        # their LOWER hashes, without adding them to the store (the check above reads it)
        self._misspelt_ids = np.array(sorted(get_string_id(v) for v in self.misspelt), dtype=np.uint64)
        self.cues = PhraseMatcher(vocab, attr="LOWER")
        self.cues.add("attendance", [make(t) for t in sorted(lexicon["count_attendance_cue"])])
        self.cues.add("membership", [make(t) for t in sorted(lexicon["count_not_in_sentence"])])
        self.qualifiers = lexicon.mapping("count_qualifier")
        self.qualifiers_after = lexicon.mapping("count_qualifier_after")
        self.not_before = set(lexicon["count_not_before"])
        self.not_between = set(lexicon["count_not_between"])
        self.subset_between = set(lexicon["count_subset_between"])
        self.membership_before = set(lexicon["count_membership_before"])
        self.membership_of = set(lexicon["count_membership_of"])
        self.seats_of = set(lexicon["count_seats_of"])
        self.size_of = set(lexicon["count_size_of"])
        self.harm_verbs = set(lexicon["count_harm_verb"])
        self.topic_of = set(lexicon["count_topic_of"])
        self.done_to_of = set(lexicon["count_done_to_of"])
        self.given_to = set(lexicon["count_given_to"])
        self.reference_after = set(lexicon["count_reference_after"])
        self.membership_after = set(lexicon["count_membership_after"])
        self.membership_verbs = set(lexicon["count_membership_verb"])
        self.adherence_verbs = set(lexicon["count_adherence_verb"])
        self.whole_before = set(lexicon["count_whole_before"])
        self.event_prepositions = [tuple(t.split()) for t in lexicon["count_event_preposition"]]
        self.signing_verbs = set(lexicon["count_signing_verb"])
        self.opinion_modals = set(lexicon["count_opinion_modal"])
        self.not_after = set(lexicon["count_not_after"])
        self.invitation_verbs = set(lexicon["count_invitation_verb"])
        self.relation_nouns = set(lexicon["count_relation_noun"])
        self.endorsement_verbs = set(lexicon["count_endorsement_verb"])
        self.visit_words = set(lexicon["count_visit_word"])
        self.needs_attendance = set(lexicon["count_needs_attendance"])
        self.represented_before = set(lexicon["count_represented_before"])
        self.subset_cues = set(lexicon["count_subset_cue"])
        self.representatives = {plural(t) for t in lexicon["count_representative"]}
        self.size_words = set(lexicon["count_size_word"])
        self.group_nouns = set(lexicon["count_group_noun"])
        self.member_bodies = lexicon.mapping("count_member_body")
        self.member_bodies_named = set(lexicon["count_member_body_named"])
        self.people_name_words = set(lexicon["count_people_name_word"])
        self.state_organs = set(lexicon["count_state_organ"])
        self.standing_bodies = set(lexicon["count_standing_body"])
        self.series_nouns = set(lexicon["count_series_noun"])
        self.benefit_verbs = set(lexicon["count_benefit_verb"])
        self.country_list_words = set(lexicon["count_country_list_word"])
        self.reference_before = {t: set(units) for t, units in lexicon.multimap("count_reference_before").items()}
        # "Mekong-Lancang (+2) Transport Ministers' Meeting": a number inside an event's name
        self.event_heads = set(lexicon["event_noun"]) | set(lexicon["event_part"])
        self.event_nouns = set(lexicon["event_noun"])
        # Class: verbs that state a count of their subject ("the delegates numbered 120")
        self.predicate_verbs = set(lexicon["count_predicate_verb"])
        self.body_nouns = set(lexicon["body_noun"]) - self.event_heads
        # a sitting of a body, not the body ("session", "summit"; "assembly" names a body too)
        self.sittings = self.event_heads - set(lexicon["body_noun"])
        # "the city hosts 22 international organizations": a place's own figures
        self.place_nouns = set(lexicon["count_place_noun"])
        self.seat_verbs = lexicon.mapping("count_seat_verb")
        self.auxiliaries = set(lexicon["count_verb_gap"])
        self.gathering_verbs = set(lexicon["count_gathering_verb"])
        # the past forms among the attendance cues ("attended", "took part", "gathered")
        self.attendance_verbs = {t.split()[0] for t in lexicon["count_attendance_cue"]} | self.gathering_verbs
        # "the participation of the N countries"
        self.attendance_nouns = set(lexicon["count_attendance_noun"])
        self.breakdown_words = set(lexicon["count_breakdown_word"])
        self.joint_verbs = set(lexicon["count_joint_verb"])
        # a delegation that turned up: the attendance verbs and those of `count_turnout_verb`
        self.turnout_verbs = self.attendance_verbs | set(lexicon["count_turnout_verb"])

    # -- the number and what stands right before and after it ------------------------------------
    def _qualifier(self, doc: Doc, start: int) -> tuple[str, int]:
        """The qualifier written before token `start` ("exact" if none), and the token where it begins.
        Within a call, each start's answer is kept for the document (`_held_qualifiers`): nine rules
        ask it of a number (651 asks for 153 starts on dev, the fixtures and tests/extra; speed,
        #18), and it reads nothing but the document's words and the qualifier lists."""
        held = self._held_qualifiers
        if held is None or held[0] is not doc:
            return self._qualifier_of(doc, start)
        found = held[1].get(start)
        if found is None:
            found = held[1][start] = self._qualifier_of(doc, start)
        return found

    def _qualifier_of(self, doc: Doc, start: int) -> tuple[str, int]:
        """`_qualifier`, worked out."""
        for n in range(self.max_q, 0, -1):
            if start - n < 0:
                continue
            phrase = _phrase(doc, start - n, start)
            if phrase in self.qualifiers:
                return self.qualifiers[phrase], start - n
        return "exact", start

    def _qualifier_after(self, doc: Doc, end: int) -> tuple[str | None, int]:
        """A qualifier written after the number ("200 or more", "100+"), and where the words go on."""
        for n in (2, 1):
            if end + n <= len(doc):
                words = doc[end : end + n]
                phrase = " ".join(t.lower_ for t in words)
                if phrase in self.qualifiers_after and (n > 1 or words[0].text != "-"):
                    return self.qualifiers_after[phrase], end + n
                glued = "".join(t.lower_ for t in words)  # "-odd"
                if n == 2 and not doc[end].whitespace_ and glued in self.qualifiers_after:
                    return self.qualifiers_after[glued], end + n
        return None, end

    def _is_something_else(self, doc: Doc, number: Span, units: dict | None = None) -> bool:
        """A date, an age, money, a percentage, a reference number or part of a longer code. The
        tagger's DATE on a figure in brackets after a country ("Kenya (45)"), or on one right
        before a unit's noun ("Around 40 nurses attended": r5counts), is not trusted: the dates
        component, which found no date there, decides."""
        # "On 12 May 40 delegates arrived": the tagger's DATE swallowed the count; a year's shape
        # ("In 2019 delegates met", "the 2018 participants list") stays a date
        yearlike = bool(re.fullmatch(r"(1[89]|20)\d\d", number.text))
        unit_next = (
            units is not None
            and number.end in units
            and units[number.end][1] != SINGULAR
            and not yearlike
            and not _numbers_a_noun(doc, number)
        )
        if _after_a_country(doc, number) or unit_next:
            excluded = self.excluded_ents - {"DATE"}
        else:
            excluded = self.excluded_ents
        if any(t.ent_type_ in excluded for t in number):
            return True
        if any(d["start"] < number.end_char and number.start_char < d["end"] for d in doc._.get("dates") or []):
            return True
        before = doc[number.start - 1] if number.start > 0 else None
        after = doc[number.end] if number.end < len(doc) else None
        if before is not None and (before.lower_ in self.not_before or before.like_num or before.text in "+#"):
            return True
        if _name_number(doc, number):
            return True
        if _figure_of_a_name(doc, number.start) and number.start >= 2 and doc[number.start - 2].like_num:
            return True  # "80 Fortune 500 companies": 500 is the name's, the count is 80
        return after is not None and (after.like_num or after.text == "%") and not after.is_alpha

    def _is_reference(
        self,
        doc: Doc,
        number: Span,
        unit: str,
        unit_words: str,
        people_ends: set[int] = frozenset(),
        met=False,
        unit_end: int | None = None,
        habitual=False,
    ) -> bool:
        """'between the two countries', 'the 57 participating States', 'the two presidents', 'the
        two delegations agreed': known members or people, not a turnout; countries and
        organisations unless the sentence says they are represented ("delegates representing the
        10 member countries"), or that the people of more than two of them met ("the trade
        ministers of the 17 states met": `people_ends` are the ends of participants nouns, `met`
        an attendance cue in the sentence). A plain participants noun is a turnout after "the"
        too ("the 250 participants adopted …")."""
        before = next((t for t in reversed(doc[: number.start]) if not t.is_space), None)
        if before is None:
            return False
        possessive = before.lower_ in POSSESSIVES
        if (
            unit_words in self.person_of and unit_words not in self.unit_values
        ):  # "the two presidents", "its 12 ministers": those people
            # "the meeting gathered the country's nine heads of mission": a possessive's people
            # in a sentence that says they took part are a turnout
            # "The three leaders will discuss …": more than two people the sentence opens with,
            # acting together, are those who met ("the two ministers agreed" stays the two sides)
            opens = before.lower_ == "the" and (
                before.i == _sent_start(doc, number.start)
                or _after_a_fronted_phrase(doc, before.i)
                or _opens_a_reported_clause(doc, before.i)
            )
            # "attended by the 11 governors", "…: the 11 governors who arrived": more than
            # two people after "the" inside a sentence that says they came are a turnout too
            if (
                ((possessive and not habitual) or (before.lower_ == "the" and not opens))
                and met
                and (number_value(number) or 0) > 2
            ):
                return False
            # "… the Speaker, and his two deputies" in a sentence that says they come: the people
            # who accompany someone named (a possessive after "and" / "with"), even two of them
            if possessive and met and not habitual and before.i > 0 and doc[before.i - 1].lower_ in ("and", "with"):
                return False
            if (
                opens
                and unit_end is not None
                and (number_value(number) or 0) > 2
                and (self._joint_after(doc, unit_end) or self._gathered_after(doc, unit_end))
                and not self._of_standing_organ(doc, unit_end)
            ):
                # "The five members of the consortium, in charge of the project, met in Accra":
                # more than two opening the sentence who then met are a turnout too
                return False
            # "the 5 leaders, representing each member country, …": more than two people said to
            # represent the members are those who came
            if unit_end is not None and (number_value(number) or 0) > 2 and self._representing_after(doc, unit_end):
                return False
            return before.lower_ in self.reference_before
        if unit not in self.reference_before.get(before.lower_, ()):
            return False
        # "with the active participation of the nine founding countries": an attendance noun's "of"
        # before "the N countries" says they took part
        if (
            before.lower_ == "the"
            and before.i >= 2
            and doc[before.i - 1].lower_ == "of"
            and doc[before.i - 2].lower_ in self.attendance_nouns
        ):
            return False
        # "the organisation's 30 member states took part": the group's members said to attend
        if possessive and self._attend_after(doc, number.end):
            return False
        # "Of the 40 countries that attended the summit, …": a relative clause whose verb is an
        # attendance verb in the past says the known group is those who came
        if (
            unit_end is not None
            and unit_end < len(doc)
            and doc[unit_end].lower_ in RELATIVE_PRONOUNS
            and self._attend_after(doc, unit_end)
        ):
            return False
        sent_start = _sent_start(doc, number.start)
        window = doc[max(sent_start, before.i - 6) : before.i]
        if any(t.lower_ in self.represented_before for t in window):
            return False
        of = before.i - 1
        people_of = of > sent_start and doc[of].lower_ == "of" and of in people_ends
        # class: the people of the known countries acting together at the meeting ("The Heads of
        # State of the three nations approved …": a joint verb right after the countries) came,
        # as do those a sentence says met
        joint = people_of and unit_end is not None and self._joint_after(doc, unit_end)
        return not (people_of and (met or joint) and unit == "countries" and (number_value(number) or 0) > 2)

    def _representing_after(self, doc: Doc, i: int) -> bool:
        """A verb of representing (`count_represented_before`: "representing") right after token
        i, a comma between or not."""
        if i < len(doc) and doc[i].text == ",":
            i += 1
        return i < len(doc) and doc[i].tag_ == "VBG" and doc[i].lower_ in self.represented_before

    def _joint_after(self, doc: Doc, i: int) -> bool:
        """The first verb after token i (auxiliaries and adverbs passed) is one of people acting
        together at the meeting: "… will also discuss", "… agreed"; an aside between commas
        with no finite verb of its own passed ("The five governors, among other matters, approved"),
        and so is a group's name after "of" ("The six leaders of the Andean Pact will discuss")."""
        if i < len(doc) and doc[i].lower_ == "of":
            k = i + 1
            while k < min(len(doc), i + 8) and (
                doc[k].lower_ == "the" or doc[k].is_title or doc[k].is_upper or doc[k].text == "-"
            ):
                k += 1
            if k == i + 1 or not (doc[k - 1].is_title or doc[k - 1].is_upper):
                return False
            i = k
        # class: another party coordinated after the counted ("The five envoys and the minister
        # discussed …", "… and Ana Ruiz agreed"): a determiner or a name and its noun, passed
        if i < len(doc) and doc[i].lower_ == "and":
            k = i + 1
            while k < min(len(doc), i + 6) and (doc[k].tag_ in COORDINATED_PARTY_TAGS or doc[k].is_title):
                k += 1
            if k > i + 1 and doc[k - 1].tag_ in ("NN", "NNP", "NNS", "NNPS"):
                i = k
        stop = i + 6
        if i < len(doc) and doc[i].text == ",":
            close = next((t.i for t in doc[i + 1 : i + 10] if t.text in (",", ".", ";")), None)
            if close is None or doc[close].text != "," or any(t.tag_ in FINITE for t in doc[i + 1 : close]):
                return False
            i, stop = close + 1, close + 5
        # a quotation opening on the verb ('the three leaders "reaffirmed …"') passed
        verb = _first_verb(
            doc,
            i,
            stop,
            passes=lambda t: t.tag_ in ("MD", "RB") or t.lower_ in ATTEND_AUXILIARIES or t.is_space or t.is_quote,
            is_verb=lambda t: t.tag_.startswith("VB"),
        )
        return verb is not None and verb.lower_ in self.joint_verbs

    def _split(self, doc: Doc, number: Span) -> tuple[int, list[int]] | None:
        """A total followed by its split by sex, glued before the noun ("The 44 11 women and 33
        men participants"): (the token after the split, the starts of its numbers), else None."""
        i, starts, words = number.end, [], 0
        while i < len(doc) and i - number.end < 8:
            tok = doc[i]
            if tok.like_num and not tok.is_alpha:
                starts.append(i)
            elif tok.lower_ in self.breakdown_words:
                words += 1
            elif tok.lower_ not in ("and", ","):
                break
            i += 1
        if not starts or not words or starts[0] != number.end:
            return None
        return i, starts

    def _breakdown_part(self, doc: Doc, number: Span, unit: tuple, rows: list[dict]) -> bool:
        """'44 participants (11 women and 33 men)', '… 44 delegates, of whom 11 were women': a
        part of the total before it, split by sex, is no count of its own."""
        if not any(w in self.breakdown_words for w in _lowers(doc, number.end, unit[1])) or not rows:
            return False
        prev = rows[-1]
        same_sentence = _sent_start(doc, prev["_tokens"][1]) == _sent_start(doc, number.start)
        return same_sentence and prev["unit"] == unit[2] and prev["value"] > (number_value(number) or 0)

    def _attend_after(self, doc: Doc, i: int) -> bool:
        """The first verb after token i (the unit in between) is an attendance verb in the past:
        "… member states attended", "… member states have all taken part"."""
        verb = _first_verb(
            doc,
            i,
            i + 8,
            passes=lambda t: not t.is_punct and (not is_verb_or_modal(t) or t.lower_ in ATTEND_AUXILIARIES),
            is_verb=is_verb_or_modal,
        )
        return verb is not None and verb.tag_ in ("VBD", "VBN") and verb.lower_ in self.attendance_verbs

    def _unit_after(
        self, doc: Doc, end: int, units: dict, value: int, names: dict[int, int] | None = None
    ) -> tuple[int, int, str, str] | None:
        """(unit start, unit end, unit value, unit words) after at most `max_gap_words` modifier
        words, else None. Words in brackets are skipped; a singular person noun is a modifier
        ("five expert groups") unless the number is one ("one Prime Minister"); a known
        organisation's name (`names`: start → end of the gazetteer's spans) is one modifier,
        its "of" included ("the 46 Council of Europe member states")."""
        words, i = 0, end
        while i < len(doc):
            if names and i in names and i not in units:
                i, words = names[i], words + 1
                continue
            if i in units:
                unit_end, unit = units[i]
                if unit != SINGULAR:
                    return i, unit_end, unit, doc[i:unit_end].text.lower()
                if value == 1:
                    return i, unit_end, "participants", doc[i:unit_end].text.lower()
            tok = doc[i]
            if tok.text in OPEN:  # "12 cross-border (at the national … level) coordination bodies"
                close = next((j for j in range(i + 1, min(len(doc), i + 15)) if doc[j].text in CLOSE), None)
                if close is None:
                    return None
                i = close + 1
                continue
            if tok.text == "," and self._modifier_comma(doc, i, end):
                i += 1  # "over 300 business, academic and civic figures": a list of modifiers
                continue
            # Class: the first word of a hyphenated modifier ("high-ranking", "long-serving"), whatever
            # the tagger calls it: the hyphen glued after it makes it part of that modifier
            compound = not tok.whitespace_ and i + 1 < len(doc) and doc[i + 1].tag_ == "HYPH"
            if tok.like_num and _figure_of_a_name(doc, i) and words < self.max_gap:
                i, words = i + 1, words + 1  # "80 Fortune 500 companies": the name's figure is a modifier
                continue
            if tok.lower_ in self.not_between or (tok.tag_ not in self.gap_tags and not compound) or tok.like_num:
                return None
            if not tok.is_space and tok.tag_ != "HYPH" and tok.text != "-":
                words += 1
                if words > self.max_gap:
                    return None
            i += 1
        return None

    @staticmethod
    def _modifier_comma(doc: Doc, i: int, end: int) -> bool:
        """A comma between two modifiers of a count's noun ("300 business, academic and civic
        figures"): a singular noun or an adjective before it, inside the gap, and an adjective or
        a lower-case singular noun after it; "20 agreements, experts said" stops at the plural."""
        if i <= end or i + 1 >= len(doc):
            return False
        prev, nxt = doc[i - 1], doc[i + 1]
        return prev.tag_ in ("JJ", "NN") and nxt.tag_ in ("JJ", "NN") and nxt.is_lower and not nxt.like_num

    def _standing_seats(self, doc: Doc, group_end: int) -> bool:
        """'Ruritania's six-member delegation to the Regional Parliament': a delegation to a standing
        body (`count_standing_body`, no event noun after that word) is the country's seats in it,
        a membership, not a turnout; 'a 12-member delegation to the Parliament's session' counts."""
        if group_end >= len(doc) or doc[group_end].lower_ != "to":
            return False
        name = []
        for tok in doc[group_end + 1 : group_end + 10]:
            if tok.lower_ == "the" and not name or tok.text[:1].isupper() or tok.text in HYPHENS:
                name.append(tok.lower_)
                continue
            if tok.lower_ in ("'s", "’s") or tok.lower_ in self.sittings:
                return False
            break
        first = next((k for k, w in enumerate(name) if w in self.standing_bodies), None)
        # an event noun after the body's word is a sitting ("… Parliament Extraordinary Session")
        return first is not None and not any(w in self.sittings for w in name[first + 1 :])

    def _for_object(self, doc: Doc, start: int, units: dict, most: int = 8) -> int | None:
        """The "for" whose object the number at `start` is: right before it, past its qualifier
        ("for some 2,000 officials"), or before the people whose countries it counts ("for 5,200
        officials from 80 countries": the people noun, "from", the number); else None. A comma, a
        verb or any other word between ("for 900 officials, and 35 officers attended") is no object."""
        sent_start = _sent_start(doc, start)
        _, q_start = self._qualifier(doc, start)
        i = q_start - 1
        while i >= sent_start and doc[i].is_space:
            i -= 1
        if i < sent_start:
            return None
        if doc[i].lower_ == "for":
            return i
        if doc[i].lower_ != "from":
            return None
        # "for 5,200 officials from 80 countries", "for police from 30 countries": back over the
        # people noun and its modifiers
        for k in range(i - 1, max(sent_start - 1, i - most), -1):
            if doc[k].lower_ == "for":
                return k
            if doc[k].like_num:
                return self._for_object(doc, k, units, most) if k != start else None
            if doc[k].tag_ not in self.gap_tags and k not in units:
                return None
        return None

    def _standing_delegation(self, doc: Doc, start: int, end: int, group_end: int, most: int = 5) -> bool:
        """'a 12-member delegation of the parliament', 'a 9-member parliamentary delegation', 'the
        Parliament's 12-member delegation', 'the parliament plans to send a 12-member delegation': a
        standing body's (`count_standing_body`) delegation (the body named before it in its clause,
        or right after its group noun)."""
        sent = _sent_span(doc, start)
        if any(w in self.standing_bodies for w in _lowers(doc, end, group_end)):
            return True
        # before it in its clause, over a relative clause between commas ("The Parliament, which
        # met last week, will send a 9-member delegation": r7counts)
        if any(tok.lower_ in self.standing_bodies for tok in _clause_before(doc, start)):
            return True
        if group_end >= sent.end or doc[group_end].lower_ not in ("of", "from"):
            return False
        for tok in doc[group_end + 1 : min(sent.end, group_end + 1 + most)]:
            if tok.lower_ in self.standing_bodies:
                return True
            if tok.text in (",", ";", ":") or is_verb_or_modal(tok):
                return False
        return False

    def _turns_up(self, doc: Doc, start: int, group_end: int) -> bool:
        """Whether the sentence of a standing body's delegation says it turned up: an attendance
        or gathering verb, or a `count_turnout_verb`, in the past, as a participle or an -ing form
        ("arrived", "visited", "led by", "is visiting"); "plans to send a 12-member delegation" or
        "a 12-member delegation … would be formed" is no turnout."""
        # only in the delegation's own clause (r7counts): the verb right after the group ("a
        # 12-member delegation … visited", "a delegation led by", "was led by") or the one before
        # it ("received a 10-member delegation"); not a verb of a relative clause ("The Parliament,
        # which received the invitation, will send a 9-member delegation"), nor one after a modal
        # ("will be led by the Speaker", "would be formed")
        sent = _sent_span(doc, start)
        after = None
        for tok in doc[group_end : sent.end]:
            if tok.text in (";", ":") or tok.tag_ in RELATIVE_TAGS:
                break
            # class: the delegation's members listed in an "including …" phrase before its verb
            # ("a 6-member delegation including the Speaker and two clerks has taken part"):
            # "including" is a preposition there, not the delegation's verb
            if tok.lower_ == "including":
                continue
            if is_verb_or_modal(tok):
                after = tok.i
                break
        if after is not None:
            run = list(itertools.takewhile(lambda t: is_verb_or_modal(t) or t.tag_ == "RB", doc[after : sent.end]))
            if self._turnout_run(run):
                return True
        before = next((t.i for t in _clause_before(doc, start) if is_verb_or_modal(t)), None)
        if before is None:
            return False
        run = list(
            itertools.takewhile(lambda t: is_verb_or_modal(t) or t.tag_ == "RB", reversed(doc[sent.start : before + 1]))
        )
        return self._turnout_run(run[::-1])

    def _turnout_run(self, run: list[Token]) -> bool:
        """Whether a run of verbs ("was led", "is visiting", "will be led") ends in a turnout verb in
        the past, as a participle or an -ing form, with no modal in it."""
        verbs = [t for t in run if t.tag_.startswith("VB")]
        if not verbs or any(t.tag_ == "MD" for t in run):
            return False
        main = verbs[-1]
        return main.tag_ in ("VBD", "VBN", "VBG") and main.lower_ in self.turnout_verbs

    def _series_beneficiaries(self, doc: Doc, start: int, units: dict) -> bool:
        """'ran 120 training courses for 2,000 officials': people
        (and their countries) counted as the object of "for" after a number of a series of programmes
        (`count_series_noun`, at most three words before the "for") are beneficiaries over time, not a
        turnout; another number of the sentence ("…, and 35 officers attended the closing") counts."""
        i = self._for_object(doc, start, units)
        if i is None:
            return False
        sent_start = _sent_start(doc, start)
        return any(
            doc[k].lower_ in self.series_nouns and any(t.like_num for t in doc[max(sent_start, k - 3) : k])
            for k in range(max(sent_start, i - 3), i)
        )

    def _group_size(self, doc: Doc, end: int) -> int | None:
        """'a 9-member delegation', 'a 30-strong team': the token after the group noun, else None.
        Class: the size written without its hyphen ("a five member delegation", "a 12 member
        parliamentary team"): the group noun right after the size word, or after one singular
        modifier; "the 27 member states' delegations" is no group size."""
        toks = [t for t in doc[end : end + 5] if not t.is_space]
        if len(toks) >= 3 and toks[0].text in HYPHENS and toks[1].lower_ in self.size_words:
            for t in toks[2:4]:
                if t.lower_ in self.group_nouns:
                    return t.i + 1
            return None
        if len(toks) < 2 or toks[0].lower_ not in self.size_words or not doc[toks[0].i - 1].whitespace_:
            return None
        if toks[1].lower_ in self.group_nouns:
            return toks[1].i + 1
        if len(toks) > 2 and toks[1].tag_ in ("JJ", "NN") and toks[2].lower_ in self.group_nouns:
            return toks[2].i + 1
        return None

    def _represented(self, doc: Doc, start: int, end: int, units: dict) -> tuple[int, int, str, str] | None:
        """'representatives of 19 … consultation mechanisms': the bodies represented are organisations."""
        prev = [t for t in doc[max(0, start - 2) : start] if not t.is_space]
        if len(prev) < 2 or prev[-1].lower_ != "of" or prev[-2].lower_ not in self.representatives:
            return None
        words, i = 0, end
        while i < len(doc) and words <= self.max_gap:
            tok = doc[i]
            if tok.text in OPEN:
                close = next((j for j in range(i + 1, min(len(doc), i + 15)) if doc[j].text in CLOSE), None)
                if close is None:
                    return None
                i = close + 1
                continue
            if tok.tag_ in ("NNS", "NNPS") and tok.text.islower():
                return i, i + 1, "organisations", tok.lower_
            if tok.tag_ not in self.gap_tags or tok.like_num or i in units:
                return None
            words += 0 if tok.is_space or tok.tag_ == "HYPH" else 1
            i += 1
        return None

    def _not_attendance(
        self,
        doc: Doc,
        unit_start: int,
        unit_end: int,
        cued: dict[int, set[str]],
        represented: bool = False,
        membership: bool = False,
    ) -> bool:
        """A membership ("the association, founded in 1995, brings together 250,000 prosecutors"),
        beneficiaries ("260 experts have benefited"), journalists covering an event, helpers; or a
        noun like "members" in a sentence that says nobody took part. `membership`: a
        `count_not_in_sentence` word with no other number between it and this one."""
        sent = _sent_span(doc, unit_start)
        kinds = cued.get(sent.start, set())
        if membership:
            return True
        stop = min(sent.end, unit_end + self.max_after)
        if any(
            w in self.not_after and not _attributive(doc, unit_end + k)
            for k, w in enumerate(_lowers(doc, unit_end, stop))
        ):
            return True
        # "260 experts have benefited", "500 officers from 30 countries were trained": those counted
        # are the subject of a benefit verb, its first verb ("took part in a course that will
        # benefit the region" is a turnout); a relative pronoun opens another clause ("40 delegates
        # who were trained last year attended"), and a participle right after the noun with a
        # finite verb later is a reduced relative ("30 delegates trained in mediation attended": r7counts)
        stop_at = min(sent.end, unit_end + 10)
        verb = _first_verb(
            doc,
            unit_end,
            stop_at,
            passes=lambda t: (
                not is_verb_or_modal(t)
                and t.text not in (",", ";", ":")
                and t.tag_ not in RELATIVE_TAGS
                or t.lower_ in BENEFIT_AUXILIARIES
            ),
            is_verb=is_verb_or_modal,
        )
        if (
            verb is not None
            and verb.i == unit_end
            and verb.tag_ in ("VBN", "VBD")
            and any(t.tag_ in ("VBD", "VBP", "VBZ") for t in doc[verb.i + 1 : sent.end])
        ):
            verb = None
        if verb is not None and verb.lower_ in self.benefit_verbs and not self._benefited_from_event(doc, verb.i):
            return True
        # class: those counted are the subject of a passive invitation ("some 600 guests from the
        # business community were invited to the gala"): invitations sent, no turnout, unless
        # the sentence says people took part
        if (
            verb is not None
            and verb.lower_ in self.invitation_verbs
            and verb.tag_ == "VBN"
            and doc[verb.i - 1].lower_ in PASSIVE_AUXILIARIES
            and "attendance" not in kinds
        ):
            return True
        # class: those counted are the subject of a negated verb ("a dozen countries have not yet
        # replied", "five delegations could not attend", silver 8 class 7): those who did not come
        # or answer, no turnout ("have not only attended but …" still counts)
        if verb is not None:
            after = doc[unit_end : min(sent.end, verb.i + 3)]  # "have not yet replied": auxiliaries pass
            for k, t in enumerate(after):
                if t.lower_ in NEGATIONS and not (k + 1 < len(after) and after[k + 1].lower_ == "only"):
                    return True
        singular = self.person_of.get(doc[unit_start:unit_end].text.lower(), doc[unit_start:unit_end].text.lower())
        return (
            singular in self.needs_attendance
            and "attendance" not in kinds
            and not represented
            and not self._gathered_after(doc, unit_end)
        )

    def _group_members(self, doc: Doc, number: Span, most: int = 4) -> bool:
        """Class: the size of a travelling group (`count_group_noun`) given as its members: "a
        delegation of 15 members", "the delegation consisted of eight members", "the team,
        comprising 6 people": those counted are the group that came, not a membership. A group
        noun that also names a standing body ("the working group consists of 12 members", a
        `body_noun`) is its membership."""
        travelling = self.group_nouns - self.body_nouns
        sent_start = _sent_start(doc, number.start)
        i = self._qualifier(doc, number.start)[1] - 1
        while i >= sent_start and doc[i].is_space:
            i -= 1
        if i < sent_start:
            return False
        if doc[i].lower_ == "of":
            i -= 1
            if i >= sent_start and doc[i].lower_ in travelling:
                return True
            # Class: "a group of 40 members of the Senate … arrived": a group noun that may name a
            # standing body ("the working group") after "a" is a party of people, its size theirs
            # ("the committee is a group of 12 members", after a form of "be", stays a make-up)
            if (
                i >= sent_start + 1
                and doc[i].lower_ in self.group_nouns
                and doc[i - 1].lower_ in ("a", "an")
                and not (i >= sent_start + 2 and doc[i - 2].lower_ in BE)
            ):
                return True
            if i >= sent_start + 1 and doc[i].lower_ == "up" and doc[i - 1].lower_ == "made":
                i -= 1
            elif i < sent_start or not (doc[i].lower_ in self.membership_of or doc[i].lower_.startswith("consist")):
                return False
        elif doc[i].lower_ not in self.membership_before:
            return False
        # a present tense is a standing delegation's make-up ("the Parliament's delegation consists of
        # 15 members"), no turnout
        if doc[i].tag_ in ("VBZ", "VBP") or any(t.lower_ in ("is", "are") for t in doc[max(sent_start, i - 2) : i]):
            return False
        # the group noun before the verb: "the delegation (, which …,) was composed of", "the team, comprising"
        for tok in reversed(doc[max(sent_start, i - most) : i]):
            if tok.lower_ in travelling:
                return True
            if not (tok.tag_ in ("DT", "RB", ",") or tok.lower_ in ATTEND_AUXILIARIES or tok.lower_ in BE):
                return False
        return False

    def _benefited_from_event(self, doc: Doc, verb: int, most: int = 8) -> bool:
        """Class: those who "benefited from" a meeting ("60 participants benefited from the regional
        workshops", "delegates from 20 countries benefited from the seminar"): the people of one
        meeting (an `event_noun` heads the "from" phrase) took part in it, a turnout; "benefited
        from the scheme / the programme" stays the beneficiaries of a programme."""
        if verb + 1 >= len(doc) or doc[verb + 1].lower_ != "from":
            return False
        for tok in doc[verb + 2 : min(len(doc), verb + 2 + most)]:
            low = tok.lower_
            if low in self.event_nouns or (low.endswith("s") and low[:-1] in self.event_nouns):
                # "benefited from the forum's recommendations": a possessive meeting is no head,
                # nor one modifying the noun after it ("the conference scholarships")
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                return nxt is None or (nxt.lower_ not in ("'s", "’s", "'") and not nxt.tag_.startswith("NN"))
            if (tok.is_punct and tok.text not in HYPHENS) or is_verb_or_modal(tok) or tok.tag_ in ("IN", "WDT", "WP"):
                return False
        return False

    def _gathered_after(self, doc: Doc, i: int, most: int = 16) -> bool:
        """Class: "the four members of the consortium, responsible for the project, met in Dakar":
        the first finite verb after the counted noun (its "of …" phrase and a reduced relative
        passed) is a gathering verb in the past: those counted met, a turnout. A present tense
        ("the Council's 87 members meet twice a year") is a habit, a membership. Not the members
        of a standing organ ("the 15 members of the Security Council met"): that is its size."""
        if self._of_standing_organ(doc, i):
            return False
        sent_end = _sent_end(doc, i - 1) if i > 0 else len(doc)
        for tok in doc[i : min(sent_end, i + most)]:
            if tok.tag_ in FINITE:
                return tok.tag_ == "VBD" and tok.lower_ in self.gathering_verbs
        return False

    def _of_body_name(self, doc: Doc, i: int, most: int = 8) -> list:
        """The tokens of the "of" phrase at i up to the end of its body's name ("of the Network of
        African Women Mediators"): a determiner, adjectives, nouns, capitalised words and the small
        words inside a capitalised name; [] when doc[i] is no "of"."""
        if i >= len(doc) or doc[i].lower_ != "of":
            return []
        name = []
        for tok in doc[i + 1 : i + 1 + most]:
            inside = tok.lower_ in ("of", "for", "and", "on") and bool(name) and name[-1].text[:1].isupper()
            if not (tok.tag_ in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$") or tok.text[:1].isupper() or inside):
                break
            name.append(tok)
        while name and not name[-1].text[:1].isupper() and name[-1].lower_ in ("of", "for", "and", "on"):
            name.pop()
        return name

    def _of_standing_organ(self, doc: Doc, i: int) -> bool:
        """Class: "the 193 members of the General Assembly met": the "of" phrase at i names a
        capitalised standing organ (`count_state_organ`) or a body by its bare capitalised noun
        ("the 30 members of the Alliance met"): the number is the body's size, its seats. Only a
        whole body ("the 15 members of …"); "Fifteen members of the European Parliament met" are
        some of them, who came."""
        if i < 1 or self.person_of.get(doc[i - 1].lower_) != "member":
            return False
        j = i - 2
        while j >= 0 and (doc[j].like_num or doc[j].tag_ == "CD" or doc[j].text == "-"):
            j -= 1
        if j < 0 or j == i - 2 or doc[j].lower_ != "the":
            return False
        name = self._of_body_name(doc, i)
        capitalised = [t for t in name if t.text[:1].isupper() and t.tag_ != "DT"]
        if any(t.lower_ in self.state_organs for t in capitalised):
            return True
        return (
            len(capitalised) == 1
            and len(name) == 2
            and name[0].lower_ == "the"
            and capitalised[0].lower_ in self.member_bodies
        )

    def _members_of_body(self, doc: Doc, unit: tuple, most: int = 5) -> str | None:
        """The unit of "N members of the <body>" where the body's members are organisations
        (`count_member_body`: a consortium, a network), else None.
        Class (narrowed): only a lower-case body noun ("members of the regional network") or a
        capitalised consortium/coalition/alliance name with a modifier of its own ("the Global
        Alliance for …", `count_member_body_named`); never a name that says its members are people
        ("the Network of African Women Mediators", "the Youth Climate Platform") nor a bare "the
        Alliance" (a body of states)."""
        if self.person_of.get(unit[3], unit[3]) != "member" or unit[1] >= len(doc) or doc[unit[1]].lower_ != "of":
            return None
        name = self._of_body_name(doc, unit[1])
        if any(t.lower_ in self.people_name_words or t.lower_ in self.person_of for t in name):
            return None
        for k, tok in enumerate(doc[unit[1] + 1 : unit[1] + 1 + most]):
            if tok.lower_ in self.member_bodies:
                if not tok.text[:1].isupper():
                    return self.member_bodies[tok.lower_]
                modified = any(t.text[:1].isupper() and t.tag_ != "DT" for t in doc[unit[1] + 1 : unit[1] + 1 + k])
                if tok.lower_ in self.member_bodies_named and modified:
                    return self.member_bodies[tok.lower_]
                return None
            if not (tok.tag_ in ("DT", "JJ", "NN", "NNP", "PRP$") or tok.text[:1].isupper()):
                return None
        return None

    @staticmethod
    def _membership_near(doc: Doc, number: Span, membership_at: list[int], numbers: list[Span]) -> bool:
        """Whether a membership word of the number's sentence ("founded", "membership") speaks of
        it. Said in a relative clause after a number's noun ("four envoys from the five countries
        that hold associate membership"), it is that number's only, and the other counts of the
        sentence stand; elsewhere ("The union, founded in 1889, unites 178 parliaments and 13
        associate members") it is said of every number of the sentence."""
        sent = _sent_span(doc, number.start)
        for m in membership_at:
            if not sent.start <= m < sent.end:
                continue
            nearest = next((n for n in reversed(numbers) if sent.start <= n.start and n.end <= m), None)
            if nearest is not None and any(t.tag_ in ("WDT", "WP") for t in doc[nearest.end : m]):
                if nearest.start == number.start:
                    return True
                continue
            return True
        return False

    def _invited(self, doc: Doc, start: int, most: int = 6) -> bool:
        """'The board invited delegations of the 30 member states to attend': a number that
        is the object of an invitation verb in its own clause (no other verb, no comma between)
        counts those invited, not those who came."""
        sent_start = _sent_start(doc, start)
        for i in range(start - 1, max(sent_start, start - most) - 1, -1):
            tok = doc[i]
            if tok.lower_ in self.invitation_verbs:
                return True
            if is_verb_or_modal(tok) or tok.text in (",", ";", ":"):
                return False
        return False

    def _visited(self, doc: Doc, start: int, unit: str, most: int = 6) -> bool:
        """Class: the places a visit or a tour takes in ("the delegation will visit 12 institutions",
        "toured some 8 universities", "visits to 15 organisations"): an organisations' or countries'
        count after a visiting word in its own clause (no other verb, no comma between) names what
        is visited, not who takes part."""
        if unit not in ("organisations", "countries"):
            return False
        # Only the visit's object: "visit(ed)/toured [the|some|more than] N" with a verb form, or
        # a visit noun + "to"/"of" ("visits to 15 organisations", "a tour of the 5 countries").
        # The participants of a visit are no places it takes in: "a visit by officials from 12
        # countries", "visiting delegates from 25 countries", "during his visit 30 countries were
        # represented" (class: a visit's participants read as its destinations).
        sent_start = _sent_start(doc, start)
        i = self._qualifier(doc, start)[1] - 1
        while i >= max(sent_start, start - most) and (doc[i].is_space or doc[i].tag_ in ("DT", "PDT", "PRP$")):
            i -= 1
        if i < sent_start:
            return False
        tok = doc[i]
        if tok.lower_ in self.visit_words:
            return tok.tag_.startswith("VB")
        before = doc[i - 1] if i > sent_start else None
        if before is None or before.lower_ not in self.visit_words:
            return False
        # a trip's verb + "to" ("will travel to three countries") names its destinations as well
        return (tok.lower_ in ("to", "of") and before.tag_.startswith("NN")) or (
            tok.lower_ == "to" and before.tag_.startswith("VB") and before.tag_ != "VBG"
        )

    @staticmethod
    def _visited_again(doc: Doc, number: Span, value: int, unit: str, visited: set[tuple[int, str]]) -> bool:
        """Class: the places of a visit named again ("The minister will visit three countries … talks
        with leaders from the three countries"): a definite count with the value and unit of one
        read as a visit's destinations earlier in the text is those destinations, not a turnout."""
        if (value, unit) not in visited:
            return False
        before = next((t for t in reversed(doc[: number.start]) if not t.is_space), None)
        return before is not None and before.lower_ in ("the", "these", "those", "all")

    @staticmethod
    def _listed_countries(doc: Doc, end: int, value: int, most: int = 6) -> tuple | None:
        """Class: a number whose short noun phrase a dash, a bracket or a colon follows with a list
        of exactly that many countries ("ministers from four other member economies -- Chile,
        Peru, Kenya and Fiji --", "leaders of three partner markets (Ghana, Oman and Laos)")
        counts those countries, whatever the noun ("economies", "markets", a group's "members").
        The list holds country names only (a place the tagger found, or a name of the countries
        gazetteer), joined by commas and "and"; a list of another length, or one holding other
        words, leaves the number alone. (unit start, unit end, "countries", words) or None."""
        if value < 2:
            return None
        i = end
        while i < len(doc) and i - end <= most and doc[i].text not in LIST_MARKS:
            if doc[i].tag_ not in _LISTED_PHRASE_TAGS:
                return None
            i += 1
        if i == end or i >= len(doc) or doc[i].text not in LIST_MARKS or doc[i].text == ")":
            return None
        items, in_item, k = 0, False, i + 1
        while k < len(doc):
            tok = doc[k]
            if tok.ent_type_ == "GPE" or tok._.get("country_role") == "name":
                items += not in_item
                in_item = True
            elif tok.text == "," or tok.lower_ in ("and", "&"):
                if not in_item:
                    return None
                in_item = False
            elif tok.lower_ == "the" and not in_item:
                pass
            elif tok.text in LIST_MARKS or tok.text in (".", ";"):
                break
            else:
                return None
            k += 1
        if not in_item or items != value:
            return None
        return end, i, "countries", doc[end:i].text.lower()

    @staticmethod
    def _bilateral_pair(doc: Doc, number: Span, value: int, unit: str) -> bool:
        """Class: "the two countries" of a bilateral meeting ("officials of the two countries
        attended") are the two parties the text has named, not a number of countries taking part;
        so are "the two officials" or "the two delegates" of a meeting of two people the text has
        named ("X met Y … The two officials also discussed …"): the pair, not a turnout."""
        return (
            unit in ("countries", "participants")
            and value == 2
            and number.start > 0
            and doc[number.start - 1].lower_ == "the"
        )

    def _said_of_a_meeting(self, verb: Token, most: int = 8) -> bool:
        """Whether what "includes" / "comprising" a number is a meeting ("the summit in Lima
        includes 20 countries"): then the number is the meeting's turnout, not a body's
        membership. The head noun of the phrase right before the verb (past "that"/"which", and
        past a place or body after a preposition: "the conference in Quito") must be an event
        noun; "a regional dialogue body that includes 14 countries" stays a membership, and so
        does "the meeting of the bloc that includes 12 countries" (the nearest noun is a common
        noun, the body, so the walk stops there). Looks at most `most` words back."""
        doc = verb.doc
        lo = max(_sent_start(doc, verb.i), verb.i - most)
        i = verb.i - 1
        while i >= lo and (doc[i].tag_ == "WDT" or doc[i].is_space):
            i -= 1
        head = None
        while i >= lo:
            noun = None
            while i >= lo and doc[i].tag_ in _NOUN_PHRASE_TAGS:
                if noun is None and doc[i].tag_.startswith("NN"):
                    noun = doc[i]
                i -= 1
            if noun is None:
                break
            head = noun
            # only a proper noun (a place or named body: "the conference in Quito") is walked
            # past; a common noun ("the meeting of the bloc that includes …") is the head
            if noun.tag_ not in ("NNP", "NNPS") or i < lo or doc[i].tag_ != "IN":
                break
            i -= 1
        return head is not None and (
            head.lower_ in self.event_heads or head.lower_.removesuffix("s") in self.event_heads
        )

    def _no_turnout(self, doc: Doc, number: Span, end: int, unit: tuple) -> bool:
        """The rest of a group counted elsewhere ("the two other speakers"), a bloc's membership
        ("a bloc comprising 33 nations") or what those counted ought to do ("three countries
        should move forward"): no turnout."""
        before = next((t for t in reversed(doc[: number.start]) if not t.is_space), None)
        definite = before is not None and (before.lower_ == "the" or before.lower_ in POSSESSIVES)
        q_start = self._qualifier(doc, number.start)[1]
        struck = next((t for t in reversed(doc[:q_start]) if not t.is_space), None)
        if struck is not None and struck.lower_ in self.harm_verbs and struck.tag_ in ("VBD", "VBN"):
            # Class: what a disaster or an attack struck, "the storm affected eight member states",
            # "floods have hit some 12 countries" (`count_harm_verb`): no turnout
            return True
        if definite and any(w in self.subset_between for w in _lowers(doc, end, unit[0])):
            # "the two other Speakers": the rest of a group; "X, Y and 300 other delegates" adds to a turnout
            return True
        # "a bloc comprising 33 nations"; class: a qualifier between ("the chamber has over 200
        # member firms", "groups more than 40 states"): the word before the qualifier decides
        if (
            struck is not None
            and struck.lower_ in self.membership_before
            and unit[2] in ("countries", "organisations")
            and not self._said_of_a_meeting(struck)
        ):
            return True
        if self._made_of(doc, number, before, unit) or self._composition(doc, number, unit):
            return True
        if unit[2] in ("countries", "organisations") and self._standing_together(doc, number):
            return True
        if (
            unit[2] == "countries"
            and before is not None
            and before.lower_ in ("into", "as")
            and before.i > 0
            and doc[before.i - 1].tag_.startswith("VB")
        ):
            # Class: what a state became, not a turnout: "the federation was split into three
            # countries", "the union has stood as two separate states for decades" (a verb, then
            # "into"/"as", right before the number)
            return True
        if (
            before is not None
            and before.lower_ == "of"
            and before.i > 0
            and unit[2] in ("countries", "organisations")
            and (doc[before.i - 1].lower_ in self.membership_of or doc[before.i - 1].lower_ in self.topic_of)
        ):
            # "a union consisting of 9 states": a membership (`count_membership_of`); "the needs
            # of 32 countries": what is spoken of (`count_topic_of`), no turnout
            return True
        if unit[2] in ("countries", "organisations") and self._relation_with(doc, number):
            return True
        if self._between_parties(doc, number):
            return True
        if self._endorsers(doc, number, unit):
            return True
        if before is not None and before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in self.seats_of:
            # "provision for the election of 40 members": the seats a vote fills (`count_seats_of`)
            return True
        if before is not None and before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in self.size_of:
            # Class: a standing body's size, "a record enrolment of 900 students", "a workforce of 40
            # experts" (`count_size_of`): how many it holds, no turnout
            return True
        if (
            before is not None
            and before.lower_ == "of"
            and before.i > 0
            and doc[before.i - 1].lower_ in self.done_to_of
        ):
            # Class: people something was done to, no turnout: "the execution of 47 activists", "the
            # arrest of 12 journalists" (`count_done_to_of`)
            return True
        if struck is not None and struck.lower_ == "to" and struck.i > 0 and doc[struck.i - 1].lower_ in self.given_to:
            # Class: those a help is given to, no turnout: "lending support to two countries",
            # "aid to more than 30 states" (`count_given_to`, the noun right before "to")
            return True
        if (
            definite
            and unit[1] < len(doc)
            and doc[unit[1]].lower_ in self.reference_after
            and not self._attend_after(doc, unit[1] + 1)
        ):
            # "the three countries mentioned above": those named earlier, no turnout; unless the
            # sentence says they attended ("the three countries cited above took part")
            return True
        if before is not None and before.lower_ == "of" and before.i > 0:
            # "the Board of 9 Governors", "the Council of 15 Judges": a named body's
            # size is its membership, not a turnout
            body = doc[before.i - 1]
            if body.text.istitle() and body.lower_ in self.body_nouns:
                return True
        if (
            before is not None
            and before.i > _sent_start(doc, before.i)
            and before.tag_ == "NNP"
            and before.text.istitle()
            and before.ent_type_ != "DATE"
            and number.text[:1].isdigit()
            and unit[0] > number.end
            and doc[number.end].text.istitle()
        ):
            # "Andes Mining 3 Works Holding Companies": a figure between capitalised words is
            # part of a name, not a number of what the name ends with
            return True
        if unit[2] == "countries" and number_value(number) == 2 and before is not None:
            # "the Presidents of 2 countries", "two of the 49 observer countries", "the bond
            # between two nations": the two sides a text names (a bilateral meeting, a pair from
            # a bloc), no turnout
            if before.lower_ in ("of", "between") or (number.end < len(doc) and doc[number.end].lower_ == "of"):
                return True
        after = next((t for t in doc[unit[1] : unit[1] + 3] if not t.is_space), None)
        if after is not None and after.lower_ in self.opinion_modals:
            return True
        return self._members_by_status(doc, unit[1]) or (
            unit[2] in ("countries", "organisations") and self._members_by_joining(doc, unit[1])
        )

    def _endorsers(self, doc: Doc, number: Span, unit: tuple) -> bool:
        """Class: organisations that endorse or co-sign a text, no turnout ("120 organisations
        endorsed the appeal", "some 30 groups … have joined to co-sign the letter", "a
        declaration endorsed by 45 organisations"): a `count_endorsement_verb` before the number
        after "by", or the first verb after the counted noun (perhaps "joined to" before it).
        Organisations only, and not where the clause places it at a meeting (`_event_phrase`)."""
        if unit[2] != "organisations" or not self.endorsement_verbs:
            return False
        q_start = self._qualifier(doc, number.start)[1]
        prev = [t for t in doc[max(0, q_start - 3) : q_start] if not t.is_space]
        endorses = len(prev) >= 2 and prev[-1].lower_ == "by" and _hyphened(doc, prev[-2]) in self.endorsement_verbs
        if not endorses:
            verb = _first_verb(
                doc,
                unit[1],
                min(_sent_end(doc, number.start), unit[1] + 16),
                passes=lambda t: (
                    not is_verb_or_modal(t) and t.text not in (",", ";", ":") or t.lower_ in ("have", "has")
                ),
                is_verb=is_verb_or_modal,
            )
            if verb is not None and verb.lower_ in ("joined", "join", "came", "come") and verb.i + 2 < len(doc):
                verb = doc[verb.i + 2] if doc[verb.i + 1].lower_ == "to" else None
            endorses = verb is not None and _hyphened(doc, verb) in self.endorsement_verbs
        return endorses and not self._event_phrase(doc, number.start)

    def _relation_with(self, doc: Doc, number: Span) -> bool:
        """Class: the partners of a standing relation, no turnout: "the bloc has a special
        partnership with six countries", "trade relations with more than 40 nations" (a
        `count_relation_noun` right before "with", past the number's qualifier and determiner;
        silver 9 class 6). "a meeting with 12 countries" is no relation."""
        i = self._qualifier(doc, number.start)[1] - 1
        while i > 0 and (doc[i].is_space or doc[i].tag_ in ("DT", "PDT", "PRP$")):
            i -= 1
        return i > 0 and doc[i].lower_ == "with" and doc[i - 1].lower_ in self.relation_nouns

    def _between_parties(self, doc: Doc, number: Span, most: int = 4) -> bool:
        """Class: the parties a relation or a pairing joins, no turnout: a number right after
        "between" ("the friendship between the two peoples") or after the first party and its
        "and" ("ties between Lima and four Andean states", the first party a capitalised name of
        at most `most` words). A range "between 20 and 25 ministers" is one number of its own."""
        i = self._qualifier(doc, number.start)[1] - 1
        # a definite article or a possessive may stand between ("between the two peoples"); "a"
        # opens a group's size ("talks between a seven member delegation and …" is a turnout)
        while i > 0 and (doc[i].is_space or doc[i].lower_ in ("the", "these", "those") or doc[i].tag_ == "PRP$"):
            i -= 1
        if i < 0:
            return False
        if doc[i].lower_ == "between":
            return True
        if doc[i].lower_ not in ("and", "&"):
            return False
        k = i - 1
        while k >= 0 and i - k <= most and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k -= 1
        return k < i - 1 and k >= 0 and doc[k].lower_ == "between"

    @staticmethod
    def _page_number(doc: Doc, number: Span, unit_start: int) -> bool:
        """Class: a page number alone on its line, joined to the plural noun opening the next line
        ("2" / "Honourable Ministers, Members of …" in a speech's PDF): page furniture, no count
        (silver 9 class 6). A count wrapped after its number ("attended by 80" / "delegates") has
        words before the number on its line."""
        text = text_of(doc)
        line_start = text.rfind("\n", 0, number.start_char) + 1
        line_end = text.find("\n", number.end_char)
        if line_end == -1 or text[line_start : number.start_char].strip() or text[number.end_char : line_end].strip():
            return False
        return unit_start < len(doc) and doc[unit_start].idx > line_end

    def _standing_together(self, doc: Doc, number: Span) -> bool:
        """Class: "the organisation brings together 16 member states": a present-simple "brings
        together" right before the number (its qualifier passed) says what a standing body is
        made of, a membership, unless what brings them together is a meeting ("the summit brings
        together 30 countries": `_said_of_a_meeting`)."""
        _, q_start = self._qualifier(doc, number.start)
        words = [t for t in doc[max(_sent_start(doc, number.start), q_start - 3) : q_start] if not t.is_space]
        if len(words) < 2 or words[-1].lower_ != "together" or words[-2].lower_ not in ("brings", "bring"):
            return False
        verb = words[-2]
        if verb.tag_ not in ("VBZ", "VBP") or (verb.i > 0 and doc[verb.i - 1].tag_ in ("MD", "TO")):
            return False
        return not self._said_of_a_meeting(verb)

    def _made_of(self, doc: Doc, number: Span, before: Token | None, unit: tuple, most: int = 6) -> bool:
        """Class: a body's size, not a turnout: "the board is made up of 14 members", "a union
        consisting of 9 states" (a `count_membership_of` word or phrase, then "of", before the
        number), and "two members are drawn from each region" (members counted per part of a
        whole: a quota). Members, countries and organisations only, and never a group that
        travels ("a delegation made up of 10 members", `count_group_noun`)."""
        if before is None or before.i < 1:
            return False
        member = self.person_of.get(unit[3], unit[3]) in self.needs_attendance
        if not member and unit[2] not in ("countries", "organisations"):
            return False
        if member and unit[1] + 2 < len(doc):
            after = [t.lower_ for t in doc[unit[1] : unit[1] + 6] if not t.is_space]
            if ("from", "each") in zip(after, after[1:]) or "per" in after[:3]:
                return True
        if before.lower_ != "of":
            return False
        prev1 = doc[before.i - 1].lower_
        prev2 = doc[before.i - 2 : before.i].text.lower() if before.i >= 2 else ""
        if prev1 not in self.membership_of and prev2 not in self.membership_of:
            return False
        sent_start = _sent_start(doc, number.start)
        return not any(w in self.group_nouns for w in _lowers(doc, max(sent_start, before.i - most), before.i))

    def _composition(self, doc: Doc, number: Span, unit: tuple, most: int = 12) -> bool:
        """Class: a standing body's make-up told in the present, the number further on in its
        clause: "The Board consists of delegates from each of the 12 member countries", "the board is
        composed of experts from 12 organisations" (a `count_membership_of` word in the present, its
        "of", then the number within `most` words, no ";" or ":" between). Countries and
        organisations only; never a meeting's make-up ("the forum consists of ministers from 30
        countries": `_said_of_a_meeting`), a travelling group's (`count_group_noun`), or a
        sentence that says they took part (an attendance verb in the past or a participle)."""
        if unit[2] not in ("countries", "organisations"):
            return False
        sent = _sent_span(doc, number.start)
        # ("… and meets twice a year": a present tense is the body's habit, no attendance; the verbs
        # only, not a cue's other first words such as the "in" of "in attendance")
        if any(t.lower_ in self.attendance_verbs and t.tag_ in ("VBD", "VBN", "VBG") for t in sent):
            return False
        lo = max(sent.start, number.start - most)
        for k in range(number.start - 1, lo - 1, -1):
            if doc[k].text in (";", ":"):
                return False
            if doc[k].lower_ != "of":
                continue
            verb = doc[k - 1]
            if verb.lower_ == "up" and k >= 2 and doc[k - 2].lower_ == "made":
                verb = doc[k - 2]
            elif verb.lower_ not in self.membership_of:
                continue
            # the present: "consists", "consist", or "is composed" / "are made up"
            before = doc[verb.i - 1] if verb.i > 0 else None
            passive = verb.tag_ == "VBN" and before is not None and before.lower_ in ("is", "are")
            if not (passive or verb.tag_ in ("VBZ", "VBP")):
                return False
            if self._said_of_a_meeting(before if passive else verb):
                return False
            return not any(t.lower_ in self.group_nouns for t in doc[max(sent.start, verb.i - 6) : verb.i])
        return False

    def _treaty_parties(self, doc: Doc, number: Span, unit: tuple) -> bool:
        """A treaty's parties, not a turnout, in a sentence that says nobody took part (the caller
        checks): 'ratified by 150 countries', 'signed by 60 countries' (a `count_adherence_verb`
        and "by" before the number, past its qualifier, adverbs and other adherence verbs:
        'signed and ratified by'); 'all 192 Member States are bound' (a `count_whole_before`
        word before it, unless "from"/"representing", or "of" after a people noun, comes right
        before that, or the clause places it at a meeting: `_event_phrase`); '193 States Parties', '70 States signatories' (a `count_membership_after`
        noun right after the unit). Countries and organisations only: 'signed by 30 ministers'
        still counts."""
        if unit[2] not in ("countries", "organisations"):
            return False
        _, q_start = self._qualifier(doc, number.start)
        before = [t for t in doc[_sent_start(doc, number.start) : q_start] if not t.is_space]
        # '193 States Parties', '183 Contracting Parties': a treaty's parties, unless people
        # "from" them are counted ("experts from 44 Contracting Parties": those represented)
        parties = unit[3].endswith("parties") or (unit[1] < len(doc) and doc[unit[1]].lower_ in self.membership_after)
        if parties:
            represented = (
                len(before) > 1 and before[-1].lower_ in self.represented_before and self._people_noun(before[-2])
            )
            return not represented
        if before and before[-1].lower_ in self.whole_before:
            # "delegates from all 27 member states", "ministers of all 10 countries": the parties
            # represented, a turnout; so is "adopted by all 35 member states at the session" (an
            # event phrase in the number's clause)
            prev = before[-2] if len(before) > 1 else None
            if prev is not None and prev.lower_ in self.represented_before:
                return False
            if prev is not None and prev.lower_ == "of" and len(before) > 2 and self._people_noun(before[-3]):
                return False
            return not self._event_phrase(doc, number.start)
        if before and before[-1].lower_ in ("and", ","):
            # class: the second of counts coordinated after the verb ("backed by some 60 countries
            # and 9 organisations"): the first count's words are passed back to its "by"
            k = len(before) - 2
            seen_number = False
            while k >= 0 and len(before) - k <= 8 and before[k].lower_ != "by":
                tok = before[k]
                seen_number = seen_number or tok.like_num
                if not (tok.like_num or tok.tag_ in COORDINATED_COUNT_TAGS):
                    break
                k -= 1
            if seen_number and k >= 0 and before[k].lower_ == "by":
                before = before[: k + 1]
        if not before or before[-1].lower_ != "by":
            return False
        for tok in reversed(before[:-1]):
            if tok.lower_ in self.adherence_verbs:
                # "signed by 60 countries at the close of the summit": a signing at a meeting is a
                # turnout (`count_signing_verb`); "ratified by 150 countries" stays a treaty's parties
                return tok.lower_ not in self.signing_verbs or not self._event_phrase(doc, number.start)
            if tok.tag_ != "RB" and tok.lower_ not in ("and", "or", ","):
                return False
        return False

    def _people_noun(self, tok: Token) -> bool:
        """A plural noun of people who represent their countries ("ministers", "heads", "officials")."""
        low = tok.lower_
        return low in self.representatives or low in self.person_of

    def _clause(self, doc: Doc, i: int) -> list[tuple[int, int]]:
        """The token ranges of the clause around token `i`: the words between the commas or
        semicolons around it, plus a sentence-opening adverbial phrase ("At the end of the
        conference, …") when the clause is the one right after it."""
        sent = _sent_span(doc, i)
        lo = i
        while lo > sent.start and doc[lo - 1].text not in (",", ";"):
            lo -= 1
        hi = i
        while hi < sent.end and doc[hi].text not in (",", ";"):
            hi += 1
        ranges = [(lo, hi)]
        if lo > sent.start and doc[sent.start].tag_ == "IN":
            first = next(k for k in range(sent.start, sent.end) if doc[k].text in (",", ";"))
            if first == lo - 1:
                ranges.append((sent.start, first))
        return ranges

    def _event_phrase(self, doc: Doc, i: int, most: int = 7) -> bool:
        """Whether the clause of token `i` places what it says at a meeting: a
        `count_event_preposition` ("at", "during", "by the end of") and, past a short noun
        phrase ("the close of the"), an event noun ("at the close of the summit")."""
        for lo, hi in self._clause(doc, i):
            for k in range(lo, hi):
                for words in self.event_prepositions:
                    if tuple(t.lower_ for t in doc[k : k + len(words)]) != words:
                        continue
                    j = k + len(words)
                    while j < min(hi, k + len(words) + most) and (
                        doc[j].tag_ in _NOUN_PHRASE_TAGS or doc[j].lower_ == "of"
                    ):
                        low = doc[j].lower_
                        if low in self.event_heads or low.removesuffix("s") in self.event_heads:
                            return True
                        j += 1
        return False

    def _met_in_clause(self, doc: Doc, i: int, cue_at: list[int]) -> bool:
        """Whether an attendance cue is in the clause of token `i` ("ratified by 150 countries,
        was discussed by 300 participants": the cue of the second clause is not the first's).
        A present-tense "are represented in" is a standing ("All 193 Member States are
        represented in the Assembly"); "were represented" or "represented at" is a turnout."""
        ranges = self._clause(doc, i)
        for s in cue_at:
            if not any(lo <= s < hi for lo, hi in ranges):
                continue
            if doc[s].lower_ == "represented":
                prev = doc[s - 1].lower_ if s > 0 else ""
                nxt = doc[s + 1].lower_ if s + 1 < len(doc) else ""
                if prev not in ("were", "was", "been") and nxt != "at":
                    continue
            return True
        return False

    def _members_by_joining(self, doc: Doc, i: int, most: int = 4) -> bool:
        """'14 countries have already joined the centre': "have" and a `count_membership_verb` right after the counted noun make them
        members, not a turnout, unless what they joined is a meeting ("have joined the talks")."""
        sent_end = _sent_end(doc, i - 1) if i > 0 else len(doc)
        if i >= sent_end or doc[i].lower_ not in PERFECT_AUXILIARIES:
            return False
        verb = _first_verb(
            doc,
            i + 1,
            min(sent_end, i + 1 + most),
            passes=lambda t: t.tag_ == "RB" or t.is_space,
            is_verb=lambda t: t.lower_ in self.membership_verbs,
        )
        if verb is None:
            return False
        if any(w in self.event_heads for w in _lowers(doc, verb.i + 1, min(sent_end, verb.i + 5))):
            return False
        # "45 countries have signed the declaration at the summit", "By the end of the forum, 30
        # organisations had signed the pledge": a signing at a meeting is a turnout
        return not (verb.lower_ in self.signing_verbs and self._event_phrase(doc, verb.i))

    def _members_by_status(self, doc: Doc, i: int, most: int = 6) -> bool:
        """'40 countries of the region are observers of the union', 'thirty states are now
        members': a form of "be" after the counted noun (a short "of …" phrase passed), then
        a membership noun: the group's standing, not a turnout."""
        sent_end = _sent_end(doc, i - 1) if i > 0 else len(doc)
        # the first verb, no punctuation before it, is a form of "be"
        be = _first_verb(
            doc,
            i,
            min(sent_end, i + most),
            passes=lambda t: t.lower_ not in BE and not t.tag_.startswith("VB") and not t.is_punct,
            is_verb=lambda t: t.lower_ in BE,
        )
        if be is None:
            return False
        k = be.i + 1
        while k < sent_end and doc[k].tag_ in ("RB", "DT", "JJ"):
            k += 1
        return k < sent_end and doc[k].lower_ in self.membership_after

    def _members_represented(self, doc: Doc, start: int, rows: list[dict]) -> bool:
        """'Envoys from 97 members, 11 observer members …': the members of an
        organisation whose representatives take part are its member countries; so are those
        listed right after them."""
        _, q_start = self._qualifier(doc, start)
        prev = [t for t in doc[max(0, q_start - 3) : q_start] if not t.is_space]
        if len(prev) >= 2 and prev[-1].lower_ in self.represented_before | {"of"}:
            if prev[-2].lower_ in self.representatives:
                return True
        if rows and rows[-1].get("_members"):
            gap = {t.lower_ for t in doc[rows[-1]["_tokens"][3] : q_start] if not t.is_space}
            return bool(gap) and gap <= {",", "and"}
        return False

    def _in_event_name(self, doc: Doc, unit_start: int, unit_end: int) -> bool:
        """'Mekong-Lancang (+2) Transport Ministers' Meeting': a capitalised unit right before a
        capitalised event noun is part of the event's name, not a count."""
        i = unit_end
        while i < len(doc) and doc[i].text in ("’", "'", "’s", "'s"):
            i += 1
        return (
            i < len(doc)
            and doc[unit_start].text[:1].isupper()
            and doc[i].text[:1].isupper()
            and doc[i].lower_ in self.event_heads
        )

    def _place_figure(self, doc: Doc, number: Span) -> bool:
        """'the city hosts 22 international organizations and 35,000 civil servants', 'Geneva is
        home to 40 organisations': the figures of a place (a place noun, or a named place where
        the verb allows one), not of a meeting ("Minsk hosted 700 participants" is one)."""
        sent_start = _sent_start(doc, number.start)
        for i in range(number.start - 1, max(sent_start, number.start - 12), -1):
            tok = doc[i]
            if tok.text in (";", ":") or tok.tag_.startswith("VB") and tok.lower_ not in self.seat_verbs:
                return False  # "the country has sent 30 delegates": another verb takes the number
            pair = f"{doc[i - 1].lower_} {tok.lower_}"
            tense, first = (self.seat_verbs[pair], i - 1) if pair in self.seat_verbs else (None, i)
            if tense is None:
                tense = self.seat_verbs.get(tok.lower_)
            if tense is None:
                continue
            j = first - 1
            while j > sent_start and (doc[j].lower_ in self.auxiliaries or doc[j].text == "," or doc[j].is_space):
                j -= 1
            subject = doc[j]
            return subject.lower_ in self.place_nouns or (subject.ent_type_ == "GPE" and tense == "place")
        return False

    # -- one document ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        # the qualifier before each number's start, worked out once for this document (`_qualifier`)
        self._held_qualifiers = (doc, {})
        try:
            return self._count(doc)
        finally:
            self._held_qualifiers = None

    def _count(self, doc: Doc) -> Doc:
        units: dict[int, tuple[int, str]] = {}
        for match_id, s, e in self.units(doc):
            # "the United States", a place, not a unit; right after a figure ("31 States Parties"),
            # the tagger's place is the counted noun (class: a number of states read as a GPE)
            if any(t.ent_type_ == "GPE" for t in doc[s:e]) and not (s > 0 and doc[s - 1].like_num):
                continue
            if s not in units or e > units[s][0]:
                units[s] = (e, doc.vocab.strings[match_id])
        for i in tokens_in(doc, LOWER, self._misspelt_ids):
            if i not in units:
                units[i] = (i + 1, "participants")
        cued: dict[int, set[str]] = {}
        cue_at: list[int] = []  # where attendance cues are, for a check in the counted number's own clause
        membership_at: list[int] = []  # where membership words are ("founded", "membership")
        for match_id, s, _ in self.cues(doc):
            label = doc.vocab.strings[match_id]
            cued.setdefault(_sent_start(doc, s), set()).add(label)
            if label == "attendance":
                cue_at.append(s)
            elif label == "membership":
                membership_at.append(s)
        numbers = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.numbers(doc)])
        # "a nine-member delegation": the word pattern's optional hyphen, with no number word
        # after it, belongs to the group size that follows, as in "a 9-member delegation"
        numbers = [
            Span(doc, n.start, n.end - 1, label=n.label_) if len(n) > 1 and n[-1].text in HYPHENS else n
            for n in numbers
        ]
        names = {s.start: s.end for s in doc.spans[KNOWN_NAMES]} if numbers and KNOWN_NAMES in doc.spans else {}
        people_ends = {e for e, unit in units.values() if unit == "participants"}
        # a unit by where it ends ("Of these 30 invited countries, 26 …"), built once, not per number
        unit_ending: dict[int, int] = {}
        for s, (e, unit) in units.items():
            if unit != SINGULAR:
                unit_ending.setdefault(e, s)
        rows: list[dict] = []
        skip: set[int] = set()  # numbers that are a group's size in a partitive ("12 of its 57 members")
        visited: set[tuple[int, str]] = set()  # (value, unit) of the counts read as a visit's places
        for k, number in enumerate(numbers):
            if number.start in skip:
                continue
            value = number_value(number)
            split = self._split(doc, number) if value is not None else None
            if split is not None:
                # "The 44 11 women and 33 men participants": the total; its parts are no counts (the
                # tagger often reads the glued numbers as a date)
                skip.update(split[1])
                q_after, end = None, split[0]
            elif value is None or self._is_something_else(doc, number, units):
                continue
            else:
                q_after, end = self._qualifier_after(doc, number.end)
            ranged = number.label_ == "count:range" and parse_number(number.text) is None
            if ranged:
                q_after = RANGE_QUALIFIER  # "7 to 8 ministers"; "Twenty-four" is one number
            rule = number.label_
            group_end = self._group_size(doc, end)
            if group_end is not None:
                if self._standing_seats(doc, group_end):
                    continue
                if self._standing_delegation(doc, number.start, end, group_end) and not self._turns_up(
                    doc, number.start, group_end
                ):
                    continue
                unit = (end, group_end, "participants", doc[end:group_end].text.lower())
                rule += "|group-size"
            else:
                unit = self._unit_after(doc, end, units, value, names)
                # a list of exactly so many countries after the noun names what is counted, unless
                # the noun is a people's one ("three ministers (Chile, Peru and Fiji)"), a group's
                # bare "members" aside
                if (
                    value is not None
                    and (unit is None or unit[2] != "participants" or self.person_of.get(unit[3], unit[3]) == "member")
                    and (listed := self._listed_countries(doc, end, value))
                ):
                    unit = listed
                    rule += "|listed-countries"
            if unit is None:
                unit, why = self._unit_elsewhere(doc, number, end, numbers[k + 1 :], units, unit_ending, rows, skip)
                if unit is None:
                    continue
                rule += why
            # Class: "the four members of the consortium met": a body whose members are organisations
            # (`count_member_body`) counts them in that unit, not as people
            body_unit = self._members_of_body(doc, unit)
            if body_unit is not None:
                unit = (unit[0], unit[1], body_unit, unit[3])
                rule += "|member-body"
            # bare "members": "N members of the European Parliament" are people, not countries
            bare = unit[1] >= len(doc) or doc[unit[1]].lower_ != "of"
            members = (
                bare
                and self.person_of.get(unit[3], unit[3]) in self.needs_attendance
                and self._members_represented(doc, number.start, rows)
            )
            if members:
                unit = (unit[0], unit[1], "countries", unit[3])
                rule += "|represented"
            sent = _sent_span(doc, number.start)
            met = "attendance" in cued.get(sent.start, set())
            habitual = False
            if not met:
                gathering = [doc[k] for k in _indexes_of(doc, unit[1], sent.end, self.gathering_verbs)]
                met = bool(gathering)
                # "the Council's 87 members meet for debate": a body's people who meet as a habit
                # (a present tense, no attendance cue) are its membership
                habitual = met and all(t.tag_ in ("VBP", "VBZ") for t in gathering)
            # "The 27 members of the Regional Council gathered": a whole standing organ's members
            # are its size, not those who met
            if met and self._of_standing_organ(doc, unit[1]):
                met = False
            if self._visited(doc, number.start, unit[2]):
                visited.add((value, unit[2]))
                continue
            if (
                self._visited_again(doc, number, value, unit[2], visited)
                or self._page_number(doc, number, unit[0])
                or self._is_reference(
                    doc, number, unit[2], unit[3], people_ends, met, unit_end=unit[1], habitual=habitual
                )
                or self._breakdown_part(doc, number, unit, rows)
                or self._not_attendance(
                    doc,
                    unit[0],
                    unit[1],
                    cued,
                    members or self._group_members(doc, number),
                    self._membership_near(doc, number, membership_at, numbers),
                )
                or self._invited(doc, number.start)
                or self._bilateral_pair(doc, number, value, unit[2])
                or self._in_event_name(doc, unit[0], unit[1])
                or self._place_figure(doc, number)
                or self._no_turnout(doc, number, end, unit)
                or (not self._met_in_clause(doc, number.start, cue_at) and self._treaty_parties(doc, number, unit))
                or self._series_beneficiaries(doc, number.start, units)
            ):
                continue
            qualifier, q_start = self._qualifier(doc, number.start)
            while doc[q_start].is_space:
                q_start += 1
            if q_after and qualifier == "exact":
                qualifier = q_after
            full = doc[q_start : max(unit[1], number.end)]
            if unit[1] < len(doc) and doc[unit[1]].text.istitle() and doc[unit[1]].lower_ in self.membership_after:
                # "120 States Parties": a capitalised status noun right after the unit is part of its name
                full = doc[q_start : unit[1] + 1]
            # which rules fired: the number pattern, the unit term and the qualifier term
            source = f"{rule}|unit={unit[3]}"
            if q_start < number.start:
                source += f"|qualifier={squash(doc[q_start : number.start].text).lower()}"
            elif q_after and not ranged:
                source += f"|qualifier={squash(doc[number.end : end].text).lower()}"
            rows.append(
                {
                    "start": full.start_char,
                    "end": full.end_char,
                    "text": squash(full.text),
                    "value": value,
                    "qualifier": qualifier,
                    "unit": unit[2],
                    "source": source,
                    "event": "",
                    # the sentence says people took part ("attended", "brought together"): the
                    # events component links such a count to the document's only event
                    "attendance": "attendance" in cued.get(_sent_start(doc, number.start), set()),
                    "_tokens": (q_start, number.start, number.end, unit[1]),
                    "_written": q_start < number.start or bool(q_after),
                    "_unit_words": unit[3],
                    "_members": members,
                }
            )
        rows = self._headline_repeats(doc, self._lists(doc, rows))
        for row in rows:
            add_mention(
                doc,
                "COUNT",
                row["start"],
                row["end"],
                source=row["source"],
                normalized=f"{row['qualifier']}:{row['value']}:{row['unit']}",
            )
        doc._.counts = rows
        return doc

    def _unit_elsewhere(self, doc, number, end, later, units, unit_ending, rows, skip):
        """The unit of a number with no noun of its own: a partitive, a subset or bodies represented."""
        # "12 of the organisation's 57 members": the part counts in the group's unit; the group does not
        after = [t for t in doc[end : end + 8] if not t.is_space]
        if after and after[0].lower_ == "of" and number_value(number) != 1:
            group = next((n for n in later if n.start < after[0].i + 7), None)
            if group is not None and _sentence_tokens(doc, group.start) == _sentence_tokens(doc, number.start):
                value = number_value(group)
                unit = self._unit_after(doc, group.end, units, value or 0) if value else None
                if unit is not None:
                    skip.add(group.start)
                    return unit, "|partitive"
        anaphoric = self._anaphoric_part(doc, number, after, units, unit_ending)
        if anaphoric is not None:
            return anaphoric, "|anaphoric-partitive"
        # "Of these 30 invited countries, 26 took part": a fronted partitive, the part in the group's unit
        fronted = self._fronted_group(doc, number, units, unit_ending)
        if fronted is not None:
            return fronted, "|partitive"
        # "64 countries, including 18 in Asia"
        if rows:
            prev = rows[-1]
            between = _phrase(doc, prev["_tokens"][3], number.start)
            between = between.strip(", ")
            q, q_start = self._qualifier(doc, number.start)
            cue = _phrase(doc, prev["_tokens"][3], q_start).strip(", ")
            if between in self.subset_cues or cue in self.subset_cues:
                return (number.start, number.end, prev["unit"], prev["_unit_words"]), "|subset"
        # "Of the 40 countries, 30 were represented by heads of state while 6 were represented by
        # vice presidents": a bare number whose verb says it took part, after a count of the same
        # sentence, counts in that count's unit (elliptical)
        if (
            rows
            and end < len(doc)
            and doc[end].lower_ in ATTEND_AUXILIARIES
            and _sent_start(doc, rows[-1]["_tokens"][1]) == _sent_start(doc, number.start)
            and self._attend_after(doc, end)
        ):
            return (number.start, number.end, rows[-1]["unit"], rows[-1]["_unit_words"]), "|elliptical"
        predicate = self._predicate_count(doc, number, end, units, unit_ending)
        if predicate is not None:
            return predicate, "|predicate"
        bracketed = self._bracketed_by_country(doc, number, units)
        if bracketed is not None:
            return bracketed, "|by-country"
        # "the number of participants reached 1,200"
        sent_start = _sent_start(doc, number.start)
        for i in range(number.start - 1, max(sent_start + 1, number.start - 10), -1):
            if doc[i].like_num:
                break
            if i in units and units[i][1] != SINGULAR and [t.lower_ for t in doc[i - 2 : i]] == ["number", "of"]:
                unit_end, unit = units[i]
                return (i, unit_end, unit, doc[i:unit_end].text.lower()), "|number-of"
        represented = self._represented(doc, number.start, end, units)
        if represented is not None:
            return represented, "|represented"
        return None, ""

    def _predicate_count(
        self, doc: Doc, number: Span, end: int, units: dict, unit_ending: dict[int, int], most: int = 5
    ) -> tuple | None:
        """Class: a count stated as the predicate of its plural noun, "The participants were fifty
        in number", "the delegates from the region numbered 120" (`count_predicate_verb`): the number
        counts in its subject's unit. The subject ends right before the verb or before a short
        phrase of "of"/"from" after it (`most` words at most); "were 50 in total" or "was 3 in the
        morning" is no such predicate (a form of "be" needs "in number" after the number)."""
        _q, q_start = self._qualifier(doc, number.start)
        k = q_start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 1:
            return None
        verb = doc[k]
        in_number = [t.lower_ for t in doc[end : end + 2]] == ["in", "number"]
        if not ((verb.lower_ in BE and in_number) or verb.lower_ in self.predicate_verbs):
            return None
        sent_start = _sent_start(doc, number.start)
        found = None
        # the subject is the first noun of the phrase before the verb ("the experts from the member
        # states numbered 35": experts): walk back over the phrase, keep the leftmost unit
        for p in range(k, max(sent_start, k - most) - 1, -1):
            if p in unit_ending and unit_ending[p] >= sent_start:
                found = p
            if p - 1 < sent_start or doc[p - 1].tag_ not in PHRASE_TAGS:
                break
        if found is None:
            return None
        s = unit_ending[found]
        return s, found, units[s][1], doc[s:found].text.lower()

    def _bracketed_by_country(self, doc: Doc, number: Span, units: dict, most: int = 40) -> tuple | None:
        """'large delegations from Chile (120), Kenya (45) and Norway (38)': a number alone in
        brackets right after a country (a GPE, or a name of the countries gazetteer), in a list of
        countries that "from" opens in the same clause, after a delegations or participants noun
        ("delegates from", "participants came from"), is the people that country sent
        (participants); the list may open with a count of its countries and a list word
        (`count_country_list_word`: "from 40 countries, including Chile (120)", "from the following
        countries: Chile (3)"). A bracket after a country outside such a list ("the budget of Chile
        (12)", "the report listed Chile (12) items") is no participant count."""
        s, e = number.start, number.end
        if not _after_a_country(doc, number):
            return None
        # the bracket ends the country's item: no noun or number counted by it follows ("Chile (12) items")
        after = doc[e + 1] if e + 1 < len(doc) else None
        if after is not None and (after.tag_.startswith("NN") or after.like_num):
            return None
        sent_start = _sent_start(doc, s)
        # back over the list of countries to its "from": names, bracketed numbers, commas, list words
        k = s - 3
        while k >= max(sent_start, s - most):
            tok = doc[k]
            if tok.lower_ == "from":
                break
            listed = tok.text in OPEN or tok.text in CLOSE or tok.like_num or tok.text in (",", ":") or k in units
            named = tok.ent_type_ == "GPE" or tok._.get("country_role") == "name" or tok.tag_ in ("NNP", "NNPS")
            # "the delegations of Chile (12), Kenya (8)": an "of" right after a delegations or
            # participants noun opens the list as well (r7counts); "the Republic of Chile" is a name
            if tok.lower_ == "of" and not named:
                return self._people_noun_ending(doc, k, units, s, e)
            if not (listed or named or tok.lower_ in self.country_list_words or tok.text in HYPHENS or tok.is_space):
                return None
            k -= 1
        else:
            return None
        # a delegations or participants noun before the "from", in the same clause
        for i in range(k - 1, sent_start - 1, -1):
            if doc[i].text in (";", ":"):
                return None
            if i in units and units[i][1] in ("participants", "delegations"):
                # class: the parts of a total, "a total of 44 participants from Chile (30), Peru (14)":
                # a number of its own before the people noun makes the brackets that count's split
                if any(t.like_num for t in doc[max(sent_start, i - 3) : i]):
                    return None
                return s, e, "participants", ""
        return None

    def _people_noun_ending(self, doc: Doc, k: int, units: dict, s: int, e: int) -> tuple | None:
        """The participants row of a bracket doc[s:e] whose list opens with the "of" at k, where a
        delegations or participants noun ends right before that "of"."""
        if any(end == k and unit in ("participants", "delegations") for end, unit in units.values()):
            return s, e, "participants", ""
        return None

    def _anaphoric_part(
        self, doc: Doc, number: Span, after: list[Token], units: dict, unit_ending: dict[int, int], most: int = 60
    ) -> tuple | None:
        """Class: the part of a group named before that took part, "More than 40 of them attended",
        "200 of these delegates will go on to join the plenary": the number, "of", a pronoun or a
        demonstrative, and an attendance verb after it in its sentence. After "these"/"those" the
        unit is the noun that follows; after "them" it is the last plural person or country noun
        of the sentence before, or of its own before the number (written in lower case: a noun
        inside a name, "the Governors Forum", names no group). A sentence that says no one came
        ("40 of them stayed away") has no attendance verb and keeps no count."""
        if len(after) < 2 or after[0].lower_ != "of" or after[1].lower_ not in ("them", "these", "those"):
            return None
        sent_start, sent_end = _sentence_tokens(doc, number.start)
        verbs = _indexes_of(doc, after[1].i + 1, sent_end, self.attendance_verbs)
        if not any(doc[k].tag_.startswith("VB") for k in verbs):
            return None
        if after[1].lower_ != "them":
            unit = self._unit_after(doc, after[1].i + 1, units, number_value(number) or 0)
            return None if unit is None or unit[2] == SINGULAR else unit
        floor = max(0, _sent_start(doc, sent_start - 1) if sent_start > 0 else 0, number.start - most)
        for k in range(number.start, floor, -1):
            first = unit_ending.get(k)
            if first is None or first < floor or not doc[first].is_lower:
                continue
            unit = units[first][1]
            if unit in ("participants", "countries"):
                return number.start, number.end, unit, doc[first:k].text.lower()
        return None

    @staticmethod
    def _fronted_group(doc: Doc, number: Span, units: dict, unit_ending: dict[int, int]) -> tuple | None:
        """The unit of "Of these 30 invited countries, 26 …": a sentence opening with "Of", a
        determiner and a number of a unit, then a comma right before this number
        (`unit_ending`: the end of each unit that is no singular → its first start)."""
        comma = number.start - 1
        if comma < 0 or doc[comma].text != ",":
            return None
        i = unit_ending.get(comma)
        if i is None:
            return None
        unit_end, unit = units[i]
        j = next((k for k in range(i - 1, max(-1, i - 4), -1) if doc[k].like_num), None)
        if j is None or j < 2 or doc[j - 1].lower_ not in ("the", "these", "those"):
            return None
        of = doc[j - 2]
        if of.lower_ != "of" or not (of.is_sent_start or of.i == 0):
            return None
        return number.start, number.end, unit, doc[i:unit_end].text.lower()

    def _headline_repeats(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """A headline restates the body's figures without their hedges ("7 heads of state, 650
        delegates expected" over "At least 7 heads of state and 650 delegates"): a headline
        count the body gives again takes the body's qualifier."""
        title = squash(doc._.get("title") or "") if Doc.has_extension("title") else ""
        if not title:
            return rows
        text = text_of(doc)

        def in_headline(row: dict) -> bool:
            line_start = text.rfind("\n", 0, row["start"]) + 1
            line_end = text.find("\n", row["end"])
            line = squash(text[line_start : line_end if line_end >= 0 else len(text)])
            return bool(line) and (line == title or (len(line) > 20 and line in title))

        heads = [r for r in rows if in_headline(r)]
        body: dict[tuple, str] = {}
        for r in rows:
            if not any(r is h for h in heads):
                body.setdefault((r["value"], r["unit"]), r["qualifier"])
        for r in heads:
            qualifier = body.get((r["value"], r["unit"]))
            if qualifier and qualifier != r["qualifier"]:
                r["qualifier"] = qualifier
                r["source"] += "|qualifier=from-body"
        return rows

    def _lists(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """'one Prime Minister' counts only in a list of counts; a lower bound ("no fewer than",
        "at least") reaches over the counts joined to its own ("at least 7 heads of state
        and 650 delegates"), a comparative ("over", "more than") does not."""

        def joined(a: dict, b: dict) -> str | None:
            gap = [t for t in doc[a["_tokens"][3] : b["_tokens"][0]] if not t.is_space]
            words = [t.lower_ for t in gap]
            if len(words) <= 3 and words and set(words) <= {",", "and", "as", "well", ";"}:
                return "and" if "and" in words else ","
            return None

        for a, b in zip(rows, rows[1:]):
            link = joined(a, b)
            if link and a["qualifier"] in self.distributive and not b["_written"] and link == "and":
                b["qualifier"] = a["qualifier"]
                b["source"] += "|qualifier=shared"
            a.setdefault("_listed", bool(link))
            b["_listed"] = bool(link)
        kept = [r for r in rows if r["value"] != 1 or r.get("_listed")]
        for r in kept:
            for key in ("_tokens", "_written", "_listed", "_unit_words", "_members"):
                r.pop(key, None)
        return kept


def _figure_of_a_name(doc: Doc, i: int) -> bool:
    """Class: a figure in digits that is part of a name, right after its capitalised word inside a
    sentence ("Fortune 500", "Group 20"), between a count's number and its noun ("nearly 80
    Fortune 500 companies"): a modifier of the noun, no count of its own."""
    if i < 1 or not doc[i].text.isdigit():
        return False
    before = doc[i - 1]
    # a month closing a date ("On 12 May 40 delegates …") ends a date, no name
    return (
        before.is_alpha
        and before.is_title
        and not before.is_sent_start
        and not before.like_num
        and before.ent_type_ not in ("DATE", "TIME")
        and before.lower_ not in MONTHS
    )


def _name_number(doc: Doc, number: Span) -> bool:
    """'the Mekong Plus Three trade ministers', 'the Big Four envoys': a number word written
    with a capital after a capitalised word inside a sentence, lower-case words after it, is
    part of a name, not a count (a title-case headline's "Leaders Of Three Nations" goes on
    in capitals)."""
    first, last = number[0], number[-1]
    if not (first.is_alpha and first.is_title) or number.start == 0 or first.is_sent_start:
        return False
    before, after = doc[number.start - 1], doc[number.end] if number.end < len(doc) else None
    if before.is_sent_start or not before.is_alpha or not before.text[:1].isupper():
        return False
    return after is not None and after.is_alpha and after.is_lower and last.is_alpha


def _clause_before(doc: Doc, start: int) -> list[Token]:
    """The tokens of the clause before doc[start], nearest first: back to a ";", ":" or comma of
    its sentence, passing over a relative clause set off by commas (", which received …,")."""
    sent_start = _sent_start(doc, start) if start < len(doc) else 0
    out: list[Token] = []
    i = start - 1
    while i >= sent_start:
        tok = doc[i]
        if tok.text in (";", ":"):
            break
        if tok.text == ",":
            j = i - 1
            while j >= sent_start and doc[j].text not in (",", ";", ":"):
                j -= 1
            if j >= sent_start and doc[j].text == "," and doc[j + 1].tag_ in RELATIVE_TAGS:
                i = j - 1
                continue
            break
        out.append(tok)
        i -= 1
    return out


def _numbers_a_noun(doc: Doc, number: Span) -> bool:
    """'On Day 2 participants toured', 'In Week 2 delegates met': a number right after a
    singular noun that no date of the dates component covers is that noun's number (a day, a
    week, a phase of a programme), part of the tagger's DATE, not a count after a time phrase
    ("On 12 May 40 delegates": "May" is in a date found; "Last week 25 delegates")."""
    if number.start == 0:
        return False
    before = doc[number.start - 1]
    if before.tag_ not in ("NN", "NNP") or not before.is_alpha:
        return False
    return not any(d["start"] <= before.idx < d["end"] for d in doc._.get("dates") or [])


def _after_a_country(doc: Doc, number: Span) -> bool:
    """'Kenya (45)': a number alone in brackets right after a place the tagger found (GPE) or a
    country of the gazetteer (its name, not its demonym)."""
    s, e = number.start, number.end
    if s < 2 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
        return False
    place = doc[s - 2]
    return place.ent_type_ == "GPE" or place._.get("country_role") == "name"


# the tags of the words of a noun phrase (determiners, adjectives, nouns, numbers, possessives)
_NOUN_PHRASE_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "HYPH"}
)


#: The words that negate a verb right after it ("have not replied", "could n't attend").
NEGATIONS = frozenset({"not", "n't", "never"})
#: the forms of "be" before a passive participle ("were invited", "had been invited")
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _hyphened(doc: Doc, tok: Token) -> str:
    """The lower-case word a token is part of, with the word its hyphen joins to it ("co-signed",
    which the tokenizer splits at the hyphen)."""
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        # the tagger may take the first half for the verb ("co" of "co-signed")
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return tok.lower_


def _first_verb(
    doc: Doc, start: int, stop: int, *, passes: Callable[[Token], bool], is_verb: Callable[[Token], bool]
) -> Token | None:
    """The verb after a count's noun: the first token of doc[start:stop] that `passes` does not
    pass (auxiliaries, adverbs, spaces …), if `is_verb` takes it; None where another word or a
    mark comes first, or none is left before `stop`. The one scan of the checks on what those
    counted do ("… member states attended", "… will discuss", "… are observers")."""
    for tok in doc[start:stop]:
        if not passes(tok):
            return tok if is_verb(tok) else None
    return None


def _opens_a_reported_clause(doc: Doc, i: int) -> bool:
    """Class: token i opens a clause reported after a verb and "that" ("the agency reported that
    the ten envoys met …", "said that the five ministers agreed"): the clause's subject, as at a
    sentence's start."""
    return i >= 2 and doc[i - 1].lower_ == "that" and doc[i - 2].tag_ in ("VBD", "VBZ", "VBP")


def _after_a_fronted_phrase(doc: Doc, i: int) -> bool:
    """Token i opens its sentence's main clause after a short fronted phrase and its comma:
    a preposition and a few words with no finite verb ("During the talks, the three leaders
    …", "At the retreat, the five ministers …")."""
    sent = _sent_span(doc, i)
    comma = i - 1
    if comma <= sent.start or doc[comma].text != "," or comma - sent.start > 6:
        return False
    phrase = doc[sent.start : comma]
    return phrase[0].tag_ == "IN" and not any(t.tag_ in FINITE for t in phrase)
