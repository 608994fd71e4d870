r"""The shape of the cue tables: every cue is matched with a word boundary after it
(`cues._compile` adds `(?![\w-])`), so an alternative that ends by consuming a space or an
apostrophe ("set up ", "au sein d'") can never match before a word. Two such dead cues were
found on 2026-12-03; this test keeps any other from being written.
"""

from __future__ import annotations

import re

import pytest

from timeline.extract._cue_words import ENGLISH_CUES, FRENCH_CUES

_LOOKAROUND = re.compile(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)")
"""A lookahead or lookbehind, with one level of groups inside: it consumes nothing."""


def _alternatives(rx: str) -> list[str]:
    """The top-level alternatives of the pattern `rx`."""
    out, depth, current, i, in_class = [], 0, "", 0, False
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            current += rx[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(current)
            current, i = "", i + 1
            continue
        current += c
        i += 1
    out.append(current)
    return out


def test_the_alternative_reader_finds_a_dead_end() -> None:
    """The check below does see an alternative that ends on a consumed space, and not one
    whose space is only looked ahead at.
    """
    assert _ends_on_a_gap("set up ")
    assert _ends_on_a_gap("set up (?=in\\b|last\\b|by\\b)")  # the dead cue of 2026-12-03
    assert _ends_on_a_gap("au sein d'")
    assert not _ends_on_a_gap("set up(?= (?:in|last)\\b)")
    assert not _ends_on_a_gap("au sein (?:de|d(?='))")


def _ends_on_a_gap(alternative: str) -> bool:
    """True when `alternative`, without its lookarounds, ends on a space or an apostrophe."""
    consumed = _LOOKAROUND.sub("", alternative)
    return re.search(r"(?: |'|\\s)\)*\??$", consumed) is not None


@pytest.mark.parametrize(
    ("lang", "table"), [("fr", FRENCH_CUES), ("en", ENGLISH_CUES)], ids=["fr", "en"]
)
def test_no_cue_ends_on_a_space_or_an_apostrophe(lang: str, table: dict[object, str]) -> None:
    """No alternative of a cue ends by consuming a space or an apostrophe, which the word
    boundary after every cue would keep from ever matching before a word.
    """
    dead = [
        f"{lang} {kind}: {alternative[-40:]}"
        for kind, rx in table.items()
        for alternative in _alternatives(rx)
        if _ends_on_a_gap(alternative)
    ]
    assert [] == dead
