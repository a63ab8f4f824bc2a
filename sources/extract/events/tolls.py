"""Casualty counts told without an incident verb: "40 people were killed, and 118 injured,
over the past 24 hours in Lashkar Gah".

ACLED codes the casualties of ongoing fighting on the battle event of that place and day, so a
sentence with no trigger of its own (classify.py) still gives a candidate when it states:
- a count of killed or injured (a number: "dozens" is not a count);
- one Afghan place: its own, else the place of the incident told, or the one place named, in
  the sentence just before ("the UN mission announced..." after a sentence about the city);
- a recent day or period: its own ("on Monday", "in the past 24 hours"), else that of the
  incident told in the sentence just before (a list of tolls over one period).
National or cumulative tallies ("across the country", "this year", "since May", "in July"),
counts in Afghanistan as a whole, history and hypotheticals ("could be killed") are not
incidents. Actors: those the sentence names (for fighting, the fighters), else the sides of
the fight told just before in that place, else none. The kind: fighting in that place
(Battles / Armed clash) unless the sentence names a cause (rockets, air strikes, bombs:
Explosions) or says civilians were killed on purpose by a named perpetrator (Violence against
civilians / Attack). Toll candidates are weak (lower confidence than a told incident);
merge.py puts their counts on a fighting event the article already has in that place and
period (or on an incident of their own kind there).
"""

import re

from sources.extract.dates import is_background as date_is_background
from sources.extract.events import classify, context, where
from sources.extract.events.incidents import Candidate
from sources.extract.events.roles import assign_roles
from sources.extract.numbers import find_casualties, parse_number
from sources.extract.records import PlaceMention

_HARM = re.compile(
    r"\b(?:killed|died|dead|deaths|perished|lost their lives|slain|martyred|wounded|injured"
    r"|hurt)\b",
    re.IGNORECASE,
)
# Tallies of a country, a year or a campaign, not of one incident.
_TALLY = re.compile(
    r"\b(?:since|so far|to date|in total|altogether|cumulative|record|the number of"
    r"|first half|this year|this month|across (?:the country|afghanistan)|nationwide"
    r"|(?:around|throughout|all over) the country|countrywide|in recent (?:weeks|months|years)"
    r"|since the start|alone"
    r"|(?:several|various|multiple|different|many|some|\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|\w+teen|twenty\w*|thirty\w*) provinces)\b",
    re.IGNORECASE,
)
# "were deliberately killed": a manner adverb numbers.py does not expect between verb parts.
_ADVERB = re.compile(
    r"\b(?P<aux>was|were|been|have|has|had)\s+(?:deliberately|intentionally|reportedly|brutally"
    r"|summarily)\s+",
    re.IGNORECASE,
)
_CIVILIANS = re.compile(
    r"\b(?:civilians?|residents?|villagers?|people|women|children|family members|relatives"
    r"|elders|passengers?)\b",
    re.IGNORECASE,
)
_DELIBERATE = re.compile(
    r"\b(?:deliberately|intentionally|summarily|in revenge|execution-style|in cold blood"
    r"|executed)\b",
    re.IGNORECASE,
)
_BY_PERPETRATOR = re.compile(r"\b(?:killed|shot|executed)\s+by\s+", re.IGNORECASE)
_CAUSES = [
    (re.compile(r"\bair ?strikes?|\bair ?raids?|\bdrones?\b|\bwarplanes?", re.I), classify.AIR),
    (re.compile(r"\brockets?\b|\bshells?\b|\bmortars?\b|\bartillery\b", re.I), classify.SHELLING),
    (re.compile(r"\bbombs?\b|\bbombings?\b|\bmines?\b|\bexplosives?\b", re.I), classify.IED),
]
_FIGHTING_TYPES = {classify.BATTLES}


def _without_adverb(sentence: str) -> str:
    """ "were deliberately killed" read as "were killed", as find_casualties expects."""
    return _ADVERB.sub(lambda m: m["aux"] + " ", sentence)


def toll_candidates(
    text, sentence, prior, places, actors, dates, published, lexicon, previous, capitals
) -> list[Candidate]:
    """The toll candidate of a sentence without a trigger (none, or one); `prior` is the
    sentence before it."""
    s = sentence.text
    if context.is_background(s) or _TALLY.search(s):
        return []
    plain = _without_adverb(s)
    casualties = find_casualties(plain)
    fatalities = _counted(casualties.fatalities, casualties.killed_span, plain)
    injured = _counted(casualties.injured, casualties.injured_span, plain)
    if not (fatalities or injured):
        return []
    harm = _HARM.search(s)
    if harm is None or context.is_irrealis(s, harm.start(), harm.group()):
        return []
    inside = [p for p in places if sentence.start <= p.span.start and p.span.end <= sentence.end]
    if any(
        (p.kind == "country" or not p.in_afghanistan) and _harmed_in(text, p, sentence)
        for p in inside
    ):
        return []  # "killed in Afghanistan in July", "in Quetta": not one Afghan place
    own_places = where.drop_containing_provinces(
        [
            where.capital_for(text, p, capitals)
            for p in inside
            if p.in_afghanistan and p.kind != "country" and not _speaker(text, p, sentence)
        ]
    )
    before = _previous_sentence_candidate(previous, sentence)
    place, from_context = _place(text, sentence, prior, own_places, places, before, capitals)
    if place is None:
        return []
    date_value, origin = _period(s, sentence, dates, published, harm.start(), before)
    if date_value is None:
        return []
    kind = _kind(s)
    roles = _roles(s, sentence, harm.start(), kind, actors, lexicon, place, previous)
    return [
        Candidate(
            sentence=sentence,
            kind=kind,
            weak=True,
            trigger=harm.group(),
            trigger_start=sentence.start + harm.start(),
            place=place,
            place_from_context=from_context,
            date=date_value,
            date_origin=origin,
            actors=roles,
            fatalities=fatalities,
            injured=injured,
            specific=True,
            rank=99,
            toll=True,
        )
    ]


_HARMED_IN = re.compile(
    _HARM.pattern + r"[^,;.()]{0,50}\b(?:in|across|throughout|all over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _harmed_in(text: str, place: PlaceMention, sentence) -> bool:
    """ "killed in Afghanistan": the country is where the dead were counted, unlike "the
    United Nations Mission in Afghanistan" that announced them."""
    return bool(_HARMED_IN.search(text[sentence.start : place.span.start]))


def _counted(value: int | None, span: tuple[int, int] | None, s: str) -> int | None:
    """A count written as a number; "Menapal was killed" is one person's killing, an incident
    told elsewhere, not a toll."""
    if value is None or span is None:
        return None
    # The span is the last number of the count ("eleven fighters and [two] soldiers": 13).
    return value if parse_number(s[span[0] : span[1]]) is not None else None


def _speaker(text: str, place: PlaceMention, sentence) -> bool:
    return context.is_speaker_place(text, place, sentence.start)


def _previous_sentence_candidate(previous: list[Candidate], sentence) -> Candidate | None:
    for candidate in reversed(previous):
        if candidate.sentence.index < sentence.index - 1:
            return None
        if candidate.sentence.index == sentence.index - 1 and candidate.place is not None:
            return candidate
    return None


def _place(text, sentence, prior, own_places, places, before, capitals):
    if own_places:
        if len({p.name for p in own_places}) > 1:
            return None, False  # "in Kandahar, Khost and Paktia provinces": no single place
        return own_places[0], False
    if before is not None:
        return before.place, True
    # The place the sentence just before is about, if it names only one ("Civilians have paid
    # a heavy price in Lashkar Gah." then the toll); news paragraphs are often one sentence.
    if prior is None:
        return None, False
    told = [
        where.capital_for(text, p, capitals)
        for p in places
        if p.in_afghanistan
        and p.kind != "country"
        and prior.start <= p.span.start
        and p.span.end <= prior.end
        and not context.is_speaker_place(text, p, prior.start)
    ]
    told = where.drop_containing_provinces(told)
    if len({p.name for p in told}) == 1:
        return told[0], True
    return None, False


def _period(s, sentence, dates, published, harm_at, before):
    dateline = context.DATELINE.match(s)
    body_start = sentence.start + (dateline.end() if dateline else 0)
    own = [
        d
        for d in dates
        if body_start <= d.start
        and d.end <= sentence.end
        and d.value.value is not None
        and not context.is_speech_date(
            s, d.start - sentence.start, d.end - sentence.start, [harm_at]
        )
    ]
    if any(d.value.precision not in ("day", "week") for d in own):
        return None, ""  # "in July", "this year", "in recent months": a tally
    own = [
        d
        for d in own
        if not (published and (date_is_background(d.value, published) or d.value.value > published))
    ]
    if own:
        nearest = min(own, key=lambda d: abs(d.start - sentence.start - harm_at))
        return nearest.value, "sentence"
    if before is not None and before.date_origin in ("sentence", "context"):
        return before.date, "context"
    return None, ""


def _kind(s: str) -> tuple[str, str]:
    for pattern, kind in _CAUSES:
        if pattern.search(s):
            return kind
    if _CIVILIANS.search(s) and _DELIBERATE.search(s) and _BY_PERPETRATOR.search(s):
        return classify.ATTACK
    return classify.CLASH


def _roles(s, sentence, harm_at, kind, actors, lexicon, place, previous):
    """Who the sentence says killed whom; for fighting it names nobody, the sides of the
    fight told just before in that place, else nobody."""
    _, roles = assign_roles(s, sentence.start, harm_at, kind, actors, lexicon)
    if kind != classify.CLASH:
        return roles
    # Dead civilians are not a side of a fight: only the fighters the sentence names.
    roles = [r for r in roles if r.actor.kind != "civilians"]
    if any(r.role == "actor1" for r in roles):
        return roles
    for candidate in reversed(previous):
        if sentence.index - candidate.sentence.index > 3:
            break
        if (
            not candidate.toll
            and candidate.kind[0] in _FIGHTING_TYPES
            and candidate.place is not None
            and where.same_area(candidate.place, place)
            and candidate.actors
        ):
            return list(candidate.actors)
    return []
