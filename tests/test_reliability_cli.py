"""The command line never gives a traceback or hangs: dates at the ends of the calendar,
sequence numbers out of range, named pipes where files belong, a power cut's torn tail, Ctrl-C.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.cli import main
from timeline.converter import unstructure_event
from timeline.errors import DateError, InputError, TimelineError
from timeline.identity import with_content_id
from timeline.log import JsonlLog, MemoryLog, open_log
from timeline.time import Tense, resolve
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EntityRegistered, Event

from .helpers import ROOT, SEED, seed_log, write_seed
from .strategies.calendar_ends import extreme_dates, extreme_expressions
from .test_crash_safety import BUILDERS, batch_of

TIMEOUT = 60
"""Seconds a subprocess may run before the test counts it as hung (and kills it)."""

ENTITY = "mistral-ai"
"""An entity of the seed log."""


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stderr(err):
            try:
                status = main(list(argv), out)
            except SystemExit as exc:  # argparse's usage errors
                status = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old
    return status, out.getvalue(), err.getvalue()


def run_bounded(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `python -m timeline` in a subprocess; a run still going after `TIMEOUT` fails."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "timeline", *argv],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`timeline {' '.join(argv)}` was still running after {TIMEOUT} s: it hung")
    return done.returncode, done.stdout, done.stderr


def one_error_line(err: str, command: str) -> str:
    """The one line `err` holds, checked to be the error line of `command`."""
    lines = err.splitlines()
    assert 1 == len(lines), err
    assert lines[0].startswith(f"timeline {command}: error: "), err
    return lines[0]


def _bare(events: list[Event]) -> str:
    """Events as JSON lines, for `timeline append`."""
    return "".join(json.dumps(unstructure_event(e), ensure_ascii=False) + "\n" for e in events)


@pytest.fixture
def log(tmp_path: Path) -> str:
    """A fresh log of the seed article's events."""
    return str(seed_log(tmp_path).log.location)


# 8. Dates at the ends of the calendar ---------------------------------------------------------


@pytest.mark.parametrize("expression", ["9999-12-31", "9999-W52", "9999-12", "9999-Q4", "9999"])
def test_when_at_the_end_of_the_calendar_is_one_error_line_naming_the_date(
    expression: str,
) -> None:
    """A span that would end after 9999-12-31 is refused with exit 2 and one line naming it."""
    status, out, err = run("when", expression, "--ref", "2024-03-12")
    assert (2, "") == (status, out)
    line = one_error_line(err, "when")
    assert f"{expression!r}" in line
    assert "9999-12-31, the last day of the calendar" in line


@pytest.mark.parametrize(
    "argv",
    [
        ["state", ENTITY, "--as-of", "9999-12-31"],
        ["state", ENTITY, "--known-at", "9999-12-31"],
        ["state", ENTITY, "--full-replay", "--as-of", "9999-12-31"],
        ["log", "--until", "9999-12-31"],
        ["log", "--since", "9999-W52"],
        ["diff", ENTITY, "2024-01", "9999-12-31"],
        ["why", ENTITY, "valuation", "--as-of", "9999-12-31"],
        ["replay", "--until", "9999-12-31"],
    ],
)
def test_a_query_at_the_end_of_the_calendar_is_one_error_line(log: str, argv: list[str]) -> None:
    """`--as-of`, `--known-at`, `--until`, `--since` and `diff` dates at the calendar's end
    exit 2 with one line naming the date, in every command that takes them.
    """
    status, out, err = run(*argv, "--log", log)
    assert (2, "") == (status, out)
    assert argv[-1] in one_error_line(err, argv[0])


@pytest.mark.parametrize("as_of", ["9999-12", "9999-12-31", dt.date.max, "fin décembre 9999"])
def test_the_library_refuses_a_date_at_the_end_of_the_calendar_with_a_date_error(
    as_of: str | dt.date,
) -> None:
    """`Timeline.state(as_of=...)` at the end of the calendar raises DateError, a TimelineError."""
    tl = Timeline(MemoryLog())
    with pytest.raises(DateError) as caught:
        tl.state(ENTITY, as_of=as_of)
    assert "9999" in str(caught.value)


@pytest.mark.parametrize(
    ("expression", "ref"),
    [
        ("hier", "0001-01-01"),
        ("yesterday", "0001-01-01"),
        ("il y a 3 jours", "0001-01-02"),
        ("the day before yesterday", "0001-01-01"),
        ("../0001-01-01", "0001-01-01"),
        ("demain", "9999-12-31"),
        ("31 décembre 9999", "2024-03-12"),
    ],
)
def test_a_date_before_the_first_day_or_after_the_last_is_one_error_line(
    expression: str, ref: str
) -> None:
    """Expressions that reach past either end of the calendar exit 2 with one line naming them."""
    status, out, err = run("when", expression, "--ref", ref)
    assert (2, "") == (status, out)
    assert f"{expression!r}" in one_error_line(err, "when")


@pytest.mark.parametrize(
    ("expression", "ref", "day"),
    [
        ("aujourd'hui", "0001-01-01", "0001-01-01"),
        ("demain", "0001-01-01", "0001-01-02"),
        ("hier", "9999-12-31", "9999-12-30"),
        ("2024-03-12", "9999-12-31", "2024-03-12"),
    ],
)
def test_the_first_and_last_days_are_valid_references(expression: str, ref: str, day: str) -> None:
    """`--ref` at either end of the calendar resolves the days that stay inside it."""
    status, out, err = run("when", expression, "--ref", ref, "--json")
    assert (0, "") == (status, err)
    assert day == json.loads(out)["label"]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    expression=extreme_expressions(),
    ref=extreme_dates(),
    tense=st.sampled_from(Tense),
    lang=st.sampled_from([None, "fr", "en"]),
)
def test_only_date_errors_come_out_of_dates_at_the_ends_of_the_calendar(
    expression: str, ref: dt.date, tense: Tense, lang: str | None
) -> None:
    """Any expression at or towards either end of the calendar, read against any reference
    date near either end, resolves to a span inside the calendar or raises DateError; the
    library raises only TimelineError for it; `timeline when` exits 0 or 2 with one line.
    """
    try:
        span = resolve(expression, ref, lang=lang, tense=tense)
    except DateError:
        pass
    else:
        assert span.start is None or span.end is None or span.start < span.end
        assert span.last is None or dt.date.min <= span.last
    with contextlib.suppress(TimelineError):
        Timeline(MemoryLog()).axes(as_of=expression, known_at=ref, ref=ref)
    options = ["--ref", ref.isoformat(), "--tense", tense.value]
    status, out, err = run("when", *options, *(["--lang", lang] if lang else []), "--", expression)
    if status == 2:
        one_error_line(err, "when")
    else:
        assert (0, "") == (status, err)
        assert 1 == len(out.splitlines())


# 9. Sequence numbers out of range -------------------------------------------------------------

_BAD_SEQS = ["-5", "-1", str(2**63), str(2**64), "99999999999999999999999", "1.5", "seven"]


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
@pytest.mark.parametrize("value", _BAD_SEQS)
@pytest.mark.parametrize(
    "argv",
    [
        ["state", ENTITY],
        ["log"],
        ["replay"],
        ["diff", ENTITY, "2023", "2024"],
        ["why", ENTITY, "valuation"],
    ],
)
def test_an_upto_seq_out_of_range_is_a_usage_error(
    tmp_path: Path, argv: list[str], value: str, suffix: str
) -> None:
    """`--upto-seq` below 0, at 2**63 or beyond (or not an integer) exits 2 with one usage line."""
    path = seed_log(tmp_path, f"log{suffix}").log.location
    status, out, err = run(*argv, "--log", path, f"--upto-seq={value}")
    assert (2, "") == (status, out)
    assert "argument --upto-seq" in one_error_line(err, argv[0])


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
def test_the_largest_upto_seq_is_the_whole_log(tmp_path: Path, suffix: str) -> None:
    """`--upto-seq` 2**63 - 1 is accepted by every backend and reads the whole log."""
    tl = seed_log(tmp_path, f"log{suffix}")
    status, out, _ = run("log", "--json", "--log", tl.log.location, f"--upto-seq={2**63 - 1}")
    assert (0, len(tl.records())) == (status, len(out.splitlines()))


@pytest.mark.parametrize("upto_seq", [-1, -5, 2**63, 2**64, 1.5, "3", True])
def test_timeline_axes_refuses_an_upto_seq_that_is_no_sequence_number(upto_seq: object) -> None:
    """`Timeline.axes` raises InputError for a negative, non-integer or too large `upto_seq`."""
    with pytest.raises(InputError):
        Timeline(MemoryLog()).axes(upto_seq=upto_seq)  # type: ignore[arg-type]


def test_timeline_axes_takes_zero_and_the_largest_sequence_number() -> None:
    """`upto_seq` 0 (an empty log) and 2**63 - 1 are sequence numbers."""
    tl = Timeline(MemoryLog())
    assert [0, 2**63 - 1] == [tl.axes(upto_seq=n).upto_seq for n in (0, 2**63 - 1)]


# 13. Named pipes where files belong -----------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    """A named pipe nothing ever writes to, in a folder of its own."""
    folder = tmp_path / "fifos"
    folder.mkdir()
    path = folder / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
@pytest.mark.parametrize(
    "argv",
    [["log"], ["state", ENTITY], ["entities"], ["verify"], ["ingest", str(SEED)], ["append"]],
)
def test_a_named_pipe_as_the_log_is_refused_without_blocking(
    fifo: Path, argv: list[str], suffix: str
) -> None:
    """`--log` naming a named pipe exits 2 with one line saying it is not a regular file."""
    path = fifo.rename(fifo.with_suffix(suffix))
    status, out, err = run_bounded(*argv, "--log", str(path))
    assert (2, "") == (status, out)
    assert f"{path}: not a regular file (a named pipe)" in one_error_line(err, argv[0])


def test_a_named_pipe_as_a_seed_file_is_refused_without_blocking(
    fifo: Path, tmp_path: Path
) -> None:
    """`timeline ingest PIPE` exits 2 with one line, and writes no log."""
    status, out, err = run_bounded("ingest", str(fifo), "--log", str(tmp_path / "log.jsonl"))
    assert (2, "") == (status, out)
    assert f"{fifo}: not a regular file (a named pipe)" in one_error_line(err, "ingest")
    assert not (tmp_path / "log.jsonl").exists()


def test_a_named_pipe_as_a_seeds_source_text_is_refused_without_blocking(tmp_path: Path) -> None:
    """A seed file whose `text` names a named pipe is refused with one line naming its text."""
    source = {
        "id": "wire-1",
        "title": "A report",
        "publisher": "Test Wire",
        "published": "2024-03-12",
        "language": "en",
    }
    seed = write_seed(tmp_path / "seeds", "report", "Acme was founded in 2020.", source)
    text = seed.with_suffix(".txt")
    text.unlink()
    os.mkfifo(text)
    status, out, err = run_bounded("ingest", str(seed), "--log", str(tmp_path / "log.jsonl"))
    assert (2, "") == (status, out)
    assert "'report.txt' is not a file" in one_error_line(err, "ingest")


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "--published", "2024-03-12", "--lang", "fr", "--source-id", "a", "-o", "-"],
        ["tag", "--ref", "2024-03-12", "--lang", "fr"],
    ],
)
def test_a_named_pipe_as_an_article_is_refused_without_blocking(
    fifo: Path, argv: list[str]
) -> None:
    """`timeline extract PIPE` and `timeline tag PIPE` exit 2 with one line."""
    status, out, err = run_bounded(argv[0], str(fifo), *argv[1:])
    assert (2, "") == (status, out)
    assert f"{fifo}: not a regular file (a named pipe)" in one_error_line(err, argv[0])


def test_a_folder_as_the_log_is_refused_as_not_a_regular_file(tmp_path: Path) -> None:
    """`--log` naming a folder exits 2 with one line saying what it is."""
    folder = tmp_path / "log.jsonl"
    folder.mkdir()
    status, _, err = run("log", "--log", str(folder))
    assert 2 == status
    assert "not a regular file (a directory)" in one_error_line(err, "log")


# 16. A power cut inside the last batch ---------------------------------------------------------

PAGE = 4096
"""The unit a power cut loses: a page of the file reads back as zeros."""

ACME = [with_content_id(EntityRegistered(entity=Entity(id="acme", name="Acme")))]
"""The registration of the entity the facts of `batch_of` are about."""


def _big_batch(tag: str) -> list[Event]:
    """A document of a few pages and facts quoting it: a batch spanning several pages."""
    doc = BUILDERS["document"](tag, padding=1000)
    return [BUILDERS["registered"](doc), *(BUILDERS["fact"](doc, i) for i in range(6))]


def _power_cut(path: Path, start: int, *, commit_lands: bool = False) -> None:
    """Leave the batch written from byte `start` of the log as a power cut can: the page
    holding its middle reads as zeros, the bytes after that page landed, and (unless
    `commit_lands`) the last byte of its commit record did not.
    """
    data = bytearray(path.read_bytes())
    middle = (start + len(data)) // 2
    lo = max(start, middle - middle % PAGE)
    hi = min(lo + PAGE, len(data) - 1)
    data[lo:hi] = bytes(hi - lo)
    assert data[hi:-1].count(b"\n") >= 1  # whole lines landed after the zeros
    path.write_bytes(bytes(data if commit_lands else data[:-1]))


@pytest.fixture
def power_cut(tmp_path: Path) -> tuple[Path, str]:
    """A log whose last batch a power cut tore, and what `log --json` printed before it."""
    path = tmp_path / "log.jsonl"
    log = JsonlLog(path)
    log.append(ACME)
    log.append(batch_of("a", 3))
    log.append(batch_of("b", 2))
    before = run("log", "--json", "--log", str(path))[1]
    start = path.stat().st_size
    log.append(_big_batch("lost"))
    _power_cut(path, start)
    return path, before


def test_readers_skip_a_power_cut_tail_as_a_torn_tail(power_cut: tuple[Path, str]) -> None:
    """Zeros inside the last, uncommitted batch, with bytes after them: `log` and `state` read
    the committed records and exit 0, as if the batch had never been written.
    """
    path, before = power_cut
    assert (0, before, "") == run("log", "--json", "--log", str(path))
    for argv in (["state", "acme"], ["state", "acme", "--full-replay"]):
        status, out, err = run(*argv, "--log", str(path))
        assert (0, "") == (status, err)
        assert ["a-0", "b-0"] == [v for v in ("a-0", "b-0", "lost-0") if v in out]
    assert 8 == open_log(path).last_seq()


def test_verify_warns_about_a_power_cut_tail_and_exits_0(power_cut: tuple[Path, str]) -> None:
    """`verify` names the zeros in a warning, finds no error, and exits 0."""
    path, _ = power_cut
    status, out, err = run("verify", "--log", str(path))
    assert (0, "") == (status, err)
    assert "error" not in out
    assert "torn last batch: zeros where a power cut lost bytes" in out
    assert "record 9: torn last batch" in out
    assert "ok: 8 records" in out


def test_the_next_append_cuts_a_power_cut_tail_and_the_chain_goes_on(
    power_cut: tuple[Path, str],
) -> None:
    """`append` after a power cut cuts the torn batch away, numbers on from the last commit,
    and the log then verifies without a warning.
    """
    path, _ = power_cut
    more = batch_of("c", 1)
    assert (0, "9\n10\n") == run("append", "--log", str(path), stdin=_bare(more))[:2]
    status, out, _ = run("verify", "--log", str(path))
    assert (0, False) == (status, "warning" in out)
    assert [e.id for e in ACME + batch_of("a", 3) + batch_of("b", 2) + more] == [
        r.event.id for r in open_log(path).read()
    ]


def test_a_committed_batch_after_zeros_is_corruption_and_never_cut(tmp_path: Path) -> None:
    """Zeros inside a batch whose commit record landed are corruption, not a torn tail: readers
    and `append` exit 2 naming the damaged line, `verify` exits 1, and no byte is cut away.
    """
    path = tmp_path / "log.jsonl"
    log = JsonlLog(path)
    log.append(batch_of("a", 3))
    start = path.stat().st_size
    log.append(_big_batch("kept"))
    _power_cut(path, start, commit_lands=True)
    stored = path.read_bytes()
    damaged = stored[: stored.index(b"\0")].count(b"\n") + 1
    status, _, err = run("state", "acme", "--log", str(path))
    assert 2 == status
    assert f"{path}:{damaged}:" in one_error_line(err, "state")
    status, _, err = run("log", "--log", str(path))
    assert 2 == status
    assert f"{path}:{damaged}:" in one_error_line(err, "log")
    assert 2 == run("append", "--log", str(path), stdin=_bare(batch_of("c", 1)))[0]
    status, out, _ = run("verify", "--log", str(path))
    assert (1, True) == (status, "error: " in out)
    assert stored == path.read_bytes()


def test_a_line_that_is_not_a_record_after_the_last_commit_is_still_corruption(
    tmp_path: Path,
) -> None:
    """A complete line that is not a record, with no zeros before it, is corruption even after
    the last commit record: no crash writes it, so it is never cut away.
    """
    path = tmp_path / "log.jsonl"
    JsonlLog(path).append(batch_of("a", 1))
    with path.open("ab") as f:
        f.write(b'{"edited": true}\n')
    stored = path.read_bytes()
    assert f"{path}:3:" in one_error_line(run("log", "--log", str(path))[2], "log")
    assert 2 == run("append", "--log", str(path), stdin=_bare(batch_of("c", 1)))[0]
    assert 1 == run("verify", "--log", str(path))[0]
    assert stored == path.read_bytes()


def test_zeros_then_lines_that_are_not_records_are_all_one_torn_tail(tmp_path: Path) -> None:
    """After zeros in the tail, what follows is the rest of the torn batch, records or not."""
    path = tmp_path / "log.jsonl"
    JsonlLog(path).append(batch_of("a", 1))
    with path.open("ab") as f:
        f.write(b'{"seq": 3, "ev' + bytes(PAGE) + b'ent": 1}\nnot a record\n{"se')
    assert 2 == open_log(path).last_seq()
    assert 0 == run("verify", "--log", str(path))[0]
    assert (0, "3\n") == run("append", "--log", str(path), stdin=_bare(batch_of("c", 0)))[:2]
    assert 0 == run("verify", "--log", str(path))[0]


# 19. Ctrl-C ------------------------------------------------------------------------------------


def _wait_readable(stream: IO[str]) -> None:
    """Wait until `stream` (a pipe) can be read, failing the test after `TIMEOUT`."""
    ready, _, _ = select.select([stream], [], [], TIMEOUT)
    assert ready, f"no output after {TIMEOUT} s"


def _interrupted(child: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Send SIGINT to `child` and collect how it ended: (exit status, stdout, stderr)."""
    child.send_signal(signal.SIGINT)
    try:
        out, err = child.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        pytest.fail(f"still running {TIMEOUT} s after SIGINT")
    return child.returncode, out, err


def test_ctrl_c_during_a_long_command_exits_130_with_one_line(tmp_path: Path) -> None:
    """SIGINT while `log --json` prints a large log ends it with status 130, no traceback and
    at most one line on stderr.
    """
    path = tmp_path / "big.jsonl"
    JsonlLog(path).append(batch_of("big", 3000))  # about 2 MB of output: more than a pipe holds
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline", "log", "--json", "--log", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    _wait_readable(child.stdout)
    first = child.stdout.readline()  # the command is running: it has printed a record
    assert '"seq": 1,' in first
    status, _, err = _interrupted(child)
    assert (130, "timeline: interrupted\n") == (status, err)


def _wait_until_blocked(child: subprocess.Popen[str]) -> None:
    """Wait until `child` is blocked in a system call (state S in /proc, interruptible sleep),
    failing the test if it ends first or is still running after `TIMEOUT`.
    """
    for _ in range(TIMEOUT * 100):
        assert child.poll() is None, "the command ended before it was interrupted"
        stat = Path(f"/proc/{child.pid}/stat").read_text()
        if "S" == stat[stat.rindex(")") + 2]:
            return
        time.sleep(0.01)
    pytest.fail(f"the command never waited for input in {TIMEOUT} s")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_ctrl_c_while_append_waits_for_input_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    """SIGINT while `append` reads stdin ends it with status 130 and one line; the log is as
    it was, and verifies.
    """
    path = seed_log(tmp_path).log.location
    stored = Path(path).read_bytes()
    entry = (
        "import sys\nfrom timeline.cli import main\n"
        "print('ready', flush=True)\nraise SystemExit(main(sys.argv[1:]))\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", entry, "append", "--log", path],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(_bare(batch_of("typed", 1)))  # a line typed, and more awaited
    child.stdin.flush()
    _wait_readable(child.stdout)
    assert "ready\n" == child.stdout.readline()
    _wait_until_blocked(child)  # past `ready`, the only wait is for more input
    status, out, err = _interrupted(child)
    assert (130, "", "timeline: interrupted\n") == (status, out, err)
    assert stored == Path(path).read_bytes()
    assert 0 == run("verify", "--log", path)[0]
