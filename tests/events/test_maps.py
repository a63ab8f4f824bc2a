import json

import pytest

from events.maps import country_map, distance_km, map_config, nearby_places, place_map
from events.models import Place
from tests.factories import make_event, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def helmand():
    province = make_place("Helmand test", kind="province", latitude=31.0, longitude=64.0)
    lashkar = make_place("Lashkar Gah test", province=province, latitude=31.594, longitude=64.372)
    nad_ali = make_place("Nad Ali test", province=province, latitude=31.63, longitude=64.25)
    kandahar = make_place("Kandahar test", latitude=31.61, longitude=65.71)
    herat = make_place("Herat test", latitude=34.35, longitude=62.20)
    quiet = make_place("Gereshk test", province=province, latitude=31.82, longitude=64.57)
    for place, n in ((lashkar, 3), (nad_ali, 1), (kandahar, 2), (herat, 1)):
        for _ in range(n):
            make_event(place=place)
    return {
        "province": province,
        "lashkar": lashkar,
        "nad_ali": nad_ali,
        "kandahar": kandahar,
        "herat": herat,
        "quiet": quiet,
    }


def test_the_map_config_keeps_plotly_geometry_on_the_app_not_a_cdn():
    config = map_config()

    assert config["topojsonURL"] == "/static/geo/"


def test_distance_between_lashkar_gah_and_kandahar_is_about_130_km(helmand):
    assert 125 < distance_km(helmand["lashkar"], helmand["kandahar"]) < 140


def test_nearby_places_with_events_are_listed_nearest_first(helmand):
    found = nearby_places(helmand["lashkar"], radius_km=150)

    assert [p.name for p in found] == ["Nad Ali test", "Kandahar test"]
    assert [p.event_count for p in found] == [1, 2]
    assert found[0].distance_km == 12


def test_a_province_gets_its_places_with_events_whatever_the_radius(helmand):
    found = nearby_places(helmand["province"], radius_km=10)

    assert {p.name for p in found} == {"Lashkar Gah test", "Nad Ali test"}


def test_the_country_map_draws_a_bubble_per_place_sized_by_events(helmand):
    places = Place.objects.with_events().filter(name__endswith=" test").order_by("name")

    figure = country_map(places)

    bubbles = figure["data"][-1]
    assert bubbles["type"] == "scattergeo"
    assert bubbles["text"] == ["Herat test", "Kandahar test", "Lashkar Gah test", "Nad Ali test"]
    assert bubbles["marker"]["size"] == [1, 2, 3, 1]
    assert bubbles["customdata"][2][0] == "/cities/lashkar-gah-test/"
    geo = figure["layout"]["geo"]
    assert geo["lonaxis"]["range"][0] < 61 and geo["lonaxis"]["range"][1] > 74.8
    json.dumps(figure)  # what the template embeds


def test_the_place_map_centres_on_the_place_and_marks_it_apart(helmand):
    lashkar = helmand["lashkar"]

    figure = place_map(lashkar, nearby_places(lashkar))

    focus = figure["data"][-1]
    assert focus["text"] == ["Lashkar Gah test"]
    assert focus["marker"]["symbol"] == "star"
    assert figure["data"][-2]["text"] == ["Nad Ali test", "Kandahar test"]
    lon = figure["layout"]["geo"]["lonaxis"]["range"]
    assert lon[0] < lashkar.longitude < lon[1]


def test_a_place_without_coordinates_has_no_map():
    assert place_map(make_place("Somewhere test"), []) is None


def test_a_long_name_is_cut_short_on_the_map_and_kept_whole_in_the_hover():
    name = "Khost-wa-Firing-and-Deh-Salah-Andarab-Upper-Valley-Settlement-Cluster"
    place = make_place(name, latitude=35.9, longitude=69.6)

    focus = place_map(place, [])["data"][-1]

    assert focus["text"] == [name]
    assert focus["texttemplate"] == "Khost-wa-Firing-and-Deh…"
    assert len(focus["texttemplate"]) <= 24


def test_a_short_name_is_drawn_whole_on_the_map():
    focus = place_map(make_place("Kunduz test", latitude=36.7, longitude=68.9), [])["data"][-1]

    assert focus["texttemplate"] == "Kunduz test"
