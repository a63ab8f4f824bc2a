"""The timeline's downloads: the filtered events as ACLED CSV, JSON and GeoJSON.

CSV rows and JSON records come from sources.exporting (shared with `manage.py export_events`), so
the dashboard and the command agree field for field; GeoJSON is only offered here.
"""

import csv
from collections.abc import Iterable
from typing import IO, Any

from django.db.models import QuerySet

from events.claims import camp_of, speaking_side
from events.models import Event, Statement
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


STATEMENT_COLUMNS = [
    "statement_id",
    "said_on",
    "side",
    "speaker",
    "speaker_affiliation",
    "on_behalf_of",
    "kind",
    "text",
    "event_id",
    "event_summary",
    "event_place",
    "source_id",
    "source",
    "source_url",
]


def statement_row(statement: Statement) -> list:
    """One CSV row; needs the relations of events.claims.for_display and `event__place`."""
    speaker, event, source = statement.speaker, statement.event, statement.source
    row = [
        statement.pk,
        statement.said_on.isoformat() if statement.said_on else "",
        camp_of(speaking_side(statement)).label,
        speaker.name if speaker else "",
        speaker.affiliation.name if speaker and speaker.affiliation_id else "",
        statement.on_behalf_of.name if statement.on_behalf_of_id else "",
        statement.get_kind_display(),
        statement.text,
        event.pk if event else "",
        event.summary if event else "",
        event.place.name if event and event.place_id else "",
        source.pk,
        source.outlet or source.title or source.file_name,
        source.url,
    ]
    return [exporting.neutralise(cell) for cell in row]


def write_statements_csv(statements: Iterable[Statement], stream: IO[str]) -> None:
    writer = csv.writer(stream)
    writer.writerow(STATEMENT_COLUMNS)
    writer.writerows(statement_row(s) for s in statements)


def statement_json(statement: Statement) -> dict[str, Any]:
    record = exporting.statement_record(statement)
    record["side"] = camp_of(speaking_side(statement)).label
    return record
