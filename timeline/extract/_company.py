"""The fields of company news proper: funding rounds, acquisitions, appointments, departures,
results, headcount, sites and legal actions, read from a clause and its sentence.

Each reading takes the clause's cue (`cues.COMPANY_NEWS`) and looks for what the event type
needs; when a needed field is missing (a round with no amount, a site with no place) it gives
up and the caller falls back to a weaker cue or to `fact_asserted`. The readings are rules on
the folded text and the name mentions: which side of the verb a name is on, the preposition
before it ("led by", "auprès de", "par"), whether the verb is passive ("a été nommé",
"was fined"), and the subject of a clause that opens on its verb after an apposition
("Acme, a Berlin-based startup, raised...").

The readings are grouped by kind: `_deals` (rounds, acquisitions, sales), `_people`
(appointments, departures), `_figures` (results, headcounts, sites, legal actions), on the
helpers of `_company_base` (who does what in a clause).
"""

from __future__ import annotations

from timeline.extract import cues as lexicon
from timeline.extract._company_base import Reading
from timeline.extract._deals import DealFields
from timeline.extract._figures import FigureFields
from timeline.extract._people import PeopleFields
from timeline.extract._reading import SentenceInfo
from timeline.extract.cues import CueType

__all__ = ["CompanyFields", "Reading"]


class CompanyFields(DealFields, PeopleFields, FigureFields):
    """Reads the fields of the company-news event types (see the module's docstring)."""

    def _company(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        """The fields and type of the company-news statement at `[start, end)`, or None."""
        reading = self._read(info, cue, start, end, i)
        if reading is not None:
            # The role in the event says the kind: what raises, buys or is bought is an
            # organisation, whatever a guess from the name said.
            for role in ("organization", "acquirer", "target", "authority"):
                entity = reading[0].get(role)
                if isinstance(entity, str) and not self.entities.named_person(entity):
                    self.entities.kinds[entity] = "organization"
        return reading

    def _read(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        """The reading of the cue's kind, or None (a valuation's stays with `_fields`)."""
        readings = {
            CueType.FUNDING: self._funding,
            CueType.ACQUISITION: self._acquisition,
            CueType.APPOINTMENT: self._appointment,
            CueType.DEPARTURE: self._departure,
            CueType.RESULTS: self._results,
            CueType.HEADCOUNT: self._headcount,
            CueType.SITE: self._site,
            CueType.LEGAL: self._legal,
        }
        reading = readings.get(cue.kind)
        return None if reading is None else reading(info, cue, start, end, i)
