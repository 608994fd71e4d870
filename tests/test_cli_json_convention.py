"""The JSON convention of the command line (README, "JSON"): an answer is one JSON document on
one line, a stream of records is JSON Lines, one object a line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import ARTICLE, COMMITTED_LOG, run

LOG = ("--log", str(COMMITTED_LOG))

ANSWERS: dict[str, tuple[str, ...]] = {
    "state": ("state", "mistral-ai", "--as-of", "2024-03", "--json", *LOG),
    "state of several": ("state", "mistral-ai", "mistral-large", "--json", *LOG),
    "diff": ("diff", "mistral-ai", "2024-01", "2024-03", "--json", *LOG),
    "why": ("why", "mistral-ai", "valuation", "--format", "json", *LOG),
    "entities": ("entities", "--json", *LOG),
    "entities --similar": ("entities", "--similar", "--json", *LOG),
    "sources": ("sources", "--json", *LOG),
    "search": ("search", "mistral", "--json", *LOG),
    "when": ("when", "fin février", "--ref", "2024-03-12", "--json"),
    "tag": ("tag", str(ARTICLE), "--ref", "2024-03-12", "--lang", "fr", "--nlp", "rules", "--json"),
}
"""Each command that answers a question, with the `--json` arguments that ask it."""

STREAMS: dict[str, tuple[str, ...]] = {
    "log": ("log", "--json", *LOG),
    "replay": ("replay", "--entity", "mistral-ai", "--format", "json", *LOG),
}
"""Each command whose JSON is a stream of records (the log's records, the replay's events)."""


@pytest.mark.parametrize("name", ANSWERS)
def test_an_answer_is_one_json_document(name: str) -> None:
    """An answer's JSON is one document (an object, or a list of them) on a single line."""
    status, out, _ = run(*ANSWERS[name])
    assert (0, 1) == (status, len(out.splitlines()))
    assert isinstance(json.loads(out), dict | list)


@pytest.mark.parametrize("name", STREAMS)
def test_a_stream_of_records_is_json_lines(name: str) -> None:
    """A stream's JSON is several lines, each one object with the record's `seq`."""
    status, out, _ = run(*STREAMS[name])
    lines = [json.loads(line) for line in out.splitlines()]
    assert 0 == status
    assert len(lines) > 1
    assert all(isinstance(line, dict) and "seq" in line for line in lines)


def test_an_export_is_json_lines_whatever_the_suffix(tmp_path: Path) -> None:
    """`export x.json` writes the log as JSON Lines, one record a line, as `x.jsonl` does."""
    target = tmp_path / "x.json"
    assert 0 == run("export", str(target), *LOG)[0]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert COMMITTED_LOG.read_text(encoding="utf-8").count("\n") == len(lines)
    assert all("seq" in json.loads(line) for line in lines)
