"""Two companies bought in one clause ("l'acquisition du groupe Initech, spécialiste des
capteurs, et du fabricant Hooli"): one acquisition each, by the same buyer, unless the second
name opens a clause of its own, names a person, a brand, a seller or a part bought.
"""

from __future__ import annotations

import re

import attrs

from timeline.extract._fields import FieldReader
from timeline.extract._reading import SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._text import fold
from timeline.extract.cues import find_cues
from timeline.extract.entities import kind_of
from timeline.extract.tense import verb_tense

__all__ = ["DealTargets"]

_AND_TARGET = re.compile(
    r"(?:\s*,[^,;()]{1,120},)?\s+(?:and|et)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'"
    r"|the\s+|its\s+|son\s+|sa\s+|le\s+|la\s+|l')?"
)
"""After a company bought, a second one joined by "and"/"et", perhaps after an apposition of
the first and a description of the second ("Initech, a sensor maker, and the French toolmaker
Hooli"): up to the description, lowercase words before the second name."""

_OWNED_BY = frozenset(
    {"of", "from", "with", "to", "into", "for", "de", "d'", "du", "des", "avec", "aupres", "a"}
    | {"au", "aux", "chez", "par", "by", "at"}
)
"""A preposition just before the second name: it names whose part is bought, from whom or
with whom ("and certain assets of Hooli", "et ses filiales auprès de Hooli"), no company
bought."""
_VERB_AFTER = re.compile(r"\s+(?:a|ont|est|sont|va|vont|en sera|has|have|is|was|will|said)\b")
"""A verb after the second name, in the original text (the verb "a", not the preposition
"à"): the name opens a clause of its own ("et Hooli a racheté Acme")."""

_BRANDS = re.compile(r"\b(?:marques?|brands?|produits?|products?|labels?)\s+$")
"""The noun of brands just before a name: what "and" then joins are brands."""

_OBJECT_END = re.compile(
    r"\s*(?:$|[.,;:(]|(?:for|pour|in|a|au|from|aupres)\b|en\s+(?:\d|[a-z]+\s+\d))"
)
"""What may follow the last company bought: the clause ends, or a complement starts."""


class DealTargets(FieldReader):
    """Splits an acquisition of two companies into one each."""

    def _targets(self, info: SentenceInfo, event: DraftEvent) -> list[DraftEvent]:
        """An acquisition of two companies joined by "and"/"et" ("l'acquisition du groupe
        Initech, spécialiste des capteurs, et du fabricant Hooli"): one acquisition each, the
        second quoted from the clause's start to its name. Left whole when a price is told
        (it may be that of the pair) or when the second name is not the end of the object
        ("... and Hooli said", a new clause).
        """
        target = event.fields.get("target")
        if "price" in event.fields or not isinstance(target, str):
            return [event]
        s = info.sentence
        first = next(
            (
                m
                for m in info.mentions_between(event.start, s.end)
                if self.entities.id_of(m.name) == target
            ),
            None,
        )
        if first is None or _BRANDS.search(self.folded, event.start, first.start):
            return [event]  # "le détenteur des marques Initech et Hooli": brands, not buys
        joint = _AND_TARGET.match(self.folded, first.end, s.end)
        if joint is None:
            return [event]
        second = next(iter(info.mentions_between(joint.end(), s.end)), None)
        words = self.text[joint.end() : second.start].split() if second is not None else []
        if (
            second is None
            or len(words) > 8
            or not all(w[0].islower() for w in words)
            or (words and fold(words[-1]) in _OWNED_BY)  # "and the assets of Hooli"
            or verb_tense(self.text[first.end : second.start].lower().split(), self.lang)
            is not None  # "and renamed it", "et l'a rebaptisé"
            or _VERB_AFTER.match(self.text, second.end)  # "et Hooli a racheté Acme"
            or kind_of(second.name) in ("person", "place", "product")
            or self.entities.named_person(self.entities.id_of(second.name))
            or not _OBJECT_END.match(self.folded, second.end)
            or find_cues(self.folded, self.lang, first.end, second.start)
        ):
            return [event]
        other = self.entities.use(second)
        if other in (target, event.fields.get("acquirer")):
            return [event]
        fields = {**event.fields, "target": other}
        quote = self.text[event.start : second.end]
        return [event, attrs.evolve(event, fields=fields, quote=quote)]
