"""Readings of people at organisations: the role words of a clause, appointments (with a
predecessor, a person named far from the verb, a role told before) and departures (with a
successor).
"""

from __future__ import annotations

import re
from typing import Any

from timeline.extract import cues as lexicon
from timeline.extract._company_base import CompanyBase, Reading
from timeline.extract._reading import SentenceInfo
from timeline.extract.entities import Mention

__all__ = ["PeopleFields"]

_HOLDING_NOW = (
    r"(?:(?:current|former|outgoing|longtime|l'actuel(?:le)?|actuel(?:le)?|ancien(?:ne)?)"
    r"(?: [a-z-]+){0,3} )?$"
)
"""The role a predecessor or a successor holds, or held, before their name ("current lead
director", "l'actuel directeur financier"), then the name."""

_PREDECESSOR = re.compile(
    r"(?:succeder a|succede a|succedera a|succeeds|succeeding|succeed|replacing|replaces"
    r"|remplace|remplacer|en remplacement de|in place of|a la place de)\s*(?:la |le |l'|the )?"
    + _HOLDING_NOW
)

_SUCCEEDS_PRONOUN = re.compile(
    r"\b(?:lui succede|lui succedera|va lui succeder|doit lui succeder"
    r"|(?:will |to |would )?succeed(?:s|ed)? (?:him|her)"
    r"|(?:will |to )?replace(?:s|d)? (?:him|her))\b"
)
"""A succession whose predecessor is a pronoun ("Jeanne Dupont lui succède", "Jane Doe will
succeed him"): the person of the departure told before."""

_SUCCEEDED_BY = re.compile(r"(?:be |been |is |was |will be )?(?:succeeded|replaced) by\s+$")
"""A passive succession before the successor ("He will be succeeded by Jane Doe"): the
person named after it is the one appointed, the subject the predecessor."""

_SUCCESSOR = re.compile(
    r"(?:remplace(?:e)? par|replaced by|succeeded by|successeur|successor|laisse sa place a"
    r"|cede sa place a|hands over to|(?:cede|laisse|cedera|laissera) (?:son fauteuil|son poste"
    r"|les renes|la presidence|la direction)(?: de [\w-]+)? a)"
    r"\s*(?:la |le |l'|the |est |is |will be )?" + _HOLDING_NOW
)
"""Words before a successor, perhaps with the role they hold now ("will be replaced by
current lead director Jane Doe", "remplacé par l'actuel directeur financier Jean Roux")."""

_JOINED_ROLE = re.compile(r"\s+(?:and|et|&)\s+")
"""What joins two titles of one role ("president and chief executive officer")."""

_RELATIVE_BEFORE = re.compile(r",\s*(?:who|qui)\b[^,]*$")
"""A relative clause still open before a name ("Jane Doe, who was succeeded by John Smith")."""

_FORMER_POST = re.compile(r",\s*(?:where|ou (?:il|elle) (?:etait|a ete|occupait))\b")
"""A relative clause about where a person worked before ("joins Globex from Initech, where
she was chief financial officer"): the role it names is not the one they take."""

_IN_PERSON = re.compile(r"(?:en la personne d[e']|in the person of|:)\s*$")
"""Words before the person appointed, far from the verb ("de nommer au 1er juillet un
directeur général, en la personne de Jeanne Dupont", "de nommer un directeur général :
Jeanne Dupont")."""

_AT_THE_HELM = re.compile(
    r"(?:a la tete|a la direction|a la presidence|aux commandes|at the helm|at the head"
    r"|in charge|to lead|to head|to run|pour diriger|pour prendre la tete)"
    r"\s+(?:de la |de l'|du |des |de |d'|of the |of )?$"
)
"""The words before the organisation a person is chosen to lead ("à la tête d'EDF")."""
_PAST_ROLE_ASIDE = re.compile(
    r",\s*(?:who was|who had been|who previously|formerly|qui etait|qui a ete|ancien|ancienne"
    r"|former)\b[^,;]*,"
)
"""An aside about a role held before ("…, who was CFO at Hooli, as chief executive")."""
_JOINS = re.compile(r"join|rejoin")
"""Verbs of joining, whose direct object is the organisation joined."""
_TITLE_JUST_BEFORE = re.compile(
    rf"(?:{lexicon.ROLE_NOUNS.pattern})(?:\s+(?:and|et|&)\s+(?:{lexicon.ROLE_NOUNS.pattern}))?"
    r",?\s+$"
)
"""A title right before a person's name ("chief executive Jane Doe")."""
_CLAUSE_END = re.compile(r"[,;:(]|\b(?:lorsque|quand|alors que|when|while|after|apres)\b")
"""Where a clause ends, for what its verb governs."""

_NOT_A_TAIL = frozenset(
    {
        "following", "during", "starting", "beginning", "including", "joining", "replacing",
        "succeeding", "taking", "becoming", "serving", "according", "pending", "being",
        "having", "reporting", "leaving", "retiring", "stepping", "effective",
    }
)  # fmt: skip
"""Words of the endings of a role's tail ("-ing", "-ive") that go on with the sentence, not
the role ("chief executive officer following the retirement of", "CEO effective
immediately")."""

_ROLE_TAIL = frozenset(
    {
        "general",
        "generale",
        "executive",
        "executif",
        "officer",
        "delegue",
        "deleguee",
        "financier",
        "financiere",
        "technique",
        "operationnel",
        "operationnelle",
        "adjoint",
        "adjointe",
        "of",
        "des",
        "de",
        "la",
        "du",
        "d'",
        "and",
        "et",
        "affaires",
        "publiques",
        "ventes",
        "marketing",
        "technology",
        "technologie",
        "operations",
        "finance",
        "financial",
        "operating",
        "strategie",
        "strategy",
        "du conseil",
        "conseil",
        "d'administration",
        "board",
        "surveillance",
    }
)

_DIRECTION = {
    "direction generale": "directeur général",
    "presidence": "président",
    "tete": "dirigeant",
    "helm": "chief executive",
}


_DISMISSAL_NOUNS = ("ouster", "dismissal", "limogeage")
"""The nouns of a dismissal, which may name a company pushed out as well as a person: a
departure only of a person (a court's "dismissal of the appeal" is no cue at all)."""
_LEAVING_NOUNS = (
    "ex-",
    "ancien",
    "former",
    "depart",
    "resignation",
    "departure",
    *_DISMISSAL_NOUNS,
)
"""The nouns of a departure (and the words of a former role) before the person who leaves."""


class PeopleFields(CompanyBase):
    """Appointments and departures."""

    # People ---------------------------------------------------------------------------------

    def _role_words(self, lo: int, hi: int) -> str | None:
        """The role named in `[lo, hi)`: a role noun and the lower-case words that go with it
        ("directrice des affaires publiques", "chief executive officer"), or a noun of
        direction ("la direction générale" gives "directeur général").
        """
        m = lexicon.ROLE_NOUNS.search(self.folded, lo, hi)
        if m is None:
            for noun, role in _DIRECTION.items():
                if noun in self.folded[lo:hi]:
                    return role
            return None
        stop = m.end()
        joined = _JOINED_ROLE.match(self.folded, m.end(), hi)
        if joined is not None:
            # "president and chief executive officer": both titles are the role
            second = lexicon.ROLE_NOUNS.match(self.folded, joined.end(), hi)
            if second is not None:
                tail = self._role_words(joined.end(), hi)
                after_tail = self.text[joined.end() + len(tail or "") :].lstrip(" ")
                if tail is not None and not after_tail[:1].isupper():
                    # not "named Jane Doe chief executive and chairman John Smith will
                    # retire": a title before a name is that person's
                    role = self.text[m.start() : joined.end()] + tail
                    return re.sub(r"\s+(?:de|du|des|d'|of|and|et|la)$", "", role).strip()
        for w in re.finditer(r"[\w'-]+", self.folded[m.end() : hi]):
            word = w.group()
            absolute = m.end() + w.start()
            capital = self.text[absolute : absolute + 1].isupper()
            if capital and word not in ("ceo", "cto") and word not in _ROLE_TAIL:
                break
            if (
                self.text[m.end() : absolute].strip(" ") not in ("",)
                and "," in self.text[m.end() : absolute]
            ):
                break
            if word in _ROLE_TAIL or (
                word.endswith(("ale", "ier", "ive", "ique", "ing")) and word not in _NOT_A_TAIL
            ):
                stop = m.end() + w.end()
                continue
            break
        role = self.text[m.start() : stop]
        return re.sub(r"\s+(?:de|du|des|d'|of|and|et|la)$", "", role).strip()

    def _appointment(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        floor = info.segments[i].start
        after = self._next_name(info, cue.end, s.end, gap=12) or next(
            iter(self._after_words(info, _IN_PERSON, cue.end, s.end, window=24)), None
        )  # "de nommer un directeur général, en la personne de Jeanne Dupont"
        passive = (
            self._passive(cue, floor)
            or cue.nominal
            or re.match(
                r"succe|prend|rejoint|joins|joined|took|takes|take|promu|promoted|to become|will"
                r"|assum|to assume"
                r"|becom|became|devien|devenu|devenir",
                self.folded[cue.start :],
            )
        )
        succeeded_by = (
            after is not None
            and bool(_SUCCEEDED_BY.search(self.folded, max(s.start, after.start - 24), after.start))
            and not _RELATIVE_BEFORE.search(self.folded, s.start, after.start)
        )  # not "Jane Doe, who was succeeded by John Smith at Hooli, has been named"
        predecessor_of: str | None = None
        person: str | None
        if succeeded_by and after is not None:
            # "He will be succeeded by Jane Doe": Jane Doe is appointed, the subject leaves
            person = self.entities.use(after, "person")
            org = self._org_in_focus(self.context.last_departed or person)
            predecessor_of = self._actor_person(info, cue, i)
            if predecessor_of is None or not (
                self.entities.named_person(predecessor_of)
                or self.entities.kinds.get(predecessor_of) == "person"
            ):
                predecessor_of = self.context.last_departed  # "He will be succeeded by"
        elif passive and not (cue.nominal and after is not None):
            person = self._actor_person(info, cue, i)
            org_m = self._org_after(info, cue.end, s.end)
            joined = _JOINS.match(self.folded, cue.start)
            if (
                org_m is None
                and joined
                and after is not None
                and self.folded[cue.end : after.start].strip() in ("", "the", "le", "la", "l'")
                and not self.entities.named_person(self.entities.id_of(after.name))
            ):
                org_m = after  # "Former Globex chairman John Smith joined Initech as CEO"
            org = self.entities.use(org_m) if org_m is not None else self._org_in_focus(person)
        else:
            if after is None:
                return None
            person = self.entities.use(after, "person")
            org_or_none = self._actor(info, cue, i) if not cue.nominal else None
            if org_or_none is not None and (
                self.entities.named_person(org_or_none)
                or self.entities.kinds.get(org_or_none) == "person"
            ):
                # "Le ministre Jean Martin a choisi Jeanne Dupont pour remplacer X à la tête
                # de Globex": a person chooses, the organisation is the one to be led
                helm = self._after_words(info, _AT_THE_HELM, after.end, s.end, window=40)
                org_or_none = self.entities.use(helm[0]) if helm else self.context.topic_org
            org = org_or_none or self._org_in_focus(person)
        if person is None or org is None or person == org:
            return None
        self.entities.kinds[person] = "person"
        predecessor = self._other_person(info, _PREDECESSOR, cue.start, s.end, (person, org))
        if succeeded_by:
            predecessor = predecessor_of if predecessor_of != person else None
        elif predecessor is None and _SUCCEEDS_PRONOUN.search(
            self.folded, max(s.start, cue.start - 8), s.end
        ):
            predecessor = self.context.last_departed  # "Jeanne Dupont lui succède"
        if predecessor == person:
            predecessor = None
        former = _FORMER_POST.search(self.folded, cue.end, s.end)
        aside = _PAST_ROLE_ASIDE.search(self.folded, cue.end, s.end)
        later: str | None = None
        if aside is not None and former is None:
            # "named Jane Doe, who was CFO at Hooli, as chief executive": the role after the
            # aside about the one she held
            later = self._role_words(aside.end(), s.end)
            if later is not None:
                former = aside
        taken_over = (
            self.context.last_departed_role
            if predecessor is not None and predecessor == self.context.last_departed
            else None
        )  # "He will be succeeded by Jane Doe, currently COO": the departed person's role
        role = (
            (taken_over if succeeded_by else None)
            or later
            or self._role_words(cue.start, former.start() if former is not None else s.end)
            or self._role_words(s.start, cue.start)
            or self._titles.get(person)
            or (self._titles.get(predecessor) if predecessor is not None else None)
            or taken_over
        )  # "Jeanne Dupont succède à Jean Martin": the role Jean Martin was said to hold
        if role is None:
            return None
        fields: dict[str, Any] = {"person": person, "role": role, "organization": org}
        if predecessor is not None:
            fields["predecessor"] = predecessor
            self.entities.kinds[predecessor] = "person"
        self._roles[person] = org
        self._appointed_to[person] = org
        self.context.last_person = person
        return fields, "person_appointed"

    def _other_person(
        self, info: SentenceInfo, words: re.Pattern[str], lo: int, hi: int, taken: tuple[str, ...]
    ) -> str | None:
        """The person named just after `words` in `[lo, hi)` ("succède à", "remplacé par"), a
        predecessor or a successor, unless it is one of `taken`.
        """
        found = self._after_words(info, words, lo, hi, window=48)
        if not found:
            return None
        other = self.entities.use(found[0], "person")
        return None if other in taken else other

    def _actor_person(self, info: SentenceInfo, cue: lexicon.Cue, i: int) -> str | None:
        actor = self._actor(info, cue, i)
        if actor is None:
            return None
        in_focus = (self.context.topic_org, self.context.last_org)
        if self.entities.kinds.get(actor) == "organization" and actor in in_focus:
            return self.context.last_person
        if not self.entities.named_person(actor) and self.entities.kinds.get(actor) != "person":
            # "Jeanne Dupont, ancienne directrice chez Globex, est nommée": the person who
            # opens the sentence; "Promu directeur en 2018, ce polytechnicien...": the person
            # of the text
            opener = next(
                (
                    m
                    for m in info.mentions_between(info.sentence.start, cue.start)
                    if self.entities.named_person(self.entities.id_of(m.name))
                ),
                None,
            )
            if opener is not None:
                return self.entities.use(opener, "person")
            return self.context.last_person or actor
        return actor

    def _org_after(self, info: SentenceInfo, lo: int, hi: int) -> Mention | None:
        """The organisation named after the verb in its own clause ("nommé directeur chez
        Globex"), not in a later one ("..., diplômé du MIT", "lorsque le groupe...").
        """
        stop = _CLAUSE_END.search(self.folded, lo, hi)
        hi = stop.start() if stop is not None else hi
        for m in info.mentions_between(lo, hi):
            before = self.folded[max(lo, m.start - 12) : m.start]
            governed = re.search(
                r"(?:de|du|d'|of|at|chez|a|au|in|for)\s*(?:la |le |l'|the )?$", before
            )
            owner = self.folded[m.end : m.end + 3] == "'s " and lexicon.ROLE_NOUNS.match(
                self.folded, m.end + 3
            )  # "resign as Globex's chair": the role's organisation owns it
            entity_id = self.entities.id_of(m.name)
            if (
                (governed or owner)
                and self.entities.kinds.get(entity_id) != "person"
                and not self.entities.named_person(entity_id)  # "succéder à Jeanne Roux"
            ):
                return m
        return None

    def _title_before(self, info: SentenceInfo, person: str) -> str | None:
        """The title written just before the person's name in the sentence ("Globex said
        chief executive Jane Doe will retire"), or None.
        """
        named = next((m for m in info.mentions if self.entities.id_of(m.name) == person), None)
        if named is None:
            return None
        lo = max(info.sentence.start, named.start - 50)
        title = _TITLE_JUST_BEFORE.search(self.folded, lo, named.start)
        if title is None:
            return None
        return self._role_words(title.start(), named.start)

    def _org_in_focus(self, person: str | None) -> str | None:
        if person is not None and person in self._appointed_to:
            return self._appointed_to[person]
        if person is not None and person in self._roles:
            return self._roles[person]
        return self.context.last_org or self.context.topic_org

    def _dismissed_person(self, cue: lexicon.Cue, after: Mention) -> bool:
        """True when the dismissal noun at `cue` names a person leaving: a named person just
        after it, or a role between ("the ouster of its chief executive, Jane Doe"); not a
        company ("the ouster of Globex chief executive John Smith" is pushed for, not told).
        """
        if self.entities.named_person(self.entities.id_of(after.name)):
            return True
        return bool(lexicon.ROLE_NOUNS.search(self.folded, cue.end, after.start))

    def _departure(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        floor = info.segments[i].start
        word = self.folded[cue.start : cue.end]
        active_dismissal = re.match(r"limoge|evinc|remerci|fired|ousted|dismissed", word) and (
            not self._passive(cue, floor)
        )  # not "le limogeage de X", a noun
        after = self._next_name(info, cue.end, s.end, gap=30)
        noun = word in ("demission", "demissions") or word.startswith(
            _LEAVING_NOUNS
        )  # "la démission de X": the person after; "X démissionne": the subject
        owner = next(iter(info.mentions_ending(cue.start - 3)), None)
        if (
            noun
            and owner is not None
            and self.folded[cue.start - 3 : cue.start] in ("'s ", "\u2019s ")
            and self.entities.named_person(self.entities.id_of(owner.name))
        ):
            # "Jane Doe's ouster as Globex chief executive": the person before "'s" leaves
            after = owner
        if active_dismissal or noun:
            if after is None:
                return None
            if word.startswith(_DISMISSAL_NOUNS) and not self._dismissed_person(cue, after):
                return None  # "the dismissal of the appeal", "l'éviction de son concurrent"
            person = self.entities.use(after, "person")
            org = self._actor(info, cue, i) if active_dismissal else self._org_in_focus(person)
        else:
            person_or_none = self._actor_person(info, cue, i)
            if person_or_none is None:
                return None
            person = person_or_none
            org_m = self._org_after(info, cue.end, s.end)
            if org_m is None and re.match(r"quitt|leav|left", word) and after is not None:
                org_m = after
            org = self.entities.use(org_m) if org_m is not None else self._org_in_focus(person)
        if org is None or person == org:
            return None
        role = (
            self._title_before(info, person)  # "chief executive Jane Doe will retire and..."
            or self._role_words(cue.start, min(s.end, cue.end + 60))
            or self._role_words(max(s.start, cue.start - 60), cue.start)
            or self._titles.get(person)  # "Mr Doe will also step down": the role told before
        )
        if role is None:
            return None
        self.entities.kinds[person] = "person"
        fields: dict[str, Any] = {"person": person, "role": role, "organization": org}
        successor = self._other_person(info, _SUCCESSOR, s.start, s.end, (person, org))
        if successor is not None:
            fields["successor"] = successor
        self.context.last_departed = person
        self.context.last_departed_role = role
        return fields, "person_departed"
