"""What a log admits: the checks `Timeline.append` makes of a batch before anything is written,
and so `timeline append` and `timeline ingest` too.

An event is refused when:

- its record would not read back (`event_problem`: the reader's limits, such as an integer
  beyond 64 bits, and the types its class declares), for one such record makes every later
  reading of the log fail;
- it is a reported event whose quote does not stand where it says in a document registered
  before it, in the log or earlier in the batch (`citation_problem`, as `verify` checks);
- it corrects or retracts an event that neither the log nor the batch before it holds (a
  `merge_retracted` included). A correction of an unknown id is refused as a retraction is:
  either would name nothing, and an id that turns up later would be changed by a record
  older than itself.

Events the log already holds are not held to these checks: the append skips them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from timeline.log.records import event_problem
from timeline.log.touched import target
from timeline.log.verify import citation_problem
from timeline.vocabulary.events import Event, MergeRetracted, Reported, SourceRegistered

__all__ = ["refusal"]


def refusal(
    events: Sequence[Event],
    *,
    present: Callable[[Iterable[str]], set[str]],
    document_text: Callable[[str], str | None],
) -> tuple[int, str] | None:
    """The index in `events` of the first event a log may not take, and why; None when it
    may take them all.

    `present` gives those of some ids that the log holds, `document_text` the text of a
    document the log has registered (None when it has not). Both are asked only about what
    the batch itself does not answer, so that a batch that stands on its own costs no reading
    of the log.
    """
    unfit = _first_unfit(events, present, document_text)
    sound = events if unfit is None else events[: unfit[0]]
    found = [f for f in (_unknown_target(sound, present), unfit) if f is not None]
    return min(found, default=None)


def _first_unfit(
    events: Sequence[Event],
    present: Callable[[Iterable[str]], set[str]],
    document_text: Callable[[str], str | None],
) -> tuple[int, str] | None:
    """The first event that would not read back, or whose quote is not in its document."""
    texts: dict[str, str] = {}
    given: set[str] = set()
    for index, event in enumerate(events):
        problem = event_problem(event)
        if problem is not None:
            if isinstance(event.id, str) and present([event.id]):
                continue
            return index, problem
        if event.id in given:
            continue
        given.add(event.id)
        problem = _citation(event, texts, document_text)
        if problem is not None and not present([event.id]):
            return index, problem
        if isinstance(event, SourceRegistered):
            texts[event.document.id] = event.document.text
    return None


def _citation(
    event: Event, texts: dict[str, str], document_text: Callable[[str], str | None]
) -> str | None:
    """What is wrong with the quote of `event`, given the texts registered before it (those
    of the batch in `texts`, which gains the log's as they are asked for).
    """
    if not isinstance(event, Reported):
        return None
    cited = event.source.document
    if cited not in texts:
        text = document_text(cited)
        if text is not None:
            texts[cited] = text
    return citation_problem(event, texts)


def _unknown_target(
    events: Sequence[Event], present: Callable[[Iterable[str]], set[str]]
) -> tuple[int, str] | None:
    """The first correction or retraction naming an id neither earlier in `events` nor in the
    log, and why. The log is asked once, about every id the batch does not answer. `events`
    are sound (`_first_unfit` passed them): their ids and targets are strings.
    """
    before: set[str] = set()
    wanted: list[tuple[int, Event, str, bool]] = []
    for index, event in enumerate(events):
        named = target(event)
        if named is None and isinstance(event, MergeRetracted):
            named = event.retracts, False
        if named is not None and named[0] not in before:
            wanted.append((index, event, *named))
        before.add(event.id)
    if not wanted:
        return None
    known = present([name for _, _, name, _ in wanted] + [event.id for _, event, _, _ in wanted])
    for index, event, name, correction in wanted:
        if name not in known and event.id not in known:
            verb = "corrects" if correction else "retracts"
            return index, (
                f"event {event.id} {verb} {name!r}, which is neither in the log nor earlier "
                "in the batch"
            )
    return None
