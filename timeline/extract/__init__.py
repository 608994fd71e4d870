"""Pulling events from a new article: a temporal tagger and a reviewable annotation draft.

`tag(text, ref, lang)` finds the date expressions of a text, resolved in the tense of their
clause; `draft(text, ...)` proposes the seed-file annotations of an article, for a person to
review and then `timeline ingest`. Both work with rules alone; with the `nlp` extra installed,
spaCy gives them named entities and verb tenses (`timeline.extract.nlp`).
"""

from timeline.extract.draft import Draft, DraftEntity, DraftEvent, draft
from timeline.extract.money import Amount, amounts
from timeline.extract.tagger import Tag, TagKind, tag

__all__ = [
    "Amount",
    "Draft",
    "DraftEntity",
    "DraftEvent",
    "Tag",
    "TagKind",
    "amounts",
    "draft",
    "tag",
]
