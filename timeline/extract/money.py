"""Amounts of money in running text: "2 milliards de dollars", "$2 billion", "1,5 Md€", "€300m",
"trois milliards d'euros".

`amounts(text, lang)` finds each amount with its offsets, its value in whole units and an ISO
4217 currency code. A qualifier before it ("quelque", "environ", "about", "more than") is kept
as a short English label, the one `valuation_reported` prints.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import attrs

from timeline.extract._text import fold

__all__ = ["Amount", "amounts", "counts"]


@attrs.frozen
class Amount:
    """An amount of money found at `text[start:end]`: its whole `value`, and its `exact`
    decimal numeral when it has decimals of its own ("$41.80" is 41 and "41.80"; "$2.5
    billion" is 2500000000 and None).
    """

    start: int
    end: int
    value: int
    currency: str
    qualifier: str | None = None
    exact: str | None = None


ISO_CODES = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "KRW",
    "BRL", "ZAR", "RUB", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "MXN", "AED", "SAR", "QAR",
    "KWD", "MAD", "DZD", "TND", "EGP", "NGN", "KES", "XOF", "XAF", "TWD", "THB", "IDR", "MYR",
    "VND", "UAH", "BGN",
)  # fmt: skip
"""ISO 4217 codes of the currencies the press names most, written in capitals before or after an
amount ("USD 78.50", "939 millions MAD"); codes that are also words ("TRY", "COP", "PHP",
"ILS") are left out."""

_CURRENCIES = {
    "dollars americains": "USD",
    "dollars us": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "livres sterling": "GBP",
    "livres": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "gbp": "GBP",
    "£": "GBP",
    "francs suisses": "CHF",
    "chf": "CHF",
    "yens": "JPY",
    "yen": "JPY",
    "jpy": "JPY",
    "¥": "JPY",
    "yuans": "CNY",
    "yuan": "CNY",
    "cny": "CNY",
    "renminbi": "CNY",
    "dollars canadiens": "CAD",
    "canadian dollars": "CAD",
    "dollars australiens": "AUD",
    "australian dollars": "AUD",
    "dollars de hong kong": "HKD",
    "hong kong dollars": "HKD",
    "dollars de singapour": "SGD",
    "singapore dollars": "SGD",
    "dirhams": "MAD",
    "dirham": "MAD",
    "roupies": "INR",
    "roupie": "INR",
    "rupees": "INR",
    "rupee": "INR",
    "reais": "BRL",
    "roubles": "RUB",
    "rubles": "RUB",
    "francs cfa": "XOF",
    "couronnes suedoises": "SEK",
    "swedish kronor": "SEK",
    "couronnes norvegiennes": "NOK",
    "norwegian kroner": "NOK",
    "couronnes danoises": "DKK",
    "danish kroner": "DKK",
    "zlotys": "PLN",
    "zloty": "PLN",
    "livres turques": "TRY",
    "turkish lira": "TRY",
    "pesos mexicains": "MXN",
    "mexican pesos": "MXN",
    **{code.lower(): code for code in ISO_CODES},
}
_PREFIXES = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "rs.": "INR",
    "rs": "INR",
    "₹": "INR",
    **{code.lower(): code for code in ISO_CODES},
}
"""Signs and codes written before an amount ("$2 billion", "C$5m", "Rs 958", "USD 78.50")."""
_SCALES = {
    "mille": 10**3,
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "md": 10**9,
    "mds": 10**9,
    "mrd": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "trillion": 10**12,
    "trillions": 10**12,
    "tn": 10**12,
}
_COMBINED = {
    "me": (10**6, "EUR"),
    "meur": (10**6, "EUR"),
    "mde": (10**9, "EUR"),
    "mdse": (10**9, "EUR"),
    "mdeur": (10**9, "EUR"),
    "mrde": (10**9, "EUR"),
    "ke": (10**3, "EUR"),
    "keur": (10**3, "EUR"),
}
"""Scale and currency in one abbreviation ("ME": millions of euros), after a number."""
_QUALIFIERS = {
    "quelque": "about",
    "environ": "about",
    "pres de": "nearly",
    "autour de": "about",
    "plus de": "more than",
    "moins de": "less than",
    "jusqu'a": "up to",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "approximately": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "more than": "more than",
    "over": "more than",
    "less than": "less than",
    "up to": "up to",
}


_WORD_NUMBERS = {
    "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
    "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8,
    "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "douze": 12, "twelve": 12,
    "quinze": 15, "fifteen": 15, "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30,
    "cinquante": 50, "fifty": 50, "cent": 100, "hundred": 100,
}  # fmt: skip
"""Numbers written in words, read only before a scale and a currency ("trois milliards
d'euros", "a billion dollars", "two million pounds")."""
_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:half|moitie|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")[\s-]+$"
)
"""A number word just before another ("two hundred", "vingt-cinq", "half a"): a compound
number, which is not read, rather than misread from its last word."""
_BIG = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
        "billion": 10**9, "billions": 10**9, "trillion": 10**12}  # fmt: skip


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:[ \u202f\u00a0.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = rf"(?:{_alt(list(_SCALES))})"
_CODES = frozenset(code.lower() for code in ISO_CODES) - {"usd", "eur", "gbp", "chf", "jpy", "cny"}
"""The codes read only in capitals (the six most common are read however written)."""
_CUR = rf"(?:{_alt(list(_CURRENCIES))})"
_PRE = rf"(?:{_alt(list(_PREFIXES))})"
_QUAL = rf"(?:(?P<qual>{_alt(list(_QUALIFIERS))})\s+)?"
_PATTERN = re.compile(
    rf"{_QUAL}(?:"
    # "2 milliards de dollars", "300 millions d'euros", "1,5 Md€", "2 billion dollars"
    rf"(?P<num>{_NUMBER})\s*(?:(?P<scale>{_SCALE})\.?\s*(?:de\s+|d')?)?(?P<cur>{_CUR})(?!\w)"
    # "$2 billion", "€300m", "£1.2bn"
    rf"|(?:(?<![^\W\d_])(?=[^\W\d_])|(?<![$])(?=[^\w\s]))(?P<cur2>{_PRE})\s?(?P<num2>{_NUMBER})"
    rf"\s*(?P<scale2>{_SCALE})?(?!\w)"
    # the French financial press's "426,38 ME", "2 MdsE", "800 KEUR"
    rf"|(?P<num3>{_NUMBER})\s?(?P<combo>{_alt(list(_COMBINED))})(?![\w€])"
    # "trois milliards d'euros", "a billion dollars"
    rf"|(?<![\w-])(?P<word>{_alt(list(_WORD_NUMBERS))})\s+(?P<big>{_alt(list(_BIG))})"
    rf"\s+(?:de\s+|d')?(?P<cur4>{_CUR})(?!\w)"
    # "57 cents a share", "45 centimes d'euro": a hundredth of a dollar or a euro
    r"|(?<![\w.,])(?P<num5>\d{1,2}(?:\.\d+)?)\s?(?P<hundredth>cents?|centimes?)(?![\w-])"
    ")"
)
_HUNDREDTHS = {"cent": "USD", "cents": "USD", "centime": "EUR", "centimes": "EUR"}
"""The hundredths a price per share may be told in, and their currencies: "cents" only in
English, where it is no plural of "cent" (a hundred in French)."""


def amounts(text: str, lang: str) -> list[Amount]:
    """The amounts of money in `text`; decimal commas in French, decimal points in English."""
    folded = fold(text)
    out = []
    for m in _PATTERN.finditer(folded):
        if m["hundredth"]:
            if lang != "en" and m["hundredth"].startswith("cent") and "centime" not in m[0]:
                continue  # "trois cents": a hundred in French
            value = _number(m["num5"], lang) / 100
            currency = _HUNDREDTHS[m["hundredth"]]
            out.append(Amount(m.start("num5"), m.end(), 0, currency, None, str(value)))
            continue
        if m["combo"]:
            size, currency = _COMBINED[m["combo"]]
            value = _number(m["num3"], lang) * size
        elif m["word"]:
            if _NUMBER_WORD_BEFORE.search(folded, 0, m.start()):
                continue  # "two hundred million", "vingt-cinq millions": not read in words
            currency = _CURRENCIES[m["cur4"]]
            value = Decimal(_WORD_NUMBERS[m["word"]] * _BIG[m["big"]])
        else:
            number = m["num"] or m["num2"]
            scale = m["scale"] or m["scale2"]
            currency = _CURRENCIES[m["cur"]] if m["cur"] else _PREFIXES[m["cur2"]]
            value = _number(number, lang) * _SCALES.get(scale or "", 1)
        code = m["cur"] or m["cur2"] or m["cur4"]
        at = m.start("cur") if m["cur"] else m.start("cur2") if m["cur2"] else m.start("cur4")
        if code in _CODES and not text[at : at + 3].isupper():
            continue  # a code is written in capitals: "cad" or "mad" is a word
        if code in ("rs", "rs.") and text[at : at + 2] != "Rs":
            continue  # rupees are "Rs": "RS 5" is a car
        if value <= 0:
            continue
        qualifier = _QUALIFIERS[m["qual"]] if m["qual"] else None
        start = (
            m.start("qual")
            if m["qual"]
            else m.start("num")
            if m["num"]
            else m.start("num3")
            if m["num3"]
            else m.start("word")
            if m["word"]
            else m.start("cur2")
        )
        exact = None if value == int(value) else str(value)
        out.append(Amount(start, m.end(), int(value), currency, qualifier, exact))
    return out


_COUNT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})(?![\d.,]?\d)(?:\s*(?P<scale>mille|thousand|millions?|milliards?|billion"
    rf"|k|m|bn)(?![\w]))?(?!\s*(?:%|pour ?cent|percent|per cent|ans|years))"
)


def counts(text: str, lang: str) -> list[tuple[int, int, int]]:
    """The counts in `text` that are not amounts of money, percentages or ages, as
    `(start, end, value)`: "1.680 postes", "2 millions d'utilisateurs", "14,000 jobs".
    """
    folded = fold(text)
    money = [(a.start, a.end) for a in amounts(text, lang)]
    out = []
    for m in _COUNT.finditer(folded):
        if any(a <= m.start() < b for a, b in money):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m["num"]) and not m["scale"]:
            continue  # a year
        value = _number(m["num"], lang) * _SCALES.get(m["scale"] or "", 1)
        if value > 0 and value == int(value):
            out.append((m.start(), m.end(), int(value)))
    return out


def _number(digits: str, lang: str) -> Decimal:
    """A number as written: "1,5" in French, "1.5" or "1,500" in English, "2 000" in both."""
    compact = re.sub(r"[ \u202f\u00a0]", "", digits)
    decimal, group = (",", ".") if lang == "fr" else (".", ",")
    if re.fullmatch(rf"\d{{1,3}}(?:\{group}\d{{3}})+(?:\{decimal}\d+)?", compact):
        compact = compact.replace(group, "")
    compact = compact.replace(decimal, ".")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return Decimal(0)
