"""Charts at phone width: no toolbar over the legend, short labels that leave room for the bars."""

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_actor, make_event, make_place, make_source

pytestmark = pytest.mark.browser


@pytest.fixture
def vague_and_exact(site):
    """Daily battles and a strategic development known only to the week, with one actor."""
    kunduz = make_place("Kunduz", latitude=36.73, longitude=68.86)
    militia = make_actor("Test Militia")
    for day in (3, 4, 9):
        make_event(date=date(2021, 8, day), place=kunduz, actors=[(militia, "actor1")])
    make_event(
        date=date(2021, 8, 2),
        date_precision="week",
        place=kunduz,
        event_type="Strategic developments",
        sub_event_type="Looting/property destruction",
    )
    return {"site": site, "militia": militia}


def _panel_labels(page: Page, chart: str) -> list[str]:
    expect(page.locator(f"{chart} .main-svg").first).to_be_attached()
    return page.locator(f"{chart} .y2tick text").all_text_contents()


def test_on_a_phone_the_timeline_chart_has_no_toolbar_and_short_panel_labels(
    phone_page: Page, vague_and_exact, guard
):
    phone_page.goto(vague_and_exact["site"] + "/")

    assert _panel_labels(phone_page, "#chart") == ["Strategic"]
    expect(phone_page.locator("#chart .modebar-btn")).to_have_count(0)
    assert guard.console_errors == []


def test_on_a_desktop_the_timeline_chart_keeps_the_full_type_names(page: Page, vague_and_exact):
    page.goto(vague_and_exact["site"] + "/")

    assert _panel_labels(page, "#chart") == ["Strategic developments"]
    expect(page.locator("#chart .modebar-btn").first).to_be_attached()


def test_on_a_phone_the_actor_chart_has_no_toolbar_over_its_legend(
    phone_page: Page, vague_and_exact
):
    phone_page.goto(vague_and_exact["site"] + vague_and_exact["militia"].get_absolute_url())

    expect(phone_page.locator("#activity-chart .main-svg").first).to_be_attached()
    expect(phone_page.locator("#activity-chart .legendtext")).to_have_text(["Actor 1"])
    expect(phone_page.locator("#activity-chart .modebar-btn")).to_have_count(0)
    ticks = phone_page.locator("#activity-chart .xtick text").all_text_contents()
    assert ticks and not any(":" in tick for tick in ticks)


def test_the_evidence_link_of_a_row_opens_the_event_at_its_quoted_sentences(
    page: Page, site, guard
):
    source = make_source("The Taliban entered Kunduz on Sunday. Shops were closed.")
    event = make_event(
        date=date(2021, 8, 8),
        summary="Taliban enter Kunduz",
        source=source,
        evidence="The Taliban entered Kunduz on Sunday.",
    )
    page.goto(site + "/")

    page.get_by_role("link", name="quoted from 1 source").click()

    expect(page).to_have_url(site + event.get_absolute_url() + "#sources-heading")
    expect(page.locator(".evidence-card blockquote")).to_contain_text(
        "The Taliban entered Kunduz on Sunday."
    )
    assert guard.console_errors == []
