"""Shared fixtures: the model is loaded once per session; the fixtures' gold is the oracle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLD = ROOT / "tests" / "fixtures" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def fixture_tables(nlp):
    """The tables of a run over raw/ (the five fixture documents)."""
    from pipeline.extraction import extract

    return extract(RAW, nlp=nlp)


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """Gold annotations by doc_id (tests/fixtures/gold, copied from ../shared/fixtures/gold)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}
