"""The README's examples run as written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex

import pytest

from timeline.cli import main

from .helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_the_python_example_runs_and_prints_the_reference_facts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The README's library example runs from the repository root and prints the valuation quote."""
    monkeypatch.chdir(ROOT)
    (code,) = _blocks("python")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    printed = out.getvalue()
    assert "valuation = about 2 billion USD" in printed
    assert "valorisé à quelque 2 milliards de dollars selon des sources financières" in printed
    assert "\n0\n" in printed


COMMANDS = [
    line for block in _blocks("sh") for line in block.splitlines() if line.startswith("timeline ")
]


def test_the_readme_shows_command_examples() -> None:
    """The README has at least one example per main command."""
    assert {"state", "replay", "diff", "why", "when", "log", "verify"} <= {
        line.split()[1] for line in COMMANDS
    }


@pytest.mark.parametrize("line", COMMANDS)
def test_each_command_example_exits_0(
    line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each `timeline ...` example of the README succeeds on the committed log."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("TIMELINE_LOG", raising=False)
    out = io.StringIO()
    assert 0 == main(shlex.split(line)[1:], out)
    assert out.getvalue().strip()


def test_the_setup_commands_are_the_ci_commands() -> None:
    """`.ci/run` runs the README's test command, word for word."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = [line for block in _blocks("sh") for line in block.splitlines() if "pytest" in line]
    assert 1 == len(setup)
    assert setup[0] in ci
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
