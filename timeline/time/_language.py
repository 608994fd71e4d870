"""A language of the grammar (`Language`): its compiled patterns, how it parses folded text
into a node, and the words it reads numbers and names from; and the handlers, one per kind of
expression, that turn a pattern's match into a node.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeAlias

from dateutil.parser import parserinfo

from timeline.time import lexicon as lex
from timeline.time._tree import Cal, Kind, Node, Period, Range, Shift, Weekday

Handler: TypeAlias = Callable[["Language", "re.Match[str]"], "Node | None"]


class Language:
    """The patterns of one language and the lexicon its handlers read numbers and names from."""

    def __init__(
        self,
        code: str,
        info: parserinfo,
        *,
        fillers: str,
        part: str,
        rules: list[tuple[str, Handler]],
        raw_rules: list[tuple[str, Handler]],
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
            return day_only(self, m)
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


def _shift(lang: Language, m: re.Match[str]) -> int | None:
    """The years a relative year moves from the reference's ("of last year" -1, "de cette
    année" 0), None when the words name no relative year.
    """
    groups = m.groupdict()
    if groups.get("ythis"):
        return 0
    word = groups.get("yrel")
    return None if word is None else lang.direction(word)


def shift_day(lang: Language, m: re.Match[str]) -> Node:
    return Shift("days", lex.DAY_OFFSETS[lang.code][m["word"]])


def ago(lang: Language, m: re.Match[str]) -> Node:
    return Shift(lex.UNITS[lang.code][m["unit"]], -lang.count(m["n"]))


def later(lang: Language, m: re.Match[str]) -> Node:
    return Shift(lex.UNITS[lang.code][m["unit"]], lang.count(m["n"]))


def numeric(lang: Language, m: re.Match[str]) -> Node:
    first, second = int(m["a"]), int(m["b"])
    day, month = (first, second) if lang.code == lex.FRENCH else (second, first)
    return Cal(Kind.DAY, _year(m), month, day, weekday=lang.weekday(m["wd"]))


def date(lang: Language, m: re.Match[str]) -> Node | None:
    anchor = lang.direction(m.groupdict().get("dir"))
    return Cal(
        Kind.DAY,
        _year(m),
        lang.month(m["month"]),
        lang.day(m["day"]),
        weekday=lang.weekday(m["wd"]),
        anchor=anchor,
    )


def day_only(lang: Language, m: re.Match[str]) -> Node:
    return Cal(Kind.DAY, day=lang.day(m["day"]), weekday=lang.weekday(m["wd"]))


def month(lang: Language, m: re.Match[str]) -> Node:
    anchor = lang.direction(m.groupdict().get("dir"))
    return Cal(Kind.MONTH, _year(m), lang.month(m["month"]), anchor=anchor, shift=_shift(lang, m))


def year_node(lang: Language, m: re.Match[str]) -> Node:
    return Cal(Kind.YEAR, _year(m))


def year_pair(lang: Language, m: re.Match[str]) -> Node | None:
    """Two years joined by a dash or a slash ("2010-2015"; "2018/2019", "2018/19", a
    financial year across two): from the start of the first to the end of the second, which
    comes later and at most ten years after. A second year in two digits must be the next one,
    and after a dash past 12, or "2011-12" would be December 2011 ("2011/12" is a year pair).
    """
    first = int(m["year"])
    written = m["year2"]
    second = int(written)
    if len(written) == 2:
        slash = "/" in m.group()
        if second != (first + 1) % 100 or (second <= 12 and not slash):
            return None
        second = first + 1
    if not first < second <= first + _YEARS_APART:
        return None  # "Regulation (EU) 2022/2065" is a number, not a span
    return Range(Cal(Kind.YEAR, first), Cal(Kind.YEAR, second))


_YEARS_APART = 10
"""The most years two joined years may be apart and still name a span."""


def period(lang: Language, m: re.Match[str]) -> Node:
    return Period(lex.PERIODS[lang.code][m["unit"]], lang.direction(m.groupdict().get("dir")))


def side_period(lang: Language, m: re.Match[str]) -> Node:
    """The days of the current week, month or year before the reference date ("earlier this
    month", "plus tôt cette année") or after it ("later this year").
    """
    side = lex.SIDES[lang.code][" ".join(m["side"].split())]
    return Period(lex.PERIODS[lang.code][m["unit"]], 0, side=side)


def weekday(lang: Language, m: re.Match[str]) -> Node:
    weekday = lang.weekday(m["wd"])
    assert weekday is not None
    return Weekday(weekday, lang.direction(m.groupdict().get("dir")))


def numbered(kind: Kind, most: int) -> Handler:
    def handler(lang: Language, m: re.Match[str]) -> Node | None:
        groups = m.groupdict()
        index = int(groups["idx"]) if groups.get("idx") else lang.ordinal(groups["ord"])
        if not 1 <= index <= most:
            return None
        return Cal(kind, _year(m), number=index, shift=_shift(lang, m))

    return handler


def season(lang: Language, m: re.Match[str]) -> Node | None:
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
