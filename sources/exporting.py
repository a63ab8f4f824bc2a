"""Exports of events: one JSON document (sources, events, statements, actors, places) and a CSV
in ACLED's column layout. Plain functions over a queryset of events, so that the management
command and the public dashboard share them. Queries are bounded: a fixed number per export,
whatever the number of events.

Only the actors and places the exported events and statements use are exported: the gazetteer
alone holds thousands of places nobody asked for.
"""

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO

from django.db.models import Prefetch, Q, QuerySet

from events.models import Actor, ActorRole, Event, EventActor, EventSource, Place, Statement
from sources.models import DateOrigin, Source

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COUNTRY_CODE = "AFG"


def prepare_events(events: QuerySet) -> QuerySet:
    """The events with everything an export reads, in a fixed number of queries."""
    return events.select_related("place", "place__province").prefetch_related(
        Prefetch("actor_links", queryset=EventActor.objects.select_related("actor")),
        Prefetch("source_links", queryset=EventSource.objects.select_related("source")),
    )


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _province_name(place: Place) -> str | None:
    if place.province_id:
        return place.province.name
    return place.name if place.kind == "province" else None


def place_summary(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "kind": place.kind,
        "province": _province_name(place),
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def event_record(event: Event) -> dict:
    return {
        "id": event.pk,
        "date": _iso(event.date),
        "end_date": _iso(event.end_date),
        "date_precision": event.date_precision or None,
        "place": place_summary(event.place),
        "place_precision": event.place_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "summary": event.summary,
        "fatalities": event.fatalities,
        "injured": event.injured,
        "actors": [
            {"name": link.actor.name, "role": link.role} for link in event.actor_links.all()
        ],
        "sources": [
            {
                "source_id": link.source_id,
                "evidence": link.evidence,
                "start": link.start,
                "end": link.end,
                "date_phrase": link.date_phrase,
            }
            for link in event.source_links.all()
        ],
        "status": event.review_status,
    }


def source_record(source: Source) -> dict:
    origin = source.published_on_source
    return {
        "id": source.pk,
        "file_name": source.file_name,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published_on": _iso(source.published_on),
        "published_on_source": None if origin == DateOrigin.UNKNOWN else origin,
        "status": source.review_status,
    }


def statement_record(statement: Statement) -> dict:
    speaker = statement.speaker
    return {
        "id": statement.pk,
        "speaker": {
            "name": speaker.name,
            "kind": speaker.kind,
            "affiliation": speaker.affiliation.name if speaker.affiliation_id else None,
        }
        if speaker
        else None,
        "on_behalf_of": statement.on_behalf_of.name if statement.on_behalf_of_id else None,
        "text": statement.text,
        "kind": statement.kind,
        "date": _iso(statement.said_on),
        "source_id": statement.source_id,
        "event_id": statement.event_id,
        "evidence": statement.evidence,
        "status": statement.review_status,
    }


def actor_record(actor: Actor) -> dict:
    return {
        "id": actor.pk,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "affiliation": actor.affiliation.name if actor.affiliation_id else None,
    }


def place_record(place: Place) -> dict:
    return {
        "id": place.pk,
        "name": place.name,
        "kind": place.kind,
        "province": _province_name(place),
        "latitude": place.latitude,
        "longitude": place.longitude,
        "aliases": list(place.aliases),
    }


def default_statements(event_ids: list[int], source_ids: set[int]) -> QuerySet:
    """Visible statements about the exported events or from the articles that report them."""
    return Statement.objects.visible().filter(Q(event__in=event_ids) | Q(source__in=source_ids))


def build_document(events: QuerySet, statements: QuerySet | None = None) -> dict:
    """The JSON export of these events, the statements about them and what they refer to."""
    event_rows = list(prepare_events(events).order_by("date", "pk"))
    source_ids = {link.source_id for e in event_rows for link in e.source_links.all()}
    if statements is None:
        statements = default_statements([e.pk for e in event_rows], source_ids)
    statement_rows = list(
        statements.select_related("speaker__affiliation", "on_behalf_of").order_by("said_on", "pk")
    )
    source_ids |= {s.source_id for s in statement_rows}
    actor_ids = {link.actor_id for e in event_rows for link in e.actor_links.all()}
    actor_ids |= {s.speaker_id for s in statement_rows if s.speaker_id}
    actor_ids |= {s.on_behalf_of_id for s in statement_rows if s.on_behalf_of_id}
    place_ids = {e.place_id for e in event_rows if e.place_id}
    return {
        "sources": [
            source_record(s) for s in Source.objects.filter(pk__in=source_ids).order_by("pk")
        ],
        "events": [event_record(e) for e in event_rows],
        "statements": [statement_record(s) for s in statement_rows],
        "actors": [
            actor_record(a)
            for a in Actor.objects.filter(pk__in=actor_ids)
            .select_related("affiliation")
            .order_by("name")
        ],
        "places": [
            place_record(p)
            for p in Place.objects.filter(pk__in=place_ids)
            .select_related("province")
            .order_by("name")
        ],
    }


def write_json(events: QuerySet, stream: IO[str], statements: QuerySet | None = None) -> None:
    json.dump(build_document(events, statements), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


def neutralise(value):
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _names(event: Event, role: str) -> str:
    return "; ".join(link.actor.name for link in event.actor_links.all() if link.role == role)


def _source_names(event: Event) -> str:
    names: list[str] = []
    for link in event.source_links.all():
        name = link.source.outlet or link.source.title or link.source.file_name
        if name not in names:
            names.append(name)
    return "; ".join(names)


def acled_row(event: Event) -> list:
    place = event.place
    row = [
        f"{COUNTRY_CODE}{event.pk}",
        _iso(event.date) or "",
        TIME_PRECISION.get(event.date_precision, ""),
        event.event_type,
        event.sub_event_type,
        _names(event, ActorRole.ACTOR1),
        _names(event, ActorRole.ASSOC_ACTOR1),
        _names(event, ActorRole.ACTOR2),
        _names(event, ActorRole.ASSOC_ACTOR2),
        (_province_name(place) or "") if place else "",
        place.name if place else "",
        place.latitude if place and place.latitude is not None else "",
        place.longitude if place and place.longitude is not None else "",
        event.place_precision if event.place_precision is not None else "",
        _source_names(event),
        event.summary,
        event.fatalities if event.fatalities is not None else "",
    ]
    return [neutralise(cell) for cell in row]


def acled_rows(events: QuerySet) -> Iterator[list]:
    yield ACLED_COLUMNS
    for event in prepare_events(events).order_by("date", "pk"):
        yield acled_row(event)


def write_csv(events: QuerySet, stream: IO[str]) -> None:
    writer = csv.writer(stream)
    rows: Iterable[list] = acled_rows(events)
    writer.writerows(rows)
