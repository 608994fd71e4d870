"""The words of company news, per event type, in French and English.

A *cue* is a verb (in its usual finite and participle forms) or a noun that says what kind of
statement a clause makes: a founding, a presentation or launch, a partnership, a valuation or
funding round, an appointment or role, a stance, an interview, an attributed claim, an
availability. The lists are general: they are the verbs a business desk uses, not the wording
of any one article. Matching is on folded text (lower case, no accents).
"""

from __future__ import annotations

import enum
import re

import attrs

__all__ = [
    "PREPOSITIONS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "Cue",
    "CueType",
    "find_cues",
    "main_cue",
]


class CueType(enum.Enum):
    """The kind of statement a cue announces, in order of precedence within a clause."""

    FOUNDED = "founded"
    VALUATION = "valuation"
    PARTNERSHIP = "partnership"
    INTERVIEW = "interview"
    AVAILABILITY = "availability"
    ROLE = "role"
    LAUNCH = "launch"
    CLAIM = "claim"
    STANCE = "stance"
    EVENT = "event"


_FR_PARTICIPLE = r"(?:e|ee|es|ees)"
_FR = {
    CueType.FOUNDED: (
        rf"(?:cree|fonde){_FR_PARTICIPLE}?|creation|fondation|voit le jour|a vu le jour"
    ),
    CueType.VALUATION: (
        rf"valorise{_FR_PARTICIPLE}?|valorisation|leve{_FR_PARTICIPLE}?|levee de fonds"
        r"|leve|levent|tour de table|tour de financement|financement|a obtenu \d"
    ),
    CueType.PARTNERSHIP: (
        r"partenariat|alliance|s'allie|s'est allie|s'associe|s'est associe|coentreprise"
        r"|accord de (?:cooperation|collaboration|distribution|licence)"
    ),
    CueType.INTERVIEW: r"entretien|interview|entrevue|dans les colonnes|interroge(?:e)? par",
    CueType.AVAILABILITY: r"disponibles?|accessibles?|mis(?:e|es)? a disposition",
    CueType.ROLE: (
        rf"nomme{_FR_PARTICIPLE}?|designe{_FR_PARTICIPLE}?|recrute{_FR_PARTICIPLE}?"
        r"|prend la tete|a pris la tete|succede|"
        r"co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)|directeur|directrice|president(?:e)?"
        r"|pdg|patron(?:ne)?|dirigeant(?:e)?|responsable|vice-president(?:e)?|chef"
        r"|directeur general|directrice generale|administrat(?:eur|rice)"
    ),
    CueType.LAUNCH: (
        rf"(?:presente|devoile|lance|sorti|publie|commercialise|inaugure|annonce|deploie){_FR_PARTICIPLE}?"
        r"|lancement|sortie|presentation|publication|commercialisation|lancera|presentera"
        r"|devoilera|lancent|presentent|devoilent|lance"
    ),
    CueType.CLAIM: r"selon|d'apres|aux dires de",
    CueType.EVENT: (
        rf"organise{_FR_PARTICIPLE}? (?:par|a|au)|accueilli{_FR_PARTICIPLE}? par"
        rf"|sponsorise{_FR_PARTICIPLE}? par"
    ),
    CueType.STANCE: (
        rf"(?:assure|affirme|declare|estime|explique|precise|indique|souligne|ajoute|detaille"
        rf"|insiste|refute|dementi|nie|promis|defendu|assume|martele|rappele|juge|denonce"
        rf"|plaide|reconnu|confie|averti|prevenu|annonce|revendique|defend|regrette|salue"
        rf"|critique|soutenu|refuse){_FR_PARTICIPLE}?"
        r"|a-t-(?:il|elle|on) (?:\w+)|avait-(?:il|elle) (?:\w+)|assure|affirme|estime|explique"
    ),
}

_EN = {
    CueType.FOUNDED: r"founded|established|set up in|was created|founding|co-founded",
    CueType.VALUATION: (
        r"valued at|valuation|raised|raises|raising|funding round|funding|series [a-e]"
        r"|investment round|fundraising"
    ),
    CueType.PARTNERSHIP: (
        r"partnership|partnered|partners with|teamed up|alliance|joint venture|tie-up"
        r"|signed (?:a|an) (?:deal|agreement)"
    ),
    CueType.INTERVIEW: r"interview|speaking to|in comments to",
    CueType.AVAILABILITY: r"available|accessible|can be used|rolled out to",
    CueType.ROLE: (
        r"appointed|named|hired|promoted|succeeds|took the helm|co-?founders?|founder"
        r"|chief executive|chief \w+ officer|ceo|cto|cfo|coo|president|chair(?:man|woman)?"
        r"|director|head of|managing director|vice president"
    ),
    CueType.LAUNCH: (
        r"unveiled|unveils|launched|launches|launch|released|releases|release|introduced"
        r"|introduces|presented|presents|rolled out|debuted|shipped|announced|announces"
    ),
    CueType.CLAIM: r"according to",
    CueType.EVENT: r"organi[sz]ed by|hosted by|sponsored by",
    CueType.STANCE: (
        r"said|says|stated|declared|insisted|explained|added|argued|told|denied|rejected"
        r"|promised|pledged|stressed|noted|affirmed|assured|maintained|warned|vowed|defended"
    ),
}


def _compile(table: dict[CueType, str]) -> list[tuple[CueType, re.Pattern[str]]]:
    return [(kind, re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])")) for kind, rx in table.items()]


_PATTERNS = {"fr": _compile(_FR), "en": _compile(_EN)}


_NOMINAL = re.compile(
    r"creation|fondation|valorisation|levee de fonds|tour de \w+|financement|partenariat"
    r"|alliance|coentreprise|accord de \w+|entretien|interview|entrevue|lancement|sortie"
    r"|presentation|publication|commercialisation|valuation|funding(?: round)?|series [a-e]"
    r"|investment round|fundraising|partnership|joint venture|tie-up|launch|release|founding"
)


@attrs.frozen
class Cue:
    """A cue word found at `[start, end)` of the folded text; `nominal` for a noun."""

    kind: CueType
    start: int
    end: int
    nominal: bool = False


def find_cues(folded: str, lang: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """The cues in `folded[start:end]`, in text order."""
    stop = len(folded) if end is None else end
    out = [
        Cue(kind, m.start(), m.end(), bool(_NOMINAL.fullmatch(m.group())))
        for kind, rx in _PATTERNS[lang]
        for m in rx.finditer(folded, start, stop)
    ]
    return sorted(out, key=lambda c: (c.start, list(CueType).index(c.kind)))


def main_cue(found: list[Cue]) -> Cue | None:
    """The cue that types a clause: its verb, unless a stronger noun is the verb's object
    ("annoncé un partenariat"); nouns and role words only when there is no verb.
    """
    if not found:
        return None
    order = list(CueType)
    verbs = [c for c in found if not c.nominal and c.kind not in (CueType.ROLE, CueType.CLAIM)]
    if verbs:
        verb = min(verbs, key=lambda c: (order.index(c.kind), c.start))
        near = [
            c
            for c in found
            if c.nominal
            and 0 <= c.start - verb.end <= 12
            and order.index(c.kind) < order.index(verb.kind)
        ]
        return attrs.evolve(verb, kind=near[0].kind) if near else verb
    return min(found, key=lambda c: (order.index(c.kind), c.start))


# Nouns of roles, for appositions ("X, directrice des affaires publiques de Y").
ROLE_NOUNS = re.compile(
    r"(?<![\w-])(?:co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)|directeur|directrice|president(?:e)?"
    r"|pdg|patron(?:ne)?|dirigeant(?:e)?|responsable|vice-president(?:e)?|chef"
    r"|administrat(?:eur|rice)|co-?founder|founder|chief executive|chief \w+ officer|ceo|cto"
    r"|cfo|coo|chair(?:man|woman)?|director|head of|managing director|vice president)(?![\w-])"
)

PREPOSITIONS = {
    "fr": frozenset(
        [
            "de",
            "du",
            "des",
            "d'",
            "a",
            "au",
            "aux",
            "avec",
            "par",
            "pour",
            "chez",
            "selon",
            "sur",
            "dans",
            "en",
            "entre",
            "vers",
            "contre",
            "sans",
        ]
    ),
    "en": frozenset(
        [
            "of",
            "with",
            "by",
            "for",
            "at",
            "from",
            "to",
            "on",
            "in",
            "into",
            "according",
            "between",
            "than",
        ]
    ),
}

PRONOUNS = {
    "fr": frozenset(["il", "elle", "ils", "elles", "-t-il", "-t-elle"]),
    "en": frozenset(["he", "she", "they", "it"]),
}
