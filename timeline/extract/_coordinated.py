"""Plans told with other news: which statements are plans (`_told_as_plan`), and a plan
coordinated after the news of its clause: "L'opération valorise Globex à 2 milliards et est
censée être bouclée d'ici fin août", "Acme a affirmé être en désaccord et prévoir de faire
appel", "Acme bought Globex and plans to list it". The clause is typed by its first verb; the
verb phrase after "et"/"and" says what the organisation means to do, a plan of its own.
"""

from __future__ import annotations

import re

from timeline.extract import cues as lexicon
from timeline.extract._dating import Dating
from timeline.extract._reading import SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract.cues import CueType

__all__ = ["CoordinatedPlans"]

_PLAN_TAIL = re.compile(
    r"(?:\bet|\band)\s+(?P<plan>(?:(?:de |d')?prevoir|prevoit|prevoient|compte|comptent|entend"
    r"|entendent|envisage|envisagent)\s+(?:de |d')?\w+"
    r"|(?:est|sont) (?:censee?s?|appelee?s?) a?\s*\w+|devrai(?:t|ent) \w+"
    r"|(?:plans?|intends?|aims?|expects?) to \w+|(?:is|are) (?:expected|set) to \w+)"
)
"""A verb phrase of intention after "et"/"and": "et prévoir de faire appel", "et est censée être
bouclée", "et devrait", "and plans to", "and is expected to"."""

_INTENT = re.compile(
    r"\b(?:prevoi\w*|envisag\w*|entend\w*|souhait\w*|veut|veulent|compte\w*|ambitionn\w*"
    r"|projett\w*|plans? to|planning to|intends? to|aims? to|wants? to|hopes? to|seeks? to"
    r"|is considering|are considering)\b"
)
"""Words of intention: what they govern is a plan, not yet the news itself."""
_EVALUATED = re.compile(
    r"\b(?:the|this|that|ce|cette|cet|ces|l'|le|la|les)\s*(?:acquisition|combination|transaction"
    r"|deal|merger|agreement|partnership|addition|investment|new facility|project|projet"
    r"|operation|rapprochement|accord|partenariat|fusion|etapes?|steps?)\b[^.;]{0,80}?"
    r"\b(?:will|would|should|doit|devrait|devraient|permettra|permettront|va|vont|auront|aura)\b"
)
"""A deal or a project as the subject of a verb in the future: what it will bring."""
_WE_WILL = re.compile(
    r"\b(?:we will|we'll|we plan|we intend|nous allons|nous comptons|nous prevoyons)\b"
)
"""The speaker's own plan in the first person."""
_PLANNABLE = frozenset(
    {
        "fact_asserted",
        "product_released",
        "offering_launched",
        "product_made_available",
        "stance_stated",
    }
)
"""The types a statement about the future is not: it is a plan, stated on its day."""
_PROJECT = re.compile(r"\b(?:projets? d'|projets? de |proposed )$")
"""A project before a deal's noun ("un projet d'offre publique d'achat", "a proposed takeover")."""
_CONDITION = re.compile(r"\b(?:soumise?s? a|subject to|sous reserve|conditional (?:on|upon))\b")
"""A condition a deal awaits ("soumise à l'accord", "subject to approval")."""

_NOT_PLANNED = frozenset({"plan_announced", "role_held", "founded"})
"""Types whose clause holds no plan of its own beside them."""


class CoordinatedPlans(Dating):
    """Which statements are plans, and the plan told after the news of a clause."""

    def _told_as_plan(
        self,
        info: SentenceInfo,
        final_kind: str,
        cue: lexicon.Cue,
        planned: bool,
        start: int,
        end: int,
    ) -> bool:
        """True when the statement of type `final_kind` read from `cue` is a plan: a type
        that is no plan of its own (`_PLANNABLE`), or a deal told as a project, told in the
        future or with a word of plan, or a deal told as pending on a condition.
        """
        kind = cue.kind
        # A partnership told in the future ("the two will be partnering", "leur partenariat
        # prévoit") is the agreement's news, as it is when its parties are named; so is a site
        # to come ("Globex va s'implanter sur des terrains d'Initech"), opened or planned,
        # unless a word of intention makes it a plan ("Acme veut ouvrir une usine").
        site = kind is CueType.SITE and not planned
        if final_kind == "fact_asserted" and (kind is CueType.PARTNERSHIP or site):
            return False
        # A deal told as a project to come ("déposera un projet d'offre publique d'achat",
        # "will file a proposed takeover") is a plan, not the deal.
        projected = kind is CueType.ACQUISITION and bool(
            _PROJECT.search(self.folded, max(start, cue.start - 12), cue.start)
        )
        if final_kind == "partnership_announced" and not _INTENT.search(self.folded, start, end):
            # "Globex and Initech will announce a partnership": its parties named, the news of
            # the agreement; "prévoit de nouer un partenariat", an intention, stays a plan
            return False
        if final_kind not in _PLANNABLE and not projected:
            # Company news told by its noun, without a figure of its own, in a clause whose
            # verb is in the future ("Les licenciements s'étaleront sur deux ans",
            # "Globex contestera la décision du tribunal"): what is still to happen, a plan.
            # With a figure ("its workforce will shrink to 900 people") the clause tells the
            # news itself.
            return (
                cue.nominal
                and not re.search(r"\d", self.text[start:end])
                and self._simple_future(info, start, end)
            )
        # A deal whose parties were not read, told as subject to a condition ("L'acquisition
        # est soumise à l'accord des autorités"): what is still to happen, a plan.
        pending = kind is CueType.ACQUISITION and bool(_CONDITION.search(self.folded, start, end))
        if (
            final_kind == "stance_stated"
            and not planned
            and _EVALUATED.search(self.folded, start, end)
            and not _WE_WILL.search(self.folded, start, end)
        ):
            # "Doe said the acquisition would expand and strengthen its portfolio": a view
            # of what the deal will bring, a stance, not a plan
            return False
        return planned or pending or self._future(info, start, end)

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
