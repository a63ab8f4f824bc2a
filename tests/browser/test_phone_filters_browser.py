"""At phone width the timeline's filters fold away, unless they carry a message to read."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_event, make_statement

pytestmark = pytest.mark.browser


@pytest.fixture
def one_event(site):
    make_event(date=date(2021, 8, 8), summary="Clashes in Kunduz")
    make_event(
        date=date(2021, 8, 9),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        summary="Protest in Herat",
    )
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


def test_on_a_phone_ticking_a_box_keeps_the_panel_open_and_apply_brings_up_the_results(
    phone_page: Page, one_event, guard
):
    phone_page.goto(one_event + "/")
    panel = phone_page.locator("#filters-panel")
    panel.locator("summary").click()

    phone_page.locator("#f-event_type-protests").check()
    expect(phone_page.locator(".result-count")).to_have_text("1 of 2 events")
    guard.drain(phone_page)
    expect(panel).to_have_attribute("open", "")

    phone_page.get_by_role("button", name="Apply filters").click()

    expect(panel).not_to_have_attribute("open", "")
    count = phone_page.locator("#results .result-count")
    expect(count).to_be_focused()
    expect(count).to_be_in_viewport()
    assert guard.console_errors == []


def test_on_a_desktop_apply_leaves_the_filters_open(page: Page, one_event):
    page.goto(one_event + "/")

    page.locator("#f-event_type-protests").check()
    page.get_by_role("button", name="Apply filters").click()

    expect(page.locator(".result-count")).to_have_text("1 of 2 events")
    expect(page.locator("#filters-panel")).to_have_attribute("open", "")
    expect(page.locator("#f-event_type-protests")).to_be_visible()


@pytest.fixture
def two_statements(site):
    make_statement(text="We will not forgive.")
    make_statement(text="The city fell without a fight.")
    return site


def test_on_a_phone_the_statement_filters_start_folded_and_still_filter(
    phone_page: Page, two_statements, guard
):
    phone_page.goto(two_statements + "/statements/")
    panel = phone_page.locator("#statement-filters-panel")
    expect(panel).not_to_have_attribute("open", "")
    expect(phone_page.locator(".statement").first).to_be_in_viewport()

    panel.locator("summary").click()
    phone_page.locator("#id_q").fill("forgive")
    phone_page.keyboard.press("Enter")

    expect(phone_page.locator(".result-count")).to_have_text("1 statement matches.")
    expect(phone_page).to_have_url(two_statements + "/statements/?q=forgive")
    assert guard.console_errors == []


def test_on_a_phone_statement_filters_in_force_keep_the_panel_open(
    phone_page: Page, two_statements
):
    phone_page.goto(two_statements + "/statements/?q=forgive")

    expect(phone_page.locator("#statement-filters-panel")).to_have_attribute("open", "")
    expect(phone_page.locator("#id_q")).to_have_value("forgive")
