"""Events and records: entity ids, entities, documents and the citations quoting them; the
strategy of every event class (each reported one derived from its attrs fields), and batches
of events as a log's `append` takes them.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import attrs
from hypothesis import strategies as st

from timeline.identity import with_content_id
from timeline.time import Span
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

from .dates import spans, texts

_T = TypeVar("_T")
_R = TypeVar("_R", bound=Reported)
_R_co = TypeVar("_R_co", bound=Reported, covariant=True)

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


def _event_refs() -> st.SearchStrategy[str]:
    """Ids of earlier events, shaped like content ids."""
    return st.builds(
        "{}-{}".format,
        st.sampled_from([cls.TYPE for cls in REPORTED_TYPES]),
        st.text("0123456789abcdef", min_size=16, max_size=16),
    )


# Reported events, derived from their fields ---------------------------------------------------

_AMOUNTS = st.integers(0, 10**13)
_CURRENCIES = st.sampled_from(["EUR", "USD", "dollars", "euros"])
_ROLE_NAMES = st.sampled_from(["chief executive", "chief financial officer", "président"])

_BY_TYPE: dict[Any, st.SearchStrategy[Any]] = {
    str: _labels(),
    int: _AMOUNTS,
    bool: st.booleans(),
    Span: spans(),
}
"""What a field of each type holds, when neither its class nor its name says more: a text is
a short label (an attribute, a role, a topic), an amount is up to ten thousand billion."""

_ROLE_TYPES: dict[Any, st.SearchStrategy[Any]] = {
    str: entity_ids(),
    tuple[str, ...]: st.lists(entity_ids(), max_size=3).map(tuple),
}
"""What a role field (one of the class's `ROLES`) holds: one entity id, or a few."""

_BY_NAME: dict[str, st.SearchStrategy[Any]] = {
    "parties": st.lists(entity_ids(), min_size=2, max_size=4, unique=True).map(tuple),
    "investors": st.lists(entity_ids(), max_size=2).map(tuple),
    "line": st.sampled_from(["products", "models", "open-weight models"]),
    "currency": _CURRENCIES,
    "qualifier": st.sampled_from(["about", "more than", "près de"]),
    "round": st.sampled_from(["Seed", "Series A", "série B"]),
    "status": st.sampled_from(["announced", "completed"]),
    "metric": st.sampled_from(["revenue", "net loss", "chiffre d'affaires"]),
    "topic": _labels(),
    "stance": _prose(min_size=1),
    "claim": _prose(min_size=1),
    "value": _prose(min_size=1),
    "corrects": _event_refs(),
    "retracts": _event_refs(),
    "change": st.integers(-(10**6), 10**6),
    "headcount": st.integers(0, 10**7),
    # a percent of the capital: above 0, at most 100, half of it the edge of control
    "stake": st.builds("{}.{:02d}%".format, st.integers(0, 99), st.integers(1, 99))
    | st.sampled_from(["50%", "100%"]),
}
"""Fields, in whatever class, whose values are narrower or wider than their type's."""

_BY_CLASS: dict[tuple[type[Reported], str], st.SearchStrategy[Any]] = {
    (PersonAppointed, "role"): _ROLE_NAMES,
    (PersonDeparted, "role"): _ROLE_NAMES,
    (ResultsReported, "value"): st.integers(-(10**13), 10**13),
    # an exact figure must agree with the whole value drawn apart from it: left unset here,
    # and drawn with its value in `results_with_decimals`
    (ResultsReported, "exact"): st.none(),
}
"""Fields of one class that hold something else than the fields of that name elsewhere."""

_COMMON = frozenset(field.name for field in attrs.fields(Reported))
"""The fields every reported event has, which `_reported` draws."""


def _field(cls: type[Reported], name: str, hint: Any) -> st.SearchStrategy[Any]:
    """What field `name` of `cls`, of type `hint`, holds: the tables' values, and None too
    when the field is optional. An optional text that no table names is prose (a detail, a
    venue, a reason), not a label.
    """
    optional = type(None) in typing.get_args(hint)
    kind = next(a for a in typing.get_args(hint) if a is not type(None)) if optional else hint
    if (cls, name) in _BY_CLASS:
        strategy = _BY_CLASS[cls, name]
    elif name in _BY_NAME:
        strategy = _BY_NAME[name]
    elif name in cls.ROLES:
        strategy = _ROLE_TYPES[kind]
    elif optional and kind is str:
        strategy = _prose(min_size=1)
    elif kind in _BY_TYPE:
        strategy = _BY_TYPE[kind]
    else:
        raise TypeError(f"no strategy for {cls.__name__}.{name} ({hint}): add it to _BY_NAME")
    return _maybe(strategy) if optional else strategy


class ReportedStrategy(Protocol[_R_co]):
    """Makes the strategy of one reported event class, citing `document` when given."""

    def __call__(self, document: Document | None = None) -> st.SearchStrategy[_R_co]: ...


def reported_of(cls: type[_R]) -> ReportedStrategy[_R]:
    """The strategy of `cls` events, without their content id: the fields every reported event
    has, and each of its own fields drawn as `_field` says.
    """
    hints = typing.get_type_hints(cls)
    own = {
        field.name: _field(cls, field.name, hints[field.name])
        for field in attrs.fields(cls)
        if field.name not in _COMMON
    }

    def make(document: Document | None = None) -> st.SearchStrategy[_R]:
        return _reported(cls, document, **own)

    return make


REPORTED_STRATEGIES: dict[type[Reported], ReportedStrategy[Reported]] = {
    cls: reported_of(cls) for cls in REPORTED_TYPES
}
"""The strategy of each reported event class, taking the document its citations quote."""

founded_events = reported_of(Founded)
role_held_events = reported_of(RoleHeld)
product_released_events = reported_of(ProductReleased)
partnership_announced_events = reported_of(PartnershipAnnounced)
offering_launched_events = reported_of(OfferingLaunched)
product_made_available_events = reported_of(ProductMadeAvailable)
valuation_reported_events = reported_of(ValuationReported)
stance_stated_events = reported_of(StanceStated)
interview_published_events = reported_of(InterviewPublished)
claim_attributed_events = reported_of(ClaimAttributed)
fact_asserted_events = reported_of(FactAsserted)
fact_corrected_events = reported_of(FactCorrected)
event_retracted_events = reported_of(EventRetracted)
funding_raised_events = reported_of(FundingRaised)
acquisition_announced_events = reported_of(AcquisitionAnnounced)
person_appointed_events = reported_of(PersonAppointed)
person_departed_events = reported_of(PersonDeparted)
results_reported_events = reported_of(ResultsReported)
headcount_changed_events = reported_of(HeadcountChanged)
site_opened_events = reported_of(SiteOpened)
legal_action_reported_events = reported_of(LegalActionReported)
plan_announced_events = reported_of(PlanAnnounced)


# Every event, and batches ---------------------------------------------------------------------

_CATALOGUE: dict[type[Event], Callable[[], st.SearchStrategy[Event]]] = {
    SourceRegistered: source_registered_events,
    EntityRegistered: entity_registered_events,
    EntitiesMerged: entities_merged_events,
    MergeRetracted: merge_retracted_events,
}


def events_of(cls: type[Event]) -> st.SearchStrategy[Event]:
    """Events of class `cls` (any of `EVENT_TYPES`), without their content id."""
    if cls not in _EVENTS_BY_CLASS:
        _EVENTS_BY_CLASS[cls] = _events_of(cls)
    return _EVENTS_BY_CLASS[cls]


_EVENTS_BY_CLASS: dict[type[Event], st.SearchStrategy[Event]] = {}


def _events_of(cls: type[Event]) -> st.SearchStrategy[Event]:
    if cls in _CATALOGUE:
        return _CATALOGUE[cls]()
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
