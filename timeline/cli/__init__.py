"""The `timeline` command: a thin layer over the library.

Exit status: 0 on success, 1 when `verify` finds a problem, 2 on bad input or usage, with a
one-line message on stderr. Nothing is written on any error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from timeline import __version__, answers
from timeline.api import MAX_SEQ, Timeline
from timeline.cli import _extract, _html, _merge, _render, _serve, _store
from timeline.converter import SCHEMA_VERSION, canonical_json, unstructure_event
from timeline.errors import InputError, TimelineError
from timeline.identity import with_content_id
from timeline.log.records import MAX_RECORD_BYTES, event_from_data, parse_json
from timeline.projections.similar import similar
from timeline.sources.corpus import ingest_corpus
from timeline.time.normalize import Tense, resolve
from timeline.vocabulary.events import Event

__all__ = ["main"]

DEFAULT_LOG = "events/timeline.jsonl"
"""The log when neither `$TIMELINE_LOG` nor `[tool.timeline] log` in ./pyproject.toml names one."""
MAX_LINE = 2 * MAX_RECORD_BYTES
"""`append` refuses an input line longer than this (8 MiB): twice a record's limit, as a line
of `log --json` repeats a few of its event's fields."""
_ENVELOPE = 1024
"""Room a record needs around its event: sequence number, time, hashes, commit mark."""


def default_log() -> str:
    """`$TIMELINE_LOG`, else the `log` of `[tool.timeline]` in ./pyproject.toml, else
    `DEFAULT_LOG`. The project's default log is data (its pyproject.toml), not code.
    """
    configured = os.environ.get("TIMELINE_LOG")
    if configured:
        return configured
    try:
        with open("pyproject.toml", "rb") as f:
            table = tomllib.load(f).get("tool", {}).get("timeline", {})
    except (OSError, tomllib.TOMLDecodeError):
        table = {}
    log = table.get("log") if isinstance(table, dict) else None
    return log if isinstance(log, str) and log else DEFAULT_LOG


class _Parser(argparse.ArgumentParser):
    def format_help(self) -> str:
        """The help, its example naming an entity and a seed file of the default log, so that
        it runs as written where that log is (this repository's root).
        """
        text = super().format_help()
        if "{entity}" in text or "{seed}" in text:
            values = _example_values()
            text = text.replace("{entity}", values["entity"]).replace("{seed}", values["seed"])
        return text

    def error(self, message: str) -> Any:
        """One line, exit 2; an unknown command or choice gets the closest known one."""
        wrong = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if wrong:
            known = re.findall(r"'([^']*)'", wrong.group(2))
            close = difflib.get_close_matches(wrong.group(1), known, n=1)
            if close:
                message += f"; did you mean '{close[0]}'?"
        self.exit(2, f"{self.prog}: error: {message}\n")


def _example_values() -> dict[str, str]:
    """The first organisation the default log registered and the first seed file of ./seeds,
    or placeholders where there are none: the entities are data, never named by the code.
    """
    entity, seed = "ENTITY", "SEEDFILE.toml"
    path = Path(os.environ.get("TIMELINE_LOG") or default_log())
    if path.is_file():
        try:
            entities = Timeline.open(path).catalogue.entities.values()
            entity = next((e.id for e in entities if e.kind == "organization"), entity)
        except (TimelineError, OSError):
            pass
    seeds = sorted(Path("seeds").glob("*.toml")) if Path("seeds").is_dir() else []
    if seeds:
        seed = seeds[0].as_posix()
    return {"entity": entity, "seed": seed}


def _parser() -> argparse.ArgumentParser:
    log = argparse.ArgumentParser(add_help=False)
    log.add_argument(
        "--log",
        default=None,
        metavar="PATH",
        help="the event log (default: $TIMELINE_LOG, else the `log` of [tool.timeline] in "
        f"./pyproject.toml, else ./{DEFAULT_LOG})",
    )
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--json", action="store_true", help="print JSON for programs")
    axes = argparse.ArgumentParser(add_help=False)
    axes.add_argument("--known-at", metavar="WHEN", help="only what had been published by then")
    axes.add_argument("--upto-seq", metavar="N", type=_seq, help="the log as it stood at seq N")
    axes.add_argument(
        "--ref",
        metavar="DATE",
        type=_iso_date,
        help="reference date for relative WHEN (default: today)",
    )

    top = _Parser(
        prog="timeline",
        description="An event-sourced timeline of the news: what was true, as of when, and why.",
        epilog="Example: timeline state {entity} --as-of 2024-03",
    )
    top.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub: Any = top.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    def command(
        name: str, help: str, example: str, parents: list[argparse.ArgumentParser]
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(
            name,
            help=help,
            description=help,
            epilog=f"Example: {example}",
            parents=parents,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return parser

    p = command(
        "state",
        "the state of an entity as of a date",
        "timeline state {entity} --as-of 2024-03",
        [log, fmt, axes],
    )
    p.add_argument("entity", help="entity id, name or alias")
    p.add_argument(
        "--as-of", metavar="WHEN", help="valid time: by the end of WHEN (default: everything)"
    )
    p.add_argument(
        "--full-replay",
        action="store_true",
        help="answer by reading every record in order, in bounded memory, with no index or "
        "snapshot: for a large JSON Lines log, or to check the index (same answer)",
    )
    p.set_defaults(run=_state)

    p = command(
        "replay",
        "replay the log in timeline order, with the facts each event changes",
        "timeline replay --until 2024-03 --entity {entity}",
        [log, fmt, axes],
    )
    p.add_argument("--until", metavar="WHEN", help="only events that started by the end of WHEN")
    p.add_argument("--entity", help="only events involving this entity")
    p.set_defaults(run=_replay)

    p = command(
        "log", "the log in recording order", "timeline log --type founded --json", [log, fmt]
    )
    p.add_argument("--since", metavar="WHEN", help="recorded on or after the start of WHEN")
    p.add_argument("--until", metavar="WHEN", help="recorded by the end of WHEN")
    p.add_argument(
        "--type", action="append", default=[], help="only events of this type (repeatable)"
    )
    p.add_argument("--entity", help="only events involving this entity")
    p.add_argument("--upto-seq", metavar="N", type=_seq, help="the log as it stood at seq N")
    p.set_defaults(run=_log)

    p = command(
        "diff",
        "what changed in an entity's state between two dates",
        "timeline diff {entity} 2024-01 2024-03",
        [log, fmt, axes],
    )
    p.add_argument("entity")
    p.add_argument("before", metavar="WHEN")
    p.add_argument("after", metavar="WHEN")
    p.set_defaults(run=_diff)

    p = command(
        "why",
        "the events, quotes and sources behind a fact, and what superseded or disputes it",
        "timeline why {entity} valuation --as-of 2024-03",
        [log, fmt, axes],
    )
    p.add_argument("entity")
    p.add_argument("attribute", help="an attribute as `state` prints it, e.g. valuation")
    p.add_argument("--as-of", metavar="WHEN", help="valid time: by the end of WHEN")
    p.set_defaults(run=_why)

    p = command(
        "entities", "the entities of the log: ids, names, aliases", "timeline entities", [log, fmt]
    )
    p.add_argument(
        "--similar",
        action="store_true",
        help="list pairs of entities that are likely the same (names equal once normalised)",
    )
    p.set_defaults(run=_entities)

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

    p = command(
        "verify",
        "check sequence, hash chain, schema and every quote",
        "timeline verify",
        [log],
    )
    p.add_argument(
        "--expect-head",
        metavar="HASH",
        type=_sha256,
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
    p.add_argument("--ref", type=_iso_date, help="reference date (default: today)")
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
    _extract.register(command, log)
    _store.register(command, log, default_log)
    _html.register(command, log, default_log)
    _merge.register(command, log, default_log)
    _serve.register(command, log, default_log)
    return top


def _sha256(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError(f"not a SHA-256 hash (64 hex digits): {text!r}")
    return value


def _seq(text: str) -> int:
    """A sequence number: an integer from 0 to `MAX_SEQ` (a SQLite integer holds no more)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a sequence number: {text!r}") from None
    if not 0 <= value <= MAX_SEQ:
        raise argparse.ArgumentTypeError(f"a sequence number is from 0 to {MAX_SEQ}, not {text}")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _timeline(args: argparse.Namespace) -> Timeline:
    """The log a writing command uses; a new log's folders are made (`events/` outside this
    repository's root is not there yet).
    """
    path = Path(args.log or default_log())
    if not path.exists() and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return Timeline.open(path)


def _need_log(args: argparse.Namespace) -> Timeline:
    path = Path(args.log or default_log())
    if not path.exists():
        raise InputError(str(path), "no such log (build it with `timeline ingest SEEDFILE`)")
    return Timeline.open(path)


def _emit_json(out: TextIO, data: Any) -> None:
    out.write(json.dumps(data, ensure_ascii=False) + "\n")


def _state(args: argparse.Namespace, out: TextIO) -> int:
    tl = _need_log(args)
    axes = {"known_at": args.known_at, "upto_seq": args.upto_seq, "ref": args.ref}
    if args.full_replay:
        bar = _store.Progress(tl.log.last_seq(), "records read")
        state = tl.replayed_state(args.entity, args.as_of, **axes, progress=bar)
        bar.done()
    else:
        state = tl.state(args.entity, args.as_of, **axes)
    if args.json:
        _emit_json(out, answers.state_json(state))
    else:
        out.write(_render.render_state(state) + "\n")
    return 0


def _replay(args: argparse.Namespace, out: TextIO) -> int:
    tl = _need_log(args)
    steps = tl.replay(
        args.entity, args.until, known_at=args.known_at, upto_seq=args.upto_seq, ref=args.ref
    )
    for step in steps:
        if args.json:
            _emit_json(out, answers.step_json(step))
        else:
            out.write(_render.render_step(step) + "\n")
    return 0


def _log(args: argparse.Namespace, out: TextIO) -> int:
    tl = _need_log(args)
    records = tl.log_records(
        since=args.since,
        until=args.until,
        types=args.type,
        entity=args.entity,
        upto_seq=args.upto_seq,
    )
    for record in records:
        if args.json:
            _emit_json(out, answers.record_json(record))
        else:
            out.write(_render.render_record(record) + "\n")
    return 0


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    tl = _need_log(args)
    diff = tl.diff(
        args.entity,
        args.before,
        args.after,
        known_at=args.known_at,
        upto_seq=args.upto_seq,
        ref=args.ref,
    )
    if args.json:
        _emit_json(out, answers.diff_json(diff))
    else:
        out.write(_render.render_diff(diff) + "\n")
    return 0


def _why(args: argparse.Namespace, out: TextIO) -> int:
    tl = _need_log(args)
    why = tl.why(
        args.entity,
        args.attribute,
        args.as_of,
        known_at=args.known_at,
        upto_seq=args.upto_seq,
        ref=args.ref,
    )
    if args.json:
        _emit_json(out, answers.why_json(why))
    else:
        out.write(_render.render_why(why) + "\n")
    return 0


def _entities(args: argparse.Namespace, out: TextIO) -> int:
    tl = _need_log(args)
    entities = tl.entities()
    ids = tl.identities()
    merged_into = {e.id: ids.resolve(e.id) for e in entities if ids.resolve(e.id) != e.id}
    if args.similar:
        pairs = [
            p for p in similar(entities) if ids.resolve(p.first.id) != ids.resolve(p.second.id)
        ]
        for pair in pairs:
            if args.json:
                _emit_json(
                    out, {"first": pair.first.id, "second": pair.second.id, "reason": pair.reason}
                )
            else:
                out.write(f"{pair.first.id}\t{pair.second.id}\t{pair.reason}\n")
        if not pairs and not args.json:
            out.write("no likely duplicates\n")
        return 0
    if args.json:
        for e in entities:
            _emit_json(out, answers.entity_json(e, merged_into.get(e.id)))
    else:
        out.write(_render.render_entities(entities, merged_into) + "\n")
    return 0


def _ingest(args: argparse.Namespace, out: TextIO) -> int:
    tl = _timeline(args)
    before = tl.log.last_seq()
    if len(args.seeds) > 1 or any(Path(p).is_dir() for p in args.seeds):
        # the per-file report reads the whole log once; one seed file does not need it
        for report in ingest_corpus(tl, args.seeds):
            out.write(report.line() + "\n")
    else:
        tl.ingest(args.seeds)
    after = tl.log.last_seq()
    if after > before:
        count = after - before
        out.write(f"appended {count} events as #{before + 1}-#{after} to {tl.log.location}\n")
    else:
        out.write(f"nothing new: every event is already in {tl.log.location}\n")
    return 0


def _append(args: argparse.Namespace, out: TextIO) -> int:
    given = _read_events(sys.stdin)
    events = [event for _, event in given]
    appended = _timeline(args).append(
        events, expected_seq=args.expect_seq, places=[where for where, _ in given]
    )
    for record in appended:
        out.write(f"{record.seq}\n")
    skipped = len(events) - len(appended)
    sys.stderr.write(f"appended {len(appended)}, skipped {skipped} already in the log\n")
    return 0


def _read_events(stream: TextIO | BinaryIO) -> list[tuple[str, Event]]:
    """The events of JSON lines (bare, or records as `log --json` prints them), each with the
    place it was read from; InputError naming `<stdin>:LINE` at the first bad line.
    """
    events = []
    for where, line in _input_lines(stream):
        if not line.strip():
            continue
        data = parse_json(line, where)
        if isinstance(data, dict) and isinstance(data.get("event"), dict):
            schema = data.get("schema", SCHEMA_VERSION)
            if not isinstance(schema, int) or isinstance(schema, bool):
                raise InputError(where, f"schema version must be an integer, got {schema!r}")
            if schema > SCHEMA_VERSION:
                raise InputError(
                    where, f"schema version {schema} is newer than this engine's {SCHEMA_VERSION}"
                )
            data = data["event"]
        try:
            event = event_from_data(data)
        except ValueError as exc:
            raise InputError(where, f"not an event: {exc}") from None
        identified = with_content_id(event)
        if event.id and event.id != identified.id:
            raise InputError(
                where, f"id {event.id!r} does not match the event's content ({identified.id})"
            )
        size = len(canonical_json(unstructure_event(event)).encode("utf-8"))
        if size > MAX_RECORD_BYTES - _ENVELOPE:
            raise InputError(
                where, f"event of {size} bytes; a log record holds at most {MAX_RECORD_BYTES}"
            )
        events.append((where, identified))
    return events


def _input_lines(stream: TextIO | BinaryIO) -> Iterator[tuple[str, str]]:
    """The lines of `stream` (its bytes when it has them, decoded as UTF-8), each at most
    `MAX_LINE` long, with their place.
    """
    source: Any = getattr(stream, "buffer", stream)
    lineno = 0
    while line := source.readline(MAX_LINE + 1):
        lineno += 1
        where = f"<stdin>:{lineno}"
        if len(line) > MAX_LINE:
            raise InputError(where, f"line longer than {MAX_LINE} bytes")
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(where, f"not UTF-8 at byte {exc.start}") from None
        yield where, line


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.log or default_log())
    if not path.exists():
        raise InputError(str(path), "no such log")
    tl = Timeline.open(path)
    try:
        total = tl.log.last_seq()
    except TimelineError:
        total = 0  # a damaged log: `verify` says where
    bar = _store.Progress(total, "records verified")
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
    span = resolve(
        args.expression, args.ref or dt.date.today(), lang=args.lang, tense=Tense(args.tense)
    )
    if args.json:
        _emit_json(out, answers.when_json(span))
    else:
        out.write(_render.render_when(span) + "\n")
    return 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (a console script entry point).

    Ctrl-C (SIGINT) ends any command with status 130 and one line, `timeline: interrupted`:
    a read leaves nothing behind, an append interrupted mid-write a torn tail that readers
    ignore and the next append cuts.
    """
    try:
        return _main(argv, out)
    except KeyboardInterrupt:
        sys.stderr.write("timeline: interrupted\n")
        return _INTERRUPTED


_INTERRUPTED = 128 + 2
"""The exit status after SIGINT (signal 2), as shells report a command it ended."""


def _main(argv: Sequence[str] | None, out: TextIO | None) -> int:
    stdout = out or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace, TextIO], int] = args.run
    try:
        return run(args, stdout)
    except TimelineError as exc:
        sys.stderr.write(f"timeline {args.command}: error: {_one_line(str(exc))}\n")
        return exc.exit_status
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an unreadable or unwritable file: a one-line message, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        message = _one_line(f"{where}{exc.strerror or exc}")
        sys.stderr.write(f"timeline {args.command}: error: {message}\n")
        return 2


def _one_line(text: str) -> str:
    """`text` with the characters that would break its line escaped (a key or value quoted
    from hostile input may hold a carriage return or a line separator).
    """
    return "".join(c.encode("unicode_escape").decode("ascii") if c in _BREAKS else c for c in text)


_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
"""The characters `str.splitlines` breaks a line at."""


if __name__ == "__main__":
    raise SystemExit(main())
