"""The words the dating of statements reads (`_dating`): what makes date words no date of
the news (a comparison base, a deadline), what makes news hold on the day of the report (a
state, a present, a total to date), and the openings that join a clause to a dated one.
"""

from __future__ import annotations

import re

from timeline.extract.cues import CueType

__all__ = [
    "AFTER",
    "AGREED",
    "ANNOUNCED",
    "ATTRIBUTION",
    "BASE",
    "CHANGE",
    "CIRCUMSTANCE",
    "CONDITIONAL",
    "COORDINATED",
    "DEADLINE",
    "EARLIER_ANNOUNCEMENT",
    "FOLLOWING",
    "PENDING",
    "PERFECT",
    "PERSON_PRONOUN",
    "PRICE_OF_DAY",
    "PRONOUN_PRESENT",
    "ROLE_APPOSITION",
    "RULED",
    "SAME_OCCASION",
    "SINCE",
    "STATES",
    "TOLD_PRESENT",
    "TOTAL",
    "TURN",
]

ATTRIBUTION = re.compile(r"(?:according to|selon|d'apres|aux dires de|citing)\b")
"""Words that open an attribution of what follows or precedes to a source."""
PERSON_PRONOUN = re.compile(r"\s*(?:and |but )?(?:he|she)\b")
"""A clause whose subject is a person by its English pronoun ("he will work"): French "il"
is as often the company."""
PERFECT = re.compile(
    r"\b(?:(?:has|have) (?:been |just )?(?:appointed|named|elected|chosen|hired)"
    r"|(?:est|sont) (?:\w+ment |aussi |egalement )?(?:nomme|designe|promu|elu|choisi|appele)"
    r"(?:e|s|es)?)\b"
)
"""An English present perfect of appointing, or the French present passive ("est nommée
directrice"): news of the day it is reported."""
BASE = re.compile(
    r"\b(?:from|versus|vs\.?|compared (?:with|to)|than|par rapport (?:a|au|aux)|contre|sur)"
    r"\s+(?:[^\s,;]+\s+){0,4}$"
)
"""Words before the date of the period a figure is compared with ("from $15.33 billion a year
ago", "contre 12 millions en 2020"): not when the result was reported."""
EARLIER_ANNOUNCEMENT = re.compile(
    r"\b(?:apres|after|following|since|depuis)\s+(?:l'|la |le |the |its |son |sa |leur )?"
    r"(?:annonce|announcement|presentation|unveiling)\b"
)
"""Words telling that what the clause says came after an announcement ("six mois après
l'annonce d'un plan", "after the announcement of a plan to"): that plan was told before."""
DEADLINE = re.compile(r"\b(?:d'ici|a l'horizon|by)\s+(?:(?:la|le|l'|the)\s*)?$")
"""Words before a date that make it a deadline ("d'ici fin août", "by March")."""
FOLLOWING = re.compile(
    r"\b(?:following|in the wake of|a la suite d(?:e|u|es)|dans la foulee d(?:e|u|es))"
    r"\s+(?:[^\s,;]+\s+){1,5}$"
)
"""Words that make the date after them the moment of what the news follows ("introduced
following the financial crisis of 2008", "à la suite de la crise de 2008"), not its own."""
PERIOD_OF = re.compile(
    r"\s*(?:earnings|results|revenues?|sales|profits?|resultats|chiffre d'affaires|ventes)\b"
)
"""A metric after a date ("third quarter earnings"): the date is the period measured, not
the time of a plan."""
INVESTING = re.compile(
    r"\b(?:invest|invests|investing|investira|investiront|investir|investissement"
    r"|investissements|investment)\b"
)
"""Words of money a company puts into its own business ("will invest $1 billion",
"investira 9 millions"): the topic of a plan that has no other."""
RELATIVE_OPENING = re.compile(r"\s*(?:qui|dont|which|who)\b")
"""A relative pronoun opening a clause: its date words are its own ("qui prendra effet en
mars"), not the date of the clause beside it."""
CONSENSUS = re.compile(
    r"\b(?:versus|vs\.?|against|compared with|compared to|contre|face a)\s+[^,;]{0,40}?"
    r"\b(?:expected|estimated|forecast|anticipated|attendus?|attendues?|prevus?|prevues?"
    r"|anticipes?|estimes?)\b"
)
"""A figure compared with what was expected ("$14.16 billion versus $13.53 billion
expected", "contre 12 millions attendus"): the expectation is analysts', no future."""
SINCE = re.compile(r"\b(?:depuis|since)\s+(?:(?:le|la|les|l'|the)\s*)?$")
"""The start of a state just before a date ("a director since April", "depuis juin 2010"):
when a role began, never when one ended."""
TOTAL = re.compile(
    r"\b(?:montant total|au total|en tout|total (?:raised|funding)|to date|depuis sa creation"
    r"|since (?:its|it was) (?:founding|founded|launch|creation))\b"
)
"""Words of a total raised so far: a state on the day of the report, not a round."""
PRONOUN_PRESENT = re.compile(
    r"(?:il|elle|ils|elles)\s+(?!(?:a|ont|avait|avaient|est|sont|etait|etaient|fut|furent)\b)"
    r"(?![a-z]*(?:ait|aient)\b)[a-z]+(?:e|es|ent|t|d)\b"
)
"""A French clause opening on a pronoun and a verb in the present ("Ils prennent en charge
les fonctions"), not an auxiliary of the past nor the imperfect ("il rejoignait")."""
AGREED = re.compile(r"\b(?:has|have) (?:just )?agreed to\b")
"""The English present perfect of a deal agreed ("has agreed to buy"): the day's news."""
JUST_DONE = re.compile(
    r"\b(?:(?:has|have) (?:just |now |also )?(?:raised|secured|closed|landed|bagged|completed"
    r"|accepted|obtained|won|opened|inaugurated|expanded"
    r"|bought|acquired|been (?:fined|slapped|ordered|hit|sued|acquired|bought))"
    r"|(?:vient|viennent) (?:aussi |egalement |tout juste )?d(?:e |')(?:\w+ )?\w+(?:er|ir|re))\b"
)
"""A round, a deal, a penalty or a site in the English present perfect ("has raised $2.5
billion", "has been slapped with a fine", "has opened") or the French "vient de" ("vient de
lever", "viennent d'être investis"): the news of the day it is reported, unless a frame of
time says it was before."""
RECENT_FRAME = re.compile(
    r"\b(?:in recent (?:years|months)|over the (?:past|last)|since\b"
    r"|ces dernieres annees|depuis\b)"
)
"""A frame that spreads a present perfect over the past ("In recent years, the company has
bought..."): done before the report."""
RULED = re.compile(
    r"\b(?:has|have) (?:just |now )?(?:fined|sued|charged|ordered|banned|blocked|approved"
    r"|cleared|sanctioned|penali[sz]ed|censured|convicted|sentenced|ruled|opened an?"
    r" (?:investigation|inquiry|probe))\b"
)
"""The English present perfect of a ruling or an action of an authority ("the regulator
has fined Globex"): the news of the day it is reported, as "has agreed to" is."""
TOLD_PRESENT = re.compile(
    r"\b(?:announced|said|annonce|a annonce)\s+(?:that\s+|qu')?(?:it|they|il|elle|ils|elles)"
    r"\s*(?:is|are|est|sont|was|were)\b"
)
"""A verb of telling in the past followed by news in the present, or in the past that
English reported speech shifts the present to ("announced it is
launching"): the news holds on the day it is told."""
SAME_OCCASION = re.compile(
    r"(?:dans (?:la|le) meme (?:decision|temps|jugement|communique|annonce)|le meme jour"
    r"|in the same (?:decision|ruling|judgment|statement|announcement)|on the same day)\b"
)
"""The opening of a sentence that tells more of the news just told, on its occasion."""
ANNOUNCED = re.compile(
    r"\b(?:un|une|a|an)\s+(?:[\w-]+\s+){1,2}"
    r"(?:annonce|devoile|signe|conclu|announced|unveiled|signed|agreed)(?:e|s|es)?\s+"
    r"(?:(?:le|on)\s+)?$"
)
"""A noun after an indefinite article and a participle of announcing just before a date ("un
accord annoncé lundi", "a deal announced on Monday"): the day the news of the sentence was
told; "le projet annoncé le 18 mai" names an earlier announcement."""
STATES = frozenset({CueType.VALUATION, CueType.RESULTS, CueType.PARTNERSHIP})
"""Company news that is a state holding on the day it is reported ("valorisé à 2 milliards"),
or a result reported in the article, not an event done before it."""
CHANGE = re.compile(
    r"suppress|supprim|licenci|plan social|departs|embauch|recrut|lay|laid|cut|eliminat|hir"
    r"|reduc|reduire|creer|creation|add|ajout"
)
"""Words of a change in headcount; a headcount without them is a state ("emploie 560
personnes", "has 120,300 employees"), true on the day it is reported."""
CONDITIONAL = {
    "fr": re.compile(
        r"^(?:serai[t]?|seraient|devrai[t]?|devraient|pourrai[t]?|pourraient"
        r"|permettrai[t]?|permettraient|aurai[t]?|auraient|[a-z]{4,}erai(?:t|ent))$"
    ),
    "en": re.compile(r"^(?:would)$"),
}
"""The conditional of plans and forecasts ("serait réalisée", "would pay")."""
ROLE_APPOSITION = re.compile(
    r",\s*(?:l'|le |la |the |an? |son |sa |its |their |leur )?"
    r"(?:ancien(?:ne)? |former |ex-|nouveau |nouvelle |new |actuel(?:le)? |current )?"
)
"""What comes between a person's name and the role after it."""
PENDING = re.compile(
    r"\b(?:annonce|annoncent|s'appret\w*|en passe de|envisage\w*|negocie\w*|discute\w*"
    r"|emploie|emploient|compte|comptent|actuellement|desormais|possede|detient)\b"
)
COORDINATED = re.compile(r"^(?:et|puis|and|then)\s+\w+")
CIRCUMSTANCE = re.compile(r"^(?:lors d|au cours d|pendant|durant|during|at an?|at the)\b")
PRICE_OF_DAY = re.compile(
    r"\b(?:closing price|close|cours de cloture|cloture|share price|cours)\s+"
    r"(?:(?:on|of|du|au|le|de)\s+)?$"
)
"""Words before the day of a share price that a premium or a change is measured from."""
TELLING_ONLY = re.compile(
    r"\s*(?:(?:the |le |la |l')?[\w'-]+\s+){0,3}?"
    r"(?:said|says|announced|reported|first reported|told (?:its )?(?:reporters|staff"
    r"|employees|workers|investors|analysts|shareholders)|indique-t-(?:il|elle)"
    r"|a-t-(?:il|elle) (?:indique|precise|annonce|declare)|a (?:indique|annonce|precise|declare))"
    r"(?:\s+(?:dans un communique|in a statement|on \w+))*[\s.,]*"
)
"""A clause that only tells who said it ("the telecom giant announced", "indique-t-il dans un
communiqué"), once its date is taken out: where the news came from, no fact."""
TOLD_BY = re.compile(
    r"\s*(?:[\w.'-]+\s+){1,8}?(?:said|announced|reported|confirmed|disclosed"
    r"|told (?:its )?(?:reporters|staff|employees|workers|investors|analysts|shareholders)"
    r"|(?:a|ont) (?:annonce|indique|confirme|precise)|annoncent|indiquent)\s*(?:on\s*)?[\s.]*"
    r"|\s*(?:a|ont) (?:annonce|indique|confirme|precise)\s+(?:l'|le |la |les )\s*[\w-]+"
    r"(?:\s+[\w-]+)?[\s.]*"
)
"""A clause after the news that only tells who told it, once its date is taken out ("the
company and the governor announced Wednesday", "a indiqué la multinationale mercredi"):
its date is the day the news was told."""
BACKGROUND = re.compile(r"(?:quand|lorsque|avant de|before joining|before becoming)\b")
"""The opening of a clause of time about something else ("Quand il a soutenu sa thèse en
2002", "avant de rejoindre Initech en 1997"): background, no fact of its own. Not "when",
whose clause often tells news ("when Globex put its unit up for sale in October")."""
TIME_FRAME = re.compile(
    r"(?:during|in|over|for|au cours d(?:e|u|es)|pendant|durant|lors d(?:e|u|es)|sur)\s+"
    r"(?:the |le |la |l'|les )?(?:same |meme |first |second |third |fourth |premier |deuxieme "
    r"|troisieme |quatrieme )?(?:[\w-]+ )?"
    r"(?:period|quarter|months|weeks|year|half|semester|trimestre|semestre|mois|exercice|annee)\b"
)
"""A phrase that opens a sentence with the period of what the sentence goes on to tell
("During the same three months last year,", "Au cours du premier semestre 2023,"): a frame of
time for the clause after the comma, no fact of its own."""
RESTATED = re.compile(r"(?:or|soit)\s+(?:about |environ |pres de )?[$€£]?\d")
"""A clause restating the figure before it in another unit ("…, or 25 cents per share",
"…, soit 1,2 euro par action"): part of the figure's fact, no fact of its own."""
AFTER = re.compile(r"(?<![\w'])(?:apres (?:avoir|le|la|l'|les|son|sa|ses)|after)\b")
"""Words telling that what follows came before something else ("après avoir lancé", "deux
semaines après le lancement de", "after launching"), not "d'après"."""
TURN = re.compile(r"\b(?:but|mais|yet|while|tandis qu|alors qu)\b")
"""The turn of a clause to something else ("... required him to resign but will let him
stay"): what comes after it is not in the tense of the news told before it."""


LATER_ON = re.compile(
    r"\b(?:(?:a|an|one|two|three|\d+) (?:years?|months?|weeks?|days?) (?:later|afterwards)"
    r"|later that (?:year|month)|the (?:following|next) (?:year|month)"
    r"|(?:un|une|deux|trois|\d+) (?:ans?|annees?|mois|semaines?|jours?) plus tard"
    r"|l'annee suivante|le mois suivant)\b"
)
"""A time told after another date in the clause ("a year later", "deux ans plus tard"): the
sentence's opening date is not the clause's. Not "a year earlier" or "un an plus tôt", which
mostly open the base of a comparison ("up 15% from a year earlier")."""
