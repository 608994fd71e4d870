"""The tense of the clause a date expression stands in, by rules on verb forms.

Past is the default. French futur simple ("se réunira", "sera"), `aller` + infinitive ("va
lancer"), `devoir` + infinitive ("doit se réunir", "devrait durer") and words of plans or
forecasts ("prévu", "attendu"); English `will`, `'ll`, `shall`, `going to`, `set to`, `due`,
`expected`, `scheduled`, `forecast`: these mean future. A clause is the stretch between
punctuation and subordinating words around the expression; when it has no verb ("Mardi, le
conseil se réunira"), the next clause of the sentence decides, then the one before.
"""

from __future__ import annotations

import bisect
import itertools
import re

from timeline.extract._function_words import FRENCH_DETERMINERS
from timeline.extract._text import fold
from timeline.time import lexicon as lex
from timeline.time.normalize import Tense

__all__ = ["ClauseReader", "clause_tense", "plans", "told_before", "verb_tense"]

_FR_FUTURE_END = re.compile(r"(?:rai|ras|ra|rons|rez|ront)$")
_FR_NOT_FUTURE = frozenset(
    [
        "vrai",
        "frai",
        "bras",
        "gras",
        "embarras",
        "cadras",
        "tiras",
        "opera",
        "camera",
        "extra",
        "ultra",
        "cobra",
        "mantra",
        "sierra",
        "terra",
        "para",
        "sahara",
        "agora",
        "flora",
        "zebra",
        "algebra",
        "libra",
        "tiara",
        "front",
        "affront",
        "environs",
        "citrons",
        "marrons",
        "patrons",
        "potirons",
        "chaperons",
        "biberons",
        "escadrons",
        "fleurons",
        "perrons",
        "larrons",
        "heure",
        "entre",
        "contre",
        "notre",
        "votre",
        "autre",
        "outre",
        "encore",
        "lettre",
        "centre",
        "ordre",
        "nombre",
        "membre",
        "apres",
        "libre",
        "propre",
        "quatre",
        "chiffre",
        "offre",
        "titre",
        "mettre",
    ]
)
_FR_ALLER = frozenset(["vais", "vas", "va", "allons", "allez", "vont"])
_FR_DEVOIR = frozenset(["doit", "doivent", "devrait", "devraient", "devra", "devront"])
_FR_PLANS = frozenset(
    [
        "prevu",
        "prevue",
        "prevus",
        "prevues",
        "prevoit",
        "prevoient",
        "attendu",
        "attendue",
        "attendus",
        "attendues",
        "programme",
        "programmee",
        "programmes",
        "programmees",
        "apprete",
        "appretent",
    ]
)
_FR_DEGREE = frozenset(["tres", "tant", "si", "plus", "longtemps", "tellement", "fort", "moins"])
"""Adverbs of degree: before "attendu" they make it an adjective ("très attendue")."""
_FR_SKIP = frozenset(
    [
        "ne",
        "n'",
        "pas",
        "se",
        "s'",
        "y",
        "en",
        "le",
        "la",
        "les",
        "lui",
        "leur",
        "bientot",
        "encore",
        "d'ici",
    ]
)
_FR_PAST = re.compile(
    r"^(?:a|ont|avait|avaient|eut|eurent|est|sont|etait|etaient|fut|furent|as|ai|avons|avez"
    r"|a-t-il|a-t-elle|a-t-on|avait-il|avait-elle)$"
    r"|^[^\W\d_]{3,}(?:ait|aient)$"
)
_FR_PARTICIPLE = re.compile(r"^[^\W\d_]{2,}(?:é|ée|és|ées)$")
_FR_INFINITIVE_PAST = frozenset(["avoir", "d'avoir", "etre", "d'etre"])
_FR_IRREGULAR_PARTICIPLE = re.compile(
    r"^(?:acquis|conquis|repris|pris|compris|mis|remis|transmis|obtenu|detenu|retenu|conclu"
    r"|vendu|revendu|rendu|perdu|recu|concu|fait|refait|atteint|rejoint|ouvert|offert"
    r"|construit|produit|reduit|inscrit|ecrit|franchi|reuni|choisi|etabli|investi|fourni"
    r"|bati|saisi|reussi|subi|accru|cru|devenu|venu|parvenu|intervenu)(?:e|s|es)?$"
)
_EN_FUTURE = frozenset(
    [
        "will",
        "shall",
        "'ll",
        "won't",
        "due",
        "expected",
        "scheduled",
        "forecast",
        "forecasts",
        "upcoming",
        "slated",
    ]
)
_EN_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "new"])
_EN_PAST = re.compile(
    r"^(?:was|were|had|did|has|have|said|told|met|ran|rose|fell|began|won|lost|saw|left|got"
    r"|paid|sold|bought|built|hit|cut|spent|led|kept|brought|found|stood|wrote|spoke|became"
    r"|grew|drew|flew|threw|chose|broke|drove|took|gave|held|went|came|made|put|struck"
    r"|sought|fought|caught|thought|sent|felt|dealt|swore|sank|shrank|froze|shook|tore|quit)$"
    r"|^[a-z]{3,}ed$"
)
_BOUNDARY = re.compile(
    r"[,;:«»()\"“”]|\b(?:que|qu'|qui|dont|lorsque|quand|ou|car|mais|et|puis|tandis|alors"
    r"|that|which|who|when|while|but|and|because|whereas|although)\b"
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*'?|'ll|\d+")
_SENTENCE_END = re.compile(r"[.!?\n]")


def plans(word: str) -> bool:
    """True for a word of plans or forecasts ("prévu", "attendue", "expected", "due")."""
    plain = fold(word.lower())
    return plain in _FR_PLANS or plain in _EN_FUTURE


def verb_tense(words: list[str], lang: str, *, context: int = 0) -> Tense | None:
    """FUTURE or PAST when the lower-case `words` of a clause show a verb, else None; the
    first `context` words are only read as what comes before the others ("très" before
    "attendue"), not for a verb of their own.
    """
    plain = [fold(w) for w in words]
    return _VERDICTS[_verdict(words, plain, lang, context, len(words))]


_NONE, _PAST, _FUTURE = 0, 1, 2
_VERDICTS: tuple[Tense | None, ...] = (None, Tense.PAST, Tense.FUTURE)
_CONTEXT = 4
"""How many words after a word its reading looks at ("va" + up to four words + infinitive)."""


def _verdict(words: list[str], plain: list[str], lang: str, lo: int, hi: int) -> int:
    """The strongest reading among `words[lo:hi]`, each read in the context of all `words`."""
    best = _NONE
    for i in range(lo, hi):
        found = _reading(words, plain, i, lang)
        if found == _FUTURE:
            return _FUTURE
        best = max(best, found)
    return best


def _reading(words: list[str], plain: list[str], i: int, lang: str) -> int:
    """What word `i` says: future, past or nothing; it looks one word back, `_CONTEXT` ahead."""
    word = plain[i]
    previous = plain[i - 1] if i else ""
    if lang == lex.FRENCH:
        if words[i] == "à":
            return _NONE
        if word in _FR_PLANS and previous not in _FR_DEGREE:
            return _FUTURE  # "prévu", "attendue"; not "très attendue" (long-awaited)
        if word in _FR_ALLER or word in _FR_DEVOIR:
            rest = [w for w in plain[i + 1 : i + 1 + _CONTEXT] if w not in _FR_SKIP]
            if rest and re.search(r"(?:er|ir|re|oir)$", rest[0]):
                return _FUTURE
        if (
            len(word) >= 4
            and _FR_FUTURE_END.search(word)
            and word not in _FR_NOT_FUTURE
            and previous not in FRENCH_DETERMINERS
        ):
            return _FUTURE
        if word in _FR_INFINITIVE_PAST and i + 1 < len(plain):
            # "annonce avoir acquis", "se félicite d'être parvenue à": a past infinitive
            after = plain[i + 1]
            if _FR_IRREGULAR_PARTICIPLE.match(after) or _FR_PARTICIPLE.search(words[i + 1]):
                return _PAST
        participle = _FR_PARTICIPLE.search(_unprefixed(words[i]))
        if (_FR_PAST.search(word) or participle) and previous not in FRENCH_DETERMINERS:
            return _PAST
        return _NONE
    if word in _EN_FUTURE:
        return _FUTURE
    if word == "going" and plain[i + 1 : i + 2] == ["to"]:
        return _FUTURE
    if word in ("set", "plans", "plan", "planned") and plain[i + 1 : i + 2] == ["to"]:
        if word in ("plans", "plan") and (previous in _EN_DETERMINERS or _EN_PAST.search(previous)):
            return _NONE  # "outlined plans to", "its plan to": the noun, the verb is before
        return _FUTURE
    return _PAST if _EN_PAST.search(_unprefixed(word)) else _NONE


_PREFIX = re.compile(r"^(?:co|re|pre|ré|pré)-(?=[^\W\d_])")
"""A prefix written with a hyphen before a verb ("co-founded", "co-fondée", "re-elected")."""


def _unprefixed(word: str) -> str:
    """The verb of `word` without a hyphenated prefix: "co-founded" reads as "founded"."""
    return _PREFIX.sub("", word)


def clause_tense(text: str, start: int, end: int, lang: str, *, folded: str | None = None) -> Tense:
    """The tense of the clause around `text[start:end]`; PAST when nothing says otherwise."""
    return ClauseReader(text, folded=folded).tense(start, end, lang)


_TOLD_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bhave )(?<!\bsera )(?<!\bseront )(?<!\betre )"
    r"\b(?:said|announced|told \w+|reported|confirmed|disclosed|revealed|stated"
    r"|(?:a|ont|avait|avaient) (?:annonce|indique|precise|declare|affirme|confirme|dit"
    r"|fait savoir|revele))(?: on| le| ce)?\s+$"
)
"""A verb of telling in the past just before a date ("said Tuesday", "a annoncé ce mardi"),
not a passive or a future perfect ("will be announced Friday", "will have said Tuesday")."""


def told_before(folded: str, start: int) -> bool:
    """True when the date at `start` of the folded text comes right after a verb of telling
    in the past ("said Tuesday it will", "a annoncé mardi qu'il va"): the date is that
    verb's, in the past, whatever the tense of what was told.
    """
    return _TOLD_BEFORE.search(folded, max(0, start - 30), start) is not None


class ClauseReader:
    """`clause_tense` for many expressions of one text: each sentence is read once.

    A sentence runs between `.`, `!`, `?` or line breaks, and is cut into clauses at
    punctuation and subordinating words. An expression's clause is read without the expression
    ("mardi prochain" is no verb); a clause without a verb takes the tense of the next clause of
    the sentence that has one, then of the one before. Reading a sentence costs its length,
    once, and each expression then a few words more: a text of any length is read in linear time.
    """

    def __init__(self, text: str, *, folded: str | None = None) -> None:
        self._folded = fold(text) if folded is None else folded
        low = text.lower()
        self._lower = low if len(low) == len(text) else self._folded
        self._stops: list[int] | None = None
        self._sentences: dict[tuple[int, int, str], _Sentence] = {}

    def tense(self, start: int, end: int, lang: str) -> Tense:
        """The tense of the clause around `[start, end)` in language `lang`."""
        if self._stops is None:
            self._stops = [m.start() for m in _SENTENCE_END.finditer(self._folded)]
        stops = self._stops
        i = bisect.bisect_left(stops, start)
        lo = stops[i - 1] + 1 if i else 0
        j = bisect.bisect_left(stops, end, lo=i)
        hi = stops[j] if j < len(stops) else len(self._folded)
        key = (lo, hi, lang)
        sentence = self._sentences.get(key)
        if sentence is None:
            sentence = self._sentences[key] = _Sentence(self._folded, self._lower, lo, hi, lang)
        return sentence.tense(start, end)


class _Sentence:
    """The clauses of one sentence, each read when first asked for."""

    def __init__(self, folded: str, lower: str, lo: int, hi: int, lang: str) -> None:
        cuts = [lo, *(b.start() for b in _BOUNDARY.finditer(folded, lo, hi)), hi]
        self._clauses = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
        self._starts = [a for a, _ in self._clauses]
        self._lower = lower
        self._lang = lang
        self._read: dict[int, _Clause] = {}
        self._after: list[Tense | None] = []
        self._before: list[Tense | None] = []

    def _clause(self, k: int) -> _Clause:
        if k not in self._read:
            a, b = self._clauses[k]
            self._read[k] = _Clause(self._lower, a, b, self._lang)
        return self._read[k]

    def tense(self, start: int, end: int) -> Tense:
        here = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = self._clause(here).without(start, end)
        if found is None and not self._after:
            # The first verb in the clauses after each clause, and in those before it.
            count = len(self._clauses)
            tenses = [self._clause(k).tense for k in range(count)]
            self._after = [None] * (count + 1)
            for k in range(count - 1, -1, -1):
                self._after[k] = tenses[k] or self._after[k + 1]
            self._before = [None] * (count + 1)  # _before[k + 1]: clauses k, k - 1, ..., 0
            for k in range(count):
                self._before[k + 1] = tenses[k] or self._before[k]
        if found is None:
            found = self._after[here + 1] or self._before[here]
        return found or Tense.PAST


class _Clause:
    """The words of one clause and what each says, in the context of the whole clause."""

    def __init__(self, lower: str, a: int, b: int, lang: str) -> None:
        self._lower, self._a, self._b, self._lang = lower, a, b, lang
        found = list(_WORD.finditer(lower, a, b))
        self._starts = [m.start() for m in found]
        self._ends = [m.end() for m in found]
        self._words = [m.group() for m in found]
        self._plain = [fold(w) for w in self._words]
        readings = [_reading(self._words, self._plain, i, lang) for i in range(len(found))]
        future = [i for i, r in enumerate(readings) if r == _FUTURE]
        past = [i for i, r in enumerate(readings) if r == _PAST]
        none = len(found)
        self._future = (future[0], future[-1]) if future else (none, -1)
        self._past = (past[0], past[-1]) if past else (none, -1)
        self.tense = _VERDICTS[_FUTURE if future else _PAST if past else _NONE]
        """The tense of the whole clause, None when it has no verb."""

    def without(self, start: int, end: int) -> Tense | None:
        """The tense of the clause with `[start, end)` left out, None when it has no verb."""
        words, plain, count = self._words, self._plain, len(self._words)
        # The words before `start` are those of the clause that end by it, and the start of
        # a word cut at `start`; after `end`, the end of a word cut there, then the clause's.
        left = bisect.bisect_right(self._ends, start)
        tail = _WORD.findall(self._lower, self._ends[left - 1] if left else self._a, start)
        right = bisect.bisect_left(self._starts, end)
        head: list[str] = []
        for m in _WORD.finditer(self._lower, end, self._b):
            while right < count and self._starts[right] < m.start():
                right += 1
            if right < count and self._starts[right] == m.start():
                break
            head.append(m.group())
        else:
            right = count
        # Only the words near the cut read differently; the others read as in the clause.
        near = max(0, left - _CONTEXT)
        context = max(0, near - 1)
        local = words[context:left] + tail + head + words[right : right + 1 + _CONTEXT]
        local_plain = plain[context:left] + [fold(w) for w in tail + head]
        local_plain += plain[right : right + 1 + _CONTEXT]
        lo = near - context
        hi = left - context + len(tail) + len(head) + (1 if right < count else 0)
        # Readings kept from the whole clause: words [0, near) and (right, count).
        first, last = self._future
        if first < near or last > right:
            return Tense.FUTURE
        best = _verdict(local, local_plain, self._lang, lo, hi)
        first, last = self._past
        if first < near or last > right:
            best = max(best, _PAST)
        return _VERDICTS[best]
