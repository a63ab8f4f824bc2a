"""The timeline in a real Chromium: htmx filtering, history, chart, no network, phones, no JS."""

import json
import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from events.models import Actor, Place
from tests.factories import make_actor, make_event, make_place, make_source

pytestmark = pytest.mark.browser


def _place(name: str, kind: str = "city", **fields) -> Place:
    existing = Place.objects.filter(name=name, kind=kind).first()
    return existing or make_place(name, kind=kind, **fields)


def _actor(name: str, kind: str = "armed_group") -> Actor:
    return Actor.objects.filter(name=name).first() or make_actor(name, kind=kind)


@pytest.fixture
def offensive(site):
    """Ten events of August 2021 in four cities, one known only to the week, one undated."""
    kunduz = _place("Kunduz", latitude=36.73, longitude=68.86)
    sheberghan = _place("Sheberghan", latitude=36.67, longitude=65.75)
    lashkar_gah = _place("Lashkar Gah", latitude=31.59, longitude=64.37)
    herat = _place("Herat", latitude=34.35, longitude=62.2)
    taliban = _actor("Taliban")
    army = _actor("Afghan National Army", kind="state_forces")
    source = make_source(
        "The Taliban captured Kunduz on Sunday. Fighting continued in Sheberghan. "
        "Air strikes hit Lashkar Gah."
    )
    takeover = {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
    for day in (6, 8, 8):
        make_event(
            date=date(2021, 8, day),
            place=kunduz,
            actors=[(taliban, "actor1"), (army, "actor2")],
            source=source,
            summary="The Taliban take Kunduz",
            fatalities=day,
            **takeover,
        )
    make_event(date=date(2021, 8, 6), place=sheberghan, actors=[(taliban, "actor1")], **takeover)
    make_event(date=date(2021, 8, 7), place=sheberghan, summary="Clashes in Sheberghan")
    make_event(
        date=date(2021, 8, 3),
        place=lashkar_gah,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        summary="Air strikes on Lashkar Gah",
        fatalities=None,
    )
    make_event(
        date=date(2021, 7, 31),
        place=lashkar_gah,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        summary="Civilians killed in Lashkar Gah",
        review_status="reviewed",
    )
    make_event(date=date(2021, 8, 2), date_precision="week", place=herat, summary="Herat siege")
    make_event(date=None, summary="Fighting somewhere in the north")
    return {"kunduz": kunduz, "total": 9}


def _rows(page: Page):
    return page.locator("#results .event-row")


def _wait_for_chart(page: Page) -> None:
    expect(page.locator("#chart .main-svg").first).to_be_attached()


def _chart_total(page: Page) -> int:
    payload = json.loads(page.locator("#chart-data").text_content())
    return sum(sum(trace["y"]) for trace in payload["data"] if trace["type"] == "bar")


def test_a_city_filter_updates_chart_list_and_url_without_a_reload(page, site, offensive, guard):
    page.goto(site + "/")
    _wait_for_chart(page)
    expect(_rows(page)).to_have_count(offensive["total"])
    page.evaluate("window.__sameDocument = true")

    page.get_by_label(re.compile(r"^Kunduz \(3\)")).check()

    page.wait_for_url(re.compile(r"place=kunduz"))
    expect(_rows(page)).to_have_count(3)
    expect(page.locator(".result-count")).to_contain_text(f"3 of {offensive['total']} events")
    _wait_for_chart(page)
    assert _chart_total(page) == 3
    assert page.evaluate("window.__sameDocument") is True, "the page was reloaded"
    # The other facets now count under the place filter.
    expect(page.get_by_label(re.compile(r"^Explosions/Remote violence \(0\)"))).to_be_attached()
    expect(page.get_by_label(re.compile(r"^Battles \(3\)"))).to_be_attached()
    assert guard.console_errors == []


def test_typing_a_search_filters_the_list_and_keeps_the_focus(page, site, offensive):
    page.goto(site + "/")
    _wait_for_chart(page)

    page.get_by_label("Search", exact=True).press_sequentially("Sheberghan", delay=20)

    page.wait_for_url(re.compile(r"q=Sheberghan"))
    expect(_rows(page)).to_have_count(1)
    expect(page.get_by_label("Search", exact=True)).to_be_focused()
    expect(page.get_by_label("Search", exact=True)).to_have_value("Sheberghan")


def test_the_actor_box_filters_the_actor_checkboxes_in_the_page(page, site, offensive):
    page.goto(site + "/")
    _wait_for_chart(page)
    url = page.url

    page.get_by_label("Find an actor in the list").fill("army")

    expect(page.get_by_label(re.compile(r"^Afghan National Army"))).to_be_visible()
    expect(page.get_by_label(re.compile(r"^Taliban \("))).to_be_hidden()
    assert page.url == url


def test_back_restores_the_previous_state_and_redraws_the_chart(page, site, offensive):
    page.goto(site + "/")
    _wait_for_chart(page)
    page.get_by_label(re.compile(r"^Kunduz \(3\)")).check()
    page.wait_for_url(re.compile(r"place=kunduz"))
    expect(_rows(page)).to_have_count(3)

    page.go_back()

    page.wait_for_url(re.compile(r"/$"))
    expect(_rows(page)).to_have_count(offensive["total"])
    expect(page.get_by_label(re.compile(r"^Kunduz"))).not_to_be_checked()
    _wait_for_chart(page)

    page.go_forward()

    page.wait_for_url(re.compile(r"place=kunduz"))
    expect(_rows(page)).to_have_count(3)
    _wait_for_chart(page)


def test_the_url_of_a_filtered_state_opened_fresh_gives_the_same_page(page, site, offensive):
    page.goto(site + "/")
    _wait_for_chart(page)
    page.get_by_label(re.compile(r"^Kunduz \(3\)")).check()
    page.wait_for_url(re.compile(r"place=kunduz"))
    expect(_rows(page)).to_have_count(3)

    page.goto(page.url)

    expect(_rows(page)).to_have_count(3)
    expect(page.get_by_label(re.compile(r"^Kunduz"))).to_be_checked()
    _wait_for_chart(page)


def test_clicking_a_bar_narrows_the_list_to_its_period(page, site, offensive):
    page.goto(site + "/?event_type=Battles&place=kunduz")
    _wait_for_chart(page)
    expect(_rows(page)).to_have_count(3)
    bars = page.locator("#chart .bars .point path")
    expect(bars).to_have_count(2)

    # The second bar is 8 Aug 2021 with two events.
    bars.nth(1).click(force=True)

    page.wait_for_url(re.compile(r"date_after=2021-08-08"))
    assert "date_before=2021-08-08" in page.url
    expect(_rows(page)).to_have_count(2)


def test_the_page_never_contacts_another_host_nor_logs_an_error(page, site, offensive, guard):
    page.goto(site + "/")
    _wait_for_chart(page)
    page.get_by_label(re.compile(r"^Sheberghan")).check()
    page.wait_for_url(re.compile(r"place=sheberghan"))
    page.get_by_role("link", name="Month").click()
    page.wait_for_url(re.compile(r"bin=month"))
    _wait_for_chart(page)

    assert guard.offsite == []
    assert guard.console_errors == []


def test_without_javascript_the_filter_form_is_a_plain_get(no_js_page, site, offensive):
    page = no_js_page
    page.goto(site + "/")
    expect(_rows(page)).to_have_count(offensive["total"])

    page.get_by_label(re.compile(r"^Kunduz \(3\)")).check()
    page.get_by_role("button", name="Apply filters").click()

    page.wait_for_url(re.compile(r"place=kunduz"))
    expect(_rows(page)).to_have_count(3)
    expect(page.get_by_label(re.compile(r"^Kunduz"))).to_be_checked()


def test_phone_width_has_no_horizontal_overflow(phone_page, site, offensive, artifacts, guard):
    page = phone_page
    page.goto(site + "/")
    _wait_for_chart(page)

    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )

    assert overflow <= 0
    expect(page.locator("#filters-panel")).not_to_have_attribute("open", "")
    page.screenshot(path=str(artifacts / "timeline-phone.png"), full_page=True)
    assert guard.offsite == []


def test_desktop_screenshot_of_the_timeline(page, site, offensive, artifacts):
    page.goto(site + "/")
    _wait_for_chart(page)

    page.screenshot(path=str(artifacts / "timeline-desktop.png"), full_page=True)

    assert (artifacts / "timeline-desktop.png").stat().st_size > 10_000


def test_the_keyboard_reaches_the_skip_link_first_and_the_filters_show_focus(page, site, offensive):
    page.goto(site + "/")
    _wait_for_chart(page)

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    page.get_by_label(re.compile(r"^Kunduz \(3\)")).focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"place=kunduz"))
    expect(_rows(page)).to_have_count(3)
