"""No public page refers to another host: every script, style, image, form and htmx request is
served from this site. The one exception is the reader-facing link to an article's original
address on the source page (a citation, never loaded by the page)."""

import re
from dataclasses import dataclass
from datetime import date

import pytest
from django.urls import reverse

from events.models import Event, Place
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db

ARTICLE_URL = "https://news.example.org/2021/08/herat-un-compound"
ATTACK = "Taliban fighters attacked the UN compound in Herat on Friday, killing a guard."
ARTICLE = ATTACK + " “We condemn this attack in the strongest terms,” the UN mission said."
# Attributes through which a page makes the browser fetch or send something.
LOADING_ATTRIBUTES = ("src", "srcset", "action", "hx-get", "hx-post", "data-src", "poster")
URL_PATTERN = re.compile(r"(?:https?:)?//([^/\s\"'<>&;)]+)")


@dataclass
class Dashboard:
    place: Place
    event: Event
    source_pk: int
    actor_slug: str

    def page_urls(self) -> dict[str, str]:
        """Every public page, by name, with its filter keys exercised where it has filters."""
        return {
            "timeline": reverse("timeline") + "?q=attack&place=" + self.place.slug,
            "cities": reverse("place-index"),
            "city": reverse("place-detail", args=[self.place.slug]) + "?event_type=Battles",
            "actors": reverse("actor-index"),
            "actor": reverse("actor-detail", args=[self.actor_slug]),
            "event": reverse("event-detail", args=[self.event.pk]),
            "sources": reverse("source-index"),
            "source": reverse("source-detail", args=[self.source_pk]),
            "statements": reverse("statement-list") + "?q=condemn",
        }


def make_dashboard() -> Dashboard:
    """A small but complete record: a city with a dated, sourced event, actors and a statement."""
    province = make_place("Herat Test", kind="province", latitude=34.3, longitude=62.2)
    city = make_place(
        "Herat Test City", province=province, latitude=34.35, longitude=62.2, in_afghanistan=True
    )
    taliban = make_actor("Test Taliban")
    un = make_actor("Test UN Mission", kind="international_org")
    source = make_source(ARTICLE, url=ARTICLE_URL, outlet="Example News")
    event = make_event(
        place=city,
        date=date(2021, 7, 30),
        actors=[(taliban, "actor1"), (un, "actor2")],
        source=source,
        evidence=ATTACK,
        fatalities=1,
        summary="Taliban attack the UN compound in Herat",
    )
    make_statement(
        source, "We condemn this attack in the strongest terms,", speaker=un, event=event
    )
    make_event(place=city, date=date(2021, 8, 2), date_precision="week", summary="Clashes")
    return Dashboard(place=city, event=event, source_pk=source.pk, actor_slug=taliban.slug)


@pytest.fixture
def dashboard() -> Dashboard:
    return make_dashboard()


PAGES = (
    "timeline",
    "cities",
    "city",
    "actors",
    "actor",
    "event",
    "sources",
    "source",
    "statements",
)


def foreign_hosts(html: str) -> set[str]:
    hosts = set()
    for attribute in LOADING_ATTRIBUTES:
        for value in re.findall(rf'\s{attribute}="([^"]*)"', html):
            hosts |= set(URL_PATTERN.findall(value))
    for link_tag in re.findall(r"<link\b[^>]*>", html):
        hosts |= set(URL_PATTERN.findall(link_tag))
    for style in re.findall(r"url\(([^)]*)\)", html):
        hosts |= set(URL_PATTERN.findall(style))
    for anchor in re.findall(r'<a\b[^>]*\shref="([^"]*)"', html):
        if anchor != ARTICLE_URL:
            hosts |= set(URL_PATTERN.findall(anchor))
    return hosts - {"testserver"}


@pytest.mark.parametrize("name", PAGES)
def test_no_page_loads_or_links_anything_from_another_host(client, dashboard, name):
    response = client.get(dashboard.page_urls()[name])

    assert response.status_code == 200
    html = response.content.decode()
    assert foreign_hosts(html) == set()
    # Scripts and styles are this site's static files.
    for src in re.findall(r'<script\b[^>]*\ssrc="([^"]*)"', html):
        assert src.startswith("/static/"), src
    for href in re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]*)"', html):
        assert href.startswith("/static/"), href


def test_the_source_page_links_its_original_article_without_referrer(client, dashboard):
    html = client.get(dashboard.page_urls()["source"]).content.decode()

    anchor = re.search(rf'<a href="{re.escape(ARTICLE_URL)}"[^>]*>', html).group(0)
    assert "noreferrer" in anchor


def test_the_checker_sees_a_foreign_script_or_style():
    assert foreign_hosts('<script src="https://cdn.example.com/x.js"></script>') == {
        "cdn.example.com"
    }
    assert foreign_hosts('<link rel="stylesheet" href="//fonts.example.net/a.css">') == {
        "fonts.example.net"
    }
    assert foreign_hosts('<div style="background: url(https://img.example.com/a.png)">') == {
        "img.example.com"
    }
