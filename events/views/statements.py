"""Statements: what each side said, searchable and filterable."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from events import exports
from events.claims import for_display, label_camps
from events.statement_filters import error_messages, statement_filter, without_nul_bytes
from events.timeline import citation
from events.views.timeline import SITE_TITLE

STATEMENTS_PER_PAGE = 25
STATEMENT_KEYS = ("q", "speaker", "side", "said_after", "said_before", "place", "event")
DOWNLOADS = ("csv", "json")


def download_query(filters) -> str:
    """The valid filters of the list, as the downloads' query string (no page, no NUL bytes)."""
    rejected = set(filters.form.errors)
    query = QueryDict(mutable=True)
    for key in STATEMENT_KEYS:
        value = filters.data.get(key)
        if key not in rejected and value and "\x00" not in value:
            query[key] = value
    return query.urlencode()


def shown_url(path: str, query: str, page_number: int) -> str:
    """The address of what the list shows: the form submits its empty fields too (?speaker=&…)."""
    parts = [query] if query else []
    if page_number > 1:
        parts.append(f"page={page_number}")
    return path + ("?" + "&".join(parts) if parts else "")


def _download(statements, kind: str) -> HttpResponse:
    """What the list shows, all pages: `?format=csv|json` on the same query string."""
    statements = statements.order_by("said_on", "pk")
    if kind == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        exports.write_statements_csv(statements, response)
    else:
        payload = {"statements": [exports.statement_json(s) for s in statements]}
        response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'attachment; filename="statements.{kind}"'
    return response


@require_safe
@vary_on_headers("HX-Request")
def statement_list(request: HttpRequest) -> HttpResponse:
    filters = statement_filter(request.GET)
    statements = for_display(filters.valid_qs()).select_related("event__place")
    download = request.GET.get("format")
    if download in DOWNLOADS:
        return _download(statements, download)
    page = Paginator(statements, STATEMENTS_PER_PAGE).get_page(request.GET.get("page"))
    query = download_query(filters)
    url = shown_url(request.path, query, page.number)
    context = {
        "download_query": query,
        "citation": citation(
            f"{SITE_TITLE}: statements", request.build_absolute_uri(url), timezone.localdate()
        ),
        "filters": filters,
        "errors": error_messages(without_nul_bytes(filters.form)),
        "page": page,
        "statements": label_camps(page),
    }
    if request.htmx and not request.htmx.history_restore_request:
        return push_url(render(request, "events/statement_list.html#results", context), url)
    return render(request, "events/statement_list.html", context)
