"""The output contract in one place: every table, its columns and their rules.

One `Table` per output table, one `Column` per column, in the order they are written:
the columns of the contract users rely on (TABLES.md) first, then communique's extras.
Everything else that knows about tables is derived from these specs: the dtypes
(`typed`), the pandera schemas (schemas.py), `datapackage.json` (datapackage.py), the
diff's keys and labels (diff.py), the review page's columns (review.py), the tables
`communique eval` reads (evaluate.py) and the column reference, docs/tables.md
(reference.py). Adding a column is one edit here plus the code that fills it
(`tables.doc_rows`).

This module is the bottom layer: it imports nothing from the package.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

import pandas as pd

ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
#: An ISO date at its own granularity: `2018-10-09`, `2019-09` or `2020`.
ISO_ANY = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    #: "integer" is a nullable pandas Int64 (frictionless integer); "string" is a
    #: nullable pandas string (ISO dates included).
    type: Literal["string", "integer"] = "string"
    #: Filled in every row; the other columns may be empty.
    required: bool = False
    allowed: tuple[str, ...] = ()
    pattern: str = ""
    #: Smallest value allowed (integer columns); checked by the schema only, since
    #: datapackage.json has never declared it.
    minimum: int | None = None
    #: communique's own column, written after the contract's (not in TABLES.md).
    extra: bool = False

    @property
    def dtype(self) -> str:
        return "Int64" if self.type == "integer" else "string"


@dataclass(frozen=True)
class ForeignKey:
    """`fields` of a row name a row of `resource` (by the same field names)."""

    fields: tuple[str, ...]
    resource: str


@dataclass(frozen=True)
class Table:
    name: str
    #: What one row is ("person named in a document").
    row: str
    columns: tuple[Column, ...]
    #: Unique per table (empty: no key).
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    #: Matches a row of one run with the same row of another (`communique diff`), so a
    #: changed value shows as one changed row rather than one removed and one added.
    diff_key: tuple[str, ...] = ("doc_id",)
    #: The columns `communique diff` prints to name a row.
    diff_label: tuple[str, ...] = ()
    #: The columns the review page shows for each row (empty: the page does not list the table).
    shown: tuple[str, ...] = ()
    #: `communique eval` reads the table (the gold format annotates it).
    evaluated: bool = False

    def __post_init__(self):
        names = self.column_names
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: a column is declared twice")
        named = [*self.primary_key, *self.diff_key, *self.diff_label, *self.shown]
        named += [f for fk in self.foreign_keys for f in fk.fields]
        unknown = sorted(set(named) - set(names))
        if unknown:
            raise ValueError(f"{self.name}: keys or views name columns it does not have: {', '.join(unknown)}")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def sort_keys(self) -> list[str]:
        """Rows are sorted by doc_id, then char_start (the contract's order)."""
        return ["doc_id", "char_start"] if "char_start" in self.column_names else ["doc_id"]


# Columns most tables share.
DOC_ID = Column(
    "doc_id",
    "the source file's name without its extension (`raw/001_5576b482df7d9924.txt` → "
    "`001_5576b482df7d9924`); unique in a run",
    required=True,
)
CHAR_START = Column(
    "char_start",
    "where the span begins in the decoded source text, as a Python string index",
    type="integer",
    required=True,
    minimum=0,
)
CHAR_END = Column(
    "char_end",
    "where the span ends (exclusive), so that `text[char_start:char_end]` gives the span back",
    type="integer",
    required=True,
)
EVIDENCE = Column("evidence", "the sentence the row was read from")
SOURCE = Column(
    "source",
    "what produced the row: `ner` for the statistical model, or the id of the rule or pattern that fired",
    required=True,
)
IN_DOCUMENT = ForeignKey(("doc_id",), "documents")


def first_mention(column: Column) -> Column:
    return replace(column, description="first mention: " + column.description)


def located(*, first: bool = False) -> tuple[Column, ...]:
    """char_start, char_end, evidence, source: where a row was read, and by what."""
    start, end = (first_mention(CHAR_START), first_mention(CHAR_END)) if first else (CHAR_START, CHAR_END)
    return start, end, EVIDENCE, SOURCE


TABLE_SPECS: tuple[Table, ...] = (
    Table(
        "documents",
        "source document",
        (
            DOC_ID,
            Column("path", "the source file, relative to the input folder"),
            Column("sha256", "SHA-256 of the source file's bytes, in hex", pattern=r"^[0-9a-f]{64}$"),
            Column(
                "kind",
                "what the document is",
                required=True,
                allowed=("press_release", "speech", "news", "announcement", "unknown"),
            ),
            Column("title", "the document's title, or empty"),
            Column("published", "the date the document was published (YYYY-MM-DD), or empty", pattern=ISO_DAY),
            Column("place", "the dateline's city, or empty"),
            Column("chars", "length of the decoded text, in characters", type="integer", minimum=0),
            Column("status", "`error` when the document could not be read", required=True, allowed=("ok", "error")),
            Column("error", "why the document could not be read; empty when ok"),
        ),
        primary_key=("doc_id",),
        diff_label=("doc_id", "kind", "published", "status"),
        evaluated=True,
    ),
    Table(
        "people",
        "person named in a document",
        (
            DOC_ID,
            Column(
                "person_id",
                "one real person across all documents of a run and across runs "
                '("Sergey Lebedev" and "Sergei Lebedev", "Zas" and "Stanislav Zas" share one id)',
                required=True,
            ),
            Column("name", "the fullest form of the name in the document", required=True),
            Column("aliases", "the other forms the document uses, `|`-separated"),
            Column(
                "mentions", "how many times the document names the person", type="integer", required=True, minimum=0
            ),
            *located(first=True),
        ),
        primary_key=("doc_id", "person_id"),
        foreign_keys=(IN_DOCUMENT,),
        diff_key=("doc_id", "person_id"),
        diff_label=("name", "aliases"),
        shown=("name", "aliases", "mentions", "source", "evidence"),
        evaluated=True,
    ),
    Table(
        "roles",
        "title held by a person in a document",
        (
            DOC_ID,
            Column("person_id", "the person holding the title (their row in people.csv)", required=True),
            Column("name", "the person's name, as in people.csv", required=True),
            Column("title", 'the office ("Secretary General"); char_start and char_end locate it', required=True),
            Column(
                "organisation",
                "the body the office belongs to as the text writes it at the office (its acronym where it "
                'writes that: "Managing Director of IMF" → IMF), a country\'s name, or empty; '
                "org_id joins it to organisations.csv",
            ),
            *located(),
            Column(
                "org_id",
                "the organisation's row in organisations.csv of the same document, where it has one "
                "(whether the office names it by its name or its acronym); empty for a country or none",
                extra=True,
            ),
            Column(
                "country",
                "ISO 3166-1 alpha-3 code where the organisation is a country "
                '("Nigerian", "Nigeria" and "the Federal Republic of Nigeria" are NGA), or empty',
                pattern=r"^[A-Z]{3}$",
                extra=True,
            ),
        ),
        foreign_keys=(IN_DOCUMENT, ForeignKey(("doc_id", "person_id"), "people")),
        diff_key=("doc_id", "person_id", "title"),
        diff_label=("name", "title", "organisation"),
        shown=("name", "title", "organisation", "source", "evidence"),
        evaluated=True,
    ),
    Table(
        "organisations",
        "organisation named in a document",
        (
            DOC_ID,
            Column(
                "org_id",
                "one organisation across all documents of a run and across runs "
                '("OSCE" and "Organization for Security and Co-operation in Europe" share one id)',
                required=True,
            ),
            Column(
                "name",
                "the full name: a known body's canonical name; a country's body as the text first writes it "
                '(org_id is its canonical "<body> of <country>"\'s), and so a body named by another name of it '
                '("the Foreign Office") or a news agency by its short name ("Kyodo") where the text never '
                "writes the canonical name; a known body whose canonical name and acronym (in capitals) the "
                "text writes nowhere is named by the fullest form of it the text writes beyond an acronym "
                '("Arab League", "AU Assembly", "Collective Security Treaty Organisation"; an acronym in brackets '
                "inside it left out), org_id the canonical's; where the text writes it only by its acronym, "
                "the canonical name",
                required=True,
            ),
            Column("acronym", "the acronym, or empty"),
            Column(
                "mentions",
                "how many times the document names the organisation",
                type="integer",
                required=True,
                minimum=0,
            ),
            *located(first=True),
        ),
        primary_key=("doc_id", "org_id"),
        foreign_keys=(IN_DOCUMENT,),
        diff_key=("doc_id", "org_id"),
        diff_label=("name", "acronym"),
        shown=("name", "acronym", "mentions", "source", "evidence"),
        evaluated=True,
    ),
    Table(
        "dates",
        "calendar expression in a document",
        (
            DOC_ID,
            Column("text", "the expression as written", required=True),
            Column(
                "start",
                "first day it covers, ISO at the expression's own granularity "
                "(`2018-10-09`, `2019-09`, `2020`); empty when unresolved",
                pattern=ISO_ANY,
            ),
            Column("end", "last day it covers, like `start`", pattern=ISO_ANY),
            Column(
                "granularity",
                "how precise the expression is; empty when unresolved",
                allowed=("day", "month", "season", "year"),
            ),
            Column(
                "role",
                "the document's publication date, an event's date, or another date",
                required=True,
                allowed=("published", "event", "other"),
            ),
            *located(),
        ),
        foreign_keys=(IN_DOCUMENT,),
        diff_key=("doc_id", "char_start", "char_end"),
        diff_label=("text", "start", "end"),
        shown=("text", "start", "end", "granularity", "role", "source", "evidence"),
        evaluated=True,
    ),
    Table(
        "counts",
        "number of people, countries, organisations or delegations taking part",
        (
            DOC_ID,
            Column("text", "the count as written", required=True),
            Column("value", "the number, whether written in digits or words", type="integer", required=True, minimum=0),
            Column(
                "qualifier",
                "how the text bounds the number",
                required=True,
                allowed=("exact", "more_than", "less_than", "about", "at_least", "up_to"),
            ),
            Column(
                "unit",
                "what is counted (normalised: delegates → participants, states → countries)",
                required=True,
                allowed=("participants", "countries", "organisations", "delegations"),
            ),
            *located(),
            Column("event", "name of the event the count belongs to, where the sentence says so", extra=True),
        ),
        foreign_keys=(IN_DOCUMENT,),
        diff_key=("doc_id", "char_start", "char_end"),
        diff_label=("text", "value", "qualifier", "unit"),
        shown=("text", "value", "qualifier", "unit", "event", "source", "evidence"),
        evaluated=True,
    ),
    Table(
        "mentions",
        "entity span found, before merging",
        (
            DOC_ID,
            Column(
                "label",
                "the span's label: the model's (PERSON, ORG, GPE, DATE, …) or a rule's (TITLE, COUNT, EVENT)",
                required=True,
            ),
            Column("text", "the span as written", required=True),
            CHAR_START,
            CHAR_END,
            Column(
                "normalized",
                "what the span became: the row it ended in, in that row's own form (an organisation's `name`), or `dropped:<reason>` "
                "when it became no row (`dropped:no-row` when no rule gave a reason); empty when the row "
                "has no canonical form (an unresolved date)",
            ),
            SOURCE,
            replace(EVIDENCE, extra=True),
        ),
        foreign_keys=(IN_DOCUMENT,),
        diff_key=("doc_id", "label", "char_start", "char_end", "source"),
        diff_label=("label", "text", "normalized", "source"),
    ),
    Table(
        "events",
        "named event a document reports",
        (
            DOC_ID,
            Column("name", "the event's name", required=True),
            Column("place", "where it takes place, or empty"),
            Column("start", "its first day, ISO at its own granularity, or empty", pattern=ISO_ANY),
            Column("end", "its last day, like `start`", pattern=ISO_ANY),
            *(replace(c, required=False, extra=True) for c in located()),
        ),
        foreign_keys=(IN_DOCUMENT,),
        diff_key=("doc_id", "name"),
        diff_label=("name", "place", "start", "end"),
        shown=("name", "place", "start", "end", "source", "evidence"),
        evaluated=True,
    ),
)

SPECS: dict[str, Table] = {t.name: t for t in TABLE_SPECS}
TABLE_NAMES: list[str] = list(SPECS)
COLUMNS: dict[str, list[str]] = {t.name: t.column_names for t in TABLE_SPECS}
PRIMARY_KEYS: dict[str, list[str]] = {t.name: list(t.primary_key) for t in TABLE_SPECS if t.primary_key}
SORT_KEYS: dict[str, list[str]] = {t.name: t.sort_keys for t in TABLE_SPECS}
#: Integer columns (nullable Int64); every other column is text. A column name has one
#: type in every table (tests/test_contract_spec.py checks it), so frames are typed by name.
INTEGER_COLUMNS: set[str] = {c.name for t in TABLE_SPECS for c in t.columns if c.type == "integer"}


def dtype_of(column: str) -> str:
    return "Int64" if column in INTEGER_COLUMNS else "string"


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """The contract's dtypes; empty strings become <NA>."""
    out = {}
    for col in df.columns:
        s = df[col]
        if dtype_of(col) == "Int64":
            out[col] = pd.to_numeric(s.replace("", None), errors="raise").astype("Int64")
        else:
            s = s.astype("object").where(s.notna(), None)
            out[col] = s.map(lambda v: None if v is None or v == "" else str(v)).astype("string")
    return pd.DataFrame(out, columns=df.columns)


def typed_values(column: str, values) -> pd.api.extensions.ExtensionArray:
    """A column of plain Python values (int or str as the contract types the column,
    or None) with the contract's dtype, as `typed` gives it; empty strings become <NA>."""
    if dtype_of(column) == "Int64":
        return pd.array(list(values), dtype="Int64")
    return pd.array([v or None for v in values], dtype="string")
