"""Is an extracted event one the database already holds? Candidates are narrowed in the
database (date window, then type or place) and read as plain rows: each lookup is two bounded
queries, and one more to load the event that matches, if any."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q

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
    """The dict `match_score` compares, for an extracted event (`_row_key` for a stored one)."""
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
        "injured": event.injured,
    }


# What `match_score` reads of a stored event: candidates are compared as plain rows, and
# only the best one is loaded as an Event (model instances for 40 candidates per extracted
# event were half of the database time of an import).
_CANDIDATE_FIELDS = (
    "pk",
    "date",
    "date_precision",
    "end_date",
    "event_type",
    "sub_event_type",
    "fatalities",
    "injured",
    "place_id",
    "place__name",
    "place__kind",
    "place__province__name",
)


def _row_key(row: dict, actor_names: set[str]) -> dict:
    """`stored_key` of a candidate row."""
    placed = row["place_id"] is not None
    return {
        "date": row["date"],
        "date_precision": row["date_precision"] or "",
        "end_date": row["end_date"],
        "place_name": row["place__name"] if placed else None,
        "place_province": province_of(
            row["place__name"], row["place__kind"], row["place__province__name"]
        )
        if placed
        else None,
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor_names": actor_names,
        "fatalities": row["fatalities"],
        "injured": row["injured"],
    }


def candidates(event: ExtractedEvent):
    """Visible events that could be the same: near in time, and of the same type or place,
    newest first."""
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
    return qs.filter(near).order_by("-pk")[:MAX_CANDIDATES]


def _candidate_keys(event: ExtractedEvent) -> list[tuple[int, dict]]:
    """(pk, stored key) of each candidate, newest first, in two queries."""
    rows = list(candidates(event).values(*_CANDIDATE_FIELDS))
    if not rows:
        return []
    names: dict[int, set[str]] = {row["pk"]: set() for row in rows}
    links = EventActor.objects.filter(event_id__in=names).values_list("event_id", "actor__name")
    for event_id, name in links:
        names[event_id].add(name)
    return [(row["pk"], _row_key(row, names[row["pk"]])) for row in rows]


def best_match(event: ExtractedEvent) -> Match | None:
    """The closest stored event, if it reaches the PROPOSE threshold."""
    from sources.extract.matching import match_score

    _, propose = _thresholds()
    key = extracted_key(event)
    best: tuple[int, float, str] | None = None
    for pk, stored in _candidate_keys(event):
        score, reason = match_score(key, stored)
        # Candidates come newest first: on a tie the older event, the one others were
        # already linked or compared to, wins.
        if score >= propose and (best is None or score >= best[1]):
            best = (pk, score, reason)
    if best is None:
        return None
    matched = Event.objects.select_related("place", "place__province").get(pk=best[0])
    return Match(matched, best[1], best[2])


def decide(match: Match | None) -> str:
    """'link' to the stored event, 'propose' a duplicate to an editor, or 'create'."""
    if match is None:
        return "create"
    auto, _ = _thresholds()
    return "link" if match.score >= auto else "propose"
