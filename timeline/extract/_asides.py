"""What a sentence says beside its clauses' cues: appositions ("Globex, la filiale de W"),
titles before or after a name ("Globex CEO Jane Doe", 'Jane Doe, "Chief Revenue Officer"',
"la présidente de l'Autorité, Jeanne Durand"), roles in brackets, lists of investors, and
quotations continued from the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from timeline.extract import cues as lexicon
from timeline.extract._fields import FieldReader
from timeline.extract._figures import COMPARED
from timeline.extract._reading import DETERMINERS, SINCE_TAIL, SentenceInfo
from timeline.extract._seedfile import DraftEvent
from timeline.extract._segments import Segment
from timeline.extract._text import fold
from timeline.extract.cues import CueType
from timeline.extract.entities import Mention, kind_of
from timeline.extract.tagger import Tag
from timeline.time.normalize import Tense

__all__ = ["Asides"]

_ROLE_OF = re.compile(
    rf"(?P<role>{lexicon.ROLE_NOUNS.pattern}(?: [a-z]+(?:al|ale|ial|iale|ive|if|ier|iere|ique)"
    r"| (?:executive|financial|operating|technology) officer)?)"
    r"\s+(?:de la |de l'|des |du |de |d'|of the |of |at )\s*$"
)
"""A role before "de"/"of" and the organisation's name ("la présidente de", "directeur
général du", "the chief executive of")."""
_INVESTOR_LIST = re.compile(
    r"\b(?:(?:other |existing |new )?(?:investors|backers|participants)"
    r"(?: in the (?:funding |financing |investment )?round)? (?:include[sd]?|are|were"
    r"|also include|including)"
    r"|(?P<closing>also participated|participated in the (?:funding )?round)"
    r"|(?:ont|a) (?:egalement |aussi )?participe|(?:les )?autres investisseurs (?:sont|comprennent)"
    r"|aux cotes de|(?:company |existing |previous |returning )backers"
    r"|(?:the )?(?:new )?(?:funding|round|investment|money|capital|cash)"
    r"(?:,? which|,? that)? (?:comes|came|is coming) from"
    r"|(?:les )?fonds (?:proviennent|viennent) d(?:e|u|es)"
    r"|(?:has |have |had )?(?:raised|secured) (?:this|the|that|these) (?:capital|money|funds"
    r"|funding|amount|sum) from)\b"
)
"""Words that open a list of a round's investors ("has raised this capital from A, B and C"),
or in English close it ("A and B also participated"): the names after them, or before a
closing one."""
_LEAD = re.compile(
    r"\b(?P<active>(?:a|ont|avait|avaient) (?:co-)?mene (?:l'operation|le tour(?: de table)?"
    r"|la levee(?: de fonds)?|ce tour)|(?:co-)?led the (?:round|financing|investment|raise))"
    r"|\b(?:the )?(?:\w+ )?(?:round|funding|financing|investment) (?:was|is) (?:co-)?led by"
    r"|\b(?:le tour(?: de table)?|la levee(?: de fonds)?|l'operation) (?:a ete|est)"
    r" (?:co-)?menee?s? par"
)
"""Words that tell who led the round told before: its lead named before them ("Initech a mené
l'opération", "Initech led the round") or after them ("The Series B funding was led by
Initech")."""
_WITH_LEADING = re.compile(
    r"\bwith\b(?P<names>[^;]{3,120}?)\s(?:co-)?lead(?:ing)? the (?:round|financing|investment)"
)
"""The leads of a round named after a list of its investors ("with Globex and Initech
leading the round")."""
_OPENING = re.compile(r"\s*(?:(?:l'|le |la |les |the )(?:[a-z\u00e0-\u00ff][\w'\u2019-]* ){0,4})?")
"""What may stand before the name a sentence opens on: an article, perhaps with a
description ("Le fonds souverain singapourien Globex")."""
_ALONGSIDE = re.compile(
    r"\b(?:ainsi qu(?:e|')|aux cotes d(?:e|'|u|es)|alongside|with participation (?:from|of)"
    r"|with (?:the )?participation of|joined by)"
)
"""Words after which the other investors of a round its lead led are named."""
_CLOSE_GAP = frozenset({"", "have", "had", "both", "have both", "each"})
"""What may stand between a list of investors and its closing words ("A and B have also")."""
_BRACKETED = re.compile(r" ?\([^()]*\)")
"""An aside in brackets after a name ("Crédit Agricole Alpes (C2AD)")."""
_LIST_JOINS = frozenset({", ", " and ", ", and ", " et ", ", et ", " & "})
"""The joins of a list of names."""
_ADVISED = re.compile(r"\b(?:advised by|conseill\w* par)\b")
"""Words after which the names are a deal's advisers, not its investors."""
_ROLE_AFTER = re.compile(r"\s*\((?P<role>[^()]{2,60}?)\s+(?:of|at|de|chez|du|d')\s*[^()]{2,60}\)")
"""A role in brackets after a name: "(CEO of Initech)", "(directrice de Acme)"."""
_APPOSED_TITLE = (
    r"(?:(?:executive|senior|deputy|interim|acting|lead|independent|non-executive|associate"
    r"|assistant|regional|global|group)\s+){0,2}"
    r"(?:co-?fondat(?:eur|rice)|fondat(?:eur|rice)|directeur|directrice|president(?:e)?"
    r"|pdg|patron(?:ne)?|dirigeant(?:e)?|vice[ -]president(?:e)?|ceo|cto|cfo|coo|drh|daf"
    r"|chief \w+ officer|chief executive|(?:vice-)?chair(?:man|woman)?|co-?founder|founder"
    r"|managing director|general counsel|president|director|board member)"
)
"""The head of a title in apposition, with up to two words that may rank it ("executive vice
president", "interim CEO", "lead independent director")."""
_APPOSED_ROLE = re.compile(
    r",\s+(?:(?:who is|who has been|qui est|qui reste)\s+)?"
    r"(?P<role>(?:(?:le|la|l'|son|sa|leur|its|the|their|his|her)\s*)?"
    r"(?:(?P<org>[\w&.-]+(?: [\w&.-]+){0,3}?)(?P<owner>['’]s)?\s+)?"
    rf"(?P<title>{_APPOSED_TITLE}"
    r"(?:[ -](?:general|generale|adjoint|adjointe|delegue|deleguee|executif|executive|officer"
    rf"|(?:and|et|&) (?!former|ancien){_APPOSED_TITLE}"
    r"|and(?! former)|et(?! ancien)|co-founder|founder|chief|financier|financiere"
    r"|(?:de|du|des|of) (?:(?!and former|et ancien|ex-)[\w&.' -]){2,40}?))*))"
    r"(?=\s*[,.;]|\s*$|\s+(?:and former|et ancien|ex-|for|since|depuis)\b)"
)
"""A role in apposition after a name, up to the next comma: ", le PDG,", ", Globex's
chairman and chief executive,", ", directrice générale de Globex,", ", Globex president and
CEO," (a name before the title without "'s" must be one the article names)."""
_OWNED_ROLE = re.compile(r"['’]s?\s+(?P<role>(?:[a-z-]+ ){0,4}?[a-z-]+),\s+")
"""The words between an organisation and a person's name that may tell the role it gives the
person ("Globex' associate general counsel, "), when they are a title (`_TITLE_WORDS`)."""
_TITLE_WORDS = re.compile(
    r"(?:(?:associate|assistant|deputy|senior|executive|interim|acting|lead|independent|chief"
    r"|general|global|group|regional|vice|managing|non-executive|new|former) )*"
    r"(?:general counsel|chief executive(?: officer)?|chief \w+ officer|ceo|cfo|coo|cto"
    r"|president|chair(?:man|woman)?|director|founder|co-founder|head of \w+|spokes(?:man|woman"
    r"|person)|treasurer|secretary|counsel|officer|manager|partner|editor|economist)"
)
"""A title of a few words ending on its head noun, with no determiner or verb."""
_ORG_NOUN = re.compile(
    r"(?:the |le |la |l')?(?:bank|company|group|firm|carmaker|retailer|startup|start-up|lender"
    r"|insurer|airline|brewer|chain|maker|manufacturer|operator|business|groupe|societe"
    r"|entreprise|banque)"
)
"""A common noun that stands for the organisation in focus before "'s" ("the bank's lead
independent director")."""
_QUOTED_ROLE = re.compile(r",\s*[\"«“]\s*(?P<role>[^\"»”]{2,60}?)\s*[\"»”]")
"""A title in quotation marks after a name and a comma: ', "Chief Revenue Officer"'."""
_TITLE_UNIT = (
    r"(?:(?:vice|co|deputy|executive|interim|acting|senior)[- ]?){0,2}"
    r"(?:co-?fondat(?:eur|rice)|fondat(?:eur|rice)"
    r"|directeur|directrice|president(?:e)?|pdg|patron(?:ne)?|dirigeant(?:e)?|ceo|cto|cfo|coo"
    r"|chief \w+ officer|chief executive|chair(?:man|woman)?|co-?founder|founder"
    r"|managing director|secretaire general(?:e)?|directeur general|directrice generale"
    r"|analyst|analyste|economist|economiste|strategist)"
    r"(?:[ -](?:general|generale|adjoint|adjointe|delegue|deleguee|fondateur|fondatrice"
    r"|executif|executive|officer|co-founder|founder|du groupe|de la marque|du club"
    r"|de l'entreprise|de la societe))*"
)
"""One title, with its prefix ("vice-president", "Co-CEO", "deputy chief executive")."""
_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<role>{_TITLE_UNIT}(?:\s+(?:and|et|&)\s+{_TITLE_UNIT})*)"
    r"(?:,| de \w+,)?\s+$"
)
"""A title just before a person's name, or two joined ("Chairman and Co-CEO Jane Doe")."""

_DETERMINER = re.compile(r"(?:\b(?:le|la|son|sa|leur|the|its|their)\s+|\bl')$")
"""The determiner that opens a title before a name ("le directeur général", "its CEO")."""

_TEAM = re.compile(
    r"\b(?:its|their|his|her|the|a|an)\s+(?:[a-z]+(?:ly)?\s+){0,2}?"
    r"(?P<en>\d+|[a-z]+)-(?:person|people|member|strong) (?:team|staff|workforce)\b"
    r"|\b(?:son|sa|leur|une)\s+equipe (?:de |d')(?P<fr>\d+|[a-z]+) (?:personnes|salaries"
    r"|collaborateurs|employes|ingenieurs)\b"
)
"""The size of a team, in a phrase of its own ("its fully distributed six-person team", "a
40-strong team", "son équipe de 12 personnes")."""
_SMALL_NUMBERS = {
    word: n
    for n, words in enumerate(
        [
            (),
            ("one", "un", "une"),
            ("two", "deux"),
            ("three", "trois"),
            ("four", "quatre"),
            ("five", "cinq"),
            ("six",),
            ("seven", "sept"),
            ("eight", "huit"),
            ("nine", "neuf"),
            ("ten", "dix"),
            ("eleven", "onze"),
            ("twelve", "douze"),
        ]
    )
    for word in words
}
"""Numbers written in words, as a team's size is ("a six-person team")."""


_SEAT = re.compile(
    r"(?P<before>\b(?:headquartered|based|located) in|\bdont le siege(?: social| mondial)? est"
    r"(?: situe| installe| base)? (?:a|au|aux|en)"
    r"|\b(?:a|ayant) son siege(?: social| mondial)? (?:a|au|en)"
    r"|\b(?:basee?|implantee?|installee?|domiciliee?) (?:a|au|en))\s+"
    r"|(?P<adjective>-based\b)"
)
"""Words that tell where an organisation has its seat: before the place ("headquartered in",
"dont le siège social est à", "basée à") or after it ("a Springfield-based platform")."""


_DESCRIPTION_DETERMINER = re.compile(r"\s*(?:(?:the|le|la|les|a|an|un|une)\s+|l')?")
"""The spaces and the determiner opening an apposition."""
_WHERE_IT_LIES = re.compile(
    r"(?:pres d(?:e|u|es|')|non loin d|a (?:\w+ )?(?:kilometres|km|minutes)|au (?:nord|sud|est"
    r"|ouest|coeur)|near\b|outside\b|(?:\w+ )?(?:miles|kilometres|kilometers|km) (?:from|north"
    r"|south|east|west))"
)
"""The opening of a phrase that tells where a place lies ("près de", "à vingt kilomètres au
sud de", "near", "30 miles north of"): no description of a company."""
_OWN_SEAT = re.compile(r"headquartered|based|dont le siege|a son siege|ayant son siege|basee?")
"""Words of a seat that tell it outside an apposition ("located in", "implanté à" do not)."""
_SEAT_OWNER_GAP = re.compile(
    r"\s*,?\s*(?:(?:une?|a|an|the|la|le|l')\s*(?:[a-z\u00e0-\u00ff][\w'-]*\s+){1,4})?"
    r"(?:(?:which|who|qui)\s+)?(?:(?:is|are|was|has been|est|etait)\s+)?(?:(?:now|also)\s+)?"
)
"""What may stand between an organisation and the words of its seat: "is", "which is", a
comma, a short description ("Globex, une société basée à")."""
_PLACE_BEFORE_BASED = re.compile(r"[A-Z][\w'.]*(?:[ -][A-Z][\w'.]*)*(?=-based\b)")
"""The capitalised words glued to "-based" ("a Springfield-based", "a New Springfield-based"),
on the original text."""


_OPENS_COMPARISON = re.compile(r"\s*" + COMPARED.pattern)
"""A segment opening on the base of a comparison (", contre 120 millions un an plus tôt")."""

_LIST_GOES_ON = re.compile(
    r"\s*(?:de |d'|d’|du |des |of |from |alongside |with |including |aux cotes |avec |dont "
    r"|notamment |ainsi que |as well as )"
)
"""The preposition of a list going on after a comma ("auprès de Hooli, de la Banque et
d'Acme", "led by Hooli, alongside Acme"): the next name of the list, no description."""


class Asides(FieldReader):
    """The events a sentence gives beside those of its cues."""

    def _seat(self, info: SentenceInfo, lo: int, hi: int) -> Mention | None:
        """The place `[lo, hi)` names as an organisation's seat ("une société basée à
        Villebourg", "a Springfield-based startup", "headquartered in Springfield"), or None.
        """
        for m in _SEAT.finditer(self.folded, lo, hi):
            if m.group("adjective"):
                place = next(iter(info.mentions_ending(m.start())), None) or self._glued_place(
                    lo, m
                )
            else:
                place = next(iter(info.mentions_between(m.end(), m.end() + 1)), None)
            if place is not None and self.entities.kinds.get(self.entities.id_of(place.name)) in (
                None,
                "place",
            ):
                return place
        return None

    def _glued_place(self, lo: int, based: re.Match[str]) -> Mention | None:
        """The place glued to "-based" (`text`, not folded: "a New Springfield-based", "an
        AI Springfield-based"): the longest run of its last capitalised words that is a
        known place, else its last word.
        """
        named = _PLACE_BEFORE_BASED.search(self.text, lo, based.end())
        if named is None or named.end() != based.start():
            return None
        words = list(re.finditer(r"[^\s-]+", named.group()))
        for k in range(len(words)):
            start = named.start() + words[k].start()
            name = self.text[start : named.end()]
            if kind_of(name) == "place" or k == len(words) - 1:
                return Mention(start, named.end(), name, "place")
        return None

    def _headquarters(self, entity: str, place: Mention, quote: str, start: int) -> DraftEvent:
        """The seat of `entity` at `place`: a fact of its `headquarters`, quoting `quote`."""
        place_id = self.entities.use(place, "place")
        self.entities.kinds[place_id] = "place"
        fields = {"entity": entity, "attribute": "headquarters", "value": place.name}
        return _fact(fields, quote, start)

    def _seats(self, info: SentenceInfo, events: list[DraftEvent]) -> list[DraftEvent]:
        """A seat told outside an apposition ("Globex, dont le siège social est à Villebourg,",
        "Globex is headquartered in Springfield"): the headquarters of the name just before the
        words (at most "is", "which is" or a comma between them), none where an event
        already quotes them.
        """
        s = info.sentence
        out = []
        for m in _SEAT.finditer(self.folded, s.start, s.end):
            if m.group("adjective") or any(
                e.start <= m.start() < e.start + len(e.quote) for e in events
            ):
                continue
            if not _OWN_SEAT.match(m.group()):
                continue  # "a plant located in", "une équipe implantée à": not the seat
            place = self._seat(info, m.start(), m.end() + 1)
            if place is None:
                continue
            owner = next(
                (
                    n
                    for n in reversed(info.mentions_between(s.start, m.start()))
                    if n.end <= m.start()
                    and _SEAT_OWNER_GAP.fullmatch(self.folded, n.end, m.start())
                ),
                None,
            )  # "Globex, dont le siège est à", "Globex is headquartered in": the name just before
            if owner is None:
                continue
            entity = self.entities.use(owner)
            if self.entities.kinds.get(entity) in ("person", "place"):
                continue
            begin = owner.start
            out.append(self._headquarters(entity, place, self.text[begin : place.end], begin))
        return out

    def _has_quote(self, info: SentenceInfo, seg: Segment) -> bool:
        return info.quote_starts_in(seg.start, seg.end)

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
            if name is not None and kind_of(name.name) == "place":
                continue  # "Lyon, la capitale des Gaules": a place described, no company news
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
            if self._listed_or_placed(info, second):
                continue  # "Hooli, the Springfield Times", "Villebourg, près de Springfield"
            if _OPENS_COMPARISON.match(self.folded, second.start):
                continue  # ", contre 120 millions un an plus tôt": a comparison's base
            if _LIST_GOES_ON.match(self.folded, second.start) and info.mentions_between(
                second.start, second.end
            ):
                continue  # "auprès de Hooli, de la Banque de Springfield et d'Acme": a list
            quote = self.text[start : second.end]
            place = self._seat(info, second.start, second.end)
            if place is not None and self.entities.kinds.get(entity) != "person":
                # "Globex, a Springfield-based payments platform,": where it has its seat
                out.append(self._headquarters(entity, place, quote, start))
                continue
            fields = {"entity": entity, "attribute": "description", "value": value}
            out.append(_fact(fields, quote, start))
        return out

    def _listed_or_placed(self, info: SentenceInfo, seg: Segment) -> bool:
        """True for a segment after a name that is no description of it: another name, after
        at most a determiner ("Hooli, the Springfield Times", "Acme, Initech"), or where the
        name lies ("Villebourg, près de Springfield", "à vingt kilomètres au sud de").
        """
        opening = _DESCRIPTION_DETERMINER.match(self.folded, seg.start)
        at = opening.end() if opening is not None else seg.start
        if at < seg.end and any(m.start == at for m in info.mentions_between(at, at + 1)):
            return True
        return _WHERE_IT_LIES.match(self.folded, at) is not None

    def _investor_list(self, info: SentenceInfo, events: list[DraftEvent]) -> list[DraftEvent]:
        """A sentence that lists investors after a round ("Other investors include A, B and
        C", "Ont également participé A et B", "The new funding comes from A and B", or before
        English closing words, "A and B also participated"), without the advisers named after
        "advised by": the investors of the organisation that raised, as a fact quoting the
        list.
        """
        if any(e.type == "funding_raised" for e in events) or self.context.last_funding is None:
            return []
        s = info.sentence
        led = _LEAD.search(self.folded, s.start, s.end)
        if led is not None and not info.in_quote(led.start()):
            found = self._lead_of_round(info, led)
            if found:
                return found
        cue = _INVESTOR_LIST.search(self.folded, s.start, s.end)
        if cue is None:
            return []
        advised = _ADVISED.search(self.folded, cue.end(), s.end)
        stop = advised.start() if advised is not None else s.end
        names = [
            m for m in info.mentions if cue.end() <= m.start < stop and not info.in_quote(m.start)
        ]
        for k in range(1, len(names)):
            join = _BRACKETED.sub("", self.text[names[k - 1].end : names[k].start])
            if re.search(r"\b(?:with|avec)\b", join):
                names = names[:k]  # "A, with B leading the round": the list ends on A
                break
            if join.strip(" ,") in ("and", "et"):
                names = names[: k + 1]  # "A, B and C, Globex News reported": it ends on C
                break
        if not names or (cue.group("closing") and self.lang == "en"):
            names = self._list_before(info, cue.start()) or names
        if not names:
            return []
        start = min(cue.start(), names[0].start)
        end = max(cue.end(), names[-1].end)
        ids = [self.entities.use(m) for m in names]
        value = self._names_of(ids)
        fields = {"entity": self._funded(), "attribute": "investors", "value": value}
        quote = self.text[start:end]
        return [_fact(fields, quote, start), *self._leading(info, end)]

    def _leading(self, info: SentenceInfo, pos: int) -> list[DraftEvent]:
        """The leads of the round after a list of its investors ("..., with Globex and
        Initech leading the round"): a fact of the organisation that raised.
        """
        s = info.sentence
        found = _WITH_LEADING.search(self.folded, pos, s.end)
        if found is None:
            return []
        names = [
            m
            for m in info.mentions_between(found.start("names"), found.end("names"))
            if kind_of(m.name) != "place"
        ]
        if not names:
            return []
        ids = dict.fromkeys(self.entities.use(m) for m in names)
        value = self._names_of(ids)
        fields = {"entity": self._funded(), "attribute": "lead investor", "value": value}
        return [_fact(fields, self.text[found.start() : found.end()], found.start())]

    def _names_of(self, ids: Iterable[str]) -> str:
        """The names of the entities `ids`, each once, in order, joined by commas."""
        return ", ".join(self.entities.used[i].name for i in dict.fromkeys(ids))

    def _funded(self) -> str | None:
        """The organisation whose round a list of investors is about: the one in focus when
        it raised (a competitor's round told in passing comes between), else the last.
        """
        ctx = self.context
        return ctx.topic_org if ctx.focus_funded and ctx.topic_org else ctx.last_funding

    def _lead_of_round(self, info: SentenceInfo, led: re.Match[str]) -> list[DraftEvent]:
        """A sentence that tells who led the round told before ("Initech, already a
        shareholder, led the round alongside A and B"; "The funding was led by Initech, with
        participation from A"): its lead investor, and the others after `_ALONGSIDE`, as facts
        of the organisation that raised, quoting the sentence up to the last name.
        """
        s = info.sentence
        names = [m for m in info.mentions if not info.in_quote(m.start)]
        if led.group("active"):
            before = [m for m in names if m.end <= led.start()]
            opens = bool(before) and _OPENING.fullmatch(self.folded, s.start, before[0].start)
            lead = before[0] if opens else None  # the subject, the name the sentence opens on
        else:
            after = [m for m in names if m.start >= led.end()]
            lead = after[0] if after else None
        if lead is None:
            return []
        lead_id = self.entities.use(lead)
        funded = self._funded()
        if lead_id == funded:
            return []
        alongside = _ALONGSIDE.search(self.folded, max(led.end(), lead.end), s.end)
        others = [] if alongside is None else [m for m in names if m.start >= alongside.end()]
        others_ids = [i for i in dict.fromkeys(self.entities.use(m) for m in others) if i != funded]
        last = max([lead, *others], key=lambda m: m.end)
        start = min(s.start, lead.start)
        quote = self.text[start : max(last.end, led.end())]
        lead_name = self.entities.used[lead_id].name
        out = [
            _fact(
                {"entity": funded, "attribute": "lead investor", "value": lead_name}, quote, start
            )
        ]
        if others_ids:
            value = self._names_of(others_ids)
            out.append(
                _fact({"entity": funded, "attribute": "investors", "value": value}, quote, start)
            )
        return out

    def _list_before(self, info: SentenceInfo, pos: int) -> list[Mention]:
        """The list of names that ends right before `pos` ("A, B and C also
        participated"): names joined by commas and "and"/"et", the last one next to `pos`
        (a speaker or a source before the list is not in it).
        """
        before = [
            m for m in info.mentions if m.end <= pos and self.text[m.start - 1 : m.start] != "("
        ]  # an abbreviation in brackets belongs to the name before it

        def gap(lo: int, hi: int) -> str:
            return _BRACKETED.sub("", self.text[lo:hi])

        if not before or gap(before[-1].end, pos).strip(" ,").lower() not in _CLOSE_GAP:
            return []
        out = [before[-1]]
        for m in reversed(before[:-1]):
            if gap(m.end, out[0].start) not in _LIST_JOINS:
                break
            out.insert(0, m)
        return out

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
            apposed = _APPOSED_ROLE.match(self.folded, m.end)
            if apposed is not None and " " in m.name and self.entities.id_of(m.name) not in named:
                event = self._role_apposed(info, m, apposed)
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
            held_at = {
                e.fields.get("organization") for e in [*events, *out] if e.type == "role_held"
            }
            if self.entities.id_of(m.name) in held_at:
                continue  # "Jane Doe, President and CEO, Globex North America": her company
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
                determiner = _DETERMINER.search(self.folded, max(floor, begin - 7), begin)
                if determiner is not None:
                    begin = determiner.start()  # "son PDG-fondateur Marc Durand"
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

    def _team_sizes(self, info: SentenceInfo, events: list[DraftEvent]) -> list[DraftEvent]:
        """The size of a team told in a phrase ("its fully distributed six-person team", "son
        équipe de 12 personnes"): the headcount of the organisation the phrase belongs to, held
        on the day of the report, unless a headcount of the sentence already says it.
        """
        if any(e.type == "headcount_changed" for e in events):
            return []
        out = []
        s = info.sentence
        for team in _TEAM.finditer(self.folded, s.start, s.end):
            number = team.group("en") or team.group("fr")
            size = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number)
            org = self._subject(info, team.start())
            if size is None or org is None or self.entities.kinds.get(org) == "person":
                continue
            fields = {"organization": org, "detail": "headcount", "headcount": size}
            quote = self.text[team.start() : team.end()]
            out.append(
                DraftEvent(
                    "headcount_changed",
                    fields,
                    quote,
                    team.start(),
                    None,
                    None,
                    Tense.PAST,
                    (),
                    "headcount",
                )
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
        """A role of an organisation before a person's name and a comma or a space ("la
        présidente de la Haute Autorité des échanges, Isabelle Durand", "the chief executive of
        Globex, Jane Doe", "le président de Globex Jean Dupont"), anywhere in the sentence: the
        role they hold there.
        """
        if info.in_quote(m.start) or not self.entities.named_person(self.entities.id_of(m.name)):
            return None
        org_m = next(iter(info.mentions_ending(m.start - 2)), None) or next(
            iter(info.mentions_ending(m.start - 1)), None
        )  # "X, Jane Doe", "le président de X Jean Dupont"
        if org_m is None or self.text[org_m.end : m.start] not in (", ", " "):
            return self._owned_role_before(info, m, named)
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

    def _owned_role_before(
        self, info: SentenceInfo, m: Mention, named: set[str | None]
    ) -> DraftEvent | None:
        """A role owned by an organisation before a person's name and a comma ("Globex'
        associate general counsel, Jane Doe", "Globex's chief executive, Jane Doe"): the role
        they hold there, when the words are a title (`_TITLE_WORDS`). The owner is not
        checked for a person: a company whose name opens on a given name ("Philip ...") is
        often taken for one.
        """
        lo = max(info.sentence.start, m.start - 80)
        for org_m in reversed(info.mentions_between(lo, m.start)):
            owned = _OWNED_ROLE.fullmatch(self.folded, org_m.end, m.start)
            if owned is None or not _TITLE_WORDS.fullmatch(owned.group("role")):
                continue
            person = self.entities.use(m, "person")
            org = self.entities.use(org_m)
            if person in named or person == org:
                return None
            role = self.text[owned.start("role") : owned.end("role")]
            return self._held(person, org, role, org_m.start, m.end, "title")
        return None

    def _role_apposed(
        self, info: SentenceInfo, m: Mention, apposed: re.Match[str]
    ) -> DraftEvent | None:
        """A role in apposition after a person's name ("Jean Dupont, le PDG, a indiqué",
        "Jane Doe, Globex's chairman and chief executive, said"): the role they hold, at the
        organisation named in it, else the one of the paragraph or in focus.
        """
        if info.in_quote(m.start) or not self.entities.named_person(self.entities.id_of(m.name)):
            return None
        begin, stop = apposed.start("role"), apposed.end("role")
        inside = info.mentions_between(begin, stop)
        owner = apposed.start("org")
        named_owner = any(n.start == owner and n.end == apposed.end("org") for n in inside)
        if (
            owner >= 0
            and not named_owner
            and not (
                apposed.group("owner") is not None
                and _ORG_NOUN.fullmatch(self.folded, owner, apposed.end("org"))
            )
        ):
            # ", who was president": no name before the title; ", who has been critical of
            # Globex's CEO": words before the name that are no organisation
            return None
        person = self.entities.use(m, "person")
        org = (
            self.entities.use(inside[0])
            if inside
            else self.context.last_org or self.context.topic_org
        )
        if org is None or org == person or self.entities.kinds.get(org) == "place":
            return None
        role = self.text[apposed.start("title") : stop]
        return self._held(person, org, role, m.start, stop, "title")

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
        return self._held(person, org, role, m.start, after.end(), "role")

    def _held(self, person: str, org: str, role: str, start: int, end: int, cue: str) -> DraftEvent:
        """The role `person` holds at `org`, quoted from `text[start:end]`; the person is
        one, and is remembered at that organisation.
        """
        self.entities.kinds[person] = "person"
        self._roles[person] = org
        role = SINCE_TAIL.sub("", role) or role  # "chief executive since 2010": the role
        fields = {"person": person, "organization": org, "role": role}
        quote = self.text[start:end]
        return DraftEvent("role_held", fields, quote, start, None, None, Tense.PAST, (), cue)

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


def _fact(fields: dict[str, Any], quote: str, start: int) -> DraftEvent:
    """A generic fact (`fact_asserted`) of no date, quoting `quote` at `start`."""
    return DraftEvent("fact_asserted", fields, quote, start, None, None, Tense.PAST, (), "")
