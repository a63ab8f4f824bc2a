"""The day of an incident a sentence tells, when the sentence has no date of its own to give.

Most trusted first: a date of the sentence that belongs to the incident; for a town taken
and told in the perfect, the day it was told (told_days.py); the day of the incident told
just before, unless this one is elsewhere or time has moved on; else the week up to the
speech date or publication (news reports an undated incident within days), never for an
incident inside an accusation, which may be weeks old.
"""

import re
from datetime import timedelta

from sources.extract.events import classify, context, told_days, where
from sources.extract.records import ResolvedDate

# "In the days that followed, ...": time has moved on since the incident told before.
_TIME_MOVES = re.compile(
    r"(?:^|[.!?]\s+|\n)\W*(?:in\s+the\s+(?:days|weeks|months)\s+(?:that\s+followed|after)"
    r"|in\s+the\s+following\s+(?:days|weeks|months)|over\s+the\s+(?:next|following|coming)"
    r"\s+(?:days|weeks|months)|(?:days|weeks|months)\s+later)\b",
    re.IGNORECASE,
)


def family(kind: tuple[str, str]) -> str:
    return "territory" if kind[1] in classify.TERRITORIAL else kind[1]


def lender(text: str, sentence, context_event, own_places: list, kind: tuple[str, str]):
    """The incident told just before whose day this sentence may take, or None."""
    if context_event is None:
        return None
    if _TIME_MOVES.search(text, context_event.sentence.end, sentence.end) is not None:
        return None
    if not own_places:
        return context_event
    before = context_event.place
    # An incident elsewhere ("In Helmand, jets bombed...") does not take the last one's day,
    # nor does another kind of incident in another town of the province ("gunmen killed an
    # elder in Pashtunkot on Sunday. Air strikes killed 26 in Shirin Tagab").
    if before is None or not any(where.same_area(p, before) for p in own_places):
        return None
    if (
        family(context_event.kind) != family(kind)
        and before.kind != "province"
        and all(p.kind != "province" and p.name != before.name for p in own_places)
    ):
        return None
    return context_event


def incident_day(own_dates, speech_dates, context_event, sentence, published, hit):
    """(day, origin): origin "sentence", "context", "week" or "" (undated)."""
    if own_dates:
        nearest = min(own_dates, key=lambda d: abs(d.start - sentence.start - hit.start))
        return nearest.value, "sentence"
    if context.ACCUSATION.search(sentence.text):
        return ResolvedDate(None, ""), ""
    said_on = [d for d in speech_dates if d.value.precision == "day"]
    territorial = hit.kind[1] in classify.TERRITORIAL
    if said_on and territorial and told_days.just_done(sentence.text, hit.start):
        # "The Taliban have captured Lashkar Gah, a lawmaker said on Friday": that day, below
        # any day the text gives the incident itself.
        return said_on[-1].value, "context"
    if context_event and context_event.date_origin == "sentence":
        return context_event.date, "context"
    reference = None
    for d in speech_dates:
        if d.value.precision == "day":
            reference = d.value.value
    reference = reference or published
    if reference is None:
        return ResolvedDate(None, ""), ""
    return (
        ResolvedDate(reference - timedelta(days=6), "week", end=reference, phrase=""),
        "week",
    )
