"""Writing one Extraction to the database. The caller wraps each article in a transaction:
an article is stored whole or not at all."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from simple_history.utils import bulk_create_with_history

from events.models import (
    SUB_EVENT_TYPES,
    DuplicateCandidate,
    Event,
    EventActor,
    EventSource,
    Place,
    PlaceKind,
    Statement,
)
from events.models.actors import Actor
from sources.extract import EXTRACTOR_VERSION
from sources.extract.records import ExtractedEvent, ExtractedStatement, Extraction
from sources.importer.linking import Match, best_match, decide
from sources.importer.resolve import Resolver
from sources.importer.results import RecordRef
from sources.models import DateOrigin, Source, text_sha256
from sources.review import ReviewStatus

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "": 3}
PERIOD_DAYS = {"day": 1, "week": 7, "month": 31}


@dataclass
class Written:
    source: Source
    created: Counter = field(default_factory=Counter)
    records: list[RecordRef] = field(default_factory=list)

    def note(self, kind: str, obj, label: str | None = None) -> None:
        self.created[kind] += 1
        model = obj._meta.model_name
        self.records.append(RecordRef(model, obj.pk, label or str(obj)[:120]))


def source_fields(extraction: Extraction) -> dict:
    cleaned, published = extraction.cleaned, extraction.published
    origin = published.origin if published.origin in DateOrigin.values else DateOrigin.UNKNOWN
    url = cleaned.url if cleaned.url.startswith(("http://", "https://")) else ""
    return {
        "raw_text": cleaned.raw,
        "text": cleaned.text,
        "title": cleaned.title[:500],
        "outlet": cleaned.outlet[:200],
        "url": url[:1000],
        "published_on": published.value,
        "published_on_source": origin if published.value else DateOrigin.UNKNOWN,
        "extractor_version": EXTRACTOR_VERSION,
        "language": extraction.language,
        "metadata": {
            "tweets": [
                {
                    "author": t.author,
                    "handle": t.handle,
                    "posted_on": t.posted_on.isoformat() if t.posted_on else None,
                    "line": t.line,
                }
                for t in cleaned.tweets
            ],
            "removed": list(cleaned.removed),
            "published_reason": published.reason,
        },
        "warnings": list(extraction.warnings),
    }


def create_source(extraction: Extraction, *, file_name: str, user=None) -> Source:
    fields = source_fields(extraction)
    return Source.objects.create(
        file_name=file_name[-255:],
        sha256=text_sha256(fields["raw_text"]),
        imported_by=user if user is not None and user.pk else None,
        review_status=ReviewStatus.MACHINE,
        **fields,
    )


def persist_extraction(
    extraction: Extraction,
    source: Source,
    *,
    kept_spans: frozenset[int] = frozenset(),
    user=None,
    new_source: bool = False,
) -> Written:
    """Write the events, links, actors, places and statements of one article.

    `kept_spans`: evidence offsets of this source already settled by an editor (re-extraction);
    extracted events and statements starting there are not written again. `new_source`: the
    source was created in this transaction, so it has no links yet.
    """
    written = Written(source)
    warnings_before = list(source.warnings)
    resolver = Resolver(extraction)
    by_key: dict[str, Event] = {}
    links = SourceLinks(source, new_source=new_source)
    for extracted in extraction.events:
        if extracted.evidence.start in kept_spans:
            continue
        event = write_event(extracted, source, resolver, written, links)
        if event is not None and extracted.key:
            by_key[extracted.key] = event
    links.save()
    write_statements(
        [
            statement_row(statement, source, resolver, by_key.get(statement.event_key or ""))
            for statement in extraction.statements
            if statement.evidence.start not in kept_spans
        ],
        written,
        user=user,
    )
    for mention in extraction.actors:
        resolver.actor(mention)
    for place_mention in extraction.places:
        resolver.place(place_mention)
    for actor in resolver.new_actors:
        written.note("actors", actor)
    for place in resolver.new_places:
        written.note("places", place)
    if source.warnings != warnings_before:
        source.save(update_fields=["warnings"])
    return written


def _coherent_types(extracted: ExtractedEvent) -> tuple[str, str] | None:
    main = SUB_EVENT_TYPES.get(extracted.sub_event_type)
    if main is None:
        return None
    return main, extracted.sub_event_type


def write_event(
    extracted: ExtractedEvent,
    source: Source,
    resolver: Resolver,
    written: Written,
    links: "SourceLinks",
) -> Event | None:
    types = _coherent_types(extracted)
    if types is None:
        source.warnings.append(
            f"An event was not stored: unknown sub-event type {extracted.sub_event_type!r}."
        )
        return None
    match = best_match(extracted)
    action = decide(match)
    actors = [(resolver.actor(r.actor), r.role) for r in extracted.actors]
    actors = [(a, role) for a, role in actors if a is not None]
    if action == "link":
        event = match.event
        if not event.is_editor_owned:
            _complete_machine_event(event, extracted, resolver, actors)
    else:
        event = _create_event(extracted, types, resolver, actors)
        written.note("events", event)
        if action == "propose":
            _propose_duplicate(event, match)
            written.created["duplicate candidates"] += 1
    if links.add(event, extracted) and action == "link":
        written.note("links to existing events", event)
    return event


# A sentence that reports the event again is good evidence, but the sentence the extractor
# read the event from stays first: it gets the highest confidence.
SECONDARY_MENTION_FACTOR = 0.9


class SourceLinks:
    """The article's EventSource rows, one per sentence that reports an event, written in
    one insert (and one for their history) whatever their number."""

    def __init__(self, source: Source, *, new_source: bool = False):
        self.source = source
        self.rows: list[EventSource] = []
        # (event, start) pairs already stored for this source: re-extraction keeps the links
        # of editor-owned events, and the unique constraint is (event, source, start).
        self.taken: set[tuple[int, int]] = (
            set()
            if new_source
            else set(EventSource.objects.filter(source=source).values_list("event_id", "start"))
        )

    def add(self, event: Event, extracted: ExtractedEvent) -> bool:
        """Queue the evidence and every other mention; True if the evidence was new."""
        phrase = extracted.date.phrase[:100]
        primary, *others = mentions_of(extracted)
        added = self._add(event, primary, extracted.confidence, phrase)
        confidence = _secondary_confidence(extracted.confidence)
        for span in others:
            # The date phrase belongs to the sentence that holds it.
            self._add(event, span, confidence, phrase if phrase and phrase in span.text else "")
        return added

    def _add(self, event: Event, span, confidence: float | None, date_phrase: str) -> bool:
        key = (event.pk, span.start)
        if key in self.taken:
            return False
        self.taken.add(key)
        self.rows.append(
            EventSource(
                event=event,
                source=self.source,
                evidence=span.text,
                start=span.start,
                end=max(span.end, span.start),
                date_phrase=date_phrase,
                confidence=confidence,
            )
        )
        return True

    def save(self) -> None:
        if self.rows:
            bulk_create_with_history(self.rows, EventSource)


def mentions_of(extracted: ExtractedEvent) -> list:
    """Every sentence reporting the event, the evidence first, the others in text order."""
    spans = [extracted.evidence]
    seen = {extracted.evidence.start}
    for span in sorted(extracted.mentions, key=lambda s: s.start):
        if span.start not in seen:
            seen.add(span.start)
            spans.append(span)
    return spans


def _secondary_confidence(confidence: float | None) -> float | None:
    return None if confidence is None else round(confidence * SECONDARY_MENTION_FACTOR, 4)


def _create_event(extracted: ExtractedEvent, types, resolver: Resolver, actors) -> Event:
    place = resolver.place(extracted.place)
    if place is not None and not place.in_afghanistan:
        place = None
    when = extracted.date
    start = when.value
    end = when.end if start and when.end and when.end > start else None
    summary = extracted.summary.strip() or f"{types[1]}{' in ' + place.name if place else ''}"
    event = Event.objects.create(
        date=start,
        date_precision=(when.precision or "day") if start else "",
        end_date=end,
        place=place,
        place_precision=extracted.place_precision if place else None,
        event_type=types[0],
        sub_event_type=types[1],
        summary=summary[:300],
        fatalities=extracted.fatalities,
        injured=extracted.injured,
        confidence=extracted.confidence,
        review_status=ReviewStatus.MACHINE,
    )
    _add_actors(event, actors, existing=set())
    return event


def _add_actors(event: Event, actors: list[tuple[Actor, str]], existing: set[int]) -> None:
    """An actor already on the event keeps the role it has: a later report that casts the same
    side the other way round (who attacked whom) must not put one actor on both sides."""
    rows = []
    for actor, role in actors:
        if actor.pk not in existing:
            existing.add(actor.pk)
            rows.append(EventActor(event=event, actor=actor, role=role))
    if rows:
        bulk_create_with_history(rows, EventActor)


def _complete_machine_event(event: Event, extracted: ExtractedEvent, resolver, actors) -> None:
    """A machine event reported again may learn what it did not know; nothing is overwritten."""
    changed = []
    if event.fatalities is None and extracted.fatalities is not None:
        event.fatalities, changed = extracted.fatalities, [*changed, "fatalities"]
    if event.injured is None and extracted.injured is not None:
        event.injured, changed = extracted.injured, [*changed, "injured"]
    when = extracted.date
    if when.value and _sharper_date(event, when):
        event.date, event.date_precision = when.value, when.precision or "day"
        event.end_date = when.end if when.end and when.end > when.value else None
        changed += ["date", "date_precision", "end_date"]
    if extracted.place is not None and _may_sharpen_place(event, extracted.place):
        place = resolver.place(extracted.place)
        if place is not None and place.in_afghanistan and _sharper_place(event, place):
            event.place, event.place_precision = place, extracted.place_precision
            changed += ["place", "place_precision"]
    if changed:
        event.save(update_fields=[*changed, "updated_at"])
    _add_actors(event, actors, {link.actor_id for link in event.actor_links.all()})


def _may_sharpen_place(event: Event, mention) -> bool:
    """Cheap test before resolving: only an unknown place or a province can be sharpened."""
    return event.place_id is None or (
        event.place.kind == PlaceKind.PROVINCE and mention.kind != PlaceKind.PROVINCE
    )


def _sharper_place(event: Event, place: Place) -> bool:
    """An unknown place is learnt; a province gives way to a town or district inside it (one
    article says "Herat province", the next "the UN compound in Herat")."""
    if event.place_id is None:
        return True
    return place.province_id == event.place_id


def _sharper_date(event: Event, when) -> bool:
    if event.date is None:
        return True
    old = PRECISION_RANK.get(event.date_precision or "", 3)
    new = PRECISION_RANK.get(when.precision or "", 3)
    if new >= old:
        return False
    period_end = event.end_date or event.date + timedelta(
        days=PERIOD_DAYS.get(event.date_precision, 1) - 1
    )
    return event.date <= when.value <= period_end


def _propose_duplicate(event: Event, match: Match) -> None:
    # `event` was created a moment ago: no candidate can name it yet.
    DuplicateCandidate.objects.create(
        event=event, other=match.event, score=match.score, reason=match.reason[:300]
    )


def statement_row(
    extracted: ExtractedStatement, source: Source, resolver: Resolver, event
) -> Statement:
    """An unsaved Statement: an article's statements are written in one go."""
    return Statement(
        speaker=resolver.actor(extracted.speaker),
        on_behalf_of=resolver.actor(extracted.on_behalf_of),
        text=extracted.text,
        kind=extracted.kind if extracted.kind in ("direct", "reported") else "reported",
        said_on=extracted.said_on,
        source=source,
        evidence=extracted.evidence.text,
        start=extracted.evidence.start,
        end=max(extracted.evidence.end, extracted.evidence.start),
        event=event,
        confidence=extracted.confidence,
        review_status=ReviewStatus.MACHINE,
    )


def write_statements(rows: list[Statement], written: Written, user=None) -> None:
    """One insert for the rows and one for their history, whatever their number."""
    if not rows:
        return
    for statement in bulk_create_with_history(rows, Statement, default_user=user):
        written.note("statements", statement, label=statement.text[:120])
