"""Organisations: the model's ORG spans and the gazetteer's, canonicalised and merged.

The gazetteer (models/gazetteers/organisations.jsonl) gives each real organisation a
canonical name, an acronym and spelling variants; the span ruler matches them in text
through patterns built from it by `communique.gazetteer_patterns.v1`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from ..rules import read_jsonl_rules
from ..text import fold, squash, stable_id
from .mentions import add_mention

GAZETTEER_KEYS = {"id", "name", "acronym", "variants", "kind"}

for ext in ("organisations", "org_mentions"):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)


def read_gazetteer(path: str) -> list[dict]:
    return read_jsonl_rules(path, required={"id", "name"}, allowed=GAZETTEER_KEYS)


@registry.readers("communique.gazetteer_patterns.v1")
def gazetteer_patterns(path: str, label: str = "ORG") -> list[dict]:
    """Phrase patterns (name, acronym, variants) for the span ruler, one id per entry."""
    patterns = []
    for entry in read_gazetteer(path):
        forms = {entry["name"], *entry.get("variants", [])}
        if entry.get("acronym"):
            forms.add(entry["acronym"])
        for form in sorted(forms):
            patterns.append({"label": label, "pattern": form, "id": f"org:gazetteer:{entry['id']}"})
    return patterns


def org_key(text: str) -> str:
    return re.sub(r"^the ", "", fold(text))


@Language.factory(
    "communique_organisations",
    assigns=["doc._.organisations", "doc._.org_mentions"],
    default_config={"labels": ["ORG"], "min_chars": 2},
)
class OrganisationResolver:
    """Merge ORG spans to one canonical record per organisation per document."""

    def __init__(self, nlp: Language, name: str, *, labels: list[str], min_chars: int):
        self.name, self.labels, self.min_chars = name, set(labels), min_chars
        self.by_form: dict[str, dict] = {}

    def initialize(self, get_examples=None, *, nlp=None, gazetteer: str | None = None):
        self.by_form = {}
        for entry in read_gazetteer(gazetteer) if gazetteer else []:
            for form in [entry["name"], entry.get("acronym") or "", *entry.get("variants", [])]:
                if form:
                    self.by_form[org_key(form)] = entry

    def canonical(self, text: str) -> tuple[str, str]:
        """(name, acronym) for a span's text: the gazetteer's when known, else the text itself."""
        entry = self.by_form.get(org_key(text))
        if entry:
            return entry["name"], entry.get("acronym") or ""
        return re.sub(r"^(?i:the)\s+", "", squash(text)), ""

    def __call__(self, doc: Doc) -> Doc:
        records: dict[str, dict] = {}
        placed = []
        for ent in doc.ents:
            if ent.label_ not in self.labels or len(ent.text.strip()) < self.min_chars:
                continue
            name, acronym = self.canonical(ent.text)
            key = org_key(name)
            source = ent.ent_id_ or "ner"
            rec = records.get(key)
            if rec is None:
                rec = records[key] = {
                    "org_id": stable_id("o", key), "name": name, "acronym": acronym, "mentions": 0,
                    "start": ent.start_char, "end": ent.end_char, "source": source,
                }
            rec["mentions"] += 1
            placed.append({"start": ent.start_char, "end": ent.end_char, "org_id": rec["org_id"], "name": name})
            add_mention(doc, "ORG", ent.start_char, ent.end_char, source=source, normalized=name)
        doc._.organisations = sorted(records.values(), key=lambda r: r["start"])
        doc._.org_mentions = placed
        return doc
