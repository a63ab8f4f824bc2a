"""The timeline's downloads: the filtered events as ACLED CSV, JSON and GeoJSON."""

import csv
import io
import json
from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_actor, make_event, make_place, make_source

pytestmark = pytest.mark.django_db

ACLED_HEADER = (
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,"
    "actor2,assoc_actor_2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities"
)


@pytest.fixture
def qalat():
    province = make_place("Testistan", kind="province")
    town = make_place("Qalat Test", province=province, latitude=32.1, longitude=66.9)
    militia = make_actor("Test Militia")
    army = make_actor("Test Army", kind="state_forces")
    event = make_event(
        place=town,
        place_precision=1,
        date=date(2021, 8, 2),
        date_precision="week",
        actors=[(militia, "actor1"), (army, "actor2")],
        source=make_source("Militants attacked Qalat. Shops closed.", outlet="Test Wire"),
        fatalities=None,
        summary="Militants attack Qalat",
    )
    make_event(summary='=HYPERLINK("http://evil")', fatalities=0)
    return event


def download(client, name: str, query: str = "") -> bytes:
    response = client.get(reverse(name) + query)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return response.content


def test_csv_has_acleds_columns_and_keeps_unknown_fatalities_empty(client, qalat):
    rows = list(
        csv.reader(io.StringIO(download(client, "export-csv", "?place=qalat-test").decode()))
    )

    assert ",".join(rows[0]) == ACLED_HEADER
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["event_id_cnty"] == f"AFG{qalat.pk}"
    assert row["event_date"] == "2021-08-02"
    assert row["time_precision"] == "2"
    assert row["actor1"] == "Test Militia"
    assert row["actor2"] == "Test Army"
    assert row["admin1"] == "Testistan"
    assert row["location"] == "Qalat Test"
    assert (row["latitude"], row["longitude"]) == ("32.1", "66.9")
    assert row["source"] == "Test Wire"
    assert row["fatalities"] == ""


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(client, qalat):
    text = download(client, "export-csv", "?q=HYPERLINK").decode()

    row = list(csv.reader(io.StringIO(text)))[1]
    assert row[15] == '\'=HYPERLINK("http://evil")'
    assert row[16] == "0"


def test_json_lists_the_filtered_events_with_the_export_commands_fields(client, qalat):
    document = json.loads(download(client, "export-json", "?place=qalat-test&page=3&bin=week"))

    [event] = document["events"]
    assert {
        "id",
        "date",
        "date_precision",
        "place",
        "event_type",
        "sub_event_type",
        "summary",
        "fatalities",
        "injured",
        "actors",
        "sources",
        "status",
    } <= set(event)
    assert event["place"] == {
        "name": "Qalat Test",
        "kind": "city",
        "province": "Testistan",
        "latitude": 32.1,
        "longitude": 66.9,
    }
    assert event["actors"] == [
        {"name": "Test Militia", "role": "actor1"},
        {"name": "Test Army", "role": "actor2"},
    ]
    assert event["sources"][0]["evidence"] == "Militants attacked Qalat"
    assert event["fatalities"] is None
    assert event["status"] == "machine"


def test_geojson_has_points_in_longitude_latitude_order_and_counts_the_unlocated(client, qalat):
    collection = json.loads(download(client, "export-geojson"))

    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [66.9, 32.1]}
    assert feature["properties"]["summary"] == "Militants attack Qalat"
    assert feature["properties"]["province"] == "Testistan"
    assert collection["unlocated"] == 1


def test_exports_skip_rejected_events_and_survive_bad_filters(client, qalat):
    make_event(summary="Rejected one", review_status="rejected")

    document = json.loads(download(client, "export-json", "?date_after=99999-01-01&place=%00"))

    assert "Rejected one" not in {e["summary"] for e in document["events"]}
    assert len(document["events"]) == 2


def test_exports_run_a_fixed_number_of_queries(client, qalat, django_assert_max_num_queries):
    for _ in range(30):
        make_event(place=qalat.place, actors=[(qalat.actors.first(), "actor1")])

    for name in ("export-csv", "export-json", "export-geojson"):
        with django_assert_max_num_queries(4):
            client.get(reverse(name))
