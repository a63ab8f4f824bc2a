"""Merging duplicates: every link and every piece of evidence moves to the record that stays."""

from collections.abc import Iterable

from django.db import transaction

from events.models import (
    Actor,
    DuplicateCandidate,
    Event,
    EventActor,
    EventSource,
    Place,
    Statement,
)


def _others(keep, others: Iterable) -> list:
    others = [o for o in others if o.pk != keep.pk]
    if not others:
        raise ValueError("Choose at least one other record to merge into the one that stays.")
    return others


@transaction.atomic
def merge_actors(keep: Actor, others: Iterable[Actor]) -> Actor:
    """Fold `others` into `keep`; their names become aliases of `keep`."""
    others = _others(keep, others)
    ids = [o.pk for o in others]
    for link in EventActor.objects.filter(actor__in=ids).select_related("actor"):
        if EventActor.objects.filter(event=link.event_id, actor=keep, role=link.role).exists():
            link.delete()
        else:
            link.actor = keep
            link.save(update_fields=["actor"])
    Statement.objects.filter(speaker__in=ids).update(speaker=keep)
    Statement.objects.filter(on_behalf_of__in=ids).update(on_behalf_of=keep)
    Actor.objects.filter(affiliation__in=ids).exclude(pk=keep.pk).update(affiliation=keep)
    for other in others:
        for name in other.all_names:
            keep.add_alias(name)
        if not keep.affiliation_id and other.affiliation_id and other.affiliation_id != keep.pk:
            keep.affiliation_id = other.affiliation_id
        keep.description = keep.description or other.description
    Actor.objects.filter(pk__in=ids).delete()
    keep.save()
    return keep


@transaction.atomic
def merge_places(keep: Place, others: Iterable[Place]) -> Place:
    """Fold `others` into `keep`; their names become spelling variants of `keep`."""
    others = _others(keep, others)
    ids = [o.pk for o in others]
    Event.objects.filter(place__in=ids).update(place=keep)
    Place.objects.filter(province__in=ids).exclude(pk=keep.pk).update(province=keep)
    geonames_id = keep.geonames_id
    for other in others:
        for name in other.all_names:
            keep.add_alias(name)
        geonames_id = geonames_id or other.geonames_id
        for field in ("latitude", "longitude", "population", "province_id"):
            if getattr(keep, field) is None and getattr(other, field) is not None:
                setattr(keep, field, getattr(other, field))
    # The unique GeoNames id must leave the merged rows before `keep` can take it.
    Place.objects.filter(pk__in=ids).delete()
    keep.geonames_id = geonames_id
    keep.save()
    return keep


@transaction.atomic
def merge_events(keep: Event, others: Iterable[Event]) -> Event:
    """Fold duplicate reports of one incident into `keep`, keeping each source's evidence."""
    others = _others(keep, others)
    ids = [o.pk for o in others]
    for link in EventSource.objects.filter(event__in=ids):
        if not EventSource.objects.filter(
            event=keep, source=link.source_id, start=link.start
        ).exists():
            link.event = keep
            link.save(update_fields=["event"])
    # An actor already on the kept event keeps its role there: reports that cast the sides
    # differently must not put one actor on both sides of the merged event.
    for link in EventActor.objects.filter(event__in=ids):
        if not EventActor.objects.filter(event=keep, actor=link.actor_id).exists():
            link.event = keep
            link.save(update_fields=["event"])
    Statement.objects.filter(event__in=ids).update(event=keep)
    DuplicateCandidate.objects.filter(event__in=ids, other=keep).update(
        status=DuplicateCandidate.Status.MERGED
    )
    DuplicateCandidate.objects.filter(event=keep, other__in=ids).update(
        status=DuplicateCandidate.Status.MERGED
    )
    notes = [keep.notes] if keep.notes else []
    for other in others:
        # Unknown is not zero: only fill what `keep` does not know.
        for field in ("fatalities", "injured", "place_id", "place_precision", "end_date"):
            if getattr(keep, field) is None and getattr(other, field) is not None:
                setattr(keep, field, getattr(other, field))
        if keep.date is None and other.date is not None:
            keep.date, keep.date_precision = other.date, other.date_precision
        notes.append(f"Merged from #{other.pk}: {other.summary}")
    keep.notes = "\n".join(notes)
    # Merged events' own duplicate proposals are moot once they are gone.
    Event.objects.filter(pk__in=ids).delete()
    keep.save()
    return keep
