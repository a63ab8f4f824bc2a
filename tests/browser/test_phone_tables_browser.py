"""Index tables at phone width: names wrap within the screen and the counts come into view."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_actor, make_event, make_source

pytestmark = pytest.mark.browser

HEADLINE = "Taliban fighters seize a long list of district centres across the north in one night"


@pytest.fixture
def listed(site):
    source = make_source("Clashes in Kunduz. Fighting went on.", title=HEADLINE)
    militia = make_actor("National Resistance Front of Afghanistan and Allied Uprising Forces")
    make_event(date=date(2021, 8, 8), source=source, actors=[(militia, "actor1")])
    return site


@pytest.mark.parametrize(("path", "name"), [("/sources/", HEADLINE), ("/actors/", "National")])
def test_on_a_phone_the_name_wraps_on_screen_and_the_event_count_is_in_view(
    phone_page: Page, listed, path, name
):
    phone_page.goto(listed + path)
    width = phone_page.viewport_size["width"]

    row_header = phone_page.locator("table.data tbody th[scope=row]").filter(has_text=name)
    box = row_header.bounding_box()
    assert box["x"] + box["width"] <= width

    events_header = phone_page.get_by_role("columnheader", name="Events")
    expect(events_header).to_be_in_viewport(ratio=1)
