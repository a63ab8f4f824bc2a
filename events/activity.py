"""An actor's activity over time: events per week and role, for its chart and its table."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count, DateField, Q
from django.db.models.functions import Trunc

from events.charts import FONT, padded_range, period_label
from events.models import Actor, ActorRole, EventActor

WEEK_MS = 7 * 86_400_000
ROLE_COLOURS = {
    ActorRole.ACTOR1: "#0072b2",
    ActorRole.ASSOC_ACTOR1: "#56b4e9",
    ActorRole.ACTOR2: "#d55e00",
    ActorRole.ASSOC_ACTOR2: "#e69f00",
}


@dataclass
class RoleActivity:
    """How many events an actor (or its members) took part in, per week and role."""

    weeks: list[date] = field(default_factory=list)
    counts: dict[date, dict[str, int]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    undated: int = 0

    @property
    def roles(self) -> list[tuple[str, str, int]]:
        return [(r, label, self.totals[r]) for r, label in ActorRole.choices if self.totals.get(r)]

    def table_rows(self) -> list[dict]:
        roles = [r for r, _, _ in self.roles]
        return [{"week": w, "cells": [self.counts[w].get(r, 0) for r in roles]} for w in self.weeks]

    @property
    def tallest(self) -> int:
        return max((sum(c.values()) for c in self.counts.values()), default=0)

    def figure(self) -> dict | None:
        if not self.weeks:
            return None
        labels = dict(ActorRole.choices)
        return {
            "data": [
                {
                    "type": "bar",
                    "name": labels[role],
                    # Bars centred on the middle of their week, a week wide less a gap.
                    "x": [
                        (datetime.combine(w, time()) + timedelta(days=3, hours=12)).isoformat()
                        for w in self.weeks
                    ],
                    "y": [self.counts[w].get(role, 0) for w in self.weeks],
                    "width": [WEEK_MS * 0.85] * len(self.weeks),
                    "marker": {"color": ROLE_COLOURS[role]},
                    "customdata": [period_label(w, "week") for w in self.weeks],
                    "hovertemplate": "%{customdata}: %{y}<extra>%{fullData.name}</extra>",
                }
                for role, _, _ in self.roles
            ],
            "layout": {
                "barmode": "stack",
                "height": 260,
                "font": {"family": FONT, "size": 13, "color": "#1b1f24"},
                "margin": {"l": 40, "r": 10, "t": 10, "b": 40},
                # Ticks on Mondays, where each week's bar starts: plotly's own picks fell on
                # the bars' noon centres and read "12:00 Jul 8, 2021".
                "xaxis": {
                    "type": "date",
                    "range": padded_range(self.weeks[0], self.weeks[-1] + timedelta(days=6)),
                    "tick0": self.weeks[0].isoformat(),
                    # At most about five labels, so that they fit a phone.
                    "dtick": WEEK_MS * max(1, -(-len(self.weeks) // 4)),
                    "tickformat": "%-d %b",
                    "hoverformat": "%-d %b %Y",
                },
                "yaxis": {
                    "title": {"text": "Events"},
                    "rangemode": "tozero",
                    "fixedrange": True,
                    "tickformat": ",d",
                    **({"dtick": 1} if self.tallest <= 8 else {}),
                },
                # Shown for a single role too: plotly hides a lone trace's legend, and the
                # reader would not know which role the bars count.
                "showlegend": True,
                "legend": {"orientation": "h", "y": 1.1, "traceorder": "normal"},
            },
            "config": {"responsive": True, "displaylogo": False, "displayModeBar": False},
        }


def role_activity(actor: Actor) -> RoleActivity:
    """One GROUP BY query over the actor's and its members' event links (weeks from Monday)."""
    rows = (
        EventActor.objects.filter(Q(actor=actor) | Q(actor__affiliation=actor))
        .exclude(event__review_status="rejected")
        .annotate(week=Trunc("event__date", "week", output_field=DateField()))
        .values("week", "role")
        .annotate(n=Count("event", distinct=True))
        .order_by()
    )
    activity = RoleActivity()
    counts: dict[date, dict[str, int]] = defaultdict(dict)
    for row in rows:
        role, n = row["role"], row["n"]
        activity.totals[role] = activity.totals.get(role, 0) + n
        if row["week"] is None:
            activity.undated += n
        else:
            counts[row["week"]][role] = n
    activity.weeks = sorted(counts)
    activity.counts = dict(counts)
    return activity
