"""Bad query strings on every page that reads one: the page (or export) with a message, never a 500.

Each case is a query string a reader, a crawler or a mangled link may send: unknown slugs and ids,
impossible and absurd dates, huge numbers, NUL bytes, repeated and unknown keys.
"""

import pytest
from django.urls import reverse

from tests.events.test_no_external_hosts import Dashboard, make_dashboard

pytestmark = pytest.mark.django_db

NUL = "%00"
HUGE = "9" * 40

# (page, query, words the page must show about it, or None when the value is simply ignored)
CASES = [
    # timeline
    ("timeline", "place=nowhere-at-all", "Place"),
    ("timeline", "actor=nobody", "Actor"),
    ("timeline", "event_type=Picnics", "Event type"),
    ("timeline", "sub_event_type=Tea", "Sub-type"),
    ("timeline", "date_after=2021-02-30", "From"),
    ("timeline", "date_after=99999-01-01", "From"),
    ("timeline", "date_before=0001-01-01", "To"),
    ("timeline", "date_after=2021-09-01&date_before=2021-07-01", "end date is before"),
    ("timeline", f"min_fatalities={HUGE}", "deaths"),
    ("timeline", "min_fatalities=-5", "deaths"),
    ("timeline", "min_fatalities=1e9", "deaths"),
    ("timeline", f"q=a{NUL}b", "Search"),
    ("timeline", f"place={NUL}", "Place"),
    ("timeline", f"date_after={NUL}", "From"),
    ("timeline", "q=" + "x" * 5000, "Search"),
    ("timeline", f"page={HUGE}", None),
    ("timeline", "page=-1&page=abc", None),
    ("timeline", "bin=century", None),
    ("timeline", "bin=week&bin=month&bin=%00", None),
    ("timeline", "colour=red&__proto__=1&q[]=x", None),
    ("timeline", "reviewed=maybe&reviewed=on", None),
    # city
    ("city", "actor=nobody", "Actor"),
    ("city", "event_type=Picnics", "Event type"),
    ("city", "sub_event_type=Tea", "Sub-type"),
    ("city", "date_before=2021-13-01", "To"),
    ("city", "date_after=99999-01-01", "From"),
    ("city", f"min_fatalities={HUGE}", "deaths"),
    ("city", f"q={NUL}", "Search"),
    ("city", f"page={HUGE}", None),
    ("city", "bin=century&bin=%00", None),
    ("city", "place=elsewhere&unknown=1", None),
    # statements
    ("statements", "speaker=nobody", "Speaker"),
    ("statements", "side=martians", "Side"),
    ("statements", "place=nowhere", "Place"),
    ("statements", "said_after=2021-02-30", "Said from"),
    ("statements", "said_before=0001-01-01", "Said until"),
    ("statements", "said_after=2021-09-01&said_before=2021-07-01", "end date is before"),
    ("statements", f"event={HUGE}", "Event"),
    ("statements", "event=abc", "Event"),
    ("statements", f"statement={HUGE}", "Statement"),
    ("statements", f"q={NUL}", "Search"),
    ("statements", f"page={HUGE}", None),
    ("statements", "speaker=a&speaker=b&unknown=%00", "Speaker"),
    # pages that only read a page number
    ("actor", f"page={HUGE}", None),
    ("actor", f"page={NUL}", None),
    ("sources", f"page={HUGE}", None),
    ("sources", "page=-3&page=x", None),
    ("cities", f"q={NUL}&place=nowhere", None),
    ("actors", f"page={NUL}", None),
    ("event", f"page={NUL}&x={HUGE}", None),
    ("source", f"page={NUL}", None),
]


def _url(dashboard: Dashboard, page: str, query: str) -> str:
    return dashboard.page_urls()[page].split("?")[0] + "?" + query


@pytest.mark.parametrize(("page", "query", "message"), CASES)
def test_a_bad_value_gives_the_page_with_a_message_never_an_error(client, page, query, message):
    dashboard = make_dashboard()

    response = client.get(_url(dashboard, page, query))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html
    assert "\x00" not in html
    if message is not None:
        assert 'class="form-errors" role="alert"' in html
        errors = html.split('class="form-errors"', 1)[1].split("</div>", 1)[0]
        assert message.lower() in errors.lower()


@pytest.mark.parametrize(("page", "query", "message"), [c for c in CASES if c[0] != "timeline"])
def test_an_htmx_request_with_a_bad_value_gets_its_partial_not_an_error(
    client, page, query, message
):
    dashboard = make_dashboard()

    response = client.get(_url(dashboard, page, query), headers={"HX-Request": "true"})

    assert response.status_code == 200


@pytest.mark.parametrize("query", [c[1] for c in CASES if c[0] == "timeline"])
@pytest.mark.parametrize("export", ["export-csv", "export-json", "export-geojson"])
def test_the_exports_ignore_bad_values_instead_of_failing(client, export, query):
    make_dashboard()

    response = client.get(reverse(export) + "?" + query)

    assert response.status_code == 200
    assert b"\x00" not in response.content


@pytest.mark.parametrize("query", [c[1] for c in CASES if c[0] == "timeline"])
def test_a_timeline_htmx_request_with_a_bad_value_gets_the_results(client, query):
    make_dashboard()

    response = client.get(
        reverse("timeline") + "?" + query, headers={"HX-Request": "true", "HX-Target": "results"}
    )

    assert response.status_code == 200
    assert b'id="results"' in response.content
