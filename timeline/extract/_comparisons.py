"""The figure a result is compared with: "Earnings were $4.2 million, compared with $5.1
million a year ago", "un bénéfice de 12 millions d'euros, contre 9 millions en 2023". The base
of the comparison is a result of its own, of the earlier period its own date words name, and
those date words are not the period of the figure it is compared with.
"""

from __future__ import annotations

import re

import attrs

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


_SCALED = re.compile(
    r"(?:(?:a|an|a net \w+ of|un|une|de) )?\d[\d.,]*\s?(?:%|percent|pour cent|milliards?|millions?"
    r"|billions?|bn|mds?|m)\b"
)
"""A figure whose currency is that of the figure it is compared with ("contre 2,28
milliards"), or a share: right after the word of comparison."""


_EARLIER_PERIOD = re.compile(
    r"\b(?:(?:in|for|over|during) )?(?:the )?(?:(?:prior|previous|preceding|year-?earlier"
    r"|year-?ago) (?:year|quarter|period|half|fiscal year|financial year|twelve months)"
    r"|(?:a|one) year (?:earlier|before)"
    r"|(?:l'|un )?(?:annee|exercice|trimestre|semestre|periode) (?:precedente?|d'avant)"
    r"|(?:un|1) an (?:auparavant|plus tot|avant)"
    r"|(?:sur )?la meme periode (?:de l'annee (?:precedente|derniere)|un an plus tot))\b"
)
"""An earlier period told by its distance to the figure compared with, not by date words
that resolve ("compared with $6.8 million in the prior year", "contre 2,28 milliards un an
auparavant"): the base is a result of an earlier, unknown day. "a year ago" is left to the date
words, which resolve it."""


_BACKWARD = re.compile(
    r"\b(?:ago|earlier|before|last|previous|prior|dernier|derniere|precedente?|plus tot"
    r"|auparavant)\b"
)
"""Date words that look back from the figure's own period ("a year ago", "last year"): after
a bare "from", only they date the base; "rose to $20 million from $15 million in the first
quarter" tells the move of one quarter."""


def _index(events: list[DraftEvent], event: DraftEvent) -> int:
    """The place of `event` itself in `events` (not of an equal one)."""
    return next(k for k, e in enumerate(events) if e is event)


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
            bare = _SCALED.match(self.folded, m.end(), seg.end)
            if (not money or money[0].start > COMPARED_NEAR) and bare is None:
                continue
            if OTHER_FIGURE.search(self.folded, m.end(), seg.end):
                continue  # "against $5 million spent on research", "contre 15 millions visés"
            date = info.date_within(m.end(), seg.end)
            metric = _metric_of(base)
            quote = self.text[m.start() : seg.end]
            organization = base.fields.get("organization") or base.fields["entity"]
            earlier = _EARLIER_PERIOD.search(self.folded, m.end(), seg.end)
            if earlier is not None and (
                date is None or earlier.start() <= date.start < earlier.end()
            ):
                # "contre 2,28 milliards un an auparavant": of an earlier, unknown day
                fact = {"entity": organization, "attribute": f"results ({metric})", "value": quote}
                out.append(
                    DraftEvent(
                        "fact_asserted", fact, quote, m.start(), None, "before", Tense.PAST,
                        (), "results",
                    )
                )  # fmt: skip
                continue
            if not money or money[0].start > COMPARED_NEAR:
                continue  # a figure without its currency is a result only as a quote
            if (
                date is not None
                and date.text in (base.when, base.fields.get("period"))
                and self._dated_after(base, date.text, m.start())
                and (m.group().strip() != "from" or _BACKWARD.search(fold(date.text)))
            ):
                # "s'établit à 17 millions contre 25 millions en 2023": the date words are
                # the base's, not the figure's, which is of the period the article tells
                undated = self._undated(base, date.text, m.start())
                events[_index(events, base)] = results[_index(results, base)] = undated
                quote = self.text[m.start() : max(date.end, m.end() + money[0].end)]
            elif date is None or date.text in (base.when, base.fields.get("period")):
                continue  # a base dated as the figure it is compared with is none
            fields = {
                "organization": organization,
                "metric": metric,
                "period": date.text,
                "value": money[0].value,
                "currency": money[0].currency,
            }
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

    def _dated_after(self, event: DraftEvent, words: str, at: int) -> bool:
        """Whether the date `words` of `event` are written only after `at`, in the
        comparison that follows its figure, not before it.
        """
        return words not in self.text[event.start : at]

    def _undated(self, event: DraftEvent, words: str, at: int) -> DraftEvent:
        """`event` without the comparison's date `words` as its date or period: its quote
        stops before the word of comparison at `at`, and it is told on the publication day;
        a result whose period they were is filed under its metric.
        """
        quote = self.text[event.start : at].rstrip(" ,;")
        fields = event.fields
        kind = event.type
        if event.fields.get("period") == words:
            # a result without its period is filed under its metric, as one never dated
            organization = event.fields.get("organization") or event.fields["entity"]
            label = f"results ({event.fields['metric']})"
            fields, kind = (
                {"entity": organization, "attribute": label, "value": quote},
                "fact_asserted",
            )
        if event.when is None or event.when == words:
            return attrs.evolve(
                event, type=kind, fields=fields, quote=quote, when=None, anchor="published"
            )
        return attrs.evolve(event, type=kind, fields=fields, quote=quote)
