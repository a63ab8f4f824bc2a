import csv
import io
import json
from datetime import date

import pytest

from events.models import Event, Place
from sources.exporting import (
    ACLED_COLUMNS,
    acled_rows,
    build_document,
    neutralise,
    write_csv,
    write_json,
)
from sources.models import Source
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db

DATE_OR_NONE = (str, type(None))


@pytest.fixture
def timeline():
    helmand = Place.objects.get(name="Helmand", kind="province")
    lashkar_gah = make_place(
        "Lashkar Gah", province=helmand, latitude=31.59, longitude=64.37, aliases=["Lashkargah"]
    )
    taliban = make_actor("Taliban fighters")
    army = make_actor("Afghan army", kind="state_forces")
    mujahid = make_actor("Zabi Mujahid", kind="person", affiliation=taliban)
    source = make_source(
        "Fighting raged in Lashkar Gah on Friday. Ten people died.", outlet="Tolo News"
    )
    undated = make_source(
        "Clashes were reported somewhere.", published_on=None, published_on_source="unknown"
    )
    battle = make_event(
        date=date(2021, 8, 6),
        place=lashkar_gah,
        place_precision=1,
        fatalities=10,
        actors=[(taliban, "actor1"), (army, "actor2")],
        source=source,
        evidence="Fighting raged in Lashkar Gah on Friday.",
    )
    vague = make_event(date=None, summary="Clashes somewhere", source=undated)
    make_event(summary="Rejected event", review_status="rejected")
    statement = make_statement(source, text="Ten people died.", speaker=mujahid, event=battle)
    unused = make_place("Unused village")
    return {
        "battle": battle,
        "vague": vague,
        "statement": statement,
        "source": source,
        "undated": undated,
        "unused": unused,
        "mujahid": mujahid,
    }


def test_json_document_has_the_fixed_shape_and_types(timeline):
    doc = build_document(Event.objects.visible())
    assert set(doc) == {"sources", "events", "statements", "actors", "places"}
    for s in doc["sources"]:
        assert {"id", "file_name", "title", "outlet", "published_on", "published_on_source"} <= set(
            s
        )
        assert isinstance(s["published_on"], DATE_OR_NONE)
        assert s["published_on_source"] in ("header", "inferred", "editor", None)
    for e in doc["events"]:
        assert {
            "id", "date", "date_precision", "place", "event_type", "sub_event_type", "summary",
            "fatalities", "injured", "actors", "sources", "status",
        } <= set(e)  # fmt: skip
        assert e["date_precision"] in ("day", "week", "month", None)
        assert e["place"] is None or set(e["place"]) >= {
            "name", "kind", "province", "latitude", "longitude"
        }  # fmt: skip
        assert all(set(a) >= {"name", "role"} for a in e["actors"])
        assert all(set(s) >= {"source_id", "evidence"} for s in e["sources"])
        assert isinstance(e["fatalities"], int | type(None))
    for st in doc["statements"]:
        assert {
            "id",
            "speaker",
            "on_behalf_of",
            "text",
            "kind",
            "date",
            "source_id",
            "event_id",
        } <= set(st)
        assert st["kind"] in ("direct", "reported")
    for a in doc["actors"]:
        assert {"id", "name", "kind", "aliases", "affiliation"} <= set(a)
        assert isinstance(a["aliases"], list)
    for p in doc["places"]:
        assert {"id", "name", "kind", "province", "latitude", "longitude", "aliases"} <= set(p)
    json.dumps(doc)  # serialisable as is


def test_json_values_follow_the_database(timeline):
    doc = build_document(Event.objects.visible())
    events = {e["id"]: e for e in doc["events"]}
    battle = events[timeline["battle"].pk]
    assert battle["date"] == "2021-08-06"
    assert battle["date_precision"] == "day"
    assert battle["place"] == {
        "name": "Lashkar Gah", "kind": "city", "province": "Helmand",
        "latitude": 31.59, "longitude": 64.37,
    }  # fmt: skip
    assert {(a["name"], a["role"]) for a in battle["actors"]} == {
        ("Taliban fighters", "actor1"),
        ("Afghan army", "actor2"),
    }
    assert battle["sources"][0]["source_id"] == timeline["source"].pk
    assert battle["sources"][0]["evidence"] == "Fighting raged in Lashkar Gah on Friday."
    assert battle["status"] == "machine"
    vague = events[timeline["vague"].pk]
    assert vague["date"] is None and vague["date_precision"] is None and vague["place"] is None
    sources = {s["id"]: s for s in doc["sources"]}
    assert sources[timeline["undated"].pk]["published_on"] is None
    assert sources[timeline["undated"].pk]["published_on_source"] is None
    (statement,) = doc["statements"]
    assert statement["speaker"] == {
        "name": "Zabi Mujahid", "kind": "person", "affiliation": "Taliban fighters"
    }  # fmt: skip
    assert statement["event_id"] == timeline["battle"].pk


def test_rejected_events_and_unused_places_are_left_out(timeline):
    doc = build_document(Event.objects.visible())
    assert "Rejected event" not in {e["summary"] for e in doc["events"]}
    place_names = {p["name"] for p in doc["places"]}
    assert place_names == {"Lashkar Gah"}
    assert {a["name"] for a in doc["actors"]} == {"Taliban fighters", "Afghan army", "Zabi Mujahid"}


def test_write_json_writes_one_parsable_document(timeline):
    out = io.StringIO()
    write_json(Event.objects.visible(), out)
    assert len(json.loads(out.getvalue())["events"]) == 2


def test_export_queries_do_not_grow_with_the_number_of_events(
    timeline, django_assert_max_num_queries
):
    for n in range(30):
        make_event(
            summary=f"Extra {n}",
            source=timeline["source"],
            evidence="Fighting raged in Lashkar Gah on Friday.",
            actors=[(timeline["mujahid"], "actor1")],
        )
    with django_assert_max_num_queries(8):
        build_document(Event.objects.visible())
    with django_assert_max_num_queries(4):
        list(acled_rows(Event.objects.visible()))


def test_csv_uses_acled_columns_and_codes(timeline):
    out = io.StringIO()
    write_csv(Event.objects.visible(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ACLED_COLUMNS
    battle = next(r for r in rows if r["event_id_cnty"] == f"AFG{timeline['battle'].pk}")
    assert battle["event_date"] == "2021-08-06"
    assert battle["time_precision"] == "1"
    assert battle["actor1"] == "Taliban fighters"
    assert battle["actor2"] == "Afghan army"
    assert battle["admin1"] == "Helmand"
    assert battle["location"] == "Lashkar Gah"
    assert battle["geo_precision"] == "1"
    assert battle["source"] == "Tolo News"
    assert battle["fatalities"] == "10"
    vague = next(r for r in rows if r["event_id_cnty"] == f"AFG{timeline['vague'].pk}")
    assert vague["fatalities"] == ""  # unknown, not zero
    assert vague["time_precision"] == ""


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_cells_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_plain_cells_and_numbers_are_unchanged():
    assert neutralise("Taliban") == "Taliban"
    assert neutralise(-3.5) == -3.5


def test_csv_neutralises_a_formula_in_an_actor_name_and_summary(db):
    actor = make_actor('=HYPERLINK("http://x","y")')
    make_event(summary="@evil", actors=[(actor, "actor1")])
    out = io.StringIO()
    write_csv(Event.objects.visible(), out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["actor1"] == '\'=HYPERLINK("http://x","y")'
    assert row["notes"] == "'@evil"


def test_a_source_with_an_editor_date_reports_editor(db):
    source = make_source(published_on_source="editor")
    make_event(source=source)
    doc = build_document(Event.objects.visible())
    assert doc["sources"][0]["published_on_source"] == "editor"
    assert Source.objects.count() == 1
