"""The kinds of statement a cue announces (`CueType`), and the words of each, in French
and English: verbs in their usual finite and participle forms, and nouns (`NOMINAL`), on folded
text.
"""

from __future__ import annotations

import enum
import re

__all__ = [
    "ENGLISH_CUES",
    "FRENCH_CUES",
    "FRENCH_PRICE_MOVE",
    "GLOSS",
    "INVESTED",
    "NOMINAL",
    "SHARES_MOVED",
    "CueType",
]


INVESTED = re.compile(r"invest(?:ed|s)\b|investi(?:t|s|e|es)?\b")
"""A verb of investing, on folded text: its subject is the investor, and the clause is a
round only when a company is what is invested in ("invested $5 million in Globex")."""
GLOSS = re.compile(r"(?:or|ou|soit)\b")
"""The word that opens a figure's gloss after a comma ("…, or 25 cents a share", "…, or
roughly 1,000 employees", "…, soit 1 000 postes")."""


class CueType(enum.Enum):
    """The kind of statement a cue announces, in order of precedence within a clause."""

    FOUNDED = "founded"
    ACQUISITION = "acquisition"
    FUNDING = "funding"
    VALUATION = "valuation"
    LEGAL = "legal"
    DEPARTURE = "departure"
    APPOINTMENT = "appointment"
    HEADCOUNT = "headcount"
    RESULTS = "results"
    SITE = "site"
    PARTNERSHIP = "partnership"
    INTERVIEW = "interview"
    AVAILABILITY = "availability"
    ROLE = "role"
    LAUNCH = "launch"
    CLAIM = "claim"
    STANCE = "stance"
    PLAN = "plan"
    EVENT = "event"


_FR_MOVED = (
    r"(?:gagn|perd|progress|recul|bondi|bond|chut|grimp|ced|flamb|plong|envol|decroch|baiss)\w*"
)
"""French verbs of a price's move, in any form ("chutait", "a bondi", "recule")."""
FRENCH_PRICE_MOVE = (
    rf"{_FR_MOVED} (?:de )?(?:plus de |pres de |environ )?\d[\d,.]* ?% a \d[\d,. ]*(?:euros?|€)"
)
"""A move in percent to a price in euros ("chutait de plus de 12% à 178,75 euros"): a share
price's move, a cue of results and the share price metric."""
_OFFICES = r"title|job|reins|role|post|position|chairmanship|presidency"
"""What a person takes over that is an office, not a company ("took over the CEO title")."""
_FR_PARTICIPLE = r"(?:e|ee|es|ees|s)"  # after a stem in -e: "levé", "levée", "levés"
_TRADES = (
    r"engineers|developers|technicians|drivers|nurses|researchers|scientists|salespeople"
    r"|agents|associates|staffers"
)
"""The trades an English headcount may count instead of its staff, with its figure ("hired 200
engineers", "laid off 40 researchers"; not "commissions for drivers")."""
FRENCH_CUES = {
    CueType.FOUNDED: (
        rf"(?:cree|fonde|co-?fonde|cofonde|immatricule){_FR_PARTICIPLE}?|creation|fondation"
        r"|voit le jour|a vu le jour"
    ),
    CueType.ACQUISITION: (
        rf"rachet(?:e|ee|es|ees|ent|er|era|eront|ait){'{'}0,1{'}'}"
        r"|rachat(?! d'actions| de (?:ses )?(?:propres )?actions)|racheteur"
        r"|(?<![\w-])achet(?:e|ee|es|ees|ent|ait)(?![\w-])(?! (?:a|au|aux) )"
        r"|acqui(?:ert|erent|s|se|ses|sition|sitions)|acquer(?:ir|ra|rait|ront|eur|euse)"
        r"|met la main sur|mettre la main sur|a mis la main sur|s'offre|s'est offert"
        r"|absorbe|offre publique d'achat|opa|prise de controle|prendre le controle"
        r"|prend le controle|a pris le controle|fusion|fusionner"
        rf"|(?:cede{_FR_PARTICIPLE}?|ceder|cedera)(?! (?:son fauteuil|sa place|son poste|son siege"
        r"|les renes|la presidence|la direction))|cession"
        r"|prise de participation|prend une participation|a pris une participation"
        r"|pass(?:e|ent|era|eront|ait|er) sous (?:le )?controle|est passee? sous (?:le )?controle"
    ),
    CueType.FUNDING: (
        rf"leve{_FR_PARTICIPLE}?|levee de fonds|levees de fonds|levee|lever|leve|levent"
        r"|tour de table|tour de financement|financement|a obtenu \d|boucle un tour"
        r"|(?:amasse|recolte)(?= (?:pres de |plus de |environ )?\d)"
        r"|introduction en bourse|investi(?:s|e|es)? dans"
        r"|(?<=a )investi(?= (?:pres de |plus de |environ )?\d)|investit(?= (?:pres de |plus de "
        r"|environ )?\d)"
        r"|apport(?:e|es|ee|ees) par|(?:entre|entrent|rentre|rentrent)"
        r" (?:au|dans le) capital"
    ),
    CueType.VALUATION: rf"valorise{_FR_PARTICIPLE}?|valorisation|valorisant",
    CueType.LEGAL: (
        rf"amendes?|condamne{_FR_PARTICIPLE}?|condamnation|sanctionne{_FR_PARTICIPLE}?"
        rf"|sanctions?|plaintes?|(?<![,»\"] )(?<![,»\"])poursuit(?!-(?:il|elle))"
        r"|poursuit(?= [\w' -]{1,40}? en justice)"
        rf"|poursuivi{_FR_PARTICIPLE}?|poursuites"
        rf"|enquetes?|assigne{_FR_PARTICIPLE}? en justice|tribunal|cour d'appel"
        rf"|inflige{_FR_PARTICIPLE}?|mis(?:e)? en examen|contentieux|proces"
        r"|(?:faire|fait) appel(?! aux?\b| a\b)|recours"
        r"|redressement judiciaire|liquidation judiciaire|procedure de sauvegarde"
        rf"|perquisitionne{_FR_PARTICIPLE}?|perquisitions?"
        r"|feu vert|(?:a|ont|avait|avaient) (?:\w+ )?autorise|autorisee? par"
        r"|dommages(?: et |-)interets|jugement|verdict"
        r"|(?:ouvert|ouvre|engage|lance) une procedure|procedure (?:d'infraction|judiciaire)"
    ),
    CueType.DEPARTURE: (
        r"quitte|quitter|quittera|a quitte|quittent|demissionne|demissionner|demission"
        rf"|depart|limogeage|limoge{_FR_PARTICIPLE}?|evince{_FR_PARTICIPLE}?|remercie{_FR_PARTICIPLE}?"
        r"|cede sa place|cedera sa place|remplace par|remplacee par|ex-\w+|en partance pour"
        r"|(?:cede|cedera|a cede|va ceder|laisse|laissera|a laisse|va laisser)"
        r" (?:son fauteuil|sa place|son poste|son siege|les renes|la presidence|la direction)"
        r"|sur le depart|(?:depart|partir|part|partira|partie?) a la retraite|prend sa retraite"
        r"|prendra sa retraite"
        r"|ancien(?:ne)? (?:directeur|directrice|pdg|patron|patronne|president|presidente)"
    ),
    CueType.APPOINTMENT: (
        rf"nomme{_FR_PARTICIPLE}?|nommer|nommera|nommeront|nomination|designe{_FR_PARTICIPLE}?"
        rf"|designer|designera|elu{_FR_PARTICIPLE}?"
        rf"|choisi{_FR_PARTICIPLE}? (?:pour|comme)|a choisi|prend la tete|prendra la tete"
        rf"|a pris la tete|succede|succedera|succeder|promu{_FR_PARTICIPLE}?"
        rf"|porte{_FR_PARTICIPLE}?(?= (?:[\w'-]+ ){{0,4}}a la (?:presidence|tete|direction))"
        r"|prendra ses fonctions|prend ses fonctions|rejoint|a rejoint|rejoindra"
        r"|prend le role de|prendra le role de|prend la direction|prendra la direction"
        r"|prend le poste de|prendra le poste de|occupera le poste de"
        r"|(?:devient|deviendra|est devenue?|devenir)"
        r" (?:le |la |son |sa |leur |nouveau |nouvelle )*"
        r"(?:directeur|directrice|president|presidente|pdg|patron|patronne|dirigeant|dirigeante)"
        r"|arrive(?:e)? (?:en provenance de|de chez|chez)"
        r"|(?:est |etait )?entree? (?:dans le groupe|dans l'entreprise|chez"
        r"|au sein (?:de|du|des|d(?=')))"
        r"|recrute (?:comme|en tant que)"
        r"|(?:prend|prennent|prendra|prendront|reprend|reprennent|reprendra|reprendront)"
        r" (?:en charge )?(?:les|ses|leurs) fonctions|depuis son (?:entree|arrivee)"
        r"|(?:presidence|direction|interim)(?: [^,.;]{1,40}?)? (?:est|sera) (?:desormais )?"
        r"assuree? par"
    ),
    CueType.HEADCOUNT: (
        r"suppressions? (?:de|d')(?:[\d .]+)?(?:postes|emplois)|supprimer|supprime|supprimera"
        r"|supprimant|suppression|licenciements?|licencier|licencie|plan social"
        rf"|(?:etre|ete|sont|seront|seraient|etaient|est|sera) licencie{_FR_PARTICIPLE}"
        r"|licenciera|licencieront|licencient"
        r"|(?:eliminer|eliminera|elimine|abolir|abolira|abolit|abolition)(?: [\w']+){0,5}?"
        r" (?:postes|emplois)|(?:postes|emplois)(?: [\w']+){0,3}? (?:abolis|elimines)"
        r"|plan de departs|embaucher|embauches?|embauchera|recruter|recrutera|recrutements?"
        rf"|embauche{_FR_PARTICIPLE}|recrute{_FR_PARTICIPLE}?|recrutent"
        r"|\d[\d .]* (?:personnes|salaries|collaborateurs) (?:y )?(?:travaillent|travailleront"
        r"|sont employee?s)|(?:occupe|occupent|occupera) (?:(?:pres de|plus de|quelque|environ)"
        r" )?\d[\d .]* (?:personnes|salaries)"
        r"|emploie|emploient|effectifs?|salaries|collaborateurs|employes"
        rf"|(?:postes|emplois)(?: [\w']+){{0,4}}? cree{_FR_PARTICIPLE}?"
        r"|cre(?:e|er|era|eront|ent|ant|ait) (?:(?:pres de|plus de|quelque|environ) )?[\d .]+"
        r"(?:nouveaux )?(?:postes|emplois)"
        r"|creations? (?:de |d')(?:[\d .]+ )?(?:nouveaux )?(?:postes|emplois)"
        r"|\d[\d .]* (?:nouveaux )?(?:emplois|postes)(?: (?:directs|indirects|nouveaux))?\b"
        r"|\d[\d .]* (?:nouvelles )?places de travail\b"
    ),
    CueType.RESULTS: (
        r"chiffres? d'affaires?|resultat net|resultat operationnel|resultats|benefice net|benefice"
        r"|resultat (?:financier|d'exploitation|courant|brut|avant impots?)"
        r"|pertes?(?: nette)?|revenus|ventes|marge operationnelle|marge brute|ebitda|ebit"
        r"|excedent brut d'exploitation|utilisateurs|abonnes|commandes|membres|exemplaires"
        r"|(?<=\d )(?:millions? de |milliards? de )?clients"
        r"|tresorerie|visiteurs(?: uniques)?|telechargements|auditeurs|telespectateurs"
        r"|(?:l'action|les actions|le titre|le cours(?: de bourse)?)(?: [\w'-]+){0,3}?"
        rf" (?:a |avait |ont |s'est |se )?(?:{_FR_MOVED}|mont\w*)"
        rf"|{FRENCH_PRICE_MOVE}"
    ),
    CueType.SITE: (
        r"(?:ouv(?:r|er)\w*|inaugur\w*|install\w*|implant\w*|s'install\w*|s'implant\w*|construi\w*"
        r"|construction|agrandi\w*|agrandissement|extension)"
        r"(?: [\w']+){0,3}? (?:bureaux?|sites?|usines?|centres?|sieges?|siege social|laboratoires?"
        r"|entrepots?|filiales?|campus|hubs?|data ?centers?|datacenters?|agences?|magasins?"
        r"|locaux|plateformes? logistiques?|unites? (?:de production|industrielles?|de fabrication)"
        r"|unites?|ateliers?|boutiques?)"
        r"|s'implant\w* (?:a|au|aux|en|dans|sur)|(?:demenag|transfer)\w* (?:son|leur) siege"
    ),
    CueType.PARTNERSHIP: (
        r"partenariat|alliance|s'allie|s'est allie|s'associe|s'est associe|coentreprise"
        r"|collabore avec|collaborent avec|en collaboration avec|collaboration avec"
        r"|(?:signe|signent|conclu|concluent|noue|nouent)\w* (?:un|une|deux|plusieurs)"
        r" (?:nouvel |nouveaux )?(?:accords?|protocoles? d'accord|contrats? de partenariat)"
        r"(?! de (?:rachat|cession|principe|acquisition|fusion|reprise))(?: \w+){0,3}? avec"
        r"(?! (?:les |des |ses |leurs )?(?:syndicats|salaries|representants|creanciers))"
        r"|accord de (?:cooperation|collaboration|(?:co-?)?distribution|licence|co-?developpement)"
    ),
    CueType.INTERVIEW: r"entretien|interview|entrevue|dans les colonnes|interroge(?:e)? par",
    CueType.AVAILABILITY: r"disponibles?|accessibles?|mis(?:e|es)? a disposition",
    CueType.ROLE: (
        r"co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)|president(?:e)?-direct(?:eur|rice)"
        r" general(?:e)?|directeur|directrice|president(?:e)?|pdg|patron(?:ne)?|dirigeant(?:e)?"
        r"|responsable|vice-president(?:e)?|chef"
        r"|directeur general|directrice generale|administrat(?:eur|rice)"
        r"|secretaire general(?:e)?|redact(?:eur|rice) en chef|porte-parole|drh|daf|dsi"
    ),
    CueType.LAUNCH: (
        rf"(?:presente|devoile|lance|sorti|publie|commercialise|inaugure|annonce|deploie){_FR_PARTICIPLE}?"
        r"|lancement|sortie|presentation|publication|commercialisation|lancera|presentera"
        r"|devoilera|lancent|presentent|devoilent|lance"
        r"|(?:sort|sortent|sortira|sortiront)(?= (?:sa|son|ses|leur|leurs|un|une|le|la|les|enfin"
        r"|aujourd'hui|ce|cette|demain)\b)"
        rf"|(?:developpe|concu|mis au point){_FR_PARTICIPLE}?|met au point"
    ),
    CueType.CLAIM: r"selon|d'apres|aux dires de",
    CueType.PLAN: (
        r"prevoit|prevoient|prevoyait|envisage|envisagent|entend|entendent|ambitionne"
        r"|ambitionnent|projette|projettent|s'apprete a|s'appretent a|vise a|visent a"
        r"|compte(?:nt)? (?:\w+ment |aussi |desormais )?[\"«“]?(?:s'|se |l'|le |la |les )?"
        r"\w+(?:er|ir|re)"
        r"|s'attend a|s'attendent a"
        r"|(?:a|ont) propose (?:le versement d'|de verser )?(?:un|une) dividende"
        r"|propose (?:un|une) dividende"
        r"|veut|veulent|souhaite|souhaitent|(?:a|ont|avait|avaient) l'intention d(?:e |')\w+"
        r"|objectifs? (?:de|pour|d'\w+)"
        r"|devrait|devraient|va (?:\w+ )?[\"«“]?\w+(?:er|ir|re)"
        r"|vont (?:\w+ )?[\"«“]?\w+(?:er|ir|re)"
        r"|est prevu|sont prevus|il est prevu|permettra|sera|seront|aura|auront"
        r"|destinee?s? a \w+(?:er|ir|re)\b"
        r"|(?:un|son|leur|ce|d'un|nouveau|vaste) plan (?:de |d')\w+"
        r"|rachats? (?:de ses propres |de |d')actions"
    ),
    CueType.EVENT: (
        rf"organise{_FR_PARTICIPLE}? (?:par|a|au)|accueilli{_FR_PARTICIPLE}? par"
        rf"|sponsorise{_FR_PARTICIPLE}? par"
    ),
    CueType.STANCE: (
        rf"(?:assure|affirme|declare|estime|explique|precise|indique|souligne|ajoute|detaille"
        rf"|insiste|refute|dementi|nie|promis|defendu|assume|martele|rappele|juge|denonce"
        rf"|plaide|reconnu|confie|averti|prevenu|annonce|revendique|defend|regrette|salue"
        rf"|critique|soutenu|refuse|commente|raconte|rapporte|considere|espere)"
        rf"(?:{_FR_PARTICIPLE}|nt)?"
        r"|(?:se|s'est|se sont) (?:felicite|rejoui|dit|disent|declare|montre|inquiete)\w*"
        r"|a-t-(?:il|elle|on) (?:\w+)|avait-(?:il|elle) (?:\w+)|assure|affirme|estime|explique"
        r"|(?<=, )poursuit(?! [\w' -]{1,40}? en justice)(?= \w)|poursuit-(?:il|elle)"
    ),
}

_MOVED = (
    r"(?:up|down|higher|lower|rose|fell|jumped|soared|surged|climbed|gained|dropped|tumbled"
    r"|plunged|slid|sank|slumped|rallied|dipped|declined|lost|added|edged (?:up|down|higher|lower)"
    r"|shot (?:up|higher)|spiked|skyrocketed|tanked|advanced|retreated)"
)
_PRICE = r"(?:usd |us\$|\$|eur |€|£)\d+(?:[.,]\d+)*(?! ?(?:billion|million|trillion|bn|mn|m|k)\b)"
"""A price per share: an amount without a word of millions ("$29.10", not "$5 billion")."""
_SHARE_MOVE = (
    r"(?:shares|stock|share price|stock price)(?: (?:of|in) [\w.&'-]+(?: [\w.&'-]+){0,3}?)?"
    r"(?: (?:was|were|is|are|has|have|had|been|currently|trading|traded|closed|ended|opened))*"
    rf" {_MOVED}"
    r"|(?<!offering )(?<!issued )(?<!new )(?<!sold )(?:shares|stock)"
    r"(?: (?:of|in) [\w.&'-]+(?: [\w.&'-]+){0,3}?)? (?:(?:are|is|was|were) (?:currently )?)?"
    r"(?:trading|traded|closed|opened|ended)(?: (?:in )?(?:pre-market|after-hours|premarket"
    rf"|early)(?: trading| trade)?)? at {_PRICE}"
    rf"|(?:was|were|is|are) (?:up|down) \d[\d.,]*(?: ?(?:%|percent|per cent))? (?:at|to) {_PRICE}"
    rf"|{_MOVED} \d[\d.,]* ?(?:%|percent|per cent) to {_PRICE}"
)
"""A move of a share price ("shares of Acme were down 3%", "shares in Acme jumped 11%",
"the stock was up 12%", "shares of Acme are trading in pre-market at $29.10"), or a name's
price move in a market report ("Acme was up 4.8 at USD 79.69", "Globex fell 1.9 percent to
USD 54.57", a price per share, not "its valuation jumped 20% to $5 billion"): a market figure
of the company, told as its results."""
SHARES_MOVED = (
    r"\b(?:shares|stock|share price|stock price)(?: (?:of|in) [\w.&'-]+(?: [\w.&'-]+){0,3}?)?"
    rf"(?: (?:was|were|is|are|has|have|had|been))* {_MOVED}\b"
    rf"|\b(?:l'action|les actions|le titre|le cours)(?: [\w'-]+){{0,3}}? {_FR_MOVED}"
)
"""A share price's move told without a figure ("Globex shares shot up after hours", "le
titre a plongé"): the words of a result even with no amount or share beside them."""

ENGLISH_CUES = {
    CueType.FOUNDED: (
        r"founded|established|set up(?= (?:in|last|by|earlier)\b)|was created|founding"
        r"|co-founded|incorporated"
    ),
    CueType.ACQUISITION: (
        r"acquires?|acquired|acquiring|acquisitions?|acquirer|buys|bought|buying"
        r"|(?:(?<=\bto )|(?<=\bwill )|(?<=\bwould )|(?<='ll )|(?<=’ll ))buy(?! back)"
        r"|purchase[sd]?|takeover|merger|merge|merged"
        r"|(?:take|took|takes|taking) over"
        r"(?! as| the helm| after| from| in\b| on\b| when|\s*[.,;]|\s*$"
        rf"| (?:the |his |her |their )?(?:\w+ )?(?:duties|responsibilities|{_OFFICES}|leadership))"
        r"|buyout|tender offer|sold|sells|to sell|agreed to sell|sale of"
        r"|offer(?:ed|s)? to (?:pay|buy|acquire)"
        r"|(?:takeover|rival|counter|hostile|competing|unsolicited|buyout)[ -](?:bids?|offers?) for"
        r"|(?:snap(?:s|ped|ping)?|scoop(?:s|ed|ing)?) up(?! (?:\w+ ){0,2}(?:investments?|funding"
        r"|capital|money|cash|awards?|prizes?|customers|users|market share|shares|stakes?)\b)"
        r"|(?:take|takes|took|taken|taking) (?:a |an )?(?:\d+(?:\.\d+)?% |majority |controlling "
        r"|minority )*stake in"
    ),
    CueType.FUNDING: (
        r"raised|raises|raising|raise|funding round|funding|series [a-f]|seed round"
        r"|(?:invested|invests)(?= (?:about |around |nearly |roughly |some |over |more than "
        r"|close to |another |an additional )?(?:[$€£₹]|us\$|\d))"
        r"|investment round|fundraising|fundraise|initial public offering|ipo"
        r"|(?:in|of) (?:new |fresh |additional |equity |venture )?financing|financing round"
        r"|investments? (?:from|by|led by)|total funding|funding to date"
        r"|(?:bagged|bags|secured|secures|snagged|snags|landed|lands|garnered|picked up)"
        r"(?= (?:about |around |nearly |roughly |some |over |more than |close to |another "
        r"|an additional |a fresh )?(?:[$€£₹]|us\$|rs\.? ?|inr |\d))"
    ),
    CueType.VALUATION: (
        r"valued at|valuation|valuing|values?(?! (?:[\w'’.&-]+ ){0,3}(?:shares?|stock)\b)"
        r"(?= (?:[\w'’.&-]+ ){1,4}at "
        r"(?:about |around |roughly |nearly |some |more than |over |up to )?[$€£\d])"
    ),
    CueType.LEGAL: (
        r"fined|fines?|lawsuits?|sued|sues|suing|antitrust|probe|investigation|investigating"
        r"|(?:(?<=being )|(?<=been )|(?<=was )|(?<=were )|(?<=is ))investigated|probed|probing"
        r"|complaints?|lodged|(?:punitive |compensatory )?damages|verdict|jury|plaintiffs?"
        r"|inquir(?:y|ies)|enquir(?:y|ies)|(?:formal|infringement|legal|court|antitrust)"
        r" proceedings"
        r"|ordered to pay|agreed to pay(?= [^;]{0,80}?\bto (?:resolve|settle)\b)"
        r"|(?:penalt(?:y|ies)|fines?|sanctions?) imposed on"
        r"|ruling|ruled|court|appeal|appealed|penalty|penalties|settlement|settled"
        r"|charged(?! with \w+ing\b)"  # "was charged with righting the group": a task
        r"|indicted|convicted|regulators? (?:said|found)|violat\w+"
        r"|regulators? (?:have |has )?(?:approved|cleared)"
        r"|approved by (?:the )?(?:\w+ )?regulators?"
        r"|(?:antitrust|regulatory|competition) (?:approval|clearance)"
        r"|(?:went|goes|gone|was placed|were placed|placed|put|entered) into "
        r"(?:administration|receivership)"
        r"|(?:filed|files) for (?:chapter 11 )?(?:bankruptcy|insolvency)(?: protection)?"
        r"|raided (?:the |its |their |\w+'s )?(?:\w+ )?(?:offices?|headquarters|premises"
        r"|homes?|sites?|plants?|factor(?:y|ies)|warehouses?)"
    ),
    CueType.DEPARTURE: (
        r"steps? down|stepped down|stepping down|resign(?:s|ed|ing|ation)?|leaves|left"
        r"|leaving|departs?|departed|departure|ousted|ouster|fired|dismissed"
        r"|(?<!unfair )dismissal(?! claims?\b)(?! of (?:the |its |an? |\w+'s )?(?:\w+ )?"
        r"(?:appeal|lawsuit|suit|case|charges?|claims?|complaint|motion)\b)"
        r"|retire[sd]?|retiring"
        r"|(?:will|to|would|plans to|is set to|is to) leave\b"
        r"|former (?:chief|ceo|president|chair\w*|head)|ex-\w+|replaced by"
        r"|retirement(?! (?:savings|plans?|funds?|age|accounts?|benefits|homes?|communit\w+))"
    ),
    CueType.APPOINTMENT: (
        r"appointed|appoints|appoint|appointment|named|names|elected|promoted"
        r"|(?:hired|hires)(?! (?:\w+ ){0,2}?\d)"
        r"|succeeds|succeeded|succeed|took the helm|takes the helm|take the helm|tapped"
        r"|joins|joined|has joined|will join|chosen as|picked as"
        r"|recruited (?:to|as|by)|parachuted in as"
        r"|(?:take|takes|took|taking|taken) over(?: as|(?= after| from| when))"
        r"|(?:take|takes|took|taking|taken) over (?:the |his |her |their )?(?:\w+ )?"
        rf"(?:{_OFFICES})"
        r"|(?:to become|becomes|became|will become|has become)"
        r" (?:the |its |their |new |a |an |interim |acting |permanent |sole )*"
        r"(?:ceo|chief|president|chair\w*|director|head|managing director)"
        r"|takes the role of|took the role of|will take the role of|assumes? the role of"
        r"|will assume|assumed the role of|to assume the role of"
        r"|(?:takes?|took|will take|taking) over"
        r" (?:the |his |her |their )?(?:duties|responsibilities)"
        r"|since (?:joining|(?:his|her|their) arrival)"
        r"|(?:take|takes|took|taking|taken) over(?=\s*[.,;]|\s*$)"  # "Doe will be taking over."
    ),
    CueType.HEADCOUNT: (
        r"lay(?:s|ing)? off|laid off|layoffs?|job cuts?"
        r"|(?:cut|axe|slash|shed|add|create|eliminate|reduce)\w* (?:[\w,%.-]+ ){0,3}?(?:jobs|staff"
        r"|employees|workers|positions|roles)"
        r"|(?:hire[ds]?|hiring) (?:\w+ ){0,2}?\d[\d,.]* (?:people|employees|workers|staff)"
        r"|(?:hire[ds]?|hiring|cut|cuts|cutting|lay(?:s|ing)? off|laid off|eliminat\w*"
        rf"|recruit\w*) (?:\w+ ){{0,2}}?\d[\d,.]* (?:{_TRADES})"
        r"|(?:positions|jobs|roles) (?:\w+ ){0,2}(?:be |been )?(?:reduced|cut|eliminated|created)"
        r"|headcount|workforce|employees|employs|staff(?:ers)?|hiring|to hire|will hire"
        r"|\d[\d,.]* (?:people|workers|employees) (?:work|are employed|will work)\b"
        r"|\d[\d,.]* (?:new |full-time |permanent |direct |high-paying )?(?:jobs|positions)\b"
    ),
    CueType.RESULTS: (
        r"revenues?|sales|net income|net profit|profits?|net loss|losses|earnings|ebitda"
        r"|operating income|operating margin|gross margin|earnings per share|operating expenses"
        r"|operating (?:loss|profit)|gross profit|pre-tax (?:profit|loss)|profit before tax"
        r"|share price|shares (?:rose|fell|jumped|tumbled|dropped|gained|are|were) (?:up|down)?"
        rf"|{_SHARE_MOVE}"
        r"|turnover|users|subscribers|customers|bookings|order intake|order backlog"
        r"|(?:quarterly|annual|half-year|full-year|interim|financial|preliminary"
        r"|(?:first|second|third|fourth)-quarter|q[1-4]) results"
        r"|members|developers|units sold|cash on hand|cash position|cash reserves?"
        r"|(?:monthly |daily |unique )?visitors|page views|downloads|listeners|viewers"
        r"|(?:earned|earns|generated|generates)(?= (?:to |about |nearly |more than |some )?"
        r"(?:\$|us\$|€|£|\d[\d.,]* cents))"
        r"|closing (?:share |stock )?price|ended trading|closed (?:trading )?at"
    ),
    CueType.SITE: (
        r"(?:open\w*|inaugurat\w*|set(?:s|ting)? up|build\w*|built|launch\w*|creat\w*"
        r"|establish\w*|expand\w*)(?: [\w'-]+){0,4}?"
        r" (?:office|offices|headquarters|hq|site|plant|factory|factories|centre|center"
        r"|facility|hub|campus|lab|laboratory|data ?cent(?:er|re)s?|warehouse|store|branch"
        r"|centres? of excellence|centers? of excellence)"
        r"|(?:mov|relocat)\w* (?:its |their )?(?:\w+ )?(?:headquarters|hq|head office)"
        r"|(?:chose|chosen|choos\w*|select\w*|picked)(?: [\w'.,-]+){1,5}? for (?:its|their|a)"
        r"(?: [\w'-]+){0,3}? (?:expansion|plant|factory|facility|site|headquarters|campus"
        r"|brewery|distribution cent(?:er|re))"
    ),
    CueType.PARTNERSHIP: (
        r"partnership|partnered|partnering|partners with|teamed up|alliance|joint venture|tie-up"
        r"|(?:(?:is|are|has been|have been) working|collaborat(?:e|es|ed|ing)) with"
        r"(?! (?:the|its|his|her|their|our) (?:company|group|firm|team|board)\b)"
        r"|in collaboration with|collaboration with"
        r"|(?:strategic|research|commercial|exclusive|multi-year|long-term)"
        r" (?:collaboration|cooperation)|collaboration agreement"
        r"|signed (?:a|an) (?:deal|agreement)"
    ),
    CueType.INTERVIEW: r"interview|speaking to|in comments to",
    CueType.AVAILABILITY: r"available|accessible|can be used|rolled out to",
    CueType.ROLE: (
        r"co-?founders?|founder"
        r"|chief executive|chief \w+ officer|ceo|cto|cfo|coo|president|chair(?:man|woman)?"
        r"|vice-chair(?:man|woman)?|board members?|members? of the board"
        r"|director|head of|managing director|vice president|general counsel"
        r"|spokes(?:man|woman|person)|editor-in-chief|general manager"
    ),
    CueType.LAUNCH: (
        r"unveiled|unveils|launched|launches|launch|released|releases|release|introduced"
        r"|introduces|presented|presents|rolled out|debuted|shipped|announced|announces"
        r"|introducing|unveiling|launching|rolling out|releasing|presenting|developed|built"
        r"|revealed|reveals|revealing|debuts|debuting"
    ),
    CueType.CLAIM: r"according to",
    CueType.PLAN: (
        r"plans? to|planning to|intends? to|aims? to|expects? to|is expected to|are expected to"
        r"|is working to|seeks? to|wants? to|hopes? to|is about to|are about to|it's about to"
        r"|is considering|are considering|is set to"
        r"|are set to|is to|are to|will|would|is targeting|targets|forecasts?|guidance"
        r"|expects|expect|(?:is|are) projected to|proposed (?:a|an|the) (?:\w+ )?dividend"
        r"|(?:share|stock) (?:repurchase|buyback)s?|buy-?backs?|repurchase (?:program|plan)"
    ),
    CueType.EVENT: r"organi[sz]ed by|hosted by|sponsored by",
    CueType.STANCE: (
        r"said|says|stated|declared|insisted|explained|added|argued|told|denied|rejected"
        r"|promised|pledged|stressed|noted|affirmed|assured|maintained|warned|vowed|defended"
        r"|acknowledged|admitted|conceded|believes|considers|commented|wrote|writes|claimed"
        r"|confirmed|emphasi[sz]ed|cautioned|suggested|suggests|welcomed|praised|remarked"
    ),
}


NOMINAL = re.compile(
    r"ex-\w+|ancien(?:ne)? \w+|former \w+|rachat|racheteur|acquisitions?|acquereur|acquirer"
    r"|takeover|merger|buyout|fusion"
    r"|offre publique d'achat|opa|prise de controle|levee|levees de fonds|introduction en bourse"
    r"|initial public offering|ipo|seed round|amendes?|condamnation|sanctions?|plaintes?"
    r"|poursuites|enquetes?|tribunal|cour d'appel|contentieux|proces|recours|lawsuits?|fines?"
    r"|antitrust|probe|investigation|ruling|court|appeal|penalty|penalties|settlement"
    r"|demission|depart|limogeage|resignation|departure|ouster|dismissal|retirement"
    r"|collaboration \w+|nomination"
    r"|appointment|suppressions? .*"
    r"|suppression|licenciements?|plan social|plan de departs|embauches?|recrutements?"
    r"|effectifs?|salaries|collaborateurs|employes|layoffs?|job cuts?|headcount|workforce"
    r"|employees|staff(?:ers)?|chiffres? d'affaires?|resultats?(?: \w+)?|benefice(?: net)?"
    r"|pertes?(?: nette)?|investments? (?:from|by|led by)|total funding|funding to date"
    r"|(?:takeover|rival|counter|hostile|competing|unsolicited|buyout)[ -](?:bids?|offers?) for"
    r"|construction|prise de participation"
    r"|revenus|ventes|marge \w+|ebitda|ebit|excedent brut d'exploitation|utilisateurs|abonnes"
    r"|commandes|revenues?|sales|net income|net profit|profits?|net loss|losses|earnings"
    r"|operating \w+|turnover|users|subscribers|customers|bookings"
    r"|creation|fondation|valorisation|levee de fonds|tour de \w+|financement|partenariat"
    r"|alliance|coentreprise|accord de \w+|entretien|interview|entrevue|lancement|sortie"
    r"|presentation|publication|commercialisation|valuation|funding(?: round)?|series [a-e]"
    r"|investment round|fundraising|partnership|joint venture|tie-up|launch|release|founding"
    r"|(?:un|son|leur|ce|d'un|nouveau|vaste) plan (?:de |d')\w+"
    r"|(?:share|stock) (?:repurchase|buyback)s?|buy-?backs?"
    r"|rachats? (?:de ses propres |de |d')actions"
)
