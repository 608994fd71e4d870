"""Who says what, and for whom: the speaker of a statement (a name beside its verb, a pronoun's
person, the subject), the kind a speaker's name gives, the organisation a person speaks for,
and the roles held ("Jeanne Dupont, directrice générale de Globex"), which say it.
"""

from __future__ import annotations

import re

from timeline.extract import cues as lexicon
from timeline.extract._company import CompanyFields
from timeline.extract._reading import (
    DETERMINERS,
    INCOMING,
    PRONOUN_SPEAKER,
    SINCE_TAIL,
    SentenceInfo,
)
from timeline.extract._registry import COMPANY_FORMS
from timeline.extract._seedfile import DraftEvent
from timeline.extract._text import fold
from timeline.extract.entities import Mention, kind_of
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense

__all__ = ["SpeakerFields"]

_DESCRIBED_ORG = re.compile(r"\s+(?:du|de la|de l'|of the|at the)\s+(?:[a-z][\w'-]*\s*){1,6}$")
"""After a role, an organisation by its description ("du leader mondial des serrures", "of
the software giant"), not by its name."""
_TIME_ADVERB = re.compile(
    r"\s*(?:aujourd'hui|actuellement|desormais|jusqu'ici|alors|now|currently|then|until now)"
    r",?\s+"
)
"""An adverb of time before a role in apposition ("Jeanne Dupont, aujourd'hui directrice
générale déléguée", "Jane Doe, currently chief financial officer")."""
_TOLD = re.compile(r"told|tells?|telling")
"""A verb of saying whose object is who is told, never the speaker ("told the newspaper")."""
_TRAILING_PREPOSITION = re.compile(
    r"\s+(?:de la|de l'|de l’|de|du|des|d'|d’|of the|of|at the|at)\s*$"
)


_INCOMING_OPENING = re.compile(rf"\s*(?:the|its|le|la|son|sa)\s+{INCOMING}\s+")
"""The opening of a role to be taken up, in apposition ("Jane Doe, the next Globex CEO")."""

_PRONOUN_BEFORE = re.compile(r"(?:^|\W)(?:he|she)\s+$")
"""An English pronoun of a person just before the verb of saying ("she said"); French "il"
and "elle" stand as often for the company."""

_TITLE_BEFORE_NAME = re.compile(
    rf"\s*(?:le |la |l'|the |its |their |son |sa )?(?:{lexicon.ROLE_NOUNS.pattern})"
    r"(?:\s+[a-z][\w-]*){0,2}?(?:\s+(?:de la|de l'|du|des|de|d'|of the|of|at)\s*x)?"
    r"(?:\s+x)?,?\s+"
)
"""A title between a verb of saying and the speaker's name, perhaps with its organisation
(written "x" once the names are taken out): "le président de x ", "the chief executive "."""
_ARTICLE_AFTER = re.compile(r"\s+(?:le |la |les |l'|l’|the )")
"""The article before a speaker named after the verb, as French inverts it ("a estimé
l’Autorité") and English after a verb of saying ("said the FWC"); in English, "writes the Globex
blog" names what is written."""
_CLAUSE_CLOSED = re.compile(r"\s*(?:[,.;:!?»”\")]|$)")
"""What follows a speaker named after the verb and an article: the clause's end."""
_DEPARTMENTS = frozenset(
    {
        "sales", "marketing", "finance", "operations", "engineering", "research", "strategy",
        "communications", "human resources", "technology", "products", "legal", "ventes",
        "ressources humaines", "communication", "recherche", "strategie", "produits",
    }
)  # fmt: skip
"""Departments named after a title before the company ("Vice President, Sales, Globex")."""
_SAID = re.compile(r"said|says|added|adds|stated|noted|explained|wrote")
"""The English verbs of saying a speaker may follow, after an article."""
_POSSESSIVE = re.compile(r"^['’]s?(?=\s)")
"""The possessive after a company's name, before its officer's title ("Globex's CEO")."""
_ROLE_JOINT = re.compile(r"\s*(?:,|\band\b|\bet\b|&)\s*")
"""What joins the titles of one person ("Founder and CEO", "président et fondateur")."""


_NOW_WORDS = frozenset({"currently", "now", "today", "actuellement", "desormais", "aujourd'hui"})
"""Date words of the day of the report, which a role held then may carry."""
_COPULAS = frozenset({"est", "is"})
"""The verbs "to be" that tell a role held only after a person's name ("Jane Doe is chief
financial officer of Globex")."""


_NOT_A_SUBJECTS_NOUN = frozenset(
    {"in", "at", "on", "after", "before", "when", "during", "from", "to", "as", "while"}
    | {"with", "for", "by", "of", "and", "who", "whose", "which", "that", "the", "a", "an"}
)
"""Words after a speaker's name that open a complement of the speech, not what was said."""
_PARTICIPLES_AFTER_SPEAKER = frozenset({"asked", "quoted", "cited", "reached", "contacted"})
"""Participles that qualify the speaker ("said Jane Doe, asked about..."), no verb of theirs."""
_FINITE_AFTER_NOUN = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"}
    | {"should", "may", "might", "rose", "fell", "jumped", "dropped", "climbed", "slid"}
)
"""Finite verbs after a noun that follows the name ("said Globex shares were cheap")."""


class SpeakerFields(CompanyFields):
    """Speakers, the organisations they speak for, and roles held."""

    def _speaker(self, info: SentenceInfo, cue: lexicon.Cue, end: int) -> str | None:
        """Who speaks: the name just before the verb ("Doe said"), else the name just
        after it ("a déclaré Jane Doe", "said Jane Doe"), a pronoun's person, or the subject.
        """
        left = next(iter(info.mentions_ending(cue.start - 1)), None)
        article = (
            _ARTICLE_AFTER.match(self.folded, cue.end)
            if self.lang == "fr" or _SAID.fullmatch(self.folded, cue.start, cue.end)
            else None
        )
        reach = cue.end + max(3, article.end() - cue.end + 1 if article else 0)
        right = next(iter(info.mentions_between(cue.end, reach)), None)  # "a estimé l’Autorité"
        if (
            right is not None
            and article is not None
            and right.start >= article.end()
            and not _CLAUSE_CLOSED.match(self.text, right.end)
        ):
            right = None  # "noted the Hooli deal closed": the name qualifies a noun
        if _TOLD.fullmatch(self.folded, cue.start, cue.end):
            right = None  # "Globex told Initech": the name after is who was told
        if right is not None and self.lang == "en" and self._opens_complement(info, right):
            right = None  # "said Globex broke the rules": what was said, not who said it
        if left is not None and not info.in_quote(left.start):
            right = left
        if right is None and not _TOLD.fullmatch(self.folded, cue.start, cue.end):
            right = self._titled_after(info, cue.end)  # "a déclaré le président de X Y"
        if right is not None:
            titled = next(iter(info.mentions_between(right.end + 1, right.end + 64)), None)
            between = self.folded[right.end : titled.start] if titled is not None else ""
            between = _POSSESSIVE.sub("", between)  # "said Globex's chief executive Jane Doe"
            roles = [r for r in _ROLE_JOINT.split(between.strip(" ,")) if r]
            if (
                titled is not None
                and roles
                and all(lexicon.ROLE_NOUNS.fullmatch(r) for r in roles)
                and not self._names_person(right)  # "said Jane Doe, CEO, Globex": she speaks
            ):
                # "said Globex CEO Jane Doe", "said Globex Founder and CEO Jane Doe": the
                # person speaks, for the company
                company = self.entities.use(right)
                right = titled
                self._roles.setdefault(self.entities.id_of(titled.name), company)
            speaker = self.entities.use(right, self._speaker_kind(right))
            if self.entities.kinds.get(speaker) == "person":
                self.context.last_person = speaker
            return speaker
        lead = self.folded[cue.start : cue.end + 12]
        pronoun = PRONOUN_SPEAKER.search(lead) or _PRONOUN_BEFORE.search(
            self.folded, max(0, cue.start - 8), cue.start
        )  # "a-t-elle déclaré", "she said"
        if pronoun:
            person = self.context.last_person or self._last_named_person(cue.start)
            if person is not None:
                return person
        subject = self._subject(info, cue.start)
        if subject is not None and self.entities.kinds.get(subject) == "person":
            self.context.last_person = subject
        return subject

    def _opens_complement(self, info: SentenceInfo, right: Mention) -> bool:
        """True when the name after an English verb of saying is the subject of what is said
        ("said Globex broke the rules", "said Globex shares were cheap"): a finite verb is
        the next word, or the one after a noun; not "said Jane Doe in a note published
        Tuesday", "said Globex spokesman John Smith".
        """
        rest = re.findall(r"[a-z'\u2019]+", self.text[right.end : right.end + 40].lower())[:2]
        if not rest or rest[0] in _NOT_A_SUBJECTS_NOUN:
            return False
        if verb_tense(rest[:1], self.lang) is not None:
            return not rest[0].endswith("ing") and rest[0] not in _PARTICIPLES_AFTER_SPEAKER
        return len(rest) == 2 and rest[1] in _FINITE_AFTER_NOUN

    def _titled_after(self, info: SentenceInfo, pos: int) -> Mention | None:
        """The person named after a title just after a verb of saying ("a déclaré le président
        de Globex Jean Dupont", "said the chief executive Jane Doe"): the speaker.
        """
        for m in info.mentions_between(pos, pos + 80):
            if not self._names_person(m):
                continue
            between = self.folded[pos : m.start]
            for other in reversed(info.mentions_between(pos, m.start)):
                between = between[: other.start - pos] + "x" + between[other.end - pos :]
            return m if _TITLE_BEFORE_NAME.fullmatch(between) else None
        return None

    def _last_named_person(self, before: int) -> str | None:
        """The person named last before `before` ("Ms Doe coupled the fine... she said"),
        when no reading has named one yet.
        """
        for m in reversed(self.entities.mentions):
            if m.start < before and self._names_person(m):
                return self.entities.use(m, "person")
        return None

    def _names_person(self, m: Mention) -> bool:
        """True when a mention is a person's, by its analyser or its name."""
        return m.kind == "person" or self.entities.named_person(self.entities.id_of(m.name))

    def _speaker_kind(self, m: Mention) -> str:
        """The kind a speaker's name gives: a person, unless the name is one word or a
        company's ("Globex said", "Globex Systems said"), the organisation in focus, or an
        organisation by its role in an event.
        """
        entity_id = self.entities.id_of(m.name)
        if m.kind or self.entities.kinds.get(entity_id) == "person":
            return m.kind or "person"
        words = m.name.split()
        if (
            len(words) < 2
            or entity_id == self.context.topic_org
            or self.entities.kinds.get(entity_id) is not None
            or any(fold(w).strip(".,") in COMPANY_FORMS for w in words)
        ):
            return ""
        return "person"

    def _org_of(self, speaker: str) -> str:
        if self.entities.kinds.get(speaker, "organization") == "organization":
            return speaker
        return self._roles.get(speaker) or self.context.topic_org or speaker

    def _kept_role(self, info: SentenceInfo, i: int, cue: lexicon.Cue) -> DraftEvent | None:
        """A role kept ("he will remain CEO of Globex", "Jeanne Dupont, directrice
        financière, est confirmée dans ses fonctions"): held by the subject of the verb (the
        name just before it, a pronoun's person, else the sentence's first person), with the
        role named after the verb or given to the person earlier in the sentence.
        """
        s = info.sentence
        seg = info.segments[i]
        left = next(iter(info.mentions_ending(cue.start - 1)), None)
        people = [
            m
            for m in info.mentions_between(s.start, cue.start)
            if self.entities.named_person(self.entities.id_of(m.name))
            or (
                len(m.name.split()) >= 2
                and self.entities.kinds.get(self.entities.id_of(m.name)) is None
                and self.entities.id_of(m.name) != self.context.topic_org
                and not self._after_preposition(m, s.start)
            )
        ]  # a person named in the sentence, or a name of two words nothing says is a company
        copula = self.folded[cue.start : cue.end].split()[0] in _COPULAS
        relative = bool(re.search(r"\b(?:who|qui)\s+$", self.folded[s.start : cue.start]))
        if (
            copula
            and not relative
            and (left is None or not self.entities.named_person(self.entities.id_of(left.name)))
        ):
            return None  # "Globex est président du syndicat": only a person holds a role so
        if copula and any(
            fold(d.text) not in _NOW_WORDS for d in info.dates_between(seg.start, seg.end)
        ):
            return None  # "est président du directoire depuis 2015": read with its date
        if left is not None:
            person_id: str | None = self.entities.use(left, "person")
        elif PRONOUN_SPEAKER.search(self.folded[max(s.start, cue.start - 12) : cue.end]):
            person_id = self.context.last_person
        else:
            person_id = None
        if person_id is None and people:
            person_id = self.entities.use(people[0], "person")
        if person_id is None:
            return None
        role_m = lexicon.ROLE_NOUNS.match(self.folded, cue.end)
        if role_m is None:
            role_m = lexicon.ROLE_NOUNS.search(self.folded, s.start, cue.start)
        role = None
        if role_m is not None:
            until = seg.end if role_m.start() >= cue.end else cue.start
            role = self._role_words(role_m.start(), until)
        if role is None:
            return None
        org_m = self._org_after(info, cue.end, seg.end)
        org: str | None = self.entities.use(org_m) if org_m is not None else self._org_of(person_id)
        if org == person_id:
            org = self.context.topic_org
        if org is None or org == person_id:
            return None  # "est directeur général délégué chargé des finances": no company
        self.entities.kinds[person_id] = "person"
        fields = {"person": person_id, "organization": org, "role": role}
        quote = self.text[seg.start : seg.end]
        return DraftEvent("role_held", fields, quote, seg.start, None, None, Tense.PAST, (), "role")

    def _role(
        self, info: SentenceInfo, i: int, cue: lexicon.Cue, used: set[int]
    ) -> DraftEvent | None:
        segs = info.segments
        seg = segs[i]
        person: Mention | None = None
        start, end = seg.start, seg.end
        before = info.mentions_ending(segs[i - 1].end) if i > 0 else []
        adverb = _TIME_ADVERB.match(self.folded, seg.start) or _INCOMING_OPENING.match(
            self.folded, seg.start
        )
        opening = adverb.end() if adverb is not None else seg.start
        lead_role = lexicon.ROLE_NOUNS.match(self.folded, cue.start) is not None and (
            cue.start - opening < 12
        )
        follows = i + 1 < len(segs) and self._is_name(info, segs[i + 1])
        if lead_role and follows and DETERMINERS.match(self.folded, seg.start):
            person = info.mentions_between(segs[i + 1].start, segs[i + 1].start + 1)[0]
            end = segs[i + 1].end
            used.add(i + 1)
        company: Mention | None = None
        if lead_role and before and follows:
            # "said Jane Doe, President and CEO, Globex North America": her company
            company = info.mentions_between(segs[i + 1].start, segs[i + 1].start + 1)[0]
            if fold(company.name) in _DEPARTMENTS:
                # "Vice President, Sales, Globex": the department, then the company
                later = i + 2 < len(segs) and self._is_name(info, segs[i + 2])
                company = (
                    info.mentions_between(segs[i + 2].start, segs[i + 2].start + 1)[0]
                    if later
                    else None
                )
            if company is not None and (
                self._names_person(company) or kind_of(company.name) == "place"
            ):
                company = None
        if person is None and lead_role and before:
            person = before[0]
            start = person.start
            if company is not None:
                k = next(j for j in (i + 1, i + 2) if segs[j].start <= company.start < segs[j].end)
                end = segs[k].end
                used.update(range(i + 1, k + 1))
        if person is None:
            used.discard(i)
            return None
        person_id = self.entities.use(person, "person")
        role_text = self.text[cue.start : seg.end]
        org_mention = company or next(
            (
                m
                for m in info.mentions_between(cue.end + 1, seg.end)
                if m is not person and kind_of(m.name) != "place"
            ),
            None,
        )  # not "chief executive for the Americas": a region the role covers
        owner = next(
            (m for m in info.mentions_between(opening, cue.start) if m.end <= cue.start), None
        )
        if org_mention is not None:
            org = self.entities.use(org_mention)
            if company is None:
                role_text = self.text[cue.start : org_mention.start]
        elif owner is not None and owner is not person:
            # "Jane Doe, Globex president and CEO": the organisation named before the title
            org = self.entities.use(owner)
        else:
            org = self.context.last_org or self.context.topic_org or person_id
            words = self._role_words(cue.start, seg.end)
            rest = self.folded[cue.start + len(words or "") : seg.end]
            if words and _DESCRIBED_ORG.match(rest):
                # "le directeur général du leader mondial des serrures": the organisation
                # described is the one the article is about
                role_text = words
                org = self.context.topic_org or org
            cut = re.search(r"\s+(?:de|du|d'|of|at)\s+(?:la|le|l'|the)?\s*[\w-]+\s+\w+$", role_text)
            if cut:
                role_text = role_text[: cut.start()]
        role_text = SINCE_TAIL.sub("", role_text) or role_text  # "CEO since 2010"
        role = re.sub(_TRAILING_PREPOSITION, "", role_text.strip()).strip()
        self._roles[person_id] = org
        self.context.last_person = person_id
        fields = {"person": person_id, "organization": org, "role": role}
        return DraftEvent(
            "role_held", fields, self.text[start:end], start, None, None, Tense.PAST, (), "role"
        )
