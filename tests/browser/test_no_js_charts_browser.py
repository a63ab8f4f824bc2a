"""Without JavaScript a chart's box says where its numbers are instead of standing empty."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_event, make_place

pytestmark = pytest.mark.browser

FALLBACK = "The chart needs JavaScript; the table below has the same counts."


@pytest.fixture
def kunduz(site):
    place = make_place("Kunduz", latitude=36.73, longitude=68.86)
    make_event(date=date(2021, 8, 8), place=place, summary="The Taliban take Kunduz")
    return site


def test_without_javascript_the_timeline_chart_is_a_short_note_pointing_to_the_table(
    no_js_page: Page, kunduz
):
    no_js_page.goto(kunduz + "/")

    chart = no_js_page.locator("#chart")
    expect(chart).to_have_text(FALLBACK)
    assert chart.bounding_box()["height"] < 100
    expect(no_js_page.locator("#chart-table summary")).to_be_visible()


def test_with_javascript_the_note_gives_way_to_the_chart(page: Page, kunduz, guard):
    page.goto(kunduz + "/")

    expect(page.locator("#chart .main-svg").first).to_be_attached()
    expect(page.locator("#chart .chart__fallback")).to_be_hidden()
    assert guard.console_errors == []
