"""The named events a document reports, their place and dates, and which event each
participant count belongs to.

An event is named in one of two ways:
- a quoted title introduced by an event noun: "the conference “Preventing and Countering
  Terrorism in the Digital Age”". The nearest noun before the quote, in its sentence,
  decides: an event noun (conference, forum) makes it an event; a part noun (session,
  panel, side event) makes it a part of one, which is not reported;
- a proper name ending in an event noun ("the Minsk Dialogue") or an EVENT entity, kept
  when the document is about it: named in its headline or at least twice. An event
  merely mentioned once in passing ("the first-ever Global Congress next summer") is not.

The nouns are data (models/patterns/event_terms.jsonl); so are the duration patterns
("over three days") that stretch a one-day start to the event's end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..text import fold, paragraph_end, paragraph_start, squash, text_of
from .counts import parse_number
from .mentions import add_mention

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

#: Forms of "host" and the auxiliaries before it ("will host", "has hosted"), so that no
#: lemmatizer is needed (the pipeline leaves it out for speed).
HOST_FORMS = {"host", "hosts", "hosted", "hosting"}
AUXILIARIES = {"will", "would", "shall", "has", "have", "had", "is", "was", "are", "were", "be", "been", "to", "also"}
QUOTED = re.compile(r"[“\"«]([^”“\"«»]{8,250})[”\"»]")
GRANULARITY_ORDER = ["day", "month", "season", "year"]
SENTENCE_END = {".", "!", "?", ";"}
PLACE_BEFORE = {"in", "at"}
PLACE_LABELS = {"GPE", "LOC"}
DEFINITE = {"the", "this", "that"}


@Language.factory(
    "communique_events",
    assigns=["doc._.events", "doc._.counts"],
    requires=["doc._.dates", "doc._.counts", "doc.ents", "token.is_sent_start"],
    default_config={"max_intro_tokens": 25},
)
class EventFinder:
    def __init__(self, nlp: Language, name: str, *, max_intro_tokens: int):
        self.name, self.max_intro = name, max_intro_tokens
        self.nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.durations = Matcher(nlp.vocab, validate=True)

    def initialize(self, get_examples=None, *, nlp=None, lexicon, durations: list[dict] = ()):
        vocab = self.nouns.vocab
        make = nlp.make_doc if nlp is not None else (lambda text: Doc(vocab, words=text.split()))
        self.nouns = PhraseMatcher(vocab, attr="LOWER")
        for label, kind in (("event", "event_noun"), ("part", "event_part")):
            self.nouns.add(label, [make(t) for t in sorted(lexicon[kind])])
        self.durations = Matcher(vocab, validate=True)
        for p in durations:
            self.durations.add(p["id"], [p["pattern"]])

    # -- finding names -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        nouns = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.nouns(doc)])
        events: dict[str, dict] = {}
        for m in QUOTED.finditer(text_of(doc)):
            title = squash(m.group(1)).strip(" ,")
            if not title or title[-1] in ".!?,;:":  # a quoted sentence, not a title
                continue
            key = fold(title)
            intro = self._intro(doc, nouns, m.start())
            if key in events:
                events[key]["mentions"].append((m.start(1), m.end(1)))
            elif intro == "event":
                events[key] = {"name": title, "source": "event:quoted-title", "mentions": [(m.start(1), m.end(1))]}
        named: dict[str, dict] = {}
        for span, source in self._named(doc, nouns):
            key = fold(span.text)
            if key and key not in events:
                entry = named.setdefault(key, {"name": squash(span.text), "source": source, "mentions": []})
                if (span.start_char, span.end_char) not in entry["mentions"]:
                    entry["mentions"].append((span.start_char, span.end_char))
        headline = fold(doc._.get("title") or "") if Doc.has_extension("title") else ""
        for key, entry in named.items():
            if len(entry["mentions"]) >= 2 or re.search(rf"\b{re.escape(key)}\b", headline):
                events[key] = entry
        # With one event reported, "the conference" / "this event" refer to it: their sentences
        # may give its place and dates when the sentences naming it do not.
        anaphors = self._anaphors(doc, nouns) if len(events) == 1 else []
        records = []
        for ev in events.values():
            start, end = ev["mentions"][0]
            naming = self._sentences(doc, ev["mentions"])
            tiers = [naming, [c for c in self._sentences(doc, anaphors) if c not in naming]]
            place = self._place(doc, ev, tiers)
            date_start, date_end = next((d for d in (self._dates(doc, t) for t in tiers) if d[0]), ("", ""))
            records.append(
                {
                    "name": ev["name"],
                    "place": place,
                    "start": start,
                    "end": end,
                    "source": ev["source"],
                    "date_start": date_start,
                    "date_end": date_end,
                    "mentions": [list(m) for m in ev["mentions"]],
                }
            )
            add_mention(doc, "EVENT", start, end, source=ev["source"], normalized=ev["name"])
        doc._.events = sorted(records, key=lambda e: e["start"])
        self._link_counts(doc, nouns)
        return doc

    def _intro(self, doc: Doc, nouns: list[Span], quote_char: int) -> str | None:
        """Kind of the nearest event/part noun before a quote, within its sentence."""
        first = doc.char_span(quote_char, quote_char + 1, alignment_mode="expand")
        if first is None:
            return None
        i, stop = first.start, max(0, first.start - self.max_intro)
        by_end = {n.end: n for n in nouns}
        while i > stop:
            if i in by_end:
                return by_end[i].label_
            if doc[i - 1].text in SENTENCE_END:
                return None
            i -= 1
        return None

    def _named(self, doc: Doc, nouns: list[Span]):
        """(span, source) for proper names ending in an event noun ("Minsk Dialogue") and EVENT entities."""
        for noun in nouns:
            if noun.label_ != "event" or not noun[-1].is_title:
                continue
            i = noun.start
            while i > 0:
                prev = doc[i - 1]
                if prev.is_title and prev.tag_ in ("NNP", "NNPS"):
                    i -= 1
                elif prev.tag_ == "HYPH" and i > 1 and doc[i - 2].is_title and not prev.whitespace_:
                    i -= 2  # "Shangri-La Dialogue", "High-Level Conference"
                else:
                    break
            if i == noun.start:
                continue
            after = [t for t in doc[noun.end : noun.end + 3] if not t.is_space]
            if any(t.text in '“"«' for t in after):  # introduces a quoted title instead
                continue
            if after and after[0].lower_ in ("of", "on", "for") and len(after) > 1 and after[1].is_title:
                continue  # the name goes on ("Conference of Heads of …"): not this short one
            yield doc[i : noun.end], "event:named"
        for ent in doc.ents:
            if ent.label_ == "EVENT":
                yield ent, "ner"

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

    def _place(self, doc: Doc, ev: dict, tiers: list[list[Span]]) -> str:
        """A place the event is said to be in ("in Minsk", "Minsk hosted"), else one in its name, else the dateline's."""
        places = {fold(e.text): e.text for e in doc.ents if e.label_ in PLACE_LABELS}
        for sent in (c for tier in tiers for c in tier):
            for ent in sent.ents:
                if ent.label_ not in PLACE_LABELS and fold(ent.text) not in places:
                    continue
                if any(s < ent.end_char and ent.start_char < e for s, e in ev["mentions"]):
                    continue  # "in Central Asia" inside the title names its subject, not its place
                prev = next((t for t in reversed(doc[sent.start : ent.start]) if not t.is_space), None)
                nxt = next((t for t in doc[ent.end : sent.end] if not t.is_space and t.lower_ not in AUXILIARIES), None)
                if (prev is not None and prev.lower_ in PLACE_BEFORE) or (nxt is not None and nxt.lower_ in HOST_FORMS):
                    return _place_name(ent.text)
        if ev["source"] != "event:quoted-title":  # "Minsk Dialogue" is in Minsk; "… in Cyberspace" is not
            for word in ev["name"].split():
                if fold(word) in places:
                    return _place_name(places[fold(word)])
        return doc._.get("place") or "" if Doc.has_extension("place") else ""

    def _dates(self, doc: Doc, sents: list[Span]) -> tuple[str, str]:
        """Dates written in the sentences naming the event (never the published date); a
        one-day start is stretched by a duration in the same paragraph ("over three days")."""
        found = [
            d
            for d in doc._.get("dates") or []
            if d.get("date_start")
            and d.get("role") != "published"
            and any(s.start_char <= d["start"] < s.end_char for s in sents)
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

    def _duration_days(self, doc: Doc, sents: list[Span]) -> int | None:
        paragraphs = {
            (paragraph_start(text_of(doc), s.start_char), paragraph_end(text_of(doc), s.start_char)) for s in sents
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
    def _link_counts(self, doc: Doc, nouns: list[Span]) -> None:
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


def _clause(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence holding a character span, cut at the paragraph's edges: page furniture
    and headlines without a full stop must not join the parser's sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    a = max(sent.start_char, paragraph_start(text_of(doc), start))
    b = min(sent.end_char, paragraph_end(text_of(doc), end))
    return doc.char_span(a, b, alignment_mode="expand") or sent


def _place_name(text: str) -> str:
    """'MINSK' (a dateline's capitals) → 'Minsk'."""
    text = squash(text)
    return text.title() if text.isupper() else text
