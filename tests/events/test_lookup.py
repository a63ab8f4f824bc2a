"""Reading the gazetteer and the lexicon out of the database as plain dicts."""

import json

import pytest

from events.lookup import actor_index, gazetteer_records, lexicon_records, place_index
from events.models import Actor, Place
from events.models.names import name_key
from events.reference_data import ACTORS_FILE, GAZETTEER_FILE
from tests.factories import make_actor, make_place

pytestmark = pytest.mark.django_db


def test_gazetteer_records_mirror_the_json_rows_with_id_and_slug():
    rows = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))["places"]
    records = gazetteer_records()
    assert len(records) == len(rows) == Place.objects.count()
    by_name = {(r["name"], r["kind"], r["province"]): r for r in records}
    row = next(r for r in rows if r["name"] == "Lashkar Gah")
    record = by_name[("Lashkar Gah", "city", "Helmand")]
    for key in ("latitude", "longitude", "aliases", "geonames_id", "population"):
        assert record[key] == row[key], key
    assert record["is_provincial_capital"] is True
    assert record["in_afghanistan"] is True
    place = Place.objects.get(pk=record["id"])
    assert record["slug"] == place.slug
    assert by_name[("Doha", "city", None)]["in_afghanistan"] is False
    assert by_name[("Helmand", "province", None)]["province"] is None


def test_lexicon_records_give_the_affiliation_by_name():
    rows = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]
    records = {r["name"]: r for r in lexicon_records()}
    assert len(records) == len(rows)
    mujahid = records["Zabihullah Mujahid"]
    assert mujahid["affiliation"] == "Taliban"
    assert mujahid["kind"] == "person"
    assert mujahid["description"] == "Taliban spokesman."
    assert mujahid["slug"] == Actor.objects.get(pk=mujahid["id"]).slug
    assert records["Taliban"]["affiliation"] is None
    assert "UNAMA" in records["UN Assistance Mission in Afghanistan"]["aliases"]


def test_records_include_what_editors_and_imports_added_since():
    helmand = Place.objects.get(name="Helmand", kind="province")
    make_place("Babaji", province=helmand, latitude=31.6, longitude=64.3, review_status="machine")
    taliban = Actor.objects.get(name="Taliban")
    make_actor("Mawlawi Talib", kind="person", affiliation=taliban)
    place = next(p for p in gazetteer_records() if p["name"] == "Babaji")
    assert (place["province"], place["review_status"]) == ("Helmand", "machine")
    actor = next(a for a in lexicon_records() if a["name"] == "Mawlawi Talib")
    assert actor["affiliation"] == "Taliban"


def test_each_lookup_takes_one_query_however_many_rows(django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        places = gazetteer_records()
    with django_assert_max_num_queries(2):
        actors = lexicon_records()
    assert len(places) > 350 and len(actors) > 80


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Lashkagah", "Lashkar Gah", "city"),
        ("Mazar-e-Sharif", "Mazar-i-Sharif", "city"),
        ("Shibirghan", "Sheberghan", "city"),
        ("Herat", "Herat", "city"),
        ("Herat province", "Herat", "province"),
        ("Hilmand", "Helmand", "province"),
        ("Kunduz", "Kunduz", "city"),
        ("Faizabad", "Fayzabad", "city"),
        ("Darah-Sof-Bal", "Dara-i-Suf", "district"),
        ("Afghanistan", "Afghanistan", "country"),
    ],
)
def test_place_index_puts_the_likeliest_reading_first(text, name, kind):
    best = place_index(gazetteer_records())[name_key(text)][0]
    assert (best["name"], best["kind"]) == (name, kind)


def test_place_index_keeps_the_other_readings_of_an_ambiguous_name():
    readings = place_index(gazetteer_records())[name_key("Herat")]
    assert [(p["name"], p["kind"]) for p in readings] == [("Herat", "city"), ("Herat", "province")]


def test_actor_index_finds_each_alias_once():
    index = actor_index(lexicon_records())
    assert [a["name"] for a in index[name_key("Unama")]] == ["UN Assistance Mission in Afghanistan"]
    assert [a["name"] for a in index[name_key("U.S. Embassy")]] == ["US Embassy in Kabul"]
    assert all(len(actors) == 1 for actors in index.values())
    assert name_key("insurgents") not in index


def test_place_index_reads_a_district_seat_s_name_as_the_town_then_the_district():
    readings = place_index(gazetteer_records())[name_key("Spin Boldak")]
    assert [(p["name"], p["kind"], p["province"]) for p in readings] == [
        ("Spin Boldak", "city", "Kandahar"),
        ("Spin Boldak", "district", "Kandahar"),
    ]
