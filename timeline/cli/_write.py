"""The writes: `ingest` (seed files and folders) and `append` (events as JSON lines).

A seed file named on the command line may name its text anywhere (a draft `extract` wrote in
another folder); one found in a folder must keep its text inside that folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from timeline.cli._common import Command, Parents, writable_log

__all__ = ["register"]


def register(command: Command, parents: Parents) -> None:
    """Add `ingest` and `append` to the parser through its `command` helper."""
    log = parents.log
    p = command(
        "ingest",
        "check seed files and append their events (idempotent)",
        "timeline ingest {seed}",
        [log],
    )
    p.add_argument(
        "seeds",
        nargs="+",
        metavar="SEEDFILE",
        help="seed files, or folders of them (a draft's reviewed copy stands in its place)",
    )
    p.set_defaults(run=_ingest)

    p = command(
        "append",
        "append events given as JSON lines on stdin, atomically",
        "timeline log --json --log a.jsonl | timeline append --log b.jsonl",
        [log],
    )
    p.add_argument(
        "--expect-seq",
        metavar="N",
        type=int,
        help="fail (exit 2, nothing written) unless the log ends at seq N",
    )
    p.set_defaults(run=_append)


def _ingest(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.sources.corpus import ingest_corpus

    tl = writable_log(args)
    before = tl.log.last_seq()
    if len(args.seeds) > 1 or any(Path(p).is_dir() for p in args.seeds):
        # the per-file report reads the whole log once; one seed file does not need it
        for report in ingest_corpus(tl, args.seeds, text_anywhere=True):
            out.write(report.line() + "\n")
    else:
        tl.ingest(args.seeds, text_anywhere=True)
    after = tl.log.last_seq()
    if after > before:
        count = after - before
        noun = "event" if count == 1 else "events"
        where = f"#{after}" if count == 1 else f"#{before + 1}-#{after}"
        out.write(f"appended {count} {noun} as {where} to {tl.log.location}\n")
    else:
        out.write(f"nothing new: every event is already in {tl.log.location}\n")
    return 0


def _append(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.sources.jsonlines import read_events

    given = read_events(sys.stdin)
    events = [event for _, event in given]
    appended = writable_log(args).append(
        events, expected_seq=args.expect_seq, places=[where for where, _ in given]
    )
    for record in appended:
        out.write(f"{record.seq}\n")
    skipped = len(events) - len(appended)
    sys.stderr.write(f"appended {len(appended)}, skipped {skipped} already in the log\n")
    return 0
