"""Readings of money changing hands: funding rounds (amount, round, lead and other investors,
valuation, a total raised in all), valuations inside a round's clause, acquisitions (active,
passive and noun forms, price, status) and sales told by the seller, stakes included.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from timeline.extract import cues as lexicon
from timeline.extract._company_base import (
    _BY,
    _BY_DESCRIBED,
    _TO,
    _TO_DESCRIBED,
    CompanyBase,
    Reading,
)
from timeline.extract._cue_words import INVESTED
from timeline.extract._reading import SentenceInfo
from timeline.extract.entities import Mention, kind_of
from timeline.extract.money import amounts

__all__ = ["DealFields"]

_LED = re.compile(
    r"(?:led by|co-led by|mene(?:e|s|es)? par|conduit(?:e|s|es)? par|pilote(?:e|s|es)? par"
    r"|emmene(?:e|s|es)? par|dirige(?:e|s|es)? par|orchestre(?:e|s|es)? par)"
    r"\s+(?:la |le |les |l'|the |des |du )?(?:[a-z]+(?:ais|aise|ois|oise|ien|ienne|ain|aine"
    r"|and|ande|an|ese|ish|ch) )?"
    r"(?:(?!(?:and|et|with|avec|of|to|close|from|that|which|de|du|des|people|proceeds) )"
    r"[a-z][\w-]* ){0,3}$"
)
"""Words before a round's lead investor, perhaps with a nationality or a short description
of it ("emmenés par le néerlandais Initech Capital", "led by crypto exchange Initech"), not a
phrase that relates the name to someone else ("led by people close to Initech")."""

_INVESTORS = re.compile(
    r"(?:aupres (?:de|d')|from|including|dont|notamment|aux cotes (?:des|du|de|d')|avec|with"
    r"|participation (?:de|d'|from)|alongside|backed by|soutenu(?:e)? par"
    r"|(?:existing |current |previous |returning )?investors|investisseurs"
    r"(?: historiques| existants| actuels)?|fonds|and|et|,)"
    r"\s*(?:(?:de |d')?(?:la |le |les |l')|the |des |du |de |d'|existing investors )?$"
    r"|(?:aupres (?:de|d')|from|including|notamment|aux cotes (?:de|d')|alongside|backed by"
    r"|soutenu(?:e)? par)\s+(?:la |le |les |l'|the |des |du |its |ses |leur )?"
    r"(?:(?!(?:and|et|with|avec|investors|investisseurs|of|to|from|that|which|de|du|des"
    r"|proceeds|sale|people) )[a-z][\w'-]* ){1,4}$"
)
"""Words before an investor's name, or before a description of it ("including
Springfield's state investment firm Hooli", "auprès du fonds américain Initech"); after "et",
the "de" of a list of investors goes on ("auprès de Hooli et d'Initech", "et de la Banque")."""

_PRICE = re.compile(
    r"(?:pour|for|contre|moyennant|d'un montant de|valued at|worth|de|a|price of|prix de"
    r"|montant de)\s+(?:(?:a|an|the|about|around|some|environ|quelque|un|une) )?$"
)

_BASED = re.compile(r"[\s-]based\s+")
"""The words after a place that describe the name after them ("BC based Initech")."""
_PLACE_DESCRIBES = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?!and\b|et\b|or\b|ou\b|from\b|aupres\b|a\b|au\b|for\b)"
    r"[a-z\u00e0-\u00ff][\w'-]*){0,6},?\s+"
)
"""The words between a place and the target it qualifies ("US asphalt business, Apex",
"Mexico's Apex")."""

_PART_OF = re.compile(
    r"\b(?:activites?|business(?:es)?|units?|divisions?|branches?|poles?|assets|actifs"
    r"|operations)(?:\s+[\w'-]+){0,3}?\s+(?:de la|de l'|du|des|de|d'|of the|of)\s*$"
)
"""A part of a company named before it ("des activités de", "the paving business of"): what
is bought is the part, not the company."""

_QUALIFIED = re.compile(r"\b(?:the|its|their|a|an)\s+((?:[a-z-]+\s+){1,2})$")
"""The words qualifying an English part after its article ("the paving business")."""

_THE_COMPANY = re.compile(
    r"\s+(?:the|la|le|l')\s*(?:company|firm|group|business|start-?up|societe|groupe"
    r"|entreprise)\b"
)
"""The target of a purchase told as "the company" ("agreed to acquire the company")."""

_STAKE_IN_THE_COMPANY = re.compile(
    r"\s+(?:a|an)\s+(?:\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)\s+|(?:majority|minority|small"
    r"|large|controlling)\s+)?stake\s+in\s+(?:the)\s*(?:company|firm|group|business)\b"
)
"""A stake bought in the organisation told as "the company" ("bought a 10% stake in the
company")."""

_PER_SHARE = re.compile(r"\s*(?:u\.?s\.?\s+)?(?:a|per|par|l'|each)\s*(?:share|action)\b")
"""A price per share after an amount ("$157 U.S. a share", "28 euros par action"): not the
price of the deal."""

_VALUED = re.compile(
    r"(?:valoris\w*|valued|valuing|valuation|worth|valant|vaut|valait|pesant|pese)\s+"
    r"(?:[\w']+\s+){0,3}(?:\w+')?$"
)
"""A word of worth a few words before an amount ("valued at", "valant plus d'un"): the amount
is a valuation, not money raised."""

_ROUND = re.compile(
    r"(?:\bpre-?\s?)?\b(?:serie|series|round|tour)\s+(?:[a-f]\b|[a-f]\d?\b)"
    r"|\b(?:seed|pre-seed|amorcage)\b"
)
"""A round's name ("Series B", "série A", "pre-Series A", "seed")."""

_AMOUNT_AFTER = re.compile(
    r"(?:portee?s? a|d'un montant (?:total )?de|pour un montant (?:total )?de|totall?ing"
    r"|amounting to)\s"
)
"""Words that open a segment telling what the round of the segment before came to ("portée à
40 millions de dollars", "totalling $5 million")."""
_CAPITAL_OF = re.compile(r"\s*(?:de |d'|du |des )(?:la |l')?")
"""The words after "entre au capital" that name the company whose capital it is."""
_BACKER_VERB = re.compile(r"apport\w*|(?:entre|entrent|rentre|rentrent) (?:au|dans le) capital")
"""The cues of funding that are an investor putting money in ("apportés par", "rentre dans le
capital"): the organisation funded is the one named after "capital de", else the one whose
round was told before."""
_TOTAL = re.compile(
    r"\b(?:porte|portant|portera|porter)\s+(?:a|au)\s+(?:\S+\s+){1,4}(?:le|les)\s+"
    r"(?:montant|fonds|total|sommes?)"
    r"|\b(?:montant total|total des fonds|fonds leves au total|au total)\b"
    r"|\b(?:bringing|brings|brought|taking|takes)\s+(?:its|the|their)\s+total"
    r"|\b(?:bringing|brings|brought|taking|takes|took)\s+(?:(?:its|the|their)\s+)?funding\s+to\b"
    r"|\btotal (?:funding|raised|amount raised|capital raised)\b|\bto date\b|\bin total\b"
    r"|\b(?:raised|secured|has raised|has secured)\s+a\s+total\s+of\b"
)
"""Words of a total raised in all ("porte à 20 millions d'euros le montant total levé",
"bringing its total funding to", "takes funding to $53m", "has raised $50 million to date"),
not one round."""

_RAISING = re.compile(r"\b(?:raise\w*|rais\w*|lev\w*|round|tour|funding|financement)\b")
"""Words of raising money, which end what a word of valuation governs."""

_SELLING = re.compile(r"cede\w*|ceder|cedera|cession|sold|sells|to sell|agreed to sell|sale of")
"""Verbs of selling: the buyer is named after "à"/"to"."""

_IN_RELATIVE = re.compile(r",\s*(?:which|who|that|qui|dont)\b[^,]*$")
"""A relative clause still open before a name: the name is in the clause, not the sale's."""

_AGREED = re.compile(
    r"\b(?:agreed|agrees|agreement|deal) to\b|\b(?:will|would|plans to|is to)\b"
    r"|\b(?:a accepte|accepte|s'est engagee?|va|compte)\b"
)
"""Words that make a sale told in the past one still to close ("agreed to sell", "said it
would sell")."""

_UNDER_CONTROL = re.compile(r"sous (?:le )?controle|under the control")
"""A company passing under another's control: a passive acquisition told by its target."""

_SOLD_TO = re.compile(
    r"(?<!according )(?<!owed )(?<!due )(?<!close )(?<!next )\bto\s+"
    r"(?:(?:the |its |rival )?(?:(?!(?:of|for|pay|repay|fund|shareholders|holders|customers"
    r"|clients|investors|lenders|creditors)\b)[a-z][\w'-]*\s+){0,3})?$"
)
"""The English words before the buyer of a sale ("sold Umbrella to Initech", "to the
private-equity firm Initech")."""

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


_SHARE_BOUGHT = re.compile(
    r"(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|pour ?cent)"
    r"(?:\s+(?:du|de la|des|of the|of its|the|an?|equity|controlling|majority|minority|capital"
    r"|social|share|shares|actions|parts|stake|interest|holding|shareholding|participation"
    r"|majoritaire|minoritaire))*"
    r"\s+(?:de|d'|du|des|in|of|dans)\s*(?:la |le |l'|the )?$"
)
"""The share of a company's capital bought, right before its name ("l'acquisition de
63,98% du capital de", "a 85.1 per cent stake in", "an 80% interest in", "rachète 51 % de")."""


def _share(words: str) -> str | None:
    """The percent of `_SHARE_BOUGHT` at the end of `words` (folded) as a stake ("63.98%"),
    or None; a percent above 100 is no share of a capital.
    """
    hit = _SHARE_BOUGHT.search(words)
    return _as_stake(hit.group(1)) if hit is not None else None


def _as_stake(number: str) -> str | None:
    """A percent's number ("63,98") as a stake ("63.98%"), or None above 100 or at 0."""
    share = number.replace(",", ".")
    return f"{share}%" if 0 < float(share) <= 100 else None


_BOUGHT = re.compile(r"achet")
"""French "acheter": a company bought only as its object (`_BOUGHT_OBJECT`)."""
_BOUGHT_OBJECT = re.compile(
    r"\s+(?:(?:la majorite|l'integralite|\d[\d,.]* ?%|une participation)"
    r"(?: (?:du capital|des actions|des parts))? (?:de |d'|du |de la ))?"
    r"(?:(?:le groupe|la societe|l'entreprise|la start-up|la startup|l'editeur|le fabricant"
    r"|le distributeur|le specialiste|la firme)(?: [a-z][\w'-]*){0,6} )?"
)
"""The words a company bought may follow: none, a share of it, or a description of it."""
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her|our|son|sa|ses|leur|leurs)\s+$")
"""A possessive before a name: what the subject owns ("in its Hooli brand")."""
_NOUN_AFTER = re.compile(
    r" (?!(?:in|into|for|to|at|on|as|and|or|last|this|which|that|from|with|over|during|since"
    r"|en|pour|a|au|et|ou|qui|depuis|lors|cette|ce|l'an)\b)[a-z]"
)
"""A lower-case word after a name that is not a function word: a noun the name qualifies
("Initech machines", "Hooli Cloud data centers")."""
_IN_SOMETHING = re.compile(r"\b(?:in|into|dans)\b")
"""An object of investing in the clause: money put into something, no share of a round."""
_INTO = re.compile(
    r"\b(?:in|into|dans)\s+(?:(?:la|le|les|l'|the|a|an)\s*)?(?:[a-zà-ÿœ][\w'’-]*\s+){0,4}$"
)
"""The words before the company an investment goes into ("in fintech startup", "dans la
jeune pousse")."""


class DealFields(CompanyBase):
    """Funding rounds and acquisitions."""

    # Funding --------------------------------------------------------------------------------

    def _funding(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        s = info.sentence
        found = amounts(self.text[start:end], self.lang)
        if not found:
            # "a complété sa troisième levée de fonds, portée à 40 millions de dollars": the
            # amount in the segment after, which says how much the round came to
            following = next((g for g in info.segments if g.start >= end), None)
            if following is not None and _AMOUNT_AFTER.match(self.folded, following.start):
                shift = following.start - start
                found = [
                    attrs.evolve(a, start=a.start + shift, end=a.end + shift)
                    for a in amounts(self.text[following.start : following.end], self.lang)
                ][:1]
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
        words = self.text[start + amount.start : start + amount.end]  # the amount as written
        org = self._actor(info, cue, i)
        if org is None:
            return None
        if INVESTED.match(self.folded, cue.start) and not self._passive(cue, s.start):
            # "Hooli invested $5 million in Initech", "Hooli a investi 5 millions dans la
            # start-up Initech": Initech's round, Hooli its investor; money put into a plant
            # or a project named by no company is no round
            into = [
                m
                for m in self._after_words(info, _INTO, cue.start, s.end, window=60)
                if kind_of(m.name) not in ("person", "place")
                and not info.in_quote(m.start)
                and not _POSSESSIVE_BEFORE.search(self.folded, max(0, m.start - 7), m.start)
                and not _NOUN_AFTER.match(self.text, m.end)
            ]  # not "in new Initech machines", "in its Hooli brand": what the name qualifies
            funded = self.context.last_funding
            elsewhere = _IN_SOMETHING.search(self.folded, cue.end, s.end)
            if not into and not elsewhere and funded is not None and funded != org:
                # "Hooli invested about $32 million" after the round: its share of it
                share = f"{self.entities.used[org].name} ({words})"
                return {"entity": funded, "attribute": "investors", "value": share}, (
                    "fact_asserted"
                )
            if not into:
                return None
            if self.entities.id_of(into[0].name) != org:
                investor, org = org, self.entities.use(into[0])
                return {
                    "organization": org,
                    "amount": amount.value,
                    "currency": amount.currency,
                    "investors": [investor],
                }, "funding_raised"
        backer: str | None = None
        funded = self.context.last_funding
        capital_of = _CAPITAL_OF.match(self.folded, cue.end)
        if capital_of is not None and "capital" in self.folded[cue.start : cue.end]:
            # "Hooli entre au capital d'Initech": Initech is funded
            named = info.mentions_between(capital_of.end(), capital_of.end() + 1)
            funded = self.entities.use(named[0]) if named else funded
        if funded is not None and _BACKER_VERB.match(self.folded, cue.start):
            # "50 millions sont apportés par Initech", "Hooli rentre dans le capital en
            # apportant 10 millions": a share of the round told before, by one investor
            if self.folded.startswith("par", cue.end - 3):  # "apportés par Initech"
                after = info.mentions_between(cue.end, end)
                backer = self.entities.use(after[0]) if after else None
            elif org != funded:
                backer = org
            if backer is not None:
                # one investor's share of that round: told as its investors, not as a round
                # of its own, which would count the money twice in the total raised
                share = f"{self.entities.used[backer].name} ({words})"
                return {"entity": funded, "attribute": "investors", "value": share}, (
                    "fact_asserted"
                )
        if _TOTAL.search(self.folded, start, end):
            # "porte à 20 millions d'euros le montant total levé", "bringing its total
            # funding to $50 million": what it has raised in all, not a round
            by = self._after_words(info, _BY, cue.end, s.end, window=12)
            if by:
                org = self.entities.use(by[0])  # "les fonds levés par Initech"
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
        # the round's name in its clause or after it, not in a later clause telling another
        # round and its amount ("une levée de 3,5 millions en 2018, ... un tour de table de
        # série B de 58 millions")
        other = next(
            (
                g.start
                for g in info.segments
                if g.start >= end
                and any(
                    c.kind is lexicon.CueType.FUNDING
                    for c in lexicon.find_cues(self.folded, self.lang, g.start, g.end)
                )
                and amounts(self.text[g.start : g.end], self.lang)
            ),
            s.end,
        )
        round_ = _ROUND.search(self.folded, start, other)
        if round_:
            fields["round"] = self.text[round_.start() : round_.end()]
        lead = self._after_words(info, _LED, cue.end, s.end, window=48)
        investors = [
            m
            for m in self._after_words(info, _INVESTORS, cue.end, s.end, window=48)
            if not info.in_quote(m.start) and kind_of(m.name) != "place"
        ]  # "a loan from the state of Springfield": a place invests nothing
        lead_id = self.entities.use(lead[0]) if lead else None
        told_before = {
            self.entities.id_of(m.name)
            for m in info.mentions_between(info.sentence.start, cue.start)
        }
        backers = {lead_id, *(self.entities.id_of(m.name) for m in investors)}
        if org in backers and org not in told_before and org != self.context.topic_org:
            return None  # "La société a levé 20 millions auprès de Hooli": not Hooli's round
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
        if (
            valuation is not None
            and valuation.value > amount.value
            and valuation.currency == amount.currency
        ):  # a valuation in another currency than the round's would be shown in the round's
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
        passive = self._passive(cue, floor)
        if _UNDER_CONTROL.search(self.folded, cue.start, cue.end):
            # "Initech passe sous le contrôle de Globex": the subject is bought by the name
            controller = self._next_name(info, cue.end, end, gap=16, described=True)
            passive, by = True, [controller] if controller is not None else []
        if passive and not by:  # "racheté en 2014 par le groupe breton Globex"
            by = self._after_words(info, _BY_DESCRIBED, cue.end, s.end, window=48)
        if passive or (cue.nominal and by):
            acquirer_m = by[0] if by else None
            target_id = self._actor(info, cue, i) if not cue.nominal else None
            if cue.nominal:
                target = self._next_name(info, cue.end, end, gap=28, described=True)
                target_id = self.entities.use(target) if target is not None else None
            if acquirer_m is None or target_id is None:
                return None
            acquirer = self.entities.use(acquirer_m)
            if acquirer == target_id:  # "Cette usine a été rachetée par Globex": no name bought
                return None
        else:
            acquirer_or_none = self._actor(info, cue, i)
            target = self._next_name(info, cue.end, end, gap=28, described=True)
            if _BOUGHT.match(self.folded, cue.start) and target is not None:
                # "Globex a acheté Initech", "… la majorité des actions d'Initech": a company
                # bought as the object; not "des licences à Initech", "200 camions Initech"
                between = self.folded[cue.end : target.start]
                if not _BOUGHT_OBJECT.fullmatch(between) or _NOUN_AFTER.match(
                    self.text, target.end
                ):
                    return None
            if target is not None and "place" in (kind_of(target.name), target.kind):
                # "buying US asphalt business, Apex Paving": the place describes the target
                target = next(
                    (
                        m
                        for m in info.mentions_between(target.end, info.sentence.end)
                        if _PLACE_DESCRIBES.fullmatch(self.folded, target.end, m.start)
                    ),
                    None,
                )
            based = (
                _BASED.match(self.folded, target.end) if target is not None else None
            )  # "in Springfield, OH based Initech": the place tells where the target is
            if based is not None:
                target = next(iter(info.mentions_between(based.end(), based.end() + 1)), target)
            if acquirer_or_none is None:
                return None
            acquirer = acquirer_or_none
            target_id = (
                self.entities.use(target)
                if target is not None
                else self._company_told(info, cue, acquirer)
            )
            if target_id is None:
                return None
        if acquirer == target_id:
            return None
        part = self._part_of(info, target_id)
        if part is not None:  # "les activités de Initech rachetées par Globex": not Initech
            return {"entity": acquirer, "attribute": "acquisitions", "value": part}, (
                "fact_asserted"
            )
        fields: dict[str, Any] = {"acquirer": acquirer, "target": target_id}
        named = next(
            (
                m
                for m in info.mentions_between(cue.end, s.end)
                if self.entities.id_of(m.name) == target_id
            ),
            None,
        )
        stake = _share(self.folded[cue.end : named.start]) if named is not None else None
        if stake is not None:
            fields["stake"] = stake
        price = next(
            (
                a
                for a in amounts(self.text[cue.end : s.end], self.lang)
                if not _PER_SHARE.match(self.folded, cue.end + a.end)
                and self._priced(cue.end, cue.end + a.start)
            ),
            None,
        )
        if price is not None:
            fields["price"], fields["currency"] = price.value, price.currency
        near = self.folded[max(s.start, cue.start - 30) : cue.end + 30]
        pending = re.search(
            r"\b(?:to|will|would|agreed|agrees|va|vont|projet|offre|plans?|propos\w*|annonc\w*"
            r"|announc\w*|sign\w*|accord|agreement|deal|negoci\w*|talks|envisag\w*|discussions?"
            r"|considering|weighing|exploring|etudi\w*)\b",
            near,
        )
        if not pending and (self._past(start, end) or re.search(r"finalis|complet|closed", near)):
            fields["status"] = "completed"
        return fields, "acquisition_announced"

    def _part_of(self, info: SentenceInfo, target_id: str) -> str | None:
        """The words naming a part of the company `target_id` names in the sentence ("les
        activités d'approvisionnement de Initech", "the paving unit of Initech"), or None:
        what is bought is that part, not the company.
        """
        s = info.sentence
        for m in info.mentions_between(s.start, s.end):
            if self.entities.id_of(m.name) != target_id:
                continue
            lo = max(s.start, m.start - 48)
            hit = _PART_OF.search(self.folded[lo : m.start])
            if hit is not None:
                qualified = _QUALIFIED.search(self.folded, lo, lo + hit.start())
                at = qualified.start(1) if qualified is not None else lo + hit.start()
                return self.text[at : m.end]
        return None

    def _company_told(self, info: SentenceInfo, cue: lexicon.Cue, acquirer: str) -> str | None:
        """The target told as "the company" after the verb ("Initech jumped after Globex
        agreed to acquire the company", "which bought a stake in the company"): the first
        other organisation the sentence names before the acquirer, else the organisation in
        focus, or None.
        """
        if not (
            _THE_COMPANY.match(self.folded, cue.end)
            or _STAKE_IN_THE_COMPANY.match(self.folded, cue.end)
        ):
            return None
        named = self._company_named_before(info, cue, acquirer)
        if named is not None:
            return self.entities.use(named)
        focus = self.context.topic_org
        return focus if focus is not None and focus != acquirer else None

    def _company_named_before(
        self, info: SentenceInfo, cue: lexicon.Cue, acquirer: str
    ) -> Mention | None:
        """The first organisation other than the acquirer that the sentence names before
        the verb, or None.
        """
        return next(
            (
                m
                for m in info.mentions_between(info.sentence.start, cue.start)
                if self.entities.id_of(m.name) != acquirer
                and kind_of(m.name) not in ("person", "place", "product")
                and not m.kind
            ),
            None,
        )

    def _priced(self, floor: int, at: int) -> bool:
        """True when the words before an amount at `at` give it as a price ("for", "worth",
        "valued at").
        """
        before = self.folded[max(floor, at - 30) : at]
        return bool(_PRICE.search(before)) or "valued" in before

    def _sale(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        """A sale told by the seller ("Initech a cédé sa participation de 24% dans Globex au
        groupe Initech", "Globex sold Umbrella to Initech"): the buyer acquires what is sold,
        a company named after the verb or after "participation dans"/"stake in", else the
        organisation in focus; in the passive ("Initech a été cédée à Globex"), the subject.
        """
        s = info.sentence
        seller = self._actor(info, cue, i)
        buyers = [
            m
            for m in self._after_words(info, _TO, cue.end, s.end, window=10)
            + self._after_words(info, _TO_DESCRIBED, cue.end, s.end, window=48)
            + self._after_words(info, _SOLD_TO, cue.end, s.end, window=48)
            if self.folded[max(cue.end, m.start - 48) : m.start].strip()
            and not _IN_RELATIVE.search(self.folded, cue.end, m.start)
        ]  # not "its unit, which supplies chips to Hooli, to Umbrella": Hooli buys nothing
        if not buyers:
            return None
        buyer_m = min(buyers, key=lambda m: m.start)
        buyer = self.entities.use(buyer_m)
        sold = next(
            (m for m in self._after_words(info, _STAKE, cue.end, buyer_m.start, window=40)),
            None,
        ) or self._next_name(info, cue.end, buyer_m.start, gap=12)
        if sold is not None and kind_of(sold.name) == "place":
            return None  # "sold its Springfield plant to Hooli": a site, not a company
        target = self.entities.use(sold) if sold is not None else self.context.topic_org
        if sold is None and seller is not None and self._passive(cue, info.segments[i].start):
            # "Initech va être cédée au groupe suisse Globex": what is sold is the subject
            target, seller = seller, None
        share = _STAKE_SHARE.search(self.text, cue.end, buyer_m.start)
        stake = _as_stake(share.group(1).rstrip("% ")) if share is not None else None
        known = target is not None and target not in (buyer, seller)
        if share is not None and (stake is None or not known):
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
        if stake is not None:  # "a cédé sa participation de 24,33% dans Initech au groupe X"
            fields["stake"] = stake
        price = next(iter(amounts(self.text[cue.end : s.end], self.lang)), None)
        if price is not None and not re.search(r"%", self.text[cue.end : s.end][: price.end + 2]):
            fields["price"], fields["currency"] = price.value, price.currency
        if self._past(start, end) and not _AGREED.search(self.folded, start, cue.end):
            fields["status"] = "completed"  # not "agreed to sell", a deal still to close
        return fields, "acquisition_announced"
