"""Is an extracted event one the database already holds? Candidates are narrowed in the
database (date window, then type or place) so that each lookup is one bounded query."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Prefetch, Q

from events.models import Event, EventActor, Place
from sources.extract.records import ExtractedEvent

MAX_CANDIDATES = 40
# How far apart two reports of one event may date it: articles date events loosely
# ("last week"), and a month-precision date is the first of the month.
WINDOW = {"day": 4, "week": 10, "month": 35, "": 35}


@dataclass
class Match:
    event: Event
    score: float
    reason: str


def _thresholds() -> tuple[float, float]:
    from sources.extract.matching import AUTO_MERGE, PROPOSE

    return AUTO_MERGE, PROPOSE


def province_of(place_name: str | None, kind: str | None, province: str | None) -> str | None:
    if province:
        return province
    return place_name if kind == "province" else None


def extracted_key(event: ExtractedEvent, place: Place | None = None) -> dict:
    """The dict `match_score` compares, for an extracted event."""
    mention = event.place
    return {
        "date": event.date.value,
        "date_precision": event.date.precision or "",
        "end_date": event.date.end,
        "place_name": mention.name if mention else None,
        "place_province": province_of(mention.name, mention.kind, mention.province)
        if mention
        else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor_names": {a.actor.name for a in event.actors},
        "fatalities": event.fatalities,
    }


def stored_key(event: Event) -> dict:
    """The same dict for a stored event (place, province and actor links prefetched)."""
    place = event.place
    return {
        "date": event.date,
        "date_precision": event.date_precision or "",
        "end_date": event.end_date,
        "place_name": place.name if place else None,
        "place_province": province_of(
            place.name, place.kind, place.province.name if place.province_id else None
        )
        if place
        else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor_names": {link.actor.name for link in event.actor_links.all()},
        "fatalities": event.fatalities,
    }


def candidates(event: ExtractedEvent):
    """Visible events that could be the same: near in time, and of the same type or place."""
    qs = Event.objects.visible()
    when = event.date
    same_place = Q(place__name=event.place.name) if event.place else None
    if when.value:
        days = WINDOW.get(when.precision or "", 35)
        last = when.end or when.value
        qs = qs.filter(
            date__gte=when.value - timedelta(days=days), date__lte=last + timedelta(days=days)
        )
        near = Q(event_type=event.event_type)
        if same_place is not None:
            near |= same_place
    elif same_place is not None:
        # An undated report can only be told apart by where it happened.
        near = same_place
    else:
        qs = qs.filter(date__isnull=True)
        near = Q(event_type=event.event_type)
    return (
        qs.filter(near)
        .select_related("place", "place__province")
        # One query for the links and their actors together (not one each).
        .prefetch_related(
            Prefetch("actor_links", queryset=EventActor.objects.select_related("actor"))
        )
        .order_by("-pk")[:MAX_CANDIDATES]
    )


def best_match(event: ExtractedEvent) -> Match | None:
    """The closest stored event, if it reaches the PROPOSE threshold."""
    from sources.extract.matching import match_score

    _, propose = _thresholds()
    key = extracted_key(event)
    best: Match | None = None
    for stored in candidates(event):
        score, reason = match_score(key, stored_key(stored))
        # Candidates come newest first: on a tie the older event, the one others were
        # already linked or compared to, wins.
        if score >= propose and (best is None or score >= best.score):
            best = Match(stored, score, reason)
    return best


def decide(match: Match | None) -> str:
    """'link' to the stored event, 'propose' a duplicate to an editor, or 'create'."""
    if match is None:
        return "create"
    auto, _ = _thresholds()
    return "link" if match.score >= auto else "propose"
