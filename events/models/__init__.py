from events.models.actors import Actor, ActorKind
from events.models.events import (
    EVENT_TYPES,
    SUB_EVENT_TYPES,
    ActorRole,
    DatePrecision,
    DuplicateCandidate,
    Event,
    EventActor,
    EventSource,
    EventType,
    PlacePrecision,
    SubEventType,
)
from events.models.places import Place, PlaceKind
from events.models.statements import Statement, StatementKind

__all__ = [
    "EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "Actor",
    "ActorKind",
    "ActorRole",
    "DatePrecision",
    "DuplicateCandidate",
    "Event",
    "EventActor",
    "EventSource",
    "EventType",
    "Place",
    "PlaceKind",
    "PlacePrecision",
    "Statement",
    "StatementKind",
    "SubEventType",
]
