"""Running text as the extractors read it: folded without moving offsets, cut into sentences.

`fold` (`timeline.text`) maps every character to exactly one character (lower case, no accents,
plain apostrophes and dashes), so an offset in the folded text is the same offset in the
original. Sentences end
at `.`, `!`, `?` or a line break, but not after a one-letter or abbreviated word ("M.", "févr.").
"""

from __future__ import annotations

import re

import attrs

from timeline.text import fold

__all__ = ["Sentence", "fold", "guess_language", "sentences"]

_COMMON = {
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "un",
            "une",
            "et",
            "est",
            "sont",
            "a",
            "au",
            "aux",
            "dans",
            "pour",
            "par",
            "sur",
            "avec",
            "qui",
            "que",
            "ne",
            "pas",
            "plus",
            "ce",
            "cette",
            "il",
            "elle",
            "ont",
            "été",
            "sa",
            "son",
            "ses",
            "leur",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "of",
            "to",
            "in",
            "is",
            "are",
            "was",
            "were",
            "has",
            "have",
            "had",
            "for",
            "on",
            "with",
            "by",
            "that",
            "which",
            "it",
            "its",
            "from",
            "at",
            "as",
            "be",
            "this",
            "their",
            "said",
        ]
    ),
}


def guess_language(text: str) -> str:
    """Guess "fr" or "en": the language whose most common words the text uses more (English on a
    tie), for a batch of articles given without `--lang`.
    """
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    fr = sum(1 for w in words if w in _COMMON["fr"])
    en = sum(1 for w in words if w in _COMMON["en"])
    return "fr" if fr > en else "en"


@attrs.frozen
class Sentence:
    """A sentence of a text: its character range and the paragraph it belongs to (from 0)."""

    start: int
    end: int
    paragraph: int


_BREAK = re.compile(
    r"[.!?]+(?:[ \u00a0\u202f]?[»\"”)])*(?=\s)|\n"
    # wire copy that lost the space after a stop: "5 millions.Le groupe", "au 30 juin
    # 2024.Il", "en hausse de 5%.Le" (a decimal point has a digit after it, never a word)
    r"|(?:(?<=[^\W\d_][^\W\d_A-Z])|(?<=[\d%)]))[.!?](?=[A-ZÀ-Ý][^\W\d_A-Z])"
    # a list of labelled figures that lost its line breaks: "... versus 22 cents expected
    # Revenue: $14.16 billion versus ..."
    r"|(?<=[a-z\d%] )(?=(?:Revenues?|Net (?:income|loss|sales|profit)|Sales|Earnings per share"
    r"|EPS|Operating (?:income|loss|profit)|Adjusted EBITDA|EBITDA|Chiffre d'affaires"
    r"|Résultat (?:net|opérationnel)) ?: )"
)
_ABBREVIATION = re.compile(
    r"(?:\b\w|\bm|\bmme|\bmr|\bmrs|\bdr|\bst|\bjanv|\bfevr|\bfev|\bavr|\bjuil|\bsept|\boct|\bnov"
    r"|\bdec|\bjan|\bfeb|\bfebr|\bmar|\bapr|\bjun|\bjul|\baug|\bsep|\bvs|\betc|\bno|\bp"
    r"|\binc|\bcorp|\bltd|\bco|\bplc|\bllc|\bcie|\bbros)\.$"
)


FORM_ABBREVIATIONS = frozenset({"Pvt", "Co", "Corp", "Mfg", "Intl"})
"""Abbreviated words of a legal form that a full stop does not end ("Pvt. Ltd")."""
FORMS_AFTER = frozenset({"Ltd", "LLC", "Inc", "Pvt"})
"""Words of a legal form that go on after such an abbreviation ("Globex Co. Ltd."): not
"Limited" nor "Corporation", which may open the next sentence."""
_FORM_WORDS = re.compile(r"(\w+)\.\s+(\w+)")


def _form_goes_on(text: str, stop: int) -> bool:
    """True when the full stop at `stop` ends an abbreviated legal form that goes on
    ("Globex Pvt. Ltd", "Initech Co. Ltd."): no end of sentence.
    """
    begin = text.rfind(" ", 0, stop) + 1
    m = _FORM_WORDS.match(text, begin)
    return (
        m is not None
        and m.end(1) == stop
        and m.group(1) in FORM_ABBREVIATIONS
        and m.group(2) in FORMS_AFTER
    )


_TITLE = re.compile(
    r"(?:\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof|St|Me|Sr|Jr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Rev|Hon"
    r"|Atty|Supt)|(?<![\w.])[A-Z])\.$"
)
"""A title or an initial before a name ("Gov. Jane Doe", "J. K. Doe"): its stop ends no
sentence."""


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text` in order, trimmed; a blank line ends a paragraph."""
    folded = fold(text)
    out: list[Sentence] = []
    paragraph = 0
    start = 0
    for m in _BREAK.finditer(text):
        if m.group() != "\n" and _TITLE.search(text, max(0, m.start() - 6), m.end()):
            continue  # "M. Dupont", "Dr. Smith", "J. K. Doe": a title or an initial
        if m.group() != "\n" and _form_goes_on(text, m.start()):
            continue  # "Globex Pvt. Ltd, a taxi platform": one name
        if m.group() != "\n" and _ABBREVIATION.search(folded, max(0, m.start() - 6), m.end()):
            nxt = text[m.end() : m.end() + 2].strip()
            if not nxt or not nxt[0].isupper():
                continue
        _add(text, start, m.end() if m.group() != "\n" else m.start(), paragraph, out)
        if m.group() == "\n" and text[m.end() : m.end() + 1] in ("\n", ""):
            paragraph += 1
        start = m.end()
    _add(text, start, len(text), paragraph, out)
    return out


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, paragraph))
