"""The public timeline (home page) and its exports. Thin views: the work is in events.timeline,
events.facets, events.charts and events.exports."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from django_htmx.http import push_url

from events import exports
from events.filters import timeline_events
from events.timeline import build_timeline, citation

SITE_TITLE = "Afghanistan 2021 offensive timeline"


def _partial_for(request: HttpRequest) -> str:
    """Which part of the page an htmx request replaces; history restores get the full page."""
    htmx = getattr(request, "htmx", None)
    if not htmx or htmx.history_restore_request:
        return ""
    # The filter form swaps #results and refreshes the facets out of band; links (bin switch,
    # active-filter chips) replace the whole page region so that the form follows them.
    return "#results_response" if htmx.target == "results" else "#page"


@require_safe
def timeline(request: HttpRequest) -> HttpResponse:
    data = build_timeline(request.GET)
    context = data.as_context()
    url = request.path + data.canonical_query.rstrip("?")
    context["citation"] = citation(
        SITE_TITLE, request.build_absolute_uri(url), timezone.localdate()
    )
    partial = _partial_for(request)
    response = render(request, "events/timeline.html" + partial, context)
    if partial:
        # The URL htmx pushes is the cleaned state, not the form's raw fields (q=&date_after=…).
        push_url(response, url)
    patch_vary_headers(response, ("HX-Request", "HX-Target", "HX-History-Restore-Request"))
    return response


def _filtered(request: HttpRequest):
    """The events the timeline shows for the same query string (all pages)."""
    return timeline_events(request.GET).qs


def _export_events(request: HttpRequest):
    return exports.export_queryset(_filtered(request))


@require_safe
def export_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="events.csv"'
    exports.write_acled_csv(_filtered(request), response)
    return response


@require_safe
def export_json(request: HttpRequest) -> HttpResponse:
    payload = {"events": [exports.event_record(e) for e in _export_events(request)]}
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'attachment; filename="events.json"'
    return response


@require_safe
def export_geojson(request: HttpRequest) -> HttpResponse:
    payload = exports.feature_collection(_export_events(request))
    response = JsonResponse(
        payload,
        content_type="application/geo+json",
        json_dumps_params={"ensure_ascii": False},
    )
    response["Content-Disposition"] = 'attachment; filename="events.geojson"'
    return response
