"""Readings of figures, places and courts: results with their period, headcounts and their
changes (with a share of the staff), sites opened and legal actions (who acts on whom).
"""

from __future__ import annotations

import re
from typing import Any

from timeline.errors import DateError
from timeline.extract import cues as lexicon
from timeline.extract._company_base import _BY, _TO, _TO_DESCRIBED, CompanyBase, Reading
from timeline.extract._cue_words import FRENCH_PRICE_MOVE, GLOSS, SHARES_MOVED
from timeline.extract._reading import SentenceInfo
from timeline.extract.entities import kind_of, part_of_company
from timeline.extract.money import amounts, counts
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense, resolve

__all__ = ["FigureFields"]

_AT = re.compile(r"(?:a|au|aux|en|in|at|dans|near|pres de|outside)\s+(?:la |le |l'|the )?$")

_OF_PLACE = re.compile(r"(?:de|d'|d’|of)\s*$")
"""The preposition between a site's noun and its town ("l'usine de Lyon")."""
_AGAINST = re.compile(r"(?:a l'encontre d(?:e |')|against|contre|visant)\s*(?:la |le |l'|the )?$")
"""Words before the name an action of an authority falls on ("à l'encontre de Globex")."""
_INFLICT = re.compile(r"inflige|fined|fines|sanctionne|condamne|sued|sues|poursuit|charged")

_SHARE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s?%\s+(?:de\s+(?:ses|son|leurs?|l'|la|les)\s*|of\s+(?:(?:its|their|the)\s+)?)?"
    r"(staff|workforce|employees|jobs|effectifs?|salariés|postes|emplois)",
    re.IGNORECASE,
)
"""A share of the staff ("14% of its staff", "10 % de ses effectifs")."""

_METRICS = (
    (r"chiffre d'affaires|revenues?|turnover|ventes|sales|generated|generates", "revenue"),
    (r"earned|earns|earnings per share", "earnings"),
    (r"resultat net|benefice net|net income|net profit|benefice|profits?", "net profit"),
    (r"operating loss|perte operationnelle|perte d'exploitation", "operating loss"),
    (r"pertes?|net loss|loss|losses|deficit", "net loss"),
    (r"ebitda|excedent brut d'exploitation", "EBITDA"),
    (
        r"resultat operationnel|resultat d'exploitation|operating income|operating profit|ebit",
        "operating income",
    ),
    (r"gross profit", "gross profit"),
    (r"resultat financier|financial result|net financial income", "financial result"),
    (r"resultat courant|resultat avant impots?|pre-tax profit|profit before tax", "pre-tax profit"),
    (r"pre-tax loss", "pre-tax loss"),
    (r"marge \w+|operating margin", "margin"),
    (r"utilisateurs|users", "users"),
    (r"abonnes|subscribers", "subscribers"),
    (r"clients|customers", "customers"),
    (r"commandes|bookings|order intake|order backlog", "orders"),
    (
        r"shares|share price|stock price|stock(?! of)|l'action|les actions|le titre"
        r"|closing (?:share |stock )?price|ended trading|closed (?:trading )?at"
        r"|le cours (?:de bourse|de l'action|du titre)"
        rf"|{FRENCH_PRICE_MOVE}",
        "share price",
    ),
)

_METRIC_NOUNS = frozenset(
    {
        "inventories", "exports", "imports", "orders", "deliveries", "earnings",
        "margins", "costs", "expenses", "spending", "shipments", "stocks", "dette",
        "endettement", "investissements", "exportations", "livraisons", "couts", "depenses",
    }
)  # fmt: skip
"""Nouns a result may open on without a word of `_METRICS` ("Inventories rose 15%")."""


_METRIC_WORDS = [(re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])"), label) for rx, label in _METRICS]
"""`_METRICS` as whole words, compiled once."""


def metric_named(folded: str) -> str | None:
    """The metric a clause of results names: the first word of `_METRICS` in it, else the
    noun it opens on when that is a metric (`_METRIC_NOUNS`), else None.
    """
    found = [(m.start(), label) for rx, label in _METRIC_WORDS if (m := rx.search(folded))]
    if found:
        return min(found)[1]
    words = [w for w in folded.split() if w not in _DETERMINERS]
    first = words[0].removeprefix("l'") if words else ""
    return first if first in _METRIC_NOUNS else None


_PERCENT = re.compile(r"\d(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|pour cent\b)")
"""A share in folded text: "3.1%", "9.8 percent", "32 pour cent"."""

_MOVE = re.compile(
    r"\b(?:rose|risen|rises?|fell|fallen|falls?|increase[ds]?|decrease[ds]?|declined?|declines|grew"
    r"|grown|jumped|dropped|slipped|climbed|gained|surged|slumped|closed (?:up|down)"
    r"|(?:up|down) \d|hausse|baisse|augment\w*|recul\w*|progress\w*|croissance|repli"
    r"|s'etablit|s'etablissait|ressort|atteint|se situe)\b"
)
"""A figure's move or level in folded text, the verbs and nouns of a result ("fell 8%", "en
hausse de 3%", "ressort à 38 millions")."""


_SHARES_MOVED = re.compile(SHARES_MOVED)


def tells_results(text: str, folded: str, lang: str) -> bool:
    """True when a clause tells a result: a share or an amount of money, and a metric it
    measures (`metric_named`) or a move or level of it (`_MOVE`), or a share price's move even
    without a figure ("shares shot up after hours"). "Revenue fell 8% in the quarter" and
    "closed Tuesday up 3.1% at $116.87" do; "a round of $5 million in 2015"
    (no metric, no move) and "300 kg par jour" (no share, no money) do not.
    """
    if _SHARES_MOVED.search(folded):
        return True  # "Globex shares shot up after hours Tuesday": a move with no figure
    if not (_PERCENT.search(folded) or amounts(text, lang)):
        return False
    return metric_named(folded) is not None or _MOVE.search(folded) is not None


_DETERMINERS = frozenset({"le", "la", "les", "the", "its", "their", "son", "sa", "ses", "leur"})
"""Determiners before a clause's metric noun ("La dette", "Its inventories")."""


_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|dans|a|au|pres de)\s+(?:[\w'-]+\s+){0,4}$")
"""A place's preposition before a name after a search ("... in Paris", "dans le quartier
d'affaires de la Défense"): where, not whose premises."""
_LEGAL_ACTIONS = (
    (r"amendes?|inflige|fined|fines?|penalt", "fined"),
    (r"condamn|convicted", "convicted"),
    (r"sanction", "sanctioned"),
    (r"plaintes?|poursui|assigne|lawsuits?|sue[sd]?|suing|plaintiffs?", "sued"),
    (r"complaints?|lodged", "complaint"),
    (r"enquetes?|probe|investigat|inquir|enquir|mis(?:e)? en examen", "investigated"),
    (r"appel|appeal|recours|fait appel", "appeal"),  # not "prévoit de faire appel"
    (r"(?:punitive |compensatory )?damages|dommages", "damages"),
    (r"verdict|jury|jugement|ordered to pay", "court ruling"),
    (r"proces|contentieux", "trial"),
    (r"(?:[\w']+ )*(?:proceedings|procedure)", "proceedings"),
    (r"violat", "violation"),
    (r"settle|agreed to pay", "settlement"),
    (
        r"redressement judiciaire|liquidation judiciaire|procedure de sauvegarde"
        r"|administration|receivership|bankruptcy|chapter 11|insolvency",
        "insolvency proceedings",
    ),
    (r"perquisition|raided", "searched"),
    (r"ruling|ruled|tribunal|court|cour", "court ruling"),
    (r"antitrust", "antitrust action"),
    (r"charged|indicted", "charged"),
    (r"(?:[\w']+ )*(?:approv|clear|autoris)|feu vert", "approval"),
)

_NOW = re.compile(
    r"\b(?:now|currently|today|to date|aujourd'hui|actuellement|desormais|a ce jour"
    r"|a l'heure actuelle)\b"
)
"""A word of the present that dates a figure to the report ("it now has 200,000 customers",
"le groupe compte aujourd'hui six usines"): a result as of publication."""

_YEAR_AFTER = re.compile(r"\s+((?:19|20)\d\d)\b(?!\s*(?:%|[.,]\d))")
"""A year right after a metric ("résultat net 2022", "chiffre d'affaires 2023"): its period."""

_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+(?:(?:full-year|annual|fiscal|net|total)\s+)?$")
"""A year right before a metric ("2022 revenue", "2023 net profit"): its period."""

_AMOUNT_OF = re.compile(r"\s*(?:in|of|de|d'|en)\s*(?:(?:the|its|their|le|la|son|sa)\s+)?")
"""The words between an amount and the metric it is an amount of ("$1 billion in cash")."""

_SITE_NOUNS = re.compile(
    r"bureaux?|sites?|usines?|centres?|sieges?|siege social|laboratoires?|entrepots?"
    r"|filiales?|campus|hubs?|data ?cent(?:er|re)s?|datacenters?|agences?|magasins?|office"
    r"|offices|headquarters|hq|plant|factory|factories|center|lab|laboratory|warehouse|store"
    r"|branch"
)

_BY_PERCENT = re.compile(
    r"\b(?:reduced|reduce|reducing|cut|cutting|lowered|trimmed|slashed|shrunk|shrink\w*"
    r"|redui\w*|baiss\w*|diminu\w*|supprim\w*)\s+(?:\w+\s+)?(?:by|de)\s+"
    r"(?:approximately |about |around |roughly |some |nearly |environ |pres de )?"
    r"(\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent|pour cent)"
)
"""A cut told as a share, on folded text, its verb just before ("reduced by approximately 20
percent", "réduits de 10 %"; not "after sales fell by 15 percent")."""
_CUTS = re.compile(
    r"\b(?:suppression|supprim|licenci|plan social|departs|lay(?:s|ing)? off|laid off|layoff"
    r"|cut|eliminat|elimin|abol|reduction|reduire|reduce)"
)
"""Words of job cuts, from the start of a word: not the "cut" of "executive", nor the "lay"
of "display" or "delay"."""

_HIRES = re.compile(
    r"\b(?:embauch|recrut|hir|creation|creer|crees?\b|creees?\b|creat(?:e|es|ed|ing)\b"
    r"|add(?:s|ed|ing)?\b)"
)

_TO_LEVEL = re.compile(
    r"\b(?:rose|rises|climbed|fell|falls|dropped|declined|increased|decreased|jumped|gained"
    r"|slipped|grew|up|down|progresse|recule|augmente|baisse|passe|grimpe|chute)\b"
    r"[^.;]*\b(?:to|a)\s+(?:about |around |nearly |some |environ |pres de )?$"
)
"""A verb of change, its amount and "to"/"à" just before a second amount: the level reached."""
_CLAUSE_LINK = re.compile(r"\b(?:which|who|that|qui|que|and|et|but|mais)\b")
"""A word that opens another clause between a count of people and a verb of cutting."""
_TO_HEADCOUNT = re.compile(
    r"(?<![\w'])(?:headcount|workforce|effectifs?|employs|emploie|emploient|compte|compt\w+"
    r"|to about|to around|to roughly|to some|to|a environ|a quelque|a pres de|a)\s*$"
)

_PEOPLE = re.compile(
    r"(?:(?:postes|emplois|places de travail|salaries|collaborateurs|employes|personnes|jobs"
    r"|employees|staff"
    r"|workers|people|positions|roles|staffers|engineers|developers|technicians|drivers"
    r"|nurses|researchers|scientists|agents|ingenieurs|developpeurs|techniciens|chauffeurs"
    r"|infirmieres|chercheurs|ouvriers|operateurs|cadres|vendeurs|conseillers|apprentis"
    r"|recrues|hires|recruits))\b"
)
"""The words of the people a headcount counts: staff in general, and the trades a company
hires or cuts ("200 engineers", "50 ingénieurs")."""


COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|as against|against|versus|vs\.?|up from|down from|from"
    r"|contre|par rapport a|au lieu de|comparativement a)\s+"
)
"""Words that open the base of a comparison, on folded text ("compared with", "contre"), which
counts only with its amount a few words after it ("rose to $5 million from $4 million")."""


_COMPARED_TO_DATE = re.compile(
    r"(?:\b(?:compared (?:with|to)|versus|vs\.?|par rapport a(?:ux?)?|comparativement a(?:ux?)?)"
    r"|(?:%|\bpercent|\bper cent|\bup|\bdown|\bhigher|\blower)\s+from)\s+"
    r"(?:(?:l'|la |le |les |the |same |meme )*(?:annee|exercice|year|periode|period|mois|month"
    r"|trimestre|quarter|semestre)s?(?: de| d'| of)?\s+)?$"
)
"""A comparison's opening just before its date, with no amount ("en recul par rapport à 2018",
"compared with the same period of 2018", "up 8% from the same quarter last year"): the date
is the base's, not the figure's."""

_QUALIFIES_NOUN = re.compile(
    r" (?!(?:for|pour|in|en|on|with|avec|after|apres|over|to|a|au|and|et|of|de|du|des|who"
    r"|qui|which|que|since|depuis|by|par|at|sur)\b)[a-z]"
)
"""A lower-case noun after a name, which the name qualifies ("Initech executive Jane Doe")."""
_FOR_WHOM = re.compile(r"\b(?:for|pour|with|avec)\b")
"""A preposition in the words before a name: the name is no object of the verb."""
COMPARED_REACH = 90
"""How far before its date words the word of a comparison may stand, over a comma."""
COMPARED_NEAR = 24
"""How far after the word of comparison its amount may start ("compared with a net loss of
$2.1 million"): further, the amount is of something else."""
OTHER_FIGURE = re.compile(
    r"\b(?:expected|forecast|estimated?|consensus|anticipated|analysts?|attendue?s?|visee?s?"
    r"|prevue?s?|anticipee?s?|estimee?s?|analystes?|spent|spend\w*|invest\w*|paid|pays?"
    r"|raised|owed|claim\w*|sought|demand\w*|budget\w*|depense\w*|verse\w*|reclam\w*"
    r"|lui|elle|eux|him|her|them)\b"
)
"""Words that make the figure after a word of comparison something else than an earlier
result: an expectation ("against $18 million expected"), a sum spent, claimed or raised
("against $5 million spent on research"), or a person acted against ("contre lui")."""


def in_comparison(text: str, folded: str, lang: str, info: SentenceInfo, date: Tag) -> bool:
    """True when date words stand in the base of a comparison, an amount between the
    comparison's opening and them ("compared with $21 million in the second quarter of last
    year"): the period of the base, not of the figure it is compared with.
    """
    seg = info.segment_holding(date.start, date.end)
    lo = info.sentence.start if seg is None else seg.start
    if _COMPARED_TO_DATE.search(folded, max(lo, date.start - 60), date.start):
        return True
    floor = lo
    if seg is not None and GLOSS.match(folded, seg.start):
        # "versus net income of $1.02 billion, or 25 cents a share in the same quarter last
        # year": the gloss after a comma goes on with the base before it
        floor = max(info.sentence.start, date.start - COMPARED_REACH)
    return any(
        (found := amounts(text[m.end() : date.start], lang))
        and found[0].start <= COMPARED_NEAR
        and not OTHER_FIGURE.search(folded, m.end(), date.start)
        for m in COMPARED.finditer(folded, min(lo, floor), date.start)
    )


class FigureFields(CompanyBase):
    """Results, headcounts, sites and legal actions."""

    # Figures ----------------------------------------------------------------------------------

    def _results(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> Reading | None:
        word = self.folded[cue.start : cue.end]
        metric = (
            next((label for rx, label in _METRICS if re.fullmatch(rx, word)), None)
            or metric_named(self.folded[start:end])  # "revenue fell 8% to $14.2 billion"
            or word
        )
        tail = self.text[cue.start : end]
        money = amounts(tail, self.lang)
        if not money:
            # "about $1 billion in cash on hand", "5 millions d'euros de chiffre d'affaires":
            # the amount just before the metric
            before = [
                a
                for a in amounts(self.text[start : cue.start], self.lang)
                if _AMOUNT_OF.fullmatch(self.folded, start + a.end, cue.start)
            ]
            money = before[-1:]
        value: int | None = None
        currency: str | None = None
        exact: str | None = None
        level = next(
            (a for a in money[1:] if _TO_LEVEL.search(self.folded, cue.start, cue.start + a.start)),
            None,
        )  # "rose 22 cents to $45.62", "a progressé de 2 millions à 20 millions": the level
        if level is not None:
            money = [level]
        if money:
            value, currency, exact = money[0].value, money[0].currency, money[0].exact
        else:
            number = next(iter(counts(self.text[start:end], self.lang)), None)
            if number is not None and metric in ("users", "subscribers", "customers", "orders"):
                value = number[2]
        if value is None:
            return None
        period = self._period(info, start, end) or self._year_of(cue, start)
        if period is not None and self._forecast_period(period):
            return None  # "expects revenue of $5 billion in 2021": a forecast, no result
        if period is None:
            now = _NOW.search(self.folded, start, end)
            if now is None:
                return None
            period = self.text[now.start() : now.end()]  # "it now has 200,000 customers"
        org = self._actor(info, cue, i)
        if org is None:
            return None
        part = next(
            (
                m
                for m in info.mentions_between(start, cue.start)
                if m.end <= cue.start and part_of_company(self.folded, m.start)
            ),
            None,
        )
        if part is not None:  # "La division Outillage a vu son chiffre d'affaires": the part's
            metric = f"{metric} of {part.name}"
        fields: dict[str, Any] = {
            "organization": org,
            "metric": metric,
            "period": period,
            "value": value,
        }
        if currency is not None:
            fields["currency"] = currency
        if exact is not None:
            fields["exact"] = exact  # "$41.80 a share", "0.57 euro per share"
        return fields, "results_reported"

    def _subject_of_cut(self, between: str) -> bool:
        """True when the people counted at a sentence's start are the subject of the verb
        of the cut: no verb of their own and no clause between them and it ("98 personnes
        issues du studio X, son plus gros studio, vont être licenciées"; not "300 salariés
        ont manifesté contre le plan, qui prévoit de supprimer des postes").
        """
        if _CLAUSE_LINK.search(between):
            return False
        words = [
            w
            for w in re.findall(r"[\w'-]+", between)
            if not re.search(r"[^\W\d]{2}(?:e|ee|es|ees|ue|ues|us|u)$", w)  # a participle
        ]
        return verb_tense(words, self.lang) is None

    def _forecast_period(self, period: str) -> bool:
        """True when a period read as past still starts after the publication day: a
        forecast's period ("revenue of $5 billion in 2021", told in 2020).
        """
        try:
            span = resolve(period, self.published, lang=self.lang, tense=Tense.PAST)
        except DateError:
            return False
        return span.start is not None and span.start > self.published

    def _year_of(self, cue: lexicon.Cue, start: int) -> str | None:
        """A bare year that names the metric's period, right after it ("résultat net 2022")
        or right before it ("2022 revenue"), or None; a year after the publication's is no
        period reported on.
        """
        hit = _YEAR_AFTER.match(self.folded, cue.end) or _YEAR_BEFORE.search(
            self.folded, max(start, cue.start - 24), cue.start
        )
        if hit is None or int(hit.group(1)) > self.published.year:
            return None
        return self.text[hit.start(1) : hit.end(1)]

    def _period(self, info: SentenceInfo, start: int, end: int) -> str | None:
        """Date words in `[start, end)`, else in the sentence ("En 2020, le chiffre d'affaires
        ... et le résultat net ..."), that resolve in the past tense: a period reported on.
        """
        inside = info.date_within(start, end)
        for date in [inside] if inside is not None else info.dates:
            base = COMPARED.match(self.folded, start) is not None  # "versus net income of"
            if (
                inside is None
                and not base
                and in_comparison(self.text, self.folded, self.lang, info, date)
            ):
                continue  # "Earnings were $4 million, against $5 million a year ago"
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
        if not (cut or hire) and i > 0 and GLOSS.match(clause):
            # "will lay off about 10% of its workforce, or roughly 1,000 employees": the gloss
            # counts the cut of the clause before it
            prior = info.segments[i - 1]
            told = self.folded[prior.start : prior.end]
            cut, hire = _CUTS.search(told), _HIRES.search(told)
        change: int | None = None
        s = info.sentence
        if not numbers and (cut or hire) and start > s.start:
            # "98 personnes issues du studio X, son plus gros studio, vont être licenciées":
            # the people counted open the sentence, the verb closes it
            opening = self.folded[s.start : start]
            change = next(
                (
                    -value if cut else value
                    for at, after, value in counts(self.text[s.start : start], self.lang)
                    if at <= 2
                    and _PEOPLE.match(opening[after:].lstrip(" "))
                    and self._subject_of_cut(opening[after:])
                ),
                None,
            )
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
        reduced = _BY_PERCENT.search(clause)
        if share is not None:  # "laying off roughly 14% of its staff"
            detail = f"{detail}, {share.group(1)}% of {share.group(2)}"
        elif reduced is not None:  # "positions would be reduced by approximately 20 percent"
            detail = f"{detail}, by {reduced.group(1)}%"
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
            # "sa nouvelle usine de Lyon": a known place after "de", not "l'usine de Globex"
            place = next(
                (
                    m
                    for m in self._after_words(info, _OF_PLACE, cue.end, end, window=6)
                    if kind_of(m.name) == "place"
                ),
                None,
            )
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
            # The nearest name the action falls on: "à Globex", "au groupe américain Globex"
            target = sorted(
                [
                    *self._after_words(info, _TO, cue.end, s.end, window=10),
                    *[
                        m
                        for m in [self._next_name(info, cue.end, s.end, described=True)]
                        if m
                        and not _QUALIFIES_NOUN.match(self.text, m.end)
                        and not _FOR_WHOM.search(self.folded, cue.end, m.start)
                    ],  # not "sued former Initech executive Jane Doe", "for misleading X"
                    *self._after_words(info, _TO_DESCRIBED, cue.end, s.end, window=48),
                ],
                key=lambda m: m.start,
            )
            if not target:
                return None
            org = self.entities.use(target[0])
            authority = actor
        elif action == "searched" and not self._passive(cue, floor):
            # "Police raided the offices of Globex": the company whose premises are searched,
            # by the one that searches
            searched = next(
                (
                    m
                    for m in info.mentions_between(cue.end, end)
                    if kind_of(m.name) not in ("person", "place")
                    and m.kind != "place"
                    and not _WHERE_BEFORE.search(self.folded, max(cue.end, m.start - 30), m.start)
                ),
                None,
            )
            org = self.entities.use(searched) if searched is not None else self.context.topic_org
            authority = actor
        elif action == "approval":
            # "regulators approved the acquisition", "l'Autorité a autorisé le rachat": the
            # authority approves what the company in focus does
            authority = self.entities.use(by[0]) if by else actor
            org = self.context.topic_org
        else:
            org = actor
            if by:
                authority = self.entities.use(by[0])
            elif actor is not None and self.entities.is_authority(actor):
                # "deux sanctions, l'une à l'encontre de Globex", "the largest penalty the
                # regulator has issued": the authority acts on the company named against
                # it, else on the one in focus
                against = self._after_words(info, _AGAINST, cue.end, s.end, window=16)
                topic = self.context.topic_org
                if against:
                    org, authority = self.entities.use(against[0]), actor
                elif topic is not None and not self.entities.is_authority(topic):
                    org, authority = topic, actor
        if org is None:
            return None
        fields: dict[str, Any] = {"organization": org, "action": action}
        if authority is not None and authority != org:
            fields["authority"] = authority
        money = amounts(self.text[start : s.end], self.lang)
        if money:
            fields["amount"], fields["currency"] = money[0].value, money[0].currency
        return fields, "legal_action_reported"
