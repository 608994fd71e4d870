"""The fields of company news proper: funding rounds, acquisitions, appointments, departures,
results, headcount, sites and legal actions, read from a clause and its sentence.

Each reading takes the clause's cue (`cues.COMPANY_NEWS`) and looks for what the event type
needs; when a needed field is missing (a round with no amount, a site with no place) it gives
up and the caller falls back to a weaker cue or to `fact_asserted`. The readings are rules on
the folded text and the name mentions: which side of the verb a name is on, the preposition
before it ("led by", "auprès de", "par"), whether the verb is passive ("a été nommé",
"was fined"), and the subject of a clause that opens on its verb after an apposition
("Acme, a Berlin-based startup, raised...").
"""

from __future__ import annotations

import re
from typing import Any

from timeline.errors import DateError
from timeline.extract import cues as lexicon
from timeline.extract._reading import DETERMINERS, ReaderBase, SentenceInfo
from timeline.extract.cues import CueType
from timeline.extract.entities import Mention
from timeline.extract.money import amounts, counts
from timeline.time.normalize import Tense, resolve

__all__ = ["CompanyFields", "Reading"]

Reading = tuple[dict[str, Any], str]
"""The fields of an event and its type."""

_PASSIVE = re.compile(
    r"(?:a ete|ont ete|avait ete|est|sont|sera|seront|etait|ete|was|were|is|are|has been"
    r"|have been|had been|be|been|will be|being|s'est vu|s'est vue)\s+"
    r"(?:\w+ment\s+|officially\s+|formally\s+|finally\s+|also\s+|aussi\s+|egalement\s+)?$"
)
_BY = re.compile(r"(?:par|by|de la part de)\s+(?:la |le |les |l'|the )?$")
_LED = re.compile(
    r"(?:led by|co-led by|mene(?:e|s|es)? par|conduit(?:e|s|es)? par|pilote(?:e|s|es)? par"
    r"|emmene(?:e|s|es)? par|dirige(?:e|s|es)? par|orchestre(?:e|s|es)? par)"
    r"\s+(?:la |le |les |l'|the |des |du )?(?:[a-z]+(?:ais|aise|ois|oise|ien|ienne|ain|aine"
    r"|and|ande|an|ese|ish|ch) )?$"
)
"""Words before a round's lead investor, perhaps with a nationality ("emmenés par le
néerlandais Gilde", "led by the American fund")."""
_INVESTORS = re.compile(
    r"(?:aupres (?:de|d')|from|including|dont|notamment|aux cotes (?:de|d')|avec|with"
    r"|participation (?:de|d'|from)|alongside|backed by|soutenu(?:e)? par|investors|investisseurs"
    r"|fonds|and|et|,)\s*(?:la |le |les |l'|the |des |du |existing investors )?$"
)
_PRICE = re.compile(
    r"(?:pour|for|contre|moyennant|d'un montant de|valued at|worth|de|a|price of|prix de"
    r"|montant de)\s+(?:(?:a|an|the|about|around|some|environ|quelque|un|une) )?$"
)
_VALUED = re.compile(r"(?:valoris\w*|valued|valuing|valuation|worth)\s+(?:\w+\s+){0,3}$")
_ROUND = re.compile(
    r"\b(?:serie|series|round|tour)\s+(?:[a-f]\b|[a-f]\d?\b)|\b(?:seed|pre-seed|amorcage)\b"
)
_PREDECESSOR = re.compile(
    r"(?:succeder a|succede a|succedera a|succeeds|succeeding|succeed|replacing|replaces"
    r"|remplace|remplacer|en remplacement de|in place of|a la place de)\s*(?:la |le |l'|the )?$"
)
_SUCCESSOR = re.compile(
    r"(?:remplace(?:e)? par|replaced by|succeeded by|successeur|successor|laisse sa place a"
    r"|cede sa place a|hands over to)\s*(?:la |le |l'|the |est |is |will be )?$"
)
_AT = re.compile(r"(?:a|au|aux|en|in|at|dans|near|pres de|outside)\s+(?:la |le |l'|the )?$")
_INFLICT = re.compile(r"inflige|fined|fines|sanctionne|condamne|sued|sues|poursuit|charged")
_TO = re.compile(r"(?:a|au|aux|against|contre|on)\s+(?:la |le |l'|the )?$")
_ARTICLES = re.compile(r"\b(?:la|le|les|l'|the|de|d'|du|des|of|son|sa|ses|its|their)\b")
_IN_PERSON = re.compile(r"(?:en la personne d[e']|in the person of|:)\s*$")
"""Words before the person appointed, far from the verb ("de nommer au 1er juillet un
directeur général, en la personne de Jeanne Dupont", "de nommer un directeur général :
Jeanne Dupont")."""
_TOTAL = re.compile(
    r"\b(?:porte|portant|portera|porter)\s+(?:a|au)\s+(?:\S+\s+){1,4}(?:le|les)\s+"
    r"(?:montant|fonds|total|sommes?)"
    r"|\b(?:montant total|total des fonds|fonds leves au total|au total)\b"
    r"|\b(?:bringing|brings|brought|taking|takes)\s+(?:its|the|their)\s+total"
    r"|\btotal (?:funding|raised|amount raised|capital raised)\b|\bto date\b|\bin total\b"
)
"""Words of a total raised in all ("porte à 20 millions d'euros le montant total levé",
"bringing its total funding to", "has raised $50 million to date"), not one round."""
_SHARE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s?%\s+(?:de\s+(?:ses|son|leurs?|l'|la|les)\s*|of\s+(?:(?:its|their|the)\s+)?)?"
    r"(staff|workforce|employees|jobs|effectifs?|salariés|postes|emplois)",
    re.IGNORECASE,
)
"""A share of the staff ("14% of its staff", "10 % de ses effectifs")."""
_CLAUSE_END = re.compile(r"[,;:(]|\b(?:lorsque|quand|alors que|when|while|after|apres)\b")
"""Where a clause ends, for what its verb governs."""
_RAISING = re.compile(r"\b(?:raise\w*|rais\w*|lev\w*|round|tour|funding|financement)\b")
"""Words of raising money, which end what a word of valuation governs."""
_SELLING = re.compile(r"cede\w*|ceder|cedera|cession|sold|sells|to sell|agreed to sell|sale of")
"""Verbs of selling: the buyer is named after "à"/"to"."""
_STAKE = re.compile(
    r"(?:participation|stake|part|parts|actions|shares)\s+(?:de\s+[\d,.]+\s*%\s+|of\s+[\d,.]+\s*%"
    r"\s+)?(?:dans|de|du|in|of)\s+(?:la |le |l'|the )?$"
)
"""Words before the company whose stake is sold ("sa participation de 24% dans", "its stake
in")."""
_STAKE_SHARE = re.compile(
    r"(?:participation|stake|part|parts)\s+(?:de|of)\s+(\d+(?:[.,]\d+)?\s?%)", re.IGNORECASE
)
"""The share of a stake sold ("sa participation de 24,33%", "its stake of 10%")."""
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
"""The same after a description of the name ("au groupe technologique américain Apple",
"aux grossistes Tech Data", "on the search giant Google")."""
_ROLE_TAIL = frozenset(
    {
        "general",
        "generale",
        "executive",
        "executif",
        "officer",
        "delegue",
        "deleguee",
        "financier",
        "financiere",
        "technique",
        "operationnel",
        "operationnelle",
        "adjoint",
        "adjointe",
        "of",
        "des",
        "de",
        "la",
        "du",
        "d'",
        "and",
        "et",
        "affaires",
        "publiques",
        "ventes",
        "marketing",
        "technology",
        "technologie",
        "operations",
        "finance",
        "financial",
        "operating",
        "strategie",
        "strategy",
        "du conseil",
        "conseil",
        "d'administration",
        "board",
        "surveillance",
    }
)
_DIRECTION = {
    "direction generale": "directeur général",
    "presidence": "président",
    "tete": "dirigeant",
    "helm": "chief executive",
}
_METRICS = (
    (r"chiffre d'affaires|revenues?|turnover|ventes|sales", "revenue"),
    (r"resultat net|benefice net|net income|net profit|benefice|profits?", "net profit"),
    (r"pertes?|net loss|losses", "net loss"),
    (r"ebitda|excedent brut d'exploitation", "EBITDA"),
    (r"resultat operationnel|operating income|ebit", "operating income"),
    (r"marge \w+|operating margin", "margin"),
    (r"utilisateurs|users", "users"),
    (r"abonnes|subscribers", "subscribers"),
    (r"clients|customers", "customers"),
    (r"commandes|bookings", "orders"),
)
_LEGAL_ACTIONS = (
    (r"amendes?|inflige|fined|fines?|penalt", "fined"),
    (r"condamn|convicted", "convicted"),
    (r"sanction", "sanctioned"),
    (r"plaintes?|poursui|assigne|lawsuits?|sue[sd]?|suing", "sued"),
    (r"enquetes?|probe|investigat|mis(?:e)? en examen", "investigated"),
    (r"appel|appeal|recours", "appeal"),
    (r"settle", "settlement"),
    (r"redressement judiciaire|liquidation judiciaire", "insolvency proceedings"),
    (r"ruling|ruled|tribunal|court|cour", "court ruling"),
    (r"antitrust", "antitrust action"),
    (r"charged|indicted", "charged"),
)
_SITE_NOUNS = re.compile(
    r"bureaux?|sites?|usines?|centres?|sieges?|siege social|laboratoires?|entrepots?"
    r"|filiales?|campus|hubs?|data ?cent(?:er|re)s?|datacenters?|agences?|magasins?|office"
    r"|offices|headquarters|hq|plant|factory|factories|center|lab|laboratory|warehouse|store"
    r"|branch"
)
_CUTS = re.compile(
    r"suppression|supprim|licenci|plan social|departs|lay|laid|layoff|cut|eliminat"
    r"|reduction|reduire|reduce"
)
_HIRES = re.compile(r"embauch|recrut|hir|creation|creer|create")
_TO_HEADCOUNT = re.compile(
    r"(?:headcount|workforce|effectifs?|employs|emploie|emploient|compte|compt\w+|to about"
    r"|to around|to roughly|to some|to|a environ|a quelque|a pres de|a)\s*$"
)
_PEOPLE = re.compile(
    r"(?:postes|emplois|salaries|collaborateurs|employes|personnes|jobs|employees|staff"
    r"|workers|people|positions|roles|staffers)\b"
)


class CompanyFields(ReaderBase):
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
        kind = cue.kind
        if kind is CueType.FUNDING:
            return self._funding(info, cue, start, end, i)
        if kind is CueType.VALUATION:
            return None  # the valuation reading of `_fields` stays
        if kind is CueType.ACQUISITION:
            return self._acquisition(info, cue, start, end, i)
        if kind is CueType.APPOINTMENT:
            return self._appointment(info, cue, start, end, i)
        if kind is CueType.DEPARTURE:
            return self._departure(info, cue, start, end, i)
        if kind is CueType.RESULTS:
            return self._results(info, cue, start, end, i)
        if kind is CueType.HEADCOUNT:
            return self._headcount(info, cue, start, end, i)
        if kind is CueType.SITE:
            return self._site(info, cue, start, end, i)
        if kind is CueType.LEGAL:
            return self._legal(info, cue, start, end, i)
        return None

    # Who ----------------------------------------------------------------------------------

    def _actor(self, info: SentenceInfo, cue: lexicon.Cue, i: int) -> str | None:
        """The organisation doing what the clause of `cue` says: `_named_actor`, or when that
        is a person (a founder named last), the organisation they hold a role at, else the
        organisation in focus.
        """
        actor = self._named_actor(info, cue, i)
        if cue.kind in _OF_PEOPLE:
            return actor  # "Jane Doe has been appointed": the person is the subject
        if actor is not None and self.entities.named_person(actor):
            return self._roles.get(actor) or self.context.topic_org
        if actor is not None and self.entities.named_product(actor):
            return self.context.topic_org or actor  # "La Renault 5, écoulée à 5 millions"
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
        own = [
            m
            for m in info.mentions_between(segs[i].start, cue.start)
            if m.end <= cue.start and not self._taken(info, m)
        ]
        if own:
            return self.entities.use(own[-1])
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
        """A name that cannot be a subject: after a preposition, quoted, or a "-based" word."""
        if self.folded[m.end : m.end + 6] == "-based" or m.name.endswith("-based"):
            return True
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
        return bool(_PASSIVE.search(self.folded[max(floor, cue.start - 24) : cue.start]))

    def _next_name(
        self, info: SentenceInfo, pos: int, hi: int, gap: int = 4, described: bool = False
    ) -> Mention | None:
        """The mention starting within `gap` characters (and an article) after `pos`; with
        `described`, also after a description in lower-case words ("du fabricant britannique
        de portes et fenêtres Arran Isle", "of cybersecurity company Globex").
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

    # Funding --------------------------------------------------------------------------------

    def _funding(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        found = amounts(self.text[start:end], self.lang)
        money = [a for a in found if not self._valuation_amount(start, a.start)]
        if not money and found:
            # "a funding round that would see its valuation slashed from $45.6 billion to
            # $6.5 billion": the news is the valuation, the last one named
            org = self._actor(info, cue, i)
            if org is None:
                return None
            value = found[-1]
            return {
                "organization": org,
                "amount": value.value,
                "currency": value.currency,
            }, "valuation_reported"
        if not money:
            return None
        amount = money[0]
        org = self._actor(info, cue, i)
        if org is None:
            return None
        if _TOTAL.search(self.folded, start, end):
            # "porte à 20 millions d'euros le montant total levé", "bringing its total
            # funding to $50 million": what it has raised in all, not a round
            words = self.text[start + amount.start : start + amount.end]
            by = self._after_words(info, _BY, cue.end, s.end, window=12)
            if by:
                org = self.entities.use(by[0])  # "les fonds levés par Metron"
            elif self.context.last_funding is not None and not info.mentions_between(
                s.start, cue.start
            ):
                org = self.context.last_funding  # "Celle-ci porte à ...": the round told before
            return {"entity": org, "attribute": "total raised to date", "value": words}, (
                "fact_asserted"
            )
        fields: dict[str, Any] = {
            "organization": org,
            "amount": amount.value,
            "currency": amount.currency,
        }
        round_ = _ROUND.search(self.folded, start, s.end)
        if round_:
            fields["round"] = self.text[round_.start() : round_.end()]
        lead = self._after_words(info, _LED, cue.end, s.end, window=32)
        investors = [
            m
            for m in self._after_words(info, _INVESTORS, cue.end, s.end, window=30)
            if not info.in_quote(m.start)
        ]
        lead_id = self.entities.use(lead[0]) if lead else None
        ids = []
        for m in [*lead[1:], *investors]:
            entity = self.entities.use(m)
            if entity not in (org, lead_id) and entity not in ids:
                ids.append(entity)
        if lead_id is not None and lead_id != org:
            fields["lead_investor"] = lead_id
        if ids:
            fields["investors"] = ids
        valued = [a for a in amounts(self.text[start : s.end], self.lang) if a is not amount]
        valuation = next(
            (a for a in valued if _VALUED.search(self.folded[start : start + a.start])), None
        )
        if valuation is not None and valuation.value > amount.value:
            fields["valuation"] = valuation.value
        return fields, "funding_raised"

    def _valuation_amount(self, start: int, offset: int) -> bool:
        """True when the amount at `start + offset` is a valuation: just after a word of
        valuation ("valued at $2 billion"), or later in a clause that speaks of the
        valuation with no word of raising between ("the valuation slashed from $45.6
        billion to $6.5 billion").
        """
        before = self.folded[start : start + offset]
        if _VALUED.search(before):
            return True
        words = list(re.finditer(r"valoris\w*|valuation|valued|valuing", before))
        if not words:
            return False
        return not _RAISING.search(before, words[-1].end())

    # Acquisition ----------------------------------------------------------------------------

    def _acquisition(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        floor = info.segments[i].start
        if _SELLING.fullmatch(self.folded[cue.start : cue.end]):
            return self._sale(info, cue, start, end, i)
        by = self._after_words(info, _BY, cue.end, end, window=12)
        target: Mention | None
        if self._passive(cue, floor) or (cue.nominal and by):
            acquirer_m = by[0] if by else None
            target_id = self._actor(info, cue, i) if not cue.nominal else None
            if cue.nominal:
                target = self._next_name(info, cue.end, end, gap=28, described=True)
                target_id = self.entities.use(target) if target is not None else None
            if acquirer_m is None or target_id is None:
                return None
            acquirer = self.entities.use(acquirer_m)
        else:
            acquirer_or_none = self._actor(info, cue, i)
            target = self._next_name(info, cue.end, end, gap=28, described=True)
            if acquirer_or_none is None or target is None:
                return None
            acquirer = acquirer_or_none
            target_id = self.entities.use(target)
        if acquirer == target_id:
            return None
        fields: dict[str, Any] = {"acquirer": acquirer, "target": target_id}
        price = next(
            (
                a
                for a in amounts(self.text[cue.end : s.end], self.lang)
                if _PRICE.search(
                    self.folded[max(cue.end, cue.end + a.start - 30) : cue.end + a.start]
                )
                or "valued" in self.folded[max(cue.end, cue.end + a.start - 30) : cue.end + a.start]
            ),
            None,
        )
        if price is not None:
            fields["price"], fields["currency"] = price.value, price.currency
        near = self.folded[max(s.start, cue.start - 30) : cue.end + 30]
        pending = re.search(
            r"\b(?:to|will|would|agreed|agrees|va|vont|projet|offre|plans?|propos\w*|annonc\w*"
            r"|announc\w*|sign\w*|accord|agreement|deal|negoci\w*|talks|envisag\w*)\b",
            near,
        )
        if not pending and (self._past(start, end) or re.search(r"finalis|complet|closed", near)):
            fields["status"] = "completed"
        return fields, "acquisition_announced"

    def _sale(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        """A sale told by the seller ("Artémis a cédé sa participation de 24% dans Globex au
        groupe Initech", "Globex sold Umbrella to Initech"): the buyer acquires what is sold,
        a company named after the verb or after "participation dans"/"stake in", else the
        organisation in focus.
        """
        s = info.sentence
        seller = self._actor(info, cue, i)
        buyers = [
            m
            for m in self._after_words(info, _TO, cue.end, s.end, window=10)
            + self._after_words(info, _TO_DESCRIBED, cue.end, s.end, window=48)
            if self.folded[max(cue.end, m.start - 48) : m.start].strip()
        ]
        if not buyers:
            return None
        buyer_m = min(buyers, key=lambda m: m.start)
        buyer = self.entities.use(buyer_m)
        sold = next(
            (m for m in self._after_words(info, _STAKE, cue.end, buyer_m.start, window=40)),
            None,
        ) or self._next_name(info, cue.end, buyer_m.start, gap=12)
        target = self.entities.use(sold) if sold is not None else self.context.topic_org
        share = _STAKE_SHARE.search(self.text, cue.end, buyer_m.start)
        if share is not None:
            # a stake, not the company: "cédé sa participation de 24,33% au groupe Initech"
            value = f"a stake of {share.group(1)}"
            if target is not None and target not in (buyer, seller):
                value += f" in {self.entities.name_of(target)}"
            if seller is not None and seller != buyer:
                value += f", from {self.entities.name_of(seller)}"
            return {"entity": buyer, "attribute": "stakes acquired", "value": value}, (
                "fact_asserted"
            )
        if target is None or target in (buyer, seller):
            return None
        fields: dict[str, Any] = {"acquirer": buyer, "target": target}
        price = next(iter(amounts(self.text[cue.end : s.end], self.lang)), None)
        if price is not None and not re.search(r"%", self.text[cue.end : s.end][: price.end + 2]):
            fields["price"], fields["currency"] = price.value, price.currency
        if self._past(start, end):
            fields["status"] = "completed"
        return fields, "acquisition_announced"

    # People ---------------------------------------------------------------------------------

    def _role_words(self, lo: int, hi: int) -> str | None:
        """The role named in `[lo, hi)`: a role noun and the lower-case words that go with it
        ("directrice des affaires publiques", "chief executive officer"), or a noun of
        direction ("la direction générale" gives "directeur général").
        """
        m = lexicon.ROLE_NOUNS.search(self.folded, lo, hi)
        if m is None:
            for noun, role in _DIRECTION.items():
                if noun in self.folded[lo:hi]:
                    return role
            return None
        stop = m.end()
        for w in re.finditer(r"[\w'-]+", self.folded[m.end() : hi]):
            word = w.group()
            absolute = m.end() + w.start()
            capital = self.text[absolute : absolute + 1].isupper()
            if capital and word not in ("ceo", "cto") and word not in _ROLE_TAIL:
                break
            if (
                self.text[m.end() : absolute].strip(" ") not in ("",)
                and "," in self.text[m.end() : absolute]
            ):
                break
            if word in _ROLE_TAIL or word.endswith(("ale", "ier", "ive", "ique", "ing")):
                stop = m.end() + w.end()
                continue
            break
        role = self.text[m.start() : stop]
        return re.sub(r"\s+(?:de|du|des|d'|of|and|et|la)$", "", role).strip()

    def _appointment(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        floor = info.segments[i].start
        after = self._next_name(info, cue.end, s.end, gap=12) or next(
            iter(self._after_words(info, _IN_PERSON, cue.end, s.end, window=24)), None
        )  # "de nommer un directeur général, en la personne de Jeanne Dupont"
        passive = (
            self._passive(cue, floor)
            or cue.nominal
            or re.match(
                r"succe|prend|rejoint|joins|joined|took|takes|take|promu|promoted|to become|will"
                r"|assum|to assume"
                r"|becom|became|devien|devenu|devenir",
                self.folded[cue.start :],
            )
        )
        if passive and not (cue.nominal and after is not None):
            person = self._actor_person(info, cue, i)
            org_m = self._org_after(info, cue.end, s.end)
            org = self.entities.use(org_m) if org_m is not None else self._org_in_focus(person)
        else:
            if after is None:
                return None
            person = self.entities.use(after, "person")
            org_or_none = self._actor(info, cue, i) if not cue.nominal else None
            org = org_or_none or self._org_in_focus(person)
        if person is None or org is None or person == org:
            return None
        self.entities.kinds[person] = "person"
        role = (
            self._role_words(cue.start, s.end)
            or self._role_words(s.start, cue.start)
            or self._titles.get(person)
        )
        if role is None:
            return None
        fields: dict[str, Any] = {"person": person, "role": role, "organization": org}
        pred = self._after_words(info, _PREDECESSOR, cue.start, s.end, window=16)
        if pred:
            predecessor = self.entities.use(pred[0], "person")
            if predecessor not in (person, org):
                fields["predecessor"] = predecessor
                self.entities.kinds[predecessor] = "person"
        self._roles[person] = org
        self.context.last_person = person
        return fields, "person_appointed"

    def _actor_person(self, info: SentenceInfo, cue: lexicon.Cue, i: int) -> str | None:
        actor = self._actor(info, cue, i)
        if actor is None:
            return None
        if self.entities.kinds.get(actor) == "organization" and actor == self.context.topic_org:
            return self.context.last_person
        if not self.entities.named_person(actor) and self.entities.kinds.get(actor) != "person":
            # "Jeanne Dupont, ancienne directrice chez Globex, est nommée": the person who
            # opens the sentence; "Promu directeur en 2018, ce polytechnicien...": the person
            # of the text
            opener = next(
                (
                    m
                    for m in info.mentions_between(info.sentence.start, cue.start)
                    if self.entities.named_person(self.entities.id_of(m.name))
                ),
                None,
            )
            if opener is not None:
                return self.entities.use(opener, "person")
            return self.context.last_person or actor
        return actor

    def _org_after(self, info: SentenceInfo, lo: int, hi: int) -> Mention | None:
        """The organisation named after the verb in its own clause ("nommé directeur chez
        Globex"), not in a later one ("..., diplômé du MIT", "lorsque le groupe...").
        """
        stop = _CLAUSE_END.search(self.folded, lo, hi)
        hi = stop.start() if stop is not None else hi
        for m in info.mentions_between(lo, hi):
            before = self.folded[max(lo, m.start - 12) : m.start]
            if re.search(
                r"(?:de|du|d'|of|at|chez|a|au|in|for)\s*(?:la |le |l'|the )?$", before
            ) and (self.entities.kinds.get(self.entities.id_of(m.name)) != "person"):
                return m
        return None

    def _org_in_focus(self, person: str | None) -> str | None:
        if person is not None and person in self._roles:
            return self._roles[person]
        return self.context.last_org or self.context.topic_org

    def _departure(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        floor = info.segments[i].start
        word = self.folded[cue.start : cue.end]
        active_dismissal = re.match(r"limog|evinc|remerci|fired|ousted|dismissed", word) and (
            not self._passive(cue, floor)
        )
        after = self._next_name(info, cue.end, s.end, gap=30)
        if active_dismissal or word.startswith(
            ("ex-", "ancien", "former", "demission", "depart", "resignation", "departure")
        ):
            if after is None:
                return None
            person = self.entities.use(after, "person")
            org = self._actor(info, cue, i) if active_dismissal else self._org_in_focus(person)
        else:
            person_or_none = self._actor_person(info, cue, i)
            if person_or_none is None:
                return None
            person = person_or_none
            org_m = self._org_after(info, cue.end, s.end)
            if org_m is None and re.match(r"quitt|leav|left", word) and after is not None:
                org_m = after
            org = self.entities.use(org_m) if org_m is not None else self._org_in_focus(person)
        if org is None or person == org:
            return None
        role = (
            self._role_words(cue.start, min(s.end, cue.end + 60))
            or self._role_words(max(s.start, cue.start - 60), cue.start)
            or self._titles.get(person)  # "Mr Doe will also step down": the role told before
        )
        if role is None:
            return None
        self.entities.kinds[person] = "person"
        fields: dict[str, Any] = {"person": person, "role": role, "organization": org}
        succ = self._after_words(info, _SUCCESSOR, s.start, s.end, window=16)
        if succ:
            successor = self.entities.use(succ[0], "person")
            if successor not in (person, org):
                fields["successor"] = successor
        return fields, "person_departed"

    # Figures ----------------------------------------------------------------------------------

    def _results(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        word = self.folded[cue.start : cue.end]
        metric = next((label for rx, label in _METRICS if re.fullmatch(rx, word)), word)
        tail = self.text[cue.start : end]
        money = amounts(tail, self.lang)
        value: int | None = None
        currency: str | None = None
        if money:
            value, currency = money[0].value, money[0].currency
        else:
            number = next(iter(counts(self.text[start:end], self.lang)), None)
            if number is not None and metric in ("users", "subscribers", "customers", "orders"):
                value = number[2]
        if value is None:
            return None
        period = self._period(info, start, end)
        if period is None:
            return None
        org = self._actor(info, cue, i)
        if org is None:
            return None
        fields: dict[str, Any] = {
            "organization": org,
            "metric": metric,
            "period": period,
            "value": value,
        }
        if currency is not None:
            fields["currency"] = currency
        return fields, "results_reported"

    def _period(self, info: SentenceInfo, start: int, end: int) -> str | None:
        """Date words in `[start, end)`, else in the sentence ("En 2020, le chiffre d'affaires
        ... et le résultat net ..."), that resolve in the past tense: a period reported on.
        """
        inside = info.date_within(start, end)
        for date in [inside] if inside is not None else info.dates:
            try:
                resolve(date.text, self.published, lang=self.lang, tense=Tense.PAST)
            except DateError:
                continue
            return date.text
        return None

    def _headcount(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        clause = self.folded[start:end]
        numbers = [
            n
            for n in counts(self.text[start:end], self.lang)
            if _PEOPLE.match(clause, n[1]) or _PEOPLE.match(clause[n[1] :].lstrip(" ")) is not None
        ]
        cut = _CUTS.search(clause)
        hire = _HIRES.search(clause)
        change: int | None = None
        headcount: int | None = None
        fields: dict[str, Any]
        for number_start, _, value in numbers:
            before = clause[max(0, number_start - 30) : number_start]
            if _TO_HEADCOUNT.search(before) or not (cut or hire):
                headcount = headcount if headcount is not None else value
            elif change is None:
                change = -value if cut else value
        if change is None and headcount is None and not cut:
            return None
        org = self._actor(info, cue, i)
        if org is None:
            return None
        detail = "job cuts" if cut else "hiring" if hire else "headcount"
        share = _SHARE.search(self.text, start, end)
        if share is not None:  # "laying off roughly 14% of its staff"
            detail = f"{detail}, {share.group(1)}% of {share.group(2)}"
        fields = {"organization": org, "detail": detail}
        if change is not None:
            fields["change"] = change
        if headcount is not None:
            fields["headcount"] = headcount
        return fields, "headcount_changed"

    # Places and courts ------------------------------------------------------------------------

    def _site(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        place = next(iter(self._after_words(info, _AT, cue.start, end, window=14)), None)
        if place is None:
            return None
        org = self._actor(info, cue, i)
        if org is None:
            return None
        place_id = self.entities.use(place, "place")
        if place_id == org:
            return None
        self.entities.kinds[place_id] = "place"
        noun = _SITE_NOUNS.search(self.folded, cue.start, cue.end)
        detail = self.text[noun.start() : noun.end()] if noun else "site"
        return {"organization": org, "place": place_id, "detail": detail}, "site_opened"

    def _legal(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        floor = info.segments[i].start
        word = self.folded[cue.start : cue.end]
        action = next((label for rx, label in _LEGAL_ACTIONS if re.match(rx, word)), None)
        if action is None:
            return None
        actor = self._actor(info, cue, i)
        authority: str | None = None
        org: str | None
        by = self._after_words(info, _BY, cue.end, s.end, window=12)
        if _INFLICT.match(word) and not self._passive(cue, floor):
            # The nearest name the action falls on: "à Apple", "au groupe américain Apple"
            target = sorted(
                [
                    *self._after_words(info, _TO, cue.end, s.end, window=10),
                    *[m for m in [self._next_name(info, cue.end, s.end)] if m is not None],
                    *self._after_words(info, _TO_DESCRIBED, cue.end, s.end, window=48),
                ],
                key=lambda m: m.start,
            )
            if not target:
                return None
            org = self.entities.use(target[0])
            authority = actor
        else:
            org = actor
            if by:
                authority = self.entities.use(by[0])
        if org is None:
            return None
        fields: dict[str, Any] = {"organization": org, "action": action}
        if authority is not None and authority != org:
            fields["authority"] = authority
        money = amounts(self.text[start : s.end], self.lang)
        if money:
            fields["amount"], fields["currency"] = money[0].value, money[0].currency
        return fields, "legal_action_reported"
