from datetime import date

import pytest

from events.activity import role_activity
from tests.events.actor_records import build, make_taliban

pytestmark = pytest.mark.django_db


@pytest.fixture
def taliban():
    return make_taliban()


def test_role_activity_counts_events_per_week_and_role_in_one_query(
    taliban, django_assert_num_queries
):
    build(taliban, 16)

    with django_assert_num_queries(1):
        activity = role_activity(taliban)

    assert activity.totals == {"actor1": 9, "actor2": 8}
    assert activity.undated == 1
    # 20 July 2021 was a Tuesday: the 16 days fall in the weeks of 19 and 26 July, 2 August.
    assert activity.weeks == [date(2021, 7, 19), date(2021, 7, 26), date(2021, 8, 2)]
    assert sum(activity.counts[date(2021, 7, 19)].values()) == 6  # 20 to 25 July


def test_the_role_chart_spans_at_least_two_weeks_with_roles_in_legend_order(taliban):
    build(taliban, 2)

    figure = role_activity(taliban).figure()

    start, end = figure["layout"]["xaxis"]["range"]
    assert (date.fromisoformat(end) - date.fromisoformat(start)).days >= 14
    assert figure["layout"]["legend"]["traceorder"] == "normal"


def test_the_role_chart_ticks_on_mondays_as_dates_with_whole_event_counts(taliban):
    build(taliban, 2)

    layout = role_activity(taliban).figure()["layout"]

    first_week = role_activity(taliban).weeks[0]
    assert first_week.weekday() == 0
    assert layout["xaxis"]["tick0"] == first_week.isoformat()
    assert layout["xaxis"]["tickformat"] == "%-d %b"
    assert layout["yaxis"]["tickformat"] == ",d"
    assert layout["yaxis"]["dtick"] == 1
