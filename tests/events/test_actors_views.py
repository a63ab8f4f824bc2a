from datetime import date, timedelta

import pytest
from django.urls import reverse

from events.models import Actor
from events.views.actors import role_activity
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db

ACTOR_QUERIES = 8
INDEX_QUERIES = 1


@pytest.fixture
def taliban():
    taliban = Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]
    taliban.aliases = ["Islamic Emirate test"]
    taliban.save()
    return taliban


def build(taliban, n_events: int) -> dict:
    """Taliban events in July and August, a spokesman's statements and the group's own."""
    ansf = make_actor("Afghan forces test", kind="state_forces")
    mujahid = make_actor(
        "Zabihullah Mujahid test",
        kind="person",
        affiliation=taliban,
        description="Taliban spokesman.",
    )
    place = make_place("Kunduz test")
    source = make_source(
        "“We have taken Kunduz,” Mujahid said. The Islamic Emirate said: “Surrender.” "
        "“Forces will regroup,” the army said."
    )
    events = []
    for i in range(n_events):
        day = date(2021, 7, 20) + timedelta(days=i % 25)
        roles = (
            [(taliban, "actor1"), (ansf, "actor2")]
            if i % 2 == 0
            else [(ansf, "actor1"), (taliban, "actor2")]
        )
        events.append(make_event(place=place, date=day, actors=roles, summary=f"Clash {i}"))
    make_event(date=None, actors=[(taliban, "actor1")], summary="Undated clash")
    make_event(actors=[(taliban, "actor1")], summary="Rejected clash", review_status="rejected")
    make_statement(
        source,
        text="We have taken Kunduz,",
        speaker=mujahid,
        event=events[0],
        said_on=date(2021, 8, 8),
    )
    make_statement(source, text="Surrender.", speaker=taliban, said_on=date(2021, 8, 7))
    make_statement(source, text="Forces will regroup,", speaker=ansf, said_on=date(2021, 8, 7))
    return {"ansf": ansf, "mujahid": mujahid, "events": events}


def test_the_index_lists_actors_with_events_or_statements_and_their_counts(client, taliban):
    build(taliban, 4)
    make_actor("Silent group test")

    response = client.get(reverse("actor-index"))

    assert response.status_code == 200
    rows = {a.name: (a.event_count, a.statement_count) for a in response.context["actors"]}
    assert rows["Taliban"] == (5, 1)
    assert rows["Afghan forces test"] == (4, 1)
    assert rows["Zabihullah Mujahid test"] == (0, 1)
    assert "Silent group test" not in rows


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


def test_the_actor_page_shows_roles_members_aliases_and_grouped_statements(client, taliban):
    build(taliban, 4)

    response = client.get(taliban.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Taliban</h1>" in html
    assert "Also called: Islamic Emirate test." in html
    assert "Actor 1 in <strong>3</strong> events; Actor 2 in <strong>2</strong> events" in html
    assert 'href="/actors/zabihullah-mujahid-test/">Zabihullah Mujahid test</a>' in html
    assert "Taliban spokesman." in html
    groups = response.context["speaker_groups"]
    assert [(g.speaker.name, [s.text for s in g.statements]) for g in groups] == [
        ("Taliban", ["Surrender."]),
        ("Zabihullah Mujahid test", ["We have taken Kunduz,"]),
    ]
    assert "Forces will regroup" not in html
    assert "Rejected clash" not in html
    assert response.context["page"].paginator.count == 5
    assert 'data-figure="activity-figure"' in html


def test_a_member_page_names_its_organisation(client, taliban):
    data = build(taliban, 2)

    html = client.get(data["mujahid"].get_absolute_url()).content.decode()

    assert 'part of <a href="/actors/taliban/">Taliban</a>' in html
    assert "We have taken Kunduz," in html


def test_htmx_pages_through_the_events_only(client, taliban):
    build(taliban, 45)

    response = client.get(taliban.get_absolute_url(), {"page": "2"}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert "<h1>" not in html
    assert "page 2 of 3" in html
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_unknown_actor_is_404_and_a_bad_page_number_is_the_first_page(client, taliban):
    build(taliban, 2)

    assert client.get(reverse("actor-detail", args=["nobody"])).status_code == 404
    response = client.get(taliban.get_absolute_url(), {"page": "nonsense"})
    assert response.status_code == 200
    assert response.context["page"].number == 1


@pytest.mark.parametrize("n_events", [3, 40])
def test_the_actor_pages_run_a_fixed_number_of_queries(
    client, taliban, n_events, django_assert_max_num_queries
):
    build(taliban, n_events)

    with django_assert_max_num_queries(ACTOR_QUERIES):
        assert client.get(taliban.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(INDEX_QUERIES):
        assert client.get(reverse("actor-index")).status_code == 200


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
