"""Statements: what each side said, searchable and filterable."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from events.claims import for_display, label_camps
from events.statement_filters import error_messages, statement_filter, without_nul_bytes

STATEMENTS_PER_PAGE = 25


@require_safe
@vary_on_headers("HX-Request")
def statement_list(request: HttpRequest) -> HttpResponse:
    filters = statement_filter(request.GET)
    statements = for_display(filters.valid_qs()).select_related("event__place")
    page = Paginator(statements, STATEMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "filters": filters,
        "errors": error_messages(without_nul_bytes(filters.form)),
        "page": page,
        "statements": label_camps(page),
    }
    template = "events/statement_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    return render(request, template, context)
