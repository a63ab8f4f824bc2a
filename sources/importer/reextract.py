"""Re-running extraction on a stored article: machine-made records of that article are
replaced, anything an editor reviewed, rejected or edited is kept as it is."""

from django.db.models import Count

from events.models import Event, EventSource, Statement
from sources.extract.records import Extraction
from sources.importer.persist import source_fields
from sources.models import DateOrigin, Source
from sources.review import ReviewStatus


def clear_machine_records(source: Source) -> frozenset[int]:
    """Delete this article's machine records; return the evidence offsets editors settled."""
    kept: set[int] = set()
    statements = Statement.objects.filter(source=source)
    kept.update(
        statements.exclude(review_status=ReviewStatus.MACHINE).values_list("start", flat=True)
    )
    statements.filter(review_status=ReviewStatus.MACHINE).delete()

    links = EventSource.objects.filter(source=source).select_related("event")
    machine_events = set()
    drop = []
    for link in links:
        if link.event.is_editor_owned:
            kept.add(link.start)
        else:
            machine_events.add(link.event_id)
            drop.append(link.pk)
    EventSource.objects.filter(pk__in=drop).delete()
    # A machine event no other article reports goes with its only source.
    orphans = (
        Event.objects.filter(pk__in=machine_events, review_status=ReviewStatus.MACHINE)
        .annotate(n=Count("source_links"))
        .filter(n=0)
    )
    Event.objects.filter(pk__in=list(orphans.values_list("pk", flat=True))).delete()
    return frozenset(kept)


def refresh_source_fields(source: Source, extraction: Extraction) -> None:
    """Take the new extraction's view of the article, except what an editor set."""
    fields = source_fields(extraction)
    if source.is_editor_owned:
        keep = {"title", "outlet", "url", "published_on", "published_on_source"}
    elif source.published_on_source == DateOrigin.EDITOR:
        keep = {"published_on", "published_on_source"}
    else:
        keep = set()
    old_text = source.text
    for name, value in fields.items():
        if name not in keep and name != "raw_text":
            setattr(source, name, value)
    if old_text != source.text:
        source.warnings.append(
            "The cleaned text changed on re-extraction: check the evidence of reviewed records."
        )
    source.save()
