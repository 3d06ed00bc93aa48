"""The event a document reports, its place and dates, and which event each participant
count belongs to.

Candidates are found around the nouns of the lexicon's event kinds:
- a numbered event: an ordinal and an event noun, with the body it belongs to ("the 83rd
  Ordinary Session", "the 9th plenary session of the Assembly of Island States", "the
  Fourth Regional Meeting of Heads …", "XI. Consuls Conference", "the 214th Standing
  Committee of Resident Envoys", "EAPCCO 19th Annual General Meeting");
- a named event: capitalised words and a capitalised event noun ("Global Refugee Forum",
  "Munich Security Conference", "Nordic Conference of Speakers of Parliament", "Manama
  Dialogue 2018"), or a name before a lower-case one ("the GICNT plenary meeting");
- a quoted title introduced by an event noun: "the conference “Securing Ports
  and Shipping in the Northern Seas”". When that noun names a *part* of an event (session, panel,
  theme) the title is not an event; when it ends a proper name ("the Rīga Conference 2009
  titled “…”") the quote is that event's theme;
- a labelled line of a media advisory ("Event 2: Deputy Minister's briefing for …");
- an occasion (a day, a visit, a briefing) named the same ways, weaker than an event.

A name made only of words that describe an event's kind ("International Conference",
"High Level Meeting": the lexicon's `event_modifier` kind) names no event of its own: a
quoted title after it is the name. A noun that is also an organisation's or a document's
head ("Assembly", "Convention") names an event only with an ordinal ("the 132nd Assembly").

Each candidate is scored: an ordinal, a complement naming its body, the headline, the
first sentence, repeated mentions and "the conference" referring back to it raise it; a cue
that it is another event than the one reported ("ahead of", "the upcoming", "next") lowers
it. The best candidate above `min_score` is the document's event: a release reports one
meeting, and the others it names are context.

The nouns and cues are data (models/lexicon.jsonl); so are the duration patterns ("over
three days") that stretch a one-day start to the event's end.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

from spacy.attrs import TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from text_to_num import alpha2digit

from ..datelines import crawler_date
from ..text import HYPHENS, fold, paragraph_end, sentence_bounds, sentence_span, squash, text_index, text_of
from .counts import parse_number
from .mentions import add_mention
from .windows import WindowedMatcher

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

#: Forms of "host" and the auxiliaries before it ("will host", "has hosted"), so that no
#: lemmatizer is needed (the pipeline leaves it out for speed).
HOST_FORMS = {"host", "hosts", "hosted", "hosting"}
#: Forms of "hold" and "have" before a meeting noun ("held talks with", "had a meeting with")
HOLD_FORMS = {"hold", "holds", "held", "holding", "have", "has", "had", "having"}
#: words between a visit verb and its subject ("has officially visited", "is visiting")
VISIT_AUXILIARIES = {"will", "would", "has", "have", "had", "is", "was", "are", "were", "also", "officially", "today"}
AUXILIARIES = {
    "will",
    "would",
    "shall",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "to",
    "also",
}
#: the auxiliaries that make a meeting verb after them passive ("was received by"), not a tense
PASSIVE_AUXILIARIES = frozenset(AUXILIARIES - {"will", "would", "has", "have", "had", "also", "to"})
#: a quote; a curly apostrophe inside a word ("the country’s") closes none. Both kinds open
#: on their mark, read first by one character class: a pattern whose alternative opens with a
#: look-behind is tried at every position of the text, one opening with a class is scanned for
#: in C (speed, #18). The second kind's "(?<![\w'])'" is "'" then "(?<![\w']')"; the groups,
#: offsets and matches are the same as those of the two alternatives written apart.
QUOTED = re.compile(
    r"[“\"«‘'](?:(?<=[“\"«‘])((?:[^”“\"«»‘’]|(?<=\w)’(?=\w)){8,250})(?:[”\"»]|’(?!\w))"
    r"|(?<=')(?<![\w']')([A-Z][^'\n]{6,200}?)'(?![\w]))"
)
#: marks opening a quote: a name inside one is a title's word, not a name the text uses
QUOTE_OPENERS = {"“", '"', "«", "‘", "'"}
#: units of a duration written before a meeting's kind words ("a two-day regional workshop")
DURATION_UNITS = {"day", "week", "month"}
GRANULARITY_ORDER = ["day", "month", "season", "year"]
SENTENCE_END = {".", "!", "?", ";"}
PLACE_BEFORE = {"in", "at"}
PLACE_LABELS = {"GPE", "LOC"}
DEFINITE = {"the", "this", "that"}
#: function words a name may hold between its capitalised words ("Assembly of the Member
#: States of the …", "Network of Institutes Affiliated with SADC", "Initiative to Combat …")
NAME_JOINERS = {"of", "the", "and", "for", "on", "to", "with", "&", "in"}
POSSESSIVE_OR_ARTICLE = {"his", "her", "their", "its", "the", "a", "an", "this"}
INNER_JOINERS = NAME_JOINERS - {"the"}
#: prepositions that open a name's complement after its event noun
COMPLEMENT = {"of", "on", "for"}
ORDINAL_SUFFIX = re.compile(r"^\d+(st|nd|rd|th)\.?$", re.I)
ROMAN = re.compile(r"^[IVXLC]+$")
#: the score a second named meeting needs to be reported beside the best one (the best needs
#: `min_score`): named twice, in the headline or the lead, with its own proper name
SECOND_EVENT_SCORE = 5.0
#: where the other side of a meeting verb ends: punctuation, and the prepositions of its place,
#: date or purpose ("… met the delegation in Hanoi on Monday to discuss …")
MET_OBJECT_ENDS = {",", ";", ".", "(", ")", ":", "–", "—", "!", "?", "|"}
MET_OBJECT_STOPS = {"on", "in", "at", "to", "for", "during", "after", "amid", "today", "yesterday", "as", "while"}
YEAR = re.compile(r"^(19|20)\d\d$")
OPENING = re.compile(r"opening", re.I)
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
#: A word of a line, to tell a line set in title case ("Talks On Sidelines Of …").
TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
LABEL_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z]+)(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*(\S[^\n(]{5,150})")


class _Words:
    """What the walk around an event noun reads of a token, by token index, without making a
    Token: spaCy makes a new one for every `doc[i]` (speed #18). The text and the spaces come
    from the document's text index, the tags' hashes from one read of the Doc; a word's lower
    case is `text[i].lower()` (spaCy's `lower_` is the text's `str.lower()`)."""

    def __init__(self, doc: Doc):
        index = text_index(doc)
        self.text = index.words  # token.text
        self.spaced = index.spaced  # bool(token.whitespace_)
        self._tags = doc.to_array(TAG).tolist() if len(doc) else []
        self._strings = doc.vocab.strings

    def tag(self, i: int) -> str:
        """token.tag_ of token i."""
        return self._strings[self._tags[i]]


@Language.factory(
    "communique_events",
    assigns=["doc._.events", "doc._.counts"],
    requires=["doc._.dates", "doc._.counts", "doc.ents", "token.is_sent_start"],
    default_config={"max_intro_tokens": 25, "min_score": 2.0, "max_name_tokens": 30, "head_chars": 1500},
)
class EventFinder:
    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        max_intro_tokens: int,
        min_score: float,
        max_name_tokens: int,
        head_chars: int,
    ):
        self.name, self.max_intro, self.min_score, self.max_name = name, max_intro_tokens, min_score, max_name_tokens
        self.head_chars = head_chars
        self.nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.durations = WindowedMatcher(nlp.vocab, validate=True)
        self.modifiers: set[str] = set()
        self.title_cues: set[str] = set()
        self.other_heads: set[str] = set()
        self.event_words: set[str] = set()
        self.capitalised_only: set[str] = set()
        self.sports: set[str] = set()
        self.document_heads: set[str] = set()
        self.praise_words: set[str] = set()
        self.media: set[str] = set()
        self.sittings: set[str] = set()
        self.periods: set[str] = set()
        self.person_possessives: set[str] = set()
        self.body_possessives: set[str] = set()
        self.bodies: set[str] = set()
        self.encounters: dict[str, str] = {}
        self.formal_visits: set[str] = set()
        self.opening_verbs: set[str] = set()
        self.passive_verbs: set[str] = set()
        self.leaders_cues: tuple[re.Pattern, ...] = ()
        self.city_meetings: set[str] = set()
        self.meeting_verbs: set[str] = set()
        self.regions: set[str] = set()
        self.visit_verbs = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.join_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.meet_verbs: set[str] = set()
        self.talk_verbs: set[str] = set()
        self.held_nouns: set[str] = set()
        self.call_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.call_names: dict[str, str] = {}
        self.arrivals = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.signing_verbs: set[str] = set()
        self._held_ents: tuple[Doc, tuple[Span, ...]] | None = None

    def initialize(self, get_examples=None, *, nlp=None, lexicon, durations: list[dict] = ()):
        vocab = self.nouns.vocab
        make = nlp.make_doc if nlp is not None else (lambda text: Doc(vocab, words=text.split()))
        self.nouns = PhraseMatcher(vocab, attr="LOWER")
        encounters = lexicon["event_encounter"] - lexicon["event_noun"] - lexicon["event_part"]
        for label, terms in (
            ("event", lexicon["event_noun"] | lexicon["event_noun_capitalised"]),
            ("part", lexicon["event_part"]),
            # a reception or a meal held for guests ("the Consular Corps Spring Luncheon"): an occasion
            ("occasion", lexicon["occasion_noun"] | lexicon["hosted_occasion"] | encounters),
        ):
            self.nouns.add(label, [make(t) for t in sorted(terms)])
        # "the 214th Standing Committee": a numbered meeting of a body
        self.nouns.add(
            "body", [make(t) for t in sorted(lexicon["body_noun"] - lexicon["event_noun"] - lexicon["event_part"])]
        )
        self.cues = PhraseMatcher(vocab, attr="LOWER")
        self.cues.add("aside", [make(t) for t in sorted(lexicon["event_aside_cue"])])
        self.cues.add("aside_verb", [make(t) for t in sorted(lexicon["event_aside_verb"])])
        self.modifiers = set(lexicon["event_modifier"])
        self.title_cues = set(lexicon["event_title_cue"])
        # an event noun that also heads an organisation's or a document's name
        self.other_heads = set(lexicon["event_noun"] & (lexicon["body_noun"] | lexicon["document_noun"]))
        self.event_words = set(lexicon["event_noun"])
        # a reception or a meal is named with capitals ("the Chamber's New Year Gala Dinner"); "an embassy
        # reception", "the reception she received" name none
        self.capitalised_only = (
            set(lexicon["event_noun_capitalised"]) | set(lexicon["hosted_occasion"])
        ) - self.event_words
        self.sports = set(lexicon["event_sport"])
        self.document_heads = set(lexicon["document_noun"])
        self.praise_words = set(lexicon["event_praise_word"])
        self.media = set(lexicon["event_medium_noun"])
        self.sittings = set(lexicon["event_sitting"])
        self.bodies = set(lexicon["body_noun"])
        self.people_nouns = {t for t in lexicon["count_person"] if " " not in t}
        self.periods = set(lexicon["event_within_period"])
        self.person_possessives = set(lexicon["event_person_possessive"])
        self.body_possessives = set(lexicon["event_body_possessive"])
        self.encounters = lexicon.mapping("event_encounter")
        self.formal_visits = set(lexicon["event_formal_visit"])
        self.opening_verbs = set(lexicon["event_opening_verb"])
        # "was held", "was hosted": only in the passive; "…, held in Oslo, …" between commas
        self.passive_verbs = set(lexicon["event_passive_verb"])
        # a body's leaders in the headline or the lead: "Leaders of the Nordic Union (NU)", "NU leaders"
        nouns = sorted(lexicon["event_leaders_noun"])
        capitalised = "|".join(f"[{t[0].upper()}{t[0]}]{re.escape(t[1:])}" for t in nouns)  # "Leaders of"
        self.leaders_cues = (
            re.compile(
                rf"\b(?:{capitalised}) (?:of|from) (?:the )?[A-Z][^()\n.]{{0,80}}\((?P<acr>[A-Z][A-Za-z0-9]{{1,9}})\)"
            ),
            re.compile(rf"\b(?P<acr>[A-Z][A-Z0-9]{{1,9}}) (?:{'|'.join(map(re.escape, nouns))})\b"),  # "NU leaders"
        )
        self.city_meetings = set(lexicon["event_city_meeting_noun"])
        self.meeting_verbs = set(lexicon["meeting_verb"])
        # "Pacific", "West Africa": a name's region words say whom a meeting is for, not where it is
        self.regions = set(lexicon["region_word"])
        self.visit_verbs = PhraseMatcher(vocab, attr="LOWER")
        self.visit_verbs.add("visit_verb", [make(t) for t in sorted(lexicon["event_visit_verb"])])
        self.arrivals = PhraseMatcher(vocab, attr="LOWER")
        self.arrivals.add("arrival", [make(t) for t in sorted(lexicon["event_arrival_phrase"])])
        self.meet_verbs = set(lexicon["event_meet_verb"])
        self.talk_verbs = set(lexicon["event_talk_verb"])
        self.held_nouns = set(lexicon["event_held_noun"])
        self.signing_verbs = set(lexicon["event_signing_verb"])
        self.call_names = lexicon.mapping("event_call_phrase")
        self.call_phrases = PhraseMatcher(vocab, attr="LOWER")
        self.call_phrases.add("call", [make(t) for t in sorted(self.call_names)])
        self.join_cues = PhraseMatcher(vocab, attr="LOWER")
        self.join_cues.add("join", [make(t) for t in sorted(lexicon["event_join_cue"])])
        self.durations = WindowedMatcher(vocab, validate=True)  # the Matcher, run where a duration can be
        for p in durations:
            self.durations.add(p["id"], [p["pattern"]])

    # -- the document's event ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        # the document's entities, read once for the whole call: this component sets none, and
        # `doc.ents` makes a Span of every entity on each read (speed, #18; see `_ents_of`)
        self._held_ents = (doc, doc.ents)
        try:
            return self._find(doc)
        finally:
            self._held_ents = None

    def _ents_of(self, doc: Doc) -> tuple[Span, ...]:
        """`doc.ents`, as read once at the start of `__call__` where this is its document
        (outside a call, read as asked)."""
        held = self._held_ents
        return held[1] if held is not None and held[0] is doc else doc.ents

    def _find(self, doc: Doc) -> Doc:
        nouns = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.nouns(doc)])
        # each noun's text in lower case, cut once from the document's text (`Span.text` joins
        # the noun's tokens, and was read up to three times per noun; speed, #18)
        text = text_of(doc)
        lowered = {n.start: text[n.start_char : n.end_char].lower() for n in nouns}
        if self.sports:
            # "where the 2008 Olympic games were held": a sports contest, no meeting
            nouns = [n for n in nouns if lowered[n.start] not in self.sports]
        if self.capitalised_only:
            # "Diplomatic Training for …" is a name; "the training of officials" an activity
            nouns = [
                n
                for n in nouns
                if text[n.start_char : n.start_char + 1].isupper() or lowered[n.start] not in self.capitalised_only
            ]
            # "the Ocean Ministerial Council", "a Ministerial meeting": a capitalised word or a noun
            # after it makes it a modifier
            nouns = [
                n
                for n in nouns
                if lowered[n.start] not in self.capitalised_only
                or n.end >= len(doc)
                or not ((doc[n.end].text[:1].isupper() and doc[n.end].is_alpha) or doc[n.end].tag_.startswith("NN"))
            ]
        asides = self._asides(doc)
        title = fold(doc._.get("title") or "") if Doc.has_extension("title") else ""
        words = _Words(doc)
        named = [c for c in (self._candidate(doc, n, words) for n in nouns) if c is not None]
        quotes = list(QUOTED.finditer(text))  # read once: the titles, then the themes a place is not in
        quoted = self._quoted(doc, nouns, named, quotes)
        labelled = self._labelled(doc, text)
        lead = self._lead(doc)
        encounters = [c for c in (self._encounter(doc, n, lead) for n in nouns) if c is not None]
        met = self._met(doc, lead)
        encounters += self._visited(doc, lead) + (met or self._met_group(doc, lead)) + self._called(doc, lead)
        encounters += self._signed(doc, lead)
        found = named + quoted + labelled + encounters + self._opening_of(doc, lead)
        candidates = [c for c in self._merge(found) if not self._title_case_only(text, c)]
        # "the conference", "this summit": references back, by head noun
        definite_heads = Counter(n.text.lower() for n in nouns if n.start > 0 and doc[n.start - 1].lower_ in DEFINITE)
        for c in candidates:
            c["score"] = self._score(doc, c, definite_heads, asides, title, lead)
        best = max(candidates, key=lambda c: (c["score"], -c["mentions"][0][0]), default=None)
        if best is None or best["score"] < self.min_score:
            # no meeting the text stresses: a name ("a productive Coastal States conference at Apia",
            # "The Annual Envoys Meeting will cover …") is the one it names, where it is the only one
            named = [
                c
                for c in candidates
                if (c.get("lower_head") or c.get("proper"))
                and not c["aside"]
                and text[max(0, c["mentions"][0][0] - 1) : c["mentions"][0][0]] not in QUOTE_OPENERS
                and c["kind"] == "event"
                and c["score"] >= 0
                and not self._governed(doc, c)
            ]
            if not named:
                # Class: a visit or a meeting the text reports in its first lines ("the envoy's
                # week-long visit to Chile opens in …", headline "Mayor meets bank team", lead "The
                # Minister of X, A, met the Ambassador of Y, B"), with no meeting it names and
                # stresses: that visit or meeting is the event
                named = [
                    c
                    for c in candidates
                    if c["source"] in ("event:visit", "event:met", "event:call", "event:signing")
                    and (c["score"] >= self.min_score - 1 or c.get("called"))
                    and not c["aside"]
                    and c["mentions"][0][0] < self.head_chars
                ]
            if len(named) == 1:
                best = named[0] | {"score": self.min_score}
        joined = self._joined(doc, candidates)
        if (best is None or best["score"] < self.min_score) and joined:
            best = joined[0] | {"score": self.min_score}
        if best is None or best["score"] < self.min_score:
            best = self._weak_only(doc, candidates) or best
        records = []

        def report(c: dict, source: str) -> None:
            """One event row, and its first mention marked as the EVENT the row came from."""
            records.append(self._record(doc, c, nouns, quotes))
            start, end = c["mentions"][0]
            add_mention(doc, "EVENT", start, end, source=source, normalized=c["name"])

        if best is not None and best["score"] >= self.min_score:
            best = self._leaders_summit(doc, best, text[: lead[1]])
            report(best, best["source"])
            others = self._numbered_others(doc, best, candidates)
            for other in others:
                report(other, "event:numbered-other")
            for other in self._named_others(doc, best, candidates, others):
                report(other, "event:named-other")
                others.append(other)
            reported = [best, *others]
            for other in joined:
                if any(other["key"] == r["key"] or self._same(other, r) for r in reported):
                    continue
                report(other, "event:joined")
                break
        doc._.events = records
        self._link_counts(doc, nouns, asides)
        return doc

    def _weak_only(self, doc: Doc, candidates: list[dict]) -> dict | None:
        """Rule `event:weak-only`. Class: a release about a visit or a named meeting whose
        candidates all score below `min_score` and that none of the fallbacks above takes (a visit
        named by its noun, "paid a courtesy visit on the Speaker", "Visit of the Minister of X";
        two named meetings, each named once): the text still reports a meeting, and the one it
        stresses most is that meeting. Taken only with net positive evidence (score above 0), not
        set aside ("ahead of", "next year's"), with a capitalised word (a bare "regional
        meeting" says what kind, not which) and no preposition governing it ("the agenda for the
        … summit" is context); first mention breaking ties. An occasion counts only where it is
        an encounter (`event_encounter`: a visit, a call; a week or an anniversary is a period),
        and a lower-case meeting with its body ("the annual forum of the X Council") only where
        the text says it took place (the rules above): neither is taken here; nor a name opening
        a quote (a title's words)."""
        text = text_of(doc)
        pool = [
            c
            for c in candidates
            if c["score"] > 0
            and not c["aside"]
            and (
                (c["kind"] == "occasion" and c["head"] in self.encounters)
                or (c["kind"] == "event" and c["source"] != "event:described")
            )
            and any(w[:1].isupper() for w in c["name"].split())
            and not self._governed(doc, c)
            and text[max(0, c["mentions"][0][0] - 1) : c["mentions"][0][0]] not in QUOTE_OPENERS
        ]
        if not pool:
            return None
        top = max(pool, key=lambda c: (c["score"], -c["mentions"][0][0]))
        return top | {"score": self.min_score, "source": "event:weak-only"}

    def _numbered_others(self, doc: Doc, best: dict, candidates: list[dict], most: int = 2) -> list[dict]:
        """Class: a second numbered meeting the text names beside the one it reports ("the 20th
        Council of Ministers … ahead of the 12th Summit", "the 12th summit closed; the 13th Summit
        will meet in …"): an event with its ordinal and a name of its own (no bare "first summit"),
        scored as an event in its own right and not set aside; other meetings (unnumbered,
        occasions, themes) stay context."""
        out = []
        for c in sorted(candidates, key=lambda c: c["mentions"][0][0]):
            if c is best or not c["ordinal"] or c["kind"] != "event" or c["score"] < self.min_score:
                continue
            # a bare ordinal and noun ("the first summit", "its 1010th meeting") names no meeting of
            # its own; one set aside ("ahead of the 12th Summit") is lowered; the reported meeting's
            # own number is that meeting written another way
            if c["generic"] or c["aside"] or (c["number"] is not None and c["number"] == best.get("number")):
                continue
            if c.get("quoted") or c["key"] in best["key"] or best["key"] in c["key"]:
                continue
            # an item of a list of the week's meetings ("The meetings are the 31st …; the 12th …"):
            # the programme around the reported one. Class: one sentence may name both a meeting and
            # the numbered one it leads up to ("began … in the run-up to the 9th … Summit"): both events
            if self._coordinated(doc, c):
                continue
            if any(c["key"] == o["key"] for o in out):
                continue
            out.append(c)
        return out[:most]

    def _joined(self, doc: Doc, candidates: list[dict]) -> list[dict]:
        """Class: a meeting with a proper name right after words saying the text's people take part
        in it ("Ruiz, taking part in the Baltic Security Conference, spoke with …", "her
        participation in the X Forum"): the document reports it, beside
        the talks held there, though a preposition governs it; best first. Never a quoted title,
        a bare kind ("the first summit") or one set aside."""
        ends = set()
        for _, _, e in self.join_cues(doc):
            ends.add(e)
            if e < len(doc) and doc[e].lower_ == "the":
                ends.add(e + 1)
        if not ends:
            return []
        out = []
        for c in candidates:
            if c["kind"] != "event" or not c.get("proper") or c["generic"] or c["aside"]:
                continue
            if c["source"] == "event:quoted-title":
                continue
            for start, end in c["mentions"]:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and span.start in ends:
                    out.append(c)
                    break
        return sorted(out, key=lambda c: (-c["score"], c["mentions"][0][0]))

    def _named_others(self, doc: Doc, best: dict, candidates: list[dict], taken: list[dict]) -> list[dict]:
        """Class: a second meeting with a proper name that the text names again and stresses as
        much as a reported one (a business forum held beside a ministers' conference, both in the
        headline): named at least twice on distinct lines and scored at
        least `SECOND_EVENT_SCORE`; never a list's item, a theme, a quote or one set aside."""
        text = text_of(doc)
        for c in sorted(candidates, key=lambda c: -c["score"]):
            if c is best or any(c is o for o in taken) or c["score"] < SECOND_EVENT_SCORE:
                continue
            if c["kind"] != "event" or not c.get("proper") or c["generic"] or c["aside"]:
                continue
            if c["source"] == "event:quoted-title":
                continue
            if _distinct_mentions(text, c["mentions"]) < 2 or self._coordinated(doc, c):
                continue
            if c["key"] in best["key"] or best["key"] in c["key"] or self._same(c, best):
                continue
            return [c]
        return []

    @staticmethod
    def _coordinated(doc: Doc, c: dict) -> bool:
        """A candidate whose mentions all follow "and", "or", a comma or a semicolon (past "the"):
        an item of a list ("the 75th session of the Commission and the Sixth Forum on …"), context."""
        for start, end in c["mentions"]:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            i = span.start - 1
            while i >= 0 and (doc[i].is_space or doc[i].lower_ == "the"):
                i -= 1
            if i < 0 or doc[i].lower_ not in ("and", "or", ",", ";"):
                return False
        return True

    @staticmethod
    def _sentences_of(doc: Doc, c: dict) -> set[int]:
        """The first tokens of the sentences holding a candidate's mentions."""
        out = set()
        for start, end in c["mentions"]:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                out.add(sentence_bounds(doc, span.start)[0])
        return out

    @staticmethod
    def _governed(doc: Doc, c: dict) -> bool:
        """A name that a preposition governs, past its article and adjectives ("the agenda for the
        … summit", "approved by … summit", "the format of … conference"): context, not the
        subject or object the text is about ("an enjoyable … conference", "The … meeting will")."""
        i = c["span"][0]
        while i > 0 and c["span"][0] - i < 6 and doc[i - 1].tag_ in ("DT", "JJ", "RB", "CC", "PRP$"):
            i -= 1
        return i > 0 and doc[i - 1].tag_ in ("IN", "TO")

    def _asides(self, doc: Doc) -> list[int]:
        """Starts of the cues before another event than the reported one: "ahead of", "the
        upcoming", and a verb such as "prepare" whose "for" follows, an adverb or two between
        ("as we prepare together for the 11th Summit")."""
        out, strings = [], self.cues.vocab.strings
        for m, s, e in self.cues(doc):
            if strings[m] == "aside_verb":
                while e < len(doc) and e - s < 3 and doc[e].tag_ == "RB":
                    e += 1
                if e >= len(doc) or doc[e].lower_ != "for":
                    continue
            out.append(s)
        return out

    # -- candidates around an event noun -------------------------------------------------------
    @staticmethod
    def _is_ordinal(doc: Doc, i: int, words: _Words) -> int | None:
        """Start of an ordinal ending at token i ("83rd", "Seventh", "Thirty-sixth", "XIII."), else
        None."""
        text = words.text[i]
        if text == "." and i > 0 and ROMAN.match(words.text[i - 1]) and not words.spaced[i - 1]:
            return i - 1  # "XIII."
        if ORDINAL_SUFFIX.match(text) or (len(text) > 1 and ROMAN.match(text)):
            return i
        if text.isalpha() and ORDINAL_SUFFIX.match(_digits(text.lower())):
            if i > 1 and words.text[i - 1] in HYPHENS and doc[i - 2].like_num:  # "Thirty-sixth"
                return i - 2
            return i
        return None

    def _candidate(self, doc: Doc, noun: Span, words: _Words) -> dict | None:
        """A numbered or named event (or occasion) whose name ends in or holds this noun."""
        kind = noun.label_
        text, tag, spaced = words.text, words.tag, words.spaced
        head_cap = text[noun.end - 1][:1].isupper()
        if head_cap and self._event_name_goes_on(doc, noun.end, words):
            return None  # "the 9th Andean Alliance Summit": a word of the summit's name
        if head_cap and self._members_after(noun.end, words):
            return None  # "the Pacific Islands Forum Foreign Ministers will meet": the body they belong to
        start, ordinal, caps, i = noun.start, False, [], noun.start
        number = None  # the ordinal's value: "55th", "Fifty-fifth" → 55
        acronym = None  # "… of Universities (AOU) 16th General Conference": the body's acronym, kept
        # leftwards: capitalised words, an ordinal, joiners between capitalised words, "(ACR)", "Leaders’"
        # (each word read from `words` by its index p: no Token made)
        while i > 0 and noun.start - i < self.max_name:
            p = i - 1
            word = text[p]
            o = self._is_ordinal(doc, p, words)
            if o is not None:
                number = number or _ordinal_value(doc[o:i].text)
                ordinal, i = True, o
                start = i
                continue
            if word.isspace() or word in SENTENCE_END:
                break
            if head_cap and self._bare_ordinal(p, noun.end, words):
                # "the 38 General Conference of the …": a bare number numbering a capitalised meeting
                number, ordinal, i = int(word), True, p
                start = i
                continue
            if word == ")":
                j = next((k for k in range(i - 2, max(-1, i - 8), -1) if text[k] == "("), None)
                if j is None:
                    break
                if ordinal and start == i and j == i - 3 and text[j + 1].isupper() and text[j + 1].isalpha():
                    # "the Association of … (AOU) 16th General Conference": the acronym in brackets
                    # right before the ordinal names the body; the long name before it stays out
                    acronym = text[j + 1]
                    break
                i = j
                continue
            if word in ("’", "'", "’s", "'s") and i > 1 and text[i - 2][:1].isupper():
                i -= 1
                continue
            # a hyphen glued on both sides, whatever its tag ("Inter-Sessional": tagged NNP there)
            hyphen = tag(p) == "HYPH" or word in HYPHENS
            # an en dash glued between two capitalised words joins two bodies of one name
            # ("the 5th Andean Community–EU Annual Dialogue"); spaced, it parts a headline
            hyphen = hyphen or (word == "\u2013" and i > 1 and text[i - 2][:1].isupper())
            if hyphen and not spaced[p] and i > 1 and not spaced[i - 2]:
                i -= 1
                continue
            low = word.lower()
            if low in self.praise_words:
                break  # "Successful London Public Seminar": a headline's praise, no word of the name
            if word[:1].isupper() and (word.isalpha() or any(ch.isdigit() for ch in word)):
                if ordinal and (not word.isupper() or text[start].isupper()) and not (i > 1 and text[i - 2] in HYPHENS):
                    # "Leaders Conclude 54th … Summit": before its ordinal a name holds only its
                    # body's acronym ("SAPCO 12th Annual General Meeting"), no headline's words; in a
                    # line of capitals ("AT OPENING OF FIFTH … CONFERENCE") no word is an acronym
                    break
                # "AFX": "Inter" of "Twelfth Inter-Sessional Meeting"
                if tag(p) in ("NNP", "NNPS", "JJ", "NN", "NNS", "CD", "VBG", "VBN", "AFX") or word.isupper():
                    caps.append(p)
                    i -= 1
                    start = i
                    continue
                break
            if low in self.modifiers or tag(p) == "JJ" and word.islower():
                i -= 1  # "15th plenary session", "first virtual FAO Regional Conference": kept if an ordinal precedes
                continue
            if low in INNER_JOINERS and caps and i > 1 and text[i - 2][:1].isupper():
                i -= 1
                continue
            break
        # a year, an acronym in brackets and a complement naming the body
        end = noun.end
        complement = False
        while end < len(doc):
            word = text[end]
            low = word.lower()
            if end == noun.end and YEAR.match(word):
                end += 1
                continue
            if word == "(":
                close = next((k for k in range(end + 1, min(len(doc), end + 6)) if text[k] == ")"), None)
                if close is None or not text[end + 1][:1].isupper():
                    break
                end = close + 1
                continue
            if low == "of" and kind == "part" and not complement and (stop := self._event_phrase(doc, end + 1)):
                end, complement = stop, True  # "the 32nd round of Gulf trade ministers’ talks"
                continue
            if low in COMPLEMENT:
                stop = self._complement(doc, end + 1)
                if stop is not None and low == "on" and self._on_a_thing(doc, end + 1, stop):
                    break  # "photos of the Lima Ministerial on the Andean Flickr page": where, not what
                if stop is None and low == "on" and not complement:
                    stop = self._topic(doc, end + 1)  # "a regional seminar on border security"
                    if stop is None and ordinal and head_cap:
                        # "the Third Seminar on the training of officials of the customs service"
                        stop = self._definite_topic(doc, end + 1)
                if stop is None:
                    break
                end, complement = self._noun_phrase_end(doc, stop), True
                continue
            break
        if end == noun.end and end < len(doc) and head_cap and self._body_after(doc[end]):
            return None  # "the Pacific Islands Forum Secretariat": part of an organisation's name
        if not (head_cap or ordinal or complement) and caps and text[caps[0]].lower() not in self.bodies:
            # Class: a person's or an office's meeting named by its possessive and a lower-case noun
            # ("the Foreign Minister's conversation", "the Vice President's meeting"): the
            # encounter the text reports in its own words, no event's name ("the Council's meeting"
            # is a body's)
            poss = caps[0] + 1
            if text[poss] in ("’s", "'s") and all(text[k].islower() for k in range(poss + 1, noun.start)):
                return None
        span = doc[start:end]
        name_words = [text[k].lower() for k in caps if text[k].lower() not in self.modifiers]
        generic = not name_words and not complement
        if kind == "occasion" and self.encounters.get(noun.text.lower()) == "credentials":
            return None  # "credentials of the Ambassadors of …": only a presentation is an event
        if kind == "occasion":
            ordinal = False  # "the first day of …", "the 20th anniversary": a day of something else
        if ordinal and start > 0 and doc[start - 1].lower_ in self.person_possessives:
            # "his first session of the Board": the person's first, not the Board's
            ordinal, number = False, None
        if ordinal and not complement and self._of_a_period(doc, end):
            # "the second bilateral meeting of the morning": the ordinal counts meetings within a day, it
            # numbers no event
            return None
        if kind == "part" and ordinal and not (head_cap or complement):
            owner = self._owner(doc, start)
            if owner is None:
                return None
            # "The … Executive Board on Monday opened its fifty-second
            # session": the numbered session of the body the sentence opens with
            span = doc[start:end]
            name = f"{squash(span.text)} of the {squash(owner.text)}"
            return self._make(doc, noun, span, name, kind=kind, ordinal=True, number=number, complement=True)
        if kind == "part" and not ordinal and complement and not head_cap and self._opens(doc, end):
            # "A ministerial session of the Council of the … (ACR) was held": a lower-case meeting
            # of a named body that the sentence says took place
            j = noun.start
            while j > 0 and noun.start - j < 3 and doc[j - 1].is_lower and doc[j - 1].tag_ in ("JJ", "NN", "VBG"):
                j -= 1
            j, a = _article_place(doc, j, noun.start)
            if a >= 0 and doc[a].lower_ in ("a", "an", "the"):
                span = doc[j:end]
                return self._make(doc, noun, span, squash(span.text), kind="event", complement=True, descriptive=True)
        if kind == "part" and not ordinal and not complement and caps and self._body_owned(doc, noun):
            # "The Nordic Council’s session": a body's own sitting, named by the body
            name = f"{squash(doc[start : noun.start - 1].text)} {noun.text}"
            return self._make(doc, noun, doc[start:end], name, kind="event", proper=True)
        if kind == "part" and not (ordinal and (head_cap or complement)):
            return None
        # "the World Youth Assembly", "the Human Rights Council": only another mention of a numbered one
        support = not ordinal and (kind == "body" or kind == "event" and noun.text.lower() in self.other_heads)
        # `_opens` (the verb after the name) is asked only where it decides: here, and of the
        # candidates that reach the end (it reads the words after `end`, which stays as it is)
        if support and kind == "event" and caps and self._opens(doc, end):
            support = False  # "The … Environment Assembly (ACR) opened on Monday": the meeting itself
        if not ordinal and not caps and not complement and kind == "event" and not head_cap:
            # "The Island Leaders Group is today holding its annual meeting": the meeting of the
            # body the sentence opens with, lower-case words for its kind before the noun
            j = noun.start
            while j > 0 and noun.start - j < 2 and doc[j - 1].is_lower and doc[j - 1].tag_ in ("JJ", "NN"):
                j -= 1
            owner = self._owner(doc, j) if end == noun.end else None
            if owner is not None:
                span = doc[j:end]
                name = f"{squash(span.text)} of the {squash(owner.text)}"
                c = self._make(doc, noun, span, name, kind=kind, complement=True, descriptive=True)
                c["convened"] = True
                return c
        if not ordinal and not caps and not complement:
            if kind != "event" or head_cap:
                return None
            return self._described(doc, noun) or self._held(doc, noun)
        if not ordinal and len(caps) == 1 and not complement and kind == "event" and not head_cap:
            # "Regional ministerial meeting opens": a headline's first word, capitalised as the
            # line's; else ("Official regional workshop for …") the capitalised name below
            if self._headline_opening(doc, caps[0] + 1, noun.start) and (c := self._held(doc, noun)):
                return c
        descriptive = not ordinal and not head_cap and not name_words
        if descriptive and not complement:
            return None  # "the international conference": a reference, not a name
        if descriptive and start == noun.start:
            # "convened a subregional workshop on …": the lower-case words that describe it
            j = start
            while j > 0 and start - j < 4 and doc[j - 1].is_lower and doc[j - 1].tag_ in ("JJ", "NN", "VBG"):
                j -= 1
            j, a = _article_place(doc, j, start)
            if j < start and a >= 0 and doc[a].lower_ in ("a", "an", "the"):
                start = j
                span = doc[start:end]
        if kind == "occasion" and generic:
            return None
        name = squash(text_of(doc)[span.start_char : span.end_char]).strip(" ,;:-")  # span.text, no Token made
        name = re.sub(r"^(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts)\s+", "", name)
        if acronym is not None:
            name = f"{acronym} {name}"
        proper = head_cap and bool(name_words)
        modifiers = text[start : noun.start]  # the words' texts (token.text)
        return self._make(
            doc,
            noun,
            span,
            name,
            kind=kind,
            ordinal=ordinal,
            number=number,
            complement=complement,
            generic=generic,
            descriptive=descriptive,
            proper=proper,
            modifiers=modifiers,
            support=support,
        ) | {
            "opens": self._opens(doc, end),
            "lower_head": bool(name_words) and not head_cap and not ordinal,
            # "the 31st Ordinary Summit": a numbered name in capitals is the event's own name,
            # though its words say only its kind (a quoted title after it still names it)
            "numbered_name": ordinal and head_cap and bool(caps),
        }

    def _body_owned(self, doc: Doc, noun: Span) -> bool:
        """A sitting noun (`event_sitting`: session) right after a body's possessive name ("the
        Andean Parliament’s session"): capitalised words ending with a body noun, then "’s"."""
        if noun.text.lower() not in self.sittings or noun.start < 2:
            return False
        poss, body = doc[noun.start - 1], doc[noun.start - 2]
        return poss.text in ("’s", "'s") and body.lower_ in self.bodies and body.text[:1].isupper()

    @staticmethod
    def _bare_ordinal(i: int, after: int, words: _Words) -> bool:
        """A number without its suffix used as an ordinal: "the 38 General Conference of the …",
        "the 17 Summit of Heads of Government" (one to three digits after "the", capitalised words up
        to the noun); not a count of members ("the 18 Forum Member countries", "the 47 Council
        of Europe member states": a noun after the name, or a lower-case word closing it)."""
        text, n = words.text, len(words.text)
        word = text[i]
        if not (word.isdigit() and len(word) <= 3 and word[0] != "0") or i == 0:
            return False
        if text[i - 1].lower() != "the" or not all(w[:1].isupper() for w in text[i + 1 : after]):
            return False
        if after < n and text[after].isalpha() and (text[after][:1].isupper() or words.tag(after) in ("NN", "NNS")):
            return False
        if after < n and text[after].lower() == "of":
            # the complement: capitalised words and joiners, then no lower-case noun ("… member states")
            k = after + 1
            while k < n and k - after < 12 and (text[k][:1].isupper() or text[k].lower() in NAME_JOINERS):
                k += 1
            return not (k < n and text[k].islower() and words.tag(k) in ("NN", "NNS"))
        return True

    def _event_name_goes_on(self, doc: Doc, i: int, words: _Words) -> bool:
        """A capitalised event noun follows token i within the same name: right after it ("the
        9th Andean Alliance Summit"), or past an acronym in brackets, a possessive and at most
        two capitalised words ("the 4th Coral Sea Group (CSG) Leaders’ Summit", "the 12th World
        Customs Organization Ministerial Conference")."""
        text, n, seen = words.text, len(doc), 0
        while i < n:
            word = text[i]
            if word == "(":
                close = next((k for k in range(i + 1, min(n, i + 6)) if text[k] == ")"), None)
                if close is None or not text[i + 1][:1].isupper():
                    return False
                i = close + 1
                continue
            if word in ("’", "'", "’s", "'s") and seen:
                i += 1
                continue
            if not (word[:1].isupper() and word.isalpha()):
                return False
            if word.lower() in self.event_words:
                return True
            seen += 1
            if seen > 2 or words.tag(i) not in ("NNP", "NNPS", "NN", "NNS", "JJ"):
                return False
            i += 1
        return False

    def _members_after(self, i: int, words: _Words) -> bool:
        """People of a body named right after its name, in capitals, as a plural ("… Forum
        Foreign Ministers", "… Forum Leaders"): the name before them is the body's."""
        for word in words.text[i : i + 3]:
            if not (word[:1].isupper() and word.isalpha()):
                return False
            low = word.lower()
            if low.endswith("s") and low[:-1] in self.people_nouns:
                return True
        return False

    def _event_phrase(self, doc: Doc, i: int) -> int | None:
        """End of a lower-case event noun a few words after token i, only adjectives, nouns and
        a possessive before it ("Gulf trade ministers’ talks"), else None."""
        i += i < len(doc) and doc[i].lower_ == "the"
        for tok in doc[i : i + 6]:
            if tok.is_lower and tok.lower_ in self.event_words:
                return tok.i + 1 if tok.i > i else None
            if not (tok.text in ("’", "'") or tok.is_alpha and tok.tag_ in ("JJ", "NN", "NNS", "NNP", "NNPS", "POS")):
                return None
        return None

    def _body_after(self, tok) -> bool:
        """A capitalised body noun ("Secretariat") right after a name makes it an organisation's."""
        return tok.text[:1].isupper() and tok.lower_ in self.bodies and tok.lower_ not in self.event_words

    def _opens(self, doc: Doc, end: int) -> bool:
        """A verb right after a name (an auxiliary or adverb between) says the named meeting
        happens: "… (UNEA) opened on Monday", "… was held", "… took place"; not a verb with an
        object ("… held a debate")."""
        # asked of every candidate: the words are read from the text index (token.text; lower_ is
        # its str.lower()), a Token made only for a tag (speed #18)
        words = text_index(doc).words
        n = len(words)
        if end + 2 < n and words[end] == "," and words[end + 1].lower() in self.passive_verbs:
            # "The annual summit of …, held in Oslo on 3 May, adopted …": a participle between commas
            # says where or when the named meeting took place
            return words[end + 2].lower() in ("in", "at", "on", "from", "by", "under")
        if (
            end + 1 < n
            and words[end].lower() in self.passive_verbs
            and doc[end].tag_ == "VBN"
            and words[end + 1].lower() in ("in", "at", "from")
        ):
            # "at the end of the … meeting held in Lima": a reduced relative with where or when
            return True
        if end + 1 < n and words[end] == "," and words[end + 1].lower() in AUXILIARIES:
            # "The two-day drafting meeting in Lusaka, is being hosted by …": a stray comma
            # between the name and its verb, no apposition
            end += 1
        elif end < n and words[end] == ",":
            # "The … meeting, gathering together the ministers of …, was hosted by": past an apposition
            close = next((k for k in range(end + 1, min(n, end + 30)) if words[k] in (",", ".", ";")), None)
            if close is None or words[close] != ",":
                return False
            end = close + 1
        i = end
        while i < n and i - end < 3 and (words[i].lower() in AUXILIARIES or doc[i].tag_ == "RB"):
            i += 1
        if i >= n or words[i].lower() not in self.opening_verbs:
            return False
        verb = words[i].lower()
        if verb in ("took", "takes"):
            return i + 1 < n and words[i + 1].lower() == "place"
        if verb in self.passive_verbs and i == end:
            return False  # "… held talks", "… hosted a dinner": the body does something
        return i + 1 >= n or doc[i + 1].tag_ not in ("DT", "PRP$")

    def _described(self, doc: Doc, noun: Span) -> dict | None:
        """A meeting named in lower case as the object of a meeting verb: "will host a regional
        packaging training workshop", "convened a regional workshop on enhancing cooperation"."""
        j = noun.start
        while j > 0 and noun.start - j < 6 and doc[j - 1].is_alpha and doc[j - 1].is_lower:
            if doc[j - 1].tag_ not in ("JJ", "NN", "NNS", "VBG"):
                break
            j -= 1
        j, a = _article_place(doc, j, noun.start)  # "convened a two-day regional workshop": past the duration
        if j == noun.start or a < 0 or doc[a].lower_ not in ("a", "an"):
            return None
        if not any(t.lower_ in self.meeting_verbs for t in doc[max(0, a - 3) : a]):
            return None
        end = noun.end
        if end < len(doc) and doc[end].lower_ == "on":
            end = self._topic(doc, end + 1, gerund=True) or end
        span = doc[j:end]
        c = self._make(doc, noun, span, squash(span.text), kind="event", complement=end > noun.end, descriptive=True)
        c["convened"] = True
        return c

    def _held(self, doc: Doc, noun: Span) -> dict | None:
        """A lower-case meeting, words for its kind before it, that its sentence says took
        place: "The regional workshop in West Africa was held …", "A national seminar on
        water pricing opened …" (the words, and a place or topic after the noun, name it)."""
        j = noun.start
        while j > 0 and noun.start - j < 3 and doc[j - 1].is_lower and doc[j - 1].tag_ in ("JJ", "NN", "VBG"):
            j -= 1
        j, a = _article_place(doc, j, noun.start)  # "The five-day planning seminar in …": past the duration
        headline = self._headline_opening(doc, j, noun.start)
        if headline:
            j -= 1  # "Regional ministerial meeting opens": a headline drops the article
        elif j == noun.start or a < 0 or doc[a].lower_ not in ("a", "an", "the"):
            return None
        end = noun.end
        if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].ent_type_ in PLACE_LABELS:
            end = self._complement(doc, end + 1) or end
        elif end < len(doc) and doc[end].lower_ == "on":
            end = self._topic(doc, end + 1, gerund=True) or end
        elif end < len(doc) and doc[end].lower_ == "between":
            # "the political consultations between the Ministry of … and the Ministry of … were held"
            e = self._complement(doc, end + 1)
            if e is not None and any(t.lower_ == "and" for t in doc[end + 1 : e]):
                end = e
        if not self._opens(doc, end):
            return None
        span = doc[j:end]
        name = squash(span.text)
        if headline:
            name = name[0].lower() + name[1:]
        c = self._make(doc, noun, span, name, kind="event", complement=end > noun.end, descriptive=True)
        c["convened"] = True
        return c

    def _headline_opening(self, doc: Doc, j: int, noun_start: int) -> bool:
        """Whether a headline opens with the meeting, no article, its first word capitalised as
        the line's (or after the line's "Topic:" label): "Regional ministerial meeting opens"."""
        if j == 0 or not doc[j - 1].is_title or doc[j - 1].tag_ not in ("JJ", "NN", "NNP"):
            return False
        if not self._heading(doc, doc[j - 1].idx):
            return False
        text = text_of(doc)
        line = text[text.rfind("\n", 0, doc[j - 1].idx) + 1 : doc[j - 1].idx].strip()
        return line == "" or (line.endswith(":") and len(line.split()) <= 4)

    def _make(
        self,
        doc: Doc,
        noun: Span,
        span: Span,
        name: str,
        *,
        kind: str,
        ordinal: bool = False,
        number: int | None = None,
        complement: bool = False,
        generic: bool = False,
        descriptive: bool = False,
        proper: bool = False,
        modifiers: list[str] = (),
        support: bool = False,
        source: str | None = None,
    ) -> dict:
        """A candidate: its name, the noun heading it, its span and what the scoring reads."""
        return {
            "name": name,
            "key": fold(name),
            "head": noun.text.lower(),
            "kind": kind,
            "ordinal": ordinal,
            "number": number,
            "complement": complement,
            "generic": generic,
            "descriptive": descriptive,
            "proper": proper,
            "support": support,
            "modifiers": list(modifiers),
            "heading": self._heading(doc, span.start_char),
            "source": source or ("event:numbered" if ordinal else "event:described" if descriptive else "event:named"),
            "mentions": [(span.start_char, span.end_char)],
            "span": (span.start, span.end),
        }

    def _owner(self, doc: Doc, start: int) -> Span | None:
        """The body a sentence opens with, when "its"/"their" before token `start` refers to it
        and only a verb or two stand between ("The Committee today began its 74th session")."""
        if start == 0 or doc[start - 1].lower_ not in self.body_possessives:
            return None
        sent = sentence_span(doc, start)
        # the sentence after a headline may be parsed as one with it: it opens after the line break
        breaks = [t.i for t in doc[sent.start : start] if t.is_space and "\n" in t.text]
        first = breaks[-1] + 1 if breaks else sent.start
        first += 1 if doc[first].lower_ == "the" else 0
        end = self._complement(doc, first)
        if end is None or end >= start or not 0 < start - 1 - end <= 4:
            return None
        if not any(t.lower_ in self.bodies for t in doc[first:end]):
            return None
        if any(t.text[:1].isupper() or t.is_punct for t in doc[end : start - 1]):
            return None
        return doc[first:end]

    def _encounter(self, doc: Doc, noun: Span, lead: tuple[int, int]) -> dict | None:
        """A visit or talks the headline or the lead sentence reports: "an official visit to
        Armenia", "the visit of the Commissioner to Chile", "held talks with <person>",
        "bilateral talks between X and Y"; else None."""
        text = text_of(doc)
        how = self.encounters.get(text[noun.start_char : noun.end_char].lower())  # noun.text, no Token made
        if how is None:
            return None  # most event nouns: no visit, talks or call
        # "Visit to Fiji, February 2014": a heading may open with the encounter, capitalised
        line_start = noun.start_char == 0 or text[noun.start_char - 1] == "\n"
        if not (noun[0].is_lower or how == "credentials" or line_start or self._title_case_line(text, noun.start_char)):
            return None
        possessor = self._visit_possessor(doc, noun) if how == "visit" else None
        if not (
            lead[0] <= noun.start_char < lead[1]
            or self._heading(doc, noun.start_char)
            or possessor is not None
            and noun.start_char < self.head_chars
        ):
            return None
        if how == "credentials":
            return self._credentials(doc, noun)
        i = noun.start  # "official", "working", "bilateral"; not the "day" of "three-day"
        while i > 0 and doc[i - 1].is_alpha and doc[i - 1].is_lower and doc[i - 1].tag_ in ("JJ", "NN"):
            if i > 1 and doc[i - 2].tag_ == "HYPH":
                break
            i -= 1
        head = squash(doc[i : noun.end].text)
        j, place = noun.end, None
        k = i - 1 - (i > 0 and doc[i - 1].lower_ in POSSESSIVE_OR_ARTICLE)
        if k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "part":
            return None  # "met X as part of his visit to Chile": the visit frames the meeting reported
        if how == "visit":
            if k > 0 and doc[k].lower_ == "on" and self._talks_after(doc, noun):
                return None  # "X, who is on a visit to Peru, held talks with Y": the visit frames the talks
            owner = f" of {squash(possessor.text)}" if possessor is not None else ""
            if possessor is not None and any(
                t.lower_ == "part" for t in doc[max(0, possessor.start - 4) : possessor.start]
            ):
                return None  # "as part of X's state visit to …": the visit frames what the text reports
            if j < len(doc) and doc[j].lower_ == "of" and not owner:
                e = self._complement(doc, j + 1)
                if e is None:
                    return None
                owner, j = " " + squash(doc[j:e].text), e
            formal = any(t.lower_ in self.formal_visits for t in doc[i : noun.start])
            if formal and j < len(doc) and doc[j].lower_ == "for":
                # "paying an official visit for the Annual Summit": the visit frames the meeting it is for
                formal = not any(t.lower_ in self.event_words for t in doc[j + 1 : j + 8])
            if (j >= len(doc) or doc[j].lower_ != "to") and not owner and formal:
                # "welcomed X for a state visit": a visit of a formal kind is the event where the
                # text leaves the destination implicit (the host's country)
                c = self._make(doc, noun, doc[i : noun.end], head, kind="event", complement=True, source="event:visit")
                c["place"] = None
                return c
            if j >= len(doc) or doc[j].lower_ != "to":
                return None
            e = self._complement(doc, j + 1)
            # Class: a visit's destination the tagger leaves untagged or reads as a name ("an official
            # visit to Tajikistan" in a headline): a country or capital of the gazetteer is a place too
            if e is None or not any(
                t.ent_type_ in PLACE_LABELS or t._.country_role in ("name", "capital") for t in doc[j + 1 : e]
            ):
                return None
            place = doc[j + 1 + (doc[j + 1].lower_ == "the") : e].text
            name = f"{head}{owner} to {squash(doc[j + 1 : e].text)}"
        elif how == "call":
            # "paid a courtesy call on the Minister", "received courtesy calls from …"
            e = self._complement(doc, j + 1) if j < len(doc) and doc[j].lower_ == "on" else None
            name = f"{head} on {squash(doc[j + 1 : e].text)}" if e else head
        elif j < len(doc) and doc[j].lower_ == "between":
            e = self._complement(doc, j + 1)
            if e is None or not any(t.lower_ == "and" for t in doc[j + 1 : e]):
                return None
            name = f"{head} {squash(doc[j:e].text)}"
        elif j < len(doc) and doc[j].lower_ == "with":
            e = self._complement(doc, j + 1)
            partner = self._party(doc, j + 1, e) if e is not None else None
            if partner is None:
                return None
            sent = sentence_span(doc, noun.start)  # noun.sent: its first token's
            host = next(
                (
                    p
                    for p in reversed(self._ents_of(doc))
                    if p.label_ == "PERSON" and sent.start <= p.start and p.end <= i
                ),
                None,
            )
            if host is not None:
                host = doc[_titled(doc, host.start, sent.start) : host.end]
            person = next((p for p in self._ents_of(doc) if p.label_ == "PERSON" and j < p.start and p.end <= e), None)
            if person is not None and squash(person.text) == partner:
                partner = squash(doc[_titled(doc, person.start, j + 1) : person.end].text)
            name = f"{head} between {squash(host.text)} and {partner}" if host else f"{head} with {partner}"
        else:
            return None
        span = doc[i : noun.end]
        c = self._make(doc, noun, span, name, kind="event", complement=True, source=f"event:{how}")
        c["place"] = _place_name(place) if place else None
        return c

    @staticmethod
    def _visit_possessor(doc: Doc, noun: Span) -> Span | None:
        """Class: a visit named by its visitor's possessive near the top ("The Secretary-General’s
        two-day visit to …", "president Varga' visit to …"): the capitalised words before "’s",
        past the lower-case words describing the visit; else None."""
        i, marks = noun.start, ("’s", "'s", "’", "'")  # "’s" counts as lower-case: stop at it
        while (
            i > 0
            and noun.start - i < 4
            and doc[i - 1].text not in marks
            and (doc[i - 1].is_lower or doc[i - 1].like_num or doc[i - 1].tag_ == "HYPH")
        ):
            i -= 1
        if i < 2 or doc[i - 1].text not in marks:
            return None
        end = start = i - 1
        while start > 0 and end - start < 6 and (doc[start - 1].is_title or doc[start - 1].tag_ == "HYPH"):
            start -= 1
        while start < end and (doc[start].tag_ == "HYPH" or doc[start].lower_ == "the"):
            start += 1
        if start == end or not any(t.ent_type_ == "PERSON" or t.tag_ == "NNP" for t in doc[start:end]):
            return None
        return doc[start:end]

    def _leaders_summit(self, doc: Doc, best: dict, top: str) -> dict:
        """A meeting named only by its city ("the Oslo summit", "the Oslo meeting") where the
        headline or the lead reports a body's leaders ("Leaders of the Nordic Union (NU)",
        "NU leaders"): their summit, named by the body's acronym ("NU summit"; the city its place)."""
        words = best["name"].split()
        if len(words) != 2 or words[1] not in self.city_meetings:
            return best
        start = best["mentions"][0][0]
        city = doc.char_span(start, start + len(words[0]), alignment_mode="strict")
        if city is None or not (city[0].ent_type_ in PLACE_LABELS or city[0]._.country_role == "capital"):
            return best  # the tagger may read a capital before a noun as an organisation
        for pattern in self.leaders_cues:
            for m in pattern.finditer(top):
                acr = doc.char_span(m.start("acr"), m.end("acr"))
                if acr is not None and not acr[0]._.country_role:  # "US leaders": a country's, no body's
                    return best | {"name": f"{m.group('acr')} summit", "place": words[0]}
        return best

    def _talks_after(self, doc: Doc, noun: Span) -> bool:
        """Whether the visit is set off by commas and its sentence goes on to report talks or a
        meeting ("X, who is on a visit to Peru, held talks with …"): the sentence's own
        encounter, which the visit frames; "… received Y, which is on a visit to Peru." stays."""
        comma = False
        for t in doc[noun.end : sentence_bounds(doc, noun.start)[1]]:
            if t.text in SENTENCE_END:
                return False
            if t.text == ",":
                comma = True
            elif comma and (t.lower_ in self.event_words or self.encounters.get(t.lower_) == "talks"):
                return True
        return False

    def _visited(self, doc: Doc, lead: tuple[int, int]) -> list[dict]:
        """A visit the headline or the lead sentence reports with the verb: "A 12-member
        delegation from five countries visited the Regional Assembly on Monday" → "visit of a
        12-member delegation from five countries to the Regional Assembly" (the subject: the
        words after the clause's comma, colon or start; the object: a named place or body)."""
        edge = doc.char_span(0, min(len(text_of(doc)), max(lead[1], self.head_chars)), alignment_mode="contract")
        if edge is None:
            return []
        out = []
        # Rule `event:after-stamp`: the crawler's stamp glued to the page's first line (" date
        # 2031-05-04 The minister …") is no word of a visit's subject.
        stamp = crawler_date(text_of(doc))
        # Class: an arrival or a journey the headline or the lead reports ("X arrived in Lisbon on
        # Saturday", "X travels to Central Asia"; the lexicon's event_arrival_phrase, its
        # preposition included): a visit, named as one; weaker than a visit said with the verb (no
        # complement), so a meeting the text names outranks it
        verbs = [(v, v + 1, "visit") for _, v, _ in self.visit_verbs(edge)]
        verbs += [(v, ve, "arrival") for _, v, ve in self.arrivals(edge)]
        for v, ve, how in sorted(verbs):
            verb = doc[v]
            if not (lead[0] <= verb.idx < lead[1] or self._heading(doc, verb.idx)):
                continue
            if not (verb.tag_.startswith("VB") or verb.text[:1].isupper() and self._heading(doc, verb.idx)):
                continue  # "the exchange of high-level visits": the noun
            if verb.tag_ == "VBN" and (how == "visit" or v > 0 and doc[v - 1].lower_ in PASSIVE_AUXILIARIES | {"had"}):
                continue  # "the site visited by …", "had visited": no visit reported today ("has arrived" is)
            # the subject: back over auxiliaries to the clause's edge
            # (class: a headline's infinitive for a visit to come, "Envoy to visit Peru": its "to"
            # is no word of the subject)
            e = v
            while e > 0 and (
                doc[e - 1].lower_ in VISIT_AUXILIARIES
                or doc[e - 1].lower_ == "to"
                or doc[e - 1].ent_type_ in ("DATE", "TIME")
                or doc[e - 1].lower_ == "on"
                and doc[e].ent_type_ in ("DATE", "TIME")
            ):
                e -= 1  # "X on Monday arrived in …": the date is no word of the visitor
            s = e
            while s > 0 and e - s < self.max_name and not doc[s - 1].is_space:
                if doc[s - 1].text in SENTENCE_END or doc[s - 1].tag_ in (",", ":", ".", "``", "''"):
                    break
                s -= 1
            if s == e > 1 and doc[e - 1].text == "," and doc[e - 2].ent_type_ == "PERSON":
                # "The Minister, Ana Ruiz, travels to …": the name set off by commas
                e = s = e - 1
                while s > 0 and doc[s - 1].ent_type_ == "PERSON" and doc[s].ent_iob_ != "B":
                    s -= 1
            while stamp and s < e and doc[s].idx < stamp[1]:
                s += 1
            subject = doc[s:e]
            if not subject or s == e or subject[0].tag_ in ("PRP", "WDT", "WP", "CC", "IN"):
                continue  # "He visited", "who visited", "and visited": no party named here
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD", "WDT", "WP", "PRP") for t in subject):
                continue  # another clause's verb or a pronoun
            if not any(t.text[:1].isupper() or t.like_num for t in subject):
                continue
            # the object: "the", a lower-case word or two, then a name
            j = ve
            j += j < len(doc) and doc[j].lower_ == "the"
            k = j
            while k < len(doc) and k - j < 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].tag_ in ("NN", "JJ"):
                k += 1
            end = self._complement(doc, k)
            if end is None:
                continue
            target = doc[ve:end]
            place = next(
                (t for t in self._ents_of(doc) if t.label_ in PLACE_LABELS and j <= t.start and t.end <= end), None
            )
            if place is None:
                # Class: a destination the tagger leaves untagged ("visited Chișinău on …"): a
                # country or capital of the gazetteer is a place too
                known = [t for t in doc[j:end] if t._.country_role in ("name", "capital")]
                place = doc[known[0].i : known[-1].i + 1] if known else None
            if place is None and not any(t.ent_type_ in ("ORG", "FAC") or t.lower_ in self.bodies for t in target):
                continue
            who = squash(subject.text)
            who = who[0].lower() + who[1:] if subject[0].lower_ in ("a", "an", "the") else who
            name = f"visit of {who} to {squash(target.text)}"
            span = doc[s:end]
            c = self._make(doc, span, span, name, kind="event", complement=how == "visit", source="event:visit")
            c["place"] = _place_name(place.text) if place is not None and place.end == end else None
            out.append(c)
        return out

    def _active_meeting_verbs(self, doc: Doc, start: int, end: int, phrases: bool = True):
        """The token indices in [start, end) of a meeting verb used as a verb and not in the passive
        ("X met Y", "X received Y", not "was received by"): where `_met` and `_met_group` look
        for the two sides (`_meeting_object` reads the other side's start). Class: a verb said
        with "with" ("X talked with Y", the lexicon's event_talk_verb) or a form of "hold" before
        a meeting noun ("X held talks with Y"; event_held_noun) is one too, where `phrases` (a
        headline's "Premier holds talks with Italian counterpart" names no one: the talks' own
        rule reads it). The words are the text index's (a Token only for a candidate verb's tag:
        speed #18)."""
        words = text_index(doc).words
        for v in range(start, end):
            low = words[v].lower()
            if low not in self.meet_verbs and not (phrases and (low in self.talk_verbs or low in HOLD_FORMS)):
                continue
            if not doc[v].tag_.startswith("VB"):
                continue
            if v > 0 and words[v - 1].lower() in PASSIVE_AUXILIARIES:
                continue  # "was received by": the passive
            yield v

    def _meeting_object(self, doc: Doc, v: int, end: int) -> tuple[int, str] | None:
        """After the meeting verb at `v`: the first token of the other side and what the meeting
        is called ("meeting"; a held noun's words: "bilateral discussions"), else None ("talked
        to reporters", "held a press conference")."""
        low = doc[v].lower_
        if low in self.meet_verbs:
            k = v + 1 + (v + 1 < end and doc[v + 1].lower_ == "with")
            return self._with_after(doc, v, end) or k, "meeting"
        if low in self.talk_verbs:
            # "talked with B", "talked today with B"; never "talked to reporters"
            k = v + 2 if v + 1 < end and doc[v + 1].lower_ == "with" else self._with_after(doc, v, end)
            return None if k is None else (k, "meeting")
        return self._held_phrase(doc, v, end)

    def _held_phrase(self, doc: Doc, v: int, end: int) -> tuple[int, str] | None:
        """After a form of "hold" at `v`, a meeting noun (event_held_noun) and "with", its words
        lower case ("held talks with", "had a productive bilateral meeting with"): the token after
        "with" and the noun with its modifiers ("bilateral meeting"), less articles, praise and a
        date ("held today a virtual meeting with");
        else None ("held a press conference", "held the Summit with", "held talks on trade")."""
        for j in range(v + 1, min(v + 6, end - 1)):
            t = doc[j]
            if t.lower_ in self.held_nouns and doc[j + 1].lower_ == "with":
                kept = [
                    w.text
                    for w in doc[v + 1 : j + 1]
                    if w.tag_ not in ("DT", "PRP$", "RB")
                    and w.ent_type_ not in ("DATE", "TIME")
                    and w.lower_ not in self.praise_words
                ]
                return j + 2, " ".join(kept)
            if not t.is_lower or t.tag_.startswith("VB") or t.tag_ in ("IN", "CC", ",", "MD"):
                return None
        return None

    def _with_after(self, doc: Doc, v: int, end: int) -> int | None:
        """The token after "with" where words saying when or why stand between a meeting verb and
        it ("met on 4 May with B", "met yesterday with B", "met for talks with B"): they name no
        side of the meeting; else None."""
        w = next((j for j in range(v + 2, min(v + 8, end)) if doc[j].lower_ == "with"), None)
        if w is None:
            return None
        for t in doc[v + 1 : w]:
            if t.ent_type_ in ("DATE", "TIME") or t.lower_ in self.encounters:
                continue
            if not t.is_lower or t.tag_.startswith(("VB", "NN")):
                return None  # "received the Ambassador with …", "met students with …": a side named
        return w + 1

    def _met(self, doc: Doc, lead: tuple[int, int]) -> list[dict]:
        """Class: two named people meeting, as the lead sentence reports it with a verb ("The
        Minister of X, A, today met with the Ambassador of Y, B", "A received B", "A received a
        visit from B") → "meeting of <subject> with <object>", in the text's words (titles and
        names: a reader names such a meeting by either). Both sides must hold a person's name;
        an object that is a document ("received a letter from B") or a passive ("was received
        by") names no meeting."""
        if lead[1] <= lead[0] or not self.meet_verbs:
            return []
        sent = doc.char_span(lead[0], lead[1], alignment_mode="expand")
        if sent is None:
            return []
        people = [e for e in self._ents_of(doc) if e.label_ == "PERSON" and sent.start <= e.start and e.end <= sent.end]
        if len(people) < 2:
            return []
        stamp = crawler_date(text_of(doc))
        out = []
        for v in self._active_meeting_verbs(doc, sent.start, sent.end):  # the lead sentence: a few dozen tokens
            if (side := self._meeting_object(doc, v, sent.end)) is None:
                continue
            at, what = side
            # the subject: from the sentence's start, past a dateline ("Lima, 3 May –"), to the verb,
            # less the adverbs and dates before the verb ("today", "on Monday")
            s = sent.start
            for k in range(sent.start, v):
                # a dateline's end: a dash or a colon, glued to a bracket ("KABUL (Agency): X met …")
                if doc[k].text in ("–", "—", ":", "):") or doc[k].text == "-" and doc[k].whitespace_:
                    s = k + 1
            # Class: the crawler's stamp opening the lead (" date 2019-05-04 The Minister … met …")
            # is no word of the subject, as in `_met_group`
            while stamp and s < v and doc[s].idx < stamp[1]:
                s += 1
            while s < v and (doc[s].ent_type_ == "DATE" or doc[s].lower_ == "on" or doc[s].text == ","):
                s += 1  # "On 4 May, X met …": the date opens no subject
            e = v
            while True:
                while e > s and (
                    doc[e - 1].tag_ in ("RB", ",", "MD")
                    or doc[e - 1].ent_type_ == "DATE"
                    or doc[e - 1].lower_ in AUXILIARIES
                    or doc[e - 1].lower_ in ("on", "in")
                    and doc[e].ent_type_ == "DATE"
                ):
                    e -= 1
                # "X has today (4 May 2019), received Y": a bracketed date is no word of the subject
                o = next((j for j in range(e - 2, max(s, e - 10) - 1, -1) if doc[j].text == "("), None)
                if e > s and doc[e - 1].text == ")" and o is not None:
                    inside = doc[o + 1 : e - 1]
                    if all(t.ent_type_ == "DATE" or t.is_punct or ORDINAL_SUFFIX.match(t.text) for t in inside):
                        e = o
                        continue
                break
            if e - s > 25 or not any(s <= p.start and p.end <= e for p in people):
                continue
            # the object: after "with", or after "a visit from"; up to the end of its person's name
            k = at
            frm = next((j for j in range(k, min(k + 4, sent.end)) if doc[j].lower_ == "from"), None)
            if frm is not None and all(t.is_lower for t in doc[k:frm]):
                if not any(self.encounters.get(t.lower_) == "visit" for t in doc[k:frm]):
                    continue  # "received a letter from B": a thing sent, no meeting
                k = frm + 1
            partner = next((p for p in people if k <= p.start < k + 25), None)
            if partner is None or any(
                t.text in SENTENCE_END or t.lower_ in self.document_heads for t in doc[k : partner.start]
            ):
                continue
            last = self._appositive_end(doc, partner.end, sent.end)
            subject, obj = squash(doc[s:e].text).strip(" ,"), squash(doc[k:last].text).strip(" ,")
            span = doc[s:last]
            c = self._make(
                doc,
                doc[v : v + 1],
                span,
                f"{what} of {subject} with {obj}",
                kind="event",
                complement=False,  # no name of its own: the lead and the text's references back to it carry it
                source="event:met",
            )
            c["head"] = "meeting"  # "During the meeting, …": the text refers back to it
            out.append(c)
            break
        return out

    @staticmethod
    def _object_end(doc: Doc, k: int, end: int, *, across_commas: bool = False, most: int = 25) -> tuple[int, int]:
        """The other side of a meeting or a call, the noun phrase from token `k` ("met with the
        ambassadors of Nordic countries", "called on the Minister for Foreign Affairs"): (stop,
        end), the token the walk stopped at and the phrase's end less the articles, prepositions
        and adverbs before it. The walk runs past "led by" and "headed by" ("a delegation headed by
        the President of …") and past "for" or "on" between capitalised words ("the Minister for
        Foreign Affairs") and past a comma between nationalities ("the Russian, Chinese and US
        delegates"); it stops at a comma, a bracket, a verb, a date or a place's or a
        purpose's preposition. `across_commas`: it runs past commas and brackets to the sentence's
        end (an appositive's offices: "B, Head of the X Federation (XF), and C, Head of …")."""
        j = k
        while j < end and j - k < most:
            t = doc[j]
            if t.lower_ in ("led", "headed") and j + 1 < end and doc[j + 1].lower_ == "by":
                j += 2
                continue
            joins = t.lower_ in ("for", "on") and j > k and doc[j - 1].is_title and j + 1 < end and doc[j + 1].is_title
            # "the Russian, Chinese and US delegates": a comma between nationalities joins them
            joins = joins or (
                t.text == ","
                and j > k
                and j + 1 < end
                and doc[j - 1].ent_type_ == "NORP"
                and doc[j + 1].ent_type_ in ("NORP", "GPE")
            )
            ends = (
                t.text in SENTENCE_END
                if across_commas
                else t.text in MET_OBJECT_ENDS and not joins or t.tag_ == "-LRB-"
            )
            if (
                t.is_space
                or ends
                or t.tag_.startswith("VB")
                or t.tag_ in ("MD", "WDT", "WP")
                or t.lower_ in MET_OBJECT_STOPS
                and not joins
                or t.ent_type_ in ("DATE", "TIME")
            ):
                break
            j += 1
        stop = j
        while j > k and doc[j - 1].tag_ in ("DT", "IN", "CC", "HYPH", ",", "PRP$", "RB"):
            j -= 1
        return stop, j

    def _appositive_end(self, doc: Doc, i: int, end: int) -> int:
        """The end of the offices written after a met person's name, and of the others met with
        theirs ("… with B, Head of the X Federation (XF), and C, Head of the Y Committee, in …"):
        a reader names such a meeting by the offices (Class: the appositive office of the other
        side); up to a date, a verb, a place's or a purpose's preposition or the sentence's end.
        `i` itself where no comma and capitalised word follow the name."""
        if not (i + 1 < end and doc[i].text == "," and doc[i + 1].is_title):
            return i
        return self._object_end(doc, i, end, across_commas=True, most=40)[1]

    def _met_group(self, doc: Doc, lead: tuple[int, int]) -> list[dict]:
        """Class: a meeting the lead sentence or a headline reports with a verb, its other side a
        group, a body or an office rather than a named person ("X met with the ambassadors of
        Nordic countries", headline "Mayor meets director of World Food Programme") →
        "meeting of <subject> with <object>", the object the noun phrase after the verb (up to a
        comma, a verb, a date or a place's preposition). Both sides must hold a capitalised word (a
        name, an office, a body, a nationality); an object that is a document ("receives a letter")
        or a meeting framed by a visit ("as part of her visit") names no meeting."""
        if not self.meet_verbs:
            return []
        text = text_of(doc)
        spans = []
        if lead[1] > lead[0]:
            spans.append((lead[0], lead[1]))
        pos = 0  # the heading lines above the lead sentence
        for line in text[: lead[0] if lead[1] > lead[0] else self.head_chars].split("\n"):
            if line.strip() and self._heading(doc, pos + len(line) - len(line.lstrip())):
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        stamp = crawler_date(text)
        for a, b in spans:
            clause = doc.char_span(a, b, alignment_mode="expand")
            if clause is None:
                continue
            in_lead = (a, b) == (lead[0], lead[1])
            for v in self._active_meeting_verbs(doc, clause.start, clause.end, phrases=in_lead):
                if (side := self._meeting_object(doc, v, clause.end)) is None:
                    continue
                at, what = side
                s = clause.start
                for k in range(clause.start, v):
                    if doc[k].text == "," and self._subject_goes_on(doc, k, v):
                        continue
                    if doc[k].text in ("–", "—", ":", "):", ",") or doc[k].text == "-" and doc[k].whitespace_:
                        s = k + 1
                while stamp and s < v and doc[s].idx < stamp[1]:
                    s += 1
                while s < v and (doc[s].ent_type_ == "DATE" or doc[s].lower_ == "on" or doc[s].is_space):
                    s += 1  # "On 4 May, X met …": the date opens no subject
                e = v
                while e > s and (
                    doc[e - 1].tag_ in ("RB", ",", "MD")
                    or doc[e - 1].ent_type_ in ("DATE", "TIME")
                    or doc[e - 1].lower_ in AUXILIARIES
                    or doc[e - 1].lower_ in ("on", "in")
                    and doc[e].ent_type_ in ("DATE", "TIME")  # "X on Monday met …", as in `_met`
                ):
                    e -= 1
                subject = doc[s:e]
                if not subject or e - s > 25 or not (subject[0].is_title or subject[0].is_upper):
                    break
                if any(t.tag_ in ("PRP", "WDT", "WP", "VBD", "VBZ", "VBP") for t in subject):
                    break
                if not any(t.is_title or t.is_upper for t in subject if t.tag_ != "DT"):
                    break  # "The minister received …": no name or office of its own
                k = at
                j = self._object_end(doc, k, clause.end)[1]
                obj = doc[k:j]
                if not obj or not obj[-1].tag_.startswith("NN") or obj[-1].lower_ in self.document_heads:
                    break
                frm = next((t.i for t in obj[:4] if t.lower_ == "from"), None)
                if frm is not None and all(t.is_lower for t in doc[k:frm]):
                    break  # "receives a letter from X": a thing sent, no meeting
                if not any(t.is_title or t.is_upper for t in obj if t.is_alpha and t.tag_ != "DT"):
                    break  # "met with students of the university": no body or office named
                if any(t.lower_ == "part" and doc[t.i - 1].lower_ == "as" for t in doc[j : clause.end]):
                    break  # "met X as part of her official visit to Y": the visit frames the meeting
                name = f"{what} of {squash(subject.text).strip(' ,')} with {squash(obj.text).strip(' ,')}"
                c = self._make(doc, doc[v : v + 1], doc[s:j], name, kind="event", complement=False, source="event:met")
                c["head"] = "meeting"  # "During the meeting, …": the text refers back to it
                c["group"] = True
                return [c]
        return []

    @staticmethod
    def _subject_goes_on(doc: Doc, k: int, v: int) -> bool:
        """Class: a comma inside a meeting's subject, "Name, Office" or its closing comma ("A,
        Minister of X met B", "A, the Minister of X, received B"): the office is the name's and
        the subject runs on past it, where a comma before anything else (a place, a date: "In
        Lima, …") starts it. The comma at `k`, the verb at `v`."""
        after = doc[k + 1 : v]
        if all(
            t.tag_ in ("RB", "MD", ",") or t.ent_type_ in ("DATE", "TIME") or t.lower_ in AUXILIARIES for t in after
        ):
            return any(t.text == "," for t in doc[max(0, k - 12) : k])  # the appositive's closing comma
        if doc[k - 1].ent_type_ != "PERSON" or k + 2 >= v:
            return False
        return doc[k + 1].is_title or doc[k + 1].lower_ == "the" and doc[k + 2].is_title

    def _called(self, doc: Doc, lead: tuple[int, int]) -> list[dict]:
        """Class: a courtesy or a farewell call that a headline, the lead sentence or the sentence
        after it reports with a verb ("X pays a courtesy call on the Minister of Y", "X called on
        Y", "X bids farewell to Y"; the lexicon's event_call_phrase) → "courtesy call of X on Y"
        ("farewell call of …"), in the text's words; a pronoun subject leaves "courtesy call on Y".
        The called side must hold a capitalised word (an office, a name); an appeal ("called on
        the parties to respect …") and the passive ("was called on") name no call."""
        text = text_of(doc)
        edge = doc.char_span(0, min(len(text), max(lead[1], self.head_chars)), alignment_mode="contract")
        if edge is None or not self.call_names:
            return []
        after = None  # the sentence after the lead
        if lead[1] > lead[0]:
            tail = doc.char_span(lead[1], len(text), alignment_mode="contract")
            nxt = next((t.i for t in tail if not t.is_space and t.text not in SENTENCE_END), None) if tail else None
            if nxt is not None:
                after = (doc[nxt].idx, doc[sentence_bounds(doc, nxt)[1] - 1].idx + 1)
        stamp = crawler_date(text)
        found = []
        for phrase in filter_spans([Span(doc, s, e) for _, s, e in self.call_phrases(edge)]):
            v, ve = phrase.start, phrase.end
            at = doc[v].idx
            heading = at < lead[0] and self._heading(doc, at)
            if not (heading or lead[0] <= at < lead[1] or after and after[0] <= at < after[1]):
                continue
            if not (doc[v].tag_.startswith("VB") or heading):
                continue  # "a courtesy call on …": the noun, read by `_encounter`
            if v > 0 and doc[v - 1].lower_ in PASSIVE_AUXILIARIES:
                continue  # "was called on"
            first, last = sentence_bounds(doc, v)
            # the subject: back over auxiliaries, then to the clause's edge
            e = v
            while e > first and (doc[e - 1].lower_ in VISIT_AUXILIARIES or doc[e - 1].lower_ == "to"):
                e -= 1
            s = e
            while s > first and e - s < self.max_name:
                t = doc[s - 1]
                if t.is_space or t.text in SENTENCE_END or t.tag_ in (",", ":", "``", "''", "WRB", "WDT", "WP"):
                    break
                if t.tag_.startswith("VB") or t.lower_ in ("as", "when", "while", "after", "before"):
                    break
                s -= 1
            while s < e and (doc[s].ent_type_ == "DATE" or doc[s].lower_ == "on" or stamp and doc[s].idx < stamp[1]):
                s += 1
            subject = doc[s:e]
            if any(t.tag_ in ("PRP", "EX") for t in subject):
                subject = None  # "she called on …": the caller named elsewhere
            # the called side: a noun phrase with an office or a name, up to a comma, a verb or a date
            stop, j = self._object_end(doc, ve, last)
            if stop + 1 < len(doc) and doc[stop].lower_ == "to" and doc[stop + 1].tag_ == "VB":
                continue  # "called on the Government to act": an appeal
            obj = doc[ve:j]
            if not obj or not obj[-1].tag_.startswith("NN"):
                continue
            if not any(t.is_title or t.is_upper for t in obj if t.is_alpha and t.tag_ != "DT"):
                continue  # "called on citizens": no office or name
            what = self.call_names[text[doc[v].idx : doc[ve - 1].idx + len(doc[ve - 1])].lower()]
            by = f" of {squash(subject.text).strip(' ,')}" if subject else ""
            name = f"{what}{by} on {squash(obj.text).strip(' ,')}"
            span = doc[s if subject else v : j]
            c = self._make(doc, span, span, name, kind="event", complement=False, source="event:call")
            c["head"], c["called"] = "call", True
            found.append(c)
            break
        return found

    def _signed(self, doc: Doc, lead: tuple[int, int]) -> list[dict]:
        """Class: a signing the lead sentence reports, the document named with a capital or the
        lexicon's document noun ("A Memorandum of Cooperation was signed today between A and B", "A
        and B signed the sister-city protocol between X and Y"; event_signing_verb) → "signing of
        the <document>", with its parties after "between". A document a pronoun names ("signed
        it") or a plain verb ("signed up") names no signing."""
        if lead[1] <= lead[0] or not self.signing_verbs:
            return []
        sent = doc.char_span(lead[0], lead[1], alignment_mode="expand")
        if sent is None:
            return []
        for v in range(sent.start, sent.end):
            if doc[v].lower_ not in self.signing_verbs or doc[v].tag_ not in ("VBD", "VBN"):
                continue  # "will sign", "eyeing to sign": a signing to come
            if v > sent.start and doc[v - 1].lower_ in PASSIVE_AUXILIARIES:
                # "A Memorandum of … was signed": the document before the auxiliary
                head = next(
                    (k for k in range(v - 2, max(sent.start, v - 9) - 1, -1) if doc[k].lower_ in self.document_heads),
                    None,
                )
                if head is None:
                    continue
                a, b = head, v - 1
                while (
                    a > sent.start
                    and doc[a - 1].tag_ != "DT"
                    and (doc[a - 1].is_title or doc[a - 1].tag_ in ("HYPH", "JJ", "NN", "NNP"))
                ):
                    a -= 1
                after = v + 1
            else:
                # "signed the … protocol": the document after the verb
                a = v + 1 + (v + 1 < sent.end and doc[v + 1].lower_ in ("a", "an", "the"))
                head = next((k for k in range(a, min(sent.end, a + 6)) if doc[k].lower_ in self.document_heads), None)
                if head is None or any(t.tag_.startswith("VB") or t.is_punct and t.tag_ != "HYPH" for t in doc[a:head]):
                    continue
                b = head + 1
                if b < sent.end and doc[b].lower_ == "of":
                    b = self._complement(doc, b + 1) or b  # "Memorandum of Understanding"
                after = b
            if a >= b:
                continue
            while after < sent.end and (doc[after].ent_type_ in ("DATE", "TIME") or doc[after].lower_ == "on"):
                after += 1  # "signed today between", "signed on 4 May between"
            name = f"signing of the {squash(doc[a:b].text)}"
            end = b
            if after < sent.end and doc[after].lower_ == "between":
                e = self._complement(doc, after + 1)
                if e is not None and any(t.lower_ == "and" for t in doc[after + 1 : e]):
                    name, end = f"{name} {squash(doc[after:e].text)}", e
            if end == b and not any(t.text[:1].isupper() for t in doc[a:b]):
                continue  # "signed the memorandum": no document named, no parties
            span = doc[min(a, v) : max(end, v + 1)]
            c = self._make(doc, span, span, name, kind="event", complement=False, source="event:signing")
            c["head"] = "signing"
            return [c]
        return []

    def _opening_of(self, doc: Doc, lead: tuple[int, int]) -> list[dict]:
        """A name with its year after "the opening of" in the headline or the lead sentence (a
        speech's occasion): "Address at the opening of Export Asia 2009" → "Export Asia 2009"."""
        out = []
        head = min(len(doc), 400)
        index = text_index(doc)
        if not head:
            return out
        # the tokens "opening" among the first ones, found in the text (no token walked to find them)
        for m in OPENING.finditer(index.text, 0, index.ends[head - 1]):
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1:
                continue  # inside a longer token ("reopening")
            tok = span[0]
            if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
                continue
            if not (lead[0] <= tok.idx < lead[1] or self._heading(doc, tok.idx)):
                continue
            start = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            end = self._complement(doc, tok.i + 2)
            if end is None or end >= len(doc) or not YEAR.match(doc[end].text) or end <= start:
                continue
            end += 1  # the edition's year closes the name
            span = doc[start:end]
            out.append(self._make(doc, span[-1:], span, squash(span.text), kind="event", complement=True))
        return out

    def _credentials(self, doc: Doc, noun: Span) -> dict | None:
        """Ambassadors presenting their credentials, as the headline or the lead sentence reports
        it: "presented on 19 April their Letters of Credence to the President of Chile" →
        "presentation of credentials to the President of Chile"; "present" must stand a few
        words before ("presented … their credentials")."""
        window = doc[max(0, noun.start - 6) : noun.start]
        if not any(t.lower_.startswith("present") for t in window):
            return None
        if any(t.lower_ in ("copy", "copies") for t in window):
            return None  # copies of credentials handed to a minister before the ceremony: no event
        name, j, recipient = "presentation of credentials", noun.end, False
        if j < len(doc) and doc[j].lower_ == "to":
            e = self._complement(doc, j + 1)
            # the office, without the holder's name after it ("the President of Chile Ana Ruiz")
            person = next(
                (p for p in self._ents_of(doc) if p.label_ == "PERSON" and p.end == e and p.start > j + 2), None
            )
            e = person.start if person is not None else e
            if e is not None:
                name += f" to {squash(doc[j + 1 : e].text)}"
                recipient = True
        span = doc[noun.start : noun.end]
        # the form naming the recipient ranks above a headline's bare "present credentials"
        return self._make(doc, noun, span, name, kind="event", complement=recipient, source="event:credentials")

    @staticmethod
    def _party(doc: Doc, start: int, end: int) -> str | None:
        """The person a capitalised run names ("Prime Minister of the Republic of Korea Pavel
        Orlov" → "Pavel Orlov"), else the run where it names an organisation or a
        country ("the Secretary-General of NATO"); None for an adjective ("Russian counterpart")."""
        ents = [e for e in doc.ents if start <= e.start and e.end <= end]
        people = [e for e in ents if e.label_ == "PERSON"]
        if people:
            return squash(people[-1].text)
        if any(e.label_ in ("ORG", "GPE") for e in ents):
            return squash(doc[start:end].text)
        return None

    def _of_a_period(self, doc: Doc, i: int) -> bool:
        """'of the day', 'of the week' at token i."""
        words = [t.lower_ for t in doc[i : i + 3]]
        return len(words) == 3 and words[:2] == ["of", "the"] and words[2] in self.periods

    def _complement(self, doc: Doc, i: int) -> int | None:
        """End of 'of the Executive Committee (EXCOM)' / 'on Africa' after a preposition, else None."""
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].is_space or doc[i].ent_type_ == "DATE":
            return None
        end = i
        while i < len(doc) and i - end < self.max_name:
            tok = doc[i]
            if tok.is_space and self._wrapped(doc, i):
                i += 1  # class: "the Regional Forum of the Foreign / Ministers": a hard-wrapped line
                continue
            if tok.is_space or tok.text in SENTENCE_END or tok.ent_type_ == "DATE":
                break
            if tok.text == "," and not self._listed(doc, i + 1):
                break
            if (
                tok.text[:1].isupper()
                or (tok.like_num and tok.i > 0 and doc[tok.i - 1].text == "(")
                or self._numbered_word(doc, i)
            ):
                i += 1
                end = i
                continue
            if tok.text == "(":
                close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
                if close is None:
                    break
                i = end = close + 1
                continue
            if tok.lower_ == "in" and self._place_next(doc, i + 1):
                break  # "… of Permanent Delegates in Rome": the venue
            if tok.is_lower and tok.lower_ in self.bodies and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
                i += 1  # "of the Alpine assembly and the Danube Council": a body's noun set in lower case
                end = i
                continue
            if tok.text in ("’", "'", "’s", "'s", ",") or tok.text in HYPHENS or tok.lower_ in NAME_JOINERS:
                i += 1  # kept only if a capitalised word follows
                continue
            if tok.is_lower and doc[i - 1].tag_ == "HYPH" and not doc[i - 1].whitespace_:
                i += 1  # "Inter-regional"
                end = i
                continue
            break
        return end

    @staticmethod
    def _numbered_word(doc: Doc, i: int) -> bool:
        """Class: a number that goes with the capitalised word before it inside a name ("on
        Article 6 of the Convention", "on Goal 16"): digits, no date, right after a capitalised
        word that is not the name's joiner."""
        tok = doc[i]
        prev = doc[i - 1] if i > 0 else None
        return (
            tok.text.isdigit()
            and len(tok.text) <= 3
            and tok.ent_type_ != "DATE"
            and prev is not None
            and prev.is_alpha
            and prev.text[:1].isupper()
            and bool(prev.whitespace_)
        )

    @staticmethod
    def _wrapped(doc: Doc, i: int, min_words: int = 8) -> bool:
        """Class: a line break inside a hard-wrapped paragraph, a name going on across it ("the
        Regional Forum of the Foreign" / "Ministers on 9 May"): one line break, the line before it
        long (`min_words` words or more), ending in a word and itself run on from the line above
        it, a capitalised word after the break."""
        tok = doc[i]
        if tok.text.strip(" \t") != "\n" or i == 0 or i + 1 >= len(doc):
            return False
        prev, nxt = doc[i - 1], doc[i + 1]
        if not prev.is_alpha or not nxt.is_alpha or not nxt.text[:1].isupper():
            return False
        text = text_of(doc)  # doc.text, joined once per document
        line_start = text.rfind("\n", 0, prev.idx) + 1
        if len(text[line_start : prev.idx].split()) < min_words or line_start == 0:
            return False
        # the line above is part of the same paragraph: it runs on into this one (no sentence end),
        # so the page wraps its lines; a headline over a paragraph stands on a line of its own
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
        return bool(above) and above[-1].isalnum() or above.endswith(",")

    @staticmethod
    def _place_next(doc: Doc, i: int) -> bool:
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        return i < len(doc) and doc[i].ent_type_ in ("GPE", "FAC")

    def _topic(self, doc: Doc, i: int, gerund: bool = False) -> int | None:
        """End of a lower-case topic after "on" ("on border management and security"; with
        `gerund`, "on strengthening customs cooperation"), else None."""
        tags = ("JJ", "CC", "HYPH", "VBG") if gerund else ("JJ", "CC", "HYPH")
        end = None
        for tok in doc[i : i + 8]:
            if tok.tag_ in ("NN", "NNS") and tok.is_lower:
                end = tok.i + 1
            elif not (tok.tag_ in tags and (tok.is_lower or tok.tag_ == "HYPH")):
                break
        return end

    def _on_a_thing(self, doc: Doc, i: int, stop: int) -> bool:
        """ "on the Andean Flickr page": after "on the", capitalised words that qualify a medium
        (lexicon `event_medium_noun`) right after them say where the event is shown, no topic."""
        return doc[i].lower_ == "the" and stop < len(doc) and doc[stop].lower_ in self.media

    @staticmethod
    def _noun_phrase_end(doc: Doc, i: int) -> int:
        """A complement's capitals that qualify lower-case nouns right after them ("of Arab
        foreign ministers", "of ASEAN economic ministers") end with those nouns; else token i."""
        if i >= len(doc) or not doc[i - 1].is_alpha or not doc[i - 1].text[:1].isupper():
            return i
        end = i
        for tok in doc[i : i + 4]:
            if not (tok.is_lower and tok.tag_ in ("JJ", "NN", "NNS")) or tok.ent_type_:
                break
            if tok.tag_ != "JJ":
                end = tok.i + 1
        return end

    def _definite_topic(self, doc: Doc, i: int) -> int | None:
        """End of a lower-case topic after "on" that opens with "the" and goes on with "of"
        ("on the training of officials of the customs service"), else None; not a time ("on
        the first day of …") nor a place beside a name ("on the sidelines of the Summit")."""
        if i >= len(doc) or doc[i].lower_ != "the":
            return None
        end, of, joined = None, False, False
        for tok in doc[i + 1 : i + 13]:
            if tok.tag_ in ("NN", "NNS") and tok.is_lower:
                if tok.lower_ in self.periods:
                    return None
                end, joined = tok.i + 1, of
            elif tok.lower_ == "of" and end == tok.i:
                of = True
            elif tok.lower_ == "the" and doc[tok.i - 1].lower_ == "of":
                continue
            elif not (tok.tag_ in ("JJ", "CC", "HYPH") and (tok.is_lower or tok.tag_ == "HYPH")):
                break
        return end if joined else None

    def _listed(self, doc: Doc, i: int) -> bool:
        """After a comma inside a name: capitalised words, then "and"/"," ("of National,
        Provincial and Local Authorities"), not a new clause ("…, and Mr Benali")."""
        seen = False
        if i < len(doc) and doc[i].ent_type_ in ("GPE", "LOC"):
            return False  # "…, Bangkok, Thailand": the place, not the name
        for tok in doc[i : i + 6]:
            if (
                tok.text[:1].isupper()
                or (seen and tok.tag_ == "HYPH")
                or (seen and tok.is_lower and tok.i > 0 and doc[tok.i - 1].tag_ == "HYPH")
            ):
                seen = True
                continue
            return seen and tok.lower_ in ("and", "or", ",")
        return False

    def _quoted(self, doc: Doc, nouns: list[Span], named: list[dict], quotes: list[re.Match]) -> list[dict]:
        """Quoted titles introduced by an event noun; merged with a generic name before them."""
        by_end = {n.end: n for n in nouns}
        by_start = {n.start: n for n in nouns}
        found: dict[str, dict] = {}
        for m in quotes:
            g = 1 if m.group(1) is not None else 2
            title = squash(m.group(g)).strip(" ,")
            s, e = m.start(g), m.end(g)
            cue = self._title_cue(doc, m.start()) or self._topic_quote(doc, by_end, m.start())
            if cue and re.match(r"(?:the|a|an) [A-Z0-9]", title):
                # "a workshop about “the Role of Universities in …”": the article is no word of the title
                title = title.split(" ", 1)[1]
                s = m.start(g) + max(0, m.group(g).find(title.split()[0]))
            if title.endswith(".") and cue:
                title, e = title[:-1].rstrip(), e - 1
            if not title or title[-1] in ".!?,;:" or not (title[0].isupper() or title[0].isdigit()):
                continue  # a quoted sentence or a phrase, not a title
            if SENTENCE_BREAK.search(title):
                continue  # quoted speech
            if title.split()[-1].lower() in self.document_heads and not cue:
                continue  # a quoted document ("the “Kuwait Declaration”"), unless a cue names it a title
            key = fold(title)
            if key in found:
                found[key]["mentions"].append((s, e))
                continue
            intro = self._intro(doc, by_end, m.start(), cue)
            if intro is None or intro.label_ != "event":
                intro = self._named_before(doc, by_start, m.end())
            if intro is None or intro.label_ != "event" or self._theme_after(doc, by_end, m.end()):
                continue
            owner = next((c for c in named if c["span"][0] <= intro.start and intro.end <= c["span"][1]), None)
            if owner is not None and not owner["generic"] and not self._adjacent(doc, owner["span"][1], m.start()):
                owner = None
            if owner is not None and not owner["generic"]:
                continue  # "the Rīga Conference 2009 titled “…”": the quote is its theme
            found[key] = {
                "name": title,
                "key": key,
                "head": intro.text.lower(),
                "kind": "event",
                "ordinal": bool(owner and owner["ordinal"]),
                "complement": True,
                "generic": False,
                "source": "event:quoted-title",
                "mentions": [(s, e)],
                "span": None,
                "quoted": True,
            }
            if owner is not None:
                owner["absorbed"] = True
        return list(found.values())

    def _named_before(self, doc: Doc, by_start: dict[int, Span], char: int) -> Span | None:
        """The event noun a quoted title names from before it: 'the “Blue Ports” workshop', 'The
        ‘Know the Coast’ session was held …' (a part noun only where the sentence says it took
        place); else None."""
        last = doc.char_span(char - 1, char, alignment_mode="expand")
        if last is None or last.end >= len(doc):
            return None
        noun = by_start.get(last.end)
        if noun is None or noun.label_ not in ("event", "part"):
            return None
        if noun.label_ == "part":
            if not self._opens(doc, noun.end):
                return None
            return Span(doc, noun.start, noun.end, label="event")
        return noun

    def _topic_quote(self, doc: Doc, by_end: dict[int, Span], char: int) -> bool:
        """'a one-day workshop about “…”', 'the seminar on “…”': an event noun, then "about"/"on",
        right before the quote introduce its title."""
        first = doc.char_span(char, char + 1, alignment_mode="expand")
        if first is None or first.start < 2:
            return False
        prep = doc[first.start - 1]
        noun = by_end.get(first.start - 1)
        return prep.lower_ in ("about", "on") and noun is not None and noun.label_ == "event"

    def _theme_after(self, doc: Doc, by_end: dict[int, Span], char: int) -> bool:
        """'… has “Forging Inclusive Growth” as its theme': the quote is the event's theme."""
        last = doc.char_span(char - 1, char, alignment_mode="expand")
        if last is None:
            return False
        after = [t for t in doc[last.end : last.end + 4] if not t.is_space]
        if not after or after[0].lower_ != "as":
            return False
        return any(t.i + 1 in by_end and by_end[t.i + 1].label_ == "part" for t in after[1:])

    def _adjacent(self, doc: Doc, end_token: int, char: int) -> bool:
        quote = doc.char_span(char, char + 1, alignment_mode="expand")
        return quote is not None and quote.start - end_token <= 3

    def _title_cue(self, doc: Doc, char: int) -> bool:
        """'titled', 'under the title:', 'entitled' right before a quote."""
        first = doc.char_span(char, char + 1, alignment_mode="expand")
        if first is None:
            return False
        return any(t.lower_ in self.title_cues for t in doc[max(0, first.start - 3) : first.start])

    def _intro(self, doc: Doc, by_end: dict[int, Span], quote_char: int, cue: bool) -> Span | None:
        """The nearest event/part noun before a quote, within its sentence; a part before "of
        the <event>" ("the motto of the summit was “…”") makes the title that part's."""
        first = doc.char_span(quote_char, quote_char + 1, alignment_mode="expand")
        if first is None:
            return None
        i, stop = first.start, max(0, first.start - self.max_intro)
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.lower_ not in self.event_words:
            if (i in by_end and by_end[i].label_ == "body") or before.lower_ in self.document_heads:
                return None  # "a project of the Coastal Programme “…”": the quote names the programme
        while i > stop:
            if i in by_end and by_end[i].label_ in ("event", "part"):
                noun = by_end[i]
                j = noun.start - 1
                while j > 0 and doc[j].lower_ in ("the", "this", "its"):
                    j -= 1
                if j > 0 and doc[j].lower_ == "of" and j in by_end and by_end[j].label_ == "part":
                    return by_end[j]
                return noun
            if doc[i - 1].text in SENTENCE_END:
                return None
            i -= 1
        return None

    def _labelled(self, doc: Doc, text: str) -> list[dict]:
        """'Event 2: Deputy Minister's briefing for Heads of Resident Missions' in a media advisory."""
        out = []
        for m in LABEL_LINE.finditer(text):
            if m.group(1).lower() not in self.event_words:
                continue
            name = squash(m.group(2)).strip(" ,;:-")
            out.append(
                {
                    "name": name,
                    "key": fold(name),
                    "head": m.group(1).lower(),
                    "kind": "event",
                    "ordinal": False,
                    "complement": True,
                    "generic": False,
                    "source": "event:labelled",
                    "mentions": [(m.start(2), m.start(2) + len(m.group(2).rstrip()))],
                    "span": None,
                    "labelled": True,
                }
            )
        return out[:1]

    @staticmethod
    def _title_case_line(text: str, at: int) -> bool:
        """Class: a headline set in title case ("Delegation Starts Visit To Peru", "Minister Begins
        Official Visit to Chile"): the line of `at` has three words or more, each capitalised or a
        short joiner, so a capitalised encounter noun in it is no name's word."""
        a = text.rfind("\n", 0, at) + 1
        b = text.find("\n", at)
        words = TITLE_WORD.findall(text[a : b if b >= 0 else len(text)])
        return len(words) >= 3 and all(w[0].isupper() or w.lower() in NAME_JOINERS for w in words)

    @staticmethod
    def _title_case_only(text: str, c: dict) -> bool:
        """A name found once, on a line set in title case ("Envoy Meets Counterparts Ahead Of
        Opening Of …"): there capitals do not mark a name, and verbs and prepositions join
        it; the body, which names a real event again, confirms it."""
        if c.get("span") is None or _distinct_mentions(text, c["mentions"]) != 1:
            return False  # a headline the page repeats is still found once
        start = c["mentions"][0][0]
        a, b = text.rfind("\n", 0, start) + 1, text.find("\n", start)
        words = TITLE_WORD.findall(text[a : b if b >= 0 else len(text)])
        return all(w[0].isupper() for w in words) and any(w.lower() in NAME_JOINERS for w in words[1:])

    def _merge(self, candidates: list[dict]) -> list[dict]:
        """One candidate per event: the same name again, or a shorter form inside a longer one
        ("World Public Assembly" in "First World Public Assembly"), adds a mention."""
        out: list[dict] = []
        # a body mention's form names the event before a headline's title-cased one, and a
        # numbered form ("the 7th … Meeting") before one without its number
        order = sorted(
            candidates,
            key=lambda c: (c.get("support", False), c.get("heading", False), not c.get("number"), -len(c["key"])),
        )
        for c in order:
            if c.get("absorbed"):
                continue
            # the closest of the names it may be a mention of ("Trade Ministers' Meeting" is the
            # "31st Trade Ministers' Meeting" rather than the "12th … and Sahel Trade Ministers' Meeting")
            host = max((o for o in out if self._same(c, o)), key=lambda o: _overlap(c["key"], o["key"]), default=None)
            if host is None:
                if not c.get("support"):
                    out.append(dict(c))
                continue
            host["mentions"] = sorted(set(host["mentions"]) | set(c["mentions"]))
            # a name without a number takes the number of the mention it absorbs: "the 23rd …
            # Meeting" joins it, "the 22nd … Meeting" stays another meeting
            host["number"] = host.get("number") or c.get("number")
            for flag in ("ordinal", "complement", "quoted", "labelled", "proper", "opens", "convened"):
                host[flag] = host.get(flag) or c.get(flag)
            host["generic"] = host["generic"] and c["generic"]
            if c.get("quoted") and not host.get("quoted") or c["kind"] == "event" and host["kind"] != "event":
                host.update(kind=c["kind"], source=c["source"])
        return out

    @staticmethod
    def _same(a: dict, b: dict) -> bool:
        """Two mentions of one event: the same name, or the same head noun and most words of the
        shorter name ("World Public Assembly", "First World Public Assembly")."""
        if a["key"] == b["key"] or _acronym_of(a, b) or _acronym_of(b, a):
            return True
        if a.get("number") and b.get("number") and a["number"] != b["number"]:
            return False  # "the 55th … Meeting" and "the 23rd … Meeting" are two meetings
        if a.get("number") and a.get("number") == b.get("number") and a["head"] == b["head"]:
            return True  # "the 23rd formal summit" is "the 23rd … Leaders’ Summit"
        if (
            a.get("number")
            and a.get("number") == b.get("number")
            and (_numbered_acronym(a, b) or _numbered_acronym(b, a))
        ):
            return True  # "the 54th ECOWAS Summit" is "the 54th Ordinary Session of … (ECOWAS)"
        wa, wb = set(a["key"].split()) - NAME_JOINERS, set(b["key"].split()) - NAME_JOINERS
        common = len(wa & wb)
        if not (wa <= wb or wb <= wa) and len(wa & wb - set(a["head"].split())) < 2:
            # "APEC Ministerial Meeting" and "APEC Economic Leaders’ Meeting": each has words the
            # other lacks and they share one besides the noun: two meetings of one body
            return False
        return a["head"] == b["head"] and common >= 2 and common >= 0.6 * min(len(wa), len(wb))

    # -- scoring --------------------------------------------------------------------------------
    def _lead(self, doc: Doc) -> tuple[int, int]:
        """Characters of the first body sentence: in the first line of at least eight words that
        ends a sentence (headlines and header lines do not)."""
        text = text_of(doc)
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if len(stripped.split()) >= 8 and stripped[-1] in '.!?"”':
                start = pos + line.index(stripped[0])
                span = doc.char_span(start, start + 1, alignment_mode="expand")
                if span is None:
                    break
                sent_end = next((t.idx + len(t) for t in doc[span.start :] if t.text in SENTENCE_END), pos + len(line))
                return start, min(sent_end, pos + len(line))
            pos += len(line) + 1
        return 0, 0

    def _heading(self, doc: Doc, char: int) -> bool:
        """A short line near the top that ends no sentence: a headline or a section heading."""
        if char > self.head_chars:
            return False
        text = text_of(doc)
        a, b = text.rfind("\n", 0, char) + 1, text.find("\n", char)
        line = text[a : b if b >= 0 else len(text)].strip()
        # its words counted up to 21 only (a paragraph on one line holds hundreds)
        return 0 < len(line.split(None, 20)) <= 20 and line[-1] not in ".!?;,"

    def _score(self, doc: Doc, c: dict, definite_heads: Counter, asides: list[int], title: str, lead: tuple) -> float:
        score = 0.0
        score += 3 if c["ordinal"] else 0
        score += 1 if c["complement"] else 0
        score += 2 if c.get("quoted") else 0
        score += 2 if c.get("labelled") else 0
        score -= 1 if c["kind"] == "occasion" else 0
        score -= 1 if c["generic"] and not c.get("numbered_name") else 0
        score += 1 if c.get("proper") else 0
        # the text says it happens: "… (ACR) opened on Monday", "convened a regional workshop"
        score += 1 if c.get("opens") or c.get("convened") else 0
        if title and (c["key"] in title or (len(c["key"]) > 12 and title in c["key"])):
            score += 2
        elif any(self._heading(doc, s) for s, _ in c["mentions"]):
            score += 1
        if any(lead[0] <= s < lead[1] for s, _ in c["mentions"]):
            score += 1
        if c["source"] == "event:visit" and title and any(self._title_line(doc, s, title) for s, _ in c["mentions"]):
            # Class: a visit the headline reports ("Port Elm Mayor visits Chile") is the document's
            # subject, as a headline's own name is; the talks and meetings of the lead happen on it
            score += 1
        score += min(_distinct_mentions(text_of(doc), c["mentions"]) - 1, 2)
        score += min(definite_heads[c["head"]], 2) * 0.5
        c["aside"] = all(self._aside(doc, m, asides, title) for m in c["mentions"])
        if c["aside"]:
            score -= 4
        return score

    @staticmethod
    def _title_line(doc: Doc, char: int, title: str) -> bool:
        """Character `char` lies on the document's title line."""
        text = text_of(doc)
        a, b = text.rfind("\n", 0, char) + 1, text.find("\n", char)
        return fold(text[a : b if b >= 0 else len(text)].strip()) == title

    @staticmethod
    def _on_title_line(doc: Doc, char: int, other: int, title: str) -> bool:
        """Character `char` lies on the document's title line and `other` does not: a headline
        the parser joined to the lead is no part of the lead's sentence (its "ahead of the
        summit" says nothing of the meeting the lead reports)."""
        if not title:
            return False
        text = text_of(doc)
        a, b = text.rfind("\n", 0, char) + 1, text.find("\n", char)
        b = b if b >= 0 else len(text)
        return not a <= other < b and fold(text[a:b].strip()) == title

    def _aside(self, doc: Doc, mention: tuple[int, int], asides: list[int], title: str = "") -> bool:
        """'ahead of the …', 'the upcoming …', 'next summer … will convene the …' before a mention, in its sentence."""
        span = doc.char_span(*mention, alignment_mode="expand")
        if span is None:
            return False
        sent_start = sentence_bounds(doc, span.start)[0] if len(span) else span[0].sent.start
        for a in asides:
            if sent_start <= a < span.start and not self._on_title_line(doc, doc[a].idx, mention[0], title):
                words = sum(1 for t in doc[a : span.start] if not t.is_space)
                if words <= self.max_intro:
                    return True
        return False

    def _record(self, doc: Doc, ev: dict, nouns: list[Span], quotes: list[re.Match]) -> dict:
        start, end = ev["mentions"][0]
        anaphors = self._anaphors(doc, nouns)
        naming = self._sentences(doc, ev["mentions"])
        tiers = [naming, [c for c in self._sentences(doc, anaphors) if c not in naming]]
        anchors = [tuple(m) for m in ev["mentions"]] + anaphors
        place = ev.get("place") or self._place(doc, ev, tiers, anchors, quotes)
        date_start, date_end = next((d for d in (self._dates(doc, t, anchors) for t in tiers) if d[0]), ("", ""))
        return {
            "name": ev["name"],
            "place": place,
            "start": start,
            "end": end,
            "source": ev["source"],
            "date_start": date_start,
            "date_end": date_end,
            "mentions": [list(m) for m in ev["mentions"]],
        }

    # -- place and dates ---------------------------------------------------------------------
    def _anaphors(self, doc: Doc, nouns: list[Span]) -> list[tuple[int, int]]:
        """Character offsets of "the conference", "this event": an event noun after a definite determiner."""
        return [
            (n.start_char, n.end_char)
            for n in nouns
            if n.label_ == "event" and n.start > 0 and doc[n.start - 1].lower_ in DEFINITE
        ]

    def _sentences(self, doc: Doc, mentions: list) -> list[Span]:
        sents = []
        for s, e in mentions:
            clause = _clause(doc, s, e)
            if clause is not None and clause not in sents:
                sents.append(clause)
        return sents

    def _place(
        self, doc: Doc, ev: dict, tiers: list[list[Span]], anchors: list[tuple[int, int]], quotes: list[re.Match]
    ) -> str:
        """A place the event is said to be in ("in Minsk", "Minsk hosted"), the nearest after the
        event's mention first ("… plenary meeting in Tokyo"); else one in its name before its
        noun ("Minsk Dialogue"); else the dateline's."""
        ents = self._ents_of(doc)
        places = {fold(e.text): e.text for e in ents if e.label_ in PLACE_LABELS}
        quotes = [(m.start(), m.end()) for m in quotes]
        for sent in (c for tier in tiers for c in tier):
            anchor = next((e for s, e in anchors if sent.start_char <= s < sent.end_char), sent.start_char)
            found = []
            for ent in _ents_in(ents, sent):
                if ent.label_ not in PLACE_LABELS and fold(ent.text) not in places:
                    continue
                if any(s < ent.end_char and ent.start_char < e for s, e in ev["mentions"] + quotes):
                    continue  # "in Central Asia" inside a title or a theme names its subject, not its place
                if self._relative_of_another(doc, ent.start, anchors):
                    continue  # "a preparatory round that was held on 2 May in Quito": that meeting's
                before = [t for t in doc[max(sent.start, ent.start - 3) : ent.start] if not t.is_space]
                prev = before[-1] if before else None
                hosted_by = len(before) > 1 and prev.lower_ == "by" and before[-2].lower_ in HOST_FORMS
                nxt = next((t for t in doc[ent.end : sent.end] if not t.is_space and t.lower_ not in AUXILIARIES), None)
                if (
                    (prev is not None and prev.lower_ in PLACE_BEFORE)
                    or hosted_by
                    or (nxt is not None and nxt.lower_ in HOST_FORMS)
                ):
                    found.append((ent.start_char < anchor, abs(ent.start_char - anchor), ent.text))
            if found:
                return _place_name(min(found)[2])
        if ev["source"] != "event:quoted-title":  # "Minsk Dialogue" is in Minsk; "… in Cyberspace" is not
            for word in ev.get("modifiers", ev["name"].split()):
                if fold(word) in places and not self._region(places[fold(word)]):
                    return _place_name(places[fold(word)])
        dateline = doc._.get("place") or "" if Doc.has_extension("place") else ""
        if dateline and self._elsewhere(doc, ev, ents, dateline, quotes):
            return ""
        return dateline

    def _elsewhere(self, doc: Doc, ev: dict, ents, dateline: str, quotes: list[tuple[int, int]]) -> bool:
        """Class (review rev2, finding 5): the paragraph (line) of the event's first mention
        names another place it is in ("… will meet today at the headquarters in Addis Ababa")
        or a visit abroad ("to pay an official visit to Canberra"): the dateline's city is the
        desk's, not the event's, so the event has no place rather than the dateline's."""
        if not ev.get("mentions"):
            return False
        text = text_of(doc)  # doc.text, joined once per document
        at = ev["mentions"][0][0]
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end == -1 else end
        for ent in ents:
            if ent.label_ not in PLACE_LABELS or not start <= ent.start_char < end or ent.start < 1:
                continue
            # a place inside the event's name, a quoted theme ("… cooperation in Asia”) or a part of
            # the world (`region_word`) names no venue
            if (
                fold(ent.text) == fold(dateline)
                or any(s < ent.end_char and ent.start_char < e for s, e in ev["mentions"] + quotes)
                or self._region(ent.text)
            ):
                continue
            prev = doc[ent.start - 1] if doc[ent.start - 1].lower_ != "the" or ent.start < 2 else doc[ent.start - 2]
            # a country after "in" tells a scope as often ("the largest forum in Peru"); a city is a venue
            if prev.lower_ in PLACE_BEFORE and ent[0]._.get("country_role") != "name":
                return True
            if prev.lower_ == "to" and prev.i > 0 and doc[prev.i - 1].lower_ in ("visit", "trip", "tour"):
                return True
        return False

    def _region(self, text: str) -> bool:
        """'Pacific', 'the Western Pacific': a place of nothing but `region_word`s (a part of the
        world, no city or country)."""
        words = [w for w in text.lower().split() if w != "the"]
        return bool(words) and all(w in self.regions for w in words)

    def _dates(self, doc: Doc, sents: list[Span], anchors: list[tuple[int, int]] = ()) -> tuple[str, str]:
        """Dates written in the sentences naming the event (never the published date, nor
        another event's); a one-day start is stretched by a duration in the same paragraph
        ("over three days")."""
        bounds = [(s.start_char, s.end_char) for s in sents]  # read once, not once per date
        found = [
            d
            for d in doc._.get("dates") or []
            if d.get("date_start")
            and d.get("role") != "published"
            and any(a <= d["start"] < b for a, b in bounds)
            and not self._other_event_date(doc, d, anchors)
        ]
        if any(d.get("role") == "event" for d in found):
            found = [d for d in found if d.get("role") == "event"]
        if not found:
            return "", ""
        finest = min(
            GRANULARITY_ORDER.index(d.get("granularity", "year"))
            if d.get("granularity") in GRANULARITY_ORDER
            else len(GRANULARITY_ORDER)
            for d in found
        )
        found = (
            [d for d in found if GRANULARITY_ORDER.index(d["granularity"]) == finest]
            if finest < len(GRANULARITY_ORDER)
            else found
        )
        start, end = min(d["date_start"] for d in found), max(d["date_end"] for d in found)
        if start == end and len(start) == 10:
            days = self._duration_days(doc, sents)
            if days and days > 1:
                end = (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()
        return start, end

    def _other_event_date(self, doc: Doc, d: dict, anchors: list[tuple[int, int]]) -> bool:
        """Rule `event:other-event-date`: a date written right after another event's noun and
        "in" or "of" ("the results of the trade summit in 2019") dates that event, not this one
        (its noun lies outside this event's mentions)."""
        span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
        if span is None:
            return False
        at = span.start + 1 if span[0].lower_ in ("in", "of") else span.start  # "in 2019" read whole
        if at < 2:
            return False
        if self._relative_of_another(doc, at, anchors):
            return True
        prep, noun = doc[at - 1], doc[at - 2]
        if prep.lower_ not in ("in", "of") or noun.lower_ not in self.event_words:
            return False
        return not any(a <= noun.idx < b for a, b in anchors)

    def _relative_of_another(self, doc: Doc, at: int, anchors: list[tuple[int, int]], most: int = 12) -> bool:
        """Class: a date in a relative clause on another meeting ("an earlier meeting that
        was held on 2 May in Quito", "the first meeting, which was held in Lima on 4 May")
        dates and places that meeting: "that"/"which" right after an event noun outside this
        event's mentions, then only verbs, prepositions, places, dates and commas up to the date
        (or the place, token `at`)."""
        sent_start = sentence_bounds(doc, at)[0]
        for k in range(at - 1, max(sent_start, at - most) - 1, -1):
            tok = doc[k]
            if tok.lower_ in ("that", "which") and k > 0:
                noun = doc[k - 1] if doc[k - 1].text != "," or k < 2 else doc[k - 2]
                return noun.lower_ in self.event_words and not any(a <= noun.idx < b for a, b in anchors)
            if not (
                tok.tag_.startswith("VB")
                or tok.tag_ in ("IN", "RB", "NNP", ",", "DT", "CD")
                or tok.is_space
                or tok.lower_ == "place"
            ):
                return False
        return False

    def _duration_days(self, doc: Doc, sents: list[Span]) -> int | None:
        paragraphs = {
            (text_index(doc).paragraph_start(s.start_char), paragraph_end(text_of(doc), s.start_char)) for s in sents
        }
        for _, s, e in self.durations(doc):
            span = doc[s:e]
            if any(a <= span.start_char < b for a, b in paragraphs):
                number = " ".join(t.text for t in span if t.like_num)
                value = parse_number(number)
                if value:
                    return value
        return None

    # -- counts ----------------------------------------------------------------------------------
    def _link_counts(self, doc: Doc, nouns: list[Span], asides: list[int]) -> None:
        """Name the event a count belongs to: one named in the count's sentence, or, where the
        sentence refers back to "the/this conference", the event last named before it."""
        events = doc._.events or []
        if not events or not doc._.get("counts"):
            return
        for count in doc._.counts:
            sent = _clause(doc, count["start"], count["end"])
            if sent is None:
                continue
            named = [e for e in events if any(sent.start_char <= s < sent.end_char for s, _ in e["mentions"])]
            if named:
                count["event"] = named[0]["name"]
                continue
            anaphor = any(sent.start_char <= s < sent.end_char for s, _ in self._anaphors(doc, nouns))
            if anaphor:
                before = [(s, e) for e in events for s, _ in e["mentions"] if s < count["start"]]
                if before:
                    count["event"] = max(before, key=lambda b: b[0])[1]["name"]
                elif len(events) == 1:
                    count["event"] = events[0]["name"]
                continue
            # with one event reported, a turnout ("attended", "brought together") or "the briefing",
            # "the session" in the count's sentence is that event's, unless the sentence is about
            # another one ("last year's event", "ahead of the summit")
            if len(events) != 1 or any(sent.start <= a < sent.end for a in asides):
                continue
            referred = any(
                sent.start <= n.start < sent.end and n.start > 0 and doc[n.start - 1].lower_ in DEFINITE
                for n in nouns
                if n.label_ in ("event", "part", "occasion")
            )
            if referred or count.get("attendance"):
                count["event"] = events[0]["name"]


def _article_place(doc: Doc, j: int, limit: int) -> tuple[int, int]:
    """(j, a) for a meeting's lower-case kind words opening at token j: j moved past a
    duration that ends there ("a two-day regional workshop": "day" is no word of the name),
    and the index of the token before the words and their duration, where an article stands
    (-1 at the document's start)."""
    if j < limit and _duration_before(doc, j + 1):
        j += 1
    return j, j - 1 - _duration_before(doc, j)


def _titled(doc: Doc, start: int, floor: int, most: int = 6) -> int:
    """Class: a party of talks or a call named with the office before the name ("Queen Ana …",
    "President of Latvia Ilze Berzina", "Norwegian Foreign Minister Lars Holmberg"): the start of the capitalised
    words (and "of" between them) right before a person's name at `start`, no further back
    than `floor`; a reader names the parties by either, so the name keeps both."""
    i = start
    while i > floor and start - i < most:
        prev = doc[i - 1]
        if (
            prev.is_alpha
            and (prev.is_title or prev.is_upper)
            and prev.tag_ in ("NNP", "NNPS", "JJ")
            and prev.ent_type_ not in ("DATE", "TIME")
        ):
            i -= 1  # "On Monday Foreign Minister …": neither "On" nor "Monday" is an office's word
        elif prev.lower_ == "of" and i - 1 > floor and doc[i - 2].is_title and i < start:
            i -= 1
        else:
            break
    while i < start and not doc[i].is_title and not doc[i].is_upper:
        i += 1  # never opens on "of"
    return i


def _duration_before(doc: Doc, j: int) -> int:
    """3 where the tokens before j are a duration ("two", "-", "day"), else 0."""
    if j >= 3 and doc[j - 1].lower_ in DURATION_UNITS and doc[j - 2].text in HYPHENS and doc[j - 3].like_num:
        return 3
    return 0


def _clause(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence holding a character span, cut at the paragraph's edges: page furniture
    and headlines without a full stop must not join the parser's sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    # the sentences of its first and last tokens (span.sent is its first token's)
    sent = sentence_span(doc, span.start) if len(span) else span.sent
    last = (
        sentence_span(doc, span.end - 1) if len(span) else span[-1].sent
    )  # a name the sentence splitter cut ("The XIII. Ambassadors Conference is …")
    a = max(sent.start_char, text_index(doc).paragraph_start(start))
    b = min(max(sent.end_char, last.end_char), paragraph_end(text_of(doc), end))
    return doc.char_span(a, b, alignment_mode="expand") or sent


def _distinct_mentions(text: str, mentions: list[tuple[int, int]]) -> int:
    """Mentions on identical lines count once: a page that repeats its headline (a title
    block, the page's title, its first heading) names the event once, not once per copy."""
    if len(mentions) < 2:
        return len(mentions)
    seen = set()
    for start, end in mentions:
        a, b = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[a : b if b >= 0 else len(text)]
        lead = a + len(line) - len(line.lstrip())
        seen.add((line.strip(), start - lead, end - lead))
    return len(seen)


def _acronym_of(short: dict, full: dict) -> bool:
    """'CELAC meeting' (a body's acronym, then lower-case words for the meeting) is a mention
    of the meeting whose full name defines that acronym ("Summit of the Community of … (CELAC)")."""
    words = short["name"].split()
    if len(words) < 2 or not all(w.islower() for w in words[1:]) or full["kind"] != "event":
        return False
    return _defines(full, words[0])


def _numbered_acronym(short: dict, full: dict) -> bool:
    """'54th ECOWAS Summit' (an ordinal, a body's acronym, an event noun) names the meeting of
    the same number whose full name defines that acronym ("54th Ordinary Session of the
    Authority of … (ECOWAS)"), whatever noun each uses."""
    words = short["name"].split()
    return len(words) == 3 and _defines(full, words[1])


def _defines(full: dict, word: str) -> bool:
    """Whether `word` is an acronym that the full name defines in brackets ("… (ECOWAS)") or
    spells out in capitalised words, one a letter ("AU" of "… of African Union Assembly")."""
    if not (word.isupper() and word.isalpha() and len(word) > 1):
        return False
    if f"({word})" in full["name"]:
        return True
    initials = "".join(w[0] if w[:1].isupper() and w.isalpha() else " " for w in full["name"].split())
    return any(run.startswith(word) for run in initials.split())  # "PIC" of "PICA", not "IC"


def _overlap(a: str, b: str) -> float:
    """Jaccard overlap of two names' words, joiners left out."""
    wa, wb = set(a.split()) - NAME_JOINERS, set(b.split()) - NAME_JOINERS
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def _ordinal_value(text: str) -> int | None:
    """55 of "55th", "Fifty-fifth", "LV." (Roman), else None."""
    text = text.strip(". ")
    if ROMAN.match(text):
        values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
        total = 0
        for a, b in zip(text, text[1:] + " "):
            total += -values[a] if b != " " and values[b] > values[a] else values[a]
        return total
    digits = _digits(" ".join(text.lower().replace("-", " ").split()))
    m = re.match(r"\d+", digits.replace(" ", ""))
    return int(m.group()) if m else None


@lru_cache(maxsize=1 << 14)
def _digits(word: str) -> str:
    """alpha2digit of one lower-case word ("seventh" → "7th"), kept for the recent words."""
    return alpha2digit(word, "en", threshold=0)


def _ents_in(ents, span: Span) -> list[Span]:
    """span.ents from the document's entities read once: those from the span's start on,
    up to the first that runs past its end."""
    inside = []
    for ent in ents:
        if ent.start >= span.start:
            if ent.end <= span.end:
                inside.append(ent)
            else:
                break
    return inside


def _place_name(text: str) -> str:
    """'MINSK' (a dateline's capitals) → 'Minsk'; an acronym ('UAE') stays as written."""
    text = squash(text)
    return text.title() if text.isupper() and len(text) > 3 else text
