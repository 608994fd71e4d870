"""Sources: seed files of annotated documents, and their ingestion into events."""

from timeline.sources.annotations import Annotation, SeedFile, read_seed
from timeline.sources.ingest import events_from_seed, events_from_seeds, new_events

__all__ = [
    "Annotation",
    "SeedFile",
    "events_from_seed",
    "events_from_seeds",
    "new_events",
    "read_seed",
]
