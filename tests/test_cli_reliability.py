"""`timeline append` and `timeline verify` through the real entry point: what append prints and
skips, and how verify reports tampering, torn tails and a log cut short.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline.converter import unstructure_event
from timeline.log import open_log
from timeline.vocabulary.events import Event

from .helpers import ROOT, run
from .test_crash_safety import batch_of

SEEDS = sorted((ROOT / "tests" / "data" / "multisource").glob("*.toml"))


def _bare(events: list[Event]) -> str:
    """Events as bare JSON lines, without their ids."""
    lines = []
    for event in events:
        data = unstructure_event(event)
        del data["id"]
        lines.append(json.dumps(data, ensure_ascii=False) + "\n")
    return "".join(lines)


def _ids(path: Path) -> list[str]:
    return [r.event.id for r in open_log(path).read()]


# append ---------------------------------------------------------------------------------------


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Where a new log goes."""
    return tmp_path / "log.jsonl"


def test_append_prints_each_sequence_number_it_assigned(path: Path) -> None:
    """Appending five new events to an empty log prints 1 to 5, one a line, and says so."""
    events = batch_of("a", 4)
    assert (0, "1\n2\n3\n4\n5\n", "appended 5, skipped 0 already in the log\n") == run(
        "append", "--log", str(path), stdin=_bare(events)
    )
    assert [e.id for e in events] == _ids(path)


def test_append_skips_events_already_in_the_log_and_numbers_the_rest(path: Path) -> None:
    """Events whose ids the log holds are skipped; only the new ones get (and print) numbers."""
    first, more = batch_of("a", 4), batch_of("b", 1)
    run("append", "--log", str(path), stdin=_bare(first))
    status, out, err = run("append", "--log", str(path), stdin=_bare(first[2:] + more + first[:2]))
    assert (0, "6\n7\n") == (status, out)
    assert "appended 2, skipped 5 already in the log\n" == err
    assert [e.id for e in first + more] == _ids(path)


def test_append_stores_an_event_given_twice_on_stdin_once(path: Path) -> None:
    """Duplicates within the input count as skipped: each event is stored and numbered once,
    in the order of its first line.
    """
    a, b, c = batch_of("a", 2)
    status, out, err = run("append", "--log", str(path), stdin=_bare([a, b, a, c, b, b]))
    assert (0, "1\n2\n3\n", "appended 3, skipped 3 already in the log\n") == (status, out, err)
    assert [a.id, b.id, c.id] == _ids(path)


def test_a_bare_event_and_its_log_line_are_the_same_event(path: Path, tmp_path: Path) -> None:
    """An event given bare after its `log --json` line (with id and record fields) is skipped."""
    events = batch_of("a", 2)
    run("append", "--log", str(path), stdin=_bare(events))
    _, dump, _ = run("log", "--json", "--log", str(path))
    other = tmp_path / "other.jsonl"
    status, out, err = run("append", "--log", str(other), stdin=dump + _bare(events))
    assert (0, "1\n2\n3\n", "appended 3, skipped 3 already in the log\n") == (status, out, err)
    assert _ids(path) == _ids(other)


def test_append_with_nothing_new_prints_nothing_and_succeeds(path: Path) -> None:
    """Input that is all in the log already appends nothing, prints no number, and exits 0,
    also when `--expect-seq` names the log's last number.
    """
    events = batch_of("a", 2)
    run("append", "--log", str(path), stdin=_bare(events))
    before = path.read_bytes()
    assert (0, "", "appended 0, skipped 3 already in the log\n") == run(
        "append", "--expect-seq", "3", "--log", str(path), stdin=_bare(events)
    )
    assert before == path.read_bytes()


def test_append_expecting_the_right_last_seq_goes_through(path: Path) -> None:
    """`--expect-seq` equal to the log's last number appends and prints the next numbers."""
    run("append", "--log", str(path), stdin=_bare(batch_of("a", 1)))
    status, out, _ = run(
        "append", "--expect-seq", "2", "--log", str(path), stdin=_bare(batch_of("b", 0))
    )
    assert (0, "3\n") == (status, out)


@pytest.mark.parametrize("expected", ["0", "1", "3"])
def test_append_expecting_a_stale_last_seq_exits_2_and_writes_nothing(
    path: Path, expected: str
) -> None:
    """`--expect-seq` other than the log's last number is a conflict: exit 2, one line, the
    log byte for byte as it was.
    """
    run("append", "--log", str(path), stdin=_bare(batch_of("a", 1)))
    before = path.read_bytes()
    status, out, err = run(
        "append", "--expect-seq", expected, "--log", str(path), stdin=_bare(batch_of("b", 1))
    )
    assert (2, "") == (status, out)
    message = f"conflict: expected the log to end at sequence {expected}, it ends at 2"
    assert f"timeline append: error: {message}\n" == err
    assert before == path.read_bytes()


def test_append_expecting_a_seq_of_an_absent_log_creates_nothing(path: Path) -> None:
    """A conflict on a log that does not exist yet leaves no file behind."""
    status, _, _ = run(
        "append", "--expect-seq", "4", "--log", str(path), stdin=_bare(batch_of("a", 1))
    )
    assert 2 == status
    assert not path.exists()


# verify ---------------------------------------------------------------------------------------


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    """A log of the five synthetic sources, ingested one by one in the order they were
    published (a retraction after what it retracts): five batches.
    """
    path = tmp_path / "log.jsonl"
    for seed in sorted(SEEDS, key=lambda p: p.stem[-10:]):
        assert 0 == run("ingest", str(seed), "--log", str(path))[0]
    return path


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def _first_error(out: str) -> int:
    """The sequence number the first `error:` line of `verify` names."""
    line = next(line for line in out.splitlines() if line.startswith("error: "))
    return int(line.split(": record ", 1)[1].split(":", 1)[0])


def test_verify_prints_ok_the_count_and_the_head(sound: Path) -> None:
    """A sound log: exit 0, an `ok:` line with the number of records, and a `head:` line with
    the last record's number and hash, to keep elsewhere.
    """
    records = list(open_log(sound).read())
    status, out, _ = run("verify", "--log", str(sound))
    ok = f"ok: {len(records)} records; sequence, hash chain, schema, ids and quotes verified\n"
    assert (0, f"{ok}head: {len(records)} {records[-1].hash}\n") == (status, out)


def _edit(event: dict[str, Any]) -> None:
    """Add one character to what the event says: its quote, its document's text, or its
    entity's name.
    """
    if "source" in event:
        event["source"]["quote"] += "!"
    elif "entity" in event:
        event["entity"]["name"] += "!"
    else:
        event["document"]["text"] += "!"


@pytest.mark.parametrize("where", ["first", "middle", "last but one", "last"])
def test_verify_exits_1_naming_an_edited_record(sound: Path, where: str) -> None:
    """A record edited anywhere (one character added to its quote, text or name) makes
    `verify` exit 1 and name that record first.
    """
    lines = _lines(sound)
    seq = {"first": 1, "middle": len(lines) // 2, "last but one": len(lines) - 1}.get(
        where, len(lines)
    )
    data = json.loads(lines[seq - 1])
    _edit(data["event"])
    lines[seq - 1] = (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
    sound.write_bytes(b"".join(lines))
    status, out, _ = run("verify", "--log", str(sound))
    assert (1, seq) == (status, _first_error(out))


@pytest.mark.parametrize("seq", [1, 2, 10, 19])
def test_verify_exits_1_naming_where_a_record_was_deleted(sound: Path, seq: int) -> None:
    """A record deleted from before the end (of 20) is named by the number it held."""
    lines = _lines(sound)
    del lines[seq - 1]
    sound.write_bytes(b"".join(lines))
    status, out, _ = run("verify", "--log", str(sound))
    assert (1, seq) == (status, _first_error(out))


@pytest.mark.parametrize("seq", [1, 2, 10, 20])
def test_verify_exits_1_naming_an_inserted_record(sound: Path, seq: int) -> None:
    """A record copied in after record `seq` is caught at the position it took, seq + 1."""
    lines = _lines(sound)
    lines.insert(seq, lines[seq - 1])
    sound.write_bytes(b"".join(lines))
    status, out, _ = run("verify", "--log", str(sound))
    assert (1, seq + 1) == (status, _first_error(out))


@pytest.mark.parametrize(("first", "second"), [(1, 2), (2, 10), (5, 20), (19, 20)])
def test_verify_exits_1_naming_the_first_of_two_reordered_records(
    sound: Path, first: int, second: int
) -> None:
    """Two records swapped are caught at the earlier position."""
    lines = _lines(sound)
    lines[first - 1], lines[second - 1] = lines[second - 1], lines[first - 1]
    sound.write_bytes(b"".join(lines))
    status, out, _ = run("verify", "--log", str(sound))
    assert (1, first) == (status, _first_error(out))


def _head(path: Path) -> tuple[int, str]:
    """(last seq, head hash) as `verify` prints them."""
    _, out, _ = run("verify", "--log", str(path))
    seq, digest = out.splitlines()[-1].removeprefix("head: ").split()
    return int(seq), digest


def test_records_cut_from_the_end_pass_verify_alone_but_not_against_the_head(sound: Path) -> None:
    """Removing the last batch leaves a shorter log that verifies on its own (nothing inside a
    log can tell), but `--expect-head` with the head printed before exits 1 naming the first
    missing record.
    """
    _, head = _head(sound)
    records = list(open_log(sound).read())
    kept = max(r.seq for r in records[:-1] if r.commit)
    sound.write_bytes(b"".join(_lines(sound)[:kept]))
    assert 0 == run("verify", "--log", str(sound))[0]
    status, out, _ = run("verify", "--expect-head", head, "--log", str(sound))
    assert (1, kept + 1) == (status, _first_error(out))
    assert f"which ends at record {kept}" in out


def test_an_earlier_head_still_verifies_after_the_log_grew(sound: Path) -> None:
    """A head pinned earlier stays valid while appends go on: the log still holds that record."""
    _, head = _head(sound)
    run("append", "--log", str(sound), stdin=_bare(batch_of("later", 2)))
    status, out, _ = run("verify", "--expect-head", head, "--log", str(sound))
    assert (0, "ok: ") == (status, out[:4])


def test_a_rewritten_log_does_not_hold_the_expected_head(sound: Path, tmp_path: Path) -> None:
    """A log rebuilt from the same events (new times, new hashes) does not hold the old head."""
    _, head = _head(sound)
    _, dump, _ = run("log", "--json", "--log", str(sound))
    rebuilt = tmp_path / "rebuilt.jsonl"
    run("append", "--log", str(rebuilt), stdin=dump)
    assert 1 == run("verify", "--expect-head", head, "--log", str(rebuilt))[0]


def test_a_malformed_expected_head_is_a_usage_error(sound: Path) -> None:
    """`--expect-head` takes a SHA-256 hash, 64 hex digits; anything else exits 2."""
    with pytest.raises(SystemExit) as exit_:
        run("verify", "--expect-head", "abc", "--log", str(sound))
    assert 2 == exit_.value.code


def test_a_torn_tail_is_a_warning_and_verify_exits_0(sound: Path) -> None:
    """A log whose last write was cut: `verify` warns (naming the first lost record), still
    prints `ok:` with the committed records, and exits 0.
    """
    count, _ = _head(sound)
    lines = _lines(sound)
    last_batch = count - max(r.seq for r in list(open_log(sound).read())[:-1] if r.commit)
    sound.write_bytes(b"".join(lines)[: -len(lines[-1]) // 2])
    status, out, _ = run("verify", "--log", str(sound))
    warnings = [line for line in out.splitlines() if line.startswith("warning: ")]
    assert 0 == status
    assert f"record {count - last_batch + 1}: torn last batch" in warnings[-1]
    assert f"ok: {count - last_batch} records;" in out


def test_verify_of_an_absent_log_exits_2(tmp_path: Path) -> None:
    """A log that does not exist is bad usage: exit 2 and one line."""
    status, _, err = run("verify", "--log", str(tmp_path / "absent.jsonl"))
    assert (2, 1) == (status, len(err.splitlines()))
