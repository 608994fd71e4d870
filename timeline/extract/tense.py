"""The tense of the clause a date expression stands in, by rules on verb forms.

Past is the default. French futur simple ("se réunira", "sera"), `aller` + infinitive ("va
lancer"), `devoir` + infinitive ("doit se réunir", "devrait durer") and words of plans or
forecasts ("prévu", "attendu"); English `will`, `'ll`, `shall`, `going to`, `set to`, `due`,
`expected`, `scheduled`, `forecast`: these mean future. A clause is the stretch between
punctuation and subordinating words around the expression; when it has no verb ("Mardi, le
conseil se réunira"), the next clause of the sentence decides, then the one before.
"""

from __future__ import annotations

import itertools
import re

from timeline.extract._text import fold
from timeline.time import _lexicon as lex
from timeline.time.normalize import Tense

__all__ = ["clause_tense", "plans", "verb_tense"]

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
_FR_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "au",
        "aux",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "mon",
        "ma",
        "mes",
        "notre",
        "votre",
        "nos",
        "vos",
        "quelque",
        "chaque",
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
_EN_PAST = re.compile(
    r"^(?:was|were|had|did|has|have|said|told|met|ran|rose|fell|began|won|lost|saw|left|got"
    r"|paid|sold|bought|built|hit|cut|spent|led|kept|brought|found|stood|wrote|spoke|became"
    r"|grew|drew|flew|threw|chose|broke|drove|took|gave|held|went|came|made|put)$"
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


def verb_tense(words: list[str], lang: str) -> Tense | None:
    """FUTURE or PAST when the lower-case `words` of a clause show a verb, else None."""
    seen_verb = False
    plain = [fold(w) for w in words]
    for i, word in enumerate(plain):
        previous = plain[i - 1] if i else ""
        if lang == lex.FRENCH:
            if words[i] == "à":
                continue
            if word in _FR_PLANS:
                return Tense.FUTURE
            if word in _FR_ALLER or word in _FR_DEVOIR:
                rest = [w for w in plain[i + 1 : i + 5] if w not in _FR_SKIP]
                if rest and re.search(r"(?:er|ir|re|oir)$", rest[0]):
                    return Tense.FUTURE
            if (
                len(word) >= 4
                and _FR_FUTURE_END.search(word)
                and word not in _FR_NOT_FUTURE
                and previous not in _FR_DETERMINERS
            ):
                return Tense.FUTURE
            participle = _FR_PARTICIPLE.search(words[i])
            if (_FR_PAST.search(word) or participle) and previous not in _FR_DETERMINERS:
                seen_verb = True
        else:
            if word in _EN_FUTURE:
                return Tense.FUTURE
            if word == "going" and plain[i + 1 : i + 2] == ["to"]:
                return Tense.FUTURE
            if word in ("set", "plans", "plan", "planned") and plain[i + 1 : i + 2] == ["to"]:
                return Tense.FUTURE
            if _EN_PAST.search(word):
                seen_verb = True
    return Tense.PAST if seen_verb else None


def clause_tense(text: str, start: int, end: int, lang: str, *, folded: str | None = None) -> Tense:
    """The tense of the clause around `text[start:end]`; PAST when nothing says otherwise."""
    folded = fold(text) if folded is None else folded
    lower = text.lower() if len(text.lower()) == len(text) else folded
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    m = _SENTENCE_END.search(folded, end)
    hi = m.start() if m else len(folded)
    cuts = [lo, *(b.start() for b in _BOUNDARY.finditer(folded, lo, hi)), hi]
    clauses = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    here = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), 0)
    # Blank out the expression itself: "mardi prochain" is no verb.
    order = [here, *range(here + 1, len(clauses)), *range(here - 1, -1, -1)]
    for i in order:
        a, b = clauses[i]
        piece = lower[a:start] + " " + lower[end:b] if i == here else lower[a:b]
        found = verb_tense(_WORD.findall(piece), lang)
        if found is not None:
            return found
    return Tense.PAST
