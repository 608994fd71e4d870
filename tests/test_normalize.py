"""The date-expression normalizer: every row of the SPEC Time table, in French and English."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from timeline.errors import DateError
from timeline.time import Precision, Span, Tense, resolve

P = Precision
PAST, FUTURE = Tense.PAST, Tense.FUTURE

TUE = dt.date(2024, 3, 12)  # the seed article's publication day, a Tuesday
LEAP = dt.date(2024, 2, 29)  # a Thursday
NYE = dt.date(2023, 12, 31)  # a Sunday
NYD = dt.date(2024, 1, 1)  # a Monday
SUN = dt.date(2024, 3, 10)
MON = dt.date(2024, 3, 11)
MARCH_END = dt.date(2024, 3, 31)


def case(
    text: str,
    start: str,
    end: str | None = None,
    precision: Precision = P.DAY,
    *,
    ref: dt.date = TUE,
    lang: str | None = "fr",
    given: str | None = None,
    tense: Tense = PAST,
    approximate: bool = False,
) -> Any:
    """A table row: `text` read at `ref` is [start, end) (one day when `end` is left out)."""
    first = dt.date.fromisoformat(start)
    last = dt.date.fromisoformat(end) if end else first + dt.timedelta(days=1)
    expected = Span(first, last, precision, approximate, text, lang)
    label = (
        f"{text}@{ref}" + ("/future" if tense is FUTURE else "") + (f"/{given}" if given else "")
    )
    return pytest.param(text, ref, given, tense, expected, id=label)


def en(
    text: str, start: str, end: str | None = None, precision: Precision = P.DAY, **kw: Any
) -> Any:
    """An English table row."""
    return case(text, start, end, precision, lang="en", **kw)


FULL_DATES = [
    case("12 mars 2024", "2024-03-12"),
    case("le mardi 12 mars 2024", "2024-03-12"),
    case("Mardi 12 Mars 2024", "2024-03-12"),
    case("1er mars 2024", "2024-03-01"),
    case("1ᵉʳ mars 2024", "2024-03-01"),
    case("premier mars 2024", "2024-03-01"),
    case("le 12/03/2024", "2024-03-12"),
    case("12/03/2024", "2024-03-12"),
    case("3/12/2024", "2024-12-03"),
    case("29 février 2024", "2024-02-29"),
    case("31 déc. 2023", "2023-12-31"),
    en("March 12, 2024", "2024-03-12"),
    en("12 March 2024", "2024-03-12"),
    en("Tuesday, March 12th, 2024", "2024-03-12"),
    en("on the 12th of March 2024", "2024-03-12"),
    en("3/12/2024", "2024-03-12", given="en"),
    en("12/31/2024", "2024-12-31"),
    en("Feb. 29, 2024", "2024-02-29"),
]

MONTHS = [
    case("mars 2024", "2024-03-01", "2024-04-01", P.MONTH),
    case("en mars 2024", "2024-03-01", "2024-04-01", P.MONTH),
    case("avril 2023", "2023-04-01", "2023-05-01", P.MONTH),
    case("au mois d'avril 2023", "2023-04-01", "2023-05-01", P.MONTH),
    case("févr. 2024", "2024-02-01", "2024-03-01", P.MONTH),
    case("fevr 2024", "2024-02-01", "2024-03-01", P.MONTH),
    case("janv. 2024", "2024-01-01", "2024-02-01", P.MONTH),
    case("sept. 2023", "2023-09-01", "2023-10-01", P.MONTH),
    case("aout 2023", "2023-08-01", "2023-09-01", P.MONTH),
    en("March 2024", "2024-03-01", "2024-04-01", P.MONTH),
    en("in March 2024", "2024-03-01", "2024-04-01", P.MONTH),
    en("Sept. 2023", "2023-09-01", "2023-10-01", P.MONTH, given="en"),
    en("Jan 2024", "2024-01-01", "2024-02-01", P.MONTH, given="en"),
]

YEARS = [
    case("2023", "2023-01-01", "2024-01-01", P.YEAR, lang=None),
    case("en 2023", "2023-01-01", "2024-01-01", P.YEAR),
    case("l'année 2023", "2023-01-01", "2024-01-01", P.YEAR),
    case("l’année 2023", "2023-01-01", "2024-01-01", P.YEAR),
    en("in 2023", "2023-01-01", "2024-01-01", P.YEAR),
    en("the year 2023", "2023-01-01", "2024-01-01", P.YEAR),
]

PARTS_OF_MONTH = [
    case("début mars 2024", "2024-03-01", "2024-03-11", P.PART_OF_MONTH),
    case("mi-mars 2024", "2024-03-11", "2024-03-21", P.PART_OF_MONTH),
    case("mi mars 2024", "2024-03-11", "2024-03-21", P.PART_OF_MONTH),
    case("fin février 2024", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    case("fin février 2023", "2023-02-21", "2023-03-01", P.PART_OF_MONTH),
    case("FIN FÉVRIER 2024", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    case("  fin   fevrier  2024 ", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    case("fin févr. 2024", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    case("à la fin du mois de février 2024", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    case("au début d'avril 2023", "2023-04-01", "2023-04-11", P.PART_OF_MONTH),
    case("à la mi-avril 2023", "2023-04-11", "2023-04-21", P.PART_OF_MONTH),
    case("fin avril 2023", "2023-04-21", "2023-05-01", P.PART_OF_MONTH),
    en("early March 2024", "2024-03-01", "2024-03-11", P.PART_OF_MONTH),
    en("mid-March 2024", "2024-03-11", "2024-03-21", P.PART_OF_MONTH),
    en("late February 2024", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    en("at the end of February 2024", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    en("the beginning of April 2023", "2023-04-01", "2023-04-11", P.PART_OF_MONTH),
]

PARTS_OF_YEAR = [
    case("début 2024", "2024-01-01", "2024-05-01", P.PART_OF_YEAR),
    case("mi-2023", "2023-05-01", "2023-09-01", P.PART_OF_YEAR),
    case("fin 2023", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    case("à la fin de l'année 2023", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    case("la fin de l'année", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    case("la fin de l'année", "2024-09-01", "2025-01-01", P.PART_OF_YEAR, tense=FUTURE),
    case("en début d'année", "2024-01-01", "2024-05-01", P.PART_OF_YEAR),
    case("fin de l'année dernière", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    case("fin du mois dernier", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    en("early 2024", "2024-01-01", "2024-05-01", P.PART_OF_YEAR),
    en("mid-2023", "2023-05-01", "2023-09-01", P.PART_OF_YEAR),
    en("late 2023", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    en("the end of the year", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    en("late last year", "2023-09-01", "2024-01-01", P.PART_OF_YEAR),
    en("early next year", "2025-01-01", "2025-05-01", P.PART_OF_YEAR),
]

QUARTERS_AND_HALVES = [
    case("premier trimestre 2024", "2024-01-01", "2024-04-01", P.QUARTER),
    case("au 1er trimestre 2024", "2024-01-01", "2024-04-01", P.QUARTER),
    case("le deuxième trimestre 2024", "2024-04-01", "2024-07-01", P.QUARTER),
    case("troisième trimestre 2023", "2023-07-01", "2023-10-01", P.QUARTER),
    case("T1 2024", "2024-01-01", "2024-04-01", P.QUARTER),
    case("T4 2023", "2023-10-01", "2024-01-01", P.QUARTER),
    case("2024-Q1", "2024-01-01", "2024-04-01", P.QUARTER, lang=None),
    en("Q1 2024", "2024-01-01", "2024-04-01", P.QUARTER),
    en("first quarter of 2024", "2024-01-01", "2024-04-01", P.QUARTER),
    en("in the fourth quarter of 2023", "2023-10-01", "2024-01-01", P.QUARTER),
    case("premier semestre 2024", "2024-01-01", "2024-07-01", P.HALF_YEAR),
    case("second semestre", "2023-07-01", "2024-01-01", P.HALF_YEAR),
    case("second semestre", "2024-07-01", "2025-01-01", P.HALF_YEAR, tense=FUTURE),
    case("deuxième semestre 2023", "2023-07-01", "2024-01-01", P.HALF_YEAR),
    en("H1 2024", "2024-01-01", "2024-07-01", P.HALF_YEAR),
    en("first half of 2024", "2024-01-01", "2024-07-01", P.HALF_YEAR),
    en("second half of 2023", "2023-07-01", "2024-01-01", P.HALF_YEAR),
    # a quarter or a half written as an adjective: "third-quarter 2023 revenue"
    en("third-quarter 2023", "2023-07-01", "2023-10-01", P.QUARTER),
    en("first-half 2023", "2023-01-01", "2023-07-01", P.HALF_YEAR),
    # a quarter, a half or a month of a year named from the reference's
    en("the second quarter of last year", "2023-04-01", "2023-07-01", P.QUARTER),
    en("the first half of next year", "2025-01-01", "2025-07-01", P.HALF_YEAR),
    en("the fourth quarter of this year", "2024-10-01", "2025-01-01", P.QUARTER),
    case("le deuxième trimestre de l'année dernière", "2023-04-01", "2023-07-01", P.QUARTER),
    case("premier semestre de l'an prochain", "2025-01-01", "2025-07-01", P.HALF_YEAR),
    case("le troisième trimestre de cette année", "2024-07-01", "2024-10-01", P.QUARTER),
    en("March of last year", "2023-03-01", "2023-04-01", P.MONTH),
    case("mars de l'année dernière", "2023-03-01", "2023-04-01", P.MONTH),
    case("décembre de l'an prochain", "2025-12-01", "2026-01-01", P.MONTH),
]

YEAR_PAIRS = [
    case("2018-2019", "2018-01-01", "2020-01-01", P.YEAR),
    case("exercice 2018/2019", "2018-01-01", "2020-01-01", P.YEAR),
    en("fiscal year 2019/20", "2019-01-01", "2021-01-01", P.YEAR),
    case("2010-2015", "2010-01-01", "2016-01-01", P.YEAR),
    case("exercice 2011/12", "2011-01-01", "2013-01-01", P.YEAR),
]

SEASONS = [
    case("printemps 2024", "2024-03-01", "2024-06-01", P.SEASON),
    case("été 2023", "2023-06-01", "2023-09-01", P.SEASON),
    case("ete 2023", "2023-06-01", "2023-09-01", P.SEASON),
    case("l'automne 2023", "2023-09-01", "2023-12-01", P.SEASON),
    case("hiver 2024", "2024-12-01", "2025-03-01", P.SEASON),
    case("l'hiver 2023-2024", "2023-12-01", "2024-03-01", P.SEASON),
    case("l'hiver", "2023-12-01", "2024-03-01", P.SEASON),
    case("au printemps", "2024-03-01", "2024-06-01", P.SEASON),
    case("l'été", "2023-06-01", "2023-09-01", P.SEASON),
    case("l'été", "2024-06-01", "2024-09-01", P.SEASON, tense=FUTURE),
    case("l'été dernier", "2023-06-01", "2023-09-01", P.SEASON),
    case("l'hiver dernier", "2023-12-01", "2024-03-01", P.SEASON),
    case("l'hiver dernier", "2022-12-01", "2023-03-01", P.SEASON, ref=NYD),
    en("spring 2024", "2024-03-01", "2024-06-01", P.SEASON),
    en("summer 2023", "2023-06-01", "2023-09-01", P.SEASON),
    en("autumn 2023", "2023-09-01", "2023-12-01", P.SEASON),
    en("fall 2023", "2023-09-01", "2023-12-01", P.SEASON),
    en("winter 2024", "2024-12-01", "2025-03-01", P.SEASON),
    en("next winter", "2024-12-01", "2025-03-01", P.SEASON),
]

RELATIVE_DAYS = [
    case("aujourd'hui", "2024-03-12"),
    case("hier", "2024-03-11"),
    case("avant-hier", "2024-03-10"),
    case("demain", "2024-03-13"),
    case("après-demain", "2024-03-14"),
    case("apres-demain", "2024-03-14"),
    case("hier", "2023-12-31", ref=NYD),
    case("demain", "2024-01-01", ref=NYE),
    case("demain", "2024-03-01", ref=LEAP),
    case("hier", "2024-02-28", ref=LEAP),
    en("today", "2024-03-12"),
    en("yesterday", "2024-03-11"),
    en("tomorrow", "2024-03-13"),
    en("the day before yesterday", "2024-03-10"),
    en("Yesterday", "2023-12-31", ref=NYD),
]

WEEKDAYS = [
    case("mardi", "2024-03-12"),
    case("mardi", "2024-03-12", tense=FUTURE),
    case("lundi", "2024-03-11"),
    case("lundi", "2024-03-18", tense=FUTURE),
    case("mercredi", "2024-03-06"),
    case("mercredi", "2024-03-13", tense=FUTURE),
    case("dimanche", "2024-03-10", ref=SUN),
    case("samedi", "2024-03-09", ref=SUN),
    case("lundi", "2024-03-04", ref=SUN),
    case("lundi", "2024-03-11", ref=SUN, tense=FUTURE),
    case("lundi", "2024-03-11", ref=MON),
    case("vendredi", "2023-12-29", ref=NYD),
    case("jeudi", "2024-02-29", ref=LEAP),
    case("vendredi", "2024-03-01", ref=LEAP, tense=FUTURE),
    en("Tuesday", "2024-03-12"),
    en("on Sunday", "2024-03-10", ref=MON),
    en("Monday", "2024-03-18", tense=FUTURE),
    case("mardi dernier", "2024-03-05"),
    case("mardi prochain", "2024-03-19"),
    case("lundi dernier", "2024-03-11"),
    case("lundi prochain", "2024-03-18"),
    case("mercredi prochain", "2024-03-13"),
    case("dimanche dernier", "2023-12-24", ref=NYE),
    case("dimanche prochain", "2024-01-07", ref=NYE),
    case("lundi prochain", "2024-01-01", ref=NYE),
    en("last Tuesday", "2024-03-05"),
    en("next Tuesday", "2024-03-19"),
    en("last Monday", "2024-02-26", ref=LEAP),
]

YEARLESS = [
    case("le 26 février", "2024-02-26"),
    case("fin février", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    case("fin février", "2024-02-21", "2024-03-01", P.PART_OF_MONTH, ref=LEAP),
    case("fin février", "2023-02-21", "2023-03-01", P.PART_OF_MONTH, ref=dt.date(2024, 2, 20)),
    case("fin février", "2025-02-21", "2025-03-01", P.PART_OF_MONTH, tense=FUTURE),
    case("en février", "2024-02-01", "2024-03-01", P.MONTH),
    case("février", "2024-02-01", "2024-03-01", P.MONTH),
    case("fevrier", "2024-02-01", "2024-03-01", P.MONTH),
    case("février", "2025-02-01", "2025-03-01", P.MONTH, tense=FUTURE),
    case("mars", "2024-03-01", "2024-04-01", P.MONTH),
    case("mars", "2025-03-01", "2025-04-01", P.MONTH, tense=FUTURE),
    case("avril", "2024-04-01", "2024-05-01", P.MONTH, tense=FUTURE),
    case("le 12 mars", "2024-03-12"),
    case("le 12 mars", "2024-03-12", tense=FUTURE),
    case("le 13 mars", "2023-03-13"),
    case("le 13 mars", "2024-03-13", tense=FUTURE),
    case("mi-mars", "2024-03-11", "2024-03-21", P.PART_OF_MONTH),
    case("fin mars", "2023-03-21", "2023-04-01", P.PART_OF_MONTH),
    case("le 29 février", "2024-02-29", ref=LEAP),
    case("le 29 février", "2020-02-29", ref=dt.date(2024, 2, 28)),
    case("le 29 février", "2028-02-29", ref=dt.date(2024, 3, 1), tense=FUTURE),
    case("décembre", "2023-12-01", "2024-01-01", P.MONTH, ref=NYD),
    case("en janvier", "2024-01-01", "2024-02-01", P.MONTH, ref=NYD),
    case("fin décembre", "2023-12-21", "2024-01-01", P.PART_OF_MONTH, ref=NYD),
    case("janvier", "2024-01-01", "2024-02-01", P.MONTH, ref=NYE, tense=FUTURE),
    case("le 26 février dernier", "2024-02-26"),
    en("February 26", "2024-02-26"),
    en("late February", "2024-02-21", "2024-03-01", P.PART_OF_MONTH),
    en("in February", "2024-02-01", "2024-03-01", P.MONTH),
    en("Q1", "2024-01-01", "2024-04-01", P.QUARTER),
]

NAMED_MONTHS = [
    case("septembre dernier", "2023-09-01", "2023-10-01", P.MONTH),
    case("mars dernier", "2023-03-01", "2023-04-01", P.MONTH),
    case("février dernier", "2024-02-01", "2024-03-01", P.MONTH),
    case("juin prochain", "2024-06-01", "2024-07-01", P.MONTH),
    case("mars prochain", "2025-03-01", "2025-04-01", P.MONTH),
    case("décembre dernier", "2023-12-01", "2024-01-01", P.MONTH, ref=NYD),
    case("janvier prochain", "2025-01-01", "2025-02-01", P.MONTH, ref=NYD),
    case("janvier prochain", "2024-01-01", "2024-02-01", P.MONTH, ref=NYE),
    case("fin septembre dernier", "2023-09-21", "2023-10-01", P.PART_OF_MONTH),
    en("last September", "2023-09-01", "2023-10-01", P.MONTH),
    en("next June", "2024-06-01", "2024-07-01", P.MONTH),
]

PERIODS = [
    case("la semaine dernière", "2024-03-04", "2024-03-11", P.WEEK),
    case("cette semaine", "2024-03-11", "2024-03-18", P.WEEK),
    case("la semaine prochaine", "2024-03-18", "2024-03-25", P.WEEK),
    case("cette semaine", "2024-03-04", "2024-03-11", P.WEEK, ref=SUN),
    case("la semaine prochaine", "2024-01-01", "2024-01-08", P.WEEK, ref=NYE),
    case("la semaine dernière", "2023-12-25", "2024-01-01", P.WEEK, ref=NYD),
    en("last week", "2024-03-04", "2024-03-11", P.WEEK),
    en("this week", "2024-03-11", "2024-03-18", P.WEEK),
    en("next week", "2024-03-18", "2024-03-25", P.WEEK),
    case("le mois dernier", "2024-02-01", "2024-03-01", P.MONTH),
    case("ce mois-ci", "2024-03-01", "2024-04-01", P.MONTH),
    case("le mois prochain", "2024-04-01", "2024-05-01", P.MONTH),
    case("le mois dernier", "2023-12-01", "2024-01-01", P.MONTH, ref=NYD),
    case("le mois prochain", "2024-01-01", "2024-02-01", P.MONTH, ref=NYE),
    en("last month", "2024-02-01", "2024-03-01", P.MONTH),
    en("this month", "2024-03-01", "2024-04-01", P.MONTH),
    en("next month", "2024-03-01", "2024-04-01", P.MONTH, ref=LEAP),
    case("l'an dernier", "2023-01-01", "2024-01-01", P.YEAR),
    case("l'année dernière", "2023-01-01", "2024-01-01", P.YEAR),
    case("l'an passé", "2023-01-01", "2024-01-01", P.YEAR),
    case("l’an dernier", "2023-01-01", "2024-01-01", P.YEAR),
    case("cette année", "2024-01-01", "2025-01-01", P.YEAR),
    case("l'an prochain", "2025-01-01", "2026-01-01", P.YEAR),
    case("l'année prochaine", "2025-01-01", "2026-01-01", P.YEAR),
    case("l'an prochain", "2024-01-01", "2025-01-01", P.YEAR, ref=NYE),
    case("l'an dernier", "2023-01-01", "2024-01-01", P.YEAR, ref=NYD),
    en("last year", "2023-01-01", "2024-01-01", P.YEAR),
    en("this year", "2024-01-01", "2025-01-01", P.YEAR),
    en("next year", "2025-01-01", "2026-01-01", P.YEAR),
]

AGO = [
    case("il y a 3 jours", "2024-03-09"),
    case("il y a trois jours", "2024-03-09"),
    case("il y a deux semaines", "2024-02-27", approximate=True),
    case("il y a une semaine", "2024-03-05", approximate=True),
    case("il y a un mois", "2024-02-12", approximate=True),
    case("il y a un an", "2023-03-12", approximate=True),
    case("il y a un mois", "2024-02-29", ref=MARCH_END, approximate=True),
    case("il y a un an", "2023-02-28", ref=LEAP, approximate=True),
    case("il y a 4 ans", "2020-02-29", ref=LEAP, approximate=True),
    case("il y a 1 jour", "2023-12-31", ref=NYD),
    case("dans 3 jours", "2024-03-15"),
    en("3 days ago", "2024-03-09"),
    en("three days ago", "2024-03-09"),
    en("two weeks ago", "2024-02-27", approximate=True),
    en("a month ago", "2024-02-12", approximate=True),
    en("one year ago", "2023-03-12", approximate=True),
    en("in 2 weeks", "2024-03-26", approximate=True),
]

RANGES = [
    case("de janvier à mars 2024", "2024-01-01", "2024-04-01", P.MONTH),
    case("du 1er au 3 mars", "2024-03-01", "2024-03-04"),
    case("du 1er au 3 mars", "2025-03-01", "2025-03-04", tense=FUTURE),
    case("du 1er au 3 mars 2023", "2023-03-01", "2023-03-04"),
    case("entre 2021 et 2023", "2021-01-01", "2024-01-01", P.YEAR),
    case("de décembre à février 2024", "2023-12-01", "2024-03-01", P.MONTH),
    case("du 26 février au 3 mars 2024", "2024-02-26", "2024-03-04"),
    case("du 28 décembre au 3 janvier", "2023-12-28", "2024-01-04"),
    case("d'avril à juin 2023", "2023-04-01", "2023-07-01", P.MONTH),
    case("de mi-janvier à mars 2024", "2024-01-11", "2024-04-01", P.MONTH),
    case("entre mars 2023 et 2024", "2023-03-01", "2025-01-01", P.YEAR),
    case("du lundi 4 au vendredi 8 mars 2024", "2024-03-04", "2024-03-09"),
    case("entre hier et aujourd'hui", "2024-03-11", "2024-03-13"),
    en("from January to March 2024", "2024-01-01", "2024-04-01", P.MONTH),
    en("between 2021 and 2023", "2021-01-01", "2024-01-01", P.YEAR),
    en(
        "from early January to late March 2024",
        "2024-01-01",
        "2024-04-01",
        P.PART_OF_MONTH,
    ),
    en("from the 1st to the 3rd of March", "2024-03-01", "2024-03-04"),
]

MACHINE_FORMS = [
    case("2024", "2024-01-01", "2025-01-01", P.YEAR, lang=None),
    case("2024-03", "2024-03-01", "2024-04-01", P.MONTH, lang=None),
    case("2024-03-12", "2024-03-12", lang=None),
    case("2024-W11", "2024-03-11", "2024-03-18", P.WEEK, lang=None),
    case("2024-H2", "2024-07-01", "2025-01-01", P.HALF_YEAR, lang=None),
    case("2024-02-21/2024-03-01", "2024-02-21", "2024-03-01", lang=None),
]

TABLE = [
    *FULL_DATES,
    *MONTHS,
    *YEARS,
    *PARTS_OF_MONTH,
    *PARTS_OF_YEAR,
    *QUARTERS_AND_HALVES,
    *YEAR_PAIRS,
    *SEASONS,
    *RELATIVE_DAYS,
    *WEEKDAYS,
    *YEARLESS,
    *NAMED_MONTHS,
    *PERIODS,
    *AGO,
    *RANGES,
    *MACHINE_FORMS,
]


@pytest.mark.parametrize(("text", "ref", "lang", "tense", "expected"), TABLE)
def test_expression_resolves_to_its_span(
    text: str, ref: dt.date, lang: str | None, tense: Tense, expected: Span
) -> None:
    """Each expression resolves to its interval, precision, approximation, words and language."""
    assert expected == resolve(text, ref, lang=lang, tense=tense)


def test_end_of_february_read_on_the_publication_day() -> None:
    """Read on 12 March 2024, "fin février" is 21 February to 1 March 2024, part of a month."""
    span = resolve("fin février", dt.date(2024, 3, 12))
    expected = (dt.date(2024, 2, 21), dt.date(2024, 3, 1), P.PART_OF_MONTH)
    assert expected == (span.start, span.end, span.precision)


def test_winter_runs_into_the_next_year() -> None:
    """The winter of 2024 is the meteorological one, 1 December 2024 to the end of February."""
    span = resolve("hiver 2024", TUE)
    expected = (dt.date(2024, 12, 1), dt.date(2025, 3, 1), P.SEASON)
    assert expected == (span.start, span.end, span.precision)


def test_language_can_be_forced() -> None:
    """With a language given, an expression is read in that language only."""
    expected = "en"
    assert expected == resolve("March 2024", TUE, lang="en").lang
    with pytest.raises(DateError):
        resolve("March 2024", TUE, lang="fr")
    with pytest.raises(DateError):
        resolve("mars 2024", TUE, lang="en")


def test_numeric_dates_follow_the_language() -> None:
    """The same numbers are day-first in French and month-first in English."""
    assert dt.date(2024, 12, 3) == resolve("3/12/2024", TUE, lang="fr").start
    assert dt.date(2024, 3, 12) == resolve("3/12/2024", TUE, lang="en").start


ERRORS = [
    "",
    "   ",
    "blah",
    "il y a quelques jours",
    "31 février 2024",
    "30/02/2024",
    "29 février 2023",
    "31 avril",
    "February 30, 2024",
    "lundi 12 mars 2024",
    "Monday, March 12, 2024",
    "le 12",
    "fin de la semaine",
    "du 28 au 3 mars",
    "de mars 2024 à janvier 2024",
    "T5 2024",
    "troisième semestre 2024",
    "hiver 2023-2025",
    "2024-13",
    "la fin du mois",
    "l'année",
]


@pytest.mark.parametrize("text", ERRORS)
def test_unresolvable_expression_raises_a_date_error_naming_it(text: str) -> None:
    """An expression with no span, or naming an impossible date, raises DateError quoting it."""
    with pytest.raises(DateError) as info:
        resolve(text, TUE)
    assert text == info.value.expression
    assert repr(text) in str(info.value)


def test_unknown_language_raises_a_date_error() -> None:
    """A language other than French or English is refused with a DateError naming the text."""
    with pytest.raises(DateError) as info:
        resolve("März 2024", TUE, lang="de")
    assert "März 2024" in str(info.value)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("hier soir", dt.date(2024, 3, 11)),
        ("mardi soir", dt.date(2024, 3, 12)),
        ("lundi matin", dt.date(2024, 3, 11)),
        ("ce soir", dt.date(2024, 3, 12)),
        ("cet après-midi", dt.date(2024, 3, 12)),
        ("le 13 février au soir", dt.date(2024, 2, 13)),
        ("this morning", dt.date(2024, 3, 12)),
        ("tonight", dt.date(2024, 3, 12)),
        ("last night", dt.date(2024, 3, 11)),
        ("yesterday afternoon", dt.date(2024, 3, 11)),
        ("Monday evening", dt.date(2024, 3, 11)),
    ],
)
def test_a_part_of_the_day_is_that_day(text: str, day: dt.date) -> None:
    """A day with its part ("hier soir", "Monday evening") or a part of the reference day
    ("ce matin", "tonight") is that day, at day precision, with its words.
    """
    span = resolve(text, TUE)
    assert (span.start, span.end, span.precision) == (day, day + dt.timedelta(1), Precision.DAY)
    assert span.text == text


@pytest.mark.parametrize("text", ["avril soir", "2024 morning", "la semaine dernière au soir"])
def test_a_part_of_a_longer_span_than_a_day_is_refused(text: str) -> None:
    """A part of the day names a day only after a day: after a month, a year or a week it is
    refused, not widened or guessed.
    """
    with pytest.raises(DateError):
        resolve(text, TUE)


def test_a_part_of_the_day_keeps_to_the_language_asked() -> None:
    """English words for a part of the day are refused in French and French ones in English."""
    with pytest.raises(DateError):
        resolve("this morning", TUE, lang="fr")
    with pytest.raises(DateError):
        resolve("hier soir", TUE, lang="en")
    assert resolve("hier soir", TUE, lang="fr").lang == "fr"


@pytest.mark.parametrize("text", ["2019-2017", "2011-12/", "2018/18", "2022/2065"])
def test_two_years_out_of_order_are_no_span(text: str) -> None:
    """Two years joined by a dash or slash must be in order and at most ten years apart (a
    regulation's number is no span), a second year in two digits the next one: anything else
    is refused, never guessed.
    """
    with pytest.raises(DateError):
        resolve(text, TUE, lang="en")
