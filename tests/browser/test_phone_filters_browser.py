"""At phone width the timeline's filters fold away, unless they carry a message to read."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_event

pytestmark = pytest.mark.browser


@pytest.fixture
def one_event(site):
    make_event(date=date(2021, 8, 8), summary="Clashes in Kunduz")
    return site


def test_on_a_phone_the_filters_start_folded(phone_page: Page, one_event):
    phone_page.goto(one_event + "/")

    expect(phone_page.locator("#filters-panel")).not_to_have_attribute("open", "")
    expect(phone_page.locator("#id_q")).to_be_hidden()


def test_on_a_phone_filters_that_were_not_understood_are_said_so_in_view(
    phone_page: Page, one_event
):
    phone_page.goto(one_event + "/?min_fatalities=abc&date_after=2021-13-45")

    alert = phone_page.get_by_role("alert")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("Some filters were not understood")
    expect(alert).to_contain_text("At least this many deaths")
