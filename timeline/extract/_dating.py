"""When a statement happened: the date words inside its clause, a date opening the sentence, a
coordinated dated clause, the statement that introduced reported speech, else an anchor (done
before the report, or true on its day); and statements about the future, which are plans
stated on their day, aimed at the future date words of their clause.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.errors import DateError
from timeline.extract import _dating_words as rules
from timeline.extract import cues as lexicon
from timeline.extract._fields import LABELS, FieldReader
from timeline.extract._figures import in_comparison, tells_results
from timeline.extract._reading import PRONOUN_SPEAKER, SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._segments import DATELINE, Segment
from timeline.extract.cues import CueType, find_cues
from timeline.extract.money import amounts
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense, resolve

__all__ = ["PLAN_TOPICS", "Dating"]

PLAN_TOPICS = {
    kind: LABELS[kind]
    for kind in (
        CueType.ACQUISITION, CueType.FUNDING, CueType.LEGAL, CueType.DEPARTURE,
        CueType.APPOINTMENT, CueType.HEADCOUNT, CueType.RESULTS, CueType.SITE,
        CueType.PARTNERSHIP, CueType.LAUNCH,
    )
}  # fmt: skip
"""The topics of plans, by the kind of their clause's first cue of company news: the labels
the same news has in a state when done."""


_FOR_PERIOD = re.compile(
    r"\b(?:for|pour|au titre de)\s+(?:the\s+|l'|le\s+|la\s+)?"
    r"(?:(?:fiscal|financial)\s+(?:year\s+)?|exercice\s+|annee\s+)?$"
)
""""For" just before a plan's date: the period the plan is for, not when it was told."""


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
                after = rules.ROLE_APPOSITION.match(self.folded, m.end)
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
        if not rules.ATTRIBUTION.match(self.folded, start):
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
        if self._told_past(start, end):
            return True
        if self.lang != "fr" or self._future(info, start, end):
            return False
        return not rules.PENDING.search(self.folded, start, end)

    def _told_past(self, start: int, end: int) -> bool:
        """True when a clause is told in the past up to a turn ("but", "mais") that adds
        something else in another tense: "struck a deal that required him to resign but will
        let him stay" tells a deal done, whatever it lets happen later.
        """
        turn = rules.TURN.search(self.folded, start, end)
        if turn is not None and self._tense(start, turn.start()) is not None:
            return self._past(start, turn.start())
        return self._past(start, end)

    def _future(self, info: SentenceInfo, start: int, end: int) -> bool:
        """True when the clause's verb, outside quotations, speaks of the future."""
        words = self._unquoted_words(info, start, end)
        if verb_tense(words, self.lang) is Tense.FUTURE:
            return True
        return any(rules.CONDITIONAL[self.lang].match(w) for w in words)

    def _simple_future(self, info: SentenceInfo, start: int, end: int) -> bool:
        """True when the clause's verb, outside quotations, is in the future (not the
        conditional, which tells of what may be: "a round that would value it at").
        """
        return verb_tense(self._unquoted_words(info, start, end), self.lang) is Tense.FUTURE

    def _unquoted_words(self, info: SentenceInfo, start: int, end: int) -> list[str]:
        """The words of the clause outside quotations, in lower case."""
        consensus = [
            (m.start(), m.end()) for m in rules.CONSENSUS.finditer(self.folded, start, end)
        ]  # "versus $13.53 billion expected": what analysts expected, no future of the news
        return [
            m.group().lower()
            for m in re.finditer(r"[\w'-]+", self.text[start:end])
            if not info.in_quote(start + m.start())
            and not any(a <= start + m.start() < b for a, b in consensus)
        ]

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
        date words of the clause when it has them ("d'ici fin 2025", "next year"); a plan
        whose announcement something else came after ("six months after the announcement
        of a plan to") was announced before the report.
        """
        if rules.PERSON_PRONOUN.match(self.folded, start):
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
        topic = self._plan_topic(start, end)
        if topic is not None:
            plan_fields["topic"] = topic
        when: str | None = None
        if said is not None and not (start <= self.text.find(said, start) < end):
            # the date of the sentence or of the speech that frames the clause: when it was said
            when = said if self._resolves(said, Tense.PAST) else None
        for date in info.dates:
            if date.start < start or date.end > end:
                continue
            if rules.PERIOD_OF.match(self.folded, date.end):
                continue  # "will release its third quarter earnings on Tuesday": a period
            before = self.folded[max(start, date.start - 14) : date.start]
            period = bool(  # "a dividend ... for 2019": what it is for
                _FOR_PERIOD.search(self.folded, max(start, date.start - 40), date.start)
            )
            ahead = (
                date.tense is Tense.FUTURE
                or lexicon.PLAN_TARGET.search(before)
                or self._ahead(date)
                # "devrait ouvrir ses portes en novembre": after the verb of the future, a
                # date without its year is the one to come
                or (not re.search(r"\d{4}", date.text) and self._future(info, start, date.start))
            )
            words = date.text
            if ahead and "target" not in plan_fields and self._resolves(words, Tense.FUTURE):
                plan_fields["target"] = words
            elif not ahead and not period and when is None and self._resolves(words, Tense.PAST):
                when = words
        anchor = None
        if when is None and rules.EARLIER_ANNOUNCEMENT.search(self.folded, start, end):
            anchor = "before"  # "trois mois après l'annonce d'un plan": announced before
        return DraftEvent(
            "plan_announced", plan_fields, quote, start, when, anchor, Tense.PAST, (), cue
        )

    def _plan_topic(self, start: int, end: int) -> str | None:
        """The kind of company news a plan is about, by the first cue of news in its
        clause ("will cut 200 jobs": headcount; "plans to open a plant": sites), as the label
        of its kind, else "investment" for money to be put in ("will invest $1 billion"); None
        for a plan of no such kind ("will continue to grow").
        """
        found = [c for c in find_cues(self.folded, self.lang, start, end) if c.kind in PLAN_TOPICS]
        if found:
            return PLAN_TOPICS[found[0].kind]
        return "investment" if rules.INVESTING.search(self.folded, start, end) else None

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
        """The date words, anchor and tense of a statement (see the module's docstring); a
        sentence that opens on "in the same decision", "le même jour" tells more of the last
        company news dated, and has its date.
        """
        last = self.context.last_news
        if (
            date is None
            and last is not None
            and rules.SAME_OCCASION.match(self.folded, info.sentence.start)
        ):
            return last[0], None, last[1]
        found = self._when_of(info, kind, date, frame, previous, seg, start, end)
        if found[0] is not None and kind in lexicon.COMPANY_NEWS:
            self.context.last_news = (found[0], found[2])
        return found

    def _when_of(
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
        if rules.LATER_ON.search(self.folded, start, end):
            # "a year later it raised $30 million": told from another date, known only to be
            # before the report; neither the sentence's date nor a neighbour's
            return None, "before", Tense.PAST
        if frame is not None:
            return frame.text, None, self._clause_tense(frame)
        beside = self._date_beside(info, seg) if kind is not CueType.STANCE else None
        if beside is not None:
            return beside.text, None, self._clause_tense(beside)
        lead = self.folded[seg.start : seg.end]
        joined = rules.COORDINATED.match(lead) or rules.CIRCUMSTANCE.match(lead)
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
        past = self._told_past(seg.start, seg.end) and not rules.TOLD_PRESENT.search(
            self.folded, start, end
        )  # "announced it is launching": what is told is in the present
        state = self._of_the_day(kind, past, start, end)
        if (
            kind in lexicon.COMPANY_NEWS - rules.STATES
            and not state
            and self._done(info, start, end)
        ):
            # A round, a deal, a departure reported as done without a date: done before the
            # report.
            return None, "before", Tense.PAST
        if kind in (CueType.FOUNDED, CueType.LAUNCH, CueType.PARTNERSHIP) and past:
            return None, "before", Tense.PAST
        if kind is CueType.LAUNCH and rules.AFTER.search(lead):
            return None, "before", Tense.PAST
        return None, None, Tense.PAST

    def _of_the_day(self, kind: CueType, past: bool, start: int, end: int) -> bool:
        """True when company news without a date is told as holding on the day of the
        report rather than done before it: a headcount without a change ("emploie 560
        personnes"), a total raised to date ("porte à 20 millions le montant total levé"), an
        appointment in the present ("Jeanne Dupont prend le rôle de", "est nommée", "Ils
        prennent en charge", "has been appointed"), a deal agreed in the present perfect
        ("has agreed to buy"), a ruling in the English present perfect ("the regulator has
        fined Globex"), a round, a deal, a penalty or a site just done ("has raised", "vient
        de lever", "has opened"), where the present of narration of a round or a deal tells
        what was done before.
        """
        folded = self.folded
        if kind is CueType.HEADCOUNT and not rules.CHANGE.search(folded, start, end):
            return True
        if kind is CueType.FUNDING and rules.TOTAL.search(folded, start, end):
            return True
        present = not past or bool(rules.PRONOUN_PRESENT.match(folded, start))
        if kind in (CueType.APPOINTMENT, CueType.DEPARTURE) and present:
            return True
        if kind is CueType.APPOINTMENT and rules.PERFECT.search(folded, start, end):
            return True
        if kind is CueType.LEGAL and rules.RULED.search(folded, start, end):
            return True
        if (
            kind in (CueType.FUNDING, CueType.ACQUISITION, CueType.LEGAL, CueType.SITE)
            and rules.JUST_DONE.search(folded, start, end)
            and not rules.RECENT_FRAME.search(folded, max(0, start - 40), end)
        ):
            return True
        return bool(rules.AGREED.search(folded, start, end))

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
        a deadline ("doit être bouclée d'ici fin août", "to close by March"), which is
        when something is due, not when it was done, or the moment of what the news follows
        ("introduced following the crisis of 2008", "à la suite de la crise de 2008"); and
        for a departure or a statement, the start of a role ("a director since April"), never
        its end nor the day of speech.
        """
        before = self.folded[max(start, date.start - 40) : date.start]
        if rules.DEADLINE.search(before):
            return True
        if rules.FOLLOWING.search(before):
            return True  # "rules introduced following the crisis of 2008"
        if kind in (CueType.DEPARTURE, CueType.STANCE) and rules.SINCE.search(before):
            # "a director since April and former chief executive of Globex", "a déclaré le
            # président de Globex Jean Dupont depuis 2018": the start of a role
            return True
        return kind is CueType.RESULTS and bool(rules.BASE.search(before))

    def _speech_only(self, seg: Segment) -> bool:
        """True when `seg` opens on a verb of speech and tells no company news besides
        ("..., a-t-elle annoncé ce mardi"; not "said its fourth-quarter profit fell").
        """
        found = find_cues(self.folded, self.lang, seg.start, seg.end)
        speech = next((c for c in found if c.kind is CueType.STANCE and c.start == seg.start), None)
        return speech is not None and not any(
            c.kind in lexicon.COMPANY_NEWS and not (speech.start <= c.start < speech.end)
            for c in found
        )

    def _date_beside(self, info: SentenceInfo, seg: Segment) -> Tag | None:
        """The date of a clause next to this one that says nothing else: the clause just
        before it when it has no cue of its own and is no relative clause ("Globex became the
        largest startup last year, with a valuation of..."; not "qui prendra effet en mars"),
        the speech just after it that dates the announcement ("..., CEO Jane Doe told staff
        in a memo Thursday"), or the first later date of the sentence when it follows a
        participle of announcing ("..., aux termes d'un accord annoncé lundi") or is in a
        clause that only tells who announced the news ("..., the company and the governor
        announced Wednesday", "..., a indiqué la multinationale mercredi").
        """
        i = info.segment_index(seg)
        if i is None:
            return None
        segs = info.segments
        if i > 0:
            prev = segs[i - 1]
            date = self._date_in(info, prev.start, prev.end)
            relative = rules.RELATIVE_OPENING.match(self.folded, prev.start)  # "qui prendra effet"
            if date is not None and self._cue(info, prev) is None and relative is None:
                return date
        if i + 1 < len(segs):
            nxt = segs[i + 1]
            cue = self._cue(info, nxt)
            date = self._date_in(info, nxt.start, nxt.end)
            speech = cue is not None and (cue.kind is CueType.STANCE or self._speech_only(nxt))
            if date is not None and speech:
                return date
        for later in segs[i + 1 :]:
            # "..., aux termes d'un accord annoncé lundi": the day the news was announced
            date = self._date_in(info, later.start, later.end)
            if date is not None:
                before = self.folded[max(later.start, date.start - 40) : date.start]
                told = (
                    self.folded[later.start : date.start] + " " + self.folded[date.end : later.end]
                )
                if rules.ANNOUNCED.search(before) or rules.TOLD_BY.fullmatch(told):
                    # "..., Gov. Jane Doe and company officials announced Wednesday"
                    return date
                return None
        return None

    def _held_since(
        self, info: SentenceInfo, seg: Segment, date: Tag, clause: str
    ) -> DraftEvent | None:
        """A role held since a date ("Présidente de Globex depuis juin 2010", "has been CEO
        of Globex since 2020"): the appointment of that date, of the person the sentence
        names, else the last one named; None without a role or a person.
        """
        if not rules.SINCE.search(self.folded, max(seg.start, date.start - 12), date.start):
            return None
        found = lexicon.ROLE_NOUNS.search(self.folded, seg.start, seg.end)
        if found is None:
            return None
        until = date.start if found.start() < date.start else seg.end
        role = self._role_words(found.start(), until)
        named = next((m for m in info.mentions if self._names_person(m)), None)
        person = (
            self.entities.use(named, "person")
            if named is not None
            else self.context.last_person or self._last_named_person(seg.start)
        )
        if not role or person is None:
            return None
        org_m = self._org_after(info, found.end(), until)
        org = (
            self.entities.use(org_m)
            if org_m is not None
            else self._roles.get(person) or self.context.topic_org
        )
        if org is None or org == person:
            return None
        fields = {"person": person, "role": role, "organization": org}
        return DraftEvent(
            "person_appointed", fields, clause, seg.start, date.text, None, Tense.PAST, (), "date"
        )

    def _in_dateline(self, info: SentenceInfo, date: Tag) -> bool:
        """True for the date of a wire dateline that opens the sentence ("MIAMI, March 17,
        2025 (GLOBE NEWSWIRE) --"); not a date a dash follows later ("in 2015 — two years
        after Initech").
        """
        dateline = DATELINE.match(self.text, info.sentence.start, info.sentence.end)
        return dateline is not None and date.end <= dateline.start("dash")

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
            if bare or self._attribution_only(seg.start, seg.end) or self._in_dateline(info, date):
                # "Earlier today", "Prior to today (September 21)": a date, no fact; "MIAMI,
                # March 17, 2025 (GLOBE NEWSWIRE) --": a dateline's date
                continue
            if (
                rules.TELLING_ONLY.fullmatch(" ".join(rest.split()))
                or rules.BACKGROUND.match(self.folded, seg.start)
                or (seg.start > info.sentence.start and rules.TOLD_BY.fullmatch(rest))
            ):
                # "the telecom giant announced Wednesday", "quand il a soutenu...", "...,
                # the company and the governor announced Wednesday"
                continue
            if rules.RESTATED.match(self.folded, seg.start) or (
                seg.start == info.sentence.start
                and seg.end < info.sentence.end - 1
                and rules.TIME_FRAME.match(self.folded, seg.start)
            ):
                continue  # ", or 25 cents a share last year"; "During the same quarter, ..."
            if (
                tells_results(
                    self.text[seg.start : seg.end], self.folded[seg.start : seg.end], self.lang
                )
                and not amounts(self.text[seg.start : seg.end], self.lang)
                and in_comparison(self.text, self.folded, self.lang, info, date)
            ):
                continue  # "up 8% from the same quarter last year": only the base of a figure
            if (
                info.in_quote(date.start)
                or rules.PRICE_OF_DAY.search(
                    self.folded, max(seg.start, date.start - 40), date.start
                )
                or rules.AFTER.match(self.folded, seg.start)
            ):
                # words quoted (a statement's), the day of a price a premium is measured from
                # ("a 78% premium to Globex's closing price on September 5"), or the moment
                # of something else ("après le pic constaté fin septembre")
                continue
            subject = self._subject(info, seg.end)
            if subject is None:
                continue
            clause = self.text[seg.start : seg.end]
            held = self._held_since(info, seg, date, clause)
            if held is not None:
                out.append(held)
                continue
            # a figure with what it measures or how it moved is a result, filed under its
            # metric once the draft is done ("results (revenue)"); else the clause is kept
            # only for its date
            label = (
                "results"
                if tells_results(clause, self.folded[seg.start : seg.end], self.lang)
                else "events"
            )
            fields = {"entity": subject, "attribute": label, "value": clause}
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
