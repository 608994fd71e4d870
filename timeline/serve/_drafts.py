"""Draft review: the drafts of a folder, one draft as proposals to review, and the reviewed
seed file that a review writes.

A draft is a `*.toml` seed file written by `timeline extract` in the folder given to the
server (`--drafts DIR`); its reviewed seed file is written beside it as
`<stem>.reviewed.toml` (`acme.draft.toml` gives `acme.reviewed.toml`), so the draft stays as it
was and no hand-written seed file is overwritten. Names are plain file names listed in the
folder: anything else (a path, `..`, a name not listed, a link out of the folder) is refused.

Each event of the draft is a `Proposal` with what a reviewer may change: accept or reject it,
its type, its extra entities, its date words (or anchor and tense) and its typed fields, given
as one `key = value` a line where the value is read as TOML when it parses
(`amount = 2000000000`, `investors = ["a", "b"]`, `product = "acme-widget"`) and as a plain
string when it does not (`product = acme-widget`). The quote stays the draft's: it is what
grounds the event in the text.

A reviewed seed file is checked by the engine's own reading of seed files
(`timeline.sources.ingest.events_from_seeds`, what `timeline ingest` runs) before it replaces
anything: it is written to a temporary file in the folder, checked, then renamed; on any
error the temporary file is removed and nothing is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from timeline.errors import InputError
from timeline.projections.catalogue import Catalogue
from timeline.serve import _toml
from timeline.sources.annotations import SeedFile, read_seed
from timeline.sources.ingest import events_from_seeds

__all__ = [
    "DECISIONS",
    "DraftFolder",
    "NotFoundError",
    "Proposal",
    "Review",
    "proposals_from_form",
    "reviewed_toml",
]

DECISIONS = ("accept", "reject")
ANCHORS = ("published", "before")
TENSES = ("past", "future")
REVIEWED = ".reviewed.toml"
_COMMON = ("type", "entities", "when", "anchor", "tense", "quote", "offset", "note")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.toml$")
_FIELD_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ENTITY = re.compile(r"[\s,]+")


class NotFoundError(InputError):
    """A draft or page that does not exist (HTTP 404)."""


@attrs.frozen(kw_only=True)
class Proposal:
    """One proposed event as the reviewer sees and edits it."""

    decision: str
    type: str
    entities: str
    """The extra entity ids, separated by commas or spaces."""
    when: str
    anchor: str
    tense: str
    fields: str
    """The typed fields, one `key = value` a line."""
    quote: str
    offset: int | None
    start: int
    """Where the quote starts in the text (-1 when it is not there)."""
    note: str = ""


@attrs.frozen(kw_only=True)
class Review:
    """A draft read for review: its name, file, a digest of its bytes, and its proposals."""

    name: str
    path: Path
    digest: str
    seed: SeedFile
    proposals: tuple[Proposal, ...]


@attrs.frozen
class DraftFolder:
    """The folder of drafts the server was given; every path it hands out is inside it."""

    root: Path

    def drafts(self) -> list[str]:
        """The names of the drafts: `*.toml` files of the folder, reviewed ones aside."""
        return [n for n in self._names() if not n.endswith(REVIEWED)]

    def reviewed(self) -> list[str]:
        """The names of the drafts that have a reviewed seed file."""
        names = set(self._names())
        return [n for n in self.drafts() if self.reviewed_name(n) in names]

    def _names(self) -> list[str]:
        try:
            entries = sorted(os.listdir(self.root))
        except OSError as exc:
            raise InputError(str(self.root), exc.strerror or str(exc)) from None
        return [n for n in entries if _NAME.match(n) and self._inside(self.root / n)]

    def _inside(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self.root.resolve()) and path.is_file()
        except (OSError, RuntimeError):
            return False

    @staticmethod
    def reviewed_name(name: str) -> str:
        """The name of the reviewed seed file of draft `name`."""
        stem = name.removesuffix(".toml").removesuffix(".draft")
        return stem + REVIEWED

    def draft(self, name: str) -> Path:
        """The path of draft `name`: InputError for a name that is not a plain file name,
        NotFoundError for one the folder does not list.
        """
        if not _NAME.match(name) or ".." in name:
            raise InputError(name, "not a draft name (a file name ending in .toml)")
        if name not in self.drafts():
            raise NotFoundError(name, f"no such draft in {self.root}")
        return self.root / name

    def reviewed_path(self, name: str) -> Path:
        """Where the review of draft `name` is written (the draft must exist)."""
        self.draft(name)
        return self.root / self.reviewed_name(name)

    def load(self, name: str) -> Review:
        """Draft `name` read as a seed file (InputError on any flaw), with its proposals."""
        path = self.draft(name)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(name, exc.strerror or str(exc)) from None
        seed = read_seed(path)
        proposals = tuple(_proposal(a.fields, seed.text) for a in seed.annotations)
        return Review(
            name=name,
            path=path,
            digest=hashlib.sha256(raw).hexdigest()[:16],
            seed=seed,
            proposals=proposals,
        )

    def save(self, review: Review, proposals: Sequence[Proposal], known: Catalogue) -> Path:
        """Write the reviewed seed file of `review`, checked as `timeline ingest` checks it;
        InputError and nothing written when the check fails.
        """
        target = self.root / self.reviewed_name(review.name)
        text = reviewed_toml(review, proposals)
        fd, name = tempfile.mkstemp(prefix=".review.", suffix=".toml", dir=self.root)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            try:
                events_from_seeds([tmp], known)
            except InputError as exc:
                raise InputError(
                    exc.where.replace(str(tmp), target.name), exc.message.replace(str(tmp), "")
                ) from None
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return target


def _proposal(table: Mapping[str, Any], text: str) -> Proposal:
    quote = str(table.get("quote", ""))
    offset = table.get("offset")
    offset = offset if isinstance(offset, int) and not isinstance(offset, bool) else None
    start = offset if offset is not None else (text.find(quote) if quote else -1)
    if start >= 0 and text[start : start + len(quote)] != quote:
        start = -1
    entities = table.get("entities", [])
    fields = {k: v for k, v in table.items() if k not in _COMMON}
    return Proposal(
        decision="accept",
        type=str(table.get("type", "")),
        entities=", ".join(str(e) for e in entities) if isinstance(entities, list) else "",
        when=str(table.get("when", "")),
        anchor=str(table.get("anchor", "published")),
        tense=str(table.get("tense", "past")),
        fields="\n".join(f"{_toml.key(k)} = {_toml.value(v, k)}" for k, v in fields.items()),
        quote=quote,
        offset=offset,
        start=start,
        note=str(table.get("note", "")),
    )


def proposals_from_form(review: Review, form: Mapping[str, str]) -> tuple[Proposal, ...]:
    """The proposals of `review` as the submitted form leaves them; InputError when the form
    is not one made for this draft as it is now.
    """
    if form.get("digest") != review.digest:
        raise InputError(review.name, "the draft changed since this page was loaded; reload it")
    if form.get("count") != str(len(review.proposals)):
        raise InputError(review.name, "the form does not have one entry per event of the draft")
    out = []
    for i, drafted in enumerate(review.proposals):
        n = i + 1
        decision = _choice(form, f"decision-{n}", DECISIONS, n)
        changed = attrs.evolve(
            drafted,
            decision=decision,
            type=form.get(f"type-{n}", drafted.type).strip(),
            entities=form.get(f"entities-{n}", drafted.entities).strip(),
            when=form.get(f"when-{n}", drafted.when).strip(),
            anchor=_choice(form, f"anchor-{n}", ANCHORS, n, drafted.anchor),
            tense=_choice(form, f"tense-{n}", TENSES, n, drafted.tense),
            fields=form.get(f"fields-{n}", drafted.fields),
        )
        out.append(changed)
    return tuple(out)


def _choice(
    form: Mapping[str, str], name: str, allowed: Sequence[str], n: int, default: str = ""
) -> str:
    got = form.get(name, default)
    if got not in allowed:
        raise InputError(f"event {n}", f"{name.split('-')[0]} must be one of {list(allowed)}")
    return got


def reviewed_toml(review: Review, proposals: Sequence[Proposal]) -> str:
    """The reviewed seed file: the draft's source and entities, and the accepted events as
    edited; InputError naming the event for a field line that cannot be read.
    """
    seed = review.seed
    tables: list[tuple[str, Mapping[str, Any]]] = [("source", seed.source)]
    tables += [("entity", table) for _, table in seed.entities]
    accepted = rejected = 0
    for n, p in enumerate(proposals, start=1):
        if p.decision == "reject":
            rejected += 1
            continue
        accepted += 1
        tables.append(("event", _event_table(p, n)))
    header = [
        f"Reviewed in `timeline serve` from {review.name}: {accepted} events accepted, "
        f"{rejected} rejected.",
        "Check it with `timeline ingest` (the server's Ingest button runs the same checks).",
    ]
    return _toml.dump(header, {"schema": 1}, tables)


def _event_table(p: Proposal, n: int) -> dict[str, Any]:
    if not p.type:
        raise InputError(f"event {n}", "type is empty")
    table: dict[str, Any] = {"type": p.type, **_fields(p.fields, n)}
    entities = [e for e in _ENTITY.split(p.entities) if e]
    if entities:
        table["entities"] = entities
    if p.when:
        table["when"] = p.when
        if p.tense == "future":
            table["tense"] = "future"
    else:
        table["anchor"] = p.anchor
    table["quote"] = p.quote
    if p.offset is not None:
        table["offset"] = p.offset
    return table


def _fields(text: str, n: int) -> dict[str, Any]:
    """The typed fields of a `key = value` box (see the module's docstring)."""
    out: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"event {n}, fields line {number}"
        name, sep, raw = line.partition("=")
        name = name.strip().strip('"')
        if not sep or not _FIELD_KEY.match(name):
            raise InputError(where, f"write `key = value`, got {line.strip()[:60]!r}")
        if name in _COMMON:
            raise InputError(where, f"{name!r} has its own input above the fields")
        if name in out:
            raise InputError(where, f"field {name!r} is given twice")
        out[name] = _field_value(raw.strip(), where)
    return out


def _field_value(raw: str, where: str) -> Any:
    if not raw:
        raise InputError(where, "the value is empty")
    try:
        parsed = tomllib.loads(f"v = {raw}")
    except tomllib.TOMLDecodeError:
        return raw
    if set(parsed) != {"v"}:
        return raw
    got = parsed["v"]
    if isinstance(got, dict):
        raise InputError(where, "a field value cannot be a table")
    return got
