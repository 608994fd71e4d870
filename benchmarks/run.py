"""Scale benchmark: the timeline's SQLite store beside the eventsourcing library, in one run.

    python benchmarks/run.py [--quick] [--sizes N ...] [--repeat K]

For 10k, 100k and 1M reported events (`--quick`: 10k and 100k) of the synthetic corpus in
`corpus.py`, both sides store the same events, in the same batches, on SQLite, in the same
run, and do the same work three ways; each ratio is the peer's time over ours for the same
events (above 1, ours is faster):

- **append** (`append_x`): the corpus appended in batches of about 1,000 events to a new
  `SqliteLog` (sealing, hashing, indexing, one transaction a batch), against the same events
  (their type and JSON data, `unstructure_event`) saved as aggregate events through an
  eventsourcing `Application` on its SQLite persistence: one aggregate per subject (a reported
  event's first entity, "catalogue" for the registrations), one `save` of every changed
  aggregate a batch. The two take turns batch by batch, so that a change in the machine's
  load falls on both alike; the peer's JSON data is made beforehand, untimed. Measured once
  (a run writes a new store).
- **decode** (`decode_x`): ours reads every record of the log and decodes it into its event
  (`SqliteLog.read()`), admits them all (`admitted` along empty axes: corrections,
  retractions, corroboration) and folds the catalogue (`catalogue`) and the state of every
  registered entity (`fold_state` of the entries touching it or what it owns: the answer of
  `Timeline.state(entity)`, which is checked for the measured organisations); the peer, on a
  new `Application`, rebuilds every aggregate from its stored events (`repository.get` of
  each: its rows selected, each event's JSON decoded into an event object and applied). The
  peer's fold is a dict assignment an event, ours the engine's projection. Median of
  `--repeat` runs (3 up to 100k events, 1 above), the two sides taking turns.
- **entity** (`entity_x`): ours answers one organisation's state as of 2019-06 through the
  index on a new `Timeline` (`Timeline.state(org, as_of)`: the index selects the records,
  which are decoded, admitted and folded, with the catalogue from its snapshot); the peer, on
  a new `Application`, loads (`repository.get`) an aggregate made of the same events: the
  records the index selects for that answer (`SqliteLog.select`), saved as one aggregate after
  the timed save. Each loads on a new connection, the operating system's file cache warm.
  Median over five organisations, at least three times each, the two sides taking turns.

Figures of ours alone, beside them, not set against the peer:
- **full replay**: the full replay that skips what it does not need
  (`Timeline.streamed_state(org)`, as `timeline state --streamed`: every row read in order,
  and only the records that name the organisation or what it owns, the registrations, the
  corrections and the retractions parsed and decoded), on the store (median of at least three
  runs) and on the same log exported to JSON Lines, which has no `names` column, so that every
  line is parsed (median of `--repeat` runs);
- **decode-all**: the `read()` part of decode alone;
- **as-of warm**: the same organisation as of 2019-07 on the `Timeline` of the cold query;
- **asof_fraction**: the cold as-of over the full replay;
- **replay peak MB**: the full replay's peak memory above what the process held before it,
  beside the size of the state it returns (tracemalloc, in a child process).

Rates are the corpus's events (the records of our log) a second, on both sides. The load
average (1 minute) is read at the start of the run and at the end of each size: the figures
move with it.

The last line holds the ratios for the largest size:
`decode_x=<peer/ours> entity_x=<peer/ours> append_x=<peer/ours>`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import Corpus

from timeline import Timeline
from timeline.converter import unstructure_event
from timeline.log import JsonlLog, LogRecord, SqliteLog
from timeline.log.transfer import copy_log
from timeline.projections import Axes, Entry, State, admitted, catalogue, fold_state
from timeline.projections.identities import identities
from timeline.vocabulary.events import Event, Reported

AS_OF = ("2019-06", "2019-07")
"""Two query months in the middle of the corpus's eleven years: cold, then warm."""

MEASURED = 5
"""How many organisations the entity comparison and the check of decode measure."""

CHEAP = 3
"""The fewest runs of the entity comparison and of the full replay (the median is taken)."""


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def subject(event: Event) -> str:
    """The peer's aggregate for an event: a reported event's first entity, else the catalogue."""
    return event.entities[0] if isinstance(event, Reported) else "catalogue"


def every_state(records: Sequence[LogRecord]) -> dict[str, State]:
    """The state of every registered entity as of everything, from every record: the records
    read as merged, admitted once, and each entity's state folded from the entries touching it
    or what it owns (the entries `Timeline.state(entity)` folds, in the same order).
    """
    records = identities(r.event for r in records).records(records)
    known = catalogue(records)
    axes = Axes()
    entries = admitted(records, axes)
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for owner, thing in entry.event.owns():
            owners.setdefault(thing, set()).add(owner)
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        targets: set[str] = set()
        for name in entry.event.touches():
            targets.add(name)
            targets.update(owners.get(name, ()))
        for name in targets:
            groups.setdefault(name, []).append(entry)
    return {
        name: fold_state(groups.get(name, []), known, entity, axes)
        for name, entity in known.entities.items()
    }


Payload = tuple[str, str, dict[str, Any]]
"""What the peer saves of an event: its aggregate's name, its type and its JSON data."""


def payloads(batch: list[Event]) -> list[Payload]:
    """The batch as the peer saves it."""
    return [(subject(e), e.TYPE, unstructure_event(e)) for e in batch]


def ratio(peer: float, ours: float) -> float:
    """The peer's time over ours (above 1, ours is faster)."""
    return peer / ours


# Ours --------------------------------------------------------------------------------------


def append_both(batches: list[list[Event]], path: Path, peer: Peer) -> tuple[float, float]:
    """Seconds appending the batches to a new store at `path`, and seconds saving them through
    the peer, a batch of one then the same batch of the other (so that a change in the
    machine's load falls on both alike). The peer's data is made beforehand, untimed.
    """
    log = SqliteLog(path)
    save, close = peer.saver()
    theirs = [payloads(b) for b in batches]
    ours_s = peer_s = 0.0
    gc.collect()
    for batch, data in zip(batches, theirs, strict=True):
        start = time.perf_counter()
        log.append(batch)
        middle = time.perf_counter()
        save(data)
        ours_s += middle - start
        peer_s += time.perf_counter() - middle
    log.close()
    close()
    return ours_s, peer_s


def ours_decode(path: Path) -> tuple[float, float, dict[str, State]]:
    """Seconds to read and decode every record, seconds to also fold every state, the states."""
    log = SqliteLog(path)
    gc.collect()
    start = time.perf_counter()
    records = list(log.read())
    read = time.perf_counter() - start
    states = every_state(records)
    total = time.perf_counter() - start
    log.close()
    return read, total, states


def selected(path: Path, org: str, as_of: str) -> list[Event]:
    """The events of the records the index selects for `org`'s state as of `as_of`."""
    log = SqliteLog(path)
    axes = Timeline(log).axes(as_of)
    events = [r.event for r in log.select(org, limit=axes.limit)]
    log.close()
    return events


def ours_entity(path: Path, org: str) -> tuple[float, float]:
    """Seconds of `org`'s state as of AS_OF[0] on a new timeline, then as of AS_OF[1] on it."""
    timeline = Timeline.open(path, create=True)
    cold, _ = _timed(lambda: timeline.state(org, AS_OF[0]))
    warm, _ = _timed(lambda: timeline.state(org, AS_OF[1]))
    timeline.log.close()  # type: ignore[attr-defined]
    return cold, warm


def ours_replay(path: Path, org: str) -> float:
    """Seconds of the skipping full replay of `org` on the log at `path`."""
    timeline = Timeline.open(path, create=True)
    seconds, _ = _timed(lambda: timeline.streamed_state(org))
    close = getattr(timeline.log, "close", None)
    if close is not None:
        close()
    return seconds


def memory(path: str, org: str) -> None:
    """In a child process: peak memory of a full replay above the start, and the state's size."""
    timeline = Timeline.open(path, create=True)
    gc.collect()
    tracemalloc.start()
    state = timeline.streamed_state(org)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        json.dumps(
            {"peak_mb": peak / 2**20, "state_mb": current / 2**20, "facts": len(state.facts)}
        )
    )


# The peer ----------------------------------------------------------------------------------


class Peer:
    """The eventsourcing side: an application's SQLite file and the aggregates saved in it."""

    def __init__(self, folder: Path) -> None:
        self.env = {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(folder / "es.db"),
        }
        self.ids: list[Any] = []
        self.entities: dict[str, Any] = {}

    def saver(self) -> tuple[Callable[[list[Payload]], None], Callable[[], None]]:
        """A function saving a batch (one `save` of every changed aggregate), and one closing
        the application.
        """
        from _peer import Newsroom, Subject

        app = Newsroom(env=self.env)
        subjects: dict[str, Subject] = {}

        def save(batch: list[Payload]) -> None:
            changed: dict[str, Subject] = {}
            for name, kind, data in batch:
                found = subjects.get(name)
                if found is None:
                    found = subjects[name] = Subject(name=name)
                found.report(kind=kind, data=data)
                changed[name] = found
            app.save(*changed.values())

        def close() -> None:
            self.ids = [s.id for s in subjects.values()]
            app.close()

        return save, close

    def save_entities(self, chosen: dict[str, list[Event]]) -> None:
        """Save (untimed) an aggregate for each organisation made of the given events."""
        from _peer import Newsroom, Subject

        app = Newsroom(env=self.env)
        for org, events in chosen.items():
            found = Subject(name=f"{org} as of {AS_OF[0]}")
            for e in events:
                found.report(kind=e.TYPE, data=unstructure_event(e))
            app.save(found)
            self.entities[org] = found.id
        app.close()

    def rebuild(self) -> tuple[float, int]:
        """Seconds to rebuild every aggregate of the corpus on a new application, and the
        count of events applied (each aggregate's creation included).
        """
        from _peer import Newsroom

        app = Newsroom(env=self.env)
        seconds, versions = _timed(lambda: sum(app.repository.get(i).version for i in self.ids))
        app.close()
        return seconds, versions

    def load(self, org: str) -> tuple[float, int]:
        """Seconds to load `org`'s aggregate on a new application, and its reported events."""
        from _peer import Newsroom

        app = Newsroom(env=self.env)
        seconds, found = _timed(lambda: app.repository.get(self.entities[org]))
        app.close()
        return seconds, found.version - 1


# The run -----------------------------------------------------------------------------------


def measure(size: int, repeat: int) -> dict[str, float]:
    """Every figure for a corpus of `size` reported events."""
    corpus = Corpus(size)
    batches = list(corpus.batches())
    count = sum(len(b) for b in batches)
    chosen = corpus.orgs[:: max(1, len(corpus.orgs) // MEASURED)][:MEASURED]
    middle = corpus.orgs[len(corpus.orgs) // 2]
    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    path = folder / "log.sqlite"
    out: dict[str, float] = {"events": count}
    try:
        peer = Peer(folder)
        append_s, save_s = append_both(batches, path, peer)
        del batches
        out["append"], out["save"] = count / append_s, count / save_s
        out["append_x"] = ratio(save_s, append_s)
        answers = {org: selected(path, org, AS_OF[0]) for org in chosen}
        peer.save_entities(answers)

        reads, decodes, rebuilds = [], [], []
        for turn in range(repeat):
            read_s, decode_s, states = ours_decode(path)
            if turn == 0:
                check = Timeline.open(path, create=True)
                for org in chosen:
                    if states[org] != check.state(org):
                        raise AssertionError(f"decode's state of {org} is not Timeline.state's")
                check.log.close()  # type: ignore[attr-defined]
            del states
            reads.append(read_s)
            decodes.append(decode_s)
            rebuild_s, versions = peer.rebuild()
            if versions != count + len(peer.ids):
                raise AssertionError(f"the peer rebuilt {versions} events of {count}")
            rebuilds.append(rebuild_s)
        decode_s, rebuild_s = statistics.median(decodes), statistics.median(rebuilds)
        out["decode_all"] = count / statistics.median(reads)
        out["decode"], out["rebuild"] = count / decode_s, count / rebuild_s
        out["decode_x"] = ratio(rebuild_s, decode_s)

        cold, warm, loads, sizes = [], [], [], []
        for _ in range(max(CHEAP, repeat)):
            for org in chosen:
                cold_s, warm_s = ours_entity(path, org)
                load_s, events = peer.load(org)
                if events != len(answers[org]):
                    raise AssertionError(f"the peer loaded {events} events of {org}")
                cold.append(cold_s)
                warm.append(warm_s)
                loads.append(load_s)
                sizes.append(events)
        out["asof_cold_ms"] = statistics.median(cold) * 1000
        out["asof_warm_ms"] = statistics.median(warm) * 1000
        out["load_ms"] = statistics.median(loads) * 1000
        out["entity_events"] = statistics.median(sizes)
        out["entity_x"] = ratio(out["load_ms"], out["asof_cold_ms"])

        replay_s = statistics.median(ours_replay(path, middle) for _ in range(max(CHEAP, repeat)))
        out["replay"], out["replay_s"] = count / replay_s, replay_s
        lines = folder / "log.jsonl"
        store = SqliteLog(path)
        copy_log(store, JsonlLog(lines))
        store.close()
        out["replay_jsonl"] = count / statistics.median(
            ours_replay(lines, middle) for _ in range(repeat)
        )
        out["asof_fraction"] = out["asof_cold_ms"] / 1000 / replay_s
        child = subprocess.run(
            [sys.executable, __file__, "--memory", str(path), middle],
            capture_output=True,
            text=True,
            check=True,
        )
        out.update(json.loads(child.stdout))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out["load"] = os.getloadavg()[0]
    return out


COLUMNS = (
    ("events", "events", "{:,.0f}"),
    ("append/s (ours)", "append", "{:,.0f}"),
    ("save/s (eventsourcing)", "save", "{:,.0f}"),
    ("append_x", "append_x", "{:.2f}"),
    ("decode+fold/s (ours)", "decode", "{:,.0f}"),
    ("rebuild/s (eventsourcing)", "rebuild", "{:,.0f}"),
    ("decode_x", "decode_x", "{:.2f}"),
    ("entity events", "entity_events", "{:,.0f}"),
    ("as-of cold ms (ours)", "asof_cold_ms", "{:.1f}"),
    ("load ms (eventsourcing)", "load_ms", "{:.1f}"),
    ("entity_x", "entity_x", "{:.2f}"),
    ("as-of warm ms", "asof_warm_ms", "{:.1f}"),
    ("decode-all/s (ours)", "decode_all", "{:,.0f}"),
    ("full replay/s (ours)", "replay", "{:,.0f}"),
    ("full replay s", "replay_s", "{:.2f}"),
    ("full replay/s (ours, JSON Lines)", "replay_jsonl", "{:,.0f}"),
    ("asof_fraction", "asof_fraction", "{:.4f}"),
    ("replay peak MB", "peak_mb", "{:.1f}"),
    ("state MB", "state_mb", "{:.1f}"),
    ("load avg", "load", "{:.1f}"),
)
"""The table's columns: heading, figure, format."""


def row(figures: dict[str, float]) -> str:
    """One size's figures as a row of the Markdown table."""
    return "| " + " | ".join(f.format(figures[key]) for _, key, f in COLUMNS) + " |"


def summary(figures: dict[str, float]) -> str:
    """The last line: the three ratios of the same work."""
    return " ".join(f"{k}={figures[k]:.2f}" for k in ("decode_x", "entity_x", "append_x"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="up to 100k events")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes (reported events)")
    parser.add_argument(
        "--repeat",
        type=int,
        help="runs of decode and of the JSON Lines replay (median; default 3 up to 100k, then 1)",
    )
    parser.add_argument("--memory", nargs=2, metavar=("LOG", "ORG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory:
        memory(*args.memory)
        return
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| " + " | ".join(heading for heading, _, _ in COLUMNS) + " |", flush=True)
    print("|" + "---|" * len(COLUMNS), flush=True)
    last: dict[str, float] = {}
    for size in sizes:
        repeat = args.repeat or (3 if size <= 100_000 else 1)
        last = measure(size, max(1, repeat))
        print(row(last), flush=True)
    print(summary(last))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
