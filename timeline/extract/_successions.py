"""Successions told across sentences: a departure and the appointment to the same role.

An article often tells who leaves a role in one sentence and who takes it in another ("Globex
announced its CEO Jane Roe will step down. John Doe, the next Globex CEO, ..."). Read one
sentence at a time, the departure has no successor, so its fact leaves the role vacant and
the state shows no one in it. `linked` joins the two: a departure without a successor takes
as successor the one other person appointed to the same role at the same organisation in the
article, and that appointment takes the departed person as predecessor. When several people
are appointed to the role, the article tells more than one succession and nothing is joined.

A departure told again later in the article with other date words ("will step down on 15
January", "until he retires in May") is joined to the same successor, so it does not leave
vacant the role the successor then holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from timeline.extract._seedfile import DraftEvent
from timeline.extract._text import fold

__all__ = ["linked", "role_key"]

_SAME_ROLE: tuple[frozenset[str], ...] = (
    frozenset({"ceo", "chief executive", "chief executive officer", "group chief executive"}),
    frozenset({"cfo", "chief financial officer", "finance director"}),
    frozenset({"coo", "chief operating officer"}),
    frozenset({"chair", "chairman", "chairwoman", "chairperson", "board chair"}),
    frozenset({"pdg", "president-directeur general", "presidente-directrice generale"}),
    frozenset({"directeur general", "directrice generale", "dg"}),
    frozenset({"directeur financier", "directrice financiere"}),
    frozenset({"president", "presidente"}),
)
"""Spellings of one role in one language ("CEO", "chief executive officer")."""

_KEY = {spelling: min(group) for group in _SAME_ROLE for spelling in group}


def role_key(role: str) -> str:
    """A role's spelling folded to one of its group ("Chief Executive Officer" and "CEO" give
    the same key); a role of no group is its folded words.
    """
    words = " ".join(re.findall(r"[\w'-]+", fold(role).lower()))
    return _KEY.get(words, words)


def _key(event: DraftEvent) -> tuple[str, str, str] | None:
    person, role, org = (event.fields.get(k) for k in ("person", "role", "organization"))
    if not (isinstance(person, str) and isinstance(role, str) and isinstance(org, str)):
        return None
    return person, role_key(role), org


_ROLE_TYPES = frozenset({"person_appointed", "person_departed", "role_held"})


def _one_spelling(events: Sequence[DraftEvent]) -> list[DraftEvent]:
    """The events with each role at an organisation written as the article first wrote it
    ("CEO" throughout, though a later sentence says "chief executive officer"): `state` keeps
    a role as an attribute of its own, so that a departure from "chief executive" vacates the
    "CEO" an appointment filled.
    """
    first: dict[tuple[str, str], str] = {}
    out = []
    for e in events:
        role, org = e.fields.get("role"), e.fields.get("organization")
        if e.type not in _ROLE_TYPES or not isinstance(role, str) or not isinstance(org, str):
            out.append(e)
            continue
        spelling = first.setdefault((role_key(role), org), role)
        out.append(
            e if spelling == role else attrs.evolve(e, fields={**e.fields, "role": spelling})
        )
    return out


def linked(events: Sequence[DraftEvent]) -> list[DraftEvent]:
    """The events with each succession joined (see the module's docstring), in order, each
    role at an organisation in one spelling.
    """
    out = _one_spelling(events)
    appointed: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(out):
        key = _key(e) if e.type == "person_appointed" else None
        if key is not None:
            appointed.setdefault((key[1], key[2]), []).append(i)
    for i, e in enumerate(out):
        key = _key(e) if e.type == "person_departed" else None
        if key is None or "successor" in e.fields:
            continue
        person, role, org = key
        others = [j for j in appointed.get((role, org), []) if out[j].fields["person"] != person]
        if len({out[j].fields["person"] for j in others}) != 1:
            continue  # no one, or more than one succession told
        successor = out[others[0]].fields["person"]
        out[i] = attrs.evolve(e, fields={**e.fields, "successor": successor})
        for j in others:
            if "predecessor" not in out[j].fields:
                out[j] = attrs.evolve(out[j], fields={**out[j].fields, "predecessor": person})
    return _successors_appointed(out)


def _successors_appointed(events: list[DraftEvent]) -> list[DraftEvent]:
    """The events with, after each departure that names its successor ("will be replaced
    by John Smith", "laissera son poste à Jeanne Dupont"), the successor's appointment to the
    role, when the article tells it nowhere else: the news is both.
    """
    told = {e.fields.get("person") for e in events if e.type == "person_appointed"}
    out: list[DraftEvent] = []
    for e in events:
        out.append(e)
        successor = e.fields.get("successor")
        role, org = e.fields.get("role"), e.fields.get("organization")
        if e.type != "person_departed" or not isinstance(successor, str):
            continue
        if not isinstance(role, str) or not isinstance(org, str) or successor in told:
            continue
        fields = {
            "person": successor,
            "role": role,
            "organization": org,
            "predecessor": e.fields["person"],
        }
        out.append(attrs.evolve(e, type="person_appointed", fields=fields, cue="successor"))
        told.add(successor)
    return out
