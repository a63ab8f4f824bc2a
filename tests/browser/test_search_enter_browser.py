"""Pressing Enter quickly in the timeline's search box: no aborted request, the last query wins."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_event, make_place

pytestmark = pytest.mark.browser


@pytest.fixture
def three_cities(site):
    for name in ("Kunduz", "Herat", "Ghazni"):
        place = make_place(name, latitude=34.0, longitude=66.0)
        make_event(date=date(2021, 8, 6), place=place, summary=f"Clashes in {name}")
    return site


def test_enter_pressed_twice_per_query_logs_no_error_and_shows_the_last_query(
    page: Page, three_cities, guard
):
    page.goto(three_cities + "/")
    box = page.locator("#id_q")
    box.click()
    for word in ("kunduz", "herat", "ghazni"):
        box.fill("")
        page.keyboard.type(word)
        page.keyboard.press("Enter")
        page.keyboard.press("Enter")
    expect(page).to_have_url(three_cities + "/?q=ghazni")
    expect(page.locator("#results .event-row")).to_have_count(1)
    expect(page.locator("#results .event-row")).to_contain_text("Clashes in Ghazni")
    guard.drain(page)
    assert guard.console_errors == []
