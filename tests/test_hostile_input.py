"""Hostile input: whatever bytes reach the log reader, the ingester or `timeline append`, only a
`TimelineError` comes out (exit status 2 and one line naming the place at the command line), and
nothing is appended.

The fuzzers start from real inputs (the committed log, `log --json` lines, the synthetic seed
files) and mutate them; the explicit cases name each kind of hostile input once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.converter import SCHEMA_VERSION
from timeline.errors import InputError, TimelineError
from timeline.log import GENESIS, JsonlLog, LogRecord
from timeline.log.jsonl import raw_lines
from timeline.log.records import (
    MAX_RECORD_BYTES,
    decode_record,
    encode_record,
    parse_json,
    parse_json_strictly,
    seal_batch,
)
from timeline.log.verify import check
from timeline.projections.catalogue import Catalogue
from timeline.sources.annotations import MAX_SEED_BYTES, read_seed
from timeline.sources.ingest import events_from_seed, events_from_seeds

from .helpers import COMMITTED_LOG, ROOT
from .strategies.hostile import json_texts, mutated_bytes, mutated_json, mutated_toml

MULTISOURCE = ROOT / "tests" / "data" / "multisource"
SEEDS = sorted(MULTISOURCE.glob("*.toml"))
COMMITTED = COMMITTED_LOG.read_bytes().splitlines(keepends=True)


def _small_log() -> list[bytes]:
    """The article, its entities and five events of the committed log, in four batches."""
    events = [decode_record(line, "").event for line in COMMITTED[:18]]
    records: list[LogRecord] = []
    for lo, hi in ((0, 4), (4, 13), (13, 16), (16, 18)):
        records += seal_batch(
            events[lo:hi],
            last_seq=len(records),
            last_hash=records[-1].hash if records else GENESIS,
            recorded_at=dt.datetime(2024, 3, 12, 9, 30, tzinfo=dt.UTC),
        )
    return [(encode_record(r) + "\n").encode("utf-8") for r in records]


LOG_LINES = _small_log()
SMALL_LOG = b"".join(LOG_LINES)
"""A sound log of 18 records in four batches: the article, its entities and five events."""

_FUZZ = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_FUZZ_CLI = settings(_FUZZ, max_examples=max(10, settings().max_examples // 3))
"""A third of the profile's examples for fuzzers that run the whole command line several
times an example."""


def _run(argv: list[str], stdin: str | bytes | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process with `stdin` (bytes reach it as a binary buffer, as a pipe
    would); returns (status, stdout, stderr).
    """
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    if isinstance(stdin, bytes):
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    elif stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stderr(err):
            status = main(argv, out)
    finally:
        sys.stdin = old
    return status, out.getvalue(), err.getvalue()


def _dump(log: Path) -> list[str]:
    """The lines `timeline log --json` prints for `log`."""
    status, out, _ = _run(["log", "--json", "--log", str(log)])
    assert 0 == status
    return out.splitlines()


DUMP = _dump(COMMITTED_LOG)
"""The committed log as `timeline log --json` prints it: what `timeline append` reads."""


@pytest.fixture
def log(tmp_path: Path) -> Path:
    """A copy of the first twelve records of the committed log."""
    path = tmp_path / "log.jsonl"
    path.write_bytes(SMALL_LOG)
    return path


@contextlib.contextmanager
def _documented_errors_only() -> Iterator[None]:
    """Let a `TimelineError` pass silently; any other exception fails the test."""
    try:
        yield
    except TimelineError as exc:
        event(type(exc).__name__)
    else:
        event("no error")


# The log reader ------------------------------------------------------------------------------


@_FUZZ
@given(line=st.binary(max_size=300) | st.sampled_from(COMMITTED).flatmap(mutated_bytes))
def test_decoding_any_bytes_gives_a_record_or_an_input_error(line: bytes) -> None:
    """`decode_record` on random or mutated lines returns a record or raises InputError."""
    with contextlib.suppress(InputError):
        assert isinstance(decode_record(line, "x:1"), LogRecord)


@_FUZZ
@given(data=st.sampled_from(COMMITTED).map(json.loads).flatmap(mutated_json))
def test_decoding_any_mutated_record_gives_a_record_or_an_input_error(data: Any) -> None:
    """`decode_record` on records with hostile values anywhere returns a record or InputError."""
    line = json.dumps(data, ensure_ascii=False) if _encodable(data) else json.dumps(data)
    with contextlib.suppress(InputError):
        assert isinstance(decode_record(line, "x:1"), LogRecord)


def _encodable(data: Any) -> bool:
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@_FUZZ
@given(text=json_texts())
def test_the_fast_json_parser_answers_as_the_strict_one(text: str | bytes) -> None:
    """`parse_json` (orjson, with guards for depth and long integers) returns what the strict
    parser returns, and refuses what it refuses with the same message.
    """
    try:
        expected: Any = parse_json_strictly(text, "x:1")
    except InputError as exc:
        expected = str(exc)
    try:
        found: Any = parse_json(text, "x:1")
    except InputError as exc:
        found = str(exc)
    assert type(expected) is type(found)
    assert json.dumps(expected) == json.dumps(found)


@_FUZZ
@given(data=mutated_bytes(SMALL_LOG), batch=st.sampled_from([[], COMMITTED[19:21]]))
def test_a_mutated_log_file_reads_appends_and_verifies_or_raises_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, batch: list[bytes]
) -> None:
    """Reading, appending to and verifying a mutated log never raises anything but a
    TimelineError, and an append never loses a record that could be read before it.
    """
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    path.write_bytes(data)
    log = JsonlLog(path)
    check(raw_lines(path))  # verify reports problems, it never raises
    before = None
    with _documented_errors_only():
        before = list(log.read())
        assert len(before) == log.last_seq()
    events = [decode_record(line, "x").event for line in batch]
    with _documented_errors_only():
        appended = log.append(events)
        if before is not None:
            assert before + appended == list(log.read())


# The ingester --------------------------------------------------------------------------------


def _copy_texts(folder: Path) -> None:
    for text in MULTISOURCE.glob("*.txt"):
        shutil.copy(text, folder / text.name)


@_FUZZ
@given(seed=st.sampled_from(SEEDS), data=st.data())
def test_a_mutated_seed_file_gives_events_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, seed: Path, data: st.DataObject
) -> None:
    """`read_seed` and `events_from_seed` on a seed file with hostile values, deleted or
    repeated lines, or broken bytes return events or raise a TimelineError, nothing else.
    """
    folder = tmp_path_factory.mktemp("seeds")
    _copy_texts(folder)
    text = seed.read_text(encoding="utf-8")
    raw = data.draw(
        mutated_toml(text).map(str.encode) | mutated_bytes(text.encode("utf-8")), label="seed"
    )
    path = folder / seed.name
    path.write_bytes(raw)
    with _documented_errors_only():
        events_from_seed(read_seed(path), Catalogue({}, {}))
    with _documented_errors_only():
        events_from_seeds([*SEEDS, path], Catalogue({}, {}))


@_FUZZ
@given(seed=st.sampled_from(SEEDS), data=st.data())
def test_a_mutated_source_text_gives_events_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, seed: Path, data: st.DataObject
) -> None:
    """A seed whose text file was damaged (cut, flipped, broken UTF-8) gives events or an error."""
    folder = tmp_path_factory.mktemp("seeds")
    shutil.copy(seed, folder / seed.name)
    text = seed.with_suffix(".txt")
    (folder / text.name).write_bytes(data.draw(mutated_bytes(text.read_bytes()), label="text"))
    with _documented_errors_only():
        events_from_seed(read_seed(folder / seed.name), Catalogue({}, {}))


# `timeline append` ---------------------------------------------------------------------------


def _mutated_dump(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.sampled_from(DUMP[:14]), min_size=1, max_size=6))
    index = draw(st.integers(0, len(lines) - 1))
    data = draw(mutated_json(json.loads(lines[index])))
    lines[index] = json.dumps(data, ensure_ascii=False) if _encodable(data) else json.dumps(data)
    return ("\n".join(lines) + "\n").encode("utf-8")


@st.composite
def _append_inputs(draw: st.DrawFn) -> bytes:
    """What might come down a pipe into `timeline append`."""
    whole = ("\n".join(DUMP[:14]) + "\n").encode("utf-8")
    return draw(
        st.one_of(
            st.builds(_mutated_dump, st.just(draw)),
            mutated_bytes(whole),
            st.binary(max_size=200),
        )
    )


_QUERIES = (
    ["state", "mistral-ai", "--as-of", "2024-03"],
    ["state", "mistral-ai"],
    ["replay", "--json"],
    ["why", "mistral-ai", "partners"],
    ["diff", "mistral-ai", "2024-01", "2024-03"],
    ["log", "--json"],
    ["entities"],
)
"""Questions asked of a log after a hostile append went through: each answers or exits 2."""


@_FUZZ_CLI
@given(stdin=_append_inputs())
def test_append_takes_any_input_whole_or_refuses_it_with_one_line(
    tmp_path_factory: pytest.TempPathFactory, stdin: bytes
) -> None:
    """`timeline append` on hostile input exits 0 with a log that verifies, or exits 2 with one
    line naming the input line and the log untouched; it never raises.
    """
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    path.write_bytes(SMALL_LOG)
    status, _, err = _run(["append", "--log", str(path)], stdin)
    event(f"exit {status}")
    if status == 0:
        assert 0 == _run(["verify", "--log", str(path)])[0]
        for argv in _QUERIES:
            assert _run([*argv, "--log", str(path)])[0] in (0, 2)
    else:
        assert (2, 1) == (status, len(err.splitlines()))
        assert err.startswith("timeline append: error: <stdin>:")
        assert SMALL_LOG == path.read_bytes()


@_FUZZ_CLI
@given(data=mutated_bytes(SMALL_LOG))
def test_reading_a_mutated_log_from_the_command_line_gives_an_answer_or_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    """`state`, `replay`, `why`, `log`, `entities` and `verify` on a damaged log answer, or exit
    with one line on stderr; none raises.
    """
    path = tmp_path_factory.mktemp("log") / "log.jsonl"
    path.write_bytes(data)
    for argv in (
        ["state", "mistral-ai", "--as-of", "2024-03"],
        ["replay", "--json"],
        ["why", "mistral-ai", "partners"],
        ["log"],
        ["entities"],
        ["verify"],
    ):
        status, _, err = _run([*argv, "--log", str(path)])
        if status == 2:
            assert 1 == len(err.splitlines())
        else:
            assert status in ((0, 1) if argv[0] == "verify" else (0,))


# Each kind of hostile input, once ------------------------------------------------------------


def _event(seq: int) -> dict[str, Any]:
    """The event of the committed log's record `seq`, as `log --json` prints it."""
    data: dict[str, Any] = json.loads(DUMP[seq - 1])["event"]
    return data


def _edited(seq: int, **fields: Any) -> str:
    """Record `seq`'s event with `fields` changed and its id dropped, as a JSON line."""
    event = {k: v for k, v in _event(seq).items() if k != "id"}
    event.update(fields)
    return json.dumps(event, ensure_ascii=False)


_VALUATION = next(
    i for i, line in enumerate(DUMP, 1) if json.loads(line)["type"] == "valuation_reported"
)
_SOURCE = 1

APPEND_CASES: dict[str, tuple[str | bytes, str]] = {
    "malformed JSON": ('{"type": "founded", ', "<stdin>:2: not valid JSON"),
    "a JSON array": ("[1, 2]", "<stdin>:2: not an event: an event must be a JSON object"),
    "an unknown event type": ('{"type": "teleported"}', "<stdin>:2: not an event: unknown event"),
    "a schema from the future": (
        json.dumps({**json.loads(DUMP[_VALUATION - 1]), "schema": SCHEMA_VERSION + 1}),
        f"<stdin>:2: schema version {SCHEMA_VERSION + 1} is newer",
    ),
    "an impossible date": (
        _edited(_VALUATION, known_since="2024-02-30"),
        "<stdin>:2: not an event: valuation_reported: day is out of range for month",
    ),
    "an invalid date": (
        _edited(_VALUATION, known_since="12/03/2024"),
        "<stdin>:2: not an event: valuation_reported: Invalid isoformat string",
    ),
    "a span ending before it starts": (
        _edited(
            _VALUATION,
            when={"start": "2024-03-12", "end": "2024-03-01", "precision": "day"},
        ),
        "<stdin>:2: not an event: valuation_reported: span end 2024-03-01 must be after",
    ),
    "an amount beyond 64 bits": (
        _edited(_VALUATION, amount=10**30),
        "<stdin>:2: integer 10000000000000000000... does not fit in 64 bits",
    ),
    "no entity": (
        _edited(_VALUATION, entities=[]),
        "<stdin>:2: not an event: valuation_reported: a reported event names at least one",
    ),
    "NaN": (_edited(_VALUATION).replace('"amount":', '"amount": NaN, "x":'), "not valid JSON"),
    "nesting a thousand deep": ("[" * 1000 + "]" * 1000, "<stdin>:2: JSON nested deeper"),
    "a lone surrogate": (
        _edited(_VALUATION, qualifier="\ud800"),
        "<stdin>:2: string '\\ud800' is not valid Unicode",
    ),
    "bytes that are not UTF-8": (b'{"type": "founded", "x": "\xe9t\xe9"}', "<stdin>:2: not UTF-8"),
    "a field of megabytes": (
        json.dumps(
            {
                **_event(_SOURCE),
                "id": "",
                "document": {**_event(_SOURCE)["document"], "title": "x" * MAX_RECORD_BYTES},
            }
        ),
        "<stdin>:2: event of",
    ),
    "a line longer than the limit": ("x" * (2 * MAX_RECORD_BYTES + 1), "<stdin>:2: line longer"),
    "a quote not in its source": (
        _edited(_VALUATION, source={**_event(_VALUATION)["source"], "quote": "pas dans le texte"}),
        "<stdin>:2: event valuation_reported-",
    ),
    "a quote citing an unregistered document": (
        _edited(_VALUATION, source={**_event(_VALUATION)["source"], "document": "nowhere"}),
        "cites document 'nowhere', not registered before it",
    ),
    "an id that does not match the content": (
        json.dumps({**_event(_VALUATION), "amount": 1}),
        "<stdin>:2: id 'valuation_reported-",
    ),
}
"""Each kind of hostile `append` input, written as line 2 after a good line, with the
message that must name it."""


@pytest.mark.parametrize("case", APPEND_CASES)
def test_append_refuses_each_kind_of_hostile_line_and_writes_nothing(log: Path, case: str) -> None:
    """Each hostile line makes `append` exit 2 with one line naming `<stdin>:2`, writing nothing."""
    line, message = APPEND_CASES[case]
    good = DUMP[20]
    stdin = good.encode() + b"\n" + line + b"\n" if isinstance(line, bytes) else f"{good}\n{line}\n"
    before = log.read_bytes()
    status, out, err = _run(["append", "--log", str(log)], stdin)
    assert (2, "", 1) == (status, out, len(err.splitlines()))
    assert message in err
    assert before == log.read_bytes()


def _seed_copy(tmp_path: Path, name: str = "wire-2024-03-01") -> tuple[Path, str]:
    """A copy of a synthetic seed and its text in `tmp_path/seeds`; (seed path, seed text)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    _copy_texts(folder)
    seed = MULTISOURCE / f"{name}.toml"
    shutil.copy(seed, folder / seed.name)
    return folder / seed.name, seed.read_text(encoding="utf-8")


def _line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


INGEST_CASES: dict[str, tuple[str, str, str]] = {
    "malformed TOML": ("published = 2024-03-01", 'published = "2024-03-01', "not valid TOML"),
    "an unknown event type": (
        'type = "valuation_reported"',
        'type = "teleported"',
        "unknown event",
    ),
    "a schema from the future": ("[source]", "schema = 99\n[source]", "schema version 99 is newer"),
    "an impossible date in the TOML": (
        "published = 2024-03-01",
        "published = 2024-02-30",
        "not valid TOML (Invalid date",
    ),
    "an impossible date in a string": (
        "published = 2024-03-01",
        'published = "2024-02-30"',
        "is not an ISO date",
    ),
    "an impossible date expression": (
        'when = "April 2023"',
        'when = "30 February 2023"',
        "no such date: '30 February 2023'",
    ),
    "date words not in the text": ('when = "', 'when = "fin février" # ', "is not in the text"),
    "the last day there is": ("published = 2024-03-01", "published = 9999-12-31", "too late"),
    "a quote not in its source": ('quote = "', 'quote = "Not in the text" # ', "quote not found"),
    "a NUL in the text path": (
        'text = "wire-2024-03-01.txt"',
        'text = "wire\\u0000.txt"',
        "cannot be used",
    ),
    "a source id that is not a string": ('id = "wire-2024-03-01"', "id = 12", "id must be"),
    "an offset that is not a number": ('quote = "', 'offset = true\nquote = "', "offset must be"),
}
"""(a line fragment of wire-2024-03-01.toml, what replaces it, the expected message). The
text of the source also says "30 February 2023", so that the impossible date is in it."""


@pytest.mark.parametrize("case", INGEST_CASES)
def test_ingest_refuses_each_kind_of_hostile_seed_naming_its_line(
    tmp_path: Path, case: str
) -> None:
    """Each hostile seed makes `ingest` exit 2 with one line naming `file:line`, writing nothing."""
    seed, text = _seed_copy(tmp_path)
    with seed.with_suffix(".txt").open("a", encoding="utf-8") as f:
        f.write(" Its first plant opened on 30 February 2023.")
    old, new, message = INGEST_CASES[case]
    assert old in text
    changed = text.replace(old, new, 1)
    seed.write_text(changed, encoding="utf-8")
    log = tmp_path / "log.jsonl"
    status, _, err = _run(["ingest", str(seed), "--log", str(log)])
    assert (2, 1) == (status, len(err.splitlines()))
    assert message in err
    assert f"{seed}:{_line_of(changed, new.splitlines()[0])}: " in err
    assert not log.exists()


FOLDER_CASES: dict[str, tuple[str, str, str]] = {
    "a text path escaping the folder": (
        'text = "wire-2024-03-01.txt"',
        'text = "../../etc/passwd"',
        "escapes the seed folder",
    ),
    "an absolute text path": (
        'text = "wire-2024-03-01.txt"',
        'text = "/etc/passwd"',
        "escapes the seed folder",
    ),
}
"""Cases refused in a seed file found in a folder; one named on the command line may name its
text anywhere (a draft `extract` wrote elsewhere), as `test_extract.py` shows."""


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_ingest_of_a_folder_refuses_a_text_outside_it_naming_the_line(
    tmp_path: Path, case: str
) -> None:
    """A seed found in a folder naming a text outside it: exit 2, one line, nothing written."""
    seed, text = _seed_copy(tmp_path)
    old, new, message = FOLDER_CASES[case]
    changed = text.replace(old, new, 1)
    seed.write_text(changed, encoding="utf-8")
    log = tmp_path / "log.jsonl"
    status, _, err = _run(["ingest", str(seed.parent), "--log", str(log)])
    assert (2, 1) == (status, len(err.splitlines()))
    assert message in err
    assert f"{seed}:{_line_of(changed, new)}: " in err
    assert not log.exists()


@pytest.mark.parametrize(
    ("which", "content", "message"),
    [
        ("seed", b'[source]\nid = "\xe9"\n', "not UTF-8 at byte"),
        ("text", b"Acme \xff\xfe", "not UTF-8 at byte"),
        ("seed", b"#" * (MAX_SEED_BYTES + 1), f"larger than {MAX_SEED_BYTES} bytes"),
        ("text", b"a" * (MAX_SEED_BYTES + 1), f"larger than {MAX_SEED_BYTES} bytes"),
    ],
)
def test_ingest_refuses_broken_or_oversized_files(
    tmp_path: Path, which: str, content: bytes, message: str
) -> None:
    """A seed or text file that is not UTF-8 or too large: exit 2, one line, nothing written."""
    seed, _ = _seed_copy(tmp_path)
    target = seed if which == "seed" else seed.with_suffix(".txt")
    target.write_bytes(content)
    log = tmp_path / "log.jsonl"
    status, _, err = _run(["ingest", str(seed), "--log", str(log)])
    assert (2, 1) == (status, len(err.splitlines()))
    assert f"{target}" in err
    assert message in err
    assert not log.exists()


def test_an_ingest_with_one_bad_file_among_good_ones_writes_nothing(tmp_path: Path) -> None:
    """A batch of seed files is all or nothing: one bad file and no event of any is appended."""
    seed, text = _seed_copy(tmp_path)
    seed.write_text(text.replace('quote = "', 'quote = "Not there" # ', 1), encoding="utf-8")
    others = [str(p) for p in SEEDS if p.name != seed.name]
    log = tmp_path / "log.jsonl"
    status, _, _ = _run(["ingest", *others, str(seed), "--log", str(log)])
    assert 2 == status
    assert not log.exists()


def _record_line(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")


def _corrupt(seq: int, change: Any) -> bytes:
    """SMALL_LOG with record `seq`'s line replaced by what `change` makes of its JSON."""
    lines = list(LOG_LINES)
    data = json.loads(lines[seq - 1])
    made = change(data)
    lines[seq - 1] = made if isinstance(made, bytes) else _record_line(made)
    return b"".join(lines)


def _set_event(**fields: Any) -> Any:
    return lambda d: {**d, "event": {**d["event"], **fields}}


CORRUPT_LOGS: dict[str, tuple[bytes, str]] = {
    "malformed JSON": (_corrupt(5, lambda d: b'{"seq": 5,\n'), ":5: not valid JSON"),
    "an unknown event type": (
        _corrupt(5, _set_event(type="teleported")),
        ":5: invalid event in record 5: unknown event type 'teleported'",
    ),
    "a schema from the future": (
        _corrupt(5, lambda d: {**d, "schema": SCHEMA_VERSION + 1}),
        f":5: schema version {SCHEMA_VERSION + 1} is newer",
    ),
    "an impossible date": (
        _corrupt(15, _set_event(known_since="2024-02-30")),
        ":15: invalid event in record 15: stance_stated: day is out of range for month",
    ),
    "bytes that are not UTF-8": (_corrupt(5, lambda d: b'{"seq": "\xe9"}\n'), ":5: not UTF-8"),
    "a line of megabytes": (
        _corrupt(5, lambda d: b"x" * (MAX_RECORD_BYTES + 10) + b"\n"),
        f":5: record longer than {MAX_RECORD_BYTES} bytes",
    ),
    "a deleted record": (b"".join(LOG_LINES[:4] + LOG_LINES[5:]), ":5: record 6 does not follow"),
    "a lone surrogate": (
        _corrupt(15, lambda d: _record_line(d).replace(b'"type":', b'"\\udc00": 1, "type":', 1)),
        ":15: string '\\udc00' is not valid Unicode",
    ),
}
"""Damaged logs, each with the `file:line: ...` message that reading it must give."""


@pytest.mark.parametrize("case", CORRUPT_LOGS)
@pytest.mark.parametrize(
    "argv",
    [
        ["state", "mistral-ai"],
        ["replay"],
        ["log", "--json"],
        ["why", "mistral-ai", "partners"],
        ["entities"],
        ["append"],
    ],
    ids=lambda argv: argv[0],
)
def test_reading_a_corrupt_log_exits_2_with_one_line_naming_the_place(
    log: Path, case: str, argv: list[str]
) -> None:
    """Every command that reads a damaged log exits 2 with one `file:line` message, and
    `append` writes nothing after the damage.
    """
    data, message = CORRUPT_LOGS[case]
    log.write_bytes(data)
    status, _, err = _run([*argv, "--log", str(log)], DUMP[20] + "\n")
    assert (2, 1) == (status, len(err.splitlines()))
    assert f"{log}{message}" in err
    assert data == log.read_bytes()


_BROKEN_LINES = [
    "malformed JSON",
    "bytes that are not UTF-8",
    "a deleted record",
    "a lone surrogate",
    "a schema from the future",
]
"""Damage a full replay must see whatever the entity: the line is no record, its envelope is
wrong, or it breaks the chain. (Damage inside an event of another entity is left to `verify`.)"""


@pytest.mark.parametrize("case", CORRUPT_LOGS)
def test_a_full_replay_of_a_corrupt_log_answers_or_exits_2_with_one_line(
    log: Path, case: str
) -> None:
    """`state --full-replay` on a damaged log exits 2 with one `file:line` message when the
    damage breaks a line or the chain, and otherwise either answers or says so in one line.
    """
    data, message = CORRUPT_LOGS[case]
    log.write_bytes(data)
    status, _, err = _run(["state", "mistral-ai", "--full-replay", "--log", str(log)])
    if case in _BROKEN_LINES:
        assert (2, 1) == (status, len(err.splitlines()))
        assert f"{log}:{message.split(':')[1]}:" in err
    else:
        assert status in (0, 2)
        assert len(err.splitlines()) == (status == 2)


@pytest.mark.parametrize("case", CORRUPT_LOGS)
def test_verify_reports_a_corrupt_log_at_its_first_bad_record(log: Path, case: str) -> None:
    """`verify` on a damaged log exits 1 naming the damaged line, never 2 or a traceback."""
    data, message = CORRUPT_LOGS[case]
    log.write_bytes(data)
    status, out, _ = _run(["verify", "--log", str(log)])
    assert 1 == status
    assert f"{log}:{message.split(':')[1]}: record " in out


def test_a_log_that_is_a_directory_exits_2_with_one_line(tmp_path: Path) -> None:
    """A log path naming a directory is a one-line error, not a traceback."""
    folder = tmp_path / "log.jsonl"
    folder.mkdir()
    for argv in (["state", "x"], ["verify"], ["append"]):
        status, _, err = _run([*argv, "--log", str(folder)], "")
        assert (2, 1) == (status, len(err.splitlines()))
        assert str(folder) in err


@pytest.mark.parametrize("brk", list("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), ids=repr)
def test_an_error_quoting_a_line_break_from_the_input_stays_on_one_line(
    log: Path, brk: str
) -> None:
    """An error message that quotes a key holding a line break (any that `splitlines` sees)
    prints it escaped: the message is still one line.
    """
    line = json.dumps({"type": "entity_registered", f"x{brk}y": 1}, ensure_ascii=False)
    status, _, err = _run(["append", "--log", str(log)], line + "\n")
    assert (2, 1) == (status, len(err.splitlines()))
    assert brk.encode("unicode_escape").decode("ascii") in err
