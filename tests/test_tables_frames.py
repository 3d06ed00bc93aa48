"""Tables.from_rows: rows in the contract's order (doc_id, char_start as a number, then
every other column as text, a missing value last), typed as the contract says, the same
frames whichever way they are built (column by column in Python, or by pandas for cells
of unexpected types)."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from pipeline.contract import COLUMNS, INTEGER_COLUMNS, SORT_KEYS
from pipeline.tables import Tables, _frame_of_plain_rows, _frame_of_rows


def count_row(doc_id="d1", start=0, value=1, text="ten delegations", event="", **more):
    row = {
        "doc_id": doc_id,
        "text": text,
        "value": value,
        "qualifier": "exact",
        "unit": "delegations",
        "char_start": start,
        "char_end": None if start is None else start + 5,
        "evidence": "They came.",
        "source": "count_rule",
        "event": event,
    }
    return row | more


@pytest.mark.parametrize(
    "rows, expected_texts",
    [
        # offsets are numbers: 131 before 1000
        ([count_row(start=1000, text="b"), count_row(start=131, text="a")], ["a", "b"]),
        # documents by their id as text: d10 before d9
        ([count_row(doc_id="d9", text="b"), count_row(doc_id="d10", text="a")], ["a", "b"]),
        # a tie on document and offset: the other columns as text, so value 10 before 9
        ([count_row(value=9, text="b"), count_row(value=10, text="b")], ["b", "b"]),
        # an empty cell sorts first, a missing one (None) last
        ([count_row(event=None, text="c"), count_row(event="Summit", text="b"), count_row(text="a")], ["a", "b", "c"]),
        # a row without an offset after those with one
        ([count_row(start=None, text="b"), count_row(start=50, text="a")], ["a", "b"]),
    ],
)
def test_tables_rows_in_contract_order(rows, expected_texts):
    counts = Tables.from_rows({"counts": rows})["counts"]
    assert counts["text"].tolist() == expected_texts
    if expected_texts == ["b", "b"]:
        assert counts["value"].tolist() == [10, 9]


def test_tables_cells_typed_empty_text_and_none_are_missing():
    counts = Tables.from_rows({"counts": [count_row(event=""), count_row(start=7, event=None)]})["counts"]
    assert counts["event"].isna().all() and str(counts["event"].dtype) == "string"
    assert str(counts["value"].dtype) == "Int64" and str(counts["char_start"].dtype) == "Int64"


def random_rows(rnd: random.Random, name: str) -> list[dict]:
    texts = ["", "a", "A", "b", "None", "nan", "é", "Z", "10", "9", "a b", "-x", "=1", "日本", "😀"]
    rows = []
    for _ in range(rnd.randint(0, 25)):
        row = {}
        for c in COLUMNS[name]:
            if c in INTEGER_COLUMNS:
                row[c] = rnd.choice([None, 0, 1, 2, 9, 10, 11, 100, rnd.randint(0, 10**6)])
            else:
                row[c] = rnd.choice([*texts, None])
        rows.append(row)
    if rows and rnd.random() < 0.3:  # a column missing or equal in every row
        c = rnd.choice(COLUMNS[name])
        value = rnd.choice([None, rows[0][c]])
        for row in rows:
            row[c] = value
    return rows


@pytest.mark.parametrize("name", list(COLUMNS))
def test_tables_python_frames_equal_pandas_frames(name):
    """The frames built column by column equal pandas' sort and typing of the same rows,
    missing and empty cells, ties and non-ASCII text included."""
    rnd = random.Random(name)
    for _ in range(60):
        rows = random_rows(rnd, name)
        ours = _frame_of_plain_rows(rows, COLUMNS[name], SORT_KEYS[name])
        pandas = _frame_of_rows(rows, COLUMNS[name], SORT_KEYS[name])
        pd.testing.assert_frame_equal(ours, pandas, check_exact=True)
        assert list(ours.dtypes) == list(pandas.dtypes)


@pytest.mark.parametrize("value", [3.0, np.int64(3), True, "3"])
def test_tables_cells_of_other_types_go_through_pandas(value):
    rows = [count_row(value=value), count_row(start=20)]
    assert _frame_of_plain_rows(rows, COLUMNS["counts"], SORT_KEYS["counts"]) is None
    counts = Tables.from_rows({"counts": rows})["counts"]
    assert counts["value"].tolist()[0] == (1 if value is True else 3) and str(counts["value"].dtype) == "Int64"
