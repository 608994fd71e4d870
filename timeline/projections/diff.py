"""The difference between two states of one entity."""

from __future__ import annotations

import attrs

from timeline.projections.state import Fact, State

__all__ = ["Diff", "diff_states"]


@attrs.frozen
class Diff:
    """Facts that appeared, disappeared, or went from possible to definite (or back)."""

    before: State
    after: State
    added: tuple[Fact, ...]
    removed: tuple[Fact, ...]
    firmed: tuple[Fact, ...]

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.added or self.removed or self.firmed)


def diff_states(before: State, after: State) -> Diff:
    """What changed from `before` to `after`; facts are matched on attribute and value."""
    old = {(f.attribute, f.value): f for f in before.facts}
    new = {(f.attribute, f.value): f for f in after.facts}
    return Diff(
        before=before,
        after=after,
        added=tuple(f for k, f in new.items() if k not in old),
        removed=tuple(f for k, f in old.items() if k not in new),
        firmed=tuple(f for k, f in new.items() if k in old and old[k].certainty != f.certainty),
    )
