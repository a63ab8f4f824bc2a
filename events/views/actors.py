"""Actors: who is in the record, and one actor's deeds and words."""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from events.activity import role_activity
from events.claims import for_display, group_by_speaker
from events.models import Actor, Event, Statement

EVENTS_PER_PAGE = 20
STATEMENT_LIMIT = 60


@require_safe
def actor_index(request: HttpRequest) -> HttpResponse:
    shown = ~Q(event_links__event__review_status="rejected")
    actors = list(
        Actor.objects.visible()
        .select_related("affiliation")
        .annotate(
            event_count=Count("event_links__event", filter=shown, distinct=True),
            statement_count=Count(
                "statements", filter=~Q(statements__review_status="rejected"), distinct=True
            ),
        )
        .filter(Q(event_count__gt=0) | Q(statement_count__gt=0))
        .order_by("-event_count", "-statement_count", "name")
    )
    return render(request, "events/actor_index.html", {"actors": actors})


@require_safe
@vary_on_headers("HX-Request")
def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor.objects.visible().select_related("affiliation"), slug=slug)
    events = Event.objects.visible().involving(actor)
    page = Paginator(events.for_listing().latest_first(), EVENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"actor": actor, "page": page}
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "events/actor_detail.html#events", context)

    said = Statement.objects.visible().by(actor)
    statements = list(for_display(said)[:STATEMENT_LIMIT])
    activity = role_activity(actor)
    context |= {
        "members": list(
            actor.members.visible().annotate(
                statement_count=Count("statements", filter=~Q(statements__review_status="rejected"))
            )
        ),
        "activity": activity,
        "activity_figure": activity.figure(),
        "speaker_groups": group_by_speaker(statements),
        "statement_shown": len(statements),
        "statement_total": said.count() if len(statements) == STATEMENT_LIMIT else len(statements),
    }
    return render(request, "events/actor_detail.html", context)
