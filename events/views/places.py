"""Cities: every place with events on a map, and one place's page."""

from django.core.paginator import Paginator
from django.db.models import Count, Max, Min
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from events.charts import event_counts, parse_bin
from events.claims import for_display, group_claims
from events.control import control_chart, control_history, territorial_events_at
from events.facets import (
    actor_facet,
    clean_query,
    event_type_facet,
    reviewed_facet,
    sub_event_type_facet,
)
from events.filters import EventFilter
from events.maps import country_map, map_config, nearby_places, place_map
from events.models import Actor, Event, Place, Statement
from events.statement_filters import error_messages, without_nul_bytes
from events.timeline import BIN_CHOICES, citation
from events.views.timeline import SITE_TITLE
from sources.models import Source

EVENTS_PER_PAGE = 25
SIDE_LIST_LENGTH = 20


@require_safe
def place_index(request: HttpRequest) -> HttpResponse:
    places = list(
        Place.objects.visible()
        .with_events()
        .select_related("province")
        .order_by("-event_count", "name")
    )
    return render(
        request,
        "events/place_index.html",
        {
            "places": places,
            "unmapped": [p for p in places if p.latitude is None or p.longitude is None],
            "map_figure": country_map(places),
            "map_config": map_config(),
        },
    )


def actors_active_at(events) -> list[Actor]:
    """Actors of these events with how many of them each took part in, busiest first."""
    return list(
        Actor.objects.filter(event_links__event__in=events.values("pk"))
        .annotate(event_count=Count("event_links__event", distinct=True))
        .order_by("-event_count", "name")[:SIDE_LIST_LENGTH]
    )


def sources_reporting(events) -> list[Source]:
    return list(
        Source.objects.visible()
        .defer("raw_text", "text", "metadata")
        .filter(event_links__event__in=events.values("pk"))
        .annotate(event_count=Count("event_links__event", distinct=True))
        .order_by("-event_count", "-published_on")[:SIDE_LIST_LENGTH]
    )


def place_export_query(query: QueryDict, place: Place) -> str:
    """The timeline exports' query string for what the city's timeline shows ('' if none fits).

    The exports filter by the timeline's places, which are the places in Afghanistan.
    """
    if not place.in_afghanistan:
        return ""
    query = query.copy()
    for key in ("page", "bin", "place"):
        query.pop(key, None)
    query["place"] = place.slug
    return query.urlencode()


def canonical_url(place: Place, query: QueryDict, page_number: int) -> str:
    """The city page's URL for this state: valid filters, a bin other than days, a page past 1.

    The filter form submits every field, empty ones included (?q=&date_after=…): the address
    a reader copies should hold only what the page shows.
    """
    query = query.copy()
    if parse_bin(query.get("bin")) == "day":
        query.pop("bin", None)
    query.pop("page", None)
    if page_number > 1:
        query["page"] = str(page_number)
    encoded = query.urlencode()
    return place.get_absolute_url() + (f"?{encoded}" if encoded else "")


@require_safe
@vary_on_headers("HX-Request")
def place_detail(request: HttpRequest, slug: str) -> HttpResponse:
    place = get_object_or_404(Place.objects.visible().select_related("province"), slug=slug)
    at_place = Event.objects.visible().in_place(place)
    # The page is the place: a `place` key in the query string has no say here.
    data = request.GET.copy()
    data.pop("place", None)
    filters = EventFilter(data, queryset=at_place)
    events = filters.qs
    page = Paginator(events.for_listing().latest_first(), EVENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    chart = event_counts(events, parse_bin(request.GET.get("bin")))
    query = clean_query(filters, data)
    url = canonical_url(place, query, page.number)
    context = {
        # Each value with its count under the other filters, as on the timeline (4 queries).
        "facets": {
            "event_type": event_type_facet(filters, query),
            "sub_event_type": sub_event_type_facet(filters, query),
            "actor": actor_facet(filters, query),
            "reviewed": reviewed_facet(filters, query),
        },
        "export_query": place_export_query(query, place),
        "citation": citation(
            f"{SITE_TITLE}: {place.name}{' province' if place.kind == 'province' else ''}",
            request.build_absolute_uri(url),
            timezone.localdate(),
        ),
        "place": place,
        "filters": filters,
        "errors": error_messages(without_nul_bytes(filters.form)),
        "page": page,
        "chart": chart,
        "chart_payload": chart.payload(),
        "bins": BIN_CHOICES,
    }
    if request.htmx and not request.htmx.history_restore_request:
        # The list, and the form's counts out of band so that they follow the filters.
        context["oob"] = True
        return push_url(render(request, "events/place_detail.html#timeline", context), url)

    statements = list(
        for_display(Statement.objects.visible().about_place(place))[:SIDE_LIST_LENGTH]
    )
    periods = control_history(territorial_events_at(place))
    nearby = nearby_places(place)
    totals = at_place.aggregate(count=Count("pk"), first=Min("date"), last=Max("date"))
    context |= {
        "nearby": nearby,
        "map_figure": place_map(place, nearby),
        "map_config": map_config(),
        "periods": periods,
        "control_figure": control_chart(periods, until=totals["last"]),
        "actors": actors_active_at(at_place),
        "statements": statements,
        "claim_groups": group_claims(statements),
        "sources": sources_reporting(at_place),
        "totals": totals,
    }
    return render(request, "events/place_detail.html", context)
