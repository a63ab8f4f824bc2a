"""Small `make_*` helpers for test data. Each makes a valid row with sensible defaults."""

from datetime import date
from itertools import count

from events.models import Actor, Event, EventActor, EventSource, Place, Statement
from sources.models import Source

_n = count(1)


def make_source(text: str | None = None, **fields) -> Source:
    n = next(_n)
    text = text if text is not None else f"Article {n}. Fighting was reported in Herat on Friday."
    fields.setdefault("file_name", f"article-{n}.txt")
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("published_on", date(2021, 8, 4))
    fields.setdefault("published_on_source", "header")
    return Source.objects.create(raw_text=fields.pop("raw_text", text), text=text, **fields)


def make_place(name: str | None = None, **fields) -> Place:
    name = name or f"Place {next(_n)}"
    fields.setdefault("kind", "city")
    return Place.objects.create(name=name, **fields)


def make_actor(name: str | None = None, **fields) -> Actor:
    name = name or f"Actor {next(_n)}"
    fields.setdefault("kind", "armed_group")
    return Actor.objects.create(name=name, **fields)


def make_event(
    *,
    actors: list[tuple[Actor, str]] = (),
    source: Source | None = None,
    evidence: str | None = None,
    **fields,
) -> Event:
    fields.setdefault("date", date(2021, 7, 30))
    fields.setdefault("date_precision", "day" if fields["date"] else "")
    fields.setdefault("event_type", "Battles")
    fields.setdefault("sub_event_type", "Armed clash")
    fields.setdefault("summary", "Clashes between the Taliban and Afghan forces")
    event = Event.objects.create(**fields)
    for actor, role in actors:
        EventActor.objects.create(event=event, actor=actor, role=role)
    if source is not None:
        link_source(event, source, evidence)
    return event


def link_source(event: Event, source: Source, evidence: str | None = None) -> EventSource:
    evidence = evidence or source.text.split(". ")[0]
    start = source.text.find(evidence)
    if start < 0:
        raise ValueError("evidence must be a passage of the source's cleaned text")
    return EventSource.objects.create(
        event=event, source=source, evidence=evidence, start=start, end=start + len(evidence)
    )


def make_statement(
    source: Source | None = None, text: str = "We condemn it.", **fields
) -> Statement:
    source = source or make_source(f"“{text}” the mission said.")
    start = max(source.text.find(text), 0)
    fields.setdefault("kind", "direct")
    fields.setdefault("said_on", source.published_on)
    return Statement.objects.create(
        source=source, text=text, evidence=text, start=start, end=start + len(text), **fields
    )
