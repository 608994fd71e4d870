"""The words of date expressions in French and English: names, numbers, parts and relative words.

Every key is written the way the grammar sees its input: lower case, without accents, with a
straight apostrophe. The month and weekday names live in `dateutil.parser.parserinfo`
subclasses, so that looking a name up is dateutil's job; the rest are plain tables.
"""

from __future__ import annotations

from typing import ClassVar

from dateutil.parser import parserinfo

__all__ = [
    "CURRENT",
    "DAY_OFFSETS",
    "DIRECTIONS",
    "ENGLISH",
    "FILLERS",
    "FRENCH",
    "NUMBERS",
    "ORDINALS",
    "PARTS",
    "PERIODS",
    "RANGES",
    "SEASONS",
    "TYPOGRAPHY",
    "UNITS",
    "EnglishInfo",
    "FrenchInfo",
]

FRENCH = "fr"
ENGLISH = "en"


_FRENCH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("janv", "janvier", "jan"),
    ("fevr", "fevrier", "fev", "févr", "février", "fév"),
    ("mars",),
    ("avr", "avril"),
    ("mai",),
    ("juin",),
    ("juil", "juillet"),
    ("aout", "août"),
    ("sept", "septembre", "sep"),
    ("oct", "octobre"),
    ("nov", "novembre"),
    ("dec", "decembre", "déc", "décembre"),
)


_FRENCH_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lundi",),
    ("mardi",),
    ("mercredi",),
    ("jeudi",),
    ("vendredi",),
    ("samedi",),
    ("dimanche",),
)


class FrenchInfo(parserinfo):
    """French month and weekday names, with and without accents, and the usual abbreviations."""

    # The stubs type these as instance pairs; dateutil reads class lists of any-length tuples.
    MONTHS: ClassVar[list[tuple[str, ...]]] = list(_FRENCH_MONTHS)  # type: ignore[misc, assignment]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = list(_FRENCH_WEEKDAYS)  # type: ignore[misc, assignment]


_ENGLISH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("jan", "january"),
    ("feb", "febr", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("may",),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)


_ENGLISH_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("mon", "monday"),
    ("tue", "tues", "tuesday"),
    ("wed", "weds", "wednesday"),
    ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
)


class EnglishInfo(parserinfo):
    """dateutil's English names, plus the abbreviations it leaves out (`Febr`, `Tues`, `Thurs`)."""

    MONTHS: ClassVar[list[tuple[str, ...]]] = list(_ENGLISH_MONTHS)  # type: ignore[misc, assignment]
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = list(_ENGLISH_WEEKDAYS)  # type: ignore[misc, assignment]


def _french_numbers() -> dict[str, int]:
    units = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
    words = {w: i for i, w in enumerate(units.split(), start=1)}
    words |= {"une": 1, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}
    for tens, base in (("vingt", 20), ("trente", 30)):
        words[tens] = base
        words[f"{tens} et un"] = words[f"{tens}-et-un"] = base + 1
        for word, value in list(words.items()):
            if 2 <= value <= 9 and " " not in word and "-" not in word:
                words[f"{tens}-{word}"] = base + value
    return words


def _english_numbers() -> dict[str, int]:
    units = (
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen"
    )
    words = {w: i for i, w in enumerate(units.split(), start=1)}
    words |= {"a": 1, "an": 1}
    for tens, base in (("twenty", 20), ("thirty", 30)):
        words[tens] = base
        for word, value in list(words.items()):
            if 1 <= value <= 9 and len(word) > 2:
                words[f"{tens}-{word}"] = words[f"{tens} {word}"] = base + value
    return words


def _english_ordinals() -> dict[str, int]:
    firsts = (
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
    )
    words = {w: i for i, w in enumerate(firsts.split(), start=1)}
    for tens, base in (("twentieth", 20), ("thirtieth", 30)):
        words[tens] = base
        stem = tens[: -len("ieth")] + "y"
        for word, value in list(words.items()):
            if 1 <= value <= 9:
                words[f"{stem}-{word}"] = words[f"{stem} {word}"] = base + value
    return words


# Cardinal numbers, for counts ("il y a deux semaines", "two weeks ago") and French days.
NUMBERS: dict[str, dict[str, int]] = {FRENCH: _french_numbers(), ENGLISH: _english_numbers()}

# Ordinals in words, for quarters, halves and English days ("the twelfth of March").
ORDINALS: dict[str, dict[str, int]] = {
    FRENCH: {
        "premier": 1,
        "premiere": 1,
        "1er": 1,
        "1ere": 1,
        "second": 2,
        "seconde": 2,
        "deuxieme": 2,
        "2e": 2,
        "2eme": 2,
        "2nd": 2,
        "2nde": 2,
        "troisieme": 3,
        "3e": 3,
        "3eme": 3,
        "quatrieme": 4,
        "4e": 4,
        "4eme": 4,
    },
    ENGLISH: _english_ordinals(),
}

# Parts of a month or a year: 0 is the start, 1 the middle, 2 the end.
PARTS: dict[str, dict[str, int]] = {
    FRENCH: {"debut": 0, "mi": 1, "milieu": 1, "fin": 2},
    ENGLISH: {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2},
}

# Meteorological seasons, numbered from spring (0) to winter (3).
SEASONS: dict[str, dict[str, int]] = {
    FRENCH: {"printemps": 0, "ete": 1, "automne": 2, "hiver": 3},
    ENGLISH: {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3},
}

# Days named relative to the reference day.
DAY_OFFSETS: dict[str, dict[str, int]] = {
    FRENCH: {
        "aujourd'hui": 0,
        "aujourdhui": 0,
        "hier": -1,
        "avant-hier": -2,
        "avant hier": -2,
        "demain": 1,
        "apres-demain": 2,
        "apres demain": 2,
        # words for now: the day they are said on (TimeML's PRESENT_REF)
        "desormais": 0,
        "actuellement": 0,
    },
    ENGLISH: {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "day before yesterday": -2,
        "day after tomorrow": 2,
        "currently": 0,
    },
}

# Words that point back (-1), at the current period (0) or forward (+1); French puts the
# first and last after the noun ("mardi dernier") and the current one before it ("ce mois-ci").
DIRECTIONS: dict[str, dict[str, int]] = {
    FRENCH: {
        "dernier": -1,
        "derniere": -1,
        "passe": -1,
        "passee": -1,
        "prochain": 1,
        "prochaine": 1,
    },
    ENGLISH: {"last": -1, "this": 0, "next": 1},
}
CURRENT: dict[str, tuple[str, ...]] = {FRENCH: ("ce", "cet", "cette"), ENGLISH: ("this",)}
# The words that keep the days of the current period before or after the reference date.
SIDES: dict[str, dict[str, int]] = {
    FRENCH: {"plus tot": -1, "plus tard": 1},
    ENGLISH: {"earlier": -1, "later": 1},
}

# Calendar periods that "dernier"/"last" and the like move through, as relativedelta keywords.
PERIODS: dict[str, dict[str, str]] = {
    FRENCH: {"semaine": "weeks", "mois": "months", "an": "years", "annee": "years"},
    ENGLISH: {"week": "weeks", "month": "months", "year": "years"},
}

# Leading words that do not change the span: "le 26 février", "en mars", "in March", "on Tuesday".
FILLERS: dict[str, tuple[str, ...]] = {
    FRENCH: (
        "le",
        "la",
        "les",
        "l'",
        "en",
        "au",
        "aux",
        "a",
        "courant",
        "pendant",
        "durant",
        "au cours de",
        "au cours du",
        "au cours d'",
        "dans le courant de",
        "dans le courant du",
        "dans le courant d'",
    ),
    ENGLISH: ("in", "on", "at", "the", "during"),
}

# Ranges: the words that open one, and the words between its two ends.
RANGES: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    FRENCH: (
        (("du", "de", "d'"), ("au", "a", "jusqu'au", "jusqu'a", "jusqu'en")),
        (("entre",), ("et",)),
    ),
    ENGLISH: (
        (("from",), ("to", "until", "till", "through", "thru")),
        (("between",), ("and",)),
    ),
}

# Units of "il y a N ..." / "N ... ago", as relativedelta keyword names.
UNITS: dict[str, dict[str, str]] = {
    FRENCH: {
        "jour": "days",
        "jours": "days",
        "semaine": "weeks",
        "semaines": "weeks",
        "mois": "months",
        "an": "years",
        "ans": "years",
        "annee": "years",
        "annees": "years",
    },
    ENGLISH: {
        "day": "days",
        "days": "days",
        "week": "weeks",
        "weeks": "weeks",
        "month": "months",
        "months": "months",
        "year": "years",
        "years": "years",
    },
}


TYPOGRAPHY = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
}
"""Typographic dashes and apostrophes, each with the plain character the grammar reads."""
