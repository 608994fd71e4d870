"""What a draft leaves out of the statements read: a statement said again (the same table,
the same clause read once per date, or company news with the same key fields and date), a
clause that only names news told before by its noun ("The partnership centres around
storage", "Tuesday's fine is the largest"), and a clause that is no news (a concession, a
source that gave no answer, an apposition that does not describe its name, a clause that only
says who told the news and when).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from timeline.extract._name_words import NUMBER_WORDS
from timeline.extract._seedfile import COMPANY_NEWS_TYPES, DraftEvent
from timeline.extract._text import fold
from timeline.extract.cues import COMPANY_NEWS, Cue, find_cues

__all__ = ["kept"]


def kept(events: Iterable[DraftEvent], text: str, folded: str, lang: str) -> list[DraftEvent]:
    """The events of an article that a draft proposes, in order (see the module's docstring)."""
    title = text.find("\n") if "\n" in text else 0
    unique = _told_in_full_later(_unique(events, text))
    return _told_before(
        [
            e
            for e in unique
            if not (_aside(e) or _bare(e, title) or _late(e, folded) or _asked(e, text))
        ],
        folded,
        lang,
    )


_SENTENCE_END = re.compile(r"[.!?…](?=[\s»”\"')]|$)")
"""The mark that ends a sentence (not the point of "4.2"), on the original text."""


def _asked(event: DraftEvent, text: str) -> bool:
    """True for a plan, a statement or a generic fact drafted from a sentence that is a
    question ("Des changements sont-ils prévus, notamment pour Globex ?", "Will Globex
    sell?"): a question states nothing.
    """
    if event.type not in ("plan_announced", "stance_stated", "fact_asserted"):
        return False
    end = _SENTENCE_END.search(text, event.start + len(event.quote))
    if end is None or end.group() != "?":
        return False
    between = text[event.start + len(event.quote) : end.start()]
    return "(" not in between  # "..., Jane Doe said (why now?)": an aside asks, not the news


_LATE = re.compile(r"\b(?:(?:its|his|her|their|the)\s+late|feue?|(?:le|la|son|sa)\s+defunte?)\s+$")
"""Words before the title of a person who has died ("its late", "feu")."""
_DIED = re.compile(r"\b(?:who died|(?:qui est )?(?:decede|mort|disparu)e? en)\b")
"""A relative clause of death ("who died in 2011", "décédé en 2011")."""


def _late(event: DraftEvent, folded: str) -> bool:
    """True for the role of a person who has died ("its late co-founder", "its co-founder who
    died in 2011"): background, since no one holds a role after death.
    """
    if event.type != "role_held":
        return False
    before = folded[max(0, event.start - 20) : event.start]
    end = event.start + len(event.quote)
    return bool(_LATE.search(before) or _DIED.search(folded, event.start, end))


_WORDING = frozenset({"value", "stance", "plan", "detail", "claim", "offering", "audience"})
"""Fields that hold the source's wording rather than a fact's key."""


def _keys(event: DraftEvent) -> dict[str, Any]:
    """The fields of `event` that say its fact, not the source's wording. A result's value
    is its figure, a key: "17 millions" and "25 millions en 2023" are two results.
    """
    figure = event.type == "results_reported"
    return {k: v for k, v in event.fields.items() if k not in _WORDING or (figure and k == "value")}


def _unique(events: Iterable[DraftEvent], text: str) -> list[DraftEvent]:
    """The events, without those that repeat an earlier one of the article: the same table,
    or for company news the same type, key fields and date (a fine or a role named again in
    another sentence adds no fact); when the earlier is the title's, the body's is kept.
    """
    seen: set[str] = set()
    first: dict[str, int] = {}  # each fact of company news, at its place in `out`
    title = text.find("\n") if "\n" in text else 0
    out: list[DraftEvent | None] = []
    for event in events:
        key = json.dumps(event.table(text), sort_keys=True, default=str)
        fact = json.dumps(
            [
                event.type,
                _keys(event),
                event.when,
            ],
            sort_keys=True,
            default=str,
        )
        clause = json.dumps([event.type, event.start, event.quote, event.fields], default=str)
        if key in seen or clause in seen:
            continue  # one clause read twice, once for each of its dates ("2018-2019")
        if event.type in _KEYED and fact not in first and _repeats(event, out):
            continue
        if event.type in _KEYED and fact in first:
            earlier = out[first[fact]]
            if earlier is not None and earlier.start < title:
                # the title said it first: the body's sentence is the one to review
                out[first[fact]] = None
                first[fact] = len(out)
                out.append(event)
            continue
        seen.update((key, fact, clause))
        if event.type in _KEYED:
            first[fact] = len(out)
        out.append(event)
    return [e for e in out if e is not None]


def _repeats(event: DraftEvent, earlier: Sequence[DraftEvent | None]) -> bool:
    """True when an earlier event of the same type has every key field of `event` with the
    same value, and `event` has no other date nor a figure of its own in its detail: a second
    mention that adds nothing ("The fine is the second-biggest antitrust penalty" after "X
    fined Globex €500m").
    """
    mine = _keys(event)
    figures = set(_FIGURE.findall(str(event.fields.get("detail", ""))))
    return any(
        e is not None
        and e.type == event.type
        and (event.when is None or event.when == e.when)
        and all(k in e.fields and e.fields[k] == v for k, v in mine.items())
        and figures <= set(_FIGURE.findall(str(e.fields.get("detail", ""))))
        for e in earlier
    )


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
"""A figure in a detail ("job cuts, by 20%"): a detail with a figure of its own adds a fact."""


_SAID = frozenset({"plan_announced"})
"""The type whose fields hold the source's wording and that a lede sums up: two plans are
one when they say the same words (a quotation said twice stays two statements)."""
_ABOUT = ("organization", "entity")
_FUNCTION_WORDS = frozenset(
    {
        "the", "and", "for", "with", "that", "this", "its", "their", "has", "have", "had",
        "was", "were", "are", "will", "would", "from", "les", "des", "une", "pour", "par",
        "avec", "dans", "sur", "qui", "que", "est", "ont", "ete", "aux", "son", "ses", "leur",
        "cette", "plus", "also", "aussi",
    }
)  # fmt: skip


def _told_in_full_later(events: Sequence[DraftEvent]) -> list[DraftEvent]:
    """The events, without one that a later event of the same type tells again with more:
    company news whose key fields (one at least besides its organisation) the later one has
    with the same values and more ("raised $8 million in Series A funding", then "raised $8
    million in a Series A round led by X"), or a plan of the same organisation whose words
    are mostly the later one's ("où aucun emploi ne devrait être
    touché", then "aucun emploi ne devrait être touché"). The later, fuller telling is kept;
    an earlier event with a date of its own stays.
    """
    return [
        e
        for i, e in enumerate(events)
        if not any(_fuller(later, e) for later in events[i + 1 :] if later.start > e.start)
    ]


def _fuller(later: DraftEvent, event: DraftEvent) -> bool:
    """True when `later` is `event` told again with at least as much (see
    `_told_in_full_later`).
    """
    if later.type != event.type or (event.when is not None and event.when != later.when):
        return False
    if event.type in _SAID:
        about = [event.fields.get(k) for k in _ABOUT]
        words = _content_words(event.quote)
        return (
            about == [later.fields.get(k) for k in _ABOUT]
            and bool(words)
            and len(words & _content_words(later.quote)) >= 0.6 * len(words)
        )
    if event.type not in _KEYED:
        return False
    mine, theirs = _keys(event), _keys(later)
    return (
        any(k not in _ABOUT for k in mine)
        and len(theirs) > len(mine)
        and all(theirs.get(k) == v for k, v in mine.items())
    )


def _content_words(quote: str) -> set[str]:
    """The content words of a quote, folded and cut to five letters ("employees" and
    "employed" are one word).
    """
    return {
        w[:5]
        for w in re.findall(r"[\w$€%]+", fold(quote))
        if len(w) >= 3 and w not in _FUNCTION_WORDS
    }


_BACKGROUND = re.compile(
    r"(?:while|whilst|although|though|even if|unless|bien que|quoique|meme si|sous reserve"
    r"|a moins qu|une fois|once)\b",
)
"""A clause opening on a concession or a condition ("While this has spurred...", "sous réserve
que ses actionnaires donnent leur accord", "une fois bouclée la consultation"): the
background of a statement, not news."""
_CIRCUMSTANCE = re.compile(
    r"(?:(?:it|this|cela|ceci) (?:also )?(?:comes?|intervient) )?"
    r"(?:after|amid|amidst|despite|malgre|apres|face a|dans un contexte)\s+"
    r"(?!\w+ing\b|avoir\b|etre\b|s'etre\b)"
)
"""A clause opening on the circumstance of the news ("After worries that...", "It also comes
amid a boom", "malgré la crise"), not on a verb ("after announcing", "après avoir lancé"
stay): background."""
_PARTICIPIAL = re.compile(r"(?:ayant|etant|having|being)\b")
"""A clause opening on a present participle ("ayant désormais accès à", "having won the
approval of"): a circumstance of the sentence's news, not news of its own."""
_NO_COMMENT = re.compile(
    r"\b(?:(?:was|were) not (?:immediately )?available (?:to|for)|declined to comment"
    r"|did not (?:immediately )?respond|n'a pas (?:pu etre joint|souhaite commenter|repondu)"
    r"|n'ont pas (?:pu etre joints|souhaite commenter|repondu)"
    r"|(?:has|have) reached out to .{0,80}?(?:for (?:comment|details)|will update)"
    r"|will update (?:this|the) (?:report|story|article)"
    r"|a contacte .{0,40} pour (?:obtenir )?(?:des precisions|un commentaire))"
)
"""The press formula of a source that gave no answer ("was not immediately available to
provide the number") or was asked and will be ("has reached out to Globex ... and will
update this report"): no news."""
_NOT_A_DESCRIPTION = re.compile(
    r"(?:ce qui|ce que|which|a savoir|namely)\b"
    r"|(?:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*(?:, | and | et |$))+$"
)
"""An apposition that is a consequence ("ce qui entraîne des délais", "which means") or a
list ("à savoir le fonds X", "Globex, Initech and Umbrella"), not what the name is."""


_FORMER_PLAN = re.compile(
    r"\b(?:avait|avaient)\s+(?:[\w']+\s+)?(?:prevu|envisage|projete)\b"
    r"|\bhad\s+(?:\w+\s+)?(?:planned|intended|hoped)\b"
)
"""A plan told in the pluperfect ("avait d'abord prévu de", "had planned to"): a former
plan, the background of what was done instead, not a plan announced."""
_NO_PLAN = re.compile(
    r"\b(?:(?:it is|it's|it was|remains?) (?:unclear|uncertain|not (?:yet )?(?:known|clear))"
    r"|(?:does|do|did) not (?:reveal|say|disclose|give)|(?:doesn|don|didn)['’]t (?:reveal|say"
    r"|disclose|give)|on ignore|on ne sait pas|(?:n'etait|n'est|n'a ete) (?:initialement )?pas"
    r" prevue?|sera mis a jour|will be updated|want to hear from you)\b"
)
"""What is no plan announced, though told in the future: what is not known yet ("It's
unclear when construction will begin", "on ignore quels postes seront supprimés"), not
disclosed, was not planned, a page's note ("Cet article sera mis à jour"), or an appeal to
the reader ("we want to hear from you"; a plan that serves "you" stays one)."""
_EXPECTED = re.compile(
    r"(?:versus|vs\.?|against|compared (?:with|to)|contre|face (?:a|aux?))\s+"
    r"(?:[\w&'-]+\s+){0,3}(?:expectations?|estimates?|consensus|forecasts?|attentes|previsions)\b"
)
"""A clause opening on what analysts expected ("versus analysts' expectations of 30 cents"):
their figure, not the company's result."""


_FOLLOWING = re.compile(
    r"\b(?:the following|ci-dessous|ci-apres|suivante?)\s+(?:\w+\s+)?"
    r"(?:note|memo|letter|statement|e-?mail|message|lettre|courrier|communique|declaration)\b"
)
"""A clause that introduces a text reproduced after it ("sent the following note to
employees"): the news is in the text, not in its sending."""
_MISSION = re.compile(
    r"[\w.&'’ -]{1,40}? (?:is|est) (?:an?|une?) [^,;]{0,60}?\b(?:that|which|qui)"
    r" (?:wants?|aims?|seeks?|hopes?|veut|souhaite|ambitionne|entend|vise)\b"
)
"""A description whose relative clause tells what the company wants ("X is a software
company that wants to make maps easier"): its mission, not a plan announced."""


_MAY_CONTEST = re.compile(
    r"\b(?:can|may|could|might|peut|peuvent|pourrait|pourraient)\s+(?:\w+\s+)?"
    r"(?:appeal|challenge|contest|faire appel|contester)\b"
)
"""A right to contest a ruling ("can appeal the penalty", "peut faire appel"): a possibility,
not a legal action taken."""
_HAD_MOVED = re.compile(
    r"\b(?:had|avait|avaient)\s+(?:\w+\s+)?(?:gained|risen|rose|fallen|fell|dropped|climbed"
    r"|lost|jumped|soared|grimpe|recule|chute|progresse|gagne|perdu)\b"
)
"""A figure that had moved before the news ("its stock had gained 38% over the last year"):
the background of the day's figures."""
_REPORTING = re.compile(
    r"\b(?:(?:a|ont|avait|avaient) (?:indique|precise|annonce|declare|fait savoir|publie)"
    r"|said|reported|announced)\b"
)
"""A verb of reporting before a pluperfect ("a indiqué que son chiffre d'affaires avait
progressé", "said revenue had risen"): the tense of reported speech, not a figure of
before."""
_SPAN_FRAME = re.compile(r"\b(?:over the (?:past|last)|since|depuis|sur un an|en un an)\b")
"""A frame of time over which a figure had moved ("had gained 38% over the past year"):
background even in reported speech."""
_DATING_FROM = re.compile(r"\b(?:datant de|dating (?:back )?(?:from|to)|remontant a)\b")
"""What a noun's date says ("des faits datant de 2018", "practices dating back to 2009"): the
time of what the news is about, not news of its own."""


_AUDIENCE = re.compile(
    r"(?:[\w'-]+\s+){0,3}?(?:users|customers|consumers|clients|utilisateurs|consommateurs"
    r"|investors|investisseurs|observers|observateurs|analysts|analystes|passengers|passagers"
    r"|subscribers|abonnes|drivers|conducteurs|patients|visitors|visiteurs|fans|players"
    r"|joueurs|voyageurs|travell?ers|buyers|acheteurs|readers|lecteurs|viewers|spectateurs)"
    r"\s+(?!of\b|de\b|du\b|des\b)"
    r"(?:[\w'-]+\s+){0,4}?(?:will|would|could|can|may|might|should|seems?|pourr\w*|devr\w*"
    r"|vont|seront|auront|peuvent)\b"
)
"""The opening of what the people a company serves or answers to will or may do ("Globex
users will be able to", "Les utilisateurs pourront", "Investors seem to be hoping"): the
subject of the clause is its audience, so it describes an offer or a mood, not the
company's own news ("The customers of both companies would benefit" is about the deal).
Shareholders and members are not an audience: what they will do (vote, receive a price) is
the company's news."""


_SAID_TYPES = frozenset({"plan_announced", "stance_stated", "claim_attributed", "fact_asserted"})
"""The types of what is said rather than done: plans, statements, claims and generic facts."""

_STAFF = (
    r"(?:porte-parole|spokes\w*|representa\w*|responsable|dirigeant|cadre|proche|source"
    r"|official|executive|analyst\w*|analyste|expert|membre|member|person\w*)"
)
_ANONYMOUS = re.compile(
    r"\b(?:said|says|s'exprime|explique|confie|raconte|temoigne|dit|ajoute|lance)\s+"
    rf"(?:[\w']+\s+){{0,2}}(?:un|une)\s+(?!{_STAFF})(?P<who>\w+(?:\s+\w+)?)\W*$"
    rf"|\ban?\s+(?!{_STAFF})(?P<what>\w+) (?:that )?(?:said|says)\b"
)
"""A statement whose speaker is a common noun after an indefinite article ("s'exprime un
habitant soulagé", "a message that said"): a passer-by or a thing, not a source of the
article's organisations (a spokesperson, an executive, an analyst stay)."""


def _anonymous(event: DraftEvent) -> bool:
    """True for a statement by an unnamed passer-by or a thing (`_ANONYMOUS`), whose speaker
    is written in lower case (a name, "a Globex employee", is a source).
    """
    if event.type not in ("stance_stated", "claim_attributed"):
        return False
    found = _ANONYMOUS.search(fold(event.quote))
    if found is None:
        return False
    who = found.start("who") if found.group("who") else found.start("what")
    return event.quote[who].islower()


_GENERIC = re.compile(
    r"(?:une?|an?|(?:l'|la |les |the )(?:entreprises?|societes?|companies|company|startups?)"
    r"(?= (?:peu\w*|doi\w*|can|may|must)\b))\s"
)
"""The opening of a general statement: an indefinite subject ("Une levée de fonds est une
procédure", "A startup can raise"), or a company in general with a modal ("L'entreprise peut
lever des fonds")."""


def _generic(quote: str, clause: str) -> bool:
    """True for a general statement, a definition rather than news: it opens on `_GENERIC`
    and names nothing and no figure (no capitalised word after its first, no digit, no word
    of number: "Une centaine de postes doivent être supprimés" is news).
    """
    if not _GENERIC.match(clause) or re.search(r"\d", quote):
        return False
    if any(w in _QUANTITIES for w in re.findall(r"[\w-]+", clause)):
        return False
    if not _DEFINING.match(clause):
        return False  # "Une levée qui s'accompagne d'une nouvelle gouvernance": that one
    return not any(w[:1].isupper() for w in quote.split()[1:])


_QUANTITIES = (NUMBER_WORDS - {"un", "une", "one"}) | frozenset(
    {
        "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
        "cinquantaine", "soixantaine", "centaine", "centaines", "millier", "milliers",
        "moitie", "tiers", "quart", "hundreds", "thousands", "third", "quarter", "half",
        "percent",
    }
)  # fmt: skip
"""Words of number and quantity (not the indefinite articles): a clause with one tells a
figure."""
_DEFINING = re.compile(
    r"(?:(?!qui |which |that |dont )\S+ ){1,5}?(?:est une?|sont des|peut|peuvent|doit|doivent"
    r"|permet|permettent|entraine|entrainent|designe|consiste|is an?|are an?|can|may|must"
    r"|refers to|means)\b"
)
"""A general subject's verb that defines or tells what may be done, within its first words
("Une levée de fonds est une procédure", "L'entreprise peut lever"): no relative clause
("qui", "which") comes before it, which would make the subject one particular thing."""


def _aside(event: DraftEvent) -> bool:
    """True for a clause that is no news: the background of a statement (a concession, a
    condition or a circumstance, without a date or a figure of its own; a participle clause
    without a figure; a former plan; a company's mission; a figure that had moved before;
    the date of what a noun names), a right to contest, what analysts expected, the
    sending of a text reproduced after it, a source that gave no answer or has no name, an
    apposition that does not describe its name.
    """
    clause = fold(event.quote)
    if _NO_COMMENT.search(clause) or _anonymous(event) or _generic(event.quote, clause):
        return True
    if event.type == "plan_announced" and (_FORMER_PLAN.search(clause) or _NO_PLAN.search(clause)):
        return True
    if event.type in _SAID_TYPES and _AUDIENCE.match(clause):
        return True
    if _EXPECTED.match(clause) or _FOLLOWING.search(clause):
        return True
    if event.type == "legal_action_reported" and _MAY_CONTEST.search(clause):
        return True
    moved = _HAD_MOVED.search(clause)
    if (
        event.type in ("results_reported", "fact_asserted")
        and moved
        and (not _REPORTING.search(clause, 0, moved.start()) or _SPAN_FRAME.search(clause))
    ):
        return True
    if event.fields.get("attribute") == "events" and _DATING_FROM.search(clause):
        return True  # a clause kept only for a date that is the date of a noun
    figure = re.search(r"\d", clause) is not None
    if event.type == "plan_announced" and _MISSION.match(clause) and not figure:
        return True
    if (
        (_BACKGROUND.match(clause) or _CIRCUMSTANCE.match(clause))
        and event.when is None
        and not figure
    ):
        return True  # "though it lowered its valuation in July to $74 billion" stays
    if _PARTICIPIAL.match(clause) and not figure:
        return True  # "having raised $10 million in 2021" stays
    value = event.fields.get("value")
    described = event.type == "fact_asserted" and event.fields.get("attribute") == "description"
    if not described or not isinstance(value, str):
        return False
    return bool(_NOT_A_DESCRIPTION.match(fold(value)) or _NOT_A_DESCRIPTION.fullmatch(value))


_TELLING = re.compile(
    r"(?:annonc|indiqu|affirm|precis|declar|confirm|ajout|expliqu|comment|soulign|poursuivi"
    r"|said|says|announc|added|stated|told|explained|noted|wrote)\w*"
)
"""A verb of telling: what is left of a clause that only says who told the news and when."""
_FILLER = frozenset(
    {
        "the", "a", "an", "this", "that", "it", "its", "he", "she", "they", "we", "le", "la",
        "les", "l'", "un", "une", "des", "de", "du", "d'", "il", "elle", "ils", "elles", "on",
        "ont", "has", "have", "had", "also", "aussi", "t", "dans", "in", "at", "to", "au",
        "aux", "en", "par", "by", "company", "group", "firm", "startup", "societe", "groupe",
        "entreprise", "start-up", "communique", "statement", "release",
    }
)  # fmt: skip
"""Words that leave a clause without content of its own: determiners, pronouns, auxiliaries,
the company's generic names and where a statement was made ("dans un communiqué")."""
_NAMED = frozenset({"role_held", "founded"})
"""Types whose clause may be only names and a title or a participle ("CEO Jane Roe")."""


def _bare(event: DraftEvent, title: int) -> bool:
    """True for a short clause of the body that says only who told the news, when and where:
    an attribution ("the company announced Monday", "a poursuivi Jeanne Dupont") or a
    dateline ("Mardi 3 mars à Lyon (Rhône)"). Its words, without its date, its names
    (capitalised), determiners, pronouns and auxiliaries, are at most verbs of telling.
    """
    if event.start < title or event.type in _NAMED:
        return False
    if event.type == "fact_asserted" and event.fields.get("attribute") in (
        "description",
        "headquarters",
    ):
        return False
    role = event.fields.get("role")
    if event.type == "person_appointed" and isinstance(role, str) and role in event.quote:
        return False  # "COO in 2004": the role named, a step of a career
    quote = event.quote
    if event.when and event.when in quote:
        quote = quote.replace(event.when, " ", 1)
    words = re.findall(r"[\w'’-]+", quote)
    if len(words) > 10:
        return False
    rest = [fold(w).replace("’", "'") for w in words if not w[0].isupper()]
    rest = [w for w in rest if w not in _FILLER]
    return not any(c.isdigit() for w in rest for c in w) and all(
        _TELLING.fullmatch(w) for w in rest
    )


_TOLD = re.compile(
    r"(?:\b(?:the|this|that|le|la|ce|cet|cette)\s+|\bl'|^[\w-]+['’]s\s+)"
    r"(?:(?:plus|most)\s+[\w-]+\s+|(?!(?:of|de|du|des|and|et|a|an|un|une)\b)[\w-]+\s+){0,2}$"
)
"""A definite or demonstrative determiner, or a possessive opening the clause ("Tuesday's"),
and at most two adjectives ("the second-biggest antitrust penalty", "la plus lourde amende"):
the noun after it names what was told before."""


def _told_noun(folded: str, start: int, cue: int) -> bool:
    """True when the noun of news at `cue`, in a clause opening at `start`, follows a
    determiner of news told before (`_TOLD`); a possessive only where the clause opens.
    """
    window = folded[max(start, cue - 40) : cue]
    found = _TOLD.search(window)
    if found is None:
        return False
    return cue - start <= 40 or found.start() > 0 or not _POSSESSIVE.match(window)


_POSSESSIVE = re.compile(r"[\w-]+['’]s\s")


def _possessive_date(event: DraftEvent, cues: Sequence[Cue], folded: str) -> bool:
    """True when the date of the clause is the possessive of its noun of news ("Tuesday's
    fine"): the date of the news told before, not a date of the clause's own.
    """
    when = fold(event.when or "")
    at = folded.find(when, event.start)
    return bool(when) and any(
        re.fullmatch(r"['’]s\s+", folded[at + len(when) : c.start]) for c in cues
    )


_CONDITION = re.compile(r"\b(?:soumise?s?|subject to|conditionne\w*|conditional|sous reserve)\b")
"""Words of a condition the news still waits on ("est soumise à l'accord de"): news."""


def _told_before(events: Iterable[DraftEvent], folded: str, lang: str) -> list[DraftEvent]:
    """The events, without a clause whose news is only a noun naming news of its kind told
    earlier in the article ("The fine is the largest of the year", "Globex can appeal the
    penalty", "The partnership centres around"): a comment on that news, not news of its
    own. A clause with its own date, a figure, a verb of the news, a plan ("will fund the
    acquisition with cash") or a condition ("is subject to approval") stays, and so does a
    statement ("Globex said the acquisition is a major expansion"): someone's view of it.
    """
    kinds: set[str] = set()
    out = []
    for event in events:
        end = event.start + len(event.quote)
        cues = [c for c in find_cues(folded, lang, event.start, end) if c.kind.value == event.cue]
        again = (
            event.cue in kinds
            and (event.when is None or _possessive_date(event, cues, folded))
            and event.type not in ("plan_announced", "stance_stated", "claim_attributed")
            and not re.search(r"\d", event.quote)
            and not _CONDITION.search(folded, event.start, end)
            and bool(cues)
            and all(c.nominal and _told_noun(folded, event.start, c.start) for c in cues)
        )
        if event.cue in _NEWS_KINDS:
            kinds.add(event.cue)
        if not again:
            out.append(event)
    return out


_NEWS_KINDS = frozenset(c.value for c in COMPANY_NEWS)


_KEYED = COMPANY_NEWS_TYPES | {"role_held"}
"""Types of company news whose fields say the whole fact: one of them said again in another
sentence of the article is the same fact."""
