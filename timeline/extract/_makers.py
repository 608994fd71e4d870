"""The company a product's figures belong to: a figure, fact or plan whose subject is a
product ("13 million Hyperion consoles have been sold") is the news of its maker, named with
it ("Hooli Pad 3", "la Hyperion 5 de Hooli") or else the organisation in focus.
"""

from __future__ import annotations

import re

import attrs

from timeline.extract._fields import FieldReader
from timeline.extract._reading import SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract.entities import kind_of

__all__ = ["Makers"]

_MADE_BY = re.compile(r"\s+(?:de|du|d'|from|by)\s+(?:(?:rival|its rival|son concurrent)\s+)?")
"""The words between a product and its maker's name after it ("La Hyperion 5 de Hooli")."""

_MADE_NEWS = frozenset({"fact_asserted", "results_reported", "headcount_changed", "plan_announced"})
"""The types whose subject, when a product, is the company that makes it."""


class Makers(FieldReader):
    """Gives a product's figures to the company that makes it."""

    def _of_its_maker(self, info: SentenceInfo, event: DraftEvent) -> DraftEvent:
        """A figure, fact or plan whose subject is a product ("13 million Hyperion consoles have
        been sold"): the news of the company that makes it, the organisation whose name
        opens the product's ("Globex 5") or else the one in focus; a description stays the
        product's.
        """
        if event.type not in _MADE_NEWS or event.fields.get("attribute") == "description":
            return event
        role = "entity" if "entity" in event.fields else "organization"
        product = event.fields.get(role)
        if not isinstance(product, str) or self._kind_of(product) != "product":
            return event
        name = self.entities.name_of(product)
        named = self._maker_named(info, product, name, event)
        maker = named if named is not None and named != product else self.context.topic_org
        if maker is None or maker == product or self._kind_of(maker) != "organization":
            return event
        return attrs.evolve(event, fields={**event.fields, role: maker})

    def _maker_named(
        self, info: SentenceInfo, product: str, name: str, event: DraftEvent
    ) -> str | None:
        """The maker the text names for a product: a company's name the product's opens on
        ("Hooli Pad 3"), or the name after it and "de"/"from"/"by" in the event's clause
        ("La Hyperion 5 de Hooli", "the Pad 3 from rival Hooli"), also inside the product's
        name when the text writes them as one.
        """
        inner = re.search(r"\s(?:de|du|d'|of|from|by)\s+(.+)$", name)
        if inner is not None and inner.group(1) in self.entities.names:
            other = self.entities.id_of(inner.group(1))  # "Hyperion 5 de Hooli" as one name
            if other != product and self._kind_of(other) == "organization":
                return other
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:k])
            if prefix in self.entities.names and kind_of(prefix) not in ("person", "place"):
                other = self.entities.id_of(prefix)
                if other != product and self._kind_of(other) == "organization":
                    return other
        end = event.start + len(event.quote)
        at = self.text.find(name, event.start, end)
        if at < 0:
            return None
        after = _MADE_BY.match(self.folded, at + len(name))
        if after is None:
            return None
        m = next(iter(info.mentions_between(after.end(), after.end() + 1)), None)
        return self.entities.use(m) if m is not None else None

    def _kind_of(self, entity_id: str) -> str:
        entity = self.entities.used.get(entity_id)
        return self.entities.kinds.get(entity_id) or (entity.kind if entity is not None else "")
