"""Hypothesis strategies for the project's values, one section per type."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from timeline.identity import with_content_id
from timeline.projections import Axes
from timeline.time import Precision, Span, Tense
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EVENT_TYPES,
    REPORTED_TYPES,
    AcquisitionAnnounced,
    ClaimAttributed,
    EntitiesMerged,
    EntityRegistered,
    Event,
    EventRetracted,
    FactAsserted,
    FactCorrected,
    Founded,
    FundingRaised,
    HeadcountChanged,
    InterviewPublished,
    LegalActionReported,
    MergeRetracted,
    OfferingLaunched,
    PartnershipAnnounced,
    PersonAppointed,
    PersonDeparted,
    PlanAnnounced,
    ProductMadeAvailable,
    ProductReleased,
    Reported,
    ResultsReported,
    RoleHeld,
    SiteOpened,
    SourceRegistered,
    StanceStated,
    ValuationReported,
)

# Time ----------------------------------------------------------------------------------------
#
# Reference dates, spans, and date expressions written the way the press writes them. The
# names below are typed out independently of `timeline.time.lexicon`, so that the tests do not
# read the engine's own tables back to it.


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_REF = dt.date(1900, 1, 1)
LAST_REF = dt.date(2100, 12, 31)

FRENCH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("janvier", "janv."),
    ("février", "fevrier", "févr.", "fevr"),
    ("mars",),
    ("avril", "avr."),
    ("mai",),
    ("juin",),
    ("juillet", "juil."),
    ("août", "aout"),
    ("septembre", "sept."),
    ("octobre", "oct."),
    ("novembre", "nov."),
    ("décembre", "decembre", "déc."),
)
ENGLISH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("January", "Jan", "Jan."),
    ("February", "Feb", "Feb."),
    ("March", "Mar."),
    ("April", "Apr."),
    ("May",),
    ("June", "Jun."),
    ("July", "Jul."),
    ("August", "Aug."),
    ("September", "Sept.", "Sep."),
    ("October", "Oct."),
    ("November", "Nov."),
    ("December", "Dec."),
)
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FRENCH_COUNTS = _words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf vingt"
)
ENGLISH_COUNTS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)

_NAMES = {"fr": (FRENCH_MONTHS, FRENCH_WEEKDAYS), "en": (ENGLISH_MONTHS, ENGLISH_WEEKDAYS)}
_CASES = st.sampled_from([str.lower, str.upper, str.title, str.capitalize])
_LEAP_YEARS = [y for y in range(FIRST_REF.year, LAST_REF.year + 1) if calendar.isleap(y)]


def ref_dates() -> st.SearchStrategy[dt.date]:
    """Reference dates from 1900 to 2100, with leap days, month ends and year ends drawn often."""
    leap_days = st.sampled_from(_LEAP_YEARS).map(lambda y: dt.date(y, 2, 29))
    year_ends = years().flatmap(lambda y: st.sampled_from([dt.date(y, 1, 1), dt.date(y, 12, 31)]))
    month_ends = st.builds(
        lambda y, m: dt.date(y, m, calendar.monthrange(y, m)[1]), years(), st.integers(1, 12)
    )
    return st.one_of(st.dates(FIRST_REF, LAST_REF), leap_days, year_ends, month_ends)


def years() -> st.SearchStrategy[int]:
    """Years written with four digits, within the reference range."""
    return st.integers(FIRST_REF.year, LAST_REF.year)


def tenses() -> st.SearchStrategy[Tense]:
    """The tense of the clause an expression stands in."""
    return st.sampled_from(Tense)


def languages() -> st.SearchStrategy[str]:
    """The languages the normalizer reads."""
    return st.sampled_from(["fr", "en"])


def month_names(lang: str) -> st.SearchStrategy[tuple[int, str]]:
    """A month (1-12) and one way of writing its name in `lang`, in any letter case."""
    table = _NAMES[lang][0]
    return st.integers(1, 12).flatmap(
        lambda m: st.tuples(st.just(m), st.sampled_from(table[m - 1]).flatmap(_recased))
    )


def weekday_names(lang: str) -> st.SearchStrategy[tuple[int, str]]:
    """A weekday (0 is Monday) and its name in `lang`, in any letter case."""
    table = _NAMES[lang][1]
    return st.integers(0, 6).flatmap(lambda d: st.tuples(st.just(d), _recased(table[d])))


def counts(lang: str) -> st.SearchStrategy[tuple[int, str]]:
    """A count and how it is written in `lang`: digits, or words up to twenty."""
    words = FRENCH_COUNTS if lang == "fr" else ENGLISH_COUNTS
    in_words = st.integers(1, 20).map(lambda n: (n, words[n]))
    in_digits = st.integers(0, 3000).map(lambda n: (n, str(n)))
    return st.one_of(in_words, in_digits)


def _recased(word: str) -> st.SearchStrategy[str]:
    return _CASES.map(lambda case: case(word))


# Spans: dates crowd into a few weeks so that shared bounds (meets, starts, equals) come often.
_NEAR = st.integers(0, 40).map(lambda n: dt.date(2024, 1, 1) + dt.timedelta(days=n))
_SPAN_DAYS = st.one_of(_NEAR, st.dates(dt.date(1, 1, 2), dt.date(9999, 10, 1)))


@st.composite
def spans(draw: st.DrawFn, *, open_bounds: bool = True) -> Span:
    """Spans of every precision, closed, or (when `open_bounds`) with open bounds."""
    start: dt.date | None = draw(_SPAN_DAYS)
    end: dt.date | None
    if open_bounds and draw(st.integers(0, 4)) == 0:
        start = None
    if open_bounds and draw(st.integers(0, 4)) == 0:
        end = None
    elif start is None:
        end = draw(_SPAN_DAYS)
    else:
        end = start + dt.timedelta(days=draw(st.integers(1, 45)))
    return Span(
        start,
        end,
        draw(st.sampled_from(Precision)),
        draw(st.booleans()),
        draw(st.sampled_from(["", "mars 2024", "fin février", "2024-03-12"])),
        # Not "": `Span` orders a missing language and an empty one alike.
        draw(st.sampled_from([None, "fr", "en"])),
    )


# Expressions written in both languages, for "French and English agree" -----------------------

_FRENCH_PARTS = ("début", "mi-", "fin")
_ENGLISH_PARTS = ("early", "mid-", "late")
_FRENCH_ORDINALS = ("premier", "deuxième", "troisième", "quatrième")
_ENGLISH_ORDINALS = ("first", "second", "third", "fourth")
_FRENCH_SEASONS = ("printemps", "été", "automne", "hiver")
_ENGLISH_SEASONS = ("spring", "summer", "autumn", "winter")


def _month(m: int, lang: str) -> str:
    return _NAMES[lang][0][m - 1][0]


def _part(words: tuple[str, ...], part: int, rest: str) -> str:
    word = words[part]
    return f"{word}{rest}" if word.endswith("-") else f"{word} {rest}"


@st.composite
def _dated(draw: st.DrawFn) -> tuple[str, str]:
    y, m = draw(years()), draw(st.integers(1, 12))
    d = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    fr_day = "1er" if d == 1 else str(d)
    fr, en = _month(m, "fr"), _month(m, "en")
    return draw(
        st.sampled_from(
            [
                (f"{fr_day} {fr} {y}", f"{en} {d}, {y}"),
                (f"le {d} {fr} {y}", f"{d} {en} {y}"),
                (f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"),
                (f"{fr} {y}", f"{en} {y}"),
                (f"en {fr}", f"in {en}"),
                (f"le {d} {fr}", f"{en} {d}"),
                (f"{fr} dernier", f"last {en}"),
                (f"{fr} prochain", f"next {en}"),
                (f"en {y}", f"in {y}"),
            ]
        )
    )


@st.composite
def _parts(draw: st.DrawFn) -> tuple[str, str]:
    y, m, part = draw(years()), draw(st.integers(1, 12)), draw(st.integers(0, 2))
    fr, en = _month(m, "fr"), _month(m, "en")
    return draw(
        st.sampled_from(
            [
                (_part(_FRENCH_PARTS, part, f"{fr} {y}"), _part(_ENGLISH_PARTS, part, f"{en} {y}")),
                (_part(_FRENCH_PARTS, part, fr), _part(_ENGLISH_PARTS, part, en)),
                (_part(_FRENCH_PARTS, part, str(y)), _part(_ENGLISH_PARTS, part, str(y))),
            ]
        )
    )


@st.composite
def _periods(draw: st.DrawFn) -> tuple[str, str]:
    y, q, h, s = (
        draw(years()),
        draw(st.integers(1, 4)),
        draw(st.integers(1, 2)),
        draw(st.integers(0, 3)),
    )
    return draw(
        st.sampled_from(
            [
                (f"{_FRENCH_ORDINALS[q - 1]} trimestre {y}", f"Q{q} {y}"),
                (f"T{q} {y}", f"{_ENGLISH_ORDINALS[q - 1]} quarter of {y}"),
                (f"{_FRENCH_ORDINALS[h - 1]} semestre {y}", f"H{h} {y}"),
                (f"{_FRENCH_ORDINALS[h - 1]} semestre", f"{_ENGLISH_ORDINALS[h - 1]} half"),
                (f"{_FRENCH_SEASONS[s]} {y}", f"{_ENGLISH_SEASONS[s]} {y}"),
                (f"l'{_FRENCH_SEASONS[s]}" if s else "le printemps", _ENGLISH_SEASONS[s]),
            ]
        )
    )


_RELATIVE: tuple[tuple[str, str], ...] = (
    ("aujourd'hui", "today"),
    ("hier", "yesterday"),
    ("avant-hier", "the day before yesterday"),
    ("demain", "tomorrow"),
    ("après-demain", "the day after tomorrow"),
    ("la semaine dernière", "last week"),
    ("cette semaine", "this week"),
    ("la semaine prochaine", "next week"),
    ("le mois dernier", "last month"),
    ("ce mois-ci", "this month"),
    ("le mois prochain", "next month"),
    ("l'an dernier", "last year"),
    ("l'année dernière", "last year"),
    ("cette année", "this year"),
    ("l'an prochain", "next year"),
    ("la fin de l'année", "the end of the year"),
)


@st.composite
def _relative(draw: st.DrawFn) -> tuple[str, str]:
    d = draw(st.integers(0, 6))
    fr, en = FRENCH_WEEKDAYS[d], ENGLISH_WEEKDAYS[d]
    n = draw(st.integers(1, 20))
    unit = draw(st.integers(0, 3))
    fr_unit = ("jours", "semaines", "mois", "ans")[unit]
    en_unit = ("days", "weeks", "months", "years")[unit]
    return draw(
        st.sampled_from(
            [
                *_RELATIVE,
                (fr, en),
                (f"{fr} dernier", f"last {en}"),
                (f"{fr} prochain", f"next {en}"),
                (f"il y a {FRENCH_COUNTS[n]} {fr_unit}", f"{ENGLISH_COUNTS[n]} {en_unit} ago"),
                (f"il y a {n} {fr_unit}", f"{n} {en_unit} ago"),
            ]
        )
    )


@st.composite
def _ranges(draw: st.DrawFn) -> tuple[str, str]:
    y1 = draw(years())
    y2 = draw(st.integers(y1, y1 + 5))
    m1 = draw(st.integers(1, 12))
    m2 = draw(st.integers(m1, 12))
    fr1, fr2, en1, en2 = _month(m1, "fr"), _month(m2, "fr"), _month(m1, "en"), _month(m2, "en")
    article = "d'" if fr1[0] in "aeiou" else "de "
    return draw(
        st.sampled_from(
            [
                (f"entre {y1} et {y2}", f"between {y1} and {y2}"),
                (f"de {y1} à {y2}", f"from {y1} to {y2}"),
                (f"{article}{fr1} à {fr2} {y1}", f"from {en1} to {en2} {y1}"),
                (f"du 1er {fr1} au 2 {fr2} {y1}", f"from {en1} 1 to {en2} 2, {y1}"),
            ]
        )
    )


_DATE_WORDS = _words(
    "le la l' de du au à entre et from to between and fin début mi- early late end of the mars "
    "février March 2024 2023 12 1er 31 29 hier demain mardi Tuesday dernier prochain last next "
    "semaine mois an année week il y a deux jours days ago dans in hiver winter T1 Q1 H2 "
    "semestre trimestre quarter half 12/03/2024 3/12 - / ."
)


def texts() -> st.SearchStrategy[str]:
    """Any text: arbitrary characters, or date words strung together at random."""
    salad = st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=6).map(" ".join)
    return st.one_of(st.text(max_size=20), salad)


def expression_pairs() -> st.SearchStrategy[tuple[str, str]]:
    """One date expression written in French and in English, meaning the same span."""
    return st.one_of(_dated(), _parts(), _periods(), _relative(), _ranges())


# Events and records --------------------------------------------------------------------------

_T = TypeVar("_T")
_R = TypeVar("_R", bound=Reported)

_SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
_SOME_UNICODE = "aàâçéèêëîïôöùûüÿæœß ÆŒÉ—–’“”«» ñ¿¡ 中文日本語 한국어 Ελληνικά Русский 🙂🚀"
_ODD_SPACE = " \t\n\u00a0\u2028"


def _prose(*, min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    """Text mixing ASCII with accents, other scripts, emoji and odd whitespace."""
    chars = st.sampled_from(_SOME_UNICODE + _ODD_SPACE) | st.characters(codec="utf-8")
    return st.text(chars, min_size=min_size, max_size=max_size)


def _labels() -> st.SearchStrategy[str]:
    """Short non-empty labels: an attribute, a role, a currency, a topic."""
    return _prose(min_size=1, max_size=12)


def _maybe(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.none() | strategy


@functools.cache
def entity_ids() -> st.SearchStrategy[str]:
    """Entity ids: slugs of lower-case words joined by `-`, such as `acme-corp`."""
    word = st.text(_SLUG_CHARS, min_size=1, max_size=8)
    return st.lists(word, min_size=1, max_size=3).map("-".join)


@functools.cache
def entities() -> st.SearchStrategy[Entity]:
    """Entities with a slug id, a name, a kind and a few aliases."""
    return st.builds(
        Entity,
        id=entity_ids(),
        name=_prose(min_size=1),
        kind=st.sampled_from(["organization", "person", "product", "outlet"]),
        aliases=st.lists(_prose(min_size=1), max_size=3).map(tuple),
    )


@functools.cache
def documents() -> st.SearchStrategy[Document]:
    """Documents whose text holds some unicode, with and without the optional metadata."""
    return st.builds(
        Document,
        id=entity_ids().map("doc-{}".format),
        title=_prose(min_size=1),
        publisher=_prose(min_size=1),
        published=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
        language=st.sampled_from(["fr", "en", "de"]),
        text=_prose(min_size=1, max_size=200),
        url=_maybe(st.sampled_from(["https://example.org/a", "https://exemple.fr/é"])),
        agency=_maybe(st.sampled_from(["AFP", "Reuters"])),
        path=_maybe(st.sampled_from(["seeds/a.txt", "seeds/b.txt"])),
    )


@st.composite
def citations(draw: st.DrawFn, document: Document | None = None) -> Citation:
    """A non-empty quote standing at its offsets in `document`'s text (or in some text)."""
    doc_id, text = (
        draw(_DOCUMENT_IDS_AND_TEXTS) if document is None else (document.id, document.text)
    )
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return Citation(document=doc_id, quote=text[start:end], start=start, end=end)


_DOCUMENT_IDS_AND_TEXTS = st.tuples(
    entity_ids().map("doc-{}".format), _prose(min_size=1, max_size=200)
)


def _reported(
    cls: type[_R], document: Document | None, **fields: st.SearchStrategy[Any]
) -> st.SearchStrategy[_R]:
    """`cls` with the fields every reported event has, citing `document` when given."""
    return st.builds(
        cls,
        entities=st.lists(entity_ids(), min_size=1, max_size=3).map(tuple),
        when=spans(),
        source=citations(document),
        known_since=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
        **fields,
    )


@functools.cache
def source_registered_events() -> st.SearchStrategy[SourceRegistered]:
    """`SourceRegistered` events, without their content id."""
    return st.builds(SourceRegistered, document=documents())


@functools.cache
def entity_registered_events() -> st.SearchStrategy[EntityRegistered]:
    """`EntityRegistered` events, without their content id."""
    return st.builds(
        EntityRegistered, entity=entities(), document=_maybe(entity_ids().map("doc-{}".format))
    )


@functools.cache
def entities_merged_events() -> st.SearchStrategy[EntitiesMerged]:
    """`EntitiesMerged` events of two different ids, without their content id."""
    return (
        st.tuples(entity_ids(), entity_ids(), _maybe(texts()), st.integers(1, 3))
        .filter(lambda t: t[0] != t[1])
        .map(lambda t: EntitiesMerged(kept=t[0], merged=t[1], reason=t[2], nth=t[3]))
    )


@functools.cache
def merge_retracted_events() -> st.SearchStrategy[MergeRetracted]:
    """`MergeRetracted` events, without their content id."""
    return st.builds(
        MergeRetracted,
        retracts=entity_ids().map("entities_merged-{}".format),
        reason=_maybe(texts()),
    )


def founded_events(document: Document | None = None) -> st.SearchStrategy[Founded]:
    """`Founded` events, without their content id."""
    return _reported(Founded, document, founders=_maybe(_prose(min_size=1)))


def role_held_events(document: Document | None = None) -> st.SearchStrategy[RoleHeld]:
    """`RoleHeld` events, without their content id."""
    return _reported(
        RoleHeld, document, person=entity_ids(), organization=entity_ids(), role=_labels()
    )


def product_released_events(
    document: Document | None = None,
) -> st.SearchStrategy[ProductReleased]:
    """`ProductReleased` events, without their content id."""
    return _reported(
        ProductReleased,
        document,
        organization=entity_ids(),
        product=entity_ids(),
        line=st.sampled_from(["products", "models", "open-weight models"]),
        detail=_maybe(_prose(min_size=1)),
    )


def partnership_announced_events(
    document: Document | None = None,
) -> st.SearchStrategy[PartnershipAnnounced]:
    """`PartnershipAnnounced` events, without their content id."""
    return _reported(
        PartnershipAnnounced,
        document,
        parties=st.lists(entity_ids(), min_size=2, max_size=4, unique=True).map(tuple),
        detail=_maybe(_prose(min_size=1)),
    )


def offering_launched_events(
    document: Document | None = None,
) -> st.SearchStrategy[OfferingLaunched]:
    """`OfferingLaunched` events, without their content id."""
    return _reported(
        OfferingLaunched,
        document,
        organization=entity_ids(),
        offering=_labels(),
        partners=st.lists(entity_ids(), max_size=3).map(tuple),
    )


def product_made_available_events(
    document: Document | None = None,
) -> st.SearchStrategy[ProductMadeAvailable]:
    """`ProductMadeAvailable` events, without their content id."""
    return _reported(
        ProductMadeAvailable,
        document,
        product=entity_ids(),
        audience=_labels(),
        platform=_maybe(entity_ids()),
    )


def valuation_reported_events(
    document: Document | None = None,
) -> st.SearchStrategy[ValuationReported]:
    """`ValuationReported` events, without their content id."""
    return _reported(
        ValuationReported,
        document,
        organization=entity_ids(),
        amount=st.integers(0, 10**13),
        currency=st.sampled_from(["EUR", "USD", "dollars", "euros"]),
        qualifier=_maybe(st.sampled_from(["about", "more than", "près de"])),
        according_to=_maybe(_prose(min_size=1)),
    )


def stance_stated_events(document: Document | None = None) -> st.SearchStrategy[StanceStated]:
    """`StanceStated` events, without their content id."""
    return _reported(
        StanceStated,
        document,
        speaker=entity_ids(),
        organization=entity_ids(),
        topic=_labels(),
        stance=_prose(min_size=1),
        venue=_maybe(_prose(min_size=1)),
    )


def interview_published_events(
    document: Document | None = None,
) -> st.SearchStrategy[InterviewPublished]:
    """`InterviewPublished` events, without their content id."""
    return _reported(
        InterviewPublished,
        document,
        person=entity_ids(),
        outlet=entity_ids(),
        topic=_maybe(_labels()),
    )


def claim_attributed_events(
    document: Document | None = None,
) -> st.SearchStrategy[ClaimAttributed]:
    """`ClaimAttributed` events, without their content id."""
    return _reported(
        ClaimAttributed,
        document,
        about=entity_ids(),
        attribute=_labels(),
        claim=_prose(min_size=1),
        claimant=entity_ids(),
    )


def fact_asserted_events(document: Document | None = None) -> st.SearchStrategy[FactAsserted]:
    """`FactAsserted` events, without their content id."""
    return _reported(
        FactAsserted,
        document,
        entity=entity_ids(),
        attribute=_labels(),
        value=_prose(min_size=1),
        single=st.booleans(),
    )


def _event_refs() -> st.SearchStrategy[str]:
    """Ids of earlier events, shaped like content ids."""
    return st.builds(
        "{}-{}".format,
        st.sampled_from([cls.TYPE for cls in REPORTED_TYPES]),
        st.text("0123456789abcdef", min_size=16, max_size=16),
    )


def fact_corrected_events(document: Document | None = None) -> st.SearchStrategy[FactCorrected]:
    """`FactCorrected` events, without their content id."""
    return _reported(
        FactCorrected,
        document,
        corrects=_event_refs(),
        entity=entity_ids(),
        attribute=_labels(),
        value=_maybe(_prose(min_size=1)),
    )


def event_retracted_events(
    document: Document | None = None,
) -> st.SearchStrategy[EventRetracted]:
    """`EventRetracted` events, without their content id."""
    return _reported(
        EventRetracted, document, retracts=_event_refs(), reason=_maybe(_prose(min_size=1))
    )


REPORTED_STRATEGIES: dict[type[Reported], Callable[[Document | None], st.SearchStrategy[Reported]]]
REPORTED_STRATEGIES = {
    Founded: founded_events,
    RoleHeld: role_held_events,
    ProductReleased: product_released_events,
    PartnershipAnnounced: partnership_announced_events,
    OfferingLaunched: offering_launched_events,
    ProductMadeAvailable: product_made_available_events,
    ValuationReported: valuation_reported_events,
    StanceStated: stance_stated_events,
    InterviewPublished: interview_published_events,
    ClaimAttributed: claim_attributed_events,
    FactAsserted: fact_asserted_events,
    FactCorrected: fact_corrected_events,
    EventRetracted: event_retracted_events,
}
"""The strategy of each reported event class, taking the document its citations quote."""


def events_of(cls: type[Event]) -> st.SearchStrategy[Event]:
    """Events of class `cls` (any of `EVENT_TYPES`), without their content id."""
    if cls not in _EVENTS_BY_CLASS:
        _EVENTS_BY_CLASS[cls] = _events_of(cls)
    return _EVENTS_BY_CLASS[cls]


_EVENTS_BY_CLASS: dict[type[Event], st.SearchStrategy[Event]] = {}


def _events_of(cls: type[Event]) -> st.SearchStrategy[Event]:
    if cls is SourceRegistered:
        return source_registered_events()
    if cls is EntityRegistered:
        return entity_registered_events()
    if cls is EntitiesMerged:
        return entities_merged_events()
    if cls is MergeRetracted:
        return merge_retracted_events()
    if issubclass(cls, Reported):
        return REPORTED_STRATEGIES[cls](None)
    raise ValueError(f"no strategy for {cls.__name__}")


@functools.cache
def reported_events(document: Document | None = None) -> st.SearchStrategy[Reported]:
    """Reported events of every class, citing `document` when given, with content ids."""
    return st.one_of([make(document) for make in REPORTED_STRATEGIES.values()]).map(with_content_id)


@functools.cache
def events() -> st.SearchStrategy[Event]:
    """Events of every class in `EVENT_TYPES`, each carrying its content id."""
    return st.one_of([events_of(cls) for cls in EVENT_TYPES]).map(with_content_id)


def event_batches(*, min_size: int = 1, max_size: int = 5) -> st.SearchStrategy[list[Event]]:
    """Batches of events as one `append` takes them."""
    return st.lists(events(), min_size=min_size, max_size=max_size)


@st.composite
def sourced_batches(draw: st.DrawFn, *, max_reported: int = 4) -> list[Event]:
    """A batch that verifies on its own: a document's registration, then events quoting it."""
    document = draw(documents())
    registered = with_content_id(SourceRegistered(document=document))
    reported = [
        with_content_id(attrs.evolve(event, source=draw(citations(document))))
        for event in draw(st.lists(reported_events(), max_size=max_reported))
    ]
    return [registered, *reported]


# Worlds: small logs for projection properties ------------------------------------------------

_WORLD_ENTITIES = ("acme", "bolt", "cargo")
_WORLD_ATTRIBUTES = ("size", "colour", "motto")
_WORLD_VALUES = ("x", "y", "z")


@st.composite
def world_documents(draw: st.DrawFn, count: int = 3) -> list[Document]:
    """A few sources published on distinct days in 2024, each with a short text."""
    days = draw(
        st.lists(
            st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
            min_size=1,
            max_size=count,
            unique=True,
        )
    )
    return [
        Document(
            id=f"doc-{i}",
            title=f"Document {i}",
            publisher="Test Press",
            published=day,
            language="en",
            text=f"Document {i}: something happened.",
        )
        for i, day in enumerate(sorted(days))
    ]


@st.composite
def world_events(
    draw: st.DrawFn, documents: list[Document], when: list[Span], single: dict[str, bool]
) -> Reported:
    """A reported event among a few entities, attributes and values, citing one of `documents`
    and dated by one of the spans `when` (few, so that events often share a span).
    """
    doc = draw(st.sampled_from(documents))
    common: dict[str, Any] = {
        "when": draw(st.sampled_from(when)),
        "source": Citation(document=doc.id, quote=doc.text[:8], start=0, end=8),
        "known_since": doc.published,
    }
    kind = draw(st.sampled_from(["fact", "partnership", "valuation", "company"]))
    if kind == "company":
        event: Reported = draw(world_company_news(common))
    elif kind == "partnership":
        parties = tuple(
            draw(st.lists(st.sampled_from(_WORLD_ENTITIES), min_size=2, max_size=2, unique=True))
        )
        event = PartnershipAnnounced(parties=parties, entities=parties, **common)
    elif kind == "valuation":
        org = draw(st.sampled_from(_WORLD_ENTITIES))
        event = ValuationReported(
            organization=org,
            amount=draw(st.sampled_from([10**9, 2 * 10**9])),
            currency=draw(st.sampled_from(["USD", "EUR"])),
            entities=(org,),
            **common,
        )
    else:
        entity = draw(st.sampled_from(_WORLD_ENTITIES))
        attribute = draw(st.sampled_from(_WORLD_ATTRIBUTES))
        event = FactAsserted(
            entity=entity,
            attribute=attribute,
            value=draw(st.sampled_from(_WORLD_VALUES)),
            single=single[attribute],
            entities=(entity,),
            **common,
        )
    return with_content_id(event)


@st.composite
def worlds(draw: st.DrawFn, max_events: int = 12) -> tuple[list[Event], list[Reported]]:
    """(catalogue events, reported events): a small world to build logs from, in any order."""
    documents = draw(world_documents())
    catalogue: list[Event] = [with_content_id(SourceRegistered(document=d)) for d in documents]
    catalogue += [
        with_content_id(EntityRegistered(entity=Entity(id=e, name=e.title())))
        for e in _WORLD_ENTITIES
    ]
    when = draw(st.lists(spans(), min_size=1, max_size=4))
    # Each attribute has one kind in a world: single-valued or accumulating.
    single = {a: draw(st.booleans()) for a in _WORLD_ATTRIBUTES}
    reported = draw(
        st.lists(
            world_events(documents, when, single), max_size=max_events, unique_by=lambda e: e.id
        )
    )
    return catalogue, reported


def query_dates() -> st.SearchStrategy[Span | None]:
    """A query date in or around 2024 (a day or a month), or None for "everything"."""
    day = st.dates(dt.date(2023, 10, 1), dt.date(2025, 3, 31)).map(Span.day)
    month = st.tuples(st.sampled_from([2023, 2024, 2025]), st.integers(1, 12)).map(
        lambda ym: Span.month(*ym)
    )
    return st.none() | day | month


# Hostile input -------------------------------------------------------------------------------
#
# Mutations of real inputs (log lines, events as JSON, seed files) for fuzzing the readers:
# whatever they are given, only a documented error may come out.

HOSTILE_JSON_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    2**64,
    -(2**70),
    1.5,
    "",
    " ",
    "\x00",
    "\ud800",
    "é" * 40,
    "2024-02-30",
    "2024-13-01",
    "9999-12-31",
    "0001-01-01",
    "2024-03-12T09:30:00",
    "../../../etc/passwd",
    "teleported",
    "founded",
    "source_registered",
    [],
    {},
    [1, "a", None],
    {"start": "2024-03-01", "end": "2024-02-01"},
    {"type": "founded"},
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
)
"""JSON values that break assumptions: wrong types, impossible dates, lone surrogates,
integers beyond 64 bits, deep nesting, paths that escape."""


def _json_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and indexes) into nested dicts and lists, the root included."""
    paths = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            paths += _json_paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            paths += _json_paths(value, (*prefix, index))
    return paths


_REMOVE = object()


def _replace(data: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of `data` with the value at `path` replaced by `new` (removed when `new` is
    `_REMOVE`).
    """
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        out = dict(data)
        if rest or new is not _REMOVE:
            out[head] = _replace(data[head], rest, new)
        else:
            del out[head]
        return out
    items = list(data)
    if rest or new is not _REMOVE:
        items[head] = _replace(items[head], rest, new)
    else:
        del items[head]
    return items


@st.composite
def mutated_json(draw: st.DrawFn, data: Any) -> Any:
    """`data` with one to three of its values replaced by hostile ones, removed, swapped
    with another of its values, or given an unknown key.
    """
    for _ in range(draw(st.integers(1, 3))):
        paths = _json_paths(data)
        path = draw(st.sampled_from(paths))
        other = draw(st.sampled_from(paths))
        values = [_REMOVE] if path else []
        new = draw(
            st.sampled_from([*HOSTILE_JSON_VALUES, *values])
            | st.just(_value_at(data, other))
            | st.integers()
            | st.text(max_size=10)
        )
        data = _replace(data, path, new)
        if isinstance(data, dict) and draw(st.booleans()):
            data = {**data, draw(st.text(max_size=5)): draw(st.sampled_from(HOSTILE_JSON_VALUES))}
    return data


def _value_at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


_GARBAGE = st.sampled_from(
    [b"\x00", b"\n", b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"{", b"}", b'"', b"\\", b"\r\n"]
) | st.binary(min_size=1, max_size=20)


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after one to three accidents or attacks: a flipped byte, a cut, a deleted or
    repeated span, a duplicated, dropped or swapped line, garbage or broken UTF-8 inserted.
    """
    for _ in range(draw(st.integers(1, 3))):
        size = len(data)
        at = draw(st.integers(0, size))
        kind = draw(
            st.sampled_from(["flip", "cut", "delete", "repeat", "garbage", "line", "swap", "drop"])
        )
        lines = data.splitlines(keepends=True)
        if kind == "flip" and size:
            at = min(at, size - 1)
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif kind == "cut":
            data = data[:at]
        elif kind in ("delete", "repeat"):
            end = draw(st.integers(at, min(size, at + 200)))
            data = data[:at] + (data[at:end] * 2 if kind == "repeat" else b"") + data[end:]
        elif kind == "garbage":
            data = data[:at] + draw(_GARBAGE) + data[at:]
        elif lines:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if kind == "line":
                lines.insert(j, lines[i])
            elif kind == "swap":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                del lines[i]
            data = b"".join(lines)
    return data


HOSTILE_TOML_VALUES: tuple[str, ...] = (
    '"../../../etc/passwd"',
    '"/etc/passwd"',
    '"a\\u0000b.txt"',
    '"."',
    '""',
    '"   "',
    "2024-02-30",
    "9999-12-31",
    "0001-01-01",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "-1",
    "99999999999999999999999",
    "1e400",
    "nan",
    "inf",
    "true",
    "[]",
    '[1, "a"]',
    "{ a = 1 }",
    '"31 février"',
    '"le 30 février 2024"',
    '"fin février"',
    '"future"',
    '"before"',
    '"teleported"',
    '"unknown-entity"',
    '"Acme"',
)
"""TOML literals that break a seed file's assumptions."""


@st.composite
def mutated_toml(draw: st.DrawFn, text: str) -> str:
    """A seed file with one to three lines changed: a value replaced by a hostile one or by
    another line's value, a line deleted or repeated, a table header added.
    """
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["value", "swap", "delete", "repeat", "header"]))
        keyed = [n for n, line in enumerate(lines) if "=" in line]
        if kind in ("value", "swap") and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            if kind == "value":
                value = draw(st.sampled_from(HOSTILE_TOML_VALUES))
            else:
                value = lines[draw(st.sampled_from(keyed))].split("=", 1)[1].strip()
            lines[i] = f"{key}= {value}"
        elif kind == "delete" and len(lines) > 1:
            del lines[i]
        elif kind == "repeat":
            lines.insert(i, lines[i])
        elif kind == "header":
            lines.insert(i, draw(st.sampled_from(["[[event]]", "[[entity]]", "[source]", "[x]"])))
    return "\n".join(lines) + "\n"


# Running text for the tagger and the draft writer --------------------------------------------

_SALAD_WORDS = st.sampled_from(
    [
        "le",
        "la",
        "en",
        "de",
        "mardi",
        "lundi",
        "prochain",
        "dernier",
        "fin",
        "début",
        "mi",
        "février",
        "mars",
        "avril",
        "2023",
        "2024",
        "il",
        "y",
        "a",
        "trois",
        "jours",
        "semaine",
        "mois",
        "an",
        "cette",
        "année",
        "a",
        "été",
        "Mars",
        "Mai",
        "sa",
        "un",
        "et",
        ",",
        ".",
        "«",
        "»",
        "12",
        "1er",
        "entre",
        "au",
        "du",
        "chaque",
        "tous",
        "les",
        "depuis",
        "pendant",
        "17h30",
        "heures",
        "the",
        "last",
        "next",
        "week",
        "in",
        "May",
        "on",
        "Tuesday",
        "ago",
        "two",
        "years",
    ]
)


def date_word_salads() -> st.SearchStrategy[str]:
    """Date words, numbers and function words strung together at random, for the tagger."""
    return st.lists(_SALAD_WORDS, max_size=25).map(" ".join)


_NEWS_PIECES = st.sampled_from(
    [
        "Acme",
        "Globex Corp",
        "Jeanne Dupont",
        "a annoncé",
        "a présenté",
        "a lancé",
        "a déclaré",
        "a-t-elle ajouté",
        "un partenariat avec",
        "valorisée à 3 milliards d'euros",
        "directrice générale de",
        "selon",
        "disponible pour les clients de",
        "créée en",
        "dans un entretien au",
        "mardi",
        "fin février",
        "le 3 mars",
        "en 2021",
        "jeudi prochain",
        "se réunira",
        "«nous continuerons»",
        "le groupe",
        "elle",
        ",",
        ".",
        "\n\n",
    ]
)


def news_salads() -> st.SearchStrategy[str]:
    """Pieces of company news (names, verbs, dates, punctuation) in random order, for drafts."""
    return st.lists(_NEWS_PIECES, min_size=1, max_size=30).map(" ".join)


# Worlds with withdrawals and products ---------------------------------------------------------


def _cite(event: Reported) -> dict[str, Any]:
    """The fields a reported event borrows from `event`: its source and publication date."""
    return {"source": event.source, "known_since": event.known_since}


@st.composite
def rich_worlds(draw: st.DrawFn) -> list[Event]:
    """A log's events in some order: a `worlds()` world, products released by its entities
    and facts about them, and corrections and retractions of its events (and of one another),
    published later.
    """
    registered, reported = draw(worlds(max_events=10))
    if not reported:
        return registered
    base = reported[0]
    more: list[Reported] = []
    for product in ("widget", "gadget"):
        if draw(st.booleans()):
            owner = draw(st.sampled_from(_WORLD_ENTITIES))
            more.append(
                ProductReleased(
                    organization=owner,
                    product=product,
                    entities=(owner, product),
                    when=draw(spans()),
                    **_cite(draw(st.sampled_from(reported))),
                )
            )
        for _ in range(draw(st.integers(0, 2))):
            more.append(
                ProductMadeAvailable(
                    product=product,
                    audience=draw(st.sampled_from(["all", "some"])),
                    entities=(product,),
                    when=draw(spans()),
                    **_cite(draw(st.sampled_from(reported))),
                )
            )
            more.append(
                FactAsserted(
                    entity=product,
                    attribute="motto",
                    value=draw(st.sampled_from(["x", "y"])),
                    single=True,
                    entities=(product,),
                    when=draw(spans()),
                    **_cite(base),
                )
            )
    targets = [with_content_id(e) for e in more] + reported
    days = sorted({e.when for e in targets})
    withdrawals: list[Reported] = []
    for _ in range(draw(st.integers(0, 4))):
        # A victim may be a correction or a retraction drawn before: retracting it undoes it.
        victim = draw(st.sampled_from(targets + [with_content_id(w) for w in withdrawals]))
        by = draw(st.sampled_from(reported))
        if draw(st.booleans()):
            attribute = draw(st.sampled_from(["size", "colour", "motto", "valuation", "x"]))
            withdrawals.append(
                FactCorrected(
                    corrects=victim.id,
                    entity=victim.entities[0],
                    attribute=attribute,
                    value=draw(st.none() | st.sampled_from(["x", "z"])),
                    entities=victim.entities,
                    when=draw(st.sampled_from([Span.unknown(), *days])),
                    **_cite(by),
                )
            )
        else:
            withdrawals.append(
                EventRetracted(
                    retracts=victim.id,
                    entities=victim.entities,
                    when=draw(spans()),
                    **_cite(by),
                )
            )
    known = {e.id for e in reported}
    fresh = {e.id: e for e in map(with_content_id, [*more, *withdrawals]) if e.id not in known}
    extra = list(fresh.values())
    body = draw(st.permutations(reported + extra))
    head = draw(st.integers(0, len(body)))
    return registered[:2] + body[:head] + registered[2:] + body[head:]


def query_axes() -> st.SearchStrategy[Axes]:
    """The three query axes, each drawn independently (None for "everything")."""
    return st.builds(
        Axes,
        as_of=query_dates(),
        known_at=query_dates(),
        upto_seq=st.none() | st.integers(0, 40),
    )


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value: nested lists and objects of nulls, booleans, big integers and text."""
    return st.recursive(
        st.none()
        | st.booleans()
        | st.integers(-(2**70), 2**70)
        | st.text(st.characters(codec="utf-8")),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.text(st.characters(codec="utf-8"), max_size=6), inner, max_size=4)
        ),
        max_leaves=20,
    )


def json_texts() -> st.SearchStrategy[str | bytes]:
    """Texts that are, or nearly are, JSON: values with deep nesting, integers around 64 bits,
    lone surrogates, NaN and huge exponents, as text or UTF-8 bytes, some of them cut short or
    with a character changed.
    """
    leaves = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, 10**30])
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=8)
    )
    values = st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
        ),
        max_leaves=40,
    )
    deep = st.integers(25, 40).map(lambda n: "[" * n + "1" + "]" * n)
    raw = (
        values.map(lambda v: json.dumps(v, ensure_ascii=False))
        | values.map(json.dumps)
        | deep
        | st.sampled_from(["NaN", "[Infinity]", "[1e400]", '"\\ud800"', '"\ud800"', "\ufeff{}"])
    )
    edited = st.tuples(
        raw, st.integers(0, 60), st.sampled_from(["cut", "swap", "keep"]), st.characters()
    )
    texts = edited.map(_edit_text)
    return texts | texts.map(lambda t: t.encode("utf-8", "surrogatepass"))


def _edit_text(case: tuple[str, int, str, str]) -> str:
    text, at, how, char = case
    at = min(at, len(text))
    if how == "cut":
        return text[:at]
    if how == "swap" and text:
        at = min(at, len(text) - 1)
        return text[:at] + char + text[at + 1 :]
    return text


# The ends of the calendar ---------------------------------------------------------------------

_A_YEAR = dt.timedelta(days=400)
_END_YEARS = st.sampled_from(["0001", "0002", "9998", "9999"])
_RECENT_YEAR = r"\b(?:19|20|21)\d\d\b"


def extreme_dates() -> st.SearchStrategy[dt.date]:
    """Days within about a year of either end of the calendar, the first and last drawn often."""
    ends = st.sampled_from(
        [dt.date.min, dt.date.min + dt.timedelta(days=1), dt.date.max - dt.timedelta(days=1)]
    )
    return st.one_of(
        st.just(dt.date.max),
        ends,
        st.dates(dt.date.min, dt.date.min + _A_YEAR),
        st.dates(dt.date.max - _A_YEAR, dt.date.max),
    )


@st.composite
def _machine_forms_at_the_ends(draw: st.DrawFn) -> str:
    day, other = draw(extreme_dates()), draw(extreme_dates())
    year = f"{day.year:04d}"
    return draw(
        st.sampled_from(
            [
                year,
                f"{year}-{day.month:02d}",
                day.isoformat(),
                f"{year}-W{draw(st.integers(1, 53)):02d}",
                f"{year}-Q{draw(st.integers(1, 4))}",
                f"{year}-H{draw(st.integers(1, 2))}",
                f"{day.isoformat()}/..",
                f"../{day.isoformat()}",
                f"{day.isoformat()}/{other.isoformat()}",
            ]
        )
    )


@st.composite
def _written_at_the_ends(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(draw(expression_pairs())))
    return re.sub(_RECENT_YEAR, lambda _: draw(_END_YEARS), text)


def extreme_expressions() -> st.SearchStrategy[str]:
    """Date expressions at or counting towards the ends of the calendar: machine forms in its
    first and last years, expressions in both languages with their years moved to 0001 or 9999,
    and relative ones ("hier", "dans 20 ans") to be read against an extreme reference date.
    """
    return st.one_of(_machine_forms_at_the_ends(), _written_at_the_ends())


# Hostile fields: what a reader refuses, in events built in code -------------------------------


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def hostile_values() -> st.SearchStrategy[Any]:
    """Values a log reader refuses, or that an event's field may not hold: integers beyond 64
    bits (and just inside), NaN and the infinities, lone surrogates, lists nested around the
    32 levels a record may, and plain values of every other JSON type.
    """
    return st.one_of(
        st.integers(min_value=2**63 - 2, max_value=2**70),
        st.integers(min_value=-(2**70), max_value=-(2**63) + 2),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
        st.integers(26, 40).map(_nested),
        st.none() | st.booleans() | st.text(max_size=5),
    )


_PLAIN_REPORTED: tuple[Callable[[Document | None], st.SearchStrategy[Reported]], ...]
_PLAIN_REPORTED = tuple(
    make for cls, make in REPORTED_STRATEGIES.items() if cls not in (FactCorrected, EventRetracted)
)


@st.composite
def hostile_events(draw: st.DrawFn, document: Document | None = None) -> Event:
    """A reported event citing `document` (not a correction or a retraction, whose targets
    would not be in any log), one of its fields other than the id set to a `hostile_values()`
    value, with its content id recomputed when that can be done.
    """
    make = draw(st.sampled_from(_PLAIN_REPORTED))
    event = with_content_id(draw(make(document)))
    names = [f.name for f in attrs.fields(type(event)) if f.name != "id"]
    name, value = draw(st.sampled_from(names)), draw(hostile_values())
    try:
        changed = attrs.evolve(event, **{name: value})
    except (TypeError, ValueError):
        return event  # a validator refused the value: the event as it was
    try:
        return with_content_id(changed)
    except (TypeError, ValueError, AttributeError):
        return changed


# Company news: funding, acquisitions, appointments, results, sites, legal actions, plans -----

_CURRENCIES = st.sampled_from(["EUR", "USD", "dollars", "euros"])
_ROLE_NAMES = st.sampled_from(["chief executive", "chief financial officer", "président"])


def funding_raised_events(document: Document | None = None) -> st.SearchStrategy[FundingRaised]:
    """`FundingRaised` events, without their content id."""
    return _reported(
        FundingRaised,
        document,
        organization=entity_ids(),
        amount=st.integers(0, 10**13),
        currency=_CURRENCIES,
        round=_maybe(st.sampled_from(["Seed", "Series A", "série B"])),
        investors=st.lists(entity_ids(), max_size=2).map(tuple),
        lead_investor=_maybe(entity_ids()),
        valuation=_maybe(st.integers(0, 10**13)),
    )


def acquisition_announced_events(
    document: Document | None = None,
) -> st.SearchStrategy[AcquisitionAnnounced]:
    """`AcquisitionAnnounced` events, without their content id."""
    return _reported(
        AcquisitionAnnounced,
        document,
        acquirer=entity_ids(),
        target=entity_ids(),
        status=st.sampled_from(["announced", "completed"]),
        price=_maybe(st.integers(0, 10**13)),
        currency=_maybe(_CURRENCIES),
    )


def person_appointed_events(
    document: Document | None = None,
) -> st.SearchStrategy[PersonAppointed]:
    """`PersonAppointed` events, without their content id."""
    return _reported(
        PersonAppointed,
        document,
        person=entity_ids(),
        role=_ROLE_NAMES,
        organization=entity_ids(),
        predecessor=_maybe(entity_ids()),
    )


def person_departed_events(document: Document | None = None) -> st.SearchStrategy[PersonDeparted]:
    """`PersonDeparted` events, without their content id."""
    return _reported(
        PersonDeparted,
        document,
        person=entity_ids(),
        role=_ROLE_NAMES,
        organization=entity_ids(),
        successor=_maybe(entity_ids()),
    )


def results_reported_events(
    document: Document | None = None,
) -> st.SearchStrategy[ResultsReported]:
    """`ResultsReported` events, without their content id."""
    return _reported(
        ResultsReported,
        document,
        organization=entity_ids(),
        metric=st.sampled_from(["revenue", "net loss", "chiffre d'affaires"]),
        period=spans(),
        value=st.integers(-(10**13), 10**13),
        currency=_maybe(_CURRENCIES),
    )


def headcount_changed_events(
    document: Document | None = None,
) -> st.SearchStrategy[HeadcountChanged]:
    """`HeadcountChanged` events, without their content id."""
    return _reported(
        HeadcountChanged,
        document,
        organization=entity_ids(),
        detail=_labels(),
        change=_maybe(st.integers(-(10**6), 10**6)),
        headcount=_maybe(st.integers(0, 10**7)),
    )


def site_opened_events(document: Document | None = None) -> st.SearchStrategy[SiteOpened]:
    """`SiteOpened` events, without their content id."""
    return _reported(
        SiteOpened, document, organization=entity_ids(), place=entity_ids(), detail=_labels()
    )


def legal_action_reported_events(
    document: Document | None = None,
) -> st.SearchStrategy[LegalActionReported]:
    """`LegalActionReported` events, without their content id."""
    return _reported(
        LegalActionReported,
        document,
        organization=entity_ids(),
        action=_labels(),
        authority=_maybe(entity_ids()),
        amount=_maybe(st.integers(0, 10**13)),
        currency=_maybe(_CURRENCIES),
    )


def plan_announced_events(document: Document | None = None) -> st.SearchStrategy[PlanAnnounced]:
    """`PlanAnnounced` events, without their content id."""
    return _reported(
        PlanAnnounced,
        document,
        organization=entity_ids(),
        plan=_labels(),
        target=st.none() | spans(),
    )


REPORTED_STRATEGIES.update(
    {
        FundingRaised: funding_raised_events,
        AcquisitionAnnounced: acquisition_announced_events,
        PersonAppointed: person_appointed_events,
        PersonDeparted: person_departed_events,
        ResultsReported: results_reported_events,
        HeadcountChanged: headcount_changed_events,
        SiteOpened: site_opened_events,
        LegalActionReported: legal_action_reported_events,
        PlanAnnounced: plan_announced_events,
    }
)


def _roles_of(*ids: str | None) -> tuple[str, ...]:
    """The `entities` of an event whose role fields hold `ids`, as ingestion lists them."""
    return tuple(dict.fromkeys(i for i in ids if i is not None))


@st.composite
def world_company_news(draw: st.DrawFn, common: dict[str, Any]) -> Reported:
    """A company-news event among the world's entities, with the `common` fields (when,
    source, publication): funding rounds that repeat (so that totals must count them once),
    deals, appointments and departures in one role (so that successions cross), results,
    headcount, sites, legal actions and plans.
    """
    one = st.sampled_from(_WORLD_ENTITIES)
    org = draw(one)
    kind = draw(st.sampled_from(["funding", "deal", "appointed", "departed", "other"]))
    if kind == "funding":
        investors = tuple(draw(st.lists(one, max_size=2, unique=True)))
        lead = draw(st.none() | one)
        return FundingRaised(
            organization=org,
            amount=draw(st.sampled_from([10**6, 5 * 10**6])),
            currency=draw(st.sampled_from(["EUR", "USD"])),
            round=draw(st.sampled_from([None, "Seed", "Series A"])),
            investors=investors,
            lead_investor=lead,
            valuation=draw(st.none() | st.sampled_from([10**9, 2 * 10**9])),
            entities=_roles_of(org, *investors, lead),
            **common,
        )
    if kind == "deal":
        target = draw(one)
        return AcquisitionAnnounced(
            acquirer=org,
            target=target,
            status=draw(st.sampled_from(["announced", "completed"])),
            price=draw(st.none() | st.just(10**8)),
            currency=draw(st.none() | st.just("EUR")),
            entities=_roles_of(org, target),
            **common,
        )
    if kind in ("appointed", "departed"):
        person, other = draw(one), draw(st.none() | one)
        if kind == "appointed":
            return PersonAppointed(
                person=person,
                role="chief executive",
                organization=org,
                predecessor=other,
                entities=_roles_of(person, org, other),
                **common,
            )
        return PersonDeparted(
            person=person,
            role="chief executive",
            organization=org,
            successor=other,
            entities=_roles_of(person, org, other),
            **common,
        )
    place, authority = draw(one), draw(st.none() | one)
    other_kind = draw(st.sampled_from(["results", "headcount", "site", "legal", "plan"]))
    if other_kind == "results":
        return ResultsReported(
            organization=org,
            metric="revenue",
            period=draw(
                st.sampled_from([Span.year(2023), Span.months(2024, 1, 3, Precision.QUARTER)])
            ),
            value=draw(st.sampled_from([-(10**6), 10**7])),
            currency="EUR",
            entities=(org,),
            **common,
        )
    if other_kind == "headcount":
        return HeadcountChanged(
            organization=org,
            detail="layoffs",
            change=draw(st.none() | st.just(-10)),
            headcount=draw(st.sampled_from([None, 90, 100])),
            entities=(org,),
            **common,
        )
    if other_kind == "site":
        return SiteOpened(
            organization=org,
            place=place,
            detail="office",
            entities=_roles_of(org, place),
            **common,
        )
    if other_kind == "legal":
        return LegalActionReported(
            organization=org,
            action="fined",
            authority=authority,
            amount=draw(st.none() | st.just(10**6)),
            currency="EUR",
            entities=_roles_of(org, authority),
            **common,
        )
    return PlanAnnounced(
        organization=org,
        plan="a plant",
        target=draw(st.sampled_from([Span.year(2026), Span.month(2024, 12)])),
        entities=(org,),
        **common,
    )


_PLAIN_REPORTED += tuple(m for m in REPORTED_STRATEGIES.values() if m not in _PLAIN_REPORTED)
"""`hostile_events` draws from the company-news types too."""


def expression_runs(pools: dict[str, list[str]]) -> st.SearchStrategy[tuple[str, list[str]]]:
    """A language and two to twelve of its date expressions (from `pools`), to string together."""
    return st.sampled_from(sorted(pools)).flatmap(
        lambda lang: st.tuples(
            st.just(lang), st.lists(st.sampled_from(pools[lang]), min_size=2, max_size=12)
        )
    )


_CLAUSE_PIECES = st.sampled_from(
    [
        "Le conseil",
        "se réunira",
        "a assuré",
        "avait dit",
        "va",
        "lancer",
        "doit",
        "ne pas",
        "se",
        "réunir",
        "prévu",
        "le vendredi",
        "jeudi",
        "fin février",
        "le 3 mars",
        "l'année passée",
        "aujourd’hui",
        "peut-être",
        "à",
        "la",
        "sera",
        "The board",
        "will",
        "we'll",
        "met",
        "said",
        "is going to",
        "set to",
        "plans to",
        "on Tuesday",
        "in May",
        "İstanbul",
        "que",
        "qui",
        "et",
        "and",
        "that",
        ",",
        ";",
        ".",
        "!",
        "\n",
        "«",
        "»",
        "(",
        ")",
        "-",
        "'",
    ]
)


def clause_texts() -> st.SearchStrategy[str]:
    """Verbs, auxiliaries, words of plans, dates, punctuation and subordinating words at random."""
    return st.lists(_CLAUSE_PIECES, max_size=40).map(" ".join)


# Reports of one event that start after the as-of date -------------------------------------

DATED_DOCS = tuple(
    Document(
        id=f"doc-{i}",
        title=f"Document {i}",
        publisher="Test Press",
        published=day,
        language="en",
        text=f"Document {i}: it happened.",
    )
    for i, day in enumerate(
        [dt.date(2024, 3, 1), dt.date(2024, 4, 1), dt.date(2024, 4, 5), dt.date(2024, 5, 2)]
    )
)
_MARCH = Span.month(2024, 3)
_SPANS = (
    _MARCH,
    Span.day(dt.date(2024, 3, 10)),
    Span.day(dt.date(2024, 3, 20)),
    Span(dt.date(2024, 3, 15), dt.date(2024, 4, 16)),
    Span.month(2024, 4),
    Span.before(dt.date(2024, 4, 1)),
    Span.unknown(),
)
"""Spans nested in one another, straddling the dates asked about, and disjoint: a later
report narrows an earlier one out of the date, or disputes it, or is another event."""
KEYED_AS_OF = st.sampled_from(
    [None, _MARCH, *(Span.day(dt.date(2024, m, d)) for m, d in ((3, 5), (3, 15), (3, 25), (4, 10)))]
)


def keyed_registrations() -> list[Event]:
    """The sources of `DATED_DOCS` and the entities the keyed reports name."""
    out: list[Event] = [with_content_id(SourceRegistered(document=d)) for d in DATED_DOCS]
    return out + [
        with_content_id(EntityRegistered(entity=Entity(id=e, name=e.title())))
        for e in ("acme", "bolt", "widget")
    ]


def _cited_by(document: Document) -> dict[str, Any]:
    return {
        "source": Citation(document=document.id, quote=document.text[:8], start=0, end=8),
        "known_since": document.published,
    }


def keyed_report(kind: int, when: Span, document: Document) -> Reported:
    """A report of one of a few events with an identity (a release and a founding happen
    once; a partnership and a round may happen again), or a fact with none.
    """
    common: dict[str, Any] = {"when": when, **_cited_by(document)}
    event: Reported
    if kind == 0:
        event = ProductReleased(
            organization="acme", product="widget", entities=("acme", "widget"), **common
        )
    elif kind == 1:
        event = PartnershipAnnounced(parties=("acme", "bolt"), entities=("acme", "bolt"), **common)
    elif kind == 2:
        event = FundingRaised(
            organization="acme", amount=10**6, currency="USD", entities=("acme",), **common
        )
    elif kind == 3:
        event = Founded(entities=("bolt",), **common)
    else:
        event = FactAsserted(
            entity="acme", attribute="size", value="big", entities=("acme",), **common
        )
    return with_content_id(event)


@st.composite
def corroborating_worlds(draw: st.DrawFn) -> list[Event]:
    """A log of a few reports of a few events over `_SPANS`, from sources published over two
    months, with corrections of their spans and retractions, in any order.
    """
    reports = draw(
        st.lists(
            st.builds(
                keyed_report,
                st.integers(0, 4),
                st.sampled_from(_SPANS),
                st.sampled_from(DATED_DOCS),
            ),
            min_size=1,
            max_size=8,
            unique_by=lambda e: e.id,
        )
    )
    more: list[Reported] = []
    for _ in range(draw(st.integers(0, 2))):
        victim = draw(st.sampled_from(reports))
        by = _cited_by(draw(st.sampled_from(DATED_DOCS)))
        if draw(st.booleans()):
            more.append(
                FactCorrected(
                    corrects=victim.id,
                    entity=victim.entities[0],
                    attribute="x",
                    entities=victim.entities,
                    when=draw(st.sampled_from(_SPANS)),
                    **by,
                )
            )
        else:
            more.append(
                EventRetracted(retracts=victim.id, entities=victim.entities, when=victim.when, **by)
            )
    return [*keyed_registrations(), *draw(st.permutations([*reports, *map(with_content_id, more)]))]
