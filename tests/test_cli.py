"""The command line, through its real entry point."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import Timeline
from timeline.cli import main

from .helpers import COMMITTED_LOG, ROOT, SEED

COMMANDS = [
    "state",
    "replay",
    "log",
    "diff",
    "entities",
    "ingest",
    "append",
    "verify",
    "when",
    "why",
]


def run(*argv: str, stdin: str | None = None) -> tuple[int, str]:
    """Run the CLI in-process; returns (exit status, stdout)."""
    out = io.StringIO()
    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        status = main(list(argv), out)
    finally:
        sys.stdin = old
    return status, out.getvalue()


@pytest.fixture
def log(tmp_path: Path) -> str:
    """A fresh copy of the seed log built by `timeline ingest`."""
    path = tmp_path / "log.jsonl"
    assert run("ingest", str(SEED), "--log", str(path))[0] == 0
    return str(path)


def test_when_resolves_late_february_against_the_reference_date() -> None:
    """`when "fin février" --ref 2024-03-12 --json` prints the span 2024-02-21 to 2024-03-01."""
    status, out = run("when", "fin février", "--ref", "2024-03-12", "--json")
    data = json.loads(out)
    assert status == 0
    expected = {"text": "fin février", "start": "2024-02-21", "end": "2024-03-01"}
    assert expected == {k: data[k] for k in expected}
    assert data["precision"] == "part_of_month"


def test_when_prints_a_readable_span_by_default() -> None:
    """Without --json, `when` prints the first and last day and the precision."""
    status, out = run("when", "avril 2023", "--ref", "2024-03-12")
    assert status == 0
    assert "2023-04-01 to 2023-04-30 (month" in out


def test_an_unresolvable_expression_exits_2_with_a_line_naming_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An expression the engine cannot resolve gives exit status 2 and one line naming it."""
    status, out = run("when", "la semaine des quatre jeudis", "--ref", "2024-03-12")
    err = capsys.readouterr().err
    assert (status, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert "la semaine des quatre jeudis" in err


def test_state_json_has_the_documented_keys(log: str) -> None:
    """`state --json` prints entity, as_of and facts with value, certainty, when and sources."""
    status, out = run("state", "mistral-ai", "--as-of", "2024-03", "--json", "--log", log)
    data = json.loads(out)
    assert status == 0
    assert {k: data["entity"][k] for k in ("id", "name")} == {
        "id": "mistral-ai",
        "name": "Mistral AI",
    }
    assert {k: data["as_of"][k] for k in ("start", "end")} == {
        "start": "2024-03-01",
        "end": "2024-04-01",
    }
    fact = next(f for f in data["facts"] if f["attribute"] == "founded")
    assert {"attribute", "value", "certainty", "when", "sources"} <= set(fact)
    assert {"start", "end", "text"} <= set(fact["when"])
    assert {"document", "quote", "published"} <= set(fact["sources"][0])
    assert fact["when"]["text"] == "avril 2023"


def test_state_as_of_accepts_a_french_expression(log: str) -> None:
    """`--as-of "mars 2024"` answers like `--as-of 2024-03`."""
    _, words = run("state", "mistral-ai", "--as-of", "mars 2024", "--json", "--log", log)
    _, machine = run("state", "mistral-ai", "--as-of", "2024-03", "--json", "--log", log)
    assert json.loads(machine)["facts"] == json.loads(words)["facts"]


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
def test_state_by_full_replay_answers_as_the_index_does(
    log: str, tmp_path: Path, suffix: str
) -> None:
    """`state --full-replay` (every record read in order, no index) prints what `state`
    prints, along all three axes, on both stores, and finds the entity by its name too.
    """
    path = str(tmp_path / f"copy{suffix}")
    assert 0 == run("import", log, "--log", path)[0]
    axes = ["--as-of", "2024-03", "--known-at", "2024-03-12", "--upto-seq", "30"]
    _, indexed = run("state", "mistral-ai", *axes, "--json", "--log", path)
    status, replayed = run("state", "Mistral AI", *axes, "--json", "--full-replay", "--log", path)
    assert 0 == status
    assert json.loads(indexed) == json.loads(replayed)
    assert json.loads(replayed)["facts"]


def test_streamed_and_its_old_name_full_replay_are_one_option(log: str) -> None:
    """`--streamed` and `--full-replay` (its old name) print the same answer as `state`, and
    `Timeline.replayed_state` is `Timeline.streamed_state` under its old name.
    """
    axes = ["--as-of", "2024-03", "--json", "--log", log]
    _, indexed = run("state", "mistral-ai", *axes)
    status, streamed = run("state", "mistral-ai", *axes, "--streamed")
    _, old = run("state", "mistral-ai", *axes, "--full-replay")
    assert 0 == status
    assert json.loads(indexed) == json.loads(streamed) == json.loads(old)
    assert Timeline.replayed_state is Timeline.streamed_state


def test_known_at_before_publication_says_nothing_was_known(log: str) -> None:
    """Known at the day before the article, the state says that nothing was known yet."""
    status, out = run(
        "state", "mistral-ai", "--as-of", "2024-03", "--known-at", "2024-03-11", "--log", log
    )
    assert status == 0
    assert "nothing was known yet" in out


def test_an_unknown_entity_exits_2_and_suggests_close_ids(
    log: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt entity id gives exit status 2 and the closest known ids."""
    status, _ = run("state", "mistral-al", "--as-of", "2024-03", "--log", log)
    err = capsys.readouterr().err
    assert status == 2
    assert "unknown entity 'mistral-al'" in err
    assert "mistral-ai" in err


def test_a_bad_query_date_exits_2_and_names_it(
    log: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An --as-of that does not resolve gives exit status 2 and names the expression."""
    status, _ = run("state", "mistral-ai", "--as-of", "2024-13", "--log", log)
    assert status == 2
    assert "2024-13" in capsys.readouterr().err


def test_replay_json_lines_are_in_timeline_order(log: str) -> None:
    """`replay --json` prints one event a line, with seq, id, type, entities and when, in order."""
    status, out = run("replay", "--json", "--log", log)
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert lines
    for line in lines:
        assert {"seq", "id", "type", "entities", "when", "changes"} <= set(line)
    keys = [
        (line["when"]["start"] or "", line["when"]["end"] or "9999", line["seq"]) for line in lines
    ]
    assert sorted(keys) == keys


def test_replay_shows_what_each_event_changes(log: str) -> None:
    """Human replay lists the facts each event adds or sets."""
    status, out = run("replay", "--entity", "mistral-ai", "--until", "2024-03", "--log", log)
    assert status == 0
    assert "+ mistral-ai.partners = Microsoft" in out


def test_log_json_round_trips_through_append_into_another_log(log: str, tmp_path: Path) -> None:
    """`log --json` piped into `append` copies every event; a second append adds nothing."""
    _, dump = run("log", "--json", "--log", log)
    other = str(tmp_path / "copy.jsonl")
    status, out = run("append", "--log", other, stdin=dump)
    assert status == 0
    assert [str(i) for i in range(1, len(dump.splitlines()) + 1)] == out.split()
    assert run("append", "--log", other, stdin=dump) == (0, "")
    assert run("verify", "--log", other)[0] == 0
    _, copied = run("log", "--json", "--log", other)
    events = [json.loads(line)["event"] for line in dump.splitlines()]
    assert events == [json.loads(line)["event"] for line in copied.splitlines()]


def test_append_with_a_stale_expected_sequence_writes_nothing(
    log: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`append --expect-seq` with a stale number exits 2 (conflict) and leaves the log as it was."""
    before = Path(log).read_bytes()
    _, dump = run("log", "--json", "--type", "founded", "--log", str(COMMITTED_LOG))
    event = json.loads(dump)["event"]
    event["founders"] = "someone else"
    del event["id"]
    status, _ = run("append", "--expect-seq", "3", "--log", log, stdin=json.dumps(event) + "\n")
    assert status == 2
    assert "conflict" in capsys.readouterr().err
    assert before == Path(log).read_bytes()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "<stdin>:2: not valid JSON"),
        ('{"type": "founded"}', "<stdin>:2: not an event"),
        ('{"type": "teleported", "id": ""}', "<stdin>:2: not an event"),
    ],
)
def test_append_refuses_a_bad_line_and_writes_nothing(
    log: str, line: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed line among good ones: `append` exits 2 naming the line and writes nothing."""
    _, dump = run("log", "--json", "--log", str(COMMITTED_LOG))
    good = dump.splitlines()[0]
    before = Path(log).read_bytes()
    status, _ = run("append", "--log", log, stdin=f"{good}\n{line}\n")
    assert status == 2
    assert message in capsys.readouterr().err
    assert before == Path(log).read_bytes()


def test_verify_passes_on_the_committed_log() -> None:
    """The committed log verifies: sequence, chain, schema, ids and quotes."""
    status, out = run("verify", "--log", str(COMMITTED_LOG))
    assert status == 0
    assert out.startswith("ok: ")


def test_verify_exits_1_and_names_the_first_edited_record(log: str) -> None:
    """Editing a quote in the log makes `verify` exit 1 naming that record's sequence number."""
    lines = Path(log).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[20] = lines[20].replace("Microsoft", "Macrosoft", 1)
    assert "Macrosoft" in lines[20]
    Path(log).write_text("".join(lines), encoding="utf-8")
    status, out = run("verify", "--log", log)
    assert status == 1
    assert "record 21:" in out


def test_ingest_of_a_bad_seed_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A seed file with a quote not in its text makes `ingest` exit 2 naming the line."""
    bad = tmp_path / "seeds"
    bad.mkdir()
    (bad / SEED.with_suffix(".txt").name).write_bytes(SEED.with_suffix(".txt").read_bytes())
    text = SEED.read_text(encoding="utf-8").replace(
        'quote = "et annoncé un partenariat avec Microsoft"',
        'quote = "et annoncé un partenariat avec Apple"',
    )
    (bad / SEED.name).write_text(text, encoding="utf-8")
    log = tmp_path / "log.jsonl"
    status, _ = run("ingest", str(bad / SEED.name), "--log", str(log))
    err = capsys.readouterr().err
    assert status == 2
    assert "quote not found" in err
    assert f"{SEED.name}:" in err
    assert not log.exists()


def test_diff_lists_what_changed_between_two_dates(log: str) -> None:
    """`diff` between January and March 2024 shows the model and the partnership as added."""
    status, out = run("diff", "mistral-ai", "2024-01", "2024-03", "--json", "--log", log)
    data = json.loads(out)
    assert status == 0
    added = {(f["attribute"], f["value"]) for f in data["added"]}
    assert ("partners", "Microsoft") in added
    assert data["removed"] == []


def test_entities_lists_ids_names_and_aliases(log: str) -> None:
    """`entities` prints each entity's id, name, kind and aliases."""
    status, out = run("entities", "--log", log)
    assert status == 0
    assert any(line.split()[:3] == ["mistral-ai", "Mistral", "AI"] for line in out.splitlines())


def test_why_explains_a_fact_with_its_quote(log: str) -> None:
    """`why` prints the quote and document behind the valuation."""
    status, out = run("why", "mistral-ai", "valuation", "--as-of", "2024-03", "--log", log)
    assert status == 0
    assert "valorisé à quelque 2 milliards de dollars" in out
    assert "afp-2024-03-12-mistral-open-source" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`timeline COMMAND --help` exits 0 and shows an example."""
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "Example: timeline " in capsys.readouterr().out


def test_the_log_defaults_to_the_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --log, commands read $TIMELINE_LOG."""
    other = tmp_path / "other.jsonl"
    seed = ROOT / "tests" / "data" / "multisource" / "wire-2024-03-01.toml"
    assert run("ingest", str(seed), "--log", str(other))[0] == 0
    monkeypatch.setenv("TIMELINE_LOG", str(other))
    status, out = run("entities")
    assert status == 0
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["acme-robotics", "bolt-motors"]


def test_python_dash_m_runs_the_same_command_line() -> None:
    """`python -m timeline state ...` prints the reference state from the default log."""
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "state", "mistral-ai", "--as-of", "2024-03"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "TIMELINE_LOG"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "valuation: about 2 billion USD" in done.stdout


def test_version_is_printed() -> None:
    """`timeline --version` prints the package version."""
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, "timeline 0.1.0")
