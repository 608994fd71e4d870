"""The words and patterns of the expressions the tagger leaves to TimeML: words for now,
the past and the future (*_REF), sets and rates, reporting periods, years in running text,
holidays, weekends, terms of office, decades and years in words, vague plurals, parts of a day.
`_timeml_extras` reads them.
"""

from __future__ import annotations

import re

from timeline.time import lexicon as lex
from timeline.time.timex import TimexType

__all__ = [
    "ANY_YEAR",
    "CENTURY",
    "COMING",
    "DECADE",
    "DECADE_MODS",
    "DECADE_WORDS",
    "EN_NUMBERS",
    "FEW",
    "FISCAL_YEAR",
    "HOLIDAY",
    "LAST_NIGHT",
    "PARTS_ALONE",
    "PLURAL_DIRECTION",
    "QUARTER",
    "REF_PATTERNS",
    "REF_TYPE",
    "RELATIVE",
    "SET_PATTERNS",
    "SET_VALUES",
    "SPELLED_DECADE",
    "SPELLED_YEAR",
    "TENS",
    "TERMS",
    "TERM_VALUES",
    "THIS_YEAR",
    "UNITS_WORDS",
    "UNIT_LETTERS",
    "VAGUE_SPANS",
    "WEEKEND",
    "YEAR_AGO",
    "YEAR_BEFORE_NOUN",
    "YEAR_END",
]


_UNITS_AHEAD = r"(?:years?|months?|weeks?|days?|decades?|hours?|centur\w+|quarters?)"
_REFS = {
    lex.FRENCH: {
        "PRESENT_REF": r"maintenant|actuellement|actuel(?:le)?s?|pour le moment|en ce moment"
        r"|a l'heure actuelle|de nos jours",
        "PAST_REF": r"auparavant|autrefois|jadis|recemment|nouvellement|dernierement|naguere",
        "FUTURE_REF": r"l'avenir|avenir|prochainement|bientot|futur(?:e|s|es)?"
        r"|prochain(?:e)?s|une date ulterieure",
        "DCT": r"desormais|dorenavant",
    },
    lex.ENGLISH: {
        "PRESENT_REF": r"right now|(?<!for )(?<!until )(?<!by )(?<!from )(?<!than )now"
        r"|currently|nowadays|presently|these days|at present|at the moment",
        "PAST_REF": r"recently|formerly|lately|the past(?!\s+(?:\w+\s+)?" + _UNITS_AHEAD + ")",
        "FUTURE_REF": r"the near future|the future|the near term|a later date|the short term",
        "DCT": r"",
    },
}
PLURAL_DIRECTION = re.compile(r"prochain(?:e)?s")
REF_TYPE = {lex.FRENCH: TimexType.TIME, lex.ENGLISH: TimexType.DATE}
"""French TimeBank types the *_REF words as TIME, TempEval-3's English corpora as DATE."""

_SETS = {
    lex.FRENCH: (
        r"(?:par|l')\s+(?P<u>an|annee|mois|semaine|jour)|(?P<q>quotidiennement|annuellement)"
    ),
    lex.ENGLISH: r"(?P<q>daily|weekly|monthly|yearly|annually)|per\s+(?P<u>year|month|week|day)",
}
REF_PATTERNS = {
    code: [
        (value, re.compile(rf"(?<![\w'-])(?:{words})(?![\w-])"))
        for value, words in table.items()
        if words
    ]
    for code, table in _REFS.items()
}
SET_PATTERNS = {
    code: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])") for code, words in _SETS.items()
}
SET_VALUES = {
    "an": "P1Y",
    "annee": "P1Y",
    "mois": "P1M",
    "semaine": "P1W",
    "jour": "P1D",
    "year": "P1Y",
    "month": "P1M",
    "week": "P1W",
    "day": "P1D",
    "quotidiennement": "P1D",
    "annuellement": "P1Y",
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "quarterly": "P3M",
}
QUARTER = re.compile(
    r"(?:the\s+)?(?P<which>latest|last|current|same|comparable|previous|prior|year-ago"
    r"|year-earlier|recent|fiscal)?(?:\s+(?:fiscal|calendar))?\s*(?P<noun>quarter|period)\b"
)
YEAR_AGO = re.compile(r"year-(?:ago|earlier)")
ANY_YEAR = {
    lex.ENGLISH: re.compile(
        r"(?<![\w$#.,/-])(?:19[0-9]\d|20[0-4]\d)(?![\w%/-]|[.,]\d|\s+(?:shares|people|employees"
        r"|tons|barrels|units|votes|cars|jobs|workers|acres|feet|miles|points|members))"
    ),
    # French counts put their noun after the number ("2000 manifestants"): only a year
    # followed by punctuation or a word that is no noun is read.
    lex.FRENCH: re.compile(
        r"(?<![\w$#.,/-])(?:19[0-9]\d|20[0-4]\d)(?![\w%/-]|[.,]\d|\s+(?!de\b|a\b|et\b|ou\b)[a-z])"
    ),
}
"""A year in a running English text, as HeidelTime reads one, where the tagger (reading for
drafts) waited for a word of time; not an amount ("$1990", "1995 shares")."""
HOLIDAY = re.compile(
    r"\b(?:(?P<d>last|next|this)\s+)?(?P<h>thanksgiving(?: day)?|christmas(?: day| eve)?"
    r"|new year(?:'s|\s+) day|new year's eve|election day|independence day|easter(?: sunday)?)"
    r"(?P<w> week)?\b"
)
"""A holiday by its name ("Thanksgiving Day", "last Christmas", "Election Day"), or the week
of its day ("Easter week", the ISO week that ends on Easter Sunday)."""


CENTURY = re.compile(r"\b(?:the\s+)?(?P<n>1?\d)(?:st|nd|rd|th)[\s-]+century\b")
YEAR_BEFORE_NOUN = re.compile(
    r"\b(?:the|a|an|its|his|her|their|that|this) (?P<x>1[89]\d\d|20\d\d)(?= [a-z])"
)
EN_NUMBERS = {w: n for w, n in lex.NUMBERS[lex.ENGLISH].items() if " " not in w}
RELATIVE = re.compile(
    r"\b(?P<n>a|an|\d+|" + "|".join(sorted(EN_NUMBERS, key=len, reverse=True)) + r")"
    r"\s+(?P<u>years?|months?|weeks?|days?|decades?)\s+(?P<d>earlier|before|later|after)\b"
)
UNIT_LETTERS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "quarter": "Q"}
WEEKEND = {
    lex.ENGLISH: re.compile(r"\b(?:the|(?P<this>this)|(?P<w>last|next))\s+weekend\b"),
    lex.FRENCH: re.compile(
        r"(?<![\w-])(?:le|(?P<this>ce))\s+week-end(?:\s+(?P<w>dernier|prochain))?(?![\w-])"
    ),
}
TERMS = {
    lex.FRENCH: re.compile(r"(?<![\w-])(?:quinquennat|septennat|biennale)s?(?![\w-])"),
    lex.ENGLISH: re.compile(r"(?!)"),
}
TERM_VALUES = {"quinquennat": "P5Y", "septennat": "P7Y", "quinquennats": "P5Y"}
TERM_VALUES |= {"septennats": "P7Y", "biennale": "P2Y", "biennales": "P2Y"}


FEW = re.compile(
    r"\b(?:the\s+)?(?:next|past|last|coming)\s+(?:few|several|couple of)\s+"
    r"(?P<u>years|months|weeks|days|decades)\b"
)
DECADE = re.compile(r"\b(?:the\s+)?(?P<p>early\s+|mid-?|late\s+)?(?P<y>1[5-9]\d0|20[0-9]0)'?s\b")


DECADE_MODS = {"early": "START", "mid": "MID", "late": "END"}
SPELLED_DECADE = re.compile(
    r"\bthe\s+(?P<p>early\s+|mid-?|late\s+)?(?:'?(?P<d>[2-9])0s|(?P<w>twenties|thirties|forties"
    r"|fifties|sixties|seventies|eighties|nineties))\b"
)
"""A decade of the 1900s in words or shortened ("the nineties", "the late '80s"); with "the",
which "in his nineties" (an age) has not."""
DECADE_WORDS = {
    w: str(n)
    for n, w in enumerate(
        (
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ),
        start=2,
    )
}


TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
TENS |= {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
UNITS_WORDS = {w: n for w, n in EN_NUMBERS.items() if 1 <= n <= 9 and w not in ("a", "an")}
SPELLED_YEAR = re.compile(
    r"\b(?:the year )?(?:(?P<c>nineteen|eighteen) (?P<t>"
    + "|".join(TENS)
    + r")(?:[- ](?P<u>"
    + "|".join(UNITS_WORDS)
    + r"))?|(?P<k>two thousand)(?: and (?P<u2>"
    + "|".join(UNITS_WORDS)
    + r"))?)\b(?!\s+(?:dollars|people|years|times|of)\b)"
)
"""Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
YEAR_END = re.compile(r"\b(?:year(?:-|\s+)end|year's end|the end of the year)\b")
"""The end of the year, also "year's end" as the view reads it ("year   end")."""
THIS_YEAR = re.compile(
    r"\bthe (?:full|current|current fiscal|latest fiscal|current calendar) year\b"
)
LAST_NIGHT = re.compile(r"\b(?:(?P<last>last) night|tonight)\b")
COMING = re.compile(
    r"\b(?:the )?(?:coming|recent|the next few|the past few)"
    r" (?P<u>months|weeks|quarters|days|years)\b|\bthe (?P<u2>weeks|months|days) ahead\b"
)


VAGUE_SPANS = {
    lex.FRENCH: re.compile(
        r"(?<![\w'])(?P<x>(?:des|ces dernier(?:e)?s|ces|quelques)\s+"
        r"(?P<u>annees|mois|semaines|jours|siecles|decennies))(?!\w)"
    ),
    lex.ENGLISH: re.compile(
        r"\b(?:for|in|over|within|than) (?P<x>(?:the (?:past|last) |recent )?"
        r"(?P<u>years|months|weeks|days|hours|decades|centuries))\b"
    ),
}
PARTS_ALONE = {
    lex.FRENCH: re.compile(
        r"(?<![\w'-])(?:ce|cette|cet)\s+(?P<p>soir|matin|nuit|apres-midi)(?![\w-])"
    ),
    lex.ENGLISH: re.compile(
        r"\bthis\s+(?P<p>morning|afternoon|evening|night)\b|\b(?P<t>tonight)\b"
    ),
}


FISCAL_YEAR = re.compile(
    r"(?:\b(?P<prep>for|of|in)\s+)?\b(?P<x>the (?:fiscal )?year)\b(?P<ended>\s+end(?:ed|ing)\b)?"
)
"""In a report of results, "the year ended Sept. 30" is a year's DURATION, "for the year" the
reporting year."""
