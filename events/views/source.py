"""Sources: the articles, and one article with the passages that produced records marked."""

from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from events.highlight import by_event, event_passage, highlight, statement_passage
from events.models import EventSource, Statement
from sources.models import Source

SOURCES_PER_PAGE = 50


def _count(queryset, group: str, counted: str = "pk"):
    """A correlated COUNT, so that two counts do not multiply each other's rows."""
    rows = queryset.order_by().values(group).annotate(n=Count(counted, distinct=True))
    return Coalesce(Subquery(rows.values("n")[:1]), 0)


@require_safe
def source_index(request: HttpRequest) -> HttpResponse:
    sources = (
        Source.objects.visible()
        .defer("raw_text", "text", "metadata")
        .annotate(
            event_count=_count(
                EventSource.objects.filter(source=OuterRef("pk")).exclude(
                    event__review_status="rejected"
                ),
                "source",
                "event",
            ),
            statement_count=_count(
                Statement.objects.visible().filter(source=OuterRef("pk")), "source"
            ),
        )
    )
    page = Paginator(sources, SOURCES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "events/source_index.html", {"page": page})


@require_safe
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Source.objects.visible(), pk=pk)
    event_links = list(
        source.event_links.exclude(event__review_status="rejected")
        .select_related("event", "event__place")
        .order_by("start", "pk")
    )
    statements = list(
        source.statements.visible()
        .select_related("speaker", "on_behalf_of", "event")
        .order_by("start", "pk")
    )
    passages = [event_passage(link, source.text) for link in event_links]
    passages += [statement_passage(s, source.text) for s in statements]
    return render(
        request,
        "events/source_detail.html",
        {
            "source": source,
            "text_html": highlight(source.text, passages),
            "event_rows": by_event(event_links, passages[: len(event_links)]),
            "statement_rows": list(zip(statements, passages[len(event_links) :], strict=True)),
            "unlocated": [p for p in passages if not p.located],
        },
    )
