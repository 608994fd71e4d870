#!/usr/bin/env python3
"""Check every gold file of the real-article benchmark against CONVENTION.md.

Usage: ``python3 benchmarks/real/check_gold.py [FOLDER]`` (FOLDER defaults to the folder of
this script). Standalone: Python 3.11+ standard library only (``tomllib``).

For each ``ID.gold.toml`` it checks that

* ``[source]`` has every field, ``id`` equals the file name, the id has the form
  ``<publisher-slug>-<yyyy-mm-dd>-<slug>`` with the publication date, ``text`` names an
  existing ``ID.txt`` whose first line is the title, ``language`` is ``fr`` or ``en`` and
  ``split`` is ``dev``, ``heldout``, ``heldout2`` or ``heldout3`` (batches set aside later) or
  ``dev2`` (a second development batch);
* every ``[[entity]]`` has a unique slug id, a name, a known kind and a list of aliases;
* every ``[[event]]`` has a type from the convention's table, a declared subject, a quote that
  is an exact substring of the text, either ``when`` (an exact substring of the quote or of the
  sentence the quote is in) with a ``span``, or an ``anchor`` ("published" or "before") without
  ``when``; the span is two ISO dates ``start/end`` with start < end; its fields are those the
  table lists for the type, and every field that names an entity names a declared one;
* there are between three and eight ``[[key_fact]]`` on declared entities.

It prints one line per problem, then a summary (articles by language and split, events by type,
organisations), and exits with status 1 if there was any problem, 0 otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

EVENT_FIELDS: dict[str, set[str]] = {
    "founded": {"founders", "place"},
    "funding_round": {"amount", "currency", "round", "investors", "lead", "valuation"},
    "valuation_reported": {"amount", "currency", "according_to"},
    "acquisition": {"acquirer", "target", "price", "currency", "status"},
    "appointment": {"person", "role", "organization", "effective", "predecessor"},
    "departure": {"person", "role", "organization", "successor"},
    "role_held": {"person", "role", "organization"},
    "partnership_announced": {"parties"},
    "product_released": {"product", "detail"},
    "results_reported": {"metric", "period", "value", "currency"},
    "headcount_changed": {"change", "headcount"},
    "site_opened": {"place"},
    "legal_action": {"authority", "action"},
    "plan_announced": {"plan", "target_when"},
    "stance_stated": {"speaker", "content"},
    "claim_attributed": {"speaker", "content"},
}

# Fields whose value is an entity id (a string) or a list of entity ids.
ENTITY_FIELDS: frozenset[str] = frozenset(
    {
        "founders",
        "place",
        "investors",
        "lead",
        "according_to",
        "acquirer",
        "target",
        "person",
        "organization",
        "predecessor",
        "successor",
        "parties",
        "product",
        "authority",
        "speaker",
    }
)

SOURCE_FIELDS: tuple[str, ...] = (
    "id",
    "text",
    "title",
    "publisher",
    "published",
    "language",
    "url",
    "split",
)
ENTITY_KINDS: frozenset[str] = frozenset({"organization", "person", "product", "place"})
ANCHORS: frozenset[str] = frozenset({"published", "before"})
SPLITS = (
    "dev",
    "heldout",
    "heldout2",
    "dev2",
    "heldout3",
    "dev3",
    "heldout4",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
)
"""The splits, in the order they were added: those named `heldout...` are set aside, the
others (`dev`, `dev2` to `dev17`) may be read while the extractor is worked on. The scorer,
`benchmarks/real_articles.py`, takes this list."""
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+")


def parse_span(span: object) -> tuple[dt.date, dt.date] | None:
    """Return the two dates of a half-open ISO span ``start/end`` with start < end, or None."""
    if not isinstance(span, str) or span.count("/") != 1:
        return None
    left, right = span.split("/")
    try:
        start, end = dt.date.fromisoformat(left), dt.date.fromisoformat(right)
    except ValueError:
        return None
    return (start, end) if start < end else None


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence(s) of ``text`` that overlap the characters ``[start, end)``."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    if para_end == -1:
        para_end = len(text)
    paragraph = text[para_start:para_end]
    pieces: list[str] = []
    offset = 0
    for match in SENTENCE_END_RE.finditer(paragraph):
        pieces.append(paragraph[offset : match.end()])
        offset = match.end()
    pieces.append(paragraph[offset:])
    chosen: list[str] = []
    position = para_start
    for piece in pieces:
        piece_start, piece_end = position, position + len(piece)
        if piece_end > start and piece_start < end:
            chosen.append(piece)
        position = piece_end
    return "".join(chosen)


def entity_ids_in(value: object) -> list[object]:
    """Return the entity ids a field value names (a string or a list of strings)."""
    if isinstance(value, list):
        return list(value)
    return [value]


class Checker:
    """Collects the problems and the counts over the gold files of one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[str] = []
        self.articles: Counter[tuple[str, str]] = Counter()
        self.event_types: Counter[str] = Counter()
        self.organisations: set[str] = set()
        self.subject_organisations: set[str] = set()
        self.publishers: set[str] = set()
        self.event_count = 0
        self.key_fact_count = 0

    def problem(self, where: str, message: str) -> None:
        """Record one problem, named by file and place."""
        self.problems.append(f"{where}: {message}")

    def check_file(self, path: Path) -> None:
        """Check one gold file."""
        name = path.name
        stem = name[: -len(".gold.toml")]
        try:
            gold: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            self.problem(name, f"not valid TOML: {error}")
            return
        text = self.check_source(name, stem, gold.get("source"))
        entities = self.check_entities(name, gold.get("entity", []))
        self.check_events(name, gold.get("event", []), text, entities)
        self.check_key_facts(name, gold.get("key_fact", []), entities)
        for key in gold:
            if key not in {"source", "entity", "event", "key_fact"}:
                self.problem(name, f"unknown table [{key}]")

    def check_source(self, name: str, stem: str, source: object) -> str | None:
        """Check [source]; return the article's text when it can be read."""
        if not isinstance(source, dict):
            self.problem(name, "no [source] table")
            return None
        for field in SOURCE_FIELDS:
            if field not in source or source[field] in ("", None):
                self.problem(name, f"[source] lacks {field}")
        for field in source:
            if field not in SOURCE_FIELDS:
                self.problem(name, f"[source] has unknown field {field}")
        if source.get("id") != stem:
            self.problem(name, f"[source] id {source.get('id')!r} is not the file's id {stem!r}")
        match = ID_RE.match(stem)
        published = source.get("published")
        if not isinstance(published, dt.date) or isinstance(published, dt.datetime):
            self.problem(name, f"published {published!r} is not a TOML date")
        elif match is None:
            self.problem(name, f"id {stem!r} is not <publisher-slug>-<yyyy-mm-dd>-<slug>")
        elif match.group(1) != published.isoformat():
            self.problem(name, f"id date {match.group(1)} is not published {published}")
        language = source.get("language")
        split = source.get("split")
        if language not in {"fr", "en"}:
            self.problem(name, f"language {language!r} is not fr or en")
        if split not in SPLITS:
            self.problem(name, f"split {split!r} is not one of {', '.join(SPLITS)}")
        url = source.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            self.problem(name, f"url {url!r} is not an http(s) address")
        self.articles[(str(language), str(split))] += 1
        self.publishers.add(str(source.get("publisher")))
        if source.get("text") != f"{stem}.txt":
            self.problem(name, f"text {source.get('text')!r} is not {stem}.txt")
        text_path = self.folder / f"{stem}.txt"
        if not text_path.is_file():
            self.problem(name, f"{text_path.name} does not exist")
            return None
        text = text_path.read_text(encoding="utf-8")
        first_line = text.split("\n", 1)[0]
        if first_line != source.get("title"):
            self.problem(name, f"the text's first line {first_line!r} is not the title")
        if "\r" in text:
            self.problem(name, "the text has carriage returns")
        return text

    def check_entities(self, name: str, entities: object) -> dict[str, str]:
        """Check the [[entity]] tables; return their ids mapped to their kinds."""
        declared: dict[str, str] = {}
        if not isinstance(entities, list):
            self.problem(name, "entity is not an array of tables")
            return declared
        for index, entity in enumerate(entities, 1):
            where = f"{name} entity {index}"
            if not isinstance(entity, dict):
                self.problem(where, "is not a table")
                continue
            entity_id = entity.get("id")
            if not isinstance(entity_id, str) or not SLUG_RE.match(entity_id):
                self.problem(where, f"id {entity_id!r} is not a slug")
                continue
            if entity_id in declared:
                self.problem(where, f"id {entity_id} is declared twice")
            kind = entity.get("kind")
            if kind not in ENTITY_KINDS:
                self.problem(where, f"kind {kind!r} is not one of {sorted(ENTITY_KINDS)}")
            if not isinstance(entity.get("name"), str) or not entity.get("name"):
                self.problem(where, "has no name")
            aliases = entity.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                self.problem(where, "aliases is not a list of strings")
            for field in entity:
                if field not in {"id", "name", "kind", "aliases"}:
                    self.problem(where, f"unknown field {field}")
            declared[entity_id] = str(kind)
        return declared

    def check_events(
        self, name: str, events: object, text: str | None, entities: dict[str, str]
    ) -> None:
        """Check the [[event]] tables against the text and the declared entities."""
        if not isinstance(events, list) or not events:
            self.problem(name, "has no [[event]]")
            return
        for index, event in enumerate(events, 1):
            where = f"{name} event {index}"
            if not isinstance(event, dict):
                self.problem(where, "is not a table")
                continue
            self.event_count += 1
            event_type = event.get("type")
            if event_type not in EVENT_FIELDS:
                self.problem(where, f"type {event_type!r} is not in the convention's table")
            else:
                self.event_types[str(event_type)] += 1
            subject = event.get("subject")
            if subject not in entities:
                self.problem(where, f"subject {subject!r} is not a declared entity")
            elif entities[str(subject)] == "organization":
                self.subject_organisations.add(str(subject))
            for field in event:
                if field not in {"type", "subject", "quote", "when", "span", "anchor", "fields"}:
                    self.problem(where, f"unknown field {field}")
            self.check_quote_and_time(where, event, text)
            self.check_event_fields(where, event, entities)
        for entity_id, kind in entities.items():
            if kind == "organization":
                self.organisations.add(entity_id)

    def check_quote_and_time(self, where: str, event: dict[str, Any], text: str | None) -> None:
        """Check quote, when, span and anchor of one event."""
        quote = event.get("quote")
        if not isinstance(quote, str) or not quote:
            self.problem(where, "has no quote")
            return
        position = -1 if text is None else text.find(quote)
        if text is not None and position == -1:
            self.problem(where, f"quote is not in the text: {quote!r}")
        when = event.get("when")
        anchor = event.get("anchor")
        if when is not None:
            if anchor is not None:
                self.problem(where, "has both when and anchor")
            if not isinstance(when, str) or not when:
                self.problem(where, f"when {when!r} is not a string")
            elif when not in quote and text is not None and position != -1:
                sentence = sentence_around(text, position, position + len(quote))
                if when not in sentence:
                    self.problem(where, f"when {when!r} is in neither the quote nor its sentence")
            if "span" not in event:
                self.problem(where, "has when but no span")
            elif parse_span(event["span"]) is None:
                self.problem(
                    where, f"span {event['span']!r} is not start/end ISO dates, start < end"
                )
        else:
            if anchor not in ANCHORS:
                self.problem(where, f"without when, anchor {anchor!r} must be published or before")
            if "span" in event:
                self.problem(where, "has a span but no when")

    def check_event_fields(
        self, where: str, event: dict[str, Any], entities: dict[str, str]
    ) -> None:
        """Check the fields of one event: known names, declared entities, sane values."""
        fields = event.get("fields", {})
        if not isinstance(fields, dict):
            self.problem(where, "fields is not a table")
            return
        allowed = EVENT_FIELDS.get(str(event.get("type")), set())
        for field, value in fields.items():
            if field not in allowed:
                self.problem(where, f"field {field} is not listed for type {event.get('type')}")
            if field in ENTITY_FIELDS:
                for entity_id in entity_ids_in(value):
                    if entity_id not in entities:
                        self.problem(where, f"field {field} names undeclared entity {entity_id!r}")
            if field in {"amount", "price", "valuation"} and (
                not isinstance(value, int) or isinstance(value, bool) or value <= 0
            ):
                self.problem(where, f"{field} {value!r} is not a positive integer in units")
            if field == "currency" and not (
                isinstance(value, str) and re.fullmatch(r"[A-Z]{3}", value)
            ):
                self.problem(where, f"currency {value!r} is not an ISO 4217 code")
            if field == "status" and value not in {"announced", "completed"}:
                self.problem(where, f"status {value!r} is not announced or completed")
            if field == "target_when" and parse_span(value) is None:
                self.problem(where, f"target_when {value!r} is not start/end ISO dates")
        money = {"amount", "price", "valuation"} & set(fields)
        if money and "currency" not in fields:
            self.problem(where, "has an amount but no currency")

    def check_key_facts(self, name: str, key_facts: object, entities: dict[str, str]) -> None:
        """Check the [[key_fact]] tables: three to eight, on declared entities."""
        if not isinstance(key_facts, list):
            self.problem(name, "key_fact is not an array of tables")
            return
        if not 3 <= len(key_facts) <= 8:
            self.problem(name, f"has {len(key_facts)} key facts, not between 3 and 8")
        for index, fact in enumerate(key_facts, 1):
            where = f"{name} key_fact {index}"
            self.key_fact_count += 1
            if not isinstance(fact, dict):
                self.problem(where, "is not a table")
                continue
            if fact.get("entity") not in entities:
                self.problem(where, f"entity {fact.get('entity')!r} is not declared")
            for field in ("attribute", "value"):
                if not isinstance(fact.get(field), str) or not fact.get(field):
                    self.problem(where, f"has no {field}")
            for field in fact:
                if field not in {"entity", "attribute", "value"}:
                    self.problem(where, f"unknown field {field}")

    def run(self) -> int:
        """Check every gold file of the folder, print problems and a summary; return the status."""
        paths = sorted(self.folder.glob("*.gold.toml"))
        if not paths:
            self.problem(str(self.folder), "has no *.gold.toml file")
        for path in paths:
            self.check_file(path)
        stems = {path.name[: -len(".gold.toml")] for path in paths}
        for text_path in sorted(self.folder.glob("*.txt")):
            if text_path.stem not in stems:
                self.problem(text_path.name, "has no gold file")
        for line in self.problems:
            print(line)
        self.print_summary(len(paths))
        return 1 if self.problems else 0

    def print_summary(self, article_count: int) -> None:
        """Print the counts over the whole set."""
        print(f"articles: {article_count}")
        for language in ("fr", "en"):
            row = ", ".join(f"{split} {self.articles[(language, split)]}" for split in SPLITS)
            total = sum(self.articles[(language, split)] for split in SPLITS)
            print(f"  {language}: {total} ({row})")
        print(f"publishers: {len(self.publishers)}")
        print(
            f"organisations: {len(self.organisations)} declared, "
            f"{len(self.subject_organisations)} as event subjects"
        )
        print(f"events: {self.event_count}")
        for event_type, count in sorted(
            self.event_types.items(), key=lambda item: (-item[1], item[0])
        ):
            print(f"  {event_type}: {count}")
        print(f"key facts: {self.key_fact_count}")
        print(f"problems: {len(self.problems)}")


def main(argv: list[str]) -> int:
    """Run the checker on the folder named by ``argv[1]`` or on this script's folder."""
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    return Checker(folder).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
