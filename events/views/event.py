"""One event: every field, its actors, its sources' sentences, the claims made about it."""

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from events.claims import SOURCE_TEXT_FIELDS, corroboration, for_display, group_claims
from events.models import ActorRole, Event
from events.timeline import citation
from events.views.timeline import SITE_TITLE

HISTORY_LENGTH = 10
CHANGE_KINDS = {"+": "Created", "~": "Changed", "-": "Deleted"}


@dataclass
class Change:
    record: object  # a HistoricalEvent
    kind: str
    fields: list[str]


def recent_changes(event: Event, limit: int = HISTORY_LENGTH) -> list[Change]:
    """The latest history records with the fields each one changed, in one query."""
    records = list(
        event.history.select_related("history_user").order_by("-history_date")[: limit + 1]
    )
    changes = []
    for newer, older in zip(records, [*records[1:], None], strict=True):
        fields = []
        if older is not None and newer.history_type == "~":
            delta = newer.diff_against(older, excluded_fields=["updated_at"])
            fields = [Event._meta.get_field(name).verbose_name for name in delta.changed_fields]
        changes.append(Change(newer, CHANGE_KINDS.get(newer.history_type, "Changed"), fields))
    return changes[:limit]


@require_safe
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(
        Event.objects.visible().select_related("place", "place__province", "reviewed_by"), pk=pk
    )
    actor_links = list(event.actor_links.select_related("actor", "actor__affiliation"))
    roles = [
        (label, [link.actor for link in actor_links if link.role == role])
        for role, label in ActorRole.choices
    ]
    source_links = [
        link
        for link in event.source_links.select_related("source").defer(*SOURCE_TEXT_FIELDS)
        if link.source.review_status != "rejected"
    ]
    statements = list(for_display(event.statements.visible()))
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "roles": [(label, actors) for label, actors in roles if actors],
            "source_links": source_links,
            "corroboration": corroboration(link.source for link in source_links),
            "claim_groups": group_claims(statements),
            "statement_count": len(statements),
            "changes": recent_changes(event),
            "citation": citation(
                f"{SITE_TITLE}: {event.summary}",
                request.build_absolute_uri(event.get_absolute_url()),
                timezone.localdate(),
            ),
        },
    )
