"""A reviewable annotation draft of a new article, in the seed-file format `timeline ingest` reads.

One draft event per statement: a clause (a segment of a sentence, see `_segments`) that carries
a company-news cue (`cues`) or a date expression (`tagger`). Each has its verbatim quote, its
date words (`when`, exactly as in the text) or an `anchor`, a proposed type with its fields, its
entities, and a `note` asking for review. Where the fields a type needs cannot be filled with
confidence, the event falls back to `fact_asserted` (the subject, a general label for the kind
of statement, the clause as value), so that the draft always ingests as it is.

Dates: an expression inside the clause is its date. Otherwise a sentence that opens with a date
("Fin février, ...") dates its clauses (not its appositions: a role or a description holds on
the publication day); a clause coordinated with a dated one ("a présenté fin février X et
annoncé Y") shares its date; reported speech without a date of its own keeps the date of the
statement that introduced it, in the same paragraph or when the speaker is a pronoun or the
sentence only a quotation. Without a date, a past-tense event is anchored `before` publication
and anything else on the publication day.

Entities: names known to the log given with `catalogue` keep their ids; other names get slug
ids, and a name that is the first words of a longer one ("Acme" of "Acme Corp") is its
alias. Every entity an event uses is declared, so the draft also ingests into an empty log.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from timeline.errors import DateError, UnknownEntityError
from timeline.extract import cues as lexicon
from timeline.extract._segments import Segment, segments
from timeline.extract._text import Sentence, fold, sentences
from timeline.extract.cues import CueType, find_cues
from timeline.extract.entities import Mention, slug
from timeline.extract.money import amounts
from timeline.extract.nlp import backend as pick_backend
from timeline.extract.tagger import Tag, TagKind, tag
from timeline.extract.tense import verb_tense
from timeline.projections.catalogue import Catalogue
from timeline.time.normalize import Tense, resolve

__all__ = ["Draft", "DraftEntity", "DraftEvent", "draft"]

NOTE = "draft: review type, entities and fields"


@attrs.frozen
class DraftEntity:
    """An entity the draft declares: its id, display name, kind and other names."""

    id: str
    name: str
    kind: str = "organization"
    aliases: tuple[str, ...] = ()


@attrs.frozen
class DraftEvent:
    """One proposed `[[event]]`: type, typed fields, quote and where it starts, date or anchor."""

    type: str
    fields: dict[str, Any]
    quote: str
    start: int
    when: str | None = None
    anchor: str | None = None
    tense: Tense = Tense.PAST
    entities: tuple[str, ...] = ()
    cue: str = ""

    def table(self, text: str) -> dict[str, Any]:
        """The event as the keys of its TOML table, in a readable order."""
        out: dict[str, Any] = {"type": self.type, **self.fields}
        if self.entities:
            out["entities"] = list(self.entities)
        if self.when is not None:
            out["when"] = self.when
            if self.tense is Tense.FUTURE:
                out["tense"] = "future"
        elif self.anchor is not None:
            out["anchor"] = self.anchor
        out["quote"] = self.quote
        if text.find(self.quote) != self.start:
            out["offset"] = self.start
        out["note"] = NOTE + (f" (cue: {self.cue})" if self.cue else "")
        return out


@attrs.frozen
class Draft:
    """A draft seed file: source table, entities and events."""

    source: dict[str, Any]
    entities: tuple[DraftEntity, ...]
    events: tuple[DraftEvent, ...]
    text: str

    def to_toml(self) -> str:
        """The draft in the seed-file format (README, "Seed files"), ready for review."""
        lines = [
            "# Draft annotations written by `timeline extract`: every event needs a review.",
            "# Check each type, its entities and fields, and its date, then `timeline ingest`.",
            "schema = 1",
            "",
            "[source]",
        ]
        lines += [f"{k} = {_value(v)}" for k, v in self.source.items()]
        for entity in self.entities:
            lines += [
                "",
                "[[entity]]",
                f"id = {_value(entity.id)}",
                f"name = {_value(entity.name)}",
            ]
            lines.append(f"kind = {_value(entity.kind)}")
            if entity.aliases:
                lines.append(f"aliases = {_value(list(entity.aliases))}")
        for event in self.events:
            lines += ["", "[[event]]"]
            lines += [f"{k} = {_value(v)}" for k, v in event.table(self.text).items()]
        return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


# Entities ------------------------------------------------------------------------------------


class _Entities:
    """Names to entity ids: the log's catalogue first, then prefixes of longer names, then slugs."""

    def __init__(self, mentions: list[Mention], catalogue: Catalogue | None) -> None:
        self.catalogue = catalogue
        self.mentions = mentions
        self.names = [m.name for m in mentions]
        self.used: dict[str, DraftEntity] = {}
        self.kinds: dict[str, str] = {}
        self.ids: dict[str, str] = {}

    def id_of(self, name: str) -> str:
        """The entity id of a name (not yet declared)."""
        if name in self.ids:
            return self.ids[name]
        known = self._known(name)
        if known is not None:
            entity_id = known
        else:
            longer = next((n for n in self.names if n != name and n.startswith(name + " ")), None)
            entity_id = self.id_of(longer) if longer else slug(name)
        self.ids[name] = entity_id
        return entity_id

    def _known(self, name: str) -> str | None:
        if self.catalogue is None:
            return None
        for candidate in (name, f"Le {name}", f"La {name}", f"Les {name}", f"The {name}"):
            try:
                return self.catalogue.find(candidate).id
            except UnknownEntityError:
                continue
        return None

    def use(self, mention: Mention, kind: str = "") -> str:
        """Declare the entity a mention names (once) and return its id."""
        entity_id = self.id_of(mention.name)
        guessed = kind or mention.kind
        if guessed and self.kinds.get(entity_id, "organization") == "organization":
            self.kinds[entity_id] = guessed
        if entity_id not in self.used:
            self.used[entity_id] = self._declare(entity_id, mention.name)
        return entity_id

    def _declare(self, entity_id: str, name: str) -> DraftEntity:
        if self.catalogue is not None and entity_id in self.catalogue.entities:
            known = self.catalogue.entities[entity_id]
            return DraftEntity(known.id, known.name, known.kind, known.aliases)
        names = [n for n in dict.fromkeys(self.names) if self.id_of(n) == entity_id]
        full = max(names or [name], key=len)
        aliases = tuple(n for n in names if n != full)
        return DraftEntity(entity_id, full, "organization", aliases)

    def declared(self) -> tuple[DraftEntity, ...]:
        """The entities used by the draft's events, with their guessed kinds."""
        out = []
        for entity_id, entity in self.used.items():
            known = self.catalogue is not None and entity_id in self.catalogue.entities
            kind = entity.kind if known else self.kinds.get(entity_id, "organization")
            out.append(attrs.evolve(entity, kind=kind))
        return tuple(out)


# The draft -----------------------------------------------------------------------------------


_DETERMINERS = re.compile(
    r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|son|sa|ses|leur|the|a|an|its|their|his|her)\b"
)
_INVERSION = re.compile(
    r"^(?:a|avait|ont|avaient|aurait|has|had)?(?:-t)?-(?:il|elle|ils|elles|on)\b"
    r"|^[\w']+-t-(?:il|elle|on)\b|^[\w']+-(?:il|elle|ils|elles)\b"
)
_PRONOUN_SPEAKER = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)\b|^(?:il|elle|he|she)\b")
_COORDINATED = re.compile(r"^(?:et|puis|and|then)\s+\w+")
_CIRCUMSTANCE = re.compile(r"^(?:lors d|au cours d|pendant|durant|during|at an?|at the)\b")
_PARTNER = re.compile(r"(?:avec|with|and|et)\s*$")
_OUTLET = re.compile(r"(?:au|a|du|de|dans|with|to|in)\s*$")
_LABELS = {
    CueType.FOUNDED: "founding",
    CueType.VALUATION: "funding and valuation",
    CueType.PARTNERSHIP: "partnerships",
    CueType.INTERVIEW: "interviews",
    CueType.AVAILABILITY: "availability",
    CueType.ROLE: "roles",
    CueType.LAUNCH: "launches",
    CueType.CLAIM: "claims",
    CueType.STANCE: "statements",
    CueType.EVENT: "events organised",
}
_OFFERING = re.compile(r"\b(?:offre|abonnement|service|formule|offering|subscription|tier|plan)\b")


@attrs.define
class _Context:
    """What the reading of an article remembers from one sentence to the next."""

    last_org: str | None = None
    last_person: str | None = None
    topic_org: str | None = None
    last_stance_when: str | None = None
    last_stance_paragraph: int = -1
    last_speaker: str | None = None


@attrs.frozen
class _Sentence:
    sentence: Sentence
    segments: list[Segment]
    dates: list[Tag]
    mentions: list[Mention]
    quotes: list[tuple[int, int]]


def draft(
    text: str,
    *,
    published: dt.date,
    lang: str,
    source_id: str,
    text_path: str,
    catalogue: Catalogue | None = None,
    nlp: str | None = None,
    title: str | None = None,
    publisher: str = "unknown",
    url: str | None = None,
) -> Draft:
    """The draft annotations of `text`, published on `published`, in language `lang`.

    `text_path` is the path of the text relative to where the draft will be written;
    `catalogue` holds the entities already known (from `--log`); `nlp` picks the analyser
    ("spacy", "rules", "auto"; see `timeline.extract.nlp`).
    """
    analyser = pick_backend(nlp, lang)
    sents = [s for s in sentences(text) if not _heading(text, s)]
    tags = [
        t
        for t in tag(text, published, lang, tense_of=analyser.tense_finder(text, lang))
        if t.kind is TagKind.DATE
    ]
    mentions = analyser.mentions(text, sentences(text), lang)
    registry = _Entities(mentions, catalogue)
    folded = fold(text)
    reader = _Reader(text, folded, lang, registry)
    events: list[DraftEvent] = []
    for s in sents:
        info = _Sentence(
            s,
            segments(text, s.start, s.end),
            [t for t in tags if s.start <= t.start < s.end],
            [m for m in mentions if s.start <= m.start < s.end],
            _quotations(text, s.start, s.end),
        )
        events.extend(reader.read(info))
    source: dict[str, Any] = {
        "id": source_id,
        "text": text_path,
        "title": title or _title(text, sents),
        "publisher": publisher,
        "published": published,
        "language": lang,
    }
    if url:
        source["url"] = url
    checked = [_checked(e, published, lang) for e in events]
    return Draft(source, registry.declared(), tuple(_unique(checked, text)), text)


def _checked(event: DraftEvent, published: dt.date, lang: str) -> DraftEvent:
    """The event, without its date words if they do not resolve as written (never guessed)."""
    if event.when is None:
        return event
    try:
        resolve(event.when, published, lang=lang, tense=event.tense)
    except DateError:
        return attrs.evolve(event, when=None, anchor=None, tense=Tense.PAST)
    return event


def _unique(events: Iterable[DraftEvent], text: str) -> list[DraftEvent]:
    seen: set[str] = set()
    out = []
    for event in events:
        key = json.dumps(event.table(text), sort_keys=True, default=str)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def _heading(text: str, s: Sentence) -> bool:
    """A line on its own without a final stop: a title or an intertitle, not a statement."""
    alone = text[max(0, s.start - 1) : s.start] in ("", "\n") and text[s.end : s.end + 1] in (
        "",
        "\n",
    )
    return alone and text[s.end - 1] not in ".!?" and s.start > 0


def _title(text: str, sents: Sequence[Sentence]) -> str:
    first = text[sents[0].start : sents[0].end] if sents else "untitled"
    return first if len(first) <= 120 else first[:117] + "..."


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", text[start:end]):
        out.append((start + m.start(), start + m.end()))
    return out


class _Reader:
    """Reads sentences in order and proposes their events."""

    def __init__(self, text: str, folded: str, lang: str, registry: _Entities) -> None:
        self.text = text
        self.folded = folded
        self.lang = lang
        self.entities = registry
        self.context = _Context()
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

    def _subject(self, info: _Sentence, pos: int) -> str | None:
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

    def _date_in(self, info: _Sentence, start: int, end: int) -> Tag | None:
        return next((t for t in info.dates if start <= t.start and t.end <= end), None)

    def _cue(self, info: _Sentence, seg: Segment) -> lexicon.Cue | None:
        found = [
            c
            for c in find_cues(self.folded, self.lang, seg.start, seg.end)
            if not self._inside(c.start, info.quotes)
        ]
        return lexicon.main_cue(found)

    def _past(self, start: int, end: int) -> bool:
        words = re.findall(r"[\w'-]+", self.text[start:end].lower())
        return verb_tense(words, self.lang) is Tense.PAST

    def _only_date(self, info: _Sentence, seg: Segment) -> Tag | None:
        date = self._date_in(info, seg.start, seg.end)
        if date is None:
            return None
        rest = (self.folded[seg.start : date.start] + self.folded[date.end : seg.end]).strip()
        return date if rest in ("", "en", "in", "on", "le", "la", "depuis", "since") else None

    def _clause_tense(self, tag_: Tag | None) -> Tense:
        return tag_.tense if tag_ is not None and tag_.tense is not None else Tense.PAST

    # Reading ---------------------------------------------------------------------------------

    def read(self, info: _Sentence) -> list[DraftEvent]:
        """The events of one sentence, and what the next sentences need to remember."""
        ctx = self.context
        s = info.sentence
        segs = info.segments
        if ctx.topic_org is None and info.mentions:
            ctx.topic_org = self.entities.use(info.mentions[0])
        frame = next((d for seg in segs[:2] if (d := self._only_date(info, seg))), None)
        events: list[DraftEvent] = []
        used: set[int] = set()

        for i, seg in enumerate(segs):
            if i in used:
                continue
            cue = self._cue(info, seg)
            if cue is None:
                continue
            event = self._event(info, i, cue, frame, events, used)
            if event is not None:
                events.append(event)
        events.extend(self._appositions(info, used, frame))
        if not events and info.quotes and self.text[s.start] in '«“"':
            events.extend(self._continued_quotation(info))
        if not events and info.dates:
            events.extend(self._dated_clauses(info))
        subject = self._subject(info, s.end)
        if subject is not None and self.entities.kinds.get(subject, "organization") in (
            "organization",
            "",
        ):
            ctx.last_org = subject
        return events

    def _event(
        self,
        info: _Sentence,
        i: int,
        cue: lexicon.Cue,
        frame: Tag | None,
        previous: list[DraftEvent],
        used: set[int],
    ) -> DraftEvent | None:
        segs = info.segments
        seg = segs[i]
        start, end = seg.start, seg.end
        kind = cue.kind
        used.add(i)
        # The object of a clause runs on through segments that are only names or quotations.
        j = i + 1
        while j < len(segs) and self._plain_extension(info, segs[j]):
            end = segs[j].end
            used.add(j)
            j += 1
        if kind is CueType.ROLE:
            return self._role(info, i, cue, used)
        if kind is CueType.STANCE:
            first = self._speech_start(info, i, used)
            start = segs[first].start
        if kind is CueType.CLAIM and i > 0 and (i - 1) not in used:
            start = segs[i - 1].start
        if kind is CueType.FOUNDED and j < len(segs) and self._is_name(info, segs[j]):
            end = segs[j].end
            used.add(j)
            j += 1
        quote = self.text[start:end]
        date = self._date_in(info, start, end)
        when, anchor, tense = self._when(info, kind, date, frame, previous, seg, start, end)
        fields, entities, final_kind = self._fields(info, kind, cue, start, end, i)
        if fields is None:
            return None
        if final_kind == "stance_stated":
            if when is not None:
                self.context.last_stance_when = when
                self.context.last_stance_paragraph = info.sentence.paragraph
            self.context.last_speaker = fields.get("speaker")
        return DraftEvent(
            final_kind, fields, quote, start, when, anchor, tense, entities, kind.value
        )

    def _plain_extension(self, info: _Sentence, seg: Segment) -> bool:
        if self._cue(info, seg) is not None or self._date_in(info, seg.start, seg.end):
            return False
        body = self.text[seg.start : seg.end]
        return body[:1] in '«“"' and body[-1:] in '»”"'

    def _is_name(self, info: _Sentence, seg: Segment) -> bool:
        return any(m.start == seg.start and m.end == seg.end for m in info.mentions)

    def _speech_start(self, info: _Sentence, i: int, used: set[int]) -> int:
        """Where the words of a speech verb start: the quotation before an inverted verb."""
        seg = info.segments[i]
        lead = self.folded[seg.start : seg.end]
        quoted_before = any(
            self._has_quote(info, info.segments[k]) for k in range(i) if k not in used
        )
        inverted = bool(_INVERSION.search(lead)) or (
            quoted_before and not self._subject_in(info, seg)
        )
        if not inverted:
            return i
        first = i
        while first > 0 and (first - 1) not in used:
            prev = info.segments[first - 1]
            if self._only_date(info, prev):
                break
            first -= 1
        # Skip leading connectives ("Par ailleurs") that hold no quotation.
        while first < i and not self._has_quote(info, info.segments[first]):
            if any(self._has_quote(info, info.segments[k]) for k in range(first + 1, i)):
                first += 1
            else:
                break
        for k in range(first, i):
            used.add(k)
        return first

    def _has_quote(self, info: _Sentence, seg: Segment) -> bool:
        return any(seg.start <= a < seg.end for a, _ in info.quotes)

    def _subject_in(self, info: _Sentence, seg: Segment) -> bool:
        cue = self._cue(info, seg)
        return any(
            m.end <= (cue.start if cue else seg.end) for m in info.mentions if seg.start <= m.start
        )

    def _when(
        self,
        info: _Sentence,
        kind: CueType,
        date: Tag | None,
        frame: Tag | None,
        previous: list[DraftEvent],
        seg: Segment,
        start: int,
        end: int,
    ) -> tuple[str | None, str | None, Tense]:
        ctx = self.context
        if date is not None:
            return date.text, None, self._clause_tense(date)
        if frame is not None:
            return frame.text, None, self._clause_tense(frame)
        lead = self.folded[seg.start : seg.end]
        joined = _COORDINATED.match(lead) or _CIRCUMSTANCE.match(lead)
        dated = next((e for e in reversed(previous) if e.when is not None), None)
        if joined and dated is not None:
            return dated.when, None, dated.tense
        if kind is CueType.STANCE and ctx.last_stance_when is not None:
            body = self.folded[start:end]
            same_paragraph = ctx.last_stance_paragraph == info.sentence.paragraph
            if same_paragraph or _PRONOUN_SPEAKER.search(body):
                return ctx.last_stance_when, None, Tense.PAST
        past = self._past(seg.start, seg.end)
        if kind in (CueType.FOUNDED, CueType.LAUNCH, CueType.PARTNERSHIP) and past:
            return None, "before", Tense.PAST
        if kind is CueType.LAUNCH and re.search(r"\b(?:apres avoir|after)\b", lead):
            return None, "before", Tense.PAST
        return None, None, Tense.PAST

    # Fields ------------------------------------------------------------------------------------

    def _fields(
        self, info: _Sentence, kind: CueType, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> tuple[dict[str, Any] | None, tuple[str, ...], str]:
        ents = self.entities
        clause = self.text[start:end]
        after = [m for m in info.mentions if cue.end <= m.start < end]
        subject = self._subject(info, cue.start)
        fields: dict[str, Any]
        if kind is CueType.STANCE:
            speaker = self._speaker(info, cue, end)
            if speaker is None:
                return None, (), ""
            org = self._org_of(speaker)
            fields = {
                "speaker": speaker,
                "organization": org,
                "topic": "statements",
                "stance": clause,
            }
            return fields, (), "stance_stated"
        if subject is None:
            return None, (), ""
        if kind is CueType.FOUNDED:
            founders = self._founders(info)
            fields = {} if founders is None else {"founders": founders}
            return fields, (subject,), "founded"
        if kind is CueType.VALUATION:
            found = [a for a in amounts(self.text[start:end], self.lang)]
            if found:
                amount = found[0]
                fields = {
                    "organization": subject,
                    "amount": amount.value,
                    "currency": amount.currency,
                }
                if amount.qualifier:
                    fields["qualifier"] = amount.qualifier
                according = re.search(
                    r"(?:selon|d'apres|according to)\s+(.+)$", clause, flags=re.IGNORECASE
                )
                if according:
                    fields["according_to"] = according.group(1)
                return fields, (), "valuation_reported"
        if kind is CueType.PARTNERSHIP:
            partners = [
                ents.use(m)
                for m in after
                if _PARTNER.search(self.folded[max(start, m.start - 8) : m.start])
            ]
            partners = [p for p in partners if p != subject]
            if partners:
                return {"parties": [subject, *partners]}, (), "partnership_announced"
        if kind is CueType.INTERVIEW:
            outlet = next(
                (
                    m
                    for m in after
                    if _OUTLET.search(self.folded[max(start, m.start - 6) : m.start])
                ),
                None,
            )
            person = self._subject(info, info.sentence.end) if outlet else None
            if outlet is not None and person is not None:
                outlet_id = ents.use(outlet, "outlet")
                if person != outlet_id:
                    ents.kinds[person] = "person"
                    return {"person": person, "outlet": outlet_id}, (), "interview_published"
        if kind is CueType.AVAILABILITY:
            audience = re.search(r"(?:pour|aux|a|to|for)\s+(.+)$", self.folded[cue.end : end])
            if audience:
                offset = cue.end + audience.start(1)
                fields = {"product": subject, "audience": self.text[offset:end]}
                platform = next((m for m in after if m.start >= offset), None)
                if platform is not None:
                    fields["platform"] = ents.use(platform, "product")
                ents.kinds[subject] = "product"
                return fields, (), "product_made_available"
        if kind is CueType.LAUNCH and cue.nominal and not self._verbal(Segment(start, end)):
            named = next((m for m in after if m.start - cue.end <= 5), None)
            if named is not None:
                fields = {"entity": ents.use(named), "attribute": "launches", "value": clause}
                return fields, (), "fact_asserted"
        if kind is CueType.EVENT:
            host = next((m for m in after if m.start - cue.end <= 2), None)
            if host is not None:
                fields = {
                    "entity": ents.use(host),
                    "attribute": "events organised",
                    "value": clause,
                }
                return fields, (), "fact_asserted"
        if kind is CueType.LAUNCH:
            tail = self.folded[cue.end : end]
            if _OFFERING.search(tail):
                partners = [
                    ents.use(m)
                    for m in after
                    if _PARTNER.search(self.folded[max(start, m.start - 8) : m.start])
                ]
                offer = re.search(r"\b(?:une?|an?|the|son|sa|ses|leur|its)\s+[^,]*", tail)
                if offer:
                    fields = {
                        "organization": subject,
                        "offering": self.text[cue.end + offer.start() : cue.end + offer.end()],
                    }
                    if partners:
                        fields["partners"] = [p for p in partners if p != subject]
                    return fields, (), "offering_launched"
            product = next(
                (
                    m
                    for m in after
                    if not _PARTNER.search(self.folded[max(start, m.start - 8) : m.start])
                ),
                None,
            )
            if product is not None and ents.id_of(product.name) != subject:
                product_id = ents.use(product, "product")
                return {"organization": subject, "product": product_id}, (), "product_released"
        if kind is CueType.CLAIM:
            claimant = next((m for m in info.mentions if cue.end <= m.start <= cue.end + 2), None)
            if claimant is not None:
                claimant_id = ents.use(claimant)
                if claimant_id != subject:
                    said = self.text[start : cue.start].rstrip(" ,")
                    fields = {
                        "about": subject,
                        "attribute": "claims",
                        "claim": said or clause,
                        "claimant": claimant_id,
                    }
                    return fields, (), "claim_attributed"
            return None, (), ""
        fields = {"entity": subject, "attribute": _LABELS[kind], "value": clause}
        return fields, (), "fact_asserted"

    def _speaker(self, info: _Sentence, cue: lexicon.Cue, end: int) -> str | None:
        right = next((m for m in info.mentions if cue.end <= m.start <= cue.end + 2), None)
        if right is not None:
            speaker = self.entities.use(right, "person")
            self.context.last_person = speaker
            return speaker
        lead = self.folded[cue.start : cue.end + 12]
        if _PRONOUN_SPEAKER.search(lead) and self.context.last_person is not None:
            return self.context.last_person
        subject = self._subject(info, cue.start)
        if subject is not None and self.entities.kinds.get(subject) == "person":
            self.context.last_person = subject
        return subject

    def _org_of(self, speaker: str) -> str:
        if self.entities.kinds.get(speaker, "organization") == "organization":
            return speaker
        return self._roles.get(speaker) or self.context.topic_org or speaker

    def _founders(self, info: _Sentence) -> str | None:
        for seg in info.segments:
            body = self.text[seg.start : seg.end]
            if re.search(r"\b(?:fondat(?:eur|rice)s|founders)\b", fold(body)):
                return re.sub(r"^(?:dont|whose)\s+", "", body)
        return None

    def _role(self, info: _Sentence, i: int, cue: lexicon.Cue, used: set[int]) -> DraftEvent | None:
        segs = info.segments
        seg = segs[i]
        person: Mention | None = None
        start, end = seg.start, seg.end
        before = [m for m in info.mentions if m.end == segs[i - 1].end] if i > 0 else []
        lead_role = lexicon.ROLE_NOUNS.match(self.folded, cue.start) is not None and (
            cue.start - seg.start < 12
        )
        follows = i + 1 < len(segs) and self._is_name(info, segs[i + 1])
        if lead_role and follows and _DETERMINERS.match(self.folded, seg.start):
            person = next(m for m in info.mentions if m.start == segs[i + 1].start)
            end = segs[i + 1].end
            used.add(i + 1)
        elif lead_role and before:
            person = before[0]
            start = person.start
        if person is None:
            used.discard(i)
            return None
        person_id = self.entities.use(person, "person")
        role_text = self.text[cue.start : seg.end]
        org_mention = next(
            (m for m in info.mentions if cue.end < m.start < seg.end and m is not person), None
        )
        if org_mention is not None:
            org = self.entities.use(org_mention)
            role_text = self.text[cue.start : org_mention.start]
        else:
            org = self.context.last_org or self.context.topic_org or person_id
            cut = re.search(r"\s+(?:de|du|d'|of|at)\s+(?:la|le|l'|the)?\s*[\w-]+\s+\w+$", role_text)
            if cut:
                role_text = role_text[: cut.start()]
        role = re.sub(r"\s+(?:de|du|des|d'|of|at)\s*$", "", role_text.strip()).strip()
        self._roles[person_id] = org
        self.context.last_person = person_id
        fields = {"person": person_id, "organization": org, "role": role}
        return DraftEvent(
            "role_held", fields, self.text[start:end], start, None, None, Tense.PAST, (), "role"
        )

    def _appositions(self, info: _Sentence, used: set[int], frame: Tag | None) -> list[DraftEvent]:
        """Appositions: "Le groupe, leader du secteur, a ...", "Z, la filiale de W"."""
        out = []
        segs = info.segments
        for i in range(len(segs) - 1):
            first, second = segs[i], segs[i + 1]
            if (i + 1) in used and not self._is_description(info, second):
                continue
            if not self._is_description(info, second):
                continue
            name = next((m for m in info.mentions if m.end == first.end), None)
            if name is not None:
                entity = self.entities.use(name)
                start = name.start
            elif (
                i == 0 and _DETERMINERS.match(self.folded, first.start) and not self._verbal(first)
            ):
                subject = self._subject(info, info.sentence.end)
                if subject is None:
                    continue
                entity, start = subject, first.start
            else:
                continue
            value = self.text[second.start : second.end]
            fields = {"entity": entity, "attribute": "description", "value": value}
            quote = self.text[start : second.end]
            out.append(
                DraftEvent("fact_asserted", fields, quote, start, None, None, Tense.PAST, (), "")
            )
        return out

    def _is_description(self, info: _Sentence, seg: Segment) -> bool:
        body = self.folded[seg.start : seg.end]
        if self._date_in(info, seg.start, seg.end) or self._has_quote(info, seg):
            return False
        cue = self._cue(info, seg)
        if cue is not None and cue.kind is not CueType.LAUNCH:
            return False
        if self._verbal(seg):
            return False
        return bool(_DETERMINERS.match(body)) or (
            body.split(" ", 1)[0].endswith(("e", "es", "eur", "ion")) and len(body.split()) > 2
        )

    def _verbal(self, seg: Segment) -> bool:
        words = re.findall(r"[\w'-]+", self.text[seg.start : seg.end].lower())
        return verb_tense(words, self.lang) is not None

    def _continued_quotation(self, info: _Sentence) -> list[DraftEvent]:
        """A sentence that is only a quotation goes on with the last speaker's statement."""
        ctx = self.context
        if ctx.last_speaker is None:
            return []
        s = info.sentence
        end = s.end - 1 if self.text[s.end - 1] in ".!?" else s.end
        quote = self.text[s.start : end]
        fields = {
            "speaker": ctx.last_speaker,
            "organization": self._org_of(ctx.last_speaker),
            "topic": "statements",
            "stance": quote,
        }
        when = ctx.last_stance_when
        return [
            DraftEvent("stance_stated", fields, quote, s.start, when, None, Tense.PAST, (), "quote")
        ]

    def _dated_clauses(self, info: _Sentence) -> list[DraftEvent]:
        """A dated clause with no cue: a generic fact about its subject."""
        out = []
        for date in info.dates:
            seg = next(
                (g for g in info.segments if g.start <= date.start and date.end <= g.end), None
            )
            if seg is None or self._only_date(info, seg):
                continue
            subject = self._subject(info, seg.end)
            if subject is None:
                continue
            clause = self.text[seg.start : seg.end]
            fields = {"entity": subject, "attribute": "events", "value": clause}
            out.append(
                DraftEvent(
                    "fact_asserted",
                    fields,
                    clause,
                    seg.start,
                    date.text,
                    None,
                    self._clause_tense(date),
                    (),
                    "date",
                )
            )
        return out
