"""Who held a place over time, read from its territorial events in date order.

The rules follow ACLED's codebook: in a takeover or a non-violent transfer actor 1 is the one
that gains the place; a government regaining territory hands it back to the government; an
armed clash leaves the holder in place but makes the place contested. Nothing is assumed
before the first piece of evidence: the place is "unknown" until an event says otherwise.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from django.db.models import Prefetch

from events.charts import padded_range
from events.models import (
    Actor,
    ActorKind,
    ActorRole,
    Event,
    EventActor,
    EventSource,
    Place,
    SubEventType,
)


class Holder(StrEnum):
    UNKNOWN = "unknown"
    GOVERNMENT = "government"
    TALIBAN = "taliban"
    CONTESTED = "contested"
    OTHER = "other"


HOLDER_LABELS = {
    Holder.UNKNOWN: "Unknown",
    Holder.GOVERNMENT: "Government",
    Holder.TALIBAN: "Taliban",
    Holder.CONTESTED: "Contested",
    Holder.OTHER: "Other group",
}

# Colour-blind-safe (Okabe-Ito) so the chart and the list read the same to everyone.
HOLDER_COLOURS = {
    Holder.UNKNOWN: "#bbbbbb",
    Holder.GOVERNMENT: "#0072b2",
    Holder.TALIBAN: "#d55e00",
    Holder.CONTESTED: "#e69f00",
    Holder.OTHER: "#cc79a7",
}

# Patterns as well as colours: contested (orange) and Taliban (vermillion) are neighbours that
# some colour-blind readers, and most greyscale printers, cannot tell apart.
HOLDER_PATTERNS = {
    Holder.CONTESTED: "/",
    Holder.UNKNOWN: ".",
}

TALIBAN_SLUG = "taliban"
GOVERNMENT_KINDS = {ActorKind.GOVERNMENT, ActorKind.STATE_FORCES}


@dataclass
class ControlPeriod:
    holder: Holder
    start: date | None  # None: from before any evidence
    end: date | None = None  # None: still so at the last evidence
    held_by: Holder | None = None  # for a contested place: who held it when fighting began
    actor: Actor | None = None  # the group that took it, when it is not one of the two sides
    events: list[Event] = field(default_factory=list)  # the evidence, first one changed it

    @property
    def label(self) -> str:
        if self.holder == Holder.OTHER and self.actor is not None:
            return f"Held by {self.actor.name}"
        if self.holder == Holder.CONTESTED and self.held_by not in (None, Holder.UNKNOWN):
            return f"Contested (held by {HOLDER_LABELS[self.held_by].lower()})"
        return HOLDER_LABELS[self.holder]

    @property
    def colour(self) -> str:
        return HOLDER_COLOURS[self.holder]

    @property
    def cause(self) -> Event | None:
        return self.events[0] if self.events else None

    @property
    def evidence(self) -> EventSource | None:
        """The first article sentence behind the change (needs source_links prefetched)."""
        if self.cause is None:
            return None
        links = list(self.cause.source_links.all())
        return links[0] if links else None


def actor_holder(actor: Actor | None) -> Holder:
    """Which side an actor's gains count for: a member counts for its organisation."""
    if actor is None:
        return Holder.UNKNOWN
    side = actor
    # Two steps up at most: a unit belongs to forces, forces belong to a government.
    for _ in range(2):
        if side.slug == TALIBAN_SLUG or side.kind in GOVERNMENT_KINDS or not side.affiliation_id:
            break
        side = side.affiliation
    if side.slug == TALIBAN_SLUG:
        return Holder.TALIBAN
    if side.kind in GOVERNMENT_KINDS:
        return Holder.GOVERNMENT
    return Holder.OTHER


def _actor1(event: Event) -> Actor | None:
    """Actor 1 of the event (needs actor_links__actor prefetched)."""
    for link in event.actor_links.all():
        if link.role == ActorRole.ACTOR1:
            return link.actor
    return None


def holder_after(event: Event, current: Holder) -> tuple[Holder, Actor | None]:
    """Who holds the place once this event has happened, given who held it before."""
    sub = event.sub_event_type
    if sub == SubEventType.GOVERNMENT_REGAINS_TERRITORY:
        return Holder.GOVERNMENT, None
    if sub in (
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        SubEventType.NON_VIOLENT_TRANSFER,
        SubEventType.HEADQUARTERS_ESTABLISHED,
    ):
        actor = _actor1(event)
        holder = actor_holder(actor)
        if holder == Holder.UNKNOWN and sub == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY:
            # Whoever took it, it is no longer the government's; do not name a taker we lack.
            return Holder.UNKNOWN, None
        return holder, actor if holder == Holder.OTHER else None
    if sub == SubEventType.ARMED_CLASH:
        return Holder.CONTESTED, None
    return current, None


def control_history(events: Iterable[Event]) -> list[ControlPeriod]:
    """Periods of control from a place's events; undated events cannot be placed and are skipped.

    Events must come with `actor_links__actor` (and `__affiliation`) prefetched; the result
    starts with an "unknown" period when the first evidence does not open the record.
    """
    dated = sorted((e for e in events if e.date is not None), key=lambda e: (e.date, e.pk))
    periods: list[ControlPeriod] = [ControlPeriod(Holder.UNKNOWN, None)]
    for event in dated:
        if event.sub_event_type not in _TERRITORIAL:
            continue
        current = periods[-1]
        holder, actor = holder_after(event, current.holder)
        if holder == current.holder and actor == current.actor:
            current.events.append(event)
            continue
        current.end = event.date
        held_by = current.held_by if current.holder == Holder.CONTESTED else current.holder
        periods.append(
            ControlPeriod(
                holder,
                event.date,
                held_by=held_by if holder == Holder.CONTESTED else None,
                actor=actor,
                events=[event],
            )
        )
    return periods


_TERRITORIAL = {
    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    SubEventType.GOVERNMENT_REGAINS_TERRITORY,
    SubEventType.NON_VIOLENT_TRANSFER,
    SubEventType.ARMED_CLASH,
    SubEventType.HEADQUARTERS_ESTABLISHED,
}


def territorial_events_at(place: Place):
    """The events recorded at the place itself (not its towns), as control_history wants them.

    A province's record is not its towns': a district falling is not the province falling.
    """
    return (
        Event.objects.visible()
        .filter(place=place)
        .territorial()
        .dated()
        .chronological()
        .prefetch_related(
            Prefetch(
                "actor_links",
                EventActor.objects.select_related("actor__affiliation__affiliation"),
            ),
            Prefetch(
                "source_links",
                EventSource.objects.select_related("source").defer(
                    "source__raw_text", "source__text", "source__metadata"
                ),
            ),
        )
    )


def _marker(holder: Holder) -> dict:
    marker: dict = {"color": HOLDER_COLOURS[holder]}
    if holder in HOLDER_PATTERNS:
        marker["pattern"] = {
            "shape": HOLDER_PATTERNS[holder],
            "fgcolor": "#1b1f24",
            "fgopacity": 0.5,
            "fillmode": "overlay",
            "solidity": 0.2,
        }
    return marker


def control_chart(periods: list[ControlPeriod], until: date | None = None) -> dict | None:
    """A plotly horizontal-bar timeline of the known periods; None when nothing is known."""
    known = sorted((p for p in periods if p.start is not None), key=lambda p: p.start)
    if not known:
        return None
    last = until or known[-1].start
    traces = []
    ends_all: list[date] = []
    for holder in Holder:
        rows = [p for p in known if p.holder == holder]
        if not rows:
            continue
        starts = [p.start for p in rows]
        ends = [p.end or max(last, p.start) + timedelta(days=1) for p in rows]
        ends_all += [e - timedelta(days=1) for e in ends]
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": HOLDER_LABELS[holder],
                "y": ["Control"] * len(rows),
                "base": [s.isoformat() for s in starts],
                "x": [(e - s).days * 86_400_000 for s, e in zip(starts, ends, strict=True)],
                "marker": _marker(holder),
                "customdata": [
                    [p.label, s.isoformat(), (e - timedelta(days=1)).isoformat()]
                    for p, s, e in zip(rows, starts, ends, strict=True)
                ],
                "hovertemplate": "%{customdata[0]}<br>%{customdata[1]} to %{customdata[2]}"
                "<extra></extra>",
            }
        )
    return {
        "data": traces,
        "layout": {
            "barmode": "overlay",
            "height": 160,
            "margin": {"l": 10, "r": 10, "t": 10, "b": 40},
            "xaxis": {"type": "date", "range": padded_range(known[0].start, max(ends_all))},
            "yaxis": {"visible": False},
            "legend": {"orientation": "h", "y": -0.4},
            "showlegend": True,
        },
        "config": {"displayModeBar": False, "responsive": True},
    }
