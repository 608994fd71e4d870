"""Tags of the tagger that TimeML does not count as time: ages ("87 ans", "the
six-year-old boy"), rates after an amount, an ordinal "second", "Sun" without a dot, compounds
of comparison ("quarter-to-quarter").
"""

from __future__ import annotations

import re

from timeline.extract._timeml_base import Item
from timeline.extract.tagger import TagKind
from timeline.time import lexicon as lex

__all__ = ["dropped", "not_time"]


_AGE_BEFORE = {
    lex.FRENCH: re.compile(r"(?:,|\(|-|\bage(?:e|s|es)? de|\bl'age de|\bages? de)\s*$"),
    lex.ENGLISH: re.compile(r"(?:\baged?)\s*$"),
}
_AGE_AFTER = {lex.ENGLISH: re.compile(r"^[\s-]*old\b")}
_PERSON_AGE = re.compile(
    r"[\s-]*old\s+(?:boys?|girls?|sons?|daughters?|child|children|kids?|babies|baby|infants?"
    r"|m[ae]n|wom[ae]n|brothers?|sisters?|grandsons?|granddaughters?|nephews?|nieces?)\b"
)
"""An age of a person in words ("the six-year-old boy"), not an expression of time."""
_RATE = re.compile(r"^(?:a|an|un|une)\s+(?:year|month|week|day|hour|an|mois|semaine|jour)$")
_AMOUNT = re.compile(
    r"(?:\d|\bmillion|\bbillion|\bmilliards?|\bmillions?)[\w%$€.,]*\s+(?:\w+\s+)?$"
)
_SECOND = re.compile(r"^(?:a|une)\s+second[e]?$")
_AFTER_SECOND = re.compile(r"^\s+(?:later|after|before|ago|earlier|plus tard|apres|avant)\b")
_ABBREVIATED_DAYS = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs"})
_ABBREVIATED_DAYS |= frozenset({"fri", "sat", "sun"})


def dropped(item: Item, text: str, folded: str, lang: str) -> bool:
    """True for a tag that TimeML does not count as time: an age, a rate, an ordinal..."""
    words = folded[item.start : item.end]
    before, after = folded[max(0, item.start - 12) : item.start], folded[item.end : item.end + 8]
    if item.kind is TagKind.DURATION:
        age = _AGE_BEFORE[lang].search(before) or (
            lang == lex.ENGLISH and _AGE_AFTER[lang].match(after)
        )
        if age and re.match(r"\d+\s+(?:ans|years?)$", words):
            return True
        if lang == lex.ENGLISH and _PERSON_AGE.match(folded, item.end):
            return True  # "the six-year-old boy", "their 6-month-old son": an age
        if _RATE.match(words) and _AMOUNT.search(folded[max(0, item.start - 30) : item.start]):
            return True
        if _SECOND.match(words) and not _AFTER_SECOND.match(folded[item.end : item.end + 12]):
            return True
        if lang == lex.ENGLISH and re.match(r"-(?:ago|earlier)\b", after):
            return True  # "a year-earlier loss": the adjective "year-earlier" is the date
    if item.kind is TagKind.DATE and words in _ABBREVIATED_DAYS:
        return text[item.end : item.end + 1] != "."
    return False


_COMPARISON = re.compile(r"\b(?P<w>[a-z]+)-to-(?P=w)\b")
"""A compound of comparison ("quarter-to-quarter", "year-to-year"), which names no time."""


def not_time(item: Item, folded: str) -> bool:
    """True for a word of a compound of comparison ("the quarter-to-quarter comparison")."""
    near = _COMPARISON.finditer(folded, max(0, item.start - 24), item.end + 24)
    return any(m.start() < item.end and item.start < m.end() for m in near)
