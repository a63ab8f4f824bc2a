"""The timeline's downloads: the filtered events as ACLED CSV, JSON and GeoJSON.

CSV rows and JSON records come from sources.exporting (shared with `manage.py export_events`), so
the dashboard and the command agree field for field; GeoJSON is only offered here.
"""

from typing import IO, Any

from django.db.models import QuerySet

from events.models import Event
from sources import exporting

event_record = exporting.event_record


def export_queryset(events: QuerySet) -> QuerySet:
    """The events with what every export reads, oldest first, in a fixed number of queries."""
    return exporting.prepare_events(events).order_by("date", "pk")


def write_acled_csv(events: QuerySet, stream: IO[str]) -> None:
    exporting.write_csv(events, stream)


def feature(event: Event) -> dict[str, Any]:
    place = event.place
    record = event_record(event)
    properties = {k: v for k, v in record.items() if k != "place"}
    properties["place"] = place.name
    properties["province"] = record["place"]["province"]
    return {
        "type": "Feature",
        "id": event.pk,
        # GeoJSON order is longitude, latitude.
        "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
        "properties": properties,
    }


def _located(event: Event) -> bool:
    place = event.place
    return place is not None and place.latitude is not None and place.longitude is not None


def feature_collection(events: QuerySet) -> dict[str, Any]:
    """Events with coordinates as Points; the others are counted in "unlocated", not guessed."""
    features, unlocated = [], 0
    for event in events:
        if _located(event):
            features.append(feature(event))
        else:
            unlocated += 1
    return {
        "type": "FeatureCollection",
        "features": features,
        "unlocated": unlocated,
        "note": "Events without known coordinates are not drawn; 'unlocated' counts them.",
    }
