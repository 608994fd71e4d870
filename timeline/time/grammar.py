"""The grammar of date expressions: French or English words to a small syntax tree.

The grammar knows words and their order, nothing about calendars: what a node means against a
reference date is decided in `normalize`. Input is first put in its normal form
(`normal_form`): lower case, accents and commas dropped, apostrophes and dashes made plain,
spaces collapsed. Every pattern is compiled once, at import. Public, with `lexicon`, for the
tagger in `timeline.extract`, which reads the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from dateutil.parser import parserinfo

from timeline.time import lexicon as lex
from timeline.time._folding import alt, leading, names, normal_form
from timeline.time._language import (
    Handler,
    Language,
    ago,
    date,
    later,
    month,
    numbered,
    numeric,
    period,
    season,
    shift_day,
    side_period,
    weekday,
    year_node,
    year_pair,
)
from timeline.time._tree import Cal, Kind, Node, Period, Range, Shift, Weekday

__all__ = [
    "GRAMMARS",
    "Cal",
    "Kind",
    "Node",
    "Period",
    "Range",
    "Shift",
    "Weekday",
    "normal_form",
]


# Pattern pieces ----------------------------------------------------------------------------


def _pieces(code: str, info: parserinfo) -> dict[str, str]:
    months = names(info.MONTHS)
    weekdays = names(info.WEEKDAYS)
    return {
        "M": rf"(?P<month>{alt(months)})\.?",
        "WD": rf"(?P<wd>{alt(weekdays)})\.?",
        "Y": r"(?P<year>\d{4})",
        "N": rf"(?P<n>\d{{1,4}}|{alt(lex.NUMBERS[code])})",
        "UNIT": rf"(?P<unit>{alt(lex.UNITS[code])})",
        "ORD": rf"(?P<ord>{alt(lex.ORDINALS[code])}|\d(?:st|nd|rd|th|er|e|eme))",
        "SEASON": rf"(?P<season>{alt(lex.SEASONS[code])})",
        "SHIFT": rf"(?P<word>{alt(lex.DAY_OFFSETS[code])})",
        "PART": rf"(?P<part>{alt(lex.PARTS[code])})",
        "DIR": rf"(?P<dir>{alt(lex.DIRECTIONS[code])})",
        "THIS": rf"(?:{alt(lex.CURRENT[code])})",
        "SIDE": rf"(?P<side>{alt(lex.SIDES[code])})",
        "PERIOD": rf"(?P<unit>{alt(lex.PERIODS[code])})",
        "FILLERS": rf"^{leading(lex.FILLERS[code])}*",
    }


def _ranges(code: str) -> list[tuple[str, str]]:
    return [(leading(heads), rf" (?:{alt(seps)}) ") for heads, seps in lex.RANGES[code]]


_NUMERIC = r"(?:{WD} )?(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){Y}"
"""A numeric date, `12/03/2024` (day or month first, as the language reads it)."""


def _numbered_rules(
    p: dict[str, str],
    of_year: str,
    year_after: str,
    quarter: tuple[str, str],
    half: tuple[str, str],
) -> list[tuple[str, Handler]]:
    """Quarters and halves, by an ordinal and a noun ("second quarter" and the year
    `of_year`) or by a letter and a digit ("Q2", "Q2 2024" with `year_after` between);
    `quarter` and `half` are each the noun and the letter.
    """
    rules: list[tuple[str, Handler]] = []
    for (noun, letter), kind, most in ((quarter, Kind.QUARTER, 4), (half, Kind.HALF, 2)):
        for rx in (
            rf"{p['ORD']} {noun}{of_year}",
            rf"{letter}(?P<idx>\d)(?:{year_after}{p['Y']})?",
        ):
            rules.append((rx, numbered(kind, most)))
    return rules


_FRENCH_RELATIVE_YEAR = (
    r" de l'(?:annee|an) (?P<yrel>derniere|dernier|passee|passe|prochaine|prochain)"
    r"| de (?P<ythis>cette) annee"
)
"""A year named from the reference's, after a quarter, a half or a month ("le deuxième
trimestre de l'année dernière", "mars de l'an prochain", "le premier semestre de cette
année")."""
_ENGLISH_RELATIVE_YEAR = r" of (?:(?P<yrel>last|next)|(?P<ythis>this)) year"
"""The same in English ("the second quarter of last year", "March of next year")."""


def _french() -> Language:
    info = lex.FrenchInfo()
    p = _pieces(lex.FRENCH, info)
    day = rf"(?P<day>\d{{1,2}}(?:er)?|premier|{alt(lex.NUMBERS[lex.FRENCH])})"
    anchor = p["DIR"]
    of_year = rf"(?: (?:de l'annee |de |d'|en )?{p['Y']}|{_FRENCH_RELATIVE_YEAR})?"
    rules: list[tuple[str, Handler]] = [
        (p["SHIFT"], shift_day),
        (rf"il y a {p['N']} {p['UNIT']}", ago),
        (rf"dans {p['N']} {p['UNIT']}", later),
        (_NUMERIC.format(WD=p["WD"], Y=p["Y"]), numeric),
        (rf"(?:{p['WD']} )?{day} {p['M']}(?: {p['Y']}| {anchor})?", date),
        (
            rf"(?:mois d(?:e |'))?{p['M']}(?: (?:de l'annee |de )?{p['Y']}| {anchor}"
            rf"|{_FRENCH_RELATIVE_YEAR})?",
            month,
        ),
        (rf"(?:(?:l')?exercice |annee )?{p['Y']}[-/](?P<year2>\d{{4}}|\d{{2}})", year_pair),
        (rf"(?:annee |an )?{p['Y']}", year_node),
        (rf"{p['PERIOD']} {anchor}", period),
        (rf"{p['THIS']} {p['PERIOD']}(?:-ci| ci)?", period),
        (rf"{p['SIDE']} {p['THIS']} {p['PERIOD']}(?:-ci| ci)?", side_period),
        (rf"{p['PERIOD']} en cours", period),
        (rf"(?:{p['THIS']} )?{p['WD']}(?: {anchor})?", weekday),
        *_numbered_rules(p, of_year, "(?: |-)", ("trimestre", "t"), ("semestre", "s")),
        (
            rf"{p['SEASON']}(?: (?:de |d')?{p['Y']}(?:[-/](?P<year2>\d{{4}}|\d{{2}}))?| {anchor})?",
            season,
        ),
    ]
    return Language(
        lex.FRENCH,
        info,
        fillers=p["FILLERS"],
        part=rf"{p['PART']}(?:\s*-\s*|\s+)(?:(?:du|de)\s+|d')?",
        rules=rules,
        raw_rules=[],
        day_only=rf"(?:{p['WD']} )?{day}",
        bare_year=r"annee|an",
        ranges=_ranges(lex.FRENCH),
    )


def _english() -> Language:
    info = lex.EnglishInfo()
    p = _pieces(lex.ENGLISH, info)
    day = rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|{alt(lex.ORDINALS[lex.ENGLISH])})"
    of_year = rf"(?: (?:of )?{p['Y']}|{_ENGLISH_RELATIVE_YEAR})?"
    rules: list[tuple[str, Handler]] = [
        (p["SHIFT"], shift_day),
        (rf"{p['N']} {p['UNIT']} ago", ago),
        (rf"{p['N']} {p['UNIT']} from now", later),
        (_NUMERIC.format(WD=p["WD"], Y=p["Y"]), numeric),
        (rf"(?:{p['WD']} )?{p['M']} (?:the )?{day}(?: {p['Y']})?", date),
        (rf"(?:{p['WD']} )?(?:the )?{day}(?: of)? {p['M']}(?: {p['Y']})?", date),
        (rf"{p['M']}{of_year}", month),  # "March 2024", "March of last year"
        (rf"{p['DIR']} {p['M']}", month),
        (rf"(?:(?:fiscal |financial )?year )?{p['Y']}[-/](?P<year2>\d{{4}}|\d{{2}})", year_pair),
        (rf"(?:year )?{p['Y']}", year_node),
        (rf"{p['DIR']} {p['PERIOD']}", period),
        (rf"{p['SIDE']} this {p['PERIOD']}", side_period),
        (rf"(?:{p['DIR']} )?{p['WD']}", weekday),
        *_numbered_rules(p, of_year, "(?: of | |-)", ("quarter", "q"), ("half", "h")),
        (
            rf"(?:{p['DIR']} )?{p['SEASON']}"
            rf"(?: (?:of )?{p['Y']}(?:[-/](?P<year2>\d{{4}}|\d{{2}}))?)?",
            season,
        ),
    ]
    return Language(
        lex.ENGLISH,
        info,
        fillers=p["FILLERS"],
        part=rf"{p['PART']}(?:\s*-\s*|\s+)(?:of\s+)?",
        rules=rules,
        raw_rules=[(rf"(?:in|within) {p['N']} {p['UNIT']}", later)],
        day_only=rf"(?:{p['WD']} )?(?:the )?{day}",
        bare_year=r"year",
        ranges=_ranges(lex.ENGLISH),
    )


class _Grammars(Mapping[str, Language]):
    """The grammar of each language, built (its patterns compiled) on first use: a command
    that reads no date expression, such as `state --as-of 2024-03`, does not pay for them.
    """

    def __init__(self, builders: dict[str, Callable[[], Language]]) -> None:
        self._builders = builders
        self._built: dict[str, Language] = {}

    def __getitem__(self, code: str) -> Language:
        if code not in self._built:
            self._built[code] = self._builders[code]()
        return self._built[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


GRAMMARS: Mapping[str, Language] = _Grammars({lex.FRENCH: _french, lex.ENGLISH: _english})
