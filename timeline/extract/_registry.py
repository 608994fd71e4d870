"""Entity proposal for the draft: names to entity ids, and the entities the draft declares.

Names known to the log given with a catalogue keep their ids; other names get slug ids, and a
name that is the first words of a longer one ("Acme" of "Acme Corp") is its alias. Only the
entities an event uses are declared, so the draft also ingests into an empty log.
"""

from __future__ import annotations

import bisect

import attrs

from timeline.errors import UnknownEntityError
from timeline.extract._name_words import (
    AUTHORITY_ACRONYMS,
    AUTHORITY_WORDS,
    COMPANY_FORMS,
    INSTITUTIONS,
    ORGANISATION_HEADS,
    TRADE_FORMS,
)
from timeline.extract._seedfile import DraftEntity
from timeline.extract._text import fold
from timeline.extract.entities import Mention, kind_of, slug
from timeline.extract.given_names import GIVEN_NAMES
from timeline.projections.catalogue import Catalogue
from timeline.projections.similar import normalised

__all__ = ["COMPANY_FORMS", "Entities"]

_NO_SURNAMES = COMPANY_FORMS | ORGANISATION_HEADS
"""Words that end a company's or an institution's name, never a person's surname."""


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes after a person's surname."""
_UNIT_WORDS = frozenset(
    {
        "services", "insurance", "cloud", "music", "media", "studios", "logistics", "solutions",
        "finance", "leasing", "capital", "ventures", "labs", "foundation", "holdings", "energy",
        "properties", "bank", "international", "europe", "france", "uk", "usa", "america",
    }
)  # fmt: skip
"""Words that name a unit or a subsidiary of a company in its legal name ("Globex Insurance
Services LLC"): its short name alone is the parent, not that unit."""
_LEGAL_FORMS = frozenset(
    {"inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "ag", "gmbh", "nv", "spa"}
)
"""The legal forms that close a company's full name: a name that is the full name less one
word and its form ("Globex" of "Globex Scientific Inc.") is the same company, and so is the
first word of a longer full name said before it ("Globex" after "Globex Craft Brewery
Collective LLC")."""


_FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "&"}
)
"""Words an acronym may leave out ("Autorité des marchés du gadget" is "AMG")."""


def _bare(word: str) -> str:
    """A word of a name folded, without its possessive or its punctuation ("Hotels'" is
    "hotels", "Lines's" is "lines").
    """
    folded = fold(word).strip(".,")
    for ending in ("'s", "’s", "'", "’"):
        if folded.endswith(ending):
            return folded[: -len(ending)]
    return folded


class Entities:
    """Names to entity ids: the log's catalogue first, then prefixes of longer names, then slugs."""

    def __init__(self, mentions: list[Mention], catalogue: Catalogue | None) -> None:
        self.catalogue = catalogue
        self.mentions = mentions
        self.names = [m.name for m in mentions]
        self.used: dict[str, DraftEntity] = {}
        self.kinds: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self._first = {n: i for i, n in reversed(list(enumerate(self.names)))}
        self._sorted = sorted(self._first)
        self._by_id: dict[str, list[str]] | None = None
        self._surnames: dict[str, str] | None = None
        self._normalised: dict[str, set[str]] | None = None
        self.qualifiers: frozenset[int] = frozenset()
        """Where the mentions that qualify a noun start ("a Fortune 500 company")."""
        self.lede_end: int | None = None
        self.lede_described = False
        self.owners: frozenset[str] = frozenset()
        """Names written with a possessive before a role ("Philip Doe's chief executive"):
        organisations, even when they open on a given name."""
        """True when the lede's first sentence names no one and opens on a description
        ("Le fabricant de yaourts vient d'inaugurer..."): the headline's company."""
        """Where the first paragraph of the body ends: the lede, whose subject counts most."""
        self.governed: frozenset[int] = frozenset()
        """Where the mentions after a preposition start ("par le Tribunal"): no subject."""
        self.titled: frozenset[str] = frozenset()
        """The names written after a civil title ("Ms Doe"): surnames of people."""
        self.headline: int | None = None
        self.headline_echo: int | None = None
        """The body's first mention of the name a headline in capitals opens on."""
        """Where the name the headline opens on starts, if any: a subject of the article."""

    def id_of(self, name: str) -> str:
        """The entity id of a name (not yet declared)."""
        if name in self.ids:
            return self.ids[name]
        known = self._known(name)
        if known is not None:
            entity_id = known
        else:
            longer = (
                self._longer(name)
                or self._holding(name)
                or self._expanded(name)
                or self._surname(name)
                or self._given_name(name)
            )
            entity_id = self.id_of(longer) if longer else slug(name)
        self.ids[name] = entity_id
        return entity_id

    def _longer(self, name: str) -> str | None:
        """The first mentioned name that is `name` followed by words of a company's form
        ("Acme" of "Acme Corp", "Globex" of "Globex Systems" or "Globex Hotels"), or None:
        "John Smith" is not "John Smith Hall", nor "Globex" "Globex Newsroom".
        """
        prefix = name + " "
        i = bisect.bisect_left(self._sorted, prefix)
        found: str | None = None
        while i < len(self._sorted) and self._sorted[i].startswith(prefix):
            rest = self._sorted[i][len(prefix) :].split()
            institution = " " not in name and fold(name) in INSTITUTIONS  # "l'Autorité"
            legal = fold(rest[-1]).strip(".,") in _LEGAL_FORMS and (
                len(rest) == 2
                or (
                    len(rest) <= 5
                    and self._first.get(name, len(self.names)) > self._first[self._sorted[i]]
                    and not any(fold(w).strip(".,") in _UNIT_WORDS for w in rest)
                )
            )  # "Globex Scientific Inc."; "Globex Craft Brewing Collective LLC", then "Globex"
            trade = kind_of(name) != "person" and all(
                _bare(w) in COMPANY_FORMS | TRADE_FORMS for w in rest
            )  # "Globex" of "Globex Hotels", "Initech" of "Initech Air Lines"
            if (
                not institution
                and not legal  # "Globex Scientific Inc." of "Globex"
                and not trade
                and not all(fold(w).strip(".,") in COMPANY_FORMS for w in rest)
            ):
                i += 1
                continue
            if found is None or self._first[self._sorted[i]] < self._first[found]:
                found = self._sorted[i]
            i += 1
        return found

    def _holding(self, name: str) -> str | None:
        """The one longer name that holds `name`, a word opening on digits ("1mg"), as one
        of its words ("Globex 1mg Technologies"), or None.
        """
        if " " in name or not name[:1].isdigit():
            return None
        holders = {n for n in self.names if " " in n and name in n.split()}
        return next(iter(holders)) if len(holders) == 1 else None

    def _expanded(self, name: str) -> str | None:
        """The first mentioned name of two words or more whose initials `name`, an acronym,
        spells ("FWC" of "Federal Widget Commission", "AMG" of "Autorité des marchés du
        gadget", "SNCG" of "Société nationale des chemins de gadgets"): the same body, named
        short. Function words count or not, either way; an acronym taken from usage rather
        than from initials is left alone, as is one that spells no name.
        """
        if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return None
        found: str | None = None
        for n in self._sorted:
            words = fold(n).replace("'", " ").replace("-", " ").split()
            if len(words) < 2 or n == name or kind_of(n) == "person":
                continue  # "HP" is no alias of Hélène Petit
            content = "".join(w[0] for w in words if w not in _FUNCTION_WORDS)
            every = "".join(w[0] for w in words)
            if fold(name) in (content, every) and (
                found is None or self._first[n] < self._first[found]
            ):
                found = n
        return found

    def _surname_index(self) -> dict[str, str]:
        """Each last word of a two- or three-word capitalised name, with the first such name
        that is a person's by its given name, else the first such name ("Ricard" is Jean
        Ricard's surname, not the end of "Globex Ricard" named before him). A place or a word
        of a company's name is no surname ("France" or "Company" alone is not "Globex France"
        or "Globex Company" named again).
        """
        if self._surnames is None:
            self._surnames = {}
            named = [n for n in self.names if kind_of(n) == "person"]
            for n in [*named, *self.names]:
                parts = n.split(" ")
                while len(parts) > 2 and fold(parts[-1]).rstrip(".,") in _SUFFIXES:
                    parts = parts[:-1]  # "John E. Doe III": "Doe" is the surname
                if 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts):
                    if fold(parts[-1]) in _NO_SURNAMES or kind_of(parts[-1]) == "place":
                        continue  # "Globex France", "Globex Company": no surname
                    self._surnames.setdefault(parts[-1], n)
        return self._surnames

    def _surname(self, name: str) -> str | None:
        """The earlier two- or three-word name that `name`, one word, ends ("Doe" of
        "Jane Doe"): a person named again by their surname.
        """
        if " " in name:
            return None
        full = self._surname_index().get(name)
        if full is None or self._first[full] > self._first.get(name, len(self.names)):
            return None
        return full

    def named_person(self, entity_id: str) -> bool:
        """True when a name of the entity opens on a common given name ("Eric Dupont") or
        ends on a name written after a civil title ("Ms Doe"): a person, whatever role an
        event would give it (a guess from a parser or a role is weaker).
        """
        names = self._by_id_names().get(entity_id, [])
        return any(kind_of(n) == "person" or n.rsplit(" ", 1)[-1] in self.titled for n in names)

    def name_of(self, entity_id: str) -> str:
        """The full name of a declared entity (its id when it is not declared)."""
        entity = self.used.get(entity_id)
        return entity.name if entity is not None else entity_id

    def named_product(self, entity_id: str) -> bool:
        """True when a name of the entity carries a model's letter or number ("Phone X",
        "Globex 5"): a product.
        """
        names = self._by_id_names().get(entity_id, [])
        return any(kind_of(n) == "product" for n in names)

    def named_place(self, entity_id: str) -> bool:
        """True when every name of the entity is a place's ("Springfield County", a city of
        `PLACE_NAMES`): a place, never the organisation doing something.
        """
        names = self._by_id_names().get(entity_id, [])
        return bool(names) and all(kind_of(n) == "place" for n in names)

    def _by_id_names(self) -> dict[str, list[str]]:
        if self._by_id is None:
            self._by_id = {}
            for n in dict.fromkeys(self.names):
                self._by_id.setdefault(self.id_of(n), []).append(n)
        return self._by_id

    def _given_name(self, name: str) -> str | None:
        """The earlier person's name that `name`, one common given name, opens ("Ivan" of
        "Ivan Petrov"): a person named again by their given name, as features and
        company blogs do. None when two earlier people share it.
        """
        if " " in name or fold(name) not in GIVEN_NAMES:
            return None
        at = self._first.get(name, len(self.names))
        fulls = {
            n
            for n in self.names
            if n.startswith(name + " ") and kind_of(n) == "person" and self._first[n] < at
        }
        return next(iter(fulls)) if len(fulls) == 1 else None

    def people(self) -> set[str]:
        """The ids of names given again by their surname alone (people, by news usage)."""
        return {
            self.id_of(full)
            for surname, full in self._surname_index().items()
            if surname in self._first
        }

    def focus(
        self, leads: frozenset[int] = frozenset(), people: set[str] | None = None
    ) -> str | None:
        """The organisation the article is about: the name that is not a person's and is
        mentioned most (not an authority, when another is named: `_authority`), counting
        twice a mention that opens a sentence (`leads`, the starts
        of the sentences' first names: the subjects), four times the first of them (the
        lede's subject, what news writing puts first: not a name after a preposition,
        `governed`) and three times the name the headline opens on (`headline`; three more
        for the body's first mention of the name a headline in capitals opens on,
        `headline_echo`); the first
        mentioned on a tie. A name
        that qualifies a noun ("a Fortune 500 company") or that its words place (a dateline's
        "SPRINGFIELD, Ore. -") does not count.
        """
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        end = self.lede_end
        placed = {m.start for m in self.mentions if m.kind == "place"}  # "SPRINGFIELD, Ore. -"
        first_lead = min(  # the lede's subject
            (
                lead
                for lead in leads - self.qualifiers - self.governed - placed
                if end is None or lead < end
            ),
            default=-1,
        )
        if self.lede_described and self.headline is not None:
            first_lead = self.headline  # described: it is the headline's company
        opened: dict[int, str] = {}  # the ids the headline and the lede's subject name
        for k, (n, m) in enumerate(zip(self.names, self.mentions, strict=True)):
            if m.start in (self.headline, first_lead):
                opened[m.start] = self.id_of(n)
            if m.start in self.qualifiers or m.start in placed:
                continue
            if kind_of(m.name) in ("person", "product", "place") and m.name not in self.owners:
                continue
            entity_id = self.id_of(n)
            weight = 1 if m.start not in leads else 4 if m.start == first_lead else 2
            if m.start == self.headline:
                weight = 3
            elif m.start == self.headline_echo:
                weight += 3  # "GLOBEX REPORTS RESULTS": the headline's name, found again
            counts[entity_id] = counts.get(entity_id, 0) + weight
            first.setdefault(entity_id, k)
        agreed = opened.get(self.headline) if self.headline is not None else None
        if agreed is not None and agreed == opened.get(first_lead) and agreed in counts:
            # the headline and the lede open on the same company (or the lede describes it)
            counts[agreed] += 3
        people = self.people() if people is None else people
        candidates = [i for i in counts if i not in people] or list(counts)
        acting = [i for i in candidates if self._authority(i)]
        if len(acting) < len(candidates):
            candidates = [i for i in candidates if i not in acting]  # the company acted on
        if not candidates:
            return None
        return max(candidates, key=lambda i: (counts[i], -first[i]))

    def is_authority(self, entity_id: str) -> bool:
        """True when the entity is an authority (see `_authority`)."""
        return self._authority(entity_id)

    def _authority(self, entity_id: str) -> bool:
        """True when a name of the entity is an authority's ("Autorité des marchés du
        gadget", "Federal Widget Commission", an acronym of `AUTHORITY_ACRONYMS`): it fines,
        rules or approves, and the article is about the company it acts on.
        """
        for n in self._by_id_names().get(entity_id, []):
            folded = fold(n)
            words = set(folded.replace("'", " ").split())
            if folded in AUTHORITY_ACRONYMS or words & AUTHORITY_WORDS:
                return True
        return False

    def _known(self, name: str) -> str | None:
        """The id the log gives `name`: by its catalogue's names and aliases, then by the
        names once normalised ("Acme AI SAS" is "Acme AI"), when only one entity has it.
        """
        if self.catalogue is None:
            return None
        for candidate in (name, f"Le {name}", f"La {name}", f"Les {name}", f"The {name}"):
            try:
                return self.catalogue.find(candidate).id
            except UnknownEntityError:
                continue
        if self._normalised is None:
            self._normalised = {}
            for entity in self.catalogue.entities.values():
                for n in (entity.name, *entity.aliases):
                    self._normalised.setdefault(normalised(n), set()).add(entity.id)
        ids = self._normalised.get(normalised(name), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def use(self, mention: Mention, kind: str = "") -> str:
        """Declare the entity a mention names (once) and return its id."""
        entity_id = self.id_of(mention.name)
        guessed = kind or mention.kind
        if guessed and self.kinds.get(entity_id, "organization") == "organization":
            self.kinds[entity_id] = guessed
        if entity_id not in self.used:
            self.used[entity_id] = self._declare(entity_id, mention.name)
        return entity_id

    def _declare(self, entity_id: str, name: str) -> DraftEntity:
        if self.catalogue is not None and entity_id in self.catalogue.entities:
            known = self.catalogue.entities[entity_id]
            return DraftEntity(known.id, known.name, known.kind, known.aliases)
        names = self._by_id_names().get(entity_id, [])
        full = max(names or [name], key=len)
        aliases = tuple(n for n in names if n != full)
        return DraftEntity(entity_id, full, "organization", aliases)

    def declared(self) -> tuple[DraftEntity, ...]:
        """The entities used by the draft's events, with their guessed kinds."""
        out = []
        for entity_id, entity in self.used.items():
            known = self.catalogue is not None and entity_id in self.catalogue.entities
            kind = entity.kind if known else self.kinds.get(entity_id, "organization")
            out.append(attrs.evolve(entity, kind=kind))
        return tuple(out)
