"""The gazetteer as the migrations load it: provinces, capitals, districts, sites, outlines
and name collisions."""

import json
from itertools import pairwise
from pathlib import Path

import pytest
from django.conf import settings

from events.lookup import gazetteer_records, place_index
from events.models import Place
from events.models.names import name_key
from events.reference_data import (
    GAZETTEER_FILE,
)
from sources.extract.places import Gazetteer

pytestmark = pytest.mark.django_db

PROVINCE_OUTLINES = Path(settings.BASE_DIR) / "static" / "geo" / "afghanistan_provinces.geojson"

PROVINCES_2021 = {
    "Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab",
    "Ghazni", "Ghor", "Helmand", "Herat", "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost",
    "Kunar", "Kunduz", "Laghman", "Logar", "Nangarhar", "Nimroz", "Nuristan", "Paktia",
    "Paktika", "Panjshir", "Parwan", "Samangan", "Sar-e Pol", "Takhar", "Uruzgan", "Wardak",
    "Zabul",
}  # fmt: skip


def place_named(text: str, kind: str | None = None) -> Place:
    """The one place (of that kind) whose name or alias is `text`."""
    qs = Place.objects.filter(kind=kind) if kind else Place.objects.all()
    found = [p for p in qs if p.matches(text)]
    assert len(found) == 1, f"{text!r} matches {found}"
    return found[0]


def test_the_34_provinces_of_2021_each_have_exactly_one_capital():
    provinces = Place.objects.provinces()
    assert set(provinces.values_list("name", flat=True)) == PROVINCES_2021
    for province in provinces:
        capitals = Place.objects.filter(province=province, is_provincial_capital=True)
        assert capitals.count() == 1, province.name
        assert capitals.get().kind == "city"


@pytest.mark.parametrize(
    ("spelling", "province", "capital"),
    [
        ("Hilmand", "Helmand", "Lashkar Gah"),
        ("Paktiya", "Paktia", "Gardez"),
        ("Nimruz", "Nimroz", "Zaranj"),
        ("Jawzjan", "Jowzjan", "Sheberghan"),
        ("Sar-i-Pul", "Sar-e Pol", "Sar-e Pol"),
        ("Oruzgan", "Uruzgan", "Tarinkot"),
        ("Kondoz", "Kunduz", "Kunduz"),
        ("Hirat", "Herat", "Herat"),
        ("Daikundi", "Daykundi", "Nili"),
        ("Panjsher", "Panjshir", "Bazarak"),
        ("Nurestan", "Nuristan", "Parun"),
        ("Khowst", "Khost", "Khost"),
        ("Maidan Wardak", "Wardak", "Maidan Shahr"),
        ("Kapisa", "Kapisa", "Mahmud-i-Raqi"),
    ],
)
def test_province_spellings_resolve_to_the_province_and_its_capital(spelling, province, capital):
    place = place_named(spelling, kind="province")
    assert place.name == province
    assert place.contained_places.get(is_provincial_capital=True).name == capital


@pytest.mark.parametrize(
    ("spelling", "canonical", "province"),
    [
        ("Lashkagah", "Lashkar Gah", "Helmand"),
        ("Lashkargah", "Lashkar Gah", "Helmand"),
        ("Mazar-e-Sharif", "Mazar-i-Sharif", "Balkh"),
        ("Mazar-e Sharif", "Mazar-i-Sharif", "Balkh"),
        ("Shibirghan", "Sheberghan", "Jowzjan"),
        ("Puli Khumri", "Pul-e Khumri", "Baghlan"),
        ("Tirin Kot", "Tarinkot", "Uruzgan"),
        ("Qala e Naw", "Qala-i-Naw", "Badghis"),
        ("Taluqan", "Taloqan", "Takhar"),
        ("Faizabad", "Fayzabad", "Badakhshan"),
        ("Maimana", "Maymana", "Faryab"),
        ("Firozkoh", "Chaghcharan", "Ghor"),
        ("Bamiyan", "Bamyan", "Bamyan"),
        ("Aibak", "Aybak", "Samangan"),
        ("Pul-i-Alam", "Pul-e Alam", "Logar"),
        ("Mehtar Lam", "Mihtarlam", "Laghman"),
    ],
)
def test_capital_spellings_resolve_to_the_capital(spelling, canonical, province):
    capitals = Place.objects.filter(is_provincial_capital=True)
    found = [p for p in capitals if p.matches(spelling)]
    assert [(p.name, p.province.name) for p in found] == [(canonical, province)]


@pytest.mark.parametrize(
    ("spelling", "canonical", "province"),
    [
        ("Spin Boldak", "Spin Boldak", "Kandahar"),
        ("Islam Qala", "Islam Qala", "Herat"),
        ("Torghundi", "Torghundi", "Herat"),
        ("Sher Khan Bandar", "Sher Khan Bandar", "Kunduz"),
        ("Hairatan", "Hairatan", "Balkh"),
        ("Torkham", "Torkham", "Nangarhar"),
        ("Darah-Sof-Bal", "Dara-i-Suf", "Samangan"),
        ("Dara-e-Suf", "Dara-i-Suf", "Samangan"),
        ("Bagram Air Force Base", "Bagram Air Base", "Parwan"),
        ("Guzara", "Guzara", "Herat"),
        ("Injil", "Injil", "Herat"),
        ("Shindand", "Shindand", "Herat"),
        ("Arghandab", "Arghandab", "Kandahar"),
        ("Panjwai", "Panjwayi", "Kandahar"),
        ("Nad-e Ali", "Nad Ali", "Helmand"),
        ("Nawa", "Nawa", "Helmand"),
        ("Gereshk", "Gereshk", "Helmand"),
        ("Sangin", "Sangin", "Helmand"),
        ("Musa Qala", "Musa Qala", "Helmand"),
        ("Baharak", "Baharak", "Badakhshan"),
        ("Imam Sahib", "Imam Sahib", "Kunduz"),
        ("Khanabad", "Khanabad", "Kunduz"),
        ("Dasht-e Archi", "Dasht-e-Archi", "Kunduz"),
        ("Andarab", "Andarab", "Baghlan"),
        ("Pul-e-Charkhi", "Pul-e Charkhi", "Kabul"),
    ],
)
def test_places_the_offensive_made_famous_are_in_their_province(spelling, canonical, province):
    """Where a town and its district share the name, the town is the likeliest reading."""
    best = place_index(gazetteer_records())[name_key(spelling)][0]
    assert (best["name"], best["province"]) == (canonical, province)
    assert best["in_afghanistan"]


def test_herat_alone_names_the_city_and_herat_province_only_the_province():
    city = Place.objects.get(name="Herat", kind="city")
    province = Place.objects.get(name="Herat", kind="province")
    assert city.province == province and city.is_provincial_capital
    assert place_named("Herat province") == province
    assert not city.matches("Herat province")


@pytest.mark.parametrize(
    "name",
    ["Doha", "Qatar", "Washington", "New York", "Islamabad", "Pakistan", "Iran", "Tehran",
     "Tashkent", "Uzbekistan", "Tajikistan", "Dushanbe", "Moscow", "Beijing", "London", "Geneva",
     "Ankara", "Chaman", "Peshawar", "Quetta", "Termez"],
)  # fmt: skip
def test_places_abroad_are_flagged_as_not_in_afghanistan(name):
    place = place_named(name)
    assert not place.in_afghanistan
    assert place.province is None


def test_gazetteer_holds_hundreds_of_geonames_towns_with_ids_and_coordinates():
    towns = Place.objects.filter(kind="city", in_afghanistan=True)
    assert towns.count() > 300
    assert towns.filter(geonames_id__isnull=False).count() > 300
    assert not towns.filter(latitude__isnull=True).exists()
    assert Place.objects.get(name="Kabul", kind="city").population > 1_000_000
    assert Place.objects.get(name="Afghanistan").kind == "country"


def test_every_afghan_place_lies_in_its_province_and_in_no_other():
    """Checks the hand-entered coordinates too: a typo in one would put it elsewhere."""
    outlines = json.loads(PROVINCE_OUTLINES.read_text(encoding="utf-8"))["features"]
    polygons = {f["id"]: _rings(f["geometry"]) for f in outlines}
    misplaced, outside = [], []
    places = Place.objects.in_afghanistan().exclude(kind__in=["country", "province"])
    for place in places.select_related("province"):
        point = (place.longitude, place.latitude)
        assert 29.3 < place.latitude < 38.6 and 60.4 < place.longitude < 75.0, place
        inside = [name for name, rings in polygons.items() if _inside(point, rings)]
        if not inside:
            outside.append(place.name)
        elif inside != [place.province.name]:
            misplaced.append((place.name, place.province.name, inside))
    assert misplaced == []
    # On the national border the simplified outline leaves a few crossings just outside.
    assert sorted(outside) == ["Torghundi", "Torkham", "Tsaperai"]


def test_province_outlines_are_wound_the_way_plotly_draws_them():
    """plotly.js (d3-geo) fills a counter-clockwise outer ring as the whole globe but the
    province, which paints over the entire map."""
    outlines = json.loads(PROVINCE_OUTLINES.read_text(encoding="utf-8"))["features"]
    assert sorted(f["properties"]["name"] for f in outlines) == sorted(PROVINCES_2021)
    for feature in outlines:
        polygons = feature["geometry"]["coordinates"]
        if feature["geometry"]["type"] == "Polygon":
            polygons = [polygons]
        for outer, *_holes in polygons:
            assert _signed_area(outer) < 0, feature["id"]  # negative: clockwise


@pytest.mark.parametrize("resolution", ["50", "110"])
def test_plotly_base_maps_are_served_locally_with_the_layers_it_reads(resolution):
    topology = json.loads((PROVINCE_OUTLINES.parent / f"world_{resolution}m.json").read_text())
    assert {"countries", "land", "coastlines", "lakes", "rivers", "ocean"} <= set(
        topology["objects"]
    )
    countries = topology["objects"]["countries"]["geometries"]
    assert {"AFG", "PAK", "IRN"} <= {c.get("id") for c in countries}


def test_no_alias_is_shared_by_two_differently_named_places():
    owners: dict[str, set[str]] = {}
    for place in Place.objects.all():
        for alias in place.aliases:
            owners.setdefault(name_key(alias), set()).add(name_key(place.name))
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    # A capital's spelling may also be a small town's own name (Faizabad); a district may be
    # called by its seat's name ("Obeh district"). No other alias names another place.
    towns = {(name_key(p.name), p.province_id) for p in Place.objects.filter(kind="city")}
    names = {name_key(n) for n in Place.objects.values_list("name", flat=True)}
    homonyms = set()
    for place in Place.objects.all():
        for alias in place.aliases:
            key = name_key(alias)
            if key not in names or key == name_key(place.name):
                continue
            if place.kind == "district" and (key, place.province_id) in towns:
                continue
            homonyms.add(key)
    assert homonyms == {"faizabad"}


def test_hundreds_of_districts_each_in_its_province_with_a_centre():
    districts = Place.objects.filter(kind="district").select_related("province")
    assert districts.count() >= 300
    assert not districts.filter(province__isnull=True).exists()
    assert not districts.filter(latitude__isnull=True).exists()
    assert {d.province.name for d in districts} == PROVINCES_2021


def test_every_district_centre_lies_in_its_own_province_outline_and_no_other():
    outlines = json.loads(PROVINCE_OUTLINES.read_text(encoding="utf-8"))["features"]
    polygons = {f["id"]: _rings(f["geometry"]) for f in outlines}
    wrong = []
    for district in Place.objects.filter(kind="district").select_related("province"):
        point = (district.longitude, district.latitude)
        inside = [name for name, rings in polygons.items() if _inside(point, rings)]
        if inside != [district.province.name]:
            wrong.append((district.name, district.province.name, inside))
    assert wrong == []


def test_each_district_centre_is_a_geonames_town_of_its_province_or_typed_by_hand():
    rows = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))["places"]
    towns = {(r["name"], r["province"]): r for r in rows if r["kind"] == "city"}
    for row in (r for r in rows if r["kind"] == "district"):
        if row.get("centre"):
            seat = towns[(row["centre"], row["province"])]
            assert (seat["latitude"], seat["longitude"]) == (row["latitude"], row["longitude"])
        else:
            assert row.get("source") == "hand" or row.get("geonames_id"), row["name"]


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Surkhrod", "Nangarhar"), ("Nad Ali", "Helmand"), ("Dand", "Kandahar"),
        ("Khanabad", "Kunduz"), ("Imam Sahib", "Kunduz"), ("Qarabagh", "Kabul"),
        ("Qarabagh", "Ghazni"), ("Chahar Dara", "Kunduz"), ("Pashtun Zarghun", "Herat"),
        ("Kohsan", "Herat"), ("Ghorian", "Herat"), ("Adraskan", "Herat"), ("Zhari", "Kandahar"),
        ("Maiwand", "Kandahar"), ("Panjwai", "Kandahar"), ("Shah Wali Kot", "Kandahar"),
        ("Nerkh", "Wardak"), ("Jaghatu", "Ghazni"), ("Jaghatu", "Wardak"), ("Andar", "Ghazni"),
        ("Dih Yak", "Ghazni"), ("Sayedabad", "Wardak"), ("Chak", "Wardak"),
        ("Qarghayi", "Laghman"), ("Alishing", "Laghman"), ("Shinwar", "Nangarhar"),
        ("Achin", "Nangarhar"), ("Kama", "Nangarhar"), ("Behsud", "Nangarhar"),
        ("Jalrez", "Wardak"), ("Kohistanat", "Sar-e Pol"), ("Balkhab", "Sar-e Pol"),
        ("Chimtal", "Balkh"), ("Dawlatabad", "Balkh"), ("Kaldar", "Balkh"),
        ("Shortepa", "Balkh"), ("Darzab", "Jowzjan"), ("Qush Tepa", "Jowzjan"),
        ("Khamab", "Jowzjan"), ("Mingajik", "Jowzjan"), ("Aqcha", "Jowzjan"),
        ("Faizabad", "Jowzjan"), ("Almar", "Faryab"), ("Qaysar", "Faryab"),
        ("Pashtun Kot", "Faryab"), ("Shirin Tagab", "Faryab"), ("Gurziwan", "Faryab"),
        ("Kohistan", "Faryab"), ("Ghormach", "Badghis"), ("Murghab", "Badghis"),
        ("Ab Kamari", "Badghis"), ("Qadis", "Badghis"), ("Jawand", "Badghis"),
        ("Khwaja Ghar", "Takhar"), ("Dasht-e Qala", "Takhar"), ("Yangi Qala", "Takhar"),
        ("Rustaq", "Takhar"), ("Chah Ab", "Takhar"), ("Darqad", "Takhar"),
        ("Warsaj", "Takhar"), ("Farkhar", "Takhar"), ("Ishkamish", "Takhar"),
        ("Burka", "Baghlan"), ("Dahana-i-Ghuri", "Baghlan"), ("Doshi", "Baghlan"),
        ("Khinjan", "Baghlan"), ("Nahrin", "Baghlan"), ("Tala wa Barfak", "Baghlan"),
        ("Shighnan", "Badakhshan"), ("Jurm", "Badakhshan"), ("Keshem", "Badakhshan"),
        ("Argo", "Badakhshan"), ("Baharak", "Badakhshan"), ("Baharak", "Takhar"),
        ("Darayim", "Badakhshan"), ("Yamgan", "Badakhshan"), ("Kuran wa Munjan", "Badakhshan"),
        ("Wakhan", "Badakhshan"), ("Tagab", "Kapisa"), ("Alasay", "Kapisa"),
        ("Nijrab", "Kapisa"), ("Hisa-i-Awal Kohistan", "Kapisa"), ("Ghorband", "Parwan"),
        ("Siahgird", "Parwan"), ("Shinwari", "Parwan"), ("Sheikh Ali", "Parwan"),
        ("Shibar", "Bamyan"), ("Kahmard", "Bamyan"), ("Saighan", "Bamyan"),
        ("Yakawlang", "Bamyan"), ("Waras", "Bamyan"), ("Panjab", "Bamyan"),
        ("Malistan", "Ghazni"), ("Jaghori", "Ghazni"), ("Nawur", "Ghazni"), ("Giro", "Ghazni"),
        ("Ab Band", "Ghazni"), ("Gelan", "Ghazni"), ("Muqur", "Ghazni"),
        ("Deh Rawood", "Uruzgan"), ("Chora", "Uruzgan"), ("Khas Uruzgan", "Uruzgan"),
        ("Shahidi Hassas", "Uruzgan"), ("Gizab", "Daykundi"), ("Nawa-i-Barakzayi", "Helmand"),
        ("Nahr-e Saraj", "Helmand"), ("Garmsir", "Helmand"), ("Kajaki", "Helmand"),
        ("Washer", "Helmand"), ("Baghran", "Helmand"), ("Nawzad", "Helmand"),
        ("Musa Qala", "Helmand"), ("Khanashin", "Helmand"), ("Dishu", "Helmand"),
        ("Khash Rod", "Nimroz"), ("Chakhansur", "Nimroz"), ("Kang", "Nimroz"),
        ("Bakwa", "Farah"), ("Bala Buluk", "Farah"), ("Gulistan", "Farah"),
        ("Pur Chaman", "Farah"), ("Shib Koh", "Farah"), ("Anar Dara", "Farah"),
        ("Lash wa Juwayn", "Farah"), ("Khak-e Safed", "Farah"), ("Qala-i-Kah", "Farah"),
        ("Shindand", "Herat"), ("Farsi", "Herat"), ("Obe", "Herat"), ("Kushk", "Herat"),
        ("Kushk-i-Kuhna", "Herat"), ("Gulran", "Herat"), ("Zinda Jan", "Herat"),
        ("Spin Boldak", "Kandahar"), ("Arghandab", "Zabul"), ("Shinkai", "Zabul"),
        ("Sayed Karam", "Paktia"), ("Zurmat", "Paktia"), ("Urgun", "Paktika"),
        ("Tani", "Khost"), ("Sabari", "Khost"), ("Dara-i-Pech", "Kunar"),
        ("Kamdesh", "Nuristan"), ("Waygal", "Nuristan"), ("Rukha", "Panjshir"),
        ("Paryan", "Panjshir"), ("Surobi", "Kabul"), ("Paghman", "Kabul"),
        ("Mohammad Agha", "Logar"), ("Baraki Barak", "Logar"),
    ],
)  # fmt: skip
def test_districts_articles_name_are_districts_of_their_province(name, province):
    found = [p for p in Place.objects.filter(kind="district") if p.matches(name)]
    assert province in [p.province.name for p in found]


@pytest.mark.parametrize(
    "name", ["Spin Boldak", "Khanabad", "Imam Sahib", "Sangin", "Musa Qala", "Shindand", "Obeh"]
)
def test_a_district_named_like_its_centre_town_keeps_both_and_the_bare_name_is_the_town(name):
    gazetteer = Gazetteer.from_records(gazetteer_records())
    town = gazetteer.lookup(name)
    district = gazetteer.lookup(f"{name} district")
    assert (town.kind, district.kind) == ("city", "district")
    assert town.province == district.province


def test_a_town_s_name_with_district_is_the_district_it_is_the_seat_of():
    gazetteer = Gazetteer.from_records(gazetteer_records())
    found = gazetteer.find("Fighting spread from Gereshk district to Gereshk itself.")
    assert [(m.name, m.kind) for m in found] == [
        ("Nahr-e Saraj", "district"),
        ("Gereshk", "city"),
    ]


def test_an_article_naming_districts_finds_them_as_districts():
    gazetteer = Gazetteer.from_records(gazetteer_records())
    text = (
        "The Taliban overran Nangarhar's Surkhrod district, the Spin Boldak district and the "
        "town of Spin Boldak."
    )
    found = [(m.name, m.kind, m.province) for m in gazetteer.find(text)]
    assert found == [
        ("Nangarhar", "province", None),
        ("Surkhrod", "district", "Nangarhar"),
        ("Spin Boldak", "district", "Kandahar"),
        ("Spin Boldak", "city", "Kandahar"),
    ]


def test_the_kabul_neighbourhood_parwan_e_se_is_not_parwan_province():
    gazetteer = Gazetteer.from_records(gazetteer_records())
    for text in ["A blast hit Parwan-e Se in Kabul.", "A blast hit Parwan-e Seh in Kabul."]:
        found = [(m.name, m.kind, m.province) for m in gazetteer.find(text)]
        assert found == [("Parwan-e Se", "site", "Kabul"), ("Kabul", "city", "Kabul")], text
    parwan = place_named("Parwan", kind="province")
    assert not parwan.matches("Parwan-e Se")


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring)) / 2


def _rings(geometry: dict) -> list[list[list[float]]]:
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    return [ring for polygon in polygons for ring in polygon]


def _inside(point: tuple[float, float], rings: list[list[list[float]]]) -> bool:
    """Even-odd rule over all rings, so holes count as outside."""
    x, y = point
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside
