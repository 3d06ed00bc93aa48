"""Every command's --help reads like documentation, with an example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

COMMANDS = [[], ["run"], ["eval"], ["diff"], ["explain"], ["review"], ["bench"], ["rules"], ["rules", "check"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "communique")
def test_cli_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if command not in ([], ["rules"]):
        assert "Example:" in result.output and f"communique {' '.join(command)}" in result.output


def test_cli_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    for name in ("run", "eval", "diff", "explain", "review", "bench", "rules"):
        assert f"  {name}" in result.output
