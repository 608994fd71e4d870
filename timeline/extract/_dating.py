"""When a statement happened: the date words inside its clause, a date opening the sentence, a
coordinated dated clause, the statement that introduced reported speech, else an anchor (done
before the report, or true on its day); and statements about the future, which are plans
stated on their day, aimed at the future date words of their clause.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.errors import DateError
from timeline.extract import cues as lexicon
from timeline.extract._fields import FieldReader
from timeline.extract._reading import PRONOUN_SPEAKER, SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._segments import Segment
from timeline.extract.cues import CueType, find_cues
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense, resolve

__all__ = ["Dating"]

_ATTRIBUTION = re.compile(r"(?:according to|selon|d'apres|aux dires de|citing)\b")
"""Words that open an attribution of what follows or precedes to a source."""
_PERSON_PRONOUN = re.compile(r"\s*(?:and |but )?(?:he|she)\b")
"""A clause whose subject is a person by its English pronoun ("he will work"): French "il"
is as often the company."""
_PERFECT = re.compile(
    r"\b(?:(?:has|have) (?:been |just )?(?:appointed|named|elected|chosen|hired)"
    r"|(?:est|sont) (?:\w+ment |aussi |egalement )?(?:nomme|designe|promu|elu|choisi|appele)"
    r"(?:e|s|es)?)\b"
)
"""An English present perfect of appointing, or the French present passive ("est nommée
directrice"): news of the day it is reported."""
_BASE = re.compile(
    r"\b(?:from|versus|vs\.?|compared (?:with|to)|than|par rapport (?:a|au|aux)|contre|sur)"
    r"\s+(?:[^\s,;]+\s+){0,4}$"
)
"""Words before the date of the period a figure is compared with ("from $15.33 billion a year
ago", "contre 12 millions en 2020"): not when the result was reported."""
_DEADLINE = re.compile(r"\b(?:d'ici|a l'horizon|by)\s+(?:(?:la|le|l'|the)\s*)?$")
"""Words before a date that make it a deadline ("d'ici fin août", "by March")."""
_STATES = frozenset({CueType.VALUATION, CueType.RESULTS, CueType.PARTNERSHIP})
"""Company news that is a state holding on the day it is reported ("valorisé à 2 milliards"),
or a result reported in the article, not an event done before it."""
_CHANGE = re.compile(
    r"suppress|supprim|licenci|plan social|departs|embauch|recrut|lay|laid|cut|eliminat|hir"
    r"|reduc|reduire|creer|creation|add|ajout"
)
"""Words of a change in headcount; a headcount without them is a state ("emploie 560
personnes", "has 120,300 employees"), true on the day it is reported."""
_CONDITIONAL = {
    "fr": re.compile(
        r"^(?:serai[t]?|seraient|devrai[t]?|devraient|pourrai[t]?|pourraient"
        r"|permettrai[t]?|permettraient|aurai[t]?|auraient|[a-z]{4,}erai(?:t|ent))$"
    ),
    "en": re.compile(r"^(?:would)$"),
}
"""The conditional of plans and forecasts ("serait réalisée", "would pay")."""
_ROLE_APPOSITION = re.compile(
    r",\s*(?:l'|le |la |the |an? |son |sa |its |their |leur )?"
    r"(?:ancien(?:ne)? |former |ex-|nouveau |nouvelle |new |actuel(?:le)? |current )?"
)
"""What comes between a person's name and the role after it."""
_PENDING = re.compile(
    r"\b(?:annonce|annoncent|s'appret\w*|en passe de|envisage\w*|negocie\w*|discute\w*"
    r"|emploie|emploient|compte|comptent|actuellement|desormais|possede|detient)\b"
)
_COORDINATED = re.compile(r"^(?:et|puis|and|then)\s+\w+")
_CIRCUMSTANCE = re.compile(r"^(?:lors d|au cours d|pendant|durant|during|at an?|at the)\b")


class Dating(FieldReader):
    """The dating of statements and the reading of plans."""

    _people_found: set[str] | None = None

    @property
    def _people(self) -> set[str]:
        """The names the article gives again by their surname, or follows with a role ("Paul
        Martin, ancien rédacteur en chef"): people, never "the company".
        """
        if self._people_found is None:
            found = self.entities.people()
            for m in self.entities.mentions:
                if " " not in m.name:
                    continue
                after = _ROLE_APPOSITION.match(self.folded, m.end)
                if after and lexicon.ROLE_NOUNS.match(self.folded, after.end()):
                    found.add(self.entities.id_of(m.name))
            self._people_found = found
        return self._people_found

    def _ahead(self, date: Tag) -> bool:
        """True when date words name a span after the publication day even read as the
        past ("au printemps prochain" in a February article, "next year"): a clause dated so
        speaks of the future. A date without its year ("September 5") is the past one.
        """
        try:
            span = resolve(date.text, self.published, lang=self.lang, tense=Tense.PAST)
        except DateError:
            return False
        first = span.start
        return first is not None and first > self.published

    def _attribution_only(self, start: int, end: int) -> bool:
        """True for a clause that only says where something comes from ("According to the
        release", "Selon le communiqué publié simultanément à Paris"): an attribution, with
        no figure and no word of company news.
        """
        if not _ATTRIBUTION.match(self.folded, start):
            return False
        if re.search(r"\d", self.folded[start:end]):
            return False
        cues = find_cues(self.folded, self.lang, start, end)
        return not any(c.kind in lexicon.COMPANY_NEWS for c in cues)

    def _done(self, info: SentenceInfo, start: int, end: int) -> bool:
        """True when a clause of company news tells it as done: in the past, or in French in
        the present of narration ("X lève 5 millions", "Y rachète Z") unless the verb
        announces or prepares it ("annonce", "s'apprête à", "en passe de").
        """
        if self._past(start, end):
            return True
        if self.lang != "fr" or self._future(info, start, end):
            return False
        return not _PENDING.search(self.folded, start, end)

    def _future(self, info: SentenceInfo, start: int, end: int) -> bool:
        """True when the clause's verb, outside quotations, speaks of the future."""
        words = [
            m.group().lower()
            for m in re.finditer(r"[\w'-]+", self.text[start:end])
            if not info.in_quote(start + m.start())
        ]
        if verb_tense(words, self.lang) is Tense.FUTURE:
            return True
        return any(_CONDITIONAL[self.lang].match(w) for w in words)

    def _plan(
        self,
        info: SentenceInfo,
        fields: dict[str, Any],
        quote: str,
        start: int,
        end: int,
        cue: str,
        said: str | None = None,
    ) -> DraftEvent | None:
        """A statement about the future: a plan of its organisation, known from the day it
        was stated (a past date in the clause, or the publication day), aimed at the future
        date words of the clause when it has them ("d'ici fin 2025", "next year").
        """
        if _PERSON_PRONOUN.match(self.folded, start):
            return None  # "He will work through the notice period": a person's, no company plan
        org = fields.get("organization") or fields.get("entity") or fields.get("about")
        if "speaker" in fields:
            org = self._org_of(fields["speaker"])
        if not isinstance(org, str):
            return None
        if org in self._people and self.context.topic_org is not None:
            org = self.context.topic_org
        if self.entities.kinds.get(org, "organization") not in ("organization", ""):
            org = self._org_of(org)
            if self.entities.kinds.get(org, "organization") not in ("organization", ""):
                org = self.context.topic_org
        if org is None:
            return None
        plan_fields: dict[str, Any] = {"organization": org, "plan": quote}
        when: str | None = None
        if said is not None and not (start <= self.text.find(said, start) < end):
            # the date of the sentence or of the speech that frames the clause: when it was said
            when = said if self._resolves(said, Tense.PAST) else None
        for date in info.dates:
            if date.start < start or date.end > end:
                continue
            before = self.folded[max(start, date.start - 14) : date.start]
            ahead = (
                date.tense is Tense.FUTURE
                or lexicon.PLAN_TARGET.search(before)
                or self._ahead(date)
            )
            words = date.text
            if ahead and "target" not in plan_fields and self._resolves(words, Tense.FUTURE):
                plan_fields["target"] = words
            elif not ahead and when is None and self._resolves(words, Tense.PAST):
                when = words
        return DraftEvent(
            "plan_announced", plan_fields, quote, start, when, None, Tense.PAST, (), cue
        )

    def _resolves(self, words: str, tense: Tense) -> bool:
        try:
            span = resolve(words, self.published, lang=self.lang, tense=tense)
        except DateError:
            return False
        if tense is Tense.PAST:
            return span.end_key <= self.published.toordinal() + 1
        return True

    def _when(
        self,
        info: SentenceInfo,
        kind: CueType,
        date: Tag | None,
        frame: Tag | None,
        previous: list[DraftEvent],
        seg: Segment,
        start: int,
        end: int,
    ) -> tuple[str | None, str | None, Tense]:
        ctx = self.context
        if date is not None and self._not_its_date(info, kind, date, start):
            date = None
        if self._takes_effect(info, kind, date, start, end):
            # "a proposé de nommer au 1er juillet un directeur général": the day it takes
            # effect; the appointment is the news of the day it is reported (where "will
            # take the role from 1 July" is dated by that day)
            return None, None, Tense.PAST
        if date is not None:
            return date.text, None, self._clause_tense(date)
        if frame is not None:
            return frame.text, None, self._clause_tense(frame)
        beside = self._date_beside(info, seg) if kind is not CueType.STANCE else None
        if beside is not None:
            return beside.text, None, self._clause_tense(beside)
        lead = self.folded[seg.start : seg.end]
        joined = _COORDINATED.match(lead) or _CIRCUMSTANCE.match(lead)
        dated = next(
            (
                e
                for e in reversed(previous)
                if e.when is not None and e.fields.get("period") != e.when
            ),
            None,
        )  # "reported losses for 2021 and outlined job cuts": the period is not a day of news
        if joined and dated is not None:
            return dated.when, None, dated.tense
        if kind is CueType.STANCE and ctx.last_stance_when is not None:
            body = self.folded[start:end]
            same_paragraph = ctx.last_stance_paragraph == info.sentence.paragraph
            if same_paragraph or PRONOUN_SPEAKER.search(body):
                return ctx.last_stance_when, None, Tense.PAST
        past = self._past(seg.start, seg.end)
        state = kind is CueType.HEADCOUNT and not _CHANGE.search(self.folded, start, end)
        if kind in (CueType.APPOINTMENT, CueType.DEPARTURE) and not past:
            # "Jeanne Dupont prend le rôle de directrice", "est nommée": the day's news, where
            # the present of narration of a round or a deal tells what was done before
            state = True
        if kind is CueType.APPOINTMENT and _PERFECT.search(self.folded, start, end):
            state = True  # "has been appointed", "has named": announced in the report
        if kind in lexicon.COMPANY_NEWS - _STATES and not state and self._done(info, start, end):
            # A round, a deal, a departure reported as done without a date: done before the
            # report.
            return None, "before", Tense.PAST
        if kind in (CueType.FOUNDED, CueType.LAUNCH, CueType.PARTNERSHIP) and past:
            return None, "before", Tense.PAST
        if kind is CueType.LAUNCH and re.search(r"\b(?:apres avoir|after)\b", lead):
            return None, "before", Tense.PAST
        return None, None, Tense.PAST

    def _takes_effect(
        self, info: SentenceInfo, kind: CueType, date: Tag | None, start: int, end: int
    ) -> bool:
        """True for the date of an appointment or a departure after the publication day, in
        a clause not in the future: the day it takes effect.
        """
        if date is None or kind not in (CueType.APPOINTMENT, CueType.DEPARTURE):
            return False
        return self._ahead(date) and not self._future(info, start, end)

    def _not_its_date(self, info: SentenceInfo, kind: CueType, date: Tag, start: int) -> bool:
        """True when date words inside a clause do not say when its news happened: the
        period a figure is compared with ("Revenue fell 8% from $15.33 billion a year ago"),
        or a deadline ("doit être bouclée d'ici fin août", "to close by March"), which is
        when something is due, not when it was done.
        """
        before = self.folded[max(start, date.start - 40) : date.start]
        if _DEADLINE.search(before):
            return True
        return kind is CueType.RESULTS and bool(_BASE.search(before))

    def _date_beside(self, info: SentenceInfo, seg: Segment) -> Tag | None:
        """The date of a clause next to this one that says nothing else: the clause just
        before it when it has no cue of its own ("Globex became the largest startup
        last year, with a valuation of..."), or the speech just after it that dates the
        announcement ("..., CEO Jane Doe told staff in a memo Thursday").
        """
        i = info.segment_index(seg)
        if i is None:
            return None
        segs = info.segments
        if i > 0:
            prev = segs[i - 1]
            date = self._date_in(info, prev.start, prev.end)
            if date is not None and self._cue(info, prev) is None:
                return date
        if i + 1 < len(segs):
            nxt = segs[i + 1]
            cue = self._cue(info, nxt)
            date = self._date_in(info, nxt.start, nxt.end)
            if date is not None and cue is not None and cue.kind is CueType.STANCE:
                return date
        return None

    def _dated_clauses(self, info: SentenceInfo) -> list[DraftEvent]:
        """A dated clause with no cue: a generic fact about its subject."""
        out = []
        seen: set[tuple[Segment, str, Tense]] = set()  # the same words in a clause: one event
        for date in info.dates:
            seg = info.segment_holding(date.start, date.end)
            if seg is None or self._only_date(info, seg):
                continue
            tense = self._clause_tense(date)
            if (seg, date.text, tense) in seen:
                continue
            seen.add((seg, date.text, tense))
            rest = self.folded[seg.start : date.start] + " " + self.folded[date.end : seg.end]
            bare = len(re.findall(r"[a-z]{3,}", rest)) < 3
            if bare or self._attribution_only(seg.start, seg.end):
                continue  # "Earlier today", "Prior to today (September 21)": a date, no fact
            subject = self._subject(info, seg.end)
            if subject is None:
                continue
            clause = self.text[seg.start : seg.end]
            fields = {"entity": subject, "attribute": "events", "value": clause}
            later = self._future(info, seg.start, seg.end) or self._ahead(date)
            if tense is Tense.FUTURE or later:
                # "Cette voiture sera disponible au printemps": a plan stated on its day
                plan = self._plan(info, fields, clause, seg.start, seg.end, "date")
                if plan is not None:
                    out.append(plan)
                continue
            out.append(
                DraftEvent(
                    "fact_asserted",
                    fields,
                    clause,
                    seg.start,
                    date.text,
                    None,
                    tense,
                    (),
                    "date",
                )
            )
        return out
