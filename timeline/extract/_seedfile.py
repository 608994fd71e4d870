"""The draft's records and their writing in the seed-file format `timeline ingest` reads.

`DraftEvent.table` gives an event's keys in a readable order, with the review `note`;
`Draft.to_toml` writes the whole file (source, entities, events) for a person to check.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs

from timeline.time.normalize import Tense

__all__ = ["COMPANY_NEWS_TYPES", "NOTE", "Draft", "DraftEntity", "DraftEvent", "confidence"]

NOTE = "draft: review type, entities and fields"


@attrs.frozen
class DraftEntity:
    """An entity the draft declares: its id, display name, kind and other names."""

    id: str
    name: str
    kind: str = "organization"
    aliases: tuple[str, ...] = ()


@attrs.frozen
class DraftEvent:
    """One proposed `[[event]]`: type, typed fields, quote and where it starts, date or anchor."""

    type: str
    fields: dict[str, Any]
    quote: str
    start: int
    when: str | None = None
    anchor: str | None = None
    tense: Tense = Tense.PAST
    entities: tuple[str, ...] = ()
    cue: str = ""

    def table(self, text: str) -> dict[str, Any]:
        """The event as the keys of its TOML table, in a readable order."""
        out: dict[str, Any] = {"type": self.type, **self.fields}
        if self.entities:
            out["entities"] = list(self.entities)
        if self.when is not None:
            out["when"] = self.when
            if self.tense is Tense.FUTURE:
                out["tense"] = "future"
        elif self.anchor is not None:
            out["anchor"] = self.anchor
        out["quote"] = self.quote
        if text.find(self.quote) != self.start:
            out["offset"] = self.start
        why = f"cue: {self.cue}; " if self.cue else ""
        out["note"] = f"{NOTE} ({why}confidence: {confidence(self)})"
        return out


@attrs.frozen
class Draft:
    """A draft seed file: source table, entities and events."""

    source: dict[str, Any]
    entities: tuple[DraftEntity, ...]
    events: tuple[DraftEvent, ...]
    text: str
    problems: tuple[str, ...] = ()
    """What the grounding checks dropped or changed (`timeline.extract.grounding`)."""

    def to_toml(self) -> str:
        """The draft in the seed-file format (README, "Seed files"), ready for review."""
        lines = [
            "# Draft annotations written by `timeline extract`: every event needs a review.",
            "# Check each type, its entities and fields, and its date, then `timeline ingest`.",
            "schema = 1",
            "",
            "[source]",
        ]
        lines += [f"{k} = {_value(v)}" for k, v in self.source.items()]
        for entity in self.entities:
            lines += [
                "",
                "[[entity]]",
                f"id = {_value(entity.id)}",
                f"name = {_value(entity.name)}",
            ]
            lines.append(f"kind = {_value(entity.kind)}")
            if entity.aliases:
                lines.append(f"aliases = {_value(list(entity.aliases))}")
        for event in self.events:
            lines += ["", "[[event]]"]
            lines += [f"{k} = {_value(v)}" for k, v in event.table(self.text).items()]
        return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def confidence(event: DraftEvent) -> str:
    """How sure the draft is of an event: "high" for a company-news type with its fields,
    "low" for the general fallback or a plan without target, "medium" otherwise.
    """
    if event.type == "fact_asserted" or (
        event.type == "plan_announced" and "target" not in event.fields and event.when is None
    ):
        return "low"
    if event.type in _HIGH:
        return "high"
    return "medium"


COMPANY_NEWS_TYPES = frozenset(
    {
        "funding_raised",
        "acquisition_announced",
        "person_appointed",
        "person_departed",
        "results_reported",
        "headcount_changed",
        "site_opened",
        "legal_action_reported",
        "valuation_reported",
    }
)
"""The event types of company news proper, whose fields say the whole fact."""
_HIGH = COMPANY_NEWS_TYPES | {"founded"}
