"""Search over the facts of every entity: their values and the quotes they stand on.

Matching ignores case, accents and the kind of apostrophe or dash ("defense" finds "défense",
"l'IA" finds "l’IA"; `timeline.text.fold`), over each entity's state with
no limit on any axis (what `timeline state ENTITY` answers), so a hit is always a fact the
entity's page shows. `timeline search` and `timeline serve`'s search both call `search`.

    >>> from timeline import Timeline
    >>> from timeline.search import search
    >>> hits, more = search(Timeline.open("events/acme.jsonl"), "globex", limit=10)
"""

from __future__ import annotations

import attrs

from timeline.api import Timeline
from timeline.errors import InputError
from timeline.text import fold

__all__ = ["MAX_HITS", "MAX_QUERY", "Hit", "search"]

MAX_HITS = 200
"""At most this many hits are returned (the page says when there were more)."""
MAX_QUERY = 200
"""A query longer than this many characters is refused."""


@attrs.frozen(kw_only=True)
class Hit:
    """A fact whose value or one of whose quotes holds the query."""

    entity: str
    name: str
    attribute: str
    value: str
    quote: str
    """The quote that matched, or the fact's first quote when its value did."""
    document: str
    in_value: bool


def search(
    tl: Timeline, query: str, *, limit: int = MAX_HITS, where: str = "q"
) -> tuple[list[Hit], bool]:
    """The facts matching `query` (at most `limit`), and whether there were more; InputError
    (at `where`, the name of the query's field) for an empty or too long query.
    """
    q = fold(query.strip())
    if not q:
        raise InputError(where, "the search is empty")
    if len(q) > MAX_QUERY:
        raise InputError(where, f"the search is longer than {MAX_QUERY} characters")
    hits: list[Hit] = []
    for entity in tl.entities():
        for fact in tl.state(entity.id).facts:
            quotes = [s for s in fact.sources if q in fold(s.quote)]
            in_value = q in fold(fact.value)
            if not (in_value or quotes):
                continue
            source = (quotes or list(fact.sources))[0] if (quotes or fact.sources) else None
            hits.append(
                Hit(
                    entity=entity.id,
                    name=entity.name,
                    attribute=fact.attribute,
                    value=fact.value,
                    quote="" if source is None else source.quote,
                    document="" if source is None else source.document,
                    in_value=in_value,
                )
            )
            if len(hits) > limit:
                return hits[:limit], True
    return hits, False
