"""Shared fixtures: the model is loaded once per session; the fixtures' gold is the oracle."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLD = ROOT / "tests" / "fixtures" / "gold"
EXTRA = ROOT / "tests" / "extra"
# Beside the checkout, not in it: the yardstick and the dev corpus (tests skip without them).
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"
SCORE_PY = SHARED / "tools" / "score.py"


def load_yardstick():
    """../shared/tools/score.py as a module (imported from its path, never copied)."""
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} not beside the checkout")
    spec = importlib.util.spec_from_file_location("communique_yardstick", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def blank():
    """A blank English pipeline for rule tests (one per module; a module may define its own)."""
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="module")
def words():
    """The organisations' word lists of the project's lexicon (one per module)."""
    from tests.readers import project_org_words

    return project_org_words()


@pytest.fixture(scope="session")
def fixture_tables(nlp):
    """The tables of a run over raw/ (the five fixture documents)."""
    from pipeline.extraction import extract

    return extract(RAW, nlp=nlp)


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """Gold annotations by doc_id (tests/fixtures/gold, copied from ../shared/fixtures/gold)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


@pytest.fixture(scope="session")
def fixture_run(fixture_tables, tmp_path_factory) -> Path:
    """A run folder (CSV tables, as `communique run` writes them) over raw/."""
    out = tmp_path_factory.mktemp("fixture-run")
    fixture_tables.write(out)
    return out


@pytest.fixture(scope="session")
def extra_run(nlp, tmp_path_factory) -> Path:
    """A run folder over tests/extra/raw (releases the rules were not written for)."""
    from pipeline.extraction import extract

    out = tmp_path_factory.mktemp("extra-run")
    extract(EXTRA / "raw", nlp=nlp).write(out)
    return out


@pytest.fixture(scope="session")
def dev_run(nlp, tmp_path_factory) -> Path:
    """A run folder over ../shared/dev/raw (41 real documents; skipped when absent)."""
    if not (DEV / "raw").is_dir() or not (DEV / "gold").is_dir():
        pytest.skip(f"{DEV} not beside the checkout")
    from pipeline.extraction import extract

    out = tmp_path_factory.mktemp("dev-run")
    extract(DEV / "raw", nlp=nlp).write(out)
    return out
