"""The library raises plain exceptions; the CLI alone shows them as one-line errors
(exit code 1, no traceback). Errors that are bugs keep their traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.inputs import NoInputs, plan_inputs
from pipeline.nlp import ModelNotFound, load_nlp

from .conftest import RAW


def test_cli_errors_library_raises_plain_exceptions(tmp_path):
    assert len(plan_inputs(tmp_path)) == 0  # the API accepts an empty folder
    with pytest.raises(NoInputs, match="no input documents"):
        plan_inputs(tmp_path, empty_ok=False)
    with pytest.raises(ModelNotFound, match="no_such_model"):
        load_nlp(model="no_such_model")


def test_cli_errors_unknown_model_is_a_message(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(RAW), "--out", str(tmp_path / "out"), "--model", "no_such_model"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(
        "Error: No English spaCy model is installed. communique needs one of: no_such_model."
    )
    assert not (tmp_path / "out").exists()


def test_cli_errors_a_bug_is_not_hidden(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr("pipeline.runner.execute", broken)
    result = CliRunner().invoke(cli, ["run", str(RAW), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and isinstance(result.exception, KeyError)
