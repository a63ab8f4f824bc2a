"""What a sentence says around its trigger: is it a real incident, and when and where.

Rules, each general (none names a seed's city or date):
- background: a year before 2021, or a date the dates module calls background, makes the
  sentence history ("ruled from 1996 to 2001", "an agreement in February 2020");
- irrealis: a modal, threat, plan, attempt or negation just before the trigger makes it
  a forecast or hypothetical ("would carry out further attacks", "try to recapture");
- generic: a plural trigger in a sentence about law or trends ("attacks on UN premises are
  prohibited", "civilian casualties hit record highs");
- speech dates: a date nearer to a reporting verb than to the trigger is when somebody spoke,
  not when the incident happened ("said on Wednesday that a counterattack had started");
- speaker places: "the U.S. Embassy in Kabul", "speaking in New York" locate a speaker.
"""

import re

from sources.extract.records import PlaceMention

_OLD_YEAR = re.compile(r"\b(?:1[89]\d\d|200\d|201\d|2020)s?\b")
_THIS_YEAR = re.compile(r"\b2021\b")

_IRREALIS = re.compile(
    r"\b(?:would|will|could|might|may|can|should|must|shall|cannot|can't|won't|wouldn't"
    r"|reportedly|allegedly|unconfirmed|rumou?red|claimed to have"
    r"|threat\w*|vow\w*|plan\w*|aim\w*|intend\w*|expect\w*|if|unless|fear\w*|warn\w*"
    r"|prepar\w*|likely|possible|possibly|potential|try|tries|trying|tried|attempt\w*"
    r"|seek\w*|sought|want\w*|hope\w*|ready|poised|bid|order\w*|urg\w*|call\w* for"
    r"|not|never|no|denied|deny|denies|false|prevent\w*|avoid\w*|instead of|risk\w*"
    r")\b\W*(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# "to" before a bare verb ("to recapture") is a purpose or plan, not a deed.
_TO_VERB = re.compile(r"\bto\s+$", re.IGNORECASE)

_GENERIC = re.compile(
    r"\b(?:prohibited|constitute|amount(?:s)? to|war crimes?|international (?:humanitarian )?law"
    r"|record highs?|the number of|so far this year|on average|every day|each day|in general"
    r"|typically|usually|often|in recent (?:years|months))\b",
    re.IGNORECASE,
)

REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tell|announced|announces|announcing|tweeted|tweets"
    r"|posted|stated|states|statement|added|reported|reports|confirmed|confirms|claimed|claims"
    r"|denounced|condemned|condemns|condemning|called|calls|urged|accused|accusing|accuses"
    r"|warned|assured|noted|explained|briefing|issued|wrote|declared|insisted|denied|quoted"
    r"|according)\b",
    re.IGNORECASE,
)
ACCUSATION = re.compile(r"\b(?:accus\w+|alleg\w+|charge[sd]?|blam\w+)\b", re.IGNORECASE)

_SPEAKER_PLACE = re.compile(
    r"(?:embass(?:y|ies)|consulate|based|speaking|headquartered|correspondent|reporters?"
    r"|envoy|ambassador|citizens?)\s+(?:in|from)\s+(?:the\s+capital,?\s+)?$",
    re.IGNORECASE,
)


_SINCE_OPENING = re.compile(r"^\W*(?:ever )?since\b", re.IGNORECASE)


_QUESTION = re.compile(
    r"^\W*(?:Q\s*[:.]\s*|QUESTION\s*:\s*)?(?:[A-Z][\w.]*\s+){0,3}?(?:[\w.]+,\s+)?"
    r"(?:can|could|did|do|does|is|are|was|were|will|would|has|have|had|should|why|how|what"
    r"|when|where|who|which)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


def is_question(sentence: str) -> bool:
    """ "Q: Can you confirm that a drone strike killed civilians in Kabul?": asked, not told."""
    return bool(_QUESTION.match(sentence.strip()))


def is_background(sentence: str) -> bool:
    """History ("ruled from 1996 to 2001") or a running tally ("Since May, the Taliban have
    captured dozens of districts")."""
    if _SINCE_OPENING.search(sentence):
        return True
    return bool(_OLD_YEAR.search(sentence)) and not _THIS_YEAR.search(sentence)


# "since fighting reached the city last week": a clause that dates something else.
_SINCE = re.compile(r"\b(?:since|ever since)\W+(?:\w+\W+){0,1}$", re.IGNORECASE)


def _clause_before(sentence: str, trigger_start: int) -> str:
    before = sentence[max(0, trigger_start - 60) : trigger_start]
    # Only the clause of the trigger: stop at the last comma or semicolon.
    return re.split(r"[;,:—–]| - ", before)[-1]


def is_irrealis(sentence: str, trigger_start: int, trigger_text: str) -> bool:
    before = _clause_before(sentence, trigger_start)
    if _IRREALIS.search(before) or _SINCE.search(before):
        return True
    bare_verb = not re.search(r"(?:ed|ing|s)$", trigger_text.split()[0], re.IGNORECASE)
    return bare_verb and bool(_TO_VERB.search(before))


def in_since_clause(sentence: str, trigger_start: int) -> bool:
    """ "since they captured Spin Boldak": the deed only dates another, unless the clause
    gives it a day of its own (the caller checks)."""
    before = _clause_before(sentence, trigger_start)
    return bool(_SINCE.search(before)) and not _IRREALIS.search(before)


_PERCEPTION_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:was|were|could be|can be|had been)\s+(?:heard|seen)\b",
    re.IGNORECASE,
)


def is_perception(sentence: str, trigger_end: int) -> bool:
    """ "Gunfire was heard near the airport": a sound, not a coded incident."""
    return bool(_PERCEPTION_AFTER.search(sentence[trigger_end : trigger_end + 40]))


def is_generic(sentence: str, trigger_text: str) -> bool:
    word = trigger_text.casefold().split()[0]
    plural = (word.endswith("s") and not word.endswith("ss")) or word.endswith("ing")
    return plural and bool(_GENERIC.search(sentence))


_DEADLINE = re.compile(
    r"\b(?:until|till|before|due(?: to be \w+)?(?: \w+)? by|deadline(?: of)?"
    r"|ahead of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def is_deadline(sentence: str, date_start: int) -> bool:
    """ "to be completed by August 31": a date that bounds something else."""
    return bool(_DEADLINE.search(sentence[max(0, date_start - 30) : date_start]))


def speech_positions(sentence: str) -> list[int]:
    return [m.start() for m in REPORTING.finditer(sentence)]


def is_speech_date(
    sentence: str, date_start: int, date_end: int, trigger_starts: list[int]
) -> bool:
    """True when the date says when somebody spoke, not when the incident happened.

    "said on Wednesday that...", "in a statement issued Tuesday": the verb right before the
    date. "Also on Tuesday, the Council called for ... last Friday's assault", "on July 31
    denounced the attacks": the verb right after the date, and the incident after the verb.
    "...took Sheberghan on Saturday, officials said": a trailing attribution; the date is
    the incident's.
    """
    before = sentence[max(0, date_start - 22) : date_start]
    if re.search(REPORTING.pattern + r"[^.;]{0,12}$", before, re.IGNORECASE):
        # "heavy clashes were reported on Friday": the incident's day, told in the passive.
        passive = re.search(r"\b(?:was|were|been)\s+reported\s+(?:\w+\s+)?$", before, re.I)
        told_just_before = any(0 <= date_start - t <= 45 for t in trigger_starts)
        return not (passive and told_just_before)
    after = sentence[date_end : date_end + 45]
    verb = REPORTING.search(after)
    if verb is None or re.search(r"[.;]", after[: verb.start()]):
        return False
    verb_at = date_end + verb.start()
    incident_before = any(t < date_start for t in trigger_starts)
    incident_after = any(t > verb_at for t in trigger_starts)
    return incident_after and not incident_before


def _distance(pos: int, start: int, end: int) -> int:
    if pos < start:
        return start - pos
    return max(0, pos - end)


_RELATIONAL = re.compile(
    r"(?:\b(?:km|kilometres|kilometers|miles)\)?\s+(?:\w+\s+){0,2}(?:of|from)"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of"
    # "retreated from Kohsan": the place given up, the incident's own.
    r"|\bbesides|\bbeyond|\bexcept|\bthan|\btowards?"
    r"|(?<!withdrew )(?<!retreated )(?<!withdrawn )(?<!pulled out )\bfrom|\boutside of|\bfled to"
    r"|\b(?:fled|fleeing|escaped|displaced)\s+from\s+(?:[\w-]+\s+){1,3}?to"
    r"|\b(?:left|leaving|flew|escaped|retreated|withdrew|pulled back) (?:for|to)"
    r"|\bheaded (?:to|for))\s+(?:the\s+)?(?:Afghan\s+)?(?:capital,?\s+)?$",
    re.IGNORECASE,
)
_ROUTE_AFTER = re.compile(r"^(?:[-–]\w[\w\s-]{0,20})?\s*(?:highway|road|motorway)\b", re.I)
_AGENCY = r"(?:AFP|AP|Reuters|Pajhwok|Xinhua|dpa|ANI|IANS|TOLOnews|Tolo|Anadolu|UPI|CNN|BBC)"
_FILED = (
    r"(?:,\s*[A-Z][a-z]+|\s*\([A-Z][a-z]+\))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
)
# "KABUL, Aug 11 (Reuters) -", "KANDAHAR CITY (Pajhwok):", "Mazar-i-Sharif [Afghanistan],
# August 12 (ANI):", "Kabul (CNN)": where and when a story was filed, not where it happened.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z\-' .]{2,40}" + _FILED + r"(?:\([^)]{1,30}\))?\s*(?:--|-|–|—|:)"
    r"|[A-Z][\w\-']+(?: [A-Z][\w\-']+)?(?:\s*\[[^\]]{1,20}\])?"
    + _FILED
    + r"\("
    + _AGENCY
    + r"\)\s*(?:--|-|–|—|:)?"
    # "Kabul - ": the same line once the cleaner has dropped the agency.
    # "Charikar (Afghanistan) –": the country in brackets.
    + r"|[A-Z][\w\-']+(?: [A-Z][\w\-']+)?(?:,\s*[A-Z][a-z]+|\s*\([A-Z][a-z]+\))?"
    + r"\s+(?:--|-|–|—)(?=\s))\s*"
)


def is_speaker_place(text: str, place: PlaceMention, sentence_start: int) -> bool:
    """A place that locates a speaker, a bearing or a dateline, not the incident."""
    before = text[max(sentence_start, place.span.start - 40) : place.span.start]
    after = text[place.span.end : place.span.end + 40]
    if _SPEAKER_PLACE.search(before) or _RELATIONAL.search(before):
        return True
    if _ROUTE_AFTER.search(after):
        return True
    line_start = text.rfind("\n", 0, place.span.start) + 1
    dateline = DATELINE.match(text[line_start : line_start + 160])
    return bool(dateline) and place.span.end <= line_start + dateline.end()
