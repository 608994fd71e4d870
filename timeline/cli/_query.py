"""The questions: `state` (its own module, `_state`), `replay`, `log`, `diff`, `why` and
`entities`, each one call of the library and its rendering as text, JSON, CSV or Markdown
(`--format`, `_formats`).
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from timeline.cli import _state
from timeline.cli._common import (
    Command,
    Parents,
    add_format,
    add_limit,
    chosen,
    emit_json,
    need_log,
    seq_number,
)

if TYPE_CHECKING:  # the library loads when a command runs, not when the parser is built
    from timeline.projections import Step

__all__ = ["register"]


def register(command: Command, parents: Parents) -> None:
    """Add the question commands to the parser through its `command` helper."""
    log, fmt, axes = parents.log, parents.fmt, parents.axes
    _state.register(command, parents)

    p = command(
        "replay",
        "replay the log in timeline order, with the facts each event changes",
        "timeline replay --until 2024-03 --entity {entity}",
        [log, fmt, axes],
    )
    p.add_argument("--until", metavar="WHEN", help="only events that started by the end of WHEN")
    p.add_argument("--since", metavar="WHEN", help="only events ending after the start of WHEN")
    p.add_argument("--entity", help="only events involving this entity")
    add_limit(p, "events")
    add_format(p, "event and change it makes")
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
    p.add_argument("--upto-seq", metavar="N", type=seq_number, help="the log as it stood at seq N")
    add_limit(p, "records")
    add_format(p, "record")
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
    add_format(p)
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
    add_format(p)
    p.set_defaults(run=_why)

    p = command(
        "entities", "the entities of the log: ids, names, aliases", "timeline entities", [log, fmt]
    )
    p.add_argument(
        "--similar",
        action="store_true",
        help="list pairs of entities that are likely the same (names equal once normalised)",
    )
    add_format(p, "entity (with --similar: pair)")
    p.set_defaults(run=_entities)


def _caption(out: TextIO, fmt: str, text: str) -> None:
    """A Markdown table's caption: the answer's first line, then a blank line."""
    from timeline.cli import _formats

    if fmt == "md":
        out.write(f"**{_formats.md_cell(text)}**\n\n")


def _replay(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import answers
    from timeline.api import to_span
    from timeline.cli import _formats, _render

    fmt = chosen(args)
    tl = need_log(args)
    steps: Iterable[Step] = tl.replay(args.entity, args.until, **_axes(args))
    if args.since is not None:
        floor = to_span(args.since, args.ref).start_key
        steps = [s for s in steps if s.entry.when.end_key > floor]
    steps = list(itertools.islice(steps, args.limit))
    if fmt in ("csv", "md"):
        _formats.write_table(out, fmt, _formats.REPLAY_HEADER, _formats.replay_rows(steps))
        return 0
    if fmt == "text" and steps:
        out.write("\n".join(_render.wrap(_render.REPLAY_LEGEND, subsequent_indent="  ")) + "\n")
    for step in steps:
        if fmt == "json":
            emit_json(out, answers.step_json(step))
        else:
            out.write(_render.render_step(step) + "\n")
    return 0


def _log(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import answers
    from timeline.cli import _formats, _render

    fmt = chosen(args)
    tl = need_log(args)
    records = tl.log_records(
        since=args.since,
        until=args.until,
        types=args.type,
        entity=args.entity,
        upto_seq=args.upto_seq,
    )
    records = itertools.islice(records, args.limit)
    if fmt in ("csv", "md"):
        _formats.write_table(out, fmt, _formats.LOG_HEADER, _formats.log_rows(records))
        return 0
    for record in records:
        if fmt == "json":
            emit_json(out, answers.record_json(record))
        else:
            out.write(_render.render_record(record, tl.catalogue.name) + "\n")
    return 0


def _axes(args: argparse.Namespace) -> dict[str, Any]:
    """The query axes a question's arguments give (`--known-at`, `--upto-seq`, `--ref`)."""
    return {"known_at": args.known_at, "upto_seq": args.upto_seq, "ref": args.ref}


def _write_answer(
    out: TextIO,
    fmt: str,
    *,
    as_json: Callable[[], Any],
    text: Callable[[], str],
    caption: Callable[[], str],
    header: list[str],
    rows: Callable[[], Iterable[list[str]]],
) -> int:
    """An answer as `fmt` asks: its JSON, its text, or a table (in Markdown under a caption,
    the first line of `caption`'s text).
    """
    from timeline.cli import _formats

    if fmt == "json":
        emit_json(out, as_json())
    elif fmt == "text":
        out.write(text() + "\n")
    else:
        _caption(out, fmt, caption().splitlines()[0])
        _formats.write_table(out, fmt, header, rows())
    return 0


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import answers
    from timeline.cli import _formats, _render

    fmt = chosen(args)
    tl = need_log(args)
    diff = tl.diff(args.entity, args.before, args.after, **_axes(args))
    return _write_answer(
        out,
        fmt,
        as_json=lambda: answers.diff_json(diff),
        text=lambda: _render.render_diff(diff),
        caption=lambda: _render.render_diff(diff),
        header=_formats.DIFF_HEADER,
        rows=lambda: _formats.diff_rows(diff, tl.catalogue.documents),
    )


def _why(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import answers
    from timeline.cli import _formats, _render

    fmt = chosen(args)
    tl = need_log(args)
    why = tl.why(args.entity, args.attribute, args.as_of, **_axes(args))
    documents = tl.catalogue.documents
    return _write_answer(
        out,
        fmt,
        as_json=lambda: answers.why_json(why),
        text=lambda: _render.render_why(why, documents),
        caption=lambda: _render.render_why(why),
        header=_formats.WHY_HEADER,
        rows=lambda: _formats.why_rows(why, documents, tl.catalogue.name),
    )


def _entities(args: argparse.Namespace, out: TextIO) -> int:
    from timeline import answers
    from timeline.cli import _formats, _render
    from timeline.projections.similar import similar

    fmt = chosen(args)
    tl = need_log(args)
    entities = tl.entities()
    ids = tl.identities()
    merged_into = {e.id: ids.resolve(e.id) for e in entities if ids.resolve(e.id) != e.id}
    if args.similar:
        pairs = [
            p for p in similar(entities) if ids.resolve(p.first.id) != ids.resolve(p.second.id)
        ]
        rows = [[p.first.id, p.second.id, p.reason] for p in pairs]
        if fmt in ("csv", "md"):
            _formats.write_table(out, fmt, ["first", "second", "reason"], rows)
            return 0
        if fmt == "json":  # an answer: one JSON list, as every answer (README, "JSON")
            emit_json(out, [{"first": a, "second": b, "reason": why} for a, b, why in rows])
            return 0
        for first, second, reason in rows:
            out.write(f"{first}\t{second}\t{reason}\n")
        if not pairs and fmt == "text":
            out.write("no likely duplicates\n")
        return 0
    if fmt == "json":
        emit_json(out, [answers.entity_json(e, merged_into.get(e.id)) for e in entities])
    elif fmt == "text":
        out.write(_render.render_entities(entities, merged_into) + "\n")
    else:
        rows = [
            [e.id, e.name, e.kind, "; ".join(e.aliases), merged_into.get(e.id, "")]
            for e in entities
        ]
        _formats.write_table(out, fmt, ["id", "name", "kind", "aliases", "merged into"], rows)
    return 0
