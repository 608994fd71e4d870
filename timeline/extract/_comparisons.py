"""The figure a result is compared with: "Earnings were $4.2 million, compared with $5.1
million a year ago", "un bénéfice de 12 millions d'euros, contre 9 millions en 2023". The base
of the comparison is a result of its own, of the earlier period its own date words name, and
those date words are not the period of the figure it is compared with.
"""

from __future__ import annotations

import re

from timeline.extract._fields import FieldReader
from timeline.extract._figures import COMPARED, COMPARED_NEAR, OTHER_FIGURE, metric_named
from timeline.extract._reading import SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._text import fold
from timeline.extract.money import amounts
from timeline.time.normalize import Tense

__all__ = ["Comparisons"]


_RESULTS_LABEL = re.compile(r"results \((?P<metric>[^()]+)\)")
"""The label of a result whose period was not read: "results (revenue)"."""


def _metric_of(event: DraftEvent) -> str | None:
    """The metric of a result: of a result reported, or of one filed under its metric."""
    if event.type == "results_reported":
        return str(event.fields["metric"])
    if event.type != "fact_asserted":
        return None
    attribute = str(event.fields.get("attribute", ""))
    if attribute == "results":  # labelled with its metric only once the draft is done
        return metric_named(fold(event.quote))
    label = _RESULTS_LABEL.fullmatch(attribute)
    return label.group("metric") if label else None


class Comparisons(FieldReader):
    """Results compared with a figure of an earlier period."""

    def _comparison_bases(self, info: SentenceInfo, events: list[DraftEvent]) -> list[DraftEvent]:
        """The bases of the comparisons that follow a result of the sentence, each with an
        amount and date words of its own: a result of the same metric and organisation, from
        the opening word to the end of its segment, dated by those words.
        """
        results = [e for e in events if _metric_of(e) is not None]
        if not results:
            return []
        s = info.sentence
        out = []
        for m in COMPARED.finditer(self.folded, s.start, s.end):
            base = next((e for e in reversed(results) if e.start < m.start()), None)
            seg = info.segment_holding(m.start(), m.end())
            if base is None or seg is None:
                continue
            if any(m.start() <= e.start < seg.end for e in events):
                continue  # the base already has an event of its own
            money = amounts(self.text[m.end() : seg.end], self.lang)
            date = info.date_within(m.end(), seg.end)
            if not money or date is None or date.text in (base.when, base.fields.get("period")):
                continue  # a base dated as the figure it is compared with is none
            if money[0].start > COMPARED_NEAR or OTHER_FIGURE.search(self.folded, m.end(), seg.end):
                continue  # "against $5 million spent on research", "contre 15 millions visés"
            metric = _metric_of(base)
            fields = {
                "organization": base.fields.get("organization") or base.fields["entity"],
                "metric": metric,
                "period": date.text,
                "value": money[0].value,
                "currency": money[0].currency,
            }
            quote = self.text[m.start() : seg.end]
            out.append(
                DraftEvent(
                    "results_reported",
                    fields,
                    quote,
                    m.start(),
                    date.text,
                    None,
                    Tense.PAST,
                    (),
                    "results",
                )
            )
        return out
