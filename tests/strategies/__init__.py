"""Hypothesis strategies for the project's values, one module per subject; tests import
from the modules themselves (`from .strategies.events import events_of`).

- `dates`: reference dates, spans, and date expressions in French and English.
- `calendar_ends`: days and date expressions at the ends of the calendar.
- `events`: entity ids, documents, citations, every event class, batches.
- `worlds`: small logs for projection properties, and richer ones with withdrawals.
- `company_news`: company-news events among a world's entities.
- `keyed`: reports of one event over nested spans, for corroboration and the as-of date.
- `hostile`: mutated JSON, bytes and seed files, and texts that nearly are JSON.
- `hostile_fields`: events with one field set to a value a reader refuses.
- `running_text`: date words, news and clauses strung together, for the tagger and drafts.
"""
