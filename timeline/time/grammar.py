"""The grammar of date expressions: French or English words to a small syntax tree.

The grammar knows words and their order, nothing about calendars: what a node means against a
reference date is decided in `normalize`. Input is first put in its normal form
(`normal_form`): lower case, accents and commas dropped, apostrophes and dashes made plain,
spaces collapsed. Every pattern is compiled once, at import. Public, with `lexicon`, for the
tagger in `timeline.extract`, which reads the same words.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import NamedTuple, TypeAlias

from dateutil.parser import parserinfo

from timeline.time import lexicon as lex

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


# Syntax tree ---------------------------------------------------------------------------------


class Kind(enum.Enum):
    """What a calendar node names: a day, a month, a year, or a fixed run of months in a year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"


class Cal(NamedTuple):
    """A calendar date or period; `year` is None when the words leave it out ("fin février")."""

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    number: int = 0  # quarter or half (from 1), season (from 0: spring)
    part: int | None = None  # 0 start, 1 middle, 2 end of the month or year
    weekday: int | None = None  # the weekday the words name, to be checked against the date
    anchor: int = 0  # -1 "dernier"/"last", +1 "prochain"/"next", 0 neither


class Shift(NamedTuple):
    """The day `amount` units (a relativedelta keyword) away from the reference date."""

    unit: str
    amount: int


class Period(NamedTuple):
    """The week, month or year (`unit`) holding the reference date, moved by `offset` of them."""

    unit: str
    offset: int
    part: int | None = None


class Weekday(NamedTuple):
    """A weekday (0 is Monday) named without a date: bare (`anchor` 0), last (-1) or next (+1)."""

    weekday: int
    anchor: int


class Range(NamedTuple):
    """From the start of `first` to the end of `second`."""

    first: Node
    second: Node


Node: TypeAlias = Cal | Shift | Period | Weekday | Range


# Folding -------------------------------------------------------------------------------------

_PLAIN = str.maketrans({**lex.TYPOGRAPHY, ",": " "})
_SPACES = re.compile(r"\s+")
_APOSTROPHE = re.compile(r"\s*'\s*")


_BARE: dict[int, str] = {}
"""Each non-ASCII character `normal_form` has met, without its accents (NFKD, combining marks
out)."""


def _bare(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


def normal_form(text: str) -> str:
    """`text` as the grammar reads it: lower case, no accents or commas, single spaces."""
    folded = text.translate(_PLAIN)
    if not folded.isascii():
        for c in set(folded):
            if ord(c) not in _BARE and not c.isascii():
                _BARE[ord(c)] = _bare(c)
        folded = folded.translate(_BARE)
    folded = _SPACES.sub(" ", folded.lower()).strip(" .;:!?")
    return _APOSTROPHE.sub("'", folded)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that a longer name wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _names(table: Iterable[tuple[str, ...]]) -> list[str]:
    return [_plain(name) for names in table for name in names]


def _leading(words: Iterable[str]) -> str:
    """An alternation of words that open an expression, each followed by a space or elided."""
    words = list(words)
    spaced = _alt(w for w in words if not w.endswith("'"))
    elided = _alt(w for w in words if w.endswith("'"))
    return rf"(?:(?:{spaced})\s+|{elided})" if elided else rf"(?:(?:{spaced})\s+)"


# Languages ---------------------------------------------------------------------------------

_Handler: TypeAlias = Callable[["_Language", "re.Match[str]"], "Node | None"]


class _Language:
    """The patterns of one language and the lexicon its handlers read numbers and names from."""

    def __init__(
        self,
        code: str,
        info: parserinfo,
        *,
        fillers: str,
        part: str,
        rules: list[tuple[str, _Handler]],
        raw_rules: list[tuple[str, _Handler]],
        day_only: str,
        bare_year: str,
        ranges: list[tuple[str, str]],
    ) -> None:
        self.code = code
        self.info = info
        self.numbers = lex.NUMBERS[code]
        self.ordinals = lex.ORDINALS[code]
        self.parts = lex.PARTS[code]
        self.directions = lex.DIRECTIONS[code]
        self.fillers = re.compile(fillers)
        self.part = re.compile(part)
        self.rules = [(re.compile(rx), handler) for rx, handler in rules]
        self.raw_rules = [(re.compile(rx), handler) for rx, handler in raw_rules]
        self.day_only = re.compile(day_only)
        self.bare_year = re.compile(bare_year)
        self.ranges = [(re.compile(head), re.compile(sep)) for head, sep in ranges]

    # Parsing -----------------------------------------------------------------------------

    def parse(self, text: str) -> Node | None:
        """The syntax tree of the folded `text`, or None when it is not a date in this language."""
        for head, sep in self.ranges:
            if m := head.match(text):
                body = text[m.end() :]
                for cut in sep.finditer(body):
                    first = self._end(body[: cut.start()], first=True)
                    second = self._end(body[cut.end() :]) if first is not None else None
                    if first is not None and second is not None:
                        return Range(first, second)
        return self._end(text)

    def _end(self, text: str, *, first: bool = False) -> Node | None:
        for rx, handler in self.raw_rules:
            if m := rx.fullmatch(text):
                return handler(self, m)
        text = self.fillers.sub("", text, count=1)
        node = self._base(text)
        if node is not None:
            return node
        if first and (m := self.day_only.fullmatch(text)):
            return _day_only(self, m)
        if m := self.part.match(text):
            return self._part(self.parts[m["part"]], self.fillers.sub("", text[m.end() :], 1))
        return None

    def _base(self, text: str) -> Node | None:
        for rx, handler in self.rules:
            if (m := rx.fullmatch(text)) and (node := handler(self, m)) is not None:
                return node
        return None

    def _part(self, part: int, text: str) -> Node | None:
        if self.bare_year.fullmatch(text):
            return Cal(Kind.YEAR, part=part)
        node = self._base(text)
        if isinstance(node, Cal) and node.kind in (Kind.MONTH, Kind.YEAR) and node.part is None:
            return node._replace(part=part)
        if isinstance(node, Period) and node.unit in ("months", "years") and node.part is None:
            return node._replace(part=part)
        return None

    # Words -------------------------------------------------------------------------------

    def month(self, name: str) -> int:
        """The month (1-12) a name the grammar matched stands for."""
        month = self.info.month(name)
        assert month is not None, name
        return month

    def weekday(self, name: str | None) -> int | None:
        """The weekday (0 is Monday) a matched name stands for, None when there is none."""
        return None if name is None else self.info.weekday(name)

    def count(self, word: str) -> int:
        """A count written in digits or in words."""
        return int(word) if word.isdigit() else self.numbers[word]

    def ordinal(self, word: str) -> int:
        """An ordinal: `1er`, `2e`, `3rd`, `premier`, `second`, `twelfth`..."""
        if word in self.ordinals:
            return self.ordinals[word]
        return int(word.rstrip("abcdefghijklmnopqrstuvwxyz"))

    def day(self, word: str) -> int:
        """A day of the month: digits with an optional suffix, or a number in words."""
        if word[0].isdigit():
            return self.ordinal(word)
        return self.numbers.get(word) or self.ordinals[word]

    def direction(self, word: str | None) -> int:
        """-1 for "dernier"/"last", +1 for "prochain"/"next", 0 for "ce"/"this" or nothing."""
        return 0 if word is None else self.directions.get(word, 0)


# Handlers: one per kind of expression; each reads the named groups of its patterns ---------


def _year(m: re.Match[str]) -> int | None:
    year = m.groupdict().get("year")
    return None if year is None else int(year)


def _shift_day(lang: _Language, m: re.Match[str]) -> Node:
    return Shift("days", lex.DAY_OFFSETS[lang.code][m["word"]])


def _ago(lang: _Language, m: re.Match[str]) -> Node:
    return Shift(lex.UNITS[lang.code][m["unit"]], -lang.count(m["n"]))


def _later(lang: _Language, m: re.Match[str]) -> Node:
    return Shift(lex.UNITS[lang.code][m["unit"]], lang.count(m["n"]))


def _numeric(lang: _Language, m: re.Match[str]) -> Node:
    first, second = int(m["a"]), int(m["b"])
    day, month = (first, second) if lang.code == lex.FRENCH else (second, first)
    return Cal(Kind.DAY, _year(m), month, day, weekday=lang.weekday(m["wd"]))


def _date(lang: _Language, m: re.Match[str]) -> Node | None:
    anchor = lang.direction(m.groupdict().get("dir"))
    return Cal(
        Kind.DAY,
        _year(m),
        lang.month(m["month"]),
        lang.day(m["day"]),
        weekday=lang.weekday(m["wd"]),
        anchor=anchor,
    )


def _day_only(lang: _Language, m: re.Match[str]) -> Node:
    return Cal(Kind.DAY, day=lang.day(m["day"]), weekday=lang.weekday(m["wd"]))


def _month(lang: _Language, m: re.Match[str]) -> Node:
    anchor = lang.direction(m.groupdict().get("dir"))
    return Cal(Kind.MONTH, _year(m), lang.month(m["month"]), anchor=anchor)


def _year_node(lang: _Language, m: re.Match[str]) -> Node:
    return Cal(Kind.YEAR, _year(m))


def _period(lang: _Language, m: re.Match[str]) -> Node:
    return Period(lex.PERIODS[lang.code][m["unit"]], lang.direction(m.groupdict().get("dir")))


def _weekday(lang: _Language, m: re.Match[str]) -> Node:
    weekday = lang.weekday(m["wd"])
    assert weekday is not None
    return Weekday(weekday, lang.direction(m.groupdict().get("dir")))


def _numbered(kind: Kind, most: int) -> _Handler:
    def handler(lang: _Language, m: re.Match[str]) -> Node | None:
        groups = m.groupdict()
        index = int(groups["idx"]) if groups.get("idx") else lang.ordinal(groups["ord"])
        return Cal(kind, _year(m), number=index) if 1 <= index <= most else None

    return handler


def _season(lang: _Language, m: re.Match[str]) -> Node | None:
    year = _year(m)
    if m["year2"] is not None and year is not None:
        following = int(m["year2"])
        if following not in (year + 1, (year + 1) % 100):
            return None
    anchor = lang.direction(m["dir"])
    if anchor and year is not None:
        return None
    season = lex.SEASONS[lang.code][m["season"]]
    return Cal(Kind.SEASON, year, number=season, anchor=anchor)


# Pattern pieces ----------------------------------------------------------------------------


def _pieces(code: str, info: parserinfo) -> dict[str, str]:
    months = _names(info.MONTHS)
    weekdays = _names(info.WEEKDAYS)
    return {
        "M": rf"(?P<month>{_alt(months)})\.?",
        "WD": rf"(?P<wd>{_alt(weekdays)})\.?",
        "Y": r"(?P<year>\d{4})",
        "N": rf"(?P<n>\d{{1,4}}|{_alt(lex.NUMBERS[code])})",
        "UNIT": rf"(?P<unit>{_alt(lex.UNITS[code])})",
        "ORD": rf"(?P<ord>{_alt(lex.ORDINALS[code])}|\d(?:st|nd|rd|th|er|e|eme))",
        "SEASON": rf"(?P<season>{_alt(lex.SEASONS[code])})",
        "SHIFT": rf"(?P<word>{_alt(lex.DAY_OFFSETS[code])})",
        "PART": rf"(?P<part>{_alt(lex.PARTS[code])})",
        "DIR": rf"(?P<dir>{_alt(lex.DIRECTIONS[code])})",
        "THIS": rf"(?:{_alt(lex.CURRENT[code])})",
        "PERIOD": rf"(?P<unit>{_alt(lex.PERIODS[code])})",
        "FILLERS": rf"^{_leading(lex.FILLERS[code])}*",
    }


def _ranges(code: str) -> list[tuple[str, str]]:
    return [(_leading(heads), rf" (?:{_alt(seps)}) ") for heads, seps in lex.RANGES[code]]


def _french() -> _Language:
    info = lex.FrenchInfo()
    p = _pieces(lex.FRENCH, info)
    day = rf"(?P<day>\d{{1,2}}(?:er)?|premier|{_alt(lex.NUMBERS[lex.FRENCH])})"
    later = p["DIR"]
    of_year = rf"(?: (?:de l'annee |de |d'|en )?{p['Y']})?"

    def numbered(noun: str, letter: str) -> tuple[str, str]:
        return rf"{p['ORD']} {noun}{of_year}", rf"{letter}(?P<idx>\d)(?:(?: |-){p['Y']})?"

    rules: list[tuple[str, _Handler]] = [
        (p["SHIFT"], _shift_day),
        (rf"il y a {p['N']} {p['UNIT']}", _ago),
        (rf"dans {p['N']} {p['UNIT']}", _later),
        (
            rf"(?:{p['WD']} )?(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){p['Y']}",
            _numeric,
        ),
        (rf"(?:{p['WD']} )?{day} {p['M']}(?: {p['Y']}| {later})?", _date),
        (rf"(?:mois d(?:e |'))?{p['M']}(?: (?:de l'annee |de )?{p['Y']}| {later})?", _month),
        (rf"(?:annee |an )?{p['Y']}", _year_node),
        (rf"{p['PERIOD']} {later}", _period),
        (rf"{p['THIS']} {p['PERIOD']}(?:-ci| ci)?", _period),
        (rf"{p['PERIOD']} en cours", _period),
        (rf"(?:{p['THIS']} )?{p['WD']}(?: {later})?", _weekday),
        *((rx, _numbered(Kind.QUARTER, 4)) for rx in numbered("trimestre", "t")),
        *((rx, _numbered(Kind.HALF, 2)) for rx in numbered("semestre", "s")),
        (
            rf"{p['SEASON']}(?: (?:de |d')?{p['Y']}(?:[-/](?P<year2>\d{{4}}|\d{{2}}))?| {later})?",
            _season,
        ),
    ]
    return _Language(
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


def _english() -> _Language:
    info = lex.EnglishInfo()
    p = _pieces(lex.ENGLISH, info)
    day = rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|{_alt(lex.ORDINALS[lex.ENGLISH])})"
    of_year = rf"(?: (?:of )?{p['Y']})?"

    def numbered(noun: str, letter: str) -> tuple[str, str]:
        return rf"{p['ORD']} {noun}{of_year}", rf"{letter}(?P<idx>\d)(?:(?: of | |-){p['Y']})?"

    rules: list[tuple[str, _Handler]] = [
        (p["SHIFT"], _shift_day),
        (rf"{p['N']} {p['UNIT']} ago", _ago),
        (rf"{p['N']} {p['UNIT']} from now", _later),
        (
            rf"(?:{p['WD']} )?(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){p['Y']}",
            _numeric,
        ),
        (rf"(?:{p['WD']} )?{p['M']} (?:the )?{day}(?: {p['Y']})?", _date),
        (rf"(?:{p['WD']} )?(?:the )?{day}(?: of)? {p['M']}(?: {p['Y']})?", _date),
        (rf"{p['M']}{of_year}", _month),
        (rf"{p['DIR']} {p['M']}", _month),
        (rf"(?:year )?{p['Y']}", _year_node),
        (rf"{p['DIR']} {p['PERIOD']}", _period),
        (rf"(?:{p['DIR']} )?{p['WD']}", _weekday),
        *((rx, _numbered(Kind.QUARTER, 4)) for rx in numbered("quarter", "q")),
        *((rx, _numbered(Kind.HALF, 2)) for rx in numbered("half", "h")),
        (
            rf"(?:{p['DIR']} )?{p['SEASON']}"
            rf"(?: (?:of )?{p['Y']}(?:[-/](?P<year2>\d{{4}}|\d{{2}}))?)?",
            _season,
        ),
    ]
    return _Language(
        lex.ENGLISH,
        info,
        fillers=p["FILLERS"],
        part=rf"{p['PART']}(?:\s*-\s*|\s+)(?:of\s+)?",
        rules=rules,
        raw_rules=[(rf"(?:in|within) {p['N']} {p['UNIT']}", _later)],
        day_only=rf"(?:{p['WD']} )?(?:the )?{day}",
        bare_year=r"year",
        ranges=_ranges(lex.ENGLISH),
    )


class _Grammars(Mapping[str, _Language]):
    """The grammar of each language, built (its patterns compiled) on first use: a command
    that reads no date expression, such as `state --as-of 2024-03`, does not pay for them.
    """

    def __init__(self, builders: dict[str, Callable[[], _Language]]) -> None:
        self._builders = builders
        self._built: dict[str, _Language] = {}

    def __getitem__(self, code: str) -> _Language:
        if code not in self._built:
            self._built[code] = self._builders[code]()
        return self._built[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


GRAMMARS: Mapping[str, _Language] = _Grammars({lex.FRENCH: _french, lex.ENGLISH: _english})
