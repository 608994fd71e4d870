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

The parts live in private modules: `_statements` reads sentences into dated statements,
`_fields` types them by their cue, both on the helpers of `_reading`; `_registry` proposes the
entities, `_filters` leaves out what is said again or is no news, and `_seedfile` holds the
records and writes them as TOML. This module runs them over an article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs

from timeline.extract._figures import metric_named
from timeline.extract._filters import kept
from timeline.extract._reading import SentenceInfo
from timeline.extract._registry import Entities
from timeline.extract._seedfile import Draft, DraftEntity, DraftEvent
from timeline.extract._segments import Segment, segments
from timeline.extract._statements import Reader
from timeline.extract._successions import linked
from timeline.extract._text import Sentence, fold, sentences
from timeline.extract.cues import COMPANY_NEWS, PREPOSITIONS, ROLE_NOUNS, CueType, find_cues
from timeline.extract.entities import Mention, bracketed, kind_of, qualifier, titled_names
from timeline.extract.grounding import grounded
from timeline.extract.nlp import backend as pick_backend
from timeline.extract.tagger import TagKind, tag
from timeline.extract.tense import verb_tense
from timeline.projections.catalogue import Catalogue
from timeline.time.normalize import Tense

__all__ = ["Analysed", "Draft", "DraftEntity", "DraftEvent", "draft"]

_T = TypeVar("_T")


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
    every = sentences(text)
    sents = [_unbulleted(text, s) for s in every if not _heading(text, s)]
    tags = [
        t
        for t in tag(text, published, lang, tense_of=analyser.tense_finder(text, lang))
        if t.kind is TagKind.DATE
    ]
    mentions = analyser.mentions(text, every, lang)
    registry = Entities(mentions, catalogue)
    registry.titled = titled_names(text, mentions)
    folded = fold(text)
    registry.qualifiers = frozenset(
        m.start for m in mentions if qualifier(folded, m.start, lang)
    )  # "a Fortune 500 company": not the organisation in focus
    mention_starts = [m.start for m in mentions]
    registry.headline = _headline_subject(text, folded, lang, every, mentions, mention_starts)
    if registry.headline is None:
        registry.headline_echo = _capitals_headline(text, folded, every, mentions)
    leads = frozenset(
        m.start for s in sents if (m := _lead(mentions, mention_starts, s, text)) is not None
    )
    registry.governed = frozenset(
        m.start
        for m in mentions
        if any(
            w in PREPOSITIONS[lang]
            for w in re.findall(
                r"[\w']+", re.split(r"[.!?\n]", folded[max(0, m.start - 12) : m.start])[-1]
            )[-2:]
        )  # the words just before, in the same sentence
    )
    registry.owners = frozenset(
        m.name for m in mentions if _OWNED_ROLE.match(folded, m.end)
    )  # "Jane Doe' associate general counsel": a company, whatever its name looks like
    if sents:  # the lede: the first paragraph of the body
        registry.lede_end = max(s.end for s in sents if s.paragraph == sents[0].paragraph)
        opening = sents[0]
        registry.lede_described = not _between(
            mentions, mention_starts, opening.start, opening.end
        ) and bool(_DESCRIBED_OPENING.match(folded, opening.start))
    subjects = analyser.subject_finder(text, lang)
    reader = Reader(text, folded, lang, registry, published, subjects, leads)
    events: list[DraftEvent] = []
    tag_starts = [t.start for t in tags]
    before: Sentence | None = None
    for s in sents:
        info = SentenceInfo(
            s,
            _coordinated(segments(text, s.start, s.end), folded, lang),
            _between(tags, tag_starts, s.start, s.end),
            _between(mentions, mention_starts, s.start, s.end),
            _quotations(text, s.start, s.end),
        )
        events.extend(_continued(reader.read(info), s, before, text, folded, lang))
        before = s
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
    proposed = Draft(
        source, registry.declared(), tuple(linked(kept(events, text, folded, lang))), text
    )
    checked = grounded(proposed, published, lang)
    named = tuple(_metric_label(e) for e in checked.draft.events)
    return attrs.evolve(checked.draft, events=named, problems=checked.problems)


def _metric_label(event: DraftEvent) -> DraftEvent:
    """A fact of results with its metric in its label ("results (revenue)"), when the quote
    names one: a result whose period was not read is still filed under what it measures.
    """
    if event.type != "fact_asserted" or event.fields.get("attribute") != "results":
        return event
    metric = metric_named(fold(event.quote))
    if metric is None:
        return event
    return attrs.evolve(event, fields={**event.fields, "attribute": f"results ({metric})"})


@attrs.frozen
class Analysed:
    """The extractor of this module (`grounding.Extractor`): rules, or spaCy where installed
    (`nlp` as for `draft`).
    """

    nlp: str | None = None

    @property
    def name(self) -> str:
        """The analyser's name ("rules", "spacy" or "auto")."""
        return self.nlp or "auto"

    def propose(
        self,
        text: str,
        *,
        published: dt.date,
        lang: str,
        source_id: str,
        text_path: str,
        catalogue: Catalogue | None = None,
    ) -> Draft:
        """The grounded draft of `text` (see `draft`)."""
        return draft(
            text,
            published=published,
            lang=lang,
            source_id=source_id,
            text_path=text_path,
            catalogue=catalogue,
            nlp=self.nlp,
        )


_LISTING = re.compile(
    r"(?:these|those) include|this includes|among them|parmi (?:eux|elles|ceux-ci|celles-ci)"
    r"|(?:ceux|celles)-ci (?:sont|comprennent|incluent)"
)
"""The opening of a sentence that lists what the sentence before it named ("He held
several roles. These include...")."""


def _continued(
    events: list[DraftEvent],
    s: Sentence,
    before: Sentence | None,
    text: str,
    folded: str,
    lang: str,
) -> list[DraftEvent]:
    """The events of a sentence that lists what the one before it named, in the tense of
    that sentence: "He went on to hold various positions. These include President of
    Globex" tells of roles held before the report.
    """
    if before is None or not _LISTING.match(folded, s.start):
        return events
    words = re.findall(r"[\w'-]+", text[before.start : before.end].lower())
    if verb_tense(words, lang) is not Tense.PAST:
        return events
    return [
        attrs.evolve(e, anchor="before") if e.when is None and e.anchor is None else e
        for e in events
    ]


_AND = re.compile(r" (?:and|et) (?=[a-z\d])")
_FIGURE_AFTER_AND = re.compile(r"(?:le|la|les|l'|the|its|son|sa|ses|sa)\s*$")
"""A determiner just before the metric of a second figure after "and"/"et"."""
_VERB_AFTER_AND = re.compile(
    r"(?:ont|a|avait|avaient|sont|est|have|has|had|is|are|was|were|will)\s"
)
"""An auxiliary after "and"/"et": a second verb phrase of the same subject ("qui emploient 500
personnes et ont réalisé 90 millions d'euros de chiffre d'affaires"), however far its cue."""


def _coordinated(segs: list[Segment], folded: str, lang: str) -> list[Segment]:
    """Segments cut again before "and"/"et" when the words on each side are company news of
    different kinds ("reported losses of $748 million for 2021 and outlined plans to lay off
    10% of staff"): two facts, each its own clause.
    """
    out: list[Segment] = []
    for seg in segs:
        news = [c for c in find_cues(folded, lang, seg.start, seg.end) if c.kind in COMPANY_NEWS]
        cut = None
        for a, b in itertools.pairwise(news):
            joint = _AND.search(folded, a.end, b.start)
            if a.kind is b.kind is CueType.RESULTS and joint is not None:
                # "Le résultat net s'établit à 17 M€ ... et le résultat net part du Groupe
                # s'établit à 20 M€": two figures, each with its own metric and amount
                if _FIGURE_AFTER_AND.match(folded, joint.end(), b.start) and re.search(
                    r"\d", folded[seg.start : joint.start()]
                ):
                    cut = joint
                    break
                continue
            if a.kind is b.kind:
                continue
            if joint is not None and (
                not folded[joint.end() : b.start].count(" ") > 4
                or _VERB_AFTER_AND.match(folded, joint.end())
            ):
                cut = joint
                break
        if cut is None:
            out.append(seg)
            continue
        out.append(Segment(seg.start, cut.start()))
        out.append(Segment(cut.start() + 1, seg.end))
    return out


def _between(items: list[_T], starts: list[int], lo: int, hi: int) -> list[_T]:
    """The items (in the order of their `starts`) that start in `[lo, hi)`."""
    return items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


_LABELLED_FIGURE = re.compile(r"(?:[^\s:]+ ){0,3}[^\s:]+ ?:\s*[^\n]*\d")
"""A line "label: figure" (a results table in prose), a statement although it has no stop;
not the title, whose colon opens its subject ("Globex : 3 millions d'amende")."""

_CLOSING = "\"”»’' \u00a0\u202f)"
"""What may close a statement after its final stop: quotation marks, brackets, spaces."""

HEADING = 300
"""The longest line without a final stop that is read as a heading (a headline is short)."""


_BULLETS = frozenset("•▪◦‣●■–—*-")
"""The marks that open an item of a list."""


def _unbulleted(text: str, s: Sentence) -> Sentence:
    """`s` without the mark of a list's item it opens on, and the spaces after it."""
    if not _bulleted(text, s.start):
        return s
    start = s.start + 1
    while start < s.end and text[start].isspace():
        start += 1
    return attrs.evolve(s, start=start) if start < s.end else s


def _bulleted(text: str, start: int) -> bool:
    """True when a list's mark and a space open the text at `start` ("• Revenue", not
    "-5 %").
    """
    return text[start : start + 1] in _BULLETS and text[start + 1 : start + 2].isspace()


def _heading(text: str, s: Sentence) -> bool:
    """A short line on its own without a final stop: a title or an intertitle, not a
    statement. A longer one is a paragraph that lost its stop, and a text of one line has no
    heading.
    """
    alone = text[max(0, s.start - 1) : s.start] in ("", "\n") and text[s.end : s.end + 1] in (
        "",
        "\n",
    )
    short = s.end - s.start <= HEADING and bool(text[s.end :].strip())
    if s.start > 0 and _LABELLED_FIGURE.match(text, s.start, s.end):
        return False  # "Revenue: $14.16 billion versus $13.53 billion expected"
    if s.start > 0 and _bulleted(text, s.start):
        return False  # "• Résultat net en hausse de 27 %": an item of a list, a statement
    stop = text[s.start : s.end].rstrip(_CLOSING)[-1:]  # 'it "is a great region."'
    return alone and stop not in (".", "!", "?") and short


def _headline_subject(
    text: str,
    folded: str,
    lang: str,
    every: Sequence[Sentence],
    mentions: list[Mention],
    starts: list[int],
) -> int | None:
    """Where the headline's subject starts, when the text opens on a headline: its first
    name that no preposition governs ("Acme raises $5M", "Built in Springfield, Acme raises
    $5M"; none in "Des activités de Globex rachetées par Acme"): what news writing puts
    first. What comes before a colon is the headline's rubric (a place, a sector, the
    company), so the name is looked for after it ("Paris : Acme lève 5 millions", and none
    in "Acme : rachat de Globex"); of a possessive ("Globex's Initech fined"), the name
    owned. A headline whose names are all governed gives its first when "pour", "chez",
    "for" or "at" governs it ("Résultats records pour Globex"). `every` is the text's
    sentences, `starts` the starts of `mentions`.
    """
    first = every[0] if every else None
    if first is None or not _heading(text, first):
        return None
    start = first.start
    colon = text.find(":", first.start, first.end)
    if colon >= 0:
        start = colon + 1
    k = bisect.bisect_left(starts, start)
    while k < len(mentions) and mentions[k].start < first.end:
        before = folded[start : mentions[k].start].rsplit(",", 1)[-1]
        if not any(w in PREPOSITIONS[lang] for w in re.findall(r"[\w']+", before)):
            break  # "Built by expats in Springfield, Initech raises": the first name free
        start = mentions[k].end
        k += 1
    if k == len(mentions) or mentions[k].start >= first.end:
        k = bisect.bisect_left(starts, colon + 1 if colon >= 0 else first.start)
        if k < len(mentions) and mentions[k].start < first.end:
            lo = max(first.start, mentions[k].start - 10)
            if _FOR_WHOM.search(folded, lo, mentions[k].start):
                return mentions[k].start  # "Résultats records pour Globex": its news
        return None
    m = mentions[k]
    owned = mentions[k + 1] if k + 1 < len(mentions) else None
    if (
        owned is not None
        and owned.start < first.end
        and _POSSESSIVE.fullmatch(text, m.end, owned.start)
    ):
        return owned.start  # "Globex's Initech fined": the news is about what Globex owns
    return m.start


_FOR_WHOM = re.compile(r"\b(?:pour|chez|for|at)\s+(?:(?:le|la|l'|the)\s*)?$")
"""The preposition before a headline's only name whose news it is ("Résultats records pour
Globex", "Record profits for Globex", "Nouveau patron chez Globex")."""

_POSSESSIVE = re.compile(r"['’]s? ")
"""An English possessive between two names ("Globex's Initech")."""


_OWNED_ROLE = re.compile(rf"['’]s? (?:(?:[a-z][\w-]*) ){{0,2}}(?:{ROLE_NOUNS.pattern})")
"""A possessive and a role after a name: the name is an organisation's ("Initech's chief
executive", "Initech' general counsel")."""
_DESCRIBED_OPENING = re.compile(r"(?:(?:le|la|les|the|un|une|an?|ce|cette|this)\s|l')")
"""A lede that opens on a description ("Le fabricant de yaourts vient d'inaugurer")."""


def _capitals_headline(
    text: str, folded: str, every: Sequence[Sentence], mentions: list[Mention]
) -> int | None:
    """For a headline in capitals ("GLOBEX REPORTS RESULTS FOR THE FOURTH QUARTER"), where
    no name is found: the first mention in the body of the organisation the headline opens
    on (after its rubric, before a colon), or None.
    """
    first = every[0] if every else None
    if (
        first is None
        or not _heading(text, first)
        or re.search(r"[a-zà-ÿ]", text[first.start : first.end])
    ):
        return None
    head = folded[first.start : first.end]
    head = head.split(":", 1)[1] if ":" in head else head
    head = " ".join(re.findall(r"[\w'&-]+", head))
    for m in mentions:
        if m.start < first.end or m.kind in ("person", "place") or kind_of(m.name) == "person":
            continue
        name = " ".join(re.findall(r"[\w'&-]+", fold(m.name)))
        if name and (head == name or head.startswith(name + " ")):
            return m.start
    return None


def _lead(mentions: list[Mention], starts: list[int], s: Sentence, text: str) -> Mention | None:
    """The first name of sentence `s` outside brackets: the subject news writing opens on
    (a name in brackets, "la marge brute (EBE)", is an aside).
    """
    k = bisect.bisect_left(starts, s.start)
    while k < len(mentions) and mentions[k].start < s.end:
        if not bracketed(text, s.start, mentions[k].start) and mentions[k].kind != "place":
            return mentions[k]  # not a dateline's place: "Springfield, Ore., May 4 -- Acme"
        k += 1
    return None


def _title(text: str, sents: Sequence[Sentence]) -> str:
    first = text[sents[0].start : sents[0].end] if sents else "untitled"
    return first if len(first) <= 120 else first[:117] + "..."


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", text[start:end]):
        out.append((start + m.start(), start + m.end()))
    return out
