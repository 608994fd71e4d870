"""TimeML in and out: read the TIMEX3 tags and creation time of a document, write them back.

A TimeML document is the text of its `<TEXT>` element with tags around some of its words;
offsets here are character offsets into that text with every tag taken out, which is the text
a tagger is given. `read` gives the text, the document creation time (the `<DCT>`'s TIMEX3)
and each TIMEX3 of the text with its extent, type, value and mod. `write` is the inverse for
the project's own tags: the text, escaped, with TIMEX3 elements (tid, type, value, mod)
around the extents, and the DCT as a TIMEX3 with functionInDocument="CREATION_TIME".
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import attrs

from timeline.errors import DateError

__all__ = ["Document", "Timex3", "read", "write"]


@attrs.frozen
class Timex3:
    """One TIMEX3 of a document: `text[start:end]` with its TimeML type, value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    tid: str = ""


@attrs.frozen
class Document:
    """A TimeML document: its id, creation date (None when it has none), text and TIMEX3s."""

    doc_id: str
    dct: dt.date | None
    text: str
    timexes: tuple[Timex3, ...]


def read(source: str) -> Document:
    """The document in the TimeML string `source` (a `DateError` names what is malformed)."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise DateError(source[:40], f"not a TimeML document: {exc}") from None
    body = root.find("TEXT")
    if body is None:
        raise DateError(source[:40], "no <TEXT> element in the TimeML document")
    parts: list[str] = []
    found: list[Timex3] = []
    size = 0

    def add(piece: str | None) -> None:
        nonlocal size
        parts.append(piece or "")
        size += len(piece or "")

    def walk(node: ET.Element) -> None:
        start = size
        add(node.text)
        for child in node:
            walk(child)
            add(child.tail)
        if node.tag == "TIMEX3" and node is not body:
            found.append(_timex(node, start, size, ""))

    walk(body)
    text = "".join(parts)
    timexes = tuple(attrs.evolve(t, text=text[t.start : t.end]) for t in sorted(found, key=_order))
    return Document(_doc_id(root), _dct(root), text, timexes)


def _order(t: Timex3) -> tuple[int, int]:
    return t.start, t.end


def _timex(node: ET.Element, start: int, end: int, text: str) -> Timex3:
    get = node.attrib.get
    kind, value, mod = get("type", ""), get("value", ""), get("mod", "")
    return Timex3(start, end, text, kind, value, mod, get("tid", ""))


def _doc_id(root: ET.Element) -> str:
    node = root.find("DOCID")
    return "" if node is None or node.text is None else node.text.strip()


def _dct(root: ET.Element) -> dt.date | None:
    for node in root.iter("TIMEX3"):
        if node.attrib.get("functionInDocument") == "CREATION_TIME":
            value = node.attrib.get("value", "")[:10]
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return None
    return None


def _escape(text: str) -> str:
    """`text` as XML character data that reads back equal (a carriage return is kept)."""
    return escape(text, {"\r": "&#13;"})


def write(text: str, dct: dt.date, timexes: Sequence[Timex3], *, doc_id: str = "") -> str:
    """A TimeML document of `text` with `timexes` (in order, not overlapping) and the DCT.

    Tags without a tid are numbered t1, t2... after the DCT, which is t0.
    """
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
        f"<DOCID>{escape(doc_id)}</DOCID>\n",
        '<DCT><TIMEX3 tid="t0" type="DATE" value="'
        f'{dct.isoformat()}" functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n',
        "<TEXT>",
    ]
    at = 0
    for n, t in enumerate(sorted(timexes, key=_order), start=1):
        if t.start < at or t.end <= t.start or t.end > len(text):
            raise DateError(t.text, f"TIMEX3 extent {t.start}-{t.end} overlaps or is outside")
        out.append(_escape(text[at : t.start]))
        attributes = [f"tid={quoteattr(t.tid or f't{n}')}", f"type={quoteattr(t.type)}"]
        attributes.append(f"value={quoteattr(t.value)}")
        if t.mod:
            attributes.append(f"mod={quoteattr(t.mod)}")
        out.append(f"<TIMEX3 {' '.join(attributes)}>{_escape(text[t.start : t.end])}</TIMEX3>")
        at = t.end
    out.append(_escape(text[at:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)
