"""Company news about people: appointments to a role and departures from one, with the
successions they imply.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from timeline.vocabulary._base import Change, Names, Reported


def _took_over(
    role: str, organization: str, successor: str, predecessor: str | None, name: Names
) -> tuple[Change, ...]:
    """A person took a role at an organisation, perhaps from a predecessor: the organisation's
    single-valued role attribute holds the person; the person's and the predecessor's
    `<role> at <organisation>` say appointed and departed; the predecessor is one of the
    organisation's `former <role>`.
    """
    at = f"{role} at {name(organization)}"
    after = f", succeeding {name(predecessor)}" if predecessor else ""
    out = [
        Change(entity=organization, attribute=role, value=name(successor), single=True),
        Change(entity=successor, attribute=at, value="appointed" + after, single=True),
    ]
    if predecessor:
        out.append(
            Change(
                entity=predecessor,
                attribute=at,
                value=f"departed, succeeded by {name(successor)}",
                single=True,
            )
        )
        out.append(_former(role, organization, predecessor, name))
    return tuple(out)


def _former(role: str, organization: str, person: str, name: Names) -> Change:
    """The person is one of the organisation's `former <role>`: several people may have held
    a role before, so the attribute is not single-valued.
    """
    return Change(entity=organization, attribute=f"former {role}", value=name(person))


@attrs.frozen(kw_only=True)
class PersonAppointed(Reported):
    """A person was appointed to a role (chief executive, ...) at an organisation, perhaps
    succeeding a predecessor.

    The organisation's role attribute is single-valued, so "who holds it as of D" is the
    latest definite appointment (or departure, see `PersonDeparted`) by D. The person's
    `<role> at <organisation>` is "appointed"; a named predecessor's is "departed".
    """

    TYPE: ClassVar[str] = "person_appointed"
    ROLES: ClassVar[tuple[str, ...]] = ("person", "organization", "predecessor")
    person: str
    role: str
    organization: str
    predecessor: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The person holds the role at the organisation; a predecessor no longer does."""
        return _took_over(self.role, self.organization, self.person, self.predecessor, name)


@attrs.frozen(kw_only=True)
class PersonDeparted(Reported):
    """A person left a role at an organisation, perhaps with a named successor.

    Within the fold of single-valued attributes, a departure is a new value of the
    organisation's role attribute, dated by the departure's span: the successor's name when
    one is given (the same changes as the successor's appointment with this predecessor, so
    the two reports agree), else `vacant (<person> departed)`. Either way the person no longer
    holds the role as of that span (while the span straddles the query date, the new value is
    shown as possible beside the person). The person's `<role> at <organisation>` becomes
    "departed", and the person is one of the organisation's `former <role>`. A vacancy and
    an appointment reported over overlapping spans are two definite values that contradict
    each other, so the role shows as disputed until a source names the successor.
    """

    TYPE: ClassVar[str] = "person_departed"
    ROLES: ClassVar[tuple[str, ...]] = ("person", "organization", "successor")
    person: str
    role: str
    organization: str
    successor: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The successor holds the role (or it is vacant); the person no longer does."""
        if self.successor:
            return _took_over(self.role, self.organization, self.successor, self.person, name)
        return (
            Change(
                entity=self.organization,
                attribute=self.role,
                value=f"vacant ({name(self.person)} departed)",
                single=True,
            ),
            Change(
                entity=self.person,
                attribute=f"{self.role} at {name(self.organization)}",
                value="departed",
                single=True,
            ),
            _former(self.role, self.organization, self.person, name),
        )
