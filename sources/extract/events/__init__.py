"""Events of one article, coded the way ACLED codes them.

sentences.py splits the text, classify.py names the kind of incident a sentence reports,
context.py rejects history, forecasts and generic talk, roles.py says who did what to whom,
incidents.py gathers each sentence's facts, merge.py joins the mentions of one incident and
summary.py writes its line.
"""

from datetime import date

from sources.extract.records import (
    ActorMention,
    ActorRoleMention,
    ExtractedEvent,
    PlaceMention,
    Span,
)

_PRECISION = {"city": 1, "site": 1, "district": 2, "province": 3}


def find_events(
    text: str,
    *,
    places: list[PlaceMention],
    actors: list[ActorMention],
    dates: list,
    published: date | None,
    lexicon,
    gazetteer=None,
) -> list[ExtractedEvent]:
    """The incidents the cleaned text reports, in the order it first reports them. The
    gazetteer, if given, turns "the Helmand capital" into Lashkar Gah."""
    from sources.extract.events.incidents import find_candidates
    from sources.extract.events.merge import merge_candidates
    from sources.extract.events.sentences import split_sentences
    from sources.extract.events.where import provincial_capitals, settle_in_named_provinces

    sentences = split_sentences(text)
    places = settle_in_named_provinces(text, places, gazetteer)
    candidates = find_candidates(
        text, sentences, places, actors, dates, published, lexicon, provincial_capitals(gazetteer)
    )
    events = []
    for n, incident in enumerate(merge_candidates(candidates), start=1):
        events.append(_to_event(incident, f"e{n}"))
    return events


def _to_event(incident, key: str) -> ExtractedEvent:
    from sources.extract.events.summary import summarise

    event_type, sub_event_type = incident.kind
    members = incident.members
    place = incident.place
    fatalities = _max(c.fatalities for c in members)
    injured = _max(c.injured for c in members)
    actors = _actors(incident)
    evidence = max(members, key=_evidence_score).sentence
    told = {c.sentence.index: c.sentence for c in members}
    spans = [Span(s.start, s.end, s.text) for _, s in sorted(told.items())]
    return ExtractedEvent(
        event_type=event_type,
        sub_event_type=sub_event_type,
        summary=summarise(sub_event_type, place, actors, fatalities, injured),
        date=incident.date,
        place=place,
        place_precision=_PRECISION.get(place.kind) if place else None,
        actors=actors,
        fatalities=fatalities,
        injured=injured,
        evidence=Span(evidence.start, evidence.end, evidence.text),
        confidence=_confidence(incident),
        key=key,
        mentions=spans,
    )


def _max(values) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _actors(incident) -> list[ActorRoleMention]:
    kind = incident.kind
    # The mentions that tell the incident best first: of its kind, strong, dated in the text.
    ordered = sorted(
        incident.members, key=lambda c: (c.kind != kind, c.weak, c.date_origin != "sentence")
    )
    roles: list[ActorRoleMention] = []
    taken_roles, taken_names = set(), set()
    for c in ordered:
        for r in c.actors:
            if r.role in taken_roles or r.actor.name in taken_names:
                continue
            roles.append(r)
            taken_roles.add(r.role)
            taken_names.add(r.actor.name)
    return sorted(roles, key=lambda r: r.role)


def _evidence_score(c) -> tuple:
    return (
        not c.weak,
        c.date_origin == "sentence",
        c.place is not None and not c.place_from_context,
        c.fatalities is not None,
        -c.sentence.index,
    )


def _confidence(incident) -> float:
    members = incident.members
    score = 0.45
    if any(not c.weak for c in members):
        score += 0.15
    if any(c.place is not None and not c.place_from_context for c in members):
        score += 0.1
    elif incident.place is not None:
        score += 0.05
    if any(c.date_origin == "sentence" and c.date.precision == "day" for c in members):
        score += 0.1
    if any(r.role == "actor1" for c in members for r in c.actors):
        score += 0.05
    score += min(0.1, 0.05 * (len({c.sentence.index for c in members}) - 1))
    return round(min(score, 0.95), 2)
