"""Scale benchmark: the timeline's SQLite store beside the eventsourcing library, in one run.

    python benchmarks/run.py [--quick]

For 10k, 100k and 1M reported events (`--quick`: 10k and 100k) of the synthetic corpus in
`corpus.py`, it measures, side by side:

- batch append: events/s appending the corpus in batches of about 1,000 events to a new
  `SqliteLog` (sealing, hashing, indexing, one transaction a batch), and saving the same events
  as aggregate events through an eventsourcing `Application` on its SQLite persistence (one
  aggregate per subject entity, one `save` of every changed aggregate a batch);
- full replay: events/s answering the state of one organisation from the whole log with no
  index and no snapshot (`Timeline.replayed_state`, as `timeline state --full-replay`: every
  row read in order, the records that name the organisation or what it owns parsed, decoded
  and folded), beside eventsourcing rebuilding every aggregate from its stored events
  (`repository.get`); also, for reference, the same full replay of the same log as JSON Lines
  (which has no `names` column: every line is parsed), and decoding every record into objects
  (`read()`);
- state as of a date: `Timeline.state(org, as_of)` through the index, cold (a new `Timeline`
  on the file) and warm (the same `Timeline`, another date), median over a few organisations;
- peak memory of the full replay, above what the process held before it, beside the size
  of the state it returns (tracemalloc, in a child process).

The last line holds the ratios for the largest size:
`replay_x=<ours/peer> append_x=<ours/peer> asof_fraction=<as-of cold / full replay>`.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import Corpus

from timeline import Timeline
from timeline.converter import unstructure_event
from timeline.log import JsonlLog, SqliteLog
from timeline.log.transfer import copy_log
from timeline.vocabulary.events import Event, Reported

AS_OF = ("2019-06", "2019-07")
"""Two query months in the middle of the corpus's eleven years: cold, then warm."""


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


# Ours --------------------------------------------------------------------------------------


def ours(batches: list[list[Event]], folder: Path, orgs: list[str]) -> dict[str, float]:
    count = sum(len(b) for b in batches)
    path = folder / "log.sqlite"
    log = SqliteLog(path)

    def append() -> None:
        for batch in batches:
            log.append(batch)

    seconds, _ = _timed(append)
    log.close()
    out = {"events": count, "append": count / seconds}
    org = orgs[len(orgs) // 2]
    replayer = Timeline.open(path)
    seconds, _ = _timed(lambda: replayer.replayed_state(org))
    out["replay"] = count / seconds
    out["replay_s"] = seconds
    replayer.log.close()  # type: ignore[attr-defined]
    fresh = SqliteLog(path)
    seconds, _ = _timed(lambda: sum(1 for _ in fresh.read()))
    out["decode_all"] = count / seconds
    lines = JsonlLog(folder / "log.jsonl")
    copy_log(fresh, lines)
    seconds, _ = _timed(lambda: Timeline(lines).replayed_state(org))
    out["replay_jsonl"] = count / seconds
    fresh.close()
    cold, warm = [], []
    for org in orgs[:: max(1, len(orgs) // 5)][:5]:
        tl = Timeline.open(path)
        seconds, _ = _timed(lambda: tl.state(org, AS_OF[0]))  # noqa: B023
        cold.append(seconds)
        seconds, _ = _timed(lambda: tl.state(org, AS_OF[1]))  # noqa: B023
        warm.append(seconds)
        tl.log.close()  # type: ignore[attr-defined]
    out["asof_cold_ms"] = statistics.median(cold) * 1000
    out["asof_warm_ms"] = statistics.median(warm) * 1000
    child = subprocess.run(
        [sys.executable, __file__, "--memory", str(path), org],
        capture_output=True,
        text=True,
        check=True,
    )
    out.update(json.loads(child.stdout))
    return out


def memory(path: str, org: str) -> None:
    """In a child process: peak memory of a full replay above the start, and the state's size."""
    timeline = Timeline.open(path)
    gc.collect()
    tracemalloc.start()
    state = timeline.replayed_state(org)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        json.dumps(
            {"peak_mb": peak / 2**20, "state_mb": current / 2**20, "facts": len(state.facts)}
        )
    )


# The peer ----------------------------------------------------------------------------------


def peer(batches: list[list[Event]], folder: Path) -> dict[str, float]:
    from _peer import Newsroom, Subject

    env = {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(folder / "es.db")}
    app = Newsroom(env=env)
    payloads = [
        [
            (
                e.entities[0] if isinstance(e, Reported) else "catalogue",
                e.TYPE,
                unstructure_event(e),
            )
            for e in batch
        ]
        for batch in batches
    ]
    count = sum(len(b) for b in batches)
    subjects: dict[str, Subject] = {}

    def save() -> None:
        for batch in payloads:
            changed: dict[str, Subject] = {}
            for name, kind, data in batch:
                subject = subjects.get(name)
                if subject is None:
                    subject = subjects[name] = Subject(name=name)
                subject.report(kind=kind, data=data)
                changed[name] = subject
            app.save(*changed.values())

    seconds, _ = _timed(save)
    total = count + len(subjects)  # each aggregate's creation is an event too
    out = {"append": total / seconds}
    ids = [s.id for s in subjects.values()]
    subjects.clear()
    payloads.clear()
    reader = Newsroom(env=env)

    def rebuild() -> int:
        return sum(reader.repository.get(i).version for i in ids)

    seconds, versions = _timed(rebuild)
    out["replay"] = versions / seconds
    return out


# The run -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="up to 100k events")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes (reported events)")
    parser.add_argument("--memory", nargs=2, metavar=("LOG", "ORG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory:
        memory(*args.memory)
        return
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    header = (
        "| events | append/s (ours) | save/s (eventsourcing) | append_x | replay/s (ours) "
        "| rebuild/s (eventsourcing) | replay_x | replay/s (ours, JSON Lines) "
        "| decode-all/s (ours) | full replay s "
        "| as-of cold ms | as-of warm ms | asof_fraction | replay peak MB | state MB |"
    )
    print(header, flush=True)
    print("|" + "---|" * (header.count("|") - 1), flush=True)
    last: dict[str, float] = {}
    for size in sizes:
        corpus = Corpus(size)
        batches = list(corpus.batches())
        folder = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
        try:
            mine = ours(batches, folder, corpus.orgs)
            theirs = peer(batches, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        del batches
        last = {
            "replay_x": mine["replay"] / theirs["replay"],
            "append_x": mine["append"] / theirs["append"],
            "asof_fraction": mine["asof_cold_ms"] / 1000 / mine["replay_s"],
        }
        row = (
            f"| {mine['events']:,} | {mine['append']:,.0f} | {theirs['append']:,.0f} "
            f"| {last['append_x']:.1f} | {mine['replay']:,.0f} | {theirs['replay']:,.0f} "
            f"| {last['replay_x']:.1f} | {mine['replay_jsonl']:,.0f} "
            f"| {mine['decode_all']:,.0f} | {mine['replay_s']:.2f} "
            f"| {mine['asof_cold_ms']:.1f} | {mine['asof_warm_ms']:.1f} "
            f"| {last['asof_fraction']:.4f} | {mine['peak_mb']:.1f} | {mine['state_mb']:.1f} |"
        )
        print(row, flush=True)
    print(
        f"replay_x={last['replay_x']:.2f} append_x={last['append_x']:.2f} "
        f"asof_fraction={last['asof_fraction']:.4f}"
    )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
