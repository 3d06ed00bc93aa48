"""Every entity span found, before any merging: the `mentions` table.

`communique_ner_mentions` sits right after the statistical NER and records what the
model said before the rule components relabel or overwrite it; the other components
add the spans they find or decide on through `add_mention`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text import text_of

if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


#: Where spaCy keeps `doc._.mentions` (`Underscore` reads and writes `doc.user_data` under
#: this key; reading it directly spares building an `Underscore` on each of the thousands
#: of mentions a run adds).
_MENTIONS_KEY = ("._.", "mentions", None, None)


def add_mention(doc: Doc, label: str, start: int, end: int, *, source: str, normalized: str = "") -> None:
    mentions = doc.user_data.get(_MENTIONS_KEY)
    if mentions is None:
        mentions = doc.user_data[_MENTIONS_KEY] = []
    mentions.append(
        {
            "label": label,
            "start": start,
            "end": end,
            "text": text_of(doc)[start:end],
            "normalized": normalized,
            "source": source,
        }
    )


@Language.factory("communique_ner_mentions", assigns=["doc._.mentions"], default_config={"source": "ner"})
class NerMentions:
    """Snapshot the model's entities as mentions, so later relabelling stays visible."""

    def __init__(self, nlp: Language, name: str, *, source: str):
        self.name, self.source = name, source

    def __call__(self, doc: Doc) -> Doc:
        for ent in doc.ents:
            add_mention(doc, ent.label_, ent.start_char, ent.end_char, source=self.source)
        return doc
