"""What every public page's markup promises: real links behind htmx, Vary on htmx responses,
headings in order, labelled inputs, a live region outside the swapped parts, and a helpful page
when the database holds no events yet (a fresh install before the first import)."""

import re
from itertools import pairwise

import pytest
from django.urls import reverse

from events.models import Actor, Event, Place
from sources.models import Source
from tests.events.test_no_external_hosts import PAGES, make_dashboard

pytestmark = pytest.mark.django_db

HTMX_PAGES = ("timeline", "city", "statements", "actor")


@pytest.fixture
def pages() -> dict[str, str]:
    return make_dashboard().page_urls()


def get_html(client, url: str, **headers) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response.content.decode()


def tags_with(html: str, attribute: str) -> list[str]:
    return re.findall(rf"<[a-z]+\b[^>]*\s{attribute}=\"[^\"]*\"[^>]*>", html)


@pytest.mark.parametrize("name", PAGES)
def test_every_htmx_request_has_a_real_link_or_form_action(client, pages, name):
    html = get_html(client, pages[name])

    for tag in tags_with(html, "hx-get"):
        target = re.search(r'\shx-get="([^"]*)"', tag).group(1)
        if tag.startswith("<a "):
            assert re.search(r'\shref="([^"]*)"', tag).group(1) == target, tag
        else:
            assert tag.startswith("<form "), tag
            assert re.search(r'\saction="([^"]*)"', tag).group(1) == target, tag
            assert 'method="get"' in tag


@pytest.mark.parametrize("name", PAGES)
def test_headings_never_skip_a_level_and_there_is_one_h1(client, pages, name):
    html = get_html(client, pages[name])

    levels = [int(level) for level in re.findall(r"<h([1-6])\b", html)]
    assert levels.count(1) == 1
    assert levels[0] == 1
    for before, after in pairwise(levels):
        assert after <= before + 1, f"h{before} then h{after}"


@pytest.mark.parametrize("name", PAGES)
def test_every_input_and_select_has_a_label(client, pages, name):
    html = get_html(client, pages[name])
    # A control wrapped in its <label> is labelled; the rest need <label for=…>.
    unwrapped = re.sub(r"<label\b[^>]*>.*?</label>", "", html, flags=re.S)

    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", unwrapped):
        if re.search(r'type="(hidden|submit)"', tag):
            continue
        control_id = re.search(r'\sid="([^"]+)"', tag)
        assert control_id, f"unlabelled control {tag}"
        assert f'for="{control_id.group(1)}"' in html, f"no label for {tag}"


@pytest.mark.parametrize("name", PAGES)
def test_the_live_region_and_skip_link_are_on_every_page(client, pages, name):
    html = get_html(client, pages[name])

    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert re.search(r'<p id="live-status"[^>]*role="status"[^>]*aria-live="polite"', html)
    assert html.index('id="live-status"') < html.index('<main id="main"')
    assert '<script src="/static/js/announce.js" defer>' in html


@pytest.mark.parametrize("name", ["timeline", "city", "statements"])
def test_an_htmx_answer_carries_the_count_to_announce(client, pages, name):
    headers = {"HX-Request": "true"}
    if name == "timeline":
        headers["HX-Target"] = "results"

    html = get_html(client, pages[name], **headers)

    assert "<main" not in html
    assert re.search(r'class="result-count" data-announce>.*?\d', html, re.S)
    assert "aria-live" not in html  # the region is the page's, not the swapped part's


@pytest.mark.parametrize("name", HTMX_PAGES)
def test_responses_that_differ_for_htmx_say_so_in_vary(client, pages, name):
    full = client.get(pages[name])
    partial = client.get(pages[name], headers={"HX-Request": "true"})

    assert full.content != partial.content
    for response in (full, partial):
        assert "HX-Request" in response["Vary"]


@pytest.fixture
def empty_database() -> None:
    """As after `migrate`: the reference places and actors, no article, event or statement."""
    assert not Event.objects.exists() and not Source.objects.exists()


EMPTY_PAGES = [
    ("timeline", lambda: reverse("timeline"), "0 of 0 events"),
    ("cities", lambda: reverse("place-index"), "No"),
    ("city", lambda: Place.objects.get(slug="herat").get_absolute_url(), "No events"),
    ("actors", lambda: reverse("actor-index"), "No"),
    ("actor", lambda: Actor.objects.get(slug="taliban").get_absolute_url(), "No events"),
    ("sources", lambda: reverse("source-index"), "No"),
    ("statements", lambda: reverse("statement-list"), "0 statements"),
]


@pytest.mark.parametrize(("name", "url", "says"), EMPTY_PAGES, ids=[p[0] for p in EMPTY_PAGES])
def test_every_page_renders_helpfully_before_the_first_import(
    client, empty_database, name, url, says
):
    html = get_html(client, url())
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))

    assert says in text
    assert "import" in text.lower() or name in ("city", "actor")
    assert "Traceback" not in html


@pytest.mark.parametrize(
    "url", ["/events.csv", "/events.json", "/events.geojson"], ids=["csv", "json", "geojson"]
)
def test_the_exports_of_an_empty_database_are_valid_and_empty(client, empty_database, url):
    response = client.get(url)

    assert response.status_code == 200
    if url.endswith(".csv"):
        assert response.content.decode().count("\n") == 1  # the header row only
    elif url.endswith(".json"):
        assert response.json() == {"events": []}
    else:
        assert response.json()["features"] == []


@pytest.mark.parametrize(("name", "chart"), [("timeline", "chart"), ("city", "place-chart")])
def test_a_chart_is_one_labelled_image_pointing_to_its_table_twin(client, pages, name, chart):
    html = get_html(client, pages[name])

    tag = re.search(rf'<div id="{chart}"[^>]*>', html).group(0)
    assert 'role="img"' in tag
    assert "table below" in re.search(r'aria-label="([^"]+)"', tag).group(1)
    assert '<details class="chart-table"' in html.split(tag, 1)[1]
