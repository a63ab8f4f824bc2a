"""Datasette-style facets: each filter value with its count under the *other* active filters.

Every facet is one aggregate query, so the page's query count does not grow with the events.
All state lives in the query string: each value carries the URL that toggles it.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import (
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.http import QueryDict

from events.filters import EventFilter
from events.models import Actor, EventActor, EventType, Place, PlaceKind, SubEventType

# Keys the timeline understands; anything else in a query string is dropped from its links.
TIMELINE_KEYS = (
    "q",
    "place",
    "actor",
    "event_type",
    "sub_event_type",
    "date_after",
    "date_before",
    "min_fatalities",
    "reviewed",
    "bin",
)
# Links that change the filters start again at page 1; the chart's bin is a view, not a filter.
NOT_FILTERS = ("page", "bin")
MULTI_VALUED = ("place", "actor", "event_type", "sub_event_type")


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def selected(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


def clean_query(filterset: EventFilter, data: QueryDict, extra: Iterable[str] = ()) -> QueryDict:
    """The query string minus unknown keys and rejected values: what every link builds on."""
    allowed = set(TIMELINE_KEYS) | set(extra)
    rejected = set(filterset.errors)
    query = QueryDict(mutable=True)
    for key in data:
        if key in allowed and key not in rejected:
            values = [v for v in data.getlist(key) if v and "\x00" not in v]
            if values:
                query.setlist(key, values if key in MULTI_VALUED else values[-1:])
    return query


def toggled(query: QueryDict, name: str, value: str) -> str:
    """'?…' with `value` added to or removed from `name`, back on page 1."""
    new = query.copy()
    current = new.getlist(name)
    if value in current:
        new.setlist(name, [v for v in current if v != value])
    elif name in MULTI_VALUED:
        new.setlist(name, [*current, value])
    else:
        new[name] = value
    new.pop("page", None)
    return "?" + new.urlencode()


def without(query: QueryDict, *names: str) -> str:
    new = query.copy()
    for name in names:
        new.pop(name, None)
    return "?" + new.urlencode()


def count_of(events: QuerySet) -> Subquery:
    """A correlated COUNT(*) of `events`, usable as an annotation (no GROUP BY needed)."""
    counted = events.order_by().annotate(_n=Func(F("pk"), function="COUNT")).values("_n")
    return Subquery(counted, output_field=IntegerField())


def _selected_keys(filterset: EventFilter, name: str, attr: str | None = None) -> set[str]:
    values = filterset.cleaned(name) or []
    return {getattr(v, attr) if attr else str(v) for v in values}


def place_facet(filterset: EventFilter, query: QueryDict) -> Facet:
    events = filterset.qs_without("place")
    selected = _selected_keys(filterset, "place", "slug")
    inside = events.filter(Q(place=OuterRef("pk")) | Q(place__province=OuterRef("pk")))
    places = (
        Place.objects.visible()
        .in_afghanistan()
        .annotate(n=count_of(inside))
        .filter(Q(n__gt=0) | Q(slug__in=selected))
        .order_by("-n", "name")
        .values("slug", "name", "kind", "n")
    )
    values = [
        FacetValue(
            value=p["slug"],
            label=f"{p['name']} province" if p["kind"] == PlaceKind.PROVINCE else p["name"],
            count=p["n"],
            selected=p["slug"] in selected,
            toggle_url=toggled(query, "place", p["slug"]),
        )
        for p in places
    ]
    return Facet("place", "Place", values)


def actor_facet(filterset: EventFilter, query: QueryDict) -> Facet:
    """Counts follow `Event.objects.involving`: an organisation counts its members' events."""
    events = filterset.qs_without("actor")
    selected = _selected_keys(filterset, "actor", "slug")
    links = EventActor.objects.filter(event=OuterRef("pk")).filter(
        Q(actor=OuterRef(OuterRef("pk"))) | Q(actor__affiliation=OuterRef(OuterRef("pk")))
    )
    actors = (
        Actor.objects.visible()
        .annotate(n=count_of(events.filter(Exists(links))))
        .filter(Q(n__gt=0) | Q(slug__in=selected))
        .order_by("-n", "name")
        .values("slug", "name", "n")
    )
    values = [
        FacetValue(
            value=a["slug"],
            label=a["name"],
            count=a["n"],
            selected=a["slug"] in selected,
            toggle_url=toggled(query, "actor", a["slug"]),
        )
        for a in actors
    ]
    return Facet("actor", "Actor", values)


def _choice_counts(events: QuerySet, name: str) -> dict[str, int]:
    rows = events.order_by().values(name).annotate(n=Count("pk"))
    return {row[name]: row["n"] for row in rows}


def _choice_facet(
    filterset: EventFilter, query: QueryDict, name: str, label: str, choices, *, only_present: bool
) -> Facet:
    """A facet over a fixed list of choices, each counted under the other active filters."""
    counts = _choice_counts(filterset.qs_without(name), name)
    selected = _selected_keys(filterset, name)
    values = [
        FacetValue(
            value=value,
            label=value,
            count=counts.get(value, 0),
            selected=value in selected,
            toggle_url=toggled(query, name, value),
        )
        for value in choices
        if not only_present or counts.get(value) or value in selected
    ]
    return Facet(name, label, values)


def event_type_facet(filterset: EventFilter, query: QueryDict) -> Facet:
    return _choice_facet(
        filterset, query, "event_type", "Event type", EventType.values, only_present=False
    )


def sub_event_type_facet(filterset: EventFilter, query: QueryDict) -> Facet:
    facet = _choice_facet(
        filterset, query, "sub_event_type", "Sub-type", SubEventType.values, only_present=True
    )
    facet.values.sort(key=lambda v: (-v.count, v.label))
    return facet


def reviewed_facet(filterset: EventFilter, query: QueryDict) -> Facet:
    count = filterset.qs_without("reviewed").reviewed().count()
    selected = bool(filterset.cleaned("reviewed"))
    if selected:
        toggle_url = without(query, "reviewed", "page")
    else:
        toggle_url = toggled(query, "reviewed", "on")
    value = FacetValue(
        value="on",
        label="Reviewed by an editor only",
        count=count,
        selected=selected,
        toggle_url=toggle_url,
    )
    return Facet("reviewed", "Review", [value])


def timeline_facets(filterset: EventFilter, query: QueryDict) -> dict[str, Facet]:
    """Every facet of the timeline, keyed by filter name: five queries in all."""
    return {
        "place": place_facet(filterset, query),
        "actor": actor_facet(filterset, query),
        "event_type": event_type_facet(filterset, query),
        "sub_event_type": sub_event_type_facet(filterset, query),
        "reviewed": reviewed_facet(filterset, query),
    }
