"""The table formats of the questions: `--format csv` (RFC 4180, UTF-8, a header row, one row
per fact and its source, so it opens in a spreadsheet) and `--format md` (a Markdown table,
`|` escaped and line breaks as `<br>`). Text is `_render`'s, JSON `timeline.answers`'.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from timeline.log.records import LogRecord
from timeline.projections import Fact, State
from timeline.time.span import Span
from timeline.vocabulary.documents import Document
from timeline.vocabulary.events import EntityRegistered, Names, Reported, SourceRegistered

if TYPE_CHECKING:
    from timeline.projections import Diff, Explanation, Step, Withdrawal

__all__ = [
    "FACT_HEADER",
    "diff_rows",
    "fact_rows",
    "log_rows",
    "replay_rows",
    "state_rows",
    "why_rows",
    "write_table",
]

Row = list[str]
Documents = Mapping[str, Document]

FACT_HEADER = [
    "attribute",
    "value",
    "certainty",
    "disputed",
    "span start",
    "span end",
    "span words",
    "source document",
    "publisher",
    "published",
    "quote",
    "event id",
    "seq",
]
"""The columns of a fact and one of its sources (`span end` is the last day, inclusive)."""


def write_table(out: TextIO, fmt: str, header: Sequence[str], rows: Iterable[Row]) -> None:
    """The rows as CSV (`fmt` "csv") or as a Markdown table ("md")."""
    if fmt == "csv":
        import csv  # here, not at the top: a command printing text starts without it

        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        return
    out.write(_md_row(header) + "\n")
    out.write("|" + "|".join("---" for _ in header) + "|\n")
    for row in rows:
        out.write(_md_row(row) + "\n")


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(md_cell(c) for c in cells) + " |"


def md_cell(text: str) -> str:
    """A Markdown table cell: `|` and backslashes escaped, line breaks as `<br>`."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(text.splitlines()) if text else ""


def span_cells(span: Span | None) -> Row:
    """The first day, the last day (inclusive) and the words of a span; "" for an open bound."""
    if span is None:
        return ["", "", ""]
    start = "" if span.start is None else span.start.isoformat()
    last = "" if span.last is None else span.last.isoformat()
    return [start, last, span.text or ""]


def fact_rows(fact: Fact, documents: Documents) -> list[Row]:
    """One row per source of a fact (a fact with no source: one row with empty source cells)."""
    head = [
        fact.attribute,
        fact.value,
        fact.certainty.value,
        "yes" if fact.disputed else "no",
        *span_cells(fact.when),
    ]
    if not fact.sources:
        return [head + [""] * 6]
    rows = []
    for s in fact.sources:
        doc = documents.get(s.document)
        publisher = "" if doc is None else doc.publisher
        rows.append(
            [*head, s.document, publisher, s.published.isoformat(), s.quote, s.event, str(s.seq)]
        )
    return rows


def state_rows(state: State, documents: Documents) -> list[Row]:
    """The rows of `state --format csv|md` (columns `FACT_HEADER`)."""
    return [row for fact in state.facts for row in fact_rows(fact, documents)]


DIFF_HEADER = ["change", *FACT_HEADER]
"""The columns of `diff`: added, removed or firmed, then the fact's."""


def diff_rows(diff: Diff, documents: Documents) -> list[Row]:
    """The rows of `diff --format csv|md` (columns `DIFF_HEADER`)."""
    groups = (("added", diff.added), ("removed", diff.removed), ("firmed", diff.firmed))
    return [
        [change, *row]
        for change, facts in groups
        for fact in facts
        for row in fact_rows(fact, documents)
    ]


WHY_HEADER = ["standing", *FACT_HEADER, "withdrawn by"]
"""The columns of `why`: current, superseded, retracted or corrected, the fact's, and the
event that retracted or corrected it.
"""


def why_rows(why: Explanation, documents: Documents, name: Names = str) -> list[Row]:
    """The rows of `why --format csv|md` (columns `WHY_HEADER`); a withdrawn event's value is
    the one it gave, entities named by `name` (an id to its name) as in `state`.
    """
    rows = [["current", *row, ""] for fact in why.current for row in fact_rows(fact, documents)]
    rows += [
        ["superseded", *row, ""] for fact in why.superseded for row in fact_rows(fact, documents)
    ]
    for standing, items in (("retracted", why.retracted), ("corrected", why.corrected)):
        rows += [_withdrawn_row(standing, why, w, documents, name) for w in items]
    return rows


def _withdrawn_row(
    standing: str, why: Explanation, w: Withdrawal, documents: Documents, name: Names
) -> Row:
    event = w.event
    doc = documents.get(event.source.document)
    by = f"#{w.by_seq} {w.by.TYPE} ({w.by.source.document}, published {w.by.known_since})"
    values = [
        c.value
        for c in event.changes(name)
        if c.attribute == why.attribute and c.entity == why.entity.id
    ]
    return [
        standing,
        why.attribute,
        "; ".join(values),
        "",
        "",
        *span_cells(event.when),
        event.source.document,
        "" if doc is None else doc.publisher,
        event.known_since.isoformat(),
        event.source.quote,
        event.id,
        str(w.seq),
        by,
    ]


_EVENT_COLUMNS = ["entities", "span start", "span end", "span words", "source document", "quote"]
"""The columns of a reported event in `replay` and `log`: who, when, and the quote."""

REPLAY_HEADER = [
    "seq",
    "event id",
    "type",
    "certainty",
    *_EVENT_COLUMNS,
    "op",
    "entity",
    "attribute",
    "value",
    "previous",
]
"""The columns of `replay`: the event, then one change it makes."""


def replay_rows(steps: Iterable[Step]) -> list[Row]:
    """One row per event and change it makes (an event changing nothing: one row)."""
    rows = []
    for step in steps:
        entry = step.entry
        head = [
            str(entry.seq),
            entry.event.id,
            entry.event.TYPE,
            entry.certainty.value,
            ", ".join(entry.event.entities),
            *span_cells(entry.when),
            entry.event.source.document,
            entry.event.source.quote,
        ]
        changes = [
            [
                e.op.name.lower(),
                e.change.entity,
                e.change.attribute,
                e.change.value,
                e.previous or "",
            ]
            for e in step.effects
        ]
        rows += [head + change for change in changes or [[""] * 5]]
    return rows


LOG_HEADER = [
    "seq",
    "recorded at",
    "type",
    "event id",
    *_EVENT_COLUMNS,
    "detail",
]
"""The columns of `log`: one record each."""


def log_rows(records: Iterable[LogRecord]) -> Iterable[Row]:
    """One row per record of `log --format csv|md`, streamed."""
    for record in records:
        event = record.event
        entities, document, quote, detail = "", "", "", ""
        span: Span | None = None
        if isinstance(event, Reported):
            entities = ", ".join(event.entities)
            span, document, quote = event.when, event.source.document, event.source.quote
        elif isinstance(event, EntityRegistered):
            entities, detail = event.entity.id, event.entity.name
        elif isinstance(event, SourceRegistered):
            document = event.document.id
            detail = f"{event.document.title} ({event.document.publisher})"
        yield [
            str(record.seq),
            record.recorded_at.isoformat(),
            event.TYPE,
            event.id,
            entities,
            *span_cells(span),
            document,
            quote,
            detail,
        ]
