"""`verify_lines` on a JSON Lines log: a sound log passes, tampering is fatal at the first bad
record, and a crash's torn tail is only a warning that readers ignore and the next append cuts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.converter import canonical_json
from timeline.errors import ConflictError
from timeline.identity import with_content_id
from timeline.log import GENESIS, JsonlLog, LogRecord
from timeline.log.jsonl import raw_lines
from timeline.log.records import encode_record, seal_batch
from timeline.log.verify import Problem, verify_lines
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EntityRegistered,
    Event,
    FactAsserted,
    Founded,
    ProductReleased,
    Reported,
    RoleHeld,
    SourceRegistered,
    ValuationReported,
)

from .helpers import repeated_seqs
from .strategies.events import sourced_batches

TEXT = (
    "Fondée en avril 2023 à Paris, Mistral AI a présenté « Mistral Large » le 26 février. "
    "Arthur Mensch, son directeur général, évoque une valorisation de près de 2 milliards "
    "d’euros. 🚀"
)
DOCUMENT = Document(
    id="doc-lemonde-2024-03-12",
    title="Mistral AI, la pépite française",
    publisher="Le Monde",
    published=dt.date(2024, 3, 12),
    language="fr",
    text=TEXT,
)
RECORDED_AT = dt.datetime(2024, 3, 12, 9, 30, tzinfo=dt.UTC)


def _cite(quote: str) -> Citation:
    """The citation of `quote` where it stands in the document."""
    start = TEXT.index(quote)
    return Citation(document=DOCUMENT.id, quote=quote, start=start, end=start + len(quote))


def _reported(
    cls: type[Reported], entities: tuple[str, ...], quote: str, when: Span, **fields: Any
) -> Event:
    """An event of `cls` quoting the document, with its content id."""
    event = cls(
        entities=entities,
        when=when,
        source=_cite(quote),
        known_since=DOCUMENT.published,
        **fields,
    )
    return with_content_id(event)


def _note(value: str, day: dt.date) -> Event:
    """A fact quoting the document: a note on the entity with this value, on this day."""
    return _reported(
        FactAsserted,
        ("mistral-ai",),
        "Paris",
        Span.day(day),
        entity="mistral-ai",
        attribute="note",
        value=value,
    )


BATCHES: list[list[Event]] = [
    [
        with_content_id(SourceRegistered(document=DOCUMENT)),
        with_content_id(
            EntityRegistered(
                entity=Entity(id="mistral-ai", name="Mistral AI"), document=DOCUMENT.id
            )
        ),
    ],
    [
        _reported(Founded, ("mistral-ai",), "Fondée en avril 2023 à Paris", Span.month(2023, 4)),
        _reported(
            ProductReleased,
            ("mistral-ai", "mistral-large"),
            "a présenté « Mistral Large » le 26 février",
            Span.day(dt.date(2024, 2, 26)),
            organization="mistral-ai",
            product="mistral-large",
        ),
    ],
    [
        _reported(
            RoleHeld,
            ("arthur-mensch", "mistral-ai"),
            "Arthur Mensch, son directeur général",
            Span.before(dt.date(2024, 3, 13)),
            person="arthur-mensch",
            organization="mistral-ai",
            role="directeur général",
        ),
        _reported(
            ValuationReported,
            ("mistral-ai",),
            "une valorisation de près de 2 milliards d’euros",
            Span.before(dt.date(2024, 3, 13)),
            organization="mistral-ai",
            amount=2_000_000_000,
            currency="EUR",
            qualifier="près de",
        ),
    ],
]
COUNT = sum(len(batch) for batch in BATCHES)


def _sealed_records() -> list[LogRecord]:
    """The records a log of `BATCHES` holds, sealed at `RECORDED_AT`."""
    out: list[LogRecord] = []
    for batch in BATCHES:
        last = out[-1].hash if out else GENESIS
        out += seal_batch(batch, last_seq=len(out), last_hash=last, recorded_at=RECORDED_AT)
    return out


SEALED = _sealed_records()


def _sound_log(directory: Path) -> JsonlLog:
    """A log of the document, its entity and four events quoting it, in three batches."""
    log = JsonlLog(directory / "log.jsonl", clock=lambda: RECORDED_AT)
    for batch in BATCHES:
        log.append(batch)
    return log


def _problems(log: JsonlLog) -> list[Problem]:
    return list(verify_lines(raw_lines(log.path)))


def _first_fatal(log: JsonlLog) -> int | None:
    """The seq of the first fatal problem, None when there is none."""
    return next((p.seq for p in _problems(log) if p.fatal), None)


def _line(record: LogRecord) -> bytes:
    return (encode_record(record) + "\n").encode("utf-8")


def _lines(log: JsonlLog) -> list[bytes]:
    return log.path.read_bytes().splitlines(keepends=True)


def _write(log: JsonlLog, lines: list[bytes]) -> None:
    log.path.write_bytes(b"".join(lines))


@pytest.fixture
def log(tmp_path: Path) -> JsonlLog:
    """A sound log of three batches."""
    return _sound_log(tmp_path)


def test_a_sound_log_has_no_problems(log: JsonlLog) -> None:
    """A log written by appends, quotes and ids right, verifies without a single problem."""
    assert COUNT == log.last_seq()
    assert [] == _problems(log)


@given(batches=st.lists(sourced_batches(), max_size=3))
def test_any_log_of_self_contained_batches_verifies(
    tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
) -> None:
    """Documents with unicode text and events quoting them at their offsets verify; the only
    problems are warnings at the reported events appended a second time, exactly those.
    """
    log = JsonlLog(tmp_path_factory.mktemp("log") / "log.jsonl")
    for batch in batches:
        log.append(batch)
    problems = _problems(log)
    assert [(seq, False) for seq in repeated_seqs(log.read())] == [
        (p.seq, p.fatal) for p in problems
    ]


# Tampering ----------------------------------------------------------------------------------

_EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "seq": lambda r: r.update(seq=r["seq"] + 1),
    "recorded_at": lambda r: r.update(recorded_at="2024-03-12T09:31:00+00:00"),
    "schema": lambda r: r.update(schema=0),
    "prev": lambda r: r.update(prev="f" * 64),
    "hash": lambda r: r.update(hash="0" * 64),
    "commit": lambda r: r.update(commit=not r["commit"]),
    "event id": lambda r: r["event"].update(id=r["event"]["id"][:-1] + "0"),
    "known_since": lambda r: r["event"].update(known_since="2024-03-11"),
    "document text": lambda r: r["event"].update(
        document={**r["event"]["document"], "text": TEXT.replace("2023", "2022")}
    ),
    "entity name": lambda r: r["event"].update(entity={**r["event"]["entity"], "name": "X"}),
}
"""Ways to edit a record's JSON, each meant for a record that has the field."""


def _has_field(record: dict[str, Any], edit: str) -> bool:
    event = record["event"]
    return {
        "known_since": "known_since" in event,
        "document text": "document" in event and isinstance(event["document"], dict),
        "entity name": "entity" in event and isinstance(event["entity"], dict),
    }.get(edit, True)


_EDIT_CASES = [
    (edit, seq)
    for edit in _EDITS
    for seq in range(1, COUNT + 1)
    if _has_field(json.loads(encode_record(SEALED[seq - 1])), edit)
]


@pytest.mark.parametrize(("edit", "seq"), _EDIT_CASES)
def test_editing_a_field_of_a_record_is_fatal_at_that_record(
    log: JsonlLog, edit: str, seq: int
) -> None:
    """Rewriting any field of a stored record is caught at that record's sequence number."""
    lines = _lines(log)
    data = json.loads(lines[seq - 1])
    _EDITS[edit](data)
    lines[seq - 1] = (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
    _write(log, lines)
    assert seq == _first_fatal(log)


@pytest.mark.parametrize("seq", range(1, COUNT))
def test_deleting_a_line_is_fatal_where_it_was(log: JsonlLog, seq: int) -> None:
    """Removing a record (any but the last) is caught at its sequence number."""
    lines = _lines(log)
    del lines[seq - 1]
    _write(log, lines)
    assert seq == _first_fatal(log)


@pytest.mark.parametrize("seq", range(1, COUNT + 1))
def test_inserting_a_duplicate_line_is_fatal_after_the_original(log: JsonlLog, seq: int) -> None:
    """A record stored twice in a row is caught at the copy, the position after the original."""
    lines = _lines(log)
    lines.insert(seq, lines[seq - 1])
    _write(log, lines)
    assert seq + 1 == _first_fatal(log)


@pytest.mark.parametrize(
    ("first", "second"),
    [(i, j) for i in range(1, COUNT + 1) for j in range(i + 1, COUNT + 1)],
)
def test_swapping_two_lines_is_fatal_at_the_first(log: JsonlLog, first: int, second: int) -> None:
    """Exchanging two records is caught at the earlier position."""
    lines = _lines(log)
    lines[first - 1], lines[second - 1] = lines[second - 1], lines[first - 1]
    _write(log, lines)
    assert first == _first_fatal(log)


_QUOTED = [r.seq for r in SEALED if isinstance(r.event, Reported)]


@pytest.mark.parametrize("seq", _QUOTED)
def test_changing_a_quote_in_place_is_fatal_at_that_record(log: JsonlLog, seq: int) -> None:
    """A quote edited in the file breaks the record's hash at its sequence number."""
    lines = _lines(log)
    data = json.loads(lines[seq - 1])
    data["event"]["source"]["quote"] = data["event"]["source"]["quote"].upper()
    lines[seq - 1] = (canonical_json(data) + "\n").encode("utf-8")
    _write(log, lines)
    assert seq == _first_fatal(log)


def _forge(records: list[LogRecord], seq: int, event: Event) -> list[bytes]:
    """The log with record `seq` holding `event`, and the chain resealed from there on."""
    events = [r.event for r in records]
    events[seq - 1] = event
    head = records[: seq - 1]
    tail = seal_batch(
        events[seq - 1 :],
        last_seq=seq - 1,
        last_hash=head[-1].hash if head else GENESIS,
        recorded_at=RECORDED_AT,
    )
    return [_line(r) for r in [*head, *tail]]


@pytest.mark.parametrize("seq", _QUOTED)
def test_a_misquote_is_fatal_even_with_the_chain_resealed(log: JsonlLog, seq: int) -> None:
    """A quote that is not in the document at its offsets is caught though hashes and id agree."""
    records = list(log.read())
    event = records[seq - 1].event
    assert isinstance(event, Reported)
    forged = attrs.evolve(
        event, source=attrs.evolve(event.source, quote=event.source.quote.upper())
    )
    _write(log, _forge(records, seq, with_content_id(forged)))
    problems = _problems(log)
    assert [(seq, True)] == [(p.seq, p.fatal) for p in problems]
    assert "quote" in problems[0].message


@pytest.mark.parametrize("seq", _QUOTED)
def test_shifted_offsets_are_fatal_even_with_the_chain_resealed(log: JsonlLog, seq: int) -> None:
    """A right quote at the wrong offsets is caught though hashes and id agree."""
    records = list(log.read())
    event = records[seq - 1].event
    assert isinstance(event, Reported)
    source = event.source
    forged = attrs.evolve(
        event, source=attrs.evolve(source, start=source.start + 1, end=source.end + 1)
    )
    _write(log, _forge(records, seq, with_content_id(forged)))
    assert seq == _first_fatal(log)


@pytest.mark.parametrize("seq", range(1, COUNT + 1))
def test_a_stale_event_id_is_fatal_even_with_the_chain_resealed(log: JsonlLog, seq: int) -> None:
    """An event whose content changed but whose id did not is caught at its record."""
    records = list(log.read())
    event = records[seq - 1].event
    _write(log, _forge(records, seq, attrs.evolve(event, id=event.id[:-1] + "x")))
    assert seq == _first_fatal(log)


def test_a_quote_citing_a_document_registered_later_is_fatal(tmp_path: Path) -> None:
    """An event may only quote a document the log registered before it."""
    log = JsonlLog(tmp_path / "log.jsonl", clock=lambda: RECORDED_AT)
    log.append([*BATCHES[1], *BATCHES[0]])
    assert 1 == _first_fatal(log)


# A crash's torn tail ------------------------------------------------------------------------


@given(data=st.data())
def test_a_crash_inside_the_last_batch_is_only_a_warning(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A file cut anywhere inside its last batch warns from that batch on; readers skip it."""
    log = _sound_log(tmp_path_factory.mktemp("log"))
    size = log.path.stat().st_size
    last_batch = sum(len(_line(r)) for r in SEALED[-len(BATCHES[-1]) :])
    with log.path.open("r+b") as f:
        f.truncate(data.draw(st.integers(size - last_batch + 1, size - 1), label="size"))
    problems = _problems(log)
    assert [False] * len(problems) == [p.fatal for p in problems]
    assert COUNT - len(BATCHES[-1]) + 1 == min(p.seq for p in problems)
    assert SEALED[: -len(BATCHES[-1])] == list(log.read())
    assert COUNT - len(BATCHES[-1]) == log.last_seq()


@given(data=st.data())
def test_the_next_append_cuts_a_torn_tail_away(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """After a crash inside the last batch, an append goes on from the last commit and verifies."""
    log = _sound_log(tmp_path_factory.mktemp("log"))
    size = log.path.stat().st_size
    last_batch = sum(len(_line(r)) for r in SEALED[-len(BATCHES[-1]) :])
    with log.path.open("r+b") as f:
        f.truncate(data.draw(st.integers(size - last_batch + 1, size - 1), label="size"))
    records = log.append(BATCHES[-1])
    assert SEALED == list(log.read())
    assert SEALED[-len(BATCHES[-1]) :] == records
    assert [] == _problems(log)


def test_a_torn_last_line_is_reported_at_its_record(log: JsonlLog) -> None:
    """A last line cut short yields a warning at the record it was meant to hold."""
    with log.path.open("r+b") as f:
        f.truncate(log.path.stat().st_size - 5)
    problems = _problems(log)
    assert [(COUNT, False)] == [(p.seq, p.fatal) for p in problems if "partial line" in p.message]


def _write_partial_batch(log: JsonlLog, kept: int) -> None:
    """Append the first `kept` lines of a new batch, as a crash before its commit would."""
    last = SEALED[-1]
    batch = seal_batch(BATCHES[1], last_seq=last.seq, last_hash=last.hash, recorded_at=RECORDED_AT)
    with log.path.open("ab") as f:
        f.write(b"".join(_line(r) for r in batch[:kept]))


def test_a_partial_batch_is_ignored_by_readers(log: JsonlLog) -> None:
    """Whole lines of a batch without its commit record are not read, and only warned about."""
    _write_partial_batch(log, kept=len(BATCHES[1]) - 1)
    problems = _problems(log)
    assert [(COUNT + 1, False)] == [(p.seq, p.fatal) for p in problems]
    assert SEALED == list(log.read())
    assert COUNT == log.last_seq()


def test_the_next_append_cuts_a_partial_batch_away(log: JsonlLog) -> None:
    """After a partial batch, an append goes on from the last commit and the log verifies."""
    _write_partial_batch(log, kept=len(BATCHES[1]) - 1)
    fresh = [_note("new", dt.date(2024, 1, n)) for n in (1, 2)]
    records = log.append(fresh)
    assert [COUNT + 1, COUNT + 2] == [r.seq for r in records]
    assert SEALED + records == list(log.read())
    assert [] == _problems(log)


def test_a_conflicting_append_leaves_a_torn_tail_in_place(log: JsonlLog) -> None:
    """An append refused for a stale expected seq writes nothing, not even the cut."""
    _write_partial_batch(log, kept=1)
    torn = log.path.read_bytes()
    with pytest.raises(ConflictError):
        log.append(BATCHES[2], expected_seq=COUNT - 1)
    assert torn == log.path.read_bytes()


def test_an_event_logged_twice_is_a_warning_at_its_second_record(log: JsonlLog) -> None:
    """The same event appended again by a bare `EventLog.append` (which, unlike
    `Timeline.append`, does not skip known ids) is named where it repeats: a warning, since the
    log stays sound, but the event now counts twice.
    """
    again = log.append([BATCHES[1][0]])
    problems = _problems(log)
    assert [(again[0].seq, False)] == [(p.seq, p.fatal) for p in problems]
    assert f"event {BATCHES[1][0].id} was logged before" in problems[0].message


def test_a_long_torn_batch_is_counted_in_one_pass(tmp_path: Path) -> None:
    """A torn last batch of 20,000 records is one warning at its first record, with its size
    (the walk counts the records after the last commit instead of keeping them).
    """
    log = _sound_log(tmp_path)
    facts = [_note(f"v{i}", dt.date(2024, 1, 1)) for i in range(20_001)]
    log.append(facts)
    with log.path.open("r+b") as f:
        f.truncate(log.path.stat().st_size - 5)  # the last record, which commits, is cut
    problems = _problems(log)
    assert [COUNT + 20_001, COUNT + 1] == [p.seq for p in problems]
    assert "torn last record" in problems[0].message
    assert "torn last batch: 20000 record(s)" in problems[1].message
    assert [False, False] == [p.fatal for p in problems]
