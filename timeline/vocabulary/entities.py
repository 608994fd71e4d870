"""Entities: the organisations, people, products and outlets that events are about."""

from __future__ import annotations

import re

import attrs

__all__ = ["Entity", "is_slug"]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_slug(text: str) -> bool:
    """True when `text` is a valid entity id: lower-case words of letters and digits joined by -."""
    return _SLUG.fullmatch(text) is not None and len(text) <= 100


def _slug(_instance: object, _attribute: object, value: str) -> None:
    if not is_slug(value):
        raise ValueError(f"entity id {value!r} is not a slug like 'acme-corp'")


@attrs.frozen(kw_only=True)
class Entity:
    """A stable slug id with a display name, a kind and the other names the press uses."""

    id: str = attrs.field(validator=_slug)
    name: str
    kind: str = "organization"
    aliases: tuple[str, ...] = ()
