"""Reference dates, spans, and date expressions written the way the press writes them.

The names below are typed out independently of `timeline.time.lexicon`, so that the tests do
not read the engine's own tables back to it.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import strategies as st

from timeline.time import Precision, Span, Tense


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_REF = dt.date(1900, 1, 1)
LAST_REF = dt.date(2100, 12, 31)

FRENCH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("janvier", "janv."),
    ("février", "fevrier", "févr.", "fevr"),
    ("mars",),
    ("avril", "avr."),
    ("mai",),
    ("juin",),
    ("juillet", "juil."),
    ("août", "aout"),
    ("septembre", "sept."),
    ("octobre", "oct."),
    ("novembre", "nov."),
    ("décembre", "decembre", "déc."),
)
ENGLISH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("January", "Jan", "Jan."),
    ("February", "Feb", "Feb."),
    ("March", "Mar."),
    ("April", "Apr."),
    ("May",),
    ("June", "Jun."),
    ("July", "Jul."),
    ("August", "Aug."),
    ("September", "Sept.", "Sep."),
    ("October", "Oct."),
    ("November", "Nov."),
    ("December", "Dec."),
)
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FRENCH_COUNTS = _words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf vingt"
)
ENGLISH_COUNTS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)

_NAMES = {"fr": (FRENCH_MONTHS, FRENCH_WEEKDAYS), "en": (ENGLISH_MONTHS, ENGLISH_WEEKDAYS)}
_CASES = st.sampled_from([str.lower, str.upper, str.title, str.capitalize])
_LEAP_YEARS = [y for y in range(FIRST_REF.year, LAST_REF.year + 1) if calendar.isleap(y)]


def ref_dates() -> st.SearchStrategy[dt.date]:
    """Reference dates from 1900 to 2100, with leap days, month ends and year ends drawn often."""
    leap_days = st.sampled_from(_LEAP_YEARS).map(lambda y: dt.date(y, 2, 29))
    year_ends = years().flatmap(lambda y: st.sampled_from([dt.date(y, 1, 1), dt.date(y, 12, 31)]))
    month_ends = st.builds(
        lambda y, m: dt.date(y, m, calendar.monthrange(y, m)[1]), years(), st.integers(1, 12)
    )
    return st.one_of(st.dates(FIRST_REF, LAST_REF), leap_days, year_ends, month_ends)


def years() -> st.SearchStrategy[int]:
    """Years written with four digits, within the reference range."""
    return st.integers(FIRST_REF.year, LAST_REF.year)


def tenses() -> st.SearchStrategy[Tense]:
    """The tense of the clause an expression stands in."""
    return st.sampled_from(Tense)


def languages() -> st.SearchStrategy[str]:
    """The languages the normalizer reads."""
    return st.sampled_from(["fr", "en"])


def month_names(lang: str) -> st.SearchStrategy[tuple[int, str]]:
    """A month (1-12) and one way of writing its name in `lang`, in any letter case."""
    table = _NAMES[lang][0]
    return st.integers(1, 12).flatmap(
        lambda m: st.tuples(st.just(m), st.sampled_from(table[m - 1]).flatmap(_recased))
    )


def weekday_names(lang: str) -> st.SearchStrategy[tuple[int, str]]:
    """A weekday (0 is Monday) and its name in `lang`, in any letter case."""
    table = _NAMES[lang][1]
    return st.integers(0, 6).flatmap(lambda d: st.tuples(st.just(d), _recased(table[d])))


def counts(lang: str) -> st.SearchStrategy[tuple[int, str]]:
    """A count and how it is written in `lang`: digits, or words up to twenty."""
    words = FRENCH_COUNTS if lang == "fr" else ENGLISH_COUNTS
    in_words = st.integers(1, 20).map(lambda n: (n, words[n]))
    in_digits = st.integers(0, 3000).map(lambda n: (n, str(n)))
    return st.one_of(in_words, in_digits)


def _recased(word: str) -> st.SearchStrategy[str]:
    return _CASES.map(lambda case: case(word))


# Spans: dates crowd into a few weeks so that shared bounds (meets, starts, equals) come often.
_NEAR = st.integers(0, 40).map(lambda n: dt.date(2024, 1, 1) + dt.timedelta(days=n))
_SPAN_DAYS = st.one_of(_NEAR, st.dates(dt.date(1, 1, 2), dt.date(9999, 10, 1)))


@st.composite
def spans(draw: st.DrawFn, *, open_bounds: bool = True) -> Span:
    """Spans of every precision, closed, or (when `open_bounds`) with open bounds."""
    start: dt.date | None = draw(_SPAN_DAYS)
    end: dt.date | None
    if open_bounds and draw(st.integers(0, 4)) == 0:
        start = None
    if open_bounds and draw(st.integers(0, 4)) == 0:
        end = None
    elif start is None:
        end = draw(_SPAN_DAYS)
    else:
        end = start + dt.timedelta(days=draw(st.integers(1, 45)))
    return Span(
        start,
        end,
        draw(st.sampled_from(Precision)),
        draw(st.booleans()),
        draw(st.sampled_from(["", "mars 2024", "fin février", "2024-03-12"])),
        # Not "": `Span` orders a missing language and an empty one alike.
        draw(st.sampled_from([None, "fr", "en"])),
    )


# Expressions written in both languages, for "French and English agree" -----------------------

_FRENCH_PARTS = ("début", "mi-", "fin")
_ENGLISH_PARTS = ("early", "mid-", "late")
_FRENCH_ORDINALS = ("premier", "deuxième", "troisième", "quatrième")
_ENGLISH_ORDINALS = ("first", "second", "third", "fourth")
_FRENCH_SEASONS = ("printemps", "été", "automne", "hiver")
_ENGLISH_SEASONS = ("spring", "summer", "autumn", "winter")


def _month(m: int, lang: str) -> str:
    return _NAMES[lang][0][m - 1][0]


def _part(words: tuple[str, ...], part: int, rest: str) -> str:
    word = words[part]
    return f"{word}{rest}" if word.endswith("-") else f"{word} {rest}"


@st.composite
def _dated(draw: st.DrawFn) -> tuple[str, str]:
    y, m = draw(years()), draw(st.integers(1, 12))
    d = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    fr_day = "1er" if d == 1 else str(d)
    fr, en = _month(m, "fr"), _month(m, "en")
    return draw(
        st.sampled_from(
            [
                (f"{fr_day} {fr} {y}", f"{en} {d}, {y}"),
                (f"le {d} {fr} {y}", f"{d} {en} {y}"),
                (f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"),
                (f"{fr} {y}", f"{en} {y}"),
                (f"en {fr}", f"in {en}"),
                (f"le {d} {fr}", f"{en} {d}"),
                (f"{fr} dernier", f"last {en}"),
                (f"{fr} prochain", f"next {en}"),
                (f"en {y}", f"in {y}"),
            ]
        )
    )


@st.composite
def _parts(draw: st.DrawFn) -> tuple[str, str]:
    y, m, part = draw(years()), draw(st.integers(1, 12)), draw(st.integers(0, 2))
    fr, en = _month(m, "fr"), _month(m, "en")
    return draw(
        st.sampled_from(
            [
                (_part(_FRENCH_PARTS, part, f"{fr} {y}"), _part(_ENGLISH_PARTS, part, f"{en} {y}")),
                (_part(_FRENCH_PARTS, part, fr), _part(_ENGLISH_PARTS, part, en)),
                (_part(_FRENCH_PARTS, part, str(y)), _part(_ENGLISH_PARTS, part, str(y))),
            ]
        )
    )


@st.composite
def _periods(draw: st.DrawFn) -> tuple[str, str]:
    y, q, h, s = (
        draw(years()),
        draw(st.integers(1, 4)),
        draw(st.integers(1, 2)),
        draw(st.integers(0, 3)),
    )
    return draw(
        st.sampled_from(
            [
                (f"{_FRENCH_ORDINALS[q - 1]} trimestre {y}", f"Q{q} {y}"),
                (f"T{q} {y}", f"{_ENGLISH_ORDINALS[q - 1]} quarter of {y}"),
                (f"{_FRENCH_ORDINALS[h - 1]} semestre {y}", f"H{h} {y}"),
                (f"{_FRENCH_ORDINALS[h - 1]} semestre", f"{_ENGLISH_ORDINALS[h - 1]} half"),
                (f"{_FRENCH_SEASONS[s]} {y}", f"{_ENGLISH_SEASONS[s]} {y}"),
                (f"l'{_FRENCH_SEASONS[s]}" if s else "le printemps", _ENGLISH_SEASONS[s]),
            ]
        )
    )


_RELATIVE: tuple[tuple[str, str], ...] = (
    ("aujourd'hui", "today"),
    ("hier", "yesterday"),
    ("avant-hier", "the day before yesterday"),
    ("demain", "tomorrow"),
    ("après-demain", "the day after tomorrow"),
    ("la semaine dernière", "last week"),
    ("cette semaine", "this week"),
    ("la semaine prochaine", "next week"),
    ("le mois dernier", "last month"),
    ("ce mois-ci", "this month"),
    ("le mois prochain", "next month"),
    ("l'an dernier", "last year"),
    ("l'année dernière", "last year"),
    ("cette année", "this year"),
    ("l'an prochain", "next year"),
    ("la fin de l'année", "the end of the year"),
)


@st.composite
def _relative(draw: st.DrawFn) -> tuple[str, str]:
    d = draw(st.integers(0, 6))
    fr, en = FRENCH_WEEKDAYS[d], ENGLISH_WEEKDAYS[d]
    n = draw(st.integers(1, 20))
    unit = draw(st.integers(0, 3))
    fr_unit = ("jours", "semaines", "mois", "ans")[unit]
    en_unit = ("days", "weeks", "months", "years")[unit]
    return draw(
        st.sampled_from(
            [
                *_RELATIVE,
                (fr, en),
                (f"{fr} dernier", f"last {en}"),
                (f"{fr} prochain", f"next {en}"),
                (f"il y a {FRENCH_COUNTS[n]} {fr_unit}", f"{ENGLISH_COUNTS[n]} {en_unit} ago"),
                (f"il y a {n} {fr_unit}", f"{n} {en_unit} ago"),
            ]
        )
    )


@st.composite
def _ranges(draw: st.DrawFn) -> tuple[str, str]:
    y1 = draw(years())
    y2 = draw(st.integers(y1, y1 + 5))
    m1 = draw(st.integers(1, 12))
    m2 = draw(st.integers(m1, 12))
    fr1, fr2, en1, en2 = _month(m1, "fr"), _month(m2, "fr"), _month(m1, "en"), _month(m2, "en")
    article = "d'" if fr1[0] in "aeiou" else "de "
    return draw(
        st.sampled_from(
            [
                (f"entre {y1} et {y2}", f"between {y1} and {y2}"),
                (f"de {y1} à {y2}", f"from {y1} to {y2}"),
                (f"{article}{fr1} à {fr2} {y1}", f"from {en1} to {en2} {y1}"),
                (f"du 1er {fr1} au 2 {fr2} {y1}", f"from {en1} 1 to {en2} 2, {y1}"),
            ]
        )
    )


_DATE_WORDS = _words(
    "le la l' de du au à entre et from to between and fin début mi- early late end of the mars "
    "février March 2024 2023 12 1er 31 29 hier demain mardi Tuesday dernier prochain last next "
    "semaine mois an année week il y a deux jours days ago dans in hiver winter T1 Q1 H2 "
    "semestre trimestre quarter half 12/03/2024 3/12 - / ."
)


def texts() -> st.SearchStrategy[str]:
    """Any text: arbitrary characters, or date words strung together at random."""
    salad = st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=6).map(" ".join)
    return st.one_of(st.text(max_size=20), salad)


def expression_pairs() -> st.SearchStrategy[tuple[str, str]]:
    """One date expression written in French and in English, meaning the same span."""
    return st.one_of(_dated(), _parts(), _periods(), _relative(), _ranges())
