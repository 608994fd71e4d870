"""Who does what in a clause of company news: the subject of its verb (a free name before it,
through an apposition, or the organisation in focus), the names after its prepositions, and
whether the verb is passive. The readings of each kind of news (`_deals`, `_people`,
`_figures`) build on these.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.extract import cues as lexicon
from timeline.extract._reading import DETERMINERS, ReaderBase, SentenceInfo
from timeline.extract.cues import CueType
from timeline.extract.entities import SITE_AFTER, Mention, part_of_company

__all__ = ["CompanyBase", "Reading"]

Reading = tuple[dict[str, Any], str]
"""The fields of an event and its type."""

_PARTICIPLE_END = re.compile(r"(?:e|ee|es|ees|is|ise|ises|ed)$")
"""The end of a French or English past participle, on folded text."""
_BY_NEXT = re.compile(r"\s+(?:par|by)\b")
""""par"/"by" right after a participle: the agent of a passive."""
_PASSIVE = re.compile(
    r"(?:a ete|ont ete|avait ete|est|sont|sera|seront|etait|ete|etre|was|were|is|are|has been"
    r"|have been|had been|be|been|will be|being|s'est vu|s'est vue|se faisant|se faire"
    r"|se fait|s'est fait|s'etait fait|se sont fait|getting|got|get)\s+"
    r"(?:\w+ment\s+|officially\s+|formally\s+|finally\s+|also\s+|aussi\s+|egalement\s+)?$"
)

_BY = re.compile(r"(?:par|by|de la part de)\s+(?:la |le |les |l'|the )?$")

_BY_DESCRIBED = re.compile(
    r"\b(?:par|by)\s+(?:la|le|les|l'|the)\s*(?:[a-z\u00e0-\u00ff][\w'-]*\s+){1,4}$"
)
"""The agent of a passive after a description of it ("par le groupe pharmaceutique
argovien Globex", "by the Irish group Globex")."""

_UNIT_NOUN = re.compile(
    r" (?:unit|subsidiary|division|arm|joint venture|affiliate|business|brand|group|company"
    r"|startup|venture)\b"
)
"""An organisation's noun after a possessed name: the unit acts ("its Initech unit cut")."""
_AT_COMPANY = re.compile(r"(?:chez|au sein de|du cote de|at|within|over at)\s+")
"""The words a sentence opens on before the company it is about ("Chez Globex, ...")."""
_CLAUSE_COMMA = re.compile(r"\s*,")
"""The comma that closes such an opening."""
_POSSESSED = re.compile(r"(?:^|\W)(?:its|their|his|her|our)\s+$")
"""A possessive before a name that qualifies a noun ("its Springfield area plant")."""
_TO = re.compile(r"(?:a|au|aux|against|contre|on)\s+(?:la |le |l'|the )?$")

_ARTICLES = re.compile(r"\b(?:la|le|les|l'|the|de|d'|du|des|of|son|sa|ses|its|their)\b")

_OF_PEOPLE = frozenset({CueType.APPOINTMENT, CueType.DEPARTURE, CueType.ROLE})
"""Cues whose subject may be a person."""

_DESCRIPTION = re.compile(
    r"\s*(?:(?:du|de la|de l'|de l’|des|de|d'|d’|of the|of|the|an?|le|la|les|l'|l’)\s*)?"
    r"(?:[a-zà-ÿœ][\w'’-]*\s+){1,8}"
)
"""Lower-case words before a name, which describe it ("du fabricant britannique de portes et
fenêtres", "of cybersecurity company"): no punctuation, no other name, at most eight words."""

_TO_DESCRIBED = re.compile(
    r"(?:\ba|\bau|\baux|\bagainst|\bcontre|\bon)\s+(?:(?:la|le|les|l'|the)\s*)?"
    r"(?:[a-z][\w'-]*\s+){1,4}$"
)
"""The same after a description of the name ("au groupe technologique américain Globex",
"aux grossistes Initech", "on the software giant Globex")."""


_RELATIVE_TO_CUE = re.compile(r"\s*,?\s*(?:qui|who)(?:\s+[\w'-]+){0,4}?\s*")
"""A relative pronoun and up to four words between a name and the verb it is the subject of
("Paul Durand qui prendra sa retraite", "John Smith, who will also retire")."""


class CompanyBase(ReaderBase):
    """The helpers every reading of company news uses."""

    # Who ----------------------------------------------------------------------------------

    def _actor(self, info: SentenceInfo, cue: lexicon.Cue, i: int) -> str | None:
        """The organisation doing what the clause of `cue` says: `_named_actor`, or when that
        is a person (a founder named last), the organisation they hold a role at, else the
        organisation in focus; a product or a place stands for the organisation in focus.
        """
        actor = self._named_actor(info, cue, i)
        if cue.kind in _OF_PEOPLE:
            return actor  # "Jane Doe has been appointed": the person is the subject
        if actor is not None and self.entities.named_person(actor):
            return self._roles.get(actor) or self.context.topic_org
        if actor is not None and self.entities.named_product(actor):
            return self.context.topic_org or actor  # "La Globex 5, écoulée à 5 millions"
        if actor is not None and self.entities.named_place(actor):
            # "The Springfield County manufacturer said it has acquired": the place
            # qualifies a description of the organisation in focus
            return self.context.last_org or self.context.topic_org or actor
        return actor

    def _named_actor(self, info: SentenceInfo, cue: lexicon.Cue, i: int) -> str | None:
        """The subject of the clause of `cue`: a free name before the cue in its segment, else
        in the nearest earlier segment that is not an apposition ("Acme, a startup, raised"),
        else the organisation in focus.
        """
        parsed = self._parsed_subject(info, cue)
        if parsed is not None:
            return parsed
        segs = info.segments
        antecedent = next(
            (
                m
                for m in reversed(info.mentions_between(info.sentence.start, cue.start))
                if _RELATIVE_TO_CUE.fullmatch(self.folded, m.end, cue.start)
            ),
            None,
        )
        if antecedent is not None:
            # "en remplacement de Paul Durand qui prendra sa retraite", "succeeds John Smith,
            # who will retire": the name the relative clause hangs on, though a preposition
            # governs it
            return self.entities.use(antecedent)
        own = [
            m
            for m in info.mentions_between(segs[i].start, cue.start)
            if m.end <= cue.start and not self._taken(info, m)
        ]
        if own:
            first = self._first_conjunct(info, info.mentions_before(own[-1].start))
            return self.entities.use(info.mentions[first])
        at = _AT_COMPANY.match(self.folded, info.sentence.start)
        if i > 0 and at is not None:
            # "Chez Globex Transport, l'entreprise vise la suppression de 3 200 postes": the
            # company the sentence opens on is the one its description stands for
            named = info.mentions_between(at.end(), at.end() + 1)
            if named and _CLAUSE_COMMA.match(self.text, named[0].end):
                return self.entities.use(named[0])
        antecedent = self._antecedent(info, segs[i], cue.start)
        if antecedent is not None:  # "l'enseigne Globex, qui possède 300 magasins"
            return self.entities.use(antecedent)
        for j in range(i - 1, -1, -1):
            seg = segs[j]
            body = self.folded[seg.start : seg.end]
            if DETERMINERS.match(body) or re.match(r"(?:qui|which|who|based|basee?)\b", body):
                continue
            names = [
                m for m in info.mentions_between(seg.start, seg.end) if not self._taken(info, m)
            ]
            if names:
                return self.entities.use(names[0])
            break
        return self._subject(info, cue.start)

    def _parsed_subject(self, info: SentenceInfo, cue: lexicon.Cue) -> str | None:
        """The name inside the subject the parse gives the cue's verb, if any."""
        if self.subjects is None:
            return None
        span = self.subjects(cue.start)
        if span is None:
            return None
        inside = [
            m
            for m in info.mentions_between(span[0], span[1])
            if m.end <= span[1] and not info.in_quote(m.start)
        ]
        head = next((m for m in inside if m.start <= span[2] < m.end), None)
        if head is None and inside:
            head = inside[-1] if len(inside) == 1 else None
        return self.entities.use(head) if head is not None else None

    def _taken(self, info: SentenceInfo, m: Mention) -> bool:
        """A name that cannot be a subject: after a preposition, quoted, a "-based" word, or
        the place of a site ("the Springfield plant").
        """
        if self.folded[m.end : m.end + 6] == "-based" or m.name.endswith("-based"):
            return True
        if m.kind == "place" and SITE_AFTER.match(self.text, m.end):
            return True
        if part_of_company(self.folded, m.start):
            return True  # "La division Outillage a progressé de 19 %": the company's news
        if (
            _POSSESSED.search(self.folded, max(0, m.start - 7), m.start)
            and re.match(r" [a-z]", self.text[m.end : m.end + 2])
            and not _UNIT_NOUN.match(self.folded, m.end)
        ):
            return True  # "plans to shutter its Springfield area plant": what it owns
        return self._after_preposition(m, info.sentence.start) or info.in_quote(m.start)

    def _after_words(
        self, info: SentenceInfo, rx: re.Pattern[str], lo: int, hi: int, window: int = 40
    ) -> list[Mention]:
        """The mentions in `[lo, hi)` whose preceding words (back to `lo`) end with `rx`."""
        out = []
        for m in info.mentions_between(lo, hi):
            if m.end > hi:
                continue
            before = self.folded[max(lo, m.start - window) : m.start]
            if rx.search(before):
                out.append(m)
        return out

    def _passive(self, cue: lexicon.Cue, floor: int) -> bool:
        """True for a cue in the passive: after an auxiliary ("a été racheté", "was
        acquired"), or a participle before "par"/"by" ("Initech racheté par Globex", a
        headline's passive without its auxiliary). A cue in "-ing" is in the progressive,
        active ("is buying", "was acquiring", "is taking over").
        """
        word = self.folded[cue.start : cue.end]
        if word.split()[0].endswith("ing"):  # "is buying", "is taking over"
            return False
        if _PASSIVE.search(self.folded[max(floor, cue.start - 24) : cue.start]):
            return True
        return bool(_PARTICIPLE_END.search(word) and _BY_NEXT.match(self.folded, cue.end))

    def _next_name(
        self, info: SentenceInfo, pos: int, hi: int, gap: int = 4, described: bool = False
    ) -> Mention | None:
        """The mention starting within `gap` characters (and an article) after `pos`; with
        `described`, also after a description in lower-case words ("du fabricant britannique
        de portes et fenêtres Initech", "of cybersecurity company Globex").
        """
        for m in info.mentions_between(pos, hi):
            between = self.folded[pos : m.start]
            bare = _ARTICLES.sub("", between)
            if len(bare.strip(" ,")) <= gap:
                return m
            if described and _DESCRIPTION.fullmatch(self.text, pos, m.start):
                return m
            return None
        return None
