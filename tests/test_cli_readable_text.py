"""Readable text answers, through the real entry point: the terminal's width, no id or
hyphenated name split across lines, one label per attribute of several values, sources in
date order, a legend above `replay`, and `log` lines that say what each event reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import COMMITTED_LOG, ROOT, SEED, run

LOG = ("--log", str(COMMITTED_LOG))
MULTISOURCE = ROOT / "tests" / "data" / "multisource"


def _log_of(tmp_path: Path, *seeds: Path) -> tuple[str, str]:
    """A new log holding the seeds, ingested in the order given; its `--log` arguments."""
    log = ("--log", str(tmp_path / "log.jsonl"))
    for seed in seeds:
        status, _, err = run("ingest", str(seed), *log)
        assert status == 0, err
    return log


def test_text_fits_columns_and_splits_no_id_or_hyphenated_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With `COLUMNS=60`, `state` and `replay` lines fit 60 columns, except a single word
    longer than the line; "outre-Atlantique" and the document id stay whole.
    """
    monkeypatch.setenv("COLUMNS", "60")
    for argv in (("state", "chatgpt"), ("replay", "--entity", "chatgpt")):
        status, out, err = run(*argv, *LOG)
        assert status == 0, err
        assert max(len(line) for line in out.splitlines()) <= 60
        assert "outre-Atlantique" in out
    _, out, _ = run("state", "chatgpt", *LOG)
    assert any("(afp-2024-03-12-mistral-open-source," in line for line in out.splitlines())


def test_without_a_terminal_text_is_100_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped, with no `COLUMNS`, lines wrap at 100 as before; some reach beyond 60."""
    monkeypatch.delenv("COLUMNS", raising=False)
    _, out, _ = run("state", "mistral-ai", *LOG)
    longest = max(len(line) for line in out.splitlines())
    assert 60 < longest <= 100


def test_replay_text_opens_with_a_legend_of_its_symbols() -> None:
    """The first line of `replay` says what +, =, ~ and . mean; JSON has no legend."""
    _, out, _ = run("replay", "--entity", "mistral-ai", *LOG)
    legend = out.splitlines()[0]
    for symbol in ("+ added", "= set", "~ replaced", ". confirmed"):
        assert symbol in legend
    _, out, _ = run("replay", "--entity", "mistral-ai", "--json", *LOG)
    assert all(line.startswith("{") for line in out.splitlines())


def test_log_lines_show_what_the_event_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a wide terminal, a reported event's `log` line shows its span, its first fact and
    the start of its quote; still one line per record, each within the width.
    """
    monkeypatch.setenv("COLUMNS", "160")
    _, out, _ = run("log", "--type", "valuation_reported", *LOG)
    (line,) = out.splitlines()
    assert line.startswith("#22 ")
    assert "mistral-ai | 2024-03-12 | valuation = about 2 billion USD" in line
    assert "| “valorisé à quelque" in line
    assert len(line) <= 160
    _, out, _ = run("log", *LOG)
    records = run("log", "--json", *LOG)[1].splitlines()
    assert [int(line.split()[0][1:]) for line in out.splitlines()] == list(
        range(1, len(records) + 1)
    )
    assert all(len(line) <= 160 for line in out.splitlines())


def test_an_attribute_of_several_values_has_one_label(tmp_path: Path) -> None:
    """Two disputed valuations are listed under one `valuation:` label, a value a line."""
    log = _log_of(
        tmp_path, MULTISOURCE / "wire-2024-03-01.toml", MULTISOURCE / "gazette-2024-03-05.toml"
    )
    _, out, _ = run("state", "acme-robotics", "--attribute", "valuation", *log)
    lines = out.splitlines()
    assert lines.count("  valuation:") == 1
    values = [line for line in lines if line.startswith("    - ")]
    assert len(values) == 2
    assert all("[disputed]" in v for v in values)


def test_sources_are_shown_earliest_published_first(tmp_path: Path) -> None:
    """A fact reported on 12 March, then by an article of 26 February ingested later, lists
    the 26 February source first in text (the JSON keeps its own order).
    """
    log = _log_of(tmp_path, SEED, MULTISOURCE / "bloomberg-2024-02-26.toml")
    _, out, _ = run("state", "mistral-ai", "--attribute", "partners", *log)
    flat = " ".join(out.split())
    first = flat.index("(bloomberg-2024-02-26-microsoft-mistral, published 2024-02-26")
    second = flat.index("(afp-2024-03-12-mistral-open-source, published 2024-03-12")
    assert first < second
    state = json.loads(run("state", "mistral-ai", "--attribute", "partners", "--json", *log)[1])
    documents = [s["document"] for s in state["facts"][0]["sources"]]
    assert set(documents) == {
        "bloomberg-2024-02-26-microsoft-mistral",
        "afp-2024-03-12-mistral-open-source",
    }
