"""Rough edges of everyday use: a new log's folder, an unknown event type, a mistyped command."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from timeline.cli import main

from .helpers import COMMITTED_LOG, ROOT, SEED, run


def test_ingest_outside_the_repository_makes_the_default_logs_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a folder with no `events/`, `ingest` creates it and says which log it wrote."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_LOG", raising=False)
    status, out, _ = run("ingest", str(SEED))
    assert status == 0
    assert out.strip().endswith("to events/timeline.jsonl")
    assert (tmp_path / "events" / "timeline.jsonl").stat().st_size > 0
    assert os.listdir(tmp_path) == ["events"]


def test_an_unknown_event_type_is_refused_with_the_closest_known_one() -> None:
    """`log --type foundd` is exit 2, names "founded" and lists the known types."""
    status, out, err = run("log", "--type", "foundd", "--log", str(COMMITTED_LOG))
    assert (status, out) == (2, "")
    assert "did you mean founded?" in err
    assert "funding_raised" in err
    assert err.count("\n") == 1


def test_a_mistyped_command_suggests_the_closest_one(capsys: pytest.CaptureFixture[str]) -> None:
    """`timeline stat` is a usage error (exit 2, one line) that suggests `state`."""
    with pytest.raises(SystemExit) as stopped:
        main(["stat"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "did you mean 'state'?" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", ["state", "replay", "diff", "why", "log", "verify", "when"])
def test_the_help_example_runs_as_written_at_the_repository_root(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each read-only command's example names an entity of the default log and runs (exit 0)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("TIMELINE_LOG", raising=False)
    with pytest.raises(SystemExit):
        main([command, "--help"])
    example = next(
        line for line in capsys.readouterr().out.splitlines() if line.startswith("Example: ")
    )
    argv = shlex.split(example.removeprefix("Example: timeline "))
    assert "ENTITY" not in argv
    assert run(*argv)[0] == 0, example
