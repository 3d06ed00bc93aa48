"""Document metadata: kind, title (the headline, not the site's navigation), the
dateline's place and the news agency a dateline names. Runs after `communique_dates`,
which decides the published date and marks each header date with the shape of its line
(`pipeline.datelines`), and before `communique_organisations`, which reads
`doc._.dateline_agency`.

Cues are data (the lexicon's `kind_cue`, `headline_kind_cue`, `heading_kind_cue` and `page_furniture`
kinds). The headline is chosen by signals that
hold across sites: page furniture, navigation blocks (runs of short lines), breadcrumbs,
mastheads, labels and sentences are never titles; a line repeated on the page, or
standing next to the header date, is a headline. Where the input named its headline (an
HTML page's `<h1>`, in `doc._.headline`), that is the title.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..datelines import (
    UNDATED_NAMED_DATELINE,
    agency_like,
    byline_agency,
    dateline_agency,
    header_place,
    opening_lines,
    undated_dateline,
)
from ..layout import Line, furniture_lines, lines_of
from ..text import squash, text_index, text_of

for ext in ("kind", "title", "place", "dateline_agency", "headline"):
    if not Doc.has_extension(ext):
        Doc.set_extension(ext, default=None)

KIND_ORDER = ("speech", "news", "announcement", "press_release")
#: "Home > Newsroom > News": a breadcrumb trail.
BREADCRUMB = re.compile(r"[>»›]")
#: "By Jane Roe": a byline.
BYLINE = re.compile(
    # class: a byline in another wording or language ("Edited by …", "Editado por …", "Par …")
    r"^(?:(?:Written|Edited|Reported|Posted|Compiled|Photos?|Text)\s+by|By|(?:Editado|Escrito|Redactado|Publicado)\s+por"
    r"|Por|Par|Von|Door)\s+[A-Z]"
)
#: A sentence inside a line ("… edition. (end)"), or one ending it before a closing quote.
SENTENCE = re.compile(r"[a-z0-9]{2}[\"'”’)\]]*[.!?][\"'”’)\]]*(\s|$)")
#: Rule `kind:release-number`: a release's own number ("PR No. 17", "NR/ 012/2020").
RELEASE_NUMBER = re.compile(r"^[ \t]*(?:PR|NR)[ \t]*(?:No\.?|/)[ \t]*\d", re.M)
#: Rule `kind:byline`: a line holding only a byline of a named writer ("By Jane Roe"): a
#: newspaper's or an agency's item, news (a release signs with a body, not a reporter).
BYLINE_LINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]*$", re.M)
#: A cue's slot for a weekday's full name (rule `kind:reported-weekday`: "said on {weekday}").
WEEKDAY_SLOT = "{weekday}"
#: Rule `kind:communique-line`: a line that is only a communiqué's name ("FINAL COMMUNIQUE").
COMMUNIQUE_LINE = re.compile(r"^[ \t]*(?:[\w'’-]+[ \t]+){0,3}communiqu[eé][ \t]*$", re.M | re.I)
#: Rule `place:bare-dateline`: a dateline with no date, its city in capitals ("OSLO –") or
#: followed by the agency's name ("Lisbon (Agency) –"); the place only, never an agency.
BARE_DATELINE = re.compile(
    # class: the city in capitals, a full stop, then the agency's name and a dash ("LIMA. XNA - The
    # …"): the city alone is the place, the agency is the dateline's
    r"^[ \t]*(?:(?P<caps_city>(?:[A-Z][A-Z'’-]+[ \t]){0,2}[A-Z][A-Z'’-]{2,})\.[ \t]+"
    r"(?P<agency>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)[ \t]+[–—-]"
    r"|(?P<caps>[A-Z][A-Z.'’]+(?:[ \t][A-Z][A-Z.'’]+){0,2})[ \t]+[–—-]"
    r"|(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})[ \t]*\([A-Z][^()\n]{1,40}\)[ \t]*[–—-])[ \t]+[A-Z]",
    re.M,
)
#: Rule `place:city-dash`: a dateline with no date, its city in title case and a spaced dash before
#: the body ("Lima – The ministers …", "Lima - The …"); a place only where the words are a capital
#: of the countries gazetteer or a place the NER names (never "Update – The …").
CITY_DASH_DATELINE = re.compile(r"^[ \t]*(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})[ \t]+[–—-][ \t]+[A-Z\"“]", re.M)
#: Rule `kind:first-person`: "I" in the narrative, on a line with no quotation in it ("may I
#: welcome all the delegates", "I wish to acknowledge …"): a speaker's own words, not a report's.
FIRST_PERSON = re.compile(r"(?:^|[\s,;(])I(?:'m|’m|'ve|’ve)?(?=[\s,;])")
QUOTE_MARK = re.compile(r"[\"“”«»]")
#: The items of a speech's opening salutation list ("…; distinguished guests; ladies and gentlemen.").
SALUTATION_ITEMS = re.compile(r"[;,]\s*(?:and\s+)?")
#: Never a title (rule `title:caption`): a photo caption or its credit ("Photo: …", "(Credit: …)").
CAPTION = re.compile(r"^(?:Photo|Caption|Picture)\b|\((?:Photo|Credit|Source)s?:|^Sources?\s*:", re.I)
#: The crawler's stamp opening a text (" date 2021-05-03 …"), glued to the page's first line.
CRAWL_STAMP = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*")
#: Rule `title:sentence-acronym`: a line ending in a full stop right after an acronym ("… the
#: charter of the XYZ."), as a sentence does and a headline does not.
ACRONYM_END = re.compile(r"[\s(][A-Z]{2,}\)?[.!?][\"'”’)\]]*$")
#: class: a sentence that ends in a day's number ("… made the announcement in Lima on May 3."): no headline.
DAY_END = re.compile(r"\s[A-Za-z]\w*\s+\d{1,2}\.$")
#: class: a bullet opening a line ("· THE INNER CIRCLE", "• Key points"): a list item, no headline.
BULLET = re.compile(r"^[·•▪●◦‣*][ \t]*")
#: class: an agenda item's label, a UN paper's running head ("Item 6 of the provisional agenda",
#: "Agenda item 12"): no headline, however often the page repeats it.
AGENDA_ITEM = re.compile(r"^(?:provisional\s+)?(?:agenda\s+)?item\s+\d+\b", re.I)
#: class: a short heading (two or three capitalised words, short joiners between: "Trade Relations",
#: "The Summit") is the title only where no longer line is, and only over the body's first paragraph
#: or right above the header date.
SHORT_HEADING = re.compile(r"^(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|and|for|the|on|in|to)[ \t]+)?){1,2}[A-Z][\w’'-]*$")
#: A label of page furniture closing in a colon ("Read more:", "See also:"); rule `title:link-list`.
LABEL_COLON = re.compile(r"^[A-Z][\w ]{0,30}:$")
#: Never a title (rule `title:numbered`): a numbered paragraph ("4. The ministers agreed …").
NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s")


def document_lines(doc: Doc) -> list[Line]:
    """`layout.lines_of(text)`, made once per document and kept on its text index, where the
    organisations' page furniture can read the same list."""
    index = text_index(doc)
    lines = index.derived.get("lines")
    if lines is None:
        lines = index.derived["lines"] = lines_of(index.text)
    return lines


@Language.factory(
    "communique_metadata",
    assigns=["doc._.kind", "doc._.title", "doc._.place", "doc._.dateline_agency"],
    default_config={
        "min_title_words": 4,
        "menu_min_lines": 3,
        "menu_max_words": 7,
        "head_chars": 3000,
        "dateline_lines": 6,
    },
    requires=["doc._.dates", "doc._.published"],
)
class DocumentMetadata:
    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        min_title_words: int,
        menu_min_lines: int,
        menu_max_words: int,
        head_chars: int,
        dateline_lines: int,
    ):
        self.name, self.min_title_words, self.head_chars = name, min_title_words, head_chars
        self.dateline_lines = dateline_lines
        self.menu_min_lines, self.menu_max_words = menu_min_lines, menu_max_words
        self.cues: dict[str, list[str]] = {}
        self.release_cues: set[str] = set()
        self.release_openings: tuple[str, ...] = ()
        self.weak_tiers: tuple[dict[str, str], ...] = ()
        self.headline_cues: dict[str, list[str]] = {}
        self.heading_cues: dict[str, list[str]] = {}
        self.boilerplate: set[str] = set()
        self.salutations: set[str] = set()
        self.not_agencies: set[str] = set()
        self.agency_words: set[str] = set()

    def initialize(self, get_examples=None, *, nlp=None, lexicon):
        # Rule `kind:reported-weekday`: a cue with a weekday's slot ("said on {weekday}") stands for
        # the cue with each weekday's full name: reported speech dated by its weekday is news.
        days: dict[str, str] = {}
        for term, number in lexicon.mapping("weekday").items():
            if term.isalpha() and len(term) > len(days.get(number, "")):
                days[number] = term.lower()

        def spelled(mapping: dict[str, str]) -> dict[str, str]:
            return {
                spelled: kind
                for term, kind in mapping.items()
                for spelled in (
                    [term.replace(WEEKDAY_SLOT, d) for d in days.values()] if WEEKDAY_SLOT in term else [term]
                )
            }

        cues = spelled(lexicon.mapping("kind_cue"))
        # review 4, finding 2: a weak cue ("according to", "said on Monday") only breaks a tie
        # over a release's own strong cues ("is pleased to announce"), yet outweighs a narrative one
        # ("was held", "hosted") that any report of a meeting writes
        weak = spelled(lexicon.mapping("kind_weak_cue"))
        narrative = spelled(lexicon.mapping("kind_narrative_cue"))
        self.cues = {k: [term for term, kind in cues.items() if kind == k] for k in KIND_ORDER}
        self.release_cues = set(self.cues["press_release"])
        self.release_openings = tuple(self.cues["press_release"])
        self.weak_tiers = (weak, narrative)
        heading = lexicon.mapping("heading_kind_cue")
        self.heading_cues = {k: [term for term, kind in heading.items() if kind == k] for k in KIND_ORDER}
        headline = narrative | weak | cues | lexicon.mapping("headline_kind_cue") | heading
        self.headline_cues = {k: [term for term, kind in headline.items() if kind == k] for k in KIND_ORDER}
        self.boilerplate = set(lexicon["page_furniture"])
        self.section_headings = set(lexicon["section_heading"])
        self.salutations = set(lexicon["speech_salutation"])
        self.document_nouns = tuple(f" {term.lower()}" for term in lexicon["document_noun"])
        self.relative_days = set(lexicon["relative_day"])
        self.body_heads = {t for k in ("body_noun", "government_noun") for t in lexicon[k] if " " not in t}
        # review 3, findings 14 and 15: words beside a dateline's date that are no agency
        self.not_agencies = (
            set(lexicon["weekday"])
            | set(lexicon["month"])
            | set(lexicon["wire_tag"])
            | set(lexicon["region_code"])
            | {t.lower() for t in lexicon["not_org_acronym"]}
        )
        self.agency_words = set(lexicon["agency_word"])

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        rows = doc._.dates or []
        published = [d for d in rows if d["role"] == "published"]
        # The published date's own line (a crawler's stamp stands on no line of its own).
        published_row = next((d for d in published if d.get("header") != "crawler"), None)
        dateline_row = next((d for d in rows if d.get("header") == "dateline" and d["start"] < self.head_chars), None)
        # Rule `place:after-stamp`: a dateline glued to the crawler's stamp (" date 2019-05-04 LIMA –
        # The …") opens the page's first line; the stamp is blanked out, offsets kept.
        head = CRAWL_STAMP.sub(lambda m: " " * len(m.group()), text[: self.head_chars], count=1)
        header_rows = [d for d in rows if d.get("header")]
        doc._.title, title_at = self.title_at(text, published_row, doc._.headline, header_rows, document_lines(doc))
        # A dateline with no date opens the body: it is looked for only on the headline's line
        # and the few lines below it (or the page's first lines), never further down, where a
        # menu's "Home -/News/-" or a related item's dateline stands (review 1, finding 11).
        window = opening_lines(head, title_at, self.dateline_lines)
        undated = None if dateline_row else undated_dateline(head, *window, self.not_agencies)
        if undated and self._person_place(doc, undated[0]):
            undated = None
        if dateline_row:
            doc._.dateline_agency = dateline_agency(
                text, dateline_row["start"], dateline_row["end"], self.not_agencies, self.agency_words
            )
        else:
            doc._.dateline_agency = undated[1] if undated else None
        if doc._.dateline_agency is None:
            # class: an agency's tag after the byline ("By Jane Roe -XNA-") credits the item's agency
            doc._.dateline_agency = byline_agency(head, *window)
        doc._.place = self.place(text, dateline_row, published_row)
        if doc._.place and self._no_place(doc, doc._.place, doc._.title):
            doc._.place = None
        # Rule `place:no-relative-day`: "Today, 25 November, the Speaker …" names no place.
        if doc._.place and doc._.place.lower() in self.relative_days:
            doc._.place = None
        if doc._.place is None and undated:
            doc._.place = squash(text[undated[0][0] : undated[0][1]]).title()
        if doc._.place is None and (bare := BARE_DATELINE.search(head, *window)):
            doc._.place = squash(bare["caps_city"] or bare["caps"] or bare["city"]).title()
            if bare["agency"] and doc._.dateline_agency is None and agency_like(bare["agency"], self.not_agencies):
                doc._.dateline_agency = bare.span("agency")
        if doc._.place is None and (city := CITY_DASH_DATELINE.search(head, *window)):
            span = doc.char_span(*city.span("city"))
            # class (review rev2, finding 5): the dateline opens the body, so no sentence stands
            # between the headline's line and it; "Brussels – The talks …" further down the
            # body is a paragraph, not the dateline
            above = window[0]
            if doc._.title and 0 <= head.find("\n", window[0]) < city.start():
                above = head.find("\n", window[0]) + 1
            if span is not None and SENTENCE.search(head, above, city.start()):
                span = None
            if span is not None and (
                all(t._.country_role == "capital" for t in span)
                or any(e.label_ in ("GPE", "LOC") and (e.start, e.end) == (span.start, span.end) for e in doc.ents)
            ):
                doc._.place = squash(span.text)
        doc._.kind = self.kind(text[: self.head_chars], doc._.dateline_agency is not None, doc._.title)
        return doc

    def kind(self, head: str, agency_dateline: bool = False, title: str | None = None) -> str:
        """The headline's cue first ("Closing remarks at …" is a speech), then an agency's
        dateline (news), then a release's number ("PR No. 12", a press release), then a
        salutation (a line holding only one, "Madam President,", or a list ending in one), then
        a speaker's "I", then the first cue near the top; else news."""
        low_title = (title or "").lower()
        for kind in KIND_ORDER:
            if any(c in low_title for c in self.headline_cues[kind]):
                return kind
        if agency_dateline:
            return "news"
        if RELEASE_NUMBER.search(head) or COMMUNIQUE_LINE.search(head):
            return "press_release"
        lines = head.split("\n")
        if any(self._salutes(line) for line in lines):
            return "speech"
        # Rule `kind:first-person`: "I" on two lines of the top part that quote no one. (The
        # lines are asked only where the whole top part holds an "I": a search over the text
        # finds every one a line's search finds, and most releases hold none; speed, #18.)
        if FIRST_PERSON.search(head) is not None and sum(self._first_person(line) for line in lines) >= 2:
            return "speech"
        # Class: the release's own label heading a line (a speech's salutation and "I" aside) ("PRESS RELEASE", "Press release: …", "For
        # immediate release") says what the page is; a news cue further down ("… told reporters")
        # or a menu's "News" is no reason to call it news.
        if self._holds_release_cue(head) and any(self._release_label(line) is not None for line in lines):
            return "press_release"
        low = head.lower()
        # Rule `kind:heading-cue`: a cue that names a speech ("Keynote address by …") counts where
        # it heads the page, on a line that is no sentence; inside a sentence ("opened with a
        # keynote by the minister") a report tells of a speech.
        headings = "\n".join(line for line in lines if not SENTENCE.search(line)).lower()
        for kind in KIND_ORDER:
            if any(c in low for c in self.cues[kind]) or any(c in headings for c in self.heading_cues[kind]):
                return kind
            if kind == "news" and any(self._writer_byline(m) for m in BYLINE_LINE.finditer(head)):
                return kind
        for tier in self.weak_tiers:
            for kind in KIND_ORDER:
                if any(c in low for c, k in tier.items() if k == kind):
                    return kind
        # Rule `kind:news-default`: an item with no cue reads as a news item, news being the
        # commonest kind ("unknown" is never a text's kind in the gold).
        return "news"

    def _holds_release_cue(self, head: str) -> bool:
        """Whether one of the press release's cues stands anywhere in the text, its whitespace
        squashed: a line that `_release_label` answers for holds one (its squashed words stand
        in the text's, in a row), so where the text holds none no line is asked (speed, #18)."""
        low = squash(head).lower()
        return any(cue in low for cue in self.release_openings)

    def _release_label(self, line: str) -> str | None:
        """What follows a release's label opening the line ("" for a line that is only the label,
        "Ministers agree …" for "Press release: Ministers agree …"), else None: the label is one of
        the press release's own cues (the lexicon's `kind_cue`), alone or before a colon."""
        text = squash(line)
        low = text.lower()
        # one test for most lines: the loop below answers only where a cue is the line or opens it
        if low.rstrip(" :") not in self.release_cues and not low.startswith(self.release_openings):
            return None
        for cue in self.cues.get("press_release", ()):
            if low.rstrip(" :") == cue:
                return ""
            if low.startswith(cue) and low[len(cue) :].lstrip().startswith(":"):
                return text[len(cue) :].lstrip()[1:].strip()
        return None

    def _writer_byline(self, match: re.Match) -> bool:
        """Rule `kind:byline`: the byline names a writer, not a unit signing the release ("By
        Communications Unit", "By Press Office"): none of its words is a body's head noun."""
        words = match.group().split()[1:]
        return not any(w.lower().strip(".'’") in self.body_heads for w in words)

    def _salutes(self, line: str) -> bool:
        """A line holding only a salutation ("Madam President,"), or a salutation list that
        ends with one ("Ministers; distinguished guests; ladies and gentlemen.", rule
        `kind:salutation-list`)."""
        low = line.strip().rstrip(",:!.").lower()
        if low in self.salutations:
            return True
        items = SALUTATION_ITEMS.split(low)
        return len(items) >= 3 and items[-1].strip() in self.salutations

    @staticmethod
    def _first_person(line: str) -> bool:
        return bool(FIRST_PERSON.search(line)) and not QUOTE_MARK.search(line)

    @staticmethod
    def _person_place(doc: Doc, span: tuple[int, int]) -> bool:
        """review (over-firing class): an undated dateline's place that the model reads as a
        person is a speaker's line of a programme ("Anna Berg, Director (UNEP) – The role of …"),
        no agency's relay."""
        text = text_of(doc)  # the text index's copy: `doc.text` joins every token again
        line_start = text.rfind("\n", 0, span[0]) + 1
        named = UNDATED_NAMED_DATELINE.match(text, line_start)
        if named is None or named.span("place") != tuple(span):
            return False  # only the title-case "Place, Country (Agency) –" shape ("Valdera (QPN)" stays)
        found = doc.char_span(span[0], span[1], alignment_mode="expand")
        return found is not None and all(t.ent_type_ == "PERSON" for t in found)

    def _no_place(self, doc: Doc, place: str, title: str | None) -> bool:
        """Rule `place:no-furniture-or-headline`: page furniture ("Share", "Print") is no
        dateline city, nor a word of a headline in capitals ("WATER PLAN ADOPTED") that no place
        entity, country or capital covers where the dateline writes it."""
        low = place.lower()
        if low in self.boilerplate or low.split()[-1] in self.body_heads:
            return True  # "Share, 4 May …"; "Press Office, 4 May 2024": a body signs, no place
        if not title or not title.isupper() or f" {low} " not in f" {squash(title.lower())} ":
            return False
        text = text_of(doc)
        at = text.upper().find(place.upper() + ",")
        span = doc.char_span(at, at + len(place), alignment_mode="expand") if at >= 0 else None
        if span is None:
            return False
        return not any(t.ent_type_ in ("GPE", "LOC", "FAC") or t._.country for t in span)

    @staticmethod
    def place(text: str, dateline_row: dict | None, published_row: dict | None) -> str | None:
        """The dateline's city ("MINSK" of "MINSK, 9 October (BelTA) -"), else the place
        written before the header date ("Geneva, 5 June 2021")."""
        for row in (dateline_row, published_row):
            if row and row.get("header") in ("dateline", "standalone"):
                found = header_place(text, row["start"], row["end"], row["header"])
                if found:
                    return squash(text[found[0] : found[1]]).title()
        return None

    def title(
        self, text: str, published_row: dict | None, headline: str | None = None, header_rows: list[dict] = ()
    ) -> str | None:
        return self.title_at(text, published_row, headline, header_rows)[0]

    def title_at(
        self,
        text: str,
        published_row: dict | None,
        headline: str | None = None,
        header_rows: list[dict] = (),
        lines: list[Line] | None = None,
    ) -> tuple[str | None, int]:
        """The title and the offset of the line it starts on (0 where no line of the text holds it).
        `lines` are the text's `layout.lines_of`, where the caller has them (the text index's)."""
        if headline and squash(headline):
            return squash(headline), max(text.find(headline.strip()), 0)
        if lines is None:
            lines = lines_of(text)
        starts = [line.start for line in lines]
        furniture = furniture_lines(lines, self.boilerplate, min_run=self.menu_min_lines, max_words=self.menu_max_words)
        menus = furniture - {i for i, line in enumerate(lines) if line.text.lower() in self.boilerplate}
        # A site prints the headline twice (page title, article title), one right after the other.
        repeated = {
            line.text for i, line in enumerate(lines) if any(line.text == other.text for other in lines[i + 1 : i + 4])
        }

        def line_of(pos: int) -> int | None:
            """The last line starting at or before `pos` (lines are in order of their starts)."""
            k = bisect_right(starts, pos)
            return k - 1 if k else None

        date_line = line_of(published_row["start"]) if published_row else None
        # class: a headline closing in the page's date ("Envoys Close Round of Water Talks … - 2011-03-09",
        # the dates component's shape "title"): the title is that line up to its date
        if date_line is not None and published_row.get("header") == "title":
            head = squash(text[lines[date_line].start : published_row["start"]]).rstrip(" -–—|,:")
            if self._headline_like(head):
                return head, lines[date_line].start
        # class: a date signing the page at its foot ("Ministry of X / City / 6 May 2019" under
        # the body) marks no headline: the lines above it are a signature block
        if published_row and published_row.get("header") in ("footer", "label:late"):
            date_line = None
        elif date_line is not None:
            body = [ln for ln in lines[:date_line] if SENTENCE.search(ln.text) and len(ln.text.split()) >= 12]
            if len(body) >= 2:  # two paragraphs of the body above it: the date signs the page
                date_line = None
        # Lines holding a header date (a masthead's, the document's) are dates, not titles;
        # a crawler's stamp is glued to the page's first text, which is never its headline.
        dated = {line_of(d["start"]) for d in header_rows}
        crawl_line = next((line_of(d["start"]) for d in header_rows if d.get("header") == "crawler"), None)
        # Rule `title:link-list`: the lines under a label ending in a colon ("Read more:") that
        # are all headline-like, two at least, are links to other items, never this one's title.
        linked: set[int] = set()
        for i, line in enumerate(lines):
            # review 4, finding 5: a release marker ("For immediate release:", "Press release:")
            # labels the item itself, not a list of links
            label = line.text.rstrip(":").strip().lower()
            if LABEL_COLON.match(line.text) and not any(label in cs for cs in self.cues.values()):
                run = list(itertools.takewhile(lambda j: self._headline_like(lines[j].text), range(i + 1, len(lines))))
                if len(run) >= 2:
                    linked.update(run)
        # Class: after a release's label ("Press release: Ministers agree …", or "Press release" on
        # its own line) the headline is the title, not the standfirst under it nearer the date.
        labelled: dict[int, str] = {}
        for i, line in enumerate(lines[:40]):
            rest = self._release_label(line.text)
            if rest:
                labelled[i] = rest
            elif rest == "" and i + 1 < len(lines):
                labelled[i + 1] = lines[i + 1].text
        best, best_score, best_at = None, None, 0
        for i, line in enumerate(lines[:40]):
            if i in labelled and labelled[i] != line.text:
                line = replace(line, text=labelled[i])
            # Rule `title:after-stamp`: the text glued to the crawler's stamp is the headline
            # when the page's own date stands on the very next line and it reads as one (a
            # lower-case word: no menu of capitalised items).
            if i == crawl_line and date_line == i + 1:
                glued = CRAWL_STAMP.sub("", line.text)
                if re.search(r"\s[a-z]", glued) and self._headline_like(glued):
                    line = replace(line, text=glued)
                    dated = dated - {i}
            if i == date_line or i in dated or i in linked or not self._headline_like(line.text):
                continue
            # Rule `title:last-line`: the text's last line is where a page was cut off, never its headline.
            if i == len(lines) - 1 and i > 0:
                continue
            gap = None if date_line is None else date_line - i
            # A headline is repeated on the page, or stands above the header date (right above
            # it best), or right below it when nothing above does.
            near = 0.0 if gap is None else 1.5 if gap == 1 else 1.0 if 0 < gap <= 4 else 0.75 if -2 <= gap < 0 else 0
            # A headline set inside a run of short lines (a menu) shows itself by repeating or
            # by standing right beside the header date; other lines of a menu are not titles.
            # class: a headline in a run of short lines right above another header date (an
            # "Updated: …" stamp that is not the published one) shows itself the same way
            beside = gap in (1, -1) or (i + 1) in dated
            if i in furniture and not (i in menus and (line.text in repeated or beside)):
                continue
            title = self._continued(lines, i, line.text, dated)
            if title is None:
                continue
            score = (2 if line.text in repeated else 0) + near + (2 if i in labelled else 0)
            # A speech's title beside its date opens with what it is ("Remarks by …").
            opening = " ".join(line.text.lower().split()[:4])
            if near and any(cue in opening for cue in self.cues["speech"] + self.heading_cues["speech"]):
                score += 1
            if best_score is None or score > best_score:
                best, best_score, best_at = title, score, line.start
        if best is None:
            best, best_at = self._short_heading(lines, furniture, dated | {date_line}), 0
            if best is not None:
                best_at = next(line.start for line in lines if line.text == best)
        return best, best_at

    def _short_heading(self, lines: list[Line], furniture: set[int], dated: set[int | None]) -> str | None:
        """A short heading at the top of the page ("Trade Relations"): the first line of two or
        three capitalised words (`SHORT_HEADING`), no sentence above it, that stands right
        above a header date or right above the body's first paragraph (a line that is a
        sentence); never furniture, a boilerplate line, a date line or a body's name (a
        masthead)."""
        for i, line in enumerate(lines[:12]):
            if i in dated or line.text.lower() in self.boilerplate:
                continue
            if SENTENCE.search(line.text):
                return None  # the body began: no heading above it
            if i in furniture and (i + 1) not in dated:
                continue
            words = line.text.lower().split()
            # class (review rev2, finding 4): a site's section heading over the page ("News Room",
            # "Media Centre", `section_heading`) is navigation, not the document's heading
            if " ".join(words) in self.section_headings:
                continue
            if not SHORT_HEADING.match(line.text) or words[0] in self.body_heads or words[-1] in self.body_heads:
                continue  # "Ministry of Foreign Affairs" over the body: the issuing body, a masthead
            if (i + 1) in dated or (i + 1 < len(lines) and SENTENCE.search(lines[i + 1].text)):
                return line.text
        return None

    def _headline_like(self, line: str) -> bool:
        """Headlines are short; they are not sentences, labels ("Highlights:"), breadcrumbs
        ("Home > News > …") or mastheads that print the site's name over and over."""
        words = line.split()
        # Rule `title:short-caps`: a short headline in capitals that names the document
        # ("LISBON DECLARATION", "FINAL COMMUNIQUE") is a title however few its words.
        if 2 <= len(words) < self.min_title_words and line.isupper() and not NUMBERED.match(line):
            return f" {line.lower()}".endswith(self.document_nouns)
        if not self.min_title_words <= len(words) <= 30:
            return False
        if (
            SENTENCE.search(line)
            or ACRONYM_END.search(line)
            or line.endswith(":")
            or BREADCRUMB.search(line)
            or BYLINE.match(line)
            or BULLET.match(line)
            or AGENDA_ITEM.match(line)
            or (len(words) >= 6 and DAY_END.search(line))
        ):
            return False
        # A caption, a numbered paragraph or a lower-case tagline.
        if CAPTION.search(line) or NUMBERED.match(line) or line[0].islower():
            return False
        return len({w.lower() for w in words}) > len(words) / 2

    def _continued(self, lines: list[Line], i: int, first: str, dated: set[int | None]) -> str | None:
        """A headline set over several lines ("Remarks by X," / "Title of Y") joined back;
        None for the start of a sentence that a date line cuts off ("… campus," / "11/9/2021")."""
        out = first
        j = i + 1
        while j < len(lines) and j < i + 4 and re.search(r"(,|\bof|\band|\bthe)$", out):
            if j in dated or SENTENCE.search(lines[j].text):
                return None
            out = f"{out} {lines[j].text}"
            j += 1
        return out.rstrip(" ,")
