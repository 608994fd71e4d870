"""Rough edges of everyday use: a new log's folder, an unknown event type, a mistyped command."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest

from timeline import InputError, Timeline
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


def test_a_byte_order_mark_is_not_part_of_the_text_drafted_or_ingested(tmp_path: Path) -> None:
    """An article saved with a UTF-8 byte-order mark: the draft's title and the stored text
    start at its first letter, and the reviewed draft ingests with its quotes in place.
    """
    article = tmp_path / "wire-2024-01-02.txt"
    article.write_bytes(b"\xef\xbb\xbf" + "Acme a levé 5 millions d'euros en 2023.".encode())
    status, _, _ = run("extract", str(article), "--lang", "fr", "--log", str(COMMITTED_LOG))
    assert status == 0
    draft = (tmp_path / "wire-2024-01-02.draft.toml").read_text(encoding="utf-8")
    assert "\ufeff" not in draft
    log = tmp_path / "log.jsonl"
    status, _, err = run("ingest", str(tmp_path / "wire-2024-01-02.draft.toml"), "--log", str(log))
    assert (status, err) == (0, "")
    documents = Timeline.open(log, create=True).catalogue.documents.values()
    assert [d.text for d in documents] == ["Acme a levé 5 millions d'euros en 2023."]


def test_an_empty_article_is_drafted_with_a_warning(tmp_path: Path) -> None:
    """An empty article still gets its (empty) draft, and a warning on stderr says why."""
    article = tmp_path / "empty-2024-01-02.txt"
    article.write_text("", encoding="utf-8")
    status, out, err = run("extract", str(article), "--lang", "fr")
    assert status == 0
    assert "wrote 0 draft events" in out
    assert err == f"warning: {article} holds no text: its draft has no events\n"


def test_a_count_of_one_is_singular(tmp_path: Path) -> None:
    """One event drafted is "1 draft event", not "1 draft events"."""
    article = tmp_path / "wire-2024-01-02.txt"
    article.write_text("Acme a été fondée en avril 2023.", encoding="utf-8")
    status, out, _ = run("extract", str(article), "--lang", "fr")
    assert status == 0
    assert out.startswith("wrote 1 draft event to ")


def test_a_quarter_written_q3_is_french_too() -> None:
    """`when "Q3 2023" --lang fr` is the third quarter, as "T3 2023" is."""
    status, out, _ = run("when", "Q3 2023", "--lang", "fr", "--json")
    assert status == 0
    assert json.loads(out)["start"] == "2023-07-01"
    assert json.loads(out)["end"] == "2023-10-01"


def test_when_says_which_language_it_read_the_expression_in() -> None:
    """`12/03/2024` is 12 March read as French and 3 December read as English: the text
    output says which; a machine form has no language and says none.
    """
    assert (
        "2024-03-12 (day; end exclusive: 2024-03-13; read as French)"
        in run("when", "12/03/2024")[1]
    )
    assert (
        "2024-12-03 (day; end exclusive: 2024-12-04; read as English)"
        in run("when", "12/03/2024", "--lang", "en")[1]
    )
    assert "read as" not in run("when", "2024-03")[1]


def test_opening_a_missing_log_is_an_error_unless_asked_to_create_it(tmp_path: Path) -> None:
    """`Timeline.open` of a mistyped path raises InputError naming it, instead of answering
    as an empty timeline; with `create=True` the log starts there on the first append.
    """
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError, match="no such log"):
        Timeline.open(missing)
    tl = Timeline.open(missing, create=True)
    assert tl.records() == []
    tl.ingest(SEED)
    assert Timeline.open(missing).log.last_seq() > 0


def test_a_file_name_dated_on_no_such_day_is_one_error_line(tmp_path: Path) -> None:
    """`extract` of `wire-2024-02-30.txt` without --published: exit 2, one line naming the
    file and its date, no traceback and no draft.
    """
    article = tmp_path / "wire-2024-02-30.txt"
    article.write_text("Acme a levé 5 millions d'euros en 2023.", encoding="utf-8")
    status, out, err = run("extract", str(article), "--lang", "fr")
    assert (status, out) == (2, "")
    assert err == f"timeline extract: error: {article}: its name's date 2024-02-30 is no such day\n"
    assert not (tmp_path / "wire-2024-02-30.draft.toml").exists()
