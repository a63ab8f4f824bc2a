"""Every public page in Chromium: no sideways scrolling at phone width, the skip link moves the
focus into the page, and an htmx swap tells screen readers the new count through the live region."""

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.events.test_no_external_hosts import PAGES, make_dashboard
from tests.factories import make_event, make_source

pytestmark = pytest.mark.browser

# An unbroken file name and a long URL are what once widened the source page on phones.
LONG_NAME = "seeds/000_502a7e18e1aa20f2_" + "x" * 60 + ".txt"
LONG_URL = "https://news.example.org/" + "a-very-long-slug-" * 8


@pytest.fixture
def pages(site) -> dict[str, str]:
    dashboard = make_dashboard()
    source = make_source(
        "Fighting continued on the outskirts of the city on Sunday. Markets stayed shut.",
        file_name=LONG_NAME,
        title="",
        url=LONG_URL,
    )
    make_event(place=dashboard.place, date=date(2021, 8, 8), source=source, summary="Fighting")
    urls = dashboard.page_urls()
    urls["long source"] = f"/sources/{source.pk}/"
    return {name: site + url for name, url in urls.items()}


def _settle(page: Page) -> None:
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("name", [*PAGES, "long source"])
def test_no_page_scrolls_sideways_at_phone_width(phone_page: Page, pages, guard, name, artifacts):
    phone_page.goto(pages[name])
    _settle(phone_page)

    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )

    if overflow > 0:
        phone_page.screenshot(path=str(artifacts / f"overflow-{name}.png"), full_page=True)
    assert overflow <= 0
    assert guard.offsite == []


@pytest.mark.parametrize("name", PAGES)
def test_the_skip_link_is_the_first_stop_and_moves_the_focus_to_the_main_content(
    page: Page, pages, name
):
    page.goto(pages[name])
    _settle(page)

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()


@pytest.mark.parametrize(
    ("name", "search", "expected"),
    [
        ("timeline", "Search", r"^1 of 3 events$"),
        ("city", "Search:", r"^1 event matches the filters\.$"),
        ("statements", "Search the quotes:", r"^1 statement matches\.$"),
    ],
)
def test_an_htmx_swap_announces_the_new_count_in_the_live_region(
    page: Page, pages, guard, name, search, expected
):
    page.goto(pages[name].split("?")[0])
    _settle(page)
    status = page.locator("#live-status")
    expect(status).to_have_text("")

    page.get_by_label(search, exact=True).fill("condemn" if name == "statements" else "guard")
    if name != "timeline":  # the timeline searches as you type
        page.get_by_label(search, exact=True).press("Enter")

    expect(status).to_have_text(re.compile(expected))
    _settle(page)
    assert guard.console_errors == []


def test_keyboard_focus_is_visible_on_the_city_filters(page: Page, pages):
    page.goto(pages["city"].split("?")[0])
    _settle(page)

    box = page.locator('input[name="event_type"][value="Battles"]')
    box.focus()
    page.keyboard.press("Space")

    expect(box).to_be_checked()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
