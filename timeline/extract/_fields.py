"""The typing of a statement by its cue: the event type the verb lexicon proposes, and its fields.

A cue (`cues`) names a kind of company news; the statement becomes that event type when the
fields it needs can be found (a valuation's amount, a partnership's parties, an interview's
outlet...), and `fact_asserted` otherwise (the subject, a general label, the clause as value).
Speakers and roles ("X, directeur général de Y"), typed by their noun, are read by `_speakers`,
on which this builds.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from timeline.extract import cues as lexicon
from timeline.extract._cue_words import INVESTED
from timeline.extract._reading import SentenceInfo
from timeline.extract._segments import Segment
from timeline.extract._speakers import SpeakerFields
from timeline.extract._text import fold
from timeline.extract.cues import CueType
from timeline.extract.entities import Mention, kind_of
from timeline.extract.money import amounts
from timeline.extract.tense import verb_tense

__all__ = ["FieldReader"]

_FOUNDED_BY = re.compile(
    r"\b(?:co-?founded|founded|started|created|set up|cofondee?s?|co-fondee?s?|fondee?s?|creee?s?"
    r"|lancee?s?)\s+(?:en \d{4} |in \d{4} |last year |l'an dernier |l'annee derniere )?"
    r"(?:par|by)\s+(?:[\w' ]+?\s)??"
)
"""Words before a founding's founders ("co-founded by", "fondée en 2015 par", "set up last
year by")."""
_PARTNER = re.compile(r"(?:avec|with|and|et)\s*$")
_PLACE_BEFORE = re.compile(
    r"(?:\ba|\bau|\baux|\ben|\bin|\bat|\bdans|\bnear|\bpres de)\s+(?:la |le |l'|the )?$"
)
"""A name after these words is where something happened ("au Salon de Lyon", "in
Springfield"): never the product launched."""
_OUTLET = re.compile(r"(?:au|a|du|de|dans|with|to|in)\s*$")
LABELS = {
    CueType.FOUNDED: "founding",
    CueType.ACQUISITION: "acquisitions",
    CueType.FUNDING: "funding",
    CueType.LEGAL: "legal actions",
    CueType.DEPARTURE: "departures",
    CueType.APPOINTMENT: "appointments",
    CueType.HEADCOUNT: "headcount",
    CueType.RESULTS: "results",
    CueType.SITE: "sites",
    CueType.VALUATION: "funding and valuation",
    CueType.PARTNERSHIP: "partnerships",
    CueType.INTERVIEW: "interviews",
    CueType.AVAILABILITY: "availability",
    CueType.ROLE: "roles",
    CueType.LAUNCH: "launches",
    CueType.CLAIM: "claims",
    CueType.STANCE: "statements",
    CueType.PLAN: "plans",
    CueType.EVENT: "events organised",
}
_WHO_FOUNDED = re.compile(r"\s*(?:qui|who)\s+(?:a |had |has |avait )?(?:\w+ )?")
"""The opening of a relative clause of founding after a person's name ("qui a cofondé",
"who co-founded")."""
_HE_FOUNDED = re.compile(r"\b(?:qu'(?:il|elle)|(?:he|she))\s+(?:a |had |has |avait )?$")
"""A pronoun subject just before a verb of founding ("qu'il a co-fondé", "he founded")."""
_ANNOUNCE_VERB = re.compile(r"annonc\w*|announc\w*")
"""Verbs of announcing, which launch nothing without a product."""
_NOT_ANNOUNCED_OBJECT = re.compile(r"\b(?:de|d'|du|des|of|that|que|qu')(?!\w)")
"""Words between a verb of announcing and a name that make the name no object of the verb:
the name belongs to what is announced ("la fermeture de", "the closure of") or to a clause
("that", "que")."""
_ANNOUNCING = re.compile(r"annonc\w*|announc\w*|devoil\w*|unveil\w*|present\w*")
"""Verbs that tell news (of a launch, or of the company news beside them)."""
_SOURCES = re.compile(
    r"\bsources?\b(?: \w+){0,3}? (?:proches?|familiar|close|au fait|informees?)\b"
    r"|\bpeople (?:familiar|close|briefed)\b|\bpersonnes? (?:proches?|au fait)\b"
)
"""Unnamed sources as the speaker ("deux sources proches du dossier", "people familiar with
the matter")."""
_TOLD_TO = re.compile(r"\s*(?:a|au|aux|to)\s+(?:la |le |l'|the )?")
"""The words between a verb of saying and the outlet told ("ont déclaré à", "said to"); the
English "told" takes the outlet with none ("told Globex News")."""
_LAUNCHED_BY = re.compile(r"\s+(?:par|by)\s+")
"""The agent after the company whose launch is told ("le lancement de Globex par")."""
_BY_AGENT = re.compile(r"\s+par\b")
"""The agent after a French passive participle ("assurées par")."""
_OFFERING = re.compile(
    r"\b(?:offre|abonnement|service|formule|offering|subscription|tier|plan)\b(?! de| d')"
)
"""Words of an offering launched ("une offre", "a subscription plan"), not "un plan de
baisse des coûts"."""

_RESULTS_OBJECT = re.compile(
    r"\s*(?:[\w'-]+\s+){0,10}?(?:results|earnings|figures|resultats|comptes|chiffres)\b"
)
"""A launch verb's object that is the company's results ("released its fourth-quarter
results on Tuesday", "a publie ses resultats annuels"): results told, not a product."""
_PREMIUM = re.compile(r"\b(?:premium|prime)\b")
"""A premium told before a share price ("a 23% premium to the closing price of Globex"): the
terms of an offer, measured against the price, not a result of the company."""

_SHARES = re.compile(r"(?:shares|stock|share price|stock price|l'action|les actions|le titre)\b")
"""The words that open a move of a share price, before the company's name."""
_NOT_TAKEN = re.compile(r"\b(?:ne pas|n'a pas|n'ont pas|ne \w+ pas|renonce a|not)\s+(?:\w+\s+)?$")
"""A negation before a legal action's word ("de ne pas faire appel", "will not appeal"):
the action is not taken, what is told is a decision."""
_THE = re.compile(r"(?:^|\s)(?:the|le|la|l')\s?$")
"""A definite article just before a name."""
_SHARES_OF = re.compile(r"(?:shares|stock) of ")
"""The opening words a name may have been read with at the start of a sentence."""


_BY_FOUNDER = re.compile(r"\s+(?:by|par)\b")
"""A founder after the word of founding ("since its founding by Jane Doe")."""
_SINCE = re.compile(r"\b(?:since|depuis)\s+(?:its|their|the|sa|son|leur|la|le)?\s*$")
""""Since" just before a word of founding ("depuis sa création", "since its founding"): the
founding is a landmark of the clause, not a fact it tells."""


_SPEECH_PARTICIPLE = re.compile(
    r"(?:precis|jug|consider|estim|indiqu|detaill|critiqu|soulign|rapport|dementi|reconnu)"
    r"(?:e|ee|es|ees|s)?"
)
"""A French verb of speech as a past participle ("précisés", "jugées", "considéré")."""
_BEING = re.compile(
    r"\b(?:ete|est|sont|etait|etaient|sera|seront|soit|etre)\s+"
    r"(?:(?:\w+ment|pas|plus|jamais|encore|deja|toujours|aussi)\s+){0,2}$"
)
"""A form of "être" just before a participle, perhaps with adverbs: the passive."""
_BY_AGENT = re.compile(r"\s+(?:\S+\s+){0,4}?par\b")
"""The agent of a passive ("jugées compliquées par la Cnil", "jugé « hostile » lundi par")."""
_THAT = re.compile(r"\s+qu(?:e\b|')")
"""An impersonal passive's content ("il est précisé que ..."): something is said."""
_HAVING = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront)\s+(?:\w+\s+)?$")
"""The auxiliary "avoir" before a participle: the active voice."""
_AS_WHAT = re.compile(r"\s+comme\b")
"""What something is taken as ("considéré comme le premier")."""


def _empty_speech(clause: str, verb: str) -> bool:
    """True when a clause is only its speaker and verb ("Doe said in the memo"), perhaps with
    whom it was told to and the day ("chief executive Jane Doe told staff Thursday").
    """
    rest = clause.replace(verb, " ", 1)
    words = [
        w for w in re.findall(r"[\w'-]+", rest) if len(w) > 2 and w.lower() not in _AUDIENCE_AND_DAY
    ]
    return len(words) < 5 and not re.search(r"[«“\"]", clause)


_AUDIENCE_AND_DAY = frozenset(
    {
        "staff", "employees", "workers", "reporters", "investors", "analysts", "shareholders",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "hier", "salaries", "journalistes", "actionnaires", "analystes",
    }
)  # fmt: skip
"""Whom a speech was told to and its day: no content of the speech."""


_DEAL_VALUES = re.compile(
    r"\b(?:deal|transaction|offer|acquisition|merger|takeover|bid)\b[^.;]*\bvalues?$"
)
"""A deal that "values" its target: the price of the acquisition told before, no valuation."""
_OBJECT_GAP = re.compile(r"\s+(?:the |l'|l’|le |la )?")
"""What stands between a verb and the name of its object: a space, perhaps an article."""


_CLOSES = re.compile(r"\s*(?:[.!?»”\"]|$)")
"""The end of a sentence just after a name: the teller closes it."""
_TELLING_INCISE = re.compile(r",\s*(?:a|ont|avait|avaient|has|have)?\s*$")
"""A verb of announcing after a comma ("…, a annoncé jeudi l'Elysée"): it tells who said
what comes before, and the name after it is the teller."""


_WE = re.compile(r"[«“\"]\s*(?:we|our|nous|notre|nos)\b")
"""A quotation that opens on the first person plural: the speaker speaks of itself."""


class FieldReader(SpeakerFields):
    """Proposes the type and fields of a statement from its cue."""

    _founders_of: SentenceInfo | None = None
    _founders_found: str | None = None

    def _valued(self, info: SentenceInfo, cue: lexicon.Cue) -> str | None:
        """The company a verb of valuing has as its object, the name just after it ("The round
        values Initech at", "L'opération valorise Globex à 2 milliards"), or None.
        """
        verb = self.folded[cue.start : cue.end]
        if verb not in ("value", "values", "valorise"):
            return None
        after = info.mentions_between(cue.end, cue.end + 40)
        if not after or not _OBJECT_GAP.fullmatch(self.folded, cue.end, after[0].start):
            return None
        return self.entities.use(after[0])

    def _fields(
        self, info: SentenceInfo, kind: CueType, cue: lexicon.Cue, start: int, end: int, i: int
    ) -> tuple[dict[str, Any] | None, tuple[str, ...], str]:
        ents = self.entities
        clause = self.text[start:end]
        after = info.mentions_between(cue.end, end)
        subject = self._subject(info, cue.start)
        if kind is CueType.RESULTS and _SHARES.match(self.folded, cue.start):
            subject = self._shares_of(info, cue) or subject
        fields: dict[str, Any]
        if kind is CueType.STANCE and self._passive_speech(cue, start):
            return None, (), ""  # "dont les montants n'ont pas été précisés": no one speaks
        if kind is CueType.STANCE:
            hearsay = self._hearsay(info, cue, start, end)
            if hearsay is not None:
                return hearsay, (), "claim_attributed"
            speaker = self._speaker(info, cue, end)
            if speaker is None:
                return None, (), ""
            org = self._org_of(speaker)
            if _empty_speech(self.folded[start:end], self.folded[cue.start : cue.end]):
                return None, (), ""
            claim = self._told_by_another(info, cue, start, speaker, org)
            if claim is None:
                claim = self._authority_says(speaker, org, clause)
            if claim is not None:
                return claim, (), "claim_attributed"
            fields = {
                "speaker": speaker,
                "organization": org,
                "topic": "statements",
                "stance": clause,
            }
            return fields, (), "stance_stated"
        if subject is None:
            return None, (), ""
        if kind is CueType.LEGAL and _NOT_TAKEN.search(
            self.folded, max(start, cue.start - 24), cue.start
        ):
            # "Globex a décidé de ne pas faire appel": a decision of the company, no action
            fields = {
                "speaker": subject,
                "organization": self._org_of(subject),
                "topic": "statements",
                "stance": clause,
            }
            return fields, (), "stance_stated"
        if kind is CueType.RESULTS and _PREMIUM.search(self.folded, start, cue.start):
            return None, (), ""  # "represents a 78% premium to Initech's closing price"
        if kind in lexicon.COMPANY_NEWS and kind is not CueType.PARTNERSHIP:
            reading = self._company(info, cue, start, end, i)
            if reading is not None:
                return reading[0], (), reading[1]
            weaker = self._weaker.get(cue)
            if (
                kind is CueType.ACQUISITION
                and self.folded.startswith("achet", cue.start)
                and self.folded[cue.end : cue.end + 1] != ","  # "a acheté, le 28 novembre,"
            ):
                return None, (), ""  # "Globex a acheté 200 camions": goods, no company bought
            if kind is CueType.FUNDING and INVESTED.match(self.folded, cue.start):
                # "Globex has invested $50 million in its plant", "…in Texas, said Jane
                # Doe": spending, no round; what is said is still said
                if weaker is not None and weaker.kind is CueType.STANCE:
                    return self._fields(info, weaker.kind, weaker, start, end, i)
                return None, (), ""
            if weaker is not None and _ANNOUNCING.fullmatch(self.folded[weaker.start : weaker.end]):
                weaker = None  # "a annoncé avoir infligé une amende": news told, not a launch
            if (
                weaker is not None
                and weaker.kind is CueType.LAUNCH
                and kind is CueType.RESULTS
                and _RESULTS_OBJECT.match(self.folded, weaker.end, end)
            ):
                weaker = None  # "released its fourth-quarter results": results, no product
            if weaker is not None and weaker.kind is CueType.STANCE and self._agent(weaker):
                weaker = None  # "les fonctions précédemment assurées par": no one speaks
            if weaker is not None and kind is not CueType.VALUATION:
                if weaker.kind is not CueType.STANCE:
                    kind, cue = weaker.kind, weaker
                    after = info.mentions_between(cue.end, end)
                elif not self._own_figures(info, kind, weaker, subject, clause, end):
                    return self._fields(info, weaker.kind, weaker, start, end, i)
        if kind is CueType.FOUNDED:
            opened = self._opened_by(info, i)
            if opened is not None:
                subject = opened  # "Créé en 1971, Globex emploie...": the name after the comma
            founders = self._founders(info) or self._founder_before(info, cue)
            if (
                founders is not None
                and subject is not None
                and fold(founders) == fold(ents.used[subject].name if subject in ents.used else "")
            ):
                subject = self.context.topic_org or subject  # "X, qui a cofondé la société"
            if (
                founders is None
                and _SINCE.search(self.folded, max(start, cue.start - 16), cue.start)
                and not info.dates_between(start, max(end, cue.end + 16))
                and not _BY_FOUNDER.match(self.folded, cue.end)
            ):
                return None, (), ""  # "a grandi depuis sa création": no date, no founder
            fields = {} if founders is None else {"founders": founders}
            return fields, (subject,), "founded"
        if kind is CueType.VALUATION:
            found = [a for a in amounts(self.text[start:end], self.lang)]
            if _DEAL_VALUES.search(self.folded, start, cue.end):
                return None, (), ""  # "a transaction that values Initech at": the deal's price
            valued = self._valued(info, cue)
            if valued is not None:
                subject = valued  # "The round values Initech at $3 billion": Initech's value
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
            joined = self._coordinated_subjects(info, start, cue.start)
            for seg in reversed([g for g in info.segments if g.end <= start]):
                if len(joined) >= 2:
                    break
                # "Globex and Initech, a biotech, today announced a ...": the nearest pair
                # of names joined before the clause, not a dateline's places
                joined = [
                    p
                    for p in self._coordinated_subjects(info, seg.start, seg.end)
                    if ents.kinds.get(p) != "place" and kind_of(ents.used[p].name) != "place"
                ]
            if len(joined) >= 2:  # "Globex et Initech ont annoncé avoir noué un partenariat"
                return {"parties": joined}, (), "partnership_announced"
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
            launchers = self._launched_by(info, named, end) if named is not None else []
            if named is not None and launchers:
                # "le lancement de Globex par Jeanne Dupont": the company's founding
                for launcher in launchers:
                    ents.use(launcher, "person")
                launched = self.text[launchers[0].start : launchers[-1].end]
                return {"founders": launched}, (ents.use(named),), "founded"
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
                    and not _PLACE_BEFORE.search(self.folded[max(start, m.start - 14) : m.start])
                    and kind_of(m.name) != "place"  # "lancé au Sud": where, not what
                ),
                None,
            )
            by = product is not None and re.fullmatch(
                r"\s*(?:par|by)\s*", self.folded[cue.end : product.start]
            )
            if product is not None and by and ents.named_person(ents.id_of(product.name)):
                # "la startup a été lancée par Jeanne Dupont et Jean Martin": its founding
                people = [m for m in after if ents.named_person(ents.id_of(m.name))]
                for m in people:
                    ents.use(m, "person")
                founders = self.text[people[0].start : people[-1].end]
                return {"founders": founders}, (subject,), "founded"
            if product is not None and ents.named_person(ents.id_of(product.name)):
                product = None  # "l'annonce par le directeur général Jean Martin d'un plan"
            if (
                product is not None
                and _ANNOUNCE_VERB.fullmatch(self.folded, cue.start, cue.end)
                and _NOT_ANNOUNCED_OBJECT.search(self.folded, cue.end, product.start)
            ):
                # "a annoncé la fermeture de son usine de Lyon", "announced that Jane
                # Doe will succeed": what is announced is not the name, which is no product
                product = None
            if (
                product is not None
                and self.lang == "fr"
                and _ANNOUNCE_VERB.fullmatch(self.folded, cue.start, cue.end)
                and _TELLING_INCISE.search(self.folded, max(0, cue.start - 12), cue.start)
                and _CLOSES.match(self.text, product.end)
                and self._told_before(info, cue.start)
            ):
                product = None  # "…, a annoncé jeudi l'Elysée": who tells it, after the verb
            if product is not None and ents.id_of(product.name) != subject:
                product_id = ents.use(product, "product")
                return {"organization": subject, "product": product_id}, (), "product_released"
        if kind is CueType.CLAIM:
            claimant = next(iter(info.mentions_between(cue.end, cue.end + 3)), None)
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
        if kind is CueType.LAUNCH and not self._launch_after(cue, end):
            word = self.folded[cue.start : cue.end]
            if cue.nominal or _ANNOUNCE_VERB.fullmatch(word):
                # "a annoncé plusieurs changements": news told, no launch; "lors d'une
                # présentation à la presse": no product named
                return None, (), ""
        fields = {"entity": subject, "attribute": LABELS[kind], "value": clause}
        return fields, (), "fact_asserted"

    def _passive_speech(self, cue: lexicon.Cue, start: int) -> bool:
        """True for a French verb of speech as a participle with no one speaking: in the
        passive without "par" ("n'ont pas été précisés", "ont été jugées compliquées") or
        before "comme" ("considéré comme le premier quotidien").
        """
        word = self.folded[cue.start : cue.end]
        if self.lang != "fr" or not _SPEECH_PARTICIPLE.fullmatch(word):
            return False
        if _BY_AGENT.match(self.folded, cue.end) or _THAT.match(self.folded, cue.end):
            return False  # "jugé « hostile » par Globex", "il est précisé que ...": said
        before = self.folded[max(start, cue.start - 24) : cue.start]
        if _BEING.search(before):
            return True
        # "considéré comme le premier", not "qui a indiqué comme priorité" (active)
        return bool(_AS_WHAT.match(self.folded, cue.end)) and not _HAVING.search(before)

    def _own_figures(
        self,
        info: SentenceInfo,
        kind: CueType,
        said: lexicon.Cue,
        subject: str,
        clause: str,
        end: int,
    ) -> bool:
        """True when an organisation, or one of its people, tells a figure of its own results
        ("Globex said its revenue rose 24 percent", "Globex a indiqué que son chiffre
        d'affaires avait progressé de 24 %"): the news is the result, not the statement.
        """
        if kind is not CueType.RESULTS or not re.search(r"\d", clause):
            return False
        speaker = self._speaker(info, said, end)
        return speaker is not None and subject in (speaker, self._org_of(speaker))

    def _told_by_another(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, speaker: str, org: str
    ) -> dict[str, Any] | None:
        """What a speaker said, unquoted before the verb, of another organisation ("The lender
        broke the rules, the regulator said"): a claim about the clause's
        subject, attributed to the speaker; None when the speaker speaks of its own.
        """
        seg = info.segment_holding(cue.start, cue.end)
        if seg is None or start >= seg.start or info.quotes:
            return None
        named = [
            m
            for m in info.mentions_between(start, seg.start)
            if not self._after_preposition(m, start) and not self._modifier(m)
        ]
        about = (
            self.entities.use(named[0])
            if named
            else self.context.last_org or self.context.topic_org
        )
        if about is None or about in (speaker, org):
            return None
        said = self.text[start : seg.start].rstrip(" ,")
        return {"about": about, "attribute": "claims", "claim": said, "claimant": speaker}

    def _told_before(self, info: SentenceInfo, pos: int) -> bool:
        """True when the sentence's first segment before `pos` is a clause of its own (a
        verb after its subject, "Globex a nommé Jeanne Dupont"), not a name and its
        apposition ("Globex, leader du secteur, a annoncé").
        """
        first = info.segments[0]
        if first.end > pos:
            return False
        words = re.findall(r"[\w'-]+", self.text[first.start : first.end].lower())
        return len(words) > 2 and verb_tense(words, self.lang) is not None

    def _authority_says(self, speaker: str, org: str, clause: str) -> dict[str, Any] | None:
        """What an authority (a regulator, a court, a watchdog) or its officer says in an
        article about a company it acts on ("the watchdog said", "a estimé l’Autorité"): a claim
        about that company, attributed to the authority, not the company's own stance.
        """
        topic = self.context.topic_org
        if topic is None or topic in (speaker, org) or self.entities.is_authority(topic):
            return None
        if not (self.entities.is_authority(org) or self.entities.is_authority(speaker)):
            return None
        if _WE.search(fold(clause)):
            return None  # "“We will keep watching the market,” the commission said": its own
        return {"about": topic, "attribute": "claims", "claim": clause, "claimant": speaker}

    def _modifier(self, m: Mention) -> bool:
        """True for a name after "the" that qualifies the noun after it ("The Swiss lender
        failed", "the Globex unit ignored"): the noun, not the name, is the subject.
        """
        if not _THE.search(self.folded, max(0, m.start - 5), m.start):
            return False
        after = re.match(r" ([a-z][\w-]*)", self.text[m.end : m.end + 30])
        if after is None:
            return False
        word = after.group(1)
        verbal = verb_tense([word], self.lang) is not None or any(
            not c.nominal for c in lexicon.find_cues(fold(word), self.lang)
        )
        return not verbal

    def _shares_of(self, info: SentenceInfo, cue: lexicon.Cue) -> str | None:
        """The company named inside a move of its share price ("Shares of Globex were down",
        "l'action Globex a perdu"), also when the name was read with the opening words
        ("Shares of Globex" at the start of a sentence); None if none is named.
        """
        for m in info.mentions_between(cue.start, cue.end):
            if m.end > cue.end:
                break
            if m.start > cue.start:
                return self.entities.use(m)
            opening = _SHARES_OF.match(self.folded, m.start, m.end)
            if opening is not None and opening.end() < m.end:
                rest = Mention(opening.end(), m.end, self.text[opening.end() : m.end], m.kind)
                return self.entities.use(rest)
        return None

    def _hearsay(
        self, info: SentenceInfo, cue: lexicon.Cue, start: int, end: int
    ) -> dict[str, Any] | None:
        """What unnamed sources told a news outlet ("Quatre sources proches du dossier ont
        déclaré à Globex News que...", "people familiar with the matter told Globex News"): a
        claim attributed to the outlet, about the organisation in focus, not a stance.
        """
        if not _SOURCES.search(self.folded, start, cue.start):
            return None
        outlet = next(
            (
                m
                for m in info.mentions_between(cue.end, min(end, cue.end + 60))
                if _TOLD_TO.fullmatch(self.folded, cue.end, m.start)
                or (self.folded[cue.start : cue.end] == "told" and m.start - cue.end <= 5)
            ),
            None,
        )
        about = self._subject(info, cue.start) or self.context.topic_org
        if outlet is None or about is None:
            return None
        claimant = self.entities.use(outlet)
        if claimant == about:
            return None
        claim = self.text[start:end]
        return {"about": about, "attribute": "claims", "claim": claim, "claimant": claimant}

    def _launched_by(self, info: SentenceInfo, named: Mention, end: int) -> list[Mention]:
        """The people after "par"/"by" who launched `named`, when it is an organisation (the
        one in focus, or one by its role in an event), not a product: its founders.
        """
        entity = self.entities.id_of(named.name)
        company = entity == self.context.topic_org or (
            self.entities.kinds.get(entity) == "organization"
        )
        by = _LAUNCHED_BY.match(self.folded, named.end)
        if not company or by is None:
            return []
        people = [
            m
            for m in info.mentions_between(by.end(), end)
            if self.entities.named_person(self.entities.id_of(m.name))
        ]
        return people if people and people[0].start == by.end() else []

    def _agent(self, cue: lexicon.Cue) -> bool:
        """True when a verb of saying is a participle followed by its agent ("assurées par",
        "précisé par"): a passive that tells of a task or a text, not a speech.
        """
        word = self.folded[cue.start : cue.end]
        return word.endswith(("e", "es", "ee", "ees")) and bool(
            _BY_AGENT.match(self.folded, cue.end)
        )

    def _launch_after(self, cue: lexicon.Cue, end: int) -> bool:
        """True when another launch cue follows `cue` in its clause ("announced it is
        launching a beta").
        """
        return any(
            c.kind is CueType.LAUNCH
            for c in lexicon.find_cues(self.folded, self.lang, cue.end, end)
        )

    def _opened_by(self, info: SentenceInfo, i: int) -> str | None:
        """The name that opens the segment after a sentence's first, participle-led segment
        ("Créé en 1971, Globex emploie", "Founded in 2015, Globex sells"): the subject of the
        participle; None otherwise.
        """
        segs = info.segments
        if i != 0 or len(segs) < 2 or info.mentions_between(segs[0].start, segs[0].end):
            return None
        named = next(iter(info.mentions_between(segs[1].start, segs[1].start + 1)), None)
        return self.entities.use(named) if named is not None else None

    def _coordinated_subjects(self, info: SentenceInfo, lo: int, hi: int) -> list[str]:
        """The names joined by "et"/"and" that open `[lo, hi)` as its subject ("Le géant
        chinois Globex et le groupe français Initech ont annoncé"), each once.
        """
        names = [
            m
            for m in info.mentions_between(lo, hi)
            if m.end <= hi and not self._after_preposition(m, lo) and not info.in_quote(m.start)
        ]
        out: list[str] = []
        for a, b in itertools.pairwise(names):
            if not re.search(r"\b(?:et|and)\b", self.folded[a.end : b.start]):
                break
            for m in (a, b):
                entity = self.entities.use(m)
                if entity not in out:
                    out.append(entity)
        return out

    def _founder_before(self, info: SentenceInfo, cue: lexicon.Cue) -> str | None:
        """The person who founded, told before the verb in a relative clause ("Jeanne
        Dupont, qui a cofondé la société", "Jane Doe, who co-founded it") or by a pronoun
        ("la société qu'il a cofondée" after the person was named): their name, or None.
        """
        seg = info.segment_holding(cue.start, cue.end)
        if seg is None:
            return None
        lead = self.folded[seg.start : cue.start]
        if _WHO_FOUNDED.fullmatch(lead):
            named = next(iter(info.mentions_ending(seg.start - 2)), None) or next(
                iter(info.mentions_ending(seg.start - 1)), None
            )
            if named is not None and self.entities.named_person(self.entities.id_of(named.name)):
                return named.name
        if _HE_FOUNDED.search(lead) and self.context.last_person in self.entities.used:
            return self.entities.used[self.context.last_person].name
        return None

    def _founders(self, info: SentenceInfo) -> str | None:
        """The segment of the sentence that names the founders, read once per sentence."""
        if self._founders_of is not info:
            self._founders_of, self._founders_found = info, None
            for seg in info.segments:
                body = self.text[seg.start : seg.end]
                if re.search(r"\b(?:fondat(?:eur|rice)s|founders)\b", fold(body)):
                    self._founders_found = re.sub(r"^(?:dont|whose)\s+", "", body)
                    break
                by = _FOUNDED_BY.search(self.folded, seg.start, seg.end)
                names = info.mentions_between(by.end(), seg.end) if by else []
                if by and names:
                    # "co-founded by Jane Doe and John Roe": the names after "by"
                    self._founders_found = self.text[names[0].start : names[-1].end]
                    break
        return self._founders_found
