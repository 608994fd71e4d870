"""Reading a sentence into statements: which segments make a clause, and when it happened.

A statement is a clause (a run of segments, see `_segments`) that carries a company-news cue
or a date expression. Here the reader decides where each statement starts and ends (reported
speech, objects running on, appositions, quotations continued from an earlier sentence) and
dates it: by a date inside, a date opening the sentence, a coordinated dated clause, or the
statement that introduced reported speech; otherwise an anchor, or the publication day.

The dating and the plans are in `_dating`, what a sentence says beside its cues (appositions,
titles, lists of investors) in `_asides`.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import attrs

from timeline.extract import cues as lexicon
from timeline.extract._asides import Asides
from timeline.extract._comparisons import Comparisons
from timeline.extract._coordinated import CoordinatedPlans
from timeline.extract._cue_words import GLOSS, INVESTED
from timeline.extract._deal_targets import DealTargets
from timeline.extract._makers import Makers
from timeline.extract._reading import AUXILIARIES, INCOMING, UNTIL, SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._segments import Segment
from timeline.extract._text import fold
from timeline.extract.cues import CueType, find_cues
from timeline.extract.entities import kind_of
from timeline.extract.money import amounts
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense

__all__ = ["Reader"]

_INVERSION = re.compile(
    r"^(?:a|avait|ont|avaient|aurait|has|had)?(?:-t)?-(?:il|elle|ils|elles|on)\b"
    r"|^[\w']+-t-(?:il|elle|on)\b|^[\w']+-(?:il|elle|ils|elles)\b"
)
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
_AUXILIARY = re.compile(rf"\s*(?:{AUXILIARIES})\b")
"""The verbs a clause whose subject came before it opens on."""
_TELLING_THAT = re.compile(
    r"\b(?:announc\w*|said|says|confirm\w*|annonc\w*|indiqu\w*|precis\w*)\b[^,;]*?"
    r"\b(?:that|que|qu')"
)
"""A verb of telling and the conjunction of its complement ("announced Thursday that")."""
_NOUN_PHRASE = re.compile(r"\s*(?:le|la|les|l'|son|sa|ses|leur|leurs|the|its|their)\b")
"""The determiner a clause's subject opens on, when it is a noun phrase."""
_PARTICIPLE = re.compile(r"(?:e|ee|es|ees|u|ue|us|ues|i|ie|is|ies|ed|en)$")
"""The end of a participle opening an aside ("évalué à", "published on")."""
_APPOSITIVE = frozenset(
    {"a", "an", "un", "une", "which", "qui", "soit", "or", "ou", "up", "down", "including"}
    | {"excluding", "hors", "notamment"}
)
"""Words opening an apposition, a relative clause or a figure's gloss after a subject."""
_FINITE = {
    "fr": re.compile(
        r"est|sont|etait|etaient|sera|seront|a|ont|avait|avaient|aura|reste|restent|recule"
        r"|progresse|atteint|augmente|baisse|diminue|croit|s'etablit|s'eleve|se|devrait"
        r"|devraient|passe|chute|bondit"
    ),
    "en": re.compile(
        r"is|are|was|were|has|have|had|will|would|rose|fell|grew|declined|dropped|climbed"
        r"|jumped|reached|totaled|totalled|stood|came|increased|decreased|remained|remains"
    ),
}
"""The finite verbs a subject's predicate opens on after an aside."""

_ATTENDANT = re.compile(r"\s*(?:with|avec)\s+(?:a|an|its|une?|sa|son)\b")
"""A phrase that goes with the clause before it ("..., with a valuation of", "..., avec une
levée de")."""
_FRAGMENT = re.compile(
    r"(?:which|who|that|when|while|though|although|whereas|empowering|qui|que|qu'|dont"
    r"|lorsque|quand|tandis|soit|preferant|ce qui|afin)\b"
)
"""A clause that opens on a relative or a subordinating word: part of another statement."""
_CONTRAST = re.compile(r"(?:while|whereas|tandis qu|alors qu)")
"""The words opening a clause set against the one before it, with a subject of its own ("...,
while sales of parts were stable", "tandis que la marge recule")."""
_NEWS_TO_COME = frozenset(
    {
        "fact_asserted",
        "site_opened",
        "headcount_changed",
        "results_reported",
        "product_released",
        "legal_action_reported",
    }
)
"""The types that a clause in the future tense, dated after the publication day, tells as a
plan: what is still to happen (an appointment keeps its effective day)."""

_SAID_ON_THE_DAY = frozenset({"stance_stated", "claim_attributed"})
"""The types of what is said, dated by when it was said, never by a date it speaks of."""

_ENUMERATION = re.compile(r"(?:,|\band\b|\bet\b|\bpuis\b|\bthen\b)\s*(\S.*)?$")
"""The joint before the next item of an enumeration, and where that item starts."""


class Reader(CoordinatedPlans, Asides, Comparisons, DealTargets, Makers):
    """Reads sentences in order and proposes their events."""

    _unused_of: set[int] | None = None
    _unused = 0

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
        frame = self._frame(info)
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
                events.extend(self._coordinated_plan(info, event))
        events.extend(self._appositions(info, used, frame))
        events.extend(self._seats(info, events))
        events.extend(self._titled_names(info, events))
        events.extend(self._investor_list(info, events))
        events.extend(self._team_sizes(info, events))
        events.extend(self._comparison_bases(info, events))
        inside = ctx.quote_open_paragraph == s.paragraph
        if not events and (inside or (info.quotes and self.text[s.start] in '«“"')):
            events.extend(self._continued_quotation(info))
        ctx.quote_open_paragraph = (
            s.paragraph if _left_open(self.text[s.start : s.end], inside) else -1
        )
        if info.dates:
            # a dated clause no event covers: a generic fact, for the reviewer
            covered = [(e.start, e.start + len(e.quote)) for e in events]
            events.extend(
                e
                for e in self._dated_clauses(info)
                if not any(a < e.start + len(e.quote) and e.start < b for a, b in covered)
            )
        events = [self._of_its_maker(info, _incoming(e, self.folded)) for e in events]
        events = self._glossed_counts(events)
        for e in events:
            if e.type in ("role_held", "person_appointed", "person_departed"):
                person, role = e.fields.get("person"), e.fields.get("role")
                if isinstance(person, str) and isinstance(role, str):
                    self._titles[person] = role
        funded = next((e for e in events if e.type == "funding_raised"), None)
        if funded is not None:
            ctx.last_funding = funded.fields["organization"]
            ctx.focus_funded = ctx.focus_funded or ctx.last_funding == ctx.topic_org
        bought = next((e for e in events if e.type == "acquisition_announced"), None)
        if bought is not None and isinstance(bought.fields.get("acquirer"), str):
            ctx.last_acquirer = bought.fields["acquirer"]
        subject = self._main_subject(info, events)
        if (
            subject is not None
            and self.entities.kinds.get(subject) not in ("person", "place", "product")
            and subject not in self._people
        ):
            ctx.last_org = subject
            ctx.last_org_paragraph = s.paragraph
        ctx.latter = next(
            (
                m
                for m in reversed(info.mentions)
                if m.kind != "place"
                and kind_of(m.name) not in ("person", "place", "product")
                and self.entities.id_of(m.name) not in self._people
                and not info.in_quote(m.start)
            ),
            None,
        )
        ctx.previous_org = (
            subject
            if subject is not None
            and self.entities.kinds.get(subject) not in ("person", "place", "product")
            and subject not in self._people
            else None
        )
        return events

    def _frame(self, info: SentenceInfo) -> Tag | None:
        """The date that frames the sentence: its first or second segment when only a date
        ("Fin février, ..."), or the date told again more precisely just after it ("L'an
        dernier, le 1er juillet 2011, ...").
        """
        segs = info.segments
        for k, seg in enumerate(segs[:2]):
            date = self._only_date(info, seg)
            if date is None:
                continue
            again = self._only_date(info, segs[k + 1]) if k + 1 < len(segs) else None
            if again is not None and _narrower(again, date):
                return again
            return date
        return None

    def _glossed_counts(self, events: list[DraftEvent]) -> list[DraftEvent]:
        """Job cuts told as a share and then glossed with their number ("will lay off about
        10% of its workforce, or roughly 1,000 employees"): one event, with the number, quoted
        over both clauses.
        """
        out: list[DraftEvent] = []
        for e in events:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.type == e.type == "headcount_changed"
                and "change" not in prev.fields
                and "change" in e.fields
                and prev.fields.get("organization") == e.fields.get("organization")
                and GLOSS.match(self.folded, e.start)
            ):
                end = e.start + len(e.quote)
                out[-1] = attrs.evolve(
                    prev,
                    fields={**prev.fields, "change": e.fields["change"]},
                    quote=self.text[prev.start : end],
                )
                continue
            out.append(e)
        return out

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
        if j == i + 1 and j + 1 < len(segs) and self._runs_on(info, seg, segs[j], segs[j + 1]):
            # "Le chiffre d'affaires, évalué à 1,5 milliard, est en recul de 7 %": a subject,
            # an aside and the subject's verb are one clause
            end = segs[j + 1].end
            used.update((j, j + 1))
            j += 2
        if kind is CueType.ROLE and lexicon.STAYS.match(self.folded, cue.start):
            return self._kept_role(info, i, cue)
        if kind is CueType.ROLE:
            return self._role(info, i, cue, used)
        if kind is CueType.STANCE:
            first = self._speech_start(info, i, used)
            start = segs[first].start
        if kind is CueType.CLAIM and i > 0 and (i - 1) not in used:
            start = segs[i - 1].start
        if (
            kind in lexicon.COMPANY_NEWS
            and i > 0
            and (i - 1) not in used
            and _ATTENDANT.match(self.folded, seg.start)
            and self._cue(info, segs[i - 1]) is None
        ):
            # "Globex became the most valuable startup last year, with a valuation of $95
            # billion": the news of a clause told in the phrase that goes with it
            start = segs[i - 1].start
            used.add(i - 1)
        if kind is not CueType.STANCE and _COMPLEMENT.match(self.folded, seg.start):
            # "X et Y ont annoncé lundi, dans un communiqué, avoir noué un partenariat": the
            # news is told from the clause that announces it
            for k in range(i - 1, max(-1, i - 3), -1):
                if _holds_news(segs[k], previous):
                    break  # that clause told news of its own
                if _TELLING.search(self.folded, segs[k].start, segs[k].end):
                    start = segs[k].start
                    used.update(range(k, i))
                    break
        # "Marie Durand, membre du comité d'Initech, démissionne de sa fonction": the clause
        # of a verb is told from its subject, over the apposition between them; "Globex
        # announced Thursday that its chief executive, Jane Doe, will step down in January":
        # from the clause that announces it, over the name of its subject, and dated by its
        # own words when it has some
        opens = start == seg.start and i >= 2
        aside = opens and self._name_and_aside_before(info, i, cue)
        told = opens and not aside and self._told_of_name(info, i, previous)
        if aside or told:
            start = segs[i - 2].start
            used.update((i - 2, i - 1))
        if kind is CueType.FOUNDED and j < len(segs) and self._is_name(info, segs[j]):
            end = segs[j].end
            used.add(j)
            j += 1
        quote = self.text[start:end]
        date = (told and self._date_in(info, seg.start, end)) or self._date_in(info, start, end)
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
            if kind is CueType.FUNDING and INVESTED.match(self.folded, cue.start):
                used.discard(i)  # "has invested $2 billion in Texas, said Jane Doe": the speech
            return None
        if self._attribution_only(start, end):
            return None  # "According to the release", "Selon le communiqué publié à Paris"
        unfigured = not re.search(r"\d", quote)
        announced = self.folded[cue.start : cue.end].endswith("results")
        if (
            final_kind == "fact_asserted"
            and fields.get("attribute") == "results"
            and unfigured
            and not announced
        ):
            # "Globex allows users to build a map": a metric's word, no figure; "Globex
            # reported second-quarter results" is news without one
            return None
        total = fields.get("attribute") == "total raised to date"  # "qui porte à X les fonds"
        contrast = (
            str(fields.get("attribute", "")).startswith("results")
            and not unfigured
            and _CONTRAST.match(self.folded, start)
            and cue.start - start < 40
        )  # "..., while sales of parts were stable at $27 million": a result of its own
        if (
            final_kind == "fact_asserted"
            and not total
            and not contrast
            and _FRAGMENT.match(self.folded, start)
        ):
            return None  # "which revolutionised...", "qui seront...": no subject of its own
        planned = kind is CueType.PLAN or fields.get("attribute") == "plans"
        if final_kind == "stance_stated" and not planned:
            # "Doe said the company expects to close within 90 days": what is said is a plan
            planned = any(
                c.kind is CueType.PLAN
                and (
                    (c.start > cue.end and not info.in_quote(c.start))
                    or (
                        info.in_quote(c.start) and _FIRST_PERSON.search(self.folded, start, c.start)
                    )
                )
                for c in find_cues(self.folded, self.lang, start, end)
            )  # or the speaker's own plan in a quotation ("we intend to", "nous allons")
        ahead = isinstance(date, Tag) and date.text == when and self._ahead(date)
        if final_kind in _SAID_ON_THE_DAY and ahead:
            # "« Nous serons rentables en 2021 », a déclaré lundi Jean Martin": said on
            # Monday, about a date to come; with no other date, said on the day
            said = next(
                (
                    d
                    for d in info.dates_between(start, end)
                    if d is not date and d.end <= end and not self._ahead(d)
                ),
                None,
            )
            when, anchor = (said.text, None) if said is not None else (None, "published")
        # a clause told in the past is news of its own even when its period runs ahead of the
        # calendar ("revenue rose 12% in fiscal 2021", told in November 2020)
        if final_kind in _NEWS_TO_COME and ahead and not self._past(start, end):
            # "Globex ouvrira une usine en mars 2021", told in 2020: not a site opened in
            # March 2021 but a plan stated on the day, aimed at that month
            planned_event = self._plan(info, fields, quote, start, end, kind.value)
            if planned_event is not None:
                return planned_event
        if self._told_as_plan(info, final_kind, cue, planned, start, end):
            if "acquirer" in fields:
                fields = {"organization": fields["acquirer"]}
            return self._plan(info, fields, quote, start, end, kind.value, when)
        if final_kind == "stance_stated":
            if when is not None:
                self.context.last_stance_when = when
                self.context.last_stance_paragraph = info.sentence.paragraph
            self.context.last_speaker = fields.get("speaker")
        return DraftEvent(
            final_kind, fields, quote, start, when, anchor, tense, entities, kind.value
        )

    def _name_and_aside_before(self, info: SentenceInfo, i: int, cue: lexicon.Cue) -> bool:
        """True when segment `i` opens on its verb (the cue, or an auxiliary before it), the
        segment before it is an apposition and the one before that only a name: the subject.
        """
        segs = info.segments
        seg, aside, name = segs[i], segs[i - 1], segs[i - 2]
        opens = cue.start == seg.start or bool(_AUXILIARY.match(self.folded, seg.start))
        if not opens or not self.text[seg.start : seg.start + 1].islower():
            return False
        if not self._is_name(info, name) or not info.mentions_between(name.start, name.start + 1):
            return False
        return self._is_description(info, aside)

    def _told_of_name(self, info: SentenceInfo, i: int, previous: list[DraftEvent]) -> bool:
        """True when segment `i` opens on its verb, the segment before it is only a name (its
        subject, in apposition) and the one before that tells the news ("announced that its
        chief executive"), with no news of its own.
        """
        segs = info.segments
        teller, name = segs[i - 2], segs[i - 1]
        if not _AUXILIARY.match(self.folded, segs[i].start) or not self._is_name(info, name):
            return False
        if not _TELLING_THAT.search(self.folded, teller.start, teller.end):
            return False
        return not _holds_news(teller, previous)

    def _runs_on(
        self, info: SentenceInfo, seg: Segment, aside: Segment, predicate: Segment
    ) -> bool:
        """True when `seg` is a noun phrase without a verb, `aside` a participle's phrase or
        an apposition after it, and `predicate` opens on a finite verb: its verb. Neither
        of them may hold a cue of its own (that is a clause of its own, read for itself).
        """
        opens = (  # "Retail revenue, including X, rose", also after a semicolon
            seg.start == info.sentence.start
            or self.text[info.sentence.start : seg.start].rstrip().endswith(";")
        )
        words = [  # a participle qualifying the noun is no verb: "Le chiffre d'affaires consolidé"
            w
            for w in re.findall(r"[\w'-]+", self.text[seg.start : seg.end].lower())
            if not (self.lang == "fr" and re.search(r"[^\W\d]{3}(?:é|ée|és|ées)$", w))
        ]
        if verb_tense(words, self.lang) is not None or not (
            opens or _NOUN_PHRASE.match(self.folded, seg.start)
        ):
            return False
        if self._cue(info, aside) is not None or self._cue(info, predicate) is not None:
            return False
        opening = self.folded[aside.start : aside.end].split()
        if len(opening) > 1 and opening[0].endswith(("ment", "ly")):
            opening = opening[1:]  # "principalement réalisé par", "mainly driven by"
        if not opening or not (_PARTICIPLE.search(opening[0]) or opening[0] in _APPOSITIVE):
            return False
        words = self.folded[predicate.start : predicate.end].split()
        lower = self.text[predicate.start : predicate.start + 1].islower()
        return lower and bool(words) and _FINITE[self.lang].fullmatch(words[0]) is not None

    def _plain_extension(self, info: SentenceInfo, seg: Segment) -> bool:
        if self._cue(info, seg) is not None or self._date_in(info, seg.start, seg.end):
            return False
        body = self.text[seg.start : seg.end]
        return body[:1] in '«“"' and body[-1:] in '»”"'

    def _speech_start(self, info: SentenceInfo, i: int, used: set[int]) -> int:
        """Where the words of a speech verb start: the quotation before an inverted verb."""
        seg = info.segments[i]
        lead = self.folded[seg.start : seg.end]
        inverted = (
            bool(_INVERSION.search(lead))
            or (not self._subject_in(info, seg) and self._quoted_before(info, i, used))
            or self._trailing_attribution(info, i, used)
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

    def _trailing_attribution(self, info: SentenceInfo, i: int, used: set[int]) -> bool:
        """True when the `i`-th segment ends the sentence and is only a speaker and a verb of
        saying ("..., the regulator said on Tuesday", "..., said Jane Doe"), after a clause
        that told no news of its own: what was said is the clause before.
        """
        segs = info.segments
        if i == 0 or i != len(segs) - 1 or (i - 1) in used or info.quotes:
            return False
        seg = segs[i]
        cue = self._cue(info, seg)
        if cue is None or not info.mentions_between(seg.start, seg.end):
            return False
        rest = self.folded[seg.start : cue.start] + " " + self.folded[cue.end : seg.end]
        words = re.findall(r"[\w'-]+", rest)
        return len(words) <= 7 and all(self._spoken_only(info, segs[k], k, used) for k in range(i))

    def _spoken_only(self, info: SentenceInfo, seg: Segment, k: int, used: set[int]) -> bool:
        """True when the `k`-th segment tells no news of its own: no cue, or only money spent
        that made no event ("Globex has invested $2 billion in Texas, said Jane Doe").
        """
        cue = self._cue(info, seg)
        if cue is None:
            return True
        spent = cue.kind is CueType.FUNDING and INVESTED.match(self.folded, cue.start)
        return bool(spent) and k not in used

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

    def _subject_in(self, info: SentenceInfo, seg: Segment) -> bool:
        cue = self._cue(info, seg)
        until = cue.start if cue else seg.end
        return any(m.end <= until for m in info.mentions_between(seg.start, until))

    def _enumerated(self, info: SentenceInfo, event: DraftEvent) -> list[DraftEvent]:
        """A round that lists several amounts each with its date ("$931,000 in April 2016
        and another $590,000 in October 2018"): one round per amount, each with its date and
        its part of the clause as quote.
        """
        if event.type == "person_appointed":
            return self._career(info, event)
        if event.type == "acquisition_announced":
            return self._targets(info, event)
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
        # each amount has its own date: after it, before the next amount, or else before it,
        # after the amount before ("une levée en 2018 de 3,5 millions puis une seconde de 11
        # millions en 2020")
        pieces: list[tuple[int, Tag, int, str, int]] = []
        for k, (a, a_end, value, currency) in enumerate(money):
            nxt = money[k + 1][0] if k + 1 < len(money) else end
            own = [d for d in dates if a < d.start < nxt]
            if not own:
                floor = money[k - 1][1] if k else start
                own = [d for d in dates if floor <= d.start and d.end <= a]
            if len(own) != 1 or any(own[0] is p[1] for p in pieces):
                return [event]
            pieces.append((a, own[0], value, currency, a_end))
        out = []
        for k, (a, date, value, currency, a_end) in enumerate(pieces):
            if k == 0:
                begin = start
            else:
                after = max(pieces[k - 1][1].end, pieces[k - 1][4])
                joint = _ENUMERATION.search(self.folded, after, a)
                if joint is None:
                    return [event]
                begin = joint.start(1) if joint.group(1) else a
            fields = {**event.fields, "amount": value, "currency": currency}
            out.append(self._piece(event, fields, begin, max(date.end, a_end), date))
        return out

    def _piece(
        self, event: DraftEvent, fields: dict[str, Any], begin: int, stop: int, date: Tag
    ) -> DraftEvent:
        """One item of an enumerated event: its own fields, quote `text[begin:stop]` and
        date words.
        """
        return attrs.evolve(
            event,
            fields=fields,
            quote=self.text[begin:stop],
            start=begin,
            when=date.text,
            anchor=None,
            tense=self._clause_tense(date),
        )

    def _career(self, info: SentenceInfo, event: DraftEvent) -> list[DraftEvent]:
        """An appointment that tells a career, each role with its own date ("joined Globex in
        1986 as its comptroller before being named treasurer in 1993 and COO in 2004"): one
        appointment per role, dated by the date words nearest to it, quoted from the role to
        its date (the first from the clause's start). Left whole unless every date pairs with
        a role of its own.
        """
        start, end = event.start, event.start + len(event.quote)
        dates = [
            d
            for d in info.dates_between(start, end)
            if d.end <= end and not UNTIL.search(self.folded, max(start, d.start - 14), d.start)
        ]  # "permanent CEO until May 2025": the end of the role, not a date of the career
        roles = list(lexicon.ROLE_NOUNS.finditer(self.folded, start, end))
        if len(dates) < 2 or len(roles) < len(dates):
            return [event]
        pairs: list[tuple[Tag, re.Match[str]]] = []
        free = list(roles)
        for date in dates:  # each date with the nearest role not yet taken

            def gap(r: re.Match[str], date: Tag = date) -> int:
                return min(abs(r.start() - date.end), abs(date.start - r.end()))

            role = min(free, key=gap)
            if gap(role) > 40:
                return [event]
            free.remove(role)
            pairs.append((date, role))
        out = []
        for k, (date, role) in enumerate(pairs):
            begin = start if k == 0 else min(date.start, role.start())
            fields = {**event.fields, "role": self.text[role.start() : role.end()]}
            out.append(self._piece(event, fields, begin, max(date.end, role.end()), date))
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
        while (
            first > 0
            and _LISTED.fullmatch(self.text, names[first - 1].end, names[first].start)
            and not self.entities.named_person(self.entities.id_of(names[first - 1].name))
        ):
            first -= 1  # not a person before it: "Jane Doe, Globex chief executive, said"
        if first == last:
            return [event]
        begin = min(names[first].start, event.start)
        quote = self.text[begin : event.start + len(event.quote)]
        out = []
        for m in names[first : last + 1]:
            fields = {**event.fields, "organization": self.entities.use(m)}
            out.append(attrs.evolve(event, fields=fields, quote=quote, start=begin))
        return out


def _narrower(inner: Tag, outer: Tag) -> bool:
    """True when the span of `inner` lies within that of `outer` and is shorter."""
    a, b = inner.span, outer.span
    if a is None or b is None:
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def _left_open(sentence: str, inside: bool) -> bool:
    """True when a quotation is still open at the end of `sentence`, which starts inside one
    when `inside` ("« Nous allons recruter. Nous ouvrirons..." goes on in the next sentence).
    """
    open_ = inside
    for ch in sentence:
        if ch in "«“":
            open_ = True
        elif ch in "»”":
            open_ = False
        elif ch == '"':
            open_ = not open_
    return open_


def _holds_news(seg: Segment, events: list[DraftEvent]) -> bool:
    """True when one of `events` quotes part of `seg`: the segment told news of its own."""
    return any(e.start < seg.end and seg.start < e.start + len(e.quote) for e in events)


_FIRST_PERSON = re.compile(r"\b(?:we|nous|on)\s+(?:\w+\s+)?$")
"""A speaker's "we" just before a word of plan in a quotation ("we intend to", "nous allons
créer", "on va")."""

_INCOMING = re.compile(rf"\b{INCOMING}\s+(?:[\w'\u2019-]+\s+)?$")
"""The word before a role that makes it one taken up, with perhaps one word between ("the
next Globex CEO", "its incoming chief executive")."""


def _incoming(event: DraftEvent, folded: str) -> DraftEvent:
    """A role held that the text gives as the next, incoming or future one ("Jane Doe, the
    next Globex CEO"): an appointment, announced with the article.
    """
    if event.type != "role_held":
        return event
    role = event.fields.get("role")
    if not isinstance(role, str):
        return event
    at = folded.find(fold(role), event.start, event.start + len(event.quote))
    if at < 0 or not _INCOMING.search(folded, max(0, at - 30), at):
        return event
    return attrs.evolve(event, type="person_appointed", anchor=event.anchor or "published")
