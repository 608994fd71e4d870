"""The words of company news, per event type, in French and English.

A *cue* is a verb (in its usual finite and participle forms) or a noun that says what kind of
statement a clause makes: a founding, a presentation or launch, a partnership, a valuation or
funding round, an appointment or role, a stance, an interview, an attributed claim, an
availability. The lists are general: they are the verbs a business desk uses, not the wording
of any one article. Matching is on folded text (lower case, no accents). The words of each
kind are in `_cue_words`; this module finds them in a clause and picks the one that types it.
"""

from __future__ import annotations

import re

import attrs

from timeline.extract._cue_words import ENGLISH_CUES, FRENCH_CUES, NOMINAL, CueType

__all__ = [
    "COMPANY_NEWS",
    "PREPOSITIONS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "STAYS",
    "Cue",
    "CueType",
    "find_cues",
    "main_cue",
    "weaker_cue",
]


PLAN_TARGET = re.compile(
    r"(?:d'ici|jusqu'|by|until|before|avant|through|a l'horizon)\s*(?:a |la |le |l')?"
    r"(?:(?:the )?(?:end|start|beginning|middle|close) of (?:the )?)?$"
)
"""Words before a date that make it a plan's target ("d'ici fin 2025", "by 2026", "by the
end of the third quarter")."""


COMPANY_NEWS = frozenset(
    {
        CueType.ACQUISITION,
        CueType.FUNDING,
        CueType.VALUATION,
        CueType.LEGAL,
        CueType.DEPARTURE,
        CueType.APPOINTMENT,
        CueType.HEADCOUNT,
        CueType.RESULTS,
        CueType.SITE,
        CueType.PARTNERSHIP,
    }
)
"""The cues of company news proper: in a clause they type it before a verb of saying or
presenting ("a annoncé le rachat de", "said it raised")."""


def _compile(table: dict[CueType, str]) -> list[tuple[CueType, re.Pattern[str]]]:
    return [(kind, re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])")) for kind, rx in table.items()]


_PATTERNS = {"fr": _compile(FRENCH_CUES), "en": _compile(ENGLISH_CUES)}


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
        Cue(kind, m.start(), m.end(), bool(NOMINAL.fullmatch(m.group())))
        for kind, rx in _PATTERNS[lang]
        for m in rx.finditer(folded, start, stop)
    ]
    jobs = [(c.start, c.end) for c in out if c.kind is CueType.HEADCOUNT]
    out = [
        c
        for c in out
        if c.kind is not CueType.FOUNDED or not any(a <= c.start < b for a, b in jobs)
    ]  # "95 emplois devraient être créés", "jobs will be created": jobs, not a founding
    return sorted(out, key=lambda c: (c.start, list(CueType).index(c.kind)))


def main_cue(found: list[Cue]) -> Cue | None:
    """The cue that types a clause: a company-news cue (`COMPANY_NEWS`) when there is one, its
    verb first; otherwise the clause's verb, unless a stronger noun is the verb's object
    ("annoncé un partenariat"); nouns and role words only when there is no verb.
    """
    if not found:
        return None
    company = [c for c in found if c.kind in COMPANY_NEWS]
    if company:
        order = list(CueType)
        verbs = [c for c in company if not c.nominal]
        if verbs:
            return min(verbs, key=lambda c: (order.index(c.kind), c.start))
        return company[0]
    return weaker_cue(found)


def weaker_cue(found: list[Cue]) -> Cue | None:
    """The cue that types a clause among those that are not company news proper."""
    found = [c for c in found if c.kind not in COMPANY_NEWS]
    if not found:
        return None
    order = list(CueType)
    verbs = [c for c in found if not c.nominal and c.kind not in (CueType.ROLE, CueType.CLAIM)]
    if verbs:
        verb = min(verbs, key=lambda c: (order.index(c.kind), c.start))
        if verb.kind is CueType.LAUNCH and any(
            c.kind is CueType.PLAN and c.nominal and 0 <= c.start - verb.end <= 60 for c in found
        ):
            # "a lancé son plan de décentralisation", "l'annonce d'un plan de baisse des
            # coûts": what is launched or announced is a plan
            return attrs.evolve(verb, kind=CueType.PLAN)
        near = [
            c
            for c in found
            if c.nominal
            and 0 <= c.start - verb.end <= 30
            and order.index(c.kind) < order.index(verb.kind)
        ]
        return attrs.evolve(verb, kind=near[0].kind) if near else verb
    return min(found, key=lambda c: (order.index(c.kind), c.start))


# Nouns of roles, for appositions ("X, directrice des affaires publiques de Y").
ROLE_NOUNS = re.compile(
    r"(?<![\w-])(?:(?:vice|co|deputy|executive|interim|acting|senior)[- ]){0,2}"  # "Co-CEO"
    r"(?:co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)"
    r"|president(?:e)?-direct(?:eur|rice) general(?:e)?|directeur|directrice|president(?:e)?"
    r"|pdg|patron(?:ne)?|dirigeant(?:e)?|responsable|vice-president(?:e)?|chef"
    r"|administrat(?:eur|rice)|co-?founder|founder|chief executive|chief \w+ officer|ceo|cto"
    r"|cfo|coo|chair(?:man|woman)?|director|head of|managing director|vice president"
    r"|secretaire general(?:e)?|redact(?:eur|rice) en chef|porte-parole|general counsel|drh|daf"
    r"|spokes(?:man|woman|person)|editor-in-chief|general manager|chief \w+ \w+ officer"
    r"|treasurer|tresorier(?:e)?|comptroller|controller|controleur de gestion"
    r"|(?:senior |equity |research )?analyst|analyste|economist|economiste|strategist"
    r"|member of the (?:board|executive (?:\w+ )?(?:team|committee))|board member"
    r"|membre du (?:conseil|comite)(?: \w+)?|censeur|(?:board )?observer)(?![\w-])"
)

STAYS = re.compile(
    r"(?:remains?|will remain|stays? on as|will stay on as|reste|restera|demeure|demeurera"
    r"|(?:confirmee?|maintenue?) dans ses fonctions(?: de)?"
    r"|continuera d'assurer (?:les|ses) fonctions de|continue d'assurer (?:les|ses) fonctions de"
    r"|conserve(?:ra)? ses fonctions(?: [\w-]+){0,2}(?= (?:en tant que|comme|de)\b)"
    r"|(?:will continue to serve|continues to serve|serves|will serve) as"
    r"|(?:est|is) (?:actuellement|aussi|egalement|toujours|desormais|currently|also|still|now)"
    r"|(?<!il )(?<!elle )(?<!ce )(?<!c')(?:est|is)(?= (?:chief|directeur|directrice|president"
    r"|pdg|ceo|cfo|coo|cto|vice|managing|general)\b))"
    r"(?: (?:as|comme|en tant que))?(?:\s|(?=[.,;]|$))"
)
"""A verb that tells a role kept ("he will remain CEO", "elle reste directrice", "est
confirmé dans ses fonctions"): a role held, not a change."""

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
