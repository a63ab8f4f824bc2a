"""The detail pages in a real Chromium: maps drawn from local geometry, evidence, phones."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from events.models import Actor, Place
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.browser

ARTICLE = (
    "Heavy fighting broke out on the outskirts of Lashkar Gah on Monday. "
    "The Taliban captured the governor's compound in Lashkar Gah on Friday, officials said. "
    "“The city is under our control,” Zabihullah Mujahid said. "
    "“Our forces have withdrawn to the army base,” the Ministry of Defence said."
)
CLASH = "Heavy fighting broke out on the outskirts of Lashkar Gah on Monday."
TAKEOVER = "The Taliban captured the governor's compound in Lashkar Gah on Friday, officials said."


def _place(name: str, kind: str = "city", **fields) -> Place:
    return Place.objects.filter(name=name, kind=kind).first() or make_place(
        name, kind=kind, **fields
    )


def _actor(name: str, kind: str = "armed_group", **fields) -> Actor:
    return Actor.objects.filter(name=name).first() or make_actor(name, kind=kind, **fields)


@pytest.fixture
def helmand(site):
    province = _place("Helmand", kind="province", latitude=31.0, longitude=64.0)
    city = _place("Lashkar Gah", province=province, latitude=31.59, longitude=64.37)
    nad_ali = _place("Nad Ali", kind="district", province=province, latitude=31.63, longitude=64.25)
    kandahar = _place("Kandahar", latitude=31.61, longitude=65.71)
    taliban = _actor("Taliban")
    ansf = _actor("Afghan National Security Forces", kind="state_forces")
    mujahid = _actor("Zabihullah Mujahid", kind="person", affiliation=taliban)
    ministry = _actor("Ministry of Defence", kind="government")
    source = make_source(ARTICLE, title="Taliban take Lashkar Gah compound", outlet="Example News")
    both = [(taliban, "actor1"), (ansf, "actor2")]
    make_event(
        place=city,
        date=date(2021, 8, 2),
        actors=both,
        source=source,
        evidence=CLASH,
        summary="Clashes on the outskirts of Lashkar Gah",
    )
    takeover = make_event(
        place=city,
        date=date(2021, 8, 6),
        actors=both,
        source=source,
        evidence=TAKEOVER,
        sub_event_type="Non-state actor overtakes territory",
        summary="Taliban capture the governor's compound in Lashkar Gah",
    )
    make_statement(source, text="The city is under our control,", speaker=mujahid, event=takeover)
    make_statement(
        source, text="Our forces have withdrawn to the army base,", speaker=ministry, event=takeover
    )
    make_event(place=nad_ali, date=date(2021, 8, 1), actors=both, summary="Fighting in Nad Ali")
    make_event(place=kandahar, date=date(2021, 8, 3), actors=both, summary="Fighting in Kandahar")
    return {"city": city, "takeover": takeover, "source": source}


def _no_leaks(page: Page, guard) -> None:
    # Let every request finish first: one still running when the test database is flushed fails.
    page.wait_for_load_state("networkidle")
    assert guard.offsite == []
    assert guard.console_errors == []


def test_the_city_page_draws_its_map_from_local_geometry(
    page: Page, site, helmand, guard, artifacts
):
    page.goto(site + helmand["city"].get_absolute_url())

    geo = page.locator("#place-map .geo")
    expect(geo).to_have_count(1)
    # The base map comes from static/geo/world_*.json, the province outlines from the GeoJSON.
    expect(page.locator("#place-map .geo .layer.land path").first).to_be_attached()
    expect(page.locator("#place-map .geo .layer.countries path").first).to_be_attached()
    expect(page.locator("#place-map .choroplethlocation")).to_have_count(34)
    expect(page.locator("#place-map .scattergeo .point")).to_have_count(3)
    expect(page.locator("#control-chart .main-svg").first).to_be_visible()
    expect(page.locator(".control-list")).to_contain_text("Taliban")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / "city-page.png"), full_page=True)
    _no_leaks(page, guard)


def test_the_cities_index_map_has_a_bubble_per_place(page: Page, site, helmand, guard):
    page.goto(site + "/cities/")

    expect(page.locator("#country-map .geo")).to_have_count(1)
    expect(page.locator("#country-map .scattergeo .point")).to_have_count(3)
    expect(page.get_by_role("link", name="Lashkar Gah", exact=True)).to_be_visible()
    page.wait_for_load_state("networkidle")
    _no_leaks(page, guard)


def test_the_event_page_shows_the_evidence_and_the_competing_claims(
    page: Page, site, helmand, guard, artifacts
):
    page.goto(site + helmand["takeover"].get_absolute_url())

    expect(page.locator(".evidence-card blockquote")).to_contain_text("captured the governor")
    expect(page.locator(".claims__group")).to_have_count(2)
    expect(page.locator("#camp-taliban")).to_have_text("Taliban")
    page.screenshot(path=str(artifacts / "event-page.png"), full_page=True)

    page.locator(".evidence-card figcaption a").first.click()
    mark = page.locator("mark:target")
    expect(mark).to_contain_text("captured the governor")
    expect(mark).to_be_in_viewport()
    _no_leaks(page, guard)


def test_the_city_timeline_filters_in_place_and_keeps_a_real_url(page: Page, site, helmand, guard):
    page.goto(site + helmand["city"].get_absolute_url())
    expect(page.locator("#place-timeline .event-row")).to_have_count(2)

    page.locator("#place-timeline").evaluate("el => el.dataset.marker = 'kept'")
    page.get_by_label("Search").fill("governor")
    page.get_by_role("button", name="Apply").click()

    expect(page.locator("#place-timeline .event-row")).to_have_count(1)
    # The chart in the swapped region is drawn again (map.js listens to htmx:afterSettle).
    expect(page.locator("#place-chart .main-svg").first).to_be_visible()
    # htmx swapped the list in place (same element) and pushed the filtered URL.
    expect(page.locator("#place-timeline")).to_have_attribute("data-marker", "kept")
    assert "q=governor" in page.url
    _no_leaks(page, guard)


def test_the_city_page_fits_a_phone(phone_page: Page, site, helmand, guard):
    phone_page.goto(site + helmand["city"].get_absolute_url())
    expect(phone_page.locator("#place-map .geo")).to_have_count(1)

    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    _no_leaks(phone_page, guard)


def test_back_after_filtering_the_city_timeline_redraws_live_figures(
    page: Page, site, helmand, guard
):
    page.goto(site + helmand["city"].get_absolute_url())
    expect(page.locator("#place-timeline .event-row")).to_have_count(2)
    page.locator('input[name="sub_event_type"][value="Armed clash"]').check()
    expect(page.locator("#place-timeline .event-row")).to_have_count(1)
    page.wait_for_load_state("networkidle")

    page.go_back()

    expect(page.locator("#place-timeline .event-row")).to_have_count(2)
    # A figure plotly drew itself has its layout attached; a restored snapshot is dead SVG.
    for figure in ("#place-map", "#place-chart", "#control-chart"):
        page.wait_for_function(f"document.querySelector('{figure}')._fullLayout !== undefined")
    _no_leaks(page, guard)
