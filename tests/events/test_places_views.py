import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils.html import escape

from events.models import Actor
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Heavy fighting broke out in Lashkar Gah on Monday between the Taliban and Afghan forces. "
    "The Taliban captured the governor's compound in Lashkar Gah on Friday. "
    "“The city is ours,” Zabihullah Mujahid said."
)
CLASH = "Heavy fighting broke out in Lashkar Gah on Monday between the Taliban and Afghan forces."
TAKEOVER = "The Taliban captured the governor's compound in Lashkar Gah on Friday."

PLACE_QUERIES = 18  # with the counts of the four facets of the city's timeline
INDEX_QUERIES = 1


@pytest.fixture
def taliban() -> Actor:
    return Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]


def build_city(n_events: int, taliban: Actor) -> dict:
    """A province, its capital with n events, a nearby town and one event far away."""
    helmand = make_place("Helmand test", kind="province", latitude=31.0, longitude=64.0)
    city = make_place(
        "Lashkar Gah test",
        province=helmand,
        latitude=31.594,
        longitude=64.372,
        is_provincial_capital=True,
    )
    town = make_place("Nad Ali test", province=helmand, latitude=31.63, longitude=64.25)
    far = make_place("Mazar test", latitude=36.7, longitude=67.1)
    ansf = make_actor("Afghan forces test", kind="state_forces")
    mujahid = make_actor("Zabihullah Mujahid test", kind="person", affiliation=taliban)
    both = [(taliban, "actor1"), (ansf, "actor2")]
    source = make_source(ARTICLE, outlet="Pajhwok", title="Fighting in Lashkar Gah")
    clash = make_event(
        place=city,
        date=date(2021, 8, 2),
        actors=both,
        source=source,
        evidence=CLASH,
        summary="Taliban and Afghan forces clash in Lashkar Gah",
    )
    takeover = make_event(
        place=city,
        date=date(2021, 8, 6),
        actors=both,
        source=source,
        evidence=TAKEOVER,
        sub_event_type="Non-state actor overtakes territory",
        summary="Taliban capture the governor's compound",
    )
    make_statement(source, text="The city is ours,", speaker=mujahid, event=takeover)
    for i in range(n_events - 2):
        extra = make_source(f"Article {i}. Shelling hit Lashkar Gah on day {i}.", outlet=f"O{i}")
        event = make_event(
            place=city,
            date=date(2021, 7, 1) + timedelta(days=i % 40),
            actors=both,
            source=extra,
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            summary=f"Shelling {i}",
        )
        make_statement(extra, text=f"Article {i}.", speaker=mujahid, event=event)
    make_event(place=town, summary="Clash in Nad Ali")
    make_event(place=far, summary="Clash in Mazar")
    return {
        "province": helmand,
        "city": city,
        "town": town,
        "far": far,
        "clash": clash,
        "takeover": takeover,
        "source": source,
    }


def test_the_index_lists_places_with_events_on_a_local_map_and_in_a_table(client, taliban):
    data = build_city(3, taliban)

    response = client.get(reverse("place-index"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-figure="country-map-figure"' in html
    assert '"topojsonURL": "/static/geo/"' in html
    assert "cdn.plot.ly" not in html
    assert f'<a href="{data["city"].get_absolute_url()}">Lashkar Gah test</a>' in html
    places = response.context["places"]
    assert [(p.name, p.event_count) for p in places if p.name.endswith(" test")] == [
        ("Lashkar Gah test", 3),
        ("Mazar test", 1),
        ("Nad Ali test", 1),
    ]


@pytest.mark.parametrize("n_events", [3, 30])
def test_the_index_runs_a_fixed_number_of_queries(
    client, taliban, n_events, django_assert_max_num_queries
):
    build_city(n_events, taliban)

    with django_assert_max_num_queries(INDEX_QUERIES):
        assert client.get(reverse("place-index")).status_code == 200


def test_the_city_page_shows_map_nearby_control_history_actors_statements_sources(client, taliban):
    data = build_city(4, taliban)

    response = client.get(data["city"].get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Lashkar Gah test</h1>" in html
    assert [p.name for p in response.context["nearby"]] == ["Nad Ali test"]
    periods = response.context["periods"]
    assert [p.label for p in periods] == ["Unknown", "Contested", "Taliban"]
    link = data["takeover"].source_links.get()
    # Each change of hands links to its event and to the sentence in the article.
    assert f'href="{data["takeover"].get_absolute_url()}">Taliban capture the governor' in html
    assert f'href="/sources/{data["source"].pk}/#span-e{link.pk}"' in html
    assert escape(TAKEOVER) in html
    assert [(a.name, a.event_count) for a in response.context["actors"]] == [
        ("Afghan forces test", 4),
        ("Taliban", 4),
    ]
    assert "The city is ours," in html
    assert [g.camp.label for g in response.context["claim_groups"]] == ["Taliban"]
    assert response.context["page"].paginator.count == 4
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_a_province_page_includes_its_towns_events(client, taliban):
    data = build_city(3, taliban)

    response = client.get(data["province"].get_absolute_url())

    assert response.status_code == 200
    assert response.context["page"].paginator.count == 4
    assert "Clash in Mazar" not in response.content.decode()


def test_the_city_timeline_filters_through_the_filterset_and_answers_htmx_with_the_list(
    client, taliban
):
    data = build_city(5, taliban)
    url = data["city"].get_absolute_url()

    response = client.get(url, {"event_type": "Battles"}, headers={"HX-Request": "true"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>" not in html
    assert "Taliban capture the governor" in html
    assert "Shelling 0" not in html
    assert response.context["page"].paginator.count == 2


def test_bad_filter_values_give_the_page_with_a_message_not_an_error(client, taliban):
    data = build_city(3, taliban)

    response = client.get(
        data["city"].get_absolute_url(),
        {
            "date_after": "not-a-date",
            "min_fatalities": "-4",
            "event_type": "Nonsense",
            "page": "999",
            "bin": "fortnight",
        },
    )

    assert response.status_code == 200
    assert "Some filters were not understood" in response.content.decode()
    assert response.context["page"].paginator.count == 3


def test_an_unknown_place_is_a_404(client):
    assert client.get(reverse("place-detail", args=["atlantis"])).status_code == 404


def test_a_place_without_coordinates_or_evidence_says_so(client):
    place = make_place("Unmapped test")
    make_event(
        place=place, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"
    )

    response = client.get(place.get_absolute_url())

    html = response.content.decode()
    assert "cannot be drawn on a map" in html
    assert "no recorded event says who held it" in html


@pytest.mark.parametrize("n_events", [3, 30])
def test_the_city_page_runs_a_fixed_number_of_queries(
    client, taliban, n_events, django_assert_max_num_queries
):
    data = build_city(n_events, taliban)

    with django_assert_max_num_queries(PLACE_QUERIES):
        assert client.get(data["city"].get_absolute_url()).status_code == 200


def test_nul_bytes_and_huge_numbers_are_errors_not_crashes(client, taliban):
    data = build_city(3, taliban)
    nasty = {"q": "\x00", "date_before": "\x00", "min_fatalities": "9" * 30, "page": "\x00"}

    response = client.get(data["city"].get_absolute_url(), nasty)

    assert response.status_code == 200
    assert "Some filters were not understood" in response.content.decode()


def test_the_city_timeline_filters_by_an_actor_active_there(client, taliban):
    data = build_city(4, taliban)
    lone = make_actor("Local militia test")
    make_event(place=data["city"], actors=[(lone, "actor1")], summary="Militia checkpoint")

    response = client.get(data["city"].get_absolute_url(), {"actor": "local-militia-test"})

    html = response.content.decode()
    assert re.search(r'name="actor" value="local-militia-test" id="[^"]+" checked>', html)
    assert [e.summary for e in response.context["page"]] == ["Militia checkpoint"]


def test_the_city_timeline_offers_the_sub_types_recorded_there_and_filters_by_them(client, taliban):
    data = build_city(4, taliban)
    url = data["city"].get_absolute_url()

    html = client.get(url).content.decode()
    response = client.get(url, {"sub_event_type": "Non-state actor overtakes territory"})

    assert 'name="sub_event_type" value="Armed clash"' in html
    assert 'name="sub_event_type" value="Shelling/artillery/missile attack"' in html
    assert response.context["page"].paginator.count == 1
    assert re.search(
        r'value="Non-state actor overtakes territory" id="[^"]+" checked>',
        response.content.decode(),
    )


def test_the_city_timeline_exports_and_cites_what_it_shows(client, taliban):
    data = build_city(4, taliban)
    city = data["city"]

    html = client.get(city.get_absolute_url(), {"event_type": "Battles", "page": "1"}).content
    html = html.decode()

    query = f"event_type=Battles&amp;place={city.slug}"
    assert f'href="/events.csv?{query}"' in html
    assert f'href="/events.json?{query}"' in html
    assert f'href="/events.geojson?{query}"' in html
    assert "Afghanistan 2021 offensive timeline: Lashkar Gah test. http://testserver/" in html
    exported = client.get(f"/events.json?event_type=Battles&place={city.slug}").json()
    assert (
        len(exported["events"])
        == client.get(city.get_absolute_url(), {"event_type": "Battles"})
        .context["page"]
        .paginator.count
    )


def test_a_place_outside_afghanistan_offers_no_exports_it_could_not_match(client, taliban):
    abroad = make_place("Doha test", in_afghanistan=False)
    make_event(place=abroad, summary="Talks in Doha")

    html = client.get(abroad.get_absolute_url()).content.decode()

    assert "/events.csv" not in html


def test_the_count_agrees_with_its_number(client, taliban):
    data = build_city(4, taliban)
    url = data["city"].get_absolute_url()

    one = client.get(url, {"q": "governor"}).content.decode()
    two = client.get(url, {"event_type": "Battles"}).content.decode()

    assert "1 event matches the filters." in one
    assert "2 events match the filters." in two


def test_a_province_is_named_as_a_province_in_the_index_the_map_and_nearby_lists(client, taliban):
    data = build_city(3, taliban)
    province = data["province"]
    make_event(place=province, summary="Fighting in the province")

    index = client.get(reverse("place-index"))
    city_html = client.get(data["city"].get_absolute_url()).content.decode()

    html = index.content.decode()
    assert f'<a href="{province.get_absolute_url()}">Helmand test province</a>' in html
    assert "Helmand test province" in index.context["map_figure"]["data"][-1]["text"]
    assert f'<a href="{province.get_absolute_url()}">Helmand test province</a>' in city_html


def test_the_city_filters_count_each_value_under_the_other_filters(client, taliban):
    data = build_city(5, taliban)
    url = data["city"].get_absolute_url()

    response = client.get(url, {"event_type": "Battles"})

    facets = response.context["facets"]
    types = {v.value: v.count for v in facets["event_type"].values}
    subs = {v.value: v.count for v in facets["sub_event_type"].values}
    assert types["Battles"] == 2 and types["Explosions/Remote violence"] == 3
    # Sub-types are counted under the type filter: the shelling is not a battle.
    assert subs == {"Armed clash": 1, "Non-state actor overtakes territory": 1}
    html = response.content.decode()
    assert '<label for="cf-event_type-battles">Battles <span class="count">(2)</span>' in html


def test_an_htmx_city_answer_refreshes_the_counts_out_of_band(client, taliban):
    data = build_city(5, taliban)

    html = client.get(
        data["city"].get_absolute_url(), {"event_type": "Battles"}, headers={"HX-Request": "true"}
    ).content.decode()

    for name in ("event_type", "sub_event_type", "actor", "reviewed"):
        assert f'<ul class="facet-list" id="city-facet-{name}" hx-swap-oob="true">' in html
    assert "<h1" not in html


def test_a_city_search_with_no_match_says_so_and_offers_to_clear_the_filters(client):
    place = make_place("Testabad", latitude=34.0, longitude=66.0)
    make_event(place=place, summary="Clashes in Testabad")

    html = client.get(place.get_absolute_url(), {"q": "zzzqqq"}).content.decode()

    assert "No events at Testabad match these filters." in html
    assert f'<a href="{place.get_absolute_url()}">Clear the filters</a>' in html


def test_a_city_with_events_on_a_single_day_gives_that_day_not_a_range(client):
    place = make_place("Testabad", latitude=34.0, longitude=66.0)
    make_event(place=place, date=date(2021, 8, 3))

    html = client.get(place.get_absolute_url()).content.decode()

    assert "1 event, on 3 Aug 2021." in html
    assert "from 3 Aug 2021 to 3 Aug 2021" not in html


def test_filtering_a_city_pushes_the_address_of_what_it_shows_without_empty_fields(client):
    place = make_place("Testabad", latitude=34.0, longitude=66.0)
    make_event(place=place, summary="Clashes in Testabad")
    form = {"q": "clashes", "date_after": "", "date_before": "", "min_fatalities": "", "bin": "day"}

    response = client.get(place.get_absolute_url(), form, headers={"HX-Request": "true"})

    assert response["HX-Push-Url"] == place.get_absolute_url() + "?q=clashes"
    assert f"{place.get_absolute_url()}?q=clashes (accessed" in response.content.decode()


def test_a_city_page_past_the_first_keeps_its_page_and_bin_in_the_pushed_address(client):
    place = make_place("Testabad", latitude=34.0, longitude=66.0)
    for day in range(30):
        make_event(place=place, date=date(2021, 7, 1) + timedelta(days=day))

    response = client.get(
        place.get_absolute_url(),
        {"q": "", "bin": "week", "page": "2"},
        headers={"HX-Request": "true"},
    )

    assert response["HX-Push-Url"] == place.get_absolute_url() + "?bin=week&page=2"


def test_a_takeover_known_only_to_the_week_is_dated_as_a_week_in_the_control_history(
    client, taliban
):
    place = make_place("Testabad", latitude=34.0, longitude=66.0)
    make_event(
        place=place,
        date=date(2021, 8, 2),
        date_precision="week",
        sub_event_type="Non-state actor overtakes territory",
        summary="Taliban take Testabad",
        actors=[(taliban, "actor1")],
    )

    html = client.get(place.get_absolute_url()).content.decode()

    assert "(Non-state actor overtakes territory, week of 2 Aug 2021)" in html


def test_a_province_page_names_the_province_not_its_capital_in_every_heading(client):
    province = make_place("Testistan", kind="province", latitude=34.0, longitude=66.0)
    make_event(place=province, summary="Fighting in Testistan province")

    html = client.get(province.get_absolute_url()).content.decode()

    assert "<title>Testistan province ·" in html
    assert "Who held Testistan province</h2>" in html
    assert "Timeline of Testistan province</h2>" in html
