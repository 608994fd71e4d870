"""The server's search: `timeline.search`, where its logic moved so that `timeline search`
uses it too.
"""

from timeline.search import MAX_HITS, MAX_QUERY, Hit, search
from timeline.text import fold

__all__ = ["MAX_HITS", "MAX_QUERY", "Hit", "fold", "search"]
