"""`timeline merge` and `timeline unmerge`: two ids read as one entity, and back.

A merge is an event of the log (`entities_merged`), never a rewrite: the records of the
merged id stay as they were, answers read them as the kept id's from the merge on, and
`--upto-seq` before it gives the answers of before. `unmerge` appends a `merge_retracted`.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from timeline.cli._common import Command, Parents, need_log

__all__ = ["register"]


def register(command: Command, parents: Parents) -> None:
    """Add `merge` and `unmerge` to the parser through its `command` helper."""
    log = parents.log
    p = command(
        "merge",
        "read two entities as one from now on: an entities_merged event, the records kept",
        "timeline merge DUPLICATE --into {entity} --reason 'same company'",
        [log],
    )
    p.add_argument("merged", metavar="DUPLICATE", help="the id, name or alias to merge")
    p.add_argument(
        "--into", required=True, metavar="ENTITY", help="the entity it is read as from now on"
    )
    p.add_argument("--reason", help="why they are one (kept in the event)")
    p.set_defaults(run=_merge)

    p = command(
        "unmerge",
        "undo the merge of an entity: a merge_retracted event, the merge kept",
        "timeline unmerge DUPLICATE",
        [log],
    )
    p.add_argument("merged", metavar="DUPLICATE", help="the id, name or alias merged earlier")
    p.add_argument("--reason", help="why they are not one (kept in the event)")
    p.set_defaults(run=_unmerge)


def _merge(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.vocabulary.events import EntitiesMerged

    tl = need_log(args)
    record = tl.merge(args.merged, args.into, reason=args.reason)
    event = record.event
    assert isinstance(event, EntitiesMerged)
    out.write(
        f"#{record.seq} {event.id}: {event.merged} is read as {event.kept} from now on "
        f"(undo: timeline unmerge {event.merged})\n"
    )
    return 0


def _unmerge(args: argparse.Namespace, out: TextIO) -> int:
    tl = need_log(args)
    merged = tl.entity(args.merged).id
    record = tl.unmerge(args.merged, reason=args.reason)
    out.write(f"#{record.seq} {record.event.id}: {merged} is an entity of its own again\n")
    return 0
