"""Named events a document reports: a quoted title after an event noun
("the conference “Preventing and Countering Terrorism in the Digital Age”") or a
named event the model tags; with the place and dates of the sentence naming it."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..text import fold, squash
from .mentions import add_mention

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

QUOTED = re.compile(r"[“\"«]([^”\"»\n]{8,200})[”\"»]")


@Language.factory(
    "communique_events",
    assigns=["doc._.events"],
    default_config={"event_nouns": [], "window": 60},
    requires=["doc._.dates"],
)
class EventFinder:
    def __init__(self, nlp: Language, name: str, *, event_nouns: list[str], window: int):
        self.name, self.window = name, window
        self.nouns = {n.lower() for n in event_nouns}

    def __call__(self, doc: Doc) -> Doc:
        events: dict[str, dict] = {}
        for m in QUOTED.finditer(doc.text):
            before = doc.text[max(0, m.start() - self.window) : m.start()].lower()
            if not any(re.search(rf"\b{re.escape(n)}\b", before) for n in self.nouns):
                continue
            self._add(doc, events, m.start(1), m.end(1), "event:quoted-title")
        for ent in doc.ents:
            if ent.label_ == "EVENT":
                self._add(doc, events, ent.start_char, ent.end_char, "ner")
        doc._.events = sorted(events.values(), key=lambda e: e["start"])
        return doc

    def _add(self, doc: Doc, events: dict, start: int, end: int, source: str) -> None:
        name = squash(doc.text[start:end]).strip(" .,")
        key = fold(name)
        if key in events:
            return
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = span.sent if span is not None and doc.has_annotation("SENT_START") else None
        place, dates = "", []
        if sent is not None:
            place = next((e.text for e in sent.ents if e.label_ == "GPE"), "")
            dates = [d for d in doc._.dates or [] if sent.start_char <= d["start"] < sent.end_char and d["date_start"]]
        events[key] = {"name": name, "place": place, "start": start, "end": end, "source": source,
                       "date_start": dates[0]["date_start"] if dates else "", "date_end": dates[0]["date_end"] if dates else ""}
        add_mention(doc, "EVENT", start, end, source=source, normalized=name)
