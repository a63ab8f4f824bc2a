"""Organisations the lexicon lacks, and outlets that are news rather than channel."""

import itertools
import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sources.extract.actors.lexicon import Lexicon, _fold, is_outlet
from sources.extract.actors.vocabulary import SPEECH_VERBS
from sources.extract.records import ActorMention, Span


def _media_as_party(text: str, start: int, end: int) -> bool:
    """An outlet is an actor only when its people or premises are part of the news ("a
    Reuters photographer was killed"); as the channel or the publisher it is not."""
    if _channel_context(text, start, end):
        return False
    near = text[max(0, start - 40) : end + 40].casefold()
    # Its staff in the news, and something done to them: "Al Jazeera's correspondent said" is
    # the outlet reporting; "a Reuters photographer was killed" is news about it.
    wider = text[max(0, start - 80) : end + 80].casefold()
    return bool(
        re.search(
            r"\b(?:journalists?|photographers?|reporters?|correspondents?|cameram[ae]n|staff|"
            r"employees?|crew|office|bureau|offices|driver|fixer)\b",
            near,
        )
        and re.search(
            r"\b(?:killed|wounded|injured|hurt|detained|arrested|held|attacked|threatened|beaten|"
            r"missing|kidnapped|abducted|shot|raided|stormed|closed|banned|seized|looted|"
            r"targeted|expelled|evacuated|dead|death|died)\b",
            wider,
        )
    )


def _channel_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25) : start].casefold()
    after = text[end : end + 20].casefold()
    return bool(
        re.search(
            r"\b(?:told|to|according to|on|with|via|by|for|in|from)\s+(?:the\s+|an?\s+)?$",
            before,
        )
        or re.match(r"\s*(?:reported|contributed|news agency|photo\b|/|\|)", after)
    )


_OUTLET_OWNER = re.compile(r"((?:[A-Z][\w/-]*\s){0,3}[A-Z][\w/-]*)['’]s\s+(?:[a-z]+\s+){0,2}$")
_CREDIT_BEFORE = re.compile(
    r"\b(?i:reporting|editing|writing|compiled|produced|photograph|photo)(?:\s+by)?\s*:?\s*"
    r"(?:[A-Z][\w’'-]*\s+){0,6}(?:(?:and|,)\s+(?:[A-Z][\w’'-]*\s+){0,3})?$"
)
_CREDIT_AFTER = re.compile(
    r"\s*(?:(?:,|and)\s+(?:[A-Z][\w’'-]*\s*){1,3})*(?:\s+in\s+[A-Z]\w+)?\s+"
    r"(?:contributed|reported from|reports from|wrote this|is a correspondent)\b"
)


def reporting_credit(text: str, start: int, end: int) -> bool:
    """The outlet's own people, not actors: "Al Jazeera's Charlotte Bellis said", "CNN's
    Clarissa Ward and Brent Swails reported from Balkh", "Reporting by Abdul Qadir Sediqi"."""
    owner = _OUTLET_OWNER.search(text[max(0, start - 60) : start])
    if owner and is_outlet(owner.group(1)):
        return True
    if _CREDIT_BEFORE.search(text[max(0, start - 80) : start]):
        return True
    return bool(_CREDIT_AFTER.match(text[end : end + 80]))


_DEFINITION = re.compile(
    r"(?:[A-Z](?:\.[A-Z]\.?|[\w’'-]*) (?:(?:of|for|in|on|and|the) )*)+"
    r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)"
)


def _with_defined_acronyms(text: str, found, lexicon: Lexicon):
    """ "the UN Aid Mission in Afghanistan (UNAMA)": a name followed by the acronym it defines is
    one mention of the acronym's actor, whatever lexicon names lie inside it."""
    found = list(found)
    for m in _DEFINITION.finditer(text):
        entry = lexicon.resolve(m.group("acronym"))
        if entry is None or not m.group(0)[:1].isupper():
            continue
        start, end = m.start(), m.end()
        if text.startswith("The ", start):
            start += 4
        found = [f for f in found if f[1] <= start or f[0] >= end]
        found.append((start, end, entry))
    return sorted(found, key=lambda f: f[0])


# -- organisations not in the lexicon ---------------------------------------------------------

_KIND_WORDS = [
    (r"\b(?:embassy|embassies|state department|pentagon|white house|foreign office)\b",
     "foreign_government"),
    (r"\b(?:army|police|forces|corps|brigade|commandos?|nds|directorate of security)\b",
     "state_forces"),
    (r"\b(?:ministry|ministries|government|council|palace|office|directorate|department|"
     r"commission|parliament|senate|administration|municipality)\b", "government"),
    (r"^(?:un|united nations)\b|\b(?:unama|unhcr|unicef|who|nato|world bank|european union)\b|"
     r"\bagency\b", "international_org"),
    (r"\b(?:watch|amnesty|red cross|red crescent|foundation|committee|society|msf|"
     r"médecins|doctors without borders|ngo|institute|network|association|union|federation)\b",
     "ngo"),
    (r"\b(?:taliban|islamic state|isis|isil|al-qaeda|al qaeda|haqqani|front|militia|movement)\b",
     "armed_group"),
]  # fmt: skip


def guess_kind(name: str) -> str:
    folded = _fold(name)
    for pattern, kind in _KIND_WORDS:
        if re.search(pattern, folded):
            return kind
    return "other"


def _org_confirmed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if re.search(r"according to\s+(?:the\s+)?$", before, re.I):
        return True
    # "The allegation was rejected by the Inter-Services Public Relations"
    if re.search(r"\b(?:denied|rejected|confirmed|condemned|dismissed) by (?:the )?$", before):
        return True
    after = text[end : end + 60]
    verb = re.match(
        r"[\s,]*(?:(?:has|have|had|also|\w+ly|on|in|late|early|last|this|[A-Z]\w+|\d+\w*)\s+)*"
        r"([a-z]+)",
        after,
    )
    if verb and verb.group(1) in SPEECH_VERBS:
        return True
    return bool(re.match(r"\s*(?:spokesman|spokeswoman|spokesperson)\b", after, re.I))


def _new_organisations(doc: Doc, lexicon: Lexicon, gazetteer, offset: int, free):
    text = doc.text
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        span = _trim(ent)
        if span is None:
            continue
        start, end = span.start_char, span.end_char
        owner = _OWNER.search(text[max(0, start - 40) : start])
        if owner and gazetteer is not None:
            place = gazetteer.lookup(owner.group(1))
            if place is not None and place.kind == "country":
                start -= len(owner.group(0))  # "Afghanistan's Foreign Ministry"
        name = text[start:end]
        # Digits only as a unit's ordinal: "205th Atal Corps", not "France 24" or "2021".
        numbered = re.sub(r"\b\d+(?:st|nd|rd|th)\b", "", name)
        if not free(start, end) or "\n" in name or any(c.isdigit() for c in numbered):
            continue
        if is_outlet(name) or (gazetteer is not None and gazetteer.lookup(name)):
            continue
        if lexicon.resolve(name) or not _org_confirmed(text, start, end):
            continue
        if reporting_credit(text, start, end):
            continue
        if len(name) < 3 or not (name[:1].isupper() or name[:1].isdigit()):
            continue
        if " " not in name and not (name.isupper() and len(name) >= 3):
            continue  # "Council", "Biden": one capitalised word is an anaphor or a surname
        yield ActorMention(
            name=name,
            kind=guess_kind(name),
            surface=name,
            known=False,
            span=Span(start + offset, end + offset, name),
        )


_OWNER = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)[’']s $")
_ORG_HEADS = {
    "embassy", "embassies", "ministry", "office", "department", "directorate", "commission",
    "agency", "army", "police", "corps", "court", "parliament", "senate", "committee",
    "command", "service", "services", "consulate", "council", "government", "administration",
}  # fmt: skip


def _compound_organisations(doc: Doc, found, lexicon: Lexicon, gazetteer, offset: int):
    """ "the U.S. Embassy", "Afghanistan's Foreign Ministry", "Pakistani Foreign Office": a body
    of a known actor that the lexicon lacks is a new organisation affiliated to that actor."""
    text = doc.text
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent[-1].lower_ not in _ORG_HEADS:
            continue
        span = _trim(ent)
        if span is None or "\n" in span.text:
            continue
        start, end = span.start_char, span.end_char
        owner = _OWNER.search(text[max(0, start - 40) : start])
        if owner:
            start -= len(owner.group(0))
        inside = [f for f in found if f[0] < end and f[1] > start]
        name = text[start:end]
        if lexicon.resolve(name) or lexicon.resolve(span.text) or not inside:
            continue
        if any(f[0] < start or f[1] > end for f in inside):
            continue
        if any(f[1] >= span.end_char - len(span[-1].text) for f in inside):
            continue  # the lexicon already names the body itself
        owner = inside[0][2]
        kind = guess_kind(name)
        if owner.kind == "foreign_government" and kind in {"government", "other"}:
            kind = "foreign_government"
        yield ActorMention(
            name=name,
            kind=kind,
            surface=name,
            # "209th Shaheen Corps" is named after a falcon, not a body of Suhail Shaheen
            affiliation=None if owner.kind == "person" else owner.name,
            known=False,
            span=Span(start + offset, end + offset, name),
        )


_POSS = {"'s", "’s"}


def _trim(ent: SpacySpan) -> SpacySpan | None:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].text in {"'s", "’s"}
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return ent.doc[tokens[0].i : tokens[-1].i + 1]


def _foreign_bodies(text: str, found, offset: int):
    """ "Pakistan's Foreign Ministry": a body the lexicon knows as Afghan ("Foreign Ministry"),
    owned by a foreign country named right before it, is that country's body, not Kabul's."""
    for (a, b, owner), (c, d, body) in itertools.pairwise(found):
        if owner.kind != "foreign_government" or body.kind not in {"government", "state_forces"}:
            continue
        if not re.fullmatch(r"(?:['’]s)?\s", text[b:c]) or body.affiliation == owner.name:
            continue
        name = text[a:d]
        yield ActorMention(
            name=name,
            kind="foreign_government" if body.kind == "government" else "state_forces",
            surface=name,
            affiliation=owner.name,
            known=False,
            span=Span(a + offset, d + offset, name),
        )


# "Medical charity Emergency said", "aid group Mercy Corps warned": a common noun for an
# organisation, then its name, then a speech verb.
_DESCRIBED = re.compile(
    r"\b(?:(?P<adj>[Mm]edical|[Hh]umanitarian|[Aa]id|[Rr]elief|[Rr]ights|[Aa]dvocacy) )?"
    r"(?P<noun>charity|group|organi[sz]ation|NGO|watchdog) "
    r"(?P<name>(?:[A-Z][\w’'-]*\.? ){0,3}[A-Z][\w’'-]*)"
)


def _described_organisations(text: str, lexicon: Lexicon, gazetteer, offset: int, free):
    for m in _DESCRIBED.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if not free(start, end) or not _org_confirmed(text, start, end) or is_outlet(name):
            continue
        if gazetteer is not None and gazetteer.lookup(name):
            continue
        entry = lexicon.resolve(name) or _bare_name(lexicon, name)
        if entry is not None:
            yield entry.mention(name, Span(start + offset, end + offset, name))
            continue
        if m.group("noun") == "group" and not m.group("adj"):
            continue  # "the group Hezb-e Islami": could be armed; left to the other rules
        yield ActorMention(
            name=name,
            kind="ngo",
            surface=name,
            known=False,
            span=Span(start + offset, end + offset, name),
        )


def _bare_name(lexicon: Lexicon, name: str):
    """ "Emergency" for the lexicon's "EMERGENCY (NGO)": the name without its qualifier, safe
    only where a common noun has said that an organisation is meant."""
    folded = _fold(name)
    for entry in lexicon.entries:
        bare = re.sub(r"\s*\([^)]*\)$", "", entry.name)
        if bare != entry.name and _fold(bare) == folded:
            return entry
    return None
