"""What the draft's reader knows about a sentence, and the questions it asks of a clause.

`SentenceInfo` is a sentence with its segments, dates, name mentions and quotations; `Context`
is what carries from one sentence to the next (the organisation in focus, the last speaker and
when they spoke). `ReaderBase` holds the text and answers the questions both the statement
reading (`_statements`) and the typing of statements (`_fields`) ask: a clause's subject, its
cue, its date, whether it has a verb or is only a name.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

import attrs

from timeline.extract import cues as lexicon
from timeline.extract._registry import Entities
from timeline.extract._segments import Segment
from timeline.extract._text import Sentence
from timeline.extract.cues import find_cues
from timeline.extract.entities import Mention, bracketed, part_of_company, qualifier
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense

__all__ = [
    "AUXILIARIES",
    "DETERMINERS",
    "INCOMING",
    "PRONOUN_SPEAKER",
    "SINCE_TAIL",
    "UNTIL",
    "Context",
    "ReaderBase",
    "SentenceInfo",
]

DETERMINERS = re.compile(
    r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|son|sa|ses|leur|the|a|an|its|their|his|her)\b"
)
_ONLY_DATE_REST = ("", "en", "in", "on", "le", "la", "depuis", "since")

_PRONOUN_BEFORE = re.compile(r"(?:^|[\s,])(?:it|its|they|il|elle|ils|elles)\s+(?:\w+\s+){0,2}$")
"""A pronoun just before a verb: its subject is a name said before, not the nearest one."""
_DEAL_WORDS = re.compile(
    r"\s*(?:the|this|le|la|l'|cette|cet|ce)\s*(?:deal|acquisition|transaction|takeover"
    r"|purchase|rachat|operation|achat)\b"
)
"""A clause that opens on the deal told before ("The deal will be funded", "L'acquisition
est soumise"): it is about what the acquirer does."""
_RELATIVE = re.compile(r"qui|que|qu'.*|dont|lequel|laquelle|lesquel(?:le)?s|où")
"""The words that open a relative clause, whose verb is not the clause's own."""
_LATTER = re.compile(r"(?:celle-ci|celui-ci|cette derniere|ce dernier|the latter)\b")
"""A demonstrative opening a sentence: it refers to the last name of the sentence before,
not to that sentence's subject ("Globex a racheté Initech. Celle-ci a réalisé...")."""
_POSSESSIVE = re.compile(r"(?:son|sa|ses|leur|leurs|its|their)\s")
"""A possessive determiner opening a sentence."""
AUXILIARIES = r"will|would|has|have|had|is|was|are|were|va|vont|a|ont|sera|seront|devrait|devraient"
"""The auxiliaries a clause whose subject came before it opens on (the statements' reading
adds none; the subject's adds the French pluperfect's "avait", "avaient")."""
_AUXILIARY_OPENING = re.compile(rf"(?:{AUXILIARIES}|avait|avaient)\s")
"""An auxiliary opening a segment: the verb of a subject told before it."""
_TELLING_OPENING = re.compile(
    r"(?:annonce|annoncent|indique|indiquent|confirme|confirment|precise|explique|prevoit"
    r"|prevoient|compte|entend|souhaite|veut|veulent|said|says|announced|announces|confirmed"
    r"|reported|plans|expects|intends|wants)\s"
)
"""A verb of telling or of intent opening a segment ("annonce le rachat de Globex", "said
Tuesday it has acquired"): the verb of a subject told before it, whose news follows."""
_TELLING_SEGMENT = re.compile(
    r"\s*(?:annonce|annoncent|a annonce|ont annonce|indique|confirme|precise|said|says"
    r"|announced|announces|confirmed|reported)\s*"
)
"""A segment that is only a verb of telling, its news after a date between commas
("annonce, ce mardi 28 mai 2024, l'acquisition de Globex")."""
_COMPANY_WORDS = re.compile(
    r"\s*(?:the|le|la|l')\s*(?:[a-z]+-[a-z]+\s+)?(?:company|firm|group|groupe|societe"
    r"|entreprise|start-?up|startup|jeune pousse|firme|constructeur|operateur|editeur|enseigne"
    r"|giant|geant|chipmaker|carmaker|automaker|retailer|bank|banque|insurer|assureur"
    r"|laboratoire|lab)\b"
)
"""A clause that opens on a description of the organisation ("the company", "le groupe",
"the Springfield-based company"): its subject is the organisation told of, not a name in a
clause before."""
INCOMING = r"(?:next|incoming|future|designated|designee?|prochaine?|futur)"
"""The words before a role to be taken up, not held ("the next Globex CEO", "le futur
directeur général"); not "new", which often names one taken up before the article."""
UNTIL = re.compile(
    r"\b(?:until|till|through|jusqu'(?:a|au|en|aux)?|jusque)\s*(?:(?:the|le|la|l')\s*)?$"
)
"""The word before the date a state ends ("until May 2025", "jusqu'en 2025")."""
_PERIOD_REPORTED = re.compile(
    r"(?:\s+(?:and|et)(?:\s+(?:the|full|fiscal|year|annual|\d{4}))+)?"
    r"\s+(?:(?:financial|earnings|operating|sales|trading) )?(?:results|earnings|figures)\b"
)
"""Words after a period that make it the period of results told ("second-quarter results",
"fourth quarter and full fiscal year 2023 financial results"), not the day they were told."""
_IN_RELATIVE = re.compile(r"\b(?:qui|who|which|when|once|lorsque|quand)\s+(?:\w+\s+){0,2}$")
"""A relative pronoun or a conjunction of time shortly before a cue: the cue is the verb of
the clause it opens ("qui prendra sa retraite", "when Doe retires")."""
_RELATIVE_OPENING = re.compile(r"(?:qui|which|who)\b")
"""A relative pronoun opening a clause: its subject is the name the clause before ends on."""
_OWNED_OBJECT = re.compile(
    r"(?<![\s,;(])(?<!\band)(?<!\bet)(?<!\bor)(?<!\bou)\s+(?:its|their|sa|son|ses|leur|leurs)\s+"
    r"(?:(?:new|latest|own|flagship|nouvelle?|nouveau|dernier|derniere|propre)\s+)?$"
)
"""A possessive after a word of the clause ("which debuted its Globex Lager", "gave its
Globex brand a refresh", "a presente sa Globex"): the name after it is what the subject owns,
the verb's object, never its subject. Not after "and" ("Acme and its partner Globex signed"),
nor opening a clause (", its subsidiary Globex, raised")."""
_ENDS_CLAUSE = re.compile(r"(?:['’]s(?:\s+[a-z][\w-]*){1,2})?\s*[,;(—–-]?\s*")
"""What may come between a relative's antecedent and the relative: the noun it owns
("Globex's stock") and the comma."""
_LOCATIVE = re.compile(r"\b(?:in|at|a|en|dans|near|au|aux)\s+$")
"""A preposition of place just before a name: the name is a place."""
_CONJUNCTION = re.compile(
    r"\s+(?:and|et)\s+(?:(?:the|le|la|les|l'|son|sa|its)\s*(?:[a-z][\w-]*\s+){0,3})?"
)
"""What joins two names of one subject: "and"/"et", and a description of the second ("et le
groupe français")."""
PRONOUN_SPEAKER = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)\b|^(?:il|elle|he|she)\b")


SINCE_TAIL = re.compile(
    r"\s+(?:since|depuis|until|jusqu'|jusqu’|for the past|for (?:\w+ )?(?:years|months|decades)"
    r"|pendant|between)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
"""The time a role has been held, after its words ("chief executive since 2010", "PDG depuis
dix ans"): when it was held, not the role."""


@attrs.define
class Context:
    """What the reading of an article remembers from one sentence to the next."""

    last_org: str | None = None
    last_org_paragraph: int = -1
    previous_org: str | None = None
    """The organisation the previous sentence was about, whatever its paragraph: what a
    possessive opening the next one refers to ("Son chiffre d'affaires...")."""
    last_funding: str | None = None
    """The organisation of the last funding round read, for a list of its investors."""
    focus_funded: bool = False
    """Whether the organisation in focus raised a round: the round a later list of investors
    is about, though another company's round was told in passing after it."""
    last_acquirer: str | None = None
    """The acquirer of the last acquisition read, for "the deal" in the next sentences."""
    last_person: str | None = None
    last_departed: str | None = None
    """The person of the last departure read: whom "lui succède" or "will succeed him" in a
    later sentence names."""
    last_departed_role: str | None = None
    """The role of that departure: the one its successor takes."""
    latter: Mention | None = None
    """The last organisation the previous sentence names, what "Celle-ci" or "the latter"
    opening the next one refers to."""
    topic_org: str | None = None
    last_stance_when: str | None = None
    last_stance_paragraph: int = -1
    last_speaker: str | None = None
    quote_open_paragraph: int = -1
    """The paragraph whose quotation the last sentence left open (-1: none): the next
    sentences of that paragraph are the speaker's words until it closes."""
    last_news: tuple[str, Tense] | None = None
    """The date words and tense of the last company news dated in the article, for "in the
    same decision", which tells more of it."""


@attrs.frozen
class SentenceInfo:
    """A sentence as the reader sees it: its segments, dates, name mentions and quotations.

    Each list is in the order of the text and its items do not overlap. The lookups below
    find items by position in time logarithmic in their number, so that reading a sentence of
    any length (a text with no full stop) stays linear.
    """

    sentence: Sentence
    segments: list[Segment]
    dates: list[Tag]
    mentions: list[Mention]
    quotes: list[tuple[int, int]]
    _segment_starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    _date_starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    _mention_starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    _by_end: dict[int, list[Mention]] = attrs.field(init=False, repr=False, eq=False)
    _quote_starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    quoted_segments: list[int] = attrs.field(init=False, repr=False, eq=False)
    """The indices of the segments in which a quotation starts, in order."""

    def __attrs_post_init__(self) -> None:
        by_end: dict[int, list[Mention]] = {}
        for m in self.mentions:
            by_end.setdefault(m.end, []).append(m)
        object.__setattr__(self, "_segment_starts", [g.start for g in self.segments])
        object.__setattr__(self, "_date_starts", [t.start for t in self.dates])
        object.__setattr__(self, "_mention_starts", [m.start for m in self.mentions])
        object.__setattr__(self, "_by_end", by_end)
        object.__setattr__(self, "_quote_starts", [a for a, _ in self.quotes])
        quoted = [k for k, g in enumerate(self.segments) if self.quote_starts_in(g.start, g.end)]
        object.__setattr__(self, "quoted_segments", quoted)

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in `[lo, hi)`, in order."""
        starts = self._mention_starts
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def mentions_before(self, pos: int) -> int:
        """How many mentions start before `pos` (the index of the first that does not)."""
        return bisect.bisect_left(self._mention_starts, pos)

    def mentions_ending(self, end: int) -> list[Mention]:
        """The mentions that end at `end`, in order."""
        return self._by_end.get(end, [])

    def dates_between(self, lo: int, hi: int) -> list[Tag]:
        """The date expressions that start in `[lo, hi)`, in order."""
        starts = self._date_starts
        return self.dates[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def date_within(self, start: int, end: int) -> Tag | None:
        """The first date expression inside `[start, end)`, or None."""
        i = bisect.bisect_left(self._date_starts, start)
        while i < len(self.dates) and self.dates[i].start < end:
            if self.dates[i].end <= end:
                return self.dates[i]
            i += 1
        return None

    def in_quote(self, pos: int) -> bool:
        """True when `pos` is inside a quotation."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def quote_starts_in(self, start: int, end: int) -> bool:
        """True when a quotation starts in `[start, end)`."""
        i = bisect.bisect_left(self._quote_starts, start)
        return i < len(self.quotes) and self._quote_starts[i] < end

    def segment_index(self, seg: Segment) -> int | None:
        """The index of `seg` among the sentence's segments, or None."""
        i = bisect.bisect_left(self._segment_starts, seg.start)
        return i if i < len(self.segments) and self.segments[i] == seg else None

    def segment_holding(self, start: int, end: int) -> Segment | None:
        """The segment that holds all of `[start, end)`, or None."""
        i = bisect.bisect_right(self._segment_starts, start) - 1
        if i >= 0 and self.segments[i].start <= start and end <= self.segments[i].end:
            return self.segments[i]
        return None


class ReaderBase:
    """The text being read, its entities and context, and the helpers every reading step uses."""

    def __init__(
        self,
        text: str,
        folded: str,
        lang: str,
        registry: Entities,
        published: dt.date,
        subjects: Callable[[int], tuple[int, int, int] | None] | None = None,
        leads: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        self.folded = folded
        self.lang = lang
        self.published = published
        self.subjects = subjects
        self._leads = leads
        """Where the first name of each sentence starts (a subject, for the focus)."""
        """The subject of the verb at a position, from a parse (`nlp.Backend`), or None."""
        self.entities = registry
        self.context = Context()
        self._roles: dict[str, str] = {}
        self._appointed_to: dict[str, str] = {}
        """The organisation each person was appointed to, which a later sentence of the
        appointment means ("X a été choisi pour..."), whatever role they held elsewhere."""
        self._titles: dict[str, str] = {}
        """The role each person was last said to hold, take or leave (for "Mr Doe will also
        step down", which names none)."""
        self._free_of: SentenceInfo | None = None
        self._free_before: list[int] = []
        self._only_of: SentenceInfo | None = None
        self._only_dates: dict[Segment, Tag | None] = {}
        self._weaker: dict[lexicon.Cue, lexicon.Cue | None] = {}
        """For a company-news cue, the clause's cue among the others (a fallback)."""

    # Helpers ---------------------------------------------------------------------------------

    def _words_before(self, pos: int, count: int, floor: int) -> list[str]:
        window = self.folded[max(floor, pos - 40) : pos]
        window = re.split(r"[,;:«»()]", window)[-1]
        return re.findall(r"[\w'-]+", window)[-count:]

    def _after_preposition(self, mention: Mention, floor: int) -> bool:
        """True for a name after a preposition ("with Globex", "chez Initech"), a name that
        qualifies a noun after an indefinite article ("a Fortune 500 company"), or one in
        brackets ("(NYSE: ACME)"): no subject.
        """
        if bracketed(self.text, floor, mention.start):
            return True
        before = self._words_before(mention.start, 2, floor)
        if any(w in lexicon.PREPOSITIONS[self.lang] for w in before):
            return True
        if qualifier(self.folded, mention.start, self.lang):
            return True
        return self.folded[max(floor, mention.start - 2) : mention.start] == "d'"

    def _subject(self, info: SentenceInfo, pos: int) -> str | None:
        """The entity doing what the clause at `pos` says: the nearest free mention before it;
        after a pronoun ("when it unveiled", "elle a levé"), the sentence's first free name
        before it, else the organisation in focus.
        """
        free = self._free(info)
        seg = info.segment_holding(pos, pos)
        subject_seg = self._before_aside(info, seg, pos) if seg is not None else None
        if subject_seg is not None:
            # "Globex, set up last year by Jane Doe and John Roe, has raised": the subject
            # is before the aside, not a name in it
            seg, pos = subject_seg, subject_seg.end
        antecedent = self._antecedent(info, seg, pos) if seg is not None else None
        if antecedent is not None:
            return self.entities.use(antecedent)
        if seg is not None and _COMPANY_WORDS.match(self.folded, seg.start):
            named = [
                m
                for m in info.mentions_between(seg.start, pos)
                if m.end <= pos and not self._owned(m, info.sentence.start)
            ]
            if not named:  # "Before getting to the new phone, the company unveiled"
                return self.context.last_org or self.context.topic_org
        if seg is not None and self.context.last_acquirer is not None:
            deal = _DEAL_WORDS.match(self.folded, seg.start)
            if deal is not None and not info.mentions_between(seg.start, deal.end()):
                return self.context.last_acquirer  # "The deal will be funded with cash"
        if (
            seg is not None
            and seg.start == info.sentence.start
            and self.context.latter is not None
            and _LATTER.match(self.folded, seg.start)
            and not info.mentions_between(seg.start, pos)
        ):
            return self.entities.use(self.context.latter)  # "Celle-ci a réalisé..."
        if _PRONOUN_BEFORE.search(self.folded, max(info.sentence.start, pos - 24), pos):
            first = next((k for k in range(len(info.mentions)) if free[k + 1] == k), None)
            if first is not None and info.mentions[first].end <= pos:
                return self.entities.use(info.mentions[first])
            return self.context.last_org or self.context.topic_org
        k = free[info.mentions_before(pos)]
        while k >= 0 and info.mentions[k].end > pos:
            k = free[k]
        if k >= 0:
            return self.entities.use(info.mentions[self._first_conjunct(info, k)])
        # A possessive opening the sentence ("Son chiffre d'affaires", "Its revenue"): what
        # the sentence before was about, even in another paragraph.
        if _POSSESSIVE.match(self.folded, info.sentence.start) and self.context.previous_org:
            return self.context.previous_org
        # A description ("le groupe", "the company") or a pronoun: the organisation in focus.
        return self.context.last_org or self.context.topic_org

    def _before_aside(self, info: SentenceInfo, seg: Segment, pos: int) -> Segment | None:
        """The segment of the subject when `seg` opens on its verb (the cue at `pos`, an
        auxiliary, or a verb of telling before its news) after an aside between commas: the
        segment before the aside, which may end on a list of names. None when `seg` does not
        open so, or has no two segments before it.
        """
        k = info.segment_index(seg)
        if k is None or k < 2 or not self.text[seg.start : seg.start + 1].islower():
            return None
        told = k
        while told > 0 and self._only_date_words(info, info.segments[told - 1]):
            told -= 1  # "annonce, ce mardi 28 mai, l'acquisition de": the verb before the date
        if (
            told < k
            and told > 2
            and _TELLING_SEGMENT.fullmatch(
                self.folded, info.segments[told - 1].start, info.segments[told - 1].end
            )
        ):
            k, seg, pos = told - 1, info.segments[told - 1], info.segments[told - 1].start
        if pos != seg.start and not (
            _AUXILIARY_OPENING.match(self.folded, seg.start)
            or _TELLING_OPENING.match(self.folded, seg.start)
        ):
            return None
        j = k - 1  # the aside, over the names of a list it ends on ("by A, B and C")
        while j > 1 and self._only_names(info, info.segments[j]):
            j -= 1
        return info.segments[j - 1]

    def _only_date_words(self, info: SentenceInfo, seg: Segment) -> bool:
        """True when `seg` holds date words and nothing else ("ce mardi 28 mai 2024")."""
        rest = self.folded[seg.start : seg.end]
        dated = [d for d in info.dates if seg.start <= d.start and d.end <= seg.end]
        for d in reversed(dated):
            rest = rest[: d.start - seg.start] + " " + rest[d.end - seg.start :]
        return bool(dated) and not re.sub(
            r"\b(?:ce|cet|cette|le|la|on|this|last)\b|[\s.,]", "", rest
        )

    def _only_names(self, info: SentenceInfo, seg: Segment) -> bool:
        """True when `seg` holds names joined by "and"/"et" and nothing else."""
        rest = self.folded[seg.start : seg.end]
        named = info.mentions_between(seg.start, seg.end)
        for m in reversed(named):
            rest = rest[: m.start - seg.start] + " " + rest[m.end - seg.start :]
        return bool(named) and not re.sub(r"\b(?:and|et|or|ou)\b|[\s.]", "", rest)

    def _antecedent(self, info: SentenceInfo, seg: Segment, pos: int) -> Mention | None:
        """The name a relative clause opening `seg` is about, when no name of its own comes
        before `pos`: the name that ends the clause before it, even after a preposition, or
        owns its last noun ("rachète l'enseigne Globex, qui possède 300 magasins", "the price
        of Globex's stock, which ended at $12").
        """
        if not _RELATIVE_OPENING.match(self.folded, seg.start):
            return None
        floor = info.sentence.start
        if any(
            m.end <= pos and not self._owned(m, floor)
            for m in info.mentions_between(seg.start, pos)
        ):
            return None
        k = info.mentions_before(seg.start) - 1
        if k < 0 or info.mentions[k].start < info.sentence.start:
            return None
        m = info.mentions[k]
        if info.in_quote(m.start) or not _ENDS_CLAUSE.fullmatch(self.folded, m.end, seg.start):
            return None
        if _LOCATIVE.search(self.folded, max(info.sentence.start, m.start - 8), m.start):
            return None  # "trois sites en France, qui emploient": the place is no antecedent
        return m

    def _first_conjunct(self, info: SentenceInfo, k: int) -> int:
        """The first of the names joined to the k-th by "and"/"et" ("Globex and Initech are
        introducing", "Globex et le groupe allemand Initech ont signé"): the subject's first
        name, which news writing puts first, as the event's first entity. Not in a list of
        more ("Globex, Initech and Acme have cut jobs"), whose news is told of each name.
        """
        if k == 0:
            return k
        before = info.mentions[k - 1]
        gap = self.folded[before.end : info.mentions[k].start]
        if not _CONJUNCTION.fullmatch(gap) or self._after_preposition(before, info.sentence.start):
            return k
        if k > 1 and self.folded[info.mentions[k - 2].end : before.start].strip() == ",":
            return k
        return k - 1

    def _free(self, info: SentenceInfo) -> list[int]:
        """For each k, the last mention before the k-th that is free (-1 for none).

        A free mention can be a subject: it is neither after a preposition nor quoted.
        """
        if self._free_of is not info:
            floor = info.sentence.start
            free = [-1]
            placed = False
            for k, m in enumerate(info.mentions):
                taken = (
                    self._after_preposition(m, floor)
                    or info.in_quote(m.start)
                    or m.kind == "place"  # "the Springfield, Ore., company": a city
                    or part_of_company(self.folded, m.start)  # "la division Outillage"
                    or self._owned(m, floor)
                )
                if placed and self.text[info.mentions[k - 1].end : m.start] == ", ":
                    taken = True  # "in Springfield, Ohio": the place goes on
                before = self.folded[max(floor, m.start - 6) : m.start]
                placed = bool(re.search(r"\b(?:in|at|a|en|dans|near)\s+$", before))
                free.append(free[-1] if taken else k)
            self._free_of, self._free_before = info, free
        return self._free_before

    def _owned(self, m: Mention, floor: int) -> bool:
        """Whether the mention `m` is an object owned by the clause's subject ("gave its
        Globex brand a refresh"): see `_OWNED_OBJECT`.
        """
        return _OWNED_OBJECT.search(self.folded, max(floor, m.start - 40), m.start) is not None

    def _date_in(self, info: SentenceInfo, start: int, end: int) -> Tag | None:
        """The first date of `[start, end)` that is not the end of what the clause tells
        ("permanent CEO until May 2025", "jusqu'en 2025") nor the period of results reported
        on a day the clause names ("reported second-quarter results on Wednesday"): when it
        happened.
        """
        date = info.date_within(start, end)
        while date is not None and (
            UNTIL.search(self.folded, max(start, date.start - 14), date.start)
            or (
                _PERIOD_REPORTED.match(self.folded, date.end)
                and info.date_within(date.end, end) is not None
            )
        ):
            date = info.date_within(date.end, end)
        return date

    def _cue(self, info: SentenceInfo, seg: Segment) -> lexicon.Cue | None:
        found = [
            c
            for c in find_cues(self.folded, self.lang, seg.start, seg.end)
            if not info.in_quote(c.start)
        ]
        own = [
            c
            for c in found
            if not _IN_RELATIVE.search(self.folded, max(seg.start, c.start - 24), c.start)
        ]
        mine = lexicon.main_cue(own) if own and len(own) < len(found) else None
        if (
            mine is not None
            and mine.kind in lexicon.COMPANY_NEWS
            and not mine.nominal
            and all(mine.start < c.start for c in found if c not in own)
        ):
            # "a nommé Jeanne Roux ... en remplacement de Anne Roy qui prendra sa retraite":
            # the verb of a relative clause does not type the clause it hangs on
            found = own
        main = lexicon.main_cue(found)
        if main is not None and main.kind in lexicon.COMPANY_NEWS:
            self._weaker[main] = lexicon.weaker_cue(found)
        else:
            kept = self._kept_role_verb(seg)
            if kept is not None:
                return kept  # "he will remain CEO": a role held, not a plan
        if main is None and self.lang == "fr":
            main = self._future_verb(info, seg)
        return main

    def _kept_role_verb(self, seg: Segment) -> lexicon.Cue | None:
        """The verb of a role kept ("remains CEO", "reste directrice", "est confirmé dans ses
        fonctions"), with a role named after it or before it in the segment, as the cue of a
        role held; None otherwise.
        """
        for m in lexicon.STAYS.finditer(self.folded, seg.start, seg.end):
            named = lexicon.ROLE_NOUNS.match(self.folded, m.end())
            fonctions = "fonctions" in m.group()
            if named is not None or fonctions:
                return lexicon.Cue(lexicon.CueType.ROLE, m.start(), m.end())
        return None

    def _future_verb(self, info: SentenceInfo, seg: Segment) -> lexicon.Cue | None:
        """A verb in the future that types a French clause with no other cue
        ("L'intégration prendra deux ans"), as "will" does in English: a plan. Only
        the verb of the main clause, after its subject: not one after a relative ("un
        apport qui doit servir à grandir"), nor one opening a segment.
        """
        before = previous = ""
        for m in re.finditer(r"[\w'-]+", self.text[seg.start : seg.end]):
            word = m.group().lower()
            at = seg.start + m.start()
            if _RELATIVE.fullmatch(word):
                return None
            # the word before the pair too: "très attendue" is an adjective, no future
            words = [before, previous, word]
            future = verb_tense(words, self.lang, context=1) is Tense.FUTURE
            if future and previous and not info.in_quote(at):
                return lexicon.Cue(lexicon.CueType.PLAN, at, at + len(word))
            before, previous = previous, word
        return None

    def _past(self, start: int, end: int) -> bool:
        return self._tense(start, end) is Tense.PAST

    def _tense(self, start: int, end: int) -> Tense | None:
        """The tense of the verb of the text from `start` to `end`, None when it has none."""
        words = re.findall(r"[\w'-]+", self.text[start:end].lower())
        return verb_tense(words, self.lang)

    def _only_date(self, info: SentenceInfo, seg: Segment) -> Tag | None:
        """The date of a segment that is only a date ("Fin février", "en 2021"), or None.

        Read once per segment: a segment may be as long as the text.
        """
        if self._only_of is not info:
            self._only_of, self._only_dates = info, {}
        if seg not in self._only_dates:
            date = self._date_in(info, seg.start, seg.end)
            rest = None
            if date is not None:
                rest = self.folded[seg.start : date.start] + self.folded[date.end : seg.end]
            only = rest is not None and rest.strip() in _ONLY_DATE_REST
            self._only_dates[seg] = date if only else None
        return self._only_dates[seg]

    def _clause_tense(self, tag_: Tag | None) -> Tense:
        return tag_.tense if tag_ is not None and tag_.tense is not None else Tense.PAST

    def _is_name(self, info: SentenceInfo, seg: Segment) -> bool:
        return any(m.end == seg.end for m in info.mentions_between(seg.start, seg.start + 1))

    def _verbal(self, seg: Segment) -> bool:
        words = re.findall(r"[\w'-]+", self.text[seg.start : seg.end].lower())
        return verb_tense(words, self.lang) is not None
