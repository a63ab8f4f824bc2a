"""Which sentences report an incident of the offensive, and the facts each one gives.

A sentence is a candidate when it holds a trigger (classify.py) that is not background,
irrealis or generic (context.py). It becomes an event only if it is specific: it names an
Afghan place, or carries a day-precise date of its own; a candidate with neither is kept only
to merge into an incident the article has already told (merge.py).

Dates (day_of.py, told_days.py), most trusted first: a date of the sentence that belongs to
the incident, not to a speech verb; the day a town taken in the perfect was told; the date
of the incident told in the previous three sentences of the same passage; otherwise the week
up to the speech date or publication (never inside an accusation, nor without a publication
date).
"""

import re
from dataclasses import dataclass
from datetime import date

from sources.extract.dates import is_background as date_is_background
from sources.extract.events import (
    anchored,
    classify,
    clauses,
    context,
    day_of,
    deeds,
    told_days,
    where,
)
from sources.extract.events.roles import assign_roles
from sources.extract.events.sentences import Sentence
from sources.extract.numbers import find_casualties
from sources.extract.records import (
    ActorMention,
    ActorRoleMention,
    PlaceMention,
    ResolvedDate,
)

_PRECISION = {"city": 1, "site": 1, "district": 2, "province": 3}
# Openings that announce another incident: nothing is inherited from the one before.
_NEW_INCIDENT = re.compile(
    r"^\W*(?:separately|in (?:a|another) separate|in another (?:incident|attack)|elsewhere"
    r"|in other (?:news|violence))\b",
    re.IGNORECASE,
)
_ONE_VICTIM = re.compile(
    r"\b(?:shot dead|gunned down|assassinated|beheaded|stabbed to death|killed)\s+"
    r"(?:(?:a|an|one)\s+(?!number|group|few|dozen|couple|series)|(?-i:[A-Z][a-z]+\s+[A-Z]))",
    re.IGNORECASE,
)
_PLACE_ANAPHORA = re.compile(
    r"\b(?:in|near|around|across|inside|outside|of|leave|left|leaving|enter|entered|entering"
    r"|abandon|abandoned|evacuate|evacuated) the (?:same )?(district|city|town|province"
    r"|provincial capital|area)\b",
    re.IGNORECASE,
)
_UNKNOWN_LOCALITY = re.compile(
    r"\b(?:in|near|at|inside)\s+the\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?\s+"
    r"(area|neighbou?rhood|locality|quarter|bazaar)\b",
    re.IGNORECASE,
)
_CONTEXT_SENTENCES = 3


@dataclass
class Candidate:
    sentence: Sentence
    kind: tuple[str, str]
    weak: bool
    trigger: str
    trigger_start: int  # offset in the cleaned text
    place: PlaceMention | None
    place_from_context: bool
    date: ResolvedDate
    date_origin: str  # "sentence" | "context" | "week" | ""
    actors: list[ActorRoleMention]
    fatalities: int | None
    injured: int | None
    specific: bool
    rank: int
    shared: bool = False  # one of several places of a sentence ("captured A, B and C")
    toll: bool = False  # a casualty count without an incident verb (tolls.py)
    separate: bool = False  # opens "In a separate incident", "Separately": joins nothing before
    settled: bool = False  # the next sentence says the town was given up by a deal (deeds.py)


def find_candidates(
    text: str,
    sentences: list[Sentence],
    places: list[PlaceMention],
    actors: list[ActorMention],
    dates: list,
    published: date | None,
    lexicon,
    capitals: dict | None = None,
) -> list[Candidate]:
    from sources.extract.events.tolls import toll_candidates

    candidates: list[Candidate] = []
    for n, sentence in enumerate(sentences):
        args = (places, actors, dates, published, lexicon, candidates, capitals or {})
        found = _candidates_of(text, sentence, *args)
        if not found and not classify.find_triggers(sentence.text):
            found = toll_candidates(text, sentence, sentences[n - 1] if n else None, *args)
        candidates.extend(found)
    told_days.date_listed_towns(candidates)
    told_days.date_from_the_next_sentence(candidates)
    told_days.date_headline_list(candidates)
    deeds.settle_by_deal(candidates, sentences, places)
    return candidates


def _in(sentence: Sentence, start: int, end: int) -> bool:
    return sentence.start <= start and end <= sentence.end


def _candidates_of(text, sentence, places, actors, dates, published, lexicon, previous, capitals):
    s = sentence.text
    if context.is_background(s) or context.is_question(s):
        return []
    hits = [
        h
        for h in classify.find_triggers(s)
        if (
            not context.is_irrealis(s, h.start, s[h.start : h.end])
            or deeds.dated_since_clause(s, sentence.start, h, dates)
        )
        and not context.is_generic(s, s[h.start : h.end])
        and not context.is_perception(s, h.end)
    ]
    if not hits:
        return []
    # "for his role in the surrender", "Hours after Gardez was handed over,": words that name
    # an incident already told; they decide nothing when the sentence tells a deed of its own.
    references = clauses.reference_spans(s)
    leading = clauses.leading_clause(s)
    own_hits = [h for h in hits if not clauses.in_spans(h.start, references + leading)]
    if own_hits:
        references += leading
    else:
        own_hits = [h for h in hits if not clauses.in_spans(h.start, references)]
    reference_only = not own_hits
    every_hit = hits
    hits = own_hits or hits
    best = hits[0]
    kind = classify.refine(best.kind, s, best)
    if clauses.entry_after_defenders_left(s, best.start, s[best.start : best.end]):
        # "entered the town after government troops fled": its fall, not a battle.
        kind = classify.TAKEOVER if clauses.fighting_told(s) else classify.TRANSFER
    trigger_starts = [h.start for h in hits]

    dateline = context.DATELINE.match(s)
    body_start = sentence.start + (dateline.end() if dateline else 0)
    own_dates = [
        d
        for d in dates
        if _in(sentence, d.start, d.end)
        and d.start >= body_start
        and d.value.value is not None
        and not (published and date_is_background(d.value, published))
        and not context.is_speech_date(
            s, d.start - sentence.start, d.end - sentence.start, trigger_starts
        )
        and not context.is_deadline(s, d.start - sentence.start)
        and not (published and d.value.value > published)
    ]
    # A weekday the dates module could not place (publication unknown) still says "one day".
    unplaced_days = [
        d
        for d in dates
        if _in(sentence, d.start, d.end)
        and d.value.value is None
        and d.value.precision in ("day", "")
        and _NAMES_A_DAY.search(text[d.start : d.end])
        and not context.is_speech_date(
            s, d.start - sentence.start, d.end - sentence.start, trigger_starts
        )
    ]
    speech_dates = [
        d
        for d in dates
        if _in(sentence, d.start, d.end) and d.value.value is not None and d not in own_dates
    ]
    if any(d.value.value and d.value.value.year < 2021 for d in own_dates):
        return []

    own_places = [
        p
        for p in places
        if _in(sentence, p.span.start, p.span.end)
        and p.in_afghanistan
        and p.kind != "country"
        and not context.is_speaker_place(text, p, sentence.start)
    ]
    own_places = where.drop_containing_districts(
        text,
        where.drop_containing_provinces([where.capital_for(text, p, capitals) for p in own_places]),
    )
    if not reference_only:
        own_places = [
            p for p in own_places if not clauses.in_spans(p.span.start - sentence.start, references)
        ]
    if kind[1] in classify.TERRITORIAL:
        # "as the Taliban close in on Kabul": a town approached is not taken.
        own_places = [p for p in own_places if not clauses.is_approached(text, p, sentence.start)]
    if kind == classify.ARRESTS:
        own_places = where.arrest_places(text, own_places, sentence.start + best.start)

    # Roles are read around the first trigger of the chosen kind ("launched an attack on
    # the UN compound ... gunfire continued": the attack, not the gunfire).
    first = min(h.start for h in hits if h.kind == best.kind)
    kind, roles = assign_roles(
        s,
        sentence.start,
        first,
        kind,
        actors,
        lexicon,
        withdrawal=best.trigger.name == "withdrawal",
    )
    casualties = find_casualties(s)
    fatalities = getattr(casualties, "fatalities", None)
    injured = getattr(casualties, "injured", None)
    if fatalities is None and _ONE_VICTIM.search(s):
        fatalities = 1  # "shot dead Dawa Khan Menapal", "assassinated a prosecutor"

    context_event = None if _NEW_INCIDENT.match(s) else _recent(previous, sentence)
    lender = day_of.lender(text, sentence, context_event, own_places, kind)
    date_value, date_origin = day_of.incident_day(
        own_dates, speech_dates, lender, sentence, published, best
    )
    relative = anchored.find_anchored(text, sentence, dates)
    if not own_dates:
        for phrase in relative:
            if phrase.shape == "trailing":
                continue
            anchor = anchored.anchor_day(previous, sentence, text, phrase, dates)
            if anchor is not None:
                date_value, date_origin = anchored.dated_from(phrase, anchor), "sentence"
                break
    # Specific: says where, or (a real trigger) says on which day.
    specific = not reference_only and (
        bool(own_places)
        or (
            not best.trigger.weak
            and ((bool(own_dates) and date_value.precision == "day") or bool(unplaced_days))
        )
    )
    place_from_context = False
    if own_places and context_event and context_event.place:
        # "Jawzjan provincial council chief said ... fighting overnight": the province of
        # a title; the incident is the one just told inside it.
        titled = [p for p in own_places if p.kind == "province" and where.is_title(text, p)]
        if (
            titled
            and len(titled) == len(own_places)
            and context_event.place.province in {p.name for p in titled}
        ):
            own_places = [context_event.place]
    # "Helmand provincial council member said forces had agreed to leave the city": a
    # province named only in a title, with "the city" told; the city of that province.
    titles = {p.name for p in own_places if p.kind == "province" and where.is_title(text, p)}
    titled_only = bool(titles) and len(titles) == len(own_places)
    anaphora = None if own_places and not titled_only else _PLACE_ANAPHORA.search(s)
    if anaphora is None and not own_places:
        # "In the Sehdarak area": a locality the gazetteer does not know, inside the town
        # the text is about.
        anaphora = _UNKNOWN_LOCALITY.search(s)
    if anaphora and not best.trigger.weak:
        # "recaptured two checkposts in the district", "a rocket hit ... the city": the
        # place of that kind the article has been about.
        recent = context_event.place if context_event else None
        named = places
        if titled_only:
            named = [p for p in places if p.province in titles]
            recent = recent if recent is not None and recent.province in titles else None
        just_told = bool(context_event and context_event.sentence.index == sentence.index - 1)
        topic = where.topic_place(
            text, named, sentence.start, anaphora.group(1), recent, just_told=just_told
        )
        if topic is not None:
            own_places = [topic]
            specific = True
    if not own_places and context_event and context_event.place and not best.trigger.weak:
        adjacent = (
            context_event.sentence.index == sentence.index - 1
            and context_event.sentence.paragraph == sentence.paragraph
        )
        if adjacent or specific:
            # The next sentence of a passage, or a dated incident told right after another
            # with no place of its own ("a Taliban attack on a hospital late Tuesday"): the
            # place of the incident just told.
            own_places = [context_event.place]
            place_from_context = True
            if adjacent and kind == classify.ARRESTS and not reference_only:
                # "Herat fell on Thursday. Its governor was taken into Taliban custody.": a
                # detention is a deed of its own, where and when the fall was told.
                specific = True

    # One event per place when a sentence lists several towns taken or fought over
    # ("captured Kunduz, Sar-e Pol and Taloqan"); other incidents have one place.
    trigger_at = sentence.start + best.start
    if kind[0] in (classify.BATTLES, classify.PROTESTS) or kind == classify.TRANSFER:
        targets = [p for p in own_places if p.kind != "province"] or own_places[:1]
        if len(targets) > 1:
            # "take Jalalabad without a fight, encircle Kabul": each town goes with the
            # nearest deed; only those of this deed's family are its places.
            targets = [
                p
                for p in targets
                # (a reference's words count too: "overran X after days of clashes, forcing
                # families to flee to Y" does not take Y)
                if _family(_nearest_hit(every_hit, p, sentence).kind) == _family(best.kind)
            ] or targets[:1]
        if _is_active_capture(s, best):
            # "surrounded Mazar-i-Sharif after capturing Kunduz": what was captured follows.
            after = [p for p in targets if p.span.start > trigger_at]
            targets = after or targets
    elif kind in (classify.AIR, classify.SHELLING):
        # "air strikes in Panjwayi and the neighbouring Zhari district": one strike event per
        # district a coder would code; other incidents have one place.
        targets = where.coordinated(text, own_places, trigger_at) or where.closest(
            own_places, trigger_at
        )
    else:
        targets = where.closest(own_places, trigger_at)
    per_deed = deeds.one_place_per_deed(hits, best, own_places, own_dates, sentence)
    if per_deed and kind[0] == classify.EXPLOSIONS:
        targets = [place for place, _ in per_deed]
    targets = targets or [None]
    dates_by_place = {
        id(place): _nearest_date(place, own_dates, date_value)
        for place in targets
        if place is not None and len(targets) > 1 and len(own_dates) > 1
    }
    if per_deed and kind[0] == classify.EXPLOSIONS:
        dates_by_place = {id(place): day.value for place, day in per_deed}
    if date_value.precision == "day" and date_value.value is not None:
        # "took Lashkar Gah on Friday, a day after seizing Kandahar": Kandahar on Thursday.
        for phrase in relative:
            for place in targets:
                if (
                    phrase.shape == "trailing"
                    and place is not None
                    and (phrase.end <= place.span.start < phrase.clause_end)
                ):
                    dates_by_place[id(place)] = anchored.dated_from(phrase, date_value.value)
    kinds_by_place = _kinds_in_clauses(s, sentence.start, hits, relative, targets, kind)
    return [
        Candidate(
            sentence=sentence,
            kind=kinds_by_place.get(id(place), kind),
            weak=best.trigger.weak,
            trigger=s[best.start : best.end],
            trigger_start=trigger_at,
            place=place,
            place_from_context=place_from_context,
            date=dates_by_place.get(id(place), date_value),
            date_origin=date_origin,
            actors=roles,
            fatalities=fatalities if len(targets) == 1 else None,
            injured=injured if len(targets) == 1 else None,
            specific=specific,
            rank=best.trigger.rank,
            shared=len(targets) > 1,
            separate=bool(_NEW_INCIDENT.match(s)),
        )
        for place in targets
    ]


def _kinds_in_clauses(s, offset, hits, relative, targets, kind) -> dict:
    """ "handed over on Friday, a day after the insurgents captured Qala-i-Naw": a town in the
    clause of a relative date goes with that clause's own deed."""
    kinds = {}
    for phrase in relative:
        if phrase.shape != "trailing":
            continue
        start, end = phrase.end - offset, phrase.clause_end - offset
        inside = [h for h in hits if start <= h.start < end and _family(h.kind) == _family(kind)]
        if not inside:
            continue
        hit = classify.TriggerHit(inside[0].trigger, inside[0].start - start, inside[0].end - start)
        for place in targets:
            if place is not None and start <= place.span.start - offset < end:
                kinds[id(place)] = classify.refine(hit.kind, s[start:end], hit)
    return kinds


_NAMES_A_DAY = re.compile(
    r"\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec",
    re.IGNORECASE,
)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$", re.IGNORECASE)
_ACTIVE_CAPTURE = re.compile(r"^(?:captur|seiz|took|tak|overr|conquer|swept)", re.IGNORECASE)


_family = day_of.family


def _nearest_hit(hits, place: PlaceMention, sentence: Sentence):
    at = place.span.start - sentence.start
    return min(hits, key=lambda h: min(abs(h.start - at), abs(h.end - at)))


def _is_active_capture(sentence: str, hit) -> bool:
    word = sentence[hit.start : hit.end]
    return bool(_ACTIVE_CAPTURE.match(word)) and not _PASSIVE_BEFORE.search(
        sentence[max(0, hit.start - 25) : hit.start]
    )


def _nearest_date(place: PlaceMention, own_dates: list, default: ResolvedDate) -> ResolvedDate:
    """ "the fall of Zaranj on Friday and Sheberghan on Saturday": each town its own day."""
    after = [d for d in own_dates if d.start >= place.span.end]
    chosen = min(after or own_dates, key=lambda d: abs(d.start - place.span.end), default=None)
    return chosen.value if chosen is not None else default


def _recent(previous: list[Candidate], sentence: Sentence) -> Candidate | None:
    for candidate in reversed(previous):
        if sentence.index - candidate.sentence.index > _CONTEXT_SENTENCES:
            return None
        if candidate.sentence.index < sentence.index and not candidate.weak:
            return candidate
    return None
