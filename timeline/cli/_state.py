"""`timeline state`: the state of one entity or several (`state A B`, or every entity of a
kind, `--kind organization`), all of it or some attributes (`--attribute`), in any
`--format`. Several entities answer as a JSON list, and as one table with an `entity`
column, so that "every organisation's valuation as of June" is one command.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

import attrs

from timeline.cli._common import Command, Parents, add_format, chosen, emit_json, need_log
from timeline.errors import InputError

if TYPE_CHECKING:  # the library loads when the command runs, not when the parser is built
    from timeline.api import Timeline
    from timeline.projections import State

__all__ = ["only_attributes", "register"]


def register(command: Command, parents: Parents) -> None:
    """Add `state` to the parser through its `command` helper."""
    p = command(
        "state",
        "the state of an entity (or several) as of a date",
        "timeline state {entity} --as-of 2024-03 --format csv",
        [parents.log, parents.fmt, parents.axes],
    )
    p.add_argument(
        "entity", metavar="ENTITY", nargs="*", help="entity id, name or alias (one or more)"
    )
    p.add_argument(
        "--as-of", metavar="WHEN", help="valid time: by the end of WHEN (default: everything)"
    )
    p.add_argument(
        "--attribute",
        metavar="NAME",
        action="append",
        default=[],
        help="only this attribute, as `state` prints it (repeatable)",
    )
    p.add_argument(
        "--kind",
        metavar="KIND",
        help="every entity of this kind too, e.g. organization (with --attribute: those "
        "that have it)",
    )
    p.add_argument(
        "--streamed",
        "--full-replay",
        dest="streamed",
        action="store_true",
        help="answer by one streamed read of every record in order, in bounded memory, with no "
        "index or snapshot: for a large JSON Lines log, or to check the index (same answer; "
        "--full-replay is its old name)",
    )
    add_format(p)
    p.set_defaults(run=_state)


def _state(args: argparse.Namespace, out: TextIO) -> int:
    fmt = chosen(args)
    if not args.entity and args.kind is None:
        raise InputError("ENTITY", "name an entity (or several), or --kind KIND")
    tl = need_log(args)
    names = [*args.entity, *_of_kind(tl, args.kind)]
    states = _unique([_one_state(tl, args, name) for name in names])
    if args.attribute:
        states = only_attributes(tl, states, args.attribute, streamed=args.streamed)
        if args.kind is not None:
            named = {tl.entity(n).id for n in args.entity}
            states = [s for s in states if s.facts or s.entity.id in named]
    if len(states) == 1 and args.kind is None:
        _write_one(tl, states[0], fmt, out)
    else:
        _write_several(tl, states, fmt, out)
    return 0


def _one_state(tl: Timeline, args: argparse.Namespace, name: str) -> State:
    axes = {"known_at": args.known_at, "upto_seq": args.upto_seq, "ref": args.ref}
    if not args.streamed:
        return tl.state(name, args.as_of, **axes)
    from timeline.cli import _progress

    bar = _progress.Progress(tl.log.last_seq(), "records read")
    state = tl.streamed_state(name, args.as_of, **axes, progress=bar)
    bar.done()
    return state


def _of_kind(tl: Timeline, kind: str | None) -> list[str]:
    """The ids of the entities of `kind`, sorted; InputError naming the kinds there are."""
    if kind is None:
        return []
    entities = tl.entities()
    found = [e.id for e in entities if e.kind == kind]
    if not found:
        kinds = sorted({e.kind for e in entities})
        raise InputError("--kind", f"no entity of kind {kind!r}; kinds: {', '.join(kinds)}")
    return found


def _unique(states: Sequence[State]) -> list[State]:
    """The states, each entity once (two names of one entity, or one named and of the kind)."""
    seen: set[str] = set()
    out = []
    for state in states:
        if state.entity.id not in seen:
            seen.add(state.entity.id)
            out.append(state)
    return out


def only_attributes(
    tl: Timeline, states: Sequence[State], names: Sequence[str], *, streamed: bool = False
) -> list[State]:
    """The states with only the facts of the attributes `names`; InputError naming an
    attribute none of the entities ever had (over every record, read again only when the
    answer lacks it: by the streamed read with `streamed`), with the closest ones.
    """
    known = {a for s in states for a in s.attributes()}
    if not set(names) <= known:
        for state in states:
            every = (tl.streamed_state if streamed else tl.state)(
                state.entity.id, upto_seq=state.axes.upto_seq
            )
            known.update(every.attributes())
    for name in names:
        if name not in known:
            import difflib

            close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.4)
            hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
            who = states[0].entity.id if len(states) == 1 else "these entities"
            raise InputError("--attribute", f"{who} has no attribute {name!r}{hint}")
    wanted = set(names)
    return [
        attrs.evolve(s, facts=tuple(f for f in s.facts if f.attribute in wanted)) for s in states
    ]


def _write_one(tl: Timeline, state: State, fmt: str, out: TextIO) -> None:
    from timeline import answers
    from timeline.cli import _formats, _render

    if fmt == "json":
        emit_json(out, answers.state_json(state))
    elif fmt == "text":
        out.write(_render.render_state(state) + "\n")
    else:
        _caption(out, fmt, _render.state_head(state))
        rows = _formats.state_rows(state, tl.catalogue.documents)
        _formats.write_table(out, fmt, _formats.FACT_HEADER, rows)


def _write_several(tl: Timeline, states: Sequence[State], fmt: str, out: TextIO) -> None:
    """Several states: a JSON list, the texts one after another, or one table whose first
    column is the entity.
    """
    from timeline import answers
    from timeline.cli import _formats, _render

    if fmt == "json":
        emit_json(out, [answers.state_json(s) for s in states])
    elif fmt == "text":
        out.write("\n\n".join(_render.render_state(s) for s in states) or "no entity")
        out.write("\n")
    else:
        if states:
            noun = "entity" if len(states) == 1 else "entities"
            _caption(out, fmt, f"{len(states)} {noun}, {_render.axes_line(states[0].axes)}")
        documents = tl.catalogue.documents
        rows = [[s.entity.id, *row] for s in states for row in _formats.state_rows(s, documents)]
        _formats.write_table(out, fmt, ["entity", *_formats.FACT_HEADER], rows)


def _caption(out: TextIO, fmt: str, text: str) -> None:
    """A Markdown table's caption: the answer's first line, then a blank line."""
    from timeline.cli import _formats

    if fmt == "md":
        out.write(f"**{_formats.md_cell(text)}**\n\n")
