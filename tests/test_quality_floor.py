"""A quality floor: the pipeline runs over each gold corpus, the project's yardstick
(../shared/tools/score.py, imported from its path) scores the tables, and no field may
fall below its floor in tests/quality_floor.json.

Corpora: the five seed fixtures (raw/, floors 1.00: the README's claim), the four
releases in tests/extra, and the 41 real documents of ../shared/dev (skipped when absent).
Without ../shared the fixtures and tests/extra are scored by pipeline.evaluate, which
tests/test_evaluate_scoring.py holds equal to the yardstick.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import DEV, EXTRA, GOLD, RAW, ROOT, SCORE_PY, load_yardstick

FLOOR_FILE = Path(__file__).with_name("quality_floor.json")
FLOORS = {k: v for k, v in json.loads(FLOOR_FILE.read_text(encoding="utf-8")).items() if not k.startswith("_")}
REQUIRED = {
    "people",
    "roles",
    "role_org",
    "organisations",
    "dates",
    "counts",
    "published",
    "events",
    "qualifier_accuracy",
}
# corpus -> (gold folder, raw folder, session fixture with the run folder over raw)
CORPORA = {
    "fixtures": (GOLD, RAW, "fixture_run"),
    "extra": (EXTRA / "gold", EXTRA / "raw", "extra_run"),
    "dev": (DEV / "gold", DEV / "raw", "dev_run"),
}


def relative(path: Path) -> str:
    """A path as typed from the checkout's root (../shared/dev/gold, tests/extra/gold)."""
    return os.path.relpath(path, ROOT)


def figures(gold_dir: Path, run_dir: Path) -> dict[str, float]:
    """F1 per field and qualifier accuracy, by the yardstick when it is beside the checkout."""
    if SCORE_PY.is_file():
        metrics, (ok, n), _ = load_yardstick().score(gold_dir, run_dir)
        out = {field: m.f for field, m in metrics.items()}
        out["qualifier_accuracy"] = ok / n if n else 0.0
        return out
    from pipeline.evaluate import evaluate, read_gold, read_run

    ev = evaluate(read_gold(gold_dir), read_run(run_dir))
    return {field: s.f1 for field, s in ev.scores.items()} | {"qualifier_accuracy": ev.qualifier_accuracy}


@pytest.fixture(scope="module")
def scored(request):
    cache: dict[str, tuple[dict[str, float], Path]] = {}

    def get(corpus: str):
        if corpus not in cache:
            gold_dir, _, run = CORPORA[corpus]
            run_dir = request.getfixturevalue(run)
            cache[corpus] = figures(gold_dir, run_dir), run_dir
        return cache[corpus]

    return get


def test_quality_floor_file_covers_every_corpus_and_field():
    """Dropping a corpus or a field from the floor file would silence its check."""
    assert set(FLOORS) == set(CORPORA)
    for corpus, floors in FLOORS.items():
        assert REQUIRED <= set(floors), (corpus, REQUIRED - set(floors))
        assert all(0 <= v <= 1 and round(v, 2) == v for v in floors.values()), corpus
    # the README's claim for the seed fixtures: every field 1.00
    assert set(FLOORS["fixtures"].values()) == {1.0}


@pytest.mark.parametrize(
    "corpus, field", [(c, f) for c, floors in FLOORS.items() for f in floors], ids=lambda x: str(x)
)
def test_quality_floor(scored, corpus, field):
    got, run_dir = scored(corpus)
    floor = FLOORS[corpus][field]
    gold_dir, raw_dir, _ = CORPORA[corpus]
    measure = "qualifier accuracy" if field == "qualifier_accuracy" else "F1"
    assert got[field] >= floor, (
        f"{corpus}: {field} {measure} {got[field]:.3f} is below its floor {floor:.2f} (tests/{FLOOR_FILE.name}). "
        f"See the misses and false hits: .venv/bin/communique run {relative(raw_dir)} --out OUT && "
        f"python ../shared/tools/score.py {relative(gold_dir)} OUT --errors "
        f"(this test's tables are in {run_dir})"
    )
