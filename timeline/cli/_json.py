"""Where `timeline.answers` was: kept for the modules that still import it from here."""

from timeline.answers import fact_json, span_json

__all__ = ["fact_json", "span_json"]
