"""Sources: the documents events are read from, and citations of exact quotes in them."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["Citation", "Document"]


@attrs.frozen(kw_only=True)
class Document:
    """A published document: its id, metadata and full text, so every quote can be checked."""

    id: str
    title: str
    publisher: str
    published: dt.date
    language: str
    text: str
    url: str | None = None
    agency: str | None = None
    path: str | None = None

    @property
    def sha256(self) -> str:
        """The SHA-256 of the text, UTF-8 encoded."""
        import hashlib  # on first use: most answers never hash a text

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@attrs.frozen(kw_only=True)
class Citation:
    """An exact quote: `document.text[start:end] == quote`."""

    document: str
    quote: str
    start: int
    end: int

    def holds_in(self, text: str) -> bool:
        """True when the quote stands at its offsets in `text`."""
        return 0 <= self.start <= self.end and text[self.start : self.end] == self.quote
