"""Everything the timeline page shows, built from one query string in a fixed number of queries."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import QueryDict

from events.charts import Chart, event_counts, parse_bin, short_date
from events.facets import Facet, clean_query, timeline_facets, toggled, without
from events.filters import (
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_FATALITIES,
    EventFilter,
    timeline_events,
)
from events.models import Event

PER_PAGE = 25
BIN_CHOICES = (("day", "Day"), ("week", "Week"), ("month", "Month"))


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool = False


@dataclass
class Timeline:
    filterset: EventFilter
    query: QueryDict
    facets: dict[str, Facet]
    chart: Chart
    page: Page
    total: int
    bin: str
    bin_links: list[Link]
    page_links: list[Link | None]
    active_filters: list[Link]
    export_query: str

    @property
    def inputs(self) -> dict[str, str]:
        """What the text inputs show again: the values as typed, minus NUL bytes."""
        data = self.filterset.data
        names = ("q", "date_after", "date_before", "min_fatalities")
        return {name: (data.get(name) or "").replace("\x00", "")[:200] for name in names}

    @property
    def count(self) -> int:
        return self.page.paginator.count

    @property
    def errors(self) -> list[str]:
        form = self.filterset.form
        messages = []
        for name, errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else "Filters"
            messages += [f"{label}: {error}" for error in errors]
        return messages

    @property
    def previous_url(self) -> str | None:
        if not self.page.has_previous():
            return None
        number = self.page.previous_page_number()
        return _with(self.query, page=number if number > 1 else None)

    @property
    def next_url(self) -> str | None:
        if not self.page.has_next():
            return None
        return _with(self.query, page=self.page.next_page_number())

    @property
    def chart_rows(self) -> list[dict[str, Any]]:
        """The chart's table twin, each period with a link that narrows the list to it."""
        return [
            {**row, "url": _with(self.query, date_after=row["start"], date_before=row["end"])}
            for row in self.chart.table_rows()
        ]

    @property
    def canonical_query(self) -> str:
        """The state of the page as a query string: filters, bin and page."""
        number = self.page.number
        return _with(self.query, page=number if number > 1 else None)

    def as_context(self) -> dict[str, Any]:
        return {
            "timeline": self,
            "form": self.filterset.form,
            "chart": self.chart,
            "date_min": EARLIEST_DATE.isoformat(),
            "date_max": LATEST_DATE.isoformat(),
            "max_fatalities": MAX_FATALITIES,
        }


def build_timeline(data: QueryDict, per_page: int = PER_PAGE) -> Timeline:
    filterset = timeline_events(data)
    query = clean_query(filterset, data)
    unit = parse_bin(data.get("bin"))
    query.pop("bin", None)
    if unit != "day":
        query["bin"] = unit
    events = filterset.qs
    paginator = Paginator(events.for_listing().chronological(), per_page)
    # get_page: a missing or bad page number is page 1, one past the end is the last page.
    page = paginator.get_page(_page_number(data.get("page")))
    return Timeline(
        filterset=filterset,
        query=query,
        facets=timeline_facets(filterset, query),
        chart=event_counts(events, unit),
        page=page,
        total=Event.objects.visible().count(),
        bin=unit,
        bin_links=[
            Link(label, _with(query, bin=None if value == "day" else value), value == unit)
            for value, label in BIN_CHOICES
        ],
        page_links=_page_links(page, query),
        active_filters=_active_filters(filterset, query),
        export_query=without(query, "page", "bin").lstrip("?"),
    )


def _page_number(value: str | None) -> int:
    """Digits are a page (a huge one is past the end, so the last page); anything else is 1."""
    if value and value.isascii() and value.isdigit():
        return int(value) if len(value) <= 12 else 10**12
    return 1


def _with(query: QueryDict, **changes: Any) -> str:
    new = query.copy()
    new.pop("page", None)
    for key, value in changes.items():
        new.pop(key, None)
        if value is not None:
            new[key] = str(value)
    return "?" + new.urlencode()


def _page_links(page: Page, query: QueryDict) -> list[Link | None]:
    """Numbered links with None for an ellipsis; each keeps the filters and the chart's bin."""
    links: list[Link | None] = []
    for number in page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
        if number == Paginator.ELLIPSIS:
            links.append(None)
        else:
            url = _with(query, page=number if number > 1 else None)
            links.append(Link(str(number), url, number == page.number))
    return links


def _active_filters(filterset: EventFilter, query: QueryDict) -> list[Link]:
    """One 'remove this filter' link per active value, in the form's order."""
    chips: list[Link] = []
    text = filterset.cleaned("q")
    if text:
        chips.append(Link(f"Search: {text}", without(query, "q", "page")))
    for place in filterset.cleaned("place") or []:
        chips.append(Link(f"Place: {place.name}", toggled(query, "place", place.slug)))
    for actor in filterset.cleaned("actor") or []:
        chips.append(Link(f"Actor: {actor.name}", toggled(query, "actor", actor.slug)))
    for value in filterset.cleaned("event_type") or []:
        chips.append(Link(f"Type: {value}", toggled(query, "event_type", value)))
    for value in filterset.cleaned("sub_event_type") or []:
        chips.append(Link(f"Sub-type: {value}", toggled(query, "sub_event_type", value)))
    after, before = filterset.cleaned("date_after"), filterset.cleaned("date_before")
    if after:
        chips.append(Link(f"From {short_date(after)}", without(query, "date_after", "page")))
    if before:
        chips.append(Link(f"To {short_date(before)}", without(query, "date_before", "page")))
    deaths = filterset.cleaned("min_fatalities")
    if deaths:
        chips.append(Link(f"At least {deaths} deaths", without(query, "min_fatalities", "page")))
    if filterset.cleaned("reviewed"):
        chips.append(Link("Reviewed only", without(query, "reviewed", "page")))
    return chips


def citation(title: str, url: str, today: date) -> str:
    return f"{title}. {url} (accessed {short_date(today)})."
