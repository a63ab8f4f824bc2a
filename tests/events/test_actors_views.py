import pytest
from django.urls import reverse

from tests.events.actor_records import build, make_taliban
from tests.factories import make_actor

pytestmark = pytest.mark.django_db


@pytest.fixture
def taliban():
    return make_taliban()


ACTOR_QUERIES = 8
INDEX_QUERIES = 1


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
