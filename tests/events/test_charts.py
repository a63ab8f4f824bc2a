"""The timeline chart: counts per period and type from one query, ranges for vague dates."""

import json
from datetime import date, timedelta

import pytest

from events.charts import (
    TYPE_COLOURS,
    event_counts,
    padded_range,
    parse_bin,
    period_bounds,
    period_label,
)
from events.models import Event, EventType
from tests.factories import make_event

pytestmark = pytest.mark.django_db

PROTEST = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}


def bars(chart) -> dict[tuple[date, str], int]:
    return {(p.start, t): n for p in chart.periods for t, n in p.counts.items()}


def test_day_bins_count_each_type_separately():
    make_event(date=date(2021, 8, 6))
    make_event(date=date(2021, 8, 6))
    make_event(date=date(2021, 8, 6), **PROTEST)
    make_event(date=date(2021, 8, 8))

    chart = event_counts(Event.objects.all(), "day")

    assert bars(chart) == {
        (date(2021, 8, 6), "Battles"): 2,
        (date(2021, 8, 6), "Protests"): 1,
        (date(2021, 8, 8), "Battles"): 1,
    }
    assert [p.label for p in chart.periods] == ["6 Aug 2021", "8 Aug 2021"]


def test_week_and_month_bins_gather_the_days():
    make_event(date=date(2021, 8, 2))  # Monday
    make_event(date=date(2021, 8, 8))  # Sunday of the same week
    make_event(date=date(2021, 8, 9))
    make_event(date=date(2021, 7, 31))

    weeks = event_counts(Event.objects.all(), "week")
    months = event_counts(Event.objects.all(), "month")

    assert bars(weeks) == {
        (date(2021, 7, 26), "Battles"): 1,
        (date(2021, 8, 2), "Battles"): 2,
        (date(2021, 8, 9), "Battles"): 1,
    }
    assert weeks.periods[1].end == date(2021, 8, 8)
    assert weeks.periods[1].label == "week of 2 Aug 2021"
    assert bars(months) == {(date(2021, 7, 1), "Battles"): 1, (date(2021, 8, 1), "Battles"): 3}
    assert months.periods[1].end == date(2021, 8, 31)


def test_an_event_known_only_to_the_week_is_a_range_on_a_daily_chart():
    make_event(date=date(2021, 8, 2), date_precision="week")

    chart = event_counts(Event.objects.all(), "day")

    assert chart.periods == []
    [span] = chart.ranges
    assert (span.start, span.end, span.count) == (date(2021, 8, 2), date(2021, 8, 8), 1)
    assert span.label == "week of 2 Aug 2021 (date known only to the week)"


def test_a_vague_date_that_fits_in_one_bin_is_counted_in_it():
    make_event(date=date(2021, 8, 2), date_precision="week")
    make_event(date=date(2021, 8, 1), date_precision="month")

    weeks = event_counts(Event.objects.all(), "week")
    months = event_counts(Event.objects.all(), "month")

    assert bars(weeks) == {(date(2021, 8, 2), "Battles"): 1}
    assert len(weeks.ranges) == 1  # the month does not fit in a week
    assert bars(months) == {(date(2021, 8, 1), "Battles"): 2}
    assert months.ranges == []


def test_a_week_starting_mid_week_straddles_two_bins_and_stays_a_range():
    make_event(date=date(2021, 8, 4), date_precision="week")  # Wednesday to Tuesday

    chart = event_counts(Event.objects.all(), "week")

    assert chart.periods == []
    assert chart.ranges[0].end == date(2021, 8, 10)


def test_undated_events_are_counted_not_drawn():
    make_event(date=None)
    make_event(date=None, **PROTEST)
    make_event(date=date(2021, 8, 1))

    chart = event_counts(Event.objects.all())

    assert chart.undated == 2
    assert chart.dated == 1


def test_the_count_is_one_query_whatever_the_number_of_events(django_assert_num_queries):
    for day in range(90):
        make_event(date=date(2021, 6, 1) + timedelta(days=day % 30))

    with django_assert_num_queries(1):
        chart = event_counts(Event.objects.all(), "day")

    assert chart.dated == 90
    assert len(chart.periods) == 30


def test_the_plotly_payload_has_a_coloured_bar_trace_per_type_with_period_bounds():
    make_event(date=date(2021, 8, 6))
    make_event(date=date(2021, 8, 6), **PROTEST)
    make_event(date=date(2021, 8, 2), date_precision="week")

    payload = event_counts(Event.objects.all(), "day").payload()

    json.dumps(payload)  # embeddable with json_script
    by_name = {(t["name"], t["type"]): t for t in payload["data"]}
    battles = by_name[("Battles", "bar")]
    assert battles["y"] == [1]
    assert battles["customdata"] == [["2021-08-06", "2021-08-06", "6 Aug 2021"]]
    assert battles["marker"]["color"] == TYPE_COLOURS[EventType.BATTLES] == "#0072B2"
    assert by_name[("Protests", "bar")]["marker"]["color"] == "#009E73"
    week = by_name[("Battles", "scatter")]
    assert week["yaxis"] == "y2"
    assert week["customdata"][0][:2] == ["2021-08-02", "2021-08-08"]
    assert payload["layout"]["barmode"] == "stack"
    assert "yaxis2" in payload["layout"]


def test_the_table_twin_has_a_row_per_period_and_range():
    make_event(date=date(2021, 8, 6))
    make_event(date=date(2021, 8, 6), **PROTEST)
    make_event(date=date(2021, 8, 2), date_precision="week")

    chart = event_counts(Event.objects.all(), "day")

    assert chart.types == ["Battles", "Protests"]
    rows = [(r["label"], r["start"], r["end"], r["cells"], r["total"]) for r in chart.table_rows()]
    assert rows == [
        ("6 Aug 2021", date(2021, 8, 6), date(2021, 8, 6), [1, 1], 2),
        (
            "week of 2 Aug 2021 (date known only to the week)",
            date(2021, 8, 2),
            date(2021, 8, 8),
            [1, 0],
            1,
        ),
    ]


def test_period_helpers():
    assert parse_bin("month") == "month"
    assert parse_bin("fortnight") == "day"
    assert parse_bin(None) == "day"
    assert period_bounds(date(2021, 8, 5), "week") == (date(2021, 8, 2), date(2021, 8, 8))
    assert period_bounds(date(2021, 2, 5), "month") == (date(2021, 2, 1), date(2021, 2, 28))
    assert period_label(date(2021, 8, 1), "month") == "Aug 2021"


def test_a_short_span_is_padded_to_two_weeks_and_a_long_one_is_kept():
    assert padded_range(date(2021, 8, 3), date(2021, 8, 3)) == ["2021-07-28", "2021-08-11"]
    assert padded_range(date(2021, 7, 1), date(2021, 8, 31)) == ["2021-07-01", "2021-09-01"]


def test_a_chart_of_a_single_day_spans_two_weeks_not_hours():
    # Plotly stretched one day over the whole width and labelled it 03:00, 06:00, …
    make_event(date=date(2021, 8, 3), event_type=EventType.PROTESTS)
    make_event(date=date(2021, 8, 3))

    figure = event_counts(Event.objects.all(), "day").payload()

    start, end = figure["layout"]["xaxis"]["range"]
    assert (date.fromisoformat(end) - date.fromisoformat(start)).days == 14
    assert start < "2021-08-03" < end


def test_a_chart_of_ranges_only_has_no_empty_panel_of_bars():
    make_event(date=date(2021, 8, 2), date_precision="week")

    layout = event_counts(Event.objects.all(), "day").payload()["layout"]

    assert layout["height"] == 240
    assert layout["yaxis"]["visible"] is False
    assert layout["yaxis2"]["domain"] == [0, 0.85]


def test_on_a_phone_the_week_panel_names_types_short_and_the_bars_lose_their_axis_title():
    make_event(date=date(2021, 8, 2), date_precision="week", event_type="Strategic developments")
    make_event(date=date(2021, 8, 3), sub_event_type="Armed clash")

    narrow = event_counts(Event.objects.all(), "day").payload()["narrow"]

    assert narrow["yaxis"]["title"]["text"] == ""
    assert narrow["yaxis2"]["tickvals"] == ["Strategic developments"]
    assert narrow["yaxis2"]["ticktext"] == ["Strategic"]


def test_a_chart_without_ranges_has_no_week_panel_to_shorten():
    make_event(date=date(2021, 8, 3))

    narrow = event_counts(Event.objects.all(), "day").payload()["narrow"]

    assert "yaxis2" not in narrow
