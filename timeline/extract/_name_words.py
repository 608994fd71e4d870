"""The words the rules of names (`entities`) know: words that open no name, verbs that follow a
subject's name, words that join one name or open a title, institutions named in lower case,
nationalities.
"""

from __future__ import annotations

import re

from timeline.extract._function_words import FRENCH_DETERMINERS

__all__ = [
    "AUTHORITY_ACRONYMS",
    "AUTHORITY_WORDS",
    "COMMON_HEADS",
    "DEMONYMS",
    "ENGLISH_STOP",
    "FRENCH_ADJECTIVE",
    "FR_DEMONYMS",
    "INSTITUTIONS",
    "INSTITUTION_TAIL",
    "JOIN",
    "NOT_A_NAME",
    "NOT_NAMES",
    "NUMBER_WORDS",
    "STOP",
    "TITLES",
    "US_STATES",
    "VERBS_AFTER_NAME",
]

STOP = frozenset(
    {
        "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "mais", "et", "ou",
        "donc", "or", "ni", "car", "par", "pour", "selon", "sur", "dans", "en", "avec",
        "sans", "sous", "chez", "vers", "fin", "debut", "mi", "apres", "avant", "depuis",
        "pendant", "lors", "alors", "ainsi", "si", "quand", "comme", "cependant",
        "toutefois", "pourtant", "enfin", "puis", "tout", "tous", "toute", "toutes", "qui",
        "que", "quoi", "dont", "oui", "non", "monsieur", "madame", "m", "mme", "the", "a",
        "an", "in", "at", "of", "for", "to", "from", "by", "with", "and", "but", "if",
        "when", "while", "as", "it", "he", "she", "they", "we", "i", "you", "this", "that",
        "these", "those", "his", "her", "its", "their", "our", "after", "before", "since",
        "until", "during", "according", "however", "also", "yet", "so", "there", "here",
        "mr", "mrs", "ms", "dr", "should", "would", "could", "can", "will", "may", "might",
        "must", "why", "how", "what", "where", "which", "who", "whose", "prior",
        "following", "despite", "although", "though", "because", "unlike", "meanwhile",
        "today", "yesterday", "tomorrow", "aujourd'hui", "hier", "demain", "desormais",
        "auparavant", "parmi", "outre", "ca", "cela", "ceci", "suite",
        # past participles that open an apposition at a sentence's start ("Issue de
        # Polytechnique, la startup...", "Fondée en 2015, Globex...")
        "issu", "issue", "issus", "issues", "fondee", "creee", "basee", "installee",
        "diplome", "diplomee", "originaire", "promu", "promue", "celle-ci", "celui-ci",
        "celles-ci", "ceux-ci", "celle-la", "celui-la", "celles-la", "ceux-la",
    }
) | (FRENCH_DETERMINERS - {"nos", "vos", "quelque", "chaque"})  # fmt: skip
"""Words that open no name, nor are one: pronouns, conjunctions, prepositions, adverbs and the
French determiners (less "nos", "vos", "quelque" and "chaque")."""
ENGLISH_STOP = frozenset(
    {
        "on", "or", "a", "the", "an", "in", "at", "of", "for", "to", "from", "by", "with",
        "and", "but", "if", "when", "while", "as", "it", "he", "she", "they", "we", "i", "you",
        "this", "that", "these", "those", "his", "her", "its", "their", "our", "after",
        "before", "since", "until", "during", "according", "however", "also", "yet", "so",
        "there", "here", "mr", "mrs", "ms", "dr", "should", "would", "could", "can", "will",
        "may", "might", "must", "why", "how", "what", "where", "which", "who", "whose",
        "prior", "following", "despite", "although", "though", "because", "unlike",
        "meanwhile", "today", "yesterday", "tomorrow",
    }
) & STOP  # fmt: skip
"""The words of `STOP` an English text uses as such: in English, a French one written with a
capital inside a run of capitals is a word of the name ("Globex Car Corporation")."""

# A lone capitalised word opening a sentence is a name when a verb follows ("Globex a annoncé").
VERBS_AFTER_NAME = frozenset(
    {
        "a", "ont", "est", "sont", "va", "vont", "avait", "avaient", "sera", "doit",
        "devrait", "annonce", "affirme", "lance", "presente", "has", "have", "is", "was",
        "were", "will", "said", "says", "announced", "launched", "unveiled", "plans",
        "laid", "sold", "bought", "paid", "led", "took", "won", "lost", "made", "told", "rose",
        "fell", "grew", "hit", "cut", "set", "struck", "spent", "shut", "would", "could",
        "can", "may", "agreed", "agrees", "expects", "reported", "posted", "named", "hired",
        "met", "prend", "fait", "vend", "cede", "rachete", "passe", "entre", "reprend",
    }
)  # fmt: skip
"""With the irregular pasts of company news ("Globex laid off 40 workers", "Globex sold
Initech"), which no ending shows."""

JOIN = frozenset({"de", "du", "des", "of", "&", "la", "le", "van", "von", "der", "di"})
# "X and Y", "X et Y" are two names ("Globex and Initech"); "&" joins one ("Dupont & Fils").
NOT_A_NAME = re.compile(r"-(?:based|born|headquartered|owned|backed|listed)$", re.IGNORECASE)
"""A word such as "Berlin-based" describes, it does not name."""
TITLES = re.compile(
    r"(?:co-|vice-)?(?:ceo|cfo|cto|coo|pdg|dg|president|presidente|chairman|chairwoman|chair|founder"
    r"|co-founder|cofounder|cofondateur|fondateur|directeur|directrice|chief|executive"
    r"|minister|ministre|senator|judge|juge|professor|professeur|analyst|analyste|head"
    r"|vice|managing|general|senior|acting|interim|deputy|mr|mrs|ms|dr|sir|m|mme|maitre|me"
    r"|prince|king|queen|pope|saint"
    r"|officer|director|manager|governor|gouverneur|mayor|maire|chancellor|chancelier"
    r"|commissioner|commissaire|prefet|depute|deputee|attorney|secretary|counsel)$"
)
"""Words of a title that open a run of capitalised words ("CEO Jane Doe"): not the
name. A title inside a run ("Globex CEO Jane Doe") splits it in two names."""


INSTITUTIONS = frozenset(
    {
        "autorite", "commission", "cour", "conseil", "agence", "office", "banque", "caisse",
        "tribunal", "ministere", "chambre", "comite", "institut", "parquet", "haute",
        "federation", "confederation", "direction", "inspection", "mutuelle", "fondation",
    }
)  # fmt: skip
"""French words that open the name of an institution whose next words are written in lower
case ("Haute Autorité des échanges", "Cour de cassation", "Caisse des dépôts")."""
_ADJECTIVE = (
    r"[a-zàâçéèêëîïôûùüÿœ]+(?:ique|iques|al|ale|aux|ales|el|elle|iel|ielle|ier|iers|iere|ieres"
    r"|ière|ières|aire|aires|if|ive|ifs|ives|ien|ienne|ens|enne|ennes|ais|aise|ois|oise|an|aine"
    r"|in|ine|eur|euse|eme|ême|ral|rale)"
)
AUTHORITY_WORDS = frozenset(
    {
        "autorite", "commission", "cour", "tribunal", "parquet", "ministere", "prefecture",
        "authority", "court", "regulator", "agency", "department", "ministry", "inspection",
        "directorate",
    }
)  # fmt: skip
"""Words that name an authority ("Autorité des marchés du gadget", "Federal Widget
Commission"): the body that fines, rules or approves, whose news is the company it acts on."""
AUTHORITY_ACRONYMS = frozenset(
    {
        "cnil", "amf", "acpr", "arcep", "dgccrf", "csa", "arcom", "anssi", "ansm", "has",
        "sec", "ftc", "fca", "cma", "doj", "fda", "epa", "occ", "finra", "cftc", "fcc",
        "nhtsa", "faa", "esma", "eba", "ecb", "bce", "bafin", "finma", "ofcom", "ico",
    }
)  # fmt: skip
"""Acronyms of regulators and authorities (French, European, American)."""
FRENCH_ADJECTIVE = re.compile(_ADJECTIVE)
"""A French adjective by its ending, on folded text ("industrielle", "financiere")."""
INSTITUTION_TAIL = re.compile(
    rf"(?: {_ADJECTIVE}){{0,2}}(?: (?:de la |de l'|de l’|des |du |de |d'|d’)"
    rf"(?:[a-zàâçéèêëîïôûùüÿœ]{{3,}})(?: {_ADJECTIVE})?)?(?![\w'’-])"
)


_NOT_NAMES_WORDS = {
    # currency codes, written in capitals before or after a figure ("USD 78.50")
    "currencies": "usd eur gbp chf jpy cny rmb cad aud nzd inr sek nok dkk hkd sgd krw brl"
    " mxn zar rub try pln czk huf ils aed sar mad tnd dzd xof xaf egp ngn kes ghs qar kwd bhd"
    " omr jod ron bgn isk clp cop pen ars vnd thb idr myr php pkr bdt lkr twd uah",
    # the press's abbreviations of US states, after a city ("Springfield, Ore., company")
    "states": "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss"
    " mo mont neb nev okla ore pa tenn tex va vt wash wis wyo",
    # a company's legal form alone, after a comma ("Globex Interactive, Inc.")
    "legal forms": "inc ltd llc plc corp co sa sas sarl ag gmbh nv bv se spa srl ab oyj asa",
    # common nouns written as acronyms ("an EV startup", "le marché des PME")
    "acronyms": "ev evs suv suvs ai ia pc pcs tv it hr rh ipo ipos b2b b2c saas gps led api"
    " apis esg pme pmes tpe eti cdi cdd ttc ht pib gdp vr ar faq pdf kpi roi vip vips",
    # titles written as acronyms ("Jean Dupont, le DRH")
    "titles": "drh daf dsi dg pdg ceo cfo coo cto",
    # periods of a financial year ("au S1 2025", "Q3 revenue")
    "periods": "s1 s2 h1 h2 q1 q2 q3 q4 t1 t2 t3 t4 fy",
    # ordinals, capitalised at a sentence's start or in a headline ("Fourth quarter sales")
    "ordinals": "first second third fourth fifth sixth seventh eighth ninth tenth premier"
    " premiere premiers premieres deuxieme troisieme quatrieme cinquieme second seconde",
    # number words, capitalised at a sentence's start ("Soixante-dix salariés")
    "numbers": "un une deux trois quatre cinq six sept huit neuf dix onze douze treize"
    " quatorze quinze seize vingt trente quarante cinquante soixante soixante-dix"
    " quatre-vingt quatre-vingts quatre-vingt-dix cent cents mille one two three four five"
    " six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty"
    " ninety hundred thousand dozen dozens",
}
US_STATES = tuple(_NOT_NAMES_WORDS["states"].split())
"""The press's abbreviations of US states, folded, without their stop."""
NUMBER_WORDS = frozenset(_NOT_NAMES_WORDS["numbers"].split())
"""French and English number words, folded."""
NOT_NAMES = frozenset(" ".join(_NOT_NAMES_WORDS.values()).split()) | frozenset(
    {
        # a company's own bodies: the company acts through them, they are not entities
        "board", "board of directors", "conseil", "comite", "supervisory board", "management board",
        "executive committee", "conseil d'administration", "conseil de surveillance",
        "directoire", "comite executif", "comite de direction", "assemblee generale",
        "annual general meeting", "comite strategique", "comite d'audit",
    }
)  # fmt: skip
"""Folded words and phrases that are never an entity's whole name, though written with
capitals: currency codes, legal forms, common acronyms, number words, a company's bodies."""

COMMON_HEADS = frozenset(
    {
        "shares", "stock", "stocks", "employees", "staff", "workers", "customers", "clients",
        "users", "investors", "shareholders", "members", "officials", "executives",
        "analysts", "owners", "partners", "sales", "revenue", "revenues", "profits", "units",
        "inventories", "earnings", "consumers", "prices", "costs", "margins", "orders",
        "deliveries", "exports", "imports", "regulators", "lawmakers", "authorities", "unions",
        "enrollment", "subscribers", "bookings", "losses", "expenses", "spending",
        "actionnaires", "salaries", "employes", "utilisateurs", "dirigeants", "ventes",
        "analystes", "investisseurs", "consommateurs", "couts", "marges", "commandes",
        "livraisons", "exportations", "importations", "autorites", "syndicats", "effectifs",
        "recettes", "benefices", "pertes", "abonnes",
    }
)  # fmt: skip
"""Common nouns of company news that open a sentence: alone they name nothing ("Inventories
rose 15%", "Ventes en hausse"), and before "of"/"de" the name starts after them ("Shares of
Globex rose")."""


_FR_DEMONYMS_WORDS = """
    francais francaise americain americaine chinois chinoise allemand allemande britannique
    japonais japonaise suedois suedoise suisse italien italienne espagnol espagnole
    neerlandais neerlandaise belge canadien canadienne coreen coreenne sud-coreen
    sud-coreenne indien indienne russe europeen europeenne israelien israelienne danois
    danoise norvegien norvegienne finlandais finlandaise irlandais irlandaise australien
    australienne bresilien bresilienne mexicain mexicaine turc turque polonais polonaise
    autrichien autrichienne portugais portugaise luxembourgeois luxembourgeoise nigerian
    nigeriane africain africaine asiatique emirati saoudien saoudienne taiwanais taiwanaise
    anglais anglaise arabe
"""
_EN_DEMONYMS_WORDS = """
    french american chinese german british japanese swedish swiss italian spanish dutch
    belgian canadian korean south-korean indian russian european israeli danish norwegian
    finnish irish australian brazilian mexican turkish polish austrian portuguese nigerian
    african asian scottish saudi taiwanese english welsh arabic mandarin cantonese hindi hebrew
"""
FR_DEMONYMS = frozenset(_FR_DEMONYMS_WORDS.split())
DEMONYMS = FR_DEMONYMS | frozenset(_EN_DEMONYMS_WORDS.split())
"""Nationalities, folded: alone they name no entity ("the French regulator"); in French, one
capitalised after an article opens a description of the name that follows ("Le Français
Globex")."""


COMPANY_HEADS = frozenset(
    {
        "corp", "corporation", "inc", "company", "ltd", "llc", "plc", "group", "groupe",
        "holdings", "technologies", "systems", "labs", "capital", "ventures", "partners",
        "industries", "bank", "banque", "financial", "motors", "pharmaceuticals", "therapeutics",
    }
)  # fmt: skip
"""Words that end or head a company's name and no person's ("Globex Corporation", "Initech
Capital")."""

COMPANY_FORMS = COMPANY_HEADS | frozenset(
    {
        "incorporated", "co", "limited", "sa", "sas", "sarl", "se", "ag", "gmbh", "nv", "bv",
        "spa", "ab", "asa", "oyj", "holding", "ai", "technology", "lab", "software", "networks",
        "pharma", "bio", "biotech", "international", "global", "entreprises", "platforms",
        "france", "europe", "uk", "usa", "communications", "telecom", "energy", "energies",
    }
)  # fmt: skip
"""Words a company's full name adds to its short one ("Acme Corp", "Globex Systems")."""

TRADE_FORMS = frozenset(
    {
        "hotels", "hotel", "hoteles", "resorts", "air", "lines", "airlines", "airways",
        "foods", "brands", "brewing", "restaurants", "stores", "automotive", "aerospace",
        "electronics", "semiconductors", "chemicals", "materials",
    }
)  # fmt: skip
"""The trades a company's full name may close on after its short one ("Globex Hotels",
"Initech Air Lines"): the short name alone, written elsewhere in the same article, is that
company. Not the words that as often name a division or a product ("Cloud", "Music",
"Services", "Insurance", "Media", "Studios", "Logistics", "Solutions")."""

ORGANISATION_HEADS = COMPANY_HEADS | frozenset(
    {
        "authority", "council", "county", "commission", "agency", "association", "foundation",
        "fondation", "university", "universite", "institute", "institut", "department",
        "ministry", "ministere", "board", "committee", "comite", "fund", "fonds", "trust",
        "society", "societe", "club", "hospital", "hopital", "school", "college", "airlines",
        "airways", "media", "studios", "foods", "brands", "development", "services",
    }
)  # fmt: skip
"""Words that make a name an organisation's wherever they stand after its first word
("Jane County Development Authority", "Paul Allen Foundation"), even when it opens on a
given name."""
