"""What the log stands on and a search through it: `sources` (the documents, with how many
events each gave) and `search` (facts whose value or quote holds some words).
"""

from __future__ import annotations

import argparse
import collections
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

from timeline.cli._common import (
    Command,
    Parents,
    add_format,
    add_limit,
    chosen,
    emit_json,
    need_log,
)
from timeline.errors import InputError

if TYPE_CHECKING:  # the library loads when a command runs, not when the parser is built
    from timeline.api import Timeline
    from timeline.search import Hit
    from timeline.vocabulary.documents import Document

__all__ = ["event_counts", "register"]

SOURCE_HEADER = ["document", "title", "publisher", "published", "url", "language", "events"]
"""The columns of `sources --format csv|md`."""

_WIDTH = 100
"""The width the text is wrapped at, as `_render`'s."""

HIT_HEADER = ["entity", "name", "attribute", "value", "matched in", "source document", "quote"]
"""The columns of `search --format csv|md`."""


def register(command: Command, parents: Parents) -> None:
    """Add `sources` and `search` to the parser through its `command` helper."""
    p = command(
        "sources",
        "the documents of the log: title, publisher, date, URL, language, events each gave",
        "timeline sources --format md",
        [parents.log, parents.fmt],
    )
    add_format(p, "document")
    p.set_defaults(run=_sources)

    p = command(
        "search",
        "the facts whose value or quote holds WORDS (as one phrase; case and accents ignored)",
        "timeline search open source",
        [parents.log, parents.fmt],
    )
    p.add_argument("words", metavar="WORDS", nargs="+", help="what to look for")
    add_limit(p, "hits (default: 200)")
    add_format(p, "hit")
    p.set_defaults(run=_search)


def event_counts(tl: Timeline) -> Mapping[str, int]:
    """How many reported events (corrections and retractions too) each document gave."""
    from timeline.vocabulary.events import Reported

    return collections.Counter(
        r.event.source.document for r in tl.records() if isinstance(r.event, Reported)
    )


def source_json(document: Document, events: int) -> dict[str, Any]:
    """One document of `sources --json`."""
    return {
        "id": document.id,
        "title": document.title,
        "publisher": document.publisher,
        "published": document.published.isoformat(),
        "url": document.url,
        "language": document.language,
        "events": events,
    }


def _sources(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.cli import _formats

    fmt = chosen(args)
    tl = need_log(args)
    counts = event_counts(tl)
    documents = sorted(tl.catalogue.documents.values(), key=lambda d: (d.published, d.id))
    if fmt == "json":
        emit_json(out, [source_json(d, counts.get(d.id, 0)) for d in documents])
    elif fmt == "text":
        out.write(_render_sources(documents, counts) + "\n")
    else:
        rows = [_source_row(d, counts.get(d.id, 0)) for d in documents]
        _formats.write_table(out, fmt, SOURCE_HEADER, rows)
    return 0


def _source_row(d: Document, events: int) -> list[str]:
    return [
        d.id,
        d.title,
        d.publisher,
        d.published.isoformat(),
        d.url or "",
        d.language,
        str(events),
    ]


def _render_sources(documents: list[Document], counts: Mapping[str, int]) -> str:
    """The text of `timeline sources`: per document, its id, date, publisher, language and
    count of events, then its title and URL.
    """
    if not documents:
        return "no sources"
    lines = []
    for d in documents:
        n = counts.get(d.id, 0)
        noun = "event" if n == 1 else "events"
        lines.append(f"{d.id}  {d.published}  {d.publisher}  [{d.language}]  {n} {noun}")
        lines.append(f"    {d.title}")
        if d.url:
            lines.append(f"    {d.url}")
    return "\n".join(lines)


def _search(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.cli import _formats
    from timeline.search import search

    fmt = chosen(args)
    query = " ".join(args.words)
    if not query.strip():
        raise InputError("WORDS", "the search is empty")
    tl = need_log(args)
    hits, more = search(tl, query, limit=args.limit or 200, where="WORDS")
    if fmt == "json":
        emit_json(out, [_hit_json(h) for h in hits])
    elif fmt == "text":
        out.write(_render_hits(query, hits, more) + "\n")
    else:
        rows = [
            [h.entity, h.name, h.attribute, h.value, _matched(h), h.document, h.quote] for h in hits
        ]
        _formats.write_table(out, fmt, HIT_HEADER, rows)
    return 0


def _matched(hit: Hit) -> str:
    return "value" if hit.in_value else "quote"


def _hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "entity": hit.entity,
        "name": hit.name,
        "attribute": hit.attribute,
        "value": hit.value,
        "in_value": hit.in_value,
        "document": hit.document,
        "quote": hit.quote,
    }


def _render_hits(query: str, hits: list[Hit], more: bool) -> str:
    """The text of `timeline search`: per hit, the entity's fact, then the quote."""
    if not hits:
        return f"nothing holds {query!r}"
    lines = []
    for h in hits:
        lines += textwrap.wrap(
            f"{h.name} ({h.entity}) {h.attribute}: {h.value}", _WIDTH, subsequent_indent="    "
        )
        if h.quote:
            lines += textwrap.wrap(
                f"“{h.quote}” ({h.document})",
                _WIDTH,
                initial_indent="    ",
                subsequent_indent="      ",
            )
    if more:
        lines.append(f"(showing the first {len(hits)}; more with --limit)")
    return "\n".join(lines)
