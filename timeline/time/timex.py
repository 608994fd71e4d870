"""TIMEX3 types and values: the TimeML expression of what the tagger found.

The engine's `Span` stays the truth for events; a TIMEX3 value is how TimeML writes the same
thing at the granularity of the words: "fin février" read at 2024-03-12 is the span
2024-02-21/2024-03-01 and the TIMEX3 DATE `2024-02` with mod `END`; "il y a trois ans" is the
day 2021-03-12 (approximate) and the DATE `2021`; "trois ans" the DURATION `P3Y`; "à 17h30"
the TIME `2024-03-12T17:30`; "chaque lundi" the SET `XXXX-WXX-1`; a word for now with no span
("maintenant") `PRESENT_REF`. Everything is derived from the tag's kind, span and words: nothing
here resolves a date the engine did not. `timeline.extract.timexes` applies it to a whole text.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from timeline.time import lexicon as lex
from timeline.time.grammar import normal_form
from timeline.time.span import Precision, Span

__all__ = [
    "PART_CODES",
    "Timex",
    "TimexType",
    "date_timex",
    "duration_value",
    "half_more",
    "set_value",
    "time_value",
    "timex",
]


class TimexType(enum.Enum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@attrs.frozen
class Timex:
    """A TIMEX3 type, value and mod ("" when none), as TimeML writes them."""

    type: TimexType
    value: str
    mod: str = ""


_UNKNOWN = "XXXX"
_SEASON_CODES = ("SP", "SU", "FA", "WI")
_PART_MODS = ("START", "MID", "END")
_UNIT_CODES = {"days": "D", "weeks": "W", "months": "M", "years": "Y"}
_MORE_UNITS = {
    "heure": "TH",
    "heures": "TH",
    "h": "TH",
    "hour": "TH",
    "hours": "TH",
    "minute": "TM",
    "minutes": "TM",
    "min": "TM",
    "seconde": "TS",
    "secondes": "TS",
    "second": "TS",
    "seconds": "TS",
    "siecle": "CE",
    "siecles": "CE",
    "century": "CE",
    "centuries": "CE",
    "decennie": "DE",
    "decennies": "DE",
    "decade": "DE",
    "decades": "DE",
    "trimestre": "Q",
    "trimestres": "Q",
    "quarter": "Q",
    "quarters": "Q",
    "semestre": "H",
    "semestres": "H",
    "weekend": "WE",
    "weekends": "WE",
    "week-end": "WE",
    "week-ends": "WE",
}
_WORD = re.compile(r"\d+[.,]\d+|[\w']+(?:-[\w']+)*")
_REFS = {
    "PRESENT_REF": (
        "desormais actuellement maintenant aujourd'hui-meme currently now nowadays presently"
    ),
    "PAST_REF": "autrefois jadis recemment naguere recently formerly previously once",
    "FUTURE_REF": "bientot prochainement l'avenir avenir soon future",
}
_REF_WORDS = {w: ref for ref, words in _REFS.items() for w in words.split()}


def timex(kind: TimexType, words: str, span: Span | None, ref: dt.date) -> Timex:
    """The TIMEX3 of `words` of type `kind`, resolved by the engine to `span`, read at `ref`."""
    if kind is TimexType.DURATION:
        return Timex(kind, duration_value(words))
    if kind is TimexType.TIME:
        return Timex(kind, time_value(words, span, ref))
    if kind is TimexType.SET:
        return Timex(kind, set_value(words))
    return date_timex(words, span)


def date_timex(words: str, span: Span | None) -> Timex:
    """The TIMEX3 DATE of `words` resolved to `span` (a *_REF word when `span` is None)."""
    folded = normal_form(words)
    for word in _WORD.findall(folded):
        if word in _REF_WORDS and span is None:
            return Timex(TimexType.DATE, _REF_WORDS[word])
    if span is None or span.start is None or span.end is None:
        return Timex(TimexType.DATE, _UNKNOWN)
    start, precision = span.start, span.precision
    if precision is Precision.DAY and span.approximate:
        return Timex(TimexType.DATE, _ago_value(start, folded))
    if precision is Precision.DAY:
        return Timex(TimexType.DATE, start.isoformat())
    if precision is Precision.WEEK:
        year, week, _ = start.isocalendar()
        return Timex(TimexType.DATE, f"{year}-W{week:02d}")
    if precision is Precision.PART_OF_MONTH:
        ends = span.end is not None and span.end.day == 1
        part = _part(start.day == 1, ends, min((start.day - 1) // 10, 2))
        return Timex(TimexType.DATE, f"{start:%Y-%m}", _PART_MODS[part])
    if precision is Precision.MONTH:
        return Timex(TimexType.DATE, _months(span))
    if precision is Precision.QUARTER:
        return Timex(TimexType.DATE, f"{start.year}-Q{(start.month - 1) // 3 + 1}")
    if precision is Precision.HALF_YEAR:
        return Timex(TimexType.DATE, f"{start.year}-H{(start.month - 1) // 6 + 1}")
    if precision is Precision.SEASON:
        index = {3: 0, 6: 1, 9: 2, 12: 3}.get(start.month, 0)
        return Timex(TimexType.DATE, f"{start.year}-{_SEASON_CODES[index]}")
    if precision is Precision.PART_OF_YEAR:
        ends_year = span.end is not None and (span.end.month, span.end.day) == (1, 1)
        part = _part((start.month, start.day) == (1, 1), ends_year, min((start.month - 1) // 4, 2))
        return Timex(TimexType.DATE, str(start.year), _PART_MODS[part])
    if precision is Precision.YEAR:
        return Timex(TimexType.DATE, str(start.year))
    return Timex(TimexType.DATE, _UNKNOWN)


def _part(starts: bool, ends: bool, third: int) -> int:
    """The index in `_PART_MODS` of a part of a month or a year: its start when it holds the
    first day ("début mars", "earlier this year"), its end when it holds the last ("fin
    2023", "later this month"), else the third its first day is in.
    """
    return 0 if starts else 2 if ends else third


def _months(span: Span) -> str:
    assert span.start is not None
    return f"{span.start:%Y-%m}"


def _ago_value(day: dt.date, folded: str) -> str:
    """The day of "il y a trois ans" or "two months ago", at the granularity of its unit."""
    words = _WORD.findall(folded)
    units = [_UNIT_CODES.get(lex.UNITS[c].get(w, ""), "") for c in lex.UNITS for w in words]
    unit = next((u for u in units if u), "D")
    if unit == "Y":
        return str(day.year)
    if unit == "M":
        return f"{day:%Y-%m}"
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def _number(word: str) -> str | None:
    """The number a word or digits write ("trois", "3", "10-year" gives 10), None if not one."""
    if word.isdigit():
        return str(int(word))
    if re.fullmatch(r"\d+[.,]\d+", word):
        return word.replace(",", ".")
    for code in lex.NUMBERS:
        if word in lex.NUMBERS[code]:
            return str(lex.NUMBERS[code][word])
    return None


def _unit(word: str) -> str | None:
    for code in lex.UNITS:
        unit = lex.UNITS[code].get(word)
        if unit is not None:
            return _UNIT_CODES[unit]
    if word in ("annee", "annees", "ans", "an"):
        return "Y"
    return _MORE_UNITS.get(word)


def _duration(count: str, unit: str) -> str:
    if unit.startswith("T"):
        return f"PT{count}{unit[1:]}"
    if unit == "CE":
        return f"P{count}00Y" if count.isdigit() else f"P{count}CE"
    if unit == "DE":
        return f"P{count}0Y" if count.isdigit() else f"P{count}DE"
    return f"P{count}{unit}"


_VAGUE = frozenset({"quelques", "plusieurs", "several", "few", "many", "some"})


def duration_value(words: str) -> str:
    """The TimeML value of a duration: "trois ans" `P3Y`, "10-year" `P10Y`, "plusieurs mois" `PXM`.

    The number is the first of the words; vague counts ("plusieurs", "several") are `X`.
    """
    # Decimal counts ("30,4 secondes") are read before folding, which takes out the comma.
    found = _WORD.findall(words.lower())
    tokens = [t if t[0].isdigit() else normal_form(t) for w in found for t in w.split("-") if t]
    count: str | None = None
    for i, token in enumerate(tokens):
        # English "an" is an article before a unit ("an hour"), French "an" the unit itself.
        unit = None if token == "an" and any(map(_unit, tokens[i + 1 :])) else _unit(token)
        if unit is None:
            number = _number(token)
            if number is not None:
                count = number if count is None or i == 0 else count
            elif token in _VAGUE:
                count = "X"
            elif token in ("demi", "half"):
                count = "0.5"
            continue
        return _duration(count or "1", unit)
    return "PXY"


_HALVES = {"Y": ("", 6, "M"), "D": ("T", 12, "H"), "TH": ("", 30, "M"), "TM": ("", 30, "S")}
"""Half of a unit in the next smaller one: half a year is six months, half an hour 30 minutes."""


def half_more(value: str, whole: bool = True) -> str:
    """A duration half a unit longer: "5 1/2 hours" `PT5H30M` from `PT5H`, "2 1/2 years" `P2Y6M`.

    With `whole` False, half the unit alone ("half an hour" `PT30M`). A value with no smaller
    unit to carry the half (weeks, months, vague counts) is returned as it is.
    """
    m = re.fullmatch(r"P(?P<t>T?)(?P<n>\d+)(?P<u>[YMWDHS])", value)
    if m is None:
        return value
    unit = ("T" if m["t"] else "") + m["u"]
    if unit not in _HALVES:
        return value
    sep, amount, smaller = _HALVES[unit]
    half = f"{amount}{smaller}"
    if not whole or m["n"] == "0":
        return f"P{'T' if m['t'] or sep else ''}{half}"
    return f"{value}{sep}{half}"


_CLOCK = re.compile(
    r"(?P<h>\d{1,2})\s*(?:h|:|heures?)\s*(?P<m>\d{2})?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?"
    r"|(?P<h2>\d{1,2})\s*(?P<ap2>a\.?m\.?|p\.?m\.?|o'clock)"
)
PART_CODES = {
    "matin": "MO",
    "matinee": "MO",
    "morning": "MO",
    "apres-midi": "AF",
    "afternoon": "AF",
    "soir": "EV",
    "soiree": "EV",
    "evening": "EV",
    "nuit": "NI",
    "night": "NI",
}
"""The TimeML code of each part of the day a word names (morning `MO`, afternoon `AF`,
evening `EV`, night `NI`)."""
_DAY_PARTS = {
    **PART_CODES,
    "tonight": "NI",
    "midi": "12:00",
    "noon": "12:00",
    "minuit": "24:00",
    "midnight": "24:00",
}


def time_value(words: str, span: Span | None, ref: dt.date) -> str:
    """The TimeML value of a time of day, on the tag's day if it has one, else on `ref`'s."""
    day = span.start if span is not None and span.start is not None else ref
    folded = normal_form(words)
    m = _CLOCK.search(folded)
    if m is not None:
        hour = int(m.group("h") or m.group("h2"))
        minute = int(m.group("m") or 0)
        suffix = (m.group("ap") or m.group("ap2") or "").replace(".", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    for word in _WORD.findall(folded):
        part = _DAY_PARTS.get(word)
        if part is not None:
            return f"{day.isoformat()}T{part}"
    return f"{day.isoformat()}TXX"


_WEEKDAYS = {
    normal_form(name): n
    for info in (lex.FrenchInfo, lex.EnglishInfo)
    for n, names in enumerate(info.WEEKDAYS, start=1)
    for name in names
}


def set_value(words: str) -> str:
    """The TimeML value of a set: "chaque année" `P1Y`, "tous les lundis" `XXXX-WXX-1`."""
    for word in _WORD.findall(normal_form(words)):
        base = word[:-1] if word.endswith("s") and len(word) > 3 else word
        number = _WEEKDAYS.get(base) or _WEEKDAYS.get(word)
        if number is not None:
            return f"XXXX-WXX-{number}"
        part = _DAY_PARTS.get(base) or _DAY_PARTS.get(word)
        if part is not None and not part[0].isdigit():
            return f"TXX{part}"
    value = duration_value(words)
    return value.replace("PX", "P1") if value.startswith("PX") else value
