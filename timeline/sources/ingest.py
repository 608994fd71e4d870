"""Ingestion: check a seed file's annotations against its text and turn them into events.

Everything is checked before anything is appended: a quote that is not in the text, an
unknown entity or event type, a missing or unknown field, a value the log could not read back
(an integer beyond 64 bits), a date expression that does not resolve (or that is not in the
text) each raise an `InputError` naming the file and line, and then nothing is written. Event
ids come from content, so ingesting twice appends nothing.

Dates: `when` holds the date words exactly as the article has them and is resolved against
the publication date, in the past tense unless `tense = "future"`. Without `when`, `anchor`
says what the article implies: `"published"` (the default: observed true on the publication
day) or `"before"` (happened at some unknown time before publication). The periods some
events carry besides their `when` (`period` of `results_reported`, past tense; `target` of
`plan_announced`, future tense) are date words of the text or machine forms, resolved the same
way; a plan's `when` is the day it was stated, so one after the publication date is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import cattrs

from timeline.converter import converter, structure_event
from timeline.errors import DateError, InputError, UnknownEntityError
from timeline.identity import with_content_id
from timeline.log.records import describe, event_problem
from timeline.projections.catalogue import Catalogue
from timeline.sources.annotations import Annotation, SeedFile, read_seed
from timeline.time.machine import parse_machine
from timeline.time.normalize import Tense, resolve
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    REPORTED_TYPES,
    EntityRegistered,
    Event,
    PlanAnnounced,
    Reported,
    ResultsReported,
    SourceRegistered,
)

__all__ = ["events_by_seed", "events_from_seed", "events_from_seeds", "new_events"]

_TYPES: dict[str, type[Reported]] = {cls.TYPE: cls for cls in REPORTED_TYPES}
_COMMON = {"type", "entities", "when", "anchor", "tense", "quote", "offset", "note"}
_SOURCE_KEYS = {"id", "text", "title", "publisher", "agency", "published", "language", "url"}
_REQUIRED_TEXT = {"id", "text", "title", "publisher", "language"}
_DATE_FIELDS: dict[str, tuple[str, Tense]] = {
    ResultsReported.TYPE: ("period", Tense.PAST),
    PlanAnnounced.TYPE: ("target", Tense.FUTURE),
}
"""The typed fields holding date words, by event type, and the tense they are read in: a
reported result covers a period that has begun, a plan aims at one to come."""


def events_from_seeds(
    paths: Iterable[Path], known: Catalogue, *, text_anywhere: Collection[Path] = ()
) -> list[Event]:
    """The events of several seed files, in order. Annotations may use the entities of
    `known` and those declared by any of the files, whatever the order of the files. The seed
    files of `text_anywhere` may name a text outside their folder (`read_seed`).
    """
    by_seed = events_by_seed(paths, known, text_anywhere=text_anywhere)
    return [event for _, events in by_seed for event in events]


def events_by_seed(
    paths: Iterable[Path], known: Catalogue, *, text_anywhere: Collection[Path] = ()
) -> list[tuple[Path, list[Event]]]:
    """The events of several seed files, file by file (see `events_from_seeds`)."""
    seeds = [read_seed(path, text_anywhere=path in text_anywhere) for path in paths]
    entities = dict(known.entities)
    for seed in seeds:
        for line, table in seed.entities:
            entity = _entity(table, f"{seed.path}:{line}")
            entities.setdefault(entity.id, entity)
    catalogue = Catalogue(entities, known.documents)
    return [(seed.path, events_from_seed(seed, catalogue)) for seed in seeds]


def events_from_seed(seed: SeedFile, known: Catalogue) -> list[Event]:
    """The registration events and reported events of one parsed seed file."""
    document = _document(seed)
    events: list[Event] = [with_content_id(SourceRegistered(document=document))]
    entities = dict(known.entities)
    for line, table in seed.entities:
        entity = _entity(table, f"{seed.path}:{line}")
        entities[entity.id] = entity
        events.append(with_content_id(EntityRegistered(entity=entity, document=document.id)))
    catalogue = Catalogue(entities, known.documents)
    events.extend(_reported(seed, a, document, catalogue) for a in seed.annotations)
    return events


def _document(seed: SeedFile) -> Document:
    source = seed.source
    extra = set(source) - _SOURCE_KEYS
    if extra:
        raise InputError(seed.where(), f"unknown keys {sorted(extra)}")
    missing = {"id", "title", "publisher", "published", "language"} - set(source)
    if missing:
        raise InputError(seed.where(), f"missing {', '.join(sorted(missing))}")
    for key in sorted(_SOURCE_KEYS - {"published"}):
        value = source.get(key, "")
        if not isinstance(value, str) or (key in _REQUIRED_TEXT and not value.strip()):
            raise InputError(seed.where(key), f"{key} must be a non-empty string, not {value!r}")
    published = source["published"]
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(
                seed.where("published"), f"published {published!r} is not an ISO date"
            ) from None
    if not isinstance(published, dt.date) or isinstance(published, dt.datetime):
        raise InputError(seed.where("published"), "published must be a date like 2024-03-12")
    if published >= dt.date.max:
        raise InputError(seed.where("published"), f"published {published} is too late a date")
    return Document(
        id=source["id"],
        title=source["title"],
        publisher=source["publisher"],
        agency=source.get("agency"),
        published=published,
        language=source["language"],
        url=source.get("url"),
        text=seed.text,
        path=source["text"],
    )


def _entity(table: dict[str, Any], where: str) -> Entity:
    try:
        return converter.structure(table, Entity)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        raise InputError(where, f"invalid entity: {describe(exc)}") from None


def _reported(seed: SeedFile, note: Annotation, document: Document, known: Catalogue) -> Event:
    fields = dict(note.fields)
    kind = fields.get("type")
    cls = _TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise InputError(
            note.where(seed.path, "type"),
            f"unknown event type {kind!r}; known: {', '.join(sorted(_TYPES))}",
        )
    citation = _citation(seed, note, document)
    when = _when(seed, note, document)
    typed = {k: v for k, v in fields.items() if k not in _COMMON}
    entities = _entities(seed, note, cls, typed, known)
    if cls.TYPE in _DATE_FIELDS:
        key, tense = _DATE_FIELDS[cls.TYPE]
        if key in typed:
            span = _words(seed, note, document, key, tense)
            typed[key] = converter.unstructure(span)
    if cls is PlanAnnounced and when.end_key > document.published.toordinal() + 1:
        raise InputError(
            note.where(seed.path, "when"),
            "a plan is dated by the day it was stated, not by its target: "
            "give the target period as 'target'",
        )
    data = {
        **typed,
        "type": cls.TYPE,
        "entities": list(entities),
        "when": converter.unstructure(when),
        "source": converter.unstructure(citation),
        "known_since": document.published.isoformat(),
    }
    try:
        event = structure_event(data)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        raise InputError(
            note.where(seed.path), f"invalid {cls.TYPE} event: {describe(exc)}"
        ) from None
    problem = event_problem(event)  # what the log's reader refuses: an amount beyond 64 bits
    if problem:
        raise InputError(note.where(seed.path), f"invalid {problem}")
    return with_content_id(event)


def _citation(seed: SeedFile, note: Annotation, document: Document) -> Citation:
    quote = note.fields.get("quote")
    where = note.where(seed.path, "quote")
    if not isinstance(quote, str) or not quote.strip():
        raise InputError(where, "every event needs a non-empty 'quote' from the text")
    offset = note.fields.get("offset")
    if offset is not None and (not isinstance(offset, int) or isinstance(offset, bool)):
        raise InputError(note.where(seed.path, "offset"), f"offset must be an integer: {offset!r}")
    start = seed.text.find(quote) if offset is None else offset
    if start < 0 or seed.text[start : start + len(quote)] != quote:
        raise InputError(where, f"quote not found in {document.path}: {_clip(quote)!r}")
    return Citation(document=document.id, quote=quote, start=start, end=start + len(quote))


def _when(seed: SeedFile, note: Annotation, document: Document) -> Span:
    words = note.fields.get("when")
    anchor = note.fields.get("anchor", "published")
    tense_name = note.fields.get("tense", "past")
    if words is None:
        if anchor == "published":
            return Span.day(document.published)
        if anchor == "before":
            return Span.before(document.published)
        raise InputError(
            note.where(seed.path, "anchor"),
            f"anchor must be 'published' or 'before', not {anchor!r}",
        )
    where = note.where(seed.path, "when")
    if not isinstance(words, str):
        raise InputError(where, "'when' must be the date words as the text has them")
    if words.casefold() not in seed.text.casefold():
        raise InputError(where, f"date expression {words!r} is not in the text")
    if tense_name not in ("past", "future"):
        raise InputError(note.where(seed.path, "tense"), "tense must be 'past' or 'future'")
    try:
        return resolve(words, document.published, lang=document.language, tense=Tense(tense_name))
    except DateError as exc:
        raise InputError(where, str(exc)) from None
    except (OverflowError, ValueError) as exc:
        raise InputError(where, f"cannot resolve date expression {words!r} ({exc})") from None


def _words(seed: SeedFile, note: Annotation, document: Document, key: str, tense: Tense) -> Span:
    """The span of the date words under `key`, read against the publication date in `tense`:
    words the text has (as for `when`), or a machine form (`2024-Q1`).
    """
    words = note.fields[key]
    where = note.where(seed.path, key)
    if not isinstance(words, str):
        raise InputError(where, f"'{key}' must be date words as the text has them, or like 2024-Q1")
    try:
        machine = parse_machine(words)
    except DateError as exc:
        raise InputError(where, str(exc)) from None
    if machine is None and words.casefold() not in seed.text.casefold():
        raise InputError(where, f"date expression {words!r} is not in the text")
    try:
        return resolve(words, document.published, lang=document.language, tense=tense)
    except DateError as exc:
        raise InputError(where, str(exc)) from None
    except (OverflowError, ValueError) as exc:
        raise InputError(where, f"cannot resolve date expression {words!r} ({exc})") from None


def _entities(
    seed: SeedFile,
    note: Annotation,
    cls: type[Reported],
    typed: dict[str, Any],
    known: Catalogue,
) -> tuple[str, ...]:
    declared = note.fields.get("entities", [])
    where = note.where(seed.path, "entities")
    if not isinstance(declared, list) or not all(isinstance(e, str) for e in declared):
        raise InputError(where, "'entities' must be a list of entity ids")
    ids = list(declared)
    for role in cls.ROLES:
        value = typed.get(role)
        values = value if isinstance(value, list) else [] if value is None else [value]
        if not all(isinstance(v, str) for v in values):
            raise InputError(
                note.where(seed.path, role), f"'{role}' must be an entity id or a list of ids"
            )
        ids.extend(values)
    for entity_id in ids:
        if entity_id not in known.entities:
            try:
                known.find(entity_id)
            except UnknownEntityError as exc:
                raise InputError(where, str(exc)) from None
            raise InputError(where, f"{entity_id!r} is a name or alias; use the entity id")
    if not ids:
        raise InputError(where, "an event needs at least one entity")
    return tuple(dict.fromkeys(ids))


def _clip(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[: size - 3] + "..."


def new_events(events: Sequence[Event], present: set[str]) -> list[Event]:
    """The events whose ids are not in `present`, each once, in order."""
    out, seen = [], set(present)
    for event in events:
        if event.id not in seen:
            seen.add(event.id)
            out.append(event)
    return out
