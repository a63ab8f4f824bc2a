"""Keyboard focus stays visible where the browser and plotly hide it: date fields, toolbars."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_event, make_place

pytestmark = pytest.mark.browser

FOCUS_OUTLINE = "3px"


@pytest.fixture
def kunduz(site):
    place = make_place("Kunduz", latitude=36.73, longitude=68.86)
    make_event(date=date(2021, 8, 8), place=place, summary="The Taliban take Kunduz")
    return site + place.get_absolute_url()


def _outline_width(page: Page) -> str:
    return page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return s.outlineStyle === 'none' ? '0px' : s.outlineWidth; })()"
    )


def test_every_part_of_a_date_field_shows_the_focus(page: Page, site):
    page.goto(site + "/")
    page.locator("#id_date_after").focus()

    # Month, day, year, then the calendar button: all inside the one field.
    for _ in range(3):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "id_date_after"
        assert _outline_width(page) == FOCUS_OUTLINE


def test_tabbing_into_the_map_toolbar_shows_it_with_a_focus_outline(page: Page, kunduz):
    page.goto(kunduz)
    expect(page.locator("#place-map .main-svg").first).to_be_attached()

    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('modebar-btn')"):
            break
    else:
        pytest.fail("the map toolbar's buttons are not in the tab order")

    assert _outline_width(page) == FOCUS_OUTLINE
    group = page.locator("#place-map .modebar-group").filter(has=page.locator(":focus"))
    expect(group).to_have_css("opacity", "1")
