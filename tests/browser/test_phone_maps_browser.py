"""At phone width the maps take the height the country needs, not the desktop's fixed height."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_event, make_place

pytestmark = pytest.mark.browser


@pytest.fixture
def kunduz(site):
    place = make_place("Kunduz", latitude=36.73, longitude=68.86)
    make_event(date=date(2021, 8, 8), place=place, summary="The Taliban take Kunduz")
    return place


@pytest.mark.parametrize("where", ["index", "place"])
def test_on_a_phone_a_map_is_not_much_taller_than_the_country_it_shows(
    phone_page: Page, site, kunduz, where
):
    path = "/cities/" if where == "index" else kunduz.get_absolute_url()
    phone_page.goto(site + path)
    figure = phone_page.locator(".map[data-figure]")
    expect(figure.locator(".main-svg").first).to_be_attached()

    box = figure.bounding_box()

    assert box["height"] <= 0.8 * box["width"]


def test_on_a_desktop_the_cities_map_keeps_its_full_height(page: Page, site, kunduz):
    page.goto(site + "/cities/")
    figure = page.locator(".map[data-figure]")
    expect(figure.locator(".main-svg").first).to_be_attached()

    assert figure.bounding_box()["height"] >= 480
