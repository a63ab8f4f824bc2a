import csv
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.exporting import ACLED_COLUMNS
from tests.factories import make_actor, make_event, make_source, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def data():
    source = make_source("Fighting raged in Herat on Friday. “We will win,” he said.")
    speaker = make_actor("Spokesman", kind="person")
    event = make_event(source=source, summary="=cmd|' /C calc'!A0")
    make_statement(source, text="We will win,", speaker=speaker, event=event)
    make_event(summary="Rejected", review_status="rejected")
    return event


def test_json_to_standard_output(data):
    out = io.StringIO()
    call_command("export_events", "--format", "json", stdout=out)
    doc = json.loads(out.getvalue())
    assert [e["id"] for e in doc["events"]] == [data.pk]
    assert doc["statements"][0]["speaker"]["name"] == "Spokesman"
    assert doc["statements"][0]["event_id"] == data.pk


def test_json_to_a_file(data, tmp_path):
    target = tmp_path / "export.json"
    err = io.StringIO()
    call_command("export_events", "--format", "json", "--output", str(target), stderr=err)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["events"]) == 1
    assert "Wrote 1 events" in err.getvalue()


def test_csv_to_a_file_is_acled_shaped_and_safe_for_spreadsheets(data, tmp_path):
    target = tmp_path / "export.csv"
    call_command("export_events", "--format", "csv", "--output", str(target), stderr=io.StringIO())
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ACLED_COLUMNS
    assert len(rows) == 2
    assert rows[1][ACLED_COLUMNS.index("notes")] == "'=cmd|' /C calc'!A0"


def test_an_unknown_format_is_refused():
    with pytest.raises(CommandError):
        call_command("export_events", "--format", "xml")
