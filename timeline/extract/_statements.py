"""Reading a sentence into statements: which segments make a clause, and when it happened.

A statement is a clause (a run of segments, see `_segments`) that carries a company-news cue
or a date expression. Here the reader decides where each statement starts and ends (reported
speech, objects running on, appositions, quotations continued from an earlier sentence) and
dates it: by a date inside, a date opening the sentence, a coordinated dated clause, or the
statement that introduced reported speech; otherwise an anchor, or the publication day.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import attrs

from timeline.errors import DateError
from timeline.extract import cues as lexicon
from timeline.extract._fields import FieldReader
from timeline.extract._reading import DETERMINERS, PRONOUN_SPEAKER, SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._segments import Segment
from timeline.extract._text import fold
from timeline.extract.cues import CueType, find_cues
from timeline.extract.entities import Mention
from timeline.extract.money import amounts
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense, resolve

__all__ = ["Reader"]

_INVERSION = re.compile(
    r"^(?:a|avait|ont|avaient|aurait|has|had)?(?:-t)?-(?:il|elle|ils|elles|on)\b"
    r"|^[\w']+-t-(?:il|elle|on)\b|^[\w']+-(?:il|elle|ils|elles)\b"
)
_ATTRIBUTION = re.compile(r"(?:according to|selon|d'apres|aux dires de|citing)\b")
"""Words that open an attribution of what follows or precedes to a source."""
_ROLE_OF = re.compile(
    rf"(?P<role>{lexicon.ROLE_NOUNS.pattern}(?: [a-z]+(?:al|ale|ial|iale|ive|if|ier|iere|ique)"
    r"| (?:executive|financial|operating|technology) officer)?)"
    r"\s+(?:de la |de l'|des |du |de |d'|of the |of |at )\s*$"
)
"""A role before "de"/"of" and the organisation's name ("la présidente de", "directeur
général du", "the chief executive of")."""
_PERSON_PRONOUN = re.compile(r"\s*(?:and |but )?(?:he|she)\b")
"""A clause whose subject is a person by its English pronoun ("he will work"): French "il"
is as often the company."""
_COMPLEMENT = re.compile(r"\s*(?:d')?(?:avoir|etre|to have)\b")
"""A clause that opens on an infinitive complement of a verb of telling ("..., avoir noué
un partenariat", "..., d'avoir levé")."""
_TELLING = re.compile(
    r"\b(?:annonc\w*|indiqu\w*|affirm\w*|precis\w*|declar\w*|confirm\w*|fait savoir"
    r"|announced|said|says|confirmed)\b"
)
"""Verbs of telling whose complement is the news."""
_DISTRIBUTED = frozenset({"headcount_changed", "results_reported", "legal_action_reported"})
"""Company news that a list of organisations can share ("A, B and C have announced
layoffs"); a round or a deal names its own parties."""
_LISTED = re.compile(r",\s*|\s+(?:and|et)\s+|,\s+(?:and|et)\s+")
"""What separates the names of a list."""
_PERFECT = re.compile(r"\b(?:has|have) (?:been |just )?(?:appointed|named|elected|chosen|hired)\b")
"""An English present perfect of appointing: news of the day it is reported."""
_BASE = re.compile(
    r"\b(?:from|versus|vs\.?|compared (?:with|to)|than|par rapport (?:a|au|aux)|contre|sur)"
    r"\s+(?:[^\s,;]+\s+){0,4}$"
)
"""Words before the date of the period a figure is compared with ("from $15.33 billion a year
ago", "contre 12 millions en 2020"): not when the result was reported."""
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
_FRAGMENT = re.compile(
    r"(?:which|who|that|when|while|though|although|whereas|empowering|qui|que|qu'|dont"
    r"|lorsque|quand|tandis|soit|preferant|ce qui|afin)\b"
)
"""A clause that opens on a relative or a subordinating word: part of another statement."""
_INVESTOR_LIST = re.compile(
    r"\b(?:(?:other |existing |new )?(?:investors|backers|participants) (?:include[sd]?|are|were"
    r"|also include)|also participated|participated in the round|(?:ont|a) (?:egalement |aussi )?"
    r"participe|(?:les )?autres investisseurs (?:sont|comprennent)|aux cotes de)\b"
)
"""Words that open or close a list of a round's investors."""
_ROLE_APPOSITION = re.compile(
    r",\s*(?:l'|le |la |the |an? |son |sa |its |their |leur )?"
    r"(?:ancien(?:ne)? |former |ex-|nouveau |nouvelle |new |actuel(?:le)? |current )?"
)
"""What comes between a person's name and the role after it."""
_ENUMERATION = re.compile(r"(?:,|\band\b|\bet\b|\bpuis\b|\bthen\b)\s*(\S.*)?$")
"""The joint before the next item of an enumeration, and where that item starts."""
_PENDING = re.compile(
    r"\b(?:annonce|annoncent|s'appret\w*|en passe de|envisage\w*|negocie\w*|discute\w*"
    r"|emploie|emploient|compte|comptent|actuellement|desormais|possede|detient)\b"
)
_ROLE_AFTER = re.compile(r"\s*\((?P<role>[^()]{2,60}?)\s+(?:of|at|de|chez|du|d')\s*[^()]{2,60}\)")
"""A role in brackets after a name: "(CEO of Initech)", "(directrice de Acme)"."""
_QUOTED_ROLE = re.compile(r",\s*[\"«“]\s*(?P<role>[^\"»”]{2,60}?)\s*[\"»”]")
"""A title in quotation marks after a name and a comma: ', "Chief Revenue Officer"'."""
_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<role>(?:co-?fondat(?:eur|rice)|fondat(?:eur|rice)|directeur|directrice"
    r"|president(?:e)?|pdg|patron(?:ne)?|dirigeant(?:e)?|vice-president(?:e)?|ceo|cto|cfo|coo"
    r"|chief \w+ officer|chief executive|chair(?:man|woman)?|co-?founder|founder"
    r"|managing director|secretaire general(?:e)?|directeur general|directrice generale)"
    r"(?:[ -](?:general|generale|adjoint|adjointe|delegue|deleguee|fondateur|fondatrice"
    r"|executif|executive|officer|and|et|co-founder|founder|du groupe|de la marque|du club"
    r"|de l'entreprise|de la societe))*)(?:,| de \w+,)?\s+$"
)
_COORDINATED = re.compile(r"^(?:et|puis|and|then)\s+\w+")
_CIRCUMSTANCE = re.compile(r"^(?:lors d|au cours d|pendant|durant|during|at an?|at the)\b")


class Reader(FieldReader):
    """Reads sentences in order and proposes their events."""

    _unused_of: set[int] | None = None
    _unused = 0
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

    # Reading ---------------------------------------------------------------------------------

    def read(self, info: SentenceInfo) -> list[DraftEvent]:
        """The events of one sentence, and what the next sentences need to remember."""
        ctx = self.context
        s = info.sentence
        segs = info.segments
        if ctx.topic_org is None:
            focus = self.entities.focus(self._leads, self._people)
            if focus is not None:
                named = next(
                    m for m in self.entities.mentions if self.entities.id_of(m.name) == focus
                )
                ctx.topic_org = self.entities.use(named)
        if ctx.last_org_paragraph != s.paragraph:
            ctx.last_org = None
        frame = next((d for seg in segs[:2] if (d := self._only_date(info, seg))), None)
        events: list[DraftEvent] = []
        used: set[int] = set()

        for i, seg in enumerate(segs):
            if i in used:
                continue
            cue = self._cue(info, seg)
            if cue is None:
                continue
            event = self._event(info, i, cue, frame, events, used)
            if event is not None:
                for one in self._enumerated(info, event):
                    events.extend(self._distributed(info, one))
        events.extend(self._appositions(info, used, frame))
        events.extend(self._titled_names(info, events))
        events.extend(self._investor_list(info, events))
        if not events and info.quotes and self.text[s.start] in '«“"':
            events.extend(self._continued_quotation(info))
        if info.dates:
            # a dated clause no event covers: a generic fact, for the reviewer
            covered = [(e.start, e.start + len(e.quote)) for e in events]
            events.extend(
                e
                for e in self._dated_clauses(info)
                if not any(a < e.start + len(e.quote) and e.start < b for a, b in covered)
            )
        for e in events:
            if e.type in ("role_held", "person_appointed", "person_departed"):
                person, role = e.fields.get("person"), e.fields.get("role")
                if isinstance(person, str) and isinstance(role, str):
                    self._titles[person] = role
        funded = next((e for e in events if e.type == "funding_raised"), None)
        if funded is not None:
            ctx.last_funding = funded.fields["organization"]
        subject = self._main_subject(info, events)
        if (
            subject is not None
            and self.entities.kinds.get(subject) not in ("person", "place", "product")
            and subject not in self._people
        ):
            ctx.last_org = subject
            ctx.last_org_paragraph = s.paragraph
        ctx.previous_org = (
            subject
            if subject is not None
            and self.entities.kinds.get(subject) not in ("person", "place", "product")
            and subject not in self._people
            else None
        )
        return events

    def _main_subject(self, info: SentenceInfo, events: list[DraftEvent]) -> str | None:
        """The organisation a sentence is about, for "the company" in the next ones: that of
        its first company-news event, else its first name that is free (not after a
        preposition, not quoted).
        """
        for e in events:
            org = e.fields.get("organization") or e.fields.get("acquirer")
            if e.type == "fact_asserted" and e.fields.get("attribute") == "investors":
                org = e.fields["entity"]
            if isinstance(org, str) and e.type not in ("stance_stated", "role_held"):
                return org
        free = self._free(info)
        people = self._people
        first = next(
            (
                k
                for k in range(len(info.mentions))
                if free[k + 1] == k and self.entities.id_of(info.mentions[k].name) not in people
            ),
            None,
        )
        return None if first is None else self.entities.use(info.mentions[first])

    def _event(
        self,
        info: SentenceInfo,
        i: int,
        cue: lexicon.Cue,
        frame: Tag | None,
        previous: list[DraftEvent],
        used: set[int],
    ) -> DraftEvent | None:
        segs = info.segments
        seg = segs[i]
        start, end = seg.start, seg.end
        kind = cue.kind
        used.add(i)
        # The object of a clause runs on through segments that are only names or quotations.
        j = i + 1
        while j < len(segs) and self._plain_extension(info, segs[j]):
            end = segs[j].end
            used.add(j)
            j += 1
        if kind is CueType.ROLE:
            return self._role(info, i, cue, used)
        if kind is CueType.STANCE:
            first = self._speech_start(info, i, used)
            start = segs[first].start
        if kind is CueType.CLAIM and i > 0 and (i - 1) not in used:
            start = segs[i - 1].start
        if kind is not CueType.STANCE and _COMPLEMENT.match(self.folded, seg.start):
            # "X et Y ont annoncé lundi, dans un communiqué, avoir noué un partenariat": the
            # news is told from the clause that announces it
            for k in range(i - 1, max(-1, i - 3), -1):
                if any(
                    e.start < segs[k].end and segs[k].start < e.start + len(e.quote)
                    for e in previous
                ):
                    break  # that clause told news of its own
                if _TELLING.search(self.folded, segs[k].start, segs[k].end):
                    start = segs[k].start
                    used.update(range(k, i))
                    break
        if kind is CueType.FOUNDED and j < len(segs) and self._is_name(info, segs[j]):
            end = segs[j].end
            used.add(j)
            j += 1
        quote = self.text[start:end]
        date = self._date_in(info, start, end)
        fields, entities, final_kind = self._fields(info, kind, cue, start, end, i)
        # A clause dates as what it turned out to be: company news read as a statement ("a
        # affirmé ... et prévoir de faire appel") is dated as a statement.
        dated_as = CueType.STANCE if final_kind == "stance_stated" else kind
        when, anchor, tense = self._when(info, dated_as, date, frame, previous, seg, start, end)
        unread = fields is None and kind not in (CueType.STANCE, CueType.CLAIM, CueType.ROLE)
        if unread and self._future(info, start, end):
            # "Cette voiture sera disponible au printemps": a plan, if nothing more
            subject = self._subject(info, cue.start)
            if subject is not None:
                fields, final_kind = {"entity": subject}, "fact_asserted"
        if fields is None:
            return None
        if self._attribution_only(start, end):
            return None  # "According to the release", "Selon le communiqué publié à Paris"
        unfigured = not re.search(r"\d", quote)
        if final_kind == "fact_asserted" and fields.get("attribute") == "results" and unfigured:
            return None  # "Globex allows users to build a map": a metric's word, no figure
        total = fields.get("attribute") == "total raised to date"  # "qui porte à X les fonds"
        if final_kind == "fact_asserted" and not total and _FRAGMENT.match(self.folded, start):
            return None  # "which revolutionised...", "qui seront...": no subject of its own
        planned = kind is CueType.PLAN or fields.get("attribute") == "plans"
        if final_kind == "stance_stated" and not planned:
            # "Doe said the company expects to close within 90 days": what is said is a plan
            planned = any(
                c.kind is CueType.PLAN and c.start > cue.end and not info.in_quote(c.start)
                for c in find_cues(self.folded, self.lang, start, end)
            )
        if final_kind in _PLANNABLE and (planned or self._future(info, start, end)):
            return self._plan(info, fields, quote, start, end, kind.value, when)
        if final_kind == "stance_stated":
            if when is not None:
                self.context.last_stance_when = when
                self.context.last_stance_paragraph = info.sentence.paragraph
            self.context.last_speaker = fields.get("speaker")
        return DraftEvent(
            final_kind, fields, quote, start, when, anchor, tense, entities, kind.value
        )

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

    def _plain_extension(self, info: SentenceInfo, seg: Segment) -> bool:
        if self._cue(info, seg) is not None or self._date_in(info, seg.start, seg.end):
            return False
        body = self.text[seg.start : seg.end]
        return body[:1] in '«“"' and body[-1:] in '»”"'

    def _speech_start(self, info: SentenceInfo, i: int, used: set[int]) -> int:
        """Where the words of a speech verb start: the quotation before an inverted verb."""
        seg = info.segments[i]
        lead = self.folded[seg.start : seg.end]
        inverted = bool(_INVERSION.search(lead)) or (
            not self._subject_in(info, seg) and self._quoted_before(info, i, used)
        )
        if not inverted:
            return i
        first = i
        while first > 0 and (first - 1) not in used:
            prev = info.segments[first - 1]
            if self._only_date(info, prev):
                break
            first -= 1
        # Skip leading connectives ("Par ailleurs") that hold no quotation: start at the
        # first quoted segment before the verb, if there is one.
        quoted = info.quoted_segments
        k = bisect.bisect_left(quoted, first)
        if k < len(quoted) and quoted[k] < i:
            first = quoted[k]
        for k in range(first, i):
            used.add(k)
        return first

    def _quoted_before(self, info: SentenceInfo, i: int, used: set[int]) -> bool:
        """True when a segment before the `i`-th holds a quotation and is not used yet.

        `used` only grows while a sentence is read (a role clause given up takes out only
        itself, which was not in it before), so the first quoted segment not used yet is
        looked for from where the last call found it: each segment is passed over once.
        """
        if self._unused_of is not used:
            self._unused_of, self._unused = used, 0
        quoted = info.quoted_segments
        k = self._unused
        while k < len(quoted) and quoted[k] in used:
            k += 1
        self._unused = k
        return k < len(quoted) and quoted[k] < i

    def _has_quote(self, info: SentenceInfo, seg: Segment) -> bool:
        return info.quote_starts_in(seg.start, seg.end)

    def _subject_in(self, info: SentenceInfo, seg: Segment) -> bool:
        cue = self._cue(info, seg)
        until = cue.start if cue else seg.end
        return any(m.end <= until for m in info.mentions_between(seg.start, until))

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
        if (
            date is not None
            and kind is CueType.RESULTS
            and _BASE.search(self.folded, max(start, date.start - 40), date.start)
        ):
            date = None  # "Revenue fell 8% from $15.33 billion a year ago": the base compared
        if date is not None:
            return date.text, None, self._clause_tense(date)
        if frame is not None:
            return frame.text, None, self._clause_tense(frame)
        beside = self._date_beside(info, seg) if kind is not CueType.STANCE else None
        if beside is not None:
            return beside.text, None, self._clause_tense(beside)
        lead = self.folded[seg.start : seg.end]
        joined = _COORDINATED.match(lead) or _CIRCUMSTANCE.match(lead)
        dated = next((e for e in reversed(previous) if e.when is not None), None)
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

    def _enumerated(self, info: SentenceInfo, event: DraftEvent) -> list[DraftEvent]:
        """A round that lists several amounts each with its date ("$931,000 in April 2016
        and another $590,000 in October 2018"): one round per amount, each with its date and
        its part of the clause as quote.
        """
        if event.type != "funding_raised":
            return [event]
        start, end = event.start, event.start + len(event.quote)
        money = [
            (start + a.start, start + a.end, a.value, a.currency)
            for a in amounts(event.quote, self.lang)
        ]
        dates = [d for d in info.dates_between(start, end) if d.end <= end]
        if len(money) < 2 or len(dates) < len(money):
            return [event]
        # each amount is followed by its own date, before the next amount
        pieces = []
        for k, (a, _, value, currency) in enumerate(money):
            nxt = money[k + 1][0] if k + 1 < len(money) else end
            own = [d for d in dates if a < d.start < nxt]
            if len(own) != 1:
                return [event]
            pieces.append((a, own[0], value, currency))
        out = []
        for k, (a, date, value, currency) in enumerate(pieces):
            if k == 0:
                begin = start
            else:
                joint = _ENUMERATION.search(self.folded, pieces[k - 1][1].end, a)
                if joint is None:
                    return [event]
                begin = joint.start(1) if joint.group(1) else a
            stop = date.end
            fields = {**event.fields, "amount": value, "currency": currency}
            out.append(
                attrs.evolve(
                    event,
                    fields=fields,
                    quote=self.text[begin:stop],
                    start=begin,
                    when=date.text,
                    anchor=None,
                    tense=self._clause_tense(date),
                )
            )
        return out

    def _distributed(self, info: SentenceInfo, event: DraftEvent) -> list[DraftEvent]:
        """Company news whose subject ends a list of names ("Companies including Globex,
        Initech and Umbrella have announced layoffs"): one event per organisation listed,
        quoting the list and the clause.
        """
        org = event.fields.get("organization")
        if event.type not in _DISTRIBUTED or not isinstance(org, str):
            return [event]
        names = [m for m in info.mentions if m.end <= event.start + len(event.quote)]
        last = next(
            (k for k in range(len(names) - 1, -1, -1) if self.entities.id_of(names[k].name) == org),
            None,
        )
        if last is None or last == 0:
            return [event]
        first = last
        while first > 0 and _LISTED.fullmatch(self.text, names[first - 1].end, names[first].start):
            first -= 1
        if first == last:
            return [event]
        begin = min(names[first].start, event.start)
        quote = self.text[begin : event.start + len(event.quote)]
        out = []
        for m in names[first : last + 1]:
            fields = {**event.fields, "organization": self.entities.use(m)}
            out.append(attrs.evolve(event, fields=fields, quote=quote, start=begin))
        return out

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

    def _appositions(
        self, info: SentenceInfo, used: set[int], frame: Tag | None
    ) -> list[DraftEvent]:
        """Appositions: "Le groupe, leader du secteur, a ...", "Z, la filiale de W"."""
        out = []
        segs = info.segments
        for i in range(len(segs) - 1):
            first, second = segs[i], segs[i + 1]
            if (i + 1) in used and not self._is_description(info, second):
                continue
            if not self._is_description(info, second):
                continue
            name = next(iter(info.mentions_ending(first.end)), None)
            if name is not None:
                entity = self.entities.use(name)
                start = name.start
            elif i == 0 and DETERMINERS.match(self.folded, first.start) and not self._verbal(first):
                subject = self._subject(info, info.sentence.end)
                if subject is None:
                    continue
                entity, start = subject, first.start
            else:
                continue
            value = self.text[second.start : second.end]
            if self._is_name(info, second):
                continue  # "la présidente de l'Autorité, Isabelle Durand": a role, read there
            fields = {"entity": entity, "attribute": "description", "value": value}
            quote = self.text[start : second.end]
            out.append(
                DraftEvent("fact_asserted", fields, quote, start, None, None, Tense.PAST, (), "")
            )
        return out

    def _investor_list(self, info: SentenceInfo, events: list[DraftEvent]) -> list[DraftEvent]:
        """A sentence that lists investors ("Other investors include A, B and C", "Ont
        également participé A et B") after a round: the investors of the organisation that
        raised, as a fact quoting the list.
        """
        if any(e.type == "funding_raised" for e in events) or self.context.last_funding is None:
            return []
        s = info.sentence
        cue = _INVESTOR_LIST.search(self.folded, s.start, s.end)
        if cue is None:
            return []
        names = [m for m in info.mentions if m.start >= cue.end() and not info.in_quote(m.start)]
        if not names:
            names = [m for m in info.mentions if m.end <= cue.start()]
        if not names:
            return []
        start = min(cue.start(), names[0].start)
        end = max(cue.end(), names[-1].end)
        ids = [self.entities.use(m) for m in names]
        value = ", ".join(self.entities.used[i].name for i in dict.fromkeys(ids))
        fields = {"entity": self.context.last_funding, "attribute": "investors", "value": value}
        quote = self.text[start:end]
        return [DraftEvent("fact_asserted", fields, quote, start, None, None, Tense.PAST, (), "")]

    def _titled_names(self, info: SentenceInfo, events: list[DraftEvent]) -> list[DraftEvent]:
        """A title before a person's name ("Globex CEO Jane Doe", "le directeur
        général Jean Martin", "son PDG-fondateur Marc Durand"): the role they hold, in the
        organisation named just before the title, else the one in focus.
        """
        out = []
        named = {
            e.fields.get("person")
            for e in events
            if e.type in ("role_held", "person_appointed", "person_departed")
        }
        floor = info.sentence.start
        for m in info.mentions:
            quoted = _QUOTED_ROLE.match(self.text, m.end)
            if quoted is not None and m.name not in named:
                event = self._quoted_role(m, quoted)
                if event is not None:
                    named.add(event.fields["person"])
                    out.append(event)
                    continue
            after = _ROLE_AFTER.match(self.text, m.end)
            if after is not None and " " in m.name and m.name not in named:
                event = self._role_in_brackets(info, m, after)
                if event is not None:
                    named.add(event.fields["person"])
                    out.append(event)
                    continue
            before = self.folded[max(floor, m.start - 60) : m.start]
            title = _TITLE_BEFORE.search(before)
            if title is None and " " in m.name and m.name not in named:
                event = self._role_of_before(info, m, named)
                if event is not None:
                    named.add(event.fields["person"])
                    out.append(event)
                continue
            if title is None or info.in_quote(m.start):
                continue
            person = self.entities.use(m, "person")
            if person in named or " " not in m.name:
                continue
            begin = m.start - len(before) + title.start()
            role = self.text[begin : begin + len(title.group("role"))]
            org_m = next(iter(info.mentions_ending(begin - 1)), None) or next(
                iter(info.mentions_ending(begin - 3)), None
            )
            org: str | None = None
            if org_m is not None and org_m is not m:
                org = self.entities.use(org_m)
                begin = org_m.start
            else:
                org = self.context.last_org or self.context.topic_org
            if org is None or org == person:
                continue
            self.entities.kinds[person] = "person"
            self._roles[person] = org
            named.add(person)
            fields = {"person": person, "organization": org, "role": role}
            quote = self.text[begin : m.end]
            out.append(
                DraftEvent("role_held", fields, quote, begin, None, None, Tense.PAST, (), "title")
            )
        return out

    def _quoted_role(self, m: Mention, quoted: re.Match[str]) -> DraftEvent | None:
        """A title in quotation marks after a person's name ('Marc Durand, "Chief Revenue
        Officer"'): the role they hold at the organisation of the paragraph or in focus.
        """
        role = quoted.group("role").strip()
        if not lexicon.ROLE_NOUNS.search(fold(role)) or not self.entities.named_person(
            self.entities.id_of(m.name)
        ):
            return None
        person = self.entities.use(m, "person")
        org = self.context.last_org or self.context.topic_org
        if org is None or org == person:
            return None
        self._roles[person] = org
        fields = {"person": person, "organization": org, "role": role}
        quote = self.text[m.start : quoted.end()]
        return DraftEvent("role_held", fields, quote, m.start, None, None, Tense.PAST, (), "title")

    def _role_of_before(
        self, info: SentenceInfo, m: Mention, named: set[str | None]
    ) -> DraftEvent | None:
        """A role of an organisation before a person's name and a comma ("la présidente de
        l'Autorité de la concurrence, Isabelle Durand", "the chief executive of Globex, Jane
        Doe"), anywhere in the sentence: the role they hold there.
        """
        if info.in_quote(m.start) or not self.entities.named_person(self.entities.id_of(m.name)):
            return None
        org_m = next(iter(info.mentions_ending(m.start - 2)), None)  # "X, Jane Doe"
        if org_m is None or self.text[org_m.end : m.start].strip() != ",":
            return None
        lead = self.folded[max(info.sentence.start, org_m.start - 60) : org_m.start]
        title = _ROLE_OF.search(lead)
        if title is None:
            return None
        begin = org_m.start - len(lead) + title.start("role")
        role = self.text[begin : begin + len(title.group("role"))]
        person = self.entities.use(m, "person")
        org = self.entities.use(org_m)
        if person in named or person == org:
            return None
        self._roles[person] = org
        fields = {"person": person, "organization": org, "role": role}
        quote = self.text[begin : m.end]
        return DraftEvent("role_held", fields, quote, begin, None, None, Tense.PAST, (), "title")

    def _role_in_brackets(
        self, info: SentenceInfo, m: Mention, after: re.Match[str]
    ) -> DraftEvent | None:
        """The role in brackets after a person's name: "John Roe (CEO of Initech)"."""
        role = after.group("role").strip()
        if not lexicon.ROLE_NOUNS.search(fold(role).lower()):
            return None
        org_m = next(iter(info.mentions_between(after.end("role"), after.end())), None)
        if org_m is None:
            return None
        person = self.entities.use(m, "person")
        org = self.entities.use(org_m)
        if org == person:
            return None
        self.entities.kinds[person] = "person"
        self._roles[person] = org
        fields = {"person": person, "organization": org, "role": role}
        quote = self.text[m.start : after.end()]
        return DraftEvent("role_held", fields, quote, m.start, None, None, Tense.PAST, (), "role")

    def _is_description(self, info: SentenceInfo, seg: Segment) -> bool:
        body = self.folded[seg.start : seg.end]
        if self._date_in(info, seg.start, seg.end) or self._has_quote(info, seg):
            return False
        cue = self._cue(info, seg)
        if cue is not None and cue.kind is not CueType.LAUNCH:
            return False
        if self._verbal(seg):
            return False
        return bool(DETERMINERS.match(body)) or (
            body.split(" ", 1)[0].endswith(("e", "es", "eur", "ion")) and len(body.split()) > 2
        )

    def _continued_quotation(self, info: SentenceInfo) -> list[DraftEvent]:
        """A sentence that is only a quotation goes on with the last speaker's statement."""
        ctx = self.context
        if ctx.last_speaker is None:
            return []
        s = info.sentence
        end = s.end - 1 if self.text[s.end - 1] in ".!?" else s.end
        quote = self.text[s.start : end]
        fields = {
            "speaker": ctx.last_speaker,
            "organization": self._org_of(ctx.last_speaker),
            "topic": "statements",
            "stance": quote,
        }
        when = ctx.last_stance_when
        return [
            DraftEvent("stance_stated", fields, quote, s.start, when, None, Tense.PAST, (), "quote")
        ]

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
