"""The timeline chart: events per day, week or month, by event type, counted in the database.

One aggregate query groups the events by (period, precision, type); Python then only walks those
groups, never the events. Events known only to the week or month are not drawn as false points:
when the period fits in one bin of the chart it is counted there, otherwise it is a range.
"""

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Case, Count, DateField, F, Q, QuerySet, Value, When
from django.db.models.functions import Trunc

from events.models import DatePrecision, EventType

BINS = ("day", "week", "month")
DEFAULT_BIN = "day"
_RANK = {"day": 0, "week": 1, "month": 2}

# Okabe-Ito: distinguishable with the common colour-vision deficiencies. The same colours are in
# static/css/site.css for the list's swatches.
TYPE_COLOURS: dict[str, str] = {
    EventType.BATTLES: "#0072B2",
    EventType.EXPLOSIONS: "#D55E00",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "#CC79A7",
    EventType.PROTESTS: "#009E73",
    EventType.RIOTS: "#E69F00",
    EventType.STRATEGIC: "#56B4E9",
}
# Labels of the week/month panel on narrow screens, where the full names squeeze the bars.
SHORT_TYPE_NAMES: dict[str, str] = {
    EventType.EXPLOSIONS: "Explosions",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "Civilians",
    EventType.STRATEGIC: "Strategic",
}
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
DAY_MS = 86_400_000


MIN_AXIS_DAYS = 14


def padded_range(first: date, last: date, min_days: int = MIN_AXIS_DAYS) -> list[str]:
    """An x-axis range of at least `min_days` around first..last (last day included).

    Without it plotly stretches a single day over the whole width and labels it in hours.
    """
    end = last + timedelta(days=1)
    missing = min_days - (end - first).days
    if missing > 0:
        first -= timedelta(days=missing // 2)
        end += timedelta(days=missing - missing // 2)
    return [first.isoformat(), end.isoformat()]


def parse_bin(value: str | None) -> str:
    return value if value in BINS else DEFAULT_BIN


def period_bounds(day: date, unit: str) -> tuple[date, date]:
    """First and last day of the day, week (Monday to Sunday) or month containing `day`."""
    if unit == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if unit == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def precision_bounds(start: date, precision: str) -> tuple[date, date]:
    """The period an event of this precision may have happened in, from its stored first day."""
    if precision == DatePrecision.WEEK:
        return start, start + timedelta(days=6)
    if precision == DatePrecision.MONTH:
        return start, period_bounds(start, "month")[1]
    return start, start


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def period_label(start: date, unit: str) -> str:
    if unit == "week":
        return f"week of {short_date(start)}"
    if unit == "month":
        return f"{start:%b %Y}"
    return short_date(start)


@dataclass
class Period:
    start: date
    end: date
    label: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Range:
    start: date
    end: date
    precision: str
    event_type: str
    count: int

    @property
    def label(self) -> str:
        period = period_label(self.start, self.precision)
        return f"{period} (date known only to the {self.precision})"


@dataclass
class Chart:
    bin: str
    periods: list[Period]
    ranges: list[Range]
    undated: int

    @property
    def types(self) -> list[str]:
        present = {t for p in self.periods for t in p.counts} | {r.event_type for r in self.ranges}
        return [t for t in EventType.values if t in present]

    @property
    def dated(self) -> int:
        return sum(p.total for p in self.periods) + sum(r.count for r in self.ranges)

    @property
    def is_empty(self) -> bool:
        return not self.periods and not self.ranges

    def table_rows(self) -> list[dict[str, Any]]:
        """Rows of the accessible twin table: one per period, a cell per type shown."""
        types = self.types
        rows = [
            {
                "label": p.label,
                "start": p.start,
                "end": p.end,
                "cells": [p.counts.get(t, 0) for t in types],
                "total": p.total,
            }
            for p in self.periods
        ]
        rows += [
            {
                "label": r.label,
                "start": r.start,
                "end": r.end,
                "cells": [r.count if t == r.event_type else 0 for t in types],
                "total": r.count,
            }
            for r in self.ranges
        ]
        return rows

    def payload(self) -> dict[str, Any]:
        """Plotly's data, layout and config: embedded with json_script, drawn by timeline.js."""
        return plotly_figure(self)


def event_counts(events: QuerySet, unit: str = DEFAULT_BIN) -> Chart:
    """Count the events per period and type in one GROUP BY query."""
    unit = parse_bin(unit)
    rows = (
        events.order_by()
        .annotate(
            period=Trunc("date", unit, output_field=DateField()),
            coarse_start=Case(
                When(
                    Q(date_precision__in=[DatePrecision.WEEK, DatePrecision.MONTH]),
                    then=F("date"),
                ),
                default=Value(None, output_field=DateField()),
            ),
        )
        .values("period", "coarse_start", "date_precision", "event_type")
        .annotate(n=Count("pk"))
    )
    periods: dict[date, Period] = {}
    ranges: dict[tuple, int] = defaultdict(int)
    undated = 0
    for row in rows:
        n, event_type = row["n"], row["event_type"]
        if row["period"] is None:
            undated += n
            continue
        bin_start = _as_date(row["period"])
        if row["coarse_start"] is not None:
            precision = row["date_precision"]
            start, end = precision_bounds(_as_date(row["coarse_start"]), precision)
            fits = _RANK[precision] <= _RANK[unit] and period_bounds(end, unit)[0] == bin_start
            if not fits:
                ranges[(start, end, precision, event_type)] += n
                continue
        period = periods.get(bin_start)
        if period is None:
            first, last = period_bounds(bin_start, unit)
            period = periods[bin_start] = Period(first, last, period_label(first, unit))
        period.counts[event_type] = period.counts.get(event_type, 0) + n
    return Chart(
        bin=unit,
        periods=[periods[k] for k in sorted(periods)],
        ranges=[Range(s, e, p, t, n) for (s, e, p, t), n in sorted(ranges.items())],
        undated=undated,
    )


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _midpoint(start: date, end: date) -> str:
    days = (end - start).days + 1
    middle = datetime.combine(start, datetime.min.time()) + timedelta(hours=12 * days)
    return middle.isoformat(sep=" ")


def plotly_figure(chart: Chart) -> dict[str, Any]:
    data: list[dict[str, Any]] = []
    for event_type in chart.types:
        colour = TYPE_COLOURS.get(event_type, "#000000")
        bars = [p for p in chart.periods if p.counts.get(event_type)]
        if bars:
            data.append(
                {
                    "type": "bar",
                    "name": event_type,
                    "legendgroup": event_type,
                    # A thin dark outline keeps the light colours visible against white.
                    "marker": {"color": colour, "line": {"color": "#1b1f24", "width": 0.6}},
                    "x": [_midpoint(p.start, p.end) for p in bars],
                    "y": [p.counts[event_type] for p in bars],
                    "width": [((p.end - p.start).days + 1) * DAY_MS * 0.85 for p in bars],
                    "customdata": [[p.start.isoformat(), p.end.isoformat(), p.label] for p in bars],
                    "hovertemplate": "<b>%{customdata[2]}</b><br>%{fullData.name}: %{y}"
                    "<extra></extra>",
                }
            )
        spans = [r for r in chart.ranges if r.event_type == event_type]
        if spans:
            data.append(_range_trace(event_type, colour, spans, show_legend=not bars))
    layout: dict[str, Any] = {
        "barmode": "stack",
        "height": 380,
        "margin": {"l": 56, "r": 16, "t": 16, "b": 40},
        "font": {"family": FONT, "size": 13, "color": "#1b1f24"},
        "hovermode": "closest",
        "showlegend": True,
        "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
        "xaxis": {"type": "date", "automargin": True},
        "yaxis": {
            "title": {"text": "Events"},
            "rangemode": "tozero",
            "tickformat": ",d",
            "fixedrange": True,
            "automargin": True,
        },
        "plot_bgcolor": "#ffffff",
        "paper_bgcolor": "#ffffff",
    }
    tallest = max((p.total for p in chart.periods), default=0)
    if tallest <= 8:
        # Whole events only: without this plotly labels half-steps of small counts.
        layout["yaxis"]["dtick"] = 1
    spans = [(p.start, p.end) for p in chart.periods] + [(r.start, r.end) for r in chart.ranges]
    if spans:
        first = min(start for start, _ in spans)
        last = max(end for _, end in spans)
        layout["xaxis"]["range"] = padded_range(first, last)
    if chart.ranges:
        layout["height"] = 460
        layout["yaxis"]["domain"] = [0.34, 1]
        layout["xaxis"]["anchor"] = "y2"
        layout["yaxis2"] = {
            "domain": [0, 0.24],
            "type": "category",
            "fixedrange": True,
            "automargin": True,
            "title": {"text": "Week/month only", "font": {"size": 11}},
            "tickfont": {"size": 10},
        }
        if not chart.periods:
            # Only vague dates: the ranges get the whole height, no empty panel of bars above.
            layout["height"] = 240
            layout["yaxis"] |= {"domain": [0.97, 1], "visible": False}
            layout["yaxis2"]["domain"] = [0, 0.85]
    config = {
        "responsive": True,
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toImage"],
    }
    return {"data": data, "layout": layout, "config": config, "narrow": narrow_layout(chart)}


def narrow_layout(chart: Chart) -> dict[str, Any]:
    """Layout changes timeline.js applies on a phone: short panel labels, no axis title.

    On a 390px screen the full type names and the "Events" title left the bars a third of it.
    """
    narrow: dict[str, Any] = {
        "margin": {"l": 36, "r": 8, "t": 8, "b": 36},
        "yaxis": {"title": {"text": ""}},
    }
    if chart.ranges:
        types = [t for t in chart.types if any(r.event_type == t for r in chart.ranges)]
        narrow["yaxis2"] = {
            "tickvals": types,
            "ticktext": [SHORT_TYPE_NAMES.get(t, t) for t in types],
        }
    return narrow


def _range_trace(event_type: str, colour: str, spans: list[Range], show_legend: bool) -> dict:
    """Each range is a thick segment from its first to its last day, hoverable at both ends."""
    x: list[str | None] = []
    y: list[str | None] = []
    custom: list[list[Any] | None] = []
    for r in spans:
        info = [r.start.isoformat(), r.end.isoformat(), r.label, r.count]
        after_end = (r.end + timedelta(days=1)).isoformat()
        x += [r.start.isoformat(), _midpoint(r.start, r.end), after_end, None]
        y += [event_type, event_type, event_type, None]
        custom += [info, info, info, None]
    return {
        "type": "scatter",
        "mode": "lines",
        "name": event_type,
        "legendgroup": event_type,
        "showlegend": show_legend,
        "yaxis": "y2",
        "line": {"color": colour, "width": 10},
        "opacity": 0.8,
        "connectgaps": False,
        "x": x,
        "y": y,
        "customdata": custom,
        "hovertemplate": "<b>%{customdata[2]}</b><br>%{fullData.name}: %{customdata[3]}"
        "<extra></extra>",
    }
