"""A plan coordinated after the news of its clause: "L'opération valorise Globex à 2 milliards et
est censée être bouclée d'ici fin août", "Acme a affirmé être en désaccord et prévoir de faire
appel", "Acme bought Globex and plans to list it". The clause is typed by its first verb; the
verb phrase after "et"/"and" says what the organisation means to do, a plan of its own.
"""

from __future__ import annotations

import re

from timeline.extract._dating import Dating
from timeline.extract._reading import SentenceInfo
from timeline.extract._seedfile import DraftEvent

__all__ = ["CoordinatedPlans"]

_PLAN_TAIL = re.compile(
    r"(?:\bet|\band)\s+(?P<plan>(?:(?:de |d')?prevoir|prevoit|prevoient|compte|comptent|entend"
    r"|entendent|envisage|envisagent)\s+(?:de |d')?\w+"
    r"|(?:est|sont) (?:censee?s?|appelee?s?) a?\s*\w+|devrai(?:t|ent) \w+"
    r"|(?:plans?|intends?|aims?|expects?) to \w+|(?:is|are) (?:expected|set) to \w+)"
)
"""A verb phrase of intention after "et"/"and": "et prévoir de faire appel", "et est censée être
bouclée", "et devrait", "and plans to", "and is expected to"."""

_NOT_PLANNED = frozenset({"plan_announced", "role_held", "founded"})
"""Types whose clause holds no plan of its own beside them."""


class CoordinatedPlans(Dating):
    """The plan told after the news of a clause."""

    def _coordinated_plan(self, info: SentenceInfo, event: DraftEvent) -> list[DraftEvent]:
        """The plan coordinated after `event`'s news in its clause, quoted from its verb to
        the end of the clause, as a plan of the organisation the clause is about; none when
        the clause has no such verb phrase, or has it inside a quotation.
        """
        if event.type in _NOT_PLANNED:
            return []
        end = event.start + len(event.quote)
        tail = _PLAN_TAIL.search(self.folded, event.start, end)
        if tail is None or info.in_quote(tail.start()):
            return []
        fields = event.fields
        org = next(
            (
                fields[k]
                for k in ("organization", "acquirer", "entity", "about", "speaker")
                if isinstance(fields.get(k), str)
            ),
            None,
        )
        if org is None:
            return []
        start = tail.start("plan")
        plan = self._plan(
            info, {"organization": org}, self.text[start:end], start, end, "plan", event.when
        )
        return [] if plan is None else [plan]
