"""Named entities in running text, by rules: capitalised word sequences and a small stop list.

The spaCy adapter (`timeline.extract.nlp`) gives better mentions when the `nlp` extra is
installed; this is the fallback, and what runs when `TIMELINE_NLP=rules`. A mention is a run of
capitalised words ("Jeanne Dupont-Martin", "Acme Cloud", "X-500"), joined by "de"/"of" inside
a name ("Banque de France"), without a leading article or a date word. A lone capitalised word
at the start of a sentence is a mention only if the text capitalises it elsewhere too, or a verb
follows it ("Acme a annoncé"). The words these rules know are in `_name_words`.
"""

from __future__ import annotations

import re
from collections.abc import Set

import attrs

from timeline.extract import _vocab as vocab
from timeline.extract._name_words import (
    COMMON_HEADS,
    DEMONYMS,
    ENGLISH_STOP,
    FR_DEMONYMS,
    FRENCH_ADJECTIVE,
    INSTITUTION_TAIL,
    INSTITUTIONS,
    JOIN,
    NOT_A_NAME,
    NOT_NAMES,
    ORGANISATION_HEADS,
    STOP,
    TITLES,
    US_STATES,
    VERBS_AFTER_NAME,
)
from timeline.extract._text import FORM_ABBREVIATIONS, FORMS_AFTER, Sentence, fold
from timeline.extract.cues import find_cues
from timeline.extract.given_names import GIVEN_NAMES
from timeline.extract.place_names import PLACE_NAMES
from timeline.extract.tense import verb_tense

__all__ = [
    "Mention",
    "bracketed",
    "kind_of",
    "part_of_company",
    "plausible_name",
    "qualifier",
    "rule_mentions",
    "slug",
]


@attrs.frozen
class Mention:
    """A named entity mentioned at `text[start:end]`; `kind` is a guess ("" when unknown)."""

    start: int
    end: int
    name: str
    kind: str = ""


_WORD = re.compile(r"[^\W_]\w*(?:-\w+)*")


def _after_article(text: str, start: int) -> bool:
    """True when the word at `start` follows an article ("le", "la", "l'", "les")."""
    return bool(re.search(r"(?:^|\W)(?:[Ll][ea]s?|[Ll]['’])\s*$", text[max(0, start - 4) : start]))


_APPOSED = frozenset(
    {
        "a", "an", "the", "un", "une", "le", "la", "les", "l", "which", "qui", "whose", "dont",
        "founded", "based", "headquartered", "fondee", "fonde", "creee", "cree", "basee",
    }
)  # fmt: skip
"""Words after a comma that open an apposition or a relative clause of the name before
("Globex, the software maker,", "Globex, founded in 2012,", "Globex, dont le siège")."""
_POSSESSIVE_APPOSED = frozenset({"its", "their", "his", "her", "son", "sa", "ses", "leur"})
"""Possessives after a comma that open an apposition ("Initech, its main rival,"), taken for
one only after a word written at least twice ("Overall, its shares" is no name)."""


_MODEL = re.compile(r"[A-Z]|\d{1,2}")
"""A single capital or a number of one or two digits after a name: part of a model's name."""
_UNIT_AFTER = re.compile(
    r"\s*(?:%|[.,]\d|millions?|milliards?|billions?|thousand|mille|ans|years?|days?|jours|mois"
    r"|months?|heures?|hours?|minutes?|h\b|e\b|er\b|eme\b|th\b|st\b|nd\b|rd\b|-|/|:)",
    re.IGNORECASE,
)
"""What makes a number after a name a quantity or a date, not a model's number."""


_REGIONAL_DEMONYM = re.compile(
    r"(?:north|south|east|west|central|latin|northern|southern|eastern|western|sub-saharan)"
    rf"[ -](?:{'|'.join(sorted(DEMONYMS, key=len, reverse=True))})"
)
"""A nationality after a word of region ("North American", "South Korean", "Latin
American"), folded: an adjective, no name."""


def _verbal(word: str, lang: str, after: str = "") -> bool:
    """True for a word that reads as the verb after a subject ("a", "présentera", "raises");
    `after` is the word that follows it.
    """
    key = fold(word)
    if word in ("à", "À"):
        return False  # "Conformément à la loi": the preposition, not "a" (has) unaccented
    if key in VERBS_AFTER_NAME or key in ("se", "ne", "s", "n"):
        return True  # "s'attend", "n'a pas": the word list splits at the apostrophe
    if lang == "fr" and _FR_PARTICIPLE.search(word.lower()):
        # "Soixante-dix salariés sont", "Principale difficulté :": a noun; a participle
        # is a headline's passive only before its complement ("Hooli condamné à une amende",
        # "Initech racheté par Globex")
        return fold(after) in _PASSIVE_NEXT
    if verb_tense([word.lower()], lang) is not None:
        return True
    if word[:1].islower() and key not in STOP and _PRESENT[lang].search(key):
        return True
    return any(not c.nominal for c in find_cues(key, lang))


_PASSIVE_NEXT = frozenset({"par", "a", "au", "aux", "pour", "en", "dans", "sur", "avec"})
"""The words after a participle that make it a passive's verb ("racheté par", "condamné à")."""
_FR_PARTICIPLE = re.compile(r"(?<!cr)(?<!agr)(?<!suppl)é(?:e|s|es)?$")
"""The end of a French past participle in -é ("annoncé", "touchées") and of nouns in -é
("société", "salariés"), never of a verb in the present or the future ("publie", "crée":
the verbs in -éer are left out)."""

_PRESENT = {
    "fr": re.compile(r"^[a-z]{3,}(?:e|ent|it|ut|end|ond|oit|ait|ient)$"),
    "en": re.compile(r"^[a-z]{3,}ed$"),
}
"""A lower-case word with the ending of a verb in the third person: after a capitalised word
that opens a sentence, that word is its subject's name ("Acme ouvre", "Globex raises")."""


def _is_name_word(word: str) -> bool:
    """A capitalised word, a word with digits ("X5"), or a name in camel case ("novaSense",
    "iGadget", "eShop").
    """
    if word[:1].isupper() or (any(c.isdigit() for c in word) and word[:1].isalpha()):
        return True
    rest = word[1:]
    return word[:1].isalpha() and rest != rest.lower() and "-" not in word


_DIVISION_BEFORE = re.compile(
    r"\b(?:(?:la |sa |cette )?(?:division|branche)|(?:le |son |ce )?(?:pole|segment|departement)"
    r"|(?:the |its )?(?:division|business unit|unit|segment|department))\s+$"
)
"""The noun of a part of a company before its name, on folded text ("la division Outillage",
"its Tools division" is the other order): the part's news is the company's."""


def part_of_company(folded: str, start: int) -> bool:
    """True when the name at `start` follows the noun of a part of a company ("la division
    Outillage", "the unit Globex Tools"): it names that part, not an organisation of its own
    doing what the clause says.
    """
    return bool(_DIVISION_BEFORE.search(folded, max(0, start - 20), start))


_ADVERB_ENDINGS = {"fr": ("ment",), "en": ("ly",)}
"""How an adverb opening a sentence before a comma ends ("Finalement,", "Eventually,")."""


_BODY_HEADS = frozenset(
    {
        "authority", "commission", "administration", "agency", "service", "board", "bureau",
        "department", "council", "office",
    }
)  # fmt: skip
"""The last words of a public body's name that may join two words by "and" ("the Trade and
Industry Office", "the Parks and Lakes Service")."""


def _public_body_after(words: list[tuple[int, int, str]], k: int) -> bool:
    """True when the capitalised words from the `k`-th end, within two words, on a public
    body's head ("Industry Office", "Lakes Service").
    """
    for n in range(k, min(k + 2, len(words))):
        if not words[n][2][:1].isupper():
            return False
        if fold(words[n][2]) in _BODY_HEADS:
            return True
    return False


_OFFICER = (
    r"(?:chief|executive|vice|senior|founder|co-?founder|president|chairman|chairwoman|chair"
    r"|spokesman|spokeswoman|spokesperson|director|head|managing|general|counsel|officer"
    r"|treasurer|secretary)"
)
_TITLE_THEN_NAME = re.compile(
    rf"(?:'s|’s)?\s+{_OFFICER}(?:\s+(?:and\s+)?{_OFFICER}){{0,4}}\s+(?:[A-Z]\.\s+)?[A-Z][a-z]"
)
"""Titles in lower case, then a capitalised name: what a company's name opening a sentence
is followed by in "Globex chief executive Jane Doe said" (a name, though written nowhere
else inside a sentence)."""
_BEFORE_TITLES = frozenset(
    {
        "former", "interim", "acting", "longtime", "long-time", "outgoing", "incoming", "new",
        "current", "then", "deputy", "founding", "retiring", "departing", "veteran", "its",
        "their", "his", "her", "our", "the", "a", "an",
    }
)  # fmt: skip
"""Words that qualify a title ("Former chief executive Jane Doe"), no company's name."""


def rule_mentions(text: str, sentences: list[Sentence], lang: str) -> list[Mention]:
    """The mentions of `text` found by capitalisation.

    A run of capitalised words is a name, joined over "de", "of", "&"... but not "and"/"et"
    ("Globex and Initech" are two names). Titles are taken off ("CEO Jane Doe" names
    Jane Doe) and split a run ("Globex CEO Jane Doe"); a word that opens a
    sentence and is written in lower case elsewhere ("Why", "Should", "Issue") is not part of
    the name; single letters, elided articles ("L'", "D'") and descriptions ("Berlin-based")
    are no names; a headline written in title case gives only the names the body writes
    the same way.
    """
    starts = {s.start for s in sentences}
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    date_words = vocab.MONTHS[lang] | vocab.WEEKDAYS[lang] | vocab.SEASONS[lang]
    capitalised_inside = {
        fold(w) for s, _, w in words if s not in starts and not _opens(text, s) and w[:1].isupper()
    }
    lower = {fold(w) for _, _, w in words if w[:1].islower()}
    headlines = _title_case_lines(text)
    inner_stop = ENGLISH_STOP if lang == "en" else STOP  # inside a run: "Globex Car Corp"
    out: list[Mention] = []
    i = 0
    while i < len(words):
        start, _end, word = words[i]
        key = fold(word)
        dated = key in date_words and not _abbreviation_in_name(text, words, i, date_words)
        if not _is_name_word(word) or key in STOP or dated or _elided(text, i, words):
            i += 1
            continue
        if text[words[i][1] : words[i][1] + 1] == "$":
            i += 1  # "US$2 million", "HK$3bn": a currency's sign, no name
            continue
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1][1] : words[j][0]]
            nxt = words[j][2]
            if gap in (" & ", "/") and _is_name_word(nxt):
                j += 1  # "Globex & Initech", "Globex/Initech": one name
                continue
            initial = words[j - 1][2]
            if gap == ". " and len(initial) == 1 and initial.isupper() and _is_name_word(nxt):
                given = fold(words[j - 2][2]) if j - 2 >= i else ""
                if given in GIVEN_NAMES or (j - 1 == i and fold(nxt) in GIVEN_NAMES):
                    j += 1  # a middle initial: "Jane Q. Doe", "H. John Doe"; not "Series B."
                    continue
            if gap == ". " and initial in FORM_ABBREVIATIONS and nxt in FORMS_AFTER:
                j += 1  # "Globex Pvt. Ltd", "Initech Co. Ltd.": one legal form
                continue
            if gap != " ":
                break
            if (
                _NUMBERED.fullmatch(nxt)
                and j + 1 < len(words)
                and text[words[j][1] : words[j + 1][0]] == " "
                and words[j + 1][2][:1].isupper()
            ):
                j += 1  # "Globex 1mg Technologies": a name with a word that opens on digits
                continue
            if _is_name_word(nxt) and fold(nxt) not in inner_stop and fold(nxt) not in date_words:
                j += 1
                continue
            if _MODEL.fullmatch(nxt) and not _UNIT_AFTER.match(text, words[j][1]):
                j += 1  # a model's letter or number: "Phone X", "Phone 8 Plus", "Windows 11"
                continue
            if (
                fold(nxt) == "de"
                and j + 2 < len(words)
                and fold(words[j + 1][2]) == "l"
                and text[words[j + 1][1] : words[j + 2][0]] in ("'", "\u2019")
                and _is_name_word(words[j + 2][2])
                and fold(words[j + 2][2]) not in STOP
            ):
                j += 3  # "Financière de l'Artois", "Banque de l'Union": one name
                continue
            if (
                lang == "fr"
                and fold(nxt) == "et"
                and fold(words[i][2]) in _FRENCH_COMPANY_OPENINGS
                and j + 1 < len(words)
                and words[j + 1][2][:1].isupper()
                and FRENCH_ADJECTIVE.fullmatch(fold(words[j + 1][2]))
            ):
                j += 2  # "Société Industrielle et Financière": one name
                continue
            if (
                lang == "en"
                and j == i + 1
                and fold(nxt) == "and"
                and _THE_BEFORE.search(text, max(0, words[i][0] - 6), words[i][0])
                and _public_body_after(words, j + 1)
            ):
                j += 2  # "the Parks and Lakes Service": one body's name
                continue
            joined = _joined_by_acronym(text, words, i, j)
            if joined is not None:
                j = joined  # "Apex Paving and Construction (APAC)": one name
                continue
            if (
                fold(nxt) in JOIN
                and j + 1 < len(words)
                and _is_name_word(words[j + 1][2])
                and text[words[j][1] : words[j + 1][0]] == " "
                and fold(words[j + 1][2]) not in STOP
                and not _town_then_region(text, words, j + 1)
            ):
                j += 2
                continue
            break
        if key in _BOARD_WORDS and _BOARD_BEFORE.search(text, max(0, start - 10), start):
            i += 1  # "Conseil d'Administration de Globex": the board, then the company
            continue
        if j == i + 1 and key in INSTITUTIONS and lang == "fr":
            tail = INSTITUTION_TAIL.match(text, words[i][1])
            if tail is not None and tail.end() > words[i][1]:  # "Haute Autorité des échanges"
                while j < len(words) and words[j][0] < tail.end():
                    j += 1
        first_of_sentence = start in starts or _opens(text, start)
        gap = text[words[j - 1][1] : words[j][0]] if j < len(words) else ""
        verb_next = j < len(words) and (
            fold(words[j][2]) in _APPOSED  # "Initech, a new startup, raised": an apposition
            or (
                fold(words[j][2]) in _POSSESSIVE_APPOSED
                and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) >= 2
            )  # "Initech, its main rival, reported": a name written again elsewhere
            if "," in gap
            else _verbal(words[j][2], lang, words[j + 1][2] if j + 1 < len(words) else "")
        )
        verb_next = verb_next and key not in lower
        lone = j == i + 1 and first_of_sentence
        titled = (
            lone
            and lang == "en"
            and key not in lower
            and key not in _BEFORE_TITLES
            and bool(_TITLE_THEN_NAME.match(text, words[i][1]))
        )  # "Globex chief executive Jane Doe said": a company and its officer
        if (
            lone
            and not titled
            and ((key not in capitalised_inside and not verb_next) or key in COMMON_HEADS)
        ):
            i = j
            continue
        adverb = len(key) > 5 and key.endswith(_ADVERB_ENDINGS[lang]) and key not in GIVEN_NAMES
        if lone and "," in gap and adverb:
            i = j  # "Finalement, le tribunal", "Eventually, Globex": an adverb opening it
            continue
        if any(a <= start < b for a, b in headlines):
            i = j
            continue
        run = list(range(i, j))
        described = [k for k in run if NOT_A_NAME.search(words[k][2])]
        if described:
            run = run[run.index(described[-1]) + 1 :]  # "Springfield-based Globex"
            if not run:
                i = j
                continue
            key = fold(words[run[0]][2])
        if (
            first_of_sentence
            and len(run) > 1
            and (key in lower or key in COMMON_HEADS)
            and not _named_inside(text, text[start : words[run[-1]][1]], starts)
        ):
            run = run[1:]  # "Should Initech", "Why Globex", "Shares of Globex": a first word
        elif (
            first_of_sentence
            and len(run) > 2
            and fold(words[run[1]][2]) in ("of", "de", "du", "des")
            and key in _NEWS_NOUNS
            and not _named_inside(text, text[start : words[run[-1]][1]], starts)
            and _named_inside(
                text[: words[run[0]][0]] + text[words[run[-1]][1] :],
                text[words[run[2]][0] : words[run[-1]][1]],
                set(),
            )
            and key not in GIVEN_NAMES
        ):
            run = run[2:]  # "News of Globex raising a round": Globex, named so elsewhere
        lead = fold(words[run[0]][2])
        if len(run) > 1 and lang == "fr" and lead in FR_DEMONYMS and _after_article(text, start):
            run = run[1:]  # "Le Français Globex", "L'Américain Globex"
        for piece in _person_after_name(_pieces(run, words), words, text):
            first, last = words[piece[0]], words[piece[-1]]
            name = text[first[0] : last[1]]
            if len(name) < 2 or NOT_A_NAME.search(name) or fold(name) in STOP | NOT_NAMES:
                continue
            if fold(name) in DEMONYMS or _REGIONAL_DEMONYM.fullmatch(fold(name)):
                continue  # "French" in "the French regulator", "its first North American
                # plant": a nationality or a region's adjective, no name
            if len(piece) > 2 and fold(words[piece[0]][2]) in _INSTRUMENT_HEADS[lang]:
                continue  # "Plan de Sauvegarde de l'Emploi", "Code du Travail": no party
            kind = kind_of(name)
            if kind != "person" and _STATE_AFTER.match(text, last[1]):
                kind = "place"  # "Springfield, Ore.": a city
            elif (
                kind != "person"
                and SITE_AFTER.match(text, last[1])
                and _THE_BEFORE.search(text, max(0, first[0] - 8), first[0])
            ):
                kind = "place"  # "the Springfield plant": where the site is, no subject
            elif kind != "person" and _SITE_IN.search(text, max(0, first[0] - 40), first[0]):
                kind = "place"  # "its first manufacturing facility in Springfield"
            out.append(Mention(first[0], last[1], name, kind))
        i = j
    found = _headline_names(text, headlines, _titled_people(text, _possessive_names(text, out)))
    return _numbered_alone(words, found)


def _town_then_region(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """True when the word at `k`, after "of"/"de", is a town followed by a comma and a
    region or a country ("Globe Sprinkler of Standish, Michigan"): where the company is, no
    word of its name.
    """
    if k + 1 >= len(words) or text[words[k][1] : words[k + 1][0]] != ", ":
        return False
    return kind_of(words[k + 1][2]) == "place"


_NUMBERED = re.compile(r"\d+[^\W\d_]\w*")
"""A word that opens on digits and goes on in letters ("1mg", "3M"): inside a name of
capitalised words, a word of it."""


def _numbered_alone(words: list[tuple[int, int, str]], found: list[Mention]) -> list[Mention]:
    """The mentions with, added, each word opening on digits that a name of several words
    holds ("Globex 1mg Technologies") where it is written alone ("1mg raised $13 million"):
    the company named short.
    """
    inner = {w for m in found if " " in m.name for w in m.name.split() if _NUMBERED.fullmatch(w)}
    if not inner:
        return found
    covered = [(m.start, m.end) for m in found]
    extra = [
        Mention(a, b, w)
        for a, b, w in words
        if w in inner and not any(lo <= a < hi for lo, hi in covered)
    ]
    return sorted([*found, *extra], key=lambda m: m.start)


_FRENCH_COMPANY_OPENINGS = frozenset(
    {"societe", "compagnie", "banque", "caisse", "credit", "union", "etablissements"}
)
"""French words that open a company's name whose adjectives are joined by "et" ("Société
Industrielle et Financière", "Compagnie Générale et Maritime")."""

_BOARD_WORDS = frozenset({"administration", "surveillance"})
_BOARD_BEFORE = re.compile(r"(?i)conseil\s+d['\u2019]\s*$")
"""A company's board written in capitals ("Conseil d'Administration de Globex"): no name."""

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{2,})\)")


def _joined_by_acronym(text: str, words: list[tuple[int, int, str]], i: int, j: int) -> int | None:
    """The end of a name coordinated over "and"/"et" whose bracketed acronym spells the
    whole ("Apex Paving and Construction (APAC)", "Banque de Commerce et Industrie (BCI)"),
    or None: without it, "X and Y" are two names.
    """
    if fold(words[j][2]) not in ("and", "et") or text[words[j][1] : words[j][1] + 1] != " ":
        return None
    k = j + 1
    while (
        k < len(words) and _is_name_word(words[k][2]) and text[words[k - 1][1] : words[k][0]] == " "
    ):
        k += 1
    if k == j + 1:
        return None
    acronym = _ACRONYM_AFTER.match(text, words[k - 1][1])
    if acronym is None:
        return None
    letters = acronym.group(1).replace("&", "").upper()
    capitals = "".join(w[0] for _, _, w in words[i:k] if w[:1].isupper())
    every = "".join(w[0].upper() for _, _, w in words[i:k])
    return k if letters in (capitals, every) else None


_POSSESSIVE = re.compile(r"['\u2019]s(?!\w)")


_CIVIL_TITLE = re.compile(r"(?:^|[^\w.])(?:Mr|Mrs|Ms|Mx|Dr|Mme|Mlle|Mmes|M|Sir|Dame)\.?\s+$")
"""A civil title just before a name ("Ms Vandam", "Mr. Doe", "Mme Durand", "M. Martin"):
a person's."""


def titled_names(text: str, found: list[Mention]) -> frozenset[str]:
    """The one-word names written after a civil title ("Ms Doe", "M. Martin"): people's."""
    return frozenset(
        m.name
        for m in found
        if " " not in m.name and _CIVIL_TITLE.search(text, max(0, m.start - 6), m.start)
    )


def _titled_people(text: str, found: list[Mention]) -> list[Mention]:
    """`found`, with the names after a civil title taken for people ("Ms Doe said"), and so
    the full names they are the surname of ("Neelie Doe" before "Ms Doe").
    """
    titled = titled_names(text, found)
    if not titled:
        return found
    return [
        attrs.evolve(m, kind="person")
        if not m.kind and (m.name in titled or m.name.rsplit(" ", 1)[-1] in titled)
        else m
        for m in found
    ]


_LEGAL_FORM_END = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|LLP|Corp|Corporation|Co|plc|PLC|SA|SAS|GmbH|AG|NV|BV)\.?$"
)
"""A legal form ending a name ("Enterprises Ltd."): the name before "'s" belongs to it."""


def _possessive_names(text: str, found: list[Mention]) -> list[Mention]:
    """`found`, with the names that keep their "'s" ("Hooli's", "Initech's Club"): a name never
    written without it, given twice that way or before another name it opens and that is
    never named alone ("Hooli's" + "Club"), is the whole; "Globex's revenue" with "Globex"
    elsewhere stays a possessive. A name before "'s" and a name that ends on a legal form
    ("Hooli's Enterprises Ltd.") is one company's name even when "Hooli" is written alone
    elsewhere. A person's name stays as it is ("Jane Doe's company"); a place before "'s" is
    no mention at all ("Sweden's Globex": it describes Globex).
    """
    out: list[Mention] = []
    skip = -1
    for k, m in enumerate(found):
        if k == skip:
            continue
        mark = _POSSESSIVE.match(text, m.end)
        if mark is not None and (kind_of(m.name) == "place" or m.kind == "place"):
            continue  # "Sweden's Globex", "Springfield's state fund Initech": it describes
        if mark is None or kind_of(m.name) == "person":
            out.append(m)
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and nxt.start == mark.end() + 1 and _LEGAL_FORM_END.search(nxt.name):
            out.append(Mention(m.start, nxt.end, text[m.start : nxt.end], "organization"))
            skip = k + 1  # "Hooli's Enterprises Ltd.": a company's name, whatever else
            continue
        bare = re.compile(rf"(?<!\w){re.escape(m.name)}(?!\w)(?!['\u2019]s(?!\w))")
        if bare.search(text):
            out.append(m)
            continue
        if (
            nxt is not None
            and nxt.start == mark.end() + 1
            and text[mark.end()] == " "
            and kind_of(nxt.name) != "person"
            and sum(n.name == nxt.name for n in found) == 1
        ):
            out.append(Mention(m.start, nxt.end, text[m.start : nxt.end], nxt.kind))
            skip = k + 1  # "Hooli's Club": one name
            continue
        whole = text[m.start : mark.end()]
        before_name = nxt is not None and nxt.start == mark.end() + 1
        if text.count(whole) >= 2 and not before_name:  # not "Globex's Initech unit"
            out.append(Mention(m.start, mark.end(), whole, m.kind))
        else:
            out.append(m)
    return out


def _headline_names(
    text: str, headlines: list[tuple[int, int]], body: list[Mention]
) -> list[Mention]:
    """`body`, the mentions found by capitalisation, with the names of a headline written in
    title case: there capitals tell no name, so the names are those the rest of the text
    writes the same way, the longest first ("Initech To Buy Globex For $5B", when the body
    names Initech and Globex).
    """
    if not headlines or not body:
        return body
    kinds: dict[str, str] = {}
    for m in body:
        kinds.setdefault(m.name, m.kind)
    surnames = {n.rsplit(" ", 1)[-1] for n, kind in kinds.items() if kind == "person"}
    for name in surnames & kinds.keys():
        del kinds[name]  # "Doe Resigns": a person named before the body gives the full name
    found: list[Mention] = []
    for lo, hi in headlines:
        taken: list[tuple[int, int]] = []
        for name in sorted(kinds, key=len, reverse=True):
            for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[lo:hi]):
                start, end = lo + hit.start(), lo + hit.end()
                if all(end <= a or b <= start for a, b in taken):
                    taken.append((start, end))
                    found.append(Mention(start, end, name, kinds[name]))
    return sorted([*body, *found], key=lambda m: m.start) if found else body


_INDEFINITE = {"en": re.compile(r"(?:^|\W)(?:a|an)\s+$"), "fr": re.compile(r"(?!)")}


def qualifier(folded: str, start: int, lang: str) -> bool:
    """True when the name at `start` follows an indefinite article, so it qualifies the noun
    after it ("a Globex engineer"), or names an index or a ranking ("coté au CAC 40", "a
    Fortune 500 company"): it is neither the subject nor what the article is about.
    """
    if _INDEFINITE[lang].search(folded, max(0, start - 4), start):
        return True
    return bool(_INDEX.match(folded, start))


_ASIDE = 200
"""The longest aside in brackets a name is looked for in."""


def bracketed(text: str, floor: int, start: int) -> bool:
    """True when the name at `start` is inside brackets opened after `floor` ("Acme Corp
    (NYSE: ACME) said", "la marge brute (EBE)"): an aside, a ticker or an abbreviation, never
    the subject of the sentence's verb. Only the `_ASIDE` characters before it are read, so
    that a sentence of any length is read in linear time.
    """
    before = text[max(floor, start - _ASIDE) : start]
    return before.count("(") > before.count(")")


_INDEX = re.compile(r"[\w&.-]+ \d{2,3}\b(?! ?(?:%|millions?|milliards?|billions?))")
"""A name and a number, as stock indices and rankings are named ("CAC 40", "Fortune 500",
"FTSE 100"): what they qualify is a company, not them."""


_STATE_AFTER = re.compile(
    r",\s+(?:" + "|".join(w.capitalize() for w in US_STATES) + r"|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va)\."
)
"""A US state's abbreviation after a name ("Springfield, Ore."): the name is a city."""
SITE_AFTER = re.compile(
    r"\s+(?:plant|factory|facility|brewery|mill|refinery|smelter|site|campus|warehouse|fab"
    r"|distribution center|assembly line)s?\b"
)
_SITE_IN = re.compile(
    r"\b(?:plant|factory|facility|site|warehouse|distribution cent(?:er|re)|headquarters"
    r"|usine|entrepot|entrepôt|centre de distribution|siège|siege) (?:in|at|near|à|a|près de) $"
)
"""A site's noun and "in"/"à" just before a name: the name is where the site is ("a new
plant in Springfield", "une usine à Hollowbrook")."""
_THE_BEFORE = re.compile(r"\b(?:the|its|their|our)\s+$", re.IGNORECASE)
"""A site named after its place ("the Springfield plant", "its Globex Valley facility"): the
name between the article and the site's noun says where the site is."""
_REGIONS = frozenset(
    {
        "europe", "asia", "africa", "america", "americas", "mideast", "middle", "east",
        "pacific", "latin", "north", "south", "west", "central", "emea", "apac", "asie",
        "afrique", "amerique", "latine", "moyen", "proche", "orient", "and", "et",
    }
)  # fmt: skip
"""Words of the names of the world's regions, folded ("asia pacific", "middle east")."""
_COUNTRIES = frozenset(
    {
        "france", "allemagne", "germany", "chine", "china", "inde", "india", "japon", "japan",
        "russie", "russia", "italie", "italy", "espagne", "spain", "royaume-uni",
        "united kingdom", "etats-unis", "united states", "canada", "bresil", "brazil",
        "mexique", "mexico", "maroc", "morocco", "algerie", "algeria", "tunisie", "tunisia",
        "egypte", "egypt", "nigeria", "kenya", "senegal", "afrique du sud", "south africa",
        "australie", "australia", "coree du sud", "south korea", "suisse", "switzerland",
        "belgique", "belgium", "pays-bas", "netherlands", "suede", "sweden", "norvege",
        "norway", "danemark", "denmark", "finlande", "finland", "pologne", "poland",
        "portugal", "irlande", "ireland", "autriche", "austria", "grece", "greece", "turquie",
        "turkey", "israel", "iran", "irak", "iraq", "arabie saoudite", "saudi arabia", "qatar",
        "koweit", "kuwait", "singapour", "singapore", "indonesie", "indonesia", "vietnam",
        "thailande", "thailand", "malaisie", "malaysia", "pakistan", "ukraine", "argentine",
        "argentina", "chili", "chile", "colombie", "colombia", "perou", "peru",
        "us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "uae",
    }
)  # fmt: skip
"""Countries, folded, with the usual abbreviations ("US", "U.K."): a name that is one is a
place."""


_INITIAL = re.compile(r"[A-Z]\.")
"""A leading initial ("J. Marc Durand")."""


_PLACE_HEADS = frozenset({"county", "township", "parish", "borough"})
"""The last words of the names of local areas ("Springfield County", "Shelbyville Township")."""


def kind_of(name: str) -> str:
    """The kind of a name guessed from its words: "person" for two to four words opening on
    a common given name ("Marc Durand") or two joined by a hyphen ("Pierre-Olivier Durand"),
    "product" for a name with a model's letter or number ("Phone X", "Globex 5"), "place"
    for a region of the world (a continent, "Middle East and Africa"), a country, or a
    state, province or city of `PLACE_NAMES`, else unknown ("").
    """
    folded = fold(name)
    parts = folded.replace("-", " ").split()
    if parts and all(p in _REGIONS for p in parts) and not {"and", "et"} >= set(parts):
        return "place"
    if folded in _COUNTRIES or folded in PLACE_NAMES:
        return "place"
    if len(parts) >= 2 and parts[-1] in _PLACE_HEADS:
        return "place"  # "Springfield County", "Shelbyville Township"
    words = name.split()
    given = words[1] if len(words) > 2 and _INITIAL.fullmatch(words[0]) else words[0]
    first = fold(given)
    compound = first.split("-")
    if (
        2 <= len(words) <= 4
        and (
            first in GIVEN_NAMES or (len(compound) == 2 and all(c in GIVEN_NAMES for c in compound))
        )
        and not any(w in ORGANISATION_HEADS for w in parts[1:])
    ):
        # "Marc Durand", "J. Marc Durand", "Pierre-Olivier Durand"; not "Jane County Authority"
        return "person"
    if len(words) >= 2 and any(_MODEL.fullmatch(w) for w in words[1:]):
        return "product"  # "Phone X", "Globex 5", "Windows 11"
    return ""


def plausible_name(name: str) -> bool:
    """True for a name another analyser found that the rules would accept as one: at least
    three letters, not opening on a common word ("Le groupe"), not an abbreviation of a unit
    ("ME", "MDS") nor a description ("Berlin-based").
    """
    words = name.split()
    if len(name) < 3 or not words or fold(words[0]) in STOP or NOT_A_NAME.search(name):
        return False
    if fold(name) in NOT_NAMES or re.search(r"(?:^|\s)[a-zA-Z]{1,2}['’]$", name):
        return False  # "Estimant qu'": a word and an elided one, no name
    return not (name.isupper() and len(name) <= 3 and fold(name) in _UNITS)


_UNITS = frozenset(
    {"me", "md", "mds", "mde", "mdse", "ke", "keur", "meur", "mln", "bn", "usd", "eur"}
)


def _abbreviation_in_name(
    text: str, words: list[tuple[int, int, str]], i: int, date_words: Set[str]
) -> bool:
    """True when word `i`, a short date word ("Sun", "Mar"), opens a name: a capitalised
    word that is no date word follows it after one space ("Sun Initech"), not a
    number, a stop or a month ("Sun. 12", "Mar 5", "Wed March 5").
    """
    if len(words[i][2]) > 4 or i + 1 >= len(words):
        return False
    nxt = words[i + 1][2]
    if fold(nxt) in date_words:
        return False
    return text[words[i][1] : words[i + 1][0]] == " " and nxt[:1].isupper() and nxt.isalpha()


_INSTRUMENT_HEADS = {
    "fr": frozenset({"plan", "programme", "projet", "loi", "code", "decret", "reglement"}),
    "en": frozenset({"act", "code", "bill"}),
}
"""The first words of a plan's, a law's or a code's name written in capitals ("Plan de
Sauvegarde de l'Emploi", "Code du Travail"): an instrument, never a party to news."""
_NEWS_NOUNS = frozenset(
    {
        "news", "word", "reports", "rumours", "rumors", "details", "talk", "talks", "sources",
        "nouvelles", "annonce", "rumeurs", "informations", "bruits",
    }
)  # fmt: skip
"""Nouns of news that open a sentence before "of" and a name ("News of Globex raising"),
and are no part of it; not a body's head ("Port of Springfield", "City of Hooliville")."""


def _named_inside(text: str, name: str, starts: set[int]) -> bool:
    """True when `name` is also written inside a sentence, not at its start: a name whose
    first word is a common word ("Nickel General", "Family Office"), not a sentence's first
    word before a name ("Why Globex").
    """
    at = text.find(name)
    while at >= 0:
        if at not in starts and not _opens(text, at):
            return True
        at = text.find(name, at + 1)
    return False


def _elided(text: str, i: int, words: list[tuple[int, int, str]]) -> bool:
    """True for an elided article or pronoun ("L'", "D'", "C'" before an apostrophe)."""
    _, end, word = words[i]
    return len(word) <= 2 and text[end : end + 1] in ("'", "\u2019")


def _person_after_name(
    pieces: list[list[int]], words: list[tuple[int, int, str]], text: str
) -> list[list[int]]:
    """The pieces, each cut before a person's name that follows a name the text also writes
    alone ("le président de Globex Jean Dupont" names Globex, then Jean Dupont): a given name
    and at least one more word after the words of an organisation, none of them a word that
    heads an organisation ("Globex Martin Holdings" stays one name).
    """
    out = []
    for piece in pieces:
        before = fold(text[max(0, words[piece[0]][0] - 30) : words[piece[0]][0]])
        department = (
            next(
                (
                    k
                    for k in range(1, min(3, len(piece) - 2) + 1)
                    if fold(words[piece[k]][2]) in GIVEN_NAMES
                ),
                None,
            )
            if _DEPARTMENT_BEFORE.search(before)
            else None
        )
        if department is not None and all(
            fold(words[w][2]) in _DEPARTMENTS for w in piece[:department]
        ):
            out.append(piece[department:])  # "Vice President of Logistics Jane Doe": her
            continue
        cut = next(
            (
                k
                for k in range(1, len(piece) - 1)
                if fold(words[piece[k]][2]) in GIVEN_NAMES
                and fold(words[piece[k - 1]][2]) not in GIVEN_NAMES
                and len(words[piece[k - 1]][2]) > 2  # "H. John Doe": an initial
                and not any(fold(words[w][2]) in ORGANISATION_HEADS for w in piece[k:])
                and _written_alone(text, text[words[piece[0]][0] : words[piece[k - 1]][1]])
                and not _PORTFOLIO_BEFORE.search(before)
            ),
            None,
        )
        out.extend([piece] if cut is None else [piece[:cut], piece[cut:]])
    return out


_DEPARTMENT_BEFORE = re.compile(
    r"\b(?:president|vice[- ]president|head|director|manager|officer|vp|svp|evp|directeur"
    r"|directrice|responsable|chef)\s+(?:of|for|du|de la|de l'|des|de)\s*$"
)
"""An officer's title and "of" before a department ("Vice President of Logistics Jane Doe",
"Head of Sales John Smith"): the department is no name, the person follows it."""
_DEPARTMENTS = frozenset(
    {
        "sales", "marketing", "logistics", "operations", "finance", "engineering", "communications",
        "product", "products", "technology", "strategy", "research", "development", "procurement",
        "purchasing", "manufacturing", "legal", "compliance", "human", "resources", "people",
        "talent", "supply", "chain", "global", "investor", "relations", "design", "innovation",
        "digital", "data", "security", "risk", "audit", "quality", "customer", "service",
        "services", "ventes", "achats", "finances", "ressources", "humaines", "communication",
        "production", "recherche", "developpement", "juridique", "qualite", "strategie",
        "numerique",
    }
)  # fmt: skip
"""The business functions a department is named by (folded); a company's name is none."""
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ministre|minister|secretaire d'etat|secretary)\s+(?:du|de la|de l'|des|de|of|for)\s*$"
)
"""A minister's title before a portfolio ("la ministre du Travail Jeanne Dupont"): the
portfolio and the person are written as one run, and the portfolio is no organisation."""


def _written_alone(text: str, name: str) -> bool:
    """True when `text` writes `name` with no capitalised word after it somewhere."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)(?!\s+[A-Z])", text) is not None


def _pieces(run: list[int], words: list[tuple[int, int, str]]) -> list[list[int]]:
    """A run of capitalised words cut at its titles, which are left out; joining words
    ("de", "of") do not end or start a piece.
    """
    pieces: list[list[int]] = [[]]
    for n, k in enumerate(run):
        if k == run[-1] and pieces[-1] and fold(words[k][2]) == "general":
            pieces[-1].append(k)  # "Nickel General", "Globex General": an adjective, no title
        elif fold(words[k][2]) == "general" and _names_a_body(run[n - 1 : n] + run[n:], words):
            pieces[-1].append(k)  # "General Globex": a name, no title
        elif TITLES.match(fold(words[k][2])) or all(
            TITLES.match(part) for part in fold(words[k][2]).split("-")
        ):  # "Co-founder", "PDG-fondateur"
            pieces.append([])
        else:
            pieces[-1].append(k)
    out = []
    for piece in pieces:
        while piece and fold(words[piece[0]][2]) in JOIN:
            piece = piece[1:]
        while piece and fold(words[piece[-1]][2]) in JOIN:
            piece = piece[:-1]
        if piece:
            out.append(piece)
    return out


_AFTER_GENERAL_TITLE = frozenset({"counsel", "secretary", "partner", "assembly", "meeting"})
"""Words after "General" that make it part of a title or a body's meeting ("General Counsel",
"General Assembly"), not the first word of a company's name."""


def _names_a_body(around: list[int], words: list[tuple[int, int, str]]) -> bool:
    """True when "General" (the last of `around` but one, or its first when it opens the
    run) opens a company's name ("General Globex", "General Initech"): it follows no title
    ("Directeur Général de Globex"), and the word after it in the run is neither a title
    ("General Manager"), a joining word, a given name ("General Jane Doe", a rank before a
    person), nor a word of `_AFTER_GENERAL_TITLE`.
    """
    folded = [fold(words[k][2]) for k in around]
    at = folded.index("general")
    if at > 0 and TITLES.match(folded[0]):
        return False
    if at + 1 >= len(folded):
        return False
    after = folded[at + 1]
    return not (
        TITLES.match(after)
        or after in JOIN
        or after in GIVEN_NAMES
        or after in _AFTER_GENERAL_TITLE
    )


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The lines without a final stop most of whose words are capitalised: headlines."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        words = re.findall(r"[^\W\d_][\w'’-]*", stripped)
        if words and stripped[-1:] not in '.!?»”"':
            capitalised = sum(1 for w in words if w[:1].isupper())
            if len(words) >= 4 and capitalised / len(words) >= 0.6:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opens(text: str, start: int) -> bool:
    """True when the word at `start` opens a quotation or a parenthesis."""
    before = text[max(0, start - 2) : start].strip()
    return before[-1:] in ("«", '"', "“", "(", "—", "-", ":")


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """An entity id made from a name: "Jeanne Dupont-Martin" gives "jeanne-dupont-martin"."""
    return _NON_SLUG.sub("-", fold(name)).strip("-")[:100].strip("-") or "entity"
