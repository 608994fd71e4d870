"""What the draft's reader knows about a sentence, and the questions it asks of a clause.

`SentenceInfo` is a sentence with its segments, dates, name mentions and quotations; `Context`
is what carries from one sentence to the next (the organisation in focus, the last speaker and
when they spoke). `ReaderBase` holds the text and answers the questions both the statement
reading (`_statements`) and the typing of statements (`_fields`) ask: a clause's subject, its
cue, its date, whether it has a verb or is only a name.
"""

from __future__ import annotations

import re

import attrs

from timeline.extract import cues as lexicon
from timeline.extract._registry import Entities
from timeline.extract._segments import Segment
from timeline.extract._text import Sentence
from timeline.extract.cues import find_cues
from timeline.extract.entities import Mention
from timeline.extract.tagger import Tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense

__all__ = ["DETERMINERS", "PRONOUN_SPEAKER", "Context", "ReaderBase", "SentenceInfo"]

DETERMINERS = re.compile(
    r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|son|sa|ses|leur|the|a|an|its|their|his|her)\b"
)
PRONOUN_SPEAKER = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)\b|^(?:il|elle|he|she)\b")


@attrs.define
class Context:
    """What the reading of an article remembers from one sentence to the next."""

    last_org: str | None = None
    last_person: str | None = None
    topic_org: str | None = None
    last_stance_when: str | None = None
    last_stance_paragraph: int = -1
    last_speaker: str | None = None


@attrs.frozen
class SentenceInfo:
    """A sentence as the reader sees it: its segments, dates, name mentions and quotations."""

    sentence: Sentence
    segments: list[Segment]
    dates: list[Tag]
    mentions: list[Mention]
    quotes: list[tuple[int, int]]


class ReaderBase:
    """The text being read, its entities and context, and the helpers every reading step uses."""

    def __init__(self, text: str, folded: str, lang: str, registry: Entities) -> None:
        self.text = text
        self.folded = folded
        self.lang = lang
        self.entities = registry
        self.context = Context()
        self._roles: dict[str, str] = {}

    # Helpers ---------------------------------------------------------------------------------

    def _words_before(self, pos: int, count: int, floor: int) -> list[str]:
        window = self.folded[max(floor, pos - 40) : pos]
        window = re.split(r"[,;:«»()]", window)[-1]
        return re.findall(r"[\w'-]+", window)[-count:]

    def _after_preposition(self, mention: Mention, floor: int) -> bool:
        before = self._words_before(mention.start, 2, floor)
        if any(w in lexicon.PREPOSITIONS[self.lang] for w in before):
            return True
        return self.folded[max(floor, mention.start - 2) : mention.start] == "d'"

    def _inside(self, pos: int, ranges: list[tuple[int, int]]) -> bool:
        return any(a <= pos < b for a, b in ranges)

    def _subject(self, info: SentenceInfo, pos: int) -> str | None:
        """The entity doing what the clause at `pos` says: the nearest free mention before it."""
        s = info.sentence
        free = [
            m
            for m in info.mentions
            if m.end <= pos
            and not self._after_preposition(m, s.start)
            and not self._inside(m.start, info.quotes)
        ]
        if free:
            return self.entities.use(free[-1])
        # A description ("le groupe", "the company") or a pronoun: the organisation in focus.
        return self.context.last_org or self.context.topic_org

    def _date_in(self, info: SentenceInfo, start: int, end: int) -> Tag | None:
        return next((t for t in info.dates if start <= t.start and t.end <= end), None)

    def _cue(self, info: SentenceInfo, seg: Segment) -> lexicon.Cue | None:
        found = [
            c
            for c in find_cues(self.folded, self.lang, seg.start, seg.end)
            if not self._inside(c.start, info.quotes)
        ]
        return lexicon.main_cue(found)

    def _past(self, start: int, end: int) -> bool:
        words = re.findall(r"[\w'-]+", self.text[start:end].lower())
        return verb_tense(words, self.lang) is Tense.PAST

    def _only_date(self, info: SentenceInfo, seg: Segment) -> Tag | None:
        date = self._date_in(info, seg.start, seg.end)
        if date is None:
            return None
        rest = (self.folded[seg.start : date.start] + self.folded[date.end : seg.end]).strip()
        return date if rest in ("", "en", "in", "on", "le", "la", "depuis", "since") else None

    def _clause_tense(self, tag_: Tag | None) -> Tense:
        return tag_.tense if tag_ is not None and tag_.tense is not None else Tense.PAST

    def _is_name(self, info: SentenceInfo, seg: Segment) -> bool:
        return any(m.start == seg.start and m.end == seg.end for m in info.mentions)

    def _verbal(self, seg: Segment) -> bool:
        words = re.findall(r"[\w'-]+", self.text[seg.start : seg.end].lower())
        return verb_tense(words, self.lang) is not None
