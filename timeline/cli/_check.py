"""The checks: `verify` (the log, and a store's index) and `when` (a date expression)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TextIO

from timeline.cli._common import Command, Parents, default_log, emit_json, iso_date, sha256
from timeline.errors import InputError, TimelineError

__all__ = ["register"]


def register(command: Command, parents: Parents) -> None:
    """Add `verify` and `when` to the parser through its `command` helper."""
    log, fmt = parents.log, parents.fmt
    p = command(
        "verify",
        "check sequence, hash chain, schema and every quote",
        "timeline verify",
        [log],
    )
    p.add_argument(
        "--expect-head",
        metavar="HASH",
        type=sha256,
        help="also fail unless the log still holds the record with this hash, as an earlier "
        "`verify` printed it on its `head:` line: records cut from the end are caught",
    )
    p.set_defaults(run=_verify)

    p = command(
        "when",
        "resolve a date expression to a span",
        'timeline when "fin février" --ref 2024-03-12 --json',
        [fmt],
    )
    p.add_argument("expression", metavar="EXPR")
    p.add_argument("--ref", type=iso_date, help="reference date (default: today)")
    p.add_argument(
        "--lang", choices=["fr", "en"], help="language (default: try French, then English)"
    )
    p.add_argument(
        "--tense",
        choices=["past", "future"],
        default="past",
        help="tense of the context (default: past)",
    )
    p.set_defaults(run=_when)


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.api import Timeline
    from timeline.cli import _progress

    path = Path(args.log or default_log())
    if not path.exists():
        raise InputError(str(path), "no such log")
    tl = Timeline.open(path)
    try:
        total = tl.log.last_seq()
    except TimelineError:
        total = 0  # a damaged log: `verify` says where
    bar = _progress.Progress(total, "records verified")
    found = tl.verify(expect_head=args.expect_head, progress=bar)
    bar.done()
    verdict = found.verdict
    for problem in verdict.problems:
        out.write(f"{'error' if problem.fatal else 'warning'}: {problem}\n")
    if not verdict.ok:
        return 1
    for problem in found.index_faults:
        out.write(f"error: {problem}\n")
    if found.index_faults:
        out.write(
            "the records are sound but the store's index or catalogue snapshot is not: "
            "rebuild them by copying the log out and back (`timeline export a.jsonl`, "
            "`timeline import a.jsonl --log new.sqlite`)\n"
        )
        return 1
    checked = (
        "sequence, hash chain, schema, ids, quotes and index"
        if found.indexed
        else "sequence, hash chain, schema, ids and quotes"
    )
    out.write(
        f"ok: {verdict.last_seq} records; {checked} verified\n"
        f"head: {verdict.last_seq} {verdict.head}\n"
    )
    return 0


def _when(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import answers
    from timeline.cli import _render
    from timeline.time.normalize import Tense, resolve

    span = resolve(
        args.expression, args.ref or dt.date.today(), lang=args.lang, tense=Tense(args.tense)
    )
    if args.json:
        emit_json(out, answers.when_json(span))
    else:
        out.write(_render.render_when(span) + "\n")
    return 0
