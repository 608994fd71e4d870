"""Human-readable output of the command line: plain text, one idea per line."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from timeline.log.records import LogRecord
from timeline.projections import Axes, Fact, State
from timeline.time.span import Span
from timeline.vocabulary.documents import Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EntityRegistered,
    FactCorrected,
    Names,
    Reported,
    SourceRegistered,
)

if TYPE_CHECKING:
    from timeline.projections import Diff, Explanation, Step, Withdrawal

__all__ = [
    "axes_line",
    "render_diff",
    "render_entities",
    "render_fact",
    "render_record",
    "render_state",
    "render_step",
    "render_when",
    "render_why",
    "state_head",
]

_WIDTH = 100
"""The width of the text when it goes to a file or a pipe (no terminal, no `COLUMNS`)."""
_NARROWEST = 40
"""Text is never wrapped narrower than this, however narrow the terminal."""


def width() -> int:
    """The width to wrap text at: `COLUMNS`, else the terminal's, else `_WIDTH`."""
    return max(_NARROWEST, shutil.get_terminal_size((_WIDTH, 24)).columns)


def wrap(text: str, *, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """`text` wrapped to `width()`, never splitting a word, an id or a hyphenated name (a
    word longer than the line stays whole).
    """
    return textwrap.wrap(
        text,
        width(),
        initial_indent=initial_indent,
        subsequent_indent=subsequent_indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def describe_span(span: Span | None) -> str:
    """`fin février → 2024-02-21 to 2024-02-29`, or just the label when there are no words."""
    if span is None:
        return "everything"
    words = f"{span.text} → " if span.text and span.text != span.label() else ""
    approx = " (approximate)" if span.approximate else ""
    return f"{words}{span.label()}{approx}"


def render_when(span: Span) -> str:
    """The output of `timeline when`."""
    start = span.start.isoformat() if span.start else "open"
    last = span.last.isoformat() if span.last else "open"
    approx = ", approximate" if span.approximate else ""
    end = span.end or "open"
    read = f"; read as {_LANGUAGES[span.lang]}" if span.lang in _LANGUAGES else ""
    return (
        f"{span.text}: {start} to {last} "
        f"({span.precision.value}{approx}; end exclusive: {end}{read})"
    )


_LANGUAGES = {"fr": "French", "en": "English"}
"""How `timeline when` names the language an expression was read in (day-month or
month-day order, the words)."""


def axes_line(axes: Axes) -> str:
    """`as of ..., known at ..., log up to #N`: the axes of an answer."""
    parts = [f"as of {describe_span(axes.as_of)}"]
    if axes.known_at is not None:
        parts.append(f"known at {describe_span(axes.known_at)}")
    if axes.upto_seq is not None:
        parts.append(f"log up to #{axes.upto_seq}")
    return ", ".join(parts)


def render_fact(
    fact: Fact,
    indent: str = "  ",
    documents: Mapping[str, Document] | None = None,
    *,
    label: bool = True,
) -> list[str]:
    """A fact: its value, certainty and span, then each source's quote, earliest published
    first; with `documents`, each source's title and URL under its quote; without `label`,
    the value alone (under its attribute's label, for an attribute of several values).
    """
    mark = "" if fact.certainty.value == "definite" else " [possible]"
    mark += " [disputed]" if fact.disputed else ""
    lines = wrap(
        f"{fact.attribute}: {fact.value}{mark}" if label else f"- {fact.value}{mark}",
        initial_indent=indent,
        subsequent_indent=indent + "    ",
    )
    lines.append(f"{indent}    when: {describe_span(fact.when)}")
    corroborated = _corroborated(fact)
    if corroborated:
        lines += wrap(
            corroborated,
            initial_indent=indent + "    ",
            subsequent_indent=indent + "      ",
        )
    for source in sorted(fact.sources, key=lambda s: (s.published, s.seq)):
        said = ""
        if corroborated:
            said = f"; its span: {describe_span(source.when)}"
            said += " (narrowed the span)" if source.narrowed else ""
            said += " (dates it elsewhere)" if source.rival else ""
        lines += wrap(
            f"“{source.quote}” ({source.document}, published {source.published}, "
            f"#{source.seq}){said}",
            initial_indent=indent + "    ",
            subsequent_indent=indent + "      ",
        )
        document = None if documents is None else documents.get(source.document)
        if document is not None:
            lines += _document_lines(document, indent + "      ")
    return lines


def _document_lines(document: Document, indent: str) -> list[str]:
    """A source document's title (and publisher) and URL, for `why`."""
    lines = wrap(
        f"{document.title} ({document.publisher})",
        initial_indent=indent,
        subsequent_indent=indent + "  ",
    )
    if document.url:
        lines.append(f"{indent}{document.url}")
    return lines


def _corroborated(fact: Fact) -> str:
    """`corroborated by 2 sources, earliest ... ; span narrowed by ...`, or "" for a fact one
    source reports with nothing narrowed or disputed.
    """
    documents = fact.documents
    narrowed = fact.narrowed_by
    rivals = [s for s in fact.sources if s.rival]
    if len(documents) < 2 and not narrowed and not rivals:
        return ""
    earliest = fact.earliest
    noun = "source" if len(documents) == 1 else "sources"
    text = (
        f"corroborated by {len(documents)} {noun}, earliest {earliest.document} "
        f"(published {earliest.published})"
    )
    if narrowed:
        text += "; span narrowed by " + ", ".join(f"{s.document} #{s.seq}" for s in narrowed)
    if rivals:
        text += "; dated elsewhere by " + ", ".join(f"{s.document} #{s.seq}" for s in rivals)
    return text


def state_head(state: State) -> str:
    """The first line of `timeline state`: the entity and the axes of the answer."""
    return f"{state.entity.name} ({state.entity.id}), {axes_line(state.axes)}"


def render_state(state: State) -> str:
    """The output of `timeline state`."""
    head = state_head(state)
    if not state.facts:
        yet = " yet" if state.axes.known_at is not None else ""
        return head + f"\n  nothing was known{yet}"
    total = len(state.facts)
    definite = sum(f.certainty.value == "definite" for f in state.facts)
    noun = "fact" if total == 1 else "facts"
    lines = [head, f"  {total} {noun}, {definite} definite, {total - definite} possible", ""]
    groups: dict[str, list[Fact]] = {}
    for fact in state.facts:
        groups.setdefault(fact.attribute, []).append(fact)
    for attribute, facts in groups.items():
        if len(facts) == 1:
            lines += render_fact(facts[0])
            continue
        lines.append(f"  {attribute}:")
        for fact in facts:
            lines += render_fact(fact, "    ", label=False)
    return "\n".join(lines)


REPLAY_LEGEND = (
    "+ added to a multi-valued attribute, = set, ~ replaced (was ...), . confirmed (already so)"
)
"""The line above `timeline replay`'s text, saying what each change's symbol means."""


def render_step(step: Step) -> str:
    """One event of `timeline replay` and the facts it changes."""
    entry = step.entry
    mark = "" if entry.certainty.value == "definite" else " [possible]"
    who = ", ".join(entry.event.entities)
    lines = [f"{entry.when.label():<24} #{entry.seq:<4} {entry.event.TYPE}{mark}  ({who})"]
    pad = " " * (30 if width() >= 80 else 4)
    quote = entry.event.source.quote
    lines += wrap(f"“{quote}”", initial_indent=pad, subsequent_indent=pad + " ")
    for effect in step.effects:
        c = effect.change
        was = f" (was {effect.previous})" if effect.previous else ""
        lines += wrap(
            f"{effect.op.value} {c.entity}.{c.attribute} = {c.value}{was}",
            initial_indent=pad,
            subsequent_indent=pad + "    ",
        )
    return "\n".join(lines)


def render_record(record: LogRecord, name: Names = str) -> str:
    """One line of `timeline log`: for a reported event, its entities and span, then as much
    of its gist as the terminal's width has room for (the first fact it sets, entities named
    by `name`, and the start of its quote).
    """
    event = record.event
    head = f"#{record.seq:<5} {record.recorded_at:%Y-%m-%d %H:%M:%S}  {event.TYPE:<22} "
    if isinstance(event, Reported):
        what = f"{', '.join(event.entities)} | {describe_span(event.when)}"
        what += _gist(event, name, width() - len(head) - len(what))
    elif isinstance(event, EntityRegistered):
        what = f"{event.entity.id} = {event.entity.name}"
    elif isinstance(event, SourceRegistered):
        what = f"{event.document.id} ({event.document.publisher}, {event.document.published})"
    else:
        what = ""
    return (head + what).rstrip()


def _gist(event: Reported, name: Names, room: int) -> str:
    """` | attribute = value… | “quote…”` in at most `room` characters, the value first and
    the quote in what is left; "" when not even a short value fits.
    """
    changes = event.changes(name)
    gist = ""
    if changes:
        more = f" (+{len(changes) - 1} more)" if len(changes) > 1 else ""
        fact = f"{changes[0].attribute} = {changes[0].value}{more}"
        if room - 3 < _GIST_LEAST:
            return ""
        gist = " | " + _clip(fact, max(_GIST_LEAST, (room - 3) // 2))
    left = room - len(gist) - 5
    if left >= _GIST_LEAST:
        gist += f" | “{_clip(event.source.quote, left)}”"
    return gist


_GIST_LEAST = 12
"""The fewest characters of a value or a quote a line of `timeline log` shows."""


def _clip(text: str, most: int) -> str:
    """`text`, cut to `most` characters, the last one `…`, when longer."""
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def render_entities(
    entities: Iterable[Entity], merged_into: Mapping[str, str] | None = None
) -> str:
    """The output of `timeline entities`; `merged_into` gives the id each merged one is
    read as.
    """
    rows = [
        (e.id, e.name, e.kind, ", ".join([*e.aliases, *_merged_note(e.id, merged_into or {})]))
        for e in entities
    ]
    if not rows:
        return "no entities"
    widths = [max(len(r[i]) for r in [("id", "name", "kind", "aliases"), *rows]) for i in range(3)]
    out = []
    for row in [("id", "name", "kind", "aliases"), *rows]:
        out.append(
            "  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True))
            + "  "
            + row[3]
        )
    return "\n".join(line.rstrip() for line in out)


def _merged_note(entity: str, merged_into: Mapping[str, str]) -> list[str]:
    kept = merged_into.get(entity)
    return [] if kept is None else [f"(merged into {kept})"]


def _withdrawal(kind: str, w: Withdrawal) -> list[str]:
    by = w.by
    what = f"{kind} by #{w.by_seq} {by.TYPE} ({by.source.document}, published {by.known_since})"
    if isinstance(by, FactCorrected):
        new = [f"value {by.value!r}"] if by.value is not None else []
        new += [] if by.when.start is None and by.when.end is None else [f"span {by.when.label()}"]
        what += f": now {' and '.join(new) or 'unchanged'}"
    lines = [
        f"  #{w.seq} {w.event.TYPE} ({w.event.source.document}, published {w.event.known_since})"
    ]
    lines += wrap(f"“{w.event.source.quote}”", initial_indent=" " * 6, subsequent_indent=" " * 7)
    lines += wrap(what, initial_indent="    ", subsequent_indent="      ")
    lines += wrap(f"“{by.source.quote}”", initial_indent=" " * 6, subsequent_indent=" " * 7)
    return lines


def render_why(why: Explanation, documents: Mapping[str, Document] | None = None) -> str:
    """The output of `timeline why`; with `documents`, each source's title and URL."""
    head = f"{why.entity.name} ({why.entity.id}) {why.attribute}, {axes_line(why.axes)}"
    lines = [head]
    if not why.current:
        lines.append("  no value")
    for fact in why.current:
        lines += render_fact(fact, documents=documents)
        if fact.disputed and any(s.rival for s in fact.sources):
            lines.append("      disputed: sources date the same event on disjoint spans")
        elif fact.disputed:
            lines.append("      disputed: sources disagree over overlapping time")
    if why.superseded:
        lines.append("superseded (a later span, publication or record wins):")
        for fact in why.superseded:
            lines += render_fact(fact, documents=documents)
    for kind, items in (("retracted", why.retracted), ("corrected", why.corrected)):
        if items:
            lines.append(f"{kind}:")
        for w in items:
            lines += _withdrawal(kind, w)
    return "\n".join(lines)


def render_diff(diff: Diff) -> str:
    """The output of `timeline diff`."""
    b, a = diff.before.axes.as_of, diff.after.axes.as_of
    entity = diff.after.entity
    lines = [f"{entity.name} ({entity.id}): {describe_span(b)} → {describe_span(a)}"]
    if diff.empty:
        return lines[0] + "\n  no change"
    lines.append(
        f"  {len(diff.added)} added, {len(diff.removed)} removed, {len(diff.firmed)} firmed"
    )
    for title, facts in (
        ("added", diff.added),
        ("removed", diff.removed),
        ("certainty changed", diff.firmed),
    ):
        if facts:
            lines.append(f"{title}:")
        for fact in facts:
            lines += render_fact(fact)
    return "\n".join(lines)
